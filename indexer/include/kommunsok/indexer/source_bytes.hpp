// Why: source folders are live — sync tools rewrite files, users delete them mid-run. A file
// is read once, whole, and checked not to have changed while it was read, so what is
// archived, extracted and indexed is one consistent version of it.
#pragma once

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <string>

namespace kommunsok::indexer {

struct SourceBytes {
  std::string bytes;
  std::time_t modified = 0;  ///< seconds since the epoch
};

/// Reads the regular file at `path`, at most `limit` bytes. Throws SourceError naming the
/// reason: vanished, not a regular file, too large, unreadable, changed while read.
SourceBytes read_source_bytes(const std::filesystem::path& path, std::uintmax_t limit);

/// "2024-03-12T09:30:00Z"
std::string iso_utc(std::time_t time);

}  // namespace kommunsok::indexer
