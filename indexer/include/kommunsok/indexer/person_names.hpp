// Why: whether a word can be part of a person's name, a role or a list label is asked by
// every recognizer that reads people; one answer keeps "Beslutande Monica Ek" or "X X Per Ås"
// from becoming names.
#pragma once

#include <string>
#include <string_view>

namespace kommunsok::indexer {

/// A word that can stand in a name: a capital followed by lower-case letters ("Lönn",
/// "Boo-Walter", "JanAnders", "Savic´"), no digits, and not a label or role word.
bool is_name_word(std::string_view word);
/// Two to four capitalised name words: "Nora Ali", "Liselotte Näslund".
bool is_person_name(std::string_view text);

/// Capitalised words that name a body, not a person: "Länsstyrelsen Dalarna", "Ekby
/// Hembygdsförening", "Räddningstjänsten Ekby", "Kommunens Revisorer", "Ekby Vatten AB".
bool looks_like_organisation(std::string_view name);

/// "von", "af", "de", "van", "der", "la", "du", "di", "da": a particle inside a surname.
bool is_name_particle(std::string_view word);

/// A name's initials as minutes abbreviate it: "Carina Holmberg" -> "CH", "Anna-Karin Sälgström"
/// -> "AS" (each word's first byte: initials are capitals A–Z or the lead byte of Å/Ä/Ö).
std::string initials_of(std::string_view name);

/// Capitalised words of attendance lists and signatures that are never names
/// ("Beslutande", "Ledamöter", "Ersättare", "Justerare", "Ja", "Nej", "Tjg", …).
bool is_list_label_word(std::string_view word);

/// A word naming an office or task ("förvaltningschef", "nämndsekreterare", "HR-konsult",
/// "Kommundirektör", "revisor", "ordförande"), any case.
bool is_role_word(std::string_view word);

/// Text with names that extraction glued across table cells set apart: "(S)Dennis Ek" ->
/// "(S) Dennis Ek", "Klas KarlssonSonny Landerberg" -> "Klas Karlsson, Sonny Landerberg" (only
/// between name words, so "JanAnders Ek" after a label stays whole).
std::string unglue_names(std::string_view text);

}  // namespace kommunsok::indexer
