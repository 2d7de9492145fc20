// Printing rows of text as an aligned table, CSV or JSON (an array of objects). Values stay
// text, so exact quantities and money ("12.5", "0.0125") reach JSON unrounded, as strings.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace lagom::cli {

struct TextTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;  // each as long as `columns`
};

void PrintTextTable(std::ostream& out, const TextTable& table, Format format);

}  // namespace lagom::cli
