#include "kommunsok/indexer/title_recognizer.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

#include "kommunsok/indexer/document_structure.hpp"
#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/kind_recognizer.hpp"
#include "kommunsok/indexer/organ_recognizer.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/organs.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxTitleBytes = 300;
constexpr std::size_t kHeaderLines = 30;

// "Interpellant: Maria Holm (SD)", "Svarande: …": a form's field, one word and its colon.
bool is_field_line(std::string_view line) {
  const auto words = split_words(line);
  return !words.empty() && words.front().size() <= 25 && words.front().size() > 1 && words.front().ends_with(":") &&
         starts_uppercase(words.front());
}

// The opening run of non-blank lines, stopped early by a label line ("Datum: …").
std::string opening_paragraph(const std::vector<std::string>& lines, std::size_t from) {
  std::string title;
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (lines[i].empty()) {
      if (title.empty()) continue;
      break;
    }
    if (!title.empty() && (match_header_label(lines[i]) || is_field_line(lines[i]))) break;
    if (!title.empty()) title += ' ';
    title += lines[i];
  }
  return title;
}

bool is_header_line(const std::string& line) {
  if (match_header_label(line)) return true;
  // "Sida" alone: a page count's label whose value went with the page furniture.
  if (is_page_count_label(line)) return true;
  if (line.starts_with("\xC2\xA7")) return true;  // "§ 6"
  // A bare date or a header value such as "9 juni 2021".
  return line.size() < 30 && find_swedish_date(line).has_value();
}

// In a protocol paragraph the title is the first line after the header block (organ,
// date, paragraph, diarienummer), however many of those lines there are.
std::size_t after_protocol_header(const std::vector<std::string>& lines) {
  bool in_header = false;
  for (std::size_t i = 0; i < lines.size() && i < kHeaderLines; ++i) {
    if (lines[i].empty()) continue;
    if (is_header_line(lines[i])) {
      in_header = true;
    } else if (in_header) {
      return i;
    }
  }
  return 0;
}

// "611 86 Nyköping", "581 02 Norra Vi": a postcode and its town, a postal address's last line.
bool is_postcode_line(std::string_view line) {
  static const std::regex postcode(R"(^\s*\d{3} ?\d{2}\s+[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ]?[a-zåäöé]+)?\s*$)");
  return line.size() < 60 && std::regex_match(line.begin(), line.end(), postcode);
}

// "Box 12": a post box.
bool is_post_box_line(std::string_view line) {
  static const std::regex box(R"(^\s*Box \d{1,5}\s*$)");
  return line.size() < 60 && std::regex_match(line.begin(), line.end(), box);
}

