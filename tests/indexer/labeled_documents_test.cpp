// Recognition measured against hand-checked labels: the real documents in ../shared/real-docs
// (skipped with a message when absent) and our own sample corpus. Prints accuracy per field.
// Every labelled field must be right, except the gaps listed in real_docs_known_gaps.txt: a
// listed gap that is now right is reported so the list only ever shrinks.
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <cstdlib>
#include <regex>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/text_file.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/organs.hpp"
#include "kommunsok/schema/unions.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
namespace fs = std::filesystem;
using Poco::JSON::Object;

namespace {

using Label = Object::Ptr;

std::string normalized(const std::string& text) { return schema::normalize_keyword(text); }

// A label value as a string: "" for null or absent.
std::string string_of(const Label& label, const std::string& key) {
  if (!label->has(key) || label->isNull(key)) return {};
  return label->get(key).convert<std::string>();
}

// The label's value and its "<key>_accept" alternatives, as strings ("" for null).
std::vector<std::string> accepted_strings(const Label& label, const std::string& key) {
  std::vector<std::string> out{string_of(label, key)};
  if (auto accept = label->getArray(key + "_accept"))
    for (std::size_t i = 0; i < accept->size(); ++i)
      out.push_back(accept->isNull(i) ? std::string() : accept->get(i).convert<std::string>());
  return out;
}

std::vector<std::string> strings(const Label& label, const std::string& key) {
  std::vector<std::string> out;
  if (auto array = label->getArray(key))
    for (std::size_t i = 0; i < array->size(); ++i) out.push_back(array->getElement<std::string>(i));
  return out;
}

std::vector<int> ints(const Poco::JSON::Array::Ptr& array) {
  std::vector<int> out;
  if (array)
    for (std::size_t i = 0; i < array->size(); ++i) out.push_back(array->getElement<int>(i));
  return out;
}

bool one_of(const std::string& value, const std::vector<std::string>& accepted) {
  return std::any_of(accepted.begin(), accepted.end(),
                     [&](const std::string& a) { return normalized(a) == normalized(value); });
}

// An organ is the body the organ table names, however it is written ("FSG",
// "Förvaltningsgruppen"), as a union is (below): the facet shows one value for both.
std::string organ_identity(const std::string& name) {
  const auto organ = schema::find_organ(name);
  return normalized(organ ? organ->name : name);
}

bool same_organ(const std::string& value, const std::vector<std::string>& accepted) {
  return std::any_of(accepted.begin(), accepted.end(),
                     [&](const std::string& a) { return organ_identity(a) == organ_identity(value); });
}

std::string union_identity(const std::string& name) { return normalized(schema::canonical_union(name).value_or(name)); }

std::set<std::string> union_set(const std::vector<std::string>& names) {
  std::set<std::string> out;
  for (const auto& n : names) out.insert(union_identity(n));
  return out;
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : " | ") + v;
  return out;
}

std::string joined(const std::vector<int>& values) {
  std::string out;
  for (int v : values) out += (out.empty() ? "" : ",") + std::to_string(v);
  return out;
}

struct FieldResult {
  std::string field;
  bool right;
  std::string got;
  std::string expected;
};

// "1. Hur …", "2) Har …", "– Vem …", "Fråga 3: Kommer …": a list marker the label kept as
// written and the exchange leaves out (the question is the same either way). Only the
// marker goes: every word of the question must still match.
std::string without_list_marker(const std::string& text) {
  // "1.", "(1)", "①", "F1.", "Fråga 2:", "Fråga 3 –", "Fråga 4" and "Svar" (headings over them), "Svar (Name):", "Fråga:", "Slutligen:", "a)", "a.", "Den första frågan är" (a question restated), a bullet, arrow or dash: the marker
  // or label the labels keep and a question's text does not.
  static const std::regex marker(
      R"(^\s*(?:(?:Den|Interpellantens|Din)\s+(?:första|andra|tredje|fjärde|femte|sjätte|sista)\s+frågan?\s+(?:är|gäller|handlar om|rör)|(?:Fr\xC3\xA5ga\s+|F)?\d{1,2}\s?[.:)]|Fr\xC3\xA5ga\s+\d{1,2}\s+(?:-|\xE2\x80\x93)|Fr\xC3\xA5ga\s+\d{1,2}(?=\s)|Svar\s*\([^)]{1,60}\):|Svar(?=\s)|\(\d{1,2}\)|\xE2\x91[\xA0-\xB3]|Fr\xC3\xA5ga:|[A-Z\xC3][a-z\xC3\xA5\xA4\xB6]{2,16}:|[a-h][.)]|\xE2\x80\x93|\xE2\x80\xA2|\xE2\x86\x92|-)\s+)");
  return std::regex_replace(text, marker, "", std::regex_constants::format_first_only);
}

