// Why: union representatives look for what the employer answered the last time someone
// asked; journalists for what an interpellant asked. Both are question → answer pairs in the
// running text, found by the verbs the genre uses ("Kommunal undrar om …", "Arbetsgivaren
// svarar att …") and by the question lists of interpellations.
#pragma once

#include <vector>

#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/schema/document.hpp"

namespace kommunsok::indexer {

/// Samverkan: a union asking ("Vision efterfrågade …", "SSR menar …", or a question after
/// one of its own in the same agenda item) — or one of `people` who represents a union
/// ("Kajsa Berg påtalade …") — and the employer's answer that follows ("Arbetsgivaren
/// svarar/meddelade/berättade/noterar att …"), with the agenda item's heading.
std::vector<schema::Exchange> recognize_samverkan_exchanges(const DocumentStructure& structure,
                                                            const std::vector<schema::Person>& people = {});

/// Interpellations: each question — an item of a numbered or bulleted list, or a paragraph
/// ending in '?' — with the text that follows it up to the next question as its answer (an
/// interpellation that is not an answer, `answered` false, has none). Asker and answerer come
/// from the people with the roles interpellant and (an) ordförande.
std::vector<schema::Exchange> recognize_interpellation_exchanges(const DocumentStructure& structure,
                                                                 const std::vector<schema::Person>& people,
                                                                 bool answered);

}  // namespace kommunsok::indexer
