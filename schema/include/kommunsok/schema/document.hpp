// Why: the one document model both sides speak. The indexer fills it from a source file;
// the server reads it back from stored data and renders it as JSON.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kommunsok/schema/iso_date.hpp"
#include "kommunsok/schema/kind.hpp"

namespace kommunsok::schema {

struct Person {
  std::string name;
  std::string party;       ///< party abbreviation ("MP"), empty when not stated
  std::string role;        ///< e.g. "interpellant", "yttrar sig"; empty when not stated
  std::string union_name;  ///< union represented (samverkan), empty otherwise

  bool operator==(const Person&) const = default;
};

struct Document {
  std::string id;      ///< stable identity: the file's path relative to the indexed root
  std::string source;  ///< absolute path of the file it came from
  Kind kind = Kind::Annat;
  std::string title;
  std::optional<IsoDate> date;  ///< the meeting or decision date; never guessed from body text
  std::string organ;
  std::string municipality;
  std::string unit;  ///< förvaltning
  std::vector<std::string> diarienummer;
  std::optional<int> paragraph;
  std::vector<std::string> parties;  ///< sorted, unique abbreviations
  std::vector<Person> people;
  std::vector<std::string> unions;  ///< unions present (samverkan)
  std::string text;                 ///< normalized full text

  bool operator==(const Document&) const = default;
};

}  // namespace kommunsok::schema
