// Why: a backup says what it holds, so a restore can tell a whole backup from a damaged or
// partial one before it replaces anything.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <filesystem>
#include <string>

namespace kommunsok::admin {

/// BACKUP/manifest.json beside BACKUP/index.
struct Manifest {
  Xapian::rev revision = 0;          ///< the revision of the source index that was copied
  Xapian::doccount documents = 0;    ///< documents in that revision
  std::size_t originals = 0;         ///< archived originals it refers to, all copied
  std::uintmax_t original_bytes = 0; ///< their total size
  std::string created;               ///< UTC, ISO 8601 ("2024-05-01T10:15:00Z")
  std::string source;                ///< the index folder it was made from
};

inline constexpr const char* kManifestFile = "manifest.json";
inline constexpr const char* kBackupIndexDir = "index";

/// Writes the manifest as JSON and flushes it to disk; throws AdminError naming the file.
void write_manifest(const std::filesystem::path& file, const Manifest& manifest);
/// Reads a manifest; throws AdminError naming the file and what is wrong with it.
Manifest read_manifest(const std::filesystem::path& file);

/// The current time as UTC ISO 8601, and in the compact form used in file names.
std::string utc_now_iso8601();
std::string utc_now_compact();

}  // namespace kommunsok::admin
