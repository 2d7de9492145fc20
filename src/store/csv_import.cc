#include "store/csv_import.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "core/fixed_point.h"
#include "csv/reader.h"
#include "store/field_value.h"
#include "store/import_writer.h"
#include "store/ledger_rules.h"

namespace lagom::store {

namespace {

class ProblemList {
 public:
  ProblemList(ImportOutcome& outcome, int max) : outcome_(outcome), max_(max) {}
  void Add(int line, std::string_view column, std::string reason) {
    if (static_cast<int>(outcome_.problems.size()) < max_) {
      outcome_.problems.push_back({line, std::string(column), std::move(reason)});
    } else {
      ++outcome_.problems_not_shown;
    }
  }
  bool any() const { return !outcome_.problems.empty(); }

 private:
  ImportOutcome& outcome_;
  int max_;
};

// Maps each header column to its field (the first header.size() entries), then appends the
// absent key and summed fields; reports unknown, repeated and missing columns.
std::vector<const FieldSpec*> MatchHeader(const EntitySpec& entity,
                                          const std::vector<std::string>& header, int position,
                                          ProblemList& problems) {
  std::vector<const FieldSpec*> columns;
  for (const std::string& name : header) {
    auto found = std::find_if(entity.fields.begin(), entity.fields.end(),
                              [&](const FieldSpec& f) { return f.column == name; });
    const FieldSpec* field = found == entity.fields.end() ? nullptr : &*found;
    if (!field) {
      std::string expected;
      for (const FieldSpec& f : entity.fields)
        expected += (expected.empty() ? "" : ", ") + std::string(f.column);
      problems.Add(position, name,
                   "unknown column; " + std::string(entity.name) + " have " + expected);
    } else if (std::count(columns.begin(), columns.end(), field) > 0) {
      problems.Add(position, name, "the column appears twice");
    }
    columns.push_back(field);
  }
  for (const FieldSpec& field : entity.fields) {
    bool present = std::find(columns.begin(), columns.end(), &field) != columns.end();
    if (field.required && !present)
      problems.Add(position, field.column, "required column is missing");
    // Absent keys and sums still take part, with their fallback value: a file without a
    // location column means "all locations", not "any location"; a demand row counts as one
    // line.
    if (!present && (field.key || field.summed)) columns.push_back(&field);
  }
  return columns;
}

std::string KeyOf(const std::vector<const FieldSpec*>& columns, const std::vector<SqlValue>& row) {
  std::string key;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (!columns[i] || !columns[i]->key) continue;
    std::visit(
        [&](const auto& v) {
          if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>) {
            key += "\x1fNULL";
          } else if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::string>) {
            key += "\x1f" + v;
          } else {
            key += "\x1f" + std::to_string(v);
          }
        },
        row[i]);
  }
  return key;
}

void AddSummed(std::vector<SqlValue>& total, const std::vector<SqlValue>& row,
               const std::vector<const FieldSpec*>& columns) {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] && columns[i]->summed) {
      total[i] = fixed_point_detail::CheckedAdd(std::get<std::int64_t>(total[i]),
                                                std::get<std::int64_t>(row[i]));
    }
  }
}

// Rejects what is not UTF-8 text before any parsing.
Status CheckEncoding(std::string_view text) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    return InvalidInput("the file is UTF-16; save it as UTF-8");
  }
  return csv::ValidateUtf8(text);
}

// One import run: the row source, the problems found so far, and the writer.
class RowImport {
 public:
  RowImport(sqlite::Database& db, const EntitySpec& entity, csv::RowSource& rows,
            const ImportContext& context)
      : db_(db),
        entity_(entity),
        reader_(rows),
        import_(context),
        problems_(outcome_, context.max_problems) {}

  Result<ImportOutcome> Run() {
    if (!ReadHeader()) return outcome_;
    auto transaction = sqlite::Transaction::Begin(db_);
    if (!transaction) return transaction.error();
    writer_.emplace(db_, entity_, columns_, import_.today, import_.force);
    context_ = {import_.period, [this](FieldType ref, std::string_view code) {
                  return writer_->Resolve(ref, code);
                }};
    if (Status read = ReadRows(); !read) return read.error();
    if (!problems_.any()) {
      if (Status flushed = WriteAggregated(); !flushed) return flushed.error();
      if (Status checked = writer_->CheckWholeTable(); !checked) {
        problems_.Add(0, "", checked.error().message);
      }
    }
    if (problems_.any()) {
      outcome_.inserted = outcome_.updated = outcome_.unchanged = 0;
      return outcome_;  // the transaction rolls back
    }
    if (Status committed = transaction->Commit(); !committed) return committed.error();
    return outcome_;
  }

