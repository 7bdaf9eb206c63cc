#include "kommunsok/indexer/date_recognizer.hpp"

#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/swedish_date.hpp"

namespace kommunsok::indexer {

namespace {

std::optional<schema::IsoDate> labeled_date(const ExtractedText& text, HeaderLabel label) {
  if (auto value = header_value(text.lines(), label)) return find_swedish_date(*value);
  return std::nullopt;
}

}  // namespace

std::optional<schema::IsoDate> recognize_date(const ExtractedText& text, std::string_view title) {
  if (auto date = labeled_date(text, HeaderLabel::MeetingDate)) return date;
  if (auto date = find_swedish_date(title)) return date;
  if (auto date = labeled_date(text, HeaderLabel::Date)) return date;
  return labeled_date(text, HeaderLabel::Time);
}

}  // namespace kommunsok::indexer
