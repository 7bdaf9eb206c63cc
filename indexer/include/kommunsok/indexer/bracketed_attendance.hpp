// Why: minutes often list who came as one running list, each name with its role or union in
// brackets — "Närvarande: Göran Ahl (förvaltningschef, ordförande), Petra Karlsson
// (Lärarförbundet), …" — wrapped over lines wherever the width ran out, so a bracket may open
// on one line and close on the next. The attendance readers read one entry to a line.
#pragma once

#include <string>
#include <vector>

namespace kommunsok::indexer {

/// The lines with each such list (after an attendance heading's colon, among the first
/// lines) rewritten as its heading and one "Name, what the bracket said" line per entry;
/// every other line as it was.
std::vector<std::string> with_bracketed_lists_unwrapped(const std::vector<std::string>& lines);

}  // namespace kommunsok::indexer
