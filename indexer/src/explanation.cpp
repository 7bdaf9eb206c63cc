#include "kommunsok/indexer/explanation.hpp"

#include <algorithm>
#include <sstream>

#include "kommunsok/indexer/diarienummer_recognizer.hpp"
#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/indexer/kind_recognizer.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/organs.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxShownLines = 12;
constexpr std::size_t kMaxLineBytes = 120;

std::string shown(std::string_view line) {
  std::string out = schema::truncate_utf8(line, kMaxLineBytes);
  return out.size() < line.size() ? out + "…" : out;
}

// The first line holding the value (case-insensitive), as "line N: text", or "not in the text".
std::string source_of(const std::vector<std::string>& lines, const std::string& value) {
  if (value.empty()) return "";
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (find_ci(lines[i], value) != std::string::npos)
      return "   <- line " + std::to_string(i + 1) + ": " + shown(lines[i]);
  return "   (derived: not written so in the text)";
}

// Why a dated line is not the meeting date, from the words around the date.
std::string date_verdict(const std::string& lowered) {
  static constexpr std::pair<std::string_view, std::string_view> kReasons[] = {
      {"juster", "justering"},        {"anslag", "anslag"},          {"överklag", "överklagande"},
      {"publicer", "publication"},    {"uppdater", "page update"},   {"upload", "upload stamp"},
      {"post on", "upload stamp"},    {"http", "inside a URL"},      {"inkom", "date received"},
      {"utskriv", "print stamp"}};
  for (const auto& [word, reason] : kReasons)
    if (lowered.find(word) != std::string::npos) return std::string(reason);
  return "not in a meeting-date position";
}

}  // namespace

std::string explain_document(std::string_view raw) {
  const DocumentStructure structure(raw);
  const ExtractedText& text = structure.text();
  const auto& lines = text.lines();
  const schema::Document doc = recognize_document(structure);
  std::ostringstream out;

  out << "== structure\n";
  out << "site boilerplate set aside: " << structure.boilerplate().size() << " lines\n";
  for (std::size_t i = 0; i < structure.boilerplate().size() && i < kMaxShownLines; ++i)
    out << "  - " << shown(structure.boilerplate()[i]) << "\n";
  out << "page furniture removed: " << structure.furniture().size() << " lines\n";
  for (std::size_t i = 0; i < structure.furniture().size() && i < kMaxShownLines; ++i)
    out << "  - " << shown(structure.furniture()[i]) << "\n";
  out << "header block: lines 1-" << structure.header_end() << "\n";
  out << "sections: " << structure.sections().size() << "\n";
  for (const Section& s : structure.sections())
    out << "  " << (s.type == Section::Type::Paragraph ? "§ " : "item ")
        << (s.number ? std::to_string(*s.number) : std::string("?")) << "  lines " << s.begin + 1 << "-" << s.end
        << (structure.text().page_of_line(s.begin) ? "  page " + std::to_string(*structure.text().page_of_line(s.begin)) : "")
        << "  marker '" << s.marker << "'  heading: " << shown(s.heading) << "\n";
  for (const auto& [line, reason] : structure.passed_over_markers())
    out << "  passed over: '" << shown(line) << "': " << reason << "\n";
  if (!structure.paragraph_numbers().empty()) {
    out << "paragraphs the protocol holds:";
    for (int n : structure.paragraph_numbers()) out << " " << n;
    out << "\n";
  }

  out << "\n== fields\n";
  out << "kind: " << schema::to_string(doc.kind) << "   <- " << recognize_kind_explained(structure).reason << "\n";
  out << "title: " << doc.title << source_of(lines, doc.title.substr(0, 40)) << "\n";
  out << "date: " << (doc.date ? doc.date->iso() : std::string("(none)")) << "\n";
  out << "organ: " << doc.organ << source_of(lines, doc.organ) << "\n";
  out << "municipality: " << doc.municipality << source_of(lines, doc.municipality) << "\n";
  if (!doc.unit.empty()) out << "unit: " << doc.unit << source_of(lines, doc.unit) << "\n";
  for (const auto& dnr : doc.diarienummer) out << "diarienummer: " << dnr << source_of(lines, dnr) << "\n";
  out << "paragraph: " << (doc.paragraph ? std::to_string(*doc.paragraph) : std::string("(none)")) << "\n";
  out << "parties:";
  for (const auto& p : doc.parties) out << " " << p;
  out << "\n";
  // Each person with the line naming them, for the first ones: a list of thousands would be
  // searched once per name.
  constexpr std::size_t kMaxSourcedPeople = 200;
  for (std::size_t k = 0; k < doc.people.size(); ++k) {
    const auto& p = doc.people[k];
    out << "person: " << p.name << (p.party.empty() ? "" : " (" + p.party + ")")
        << (p.role.empty() ? "" : ", " + p.role) << (p.union_name.empty() ? "" : ", " + p.union_name)
        << (k < kMaxSourcedPeople ? source_of(lines, p.name) : std::string()) << "\n";
  }
  for (const auto& u : doc.unions) out << "union present: " << u << "\n";
  for (const auto& u : doc.unions_absent) out << "union absent: " << u << "\n";
  if (!doc.decision.empty()) out << "decision: " << shown(doc.decision) << "\n";

  out << "\n== dates in the text\n";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const auto date = find_swedish_date(lines[i]);
    if (!date) continue;
    const bool taken = doc.date && *date == *doc.date;
    out << "  " << date->iso() << (taken ? "  TAKEN" : "  passed over: " + date_verdict(lower(lines[i])))
        << "   line " << i + 1 << ": " << shown(lines[i]) << "\n";
  }

  out << "\n== numbers not taken as diarienummer\n";
  for (const auto& rejected : rejected_diarienummer_candidates(
           text, doc.kind == schema::Kind::Samverkan ? CitedNumbers::Always : CitedNumbers::AfterOwnNumber))
    out << "  " << rejected.value << "  passed over: " << rejected.reason << "   line: " << shown(rejected.line) << "\n";

  out << "\n== organ candidates in the opening lines\n";
  for (std::size_t i = 0, seen = 0; i < lines.size() && seen < 15; ++i) {
    if (lines[i].empty()) continue;
    ++seen;
    const auto words = split_words(lines[i]);
    if (std::none_of(words.begin(), words.end(), [](std::string_view w) { return schema::is_organ_word(w); })) continue;
    const bool taken = !doc.organ.empty() && find_ci(lines[i], doc.organ) != std::string::npos;
    out << "  " << (taken ? "TAKEN " : "passed over ") << "line " << i + 1 << ": " << shown(lines[i]) << "\n";
  }
  if (!structure.breadcrumb().empty()) out << "  breadcrumb: " << join(structure.breadcrumb(), " > ") << "\n";

  out << "\n== exchanges: " << doc.exchanges.size() << "\n";
  for (const auto& e : doc.exchanges) {
    out << "  [" << (e.section.empty() ? "-" : shown(e.section)) << "] " << e.asker
        << (e.affiliation.empty() || e.affiliation == e.asker ? "" : " (" + e.affiliation + ")") << " asks: "
        << shown(e.question) << "\n";
    if (!e.answer.empty()) out << "      " << (e.answerer.empty() ? "answer" : e.answerer) << ": " << shown(e.answer) << "\n";
  }
  return out.str();
}

}  // namespace kommunsok::indexer
