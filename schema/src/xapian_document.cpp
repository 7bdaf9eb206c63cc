#include "kommunsok/schema/xapian_document.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

#include <string>

#include "kommunsok/schema/diarienummer.hpp"
#include "kommunsok/schema/document_json.hpp"
#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/swedish_analyzer.hpp"
#include "kommunsok/schema/term_prefixes.hpp"

namespace kommunsok::schema {

namespace {

std::string join_multi_value(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += kValueSeparator;
    out += v;
  }
  return out;
}

void add_keyword(Xapian::Document& xdoc, const Field& f, const std::string& value) {
  if (!value.empty()) xdoc.add_boolean_term(filter_term(f, value));
}

void add_facet_value(Xapian::Document& xdoc, const Field& f, const std::string& value) {
  if (f.slot && !value.empty()) xdoc.add_value(*f.slot, value);
}

}  // namespace

std::string id_term(std::string_view id) { return std::string(field::id.prefix) + std::string(id); }

std::string source_term(std::string_view source) {
  // A path can be longer than a term may be: its digest stands for it.
  Poco::SHA1Engine sha1;
  sha1.update(source.data(), source.size());
  return std::string(prefix::source_file) + Poco::DigestEngine::digestToHex(sha1.digest());
}

std::string diarienummer_term(std::string_view diarienummer) {
  return std::string(field::diarienummer.prefix) + canonical_diarienummer(diarienummer);
}

std::string filter_term(const Field& f, std::string_view value) {
  if (&f == &field::diarienummer) return diarienummer_term(value);
  return keyword_term(f, value);
}

Xapian::Document to_xapian_document(const Document& doc, std::string_view content_hash, IndexedWords* words) {
  Xapian::Document xdoc;
  xdoc.add_boolean_term(id_term(doc.id));

  std::string people_text;
  for (const Person& p : doc.people) people_text += p.name + "\n";
  Xapian::TermGenerator generator = make_term_generator();
  generator.set_document(xdoc);
  index_text(generator, doc.title, people_text, doc.text, words);
  // A decision's words count twice: what was decided weighs more than what led up to it.
  if (!doc.decision.empty()) {
    generator.increase_termpos();
    generator.index_text(doc.decision);
    if (words) count_indexed_words(*words, doc.decision);
  }

  const std::string kind(to_string(doc.kind));
  add_keyword(xdoc, field::kind, kind);
  add_facet_value(xdoc, field::kind, kind);
  add_keyword(xdoc, field::organ, doc.organ);
  add_facet_value(xdoc, field::organ, doc.organ);
  add_keyword(xdoc, field::municipality, doc.municipality);
  add_facet_value(xdoc, field::municipality, doc.municipality);
  add_keyword(xdoc, field::unit, doc.unit);
  add_facet_value(xdoc, field::unit, doc.unit);

  if (doc.date) {
    const std::string year = std::to_string(doc.date->year);
    xdoc.add_boolean_term(std::string(field::date.prefix) + doc.date->compact());
    xdoc.add_value(slot::date, doc.date->compact());
    add_keyword(xdoc, field::year, year);
    add_facet_value(xdoc, field::year, year);
  }
  xdoc.add_value(slot::date_undated_last, doc.date ? doc.date->compact() : std::string(kUndatedLast));
  for (const auto& dnr : doc.diarienummer) {
    if (canonical_diarienummer(dnr).empty()) continue;
    xdoc.add_boolean_term(diarienummer_term(dnr));
    // Parts of the number as weighted terms: a rare part ranks its case high.
    for (const std::string& key : diarienummer_part_keys(dnr)) xdoc.add_term(std::string(prefix::diarienummer_part) + key);
  }
  if (doc.paragraph) {
    xdoc.add_boolean_term(std::string(field::paragraph.prefix) + std::to_string(*doc.paragraph));
    xdoc.add_value(slot::paragraph, Xapian::sortable_serialise(*doc.paragraph));
  }
  for (const auto& party : doc.parties) add_keyword(xdoc, field::parties, party);
  add_facet_value(xdoc, field::parties, join_multi_value(doc.parties));
  for (const auto& union_name : doc.unions) add_keyword(xdoc, field::unions, union_name);
  add_facet_value(xdoc, field::unions, join_multi_value(doc.unions));

  if (!content_hash.empty()) xdoc.add_value(slot::content_hash, std::string(content_hash));
  if (!doc.source.empty()) xdoc.add_value(slot::source_path, doc.source);
  if (!doc.source.empty() && doc.protocol_id.empty()) xdoc.add_boolean_term(source_term(doc.source));
  if (!doc.original.sha256.empty()) xdoc.add_value(slot::original, doc.original.sha256);
  // Every word is indexed, but at most kMaxStoredTextBytes of text are stored: each hit reads
  // its document's data, so one 50 MB document would cost every search that finds it.
  if (doc.text.size() > kMaxStoredTextBytes) {
    Document stored = doc;
    stored.text = truncate_utf8(doc.text, kMaxStoredTextBytes);
    stored.text_truncated = true;
    xdoc.set_data(stored_data(stored));
  } else {
    xdoc.set_data(stored_data(doc));
  }
  return xdoc;
}

// The fields as JSON, then a NUL (which JSON never holds unescaped), then the text as it is:
// each hit reads its document's data, and unescaping ten texts of JSON strings was a fifth
// of a search's time. Data written before (the text inside the JSON) still reads.
std::string stored_data(const Document& doc) {
  Document fields = doc;
  fields.text.clear();
  std::string data = to_json(fields);
  data += '\0';
  data += doc.text;
  return data;
}

Document document_from_stored(std::string_view data) {
  const std::size_t nul = data.find('\0');
  if (nul == std::string_view::npos) return document_from_json(data);
  Document doc = document_from_json(data.substr(0, nul));
  doc.text = std::string(data.substr(nul + 1));
  return doc;
}

Document from_xapian_document(const Xapian::Document& xdoc) {
  Document doc = document_from_stored(xdoc.get_data());
  doc.source = xdoc.get_value(slot::source_path);
  return doc;
}

std::string stored_content_hash(const Xapian::Document& xdoc) {
  return xdoc.get_value(slot::content_hash);
}

std::vector<std::string> split_multi_value(std::string_view value) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= value.size() && !value.empty()) {
    std::size_t end = value.find(kValueSeparator, start);
    if (end == std::string_view::npos) end = value.size();
    if (end > start) out.emplace_back(value.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace kommunsok::schema
