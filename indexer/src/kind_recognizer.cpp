#include "kommunsok/indexer/kind_recognizer.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "kommunsok/indexer/flattened_heading.hpp"
#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/paragraph_recognizer.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::indexer {

// "svar på lars öhmans (m) interpellation om …": the interpellant named before the word.
bool answers_named_interpellation(const std::string& p) {
  std::string_view rest;
  for (std::string_view opening : {"svar på ", "besvarande av "})
    if (p.starts_with(opening)) rest = std::string_view(p).substr(opening.size());
  if (rest.empty()) return false;
  const auto words = split_words(rest);
  for (std::size_t k = 1; k < words.size() && k <= 4; ++k)
    if (words[k].starts_with("interpellation")) return true;
  return false;
}

bool opens_interpellation_answer(const std::string& p) {
  // "Besvarande av interpellation från …": the answering, named as an act. "Svar pa
  // interpellation": a scan's OCR lost the ring of "på".
  if (p.starts_with("svar på interpellation") || p.starts_with("besvarande av interpellation") ||
      p.starts_with("svar pa interpellation") ||
      answers_named_interpellation(p))
    return true;
  // "gemensamt svar på interpellation …", "skriftligt svar på interpellationen …": one word
  // saying how it was answered, before the usual opening.
  constexpr std::size_t kMaxQualifierBytes = 20;
  const std::size_t at = p.find(" svar på interpellation");
  return at != std::string::npos && at > 0 && at <= kMaxQualifierBytes && p.find(' ') == at;
}

