// Why: a samverkan protocol's attendance list says which unions sat at the table and who
// represented them, and which förvaltning was the employer — what union representatives
// filter on when they look for precedent.
#pragma once

#include <string>
#include <vector>

#include "kommunsok/indexer/extracted_text.hpp"
#include "kommunsok/schema/document.hpp"

namespace kommunsok::indexer {

struct SamverkanParticipants {
  std::string unit;                   ///< the employer's förvaltning, e.g. "Utbildningsförvaltningen"
  std::vector<std::string> unions;    ///< unions present, in listed order, canonical names
  std::vector<std::string> unions_absent;  ///< unions listed under Förhinder/Frånvarande
  std::vector<schema::Person> people; ///< union representatives
};

/// Reads the "Närvarande" block: the förvaltning line, then "Fackliga organisationer"
/// with lines "Vision: Namn, Namn", up to "Förhinder"/"Frånvarande"/"Tidpunkt".
SamverkanParticipants recognize_samverkan_participants(const ExtractedText& text);

}  // namespace kommunsok::indexer
