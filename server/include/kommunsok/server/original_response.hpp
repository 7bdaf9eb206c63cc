// Why: a reader must cite and open the very file a decision was published in. PDF viewers
// fetch large files in ranges and browsers revalidate with ETags, so the original is served
// with what HTTP offers for that: Range, ETag, Last-Modified, a download name.
#pragma once

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>

namespace kommunsok::server {

struct ByteRange {
  std::uint64_t first = 0;
  std::uint64_t last = 0;  ///< inclusive
  std::uint64_t length() const { return last - first + 1; }
};

/// The range a `Range` header asks for within `size` bytes. nullopt: serve the whole file
/// (no header, another unit, several ranges, or a header that does not parse — all of which
/// HTTP lets a server answer with 200). Throws ApiError(416) when no byte of it exists.
std::optional<ByteRange> requested_range(std::string_view header, std::uint64_t size);

/// `attachment`-free Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266).
std::string content_disposition(std::string_view file_name);

/// "Tue, 12 Mar 2024 09:30:00 GMT" from "2024-03-12T09:30:00Z"; empty if it does not parse.
std::string http_date(std::string_view iso_utc);

/// Whether an If-None-Match header names this entity tag (or is "*").
bool matches_etag(std::string_view if_none_match, std::string_view etag);

}  // namespace kommunsok::server
