#include "kommunsok/indexer/attendance_recognizer.hpp"

#include <algorithm>
#include <optional>

#include "kommunsok/indexer/people_recognizer.hpp"
#include "kommunsok/indexer/person_names.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/organs.hpp"
#include "kommunsok/schema/parties.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxNameWords = 3;

// The words of the lists, and which of them end a line: a name or a role never runs on over
// a line end in text that kept its lines (flattened text has few line ends to stop at).
struct Words {
  std::vector<std::string> words;
  std::vector<bool> ends_line;
  std::size_t size() const { return words.size(); }
  const std::string& operator[](std::size_t i) const { return words[i]; }
};
constexpr std::size_t kMaxRoleWords = 6;

std::string without_trailing(std::string_view word, std::string_view chars) {
  while (!word.empty() && chars.find(word.back()) != std::string_view::npos) word.remove_suffix(1);
  return std::string(word);
}

// The lines' words, names glued across table cells set apart, with the line ends marked.
Words words_of(const std::vector<std::string>& lines) {
  Words words;
  for (const auto& line : lines) {
    const std::string unglued = unglue_names(line);  // split_words() views into it
    for (std::string_view w : split_words(unglued)) {
      words.words.emplace_back(w);
      words.ends_line.push_back(false);
    }
    if (!words.ends_line.empty()) words.ends_line.back() = true;
  }
  return words;
}

bool is_initial(std::string_view word) {
  return word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
}

// The name ending at words[end] (its trailing comma removed): up to three name words, an
// initial allowed inside ("Anna V Svensson").
std::optional<std::string> name_ending_at(const Words& words, std::size_t end) {
  std::vector<std::string> name;
  for (std::size_t k = end + 1; k-- > 0 && name.size() < kMaxNameWords;) {
    // "…; Peter / Sahlin, bibliotekschef": a first name that opens an entry at a line's end.
    const bool opens_entry = name.size() == 1 && k > 0 && (words[k - 1].ends_with(";") || words[k - 1].ends_with(","));
    if (k < end && words.ends_line[k] && !opens_entry) break;
    const std::string word = k == end ? without_trailing(words[k], ",") : words[k];
    // An initial stands between two name words; after a comma it is a party ("Ek, S Per Ås").
    if (is_name_word(word) ||
        (is_initial(word) && !name.empty() && k > 0 && !words[k - 1].ends_with(",") && is_name_word(words[k - 1]))) {
      name.insert(name.begin(), word);
      continue;
    }
    break;
  }
  if (name.size() < 2) return std::nullopt;
  return join(name, " ");
}

// A role phrase starting at words[from]: lower-case words, role words, "1:e vice ordförande",
// "§ 56" references; it ends before the next name.
std::string role_from(const Words& words, std::size_t from, bool& has_role_word) {
  std::vector<std::string> role;
  has_role_word = false;
  for (std::size_t k = from; k < words.size() && role.size() < kMaxRoleWords; ++k) {
    const std::string& w = words[k];
    const bool lowercase = starts_lowercase(w) || (!w.empty() && w[0] >= '0' && w[0] <= '9') || w.starts_with("\xC2\xA7");
    const bool abbreviation = lower(w) == "tf" || lower(w) == "tf." || lower(w) == "bitr.";
    // "Socialt Ansvarig Socionom": capitalised words that lead, at the role's start, to a
    // capitalised role word — taken whole.
    if (role.empty() && starts_uppercase(w) && !is_role_word(w)) {
      std::size_t end = k + 1;
      while (end < words.size() && end <= k + 2 && starts_uppercase(words[end]) && !is_role_word(words[end])) ++end;
      if (end < words.size() && end <= k + 2 && starts_uppercase(words[end]) && is_role_word(words[end])) {
        for (std::size_t j = k; j <= end; ++j) role.push_back(words[j]);
        has_role_word = true;
        k = end;
        continue;
      }
    }
    if (!lowercase && !is_role_word(w) && !abbreviation) break;
    // A capitalised office after the role has begun opens the next entry ("… Kommundirektör
    // Jon Sand"), unless all before it was "tf." ("tf. Utvecklingschef").
    const bool only_abbreviation = role.size() == 1 && (lower(role[0]) == "tf" || lower(role[0]) == "tf." ||
                                                        lower(role[0]) == "bitr.");
    if (!role.empty() && !only_abbreviation && !lowercase && starts_uppercase(w)) break;
    if (is_role_word(w)) has_role_word = true;
    role.push_back(w);
    if (words.ends_line[k] || (w.ends_with(",") && k + 1 < words.size() && is_name_word(words[k + 1]))) break;
  }
  return without_trailing(join(role, " "), ",. ");
}

