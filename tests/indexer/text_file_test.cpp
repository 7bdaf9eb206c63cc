#include <catch2/catch.hpp>

#include <filesystem>

#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/text_file.hpp"
#include "temp_dir.hpp"

using namespace kommunsok::indexer;
using kommunsok::test::TempDir;

namespace {
std::string reason_for(const std::filesystem::path& path) {
  try {
    read_text_file(path);
  } catch (const SourceError& e) {
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("UTF-8 text is read as is, without its byte order mark", "[indexer][file]") {
  TempDir dir;
  const TextFile file = read_text_file(dir.write("a.txt", "\xEF\xBB\xBFSammanträde §\n"));
  CHECK(file.text == "Sammanträde §\n");
  CHECK(file.warning.empty());
}

TEST_CASE("Windows-1252 text is converted, with a warning", "[indexer][file]") {
  TempDir dir;
  const TextFile file = read_text_file(dir.write("a.txt", "N\xE4mnden \x96 \xE5r\n"));
  CHECK(file.text == "Nämnden – år\n");
  CHECK_FALSE(file.warning.empty());
}

TEST_CASE("unusable files are refused with a reason", "[indexer][file]") {
  TempDir dir;
  CHECK(reason_for(dir.write("empty.txt", "")) == "no text (empty file)");
  CHECK(reason_for(dir.write("blank.txt", " \n\n\t ")) == "no text (empty file)");
  CHECK(reason_for(dir.write("binary.txt", std::string("PK\x03\x04\0\0", 6))) ==
        "binary content, not a text file");
  CHECK(reason_for(dir.path() / "missing.txt").starts_with("cannot read"));
  std::filesystem::create_directory(dir.path() / "folder.txt");
  CHECK(reason_for(dir.path() / "folder.txt") == "not a regular file");
}
