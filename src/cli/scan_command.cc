// `lagom scan CODE`: what a scanned or RFID-read code says — a GS1 element string, a GS1
// Digital Link or an EPC (SGTIN hex or URN) — and, with --db, which item it is.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>
#include <vector>

#include "app/as_of.h"
#include "app/receiving.h"
#include "cli/commands.h"
#include "csv/writer.h"
#include "gs1/read_code.h"

namespace lagom::cli {

namespace {

struct ScanArgs {
  std::string code, db;
  Format format = Format::kTable;
};

// The fields a code carries, in the order a person reads them; absent ones are left out.
nlohmann::ordered_json Fields(const gs1::ReadCodeResult& read) {
  const gs1::ElementString& e = read.content;
  nlohmann::ordered_json out = {{"form", gs1::CodeFormName(read.form)}};
  auto text = [&](const char* name, const std::string& value) {
    if (!value.empty()) out[name] = value;
  };
  auto date = [&](const char* name, const std::optional<Date>& value) {
    if (value) out[name] = FormatDate(*value);
  };
  text("gtin", e.gtin);
  text("sscc", e.sscc);
  text("serial", e.serial);
  text("lot", e.lot);
  date("expiry", e.expiry);
  date("best_before", e.best_before);
  date("production_date", e.production);
  auto count = e.count ? e.count : e.trade_item_count;
  if (count) out["quantity"] = *count;
  if (e.net_weight_kg) out["net_weight_kg"] = e.net_weight_kg->ToDouble();
  return out;
}

Status AddItem(const std::string& path, const std::string& code, Date today,
               nlohmann::ordered_json& out) {
  auto db = OpenDatabase(path, false);
  if (!db) return db.error();
  auto goods = app::ReadBarcode(**db, code, today);
  if (!goods) return goods.error();
  if (!goods->item.empty()) out["item"] = goods->item;
  return {};
}

void Print(const nlohmann::ordered_json& out, Format format) {
  if (format == Format::kJson) {
    fmt::print("{}\n", out.dump());
    return;
  }
  std::vector<std::string> header, row;
  for (const auto& [name, value] : out.items()) {
    header.push_back(name);
    row.push_back(value.is_string() ? value.get<std::string>() : value.dump());
    if (format == Format::kTable) fmt::print("{:<15} {}\n", header.back(), row.back());
  }
  if (format != Format::kCsv) return;
  csv::WriteRow(std::cout, header);
  csv::WriteRow(std::cout, row);
}

int Run(const ScanArgs& a) {
  Date today = app::WallClockToday();
  auto read = gs1::ReadCode(a.code, today);
  if (!read) return ReportError("scan", read.error());
  nlohmann::ordered_json out = Fields(*read);
  if (!a.db.empty()) {
    if (Status ok = AddItem(a.db, a.code, today, out); !ok) return ReportError("scan", ok.error());
  }
  Print(out, a.format);
  return kOk;
}

}  // namespace

void AddScanCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<ScanArgs>();
  CLI::App* verb = app.add_subcommand(
      "scan", "Say what a scanned code is: GS1 element string, Digital Link or RFID EPC");
  verb->add_option("code", args->code,
                   "The code, e.g. (01)09501101530003(10)AB1, "
                   "https://id.gs1.org/01/09506000134352/21/7 or 3074257BF7194E4000001A85")
      ->required();
  verb->add_option("--db", args->db, "Name the item whose GTIN it is, from this database");
  AddFormatOption(*verb, args->format);
  verb->callback([args, &chosen] { chosen = [args] { return Run(*args); }; });
}

}  // namespace lagom::cli
