// Why: Word and OpenDocument fixtures — good and hostile — are zips the tests write themselves.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace kommunsok::test {

/// The bytes of a zip holding `members` (name, content), deflated.
std::string zip_bytes(const std::vector<std::pair<std::string, std::string>>& members);

/// A .docx whose word/document.xml is `document_xml` as given (for hostile XML).
std::string docx_with_document_xml(const std::string& document_xml);

}  // namespace kommunsok::test
