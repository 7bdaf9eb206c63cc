// Why: see parties.hpp — the national parties and the rule that maps a written party to one.
#include "kommunsok/schema/parties.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::schema {

namespace {

using namespace std::string_view_literals;

constexpr std::array kS{"Socialdemokraterna"sv, "Socialdemokrater"sv, "Sveriges socialdemokratiska arbetareparti"sv,
                        "Socialdemokratiska arbetarepartiet"sv};
constexpr std::array kM{"Moderaterna"sv, "Moderata samlingspartiet"sv, "Moderater"sv, "Nya moderaterna"sv};
constexpr std::array kV{"Vänsterpartiet"sv, "Vänsterpartister"sv};
constexpr std::array kMp{"Miljöpartiet de gröna"sv, "Miljöpartiet"sv, "Miljöpartister"sv};
constexpr std::array kC{"Centerpartiet"sv, "Centern"sv, "Centerpartister"sv};
constexpr std::array kL{"Liberalerna"sv};
// Folkpartiet liberalerna took the name Liberalerna in 2015; documents from before keep FP.
constexpr std::array kFp{"Folkpartiet liberalerna"sv, "Folkpartiet"sv, "Folkpartister"sv};
constexpr std::array kKd{"Kristdemokraterna"sv, "Kristdemokrater"sv};
constexpr std::array kSd{"Sverigedemokraterna"sv, "Sverigedemokrater"sv};
constexpr std::array kFi{"Feministiskt initiativ"sv};
constexpr std::array kPp{"Piratpartiet"sv};

constexpr std::array kParties{
    PartyEntry{"S", kS},   PartyEntry{"M", kM},   PartyEntry{"V", kV},   PartyEntry{"MP", kMp},
    PartyEntry{"C", kC},   PartyEntry{"L", kL},   PartyEntry{"FP", kFp}, PartyEntry{"KD", kKd},
    PartyEntry{"SD", kSd}, PartyEntry{"FI", kFi}, PartyEntry{"PP", kPp},
};

// Surrounding whitespace, brackets, quotes and . , : ; dropped: "(S)", "S,", "(s)."
std::optional<std::size_t> find_abbreviation(std::string_view text) {
  const std::string key = normalize_keyword(text);
  for (std::size_t i = 0; i < kParties.size(); ++i)
    if (normalize_keyword(kParties[i].abbreviation) == key) return i;
  return std::nullopt;
}

std::optional<std::size_t> find_name(const std::string& key) {
  static const std::unordered_map<std::string, std::size_t> by_name = [] {
    std::unordered_map<std::string, std::size_t> t;
    for (std::size_t i = 0; i < kParties.size(); ++i)
      for (std::string_view name : kParties[i].names) t.emplace(normalize_keyword(name), i);
    return t;
  }();
  const auto hit = by_name.find(key);
  if (hit == by_name.end()) return std::nullopt;
  return hit->second;
}

}  // namespace

std::optional<std::string> canonical_party(std::string_view written) {
  const std::string_view text = name_without_edges(written);
  if (text.empty()) return std::nullopt;
  std::optional<std::size_t> party = find_abbreviation(text);
  if (!party) {
    const std::string key = normalize_keyword(text);
    party = find_name(key);
    // Genitive of a full name: "Socialdemokraternas", "Feministiskt initiativs".
    if (!party && key.size() > 4 && key.ends_with('s')) party = find_name(key.substr(0, key.size() - 1));
  }
  if (!party) return std::nullopt;
  return std::string(kParties[*party].abbreviation);
}

bool is_national_party_abbreviation(std::string_view abbreviation) {
  return find_abbreviation(abbreviation).has_value();
}

std::span<const PartyEntry> party_table() { return kParties; }

}  // namespace kommunsok::schema
