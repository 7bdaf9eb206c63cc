// Why: someone who runs the demo opens http://127.0.0.1:8080 in a browser; this page
// lets them search, filter by facets and read a document, using only the JSON API.
#pragma once

#include <string_view>

namespace kommunsok::server {

/// The self-contained HTML search page (no external assets).
std::string_view search_page_html();

}  // namespace kommunsok::server