bool starts_with_words(const std::string& text, const std::string& start) {
  // "Arbetsgivaren svarar att en risk-": a label copied up to a line-end hyphen, which the
  // indexer joins ("riskbedömning"): the word's first part must still open the text.
  std::string expected = normalized(without_list_marker(start));
  if (expected.ends_with('-')) expected.pop_back();
  return normalized(without_list_marker(text)).starts_with(expected);
}

// Compares every labelled field of one document.
std::vector<FieldResult> compare(const schema::Document& doc, const Label& label) {
  std::vector<FieldResult> out;
  auto add = [&](const std::string& field, bool right, std::string got, std::string expected) {
    out.push_back({field, right, std::move(got), std::move(expected)});
  };
  const std::string kind(schema::to_string(doc.kind));
  add("kind", one_of(kind, accepted_strings(label, "kind")), kind, joined(accepted_strings(label, "kind")));
  if (label->has("title"))
    add("title", one_of(doc.title, accepted_strings(label, "title")), doc.title,
        joined(accepted_strings(label, "title")));
  const std::string date = doc.date ? doc.date->iso() : std::string();
  add("date", one_of(date, accepted_strings(label, "date")), date, joined(accepted_strings(label, "date")));
  add("organ", same_organ(doc.organ, accepted_strings(label, "organ")), doc.organ, joined(accepted_strings(label, "organ")));
  add("municipality", one_of(doc.municipality, accepted_strings(label, "municipality")), doc.municipality,
      joined(accepted_strings(label, "municipality")));
  if (label->has("unit"))
    add("unit", one_of(doc.unit, accepted_strings(label, "unit")), doc.unit, joined(accepted_strings(label, "unit")));
  {
    std::vector<std::string> expected = strings(label, "diarienummer");
    bool right = doc.diarienummer == expected;
    if (auto accept = label->getArray("diarienummer_accept"))
      for (std::size_t i = 0; i < accept->size() && !right; ++i) {
        std::vector<std::string> alternative;
        auto values = accept->getArray(i);
        for (std::size_t k = 0; values && k < values->size(); ++k) alternative.push_back(values->getElement<std::string>(k));
        right = doc.diarienummer == alternative;
      }
    add("diarienummer", right, joined(doc.diarienummer), joined(expected));
  }
  const std::string paragraph = doc.paragraph ? std::to_string(*doc.paragraph) : std::string();
  add("paragraph", paragraph == string_of(label, "paragraph"), paragraph, string_of(label, "paragraph"));
  if (label->has("paragraphs")) {
    const std::vector<int> expected = ints(label->getArray("paragraphs"));
    bool right = doc.paragraphs == expected;
    if (auto accept = label->getArray("paragraphs_accept"))
      for (std::size_t i = 0; i < accept->size() && !right; ++i) right = doc.paragraphs == ints(accept->getArray(i));
    add("paragraphs", right, joined(doc.paragraphs), joined(expected));
  }
  {
    std::vector<std::string> expected = strings(label, "parties");
    std::sort(expected.begin(), expected.end());
    add("parties", doc.parties == expected, joined(doc.parties), joined(expected));
  }
  if (label->has("unions_present"))
    add("unions_present", union_set(doc.unions) == union_set(strings(label, "unions_present")), joined(doc.unions),
        joined(strings(label, "unions_present")));
  if (label->has("unions_absent"))
    add("unions_absent", union_set(doc.unions_absent) == union_set(strings(label, "unions_absent")),
        joined(doc.unions_absent), joined(strings(label, "unions_absent")));
  if (auto people = label->getArray("people")) {
    // Names (with party where labelled) must all be found; a list the label calls partial
    // cannot show extra names to be wrong, any other can.
    const bool partial = string_of(label, "people_note").find("partial") != std::string::npos;
    std::set<std::string> expected, got;
    for (std::size_t i = 0; i < people->size(); ++i) {
      auto p = people->getObject(static_cast<unsigned>(i));
      expected.insert(normalized(p->getValue<std::string>("name")));
    }
    std::vector<std::string> missing, extra;
    for (const auto& p : doc.people) got.insert(normalized(p.name));
    for (const auto& name : expected)
      if (!got.contains(name)) missing.push_back(name);
    if (!partial)
      for (const auto& name : got)
        if (!expected.contains(name)) extra.push_back(name);
    add("people", missing.empty() && extra.empty(), "extra: " + joined(extra), "missing: " + joined(missing));
  }
  if (label->has("questions")) {
    std::vector<std::string> missing;
    for (const auto& question : strings(label, "questions")) {
      const bool found = std::any_of(doc.exchanges.begin(), doc.exchanges.end(),
                                     [&](const schema::Exchange& e) { return normalized(e.question) == normalized(question); });
      if (!found) missing.push_back(question);
    }
    add("questions", missing.empty() && doc.exchanges.size() == strings(label, "questions").size(),
        std::to_string(doc.exchanges.size()) + " exchanges", "missing: " + joined(missing));
  }
  if (auto examples = label->getArray("question_answer_examples")) {
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < examples->size(); ++i) {
      auto example = examples->getObject(static_cast<unsigned>(i));
      // An interpellation's examples may leave the asker out: there is only one.
      const std::string asker = example->optValue<std::string>("asker", "");
      const bool found = std::any_of(doc.exchanges.begin(), doc.exchanges.end(), [&](const schema::Exchange& e) {
        return (asker.empty() || union_identity(e.asker) == union_identity(asker) ||
                union_identity(e.affiliation) == union_identity(asker)) &&
               starts_with_words(e.question, example->getValue<std::string>("question_starts")) &&
               starts_with_words(e.answer, example->getValue<std::string>("answer_starts"));
      });
      if (!found) missing.push_back(example->getValue<std::string>("question_starts"));
    }
    add("exchanges", missing.empty(), std::to_string(doc.exchanges.size()) + " exchanges", "missing: " + joined(missing));
  }
  return out;
}