// "Anna Ek, M, ordförande", "Per Ås, s", "Eva Lund, nämndsekreterare", "Cecilia Sjö, MAS".
void name_comma_forms(const Words& words, std::vector<schema::Person>& people) {
  // A role's letters, no local party: medicinskt ansvarig sjuksköterska, huvudskyddsombud, …
  static constexpr std::string_view kRoleLetters[] = {"MAS", "MAR", "MAP", "SAS", "HSO", "HSSO", "RSO", "SSO", "LSO"};
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (!words[i].ends_with(",")) continue;
    const auto name = name_ending_at(words, i);
    if (!name) continue;
    const std::string next = without_trailing(words[i + 1], ",");
    const bool role_letters = std::find(std::begin(kRoleLetters), std::end(kRoleLetters), next) != std::end(kRoleLetters);
    const bool party_shaped = next.size() <= 2 && (words[i + 1].ends_with(",") || i + 2 == words.size() ||
                                                  starts_uppercase(words[i + 2]));
    if (auto party = schema::canonical_party(next); party && party_shaped) {
      bool has_role = false;
      const std::string role = words[i + 1].ends_with(",") ? role_from(words, i + 2, has_role) : std::string();
      merge_person(people, schema::Person{*name, *party, role, "", ""});
      continue;
    }
    // "Rolf Axelsson, VKL": a local party's three or four capitals, closing the entry — no
    // union, organ or confederation. (Two capitals are too often a role: "HR", "VD".)
    if (const bool capitals = next.size() >= 3 && next.size() <= 4 &&
                              std::all_of(next.begin(), next.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) && !role_letters;
        capitals && (words[i + 1].ends_with(",") || i + 2 == words.size() || words.ends_line[i + 1]) &&
        !schema::canonical_union(next) && !schema::is_union_confederation(next) && !schema::find_organ(next)) {
      bool has_role = false;
      const std::string role = words[i + 1].ends_with(",") ? role_from(words, i + 2, has_role) : std::string();
      merge_person(people, schema::Person{*name, next, role, "", ""});
      continue;
    }
    // "Eva Ek, Kommunal", "Jan Ås, SACO": a union's representative.
    if (auto union_name = schema::canonical_union(next); union_name || schema::is_union_confederation(next)) {
      merge_person(people, schema::Person{*name, "", "", union_name.value_or(next), ""});
      continue;
    }
    bool has_role = false;
    const std::string role = role_from(words, i + 1, has_role);
    // "Lennart Hed, tjänstgörande ersättare (FP)": the party in brackets after the role.
    std::string party;
    if (const std::size_t after = i + 1 + split_words(role).size();
        has_role && after < words.size() && !words.ends_line[after - 1] && words[after].starts_with("(") &&
        without_trailing(words[after], ",.").ends_with(")"))
      if (const std::string inside = without_trailing(words[after], ",."); inside.size() > 2)
        if (const auto written = schema::canonical_party(std::string_view(inside).substr(1, inside.size() - 2))) party = *written;
    if (has_role || role_letters) merge_person(people, schema::Person{*name, party, role.empty() ? next : role, "", ""});
  }
}

// "Kristian Ahl (förvaltningschef)", "Nora Ström (controller, § 22)": a name with its role in
// brackets, as lists of officers write it (a party in brackets is read elsewhere).
void name_bracket_role_forms(const Words& words, std::vector<schema::Person>& people) {
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string_view next = words[i + 1];
    if (!next.starts_with("(") || next.size() < 3 || words[i].ends_with(",")) continue;
    const auto name = name_ending_at(words, i);
    if (!name) continue;
    // The bracket's words up to its close.
    std::vector<std::string> inside;
    for (std::size_t k = i + 1; k < words.size() && k <= i + 6; ++k) {
      std::string w(k == i + 1 ? words[k].substr(1) : words[k]);
      const bool closes = w.find(')') != std::string::npos;
      if (closes) w.resize(w.find(')'));
      inside.push_back(w);
      if (closes) break;
    }
    if (inside.empty() || !starts_lowercase(inside.front())) continue;
    if (!is_role_word(without_trailing(inside.front(), ",")) && !starts_with_ci(inside.front(), "ordförande")) continue;
    merge_person(people, schema::Person{*name, "", join(inside, " "), "", ""});
  }
}

