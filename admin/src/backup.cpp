#include "kommunsok/admin/backup.hpp"

#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <utility>

#include "kommunsok/admin/admin_error.hpp"
#include "kommunsok/admin/file_ops.hpp"
#include "kommunsok/admin/referenced_originals.hpp"
#include "kommunsok/admin/service_state.hpp"
#include "kommunsok/schema/original_archive.hpp"

namespace kommunsok::admin {

namespace fs = std::filesystem;

namespace {

// How often a waiting attempt looks for the indexer's next commit, and how long at most.
constexpr auto kRevisionPoll = std::chrono::milliseconds(10);
constexpr auto kLongestWaitForCommit = std::chrono::seconds(2);

// The index moved on while it was copied: start again from the newest revision.
struct RevisionMoved {};

// The staging folder, removed unless it was renamed into place.
class Staging {
 public:
  explicit Staging(fs::path path) : path_(std::move(path)) {
    remove_quietly(path_);
    std::error_code ec;
    if (!fs::create_directory(path_, ec)) throw AdminError("cannot create " + path_.string() + ": " + ec.message());
  }
  ~Staging() {
    if (!kept_) remove_quietly(path_);
  }
  Staging(const Staging&) = delete;
  Staging& operator=(const Staging&) = delete;
  const fs::path& path() const { return path_; }
  void keep() { kept_ = true; }

 private:
  fs::path path_;
  bool kept_ = false;
};

Xapian::Database open_source(const fs::path& db) {
  try {
    Xapian::Database source(db.string());
    if (source.size() != 1) throw AdminError(db.string() + " is not an index folder");
    return source;
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw AdminError("no index at " + db.string() + ": " + e.get_description());
  }
}

bool revision_moved(const fs::path& db, Xapian::rev copied) { return open_source(db).get_revision() != copied; }

// An attempt fails when the indexer commits twice during it. Starting just after a commit
// gives the next attempt the longest time before that can happen.
void wait_for_next_commit(const fs::path& db, std::chrono::steady_clock::time_point deadline) {
  const Xapian::rev current = open_source(db).get_revision();
  const auto until = std::min(deadline, std::chrono::steady_clock::now() + kLongestWaitForCommit);
  while (std::chrono::steady_clock::now() < until && !revision_moved(db, current)) {
    std::this_thread::sleep_for(kRevisionPoll);
  }
}

// Copies one revision: the compacted tables, then the originals it names. The originals are
// copied after the tables, so one the indexer removed in between (it removes only those its
// newer revision no longer names) shows that the revision moved on.
BackupResult copy_revision(const fs::path& db, const fs::path& target) {
  Xapian::Database source = open_source(db);
  BackupResult result;
  result.manifest.revision = source.get_revision();
  result.manifest.documents = source.get_doccount();
  result.manifest.source = fs::absolute(db).lexically_normal().string();
  const ReferencedOriginals referenced = referenced_originals(source);
  if (!referenced.malformed.empty()) {
    throw AdminError("document " + document_name(source, referenced.malformed.front()) + " in " + db.string() +
                     " names an original that is not a SHA-256 (kommunsok-admin check --db " + db.string() +
                     " lists all problems)");
  }

  source.compact(target.string(), Xapian::DBCOMPACT_NO_RENUMBER);

  for (const auto& [sha256, docid] : referenced.by_sha256) {
    const fs::path from = schema::original_path(db, sha256);
    const fs::path to = schema::original_path(target, sha256);
    std::error_code ec;
    fs::create_directories(to.parent_path(), ec);
    if (ec) throw AdminError("cannot create " + to.parent_path().string() + ": " + ec.message());
    try {
      (link_or_copy(from, to) == Placement::Linked ? result.linked : result.copied) += 1;
    } catch (const SourceMissing&) {
      if (revision_moved(db, result.manifest.revision)) throw RevisionMoved{};
      throw AdminError("original " + from.string() + " of document " + document_name(source, docid) +
                       " is missing, so no complete backup can be made (kommunsok-admin check --db " + db.string() +
                       " lists all problems)");
    }
    result.manifest.original_bytes += fs::file_size(to);
  }
  result.manifest.originals = referenced.by_sha256.size();

  result.keys = copy_keys(db, target);

  // What was written must read back as the revision that was copied.
  const Xapian::doccount written = Xapian::Database(target.string()).get_doccount();
  if (written != result.manifest.documents) {
    throw AdminError("the copy in " + target.string() + " holds " + std::to_string(written) + " documents, not " +
                     std::to_string(result.manifest.documents));
  }
  return result;
}

}  // namespace

BackupResult make_backup(const fs::path& db, const fs::path& dir, std::chrono::seconds time_limit) {
  const auto deadline = std::chrono::steady_clock::now() + time_limit;
  if (fs::exists(fs::symlink_status(dir))) {
    throw AdminError(dir.string() + " already exists; a backup never overwrites: choose a new folder name");
  }
  if (!fs::is_directory(db)) throw AdminError("no index at " + db.string() + ": not a folder");
  const fs::path final_dir = fs::absolute(dir).lexically_normal();
  if (final_dir.filename().empty()) throw AdminError("the backup folder " + dir.string() + " needs a name");
  std::error_code ec;
  fs::create_directories(final_dir.parent_path(), ec);
  if (ec) throw AdminError("cannot create " + final_dir.parent_path().string() + ": " + ec.message());

  Staging staging(final_dir.parent_path() / (final_dir.filename().string() + ".partial-" + std::to_string(::getpid())));
  const fs::path target = staging.path() / kBackupIndexDir;
  for (int attempt = 1;; ++attempt) {
    remove_quietly(target);
    try {
      BackupResult result = copy_revision(db, target);
      result.attempts = attempt;
      result.manifest.created = utc_now_iso8601();
      write_manifest(staging.path() / kManifestFile, result.manifest);
      sync_folders(staging.path());
      rename_no_replace(staging.path(), final_dir);
      staging.keep();
      sync_path(final_dir.parent_path());
      return result;
    } catch (const Xapian::DatabaseModifiedError&) {
    } catch (const RevisionMoved&) {
    } catch (const Xapian::Error& e) {
      throw AdminError("cannot copy " + db.string() + ": " + e.get_description());
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      throw AdminError(db.string() + " changed during each of " + std::to_string(attempt) + " attempts to copy it in " +
                       std::to_string(time_limit.count()) + " s; try again when the indexer is less busy");
    }
    wait_for_next_commit(db, deadline);
  }
}

}  // namespace kommunsok::admin
