// Why: a transcript site runs a samverkan protocol's attendance into the heading and the lines
// around it ("… 2026-08-20 Närvarande Arbetsgivaren: Lena Berg, rektor (ordf.) Per Ek, HR-chef
// Arbetstagarna: Malin Ny, Vision Återbud: Kommunal"). The attendance readers expect one
// heading or one person a line; this puts the flattened run back into that shape.
#pragma once

#include <string>
#include <vector>

namespace kommunsok::indexer {

/// The lines with a flattened attendance run (a side or absence heading inside a line)
/// rewritten as one heading a line, then one "Name, role" entry a line. Lines without such a
/// run come back unchanged.
std::vector<std::string> unflatten_attendance(const std::vector<std::string>& lines);

}  // namespace kommunsok::indexer
