#include "kommunsok/server/searcher.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <memory>
#include <thread>

#include "kommunsok/schema/compound_splitter.hpp"
#include "kommunsok/schema/diacritic_folding.hpp"
#include "kommunsok/schema/diarienummer.hpp"
#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/query_expansion.hpp"
#include "kommunsok/schema/query_language.hpp"
#include "kommunsok/schema/term_prefixes.hpp"
#include "kommunsok/server/snippet_page.hpp"
#include "kommunsok/schema/swedish_analyzer.hpp"
#include "kommunsok/schema/xapian_document.hpp"
#include "kommunsok/server/api_error.hpp"

namespace kommunsok::server {

namespace {

constexpr std::size_t kSnippetBytes = 300;
constexpr double kTitlePhraseWeight = 2.0;
constexpr int kRetriesOnModifiedIndex = 5;
constexpr std::size_t kMaxIdBytes = 240;  // longer ids cannot be stored as Xapian terms

std::string trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// Without query terms there is nothing to highlight: show how the text begins after its
// title, cut at a word boundary, escaped like Xapian's snippets.
std::string opening_excerpt(const schema::Document& doc, std::size_t max_bytes) {
  std::string text;
  for (char c : doc.text) {
    const bool space = c == '\n' || c == '\t' || c == '\r' || c == ' ';
    if (space && (text.empty() || text.back() == ' ')) continue;
    text += space ? ' ' : c;
  }
  if (!doc.title.empty()) {
    if (std::size_t at = text.find(doc.title); at != std::string::npos && at < 1000)
      text.erase(0, at + doc.title.size());
  }
  const std::size_t start = text.find_first_not_of(' ');
  text.erase(0, start == std::string::npos ? text.size() : start);
  if (text.size() <= max_bytes) return html_escape(text);
  std::size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string::npos || cut == 0) cut = schema::truncate_utf8(text, max_bytes).size();
  return html_escape(text.substr(0, cut)) + "…";
}

std::string without_operators(const std::string& text) {
  static constexpr std::array kOperators{"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
  std::string out, word;
  auto flush = [&] {
    if (!word.empty() && std::find(kOperators.begin(), kOperators.end(), word) == kOperators.end())
      out += (out.empty() ? "" : " ") + word;
    word.clear();
  };
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return out;
}

// The background model prefers passages whose other words are rarer; it asks the index how
// rare each word is (see QueryLimits::snippet_background_model). Not SNIPPET_EXHAUSTIVE: that
// weighs every window of the whole text (two thirds of a common word's search, 3,000 documents
// of 7.7 KB: 110 -> 270 searches/s without it); Xapian stops at the first window that holds
// the query's words, which is also the passage a reader meets first.
std::string snippet_of(const Xapian::MSet& mset, const std::string& text, bool background_model) {
  const unsigned flags = background_model ? unsigned{Xapian::MSet::SNIPPET_BACKGROUND_MODEL} : 0u;
  return mset.snippet(text, kSnippetBytes, schema::swedish_stemmer(), flags, "<mark>", "</mark>", "…");
}

// A term of the free text: a stem, as the index holds it (fields' terms have a capital prefix).
bool is_stem(const std::string& term) { return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z'); }

// What a hit's snippet highlights. The index holds each word as its stem, with positions
// (STEM_ALL), but Xapian's snippet knows a word of the text by the word itself, by "Z" and
// its stem (Xapian's STEM_SOME convention), by a wildcard's pattern, or — in a phrase — by the
// words in order as written. So it is given the query's stems as Z-terms, its wildcards as
// they are, and each phrase as the words in which a hit's text writes it.
struct HighlightTerms {
  std::vector<Xapian::Query> loose;               ///< the same for every hit
  std::vector<std::vector<std::string>> phrases;  ///< each phrase's stems, in order
};

void collect_highlight_terms(const Xapian::Query& query, HighlightTerms& out) {
  const auto type = query.get_type();
  if (type == Xapian::Query::LEAF_TERM) {
    const std::string term = *query.get_terms_begin();
    if (is_stem(term)) out.loose.emplace_back("Z" + term);
    return;
  }
  if (type == Xapian::Query::OP_WILDCARD) {
    out.loose.push_back(query);
    return;
  }
  if (type == Xapian::Query::OP_PHRASE) {
    std::vector<std::string> stems;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
      const Xapian::Query word = query.get_subquery(i);
      if (word.get_type() != Xapian::Query::LEAF_TERM || !is_stem(*word.get_terms_begin())) {
        stems.clear();
        break;
      }
      stems.push_back(*word.get_terms_begin());
    }
    if (!stems.empty()) {
      out.phrases.push_back(std::move(stems));
      return;
    }
    // A title's phrase (prefixed terms) is nothing in the text; other phrases' parts are.
  }
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) collect_highlight_terms(query.get_subquery(i), out);
}

// The words of `text` as Xapian's snippet reads them: runs of word characters, lower-cased.
std::vector<std::string> text_words(std::string_view text) {
  std::vector<std::string> words;
  Xapian::Utf8Iterator it(text.data(), text.size()), end;
  while (it != end) {
    while (it != end && !Xapian::Unicode::is_wordchar(*it)) ++it;
    std::string word;
    for (; it != end && Xapian::Unicode::is_wordchar(*it); ++it) Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(*it));
    if (!word.empty()) words.push_back(std::move(word));
  }
  return words;
}

