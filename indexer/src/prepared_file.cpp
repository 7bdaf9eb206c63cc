#include "kommunsok/indexer/prepared_file.hpp"

#include <filesystem>

#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/indexer/index_writer.hpp"
#include "kommunsok/indexer/metadata_recognizer.hpp"
#include "kommunsok/indexer/source_error.hpp"
#include "kommunsok/indexer/text_file.hpp"
#include "kommunsok/schema/upload_spool.hpp"

namespace kommunsok::indexer {

// The original is stored here, before the writer sees the file, so the commit that refers to
// it never comes before it. IndexError (the archive cannot be written) ends the run when the
// writer reaches this file.
PreparedFile prepare_file(const Pending& p, const std::optional<Extraction>& extracted, const OriginalStore& store) {
  PreparedFile out;
  out.path = p.file.path;
  out.id = p.file.id;
  out.source = p.file.source.empty() ? out.path : p.file.source;
  out.replaces = p.replaces;
  Extraction decoded;
  try {
    // A text file is decoded here (cheap and safe, so not in a child process), off the writer's thread.
    if (!extracted) decoded = extract_text(p.source.bytes);
    const Extraction& extraction = extracted ? *extracted : decoded;
    std::string text;
    for (std::size_t i = 0; i < extraction.pages.size(); ++i) {
      if (i > 0) text += '\f';
      text += extraction.pages[i];
    }
    if (extraction.paged) text += '\f';  // even a one-page PDF has page numbers
    out.text_bytes = text.size();
    const DocumentStructure structure(text);
    schema::Document doc = recognize_document(structure);
    // The title the file states: where recognition found none, or ran a heading on into the
    // text after it (paragraphs of Word files and web pages are not blank-line separated).
    const std::string& hint = extraction.title_hint;
    if (doc.title.empty() || (!hint.empty() && doc.title.starts_with(hint + " ") && doc.kind != schema::Kind::Paragraf))
      doc.title = hint;
    doc.id = p.file.id;
    doc.source = out.source;
    if (!p.file.overrides_json.empty()) schema::parse_metadata_overrides(p.file.overrides_json).apply_to(doc);
    doc.original = schema::Original{escaped_id(std::filesystem::path(p.file.path).filename().string()),
                                    p.file.id,
                                    p.sha256,
                                    std::string(format_name(p.format)),
                                    std::string(media_type(p.format)),
                                    p.source.bytes.size(),
                                    iso_utc(p.source.modified),
                                    p.format == Format::Pdf ? static_cast<int>(extraction.pages.size()) : 0,
                                    extraction.ocr_pages};
    store.store(p.source.bytes, p.sha256);
    for (const schema::Document& unit : searchable_units(std::move(doc), structure))
      out.units.push_back(prepare_document(unit, p.hash));
    out.warning = extraction.warning;
    if (!extraction.ocr_pages.empty())
      out.ocr_note = std::to_string(extraction.ocr_pages.size()) + " of " + std::to_string(extraction.pages.size()) +
                     " pages read by OCR";
    out.format = std::string(format_name(p.format));
  } catch (const SourceError& e) {
    out.failure = e.what();
  } catch (const IndexError&) {
    throw;
  } catch (const std::exception& e) {
    out.failure = std::string("could not process: ") + e.what();
  }
  return out;
}

}  // namespace kommunsok::indexer
