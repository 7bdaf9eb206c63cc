// Why: a facet value must map to exactly one filter term, however it was capitalised or
// spaced; indexer and server both go through this normalisation.
#pragma once

#include <string>
#include <string_view>

namespace kommunsok::schema {

/// Lowercases (Unicode-aware) and collapses runs of whitespace to one space, trimmed.
std::string normalize_keyword(std::string_view value);
/// Runs of whitespace collapsed to one space, trimmed; case kept.
std::string collapse_whitespace(std::string_view text);
/// Unicode-aware lowercase of UTF-8 text.
std::string to_lower_utf8(std::string_view text);
/// A name as written without what surrounds it in running text: spaces, quotes, brackets,
/// trailing punctuation and a genitive colon-s ("SSR:s" -> "SSR", "(fp)" -> "fp").
std::string_view name_without_edges(std::string_view written);
/// Cuts text to at most max_bytes without splitting a UTF-8 sequence.
std::string truncate_utf8(std::string_view text, std::size_t max_bytes);
/// True when text is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);
/// Length of the valid UTF-8 sequence starting at text[at], or 0 when the byte there does
/// not start one (overlong forms, surrogates and truncated sequences are invalid).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);
/// How escape_unsafe_bytes writes a byte: "%E5" (ids) or "\xe5" (report and log lines).
enum class ByteEscape { Percent, Backslash };
/// Text with control characters and bytes that are not UTF-8 escaped, so that names and
/// request lines from anyone are valid UTF-8 and stay on one line; stops once max_bytes are out.
std::string escape_unsafe_bytes(std::string_view text, ByteEscape style,
                                std::size_t max_bytes = std::string_view::npos);
/// The text with every byte that is not part of well-formed UTF-8 replaced by U+FFFD.
std::string to_valid_utf8(std::string_view text);

}  // namespace kommunsok::schema
