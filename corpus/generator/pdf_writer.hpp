// Why: the demo and the tests need PDFs — with a text layer and scanned (image only) — made
// from our own sample text, so nothing is downloaded and every fixture can be regenerated.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kommunsok::samples {

/// Column at which text_pdf wraps long lines (at a space when there is one).
inline constexpr std::size_t kWrapColumn = 90;
/// Lines of 11 pt text with 14 pt leading that fit between the margins of one A4 page.
inline constexpr std::size_t kLinesPerPage = 53;

/// The lines text_pdf draws for `text`: split at '\n' (a trailing '\r' dropped), and each
/// longer than `column` characters wrapped at the last space before it, or cut when it has none.
/// Why public: callers split long text into pages by these lines, so no page runs off the bottom.
std::vector<std::string> wrapped_lines(const std::string& text, std::size_t column = kWrapColumn);

/// A PDF with one page per entry of `pages`: A4, Helvetica 11 pt (WinAnsi, so å ä ö work),
/// lines broken at '\n' and wrapped at about 90 characters. `title` goes to the document info.
std::string text_pdf(const std::vector<std::string>& pages, const std::string& title = "");

/// An image-only PDF ("scanned"): each page is `pages[i]` rendered to a grey image (through
/// poppler, at `dpi`) and embedded Flate-compressed, with no text layer at all.
std::string scanned_pdf(const std::vector<std::string>& pages, int dpi = 200);

}  // namespace kommunsok::samples
