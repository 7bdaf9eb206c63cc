#include <catch2/catch.hpp>

#include "kommunsok/indexer/source_files.hpp"
#include "temp_dir.hpp"

using namespace kommunsok::indexer;
using kommunsok::test::TempDir;

TEST_CASE("document files are found recursively, in a stable order, named relative to their root",
          "[indexer][sources]") {
  TempDir dir;
  dir.write("b/2.txt", "x");
  dir.write("a.TXT", "x");
  dir.write("b/1.txt", "x");
  dir.write("b/protokoll.pdf", "x");
  dir.write("c/svar.docx", "x");
  dir.write("c/sida.HTML", "x");
  dir.write("c/bild.png", "x");
  dir.write("c/tabell.xlsx", "x");
  dir.write(".hidden/3.txt", "x");
  dir.write(".4.txt", "x");
  const SourceListing listing = find_source_files({dir.path()});
  std::vector<std::string> ids;
  for (const auto& file : listing.files) ids.push_back(file.id);
  CHECK(ids == std::vector<std::string>{"a.TXT", "b/1.txt", "b/2.txt", "b/protokoll.pdf", "c/sida.HTML", "c/svar.docx"});
  CHECK(listing.problems.empty());
  CHECK(listing.files[1].path.is_absolute());
}

TEST_CASE("a file given as a root is named by its file name", "[indexer][sources]") {
  TempDir dir;
  const auto file = dir.write("sub/enkel.txt", "x");
  const SourceListing listing = find_source_files({file});
  REQUIRE(listing.files.size() == 1);
  CHECK(listing.files[0].id == "enkel.txt");
}

TEST_CASE("a root that does not exist is reported, not fatal", "[indexer][sources]") {
  TempDir dir;
  dir.write("a.txt", "x");
  const SourceListing listing = find_source_files({dir.path() / "saknas", dir.path()});
  REQUIRE(listing.problems.size() == 1);
  CHECK(listing.problems[0].reason == "no such file or folder");
  CHECK(listing.files.size() == 1);
}
