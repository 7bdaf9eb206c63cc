#include "kommunsok/schema/original_archive.hpp"

#include <algorithm>
#include <stdexcept>

namespace kommunsok::schema {

std::filesystem::path originals_dir(const std::filesystem::path& db_dir) { return db_dir / "originals"; }

bool is_sha256_hex(std::string_view text) {
  return text.size() == 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::filesystem::path original_path(const std::filesystem::path& db_dir, std::string_view sha256) {
  if (!is_sha256_hex(sha256)) throw std::invalid_argument("not a SHA-256 digest");
  // Two hex digits of fan-out keep folders small at millions of files.
  return originals_dir(db_dir) / std::string(sha256.substr(0, 2)) / std::string(sha256);
}

}  // namespace kommunsok::schema
