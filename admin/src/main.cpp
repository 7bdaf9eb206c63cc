// kommunsok-admin: backup, restore and check of an index folder. Every failure inside is an
// exception; here, and only here, it becomes one message and an exit status (0 done,
// 1 failed or problems found, 2 bad usage).
#include <xapian.h>

#include <iostream>
#include <string>
#include <variant>

#include "command_line.hpp"
#include "kommunsok/admin/admin_error.hpp"
#include "kommunsok/admin/backup.hpp"
#include "kommunsok/admin/consistency_check.hpp"
#include "kommunsok/admin/restore.hpp"

namespace {

using namespace kommunsok::admin;

std::string counts(const Manifest& m) {
  return "revision " + std::to_string(m.revision) + ", " + std::to_string(m.documents) + " documents, " +
         std::to_string(m.originals) + " originals";
}

int run(const HelpCommand& help) {
  std::cout << help.text;
  return 0;
}

int run(const BackupCommand& command) {
  const BackupResult result = make_backup(command.db, command.dir, command.time_limit);
  std::cout << "backup of " << command.db.string() << " written to " << command.dir.string() << ": "
            << counts(result.manifest) << " (" << result.linked << " hard-linked, " << result.copied << " copied, "
            << result.manifest.original_bytes << " bytes)" << (result.keys ? ", and the API keys" : "") << "\n";
  if (result.attempts > 1) {
    std::cout << "the index moved on during the copy; revision " << result.manifest.revision << " was copied on attempt "
              << result.attempts << "\n";
  }
  return 0;
}

int run(const RestoreCommand& command) {
  const RestoreResult result = restore_backup(command.backup, command.db, command.force);
  std::cout << "restored " << command.backup.string() << " (" << counts(result.manifest) << " of "
            << result.manifest.source << ", made " << result.manifest.created << ") into " << command.db.string()
            << "\n";
  if (result.moved_aside) std::cout << "the previous index is kept at " << result.moved_aside->string() << "\n";
  if (result.kept_keys) std::cout << "the API keys in use were kept (not the backup's)\n";
  if (result.moved_spool) std::cout << "the upload spool in use moved into the restored index\n";
  return 0;
}

int run(const CheckCommand& command) {
  const CheckReport report = check_consistency(command.db);
  std::cout << "checked " << command.db.string() << ": revision " << report.revision << ", " << report.documents
            << " documents, " << report.originals << " originals\n";
  for (const std::string& problem : report.problems) std::cout << "problem: " << problem << "\n";
  if (report.unreferenced > 0) {
    std::cout << report.unreferenced << " archived file(s) no document refers to (the indexer's next run removes them)\n";
  }
  if (report.consistent()) {
    std::cout << "consistent\n";
    return 0;
  }
  std::cout << report.problems.size() << " problem(s) found\n";
  return 1;
}

const char* command_name(int argc, char** argv) { return argc > 1 ? argv[1] : "admin"; }

}  // namespace

int main(int argc, char** argv) {
  try {
    const Command command = parse_command_line(argc, argv);
    return std::visit([](const auto& c) { return run(c); }, command);
  } catch (const UsageError& e) {
    std::cerr << "kommunsok-admin: " << e.what() << "\n" << e.usage;
    return 2;
  } catch (const AdminError& e) {
    std::cerr << "kommunsok-admin " << command_name(argc, argv) << ": " << e.what() << "\n";
  } catch (const Xapian::Error& e) {
    std::cerr << "kommunsok-admin " << command_name(argc, argv) << ": index error: " << e.get_description() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "kommunsok-admin " << command_name(argc, argv) << ": " << e.what() << "\n";
  }
  return 1;
}
