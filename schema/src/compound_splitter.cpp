#include "kommunsok/schema/compound_splitter.hpp"

#include <hunspell/hunspell.hxx>
#include <xapian.h>

#include <algorithm>
#include <filesystem>

namespace kommunsok::schema {

namespace {

constexpr std::size_t kMinPartLetters = 4;
constexpr std::size_t kMinWordLetters = 2 * kMinPartLetters;
constexpr int kMaxDepth = 3;
constexpr std::size_t kMaxCachedWords = 500000;

std::size_t letters(std::string_view word) {
  std::size_t n = 0;
  for (unsigned char c : word) n += (c & 0xC0) != 0x80;
  return n;
}

bool all_letters(std::string_view word) {
  for (Xapian::Utf8Iterator it(word.data(), word.size()); it != Xapian::Utf8Iterator(); ++it)
    if (Xapian::Unicode::get_category(*it) != Xapian::Unicode::LOWERCASE_LETTER) return false;
  return true;
}

}  // namespace

CompoundSplitter::CompoundSplitter(const std::string& dictionary_base) {
  const std::string aff = dictionary_base + ".aff", dic = dictionary_base + ".dic";
  std::error_code ec;
  if (std::filesystem::exists(aff, ec) && std::filesystem::exists(dic, ec))
    hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
}

CompoundSplitter::~CompoundSplitter() = default;

CompoundSplitter& CompoundSplitter::swedish() {
  static CompoundSplitter splitter("/usr/share/hunspell/sv_SE");
  return splitter;
}

// A word the dictionary knows on its own — not one it accepts only by compounding, which
// hunspell-sv does for almost any string of words.
bool CompoundSplitter::is_simple_word(const std::string& word) {
  if (auto known = words_.find(word); known != words_.end()) return known->second;
  int info = 0;
  const bool simple = hunspell_->spell(word, &info) && (info & SPELL_COMPOUND) == 0;
  if (words_.size() < kMaxCachedWords) words_.emplace(word, simple);
  return simple;
}

std::vector<std::string> CompoundSplitter::split(const std::string& word, int depth) {
  if (depth > kMaxDepth || letters(word) < kMinWordLetters) return {};
  // Cached by word and depth: a split cut short by the depth limit is not the word's split.
  const std::string key = word + '\n' + std::to_string(depth);
  if (auto known = splits_.find(key); known != splits_.end()) return known->second;
  std::vector<std::string> parts = split_uncached(word, depth);
  if (splits_.size() < kMaxCachedWords) splits_.emplace(key, parts);
  return parts;
}

// Whether the dictionary lets `written` begin a compound, as written ("friskvårds", "skol",
// "förskole"): hunspell-sv accepts it before a noun that compounds freely. "förs" (of föra)
// cannot, so "förskolan" is not "förs" + "kolan".
bool CompoundSplitter::begins_compounds(const std::string& written) {
  if (auto known = beginnings_.find(written); known != beginnings_.end()) return known->second;
  int info = 0;
  const bool begins = hunspell_->spell(written + "plan", &info);  // as a compound, or listed ("detaljplan")
  if (beginnings_.size() < kMaxCachedWords) beginnings_.emplace(written, begins);
  return begins;
}

std::vector<std::string> CompoundSplitter::split_uncached(const std::string& word, int depth) {
  struct Candidate {
    std::string head, tail;
    bool tail_simple;
  };
  std::vector<Candidate> candidates;
  for (std::size_t at = 1; at < word.size(); ++at) {
    if ((static_cast<unsigned char>(word[at]) & 0xC0) == 0x80) continue;  // inside a character
    const std::string written = word.substr(0, at), tail = word.substr(at);
    if (letters(tail) < kMinPartLetters || letters(written) < kMinPartLetters - 1) continue;
    if (!begins_compounds(written)) continue;
    const bool tail_simple = is_simple_word(tail);
    if (!tail_simple && split(tail, depth + 1).empty()) continue;
    // The first element as a reader writes it: the linking -s- dropped ("friskvårds"), a
    // vowel the compound dropped restored ("skol" -> "skola", "förskole" -> "förskola").
    std::vector<std::string> heads;
    if (written.ends_with("s")) heads.push_back(written.substr(0, written.size() - 1));
    heads.push_back(written);
    if (written.ends_with("e") || written.ends_with("o") || written.ends_with("u"))
      heads.push_back(written.substr(0, written.size() - 1) + "a");
    heads.push_back(written + "a");
    heads.push_back(written + "e");
    for (const std::string& head : heads) {
      if (letters(head) < kMinPartLetters || !is_simple_word(head)) continue;
      candidates.push_back({head, tail, tail_simple});
      break;
    }
  }
  if (candidates.empty()) return {};
  // Two dictionary words beat a word and a compound; then the longest first element, which
  // keeps "friskvård|bidraget" over "frisk|vårdsbidraget".
  const auto best = std::max_element(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.tail_simple != b.tail_simple) return b.tail_simple;
    return letters(a.head) < letters(b.head);
  });
  std::vector<std::string> parts{best->head, best->tail};
  for (const std::string& part : {best->head, best->tail}) {
    const auto more = split(part, depth + 1);
    parts.insert(parts.end(), more.begin(), more.end());
  }
  return parts;
}

std::vector<std::string> CompoundSplitter::parts(const std::string& word) {
  // Longer than any word the indexer splits (swedish_analyzer.cpp): a query's junk is not
  // looked up, nor cached.
  constexpr std::size_t kMaxWordBytes = 64;
  if (!hunspell_ || word.size() > kMaxWordBytes || letters(word) < kMinWordLetters || !all_letters(word)) return {};
  const std::lock_guard lock(mutex_);
  if (auto cached = cache_.find(word); cached != cache_.end()) return cached->second;
  std::vector<std::string> found = split(word, 0);
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  std::erase(found, word);
  if (cache_.size() < kMaxCachedWords) cache_.emplace(word, found);
  return found;
}

}  // namespace kommunsok::schema