 private:
  bool ReadHeader() {
    auto header = reader_.Next(record_);
    if (!header) {
      problems_.Add(0, "", header.error().message);
    } else if (!*header) {
      problems_.Add(1, "", "the file is empty; expected a header line");
    } else {
      header_size_ = record_.size();
      columns_ = MatchHeader(entity_, record_, reader_.position(), problems_);
    }
    return !problems_.any();
  }

  Status ReadRows() {
    row_.resize(columns_.size());
    while (true) {
      auto more = reader_.Next(record_);
      if (!more) {
        problems_.Add(0, "", more.error().message);
        return {};
      }
      if (!*more) return {};
      ++outcome_.rows;
      if (ParseRow(reader_.position())) {
        if (Status kept = Keep(reader_.position()); !kept) return kept;
      }
    }
  }

  // Converts record_ into row_; false (with problems noted) if any cell is bad.
  bool ParseRow(int line) {
    if (record_.size() != header_size_) {
      problems_.Add(line, "",
                    "the line has " + std::to_string(record_.size()) +
                        " fields but the header has " + std::to_string(header_size_));
      return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      std::string_view cell = i < header_size_ ? std::string_view(record_[i]) : std::string_view();
      auto value = ParseField(*columns_[i], cell, context_);
      if (value) {
        row_[i] = std::move(*value);
      } else {
        problems_.Add(line, columns_[i]->column, value.error().message);
        ok = false;
      }
    }
    return ok;
  }

  // Adds row_ to its aggregate, or checks its key and writes it. Once the file has a
  // problem it will be rejected: rows are still checked, no longer written.
  Status Keep(int line) {
    std::string key = KeyOf(columns_, row_);
    if (entity_.key_policy == KeyPolicy::kAggregate) {
      auto [it, inserted] = aggregated_.try_emplace(key, row_);
      if (!inserted) AddSummed(it->second, row_, columns_);
      return {};
    }
    auto [it, inserted] = first_line_of_key_.try_emplace(key, line);
    if (!inserted) {
      problems_.Add(line, "",
                    "duplicate key: the same " + std::string(entity_.name) + " row as line " +
                        std::to_string(it->second));
      return {};
    }
    if (problems_.any()) return {};
    auto written = writer_->Write(row_);
    if (!written) {
      if (written.error().code != ErrorCode::kConflict) return written.error();
      auto rule = LedgerRuleProblem(written.error().message);
      problems_.Add(line, rule ? rule->column : "", rule ? rule->reason : written.error().message);
    } else {
      Count(*written);
    }
    return {};
  }

  void Count(WriteKind kind) {
    ++(kind == WriteKind::kInserted  ? outcome_.inserted
       : kind == WriteKind::kUpdated ? outcome_.updated
                                     : outcome_.unchanged);
  }

  Status WriteAggregated() {
    for (const auto& [key, total] : aggregated_) {
      auto written = writer_->Write(total);
      if (!written) return written.error();
      Count(*written);
    }
    return {};
  }

  sqlite::Database& db_;
  const EntitySpec& entity_;
  csv::RowSource& reader_;
  ImportContext import_;
  ImportOutcome outcome_;
  ProblemList problems_;
  std::vector<std::string> record_;
  std::size_t header_size_ = 0;
  std::vector<const FieldSpec*> columns_;
  std::vector<SqlValue> row_;
  std::optional<ImportWriter> writer_;
  FieldContext context_;
  std::unordered_map<std::string, int> first_line_of_key_;
  std::map<std::string, std::vector<SqlValue>> aggregated_;  // ordered: deterministic writes
};

}  // namespace

Result<ImportOutcome> ImportRows(sqlite::Database& db, const EntitySpec& entity,
                                 csv::RowSource& rows, const ImportContext& context) {
  return RowImport(db, entity, rows, context).Run();
}

Result<ImportOutcome> ImportCsv(sqlite::Database& db, const EntitySpec& entity,
                                std::string_view text, const ImportContext& context) {
  if (Status encoded = CheckEncoding(text); !encoded) {
    ImportOutcome outcome;
    outcome.problems.push_back({0, "", encoded.error().message});
    return outcome;
  }
  csv::Reader reader(text);
  return ImportRows(db, entity, reader, context);
}

std::string FormatProblems(const ImportOutcome& outcome, std::string_view source) {
  std::string text;
  for (const ImportProblem& problem : outcome.problems) {
    text += std::string(source);
    if (problem.line > 0) text += ", line " + std::to_string(problem.line);
    if (!problem.column.empty()) text += ", column '" + problem.column + "'";
    text += ": " + problem.reason + "\n";
  }
  if (outcome.problems_not_shown > 0) {
    text += "… and " + std::to_string(outcome.problems_not_shown) + " more problems\n";
  }
  return text;
}

}  // namespace lagom::store
