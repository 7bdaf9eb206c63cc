#include "kommunsok/indexer/people_recognizer.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <regex>
#include <set>

#include "kommunsok/indexer/abbreviation_key.hpp"
#include "kommunsok/indexer/gazetteer.hpp"
#include "kommunsok/indexer/person_names.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/organs.hpp"
#include "kommunsok/schema/parties.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxNameWords = 4;

// Capitalised words that begin sentences or titles, never a first name.
bool is_not_a_name(std::string_view word) {
  static constexpr std::array kWords{
      "I",          "Av",          "Till",       "För",       "Härefter",     "Därefter",
      "Ledamoten",  "Ordföranden", "Ordförande", "Ersättaren", "Kommunalrådet", "Oppositionsrådet",
      "Även",       "Både",        "Och",        "Samt",      "Enligt",       "Från",
      "Med",        "Vid",         "Svar",       "På",        "Interpellation", "Den",
      "Det",        "Att",         "Om",         "Då",        "När",          "Sedan",
      "Yrkande",    "Yrkanden",    "Reservation", "Överläggning", "Ledamöterna", "Gruppledare",
      "Vice",       "Förste",      "Andre",      "Ställd",    "Fråga",        "Frågor",
      "Beslut",     "Omröstning",  "Jäv",        "Justerare", "Sekreterare",  "Protokollet"};
  if (std::any_of(kWords.begin(), kWords.end(), [&](const char* w) { return word == w; })) return true;
  // A protocol's headings above a name: "Protokollsanteckning", "Beslutsunderlag",
  // "Ärendebeskrivning". First names are short and do not end as these nouns do.
  constexpr std::size_t kLongNoun = 10;
  static constexpr std::array kNounEndings{"ning", "ningar", "ande", "else", "tion", "tioner", "underlag", "yttrande"};
  return word.size() >= kLongNoun &&
         std::any_of(kNounEndings.begin(), kNounEndings.end(), [&](const char* e) { return word.ends_with(e); });
}

bool ends_clause(std::string_view word) {
  return std::string_view(",.:;!?)").find(word.back()) != std::string_view::npos;
}

bool is_name_word_here(std::string_view word) { return is_name_word(word) && !ends_clause(word) && !is_not_a_name(word); }

std::string role_before(const std::vector<std::string_view>& words, std::size_t name_start,
                        std::string_view sentence) {
  // "ställd av NAMN": the one who asked.
  if (name_start >= 2 && lower(words[name_start - 2]) == "ställd" &&
      (lower(words[name_start - 1]) == "av" || lower(words[name_start - 1]) == "av:"))
    return "interpellant";
  // "Interpellation till … från NAMN", "Svar på interpellation från NAMN", "Interpellationssvar
  // till NAMN": the one who asked.
  const bool about_interpellation = lower(sentence).find("interpellation") != std::string::npos;
  if (name_start >= 1 && lower(words[name_start - 1]) == "från" && about_interpellation) return "interpellant";
  if (name_start >= 2 && lower(words[name_start - 1]) == "till" &&
      (lower(words[name_start - 2]) == "interpellationssvar" || lower(words[name_start - 2]) == "svar"))
    return "interpellant";
  // "till kommunstyrelsens ordförande NAMN": the addressee's title.
  std::vector<std::string> role;
  for (std::size_t k = name_start; k-- > 0 && role.size() < 5;) {
    if (lower(words[k]) == "till" && !role.empty()) {
      std::reverse(role.begin(), role.end());
      return join(role, " ");
    }
    if (!starts_lowercase(words[k]) || ends_clause(words[k])) break;
    role.emplace_back(words[k]);
  }
  const std::string lowered = lower(sentence);
  if (lowered.find("yttrar sig") != std::string::npos) return "yttrar sig";
  if (lowered.find("yrkar") != std::string::npos) return "yrkande";
  if (lowered.find("reserver") != std::string::npos) return "reservation";
  return {};
}

