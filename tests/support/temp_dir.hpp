// Why: tests write indexes and source trees; each gets a fresh folder that is removed after.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace kommunsok::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// Writes `content` to path()/relative, creating folders; returns the full path.
  std::filesystem::path write(const std::string& relative, std::string_view content) const;

 private:
  std::filesystem::path path_;
};

/// The project's source tree, and the shared folder beside it.
std::filesystem::path source_dir();
std::filesystem::path shared_dir();
/// Reads a whole file.
std::string read_file(const std::filesystem::path& path);

}  // namespace kommunsok::test
