#include "kommunsok/schema/diarienummer.hpp"

#include <algorithm>
#include <vector>

#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::schema {

namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

enum class RunType { None, Letters, Digits };

// Bytes >= 0x80 (å, ä, ö in UTF-8) count as letters: series codes may carry them.
RunType type_of(char c) {
  if (is_ascii_digit(c)) return RunType::Digits;
  const auto u = static_cast<unsigned char>(c);
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || u >= 0x80) return RunType::Letters;
  return RunType::None;
}

// The maximal runs of letters and of digits, in order; separators only split runs.
std::vector<std::pair<RunType, std::string>> runs_of(std::string_view text) {
  std::vector<std::pair<RunType, std::string>> runs;
  RunType previous = RunType::None;
  for (char c : text) {
    const RunType type = type_of(c);
    if (type != RunType::None) {
      if (type != previous) runs.emplace_back(type, "");
      runs.back().second += c;
    }
    previous = type;
  }
  return runs;
}

std::string strip_leading_zeros(const std::string& digits) {
  std::size_t first = digits.find_first_not_of('0');
  return first == std::string::npos ? "0" : digits.substr(first);
}

}  // namespace

std::string canonical_diarienummer(std::string_view text) {
  std::string lowered = to_lower_utf8(text);
  std::string key;
  bool has_digit = false;
  for (const auto& [type, value] : runs_of(lowered)) {
    if (!key.empty()) key += '-';
    if (type == RunType::Digits) {
      key += strip_leading_zeros(value);
      has_digit = true;
    } else {
      key += value;
    }
  }
  return has_digit ? key : std::string();
}