// The sentence around pos, at most kSentenceReach bytes either side: a paragraph without a
// full stop (a flattened list of names) must not be scanned whole for every name in it.
std::string_view sentence_around(std::string_view paragraph, std::size_t pos) {
  constexpr std::size_t kSentenceReach = 400;
  const std::size_t low = pos > kSentenceReach ? pos - kSentenceReach : 0;
  const std::string_view window = paragraph.substr(low, std::min(paragraph.size() - low, 2 * kSentenceReach));
  pos -= low;
  // A full stop before a space or a line's end ("." then "\n").
  auto stop_before = [&](std::size_t at) {
    const std::size_t space = window.rfind(". ", at), newline = window.rfind(".\n", at);
    if (space == std::string_view::npos) return newline;
    return newline == std::string_view::npos ? space : std::max(space, newline);
  };
  auto stop_after = [&](std::size_t at) { return std::min(window.find(". ", at), window.find(".\n", at)); };
  std::size_t start = stop_before(pos);
  start = start == std::string_view::npos ? 0 : start + 2;
  std::size_t end = stop_after(pos);
  if (end == std::string_view::npos) end = window.size();
  return window.substr(start, end - start);
}

}  // namespace

bool is_party_abbreviation(std::string_view abbreviation) {
  return schema::is_national_party_abbreviation(abbreviation);
}

