// A batch of tag reads — what an RFID portal reports when a pallet passes (a couple of
// hundred tags at once, each usually read several times) — turned into stock movements.
//
// Each read is decoded as any scan (an EPC in hex or URN form, a GS1 Digital Link or element
// string) and its GTIN resolved to an item. Reads of the same tag (same GTIN and serial) count
// once; a read without a serial counts its quantity (AI 30/37) or one. The tallies are one
// quantity per item and lot. Any read that cannot be decoded or resolved refuses the whole
// batch, naming the read's number (1-based), so nothing is half-posted.
// Thread-safety: as sqlite::Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/counting.h"
#include "app/ledger_operation.h"
#include "core/date.h"
#include "core/quantity.h"

namespace lagom::app {

struct TagTally {
  std::string item, lot;
  std::optional<Date> expiry;
  Quantity quantity;
};

struct TagBatch {
  std::vector<TagTally> tallies;  // in the order items first appear in the reads
  int reads = 0, repeated = 0;    // all reads; reads of a tag already counted
};

Result<TagBatch> TallyTags(sqlite::Database& db, const std::vector<std::string>& reads, Date today);

struct TagPosting {
  std::string key;  // the batch's idempotency key
  Date date;
  std::string location, user;
  std::vector<std::string> reads;
};

struct TagReceipt {
  TagBatch batch;
  Posted posted;
};

// One free receipt per tally, all in one transaction under the batch's key; the key again
// with other reads, date or location is refused (KeyReused), as for CountTags.
Result<TagReceipt> ReceiveTags(sqlite::Database& db, const TagPosting& posting);

struct TagCount {
  TagBatch batch;
  std::vector<CountOutcome> counts;
};

// One count per tally (a count records what is there, so items the reads did not see are not
// touched). Each count is keyed "<key>/<item>/<lot>": a batch that failed part way is
// completed, never counted twice, by posting it again with the same key.
Result<TagCount> CountTags(sqlite::Database& db, const TagPosting& posting);

}  // namespace lagom::app
