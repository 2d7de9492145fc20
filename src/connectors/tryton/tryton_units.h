// Which Tryton unit of measure (by its symbol) is which Lagom unit, declared once: the pull
// maps with it, the README's mapping table lists it. A Tryton unit not in the table stops
// the pull, naming the product and the unit.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace lagom::connectors::tryton {

struct UnitMapping {
  std::string_view tryton_symbol;
  std::string_view lagom_uom;
};

std::span<const UnitMapping> UnitMappings();
std::optional<std::string_view> LagomUnitOf(std::string_view tryton_symbol);

}  // namespace lagom::connectors::tryton