namespace {

// "(S)", "(s)", "(fp)" — a national party in any case; "(FiA)", "(AD)", "(KL)", "(D)" — a local
// party, kept as written: one to four letters, capitalised, that name no union, organ or
// pensioners' organisation.
std::optional<std::string> party_in_parentheses(std::string_view token) {
  if (auto national = schema::canonical_party(token)) return national;
  // One capital alone is a local party too ("Eva-Lena Björk (D)"): the name before it says so.
  static const std::regex local(R"(^[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}$)");
  if (!std::regex_match(token.begin(), token.end(), local)) return std::nullopt;
  static constexpr std::array kLaws{"LOU", "LSS", "SoL", "PBL", "MBL", "AML", "EU"};
  for (const char* law : kLaws)
    if (token == law) return std::nullopt;
  if (schema::canonical_union(token) || schema::find_organ(token) || schema::is_union_confederation(token))
    return std::nullopt;
  return std::string(token);
}

// The pensioners' and disability organisations that sit in the councils (KPR, KFR) and
// Sveriges Kommuner och Regioner: a member "Leif Hjort (DHR)" speaks for one, not for a party.
bool is_organisation_code(std::string_view code) {
  static constexpr std::array kOrganisations{"PRO", "SPF", "SKPF", "SPRF", "RPG", "DHR", "FUB",
                                             "HRF", "SRF", "RSMH", "NHR",  "RBU",  "SDR", "SKR"};
  return std::find(kOrganisations.begin(), kOrganisations.end(), code) != kOrganisations.end();
}

// "Synskadades Riksförbund", "Föreningen Attention", "Kommunal": what no party is called.
bool names_an_organisation(std::string_view name) {
  if (schema::canonical_union(name)) return true;
  const std::string lowered = lower(name);
  for (std::string_view word : {"förbund", "förening", "organisation", "riks", "råd"})
    if (lowered.find(word) != std::string::npos) return true;
  return false;
}

// One paragraph at a time, so a heading on the line above never joins a name.
void recognize_in_paragraph(std::string_view paragraph, std::vector<schema::Person>& people) {
  for (std::size_t open = paragraph.find('('); open != std::string_view::npos;
       open = paragraph.find('(', open + 1)) {
    const std::size_t close = paragraph.find(')', open);
    if (close == std::string_view::npos) break;  // no bracket closes after this one: none after a later one either
    if (close - open > 5) continue;
    const auto recognized_party = party_in_parentheses(paragraph.substr(open + 1, close - open - 1));
    if (!recognized_party) continue;
    const std::string& party = *recognized_party;
    // "(S) / (M) / (C)" each alone on its line: a column of parties read after the column of
    // names, which no name right above it is paired with.
    // Only spaces between the bracket and its line's ends (looked at locally: a huge line with
    // many brackets must not be scanned once for each).
    constexpr std::size_t kPartyBytes = 8;
    auto lone = [&](std::size_t at_open) {
      std::size_t before = at_open;
      while (before > 0 && paragraph[before - 1] == ' ') --before;
      if (before > 0 && paragraph[before - 1] != '\n') return false;
      const std::size_t at_close = paragraph.substr(at_open, kPartyBytes).find(')');
      if (at_close == std::string_view::npos) return false;
      std::size_t after = at_open + at_close + 1;
      while (after < paragraph.size() && paragraph[after] == ' ') ++after;
      return after == paragraph.size() || paragraph[after] == '\n';
    };
    if (lone(open)) {
      const std::size_t next_line = paragraph.find('\n', open);
      const std::size_t previous_line = paragraph.rfind('\n', open);
      const bool next_lone = next_line != std::string_view::npos && next_line + 1 < paragraph.size() &&
                             paragraph[next_line + 1] == '(' && lone(next_line + 1);
      bool previous_lone = false;
      if (previous_line != std::string_view::npos && previous_line > 0) {
        const std::size_t before = paragraph.rfind('\n', previous_line - 1);
        const std::size_t begin = before == std::string_view::npos ? 0 : before + 1;
        previous_lone = paragraph[begin] == '(' && paragraph.find(')', begin) < previous_line && lone(begin);
      }
      if (next_lone || previous_lone) continue;
    }

    // "(M) Christina Wahlgren, ordförande", "Beslutande ledamöter: (S) Leyla Karimi": the party
    // before the name, opening its line or following a label's colon — a list written party
    // first, whose every name is after its bracket.
    {
      std::size_t before = open;
      while (before > 0 && paragraph[before - 1] == ' ') --before;
      const bool opens_line = before == 0 || paragraph[before - 1] == '\n' || paragraph[before - 1] == ':';
      if (opens_line) {
        constexpr std::size_t kNameWindow = 80;
        const std::string_view after = paragraph.substr(close + 1, kNameWindow);
        const std::vector<std::string_view> next = split_words(after.substr(0, after.find('\n')));
        std::vector<std::string> name_words;
        for (std::size_t k = 0; k < next.size() && name_words.size() < kMaxNameWords; ++k) {
          std::string_view w = next[k];
          const bool comma = w.ends_with(',');
          if (comma) w.remove_suffix(1);
          if (!is_name_word_here(w) || is_not_a_name(w)) break;
          name_words.emplace_back(w);
          if (comma) break;
        }
        if (name_words.size() >= 2) {
          merge_person(people, schema::Person{join(name_words, " "), party, "", "", ""});
          continue;
        }
      }
    }
    // Up to kMaxNameWords capitalised words right before the parenthesis.
    const std::size_t window_start = open > 160 ? open - 160 : 0;
    const std::vector<std::string_view> words = split_words(paragraph.substr(window_start, open - window_start));
    std::size_t name_start = words.size();
    while (name_start > 0 && words.size() - name_start < kMaxNameWords) {
      if (is_name_word_here(words[name_start - 1])) {
        --name_start;
      } else if (name_start >= 2 && name_start < words.size() && is_name_particle(words[name_start - 1]) &&
                 is_name_word_here(words[name_start - 2])) {
        name_start -= 2;  // "Carl-Gustaf von Essen", "Ebba af Klercker"
      } else {
        break;
      }
    }
    while (name_start < words.size() && is_not_a_name(words[name_start])) ++name_start;
    // "… Munkedal / Ann-Britt Hermansson (SD)": a municipality ending the row above (the
    // member's home, in a list's place column) is no part of the name.
    while (words.size() - name_start > 2 && is_swedish_municipality(words[name_start])) ++name_start;
    // "… i Siljansnäs och Djura / Margareta Hedström (KD)": a line's last word before a name
    // on the next line ends the line above, not the name.
    if (words.size() - name_start == 3 && words[name_start + 1].data()[-1] == '\n') ++name_start;
    // "Maja Vinsa / Justeras / Tommy Lindbäck (S)": a name of two words or more that opens its
    // line takes nothing from the lines above.
    for (std::size_t k = words.size() >= 2 ? words.size() - 2 : 0; k > name_start; --k)
      if (words[k].data()[-1] == '\n') {
        name_start = k;
        break;
      }
    if (words.size() - name_start < 2) continue;

    std::vector<std::string> name_words(words.begin() + static_cast<std::ptrdiff_t>(name_start), words.end());
    // "Carina Holmberg (CH)": the person's own initials, by which the minutes go on to name
    // them ("CH svarar …") — no local party. A national party is a party whatever the name.
    if (!schema::is_national_party_abbreviation(party) && party == initials_of(join(name_words, " "))) continue;
    std::string role = role_before(words, name_start, sentence_around(paragraph, open));
    // "NAMN (V) har i en interpellation ställt …", "NAMN (V) har interpellerat …": the asker.
    // "NAMN (V) har den 22 september lämnat in en interpellation": the date may stand between.
    // "Svar på NAMNs (M) interpellation om …": the asker, in the genitive.
    if (role.empty() || role == "yrkande") {
      constexpr std::size_t kAskingWords = 10;
      const std::vector<std::string_view> after = split_words(paragraph.substr(close + 1, 120));
      if (!after.empty() && lower(after.front()) == "har") {
        const std::string next = lower(join(std::vector<std::string>(after.begin(), after.begin() + static_cast<std::ptrdiff_t>(
                                                                                     std::min(after.size(), kAskingWords))),
                                            " "));
        if (next.find("interpell") != std::string::npos) role = "interpellant";
      }
      if (!after.empty() && lower(after.front()).starts_with("interpellation") && name_words.back().ends_with("s"))
        role = "interpellant";
    }
    merge_person(people, schema::Person{join(name_words, " "), party, role, "", ""});
  }
}

}  // namespace

