// Why: recognizers read a structured document, not a bag of lines. Built once in the normalize
// stage: transcript-site and web-page boilerplate set aside, page furniture removed (both
// remembered for --explain), the header block told from the body, and the body cut into its
// sections — each § of a protocol, each numbered agenda item of a samverkan protocol.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kommunsok/indexer/extracted_text.hpp"

namespace kommunsok::indexer {

struct Section {
  enum class Type { Paragraph, AgendaItem };
  Type type = Type::Paragraph;
  std::optional<int> number;  ///< the § or item number; nullopt when extraction lost it
  std::string marker;         ///< as written: "§ 63/20", "KF § 71", "AU 310", "3."
  std::string organ_code;     ///< the organ prefix of the marker ("AU", "KPR"), if any
  std::string heading;
  std::size_t begin = 0;      ///< first line (the marker's) in text().lines()
  std::size_t end = 0;        ///< one past the last line

  /// The section's lines joined by '\n'.
  std::string text(const ExtractedText& doc) const;
};

class DocumentStructure {
 public:
  explicit DocumentStructure(std::string_view raw);

  /// The cleaned text without site boilerplate and page furniture.
  const ExtractedText& text() const { return text_; }
  /// Lines [0, header_end()) of text().lines() are the header block: letterhead, cover page,
  /// attendance lists. The body follows.
  std::size_t header_end() const { return header_end_; }
  /// Sections of the body, in order. Table-of-contents entries are not sections.
  const std::vector<Section>& sections() const { return sections_; }
  /// Every § number the protocol says it holds: its "Paragrafer §§ 130-143" range, else
  /// the numbers of its table of contents and sections. Empty for documents without §.
  const std::vector<int>& paragraph_numbers() const { return paragraph_numbers_; }
  /// The document's name as an archive site printed it (`Download "…"`); its copy at the top
  /// of the text is the site's page title, not the document's opening.
  const std::string& site_title() const { return site_title_; }
  /// The steps of a web page's breadcrumb trail ("Hem", "Ekby kommun", "Kommunfullmäktige"),
  /// empty when it has none: navigation of the municipality's own site, which names the
  /// municipality and the body a page belongs to when the page itself does not.
  const std::vector<std::string>& breadcrumb() const { return breadcrumb_; }
  /// § markers that opened no section, each with why ("table of contents: no text of its
  /// own", "no heading", "the same § again later"): for --explain.
  const std::vector<std::pair<std::string, std::string>>& passed_over_markers() const { return passed_over_markers_; }
  /// Lines set aside as archive-site or web-page boilerplate.
  const std::vector<std::string>& boilerplate() const { return boilerplate_; }
  /// Lines removed as page furniture (page markers, repeated page headers).
  const std::vector<std::string>& furniture() const { return furniture_; }

 private:
  std::vector<std::string> boilerplate_;
  std::vector<std::string> furniture_;
  ExtractedText text_;
  std::size_t header_end_ = 0;
  std::vector<Section> sections_;
  std::vector<int> paragraph_numbers_;
  std::string site_title_;
  std::vector<std::string> breadcrumb_;
  std::vector<std::pair<std::string, std::string>> passed_over_markers_;
};

/// True for a line that archive and transcript sites or web pages add around a document
/// ("Download", "Upload: others", "Post on 30-Jun-2020", "Sidan uppdaterades senast: …").
bool is_site_boilerplate(std::string_view line);

/// "§ 63/20", "KF § 71", "§ 26/2017", "Au 310", "KPR 7" at the start of a line: the number,
/// the marker as written, the organ prefix and the rest of the line. Organ prefixes without
/// a § sign count only when they are known organ codes.
struct ParagraphMarker {
  int number;
  std::string marker;
  std::string organ_code;
  std::string rest;
};
std::optional<ParagraphMarker> match_paragraph_marker(std::string_view line);

/// "… mellan Öjebyn och", "… kommun-", "… skola –": a heading cut by a line break, which goes
/// on on the next line (it ends on a conjunction, a preposition, an article, a dash, or a word
/// that a designation follows, such as "fastigheten").
bool heading_ends_unfinished(std::string_view heading);

}  // namespace kommunsok::indexer
