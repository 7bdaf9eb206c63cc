// Why: PDF text keeps a page's columns side by side on one line, separated by a run of
// spaces: a label and its value ("Plats och tid      Rådhuset"), a letterhead and a document
// type, or two lists ("För arbetsgivaren:      För arbetstagarna:"). Recognizers read lines,
// so each cell becomes a line of its own, and two lists side by side are read one after the
// other.
#pragma once

#include <string>
#include <string_view>

namespace kommunsok::indexer {

/// The text with every line split at runs of three or more spaces (or a tab) into one line
/// per cell. Where a row of headings ending in ':' opens two columns of lists, the rows that
/// follow (and one-cell rows between them) are read column by column: the left list, then
/// the right one.
std::string split_columns(std::string_view text);

}  // namespace kommunsok::indexer
