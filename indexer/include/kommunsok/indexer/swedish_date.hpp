// Why: Swedish documents write dates as "9 juni 2021", "den 12 mars 2024" or "2021-06-09";
// recognizers need one parser for all of them that rejects impossible days.
#pragma once

#include <optional>
#include <string_view>

#include "kommunsok/schema/iso_date.hpp"

namespace kommunsok::indexer {

/// The first complete date (day, month, year) in text: "9 juni 2021", "9 jun. 2021",
/// "2021-06-09", "2021.06.09", "9/6 2021". std::nullopt when there is none.
std::optional<schema::IsoDate> find_swedish_date(std::string_view text);

/// Month number for a Swedish month name or its abbreviation ("juni", "jun", "sept."), else 0.
int swedish_month(std::string_view word);

}  // namespace kommunsok::indexer