// "/Kerstin Mattsson (S)": a signature's slash is no part of the name.
std::string without_signature_slashes(std::string paragraph) {
  for (std::size_t at = paragraph.find('/'); at != std::string::npos; at = paragraph.find('/', at + 1))
    if ((at == 0 || paragraph[at - 1] == ' ') && at + 1 < paragraph.size() &&
        starts_uppercase(std::string_view(paragraph).substr(at + 1)))
      paragraph[at] = ' ';
  return paragraph;
}

namespace {

// "S:   Anna-Karin Lövgren (ordf.), Mikael Sjöberg" / "M:   Henrik Eklöf": a protocol's
// members listed under their party's code, each row one party's.
void recognize_party_rows(const ExtractedText& text, std::vector<schema::Person>& people) {
  constexpr std::size_t kMaxCodeBytes = 3, kMaxRowBytes = 400;
  const auto& lines = text.lines();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos || colon == 0 || colon > kMaxCodeBytes || line.size() > kMaxRowBytes) continue;
    const std::string_view code = trim(std::string_view(line).substr(0, colon));
    if (!is_party_abbreviation(code)) continue;
    const std::string party = *schema::canonical_party(code);
    std::string_view rest = std::string_view(line).substr(colon + 1);
    // "S:" in a cell of its own, its members in the next ("S:   Anna Ek, Bo Ny" split at the gap).
    if (trim(rest).empty() && i + 1 < lines.size() && lines[i + 1].size() <= kMaxRowBytes) rest = lines[i + 1];
    for (std::size_t start = 0; start <= rest.size();) {
      const std::size_t comma = std::min(rest.find(',', start), rest.size());
      std::string item(trim(rest.substr(start, comma - start)));
      start = comma + 1;
      std::string role;
      if (const std::size_t open = item.find(" ("); open != std::string::npos && item.ends_with(")")) {
        role = item.substr(open + 2, item.size() - open - 3);
        item.resize(open);
      }
      const auto words = split_words(item);
      std::vector<std::string> name;
      for (std::size_t k = 0; k < words.size() && name.size() < kMaxNameWords; ++k) {
        if (is_name_word_here(words[k]) || (!name.empty() && k + 1 < words.size() && is_name_particle(words[k])))
          name.emplace_back(words[k]);
        else
          break;
      }
      if (name.size() >= 2 && name.size() == words.size()) merge_person(people, schema::Person{join(name, " "), party, role, "", ""});
    }
  }
}

}  // namespace