// Lines that head a page before its title: a letterhead ("EKBY KOMMUN", "Ekby kommun"), a
// förvaltning, a document type alone ("TJÄNSTESKRIVELSE"), a page count, label lines.
bool is_letterhead(const std::string& line) {
  const std::string lowered = lower(collapse_spaces(line));
  const auto words = split_words(lowered);
  if (words.empty() || match_header_label(line)) return true;
  // A case officer's block: "Handläggare", "Sara Ek, utredare", an e-mail, "Till socialnämnden".
  static constexpr std::string_view kContactLabels[] = {"handläggare", "kontaktperson", "föredragande", "till ",
                                                        "för kännedom", "kopia till", "kopia:", "sändlista"};
  for (std::string_view label : kContactLabels)
    if (lowered.starts_with(label) && words.size() <= 4) return true;
  // "Till kommunfullmäktige i Ekby kommun", "Till Barn- och utbildningsnämnden i Ekby": the body
  // a motion or a letter is addressed to.
  constexpr std::size_t kMaxAddresseeWords = 9;
  if (lowered.starts_with("till ") && words.size() <= kMaxAddresseeWords) {
    const auto written = split_words(line);
    std::vector<std::string> organ;
    for (std::size_t k = 1; k < written.size() && lower(written[k]) != "i"; ++k) organ.emplace_back(written[k]);
    if (!organ.empty() && schema::find_organ(join(organ, " "))) return true;
  }
  // "______", "------": a rule drawn under a letterhead; no letter at all.
  if (std::none_of(lowered.begin(), lowered.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0xC0;
      }))
    return true;
  // "Y D R E   K O M M U N": a letterhead set letter-spaced.
  if (words.size() >= 3 && std::all_of(words.begin(), words.end(), [](std::string_view w) {
        return w.size() == 1 || (w.size() == 2 && static_cast<unsigned char>(w[0]) >= 0xC0);
      }))
    return true;
  // "Till" alone: an addressee's label whose value went to the next line; "Sida" alone: a page
  // count's label whose value went with the page furniture.
  if (lowered == "till" || lowered == "till:" || is_page_count_label(lowered)) return true;
  if (lowered.find('@') != std::string::npos && words.size() <= 2) return true;
  if (const std::size_t comma = line.find(','); comma != std::string::npos && words.size() <= 5) {
    const auto name = split_words(std::string_view(line).substr(0, comma));
    if ((name.size() == 2 || name.size() == 3) &&
        std::all_of(name.begin(), name.end(), [](std::string_view w) { return starts_uppercase(w); }))
      return true;
  }
  if (words.size() <= 3 && (lowered.ends_with(" kommun") || lowered.ends_with(" stad") || lowered.starts_with("region ")))
    return true;
  // "EKBY ENERGI AB   Protokoll nr 4/2024", "Org.nr 556712-4409": a company's letterhead.
  const std::string first_cell = lower(trim(std::string_view(line).substr(0, line.find("   "))));
  if ((first_cell.ends_with(" ab") || first_cell.ends_with(" aktiebolag")) && names_company_alone(first_cell)) return true;
  if (lowered.starts_with("org.nr") || lowered.starts_with("org nr") || lowered.starts_with("organisationsnummer")) return true;
  // "Protokoll nr 4/2024", "Sid 1 (3)": the minutes' number and a page count beside it.
  const bool has_digit = std::any_of(lowered.begin(), lowered.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (has_digit && words.size() <= 4 &&
      (lowered.starts_with("protokoll nr") || lowered.starts_with("sid ") || lowered.starts_with("sida ")))
    return true;
  // "Kultur- och fritidsförvaltningen", "Stadsledningskontoret".
  if (words.size() <= 4 && (lowered.ends_with("förvaltningen") || lowered.ends_with("kontoret"))) return true;
  // "HR-enheten", "Ekonomiavdelningen", "Kommunkansliet": a unit under the förvaltning.
  if (words.size() <= 3 && (lowered.ends_with("enheten") || lowered.ends_with("avdelningen") ||
                            lowered.ends_with("sektionen") || lowered.ends_with("staben") || lowered.ends_with("kansliet")))
    return true;
  // "Centerpartiet i Ånge", "Socialdemokraterna": a party's letterhead over its motion.
  if (words.size() <= 4 && (words.front().ends_with("partiet") || words.front().ends_with("demokraterna")))
    return true;
  // "MOTION TILL KOMMUNFULLMÄKTIGE": a proposal's type and the body it goes to.
  for (const std::string_view type : {"motion till ", "medborgarförslag till ", "skrivelse till "})
    if (lowered.starts_with(type) && words.size() <= 4) return true;
  // The body the document goes to, on a line of its own: "Kommunstyrelsen".
  if (words.size() <= 4 && looks_like_organ(collapse_spaces(line))) return true;
  // "Ärende 5", "Bilaga 14a": the item a document is filed under, a cell of the letterhead.
  if (words.size() == 2 && (words[0] == "ärende" || words[0] == "punkt" || words[0] == "bilaga") &&
      std::isdigit(static_cast<unsigned char>(words[1].front())))
    return true;
  // "KF 2026-02-26": a body's code and its meeting's date.
  if (words.size() == 2 && find_swedish_date(words[1]) && schema::find_organ(split_words(collapse_spaces(line)).front()))
    return true;
  // "ENKEL FRÅGA": a question's type over its heading.
  if (lowered == "enkel fråga" || lowered == "enkla frågor") return true;
  static constexpr std::string_view kTypes[] = {"tjänsteskrivelse", "tjänsteutlåtande", "protokollsutdrag",
                                                "sammanträdesprotokoll", "protokoll", "kallelse", "interpellation",
                                                "kungörelse",
                                                // a web page's type over its headline
                                                "nyhet", "pressmeddelande", "notis"};
  if (words.size() <= 2)
    for (std::string_view type : kTypes)
      if (words.front() == type && (words.size() == 1 || !starts_with_letter(words.back()))) return true;
  // "KALLELSE/KUNGÖRELSE": the document's types, parted by a slash.
  if (words.size() == 1 && words.front().find('/') != std::string_view::npos) {
    bool all_types = true;
    for (std::size_t start = 0; start <= words.front().size();) {
      std::size_t end = words.front().find('/', start);
      if (end == std::string_view::npos) end = words.front().size();
      const std::string_view part = words.front().substr(start, end - start);
      all_types = all_types && std::find(std::begin(kTypes), std::end(kTypes), part) != std::end(kTypes);
      start = end + 1;
    }
    if (all_types) return true;
  }
  if (std::all_of(words.begin(), words.end(), [](std::string_view w) { return !starts_with_letter(w); })) return true;
  // "Vår ref: REV 2019/07", "Er ref: …": a letter's references.
  if (lowered.starts_with("vår ref") || lowered.starts_with("er ref") || lowered.starts_with("vårt dnr") ||
      lowered.starts_with("ert dnr") || lowered.starts_with("er beteckning") || lowered.starts_with("vår beteckning"))
    return true;
  // "611 86 Nyköping", "Box 12": a postal address's lines.
  if (is_postcode_line(line) || is_post_box_line(line)) return true;
  // "Revisorerna", "Kommunens revisorer": the auditors' letterhead.
  if (words.size() <= 4 && (lowered == "revisorerna" || lowered.ends_with(" revisorer") || lowered.ends_with(" revisorerna") ||
                            lowered == "revisionen"))
    return true;
  // "Revisorerna          2019-10-24", "Ekby kommun          Vår ref: REV 2019/07": a letterhead's
  // cells side by side, each a letterhead's own — a date or a reference among them.
  const auto cells = wide_gap_cells(line);
  if (cells.size() < 2) return false;
  return std::all_of(cells.begin(), cells.end(), [](const std::string& cell) {
    const std::string c = lower(cell);
    const bool dated = find_swedish_date(cell).has_value() && split_words(cell).size() <= 4;
    const bool reference = c.starts_with("vår ref") || c.starts_with("er ref") || c.starts_with("dnr") ||
                           c.starts_with("diarienummer") || c.starts_with("vårt dnr") || c.starts_with("ert dnr");
    return dated || reference || is_letterhead(cell);
  });
}

