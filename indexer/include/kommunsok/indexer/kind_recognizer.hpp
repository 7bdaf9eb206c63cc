// Why: the kind decides which other rules apply (an interpellation's organ, a protocol's
// title position), so it is recognised first, from the shape of the document's opening.
#pragma once

#include <string>

#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/schema/kind.hpp"

namespace kommunsok::indexer {

/// annat: the opening names another genre (kallelse, föredragningslista, ärendelista,
/// tjänsteskrivelse, motion, kungörelse, pressmeddelande…), which may well mention
/// interpellations and paragraphs;
/// interpellation: the opening is an interpellation or its answer ("Svar på interpellation",
/// "Interpellation till/angående …", "… har interpellerat …") and no protocol surrounds it;
/// samverkan: a förvaltningsgrupp/samverkansgrupp protocol or union–employer exchanges;
/// paragraf: a protocol (a "protokoll" heading, a meeting-date label, § sections, a
/// "Paragrafer" range); otherwise annat.
schema::Kind recognize_kind(const DocumentStructure& structure);

/// The kind and why, in words, for --explain.
struct KindVerdict {
  schema::Kind kind;
  std::string reason;
};
KindVerdict recognize_kind_explained(const DocumentStructure& structure);

/// "svar på lars öhmans (m) interpellation om …" (in lower case): an answer that names its
/// interpellant before the word "interpellation".
bool answers_named_interpellation(const std::string& lowered);

/// "svar på interpellation …", "gemensamt svar på interpellation …", "svar på lars öhmans (m)
/// interpellation …" (in lower case): the opening of an interpellation's answer.
bool opens_interpellation_answer(const std::string& lowered);

/// "protokoll lsg hedenbergska skolan", "arbetsmiljökommittén (amk)" (in lower case): a line
/// that names a samverkan body, by name or code.
bool is_samverkan_title(const std::string& lowered);

/// "ekby energi ab" (in lower case): a company's name alone, as a letterhead writes it — not a
/// heading about a company ("interpellation om ekby energi ab").
bool names_company_alone(const std::string& lowered);

}  // namespace kommunsok::indexer
