// Why: politicians are written "Anders Lönroth (MP)"; who spoke, asked or answered, and
// for which party, is what journalists search for.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "kommunsok/indexer/extracted_text.hpp"
#include "kommunsok/schema/document.hpp"

namespace kommunsok::indexer {

/// The people one document may name; merge_person keeps no more.
inline constexpr std::size_t kMaxPeople = 1000;

/// True for the abbreviations of Swedish parliamentary and common party names (S, M, V, MP, C,
/// L, KD, SD, FP, FI, PP).
bool is_party_abbreviation(std::string_view abbreviation);

/// People named with a party in parentheses, with their role where the text states it
/// ("interpellant", "kommunstyrelsens ordförande", "yttrar sig", "yrkande"), in order of
/// first appearance, one entry per name.
std::vector<schema::Person> recognize_party_people(const ExtractedText& text);

/// Officers named as the writers of a document the text cites ("Tjänsteskrivelse från
/// utbildningschef Malin Ek, 2023-03-28"): their office is their role.
std::vector<schema::Person> recognize_cited_writers(const ExtractedText& text);

/// Officers presenting a case: a role, a name, a verb of presenting ("Exploateringschef Helena
/// Borg föredrar ärendet", "Föredragande kommunarkivarie Anneli Berg redogör för …").
std::vector<schema::Person> recognize_presenters(const ExtractedText& text);

/// A form's name field over its value ("Namn" / "Elsa Nyström"): the person who filled it in.
std::vector<schema::Person> recognize_form_names(const ExtractedText& text);

/// Adds the person, or completes the one of the same name: a party or role it lacks.
void merge_person(std::vector<schema::Person>& people, schema::Person person);

/// The sorted, unique party abbreviations of the people.
std::vector<std::string> parties_of(const std::vector<schema::Person>& people);

}  // namespace kommunsok::indexer
