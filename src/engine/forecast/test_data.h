// Test-only access to the shared data and R reference fixtures (../shared beside the clone):
// the folder is $LAGOM_SHARED_DIR, else $LAGOM_SOURCE_DIR/../shared. Tests that need it call
// GTEST_SKIP() when it is absent.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lagom::forecast::testing {

// The shared folder, or nullopt when it does not exist.
std::optional<std::string> SharedDir();

// Rows of a CSV file with a header, as column -> text. Empty when the file cannot be read.
std::vector<std::map<std::string, std::string>> ReadTable(const std::string& path);

// Series of a long CSV (series_id, period, value; "NA" -> NaN), only the ids in `wanted`.
std::map<std::string, std::vector<double>> ReadSeries(const std::string& path,
                                                      const std::set<std::string>& wanted);

// Number or NaN for "NA" / empty.
double Number(const std::string& text);

}  // namespace lagom::forecast::testing
