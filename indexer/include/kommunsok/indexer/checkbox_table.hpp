// Why: attendance is often a form with a box ticked for each who came ("☒  Socialchef
// Helena Rydh", "☐  Vårdförbundet  –"). The attendance readers know lists and absent blocks,
// not boxes; this reads the ticks into those shapes.
#pragma once

#include <string>
#include <vector>

namespace kommunsok::indexer {

/// The rows from lines[i] on that open with a check box, read into attendance lines: a ticked
/// row "Name, role-or-union" (one line for each name its cell holds), an unticked person
/// "Name, role (frånvarande)", and the unions whose boxes are empty in one "Frånvarande:" line
/// after the rest. A union not called at all ("ej kallad", "inga medlemmar") is neither.
/// Returns how many lines it read, 0 when lines[i] opens no such row.
std::size_t read_checkbox_rows(const std::vector<std::string>& lines, std::size_t i, std::vector<std::string>& out);

}  // namespace kommunsok::indexer
