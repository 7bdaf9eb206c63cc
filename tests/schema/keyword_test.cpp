#include <catch2/catch.hpp>

#include "kommunsok/schema/keyword.hpp"

#include <xapian.h>

#include <string>

using namespace kommunsok::schema;

TEST_CASE("keywords normalize case and spacing, including å ä ö", "[schema][keyword]") {
  CHECK(normalize_keyword("  Kommunstyrelsens   ARBETSUTSKOTT ") == "kommunstyrelsens arbetsutskott");
  CHECK(normalize_keyword("FÖRVALTNINGSGRUPPEN") == "förvaltningsgruppen");
  CHECK(normalize_keyword("Älvsjö\tÅre") == "älvsjö åre");
  CHECK(to_lower_utf8("ÅÄÖÉ") == "åäöé");
}

TEST_CASE("lower-casing reads ASCII directly and agrees with Xapian's tables on every other byte",
          "[schema][keyword]") {
  const auto by_xapian = [](const std::string& text) {
    std::string out;
    for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it)
      Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(*it));
    return out;
  };
  for (const std::string text : {"KS-2021/1202.111 Ärende", "ÅR 2019 § 6 – Beslut", "ΣΑΜ Ĳ ǅ", "ABC\xC4" "DEF",
                                 "\xE5r", "Z\xC3", "\xF0\x9F\x98", "ok\xED\xA0\x80", "", "\x7F@[`{"}) {
    CAPTURE(text);
    CHECK(to_lower_utf8(text) == by_xapian(text));
  }
  CHECK(to_lower_utf8("ABC\xC4") == "abc\xC3\xA4");  // a stray Latin-1 byte is read as the letter it names
}

TEST_CASE("UTF-8 validation rejects malformed sequences", "[schema][keyword]") {
  CHECK(is_valid_utf8("Sammanträdesdatum § 6 – ok"));
  CHECK_FALSE(is_valid_utf8("\xE5r"));          // Latin-1 å
  CHECK_FALSE(is_valid_utf8("\xC3"));           // truncated
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));       // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));   // surrogate
}

TEST_CASE("truncation never splits a UTF-8 sequence", "[schema][keyword]") {
  CHECK(truncate_utf8("åäö", 3) == "å");
  CHECK(truncate_utf8("åäö", 4) == "åä");
  CHECK(truncate_utf8("abc", 10) == "abc");
  CHECK(is_valid_utf8(truncate_utf8("ööööö", 7)));
}

TEST_CASE("invalid bytes become replacement characters", "[schema][keyword]") {
  CHECK(to_valid_utf8("år") == "år");
  CHECK(to_valid_utf8("\xE5r") == "\xEF\xBF\xBDr");
  CHECK(is_valid_utf8(to_valid_utf8("a\xC3\xC0\xAF\xED\xA0\x80z")));
}