bool looks_like_diarienummer(std::string_view text) {
  if (text.size() < 6 || text.size() > 64) return false;
  for (char c : text) {
    if (type_of(c) == RunType::None && c != '-' && c != '/' && c != '.' && c != ':' && c != ' ')
      return false;
  }
  int numbers = 0, letter_runs = 0;
  bool has_year = false, letters_after_number = false;
  for (const auto& [type, value] : runs_of(text)) {
    if (type == RunType::Letters) {
      // Series codes ("KS", "dnr BUN") are short; after a number only a code that more
      // numbers follow ("2014/KS 0012 001", "2017/0118 KS-1"), never words of a sentence.
      // Counted in letters, not bytes: "ÖFN" is a three-letter code.
      const auto letters = static_cast<std::size_t>(
          std::count_if(value.begin(), value.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
      if (++letter_runs > 2 || letters > 6) return false;
      if (numbers > 0) {
        if (letters_after_number || letters > 3 ||
            std::any_of(value.begin(), value.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
          return false;
        letters_after_number = true;
      }
      continue;
    }
    letters_after_number = false;
    ++numbers;
    if (value.size() == 4 && (value.starts_with("19") || value.starts_with("20"))) has_year = true;
  }
  return has_year && numbers >= 2 && !letters_after_number;
}

bool looks_like_short_year_diarienummer(std::string_view text) {
  // An optional series code in capitals, perhaps with a body's number ("N134"), then
  // number/yy and nothing else.
  std::size_t i = 0;
  while (i < text.size() && type_of(text[i]) == RunType::Letters && !(text[i] >= 'a' && text[i] <= 'z')) ++i;
  if (i > 0) {
    const std::size_t code_digits = i;
    while (i < text.size() && is_ascii_digit(text[i])) ++i;
    // "KS26/412": the short year glued to the series code, then the running number.
    if (code_digits <= 12 && i - code_digits == 2 && i < text.size() && text[i] == '/') {
      const std::size_t running = ++i;
      while (i < text.size() && is_ascii_digit(text[i])) ++i;
      return i == text.size() && i - running >= 1 && i - running <= 6;
    }
    if (code_digits > 12 || i - code_digits > 4 || i >= text.size() || (text[i] != ' ' && text[i] != '-')) return false;
    ++i;
  }
  const std::size_t number = i;
  while (i < text.size() && is_ascii_digit(text[i])) ++i;
  // "KS 25-0412": with a series code, a short year first may be parted by a dash.
  const bool dashed_year_first = number > 0 && i - number == 2 && i < text.size() && text[i] == '-';
  if (i == number || i - number > 6 || i >= text.size() || (text[i] != '/' && !dashed_year_first)) return false;
  const std::size_t year = ++i;
  while (i < text.size() && is_ascii_digit(text[i])) ++i;
  if (i == text.size() && i - year == 2) return true;
  // "KS 25/873": with a series code, the short year may come first.
  return number > 0 && i == text.size() && year - 1 - number == 2 && i - year >= 1 && i - year <= 6;
}

}  // namespace kommunsok::schema

namespace kommunsok::schema {

namespace {

bool is_year(const std::string& part) {
  return part.size() == 4 && (part.starts_with("19") || part.starts_with("20")) &&
         std::all_of(part.begin(), part.end(), is_ascii_digit);
}

bool is_number(const std::string& part) {
  return !part.empty() && std::all_of(part.begin(), part.end(), is_ascii_digit);
}

std::vector<std::string> key_parts(const std::string& key) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= key.size()) {
    std::size_t end = key.find('-', start);
    if (end == std::string::npos) end = key.size();
    if (end > start) parts.push_back(key.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

}  // namespace

std::vector<std::string> diarienummer_part_keys(std::string_view written) {
  const std::vector<std::string> parts = key_parts(canonical_diarienummer(written));
  std::vector<std::string> keys;
  // Every run of two or more parts: "2021-1202", "ks-2021-1202", "1202-111", ….
  for (std::size_t from = 0; from < parts.size(); ++from) {
    std::string key = parts[from];
    for (std::size_t to = from + 1; to < parts.size(); ++to) {
      key += "-" + parts[to];
      keys.push_back(key);
    }
  }
  // And the case's own number alone: the first number that is not a year ("1202").
  for (const std::string& part : parts) {
    if (is_number(part) && !is_year(part)) {
      if (part.size() >= 2) keys.push_back(part);
      break;
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::vector<DiarienummerSpan> find_diarienummer_spans(std::string_view query) {
  std::vector<DiarienummerSpan> spans;
  std::size_t i = 0;
  auto is_separator = [](char c) { return c == '/' || c == '-' || c == '.' || c == ':'; };
  while (i < query.size()) {
    if (!is_ascii_digit(query[i]) || (i > 0 && type_of(query[i - 1]) == RunType::Digits)) {
      ++i;
      continue;
    }
    // A number followed by a separator and another number: "2021/1202", "1.2.3-123/2021".
    std::size_t end = i;
    int numbers = 0;
    while (end < query.size()) {
      std::size_t digits = end;
      while (digits < query.size() && is_ascii_digit(query[digits])) ++digits;
      if (digits == end) break;
      ++numbers;
      end = digits;
      if (end + 1 < query.size() && is_separator(query[end]) && is_ascii_digit(query[end + 1])) {
        ++end;
        continue;
      }
      break;
    }
    if (numbers < 2) {
      i = end;
      continue;
    }
    // Series letters in capitals just before belong to it: "KS 2021/1202", "KS-2021/…".
    std::size_t begin = i;
    std::size_t letters_end = begin;
    while (letters_end > 0 && (query[letters_end - 1] == ' ' || query[letters_end - 1] == '-')) --letters_end;
    std::size_t letters_begin = letters_end;
    while (letters_begin > 0 && type_of(query[letters_begin - 1]) == RunType::Letters) --letters_begin;
    const std::string code(query.substr(letters_begin, letters_end - letters_begin));
    const bool capitals = std::none_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!code.empty() && code.size() <= 6 && capitals && (letters_begin == 0 || query[letters_begin - 1] == ' '))
      begin = letters_begin;
    // "dnr KS 2021/1202": the word dnr before it is part of the look-up, not a search word.
    std::size_t with_label = begin;
    while (with_label > 0 && query[with_label - 1] == ' ') --with_label;
    if (with_label >= 3 && to_lower_utf8(query.substr(with_label - 3, 3)) == "dnr" &&
        (with_label == 3 || query[with_label - 4] == ' '))
      begin = with_label - 3;
    std::string written(query.substr(begin, end - begin));
    std::string number(query.substr(i, end - i));
    // A date ("2020-12-01") or a decimal ("3.5") is no case number: one needs a year and a
    // slash, or a series code or dnr label before it.
    bool has_year = false;
    for (std::size_t k = i; k < end;) {
      std::size_t digits = k;
      while (digits < end && is_ascii_digit(query[digits])) ++digits;
      has_year = has_year || is_year(std::string(query.substr(k, digits - k)));
      k = digits + 1;
    }
    const bool labelled = begin < i;
    // "0123/19": only looked up, so a fraction stays words unless such a case exists.
    if ((has_year && (number.find('/') != std::string::npos || labelled)) || looks_like_short_year_diarienummer(number))
      spans.push_back({begin, end, written, number});
    i = end;
  }
  return spans;
}

}  // namespace kommunsok::schema
