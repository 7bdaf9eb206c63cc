// Why: the indexer's side of the archive of originals. A file is stored before the index
// commit that refers to it, and unreferenced files are removed only after a commit: a crash
// at any point leaves at most an orphan (removed by the next run), never a reference to a
// missing file.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <string_view>

namespace kommunsok::indexer {

/// SHA-256 of the bytes, as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

class OriginalStore {
 public:
  explicit OriginalStore(std::filesystem::path db_dir);
  /// Keeps the bytes under their digest (once: identical files share one copy), written under
  /// a temporary name and renamed. Durable only after sync(). Throws IndexError when the
  /// archive cannot be written. Threads may store at once.
  void store(std::string_view bytes, const std::string& sha256) const;
  /// Makes every original stored so far durable; call before the index commit that refers
  /// to them. Throws IndexError.
  void sync() const;
  /// Removes every archived file whose digest is not in `referenced`, and stale temporary
  /// files; returns how many files were removed.
  std::size_t remove_unreferenced(const std::set<std::string>& referenced) const;

 private:
  std::filesystem::path db_dir_;
};

}  // namespace kommunsok::indexer
