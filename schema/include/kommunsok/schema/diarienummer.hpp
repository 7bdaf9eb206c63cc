// Why: clerks type the same case number in many ways ("KS-2021/1202.111", "ks 2021/1202.111",
// "KS2021-1202-111"); indexer and server reduce every spelling to one canonical key so
// the exact case is found however the number was typed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kommunsok::schema {

/// Canonical key: letter and digit runs, lowercased, leading zeros of numbers dropped,
/// joined by '-'. "KS-2021/1202.111" and "ks 2021 1202 111" -> "ks-2021-1202-111";
/// "KS 2019/0345" -> "ks-2019-345". Empty when the text holds no digit.
std::string canonical_diarienummer(std::string_view text);

/// True when text as a whole looks like a diarienummer a user typed: it has a run of
/// 4 digits that reads as a year and at least one more number, with only
/// letters, digits and the separators - / . : space, and letters (at most two short series
/// codes) only before the first number (e.g. "KS 2019/0345", "dnr 1.2.3-123/2021").
bool looks_like_diarienummer(std::string_view text);

/// True for the registries that write the year in two digits after the number: "0123/19",
/// "KS 0456/18", "N134-0456/19" (a series code with its body's number), and with a series code
/// also year first: "KS 25/873". Alone this shape is also a fraction or a page range, so the indexer accepts
/// it only after a Dnr label, and a query only looks it up as a case that exists.
bool looks_like_short_year_diarienummer(std::string_view text);

/// The keys a part of this case number is looked up by: every run of two or more of its
/// canonical parts, and its own number alone. "KS-2021/1202.111" -> "1202", "1202-111",
/// "2021-1202", "2021-1202-111", "ks-2021", "ks-2021-1202", "ks-2021-1202-111".
std::vector<std::string> diarienummer_part_keys(std::string_view written);

/// A case number (whole or in part) inside a query: at least two numbers joined by / - . :
/// with the series letters written in capitals before it and a "dnr" label.
struct DiarienummerSpan {
  std::size_t begin = 0, end = 0;  ///< byte range in the query, label and letters included
  std::string written;             ///< "dnr KS 2021/1202"
  std::string numbers;             ///< "2021/1202": the part without letters
};
std::vector<DiarienummerSpan> find_diarienummer_spans(std::string_view query);

}  // namespace kommunsok::schema
