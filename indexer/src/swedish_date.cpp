#include "kommunsok/indexer/swedish_date.hpp"

#include <array>
#include <regex>
#include <string>

#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::array<const char*, 12> kMonths{"januari", "februari", "mars",    "april",
                                              "maj",     "juni",     "juli",    "augusti",
                                              "september", "oktober", "november", "december"};

int to_int(const std::string& digits) { return std::stoi(digits); }

}  // namespace

int swedish_month(std::string_view word) {
  std::string w = lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (w.size() < 3) return 0;
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    const std::string name = kMonths[m];
    if (w == name) return static_cast<int>(m) + 1;
    // Abbreviations: "jan", "febr", "sept", "okt" — a prefix of at least three letters.
    if (name.starts_with(w) && w.size() >= 3) return static_cast<int>(m) + 1;
  }
  return 0;
}

std::optional<schema::IsoDate> find_swedish_date(std::string_view text) {
  static const std::regex iso(R"((^|[^0-9])((?:19|20)\d\d)[-.](\d{1,2})[-.](\d{1,2})($|[^0-9]))");
  static const std::regex spelled(
      R"((^|[^0-9])(\d{1,2})(?:\s{0,2}:e|\s{0,2}:a|\s{0,2}:de)?\s{1,3}([A-Za-z\xC3\xA4\xC3\xA5\xC3\xB6\xC3\x84\xC3\x85\xC3\x96.]{3,10}),?\s{1,3}((?:19|20)\d\d)($|[^0-9]))");
  // "8/10 2025", "8/10-2025": day, month, then the year after a space or a dash.
  static const std::regex numeric(R"((^|[^0-9/])(\d{1,2})/(\d{1,2})(?:\s{1,3}|-)((?:19|20)\d\d)($|[^0-9/]))");

  const std::string s(text);
  std::optional<schema::IsoDate> best;
  std::ptrdiff_t best_pos = -1;
  auto consider = [&](std::ptrdiff_t pos, int y, int m, int d) {
    if (!schema::is_valid_date(y, m, d)) return;
    if (best_pos < 0 || pos < best_pos) {
      best = schema::IsoDate{y, m, d};
      best_pos = pos;
    }
  };
  for (auto it = std::sregex_iterator(s.begin(), s.end(), iso); it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    consider(m.position(2), to_int(m[2]), to_int(m[3]), to_int(m[4]));
  }
  for (auto it = std::sregex_iterator(s.begin(), s.end(), spelled); it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    if (int month = swedish_month(m[3].str()); month > 0)
      consider(m.position(2), to_int(m[4]), month, to_int(m[2]));
  }
  for (auto it = std::sregex_iterator(s.begin(), s.end(), numeric); it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    consider(m.position(2), to_int(m[4]), to_int(m[3]), to_int(m[2]));
  }
  return best;
}

}  // namespace kommunsok::indexer
