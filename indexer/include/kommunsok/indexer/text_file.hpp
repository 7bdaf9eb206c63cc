// Why: source files come from many hands — empty, binary, huge, Latin-1 — and each such
// case must become a clear reason, not a crash or a garbled document.
#pragma once

#include <filesystem>
#include <string>

namespace kommunsok::indexer {

struct TextFile {
  std::string text;     ///< UTF-8, BOM removed
  std::string warning;  ///< set when the file was readable only with help (e.g. Windows-1252)
};

/// Largest file read, in bytes.
inline constexpr std::uintmax_t kMaxTextFileBytes = 64ull * 1024 * 1024;

/// Reads a text file as UTF-8; falls back to Windows-1252 for text that is not valid UTF-8.
/// Throws SourceError naming the reason: unreadable, not a regular file, too large,
/// binary content, or no text.
TextFile read_text_file(const std::filesystem::path& path);

/// Windows-1252 (a superset of Latin-1 for printable text) decoded to UTF-8.
std::string windows1252_to_utf8(std::string_view bytes);

}  // namespace kommunsok::indexer