// The end of the run of non-blank lines that begins at from.
std::size_t run_end(const std::vector<std::string>& lines, std::size_t from) {
  while (from < lines.size() && !lines[from].empty()) ++from;
  return from;
}

// "Länsstyrelsen i Södermanlands län / Miljöavdelningen / 611 86 Nyköping": an addressee's
// postal address, a few short lines that end in a postcode and its town.
bool is_address_block(const std::vector<std::string>& lines, std::size_t from) {
  constexpr std::size_t kMaxLines = 5, kMaxWords = 8;
  const std::size_t end = run_end(lines, from);
  if (end <= from + 1 || end - from > kMaxLines) return false;
  for (std::size_t i = from; i < end; ++i)
    if (split_words(lines[i]).size() > kMaxWords) return false;
  return is_postcode_line(lines[end - 1]);
}

// "Stadsledningskontoret / Kansliavdelningen / Anna Ek / Kommunjurist / Datum / 2021-10-12 /
// Diarienummer …": a letterhead block that holds labels, its lines short before the first.
bool is_labelled_letterhead(const std::vector<std::string>& lines, std::size_t from) {
  const std::size_t end = run_end(lines, from);
  for (std::size_t i = from; i < end; ++i) {
    if (match_header_label(lines[i])) return i > from;
    if (split_words(lines[i]).size() > 3) return false;
  }
  return false;
}

// A run short enough to be a heading: at most 20 words, opening in upper case.
bool is_heading_run(const std::vector<std::string>& lines, std::size_t from) {
  const std::size_t end = run_end(lines, from);
  std::size_t words = 0;
  for (std::size_t i = from; i < end; ++i) {
    if (match_header_label(lines[i])) return false;
    words += split_words(lines[i]).size();
  }
  return end > from && words <= 20 && starts_uppercase(lines[from]);
}

// "ANGÅENDE:  Lärartätheten i … och / Färnäs": a subject label's value, run on over the
// lines below it up to a blank line or the next label; "" when the line is no subject label.
std::string subject_after_label(const std::vector<std::string>& lines, std::size_t i) {
  static constexpr std::string_view kSubjectLabels[] = {"angående:", "ämne:", "ärende:", "rubrik:", "avser:"};
  const std::string lowered = lower(lines[i]);
  for (std::string_view label : kSubjectLabels) {
    if (!lowered.starts_with(label)) continue;
    std::string subject(trim(std::string_view(lines[i]).substr(label.size())));
    for (std::size_t j = i + 1; j < lines.size() && !lines[j].empty() && !lines[j].ends_with(":"); ++j) {
      if (match_header_label(lines[j])) break;
      subject += (subject.empty() ? "" : " ") + lines[j];
    }
    return subject;
  }
  return {};
}