// "file field" per line; '#' starts a comment.
std::set<std::pair<std::string, std::string>> read_known_gaps(const fs::path& path) {
  std::set<std::pair<std::string, std::string>> gaps;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    line = line.substr(0, line.find('#'));
    std::istringstream words(line);
    std::string file, field;
    if (words >> file >> field) gaps.insert({file, field});
  }
  return gaps;
}

// Every wrong field fails unless it is a known gap; with `report_only`, wrong fields are only
// listed (for labelled folders of one's own, measured on demand, and the held-out sets) and
// the run fails only when fewer than `floor` fields are right: a held-out set guards what
// recognition has reached without pinning each field.
void check_against_labels(const fs::path& folder, const std::set<std::pair<std::string, std::string>>& known_gaps,
                          bool report_only = false, int floor = 0) {
  Poco::JSON::Parser parser;
  auto root = parser.parse(test::read_file(folder / "labels.json")).extract<Object::Ptr>();
  auto documents = root->getArray("documents");
  REQUIRE(documents->size() > 0);

  std::map<std::string, std::pair<int, int>> per_field;  // right, total
  std::vector<std::string> fixed_gaps;
  for (std::size_t i = 0; i < documents->size(); ++i) {
    auto label = documents->getObject(static_cast<unsigned>(i));
    const std::string file = label->getValue<std::string>("file");
    // What is stored for the file: the document, or for a protocol split into paragraphs
    // the protocol itself (its paragraphs carry their own diarienummer).
    const indexer::DocumentStructure structure(indexer::read_text_file(folder / file).text);
    schema::Document recognized = indexer::recognize_document(structure);
    recognized.id = file;
    const schema::Document doc = indexer::searchable_units(std::move(recognized), structure).front();
    for (const FieldResult& r : compare(doc, label)) {
      auto& [right, total] = per_field[r.field];
      ++total;
      right += r.right;
      const bool known = known_gaps.contains({file, r.field});
      if (r.right && known) fixed_gaps.push_back(file + " " + r.field);
      if (known) continue;
      if (report_only) {
        if (!r.right)
          std::cout << "  wrong: " << file << ": " << r.field << " is '" << r.got << "', labelled '" << r.expected << "'\n";
        continue;
      }
      INFO(file << ": " << r.field << " is '" << r.got << "', labelled '" << r.expected << "'");
      CHECK(r.right);
    }
  }
  std::ostringstream report;
  report << "recognition accuracy over " << documents->size() << " documents in " << folder.string() << ":\n";
  int right_all = 0, total_all = 0;
  for (const auto& [field, counts] : per_field) {
    report << "  " << std::left << std::setw(16) << field << counts.first << "/" << counts.second << "\n";
    right_all += counts.first;
    total_all += counts.second;
  }
  report << "  all fields      " << right_all << "/" << total_all << " ("
         << (total_all ? 100 * right_all / total_all : 0) << " %)\n";
  std::cout << report.str();
  for (const auto& gap : fixed_gaps) WARN("now right, remove from the known gaps: " << gap);
  INFO(folder.string() << ": " << right_all << " fields right, at least " << floor << " expected");
  CHECK(right_all >= floor);
}

}  // namespace

