#include "zip_fixture.hpp"

#include <zip.h>

#include <filesystem>
#include <stdexcept>

#include "temp_dir.hpp"

namespace kommunsok::test {

std::string zip_bytes(const std::vector<std::pair<std::string, std::string>>& members) {
  TempDir dir;
  const auto path = dir.path() / "fixture.zip";
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!zip) throw std::runtime_error("zip_open failed");
  for (const auto& [name, content] : members) {
    zip_source_t* source = zip_source_buffer(zip, content.data(), content.size(), 0);
    if (!source || zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE) < 0) {
      zip_source_free(source);
      zip_discard(zip);
      throw std::runtime_error("zip_file_add failed");
    }
  }
  if (zip_close(zip) != 0) {
    zip_discard(zip);
    throw std::runtime_error("zip_close failed");
  }
  return read_file(path);
}

std::string docx_with_document_xml(const std::string& document_xml) {
  return zip_bytes({{"[Content_Types].xml",
                     "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                     "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"},
                    {"word/document.xml", document_xml}});
}

}  // namespace kommunsok::test
