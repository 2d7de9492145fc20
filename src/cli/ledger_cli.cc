#include "cli/ledger_cli.h"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <random>

#include "app/as_of.h"
#include "app/movement_codes.h"
#include "cli/table_output.h"

namespace lagom::cli {

void AddLedgerWriteOptions(CLI::App& verb, LedgerWriteArgs& args) {
  AddDbOption(verb, args.db);
  verb.add_option("--key", args.key,
                  "Idempotency key: the same key again is applied once (default: a new one)");
  verb.add_option("--date", args.date, "Date of the movement YYYY-MM-DD (default: today)");
  verb.add_option("--user", args.user, "Who did it, for the record");
  AddFormatOption(verb, args.format);
}

std::string KeyOrNew(const std::string& key) {
  if (!key.empty()) return key;
  std::random_device entropy;
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return fmt::format("cli-{:x}-{}-{:08x}",
                     std::chrono::duration_cast<std::chrono::microseconds>(now).count(), getpid(),
                     entropy());
}

Result<Date> DateOrToday(const std::string& text, const char* option) {
  if (text.empty()) return app::WallClockToday();
  auto date = ParseDate(text);
  if (!date) return InvalidInput(std::string(option) + ": " + date.error().message);
  return *date;
}

Result<Date> DateOrReviewDate(sqlite::Database& db, const std::string& text, const char* option) {
  auto asked = OptionalDate(text, option);
  if (!asked) return asked.error();
  return app::ReviewDate(db, *asked, app::WallClockToday());
}

Result<std::optional<Date>> OptionalDate(const std::string& text, const char* option) {
  if (text.empty()) return std::optional<Date>();
  auto date = DateOrToday(text, option);
  if (!date) return date.error();
  return std::optional<Date>(*date);
}

template <class Fixed>
Result<std::optional<Fixed>> OptionalFixed(const std::string& text, const char* option,
                                           const char* what) {
  if (text.empty()) return std::optional<Fixed>();
  auto value = Fixed::Parse(text, what);
  if (!value) return InvalidInput(std::string(option) + ": " + value.error().message);
  return std::optional<Fixed>(*value);
}

Result<std::optional<Quantity>> OptionalQuantity(const std::string& text, const char* option) {
  return OptionalFixed<Quantity>(text, option, "quantity");
}

Result<std::optional<Money>> OptionalMoney(const std::string& text, const char* option) {
  return OptionalFixed<Money>(text, option, "amount of money");
}

Result<std::vector<std::string>> ReadTagFile(const std::string& path) {
  std::ifstream file;
  if (path != "-") {
    file.open(path);
    if (!file) return IoError(path + ": cannot be read");
  }
  std::istream& in = path == "-" ? std::cin : file;
  std::vector<std::string> reads;
  for (std::string line; std::getline(in, line);) {
    std::size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos) continue;
    reads.push_back(line.substr(first, line.find_last_not_of(" \t\r") - first + 1));
  }
  if (in.bad()) return IoError(path + ": read failed");
  return reads;
}

Status PrintPosted(std::ostream& out, sqlite::Database& db, const app::Posted& posted,
                   Format format) {
  TextTable table{{"key", "line", "type", "date", "item", "location", "lot", "expiry", "quantity",
                   "unit_cost", "amount"},
                  {}};
  app::MovementCodes codes(db);
  for (const store::MovementRow& m : posted.movements) {
    auto item = codes.Item(m.item_id);
    auto location = codes.Location(m.location_id);
    if (!item) return item.error();
    if (!location) return location.error();
    table.rows.push_back({m.key, std::to_string(m.line), m.type, FormatDate(m.date), *item,
                          *location, m.lot, m.expiry ? FormatDate(*m.expiry) : "",
                          m.quantity.ToString(), m.unit_cost.ToString(), m.amount.ToString()});
  }
  PrintTextTable(out, table, format);
  if (format == Format::kTable) {
    if (posted.movements.empty()) fmt::print(out, "(no movement)\n");
    if (posted.replayed) fmt::print(out, "replayed: this key was applied before; nothing new\n");
  }
  return {};
}

}  // namespace lagom::cli
