// Why: archive sites often store a PDF as one line per page — "3 20 maj (23) KPR 7 Mötet
// öppnas, val av justerare Ordförande …" — so labels, § markers and headings stand mid-line
// where no line-based rule can see them. This pass turns such pages back into lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kommunsok::indexer {

/// When the text holds flattened pages (long lines opening with rising page numbers), each
/// is broken before the labels of a protocol's cover and anslag ("Plats och tid",
/// "Beslutande", "Justeringens plats och tid", "Paragrafer", "ANSLAG/BEVIS", …) and before §
/// markers ("§ 12 Rubrik", "KPR 7 Rubrik", "AU 310 Dnr"); its page number and the running
/// header the pages share ("20 maj (23)", "Sida 2 (41)") go to `furniture`, except on the
/// first page. Other text is returned unchanged.
std::string unflatten_pages(std::string_view text, std::vector<std::string>& furniture);

}  // namespace kommunsok::indexer
