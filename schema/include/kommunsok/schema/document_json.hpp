// Why: stored document data is JSON, and the API shows the same shape; one mapping
// serves both so a stored field always appears under its schema name.
#pragma once

#include <Poco/JSON/Object.h>

#include <string>
#include <string_view>

#include "kommunsok/schema/document.hpp"

namespace kommunsok::schema {

/// The document as a JSON object keyed by schema field names; text only when asked for.
Poco::JSON::Object::Ptr to_json_object(const Document& doc, bool include_text);
/// Serialized JSON with every field, as stored in the index.
std::string to_json(const Document& doc);
/// Parses what to_json wrote. Throws std::runtime_error on malformed data.
Document document_from_json(std::string_view json);

}  // namespace kommunsok::schema