// "Tjänstepersoner: Henrik Wallgren samhällsbyggnadschef, Sara Nyholm planchef": officers listed
// under their label, each name with its office after it and no comma between. (Only under such a
// label: elsewhere "Norra Ekbyskolan rektor" is a school and its head.)
void labelled_officers(const std::vector<std::string>& lines, std::vector<schema::Person>& people) {
  static constexpr std::string_view kLabels[] = {"tjänstepersoner", "tjänstemän", "närvarande tjänstepersoner",
                                                 "närvarande tjänstemän", "övriga närvarande", "övriga deltagare",
                                                 "tjänstepersoner närvarande", "föredragande"};
  constexpr std::size_t kMaxLineBytes = 400;
  bool in_list = false;  // the list runs on over the lines after its label, to a blank line or a label
  for (const std::string& line : lines) {
    const std::size_t colon = line.find(':');
    if (line.size() > kMaxLineBytes || trim(line).empty()) {
      in_list = false;
      continue;
    }
    std::string_view entries;
    if (colon != std::string::npos && colon < 40) {
      const std::string label = lower(trim(std::string_view(line).substr(0, colon)));
      in_list = std::any_of(std::begin(kLabels), std::end(kLabels), [&](std::string_view l) { return label == l; });
      entries = std::string_view(line).substr(colon + 1);
    } else {
      entries = line;
    }
    if (!in_list) continue;
    for (std::string_view rest = entries; !rest.empty();) {
      const std::size_t comma = rest.find(',');
      const auto words = split_words(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      if (words.size() < 3 || words.size() > 4 || !starts_lowercase(words.back()) || !is_role_word(words.back())) continue;
      const std::vector<std::string> name(words.begin(), words.end() - 1);
      if (std::all_of(name.begin(), name.end(), [](const std::string& w) { return is_name_word(w); }))
        merge_person(people, schema::Person{join(name, " "), "", std::string(words.back()), "", ""});
    }
  }
}

// "tjg för Klas Ek", "tjänstgörande för Eva Ås", "ersätter Bo Lind": the member substituted.
void substituted_members(const Words& words, std::vector<schema::Person>& people) {
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    const std::string w = lower(words[i]);
    std::size_t from = 0;
    if ((w == "tjg" || w == "tjänstgörande" || w == "ersättare") && lower(words[i + 1]) == "för") from = i + 2;
    if (w == "ersätter") from = i + 1;
    if (from == 0) continue;
    std::vector<std::string> name;
    for (std::size_t k = from; k < words.size() && name.size() < kMaxNameWords; ++k) {
      const std::string word = without_trailing(words[k], ",.");
      if (!is_name_word(word)) break;
      name.push_back(word);
      if (words[k] != word || words.ends_line[k]) break;
    }
    if (name.size() >= 2) merge_person(people, schema::Person{join(name, " "), "", "ersatt ledamot", "", ""});
  }
}

