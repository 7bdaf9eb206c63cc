#include "kommunsok/server/facet_counter.hpp"

#include <algorithm>

#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/xapian_document.hpp"

namespace kommunsok::server {

void FacetCounter::operator()(const Xapian::Document& doc, double) {
  const std::string value = doc.get_value(slot_);
  if (value.empty()) return;
  std::vector<std::string> seen;
  for (const std::string& item : schema::split_multi_value(value)) {
    std::string key = schema::normalize_keyword(item);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;  // once per document
    seen.push_back(key);
    auto [it, inserted] = counts_.try_emplace(std::move(key), FacetValue{item, 0});
    ++it->second.count;
  }
}

std::vector<FacetValue> FacetCounter::by_count() const {
  std::vector<FacetValue> values;
  for (const auto& [key, value] : counts_) values.push_back(value);
  std::stable_sort(values.begin(), values.end(),
                   [](const FacetValue& a, const FacetValue& b) { return a.count > b.count; });
  return values;
}

std::vector<FacetValue> FacetCounter::by_value_descending() const {
  std::vector<FacetValue> values;
  for (const auto& [key, value] : counts_) values.push_back(value);
  std::reverse(values.begin(), values.end());
  return values;
}

}  // namespace kommunsok::server
