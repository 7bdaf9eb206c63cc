// Why: the document kinds are a closed set the indexer assigns and the API filters on;
// one enum keeps their spelling in one place.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace kommunsok::schema {

enum class Kind { Interpellation, Paragraf, Samverkan, Annat };

/// The API spelling: "interpellation", "paragraf", "samverkan", "annat".
std::string_view to_string(Kind kind);
/// Parses the API spelling; std::nullopt for anything else.
std::optional<Kind> parse_kind(std::string_view text);
/// All kinds, in declaration order.
std::span<const Kind> all_kinds();

}  // namespace kommunsok::schema
