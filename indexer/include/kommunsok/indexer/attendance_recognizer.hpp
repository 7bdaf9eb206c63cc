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

/// The people of an interpellation named without a party: the addressee ("Interpellation
/// till Eva Ek", "till blivande ordförande i BUN, Bo Ny", "har interpellerat Bo Ny"), a role
/// over a name ("Ordförande" / "Eva Ek"), and the signature ("/Lisa Dal", or a name alone on
/// one of the last lines).
std::vector<schema::Person> recognize_interpellation_parties(const std::vector<std::string>& lines);

/// Attendance lists written surname first ("Nordbeck Carolina (FP)") are turned round when
/// the document writes one of their names the other way later ("Carolina Nordbeck"): every
/// name first written before that point is turned, and duplicates merge. `text` is the
/// document's flat text.
void put_first_names_first(std::vector<schema::Person>& people, const std::string& text);

/// Drops names that are two people run together where a list lost its separators: "Klas
/// Karlsson Sonny Landerberg" when "Klas Karlsson" and "Sonny Landerberg" are named too, and
/// "Klas Karlsson Sonny" when the extra words open another person's name; and a genitive
/// ("Gunilla Karlssons") when the person is named without it too.
void tidy_names(std::vector<schema::Person>& people);

}  // namespace kommunsok::indexer
