// Why: minnesanteckningar often write the attendance as sentences ("Från arbetsgivaren deltog
// förvaltningschef Åsa Ek (ordförande) och rektor Per Ny. Från de fackliga organisationerna
// deltog Lo Berg och Kim Sand för Vision. Ledarna hade anmält förhinder."): the same people,
// sides and absent unions as a list, read from the prose.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kommunsok/indexer/samverkan_recognizer.hpp"

namespace kommunsok::indexer {

struct ListedPerson {
  std::string name;
  std::string role;
};

/// The people of a list written role first: "rektor Anna Ek (ledde mötet), biträdande rektor
/// Bo Ny och HR-konsult Eva Sten": each item's name and the role around it.
std::vector<ListedPerson> people_listed_role_first(std::string_view list);

/// Reads one paragraph of attendance prose into result (people with side, role and union;
/// unions present and absent). False when the paragraph says nothing of who took part.
bool read_prose_attendance(std::string_view paragraph, SamverkanParticipants& result);

}  // namespace kommunsok::indexer
