// The per-revision views (facet columns, match-all pages, filter-only counts) must answer
// exactly what a match counting every document answers, and follow the indexer's commits.
#include <catch2/catch.hpp>

#include "kommunsok/schema/xapian_document.hpp"
#include "kommunsok/server/index_handles.hpp"
#include "kommunsok/server/searcher.hpp"
#include "synthetic_documents.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;
using namespace kommunsok::server;
using Params = std::vector<std::pair<std::string, std::string>>;

namespace {

constexpr auto kWait = std::chrono::seconds(20);

std::vector<std::string> ids(const SearchResult& result) {
  std::vector<std::string> out;
  for (const auto& hit : result.hits) out.push_back(hit.document.id);
  return out;
}

std::string facets_text(const SearchResult& result) {
  std::string out;
  for (const Facet& facet : result.facets) {
    out += facet.name + ":";
    for (const FacetValue& value : facet.values) out += " " + value.value + "=" + std::to_string(value.count);
    out += "\n";
  }
  return out;
}

void check_same(const SearchResult& viewed, const SearchResult& counted) {
  CHECK(viewed.total == counted.total);
  CHECK(ids(viewed) == ids(counted));
  CHECK(facets_text(viewed) == facets_text(counted));
  CHECK(viewed.limits == counted.limits);
}

const std::vector<Params> kRequests{
    {},
    {{"sort", "date"}},
    {{"sort", "-date"}},
    {{"page", "3"}, {"size", "7"}},
    {{"sort", "date"}, {"page", "40"}, {"size", "10"}},  // the undated tail
    {{"party", "S"}},
    {{"party", "S"}, {"sort", "date"}},
    {{"kind", "samverkan"}, {"year", "2021"}},
    {{"municipality", "åby"}},
    {{"from", "2020-01-01"}, {"to", "2021-12-31"}},
    {{"to", "2020-06-30"}},
    {{"q", "budget"}},
    {{"q", "budget"}, {"party", "V"}},
    {{"q", "skolskjuts OR cykelväg"}, {"sort", "date"}},
    {{"q", "\"budget bemanning\""}},
    {{"q", "friskvård*"}},
};

}  // namespace

TEST_CASE("searches answered from the revision's views equal searches that count every match",
          "[server][search][views]") {
  test::TempDir dir;
  test::write_synthetic_documents(dir.path() / "index", 0, 400);
  QueryLimits counting;
  counting.revision_views = false;
  const Searcher by_match(dir.path() / "index", counting);
  const Searcher by_views(dir.path() / "index");
  REQUIRE(by_views.wait_for_views(kWait));
  for (const Params& params : kRequests) {
    std::string described;
    for (const auto& [k, v] : params) described += k + "=" + v + " ";
    INFO(described);
    const SearchRequest request = parse_search_request(params);
    const SearchResult counted = by_match.search(request);
    REQUIRE(counted.total > 0);
    check_same(by_views.search(request), counted);
    check_same(by_views.search(request), counted);  // the second time from the view's counts
  }
  // The views did answer: none of those searches was counted match by match.
  CHECK(by_views.view_use().counted == 0);
  CHECK(by_views.view_use().columns >= 2 * kRequests.size());
  CHECK(by_views.view_use().kept >= 5);
  CHECK(by_match.view_use().columns == 0);
}

TEST_CASE("a commit is searched at once, and the views follow it", "[server][search][views]") {
  test::TempDir dir;
  test::write_synthetic_documents(dir.path() / "index", 0, 50);
  QueryLimits counting;
  counting.revision_views = false;
  const Searcher by_match(dir.path() / "index", counting);
  const Searcher by_views(dir.path() / "index");
  REQUIRE(by_views.wait_for_views(kWait));
  const SearchRequest everything = parse_search_request({});
  const SearchRequest filtered = parse_search_request({{"party", "M"}});
  CHECK(by_views.search(everything).total == 50);
  by_views.search(filtered);  // its counts are now kept for this revision

  test::write_synthetic_documents(dir.path() / "index", 50, 80);
  // The next search sees the commit, whether or not the views have caught up.
  check_same(by_views.search(everything), by_match.search(everything));
  check_same(by_views.search(filtered), by_match.search(filtered));
  CHECK(by_views.search(everything).total == 80);
  REQUIRE(by_views.wait_for_views(kWait));
  check_same(by_views.search(everything), by_match.search(everything));
  check_same(by_views.search(filtered), by_match.search(filtered));
}

