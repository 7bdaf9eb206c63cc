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
  CHECK(std::filesystem::path(listing.files[1].path).is_absolute());
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

TEST_CASE("links are followed inside the indexed folder only", "[indexer][sources]") {
  TempDir outside, dir;
  const auto secret = outside.write("hemlig.txt", "utanför");
  dir.write("inne/protokoll.txt", "x");
  std::filesystem::create_symlink(secret, dir.path() / "lank-ut.txt");
  std::filesystem::create_symlink(outside.path(), dir.path() / "mapp-ut");
  std::filesystem::create_symlink(dir.path() / "inne" / "protokoll.txt", dir.path() / "lank-in.txt");
  std::filesystem::create_symlink(dir.path(), dir.path() / "inne" / "slinga");  // a cycle
  const SourceListing listing = find_source_files({dir.path()});
  std::vector<std::string> ids;
  for (const auto& file : listing.files) ids.push_back(file.id);
  CHECK(ids == std::vector<std::string>{"inne/protokoll.txt", "lank-in.txt"});
  REQUIRE(listing.problems.size() == 2);
  for (const auto& problem : listing.problems) CHECK_THAT(problem.reason, Catch::Contains("outside the indexed folder"));
}

TEST_CASE("names that are not UTF-8 get a valid id, and report lines stay one line", "[indexer][sources]") {
  TempDir dir;
  dir.write(std::string("protokoll-\xE5r-2021.txt"), "x");  // Latin-1 å in the name
  const SourceListing listing = find_source_files({dir.path()});
  REQUIRE(listing.files.size() == 1);
  CHECK(listing.files[0].id == "protokoll-%E5r-2021.txt");
  CHECK(escaped_id("sjöbacka/ks.txt") == "sjöbacka/ks.txt");
  CHECK(escaped_id("rad\nett.txt") == "rad%0Aett.txt");
  CHECK(printable("fil\n\x1b[31mfalsk rad.txt") == "fil\\x0a\\x1b[31mfalsk rad.txt");
  CHECK(printable("å ä ö") == "å ä ö");
}
