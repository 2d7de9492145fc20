// Plumbing shared by the ledger verbs (receive, move, count, reserve, value, kpi, check):
// the options every write takes (--db, --key, --date, --user, --format), exact number
// options, tag-read files, and printing the movements an operation posted.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/ledger_operation.h"
#include "cli/cli.h"
#include "core/date.h"
#include "core/money.h"
#include "core/quantity.h"

namespace lagom::cli {

struct LedgerWriteArgs {
  std::string db;
  std::string key;   // empty: one is made up and printed, so that a retry can reuse it
  std::string date;  // empty: today
  std::string user;
  Format format = Format::kTable;
};

// Adds --db, --key, --date, --user and --format to a writing verb.
void AddLedgerWriteOptions(CLI::App& verb, LedgerWriteArgs& args);

// The key to post under: --key, or a new unique one.
std::string KeyOrNew(const std::string& key);

// --date (or the option named `option`) as a Date; empty = today. InvalidInput names it.
Result<Date> DateOrToday(const std::string& text, const char* option = "--date");
Result<std::optional<Date>> OptionalDate(const std::string& text, const char* option);
// The option named `option` as a Date; empty = the review date (app/as_of.h: the latest
// planning run's as-of date, else today). For reports.
Result<Date> DateOrReviewDate(sqlite::Database& db, const std::string& text, const char* option);
Result<std::optional<Quantity>> OptionalQuantity(const std::string& text, const char* option);
Result<std::optional<Money>> OptionalMoney(const std::string& text, const char* option);

// The tag reads of an RFID portal's file (--tags): one code per line, "-" = standard input;
// blank lines and surrounding spaces skipped. IoError names the file.
Result<std::vector<std::string>> ReadTagFile(const std::string& path);

// One line per movement (key, line, type, date, item, location, lot, expiry, quantity,
// unit cost, amount), then "replayed" when the key had been applied before.
Status PrintPosted(std::ostream& out, sqlite::Database& db, const app::Posted& posted,
                   Format format);

}  // namespace lagom::cli
