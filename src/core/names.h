// Enumerations with names (the names the CLI and files use): a constant table of
// {value, name} pairs and the lookups both ways. Header-only, constexpr-friendly; thread-safe.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace lagom {

template <class E>
struct Named {
  E value;
  std::string_view name;
};

// The value named `name`, or nullopt.
template <class E>
std::optional<E> ValueNamed(std::span<const Named<E>> table, std::string_view name) {
  for (const Named<E>& entry : table) {
    if (entry.name == name) return entry.value;
  }
  return std::nullopt;
}

// The name of `value`, or "?" when the table lacks it.
template <class E>
std::string_view NameOf(std::span<const Named<E>> table, E value) {
  for (const Named<E>& entry : table) {
    if (entry.value == value) return entry.name;
  }
  return "?";
}

}  // namespace lagom
