#include "api_checks.hpp"

#include <Poco/JSON/Array.h>

#include <catch2/catch.hpp>
#include <string>

#include "http_client.hpp"

namespace kommunsok::test {

std::size_t check_facet_counts_match_filters(unsigned short port) {
  auto facets = http_get(port, "/api/search?size=1").json()->getObject("facets");
  std::size_t checked = 0;
  for (const char* name : {"kind", "organ", "municipality", "party", "year"}) {
    auto values = facets->getArray(name);
    REQUIRE(values);
    for (std::size_t i = 0; i < values->size(); ++i) {
      auto entry = values->getObject(static_cast<unsigned>(i));
      const std::string value = entry->getValue<std::string>("value");
      INFO(name << "=" << value);
      const HttpReply filtered = http_get(port, std::string("/api/search?") + name + "=" + url_encode(value));
      REQUIRE(filtered.status == 200);
      CHECK(filtered.json()->getValue<std::size_t>("total") == entry->getValue<std::size_t>("count"));
      ++checked;
    }
  }
  return checked;
}

}  // namespace kommunsok::test
