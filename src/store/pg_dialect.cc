#include "store/pg_dialect.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <vector>

namespace lagom::db::pg {

namespace {

bool IsWordStart(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}
bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}
bool IsSpace(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0;
}
bool SameWord(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(a[i])) !=
        std::toupper(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

// Whole expressions SQLite spells with its own functions, and their PostgreSQL forms.
struct Replacement {
  std::string_view sqlite, postgres;
};
constexpr Replacement kExpressions[] = {
    {"strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
     R"(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))"},
    {"strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
     R"(to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))"},
    {"date('now')", "to_char(CURRENT_DATE, 'YYYY-MM-DD')"},
};

// Single words with another name in PostgreSQL (matched whatever their case).
constexpr Replacement kWords[] = {
    {"INTEGER", "BIGINT"},  {"REAL", "DOUBLE PRECISION"},
    {"IFNULL", "COALESCE"}, {"instr", "strpos"},
    {"LIKE", "ILIKE"},      {"user", "\"user\""},
    {"AUTOINCREMENT", ""},  {"BLOB", "BYTEA"},
};

class Rewriter {
 public:
  Rewriter(std::string_view in, std::string_view trigger_replacement)
      : in_(in), trigger_replacement_(trigger_replacement) {}

  RewrittenSql Run() {
    while (pos_ < in_.size()) Next();
    FinishStatement();
    result_.sql = std::move(out_);
    return std::move(result_);
  }

 private:
  char At(std::size_t i) const { return i < in_.size() ? in_[i] : '\0'; }

  void Next() {
    char c = in_[pos_];
    if (ReplaceExpression()) return;
    if (c == '\'' || c == '"') return CopyQuoted(c);
    if (c == '-' && At(pos_ + 1) == '-') return CopyUntil("\n");
    if (c == '$' && At(pos_ + 1) == '$') return CopyDollarQuoted();
    if (c == '?') return Parameter();
    if (c == ':' && IsWordStart(At(pos_ + 1)) && (pos_ == 0 || in_[pos_ - 1] != ':')) {
      return NamedParameter();
    }
    if (IsWordStart(c) && (pos_ == 0 || !IsWordChar(in_[pos_ - 1]))) return Word();
    if (c == ',' && InOrderBy()) EndOrderTerm(depth_);
    if (c == '(') ++depth_;
    if (c == ')') CloseOrderBy(depth_), --depth_;
    if (c == ';' && depth_ == 0) FinishStatement();
    out_ += c;
    ++pos_;
  }

  // SQLite sorts NULL before every value, PostgreSQL after: each ORDER BY term says which.
  struct OrderBy {
    int depth;
    std::size_t term_start;
  };
  bool InOrderBy() const { return !order_by_.empty() && order_by_.back().depth == depth_; }
  void EndOrderTerm(int depth) {
    if (order_by_.empty() || order_by_.back().depth != depth) return;
    std::size_t end = out_.find_last_not_of(" \t\r\n");
    if (end == std::string::npos || end < order_by_.back().term_start) return;
    std::size_t word_start = end + 1;
    while (word_start > 0 && IsWordChar(out_[word_start - 1])) --word_start;
    std::string_view last = std::string_view(out_).substr(word_start, end + 1 - word_start);
    if (!SameWord(last, "FIRST") && !SameWord(last, "LAST")) {
      out_.insert(end + 1, SameWord(last, "DESC") ? " NULLS LAST" : " NULLS FIRST");
    }
    order_by_.back().term_start = out_.size() + 1;
  }
  void CloseOrderBy(int depth) {
    EndOrderTerm(depth);
    if (!order_by_.empty() && order_by_.back().depth == depth) order_by_.pop_back();
  }

  bool ReplaceExpression() {
    for (const Replacement& r : kExpressions) {
      if (in_.substr(pos_).starts_with(r.sqlite)) {
        out_ += r.postgres;
        pos_ += r.sqlite.size();
        return true;
      }
    }
    return false;
  }

  void CopyQuoted(char quote) {
    std::size_t end = pos_ + 1;
    while (end < in_.size()) {
      if (in_[end] == quote) {
        if (At(end + 1) != quote) break;
        ++end;  // a doubled quote stands for itself
      }
      ++end;
    }
    end = std::min(end + 1, in_.size());
    out_.append(in_.substr(pos_, end - pos_));
    pos_ = end;
  }

  void CopyUntil(std::string_view terminator) {
    std::size_t end = in_.find(terminator, pos_);
    end = end == std::string_view::npos ? in_.size() : end + terminator.size();
    out_.append(in_.substr(pos_, end - pos_));
    pos_ = end;
  }

  void CopyDollarQuoted() {
    std::size_t end = in_.find("$$", pos_ + 2);
    end = end == std::string_view::npos ? in_.size() : end + 2;
    out_.append(in_.substr(pos_, end - pos_));
    pos_ = end;
  }

  void Parameter() {
    std::size_t end = pos_ + 1;
    while (std::isdigit(static_cast<unsigned char>(At(end)))) ++end;
    int index = 0;
    if (end > pos_ + 1) {
      index = std::stoi(std::string(in_.substr(pos_ + 1, end - pos_ - 1)));
      result_.parameter_index.emplace(std::string(in_.substr(pos_, end - pos_)), index);
    } else {
      index = result_.parameter_count + 1;
    }
    result_.parameter_count = std::max(result_.parameter_count, index);
    result_.parameters_used.insert(index);
    out_ += "$" + std::to_string(index);
    pos_ = end;
  }

  void NamedParameter() {
    std::size_t end = pos_ + 1;
    while (IsWordChar(At(end))) ++end;
    std::string name(in_.substr(pos_, end - pos_));
    auto [it, added] = result_.parameter_index.emplace(name, result_.parameter_count + 1);
    if (added) ++result_.parameter_count;
    result_.parameters_used.insert(it->second);
    out_ += "$" + std::to_string(it->second);
    pos_ = end;
  }

  std::size_t WordEnd(std::size_t from) const {
    while (IsWordChar(At(from))) ++from;
    return from;
  }

  // The end of `words` following position `from` (after blanks), or npos if they do not follow.
  std::size_t Following(std::size_t from, std::initializer_list<std::string_view> words) const {
    for (std::string_view word : words) {
      while (IsSpace(At(from))) ++from;
      std::size_t end = WordEnd(from);
      if (end == from || !SameWord(in_.substr(from, end - from), word)) {
        return std::string_view::npos;
      }
      from = end;
    }
    return from;
  }

  void Word() {
    std::size_t end = WordEnd(pos_);
    std::string_view word = in_.substr(pos_, end - pos_);
    if (SameWord(word, "INTEGER")) {
      if (std::size_t key = Following(end, {"PRIMARY", "KEY"}); key != std::string_view::npos) {
        std::size_t autoincrement = Following(key, {"AUTOINCREMENT"});
        pos_ = autoincrement != std::string_view::npos ? autoincrement : key;
        out_ += "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
        return;
      }
    }
    if (SameWord(word, "WITHOUT")) {
      if (std::size_t rowid = Following(end, {"ROWID"}); rowid != std::string_view::npos) {
        pos_ = rowid;
        return;
      }
    }
    if (SameWord(word, "INSERT")) {
      if (std::size_t ignore = Following(end, {"OR", "IGNORE"}); ignore != std::string_view::npos) {
        out_ += "INSERT";
        pos_ = ignore;
        on_conflict_pending_ = true;
        return;
      }
    }
    if (SameWord(word, "CREATE") && Following(end, {"TRIGGER"}) != std::string_view::npos &&
        HasBodyBeforeSemicolon(end)) {
      return SkipTrigger();
    }
    if (SameWord(word, "ORDER")) {
      if (std::size_t by = Following(end, {"BY"}); by != std::string_view::npos) {
        out_.append(in_.substr(pos_, by - pos_));
        pos_ = by;
        order_by_.push_back({depth_, out_.size()});
        return;
      }
    }
    for (std::string_view ends : {"LIMIT", "OFFSET", "ROWS", "RANGE", "UNION"}) {
      if (SameWord(word, ends)) CloseOrderBy(depth_);
    }
    if (SameWord(word, "IS")) return NullSafeComparison(end);
    if (SameWord(word, "LIMIT")) {
      std::size_t number = end;
      while (IsSpace(At(number))) ++number;
      if (in_.substr(number).starts_with("-1") && !IsWordChar(At(number + 2))) {
        out_ += "LIMIT ALL";
        pos_ = number + 2;
        return;
      }
      if (At(number) == '?' || At(number) == ':') {  // a negative limit is none, as in SQLite
        pos_ = number;
        std::string limit = TakeParameter();
        out_ += "LIMIT CASE WHEN " + limit + " < 0 THEN NULL ELSE " + limit + " END";
        return;
      }
    }
    if (SameWord(word, "IN")) {  // SQLite's `x IN table`
      std::size_t table = end;
      while (IsSpace(At(table))) ++table;
      std::size_t table_end = WordEnd(table);
      if (table_end > table && IsWordStart(At(table))) {
        out_ += "IN (SELECT * FROM " + std::string(in_.substr(table, table_end - table)) + ")";
        pos_ = table_end;
        return;
      }
    }
    if ((SameWord(word, "MAX") || SameWord(word, "MIN")) && HasTwoArguments(end)) {
      out_ += SameWord(word, "MAX") ? "GREATEST" : "LEAST";
      pos_ = end;
      return;
    }
    for (const Replacement& r : kWords) {
      if (SameWord(word, r.sqlite)) {
        out_ += r.postgres;
        pos_ = end;
        return;
      }
    }
    out_.append(word);
    pos_ = end;
  }

  // SQLite's `a IS b` / `a IS NOT b` compare null-safely whatever b is; PostgreSQL's IS takes
  // only NULL, TRUE, FALSE, UNKNOWN or DISTINCT FROM after it.
  void NullSafeComparison(std::size_t end) {
    pos_ = end;
    std::size_t after_not = Following(end, {"NOT"});
    std::size_t next = after_not != std::string_view::npos ? after_not : end;
    while (IsSpace(At(next))) ++next;
    std::string_view following = in_.substr(next, WordEnd(next) - next);
    for (std::string_view keyword : {"NULL", "TRUE", "FALSE", "UNKNOWN", "DISTINCT"}) {
      if (SameWord(following, keyword)) {
        out_ += in_.substr(end - 2, 2);
        return;
      }
    }
    if (after_not == std::string_view::npos && EqualsParameter()) return;
    out_ += after_not != std::string_view::npos ? "IS DISTINCT FROM" : "IS NOT DISTINCT FROM";
    if (after_not != std::string_view::npos) pos_ = after_not;
  }

  // Reads the parameter at pos_ and returns its PostgreSQL name instead of writing it.
  std::string TakeParameter() {
    std::size_t start = out_.size();
    At(pos_) == '?' ? Parameter() : NamedParameter();
    std::string parameter = out_.substr(start);
    out_.resize(start);
    return parameter;
  }

  // `column IS ?` (the import's key lookup) as an equality an index can serve, or NULL with
  // NULL: `(column = $1 OR (column IS NULL AND $1 IS NULL))`. False, writing nothing, when
  // what precedes is not a plain column or what follows not a parameter.
  bool EqualsParameter() {
    std::size_t next = pos_;
    while (IsSpace(At(next))) ++next;
    if (At(next) != '?' && !(At(next) == ':' && IsWordStart(At(next + 1)))) return false;
    std::size_t operand_end = out_.find_last_not_of(" \t\r\n");
    if (operand_end == std::string::npos) return false;
    std::size_t operand_start = operand_end + 1;
    while (operand_start > 0 &&
           (IsWordChar(out_[operand_start - 1]) || out_[operand_start - 1] == '.' ||
            out_[operand_start - 1] == '"')) {
      --operand_start;
    }
    if (operand_start > operand_end) return false;
    std::string column = out_.substr(operand_start, operand_end + 1 - operand_start);
    out_.resize(operand_start);
    pos_ = next;
    std::string parameter = TakeParameter();
    out_ += "(" + column + " = " + parameter + " OR (" + column + " IS NULL AND " + parameter +
            " IS NULL))";
    return true;
  }

  // True when the call whose name ends at `from` has a comma at its top level.
  bool HasTwoArguments(std::size_t from) const {
    while (IsSpace(At(from))) ++from;
    if (At(from) != '(') return false;
    int depth = 0;
    for (std::size_t i = from; i < in_.size(); ++i) {
      char c = in_[i];
      if (c == '\'') {
        i = in_.find('\'', i + 1);
        if (i == std::string_view::npos) return false;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')') {
        if (--depth == 0) return false;
      } else if (c == ',' && depth == 1) {
        return true;
      }
    }
    return false;
  }

  // True when a BEGIN comes before the statement's first `;`: a SQLite trigger's body (a
  // PostgreSQL trigger names its function instead, and is kept).
  bool HasBodyBeforeSemicolon(std::size_t from) const {
    for (std::size_t i = from; i < in_.size(); ++i) {
      char c = in_[i];
      if (c == '\'') {
        i = in_.find('\'', i + 1);
        if (i == std::string_view::npos) return false;
      } else if (c == ';') {
        return false;
      } else if (IsWordStart(c) && !IsWordChar(in_[i - 1])) {
        std::size_t end = WordEnd(i);
        if (SameWord(in_.substr(i, end - i), "BEGIN")) return true;
        i = end - 1;
      }
    }
    return false;
  }

  // Skips a SQLite trigger up to and including the `END;` that closes its body (not the END
  // of a CASE in it).
  void SkipTrigger() {
    int open_cases = 0;
    while (pos_ < in_.size()) {
      char c = in_[pos_];
      if (c == '\'' || c == '"') {
        std::size_t before = out_.size();
        CopyQuoted(c);
        out_.resize(before);
        continue;
      }
      if (IsWordStart(c) && (pos_ == 0 || !IsWordChar(in_[pos_ - 1]))) {
        std::size_t end = WordEnd(pos_);
        std::string_view word = in_.substr(pos_, end - pos_);
        pos_ = end;
        if (SameWord(word, "CASE")) ++open_cases;
        if (SameWord(word, "END") && open_cases > 0) {
          --open_cases;
        } else if (SameWord(word, "END")) {
          std::size_t after = end;
          while (IsSpace(At(after))) ++after;
          if (At(after) == ';') {
            pos_ = after + 1;
            break;
          }
        }
        continue;
      }
      ++pos_;
    }
    if (!trigger_replaced_) out_.append(trigger_replacement_);
    trigger_replaced_ = true;
  }

  void FinishStatement() {
    while (!order_by_.empty()) CloseOrderBy(order_by_.back().depth);
    if (!on_conflict_pending_) return;
    std::size_t end = out_.find_last_not_of(" \t\r\n");
    out_.insert(end == std::string::npos ? 0 : end + 1, " ON CONFLICT DO NOTHING");
    on_conflict_pending_ = false;
  }

  std::string_view in_;
  std::string_view trigger_replacement_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  std::vector<OrderBy> order_by_;
  bool on_conflict_pending_ = false;
  bool trigger_replaced_ = false;
  std::string out_;
  RewrittenSql result_;
};

}  // namespace

RewrittenSql RewriteSql(std::string_view sqlite_sql, std::string_view trigger_replacement) {
  return Rewriter(sqlite_sql, trigger_replacement).Run();
}

}  // namespace lagom::db::pg
