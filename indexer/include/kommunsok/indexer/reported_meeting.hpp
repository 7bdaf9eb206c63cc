// Why: a municipality's news item about a meeting ("Det beslutade kommunfullmäktige på sitt
// sammanträde måndagen den 16 juni") is about that meeting, dated by it — often without its
// year, which the item's own publication stamp gives.
#pragma once

#include <optional>
#include <string>

#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/schema/iso_date.hpp"

namespace kommunsok::indexer {

struct ReportedMeeting {
  schema::IsoDate date;
  std::string organ;  ///< the body that met, "" when the sentence names none
};

/// In a document with a publication stamp ("Publicerad: 17 juni 2025", in its text or among
/// the web page's boilerplate set aside), the first sentence that
/// reports a meeting held (not "Nästa sammanträde …") and dates it: its date, the year taken
/// from the stamp when the sentence gives none (the year before, if the day would come after
/// the stamp), and the body named in it. Nothing for any other text.
std::optional<ReportedMeeting> reported_meeting(const DocumentStructure& structure);

}  // namespace kommunsok::indexer