// Each phrase as the words the text writes it with ("skyddsronden på skolan" for the stems
// of "skyddsrond på skola"), as phrases of those words, at most a few of each.
void phrases_as_written(const std::vector<std::vector<std::string>>& phrases, const std::string& text,
                        std::vector<Xapian::Query>& out) {
  if (phrases.empty()) return;
  constexpr std::size_t kMaxFormsPerPhrase = 8;
  const Xapian::Stem stem = schema::swedish_stemmer();
  const std::vector<std::string> words = text_words(text);
  // A stem is the start of its word (Swedish stemming only takes endings away): only such
  // words are stemmed.
  auto stems_to = [&](const std::string& word, const std::string& wanted) {
    return word.starts_with(wanted) && stem(word) == wanted;
  };
  for (const auto& phrase : phrases) {
    std::vector<std::vector<std::string>> found;
    for (std::size_t i = 0; i + phrase.size() <= words.size() && found.size() < kMaxFormsPerPhrase; ++i) {
      std::size_t n = 0;
      while (n < phrase.size() && stems_to(words[i + n], phrase[n])) ++n;
      if (n < phrase.size()) continue;
      std::vector<std::string> written(words.begin() + static_cast<std::ptrdiff_t>(i),
                                       words.begin() + static_cast<std::ptrdiff_t>(i + n));
      if (std::find(found.begin(), found.end(), written) == found.end()) found.push_back(std::move(written));
    }
    for (const auto& written : found) {
      std::vector<Xapian::Query> terms(written.begin(), written.end());
      out.emplace_back(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), static_cast<Xapian::termcount>(terms.size()));
    }
  }
}

// The document's own stemmed words behind the query's folded and compound-part terms, as
// Z-terms for the snippet: "Zförskol" for "XFforskol", "Zfriskvårdsbidrag" for "XCbidrag".
// Empty when the query has none of those terms.
std::vector<Xapian::Query> matched_word_forms(const Xapian::Database& db, Xapian::docid docid, const Xapian::Query& query) {
  std::vector<std::string> folded, parts;
  for (auto t = query.get_unique_terms_begin(); t != query.get_unique_terms_end(); ++t) {
    const std::string& term = *t;
    if (term.starts_with(schema::prefix::folded)) folded.push_back(term.substr(schema::prefix::folded.size()));
    if (term.starts_with(schema::prefix::compound_part)) parts.push_back(term.substr(schema::prefix::compound_part.size()));
  }
  // Bounded work per hit: a long query's many forms, or a huge document's many terms, are
  // left to the plain snippet.
  constexpr std::size_t kMaxForms = 24;
  constexpr Xapian::termcount kMaxDocumentTerms = 20000;
  if (folded.empty() && parts.empty()) return {};
  if (folded.size() + parts.size() > kMaxForms || db.get_unique_terms(docid) > kMaxDocumentTerms) return {};
  std::vector<Xapian::Query> words;
  for (auto t = db.termlist_begin(docid); t != db.termlist_end(docid); ++t) {
    const std::string& stem = *t;
    if (!is_stem(stem)) continue;
    bool matched = false;
    if (!folded.empty() && schema::has_diacritics(stem)) {
      const std::string key = schema::fold_diacritics(stem);
      matched = std::find(folded.begin(), folded.end(), key) != folded.end();
      // A folded compound part: "friskvard" inside "friskvårdsbidrag".
      for (const auto& f : folded) matched = matched || (f.size() >= 4 && key.find(f) != std::string::npos);
    }
    for (const auto& part : parts) matched = matched || (stem.size() > part.size() && stem.find(part) != std::string::npos);
    if (matched) words.emplace_back("Z" + stem);
  }
  return words;
}

// A fresh match-all query per request. Never Xapian::Query::MatchAll: that is one static
// object whose reference count is not atomic, so copies from concurrent requests corrupt it
// and crash the server (xapian/query.h says so above its declaration).
Xapian::Query match_all() { return Xapian::Query(std::string()); }