// A heading and the lines it runs on to: a lower-case word or a bracket opening the next line,
// or a line that ends unfinished. Not the body after it, blank line or none (a flattened
// transcript has none).
std::string heading_from(const std::vector<std::string>& lines, std::size_t i) {
  constexpr std::size_t kMaxHeadingLines = 3;
  // A short block before a blank line is the heading, whatever its lines open with.
  if (run_end(lines, i) - i <= kMaxHeadingLines) return opening_paragraph(lines, i);
  std::string heading = lines[i];
  for (std::size_t k = i + 1; k < lines.size() && k < i + kMaxHeadingLines; ++k) {
    const std::string& next = lines[k];
    if (next.empty() || match_header_label(next) || is_field_line(next) || heading.ends_with(".") || heading.ends_with("?"))
      break;
    if (!starts_lowercase(next) && !next.starts_with("(") && !heading_ends_unfinished(heading)) break;
    heading += " " + next;
  }
  return heading;
}

// "SVAR PÅ INTERPELLATION", "INTERPELLATION MED SVAR", "Interpellation nr 3/2026": the
// document's type, perhaps with its number, but no subject — no heading of its own.
bool is_bare_interpellation_type(const std::string& lowered) {
  static constexpr std::string_view kTypeWords[] = {"svar", "på", "interpellation", "interpellationen",
                                                    "interpellationssvar", "med", "nr", "och"};
  for (std::string_view word : split_words(lowered)) {
    const bool type_word = std::any_of(std::begin(kTypeWords), std::end(kTypeWords), [&](std::string_view t) { return word == t; });
    const bool number = !word.empty() && word.front() >= '0' && word.front() <= '9';
    if (!type_word && !number) return false;
  }
  return true;
}

// The first opening line that names the interpellation: "Svar på interpellation …",
// "Interpellation till …", after whatever letterhead or registry stamp precedes it; where
// the document type stands alone ("INTERPELLATION", a letterhead's "Interpellationssvar"),
// the heading after it or its subject label ("ANGÅENDE: …"), else the type itself.
std::string interpellation_heading(const std::vector<std::string>& lines) {
  constexpr std::size_t kOpeningLines = 15;
  std::string bare_type;
  for (std::size_t i = 0, seen = 0; i < lines.size() && seen < kOpeningLines; ++i) {
    if (lines[i].empty()) continue;
    ++seen;
    const std::string lowered = lower(lines[i]);
    if (!bare_type.empty())
      if (std::string subject = subject_after_label(lines, i); !subject.empty()) return subject;
    // "INTERPELLATIONEN STÄLLD TILL:", "… STÄLLD TILL: Kommunstyrelsens ordförande": labels
    if (lowered.ends_with(":") || lowered.find("ställd till:") != std::string::npos) continue;
    const bool names_it = opens_interpellation_answer(lowered) || lowered.starts_with("interpellationssvar") ||
                          lowered.starts_with("interpellation");
    if (!names_it) continue;
    if (split_words(lowered).size() >= 3 && !is_bare_interpellation_type(lowered)) return heading_from(lines, i);
    if (bare_type.empty()) bare_type = collapse_spaces(lines[i]);
  }
  return bare_type;
}

// "Interpellation om nyckelhanteringen (Dnr: 2021/212)": a case number or date in brackets
// after a heading is a label of its own, not part of the title.
std::string without_bracketed_label(std::string title) {
  const std::size_t open = title.rfind(" (");
  if (open == std::string::npos || !title.ends_with(")")) return title;
  const std::string inside = title.substr(open + 2, title.size() - open - 3);
  if (match_header_label(inside) || (inside.size() <= 20 && find_swedish_date(inside))) title.resize(open);
  return title;
}

// "Förslagets rubrik / Öppna en mötesplats för äldre i / Agnäs", "Ämne (kort rubrik) /
// Nattbemanningen i …": a form's own field for its subject, over the value; "" when none.
std::string form_subject(const std::vector<std::string>& lines) {
  constexpr std::size_t kFormLines = 60, kValueLines = 4;
  static constexpr std::string_view kFields[] = {"rubrik", "förslagets rubrik", "ärendets rubrik", "rubrik på förslaget",
                                                 "ämne", "interpellationens ämne", "ämne för interpellationen"};
  for (std::size_t i = 0; i < lines.size() && i < kFormLines; ++i) {
    std::string field = lower(trim(lines[i]));
    if (field.ends_with(":")) field.pop_back();
    // "Ämne (kort rubrik)": the form's hint in brackets is no part of the field's name.
    if (const std::size_t open = field.find(" ("); open != std::string::npos && field.ends_with(")")) field.resize(open);
    if (std::none_of(std::begin(kFields), std::end(kFields), [&](std::string_view f) { return field == f; })) continue;
    std::string value;
    for (std::size_t j = i + 1; j < lines.size() && j <= i + kValueLines && !lines[j].empty(); ++j)
      value += (value.empty() ? "" : " ") + std::string(trim(lines[j]));
    if (!value.empty()) return collapse_spaces(value);
  }
  return {};
}

}  // namespace