namespace {

constexpr std::size_t kOpeningParagraphs = 3;
constexpr std::size_t kMaxOpeningParagraphs = 6;
constexpr std::size_t kOpeningBytes = 600;
constexpr std::size_t kRunningTextWords = 12;
constexpr std::size_t kReasonBytes = 80;  // of the quoted text in --explain

// The first paragraphs, lower-cased: where a document says what it is. A letterhead, an
// addressee and a short heading may come before the subject line, so the opening runs on to
// the first paragraph of running text (within a few paragraphs).
std::vector<std::string> opening_of(const ExtractedText& text, const std::string& site_title) {
  std::vector<std::string> out;
  for (const auto& p : text.paragraphs()) {
    if (out.size() == kMaxOpeningParagraphs) break;
    if (out.size() >= kOpeningParagraphs && split_words(out.back()).size() >= kRunningTextWords) break;
    if (!site_title.empty() && collapse_spaces(p) == site_title) continue;  // the archive site's page title
    out.push_back(lower(p.substr(0, kOpeningBytes)));
  }
  return out;
}

// The lines of the opening paragraphs: a letterhead names the genre in a cell of its own
// ("ÖSTERSUNDS KOMMUN   Interpellationssvar   1(2)"), which reads into the paragraph's middle.
std::vector<std::string> opening_lines_of(const ExtractedText& text, std::size_t paragraphs) {
  std::vector<std::string> out;
  std::size_t seen = 0;
  bool in_paragraph = false;
  for (const auto& line : text.lines()) {
    if (line.empty()) {
      if (in_paragraph && ++seen == paragraphs) break;
      in_paragraph = false;
      continue;
    }
    in_paragraph = true;
    out.push_back(lower(line.substr(0, kOpeningBytes)));
  }
  return out;
}

bool starts_with_word(const std::string& lowered, std::string_view word) {
  if (!lowered.starts_with(word)) return false;
  return lowered.size() == word.size() || std::string_view(" :.,(-").find(lowered[word.size()]) != std::string_view::npos;
}

// Documents of other genres that talk about interpellations, paragraphs or samverkan.
// Its first paragraph, or a heading after a letterhead and a registry stamp ("OSBY KOMMUN
// Kommunstyrelsen Inkom … Dnr …" / "Vision Osby Till Kommunstyrelsen" / "Skrivelse angående …"):
// short blocks without a sentence's end, before running text or any sign of a protocol.
// The text that names the other genre, or none.
std::optional<std::string> opens_as_other_genre(const std::vector<std::string>& opening,
                                                const std::vector<std::string>& letterhead_cells) {
  static constexpr std::array kGenres{"kallelse",        "föredragningslista", "ärendelista",  "dagordning",
                                      "tjänsteskrivelse", "tjänsteutlåtande",  "motion",       "kungörelse",
                                      "pressmeddelande", "nyhet",              "inbjudan",     "sammanträde",
                                      "checklista",      "information till",   "medborgarförslag", "remiss",
                                      "sammanträdesplan", "sammanträdestider", "mötesplan",         "delegationslista"};
  if (opening.empty()) return std::nullopt;
  for (const char* genre : kGenres)
    if (starts_with_word(opening.front(), genre)) return opening.front();
  // "HÖRBY KOMMUN      TJÄNSTESKRIVELSE": the letterhead names the genre in a cell of its own.
  for (const std::string& cell : letterhead_cells)
    for (const char* genre : kGenres)
      if (cell == genre && std::string_view(genre) != "sammanträde" && std::string_view(genre) != "nyhet")
        return "the letterhead's cell " + cell;
  constexpr std::size_t kMaxBlockWords = 25;
  for (std::size_t k = 1; k < opening.size(); ++k) {
    const std::string& before = opening[k - 1];
    if (before.find("protokoll") != std::string::npos || before.find("\xC2\xA7") != std::string::npos ||
        before.ends_with(".") || split_words(before).size() > kMaxBlockWords)
      return std::nullopt;
    // A letter's own heading names it ("Skrivelse angående …"); so does an agreement's or a
    // rule book's, whose articles are §§ too ("LOKALT SAMVERKANSAVTAL", "Reglemente för …").
    static constexpr std::array kHeadings{"skrivelse",     "avtal",        "samverkansavtal", "lokalt samverkansavtal",
                                          "reglemente",    "arbetsordning", "riktlinjer",     "riktlinje",
                                          "policy",        "delegationsordning", "överenskommelse", "föreskrifter"};
    for (const char* heading : kHeadings)
      if (starts_with_word(opening[k], heading)) return opening[k];
    // "HALLSTAHAMMARS KOMMUN / Kultur- och fritidsförvaltningen / KALLELSE": a notice's or
    // an agenda's own name under a letterhead.
    static constexpr std::array kNoticeHeadings{"kallelse",         "föredragningslista", "ärendelista",  "dagordning",
                                                "kungörelse",       "inbjudan",           "tjänsteskrivelse", "tjänsteutlåtande",
                                                "sammanträdesplan", "sammanträdestider",  "mötesplan",    "delegationslista",
                                                "medborgarförslag", "pressmeddelande",    "motion"};
    for (const char* heading : kNoticeHeadings)
      if (starts_with_word(opening[k], heading)) return opening[k];
  }
  return std::nullopt;
}

bool names_interpellation(const std::string& p) {
  return opens_interpellation_answer(p) || p.starts_with("interpellationssvar") ||
         starts_with_word(p, "interpellation") || p.starts_with("interpellationen ställd till") ||
         p.find("har interpellerat") != std::string::npos ||
         (p.find("interpellation") != std::string::npos && p.find("ställd av") != std::string::npos);
}

// "ämne: vb: interpellation – skolskjutsarna …": an e-mail's subject (lower-cased), without
// the forward and reply marks; "" when the line is no subject.
std::string mail_subject(std::string_view lowered) {
  std::string_view subject;
  for (std::string_view label : {"ämne:", "subject:"})
    if (lowered.starts_with(label)) subject = trim(lowered.substr(label.size()));
  // The subject's cell read apart from its label: "vb: interpellation – …".
  for (std::string_view mark : {"vb:", "fw:", "fwd:", "sv:", "re:", "vs:"})
    if (subject.empty() && lowered.starts_with(mark)) subject = lowered;
  for (bool stripped = true; stripped && !subject.empty();) {
    stripped = false;
    for (std::string_view mark : {"vb:", "fw:", "fwd:", "sv:", "re:", "vs:"})
      if (subject.starts_with(mark)) {
        subject = trim(subject.substr(mark.size()));
        stripped = true;
      }
  }
  return std::string(subject);
}

// The interpellation's own phrase, or "" when the opening has none. A forwarded e-mail names
// it in its subject line.
std::string interpellation_opening(const std::vector<std::string>& opening, const std::vector<std::string>& lines) {
  for (const std::string& p : opening)
    if (names_interpellation(p)) return p;
  for (const std::string& line : lines)
    if (names_interpellation(line) || names_interpellation(mail_subject(line))) return line;
  return {};
}

bool opens_as_protocol(const std::vector<std::string>& opening) {
  for (const auto& p : opening) {
    for (std::string_view word : split_words(p)) {
      if (word.starts_with("sammanträdesprotokoll") || word.starts_with("protokoll") ||
          word.starts_with("protokollsutdrag") || word == "sammanträdes-")
        return true;
    }
  }
  return false;
}

std::size_t count_occurrences(const std::string& haystack, std::string_view needle) {
  std::size_t count = 0;
  for (std::size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++count;
  return count;
}

bool has_union_exchanges(const ExtractedText& text) {
  const std::string lowered = lower(text.flat());
  if (lowered.find("fackliga organisationer") != std::string::npos &&
      lowered.find("arbetsgivare") != std::string::npos)
    return true;
  return count_occurrences(lowered, "arbetsgivaren svara") >= 2;
}

// The labels of a protocol's cover page; two of them make a protocol even when the
// extraction lost every § ("Beslutande", "Justeringens plats och tid", …).
bool has_cover_labels(const std::string& lowered_flat) {
  static constexpr std::array kLabels{"beslutande",  "justeringens plats och tid", "utses att justera",
                                      "paragrafer",  "underskrifter",              "anslag/bevis",
                                      "anslag - bevis", "bevis om anslag",          "plats och tid"};
  std::size_t found = 0;
  for (const char* label : kLabels) found += lowered_flat.find(label) != std::string::npos;
  return found >= 2;
}

bool has_protocol_shape(const DocumentStructure& structure) {
  const ExtractedText& text = structure.text();
  if (header_value(text.lines(), HeaderLabel::MeetingDate, 60)) return true;
  if (has_cover_labels(lower(text.flat().substr(0, 6000)))) return true;
  for (const Section& s : structure.sections())
    if (s.type == Section::Type::Paragraph) return true;
  return !structure.paragraph_numbers().empty() || (recognize_paragraph(text) &&
                                                    header_value(text.lines(), HeaderLabel::Diarienummer, 40));
}

}  // namespace

bool is_samverkan_title(const std::string& opening) {
  static constexpr std::array kGroups{"förvaltningsgrupp", "samverkansgrupp", "samverkansmöte",
                                      "skyddskommitté", "arbetsplatsträff", "lokal samverkan",
                                      "central samverkan", "samverkansråd", "apt med samverkan",
                                      "apt-samverkan", "samverkans-apt", "samverkansträff",
                                      // the same table under other names: a committee for the
                                      // work environment, a unit's own group, a negotiation (MBL)
                                      "arbetsmiljökommitté", "arbetsmiljögrupp", "enhetssamverkan",
                                      "arbetsplatssamverkan", "förhandlingsprotokoll"};
  for (const char* group : kGroups)
    if (opening.find(group) != std::string::npos) return true;
  // The groups' codes as words of their own: "Protokoll LSG Hedenbergska skolan", "FSG 4/2022".
  static constexpr std::array kCodes{"fsg", "csg", "lsg", "svg", "komsam", "ksg"};
  for (std::string_view word : split_words(opening)) {
    std::string bare(word);
    while (!bare.empty() && std::string_view("(),.:;").find(bare.back()) != std::string_view::npos) bare.pop_back();
    while (!bare.empty() && bare.front() == '(') bare.erase(0, 1);
    if (std::find(kCodes.begin(), kCodes.end(), bare) != kCodes.end()) return true;
  }
  return false;
}

// "Ekby Energi AB", not "Interpellation om Ekby Energi AB" or "Svar på … AB": a company's name
// with no word of a heading about it.
bool names_company_alone(const std::string& lowered) {
  constexpr std::size_t kMaxNameWords = 6;
  const auto words = split_words(lowered);
  if (words.size() > kMaxNameWords) return false;
  static constexpr std::string_view kHeadingWords[] = {"om", "angående", "gällande", "till", "från", "på", "för", "med", "i"};
  for (std::string_view w : words)
    if (std::find(std::begin(kHeadingWords), std::end(kHeadingWords), w) != std::end(kHeadingWords)) return false;
  static constexpr std::string_view kGenres[] = {"interpellation", "svar", "motion", "protokoll", "kallelse", "yttrande",
                                                 "tjänsteskrivelse", "remiss", "fråga", "medborgarförslag", "beslut"};
  return std::none_of(std::begin(kGenres), std::end(kGenres), [&](std::string_view g) { return words.front().starts_with(g); });
}

namespace {

// "BROMÖLLA INDUSTRIFASTIGHETER AB   Protokoll nr 4/2024", "Protokoll fört vid
// styrelsesammanträde i Ekby Energi AB": the minutes of a company's board. A municipally owned
// company is no political body: its §§ are no decisions of the municipality's. The company that
// heads the letterhead, or whose board the heading names. What names it, or nothing.
std::optional<std::string> company_board(const ExtractedText& text) {
  constexpr std::size_t kOpeningLines = 8;
  std::size_t seen = 0;
  for (const std::string& line : text.lines()) {
    if (line.empty()) continue;
    if (++seen > kOpeningLines || match_paragraph_marker(line)) break;
    const std::string cell = lower(trim(std::string_view(line).substr(0, line.find("   "))));
    const bool company = cell.ends_with(" ab") || cell.ends_with(" aktiebolag") || cell.ends_with(" ab (publ)");
    if (!company) continue;
    // The company's name alone, not a heading about it ("Interpellation om Ekby Bostäder AB").
    if (seen == 1 && names_company_alone(cell)) return "the letterhead's company: " + cell;
    // "Protokoll fört vid styrelsesammanträde i …", "Styrelsemöte i …": the minutes' own heading
    // (not an item about a stämma: "Instruktion till ombud vid bolagsstämma i …").
    if ((cell.starts_with("protokoll") || cell.starts_with("styrelse")) &&
        (cell.find("styrelsesammanträde") != std::string::npos || cell.find("styrelsemöte") != std::string::npos ||
         cell.find("bolagsstämma") != std::string::npos))
      return "a company's board: " + cell;
  }
  return std::nullopt;
}

}  // namespace

KindVerdict recognize_kind_explained(const DocumentStructure& structure) {
  const ExtractedText& text = structure.text();
  const std::vector<std::string> opening = opening_of(text, structure.site_title());
  if (const auto genre = opens_as_other_genre(opening, opening_lines_of(text, 1)))
    return {schema::Kind::Annat, "the opening names another genre: " + schema::truncate_utf8(*genre, kReasonBytes)};
  if (const auto company = company_board(text)) return {schema::Kind::Annat, schema::truncate_utf8(*company, kReasonBytes)};
  // "Startsida > Kommun och politik > Nyheter > …": a news item reports a meeting, an
  // interpellation or a decision; it is none of them.
  for (const std::string& step : structure.breadcrumb()) {
    const std::string lowered = lower(step);
    if (lowered == "nyheter" || lowered == "nyhet" || lowered == "aktuellt" || lowered == "nyhetsarkiv" ||
        lowered == "pressmeddelanden" || lowered == "press")
      return {schema::Kind::Annat, "a news item: its page's breadcrumb passes '" + step + "'"};
    // A meeting's broadcast: its chapters name the §§, its page is no protocol.
    if (lowered == "webb-tv" || lowered == "webbtv" || lowered == "webbsändningar" || lowered == "webbsändning" ||
        lowered == "sändningar" || lowered == "play" || lowered == "video")
      return {schema::Kind::Annat, "a broadcast: its page's breadcrumb passes '" + step + "'"};
    // The notice board posts kungörelser and notes of justered protocols, not the records.
    if (lowered == "anslagstavla" || lowered == "anslagstavlan" || lowered == "officiell anslagstavla" ||
        lowered == "digital anslagstavla")
      return {schema::Kind::Annat, "a notice: its page's breadcrumb passes '" + step + "'"};
  }
  // A protocol says so in its first paragraphs; further on, running text may well cite one.
  const std::vector<std::string> first(opening.begin(), opening.begin() + static_cast<std::ptrdiff_t>(
                                                                            std::min(opening.size(), kOpeningParagraphs)));
  const bool protocol = opens_as_protocol(first) || has_protocol_shape(structure);
  // The group names the document in its first paragraph, or in a short heading after a
  // letterhead — not in a long list that merely mentions a samverkansgrupp.
  constexpr std::size_t kMaxHeadingWords = 15;
  for (std::size_t k = 0; k < opening.size(); ++k)
    if (is_samverkan_title(opening[k]) && (k == 0 || split_words(opening[k]).size() <= kMaxHeadingWords ||
                                           is_samverkan_title(lower(flattened_heading(opening[k])))))
      return {schema::Kind::Samverkan, "a samverkan group named in the opening: " + schema::truncate_utf8(opening[k], kReasonBytes)};
  if (!protocol) {
    const std::string phrase = interpellation_opening(opening, opening_lines_of(text, opening.size()));
    if (!phrase.empty()) return {schema::Kind::Interpellation, "the opening is an interpellation: " + schema::truncate_utf8(phrase, kReasonBytes)};
  }
  if (protocol) return {schema::Kind::Paragraf, "a protocol: its heading, cover labels or § sections"};
  if (has_union_exchanges(text)) return {schema::Kind::Samverkan, "union–employer exchanges in the text"};
  return {schema::Kind::Annat, "none of the genres' openings"};
}

schema::Kind recognize_kind(const DocumentStructure& structure) { return recognize_kind_explained(structure).kind; }

}  // namespace kommunsok::indexer
