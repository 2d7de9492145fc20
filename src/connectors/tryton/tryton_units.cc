#include "connectors/tryton/tryton_units.h"

namespace lagom::connectors::tryton {

namespace {

// Tryton 6.0's standard units (product module data) that stock is kept in; time and area
// units are left out on purpose: an item counted in hours is a service, not stock.
constexpr UnitMapping kUnits[] = {
    {"u", "pcs"}, {"kg", "kg"},   {"g", "g"},   {"lb", "lb"}, {"oz", "oz"}, {"l", "l"},
    {"m³", "m3"}, {"gal", "gal"}, {"m", "m"},   {"cm", "cm"}, {"mm", "mm"}, {"km", "km"},
    {"ft", "ft"}, {"in", "in"},   {"yd", "yd"}, {"m²", "m2"},
};

}  // namespace

std::span<const UnitMapping> UnitMappings() {
  return kUnits;
}

std::optional<std::string_view> LagomUnitOf(std::string_view tryton_symbol) {
  for (const UnitMapping& unit : kUnits) {
    if (unit.tryton_symbol == tryton_symbol) return unit.lagom_uom;
  }
  return std::nullopt;
}

}  // namespace lagom::connectors::tryton
