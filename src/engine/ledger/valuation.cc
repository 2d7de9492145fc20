#include "engine/ledger/valuation.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

#include "engine/ledger/cost_layers.h"

namespace lagom::ledger {

namespace {

constexpr std::array<std::pair<CostMethod, std::string_view>, 4> kMethods = {{
    {CostMethod::kFifo, "fifo"},
    {CostMethod::kLifoPerpetual, "lifo"},
    {CostMethod::kLifoPeriodic, "lifo-periodic"},
    {CostMethod::kWeightedAverage, "wac"},
}};

Error OutOfRange(const CostedMovement& m, const char* why) {
  return {ErrorCode::kConstraintViolated, "movement " + std::to_string(m.id) + " (" +
                                              std::string(MovementTypeName(m.type)) + " on " +
                                              FormatDate(m.date) + ") cannot be valued: " + why +
                                              " leaves the range of exact money"};
}

Error Shortage(Date date, Quantity on_hand, Quantity out) {
  return {ErrorCode::kConstraintViolated, "stock would go below zero on " + FormatDate(date) +
                                              ": " + on_hand.ToString() + " on hand, " +
                                              out.ToString() + " going out"};
}

// Runs the movements through the layers. Perpetual methods cost each issue at once;
// LIFO periodic collects a period's issues and write-downs and costs them at its end.
class Valuer {
 public:
  Valuer(std::span<const CostedMovement> movements, const ValuationOptions& options)
      : movements_(movements),
        options_(options),
        layers_(options.method == CostMethod::kWeightedAverage),
        periodic_(options.method == CostMethod::kLifoPeriodic),
        newest_first_(options.method != CostMethod::kFifo &&
                      options.method != CostMethod::kWeightedAverage) {
    values_.resize(movements.size());
  }

  Result<Valuation> Run() {
    for (std::size_t i = 0; i < movements_.size(); ++i) {
      const CostedMovement& m = movements_[i];
      if (m.date > options_.as_of) break;
      if (periodic_ && PeriodStart(m.date, options_.period) != period_) {
        if (Status settled = Settle(); !settled) return settled.error();
        period_ = PeriodStart(m.date, options_.period);
      }
      if (Status applied = Checked(i, [&] { return Apply(i); }); !applied) {
        return applied.error();
      }
    }
    if (Status settled = Settle(); !settled) return settled.error();
    return Checked(movements_.size(), [&]() -> Result<Valuation> { return Finish(); });
  }

 private:
  // Runs `step`, turning an overflow of the checked arithmetic into an error naming movement
  // `i` (the last one when i is past the end, as in a sum at the end).
  template <class Step>
  auto Checked(std::size_t i, Step step) -> decltype(step()) {
    try {
      return step();
    } catch (const std::overflow_error& e) {
      if (movements_.empty()) throw;
      return OutOfRange(movements_[std::min(i, movements_.size() - 1)], e.what());
    }
  }

  Result<Valuation> Finish() {
    Valuation out{layers_.total(), layers_.value(), layers_.layers(), std::move(values_)};
    if (options_.method == CostMethod::kWeightedAverage) {
      for (CostLayer& layer : out.layers) layer.date = options_.as_of;
    }
    return out;
  }

  Status Apply(std::size_t i) {
    const CostedMovement& m = movements_[i];
    if (IsTransfer(m.type)) return {};
    if (m.type == MovementType::kWriteDown) {
      if (periodic_) {
        pending_write_downs_.push_back(i);
        return {};
      }
      return WriteDown(i);
    }
    if (m.quantity > Quantity()) {
      Money value = Extend(m.unit_cost, m.quantity);
      layers_.Add(m.date, m.lot, m.quantity, value);
      values_[i] = value;
      return {};
    }
    if (m.quantity == Quantity()) return {};
    if (periodic_) {
      pending_out_.push_back(i);
      return {};
    }
    return TakeOut(i);
  }

  Status TakeOut(std::size_t i) {
    const CostedMovement& m = movements_[i];
    Quantity out = -m.quantity;
    if (out > layers_.total()) return Shortage(m.date, layers_.total(), out);
    values_[i] = -layers_.Take(out, newest_first_);
    return {};
  }

  Status WriteDown(std::size_t i) {
    const CostedMovement& m = movements_[i];
    if (Status done = layers_.WriteDown(m.amount, m.lot); !done) return done;
    values_[i] = -m.amount;
    return {};
  }

  // The end of a LIFO-periodic period: the period's issues take the newest layers (those
  // bought during the period first), then its write-downs apply to what is left.
  Status Settle() {
    for (std::size_t i : pending_out_) {
      if (Status taken = Checked(i, [&] { return TakeOut(i); }); !taken) return taken;
    }
    for (std::size_t i : pending_write_downs_) {
      if (Status done = Checked(i, [&] { return WriteDown(i); }); !done) return done;
    }
    pending_out_.clear();
    pending_write_downs_.clear();
    return {};
  }

  std::span<const CostedMovement> movements_;
  const ValuationOptions& options_;
  CostLayers layers_;
  bool periodic_;
  bool newest_first_;
  std::vector<Money> values_;
  Date period_{};
  std::vector<std::size_t> pending_out_;
  std::vector<std::size_t> pending_write_downs_;
};

}  // namespace

std::string_view CostMethodName(CostMethod method) {
  for (const auto& [m, name] : kMethods) {
    if (m == method) return name;
  }
  return "fifo";
}

std::optional<CostMethod> ParseCostMethod(std::string_view name) {
  for (const auto& [method, text] : kMethods) {
    if (text == name) return method;
  }
  return std::nullopt;
}

std::vector<std::string> CostMethodNames() {
  std::vector<std::string> names;
  for (const auto& entry : kMethods) names.emplace_back(entry.second);
  return names;
}

Result<Valuation> Value(std::span<const CostedMovement> movements,
                        const ValuationOptions& options) {
  return Valuer(movements, options).Run();
}

}  // namespace lagom::ledger
