// Rewrites the SQL the store writes for SQLite into PostgreSQL's dialect, so that one text
// serves both backends: `?`, `?N` and `:name` parameters become `$N`; INTEGER becomes BIGINT
// and INTEGER PRIMARY KEY an identity column; REAL becomes DOUBLE PRECISION; IFNULL, instr,
// two-argument MAX/MIN, LIKE (case-insensitive in SQLite), INSERT OR IGNORE, WITHOUT ROWID,
// strftime/date('now') defaults and the column name `user` (reserved in PostgreSQL) get their
// PostgreSQL forms; LIMIT -1 (no limit) is LIMIT ALL. String literals, quoted names, comments and
// dollar-quoted bodies are kept as they are. CREATE TRIGGER … END; blocks (SQLite's trigger
// language) are dropped, the first replaced by `trigger_replacement` (the migration's PostgreSQL
// triggers).
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace lagom::db::pg {

struct RewrittenSql {
  std::string sql;
  // Parameter names as SQLite knows them ("?3", ":today") → 1-based index; anonymous `?`
  // are numbered but not named.
  std::map<std::string, int, std::less<>> parameter_index;
  int parameter_count = 0;
  // Which of 1 … parameter_count the text uses (SQLite lets ?N skip numbers).
  std::set<int> parameters_used;
};

RewrittenSql RewriteSql(std::string_view sqlite_sql, std::string_view trigger_replacement = {});

}  // namespace lagom::db::pg
