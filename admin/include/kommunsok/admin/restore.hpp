// Why: a restore puts a checked backup under the index's name in one rename, so a running
// server (which opens the index per request) goes from the old index to the whole new one,
// and the old index is kept, never deleted.
#pragma once

#include <filesystem>
#include <optional>

#include "kommunsok/admin/manifest.hpp"

namespace kommunsok::admin {

struct RestoreResult {
  Manifest manifest;
  std::optional<std::filesystem::path> moved_aside;  ///< where the replaced index now is
  bool kept_keys = false;   ///< the replaced folder's API keys were kept (not the backup's)
  bool moved_spool = false; ///< the replaced folder's upload spool moved into the restored one
};

/// Checks BACKUP against its manifest (Xapian's check, the document count, every original
/// present with its SHA-256), copies BACKUP/index to DB.restore-partial-PID beside DB and
/// renames it to DB. An existing DB is refused unless `force`, which moves it aside to
/// DB.old-TIMESTAMP (atomically swapped where the filesystem can); its API keys and upload
/// spool stay in use (service_state.hpp). Refuses while an indexer holds DB's write lock. Throws AdminError naming what failed; DB is unchanged then.
RestoreResult restore_backup(const std::filesystem::path& backup, const std::filesystem::path& db, bool force);

}  // namespace kommunsok::admin