// "Kommundirektör Jan Berg", "Tf förvaltningschef Eva Ek", "Sekreterare: Lars Ås Ulla Ek".
void role_first_forms(const Words& words, std::vector<schema::Person>& people) {
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    const std::string role_word = without_trailing(words[i], ":,.");
    if (!is_role_word(role_word) || words[i].ends_with(",")) continue;
    // "Ordförande" / "Gunilla Karlsson": a signature block's role line over a name line. Not the
    // role ending an entry ("Tea Ring, planchef") over the next entry's name.
    if (words.ends_line[i]) {
      if (i > 0 && !words.ends_line[i - 1] && words[i - 1].ends_with(",")) continue;
      std::vector<std::string> line;
      for (std::size_t k = i + 1; k < words.size(); ++k) {
        line.push_back(words[k]);
        if (words.ends_line[k]) break;
      }
      if ((line.size() == 2 || line.size() == 3) &&
          std::all_of(line.begin(), line.end(), [](const std::string& w) { return is_name_word(w) && !w.ends_with(","); }))
        merge_person(people, schema::Person{join(line, " "), "", lower(without_trailing(words[i], ":,.")), "", ""});
      continue;
    }
    std::vector<std::string> run;
    std::size_t k = i + 1;
    bool ends_at_comma = false;
    for (; k < words.size() && run.size() < 5; ++k) {
      const std::string w = without_trailing(words[k], ",");
      if (!is_name_word(w) && !(is_initial(w) && !run.empty())) break;
      run.push_back(w);
      if (words[k].ends_with(",")) {
        ends_at_comma = true;
        ++k;
        break;
      }
      if (words.ends_line[k]) {
        ++k;
        break;
      }
    }
    // "Tf förvaltningschef Eva Dal Anna V Berg, ekonom": the name before the comma opens
    // the next entry; this one is the first two words.
    if (ends_at_comma && run.size() >= 4) run.resize(2);
    // "chef för hållbar samhällsutveckling Elin Ek 172", "förvaltningschef för Intern Service
    // Torbjörn Friberg ,": what the office is for, then the name before a number or comma.
    if (run.empty() && i + 2 < words.size() && lower(words[i + 1]) == "för") {
      std::size_t j = i + 2;
      std::vector<std::string> purpose{"för"};
      while (j < words.size() && j < i + 8 && starts_lowercase(words[j]) && !words.ends_line[j - 1])
        purpose.push_back(words[j++]);
      std::vector<std::string> names;
      for (; j < words.size() && names.size() < 4; ++j) {
        const std::string w = without_trailing(words[j], ",");
        if (!is_name_word(w)) break;
        names.push_back(w);
        if (words[j].ends_with(",") || words.ends_line[j]) {
          ++j;
          break;
        }
      }
      const bool closed = j >= words.size() || words[j - 1].ends_with(",") || words[j] == "," ||
                          (!words[j].empty() && words[j][0] >= '0' && words[j][0] <= '9');
      if (closed && names.size() == 4) {  // an office's own name first: "för Intern Service"
        purpose.insert(purpose.end(), names.begin(), names.begin() + 2);
        names.erase(names.begin(), names.begin() + 2);
      }
      if (closed && (names.size() == 2 || names.size() == 3))
        merge_person(people, schema::Person{join(names, " "), "", lower(role_word) + " " + join(purpose, " "), "", ""});
      continue;
    }
    // A party in parentheses follows: that form is read elsewhere.
    if (k < words.size() && words[k].starts_with("(")) continue;
    std::string role = lower(role_word);
    if (i > 0 && (lower(words[i - 1]) == "tf" || lower(words[i - 1]) == "tf.")) role = "tf " + role;
    if (run.size() == 2 || run.size() == 3) {
      merge_person(people, schema::Person{join(run, " "), "", role, "", ""});
    } else if (run.size() == 4) {  // two names under one role: "Lars Ås Ulla Ek"
      merge_person(people, schema::Person{run[0] + " " + run[1], "", role, "", ""});
      merge_person(people, schema::Person{run[2] + " " + run[3], "", role, "", ""});
    }
  }
}

// "/Lina Dahl": a signature.
void signatures(const std::vector<std::string>& lines, std::vector<schema::Person>& people) {
  for (const auto& line : lines) {
    const std::string_view t = trim(line);
    if (!t.starts_with("/")) continue;
    const auto words = split_words(t.substr(1));
    if (words.size() < 2 || words.size() > 3) continue;
    if (std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w); })) {
      std::vector<std::string> name(words.begin(), words.end());
      merge_person(people, schema::Person{join(name, " "), "", "", "", ""});
    }
  }
}

// "Interpellation till Eva Ek", "till blivande ordförande i BUN, Bo Ny.", "har interpellerat
// Bo Ny": the one an interpellation is put to.
void addressees(const Words& words, std::vector<schema::Person>& people) {
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    const std::string w = lower(words[i]);
    if (w != "till" && !(w == "interpellerat" && i > 0 && lower(words[i - 1]) == "har")) continue;
    std::size_t k = i + 1;
    std::vector<std::string> role;
    // Lower-case words of an office may come first, up to a comma: "blivande ordförande i BUN,".
    for (std::size_t j = k; j < words.size() && j < k + 6; ++j) {
      if (is_name_word(without_trailing(words[j], ","))) break;
      role.push_back(without_trailing(words[j], ","));
      if (words[j].ends_with(",")) {
        k = j + 1;
        break;
      }
    }
    if (!role.empty() && k == i + 1) continue;  // office words with no comma: read elsewhere
    std::vector<std::string> name;
    for (std::size_t j = k; j < words.size() && name.size() < kMaxNameWords; ++j) {
      const std::string word = without_trailing(words[j], ",.");
      if (!is_name_word(word)) break;
      name.push_back(word);
      if (words[j] != word || words.ends_line[j]) break;
    }
    if (name.size() >= 2 && (k + name.size() >= words.size() || !words[k + name.size()].starts_with("(")))
      merge_person(people, schema::Person{join(name, " "), "", role.empty() ? "addressee" : join(role, " "), "", ""});
  }
}