// "-skola" alone is a request for everything but skola; Xapian reads a lone hate term as a
// plain one, so such a query is written with NOT, which it reads as meant.
std::string with_pure_negation(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text + " ") {
    if (c == ' ' || c == '\t') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  if (words.empty() || !std::all_of(words.begin(), words.end(), [](const std::string& w) { return w.size() > 1 && w[0] == '-'; }))
    return text;
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "NOT " : " NOT ") + w.substr(1);
  return out;
}

// Case numbers inside the query — "dnr KS 2021/1202", "2021/1202" — are looked up by their
// parts; the rest of the query is read as words.
struct CaseNumbers {
  std::string rest;
  std::vector<Xapian::Query> lookups;
};

// Whether the query uses operators, quotes or brackets: then a case number in it is left to
// the parser, which knows what is negated or alternative ("budget -2021/1202", "a OR KS 1/2").
bool has_query_syntax(const std::string& text) {
  if (text.find_first_of("\"()") != std::string::npos) return true;
  const std::string padded = " " + text + " ";
  for (const char* op : {" OR ", " NOT ", " AND ", " XOR ", " NEAR ", " ADJ ", " -", " +"})
    if (padded.find(op) != std::string::npos) return true;
  return false;
}

CaseNumbers case_numbers_in(const Xapian::Database& db, const std::string& text) {
  CaseNumbers found{text, {}};
  if (has_query_syntax(text)) return found;
  for (const schema::DiarienummerSpan& span : schema::find_diarienummer_spans(text)) {
    // "dnr:KS-2021/1202" is the query language's: its field reads the value.
    const std::size_t word_start = text.rfind(' ', span.begin);
    const std::size_t colon = text.rfind(':', span.begin);
    if (colon != std::string::npos && (word_start == std::string::npos || colon > word_start)) continue;
    std::vector<Xapian::Query> terms;
    for (const std::string& written : {span.written, span.numbers}) {
      const std::string exact = schema::diarienummer_term(written);
      if (db.term_exists(exact)) terms.emplace_back(exact);
      const std::string part = std::string(schema::prefix::diarienummer_part) + schema::canonical_diarienummer(written);
      if (db.term_exists(part)) terms.emplace_back(part);
    }
    if (terms.empty()) continue;  // no such case: its numbers are searched as words
    // The exact case outranks the cases it is a part of.
    found.lookups.emplace_back(Xapian::Query::OP_OR, terms.begin(), terms.end());
    found.rest.replace(span.begin, span.end - span.begin, std::string(span.end - span.begin, ' '));
  }
  return found;
}

// Plain words (no operators, fields or quotes) as a phrase in titles; empty otherwise.
Xapian::Query title_phrase(const Xapian::Database& db, const std::string& text) {
  if (has_query_syntax(text) || text.find_first_of(":*+-") != std::string::npos) return {};
  if (std::count(text.begin(), text.end(), ' ') == 0) return {};
  Xapian::QueryParser parser = schema::make_query_parser(db);
  try {
    return parser.parse_query("\"" + text + "\"", Xapian::QueryParser::FLAG_PHRASE, std::string(schema::field::title.prefix));
  } catch (const Xapian::QueryParserError&) {
    return {};
  }
}

// The query's words with the parts of its compounds added: "bygglovstaxan" is also "bygglov"
// and "taxan", for documents that write them apart ("taxa för bygglov").
std::string with_compound_parts(const std::string& text) {
  std::string out = text;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && word.find(':') == std::string::npos)
      for (const std::string& part : schema::CompoundSplitter::swedish().parts(schema::to_lower_utf8(word))) out += " " + part;
    word.clear();
  };
  for (char c : text + " ") {
    if (c == ' ' || c == '"' || c == '(' || c == ')') {
      flush();
    } else {
      word += c;
    }
  }
  return out;
}

struct ParsedText {
  Xapian::Query query;
  std::string suggestion;  ///< the query with its misspelt words corrected; empty if none
  std::vector<std::string> limits = {};  ///< what the wildcard budget cut short
  std::size_t wildcards = 0;
};

// The words of `text` that end in a wildcard, lower-cased, without a field name.
std::vector<std::string> wildcard_stems(const std::string& text) {
  std::vector<std::string> stems;
  std::string word;
  for (char c : text + " ") {
    if (c == '*') {
      const std::size_t colon = word.rfind(':');
      stems.push_back(schema::to_lower_utf8(colon == std::string::npos ? word : word.substr(colon + 1)));
      word.clear();
    } else if (c == ' ' || c == '"' || c == '(' || c == ')') {
      word.clear();
    } else {
      word += c;
    }
  }
  return stems;
}

