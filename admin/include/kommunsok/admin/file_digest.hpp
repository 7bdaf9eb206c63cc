// Why: an archived original is named by the SHA-256 of its bytes; a check reads it back to
// see that the name still tells the truth.
#pragma once

#include <filesystem>
#include <string>

namespace kommunsok::admin {

/// The SHA-256 of the file's bytes as 64 lower-case hex digits; throws AdminError naming
/// the file when it cannot be read.
std::string sha256_of_file(const std::filesystem::path& file);

}  // namespace kommunsok::admin
