// Why: many attendance lists are a form without a heading row — "Förvaltningschef ......
// Henrik Olsson ...... närvarande", "Huvudskyddsombud Kommunal ...... Ayse Demir ...... förhinder"
// — each row a role (with the union in it), a name and whether the person came. The attendance
// readers expect "Name, role, Union" a line under "Närvarande:" / "Frånvarande:"; this reads such
// rows into that shape.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace kommunsok::indexer {

/// The lines with dot leaders ("Förvaltningschef ........ Henrik Olsson") turned into the gaps
/// between cells that extraction leaves between columns.
void replace_dot_leaders(std::vector<std::string>& lines);

/// From line i, three or more rows of cells each holding a person's name and a presence word
/// ("närvarande", "förhinder", "ej närvarande p. 3") and perhaps a role: written to `out` as
/// "Närvarande:" and "Name, role, Union" lines, those away under "Frånvarande:". The number of
/// lines read, or 0 when line i opens no such rows.
std::size_t read_presence_rows(const std::vector<std::string>& lines, std::size_t i, std::vector<std::string>& out);

}  // namespace kommunsok::indexer
