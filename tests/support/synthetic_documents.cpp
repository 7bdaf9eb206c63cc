#include "synthetic_documents.hpp"

#include <map>
#include <string>
#include <vector>

#include "kommunsok/schema/xapian_document.hpp"

namespace kommunsok::test {

schema::Document synthetic_document(int n) {
  static const std::vector<std::string> organs{"Kommunstyrelsen", "Socialnämnden", "Barn- och utbildningsnämnden", ""};
  static const std::vector<std::string> places{"Sjöbacka", "Granvik", "Norrvika", "Åby"};
  static const std::vector<std::string> parties{"S", "M", "V", "C", "MP", "KD"};
  static const std::vector<std::string> words{"skolskjuts", "budget", "bemanning", "friskvårdsbidrag", "detaljplan",
                                              "hemtjänst", "upphandling", "cykelväg"};
  std::mt19937 random(static_cast<unsigned>(n) * 7919u + 1u);
  auto pick = [&](const auto& items) { return items[random() % items.size()]; };
  schema::Document doc;
  doc.id = "doc-" + std::to_string(n);
  doc.kind = static_cast<schema::Kind>(random() % 4);
  doc.title = "Ärende " + std::to_string(n) + " om " + pick(words);
  // Few distinct dates, so many documents share one; some have none.
  if (random() % 5 != 0)
    doc.date = schema::IsoDate{2019 + static_cast<int>(random() % 5), 1 + static_cast<int>(random() % 3), 1};
  doc.organ = pick(organs);
  doc.municipality = pick(places);
  for (int i = static_cast<int>(random() % 4); i > 0; --i) doc.parties.push_back(pick(parties));  // repeats too
  for (int i = 0; i < 12; ++i) doc.text += pick(words) + (i % 4 == 3 ? ". " : " ");
  return doc;
}

void write_synthetic_documents(const std::filesystem::path& dir, int from, int to,
                               const std::function<std::filesystem::path(int)>& pick_dir) {
  std::map<std::filesystem::path, Xapian::WritableDatabase> databases;
  for (int n = from; n < to; ++n) {
    const std::filesystem::path target = pick_dir ? pick_dir(n) : dir;
    auto it = databases.find(target);
    if (it == databases.end()) it = databases.emplace(target, Xapian::WritableDatabase(target.string(), Xapian::DB_CREATE_OR_OPEN)).first;
    const schema::Document doc = synthetic_document(n);
    it->second.replace_document(schema::id_term(doc.id), schema::to_xapian_document(doc, ""));
    // The spelling list, as the indexer keeps it: the words as written.
    std::string word;
    for (char c : doc.text + " ") {
      if (c == ' ' || c == '.') {
        if (!word.empty()) it->second.add_spelling(word);
        word.clear();
      } else {
        word += c;
      }
    }
  }
  for (auto& [path, db] : databases) db.commit();
}

}  // namespace kommunsok::test
