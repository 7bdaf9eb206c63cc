// Why: the server's one door into the index. Each request reads a handle of its own at the
// index's latest revision, so documents the indexer commits are visible at once; what
// depends only on the revision (facet columns, filter-only counts) is shared.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kommunsok/schema/document.hpp"
#include "kommunsok/server/facet_tally.hpp"
#include "kommunsok/server/index_columns.hpp"
#include "kommunsok/server/index_handles.hpp"
#include "kommunsok/server/index_location.hpp"
#include "kommunsok/server/revision_views.hpp"
#include "kommunsok/server/search_request.hpp"

namespace kommunsok::server {

struct SearchHit {
  schema::Document document;
  std::string snippet;  ///< HTML-escaped text with matches in <mark>…</mark>
  double score = 0;
  std::optional<int> page;  ///< page of the snippet in the original, when it has pages
};

struct SearchResult {
  Xapian::doccount total = 0;
  /// The query with misspelt words replaced by the index's own words; empty when none.
  std::string suggestion;
  bool corrected = false;  ///< the hits are for the suggestion: the query as typed found nothing
  bool relaxed = false;    ///< no document has every word: the hits match most of them
  std::vector<SearchHit> hits;
  std::vector<Facet> facets;
  /// What a cost limit cut short, in words for the user; empty when the search ran whole.
  std::vector<std::string> limits;
};

/// What one search may cost, so no query can take a worker (or memory) for long.
struct QueryLimits {
  /// Wildcards expanded in one query; later ones are read as plain words.
  std::size_t max_wildcards = 32;
  /// Words all the wildcards of one query may expand to together (the most frequent first).
  unsigned wildcard_terms = 2000;
  /// Every wildcard gets at least this many, however many the query has.
  unsigned min_terms_per_wildcard = 4;
  /// Matching documents counted exactly (total, facets); beyond this they are estimated.
  unsigned max_checked = 500000;
  /// Seconds after which Xapian stops counting exactly (it cannot stop the match itself).
  double match_seconds = 0.5;
  /// Queries with more wildcards than this get unhighlighted snippets.
  unsigned max_highlighted_wildcards = 8;
  /// Facet columns and filter-only counts kept per index revision; false: every search
  /// counts by its match (what the views must equal, so tests compare the two).
  bool revision_views = true;
  /// Snippets prefer passages with rarer words around the matches. Off by default: it asks
  /// the index how rare each word of each hit is, 1–2 ms a hit locally (half of a common
  /// word's search at 100,000 documents) and a round trip per word over a remote shard,
  /// where it is never used.
  bool snippet_background_model = false;
};

class Searcher {
 public:
  explicit Searcher(IndexLocation location, QueryLimits limits = {});
  explicit Searcher(std::filesystem::path db_dir, QueryLimits limits = {})
      : Searcher(IndexLocation{std::move(db_dir), {}, {}}, limits) {}
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  /// Runs the search; facet counts cover every match, not just the page.
  /// Throws ApiError(400) for a query that cannot be parsed, ApiError(503) when the index
  /// cannot be opened.
  SearchResult search(const SearchRequest& request) const;
  /// The stored document, or nullopt for an unknown id.
  std::optional<schema::Document> document(const std::string& id) const;
  /// The data directory: the index, and the archive of originals beside it.
  const std::filesystem::path& db_dir() const { return location_.db_dir; }
  const IndexLocation& location() const { return location_; }
  /// Number of documents in the index.
  Xapian::doccount document_count() const;
  /// The index's revision: it grows with every commit (0 for shards, which have one each).
  Xapian::rev revision() const;
  /// Waits until the per-revision views of the current revision are built (tests, warm-up).
  bool wait_for_views(std::chrono::milliseconds timeout) const;
  /// How searches were counted: from the revision's views, or match by match.
  ViewUse view_use() const;

 private:
  template <typename Read>
  auto with_index(Read&& read) const;
  SearchResult run_search(const Xapian::Database& db, const SearchRequest& request) const;
  /// `plain_snippets`: hits show their opening, not highlighted matches (a query of many
  /// wildcards would cost a tenth of a second per hit to highlight).
  SearchResult run_query(const Xapian::Database& db, const SearchRequest& request, Xapian::Query query,
                         bool plain_snippets = false) const;
  bool has_remote_shards() const;
  std::shared_ptr<const IndexColumns> columns_of(const Xapian::Database& db) const;
  SearchResult match_all_page(const Xapian::Database& db, const IndexColumns& columns,
                              const SearchRequest& request) const;

  IndexLocation location_;
  QueryLimits limits_;
  std::unique_ptr<IndexHandles> handles_;
  std::unique_ptr<RevisionViews> views_;
  std::unique_ptr<IndexHandles> spelling_handles_;  ///< when the location names spelling databases
};

}  // namespace kommunsok::server
