// Runs every scenario folder: copies it to a scratch folder, runs each line of `commands`
// there with `lagom` on the PATH, and compares what the lines print (stdout and stderr,
// with each line's exit code) with `expected.txt`. Timings ("12 ms") are masked.
// Every CSV a line writes — its standard output when it asks for `--format csv` or runs
// `lagom export`, and every .csv file it creates or changes — must be rectangular (each
// record as wide as the header): the runner checks it itself, so a golden file can never
// accept a ragged CSV. Such lines print their standard output before their standard error.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
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

// The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes as "" and line
// breaks), each as its number of fields.
std::vector<std::size_t> CsvRecordWidths(const std::string& text) {
  std::vector<std::size_t> widths;
  std::size_t fields = 1;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    any = true;
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        ++i;
      } else if (c == '"') {
        quoted = false;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      ++fields;
    } else if (c == '\n') {
      widths.push_back(fields);
      fields = 1;
      any = false;
    }
  }
  if (any) widths.push_back(fields);
  return widths;
}

// Empty when `text` is a rectangular CSV; otherwise what is wrong, naming the record.
std::string RaggedCsv(const std::string& what, const std::string& text) {
  std::vector<std::size_t> widths = CsvRecordWidths(text);
  for (std::size_t r = 1; r < widths.size(); ++r) {
    if (widths[r] != widths[0]) {
      return what + ": record " + std::to_string(r + 1) + " has " + std::to_string(widths[r]) +
             " fields, the header " + std::to_string(widths[0]) + "\n";
    }
  }
  return "";
}

bool PrintsCsv(const std::string& line) {
  return line.find("--format csv") != std::string::npos ||
         line.find("lagom export") != std::string::npos;
}

// The .csv files in `dir` with their last write times.
std::map<fs::path, fs::file_time_type> CsvFiles(const fs::path& dir) {
  std::map<fs::path, fs::file_time_type> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".csv") {
      files[entry.path()] = entry.last_write_time();
    }
  }
  return files;
}

struct LineRun {
  std::string output;  // as the transcript shows it, ending in "[exit N]"
  std::string ragged;  // empty, or which CSV the line wrote is not rectangular
};

// Runs one shell line in `dir`: its combined output followed by "[exit N]", and the check of
// every CSV it wrote.
LineRun RunLine(const fs::path& dir, const std::string& line) {
  std::string bin_dir = kLagom.parent_path().string();
  bool csv = PrintsCsv(line);
  std::string redirect =
      csv ? " >.stdout 2>.stderr; status=$?; cat .stdout .stderr; rm .stderr" : " 2>&1; status=$?";
  std::string command = "cd '" + dir.string() + "' && PATH='" + bin_dir + "':\"$PATH\" && (" +
                        line + ")" + redirect + "; echo \"[exit $status]\"";
  auto files_before = CsvFiles(dir);
  std::string output;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return {"popen failed\n", ""};
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  pclose(pipe);
  LineRun run{output, ""};
  if (csv) {
    run.ragged += RaggedCsv("standard output", ReadText(dir / ".stdout"));
    fs::remove(dir / ".stdout");
  }
  for (const auto& [path, written] : CsvFiles(dir)) {
    auto before = files_before.find(path);
    if (before == files_before.end() || before->second != written) {
      run.ragged += RaggedCsv(path.filename().string(), ReadText(path));
    }
  }
  return run;
}

struct ScenarioRun {
  std::string transcript;
  std::string ragged;  // the lines that wrote a CSV that is not rectangular, and how
};

ScenarioRun RunScenario(const fs::path& source) {
  fs::path scratch = fs::temp_directory_path() / ("lagom-scenario-" + std::to_string(getpid()) +
                                                  "-" + source.filename().string());
  fs::remove_all(scratch);
  fs::copy(source, scratch, fs::copy_options::recursive);
  std::istringstream commands(ReadText(source / "commands"));
  ScenarioRun run;
  std::string line;
  while (std::getline(commands, line)) {
    if (line.empty() || line[0] == '#') continue;
    LineRun ran = RunLine(scratch, line);
    run.transcript += "$ " + line + "\n" + ran.output;
    if (!ran.ragged.empty()) run.ragged += "$ " + line + "\n" + ran.ragged;
  }
  fs::remove_all(scratch);
  run.transcript = std::regex_replace(run.transcript, std::regex("[0-9]+ ms"), "N ms");
  return run;
}

std::vector<std::string> ScenarioNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kScenarios)) {
    if (entry.is_directory()) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

TEST(CsvCheck, NamesTheFirstRecordWiderThanTheHeader) {
  // A quoted comma and a quoted line break stay inside one field; "" is an escaped quote.
  EXPECT_EQ(RaggedCsv("out", "a,b\n\"x,y\",\"1\n2\"\n\"say \"\"hi\"\"\",z\n"), "");
  EXPECT_EQ(RaggedCsv("out", "a,b\n1,2\n1,2,3\n"), "out: record 3 has 3 fields, the header 2\n");
}

class Scenario : public ::testing::TestWithParam<std::string> {};

TEST_P(Scenario, PrintsWhatIsExpected) {
  fs::path dir = kScenarios / GetParam();
  ScenarioRun run = RunScenario(dir);
  EXPECT_EQ(run.ragged, "") << "a CSV the scenario wrote is ragged";
  if (Env("LAGOM_REGENERATE") == "1") {
    std::ofstream(dir / "expected.txt", std::ios::binary) << run.transcript;
    GTEST_SKIP() << "regenerated " << (dir / "expected.txt");
  }
  EXPECT_EQ(run.transcript, ReadText(dir / "expected.txt"));
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
