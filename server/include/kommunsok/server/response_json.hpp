// Why: the API's response shapes are written down once here, so a field's name and form
// (dates as ISO strings, null when unknown) is the same in every endpoint.
#pragma once

#include <string>

#include "kommunsok/schema/document.hpp"
#include "kommunsok/server/search_request.hpp"
#include "kommunsok/server/searcher.hpp"

namespace kommunsok::server {

/// {"query", "total", "page", "size", "hits": [...], "facets": {...}}
std::string search_response_json(const SearchRequest& request, const SearchResult& result);
/// The document's metadata and full text.
std::string document_response_json(const schema::Document& document);
/// {"status": "ok", "documents": N}
std::string health_response_json(unsigned long documents);
/// {"error": message}
std::string error_response_json(const std::string& message);

}  // namespace kommunsok::server
