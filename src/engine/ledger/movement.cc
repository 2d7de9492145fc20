#include "engine/ledger/movement.h"

#include <array>

namespace lagom::ledger {

namespace {

struct TypeInfo {
  MovementType type;
  std::string_view name;
  Sign sign;
};

constexpr std::array<TypeInfo, 13> kTypes = {{
    {MovementType::kOpening, "opening", Sign::kEither},
    {MovementType::kReceipt, "receipt", Sign::kPositive},
    {MovementType::kSale, "sale", Sign::kNegative},
    {MovementType::kIssue, "issue", Sign::kNegative},
    {MovementType::kTransferOut, "transfer-out", Sign::kNegative},
    {MovementType::kTransferIn, "transfer-in", Sign::kPositive},
    {MovementType::kAdjustment, "adjustment", Sign::kEither},
    {MovementType::kCount, "count", Sign::kEither},
    {MovementType::kScrap, "scrap", Sign::kNegative},
    {MovementType::kConsume, "consume", Sign::kNegative},
    {MovementType::kProduce, "produce", Sign::kPositive},
    {MovementType::kReturn, "return", Sign::kPositive},
    {MovementType::kWriteDown, "write-down", Sign::kZero},
}};

constexpr std::array<MovementType, kTypes.size()> kAll = [] {
  std::array<MovementType, kTypes.size()> all{};
  for (std::size_t i = 0; i < kTypes.size(); ++i) all[i] = kTypes[i].type;
  return all;
}();

const TypeInfo& Info(MovementType type) {
  return kTypes[static_cast<std::size_t>(type)];
}

}  // namespace

std::string_view MovementTypeName(MovementType type) {
  return Info(type).name;
}

std::optional<MovementType> ParseMovementType(std::string_view name) {
  for (const TypeInfo& info : kTypes) {
    if (info.name == name) return info.type;
  }
  return std::nullopt;
}

std::span<const MovementType> AllMovementTypes() {
  return kAll;
}

Sign RequiredSign(MovementType type) {
  return Info(type).sign;
}

}  // namespace lagom::ledger