// "under Reino Perssons tid som ordförande": an earlier holder of an office, named in the
// genitive. Only a genitive -s after a consonant is stripped: "Jonas" may be a whole name.
void genitive_office_holders(const Words& words, std::vector<schema::Person>& people) {
  auto is_consonant = [](char c) { return c >= 'a' && c <= 'z' && std::string_view("aeiouysxz").find(c) == std::string_view::npos; };
  for (std::size_t i = 0; i + 4 < words.size(); ++i) {
    const std::string& surname = words[i + 1];
    if (lower(words[i + 2]) != "tid" || lower(words[i + 3]) != "som") continue;
    if (!is_name_word(words[i]) || words[i].ends_with(",") || !is_name_word(surname)) continue;
    if (surname.size() < 4 || !surname.ends_with("s") || !is_consonant(surname[surname.size() - 2])) continue;
    const std::string role = without_trailing(words[i + 4], ",.");
    if (!is_role_word(role)) continue;
    merge_person(people, schema::Person{words[i] + " " + surname.substr(0, surname.size() - 1), "",
                                        "tidigare " + lower(role), "", ""});
  }
}

// A line that is a role alone ("Ordförande", "Vice ordförande"), no name or comma in it.
bool is_role_line(std::string_view line) {
  const auto words = split_words(trim(line));
  constexpr std::size_t kMaxRoleLineWords = 3;
  return !words.empty() && words.size() <= kMaxRoleLineWords && line.find(',') == std::string_view::npos &&
         is_role_word(words.back()) && std::none_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w); });
}

// "Lisa Hammar" / "Kommunsekreterare": a signature's name line over its role line.
void name_over_role(const std::vector<std::string>& lines, std::vector<schema::Person>& people) {
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    // "Ordförande / Anna Ek / Sekreterare / Bo Ny": under a role of its own the name is that role's.
    if (i > 0 && is_role_line(lines[i - 1])) continue;
    const auto name = split_words(trim(lines[i]));
    const auto role = split_words(trim(lines[i + 1]));
    // "Mark- och exploateringsingenjör": a compound role, its role word last.
    const bool compound = !role.empty() && role.front().ends_with("-") && is_role_word(role.back()) &&
                          lines[i + 1].find(',') == std::string::npos;
    if (name.size() < 2 || name.size() > 3 || role.empty() || role.size() > 4 || !(is_role_word(role.front()) || compound))
      continue;
    if (!std::all_of(name.begin(), name.end(), [](std::string_view w) { return is_name_word(w) && !w.ends_with(","); }))
      continue;
    std::vector<std::string> n(name.begin(), name.end()), r(role.begin(), role.end());
    merge_person(people, schema::Person{join(n, " "), "", lower(join(r, " ")), "", ""});
  }
}

// A name alone on one of the last lines: an interpellation's signature.
void closing_signature(const std::vector<std::string>& lines, std::vector<schema::Person>& people) {
  constexpr std::size_t kClosingLines = 6;
  std::size_t seen = 0;
  for (std::size_t i = lines.size(); i-- > 0 && seen < kClosingLines;) {
    const std::string_view line = trim(lines[i]);
    if (line.empty()) continue;
    ++seen;
    const auto words = split_words(line);
    // "Medborgarhuset, Eslöv.": a place ends a sentence; a signature's name has no punctuation.
    if ((words.size() == 2 || words.size() == 3) && std::all_of(words.begin(), words.end(), [](std::string_view w) {
          return is_name_word(w) && std::string_view(",.;:").find(w.back()) == std::string_view::npos;
        })) {
      std::vector<std::string> name(words.begin(), words.end());
      merge_person(people, schema::Person{join(name, " "), "", "interpellant", "", ""});
      return;
    }
  }
}

}  // namespace

std::vector<schema::Person> recognize_interpellation_parties(const std::vector<std::string>& lines) {
  const Words words = words_of(lines);
  std::vector<schema::Person> people;
  addressees(words, people);
  role_first_forms(words, people);
  genitive_office_holders(words, people);
  signatures(lines, people);
  closing_signature(lines, people);
  return people;
}

