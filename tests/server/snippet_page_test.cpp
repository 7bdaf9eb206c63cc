// A hit names the page its snippet stands on.
#include <catch2/catch.hpp>

#include "kommunsok/server/snippet_page.hpp"

using namespace kommunsok;

TEST_CASE("a snippet is placed on its page", "[server][snippet]") {
  schema::Document doc;
  doc.text = "Sida ett om budget\nmed mer text.\nSida två om skolskjuts\noch Östra skolan & annat.\nSida tre om snö.";
  doc.page = 1;
  doc.page_breaks = {doc.text.find("Sida två"), doc.text.find("Sida tre")};
  CHECK(server::snippet_page("…om <mark>skolskjuts</mark> och Östra skolan &amp; annat…", doc) == 2);
  CHECK(server::snippet_page("Sida ett om <mark>budget</mark> med mer text.", doc) == 1);  // a line break shown as a space
  CHECK(server::snippet_page("…Sida tre om <mark>snö</mark>.", doc) == 3);
  CHECK_FALSE(server::snippet_page("<mark>saknas</mark> helt", doc));
  doc.page.reset();
  CHECK_FALSE(server::snippet_page("…om <mark>skolskjuts</mark>", doc));
}
