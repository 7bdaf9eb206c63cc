// Recognition measured against hand-checked labels: the real documents in ../shared/real-docs
// (skipped with a message when absent) and our own sample corpus.
#include <Poco/JSON/Parser.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "kommunsok/indexer/extracted_text.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/text_file.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
namespace fs = std::filesystem;

namespace {

std::string string_or_empty(const Poco::JSON::Object::Ptr& obj, const std::string& key) {
  if (!obj->has(key) || obj->isNull(key)) return {};
  return obj->getValue<std::string>(key);
}

std::vector<std::string> strings(const Poco::JSON::Object::Ptr& obj, const std::string& key) {
  std::vector<std::string> out;
  if (auto array = obj->getArray(key))
    for (std::size_t i = 0; i < array->size(); ++i) out.push_back(array->getElement<std::string>(i));
  return out;
}

Poco::JSON::Array::Ptr labeled_documents(const fs::path& labels) {
  Poco::JSON::Parser parser;
  auto root = parser.parse(test::read_file(labels)).extract<Poco::JSON::Object::Ptr>();
  return root->getArray("documents");
}

schema::Document recognize_file(const fs::path& path) {
  return indexer::recognize_document(indexer::ExtractedText(indexer::read_text_file(path).text));
}

void check_against_labels(const fs::path& folder, bool check_title_and_unit) {
  auto documents = labeled_documents(folder / "labels.json");
  REQUIRE(documents->size() > 0);
  for (std::size_t i = 0; i < documents->size(); ++i) {
    auto label = documents->getObject(static_cast<unsigned>(i));
    const std::string file = label->getValue<std::string>("file");
    const schema::Document doc = recognize_file(folder / file);
    INFO("document " << file);
    CHECK(std::string(schema::to_string(doc.kind)) == label->getValue<std::string>("kind"));
    CHECK((doc.date ? doc.date->iso() : std::string()) == string_or_empty(label, "date"));
    CHECK(doc.diarienummer == strings(label, "diarienummer"));
    CHECK(doc.parties == strings(label, "parties"));
    CHECK(doc.municipality == string_or_empty(label, "municipality"));
    const std::string paragraph = label->has("paragraph") && !label->isNull("paragraph")
                                      ? std::to_string(label->getValue<int>("paragraph"))
                                      : std::string();
    CHECK((doc.paragraph ? std::to_string(*doc.paragraph) : std::string()) == paragraph);
    if (label->has("organ_accept")) {
      std::vector<std::string> accepted;
      auto accept = label->getArray("organ_accept");
      for (std::size_t k = 0; k < accept->size(); ++k)
        accepted.push_back(accept->isNull(k) ? std::string() : accept->getElement<std::string>(k));
      CHECK(std::find(accepted.begin(), accepted.end(), doc.organ) != accepted.end());
    } else {
      CHECK(doc.organ == string_or_empty(label, "organ"));
    }
    if (label->has("unions_present")) CHECK(doc.unions == strings(label, "unions_present"));
    if (check_title_and_unit) {
      CHECK(doc.title == string_or_empty(label, "title"));
      if (label->has("unit")) CHECK(doc.unit == string_or_empty(label, "unit"));
    }
  }
}

}  // namespace

TEST_CASE("real documents are recognised as their labels say", "[indexer][labels][shared]") {
  const fs::path folder = test::shared_dir() / "real-docs";
  if (!fs::exists(folder / "labels.json")) {
    WARN("SKIPPED: " << folder.string() << " is absent; the real-document checks need ../shared beside the clone");
    return;
  }
  check_against_labels(folder, true);
}

TEST_CASE("the sample corpus is recognised as its labels say", "[indexer][labels]") {
  check_against_labels(test::source_dir() / "corpus", true);
}
