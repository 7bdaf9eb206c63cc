#include "kommunsok/server/original_response.hpp"

#include <charconv>
#include <cstdio>

#include "kommunsok/server/api_error.hpp"

namespace kommunsok::server {

namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::optional<std::uint64_t> number(std::string_view s) {
  if (s.empty() || s.size() > 19) return std::nullopt;
  std::uint64_t n = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return n;
}

}  // namespace

std::optional<ByteRange> requested_range(std::string_view header, std::uint64_t size) {
  header = trimmed(header);
  if (!header.starts_with("bytes=")) return std::nullopt;
  const std::string_view spec = trimmed(header.substr(6));
  if (spec.find(',') != std::string_view::npos) return std::nullopt;  // several ranges: whole file
  const std::size_t dash = spec.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const std::string_view from = trimmed(spec.substr(0, dash)), to = trimmed(spec.substr(dash + 1));
  auto unsatisfiable = [&] { return ApiError(416, "range '" + std::string(spec) + "' is outside the file's " + std::to_string(size) + " bytes"); };
  if (from.empty()) {
    // "bytes=-500": the last 500 bytes.
    const auto suffix = number(to);
    if (!suffix) return std::nullopt;
    if (*suffix == 0 || size == 0) throw unsatisfiable();
    return ByteRange{size - std::min(*suffix, size), size - 1};
  }
  const auto first = number(from);
  if (!first) return std::nullopt;
  std::uint64_t last = size == 0 ? 0 : size - 1;
  if (!to.empty()) {
    const auto given = number(to);
    if (!given || *given < *first) return std::nullopt;
    last = std::min(*given, last);
  }
  if (*first >= size) throw unsatisfiable();
  return ByteRange{*first, last};
}

std::string content_disposition(std::string_view file_name) {
  std::string ascii, encoded;
  for (unsigned char c : file_name) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '.' || c == '-' || c == '_';
    ascii += (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') ? static_cast<char>(c) : '_';
    if (plain) {
      encoded += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      encoded += hex;
    }
  }
  return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

std::string http_date(std::string_view iso_utc) {
  std::tm tm{};
  const std::string text(iso_utc);
  if (text.size() != 20 || !strptime(text.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm)) return {};
  const std::time_t time = timegm(&tm);
  std::tm utc{};
  gmtime_r(&time, &utc);
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[utc.tm_wday], utc.tm_mday,
                kMonths[utc.tm_mon], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
  return buffer;
}

bool matches_etag(std::string_view if_none_match, std::string_view etag) {
  while (!if_none_match.empty()) {
    const std::size_t comma = if_none_match.find(',');
    std::string_view tag = trimmed(if_none_match.substr(0, comma));
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag == "*" || tag == etag) return true;
    if (comma == std::string_view::npos) break;
    if_none_match.remove_prefix(comma + 1);
  }
  return false;
}

}  // namespace kommunsok::server
