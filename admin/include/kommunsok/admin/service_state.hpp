// Why: besides the index, the index folder holds the server's own state: its API keys
// (DB/keys, made by kommunsok-keys) and the upload spool (DB/spool) that
// `kommunsok-indexer --watch` works through. Neither belongs to a revision of the index. A
// backup keeps the keys, for a folder that is lost; a restore over an existing folder keeps
// that folder's keys (a key revoked since the backup stays revoked) and its spool (uploads
// already answered 202 are still indexed, and their status still answered).
#pragma once

#include <filesystem>

namespace kommunsok::admin {

/// The server's defaults (its ingest.keys and ingest.spool settings may name other places;
/// then there is nothing here to keep).
inline constexpr const char* kKeysFile = "keys";
inline constexpr const char* kSpoolDir = "spool";

/// Copies DB/keys into `to`, when DB has one; true when it did.
bool copy_keys(const std::filesystem::path& db, const std::filesystem::path& to);
/// Puts the current folder's keys in place of the staged copy's, when it has any.
bool keep_current_keys(const std::filesystem::path& current_db, const std::filesystem::path& staged);
/// Moves the replaced folder's spool into the restored folder, when it has one and the
/// restored folder has none yet; true when it did.
bool move_spool(const std::filesystem::path& replaced_db, const std::filesystem::path& db);

}  // namespace kommunsok::admin
