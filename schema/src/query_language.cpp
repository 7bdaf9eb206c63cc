#include "kommunsok/schema/query_language.hpp"

#include <algorithm>
#include <array>

#include "kommunsok/schema/diacritic_folding.hpp"
#include "kommunsok/schema/diarienummer.hpp"
#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/query_expansion.hpp"
#include "kommunsok/schema/term_prefixes.hpp"
#include "kommunsok/schema/xapian_document.hpp"

namespace kommunsok::schema {

namespace {

// A value for a keyword field, in the form documents are filed under.
class KeywordField : public Xapian::FieldProcessor {
 public:
  explicit KeywordField(const Field& field) : field_(field) {}
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(filter_term(field_, canonical_filter_value(field_, value)));
  }

 private:
  const Field& field_;
};

// dnr: the whole case in any spelling, or a part of its number.
class CaseNumberField : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    const std::string key = canonical_diarienummer(value);
    if (key.empty()) return Xapian::Query(diarienummer_term(value));
    return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(diarienummer_term(value)),
                         Xapian::Query(std::string(prefix::diarienummer_part) + key));
  }
};

// paragraf:12, paragraf:§12
class ParagraphField : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    std::string digits;
    for (char c : value)
      if (c >= '0' && c <= '9') digits += c;
    const std::size_t first = digits.find_first_not_of('0');
    return Xapian::Query(std::string(field::paragraph.prefix) + (first == std::string::npos ? digits : digits.substr(first)));
  }
};

// "2021-03-01", "20210301" or "2021" (its first or last day) as the slot's YYYYMMDD.
std::string compact_date(const std::string& value, bool end_of_period) {
  std::string digits;
  for (char c : value)
    if (c >= '0' && c <= '9') digits += c;
  if (digits.size() == 4) return digits + (end_of_period ? "1231" : "0101");
  if (digits.size() == 6) return digits + (end_of_period ? "31" : "01");
  return digits.size() == 8 ? digits : std::string();
}

class DateRange : public Xapian::RangeProcessor {
 public:
  DateRange() : Xapian::RangeProcessor(slot::date, "datum:") {}
  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    const std::string from = begin.empty() ? std::string() : compact_date(begin, false);
    const std::string to = end.empty() ? std::string() : compact_date(end, true);
    if ((!begin.empty() && from.empty()) || (!end.empty() && to.empty()))
      return Xapian::Query(Xapian::Query::OP_INVALID);  // not a date range: read as words
    if (from.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot::date, "1", to);  // undated docs out
    if (to.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot::date, from);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot::date, from, to);
  }
};

// datum:2021 — a single date or year, with no "..".
class DateField : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& value) override {
    const std::string from = compact_date(value, false), to = compact_date(value, true);
    if (from.empty()) return Xapian::Query(std::string(field::date.prefix) + value);  // matches nothing
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot::date, from, to);
  }
};

struct NamedField {
  const char* name;
  const Field* field;
};

}  // namespace

void add_swedish_field_prefixes(Xapian::QueryParser& parser) {
  static constexpr std::array kKeywordFields{
      NamedField{"typ", &field::kind},          NamedField{"organ", &field::organ},
      NamedField{"kommun", &field::municipality}, NamedField{"parti", &field::parties},
      NamedField{"fack", &field::unions},       NamedField{"forvaltning", &field::unit},
      NamedField{"ar", &field::year}};
  for (const NamedField& named : kKeywordFields)
    parser.add_boolean_prefix(named.name, (new KeywordField(*named.field))->release());
  parser.add_boolean_prefix("dnr", (new CaseNumberField)->release());
  parser.add_boolean_prefix("paragraf", (new ParagraphField)->release());
  parser.add_prefix("titel", std::string(field::title.prefix));
  parser.add_rangeprocessor((new DateRange)->release());
  parser.add_boolean_prefix("datum", (new DateField)->release());
}

std::string with_ascii_field_names(std::string_view query) {
  // Field names are matched at the start of a word, before a colon, in any case.
  std::string out;
  out.reserve(query.size());
  std::size_t i = 0;
  while (i < query.size()) {
    const bool word_start = i == 0 || query[i - 1] == ' ' || query[i - 1] == '(' || query[i - 1] == '-' || query[i - 1] == '+';
    const std::size_t colon = query.find(':', i);
    const std::size_t space = query.find(' ', i);
    if (word_start && colon != std::string_view::npos && (space == std::string_view::npos || colon < space) && colon - i <= 16) {
      const std::string name = fold_diacritics(to_lower_utf8(query.substr(i, colon - i)));
      static constexpr std::array kNames{"dnr", "typ", "organ", "kommun", "parti", "person", "fack",
                                         "forvaltning", "paragraf", "titel", "datum", "ar"};
      if (std::find(kNames.begin(), kNames.end(), name) != kNames.end()) {
        out += name;
        i = colon;
        continue;
      }
    }
    out += query[i++];
  }
  return out;
}

}  // namespace kommunsok::schema