TEST_CASE("index handles are kept between requests and reopened at the latest revision", "[server][views]") {
  test::TempDir dir;
  test::write_synthetic_documents(dir.path() / "index", 0, 10);
  IndexHandles handles([path = dir.path() / "index"] { return Xapian::Database(path.string()); });
  {
    auto first = handles.lease();
    CHECK(first.db().get_doccount() == 10);
  }
  {
    auto again = handles.lease();
    auto second = handles.lease();  // in use at once: two handles
    CHECK(again.db().get_doccount() == 10);
    CHECK(second.db().get_doccount() == 10);
  }
  CHECK(handles.opened() == 2);
  test::write_synthetic_documents(dir.path() / "index", 10, 15);
  for (int i = 0; i < 20; ++i) CHECK(handles.lease().db().get_doccount() == 15);
  CHECK(handles.opened() == 2);
  {
    auto broken = handles.lease();
    broken.discard();  // after an error: closed, not kept
  }
  CHECK(handles.lease().db().get_doccount() == 15);
}

TEST_CASE("a folder renamed into place is opened afresh, even at the same revision", "[server][views]") {
  test::TempDir dir;
  const auto live = dir.path() / "index", other = dir.path() / "other";
  test::write_synthetic_documents(live, 0, 10);
  test::write_synthetic_documents(other, 100, 130);  // one commit each: the same revision
  REQUIRE(Xapian::Database(live.string()).get_revision() == Xapian::Database(other.string()).get_revision());
  const Searcher searcher(live);
  CHECK(searcher.document_count() == 10);
  // What a restore does: the old index moved aside, the new one renamed into place.
  std::filesystem::rename(live, dir.path() / "index.old");
  std::filesystem::rename(other, live);
  CHECK(searcher.document_count() == 30);
  CHECK(searcher.document("doc-100"));
}

TEST_CASE("an index replaced by another at the same revision number is counted as itself, not by the old views",
          "[server][search][views]") {
  // A restore, a replica's full copy and a compaction each bring a database whose revision
  // numbers start again: a number alone would pair the new index with the old one's counts.
  test::TempDir dir;
  const auto live = dir.path() / "index", other = dir.path() / "other";
  test::write_synthetic_documents(live, 0, 40);
  test::write_synthetic_documents(other, 200, 290);
  REQUIRE(Xapian::Database(live.string()).get_revision() == Xapian::Database(other.string()).get_revision());
  const Searcher by_views(live);
  REQUIRE(by_views.wait_for_views(kWait));
  const SearchRequest everything = parse_search_request({});
  const SearchRequest filtered = parse_search_request({{"party", "S"}});
  CHECK(by_views.search(everything).total == 40);
  by_views.search(filtered);  // kept for the old index

  std::filesystem::rename(live, dir.path() / "index.old");
  std::filesystem::rename(other, live);
  QueryLimits counting;
  counting.revision_views = false;
  const Searcher by_match(live, counting);
  check_same(by_views.search(everything), by_match.search(everything));
  check_same(by_views.search(filtered), by_match.search(filtered));
  REQUIRE(by_views.wait_for_views(kWait));
  check_same(by_views.search(everything), by_match.search(everything));
  check_same(by_views.search(filtered), by_match.search(filtered));
  CHECK(by_views.search(everything).total == 90);
}

TEST_CASE("a folder whose stub is switched to another generation is searched as that one", "[server][views]") {
  // What a compacting indexer run does (index_compaction.hpp): the tables rewritten into
  // DIR/index-N+1, the stub renamed over to name them, the old generation removed.
  test::TempDir dir;
  test::write_synthetic_documents(dir.path() / "index-1", 0, 20);
  test::write_synthetic_documents(dir.path() / "index-2", 0, 35);
  dir.write("XAPIANDB", "glass index-1\n");
  const Searcher searcher(dir.path());
  REQUIRE(searcher.wait_for_views(kWait));
  const SearchRequest everything = parse_search_request({});
  CHECK(searcher.search(everything).total == 20);
  dir.write("XAPIANDB.partial", "glass index-2\n");
  std::filesystem::rename(dir.path() / "XAPIANDB.partial", dir.path() / "XAPIANDB");
  std::filesystem::remove_all(dir.path() / "index-1");
  CHECK(searcher.search(everything).total == 35);
  CHECK(searcher.document("doc-30"));
  REQUIRE(searcher.wait_for_views(kWait));
  CHECK(searcher.search(everything).total == 35);
}
