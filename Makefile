# Lagom's front door. `make demo` and `make test` work on a fresh Debian 12 machine:
# they install missing packages, configure, build, and run.
BUILD       ?= build
BUILD_ASAN  ?= build-asan
BUILD_FUZZ  ?= build-fuzz
FUZZ_SECONDS ?= 20
JOBS        ?= $(shell nproc)
CMAKE_FLAGS ?=
LAGOM        = $(BUILD)/src/cli/lagom

.PHONY: all deps configure build demo test test-sanitize fuzz-smoke bench format clean

all: build

deps:
	@./scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null

# Builds the C++ and, through the `web` target, the dashboard (npm ci, npm run build).
build: configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@$(LAGOM) demo

test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# The same tests under AddressSanitizer + UndefinedBehaviorSanitizer (CI runs this too).
test-sanitize: deps
	@cmake -S . -B $(BUILD_ASAN) -DCMAKE_BUILD_TYPE=Debug -DLAGOM_SANITIZE=ON \
	  -DLAGOM_BUILD_BENCH=OFF $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_ASAN) -j $(JOBS)
	@ctest --test-dir $(BUILD_ASAN) --output-on-failure -j $(JOBS)

# Every libFuzzer target (fuzz/), built with clang into its own folder (only the libraries
# they link, instrumented and under ASan + UBSan), each run FUZZ_SECONDS on a copy of its
# corpus; any crash, sanitizer report or hang fails (scripts/fuzz-smoke.sh).
fuzz-smoke: deps
	@CC=clang CXX=clang++ cmake -S . -B $(BUILD_FUZZ) -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DLAGOM_FUZZ=ON -DLAGOM_BUILD_BENCH=OFF -DLAGOM_BUILD_WEB=OFF -DLAGOM_TEST_POSTGRES=OFF \
	  $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_FUZZ) -j $(JOBS) --target fuzz_targets
	@./scripts/fuzz-smoke.sh $(BUILD_FUZZ) $(FUZZ_SECONDS)

bench: build
	@./bench/run.sh $(BUILD)

format:
	@git ls-files '*.h' '*.cc' | xargs clang-format -i

clean:
	@rm -rf $(BUILD) $(BUILD_ASAN) $(BUILD_FUZZ)
