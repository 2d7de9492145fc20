// Runs every scenario folder: copies it to a scratch folder, runs each line of `commands`
// there with `lagom` on the PATH, and compares what the lines print (stdout and stderr,
// with each line's exit code) with `expected.txt`. Timings ("12 ms") are masked.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

const fs::path kScenarios = LAGOM_SCENARIOS;
const fs::path kLagom = LAGOM_BINARY;

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs one shell line in `dir`; returns its combined output followed by "[exit N]".
std::string RunLine(const fs::path& dir, const std::string& line) {
  std::string bin_dir = kLagom.parent_path().string();
  std::string command = "cd '" + dir.string() + "' && PATH='" + bin_dir + "':\"$PATH\" && (" +
                        line + ")" + " 2>&1; echo \"[exit $?]\"";
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return "popen failed\n";
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  pclose(pipe);
  return output;
}

std::string RunScenario(const fs::path& source) {
  fs::path scratch = fs::temp_directory_path() / ("lagom-scenario-" + std::to_string(getpid()) +
                                                  "-" + source.filename().string());
  fs::remove_all(scratch);
  fs::copy(source, scratch, fs::copy_options::recursive);
  std::istringstream commands(ReadText(source / "commands"));
  std::string transcript, line;
  while (std::getline(commands, line)) {
    if (line.empty() || line[0] == '#') continue;
    transcript += "$ " + line + "\n" + RunLine(scratch, line);
  }
  fs::remove_all(scratch);
  return std::regex_replace(transcript, std::regex("[0-9]+ ms"), "N ms");
}

std::vector<std::string> ScenarioNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kScenarios)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

class Scenario : public ::testing::TestWithParam<std::string> {};

TEST_P(Scenario, PrintsWhatIsExpected) {
  fs::path dir = kScenarios / GetParam();
  std::string actual = RunScenario(dir);
  if (Env("LAGOM_REGENERATE") == "1") {
    std::ofstream(dir / "expected.txt", std::ios::binary) << actual;
    GTEST_SKIP() << "regenerated " << (dir / "expected.txt");
  }
  EXPECT_EQ(actual, ReadText(dir / "expected.txt"));
}

INSTANTIATE_TEST_SUITE_P(Lagom, Scenario, ::testing::ValuesIn(ScenarioNames()),
                         [](const auto& test) {
                           std::string name = test.param;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
