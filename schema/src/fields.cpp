#include "kommunsok/schema/fields.hpp"

#include <array>

#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::schema {

namespace {
constexpr std::array kAllFields{&field::id,        &field::kind,         &field::title,
                                &field::date,      &field::year,         &field::organ,
                                &field::municipality, &field::unit,      &field::diarienummer,
                                &field::paragraph, &field::parties,      &field::people,
                                &field::unions,    &field::text};
constexpr std::array kFacetFields{&field::kind, &field::organ, &field::municipality, &field::parties,
                                  &field::year};

// Xapian refuses terms longer than 245 bytes; keyword values are never meaningfully that long.
constexpr std::size_t kMaxTermBytes = 240;
}  // namespace

std::span<const Field* const> all_fields() { return kAllFields; }
std::span<const Field* const> facet_fields() { return kFacetFields; }

const Field* find_field_by_param(std::string_view param) {
  if (param.empty()) return nullptr;
  for (const Field* f : kAllFields) {
    if (f->param == param) return f;
  }
  return nullptr;
}

std::string keyword_term(const Field& field, std::string_view value) {
  std::string term(field.prefix);
  term += normalize_keyword(value);
  return truncate_utf8(term, kMaxTermBytes);
}

}  // namespace kommunsok::schema
