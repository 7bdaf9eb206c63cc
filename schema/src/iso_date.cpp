#include "kommunsok/schema/iso_date.hpp"

#include <cstdio>

namespace kommunsok::schema {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

std::optional<int> digits(std::string_view text) {
  if (text.empty()) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<IsoDate> make(std::string_view y, std::string_view m, std::string_view d) {
  auto year = digits(y), month = digits(m), day = digits(d);
  if (!year || !month || !day || !is_valid_date(*year, *month, *day)) return std::nullopt;
  return IsoDate{*year, *month, *day};
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  int days = kDays[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
  return day <= days;
}

std::string IsoDate::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string IsoDate::compact() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", year, month, day);
  return buffer;
}

std::optional<IsoDate> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  return make(text.substr(0, 4), text.substr(5, 2), text.substr(8, 2));
}

std::optional<IsoDate> parse_compact_date(std::string_view text) {
  if (text.size() != 8) return std::nullopt;
  return make(text.substr(0, 4), text.substr(4, 2), text.substr(6, 2));
}

}  // namespace kommunsok::schema
