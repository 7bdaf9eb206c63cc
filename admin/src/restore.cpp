#include "kommunsok/admin/restore.hpp"

#include <unistd.h>
#include <xapian.h>

#include <algorithm>

#include "kommunsok/admin/admin_error.hpp"
#include "kommunsok/admin/consistency_check.hpp"
#include "kommunsok/admin/file_ops.hpp"
#include "kommunsok/admin/service_state.hpp"
#include "kommunsok/schema/original_archive.hpp"

namespace kommunsok::admin {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kProblemsShown = 5;

Manifest checked_backup(const fs::path& backup) {
  const Manifest manifest = read_manifest(backup / kManifestFile);
  const CheckReport report = check_consistency(backup / kBackupIndexDir);
  if (!report.consistent()) {
    std::string lines;
    for (std::size_t i = 0; i < std::min(kProblemsShown, report.problems.size()); ++i) lines += "\n  " + report.problems[i];
    throw AdminError("backup " + backup.string() + " fails its check (" + std::to_string(report.problems.size()) +
                     " problem(s)); nothing was restored:" + lines);
  }
  if (report.documents != manifest.documents || report.originals != manifest.originals) {
    throw AdminError("backup " + backup.string() + " holds " + std::to_string(report.documents) + " documents and " +
                     std::to_string(report.originals) + " originals, but its manifest says " +
                     std::to_string(manifest.documents) + " and " + std::to_string(manifest.originals) +
                     "; nothing was restored");
  }
  return manifest;
}

// Holds DB's write lock while DB is replaced, so no indexer writes into the index being
// moved aside (its originals would then land in the restored one).
std::optional<Xapian::WritableDatabase> lock_against_writers(const fs::path& db) {
  try {
    return Xapian::WritableDatabase(db.string(), Xapian::DB_OPEN);
  } catch (const Xapian::DatabaseLockError&) {
    throw AdminError("an indexer is writing to " + db.string() +
                     "; stop it (systemctl stop kommunsok-indexer.timer kommunsok-indexer.service) and restore again");
  } catch (const Xapian::Error&) {
    return std::nullopt;  // not an index that opens: nothing can be writing to it
  }
}

// The index files are copied (Xapian rewrites them in place); the originals, never
// rewritten, are hard-linked where possible.
void copy_index(const fs::path& from, const fs::path& to) {
  const fs::path originals = schema::originals_dir(from);
  std::error_code ec;
  fs::create_directory(to, ec);
  if (ec) throw AdminError("cannot create " + to.string() + ": " + ec.message());
  for (fs::recursive_directory_iterator it(from), end; it != end; ++it) {
    const fs::path target = to / fs::relative(it->path(), from);
    if (it->is_directory()) {
      fs::create_directory(target, ec);
      if (ec) throw AdminError("cannot create " + target.string() + ": " + ec.message());
    } else if (it->path().string().starts_with(originals.string() + "/")) {
      link_or_copy(it->path(), target);
    } else {
      copy_new_file(it->path(), target);
    }
  }
}

fs::path aside_name(const fs::path& db) {
  const std::string base = db.filename().string() + ".old-" + utc_now_compact();
  fs::path candidate = db.parent_path() / base;
  for (int n = 2; fs::exists(fs::symlink_status(candidate)); ++n) candidate = db.parent_path() / (base + "-" + std::to_string(n));
  return candidate;
}

// DB takes the staged copy's place; the old DB goes aside. With RENAME_EXCHANGE there is no
// moment without an index under DB's name.
fs::path replace(const fs::path& staged, const fs::path& db) {
  const fs::path aside = aside_name(db);
  if (!exchange_paths(staged, db)) {
    rename_no_replace(db, aside);
    rename_no_replace(staged, db);
    return aside;
  }
  try {
    rename_no_replace(staged, aside);
  } catch (const AdminError& e) {
    throw AdminError("the backup is restored into " + db.string() + ", but the previous index stays at " +
                     staged.string() + ": " + e.what());
  }
  return aside;
}

}  // namespace

RestoreResult restore_backup(const fs::path& backup, const fs::path& given_db, bool force) {
  const fs::path db = fs::absolute(given_db).lexically_normal();
  if (db.filename().empty()) throw AdminError("the index folder " + given_db.string() + " needs a name");
  const bool exists = fs::exists(fs::symlink_status(db));
  if (exists && !force) {
    throw AdminError(given_db.string() + " already exists; nothing was restored. Add --force to move it aside to " +
                     given_db.string() + ".old-TIMESTAMP (it is kept, never deleted)");
  }
  RestoreResult result;
  result.manifest = checked_backup(backup);

  std::optional<Xapian::WritableDatabase> lock;
  if (exists) lock = lock_against_writers(db);
  std::error_code ec;
  fs::create_directories(db.parent_path(), ec);
  if (ec) throw AdminError("cannot create " + db.parent_path().string() + ": " + ec.message());

  const fs::path staged = db.parent_path() / (db.filename().string() + ".restore-partial-" + std::to_string(::getpid()));
  remove_quietly(staged);
  try {
    copy_index(backup / kBackupIndexDir, staged);
    if (exists) result.kept_keys = keep_current_keys(db, staged);
    const Xapian::doccount copied = Xapian::Database(staged.string()).get_doccount();
    if (copied != result.manifest.documents) {
      throw AdminError("the copy in " + staged.string() + " holds " + std::to_string(copied) + " documents, not " +
                       std::to_string(result.manifest.documents));
    }
    sync_folders(staged);
  } catch (...) {
    remove_quietly(staged);
    throw;
  }
  // From here on nothing is removed: each path holds a whole index.
  if (exists) {
    result.moved_aside = replace(staged, db);
    try {
      result.moved_spool = move_spool(*result.moved_aside, db);
    } catch (const AdminError& e) {
      throw AdminError("the backup is restored into " + db.string() + ", but the upload spool in use stays in " +
                       result.moved_aside->string() + ": " + e.what());
    }
  } else {
    rename_no_replace(staged, db);
  }
  sync_path(db.parent_path());
  return result;
}

}  // namespace kommunsok::admin
