#include "store/csv_import.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "core/fixed_point.h"
#include "store/csv_reader.h"
#include "store/field_value.h"
#include "store/import_writer.h"
#include "store/settings.h"

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

// Maps each header column to its field; reports unknown, repeated and missing columns.
std::vector<const FieldSpec*> MatchHeader(const EntitySpec& entity,
                                          const std::vector<std::string>& header,
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
      problems.Add(1, name, "unknown column; " + std::string(entity.name) + " have " + expected);
    } else if (std::count(columns.begin(), columns.end(), field) > 0) {
      problems.Add(1, name, "the column appears twice");
    }
    columns.push_back(field);
  }
  for (const FieldSpec& field : entity.fields) {
    if (field.required && std::find(columns.begin(), columns.end(), &field) == columns.end()) {
      problems.Add(1, field.column, "required column is missing");
    }
  }
  return columns;
}

bool IsBlank(const std::vector<std::string>& record) {
  return record.size() == 1 && record[0].empty();
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

}  // namespace

Result<ImportOutcome> ImportCsv(sqlite::Database& db, const EntitySpec& entity,
                                std::string_view text, int max_problems) {
  ImportOutcome outcome;
  ProblemList problems(outcome, max_problems);
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) {
    problems.Add(0, "", "the file is UTF-16; save it as UTF-8");
    return outcome;
  }
  if (Status utf8 = csv::ValidateUtf8(text); !utf8) {
    problems.Add(0, "", utf8.error().message);
    return outcome;
  }
  csv::Reader reader(text);
  std::vector<std::string> record;
  auto header = reader.Next(record);
  if (!header.ok() || !*header || IsBlank(record)) {
    problems.Add(
        header.ok() ? 1 : 0, "",
        header.ok() ? "the file is empty; expected a header line" : header.error().message);
    return outcome;
  }
  std::vector<const FieldSpec*> columns = MatchHeader(entity, record, problems);
  if (problems.any()) return outcome;

  auto transaction = sqlite::Transaction::Begin(db);
  if (!transaction) return transaction.error();
  auto period = ReadPeriodSetting(db);
  if (!period) return period.error();
  ImportWriter writer(db, entity, columns);
  FieldContext context{
      *period, [&](FieldType ref, std::string_view code) { return writer.Resolve(ref, code); }};
  std::unordered_map<std::string, int> first_line_of_key;
  std::map<std::string, std::vector<SqlValue>> aggregated;  // ordered: deterministic writes
  std::vector<SqlValue> row(columns.size());
  while (true) {
    auto more = reader.Next(record);
    if (!more) {
      problems.Add(0, "", more.error().message);
      break;
    }
    if (!*more) break;
    if (IsBlank(record)) continue;
    ++outcome.rows;
    int line = reader.line();
    if (record.size() != columns.size()) {
      problems.Add(line, "",
                   "the line has " + std::to_string(record.size()) + " fields but the header has " +
                       std::to_string(columns.size()));
      continue;
    }
    bool row_ok = true;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      auto value = ParseField(*columns[i], record[i], context);
      if (!value) {
        problems.Add(line, columns[i]->column, value.error().message);
        row_ok = false;
      } else {
        row[i] = std::move(*value);
      }
    }
    if (!row_ok) continue;
    std::string key = KeyOf(columns, row);
    if (entity.key_policy == KeyPolicy::kAggregate) {
      auto [it, inserted] = aggregated.try_emplace(key, row);
      if (!inserted) AddSummed(it->second, row, columns);
      continue;
    }
    auto [it, inserted] = first_line_of_key.try_emplace(key, line);
    if (!inserted) {
      problems.Add(line, "",
                   "duplicate key: the same " + std::string(entity.name) + " row as line " +
                       std::to_string(it->second));
      continue;
    }
    if (problems.any()) continue;  // the import is rejected; keep checking, stop writing
    auto written = writer.Write(row);
    if (!written) {
      problems.Add(line, "", written.error().message);
    } else {
      ++(*written ? outcome.inserted : outcome.updated);
    }
  }
  if (!problems.any()) {
    for (const auto& [key, total] : aggregated) {
      auto written = writer.Write(total);
      if (!written) return written.error();
      ++(*written ? outcome.inserted : outcome.updated);
    }
    if (Status checked = writer.CheckWholeTable(); !checked) {
      problems.Add(0, "", checked.error().message);
    }
  }
  if (problems.any()) {
    outcome.inserted = outcome.updated = 0;
    return outcome;  // the transaction rolls back
  }
  if (Status committed = transaction->Commit(); !committed) return committed.error();
  return outcome;
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
