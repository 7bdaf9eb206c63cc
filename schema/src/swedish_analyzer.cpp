#include "kommunsok/schema/swedish_analyzer.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <unordered_map>

#include "kommunsok/schema/compound_splitter.hpp"
#include "kommunsok/schema/diacritic_folding.hpp"
#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/query_language.hpp"
#include "kommunsok/schema/term_prefixes.hpp"

namespace kommunsok::schema {

namespace {

// The Snowball project's Swedish stopword list.
constexpr const char* kSwedishStopwords[] = {
    "och",   "det",    "att",    "i",      "en",     "jag",    "hon",    "som",   "han",
    "på",    "den",    "med",    "var",    "sig",    "för",    "så",     "till",  "är",
    "men",   "ett",    "om",     "hade",   "de",     "av",     "icke",   "mig",   "du",
    "henne", "då",     "sin",    "nu",     "har",    "inte",   "hans",   "honom", "skulle",
    "hennes","där",    "min",    "man",    "ej",     "vid",    "kunde",  "något", "från",
    "ut",    "när",    "efter",  "upp",    "vi",     "dem",    "vara",   "vad",   "över",
    "än",    "dig",    "kan",    "sina",   "här",    "ha",     "mot",    "alla",  "under",
    "någon", "eller",  "allt",   "mycket", "sedan",  "ju",     "denna",  "själv", "detta",
    "åt",    "utan",   "varit",  "hur",    "ingen",  "mitt",   "ni",     "bli",   "blev",
    "oss",   "din",    "dessa",  "några",  "deras",  "blir",   "mina",   "samma", "vilken",
    "er",    "sådan",  "vår",    "blivit", "dess",   "inom",   "mellan", "sådant","varför",
    "varje", "vilka",  "ditt",   "vem",    "vilket", "sitta",  "sådana", "vart",  "dina",
    "vars",  "vårt",   "våra",   "ert",    "era",    "vilkas"};

constexpr Xapian::termcount kMaxWildcardExpansion = 500;

}  // namespace

bool is_swedish_stopword(std::string_view word) {
  return std::any_of(std::begin(kSwedishStopwords), std::end(kSwedishStopwords),
                     [&](const char* stopword) { return word == stopword; });
}

Xapian::Stopper* new_swedish_stopper() {
  // Each parser owns its own: Xapian counts references without atomics, so a stopper shared
  // between request threads would be one more object raced on.
  Xapian::Stopper* stopper = new Xapian::SimpleStopper(std::begin(kSwedishStopwords), std::end(kSwedishStopwords));
  return stopper->release();
}

Xapian::TermGenerator make_term_generator() {
  Xapian::TermGenerator generator;
  generator.set_stemmer(swedish_stemmer());
  // Each word once, as its stem with its positions (phrases match on stems): not the word as
  // written with positions plus a Z-prefixed stem without (STEM_SOME), which cost 14 % more
  // CPU and a 27 % larger index (20,000 documents) for an exact-form match no search used.
  // Not STEM_ALL_Z: the same terms a byte longer, and wildcards would need that Z added.
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL);
  return generator;
}

namespace {

// The words of a text, lower-cased, with how often each occurs; apart by whether the word was
// written in lower case (only those are taken apart into compound parts).
struct WordCounts {
  std::unordered_map<std::string, Xapian::termcount> lower_case, other;
};

void count_words(WordCounts& counts, std::string_view text) {
  Xapian::Utf8Iterator it(text.data(), text.size()), end;
  std::string word;
  while (it != end) {
    while (it != end && !Xapian::Unicode::is_wordchar(*it)) ++it;
    word.clear();
    bool lower_case = it != end && Xapian::Unicode::get_category(*it) == Xapian::Unicode::LOWERCASE_LETTER;
    for (; it != end && Xapian::Unicode::is_wordchar(*it); ++it) Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(*it));
    if (word.empty() || word.size() > 64) continue;
    ++(lower_case ? counts.lower_case : counts.other)[word];
  }
}

// Folded and compound-part terms for each word of the text. Names are not split: only words
// written in lower case are taken apart ("Lindberg" stays whole, "lindbergsskolan" would not).
// Each distinct word is stemmed and split once, its terms added with its count as their wdf:
// the same terms and wdfs as word by word, at a fraction of the stemming and splitting (a
// document repeats most of its words; profiled, this was a tenth of the indexer's CPU).
void index_word_forms(Xapian::Document& doc, const WordCounts& counts) {
  const Xapian::Stem stem = swedish_stemmer();
  CompoundSplitter& splitter = CompoundSplitter::swedish();
  auto add_folded = [&doc](const std::string& stemmed, Xapian::termcount count) {
    if (has_diacritics(stemmed)) doc.add_term(std::string(prefix::folded) + fold_diacritics(stemmed), count);
  };
  for (const auto& [word, count] : counts.other) add_folded(stem(word), count);
  for (const auto& [word, count] : counts.lower_case) {
    add_folded(stem(word), count);
    for (const std::string& part : splitter.parts(word)) {
      const std::string part_stem = stem(part);
      doc.add_term(std::string(prefix::compound_part) + part_stem, count);
      add_folded(part_stem, count);
    }
  }
}

// The counted words into `words`, their nodes moved rather than their strings copied.
void add_counts(IndexedWords& words, WordCounts&& counts) {
  for (auto* side : {&counts.lower_case, &counts.other}) {
    if (words.empty()) {
      words.swap(*side);
      continue;
    }
    words.merge(*side);  // moves the words not there yet; leaves the others in *side
    for (const auto& [word, count] : *side) words[word] += count;
  }
}

}  // namespace

void index_text(Xapian::TermGenerator& generator, std::string_view title,
                std::string_view people, std::string_view body, IndexedWords* words) {
  const std::string title_text(title), people_text(people), body_text(body);
  generator.index_text(title_text, 1, std::string(field::title.prefix));
  generator.index_text(people_text, 1, std::string(field::people.prefix));
  // Title and names are searchable unprefixed too, and weigh a little more than body text.
  generator.index_text(title_text, 2);
  generator.increase_termpos();
  generator.index_text(people_text);
  generator.increase_termpos();
  generator.index_text(body_text);
  Xapian::Document doc = generator.get_document();
  WordCounts counts;
  count_words(counts, title_text);
  count_words(counts, people_text);
  count_words(counts, body_text);
  index_word_forms(doc, counts);
  if (words) {
    // As often as the term generator indexed them unprefixed: the title's words twice.
    count_words(counts, title_text);
    add_counts(*words, std::move(counts));
  }
}

void count_indexed_words(IndexedWords& words, std::string_view text) {
  WordCounts counts;
  count_words(counts, text);
  add_counts(words, std::move(counts));
}

Xapian::QueryParser make_query_parser(const Xapian::Database& db) {
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(swedish_stemmer());
  // As the index is written (make_term_generator): every word, capitalised or quoted too, is
  // its stem; the words as typed stay in the parser's unstem list (query_expansion.cpp).
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL);
  parser.set_stopper(new_swedish_stopper());
  parser.set_default_op(Xapian::Query::OP_AND);
  parser.add_prefix("title", std::string(field::title.prefix));
  add_swedish_field_prefixes(parser);
  parser.add_prefix("person", std::string(field::people.prefix));
  // "a*" must not expand to every term in a large index: keep the most frequent ones.
  parser.set_max_expansion(kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  return parser;
}

unsigned query_parser_flags() {
  return Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
         Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
         Xapian::QueryParser::FLAG_PURE_NOT;
}

}  // namespace kommunsok::schema
