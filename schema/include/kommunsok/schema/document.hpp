// Why: the one document model both sides speak. The indexer fills it from a source file;
// the server reads it back from stored data and renders it as JSON.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kommunsok/schema/iso_date.hpp"
#include "kommunsok/schema/kind.hpp"

namespace kommunsok::schema {

struct Person {
  std::string name;
  std::string party;       ///< party abbreviation ("MP"), empty when not stated
  std::string role;        ///< e.g. "interpellant", "yttrar sig"; empty when not stated
  std::string union_name;  ///< union represented (samverkan), empty otherwise
  std::string side;        ///< samverkan: "arbetsgivaren" or "arbetstagarna"; empty otherwise

  bool operator==(const Person&) const = default;
};

/// One question and the answer that follows it: a union asking the employer in samverkan,
/// or an interpellant asking a politician.
struct Exchange {
  std::string asker;        ///< the person, or the union when the text names only the union
  std::string affiliation;  ///< the asker's union or party
  std::string answerer;     ///< "Arbetsgivaren", or the person answering
  std::string question;
  std::string answer;       ///< empty when the text holds no answer
  std::string section;      ///< heading of the agenda item or § it stands in; empty if none
  std::size_t position = 0; ///< byte offset of the question in the document's text

  bool operator==(const Exchange&) const = default;
};

/// The file a document came from, as archived: what a reader cites and downloads.
struct Original {
  std::string file_name;   ///< the file's own name
  std::string path;        ///< relative to the indexed folder
  std::string sha256;      ///< of the bytes; names the archived copy
  std::string format;      ///< "pdf", "docx", "html", "odt", "text"
  std::string media_type;
  std::uint64_t size = 0;
  std::string modified;    ///< the file's modification time, ISO 8601 UTC
  int pages = 0;           ///< real pages (PDF); 0 when the format has none
  std::vector<int> ocr_pages;

  bool operator==(const Original&) const = default;
};

/// A § or agenda item of a document, and the page it starts on.
struct SectionStart {
  std::optional<int> number;
  std::string heading;
  std::optional<int> page;

  bool operator==(const SectionStart&) const = default;
};

struct Document {
  std::string id;      ///< stable identity: the file's path relative to the indexed root
  /// Absolute path of the file it came from: the indexer's own, kept in a value slot and
  /// never part of the JSON the API serves.
  std::string source;
  Original original;
  Kind kind = Kind::Annat;
  std::string title;
  std::optional<IsoDate> date;  ///< the meeting or decision date; never guessed from body text
  std::string organ;
  std::string municipality;
  std::string unit;  ///< förvaltning
  std::vector<std::string> diarienummer;
  std::optional<int> paragraph;     ///< the § of a paragraph document (or of a one-§ protocol)
  std::vector<int> paragraphs;      ///< every § a protocol holds, in order
  std::vector<std::string> parties;  ///< sorted, unique abbreviations
  std::vector<Person> people;
  std::vector<std::string> unions;         ///< unions present (samverkan)
  std::vector<std::string> unions_absent;  ///< unions listed under Förhinder/Frånvarande
  std::vector<Exchange> exchanges;
  std::string decision;                    ///< a paragraph's decision text
  /// A paragraph split from a protocol: the protocol's id and this §'s position in it (1-based).
  std::string protocol_id;
  std::optional<int> position;
  /// A protocol split into paragraphs: their ids, in order.
  std::vector<std::string> paragraph_ids;
  std::string text;                 ///< normalized full text
  bool text_truncated = false;      ///< the stored text stops at its size bound; the original has it all
  /// The page the text starts on (null when the source has no pages), and the byte offsets in
  /// `text` where each following page starts.
  std::optional<int> page;
  std::vector<std::size_t> page_breaks;
  std::vector<SectionStart> sections;

  bool operator==(const Document&) const = default;
};

}  // namespace kommunsok::schema

namespace kommunsok::schema {

/// The page `offset` (a byte offset in doc.text) stands on; null when the document has none.
std::optional<int> page_at(const Document& doc, std::size_t offset);

}  // namespace kommunsok::schema
