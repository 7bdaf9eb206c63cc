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
      if (++letter_runs > 2 || value.size() > 6) return false;
      if (numbers > 0) {
        if (letters_after_number || value.size() > 3 ||
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

}  // namespace kommunsok::schema
