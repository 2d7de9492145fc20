// The trade-off plot of `lagom simulate` as a standalone SVG document: achieved aggregate
// fill rate (%) against average stock value, one curve per configuration without its target
// (method, distribution, policy, fill-rate model), each point labelled with its target, with axes,
// ticks, units and a legend.
#pragma once

#include <span>
#include <string>

#include "engine/analysis/measures.h"
#include "engine/analysis/simulation_config.h"

namespace lagom::cli {

// summaries[c] belongs to configurations[c]. `cost_column` names where unit costs came from
// (empty: stock is valued at 1 per unit). Points without demand are left out.
std::string TradeOffSvg(std::span<const analysis::Configuration> configurations,
                        std::span<const analysis::Summary> summaries,
                        const std::string& cost_column);

}  // namespace lagom::cli
