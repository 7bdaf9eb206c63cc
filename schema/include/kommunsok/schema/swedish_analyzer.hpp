// Why: text becomes terms in exactly one way for both sides. The indexer's TermGenerator
// and the server's QueryParser are configured here — Snowball "swedish" stemming, positions
// for phrase search, the same stopwords and field prefixes — so they cannot drift apart.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <unordered_map>

namespace kommunsok::schema {

/// Snowball's Swedish stemmer, applied twice, plus removal of the definite "-et"
/// (see swedish_analyzer.cpp for why).
Xapian::Stem swedish_stemmer();

/// A new, reference-counted stopper for one query parser (stopwords are never dropped at
/// index time, so phrases keep them). Hand it to set_stopper(), which takes ownership.
Xapian::Stopper* new_swedish_stopper();

/// Whether a lower-case word is on the same stopword list the query parser drops.
bool is_swedish_stopword(std::string_view word);

/// A TermGenerator that indexes each word as its Swedish stem, with positions (for phrases):
/// Xapian's STEM_ALL, no word as written and no Z-prefixed stems.
Xapian::TermGenerator make_term_generator();

/// The words of indexed text as written (lower-cased), with how often each was indexed: the
/// index itself holds only their stems, and spelling suggestions offer words, not stems.
using IndexedWords = std::unordered_map<std::string, Xapian::termcount>;

/// Indexes the free-text parts of a document: title (also under its own prefix),
/// people's names (also under their prefix) and body text. `words`, if given, gets the
/// words indexed unprefixed.
void index_text(Xapian::TermGenerator& generator, std::string_view title,
                std::string_view people, std::string_view body, IndexedWords* words = nullptr);

/// Adds the words of `text` to `words`, one count per occurrence.
void count_indexed_words(IndexedWords& words, std::string_view text);

/// A QueryParser matching make_term_generator(): Swedish stemming, AND by default,
/// phrases, boolean operators, +/-, and field prefixes title: and person:.
Xapian::QueryParser make_query_parser(const Xapian::Database& db);

/// The flags make_query_parser()'s users should pass to parse_query().
unsigned query_parser_flags();

}  // namespace kommunsok::schema
