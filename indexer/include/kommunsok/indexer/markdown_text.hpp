// Why: a web page saved through a converter (pandoc, html2text, a CMS's export) arrives as
// Markdown: "# " before headings, "**" around labels, "> " before quoted questions, links as
// "[text](address)". The marks are no part of the words, and a recogniser reading
// "[Gå direkt till innehåll](#content)" as a title, or "**Diarienummer:**" as a label it does
// not know, gets the document wrong.
#pragma once

#include <string>
#include <string_view>

namespace kommunsok::indexer {

/// Whether the text is written in Markdown: at least two different kinds of its marks (a
/// heading line, a link, bold or a quote block), three marks in all, a heading or a link among
/// them. A text with a stray asterisk or "#", or a table's "> 65 år", is not.
bool looks_like_markdown(std::string_view text);

/// The text with Markdown's marks removed when it looks_like_markdown (otherwise as it is):
/// heading hashes, quote marks, bold and italic marks, link and image syntax (their text
/// kept), backslash escapes and rules; list items start with "• ".
std::string plain_markdown(std::string_view text);

}  // namespace kommunsok::indexer