std::vector<schema::Person> recognize_attendance(const std::vector<std::string>& lines) {
  const Words words = words_of(lines);
  std::vector<schema::Person> people;
  name_comma_forms(words, people);
  name_bracket_role_forms(words, people);
  labelled_officers(lines, people);
  // A name line over its role line before a role line over a name: in signatures read column
  // after column the role under a name is its own, the role over it may be the column before's.
  name_over_role(lines, people);
  role_first_forms(words, people);
  substituted_members(words, people);
  signatures(lines, people);
  // "Norra Ekby Bygdeförening, ordförande i föreningen", "Föredragande: Räddningstjänsten Ekby":
  // bodies in a person's place.
  std::erase_if(people, [](const schema::Person& p) { return looks_like_organisation(p.name); });
  return people;
}

void put_first_names_first(std::vector<schema::Person>& people, const std::string& text) {
  auto turned = [](const std::string& name) {
    const auto words = split_words(name);
    std::vector<std::string> out{std::string(words.back())};
    for (std::size_t k = 0; k + 1 < words.size(); ++k) out.emplace_back(words[k]);
    return join(out, " ");
  };
  // A name listed as "Persson Tord" and written "Tord Persson" later shows where the
  // surname-first list ends: the prose after it writes names the usual way.
  std::size_t prose_starts = std::string::npos;
  for (const auto& p : people) {
    if (split_words(p.name).size() < 2) continue;
    const std::size_t listed = text.find(p.name), other = text.find(turned(p.name));
    if (listed != std::string::npos && other != std::string::npos && listed < other)
      prose_starts = std::min(prose_starts, other);
  }
  if (prose_starts == std::string::npos) return;
  std::vector<schema::Person> out;
  for (auto& p : people) {
    if (split_words(p.name).size() >= 2 && text.find(p.name) < prose_starts) p.name = turned(p.name);
    auto same = std::find_if(out.begin(), out.end(), [&](const schema::Person& o) { return o.name == p.name; });
    if (same == out.end()) {
      out.push_back(std::move(p));
    } else {
      if (same->party.empty()) same->party = p.party;
      if (same->role.empty()) same->role = p.role;
    }
  }
  people = std::move(out);
}

void tidy_names(std::vector<schema::Person>& people) {
  // "Rebecka Tollin." at a sentence's end: the point is no part of the name.
  for (auto& p : people)
    while (!p.name.empty() && (p.name.back() == '.' || p.name.back() == ',')) p.name.pop_back();
  auto is_run_together = [&](const schema::Person& candidate) {
    for (const auto& first : people) {
      if (&first == &candidate || !candidate.name.starts_with(first.name + " ")) continue;
      const std::string rest = candidate.name.substr(first.name.size() + 1);
      for (const auto& second : people)
        if (&second != &candidate && (second.name == rest || second.name.starts_with(rest + " "))) return true;
    }
    return false;
  };
  auto is_genitive_of_another = [&](const schema::Person& candidate) {
    if (!candidate.name.ends_with("s")) return false;
    const std::string base = candidate.name.substr(0, candidate.name.size() - 1);
    return std::any_of(people.begin(), people.end(), [&](const schema::Person& p) { return p.name == base; });
  };
  // "Petra Nyberg Sofia Berglund (KD)": a list's line break lost before a name — the first
  // person is named on their own, so the rest is the second person.
  for (auto& candidate : people) {
    for (const auto& first : people) {
      if (&first == &candidate || !candidate.name.starts_with(first.name + " ")) continue;
      const std::string rest = candidate.name.substr(first.name.size() + 1);
      if (split_words(rest).size() >= 2 &&
          std::none_of(people.begin(), people.end(), [&](const schema::Person& p) { return p.name.starts_with(rest); })) {
        candidate.name = rest;
        break;
      }
    }
  }
  std::vector<schema::Person> kept;
  for (const auto& p : people) {
    if (is_run_together(p) || is_genitive_of_another(p)) continue;
    auto same = std::find_if(kept.begin(), kept.end(), [&](const schema::Person& k) { return k.name == p.name; });
    if (same == kept.end()) {
      kept.push_back(p);
    } else if (same->party.empty()) {
      same->party = p.party;
    }
  }
  people = std::move(kept);
}

}  // namespace kommunsok::indexer
