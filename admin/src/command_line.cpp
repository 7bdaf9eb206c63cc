#include "command_line.hpp"

#include <charconv>
#include <optional>
#include <string_view>
#include <vector>

namespace kommunsok::admin {

namespace {

constexpr const char* kUsage =
    "usage: kommunsok-admin backup --db DB [--time-limit S] DIR\n"
    "       kommunsok-admin restore BACKUP --db DB [--force]\n"
    "       kommunsok-admin check --db DB\n"
    "       kommunsok-admin COMMAND --help\n"
    "  Backs up, restores and checks a Kommunsök index folder (the Xapian index and its\n"
    "  archive of originals in DB/originals). Exit status: 0 done, 1 failed or found\n"
    "  problems (the message says which), 2 bad usage.\n";

constexpr const char* kBackupUsage =
    "usage: kommunsok-admin backup --db DB [--time-limit S] DIR\n"
    "  Copies one revision of the index in DB, compacted, with every original it refers to,\n"
    "  into the new folder DIR: DIR/index (an index folder the server and indexer can use) and\n"
    "  DIR/manifest.json (revision, documents, originals, time). Safe while the server serves\n"
    "  and an indexer writes: when the index moves on during the copy, it starts again from the\n"
    "  newest revision, for up to S seconds (default 600). DIR must not exist; it is built in\n"
    "  DIR.partial-PID and renamed to DIR when complete. Originals are hard-linked when DIR is\n"
    "  on DB's filesystem, else copied.\n";

constexpr const char* kRestoreUsage =
    "usage: kommunsok-admin restore BACKUP --db DB [--force]\n"
    "  Checks the backup in BACKUP against its manifest (Xapian's check, the document count,\n"
    "  every original present with its SHA-256), copies it beside DB and renames it to DB.\n"
    "  An existing DB is refused; --force moves it aside to DB.old-TIMESTAMP (kept, never\n"
    "  deleted). Refused while an indexer is writing to DB: stop the indexer first. A running\n"
    "  server opens the index per request and serves the restored one from its next request.\n";

constexpr const char* kCheckUsage =
    "usage: kommunsok-admin check --db DB\n"
    "  Checks the index in DB: Xapian's check of its tables, and that every original a\n"
    "  document refers to is in DB/originals with the SHA-256 it is named by. Prints each\n"
    "  problem with its document; exit status 1 when there is any. Files no document refers\n"
    "  to are counted, not errors (the indexer's next run removes them).\n";

int seconds(const std::string& text, const char* usage) {
  int n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n < 1 || n > 86400) {
    throw UsageError("--time-limit must be a number of seconds from 1 to 86400, not '" + text + "'", usage);
  }
  return n;
}

bool is_help(std::string_view arg) { return arg == "--help" || arg == "-h"; }

// The arguments of one command: options with a value, flags, and positional arguments.
struct Arguments {
  std::optional<std::string> db;
  std::optional<std::string> time_limit;
  bool force = false;
  std::vector<std::string> positional;
  bool help = false;
};

Arguments read_arguments(int argc, char** argv, bool is_backup, bool allow_force, const char* usage) {
  Arguments args;
  for (int i = 2; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (is_help(arg)) {
      args.help = true;
    } else if (arg == "--db") {
      if (i + 1 >= argc) throw UsageError("--db needs a value", usage);
      if (args.db) throw UsageError("--db is given twice", usage);
      args.db = argv[++i];
    } else if (arg == "--time-limit" && is_backup) {
      if (i + 1 >= argc) throw UsageError("--time-limit needs a value", usage);
      args.time_limit = argv[++i];
    } else if (arg == "--force" && allow_force) {
      args.force = true;
    } else if (arg.starts_with("-") && arg.size() > 1) {
      throw UsageError("unknown option " + std::string(arg), usage);
    } else {
      args.positional.emplace_back(arg);
    }
  }
  if (args.help) return args;
  if (!args.db || args.db->empty()) throw UsageError("--db DB is required", usage);
  return args;
}

std::string one_positional(const Arguments& args, const char* name, const char* usage) {
  if (args.positional.size() != 1 || args.positional.front().empty()) {
    throw UsageError(std::string("expected one ") + name + (args.positional.empty() ? "" : ", got " + std::to_string(args.positional.size())),
                     usage);
  }
  return args.positional.front();
}

}  // namespace

Command parse_command_line(int argc, char** argv) {
  if (argc < 2) throw UsageError("a command is required", kUsage);
  const std::string_view command = argv[1];
  if (is_help(command) || command == "help") return HelpCommand{kUsage};
  if (command == "backup") {
    const Arguments args = read_arguments(argc, argv, true, false, kBackupUsage);
    if (args.help) return HelpCommand{kBackupUsage};
    BackupCommand backup{*args.db, one_positional(args, "backup folder DIR", kBackupUsage)};
    if (args.time_limit) backup.time_limit = std::chrono::seconds(seconds(*args.time_limit, kBackupUsage));
    return backup;
  }
  if (command == "restore") {
    const Arguments args = read_arguments(argc, argv, false, true, kRestoreUsage);
    if (args.help) return HelpCommand{kRestoreUsage};
    return RestoreCommand{one_positional(args, "backup folder BACKUP", kRestoreUsage), *args.db, args.force};
  }
  if (command == "check") {
    const Arguments args = read_arguments(argc, argv, false, false, kCheckUsage);
    if (args.help) return HelpCommand{kCheckUsage};
    if (!args.positional.empty()) throw UsageError("unexpected argument " + args.positional.front(), kCheckUsage);
    return CheckCommand{*args.db};
  }
  throw UsageError("unknown command " + std::string(command), kUsage);
}

}  // namespace kommunsok::admin
