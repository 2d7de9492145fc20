#include "app/tag_reads.h"

#include <algorithm>
#include <set>
#include <utility>

#include "app/ledger_posting.h"
#include "app/receiving.h"
#include "app/request_fingerprint.h"

namespace lagom::app {

namespace {

void Add(TagBatch& batch, const ScannedGoods& goods) {
  auto same = [&](const TagTally& t) { return t.item == goods.item && t.lot == goods.lot; };
  auto tally = std::find_if(batch.tallies.begin(), batch.tallies.end(), same);
  if (tally == batch.tallies.end()) {
    batch.tallies.push_back({goods.item, goods.lot, goods.expiry, Quantity()});
    tally = batch.tallies.end() - 1;
  }
  bool serialised = !goods.serial.empty();
  tally->quantity +=
      serialised ? Quantity::FromUnits(1) : goods.quantity.value_or(Quantity::FromUnits(1));
}

MovementRequest TallyReceipt(const TagPosting& posting, const TagTally& tally) {
  MovementRequest m;
  m.key = posting.key;
  m.type = ledger::MovementType::kReceipt;
  m.date = posting.date;
  m.item = tally.item;
  m.location = posting.location;
  m.lot = tally.lot;
  m.expiry = tally.expiry;
  m.quantity = tally.quantity;
  m.reference = "RFID tag reads";
  return m;
}

Result<TagBatch> Tallied(sqlite::Database& db, const TagPosting& posting) {
  if (posting.key.empty()) return InvalidInput("an idempotency key is required");
  if (posting.location.empty()) return InvalidInput("location: name where the tags were read");
  return TallyTags(db, posting.reads, posting.date);
}

// The batch as sent but its key and user (reads in their order): the same again is a replay.
std::string Fingerprint(const TagPosting& posting) {
  RequestFingerprint f;
  f.Add("date", FormatDate(posting.date)).Add("location", posting.location);
  for (const std::string& read : posting.reads) f.Add("read", read);
  return f.Digest();
}

}  // namespace

Result<TagBatch> TallyTags(sqlite::Database& db, const std::vector<std::string>& reads,
                           Date today) {
  TagBatch batch;
  std::set<std::pair<std::string, std::string>> seen;  // (GTIN, serial)
  for (const std::string& read : reads) {
    ++batch.reads;
    auto goods = ReadBarcode(db, read, today);
    if (!goods) {
      return Error{goods.error().code,
                   "read " + std::to_string(batch.reads) + ": " + goods.error().message};
    }
    if (goods->item.empty()) {
      return InvalidInput("read " + std::to_string(batch.reads) + ": '" + read +
                          "' names no GTIN, so no item");
    }
    if (!goods->serial.empty() && !seen.emplace(goods->gtin, goods->serial).second) {
      ++batch.repeated;
      continue;
    }
    Add(batch, *goods);
  }
  if (batch.tallies.empty()) return InvalidInput("no tag reads");
  return batch;
}

Result<TagReceipt> ReceiveTags(sqlite::Database& db, const TagPosting& posting) {
  auto tallied = Tallied(db, posting);
  if (!tallied) return tallied.error();
  auto posted = PostOnce(
      db, posting.key, posting.user,
      [&](MovementWriter& writer) -> Status {
        for (const TagTally& tally : tallied->tallies) {
          if (Status ok = PostInto(writer, TallyReceipt(posting, tally)); !ok) return ok;
        }
        return {};
      },
      Fingerprint(posting));
  if (!posted) return posted.error();
  return TagReceipt{std::move(*tallied), std::move(*posted)};
}

Result<TagCount> CountTags(sqlite::Database& db, const TagPosting& posting) {
  auto tallied = Tallied(db, posting);
  if (!tallied) return tallied.error();
  // Kept before the counts, each its own transaction, so that a batch that failed part way
  // is completed by the same batch again and never by another under its key.
  if (Status same =
          FirstOrSameRequest(db, "tag-count/" + posting.key, Fingerprint(posting), posting.key);
      !same) {
    return same.error();
  }
  TagCount out{*tallied, {}};
  for (const TagTally& tally : tallied->tallies) {
    CountRequest request{posting.key + "/" + tally.item + "/" + tally.lot,
                         posting.date,
                         tally.item,
                         posting.location,
                         tally.lot,
                         tally.quantity,
                         posting.user};
    auto count = RecordCount(db, request);
    if (!count)
      return Error{count.error().code, "item " + tally.item + ": " + count.error().message};
    out.counts.push_back(std::move(*count));
  }
  return out;
}

}  // namespace lagom::app
