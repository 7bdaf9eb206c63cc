#include "kommunsok/server/searcher.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <memory>
#include <thread>

#include "kommunsok/schema/diarienummer.hpp"
#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/server/snippet_page.hpp"
#include "kommunsok/schema/swedish_analyzer.hpp"
#include "kommunsok/schema/xapian_document.hpp"
#include "kommunsok/server/api_error.hpp"

namespace kommunsok::server {

namespace {

constexpr std::size_t kSnippetBytes = 300;
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

// A fresh match-all query per request. Never Xapian::Query::MatchAll: that is one static
// object whose reference count is not atomic, so copies from concurrent requests corrupt it
// and crash the server (xapian/query.h says so above its declaration).
Xapian::Query match_all() { return Xapian::Query(std::string()); }

Xapian::Query text_query(const Xapian::Database& db, const std::string& q) {
  const std::string text = trimmed(q);
  if (text.empty()) return match_all();
  // A whole query that reads as a case number finds that case, however it was typed.
  if (schema::looks_like_diarienummer(text)) {
    const std::string term = schema::diarienummer_term(text);
    if (db.term_exists(term)) return Xapian::Query(term);
  }
  Xapian::QueryParser parser = schema::make_query_parser(db);
  Xapian::Query query;
  try {
    query = parser.parse_query(text, schema::query_parser_flags());
  } catch (const Xapian::QueryParserError&) {
    // "skola AND" is a slip, not a request for an error: drop the operators and read the
    // words (Omega, too, retries a query it cannot parse).
    try {
      query = parser.parse_query(without_operators(text),
                                 Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_LOVEHATE);
    } catch (const Xapian::QueryParserError& e) {
      throw bad_parameter("q", "cannot be parsed: " + e.get_msg());
    }
  }
  return query.empty() ? match_all() : query;
}

Xapian::Query filter_query(const SearchRequest& request) {
  std::vector<Xapian::Query> parts;
  for (const FieldFilter& filter : request.filters) {
    std::vector<Xapian::Query> alternatives;
    for (const auto& value : filter.values)
      alternatives.emplace_back(schema::filter_term(*filter.field, value));
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

// Oldest first, with undated documents last rather than first (an empty value sorts lowest).
class DateAscendingKey : public Xapian::KeyMaker {
 public:
  std::string operator()(const Xapian::Document& doc) const override {
    std::string date = doc.get_value(schema::slot::date);
    return date.empty() ? std::string("\xff") : date;
  }
};

void apply_sort(Xapian::Enquire& enquire, SortOrder sort) {
  switch (sort) {
    case SortOrder::Relevance:
      // Equal scores (an empty query) show the newest first.
      enquire.set_sort_by_relevance_then_value(schema::slot::date, true);
      break;
    case SortOrder::DateAscending:
      enquire.set_sort_by_key_then_relevance((new DateAscendingKey)->release(), false);
      break;
    case SortOrder::DateDescending:
      enquire.set_sort_by_value_then_relevance(schema::slot::date, true);
      break;
  }
}

}  // namespace

Xapian::Database Searcher::open() const {
  try {
    return Xapian::Database(db_dir_.string());
  } catch (const Xapian::Error& e) {
    throw ApiError(503, "index unavailable: " + e.get_msg());
  }
}

SearchResult Searcher::run_search(const Xapian::Database& db, const SearchRequest& request) const {
  Xapian::Query query = text_query(db, request.q);
  if (Xapian::Query filter = filter_query(request); !filter.empty())
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);

  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  apply_sort(enquire, request.sort);

  std::vector<std::pair<const schema::Field*, std::unique_ptr<FacetCounter>>> counters;
  for (const schema::Field* f : schema::facet_fields()) {
    counters.emplace_back(f, std::make_unique<FacetCounter>(*f->slot));
    enquire.add_matchspy(counters.back().second.get());
  }

  // Asking to check every document makes the total and the facet counts exact.
  const auto offset = static_cast<Xapian::doccount>((request.page - 1) * request.size);
  Xapian::MSet mset = enquire.get_mset(offset, static_cast<Xapian::doccount>(request.size),
                                       db.get_doccount());

  SearchResult result;
  result.total = mset.get_matches_estimated();
  const bool has_terms = !trimmed(request.q).empty();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    SearchHit hit;
    hit.document = schema::from_xapian_document(it.get_document());
    hit.score = has_terms ? it.get_weight() : 0.0;
    hit.snippet = has_terms ? mset.snippet(hit.document.text, kSnippetBytes, schema::swedish_stemmer(),
                                           Xapian::MSet::SNIPPET_BACKGROUND_MODEL |
                                               Xapian::MSet::SNIPPET_EXHAUSTIVE,
                                           "<mark>", "</mark>", "…")
                            : opening_excerpt(hit.document, kSnippetBytes);
    hit.page = has_terms ? snippet_page(hit.snippet, hit.document) : hit.document.page;
    result.hits.push_back(std::move(hit));
  }
  for (auto& [f, counter] : counters) {
    const bool by_value = f == &schema::field::year;
    result.facets.push_back(
        {std::string(f->param), by_value ? counter->by_value_descending() : counter->by_count()});
  }
  return result;
}

SearchResult Searcher::search(const SearchRequest& request) const {
  for (int attempt = 1;; ++attempt) {
    try {
      return run_search(open(), request);
    } catch (const Xapian::DatabaseModifiedError&) {
      // The indexer committed twice while we read; a fresh open sees a stable revision.
      if (attempt == kRetriesOnModifiedIndex) throw ApiError(503, "index is busy, try again");
      std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
    } catch (const Xapian::Error& e) {
      throw ApiError(503, "index unavailable: " + e.get_msg());
    }
  }
}

std::optional<schema::Document> Searcher::document(const std::string& id) const {
  try {
    if (id.empty() || id.size() > kMaxIdBytes) return std::nullopt;
    Xapian::Database db = open();
    const std::string term = schema::id_term(id);
    Xapian::PostingIterator it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) return std::nullopt;
    return schema::from_xapian_document(db.get_document(*it));
  } catch (const Xapian::Error& e) {
    throw ApiError(503, "index unavailable: " + e.get_msg());
  }
}

Xapian::doccount Searcher::document_count() const {
  try {
    return open().get_doccount();
  } catch (const Xapian::Error& e) {
    throw ApiError(503, "index unavailable: " + e.get_msg());
  }
}

}  // namespace kommunsok::server
