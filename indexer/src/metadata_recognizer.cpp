#include "kommunsok/indexer/metadata_recognizer.hpp"

#include "kommunsok/indexer/date_recognizer.hpp"
#include "kommunsok/indexer/diarienummer_recognizer.hpp"
#include "kommunsok/indexer/kind_recognizer.hpp"
#include "kommunsok/indexer/municipality_recognizer.hpp"
#include "kommunsok/indexer/organ_recognizer.hpp"
#include "kommunsok/indexer/paragraph_recognizer.hpp"
#include "kommunsok/indexer/people_recognizer.hpp"
#include "kommunsok/indexer/samverkan_recognizer.hpp"
#include "kommunsok/indexer/title_recognizer.hpp"

namespace kommunsok::indexer {

schema::Document recognize_document(const ExtractedText& text) {
  schema::Document doc;
  doc.kind = recognize_kind(text);
  doc.title = recognize_title(text, doc.kind);
  doc.date = recognize_date(text, doc.title);
  doc.organ = recognize_organ(text, doc.kind, doc.title);
  doc.municipality = recognize_municipality(text, doc.title);
  doc.diarienummer = recognize_diarienummer(text);
  if (doc.kind == schema::Kind::Paragraf) doc.paragraph = recognize_paragraph(text);
  doc.people = recognize_party_people(text);
  doc.parties = parties_of(doc.people);
  if (doc.kind == schema::Kind::Samverkan) {
    SamverkanParticipants participants = recognize_samverkan_participants(text);
    doc.unit = std::move(participants.unit);
    doc.unions = std::move(participants.unions);
    doc.people.insert(doc.people.end(), participants.people.begin(), participants.people.end());
  }
  doc.text = text.full_text();
  return doc;
}

}  // namespace kommunsok::indexer
