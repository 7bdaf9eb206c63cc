// A search from URL to JSON: the query string after "/api/search?" is read as the router
// reads it and run by the Searcher over a tiny index built at start-up from a few texts of our
// own (a protocol with two §, an interpellation answer, a samverkan protocol), so the query
// language, case-number look-ups, expansion, spelling, relaxing and snippets all take part.
// The only acceptable failure is a 400: a 5xx here means a query broke the search, since the
// index itself is sound.
#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>
#include <Poco/URI.h>

#include <cstdlib>
#include <filesystem>

#include "fuzz_check.hpp"
#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/indexer/index_writer.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/response_json.hpp"
#include "kommunsok/server/search_request.hpp"
#include "kommunsok/server/searcher.hpp"

using namespace kommunsok;

namespace {

constexpr const char* kTexts[][2] = {
    {"ks-2024-04-02.txt",
     "ÄNGSLUNDA KOMMUN\nKommunstyrelsen\nSammanträdesdatum 2024-04-02\n\n"
     "Beslutande    Karin Öberg (S), ordförande\n              Jonas Wik (M)\n              Lina Sund (V)\n\n"
     "Paragrafer §§ 21-22\n\n"
     "§ 21 Ny taxa för bygglov\nDnr KS 2024/0117\n\nFörslaget innebär att bygglovstaxan höjs med fem procent.\n"
     "Beslut\nKommunstyrelsen föreslår kommunfullmäktige att anta den nya taxan.\n\n"
     "§ 22 Snöröjning på gång- och cykelvägar\nDnr KS-2023/0456.311\n\n"
     "Jonas Wik (M) yrkar att plogningen av cykelvägar prioriteras.\n"
     "Beslut\nKommunstyrelsen ger tekniska förvaltningen i uppdrag att se över vinterväghållningen.\n"},
    {"kf-2023-interpellation-forskola.txt",
     "Svar på interpellation om förskolans lokaler\nKommunfullmäktige 2023-11-20\nDnr KF 2023/88\n\n"
     "Lina Sund (V) har ställt följande frågor till barn- och utbildningsnämndens ordförande:\n"
     "1. Hur många förskolegrupper saknar egen gård?\n2. När byggs den nya förskolan i Kvarnbyn?\n\n"
     "Svar: Tre grupper delar gård med skolan. Den nya förskolan står klar hösten 2025.\n"},
    {"samverkan-2024-02-14.txt",
     "Protokoll samverkansgrupp socialförvaltningen 2024-02-14\n\n"
     "Närvarande: Kommunal, Vision, Akademikerförbundet SSR och arbetsgivaren.\n\n"
     "1. Arbetsmiljö i hemtjänsten\nKommunal undrar om skyddsronderna har genomförts.\n"
     "Arbetsgivaren svarar att ronderna görs i mars.\n\n"
     "2. Friskvårdsbidrag\nSSR menar att bidraget bör höjas. Arbetsgivaren svarar att frågan tas upp i budgeten.\n"},
};

std::filesystem::path index_dir;

void remove_index() { std::filesystem::remove_all(index_dir); }

// Built through the indexer's own recognition and writer, so the index has what a real one
// has: paragraphs split from the protocol, spelling words, case-number parts.
void build_index() {
  std::string pattern = (std::filesystem::temp_directory_path() / "kommunsok-fuzz-index-XXXXXX").string();
  if (!mkdtemp(pattern.data())) std::abort();
  index_dir = pattern;
  std::atexit(remove_index);
  indexer::IndexWriter writer(index_dir);
  for (const auto& [id, text] : kTexts) {
    const indexer::DocumentStructure structure(text);
    schema::Document doc = indexer::recognize_document(structure);
    doc.id = id;
    for (const schema::Document& unit : indexer::searchable_units(std::move(doc), structure)) writer.put(unit, "");
  }
  writer.commit();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  build_index();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const server::Searcher searcher(index_dir);
  std::vector<std::pair<std::string, std::string>> params;
  try {
    params = Poco::URI("/api/search?" + std::string(fuzz::bytes_of(data, size))).getQueryParameters();
  } catch (const Poco::Exception&) {
    return 0;
  }
  try {
    const server::SearchRequest request = server::parse_search_request(params);
    const std::string json = server::search_response_json(request, searcher.search(request));
    Poco::JSON::Parser().parse(json);
  } catch (const server::ApiError& e) {
    if (e.status() != 400) std::fprintf(stderr, "search failed with %d: %s\n", e.status(), e.what());
    fuzz::require(e.status() == 400, "a query fails only with a 400");
  }
  return 0;
}
