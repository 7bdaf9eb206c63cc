// Recognition as the indexer runs it on a text file: the bytes decoded by the text extractor
// (so the recognizers see UTF-8, as they always do), the document's structure built, every
// field recognised and a protocol split into its paragraphs. What comes out must read back
// from its stored form unchanged, with every field still valid UTF-8 and every offset inside
// the text.
#include "fuzz_check.hpp"
#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/indexer/extract/extraction.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/document_json.hpp"

using namespace kommunsok;

namespace {

bool all_valid(const std::vector<std::string>& values) {
  for (const std::string& v : values)
    if (!schema::is_valid_utf8(v)) return false;
  return true;
}

bool valid_fields(const schema::Document& doc) {
  bool ok = all_valid({doc.title, doc.organ, doc.municipality, doc.unit, doc.decision, doc.text, doc.protocol_id}) &&
            all_valid(doc.diarienummer) && all_valid(doc.parties) && all_valid(doc.unions) &&
            all_valid(doc.unions_absent) && all_valid(doc.paragraph_ids);
  for (const schema::Person& p : doc.people) ok = ok && all_valid({p.name, p.party, p.role, p.union_name, p.side});
  for (const schema::Exchange& e : doc.exchanges)
    ok = ok && all_valid({e.asker, e.affiliation, e.answerer, e.question, e.answer, e.section});
  for (const schema::SectionStart& s : doc.sections) ok = ok && schema::is_valid_utf8(s.heading);
  return ok;
}

void check_unit(const schema::Document& unit) {
  fuzz::require(valid_fields(unit), "every recognised field is valid UTF-8");
  for (const schema::Exchange& e : unit.exchanges) fuzz::require(e.position <= unit.text.size(), "exchange inside the text");
  for (std::size_t i = 0; i < unit.page_breaks.size(); ++i) {
    fuzz::require(unit.page_breaks[i] <= unit.text.size(), "page break inside the text");
    fuzz::require(i == 0 || unit.page_breaks[i - 1] <= unit.page_breaks[i], "page breaks in order");
  }
  // The index stores a document as this JSON (to_xapian_document); its terms are left out
  // here, as they would cost more than the recognition.
  fuzz::require(schema::document_from_json(schema::to_json(unit)) == unit, "a document reads back as it was stored");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text;
  try {
    text = indexer::extract_text(fuzz::bytes_of(data, size)).pages.front();
  } catch (const indexer::SourceError&) {
    return 0;  // binary or empty: the indexer stops here too
  }
  const indexer::DocumentStructure structure(text);
  schema::Document doc = indexer::recognize_document(structure);
  doc.id = "fuzz/dokument.txt";
  for (const schema::Document& unit : indexer::searchable_units(std::move(doc), structure)) check_unit(unit);
  return 0;
}
