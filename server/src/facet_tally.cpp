#include "kommunsok/server/facet_tally.hpp"

#include <algorithm>

#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/xapian_document.hpp"

namespace kommunsok::server {

void FacetTally::add_raw(std::string_view raw, Xapian::doccount count) {
  if (raw.empty() || count == 0) return;
  std::vector<std::string> seen;
  for (const std::string& item : schema::split_multi_value(raw)) {
    std::string key = schema::normalize_keyword(item);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;  // once per document
    seen.push_back(key);
    auto [it, inserted] = counts_.try_emplace(std::move(key), FacetValue{item, 0});
    it->second.count += count;
  }
}

std::vector<FacetValue> FacetTally::by_count() const {
  std::vector<FacetValue> values;
  values.reserve(counts_.size());
  for (const auto& [key, value] : counts_) values.push_back(value);
  std::stable_sort(values.begin(), values.end(),
                   [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
  return values;
}

std::vector<FacetValue> FacetTally::by_value_descending() const {
  std::vector<FacetValue> values;
  values.reserve(counts_.size());
  for (const auto& [key, value] : counts_) values.push_back(value);
  std::reverse(values.begin(), values.end());
  return values;
}

std::vector<Facet> facets_from(const std::vector<FacetTally>& tallies) {
  std::vector<Facet> facets;
  const auto fields = schema::facet_fields();
  for (std::size_t i = 0; i < fields.size() && i < tallies.size(); ++i) {
    const bool by_value = fields[i] == &schema::field::year;
    facets.push_back({std::string(fields[i]->param),
                      by_value ? tallies[i].by_value_descending() : tallies[i].by_count()});
  }
  return facets;
}

}  // namespace kommunsok::server
