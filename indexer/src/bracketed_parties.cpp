#include "kommunsok/indexer/bracketed_parties.hpp"

#include "kommunsok/schema/parties.hpp"

namespace kommunsok::indexer {

std::string parties_in_parentheses(std::string_view text) {
  constexpr std::size_t kMaxCodeBytes = 3;  // "S", "MP", "KD", "SD"
  std::string out(text);
  for (std::size_t open = out.find('['); open != std::string::npos; open = out.find('[', open + 1)) {
    // After a word and a space: "Wikström [M]".
    if (open < 2 || out[open - 1] != ' ' || out[open - 2] == ' ' || out[open - 2] == '\n') continue;
    std::size_t close = open + 1;
    while (close < out.size() && close - open - 1 <= kMaxCodeBytes && out[close] >= 'A' && out[close] <= 'Z') ++close;
    if (close >= out.size() || out[close] != ']' || close == open + 1) continue;
    if (!schema::is_national_party_abbreviation(std::string_view(out).substr(open + 1, close - open - 1))) continue;
    out[open] = '(';
    out[close] = ')';
  }
  return out;
}

}  // namespace kommunsok::indexer
