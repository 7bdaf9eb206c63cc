// Why: dates travel as ISO strings in the API and as YYYYMMDD in the index (sortable as
// strings); one validated type converts between them so no layer parses dates by hand.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace kommunsok::schema {

struct IsoDate {
  int year = 0;
  int month = 0;
  int day = 0;

  /// "2021-06-09".
  std::string iso() const;
  /// "20210609": the form stored in the date value slot and date terms.
  std::string compact() const;
  auto operator<=>(const IsoDate&) const = default;
};

/// True when year/month/day name a real calendar day (1000..2999).
bool is_valid_date(int year, int month, int day);
/// Parses exactly "YYYY-MM-DD"; std::nullopt if malformed or not a real day.
std::optional<IsoDate> parse_iso_date(std::string_view text);
/// Parses exactly "YYYYMMDD"; std::nullopt if malformed or not a real day.
std::optional<IsoDate> parse_compact_date(std::string_view text);

}  // namespace kommunsok::schema