// Every wildcard gets an equal share of the query's budget, its most frequent words first;
// the answer names the wildcards that had more words than their share.
std::vector<std::string> budget_wildcards(Xapian::QueryParser& parser, const Xapian::Database& db,
                                          const std::string& text, const QueryLimits& limits) {
  const std::vector<std::string> stems = wildcard_stems(text);
  if (stems.empty()) return {};
  const unsigned share = std::max<unsigned>(limits.min_terms_per_wildcard,
                                            limits.wildcard_terms / static_cast<unsigned>(stems.size()));
  parser.set_max_expansion(share, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  std::vector<std::string> cut;
  for (const std::string& stem : stems) {
    unsigned words = 0;
    for (auto t = db.allterms_begin(stem); t != db.allterms_end(stem) && words <= share; ++t) ++words;
    if (words > share && std::find(cut.begin(), cut.end(), stem) == cut.end()) cut.push_back(stem);
  }
  std::vector<std::string> limited;
  if (!cut.empty()) {
    std::string names;
    for (std::size_t i = 0; i < cut.size() && i < 5; ++i) names += (i ? ", " : "") + cut[i] + "*";
    if (cut.size() > 5) names += " and " + std::to_string(cut.size() - 5) + " more";
    limited.push_back("wildcards: " + names + " match more words than a search may use; the " +
                      std::to_string(share) + " most frequent of each were searched");
  }
  return limited;
}

// The stems of the documents' words that begin with `pattern` but stem to less than it
// ("skol" for "skola*": "skola", "skolan"), from the spelling list of words as written. An
// index of stems has no term the pattern reaches for them; the others' stems begin with it.
// At most `budget` words are looked at.
std::vector<std::string> stems_behind(const Xapian::Database& words, const std::string& pattern, std::size_t budget) {
  std::vector<std::string> stems;
  if (pattern.size() < 3) return stems;  // the spelling list has no shorter words, nor do stems end sooner
  try {
    const Xapian::Stem stem = schema::swedish_stemmer();
    Xapian::TermIterator it = words.spellings_begin();
    it.skip_to(pattern);
    for (std::size_t looked = 0; it != words.spellings_end() && looked < budget; ++it, ++looked) {
      const std::string word = *it;
      if (!word.starts_with(pattern)) break;
      const std::string stemmed = stem(word);
      if (!stemmed.empty() && !stemmed.starts_with(pattern) && std::find(stems.begin(), stems.end(), stemmed) == stems.end())
        stems.push_back(stemmed);
    }
  } catch (const Xapian::UnimplementedError&) {
    // a backend without spelling lists
  }
  return stems;
}

// The text with wildcards past the first `keep` read as plain words ("a*" as "a").
std::string without_wildcards_after(const std::string& text, std::size_t keep) {
  std::string out = text;
  std::size_t seen = 0;
  for (char& c : out)
    if (c == '*' && ++seen > keep) c = ' ';
  return out;
}

// `words`: where spelling suggestions come from (the index itself, unless its shards are
// remote: Xapian's remote backend keeps spelling lists on the shards' side).
// `suggest`: also find the query with misspelt words corrected (a look-up per word in the
// spelling list, wanted only when the query found nothing).
ParsedText parse_text(const Xapian::Database& db, const Xapian::Database& words, const std::string& typed,
                      Xapian::Query::op default_op, const QueryLimits& limits, bool suggest) {
  const unsigned spelling = suggest ? Xapian::QueryParser::FLAG_SPELLING_CORRECTION : 0;
  Xapian::QueryParser parser = schema::make_query_parser(db);
  if (&words != &db) parser.set_database(words);
  parser.set_default_op(default_op);
  ParsedText parsed;
  // Each wildcard is a sub-query of its own: past a few dozen, more of them only multiply work.
  const std::size_t typed_wildcards = wildcard_stems(typed).size();
  const std::string text =
      typed_wildcards > limits.max_wildcards ? without_wildcards_after(typed, limits.max_wildcards) : typed;
  parsed.limits = budget_wildcards(parser, db, text, limits);
  if (typed_wildcards > limits.max_wildcards)
    parsed.limits.insert(parsed.limits.begin(), "wildcards: only the first " + std::to_string(limits.max_wildcards) + " of " +
                                                    std::to_string(typed_wildcards) + " were expanded; the rest were read as words");
  parsed.wildcards = wildcard_stems(text).size();
  try {
    parsed.query = parser.parse_query(with_pure_negation(text), schema::query_parser_flags() | spelling);
    parsed.suggestion = parser.get_corrected_query_string();
  } catch (const Xapian::QueryParserError&) {
    // "skola AND" is a slip, not a request for an error: drop the operators and read the
    // words (Omega, too, retries a query it cannot parse).
    try {
      parsed.query = parser.parse_query(without_operators(text),
                                        Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_LOVEHATE | spelling);
      parsed.suggestion = parser.get_corrected_query_string();
    } catch (const Xapian::QueryParserError& e) {
      throw bad_parameter("q", "cannot be parsed: " + e.get_msg());
    }
  }
  schema::TypedQuery as_typed{&parser};
  // The words looked up share the wildcards' budget, as their expansions do.
  const std::vector<std::string> patterns = wildcard_stems(text);
  const std::size_t look = std::clamp<std::size_t>(limits.wildcard_terms / std::max<std::size_t>(1, patterns.size()), 16, 500);
  for (const std::string& pattern : patterns) as_typed.wildcard_stems.emplace_back(pattern, stems_behind(words, pattern, look));
  parsed.query = schema::expand_query(parsed.query, as_typed);
  return parsed;
}

ParsedText text_query(const Xapian::Database& db, const Xapian::Database& words, const std::string& q,
                      const QueryLimits& limits, Xapian::Query::op default_op = Xapian::Query::OP_AND,
                      bool suggest = false) {
  const std::string text = schema::with_ascii_field_names(trimmed(q));
  if (text.empty()) return {match_all(), {}};
  // A whole query that reads as a case number finds that case, however it was typed.
  if (!text.starts_with("-") && schema::looks_like_diarienummer(text)) {
    const std::string term = schema::diarienummer_term(text);
    if (db.term_exists(term)) return {Xapian::Query(term), {}};
  }
  const CaseNumbers cases = case_numbers_in(db, text);
  ParsedText parsed;
  if (!trimmed(cases.rest).empty()) parsed = parse_text(db, words, cases.rest, default_op, limits, suggest);
  // A correction of the words around a case number would drop the number: none is offered.
  if (!cases.lookups.empty()) parsed.suggestion.clear();
  // Words that are the title, in order, rank that document first.
  if (const Xapian::Query title = title_phrase(db, text); !title.empty() && !parsed.query.empty())
    parsed.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, parsed.query,
                                 Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, title, kTitlePhraseWeight));
  if (cases.lookups.empty()) {
    if (parsed.query.empty()) parsed.query = match_all();
    return parsed;
  }
  Xapian::Query lookup(Xapian::Query::OP_OR, cases.lookups.begin(), cases.lookups.end());
  parsed.query = parsed.query.empty() ? lookup : Xapian::Query(default_op, parsed.query, lookup);
  return parsed;
}

