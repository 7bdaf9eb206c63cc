#include "kommunsok/schema/kind.hpp"

#include <array>

namespace kommunsok::schema {

namespace {
constexpr std::array kKinds{Kind::Interpellation, Kind::Paragraf, Kind::Samverkan, Kind::Annat};
}

std::string_view to_string(Kind kind) {
  switch (kind) {
    case Kind::Interpellation: return "interpellation";
    case Kind::Paragraf: return "paragraf";
    case Kind::Samverkan: return "samverkan";
    case Kind::Annat: return "annat";
  }
  return "annat";
}

std::optional<Kind> parse_kind(std::string_view text) {
  for (Kind kind : kKinds) {
    if (to_string(kind) == text) return kind;
  }
  return std::nullopt;
}

std::span<const Kind> all_kinds() { return kKinds; }

}  // namespace kommunsok::schema
