# Lagom's front door. `make demo` and `make test` work on a fresh Debian 12 machine:
# they install missing packages, configure, build, and run.
BUILD       ?= build
BUILD_ASAN  ?= build-asan
BUILD_FUZZ  ?= build-fuzz
BUILD_TSAN  ?= build-tsan
FUZZ_SECONDS ?= 20
JOBS        ?= $(shell nproc)
CMAKE_FLAGS ?=
LAGOM        = $(BUILD)/src/cli/lagom

.PHONY: all deps configure build demo test test-sanitize fuzz-smoke test-tsan bench format clean

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

# The tests that run threads — the server's routes (a pool of request threads), the login
# gate, writers racing for the last unit, webhook delivery — under ThreadSanitizer, in their
# own folder. Not in CI: it takes longer than CI can spare (README, "Tests").
TSAN_TESTS = src/server/server_test src/app/ledger_concurrency_test \
             src/server/webhook_delivery_test tests/regress_test
# Two server tests expect a database no other test of their binary wrote to; ctest runs
# each test alone, one binary run does not, so they are left out here.
TSAN_SEPARATE = Ledger.StockFeedListsAvailableToPromisePerStockPoint:Ledger.ValuationByCostMethod
test-tsan: deps
	@cmake -S . -B $(BUILD_TSAN) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLAGOM_TSAN=ON \
	  -DLAGOM_BUILD_BENCH=OFF -DLAGOM_BUILD_WEB=OFF -DLAGOM_TEST_POSTGRES=OFF \
	  $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD_TSAN) -j $(JOBS) --target $(notdir $(TSAN_TESTS))
	@for t in $(TSAN_TESTS); do \
	  TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 suppressions=$(CURDIR)/scripts/tsan.supp" \
	    $(BUILD_TSAN)/$$t --gtest_filter=-$(TSAN_SEPARATE) || exit 1; \
	done

bench: build
	@./bench/run.sh $(BUILD)

format:
	@git ls-files '*.h' '*.cc' | xargs clang-format -i

clean:
	@rm -rf $(BUILD) $(BUILD_ASAN) $(BUILD_FUZZ) $(BUILD_TSAN)