Xapian::Query filter_query(const SearchRequest& request) {
  std::vector<Xapian::Query> parts;
  for (const FieldFilter& filter : request.filters) {
    std::vector<Xapian::Query> alternatives;
    for (const auto& value : filter.values) {
      alternatives.emplace_back(schema::filter_term(*filter.field, schema::canonical_filter_value(*filter.field, value)));
      // diarienummer=KS 2021/1202: the cases this is a part of, too.
      if (filter.field == &schema::field::diarienummer && !schema::canonical_diarienummer(value).empty())
        alternatives.emplace_back(std::string(schema::prefix::diarienummer_part) + schema::canonical_diarienummer(value));
    }
    parts.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
  }
  if (request.from && request.to) {
    parts.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::slot::date, request.from->compact(),
                       request.to->compact());
  } else if (request.from) {
    parts.emplace_back(Xapian::Query::OP_VALUE_GE, schema::slot::date, request.from->compact());
  } else if (request.to) {
    // Documents without a date have an empty value, which sorts first: keep them out.
    parts.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::slot::date, "1", request.to->compact());
  }
  if (parts.empty()) return {};
  return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

void apply_sort(Xapian::Enquire& enquire, SortOrder sort) {
  switch (sort) {
    case SortOrder::Relevance:
      // Equal scores (an empty query) show the newest first.
      enquire.set_sort_by_relevance_then_value(schema::slot::date, true);
      break;
    case SortOrder::DateAscending:
      // Oldest first, undated last: a slot of its own, as a KeyMaker cannot reach a remote shard.
      enquire.set_sort_by_value_then_relevance(schema::slot::date_undated_last, false);
      break;
    case SortOrder::DateDescending:
      enquire.set_sort_by_value_then_relevance(schema::slot::date, true);
      break;
  }
}

}  // namespace

