// Why: "filtering by a facet value returns exactly the count the facet showed" is checked
// against more than one index; the check lives here once.
#pragma once

#include <cstddef>

namespace kommunsok::test {

/// For every value of every facet in an unfiltered search, filters on it and CHECKs that the
/// total equals the facet's count. Returns how many values were checked.
std::size_t check_facet_counts_match_filters(unsigned short port);

}  // namespace kommunsok::test
