// Why: every search parameter is validated in one place before it reaches Xapian, so bad
// input becomes a 400 that names the parameter instead of a crash or a silent default.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/iso_date.hpp"

namespace kommunsok::server {

enum class SortOrder { Relevance, DateAscending, DateDescending };

struct FieldFilter {
  const schema::Field* field;
  std::vector<std::string> values;  ///< any of them matches
};

struct SearchRequest {
  std::string q;
  std::vector<FieldFilter> filters;  ///< all must match
  std::optional<schema::IsoDate> from;
  std::optional<schema::IsoDate> to;
  SortOrder sort = SortOrder::Relevance;
  int page = 1;
  int size = 10;
};

inline constexpr std::size_t kMaxQueryBytes = 1000;
inline constexpr int kMaxPageSize = 100;
inline constexpr int kMaxResultWindow = 10000;  ///< page * size

/// Builds a request from decoded query parameters (repeats allowed for filters).
/// Throws ApiError(400) naming the parameter for unknown names, malformed values,
/// out-of-range numbers, a q longer than kMaxQueryBytes, or from after to.
SearchRequest parse_search_request(const std::vector<std::pair<std::string, std::string>>& params);

}  // namespace kommunsok::server