Searcher::Searcher(IndexLocation location, QueryLimits limits)
    : location_(std::move(location)),
      limits_(limits),
      handles_(std::make_unique<IndexHandles>([location = location_] { return location.open(); },
                                              [location = location_] { return location.identity(); })),
      views_(std::make_unique<RevisionViews>(*handles_)) {
  if (!location_.spelling.empty())
    spelling_handles_ = std::make_unique<IndexHandles>([location = location_] { return location.open_spelling(); },
                                                       [location = location_] { return location.spelling_identity(); });
}

Searcher::~Searcher() = default;

std::shared_ptr<const IndexColumns> Searcher::columns_of(const Xapian::Database& db) const {
  return limits_.revision_views ? views_->columns(db) : nullptr;
}

bool Searcher::has_remote_shards() const {
  return std::any_of(location_.shards.begin(), location_.shards.end(), [](const Shard& s) { return s.path.empty(); });
}

ViewUse Searcher::view_use() const { return views_->use(); }

SearchResult Searcher::run_search(const Xapian::Database& db, const SearchRequest& request) const {
  if (trimmed(request.q).empty() && request.filters.empty() && !request.from && !request.to)
    if (const std::shared_ptr<const IndexColumns> columns = columns_of(db)) return match_all_page(db, *columns, request);
  const ParsedText parsed = text_query(db, db, request.q, limits_);
  const bool plain_snippets = parsed.wildcards > limits_.max_highlighted_wildcards;
  SearchResult result = run_query(db, request, parsed.query, plain_snippets);
  if (plain_snippets)
    result.limits.push_back("highlighting: a query of more than " + std::to_string(limits_.max_highlighted_wildcards) +
                            " wildcards shows each hit's opening, not its matches");
  result.limits.insert(result.limits.begin(), parsed.limits.begin(), parsed.limits.end());
  const bool has_terms = !trimmed(request.q).empty();
  // A suggestion only where the query as typed found nothing: a word missing from the
  // spelling list may still have matched through its stem or folded form.
  // A query already cut short gets no second and third run.
  if (result.total > 0 || !has_terms || !result.limits.empty()) return result;
  // Only a search that found nothing asks the spelling lists (another database's, over remote shards).
  std::optional<IndexHandles::Lease> spelling;
  if (spelling_handles_) spelling.emplace(spelling_handles_->lease());
  const Xapian::Database& words = spelling ? spelling->db() : db;
  const std::string suggestion = text_query(db, words, request.q, limits_, Xapian::Query::OP_AND, true).suggestion;
  if (suggestion != trimmed(request.q)) result.suggestion = suggestion;
  // Nothing found: the corrected query's results, then those matching most of the words —
  // each flagged, never in silence.
  if (!result.suggestion.empty()) {
    SearchResult corrected = run_query(db, request, text_query(db, words, result.suggestion, limits_).query);
    if (corrected.total > 0) {
      corrected.suggestion = result.suggestion;
      corrected.corrected = true;
      return corrected;
    }
  }
  const std::string typed = result.suggestion.empty() ? request.q : result.suggestion;
  SearchResult relaxed =
      run_query(db, request, text_query(db, words, with_compound_parts(typed), limits_, Xapian::Query::OP_OR).query);
  if (relaxed.total > 0) {
    relaxed.suggestion = result.suggestion;
    relaxed.corrected = !result.suggestion.empty();
    relaxed.relaxed = true;
    return relaxed;
  }
  return result;
}

namespace {

// The filters of a request, written out: the key of its filter-only view.
std::string view_key(const SearchRequest& request) {
  std::string key;
  for (const FieldFilter& filter : request.filters) {
    key += std::string(filter.field->param) + '=';
    for (const auto& value : filter.values) key += schema::canonical_filter_value(*filter.field, value) + '\x1f';
    key += '\n';
  }
  key += "from=" + (request.from ? request.from->compact() : std::string()) + "\nto=" +
         (request.to ? request.to->compact() : std::string());
  return key;
}

SearchHit unhighlighted_hit(const Xapian::Document& xdoc) {
  SearchHit hit;
  hit.document = schema::from_xapian_document(xdoc);
  hit.snippet = opening_excerpt(hit.document, kSnippetBytes);
  hit.page = hit.document.page;
  return hit;
}

}  // namespace

// Everything, unfiltered: its total, facets and pages by date are the revision's own, and
// no match runs.
SearchResult Searcher::match_all_page(const Xapian::Database& db, const IndexColumns& columns,
                                      const SearchRequest& request) const {
  SearchResult result;
  result.total = columns.documents();
  result.facets = columns.all_facets();
  const auto& order = request.sort == SortOrder::DateAscending ? columns.oldest_first() : columns.newest_first();
  const std::size_t offset = static_cast<std::size_t>(request.page - 1) * static_cast<std::size_t>(request.size);
  for (std::size_t i = offset; i < order.size() && i < offset + static_cast<std::size_t>(request.size); ++i)
    result.hits.push_back(unhighlighted_hit(db.get_document(order[i])));
  return result;
}

