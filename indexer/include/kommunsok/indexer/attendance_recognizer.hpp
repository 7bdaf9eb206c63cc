// Why: who sat at the meeting — members with their party, substitutes, officials with their
// office — is written in the cover page's lists in a handful of forms that hold across
// municipalities: "Anna Ek, M, ordförande", "Per Ås (S)", "Eva Lund, nämndsekreterare",
// "Kommundirektör Jan Berg", "/Lina Dahl" as a signature. Journalists ask "who was there".
#pragma once

#include <string>
#include <vector>

#include "kommunsok/schema/document.hpp"

namespace kommunsok::indexer {

/// People named in attendance lists and signature blocks of `lines` (the header block of a
/// protocol or notice), in order of appearance, one entry per name. Names in parentheses form
/// are left to recognize_party_people().
std::vector<schema::Person> recognize_attendance(const std::vector<std::string>& lines);

/// Attendance lists written surname first ("Nordbeck Carolina (FP)") are turned round when
/// the document writes one of their names the other way later ("Carolina Nordbeck"): every
/// name first written before that point is turned, and duplicates merge. `text` is the
/// document's flat text.
void put_first_names_first(std::vector<schema::Person>& people, const std::string& text);

}  // namespace kommunsok::indexer