TEST_CASE("real documents are recognised as their labels say", "[indexer][labels][shared]") {
  const fs::path folder = test::shared_dir() / "real-docs";
  if (!fs::exists(folder / "labels.json")) {
    WARN("SKIPPED: " << folder.string() << " is absent; the real-document checks need ../shared beside the clone");
    return;
  }
  check_against_labels(folder, read_known_gaps(test::source_dir() / "tests/indexer/real_docs_known_gaps.txt"));
}

TEST_CASE("the sample corpus is recognised as its labels say", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "corpus", {});
}

// The held-out sets, each measured on arrival before any rule was changed for it (their
// READMEs give those figures); the floors are what recognition reaches on them now, so a
// change that loses ground on documents it was not written for fails.
TEST_CASE("the second labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout", {}, true, 139);
}

TEST_CASE("the third labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout2", {}, true, 183);
}

TEST_CASE("the fourth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout3", {}, true, 201);
}

TEST_CASE("the fifth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout4", {}, true, 194);
}

TEST_CASE("the sixth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout5", {}, true, 245);
}

TEST_CASE("the seventh labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout6", {}, true, 243);
}

TEST_CASE("the eighth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout7", {}, true, 295);
}

TEST_CASE("the ninth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout8", {}, true, 292);
}

TEST_CASE("the tenth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout9", {}, true, 241);
}

TEST_CASE("the eleventh labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout10", {}, true, 234);
}

TEST_CASE("the twelfth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout11", {}, true, 242);
}

TEST_CASE("the thirteenth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout12", {}, true, 224);
}

TEST_CASE("the fourteenth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout13", {}, true, 239);
}

TEST_CASE("the fifteenth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout14", {}, true, 242);
}

TEST_CASE("the sixteenth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout15", {}, true, 242);
}

TEST_CASE("the seventeenth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout16", {}, true, 238);
}

TEST_CASE("the eighteenth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout17", {}, true, 245);
}

TEST_CASE("the nineteenth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout18", {}, true, 247);
}

TEST_CASE("the twentieth labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout19", {}, true, 244);
}

TEST_CASE("the twenty-first labelled set is measured", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "tests/holdout20", {}, true, 232);
}

TEST_CASE("labelled folders named in KOMMUNSOK_LABELLED_FOLDERS are measured", "[indexer][labels]") {
  // Colon-separated folders, each with a labels.json in the same shape: a way to measure
  // recognition on documents of one's own. Reports only; absent, it measures nothing.
  const char* folders = std::getenv("KOMMUNSOK_LABELLED_FOLDERS");
  if (folders == nullptr || *folders == '\0') return;
  std::istringstream list(folders);
  for (std::string folder; std::getline(list, folder, ':');) {
    INFO(folder);
    REQUIRE(fs::exists(fs::path(folder) / "labels.json"));
    check_against_labels(folder, {}, true);
  }
}
