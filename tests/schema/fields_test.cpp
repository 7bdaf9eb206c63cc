#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "kommunsok/schema/fields.hpp"

using namespace kommunsok::schema;

TEST_CASE("each field is declared once with its own name, prefix and slot", "[schema][fields]") {
  std::set<std::string> names, prefixes;
  std::set<Xapian::valueno> slots{slot::content_hash};
  for (const Field* f : all_fields()) {
    CHECK(names.insert(std::string(f->name)).second);
    if (!f->prefix.empty()) CHECK(prefixes.insert(std::string(f->prefix)).second);
    if (f->slot) CHECK(slots.insert(*f->slot).second);
  }
  CHECK(names.size() == 14);
}

TEST_CASE("no prefix is a leading part of another that could read as one term", "[schema][fields]") {
  // Xapian prefixes are uppercase; a value starting uppercase would be ambiguous, so keyword
  // terms always hold lowercase values after the prefix.
  CHECK(keyword_term(field::parties, "MP") == "XPARTYmp");
  CHECK(keyword_term(field::organ, "Kommunstyrelsen") == "XOkommunstyrelsen");
}

TEST_CASE("facets are the API's five and all have value slots", "[schema][fields]") {
  std::set<std::string> facet_params;
  for (const Field* f : facet_fields()) {
    CHECK(f->facet);
    CHECK(f->slot.has_value());
    facet_params.insert(std::string(f->param));
  }
  CHECK(facet_params == std::set<std::string>{"kind", "organ", "municipality", "party", "year"});
}

TEST_CASE("fields are found by their query parameter", "[schema][fields]") {
  REQUIRE(find_field_by_param("party") == &field::parties);
  CHECK(find_field_by_param("kind") == &field::kind);
  CHECK(find_field_by_param("nonsense") == nullptr);
  CHECK(find_field_by_param("") == nullptr);
}