std::vector<schema::Person> recognize_party_people(const ExtractedText& text) {
  std::vector<schema::Person> people;
  recognize_party_rows(text, people);
  // Paragraphs with their line ends kept: a name does not run on from the line above.
  std::string paragraph;
  auto flush = [&] {
    if (!paragraph.empty()) recognize_in_paragraph(paragraph, people);
    paragraph.clear();
  };
  for (const std::string& line : text.lines()) {
    if (line.empty()) {
      flush();
      continue;
    }
    if (!paragraph.empty()) paragraph += '\n';
    paragraph += unglue_names(without_signature_slashes(line));
  }
  flush();
  // "SRF = Synskadades Riksförbund": a code the document's key spells out as an association
  // or a union is the person's organisation, not a local party.
  const std::map<std::string, std::string> key = abbreviation_key(text);
  for (schema::Person& person : people) {
    if (person.party.empty() || is_party_abbreviation(person.party)) continue;
    const auto spelled = key.find(person.party);
    if (!is_organisation_code(person.party) && (spelled == key.end() || !names_an_organisation(spelled->second)))
      continue;
    person.role = person.role.empty() ? person.party : person.role + " (" + person.party + ")";
    person.party.clear();
  }
  return people;
}

std::vector<schema::Person> recognize_cited_writers(const ExtractedText& text) {
  static constexpr std::string_view kWrittenBy = " från ";
  std::vector<schema::Person> people;
  for (const std::string& line : text.lines()) {
    if (line.size() > 200) continue;
    const std::string lowered = lower(line);
    if (lowered.find("skrivelse") == std::string::npos && lowered.find("utlåtande") == std::string::npos &&
        lowered.find("yttrande") == std::string::npos && lowered.find("promemoria") == std::string::npos)
      continue;
    std::size_t at = line.find(kWrittenBy);
    std::size_t skip = kWrittenBy.size();
    // "Tjänsteskrivelse, samhällsutvecklingschef Jenny Åström, 2021-08-30", "Tjänsteskrivelse,
    // Helena Marklund, 2021-10-27": the writer right after the document's name and a comma.
    bool after_comma = false;
    // Positions in the lower-cased line are the line's own only when lowering kept its bytes
    // (it does for Swedish; "Ⱥ" grows by one).
    // "Tjänsteskrivelse 2019-04-30, omsorgschef Helena Rask": its date may stand before the comma.
    if (at == std::string::npos && lowered.size() == line.size())
      for (const std::string_view document : {"skrivelse", "utlåtande", "yttrande", "promemoria"}) {
        const std::size_t found = lowered.find(document);
        if (found == std::string::npos) continue;
        std::size_t comma = found + document.size();
        constexpr std::size_t kIsoDateBytes = 10;
        if (lowered.compare(comma, 1, " ") == 0 && comma + 1 + kIsoDateBytes <= lowered.size() &&
            find_swedish_date(std::string_view(lowered).substr(comma + 1, kIsoDateBytes)))
          comma += 1 + kIsoDateBytes;
        if (lowered.compare(comma, 2, ", ") != 0) continue;
        at = comma;
        skip = 2;
        after_comma = true;
        break;
      }
    if (at == std::string::npos) continue;
    const auto words = split_words(std::string_view(line).substr(at + skip));
    // "utbildningschef Malin Ek," / "trafikplanerare Josefin Amrén 2021-02-08": an office in
    // lower case, then two or three name words up to a comma, a date or the line's end. After
    // the document's comma the office may be left out.
    const bool office = words.size() >= 3 && starts_lowercase(words[0]) && is_role_word(words[0]);
    if (!office && !(after_comma && words.size() >= 2)) continue;
    std::vector<std::string> name;
    std::size_t k = office ? 1 : 0;
    for (; k < words.size() && name.size() < 3; ++k) {
      std::string w(words[k]);
      const bool comma = w.ends_with(",");
      if (comma) w.pop_back();
      if (!is_name_word(w)) break;
      name.push_back(w);
      if (comma) {
        ++k;
        break;
      }
    }
    if (name.size() < 2 || looks_like_organisation(join(name, " "))) continue;
    const bool closed = k >= words.size() || words[k - 1].ends_with(",") ||
                        (words[k].front() >= '0' && words[k].front() <= '9');
    if (closed)
      merge_person(people, schema::Person{join(name, " "), "", office ? lower(words[0]) : "tjänsteperson", "", ""});
  }
  return people;
}

