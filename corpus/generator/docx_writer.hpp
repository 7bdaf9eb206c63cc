// Why: a Word file and a web page made from our own sample text, for the demo and the tests.
#pragma once

#include <string>
#include <vector>

namespace kommunsok::samples {

struct WordDocument {
  std::string title;                             ///< docProps/core.xml dc:title; omitted when empty
  std::string header;                            ///< word/header1.xml text; omitted when empty
  std::vector<std::string> paragraphs;           ///< body paragraphs, in order
  std::vector<std::vector<std::string>> table;   ///< rows of cells after the paragraphs; none when empty
};

/// The bytes of a minimal, valid .docx (a zip written with libzip).
std::string docx_file(const WordDocument& document);

/// A UTF-8 HTML page with the given <title>, an <h1>, the paragraphs, plus a navigation menu,
/// a script, a style block and a cookie banner that an extractor must leave out.
std::string html_page(const std::string& title, const std::vector<std::string>& paragraphs);

}  // namespace kommunsok::samples
