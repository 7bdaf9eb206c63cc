#include <catch2/catch.hpp>

#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/search_request.hpp"

using namespace kommunsok::server;
using Params = std::vector<std::pair<std::string, std::string>>;

namespace {
std::string error_for(const Params& params) {
  try {
    parse_search_request(params);
  } catch (const ApiError& e) {
    CHECK(e.status() == 400);
    return e.what();
  }
  return "accepted";
}
}  // namespace

TEST_CASE("defaults: relevance, first page of ten", "[server][request]") {
  const SearchRequest request = parse_search_request({});
  CHECK(request.q.empty());
  CHECK(request.sort == SortOrder::Relevance);
  CHECK(request.page == 1);
  CHECK(request.size == 10);
}

TEST_CASE("every parameter is read", "[server][request]") {
  const SearchRequest request = parse_search_request(
      {{"q", "skolskjuts"}, {"kind", "paragraf"}, {"party", "S"}, {"party", "V"}, {"year", "2023"},
       {"from", "2023-01-01"}, {"to", "2023-12-31"}, {"sort", "-date"}, {"page", "2"}, {"size", "20"}});
  CHECK(request.q == "skolskjuts");
  CHECK(request.sort == SortOrder::DateDescending);
  CHECK(request.page == 2);
  CHECK(request.size == 20);
  REQUIRE(request.filters.size() == 3);
  CHECK(request.filters[1].values == std::vector<std::string>{"S", "V"});
  CHECK(request.from->iso() == "2023-01-01");
}

TEST_CASE("bad parameters are 400s that name the parameter", "[server][request]") {
  CHECK(error_for({{"size", "-1"}}).find("'size'") != std::string::npos);
  CHECK(error_for({{"size", "abc"}}).find("'size'") != std::string::npos);
  CHECK(error_for({{"page", "0"}}).find("'page'") != std::string::npos);
  CHECK(error_for({{"from", "notadate"}}).find("'from'") != std::string::npos);
  CHECK(error_for({{"to", "2023-02-30"}}).find("'to'") != std::string::npos);
  CHECK(error_for({{"sort", "popularity"}}).find("'sort'") != std::string::npos);
  CHECK(error_for({{"q", std::string(100 * 1024, 'a')}}).find("'q'") != std::string::npos);
  CHECK(error_for({{"q", "\xE5r"}}).find("'q'") != std::string::npos);
  CHECK(error_for({{"kind", "motion"}}).find("'kind'") != std::string::npos);
  CHECK(error_for({{"year", "20x1"}}).find("'year'") != std::string::npos);
  CHECK(error_for({{"party", ""}}).find("'party'") != std::string::npos);
  CHECK(error_for({{"partey", "S"}}).find("'partey'") != std::string::npos);
  CHECK(error_for({{"from", "2024-01-01"}, {"to", "2023-01-01"}}).find("'from'") != std::string::npos);
  CHECK(error_for({{"page", "200"}, {"size", "100"}}).find("'page'") != std::string::npos);
}
