// Printing a classification's ABC×XYZ matrix (count, value and their shares) as a table,
// CSV or JSON.
#pragma once

#include <ostream>

#include "app/classification.h"
#include "cli/cli.h"

namespace lagom::cli {

void PrintMatrix(std::ostream& out, const app::ClassifyResult& r, Format format);

}  // namespace lagom::cli
