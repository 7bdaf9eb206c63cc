// The server's reading of a search URL: the input is the query string after "/api/search?",
// decoded by Poco::URI as the router decodes it, checked by parse_search_request and written
// back by the response writer. A bad request may only be a 400 (ApiError, or Poco's syntax
// error, which the router answers with 400); an accepted one keeps every limit.
#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>

#include "fuzz_check.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/response_json.hpp"
#include "kommunsok/server/search_request.hpp"

using namespace kommunsok;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::pair<std::string, std::string>> params;
  try {
    params = Poco::URI("/api/search?" + std::string(fuzz::bytes_of(data, size))).getQueryParameters();
  } catch (const Poco::Exception&) {
    return 0;
  }
  server::SearchRequest request;
  try {
    request = server::parse_search_request(params);
  } catch (const server::ApiError& e) {
    fuzz::require(e.status() == 400, "a bad search parameter is a 400");
    return 0;
  }
  fuzz::require(request.q.size() <= server::kMaxQueryBytes && schema::is_valid_utf8(request.q),
                "q is valid UTF-8 within its limit");
  fuzz::require(request.page >= 1 && request.size >= 1 && request.size <= server::kMaxPageSize &&
                    static_cast<long>(request.page) * request.size <= server::kMaxResultWindow,
                "page and size within the result window");
  fuzz::require(!request.from || !request.to || !(*request.to < *request.from), "from is not after to");
  // The response echoes the request: it must stay JSON whatever the query held.
  const std::string json = server::search_response_json(request, server::SearchResult{});
  Poco::JSON::Parser().parse(json);
  return 0;
}
