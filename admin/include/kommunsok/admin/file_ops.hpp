// Why: a backup or restore is only as safe as the order in which its files reach the disk
// and the way it is put under its final name: these are the few filesystem steps they share.
#pragma once

#include <filesystem>

#include "kommunsok/admin/admin_error.hpp"

namespace kommunsok::admin {

/// The source of a copy or link does not exist (an original the indexer has removed since).
struct SourceMissing : AdminError {
  using AdminError::AdminError;
};

/// Flushes a file, or a folder's entries, to disk.
void sync_path(const std::filesystem::path& path);
/// Flushes the entries of every folder under `root`, and of `root` itself: the names written
/// there. Files are flushed by whoever writes them (copy_new_file, Xapian's compaction, the
/// indexer for the originals a link shares). Only what is under `root`: a syncfs would also
/// wait for everything else written to the filesystem.
void sync_folders(const std::filesystem::path& root);

enum class Placement { Linked, Copied };
/// Gives `dst` (a new name) the bytes of `src`: a hard link where the filesystem allows one,
/// else a copy. Safe only for files that are never rewritten in place, as archived originals
/// are. Throws SourceMissing when `src` does not exist.
Placement link_or_copy(const std::filesystem::path& src, const std::filesystem::path& dst);
/// Copies `src` to `dst` (a new name) and flushes the copy. Throws SourceMissing when `src`
/// does not exist.
void copy_new_file(const std::filesystem::path& src, const std::filesystem::path& dst);

/// Renames `from` to `to`, failing when `to` exists, even as an empty folder.
void rename_no_replace(const std::filesystem::path& from, const std::filesystem::path& to);
/// Swaps two paths in one atomic step; false when the filesystem cannot do that.
bool exchange_paths(const std::filesystem::path& a, const std::filesystem::path& b);

/// Removes a tree left by a failed step; never throws (the failure being reported matters more).
void remove_quietly(const std::filesystem::path& path) noexcept;

}  // namespace kommunsok::admin