std::vector<schema::Person> recognize_form_names(const ExtractedText& text) {
  // "Namn / Elsa Nyström", "Interpellant (namn) / Roland Vidh / Parti / KD": a form's name field
  // over its value, perhaps with the party field after it.
  std::vector<schema::Person> people;
  const auto& lines = text.lines();
  auto field_of = [](std::string_view line) {
    std::string field = lower(trim(line));
    if (field.ends_with(":")) field.pop_back();
    if (const std::size_t open = field.find(" ("); open != std::string::npos && field.ends_with(")")) field.resize(open);
    // "Interpellant / Välikysymyksen esittäjä": the field named in two languages.
    if (const std::size_t slash = field.find(" / "); slash != std::string::npos) field.resize(slash);
    return field;
  };
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    // "Interpellant / Välikysymyksen esittäjä:  Johanna Pekkari (V)": the value may follow the
    // field's colon on its line.
    const std::size_t colon = lines[i].find(':');
    const std::string_view after_colon = colon == std::string::npos ? std::string_view() : trim(std::string_view(lines[i]).substr(colon + 1));
    const std::string field = field_of(after_colon.empty() ? std::string_view(lines[i]) : std::string_view(lines[i]).substr(0, colon));
    const bool asker = field == "interpellant" || field == "interpellantens namn" || field == "frågeställare";
    if (field != "namn" && field != "förslagsställare" && field != "förslagsställarens namn" && !asker) continue;
    std::string value = collapse_spaces(after_colon.empty() ? std::string_view(lines[i + 1]) : after_colon);
    // "Johanna Pekkari (V)": the party in brackets after the name.
    std::string party;
    if (const std::size_t open = value.rfind(" ("); open != std::string::npos && value.ends_with(")"))
      if (const auto written = party_in_parentheses(std::string_view(value).substr(open + 2, value.size() - open - 3))) {
        party = *written;
        value.resize(open);
      }
    const auto words = split_words(value);
    if ((words.size() != 2 && words.size() != 3) ||
        !std::all_of(words.begin(), words.end(), [](std::string_view w) { return is_name_word(w); }))
      continue;
    if (i + 3 < lines.size() && (field_of(lines[i + 2]) == "parti" || field_of(lines[i + 2]) == "partibeteckning"))
      if (const auto written = party_in_parentheses("(" + std::string(trim(lines[i + 3])) + ")")) party = *written;
    merge_person(people, schema::Person{value, party, asker ? "interpellant" : "", "", ""});
  }
  return people;
}

namespace {

// "Föredragande: Mats Enström, kommunchef" under an agenda's item, or "Föredragande" alone over
// the name: the presenter's label, the name, perhaps the office after a comma.
void labelled_presenters(const std::vector<std::string>& lines, std::vector<schema::Person>& people) {
  constexpr std::size_t kMaxLabelledLineBytes = 120;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view t = trim(lines[i]);
    const bool over = (lower(t) == "föredragande" || lower(t) == "föredragande:") && i + 1 < lines.size();
    if (t.size() > kMaxLabelledLineBytes || (!over && !starts_with_ci(t, "föredragande:"))) continue;
    const std::string_view value = over ? trim(std::string_view(lines[i + 1])) : trim(t.substr(t.find(':') + 1));
    if (value.size() > kMaxLabelledLineBytes) continue;
    const std::size_t comma = value.find(',');
    const std::string name = collapse_spaces(value.substr(0, comma));
    const auto office = comma == std::string_view::npos ? std::vector<std::string_view>{} : split_words(value.substr(comma + 1));
    const std::size_t name_words = split_words(name).size();
    if (name_words < 2 || name_words > 3 || !is_person_name(name) || looks_like_organisation(name)) continue;
    if (!office.empty() && (office.size() > 3 || !starts_lowercase(office.front()) || !is_role_word(office.front()))) continue;
    merge_person(people, schema::Person{name, "", office.empty() ? "föredragande" : lower(collapse_spaces(value.substr(comma + 1))),
                                        "", ""});
  }
}

