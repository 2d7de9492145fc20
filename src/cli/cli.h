// Shared plumbing of the `lagom` command line: exit codes, error reporting, common options
// and the way each verb registers itself. Each verb lives in its own <verb>_command.cc and
// exposes one Add<Verb>Command function, listed in commands.h.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "app/open_store.h"
#include "core/result.h"

namespace lagom::cli {

enum ExitCode : int { kOk = 0, kFailed = 1, kBadUsage = 2 };

// What a verb does once its arguments are parsed; returns the process exit code.
using Action = std::function<int()>;

// Adds one verb to `app`; when the verb is chosen, its action is stored in `chosen`.
using Registrar = void (*)(CLI::App& app, Action& chosen);

// Prints "lagom <verb>: <message>" to stderr and returns the exit code for the error:
// kBadUsage for an InvalidInput error (a bad argument), kFailed otherwise.
int ReportError(const char* verb, const Error& error);

// Adds `--db PATH` (default lagom.db) to a verb.
void AddDbOption(CLI::App& verb, std::string& path);

// Opens the store at `path`. Unless `create` is set, a missing file is an error that says
// how to create one (instead of silently creating an empty database).
Result<std::unique_ptr<sqlite::Database>> OpenDatabase(const std::string& path, bool create);

// Output formats for verbs that print data.
enum class Format { kTable, kCsv, kJson };
// Adds `--format table|csv|json` to a verb.
void AddFormatOption(CLI::App& verb, Format& format);

}  // namespace lagom::cli
