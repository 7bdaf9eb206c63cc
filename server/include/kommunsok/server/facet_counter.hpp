// Why: Xapian's ValueCountMatchSpy counts one value per document, but a document has
// several parties; this spy splits multi-valued slots and counts by the same normalized
// key the filter terms use, so a facet's count is exactly what filtering on it returns.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

namespace kommunsok::server {

struct FacetValue {
  std::string value;  ///< as first seen in the documents
  Xapian::doccount count = 0;
};

class FacetCounter : public Xapian::MatchSpy {
 public:
  explicit FacetCounter(Xapian::valueno slot) : slot_(slot) {}

  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "kommunsok::FacetCounter"; }

  /// Values by descending count, then ascending value.
  std::vector<FacetValue> by_count() const;
  /// Values by descending value (for years: newest first).
  std::vector<FacetValue> by_value_descending() const;

 private:
  Xapian::valueno slot_;
  std::map<std::string, FacetValue> counts_;  ///< normalized key -> display value and count
};

}  // namespace kommunsok::server