SearchResult Searcher::run_query(const Xapian::Database& db, const SearchRequest& request, Xapian::Query query,
                                 bool plain_snippets) const {
  if (Xapian::Query filter = filter_query(request); !filter.empty())
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
  const bool has_terms = !trimmed(request.q).empty();

  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  apply_sort(enquire, request.sort);

  // A filter-only view seen before at this revision has its counts already: the match need
  // only find the page.
  const std::shared_ptr<const IndexColumns> columns = columns_of(db);
  const std::string key = has_terms || !columns ? std::string() : view_key(request);
  const std::optional<ViewCounts> known = key.empty() ? std::nullopt : views_->view(columns->revision(), key);

  std::unique_ptr<ColumnFacetSpy> column_spy;
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> value_spies;
  std::optional<Xapian::Enquire> counting;
  if (known) {
    // nothing to count
  } else if (columns) {
    column_spy = std::make_unique<ColumnFacetSpy>(*columns);
    enquire.add_matchspy(column_spy.get());
  } else {
    views_->note_counted();
    // Before the columns exist, and over shards: Xapian counts raw values (it can do so on
    // a remote shard too), and each distinct one is split and normalised afterwards.
    for (const schema::Field* f : schema::facet_fields())
      value_spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(*f->slot));
    // Xapian 1.4.22's remote backend counts some documents twice in a match spy when the
    // match sorts by value (600 documents gave 603): over remote shards the facets are
    // counted by a match of their own, unsorted.
    if (!has_remote_shards()) {
      for (const auto& spy : value_spies) enquire.add_matchspy(spy.get());
    } else {
      counting.emplace(db);
      counting->set_query(query);
      for (const auto& spy : value_spies) counting->add_matchspy(spy.get());
    }
  }

  // Asking to check every document makes the total and the facet counts exact, unless the
  // time limit stops the match first: then they are estimates, and the answer says so.
  if (limits_.match_seconds > 0) enquire.set_time_limit(limits_.match_seconds);
  const auto offset = static_cast<Xapian::doccount>((request.page - 1) * request.size);
  const auto started = std::chrono::steady_clock::now();
  const Xapian::doccount check = known ? 0 : std::min<Xapian::doccount>(db.get_doccount(), limits_.max_checked);
  Xapian::MSet mset = enquire.get_mset(offset, static_cast<Xapian::doccount>(request.size), check);
  if (counting) {
    if (limits_.match_seconds > 0) counting->set_time_limit(limits_.match_seconds);
    counting->get_mset(0, 0, check);
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  SearchResult result;
  result.total = known ? known->total : mset.get_matches_estimated();
  if (!known && mset.get_matches_lower_bound() != mset.get_matches_upper_bound()) {
    if (limits_.match_seconds > 0 && seconds >= limits_.match_seconds)
      result.limits.push_back("time: exact counting stopped after " +
                              std::to_string(static_cast<int>(limits_.match_seconds * 1000)) +
                              " ms; the total and the facet counts are estimates");
    else
      result.limits.push_back("documents: more than " + std::to_string(check) +
                              " match; the total and the facet counts are estimates");
  }
  const bool highlighted = has_terms && !plain_snippets;
  const bool background_model = limits_.snippet_background_model && !has_remote_shards();
  HighlightTerms highlight_terms;
  if (highlighted && !mset.empty()) collect_highlight_terms(query, highlight_terms);
  // The snippets of hits that need no terms of their own share one MSet to be cut from.
  std::optional<Xapian::MSet> shared_highlight;
  auto highlight_mset = [&db](const std::vector<Xapian::Query>& terms) {
    Xapian::Enquire highlight(db);
    highlight.set_query(Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end()));
    return highlight.get_mset(0, 0);
  };
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    if (!highlighted) {
      result.hits.push_back(unhighlighted_hit(it.get_document()));
      if (has_terms) result.hits.back().score = it.get_weight();
      continue;
    }
    SearchHit hit;
    hit.document = schema::from_xapian_document(it.get_document());
    hit.score = it.get_weight();
    // Words that matched only folded or as a compound's part are highlighted too, and
    // phrases as this document writes them: a snippet per hit from its own words.
    std::vector<Xapian::Query> own = matched_word_forms(db, *it, query);
    phrases_as_written(highlight_terms.phrases, hit.document.text, own);
    if (!own.empty()) {
      own.insert(own.end(), highlight_terms.loose.begin(), highlight_terms.loose.end());
      hit.snippet = snippet_of(highlight_mset(own), hit.document.text, background_model);
    } else if (!highlight_terms.loose.empty()) {
      if (!shared_highlight) shared_highlight = highlight_mset(highlight_terms.loose);
      hit.snippet = snippet_of(*shared_highlight, hit.document.text, background_model);
    } else {
      hit.snippet = snippet_of(mset, hit.document.text, background_model);
    }
    hit.page = snippet_page(hit.snippet, hit.document);
    result.hits.push_back(std::move(hit));
  }
  if (known) {
    result.facets = known->facets;
  } else if (column_spy) {
    result.facets = column_spy->facets();
    if (!key.empty() && result.limits.empty()) views_->remember_view(columns->revision(), key, {result.total, result.facets});
  } else {
    std::vector<FacetTally> tallies(value_spies.size());
    for (std::size_t i = 0; i < value_spies.size(); ++i)
      for (auto v = value_spies[i]->values_begin(); v != value_spies[i]->values_end(); ++v)
        tallies[i].add_raw(*v, v.get_termfreq());
    result.facets = facets_from(tallies);
  }
  return result;
}

