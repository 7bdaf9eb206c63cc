// Why: a hit should say on which page its words stand, so the reader opens the original at
// that page. The snippet is cut from the document's text; finding it there gives the offset.
#pragma once

#include <optional>
#include <string_view>

#include "kommunsok/schema/document.hpp"

namespace kommunsok::server {

/// The page of the snippet's first highlighted word (or of the snippet itself) in the
/// document; null when the document has no pages or the snippet cannot be placed.
std::optional<int> snippet_page(std::string_view snippet_html, const schema::Document& doc);

}  // namespace kommunsok::server
