// Why: Swedish writes compounds as one word — "friskvårdsbidraget", "skolskjutsarna" — and
// users search for a part ("friskvård", "bidrag"). Compounds are split with a real dictionary
// (hunspell-sv) and the parts indexed under their own prefix, so part matches are found but
// rank below whole-word matches.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class Hunspell;

namespace kommunsok::schema {

class CompoundSplitter {
 public:
  /// Reads the dictionary at dictionary_base + ".aff" / ".dic". Without it, nothing is split
  /// (available() is false) — search still works, without part matches.
  explicit CompoundSplitter(const std::string& dictionary_base);
  ~CompoundSplitter();
  CompoundSplitter(const CompoundSplitter&) = delete;
  CompoundSplitter& operator=(const CompoundSplitter&) = delete;

  /// The process-wide splitter over Debian's hunspell-sv (/usr/share/hunspell/sv_SE).
  static CompoundSplitter& swedish();

  bool available() const { return hunspell_ != nullptr; }

  /// The parts of a lower-case word, each a dictionary word of at least four letters, with the
  /// linking -s- and a dropped final -a/-e restored ("friskvårdsbidraget" -> "friskvård",
  /// "bidraget", and "frisk", "vård" when those split too; "skolskjuts" -> "skola", "skjuts").
  /// Empty for words that are no compound, short words and words with digits. Thread-safe.
  std::vector<std::string> parts(const std::string& word);

 private:
  bool is_simple_word(const std::string& word);
  bool begins_compounds(const std::string& written);
  std::vector<std::string> split(const std::string& word, int depth);
  std::vector<std::string> split_uncached(const std::string& word, int depth);

  std::unique_ptr<Hunspell> hunspell_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::vector<std::string>> cache_;
  std::unordered_map<std::string, bool> words_;
  std::unordered_map<std::string, std::vector<std::string>> splits_;
  std::unordered_map<std::string, bool> beginnings_;
};

}  // namespace kommunsok::schema
