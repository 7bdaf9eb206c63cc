#include <xapian.h>

#include <string>
#include <string_view>

#include "kommunsok/schema/swedish_analyzer.hpp"

// The stemming step of the analyzer: Snowball's Swedish stemmer with the forms it leaves apart
// brought together. Its own file, as folding (diacritic_folding.cpp) and compound splitting
// (compound_splitter.cpp) have theirs; swedish_analyzer.cpp puts the steps together.
namespace kommunsok::schema {

namespace {

bool is_swedish_consonant(char c) {
  return c >= 'a' && c <= 'z' && std::string_view("aeiouy").find(c) == std::string_view::npos;
}

// Snowball's Swedish stemmer strips one suffix per step, so forms of one word can stem
// apart: "skolskjutsen" -> "skolskjuts" but "skolskjuts" -> "skolskjut". It also keeps the
// definite "-et" ("friskvårdsbidraget", "arbetet"). A second pass and an "-et" rule make
// the inflections users type meet the ones documents use.
class SwedishStemmer : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override {
    std::string stem = snowball_(snowball_(word));
    constexpr std::size_t kMinBytesBeforeEt = 4;  // keeps "paket", "budet" whole
    if (stem.size() >= kMinBytesBeforeEt + 2 && stem.ends_with("et") &&
        is_swedish_consonant(stem[stem.size() - 3]))
      stem.resize(stem.size() - 2);
    // Snowball leaves the definite form of nouns in -a ("skolan", "taxan") and in a long
    // vowel ("miljön", "sjön") whole, while it stems "skola" to "skol": so the same rules
    // take the definite -an after a consonant and the -n after ö/å/ä/y
    // (not o: "region", "person", "funktion" end so in their base form).
    constexpr std::size_t kMinBytesBeforeAn = 3;  // keeps "plan", "kran" whole
    if (stem.size() >= kMinBytesBeforeAn + 2 && stem.ends_with("an") && is_swedish_consonant(stem[stem.size() - 3])) {
      stem.resize(stem.size() - 2);
    } else if (stem.size() >= 4 && stem.ends_with("n")) {
      static constexpr std::string_view kLongVowels[] = {"\xC3\xB6", "\xC3\xA5", "\xC3\xA4", "y"};
      const std::string_view before = std::string_view(stem).substr(0, stem.size() - 1);
      for (std::string_view vowel : kLongVowels) {
        if (before.ends_with(vowel) && before.size() > vowel.size() + 1) {
          stem.pop_back();
          break;
        }
      }
    }
    return stem;
  }
  std::string get_description() const override { return "kommunsok-swedish"; }

 private:
  Xapian::Stem snowball_{"swedish"};
};

}  // namespace

Xapian::Stem swedish_stemmer() { return Xapian::Stem(new SwedishStemmer); }

}  // namespace kommunsok::schema
