// kommunsok-fuzz-seeds OUT_DIR: the binary seeds — PDF, Word and OpenDocument files — made at
// run time from short texts of our own with the project's writers, so no binary file is
// committed. Writes OUT_DIR/<target>/<name> for the pdf, docx, odt and format_detection targets.
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "docx_writer.hpp"
#include "pdf_writer.hpp"

namespace {

namespace fs = std::filesystem;
namespace samples = kommunsok::samples;

const std::vector<std::string> kProtocol{
    "ÄNGSLUNDA KOMMUN          SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen          Sida 1 (2)\n\n"
    "Sammanträdesdatum 2024-04-02\nBeslutande  Karin Öberg (S), ordförande\n            Jonas Wik (M)\n\n"
    "§ 21 Ny taxa för bygglov\nDnr KS 2024/0117\nBygglovstaxan höjs med fem procent.",
    "ÄNGSLUNDA KOMMUN          SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen          Sida 2 (2)\n\n"
    "§ 22 Snöröjning på cykelvägar\nDnr KS-2023/0456.311\nJonas Wik (M) yrkar att plogningen prioriteras."};

const std::string kAnswer =
    "Svar på interpellation om förskolans lokaler\nDnr KF 2023/88\n"
    "Lina Sund (V) frågar när den nya förskolan i Kvarnbyn byggs. Svar: hösten 2025.";

void write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

// An .odt as office suites write it: "mimetype" first and stored, then the XML parts.
void write_odt(const fs::path& path, const std::string& content_xml, const std::string& meta_xml) {
  fs::create_directories(path.parent_path());
  const std::vector<std::pair<std::string, std::string>> parts{
      {"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", content_xml}, {"meta.xml", meta_xml}};
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("cannot create " + path.string());
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    const zip_int64_t index = source ? zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0 || (name == "mimetype" && zip_set_file_compression(archive, index, ZIP_CM_STORE, 0) < 0)) {
      if (source && index < 0) zip_source_free(source);
      zip_discard(archive);
      throw std::runtime_error("cannot add " + name + " to " + path.string());
    }
  }
  if (zip_close(archive) < 0) {
    zip_discard(archive);
    throw std::runtime_error("cannot write " + path.string());
  }
}

std::string odt_content(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
         "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
         "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:text>" +
         body + "</office:text></office:body></office:document-content>";
}

const std::string kOdtMeta =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta "
    "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta><dc:title>Kallelse BUN 2024-05-07</dc:title>"
    "</office:meta></office:document-meta>";

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: kommunsok-fuzz-seeds OUT_DIR\n";
    return 2;
  }
  const fs::path out = argv[1];
  try {
    std::vector<std::pair<std::string, std::string>> files{
        {"pdf/protokoll.pdf", samples::text_pdf(kProtocol, "Protokoll KS 2024-04-02")},
        {"pdf/svar.pdf", samples::text_pdf({kAnswer})},
        {"pdf/skannad.pdf", samples::scanned_pdf({"Kvarnbyn"}, 10)},
        {"docx/svar.docx", samples::docx_file({"Svar på interpellation", "Ängslunda kommun", {kAnswer},
                                               {{"Ledamot", "Parti"}, {"Lina Sund", "V"}}})},
        {"docx/kort.docx", samples::docx_file({"", "", {"§ 4 Val av justerare"}, {}})},
    };
    for (const auto& [name, bytes] : files) {
      write(out / name, bytes);
      write(out / "format_detection" / fs::path(name).filename(), bytes);
    }
    write_odt(out / "odt/kallelse.odt",
              odt_content("<text:h>Kallelse Barn- och utbildningsnämnden</text:h><text:p>Tid: 2024-05-07 "
                          "kl. 18.00<text:tab/>Plats: Rådhuset</text:p><text:list><text:list-item><text:p>"
                          "Ärende 1 Skolskjuts<text:line-break/>Dnr BUN 2024/31</text:p></text:list-item>"
                          "</text:list><table:table><table:table-row><table:table-cell><text:p>Ledamot"
                          "</text:p></table:table-cell><table:table-cell><text:p>Parti</text:p>"
                          "</table:table-cell></table:table-row></table:table>"),
              kOdtMeta);
    write_odt(out / "odt/tom.odt", odt_content("<text:p/>"), kOdtMeta);
    fs::copy_file(out / "odt/kallelse.odt", out / "format_detection/kallelse.odt", fs::copy_options::overwrite_existing);
  } catch (const std::exception& e) {
    std::cerr << "kommunsok-fuzz-seeds: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
