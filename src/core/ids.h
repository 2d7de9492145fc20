// Strongly typed database identifiers, so that an item id cannot be passed where a
// location id is expected. Codes (SKU, location code) are the external keys; ids are internal.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace lagom {

template <class Tag>
struct Id {
  std::int64_t value = 0;
  auto operator<=>(const Id&) const = default;
};

using ItemId = Id<struct ItemTag>;
using LocationId = Id<struct LocationTag>;
using SupplierId = Id<struct SupplierTag>;
using PlanRunId = Id<struct PlanRunTag>;

// A stock point is an item at a location: the unit of planning.
struct StockPointKey {
  ItemId item;
  LocationId location;
  auto operator<=>(const StockPointKey&) const = default;
};

}  // namespace lagom

template <class Tag>
struct std::hash<lagom::Id<Tag>> {
  std::size_t operator()(lagom::Id<Tag> id) const noexcept {
    return std::hash<std::int64_t>{}(id.value);
  }
};
