// Why: a backup must be one revision of the index with every original it refers to, taken
// while the server serves and an indexer writes, and must never exist half-made under its
// final name.
#pragma once

#include <chrono>
#include <filesystem>

#include "kommunsok/admin/manifest.hpp"

namespace kommunsok::admin {

struct BackupResult {
  Manifest manifest;
  std::size_t linked = 0;  ///< originals hard-linked (same filesystem)
  std::size_t copied = 0;  ///< originals copied
  int attempts = 1;        ///< more than 1 when the index moved on during a copy
  bool keys = false;       ///< the server's API keys (DB/keys) were copied too
};

/// How long a backup goes on trying to copy an index that an indexer keeps changing.
inline constexpr std::chrono::seconds kDefaultBackupTimeLimit{600};

/// Writes DIR/index (the compacted revision, with its originals in DIR/index/originals and the
/// server's API keys, DB/keys, when there are any) and DIR/manifest.json. Everything is made in DIR.partial-PID, flushed, then renamed to DIR,
/// which must not exist. A copy the indexer overtakes (Xapian::DatabaseModifiedError, or an
/// original removed) is started again from the newest revision until `time_limit` has
/// passed. Throws AdminError naming what failed; nothing is left behind then.
BackupResult make_backup(const std::filesystem::path& db, const std::filesystem::path& dir,
                         std::chrono::seconds time_limit = kDefaultBackupTimeLimit);

}  // namespace kommunsok::admin
