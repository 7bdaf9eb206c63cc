#include "kommunsok/indexer/header_labels.hpp"

#include <array>

#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::indexer {

namespace {

struct LabelSpelling {
  const char* text;
  HeaderLabel label;
};

// Longer spellings first so "Datum" does not shadow "Sammanträdesdatum".
constexpr std::array kSpellings{
    LabelSpelling{"Sammanträdesdatum", HeaderLabel::MeetingDate},
    LabelSpelling{"Sammanträdesdag", HeaderLabel::MeetingDate},
    LabelSpelling{"Mötesdatum", HeaderLabel::MeetingDate},
    LabelSpelling{"Mötesdag", HeaderLabel::MeetingDate},
    LabelSpelling{"Mötestid", HeaderLabel::Time},
    LabelSpelling{"Beslutsdatum", HeaderLabel::Date},
    // "Datum och tid: 2026-02-17, kl. 09.00": when a meeting sat, as "Tid" says it.
    LabelSpelling{"Datum och tid", HeaderLabel::Time},
    LabelSpelling{"Datum och plats", HeaderLabel::Time},
    LabelSpelling{"Datum, tid", HeaderLabel::Time},
    LabelSpelling{"Datum/tid", HeaderLabel::Time},
    LabelSpelling{"Tid och datum", HeaderLabel::Time},
    LabelSpelling{"Datum", HeaderLabel::Date},
    LabelSpelling{"Tidpunkt", HeaderLabel::Time},
    LabelSpelling{"Tid och plats", HeaderLabel::Time},
    LabelSpelling{"Plats och tid", HeaderLabel::Time},
    LabelSpelling{"Tid", HeaderLabel::Time},
    // "Start: 2026-10-06T13:00:00+02:00   Slut: …": a calendar's or portal's meeting start.
    LabelSpelling{"Mötesstart", HeaderLabel::Time},
    LabelSpelling{"Starttid", HeaderLabel::Time},
    LabelSpelling{"Start", HeaderLabel::Time},
    LabelSpelling{"Beslutsinstans", HeaderLabel::Organ},
    LabelSpelling{"Organ", HeaderLabel::Organ},
    LabelSpelling{"Nämnd", HeaderLabel::Organ},
    LabelSpelling{"Paragraf", HeaderLabel::Paragraph},
    LabelSpelling{"Diarienummer", HeaderLabel::Diarienummer},
    LabelSpelling{"Diarienr", HeaderLabel::Diarienummer},
    LabelSpelling{"Ärendenummer", HeaderLabel::Diarienummer},
    LabelSpelling{"Ärendenr", HeaderLabel::Diarienummer},
    LabelSpelling{"Ärende nr", HeaderLabel::Diarienummer},
    LabelSpelling{"Vårt dnr", HeaderLabel::Diarienummer},
    LabelSpelling{"Dnr", HeaderLabel::Diarienummer},
    LabelSpelling{"Plats", HeaderLabel::Place},
    LabelSpelling{"Närvarande", HeaderLabel::Present},
};

// A header value is a date, a number or a short name; longer text is a sentence that
// happens to start with a label word, and parsers need not see all of it.
constexpr std::size_t kMaxValueBytes = 200;

}  // namespace

bool is_page_count_label(std::string_view text) {
  const std::string lowered = lower(trim(text));
  return lowered == "sida" || lowered == "sidan" || lowered == "sid";
}

std::optional<LabeledLine> match_header_label(std::string_view line) {
  line = trim(line);
  for (const auto& spelling : kSpellings) {
    const std::string_view text = spelling.text;
    if (!starts_with_ci(line, text)) continue;
    std::string_view rest = line.substr(text.size());
    // The label must end at a word boundary: "Datum:" or "Datum 2021", not "Datumet".
    if (!rest.empty() && rest.front() != ':' && rest.front() != ' ' && rest.front() != '.' &&
        rest.front() != '\t')
      continue;
    if (!rest.empty() && (rest.front() == ':' || rest.front() == '.')) rest.remove_prefix(1);
    // Cut where a letter ends: the value may become a field of the document.
    return LabeledLine{spelling.label, std::string(trim(schema::truncate_utf8(rest, kMaxValueBytes)))};
  }
  return std::nullopt;
}

std::optional<std::string> header_value(const std::vector<std::string>& lines, HeaderLabel label,
                                        std::size_t max_lines) {
  const std::size_t limit = std::min(max_lines, lines.size());
  for (std::size_t i = 0; i < limit; ++i) {
    auto labeled = match_header_label(lines[i]);
    if (!labeled || labeled->label != label) continue;
    if (!labeled->value.empty()) return labeled->value;
    for (std::size_t j = i + 1; j < lines.size() && j <= i + 3; ++j) {
      if (lines[j].empty()) continue;
      if (match_header_label(lines[j])) break;
      return schema::truncate_utf8(lines[j], kMaxValueBytes);
    }
  }
  return std::nullopt;
}

std::string_view without_unit_label(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return text;
  const std::string label = lower(trim(text.substr(0, colon)));
  if (label == "förvaltning" || label == "enhet" || label == "verksamhet" || label == "sektor" || label == "avdelning")
    return trim(text.substr(colon + 1));
  return text;
}

}  // namespace kommunsok::indexer
