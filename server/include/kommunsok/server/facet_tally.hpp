// Why: a facet's count must be exactly what filtering on its value returns, so values are
// counted by the same normalised key the filter terms use ("Kommunal" and "kommunal" are one
// value) and a document with a value twice counts once. The tally does that once per
// distinct value, never per matching document: the counting per match is done by Xapian's
// ValueCountMatchSpy (raw values) or by IndexColumns (coded values).
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kommunsok::server {

struct FacetValue {
  std::string value;  ///< as written in the first document that has it
  Xapian::doccount count = 0;
};

struct Facet {
  std::string name;  ///< the facet's API key: kind, organ, municipality, party, year
  std::vector<FacetValue> values;
};

class FacetTally {
 public:
  /// Adds `count` documents whose slot holds `raw` (values joined by kValueSeparator).
  void add_raw(std::string_view raw, Xapian::doccount count);
  /// Values by descending count, then ascending normalised value.
  std::vector<FacetValue> by_count() const;
  /// Values by descending normalised value (for years: newest first).
  std::vector<FacetValue> by_value_descending() const;

 private:
  std::map<std::string, FacetValue> counts_;  ///< normalised key -> display value and count
};

/// The facet list in the API's order and sort (years by value, the rest by count).
/// `tallies` holds one tally per schema::facet_fields() entry.
std::vector<Facet> facets_from(const std::vector<FacetTally>& tallies);

}  // namespace kommunsok::server