// Every read of the index: a kept handle at the latest revision, read again while the
// indexer commits under it, and Xapian's own messages kept out of the answer (they are
// logged with the 503's request).
template <typename Read>
auto Searcher::with_index(Read&& read) const {
  for (int attempt = 1;; ++attempt) {
    std::optional<IndexHandles::Lease> lease;
    try {
      lease.emplace(handles_->lease());
      return read(lease->db());
    } catch (const Xapian::DatabaseModifiedError&) {
      // The indexer committed twice while we read; the handle, reopened, sees a stable revision.
      if (attempt == kRetriesOnModifiedIndex) throw ApiError(503, "index is busy, try again");
      std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
    } catch (const Xapian::DatabaseCorruptError& e) {
      if (lease) lease->discard();
      if (attempt == kRetriesOnModifiedIndex) {
        spdlog::error("index {} cannot be read: {}", location_.describe(), e.get_description());
        throw ApiError(503, "index unavailable: it cannot be read");
      }
      // A block read as the indexer replaced it looks corrupt for a moment: read again.
      std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
    } catch (const ApiError&) {
      throw;
    } catch (const Xapian::NetworkError& e) {
      // A shard that is down or too slow: one more try on a fresh connection, then 503.
      if (lease) lease->discard();
      if (attempt >= 2) {
        spdlog::error("index {}: a shard cannot be reached: {}", location_.describe(), e.get_description());
        throw ApiError(503, "index unavailable: a shard cannot be reached");
      }
    } catch (const Xapian::DatabaseOpeningError& e) {
      if (lease) lease->discard();
      spdlog::error("index {} cannot be opened: {}", location_.describe(), e.get_description());
      throw ApiError(503, "index unavailable: it cannot be opened");
    } catch (const Xapian::Error& e) {
      if (lease) lease->discard();
      if (attempt == kRetriesOnModifiedIndex) {
        spdlog::error("index {} cannot be read: {}", location_.describe(), e.get_description());
        throw ApiError(503, "index unavailable: it cannot be read");
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
    }
  }
}

SearchResult Searcher::search(const SearchRequest& request) const {
  return with_index([&](const Xapian::Database& db) { return run_search(db, request); });
}

std::optional<schema::Document> Searcher::document(const std::string& id) const {
  if (id.empty() || id.size() > kMaxIdBytes) return std::nullopt;
  return with_index([&](const Xapian::Database& db) -> std::optional<schema::Document> {
    const std::string term = schema::id_term(id);
    Xapian::PostingIterator it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) return std::nullopt;
    return schema::from_xapian_document(db.get_document(*it));
  });
}

Xapian::doccount Searcher::document_count() const {
  // What a search would meet: the index opens, and a match over it runs.
  return with_index([](const Xapian::Database& db) {
    Xapian::Enquire enquire(db);
    enquire.set_query(match_all());
    enquire.get_mset(0, 1);
    return db.get_doccount();
  });
}

Xapian::rev Searcher::revision() const {
  // Shards have a revision each, and Xapian gives none for them together.
  return with_index([](const Xapian::Database& db) { return db.size() == 1 ? db.get_revision() : Xapian::rev{0}; });
}

bool Searcher::wait_for_views(std::chrono::milliseconds timeout) const {
  const IndexRevision current = with_index([](const Xapian::Database& db) { return revision_of(db); });
  return views_->wait_for_columns(current, timeout);
}

}  // namespace kommunsok::server
