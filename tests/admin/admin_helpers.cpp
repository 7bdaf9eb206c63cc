#include "admin_helpers.hpp"

#include <Poco/JSON/Parser.h>
#include <xapian.h>

#include <catch2/catch.hpp>
#include <fstream>

#include "kommunsok/schema/index_folder.hpp"
#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/original_archive.hpp"
#include "temp_dir.hpp"

namespace kommunsok::test {

namespace fs = std::filesystem;

Outcome admin(const std::vector<std::string>& args) { return run(KOMMUNSOK_ADMIN_BIN, args); }

void index_folder(const fs::path& db, const fs::path& sources) {
  const Outcome indexed = run(KOMMUNSOK_INDEXER_BIN, {"--db", db.string(), sources.string()});
  INFO(indexed.err);
  REQUIRE(indexed.exit_code == 0);
}

void write_small_corpus(const fs::path& folder) {
  const auto write = [&](const std::string& name, const std::string& text) {
    fs::create_directories((folder / name).parent_path());
    std::ofstream(folder / name, std::ios::binary) << text;
  };
  write("ks/p9.txt",
        "Kommunstyrelsen\n\nSammanträdesdatum\n\n4 april 2023\n\nParagraf\n\n§ 9\n\n"
        "Diarienummer KS-2023/0311\n\nBelysning längs Strandvägen i Sjöbacka kommun\n\nText.\n");
  write("svar/lekplatser.txt",
        "Svar på interpellation om lekplatsernas skick\n\nKommunfullmäktige i Sjöbacka\n\n"
        "Lekplatserna besiktas varje vår och trasiga redskap byts ut.\n");
  write("svar/snoröjning.txt",
        "Svar på interpellation om snöröjning av gång- och cykelvägar\n\nKommunfullmäktige i Sjöbacka\n\n"
        "Gång- och cykelvägar plogas före bilvägarna.\n");
}

Outcome xapian_check(const fs::path& index) {
  const fs::path program = "/usr/bin/xapian-check";
  INFO("xapian-check comes with the Debian package xapian-tools (scripts/setup installs it)");
  REQUIRE(fs::exists(program));
  return run(program.string(), {schema::index_tables_dir(index).string()});
}

unsigned document_count(const fs::path& index) { return Xapian::Database(index.string()).get_doccount(); }

std::size_t archived_files(const fs::path& index) {
  std::size_t files = 0;
  if (!fs::exists(schema::originals_dir(index))) return 0;
  for (const auto& entry : fs::recursive_directory_iterator(schema::originals_dir(index)))
    if (entry.is_regular_file()) ++files;
  return files;
}

Poco::JSON::Object::Ptr manifest(const fs::path& backup) {
  return Poco::JSON::Parser().parse(read_file(backup / "manifest.json")).extract<Poco::JSON::Object::Ptr>();
}

fs::path some_original(const fs::path& index) {
  const Xapian::Database db(index.string());
  const std::string sha256 = db.get_document(*db.postlist_begin("")).get_value(schema::slot::original);
  return schema::original_path(index, sha256);
}

bool has_entry_starting_with(const fs::path& folder, const std::string& prefix) {
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().filename().string().starts_with(prefix)) return true;
  return false;
}

}  // namespace kommunsok::test
