#include "kommunsok/indexer/kind_recognizer.hpp"

#include <array>

#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/paragraph_recognizer.hpp"
#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

bool is_interpellation(const std::string& opening) {
  const std::string lowered = lower(opening);
  return lowered.starts_with("svar på interpellation") || lowered.starts_with("interpellationssvar") ||
         (lowered.find("interpellation") != std::string::npos &&
          lowered.find("ställd av") != std::string::npos);
}

bool is_samverkan_title(const std::string& opening) {
  static constexpr std::array kGroups{"förvaltningsgrupp", "samverkansgrupp", "samverkansmöte",
                                      "skyddskommitté", "arbetsplatsträff", "lokal samverkan",
                                      "central samverkan"};
  const std::string lowered = lower(opening);
  for (const char* group : kGroups)
    if (lowered.find(group) != std::string::npos) return true;
  return false;
}

std::size_t count_occurrences(const std::string& haystack, std::string_view needle) {
  std::size_t count = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++count;
  return count;
}

bool has_union_exchanges(const ExtractedText& text) {
  const std::string lowered = lower(text.flat());
  if (lowered.find("fackliga organisationer") != std::string::npos &&
      lowered.find("arbetsgivare") != std::string::npos)
    return true;
  return count_occurrences(lowered, "arbetsgivaren svara") >= 2;
}

}  // namespace

schema::Kind recognize_kind(const ExtractedText& text) {
  const auto& paragraphs = text.paragraphs();
  const std::string opening = paragraphs.empty() ? std::string() : paragraphs.front();
  if (is_interpellation(opening)) return schema::Kind::Interpellation;
  if (is_samverkan_title(opening)) return schema::Kind::Samverkan;
  const bool has_protocol_header = header_value(text.lines(), HeaderLabel::MeetingDate, 40) ||
                                   header_value(text.lines(), HeaderLabel::Diarienummer, 40);
  if (recognize_paragraph(text) && has_protocol_header) return schema::Kind::Paragraf;
  if (has_union_exchanges(text)) return schema::Kind::Samverkan;
  return schema::Kind::Annat;
}

}  // namespace kommunsok::indexer
