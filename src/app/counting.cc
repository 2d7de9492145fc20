#include "app/counting.h"

#include "app/ledger_posting.h"
#include "app/request_fingerprint.h"
#include "store/ledger_store.h"

namespace lagom::app {

namespace {

// A count without a lot of stock held in lots would post the difference against an
// unlotted balance that does not exist, leaving every lot's balance wrong: refused, naming
// the lots to count instead.
Status RefuseUnlottedCountOfLots(const CountRequest& r,
                                 const std::vector<store::LotBalance>& lots) {
  if (!r.lot.empty()) return {};
  std::string held;
  for (const store::LotBalance& balance : lots) {
    if (balance.lot.empty() || balance.on_hand == Quantity()) continue;
    held += (held.empty() ? "" : ", ") + balance.lot;
  }
  if (held.empty()) return {};
  return InvalidInput("item '" + r.item + "' at '" + r.location + "' is held in lots (" + held +
                      "): count each lot with --lot");
}

Result<Quantity> OnHand(sqlite::Database& db, std::int64_t item_id, std::int64_t location_id,
                        const CountRequest& r) {
  auto lots = store::LotBalances(db, item_id, location_id);
  if (!lots) return lots.error();
  if (Status lotted = RefuseUnlottedCountOfLots(r, *lots); !lotted) return lotted.error();
  for (const store::LotBalance& balance : *lots) {
    if (balance.lot == r.lot) return balance.on_hand;
  }
  return Quantity();
}

Result<CountOutcome> Count(sqlite::Database& db, const CountRequest& r) {
  auto item = store::IdOfCode(db, "items", r.item);
  if (!item) return item.error();
  auto location = store::IdOfCode(db, "locations", r.location);
  if (!location) return location.error();
  auto system = OnHand(db, *item, *location, r);
  if (!system) return system.error();
  store::CountRow row{r.key, r.date, *item, *location, r.lot, *system, r.counted, {}, r.user};
  if (r.counted != *system) {
    MovementWriter writer(db, "count/" + r.key, r.user);
    MovementRequest difference;
    difference.type = ledger::MovementType::kCount;
    difference.date = r.date;
    difference.item = r.item;
    difference.location = r.location;
    difference.lot = r.lot;
    difference.quantity = r.counted - *system;
    difference.reference = "count " + r.key;
    if (Status posted = PostInto(writer, difference); !posted) return posted.error();
    row.movement_id = writer.rows().back().id;
  }
  if (Status stored = store::InsertCount(db, row); !stored) return stored.error();
  return CountOutcome{std::move(row), false};
}

// Every field of the count but its key and user: the same count again is a replay.
std::string Fingerprint(const CountRequest& r) {
  RequestFingerprint f;
  f.Add("date", FormatDate(r.date)).Add("item", r.item).Add("location", r.location);
  f.Add("lot", r.lot).Add("counted", r.counted.ToString());
  return f.Digest();
}

}  // namespace

Result<CountOutcome> RecordCount(sqlite::Database& db, const CountRequest& request) {
  if (request.key.empty()) return InvalidInput("an idempotency key is required");
  if (request.counted < Quantity()) return InvalidInput("a counted quantity cannot be negative");
  return InTransaction<CountOutcome>(db, [&]() -> Result<CountOutcome> {
    auto earlier = store::FindCount(db, request.key);
    if (!earlier) return earlier.error();
    const std::string kept_as = "count/" + request.key;  // as its movement's key
    if (*earlier) {
      if (Status same = SameRequest(db, kept_as, Fingerprint(request), request.key); !same) {
        return same.error();
      }
      return CountOutcome{std::move(**earlier), true};
    }
    if (Status kept = KeepRequest(db, kept_as, Fingerprint(request)); !kept) return kept.error();
    return Count(db, request);
  });
}

}  // namespace lagom::app
