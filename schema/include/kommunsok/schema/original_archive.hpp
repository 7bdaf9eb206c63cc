// Why: the originals of indexed files are kept beside the index, named by the SHA-256 of their
// bytes, so the service serves what it indexed even after the source folder is gone. Indexer
// (writes) and server (reads) must agree on where a file lives.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace kommunsok::schema {

/// The archive folder inside the data (index) directory.
std::filesystem::path originals_dir(const std::filesystem::path& db_dir);
/// Where the original with this SHA-256 (64 lower-case hex digits) is kept; throws
/// std::invalid_argument for anything else, so no name can reach outside the archive.
std::filesystem::path original_path(const std::filesystem::path& db_dir, std::string_view sha256);
bool is_sha256_hex(std::string_view text);

}  // namespace kommunsok::schema