// "Förslagsställaren, Gösta Wiklander, föreslår …": the one who proposed or asked, named between
// commas after the word for them.
void named_proposers(const std::vector<std::string_view>& words, std::vector<schema::Person>& people) {
  static constexpr std::pair<std::string_view, std::string_view> kProposers[] = {
      {"förslagsställaren", "förslagsställare"}, {"motionären", "motionär"}, {"interpellanten", "interpellant"},
      {"frågeställaren", "frågeställare"}};
  for (std::size_t i = 0; i + 3 < words.size(); ++i) {
    if (!words[i].ends_with(",")) continue;
    const std::string word = lower(words[i].substr(0, words[i].size() - 1));
    const auto proposer = std::find_if(std::begin(kProposers), std::end(kProposers), [&](const auto& p) { return p.first == word; });
    if (proposer == std::end(kProposers)) continue;
    std::vector<std::string> name;
    std::size_t k = i + 1;
    for (; k < words.size() && name.size() < 3; ++k) {
      const bool comma = words[k].ends_with(",");
      const std::string_view w = comma ? words[k].substr(0, words[k].size() - 1) : words[k];
      if (!is_name_word(w)) break;
      name.emplace_back(w);
      if (comma) break;
    }
    if (name.size() >= 2 && k < words.size() && words[k].ends_with(",") && !looks_like_organisation(join(name, " ")))
      merge_person(people, schema::Person{join(name, " "), "", std::string(proposer->second), "", ""});
  }
}

// "Föredragande kommunarkivarie Anneli Berg redogör för ärendet", "Exploateringschef Helena
// Borg föredrar ärendet", "Kommunens trafiksamordnare Eva Ek har tagit fram ett förslag".
constexpr std::array<std::string_view, 14> kPresenting{
    "föredrar", "föredrog",  "redogör",     "redogjorde", "informerar", "informerade", "presenterar",
    "presenterade", "redovisar", "redovisade", "har",     "hade",       "föreslår",    "föreslog"};

// "Förvaltningschef Ulrika Brandt och utredare Jonas Hellström föredrar ärendet": one office and
// name, or two joined by "och", before the verb.
void presenting_offices(const std::vector<std::string_view>& words, std::vector<schema::Person>& people) {
  // The word after the name an office at `at` is followed by; 0 when there is none.
  auto office_and_name = [&](std::size_t at) -> std::size_t {
    if (at >= words.size() || !is_role_word(words[at]) || words[at].ends_with(",") || words[at].ends_with(".")) return 0;
    std::size_t k = at + 1;
    while (k < words.size() && k <= at + 3 && is_name_word(words[k]) && !words[k].ends_with(",")) ++k;
    return k - at - 1 >= 2 && k < words.size() ? k : 0;
  };
  auto presenter = [&](std::size_t at, std::size_t end) {
    return schema::Person{join(std::vector<std::string>(words.begin() + static_cast<std::ptrdiff_t>(at) + 1,
                                                        words.begin() + static_cast<std::ptrdiff_t>(end)),
                               " "),
                          "", lower(words[at]), "", ""};
  };
  for (std::size_t i = 0; i + 3 < words.size(); ++i) {
    const std::size_t k = office_and_name(i);
    if (k == 0) continue;
    const std::size_t second = lower(words[k]) == "och" ? office_and_name(k + 1) : 0;
    const std::string verb = lower(words[second ? second : k]);
    if (std::find(kPresenting.begin(), kPresenting.end(), verb) == kPresenting.end()) continue;
    merge_person(people, presenter(i, k));
    if (second) merge_person(people, presenter(k + 1, second));
    i = second ? second : k;
  }
}

}  // namespace

std::vector<schema::Person> recognize_presenters(const ExtractedText& text) {
  std::vector<schema::Person> people;
  labelled_presenters(text.lines(), people);
  for (const std::string& paragraph : text.paragraphs()) {
    const auto words = split_words(paragraph);
    named_proposers(words, people);
    presenting_offices(words, people);
  }
  return people;
}

void merge_person(std::vector<schema::Person>& people, schema::Person person) {
  auto same = std::find_if(people.begin(), people.end(),
                           [&](const schema::Person& p) { return p.name == person.name; });
  if (same == people.end()) {
    // A document names at most a few hundred people; past that it is a list of something
    // else, and every further name would cost a scan of all the others.
    if (people.size() < kMaxPeople) people.push_back(std::move(person));
    return;
  }
  if (same->party.empty()) same->party = person.party;
  if (same->role.empty()) same->role = person.role;
}

std::vector<std::string> parties_of(const std::vector<schema::Person>& people) {
  std::set<std::string> parties;
  for (const auto& person : people)
    if (!person.party.empty()) parties.insert(person.party);
  return {parties.begin(), parties.end()};
}

}  // namespace kommunsok::indexer
