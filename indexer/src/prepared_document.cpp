#include "kommunsok/indexer/prepared_document.hpp"

#include <algorithm>

#include "kommunsok/indexer/index_writer.hpp"
#include "kommunsok/schema/xapian_document.hpp"

namespace kommunsok::indexer {

namespace {

// The words a spelling suggestion may offer: the document's own words, as written (lower
// case), not numbers. The index holds only their stems, so they come from the text itself.
bool is_spelling_word(const std::string& term) {
  if (term.size() < 3 || term.size() > 40) return false;
  const auto first = static_cast<unsigned char>(term[0]);
  if (!((first >= 'a' && first <= 'z') || first >= 0xC0)) return false;
  return std::none_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

PreparedDocument prepare_document(const schema::Document& doc, const std::string& content_hash) {
  try {
    schema::IndexedWords words;
    PreparedDocument prepared{schema::id_term(doc.id), schema::to_xapian_document(doc, content_hash, &words), {}};
    prepared.spelling.reserve(words.size());
    while (!words.empty()) {
      auto node = words.extract(words.begin());
      if (is_spelling_word(node.key())) prepared.spelling.emplace_back(std::move(node.key()), node.mapped());
    }
    return prepared;
  } catch (const Xapian::Error& e) {
    throw IndexError(std::string("cannot write index: ") + e.get_description());
  }
}

}  // namespace kommunsok::indexer