static std::string recognize_title_as_written(const ExtractedText& text, schema::Kind kind);

// "VB: Interpellation – …", "Fwd: Protokoll …": an e-mail's forward and reply marks are no part
// of the subject it carries.
std::string without_mail_marks(std::string title) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view mark : {"VB: ", "Vb: ", "FW: ", "Fw: ", "Fwd: ", "SV: ", "Sv: ", "RE: ", "Re: ", "VS: "})
      if (title.starts_with(mark)) {
        title.erase(0, mark.size());
        stripped = true;
      }
  }
  return title;
}

std::string recognize_title(const ExtractedText& text, schema::Kind kind) {
  return without_mail_marks(recognize_title_as_written(text, kind));
}

static std::string recognize_title_as_written(const ExtractedText& text, schema::Kind kind) {
  const auto& lines = text.lines();
  if (kind == schema::Kind::Interpellation) {
    if (std::string subject = form_subject(lines); !subject.empty()) return schema::truncate_utf8(subject, kMaxTitleBytes);
    if (std::string heading = interpellation_heading(lines); !heading.empty()) {
      if (const std::size_t bar = heading.find(" | "); bar != std::string::npos && bar > 0) heading.resize(bar);
      return schema::truncate_utf8(without_bracketed_label(collapse_spaces(heading)), kMaxTitleBytes);
    }
  }
  std::size_t start = kind == schema::Kind::Paragraf ? after_protocol_header(lines) : 0;
  // Past the letterhead to the document's own heading.
  if (kind == schema::Kind::Annat) {
    if (std::string subject = form_subject(lines); !subject.empty()) return schema::truncate_utf8(subject, kMaxTitleBytes);
    // "Skrivelse angående …" under a letter's address blocks: the letter's own heading.
    constexpr std::size_t kOpeningLines = 25;
    for (std::size_t i = 0; i < lines.size() && i < kOpeningLines; ++i)
      if (starts_with_ci(lines[i], "Skrivelse ") && is_heading_run(lines, i))
        return schema::truncate_utf8(collapse_spaces(heading_from(lines, i)), kMaxTitleBytes);
  }
  if (kind == schema::Kind::Annat) {
    std::size_t first = 0;
    constexpr std::size_t kLetterheadLines = 20;
    while (first < lines.size() && first < kLetterheadLines && is_letterhead(lines[first])) {
      // "Handläggare / Sebastian Lundh / Fritidskonsulent": the case officer's name and title
      // under the label, short lines, are the letterhead's too.
      const std::string label = lower(trim(lines[first]));
      ++first;
      constexpr std::size_t kMaxOfficerWords = 3;
      if (label == "handläggare" || label == "handläggare:" || label == "kontaktperson" || label == "kontaktperson:" ||
          label == "för kännedom:" || label == "för kännedom" || label == "kopia till:" || label == "kopia:" ||
          label == "till:" || label == "sändlista:")
        for (std::size_t k = 0; k < 2 && first < lines.size() && !lines[first].empty() &&
                                split_words(lines[first]).size() <= kMaxOfficerWords && !lines[first].ends_with(".");
             ++k)
          ++first;
    }
    if (first < lines.size() && first < kLetterheadLines) start = first;
    if (is_labelled_letterhead(lines, start)) {
      std::size_t next = run_end(lines, start);
      while (next < lines.size() && lines[next].empty()) ++next;
      if (next < lines.size() && next <= run_end(lines, start) + 6 && is_heading_run(lines, next)) start = next;
      // "Kommunstyrelsen" alone between the letterhead and the title: the addressee.
      while (start < lines.size() && start < 40 && (lines[start].empty() || is_letterhead(lines[start]))) ++start;
    }
    // The addressee's postal address between the letterhead and the title.
    for (std::size_t blocks = 0; blocks < 2 && is_address_block(lines, start); ++blocks) {
      start = run_end(lines, start);
      while (start < lines.size() && lines[start].empty()) ++start;
    }
  }
  std::string title = opening_paragraph(lines, start);
  if (title.empty() && start > 0) title = opening_paragraph(lines, 0);
  // "Rubrik | Webbplatsens namn": a web page's title carries its site's name.
  if (const std::size_t bar = title.find(" | "); bar != std::string::npos && bar > 0) title.resize(bar);
  return schema::truncate_utf8(without_bracketed_label(collapse_spaces(title)), kMaxTitleBytes);
}

}  // namespace kommunsok::indexer
