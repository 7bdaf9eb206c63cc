#include "kommunsok/server/search_request.hpp"

#include <algorithm>
#include <charconv>

#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/letter_composition.hpp"
#include "kommunsok/schema/kind.hpp"
#include "kommunsok/server/api_error.hpp"

namespace kommunsok::server {

namespace {

int parse_int(const std::string& name, const std::string& value, int min, int max) {
  int n = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (value.empty() || ec != std::errc() || end != value.data() + value.size())
    throw bad_parameter(name, "must be a whole number, not '" + value + "'");
  if (n < min || n > max)
    throw bad_parameter(name, "must be from " + std::to_string(min) + " to " + std::to_string(max));
  return n;
}

schema::IsoDate parse_date(const std::string& name, const std::string& value) {
  auto date = schema::parse_iso_date(value);
  if (!date) throw bad_parameter(name, "must be a date as YYYY-MM-DD, not '" + value + "'");
  return *date;
}

SortOrder parse_sort(const std::string& value) {
  if (value == "relevance") return SortOrder::Relevance;
  if (value == "date") return SortOrder::DateAscending;
  if (value == "-date") return SortOrder::DateDescending;
  throw bad_parameter("sort", "must be relevance, date or -date, not '" + value + "'");
}

void check_filter_value(const schema::Field& field, const std::string& value) {
  const std::string name(field.param);
  if (value.empty()) throw bad_parameter(name, "must not be empty");
  if (value.size() > 200) throw bad_parameter(name, "is too long");
  if (!schema::is_valid_utf8(value)) throw bad_parameter(name, "is not valid UTF-8");
  if (&field == &schema::field::kind && !schema::parse_kind(value))
    throw bad_parameter(name, "must be interpellation, paragraf, samverkan or annat, not '" + value + "'");
  if (&field == &schema::field::year) parse_int(name, value, 1000, 2999);
}

void add_filter(SearchRequest& request, const schema::Field& field, const std::string& value) {
  check_filter_value(field, value);
  auto it = std::find_if(request.filters.begin(), request.filters.end(),
                         [&](const FieldFilter& f) { return f.field == &field; });
  if (it == request.filters.end()) {
    request.filters.push_back({&field, {schema::compose_latin_letters(value)}});
  } else {
    it->values.push_back(schema::compose_latin_letters(value));
  }
}

}  // namespace

SearchRequest parse_search_request(const std::vector<std::pair<std::string, std::string>>& params) {
  SearchRequest request;
  for (const auto& [name, value] : params) {
    if (name == "q") {
      if (value.size() > kMaxQueryBytes)
        throw bad_parameter("q", "is longer than " + std::to_string(kMaxQueryBytes) + " bytes");
      if (!schema::is_valid_utf8(value)) throw bad_parameter("q", "is not valid UTF-8");
      // A query typed on a Mac may come decomposed ("a" + ring): searched as the letter it is.
      request.q = schema::compose_latin_letters(value);
    } else if (name == "from") {
      request.from = parse_date(name, value);
    } else if (name == "to") {
      request.to = parse_date(name, value);
    } else if (name == "sort") {
      request.sort = parse_sort(value);
    } else if (name == "page") {
      request.page = parse_int(name, value, 1, kMaxResultWindow);
    } else if (name == "size") {
      request.size = parse_int(name, value, 1, kMaxPageSize);
    } else if (const schema::Field* field = schema::find_field_by_param(name)) {
      add_filter(request, *field, value);
    } else {
      throw ApiError(400, "unknown parameter '" + name + "'");
    }
  }
  if (request.from && request.to && *request.from > *request.to)
    throw bad_parameter("from", "is after 'to'");
  if (static_cast<long>(request.page) * request.size > kMaxResultWindow)
    throw bad_parameter("page", "page * size must not exceed " + std::to_string(kMaxResultWindow));
  return request;
}

}  // namespace kommunsok::server
