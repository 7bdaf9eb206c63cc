#include "kommunsok/indexer/document_structure.hpp"

#include <algorithm>
#include <array>
#include <regex>
#include <set>

#include "kommunsok/indexer/attendance_headings.hpp"
#include "kommunsok/indexer/bracketed_parties.hpp"
#include "kommunsok/indexer/flattened_pages.hpp"
#include "kommunsok/indexer/header_labels.hpp"
#include "kommunsok/indexer/markdown_text.hpp"
#include "kommunsok/indexer/person_names.hpp"
#include "kommunsok/indexer/plain_typography.hpp"
#include "kommunsok/indexer/repeated_cover.hpp"
#include "kommunsok/indexer/text_columns.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/organs.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxHeadingBytes = 300;
constexpr int kMaxParagraphsInRange = 400;
constexpr std::string_view kMiddleDot = "\xC2\xB7";

bool is_bare_number(std::string_view line) {
  line = trim(line);
  return !line.empty() && line.size() <= 4 &&
         std::all_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The opening of a line as archive sites and web pages print it around the document.
bool starts_like_site_furniture(std::string_view line) {
  static constexpr std::array kStarts{
      "Download",        "Upload",          "Embed Size",        "Citation preview", "Transkript",
      "Transcript",      "Category:",       "Post on ",          "No results found", "Academic year:",
      "Copied!",         "Loading....",     "Full text",         "Share \"",         "Save this PDF as",
      "Storlek: px",     "Related documents", "Sidan uppdaterades senast", "Senast uppdaterad",
      "Publicerad:",     "Publicerat:",     "Utskrivet från:",   "Utskriven från:",  "Skriv ut",
      "Dela sidan",      "Till toppen",     "Hoppa till",        "Lyssna på sidan",  "Vi använder kakor",
      "Den här webbplatsen använder kakor", "Kakor på",          "Cookies",          "Page ",
      "Title ",          "Report this",     "View ",             "Protected",        "N/A",
      "Starta visningen från sidan", "Börja visa från sidan", "Till innehåll", "Gå till innehåll", "Till huvudinnehåll",
      "Report \"",      "Your name",       "Submit Close",    "Gå direkt till innehåll",
      "Ladda ner   ",    "Ladda ner PDF",   "Visningar ",        "Uppladdat av:",    "Uppladdad:"};
  for (std::string_view start : kStarts) {
    if (!starts_with_ci(line, start)) continue;
    // "Page 1:" and "View 0" are site labels; "Page" or "View" opening a sentence is not.
    if (start == "Page " || start == "View ") {
      const std::string_view rest = trim(line.substr(start.size()));
      return !rest.empty() && rest.front() >= '0' && rest.front() <= '9' && rest.size() < 200;
    }
    if (start == "Title ") return line.size() < 80;
    if (start == "Visningar ") return is_bare_number(line.substr(start.size()));
    return true;
  }
  return false;
}

bool ends_with_ci(std::string_view line, std::string_view tail) {
  return line.size() >= tail.size() && starts_with_ci(line.substr(line.size() - tail.size()), tail);
}

// Viewer captions that are whole lines: as a line's opening they could begin a sentence.
bool is_viewer_caption(std::string_view line) {
  return line == "Förhandsvisning av text" || line == "Dokumentets text";
}

bool is_view_count(std::string_view line) {
  static const std::regex pattern(R"(^\d{1,7}\s+(views?|downloads?|visningar)$)", std::regex::icase);
  return line.size() < 40 && std::regex_match(line.begin(), line.end(), pattern);
}

// A document viewer's page count ("of 2") and embed sizes ("344 x 292  429 x 357").
// "Acceptera alla kakor   Endast nödvändiga kakor   Inställningar": a cookie banner's buttons.
// A banner that asks for consent in prose ("Vissa kakor är nödvändiga … Acceptera alla   Bara
// nödvändiga   Anpassa") is one too: cookies and a consent word on one short line.
bool is_cookie_control(std::string_view line) {
  if (line.size() >= 400) return false;
  const std::string lowered = lower(line);
  const bool about_cookies = lowered.find("kakor") != std::string::npos || lowered.find("cookies") != std::string::npos;
  if (!about_cookies) return false;
  if (lowered.starts_with("acceptera") || lowered.starts_with("godkänn") || lowered.starts_with("tillåt") ||
      lowered.starts_with("neka") || lowered.starts_with("endast nödvändiga") || lowered.starts_with("hantera") ||
      lowered.starts_with("inställningar för"))
    return true;
  // "Vadstena kommun använder kakor för att webbplatsen ska fungera": the site announcing them.
  if (line.size() < 160 && (lowered.find("använder kakor") != std::string::npos ||
                            lowered.find("använder cookies") != std::string::npos))
    return true;
  static constexpr std::string_view kConsent[] = {"samtycke", "acceptera alla", "godkänn alla", "bara nödvändiga",
                                                  "endast nödvändiga", "neka alla"};
  return std::any_of(std::begin(kConsent), std::end(kConsent),
                     [&](std::string_view w) { return lowered.find(w) != std::string::npos; });
}

// (By hand, not std::regex: this runs on every line of every document.)
bool is_viewer_control(std::string_view line) {
  if (line.size() >= 100 || line.empty()) return false;
  auto digits = [](std::string_view s) {
    return !s.empty() && s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const auto words = split_words(line);
  if (words.size() == 2 && (words[0] == "of" || words[0] == "av") && digits(words[1])) return true;
  if (words.size() < 3 || words.size() % 3 != 0) return false;
  for (std::size_t k = 0; k < words.size(); k += 3)
    if (!digits(words[k]) || words[k].size() < 2 || words[k + 1] != "x" || !digits(words[k + 2]) || words[k + 2].size() < 2)
      return false;
  return true;
}

// "Du är här: Start / Kommun och politik / …": what follows a label a site puts before its
// trail, or nothing when the line has no such label.
std::string_view after_trail_label(std::string_view line) {
  static constexpr std::string_view kLabels[] = {"du är här", "du befinner dig här", "du befinner dig på", "du befinner dig",
                                                 "här är du", "din position", "sökväg"};
  for (std::string_view label : kLabels) {
    if (!starts_with_ci(line, label)) continue;
    const std::string_view rest = trim(line.substr(label.size()));
    if (rest.starts_with(":")) return trim(rest.substr(1));
  }
  return {};
}

// "Medarbetarwebben / Arbetsgivarfrågor / Samverkan / Protokoll 2026": at least four steps
// parted by " / ", each one to five words opening in capitals without a sentence's punctuation,
// one of them of two words or more.
bool is_title_trail(std::string_view line) {
  constexpr std::size_t kMinSteps = 4, kMaxStepWords = 5, kMaxTrailBytes = 200;
  if (line.size() > kMaxTrailBytes || line.find(" / ") == std::string_view::npos) return false;
  std::size_t steps = 0;
  bool phrase = false;
  for (std::size_t start = 0; start <= line.size();) {
    std::size_t end = line.find(" / ", start);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view step = trim(line.substr(start, end - start));
    const auto words = split_words(step);
    if (words.empty() || words.size() > kMaxStepWords || !starts_uppercase(step) ||
        std::string_view(".,;:?!").find(step.back()) != std::string_view::npos)
      return false;
    phrase = phrase || words.size() >= 2;
    ++steps;
    start = end + 3;
  }
  return steps >= kMinSteps && phrase;
}

// The separator of a breadcrumb trail: " > ", " › ", or " / " after a first step "Hem"/"Start";
// any of them (and " » ") after the site's label for its trail.
std::string_view trail_separator(std::string_view line) {
  // After the site's own label any separator makes a trail, a slash too.
  if (const std::string_view trail = after_trail_label(line); !trail.empty())
    for (std::string_view separator : {std::string_view(" > "), std::string_view(" \xE2\x80\xBA "), std::string_view(" / "),
                                       std::string_view(" \xC2\xBB ")})
      if (trail.find(separator) != std::string_view::npos) return separator;
  for (std::string_view separator : {std::string_view(" > "), std::string_view(" \xE2\x80\xBA ")}) {
    std::size_t steps = 0;
    for (std::size_t pos = line.find(separator); pos != std::string_view::npos; pos = line.find(separator, pos + 1)) ++steps;
    if (steps >= 2 || (steps == 1 && (starts_with_ci(line, "Hem") || starts_with_ci(line, "Start")))) return separator;
  }
  // A slash also separates words ("och/eller"): only a trail that starts at home counts, or
  // one of several steps, each a short title ("Medarbetarwebben / Arbetsgivarfrågor / Samverkan
  // / Protokoll 2026 / Miljö och stadsbyggnad"), not words of a sentence ("skola / förskola").
  if ((starts_with_ci(line, "Hem / ") || starts_with_ci(line, "Start / ") || starts_with_ci(line, "Startsida / ")) &&
      line.find(" / ", line.find(" / ") + 3) != std::string_view::npos)
    return " / ";
  if (is_title_trail(line)) return " / ";
  return {};
}

// "Hem > Tyresö kommun > Kommunfullmäktige", "Hem / Lokalt / Våra förslag": a breadcrumb trail.
bool is_breadcrumb(std::string_view line) { return !trail_separator(line).empty(); }

// "Meny   Sök   Bli medlem": a web page's navigation, cells of a few known words.
bool is_navigation(std::string_view line) {
  static constexpr std::array kItems{"meny", "sök", "bli medlem", "logga in", "kontakt", "kontakta oss", "english",
                                     "in english", "lättläst", "teckenspråk", "other languages", "stäng", "startsida",
                                     "om oss", "press", "språk", "läs upp", "lyssna", "e-tjänster", "mina sidor",
                                     "home", "documents", "explore", "sign in", "log in", "sign up", "upload",
                                     "andra språk", "sök på webbplatsen", "sök på sidan", "translate", "översätt",
                                     "talande webb", "tillgänglighet", "a-ö", "a–ö", "kontrast", "lyssna på sidan",
                                     // a cookie banner's buttons
                                     "acceptera alla", "bara nödvändiga", "endast nödvändiga", "anpassa", "neka alla",
                                     "godkänn alla", "inställningar", "ok"};
  // Alone on a line only the words no document would write as a heading of its own (an
  // archive site's English menu included: Swedish documents have no "Home" heading).
  static constexpr std::array kAlone{"meny", "bli medlem", "logga in", "in english", "lättläst", "mina sidor", "e-tjänster",
                                     "home", "documents", "explore", "sign in", "log in", "sign up",
                                     "sök på webbplatsen"};
  if (line.size() >= 120) return false;
  // "Meny  Start  Politik  Våra företrädare  Nyheter  Kontakt  Bli medlem": a menu button, then
  // the menu's items, each a short title.
  if (starts_with_ci(line, "meny  ") || starts_with_ci(line, "meny\t")) {
    constexpr std::size_t kMinItems = 3, kMaxItemWords = 3;
    std::size_t items = 0;
    bool titles = true;
    for (std::size_t start = 4; start < line.size() && titles;) {
      std::size_t end = line.find("  ", start);
      if (end == std::string_view::npos) end = line.size();
      const std::string_view item = trim(line.substr(start, end - start));
      if (!item.empty()) {
        titles = starts_uppercase(item) && split_words(item).size() <= kMaxItemWords &&
                 std::none_of(item.begin(), item.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; });
        ++items;
      }
      start = end + 2;
    }
    if (titles && items >= kMinItems) return true;
  }
  std::size_t cells = 0, buttons = 0;
  std::string last;
  bool site_name = false;  // "Medarbetarwebben – Ekby kommun   [Sök]  [Mina sidor]": the site's name first
  // "Lyssna | Translate": links parted by a bar are cells too.
  std::string parted(line);
  for (std::size_t bar = parted.find(" | "); bar != std::string::npos; bar = parted.find(" | ", bar + 3)) parted[bar + 1] = ' ';
  line = parted;
  for (std::size_t start = 0; start < line.size();) {
    std::size_t end = line.find("  ", start);
    if (end == std::string_view::npos) end = line.size();
    std::string cell = lower(trim(line.substr(start, end - start)));
    // "[Godkänn alla]": a button drawn in brackets.
    const bool button = cell.size() > 2 && cell.front() == '[' && cell.back() == ']';
    if (button) cell = std::string(trim(cell.substr(1, cell.size() - 2)));
    if (!cell.empty()) {
      if (std::none_of(kItems.begin(), kItems.end(), [&](const char* item) { return cell == item; })) {
        if (cells > 0 || site_name || button) return false;
        site_name = true;
      } else {
        ++cells;
        buttons += button;
        last = cell;
      }
    }
    start = end + 2;
  }
  if (cells == 0) return false;
  // A site's name before its buttons: a page's header, when the buttons are drawn as such.
  if (site_name) return buttons >= 2 || (buttons == 1 && cells == 1);
  return cells >= 2 || std::any_of(kAlone.begin(), kAlone.end(), [&](const char* item) { return last == item; });
}

// "Publicerad 23 januari 2023 · Uppdaterad 30 januari 2023": a page's own stamps.
// "[OCR] Ekby kommun_Avtal.pdf   sid 1/3   skannad 2025-01-13 10:42": a scanner's or viewer's
// stamp naming the file it made, no part of the document.
bool is_scanner_stamp(std::string_view line) {
  // "Skannad 2012-03-20 10:14  Kommunkansliet  Sid 1/2": the scanner's own line, dated and
  // timed (not "Skannad 2021-03-04 eller tidigare ska handlingen …", a sentence).
  for (std::string_view word : {std::string_view("Skannad "), std::string_view("Inskannad ")})
    if (starts_with_ci(line, word) && line.size() < 200) {
      static const std::regex stamp(R"(^\d{4}-\d{2}-\d{2},? \d{1,2}[:.]\d{2}\b)");
      const std::string rest(line.substr(word.size()));
      if (std::regex_search(rest, stamp)) return true;
    }
  // Cheap look first: this runs for every line of every document.
  if (line.size() > 200 || (!line.starts_with('[') && find_ci(line, ".pdf") == std::string::npos &&
                            find_ci(line, ".tif") == std::string::npos))
    return false;
  const std::string lowered = lower(line);
  const bool file = lowered.find(".pdf") != std::string::npos || lowered.find(".tif") != std::string::npos;
  return lowered.starts_with("[ocr]") || lowered.starts_with("[skannad]") ||
         (file && (lowered.find("skannad") != std::string::npos || lowered.find("inskannad") != std::string::npos ||
                   lowered.find(" sid ") != std::string::npos));
}

bool is_page_stamp(std::string_view line) {
  if (is_scanner_stamp(trim(line))) return true;
  for (std::string_view word : {std::string_view("Publicerad "), std::string_view("Publicerat "),
                                std::string_view("Uppdaterad "), std::string_view("Senast ändrad ")}) {
    if (!starts_with_ci(line, word)) continue;
    // Only a date: "Uppdaterad 2021 års plan …" is a sentence.
    const std::string_view rest = trim(line.substr(word.size()));
    if (!rest.empty() && rest.front() >= '0' && rest.front() <= '9' && line.size() < 120 &&
        find_swedish_date(rest.substr(0, 24)))
      return true;
  }
  return false;
}

// "Bo och leva   Utbildning   Omsorg   Kommun och politik   Näringsliv": four or more short
// title-like cells on one line, parted by runs of spaces.
bool is_menu_row(std::string_view line) {
  if (line.size() > 200) return false;
  std::size_t cells = 0;
  for (std::size_t start = 0; start < line.size();) {
    std::size_t end = line.find("   ", start);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view cell = trim(line.substr(start, end - start));
    if (!cell.empty()) {
      if (split_words(cell).size() > 4 || !starts_uppercase(cell) ||
          std::any_of(cell.begin(), cell.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ':'; }))
        return false;
      ++cells;
    }
    start = end;
    while (start < line.size() && line[start] == ' ') ++start;
  }
  return cells >= 4;
}

// "Barn och utbildning / Omsorg och stöd / … / Start / Kommun och politik / …": a site's
// menu, a run of short title-like lines that ends at the page's breadcrumb trail.
std::vector<bool> site_menu_lines(const std::vector<std::string_view>& lines) {
  constexpr std::size_t kSearchLines = 80, kMinItems = 4, kMaxItemWords = 5;
  std::vector<bool> menu(lines.size(), false);
  for (std::size_t b = 0; b < lines.size() && b < kSearchLines; ++b) {
    if (!is_breadcrumb(trim(lines[b]))) continue;
    std::size_t first = b, items = 0, bulleted = 0;
    bool row = false;  // "Bo och leva   Utbildning   Omsorg   Kommun och politik": the menu on one line
    while (first > 0) {
      std::string_view item = trim(lines[first - 1]);
      if (is_menu_row(item)) {
        row = true;
        --first;
        continue;
      }
      // "Sök på webbplatsen   Lyssna | Translate": the site's buttons between its menu and the trail.
      if (is_navigation(item)) {
        --first;
        ++items;
        continue;
      }
      // "• Bo och leva": a menu written as a list, a blank line or two from the trail.
      if (item.empty() && items == bulleted && b - first <= items + 2) {
        --first;
        continue;
      }
      if (item.starts_with("\xE2\x80\xA2 ")) {
        item = trim(item.substr(4));
        ++bulleted;
      }
      const auto words = split_words(item);
      if (words.empty() || words.size() > kMaxItemWords || !starts_uppercase(item) ||
          std::string_view(".:;,!?").find(item.back()) != std::string_view::npos ||
          std::any_of(item.begin(), item.end(), [](char c) { return c >= '0' && c <= '9'; }))
        break;
      // The site's name above its menu says whose site it is: it stays.
      const std::string lowered = lower(item);
      if (lowered.ends_with(" kommun") || lowered.ends_with(" stad") || lowered.starts_with("region ")) break;
      --first;
      ++items;
    }
    // Blank lines only between a bulleted menu's items; the blank line above it stays.
    while (first < b && trim(lines[first]).empty()) ++first;
    constexpr std::size_t kMinBulleted = 3;
    if (items >= kMinItems || (items >= kMinBulleted && bulleted == items) || (row && b - first <= kMinItems))
      for (std::size_t k = first; k < b; ++k) menu[k] = true;
    break;
  }
  return menu;
}

// "┌────┐ / │ OSBY KOMMUN │ / └────┘": a stamp or header drawn as a box. The box's strokes
// (U+2500–U+257F) become spaces, so what it holds keeps its columns and a line of strokes
// alone becomes blank.
std::string without_box_drawing(std::string_view raw) {
  if (raw.find("\xE2\x94") == std::string_view::npos && raw.find("\xE2\x95") == std::string_view::npos)
    return std::string(raw);
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const auto c = static_cast<unsigned char>(raw[i]);
    const bool stroke = c == 0xE2 && i + 2 < raw.size() && (static_cast<unsigned char>(raw[i + 1]) == 0x94 ||
                                                            static_cast<unsigned char>(raw[i + 1]) == 0x95);
    if (stroke) {
      out += ' ';
      i += 2;
      continue;
    }
    out += raw[i];
  }
  // Lines now blank but for spaces are blank.
  std::string tidy;
  tidy.reserve(out.size());
  for (std::size_t start = 0; start <= out.size();) {
    std::size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    std::string_view line = std::string_view(out).substr(start, end - start);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    tidy += line;
    if (end < out.size()) tidy += '\n';
    start = end + 1;
  }
  return tidy;
}

// "Från: … / Skickat: … / Till: … / Ämne: …": the envelope of a document sent as an e-mail.
// Its dates are when it was sent and its names whom it went to; its subject names what it
// holds. The end of the envelope (0 when the text opens with none) and the subject.
std::pair<std::size_t, std::string> email_envelope(const std::vector<std::string_view>& lines) {
  static constexpr std::string_view kLabels[] = {"från", "from", "skickat", "sent", "datum", "date", "till", "to",
                                                 "kopia", "cc", "ämne", "subject", "bifogade filer", "bilagor",
                                                 "attachments", "prioritet", "importance"};
  constexpr std::size_t kMaxOpeningBlanks = 3;
  std::size_t i = 0;
  while (i < lines.size() && i < kMaxOpeningBlanks && trim(lines[i]).empty()) ++i;
  std::size_t labels = 0;
  std::string subject;
  bool sender = false;
  for (; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    if (trim(line).empty()) break;
    // A long list of addressees goes on indented under its label.
    if (labels > 0 && (line.front() == ' ' || line.front() == '\t')) continue;
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) break;
    const std::string label = lower(trim(line.substr(0, colon)));
    if (std::find(std::begin(kLabels), std::end(kLabels), label) == std::end(kLabels)) break;
    if (labels == 0) sender = label == "från" || label == "from";
    if (label == "ämne" || label == "subject") subject = std::string(trim(line.substr(colon + 1)));
    ++labels;
  }
  constexpr std::size_t kMinLabels = 3;
  if (!sender || labels < kMinLabels || subject.empty()) return {0, {}};
  return {i, subject};
}

// Sets archive-site and web-page boilerplate aside. Bare numbers next to it (a page count,
// view and download counters) go with it; "Related documents" and what follows is other
// documents' text.
std::string without_site_boilerplate(std::string_view raw, std::vector<std::string>& removed) {
  std::string text;
  const std::vector<std::string_view> lines = split_line_views(raw);
  const std::vector<bool> menu = site_menu_lines(lines);
  bool seen_content = false;
  std::size_t since_boilerplate = 1000;
  // An e-mail's envelope is set aside; its subject stays, as the heading it is.
  const auto [envelope_end, subject] = email_envelope(lines);
  if (envelope_end > 0) text = subject + "\n\n";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (i < envelope_end) {
      if (!line.empty()) removed.emplace_back(line);
      continue;
    }
    if (menu[i]) {
      removed.emplace_back(line);
      if (!text.empty() && !text.ends_with("\n\n")) text.push_back('\n');
      continue;
    }
    std::string_view bullet_free = line;
    if (bullet_free.starts_with("\xE2\x80\xA2")) bullet_free = trim(bullet_free.substr(3));  // "•"
    // "Relaterade handlingar i ärendet": a register's or a site's list of the case's other
    // documents (their numbers, dates and § references are theirs), to the end of the page.
    if (starts_with_ci(bullet_free, "Related documents") || starts_with_ci(bullet_free, "Relaterade dokument") ||
        starts_with_ci(bullet_free, "Relaterade handlingar")) {
      for (std::size_t k = i; k < lines.size(); ++k)
        if (!trim(lines[k]).empty()) removed.emplace_back(trim(lines[k]));
      break;
    }
    bool boilerplate = is_site_boilerplate(bullet_free) ||
                       (is_bare_number(line) && (!seen_content || since_boilerplate <= 3));
    // "Svar på … 2024-12-02 - PDF / Gratis nedladdning | PDF-Samlingen": a site's title for the
    // page broken over two lines.
    constexpr std::size_t kMaxRunOnBytes = 60;
    if (!boilerplate && i + 1 < lines.size() && !line.empty()) {
      const std::string_view next = trim(lines[i + 1]);
      // (Only where the second line ends as a site's title does: the join costs a copy.)
      const bool site_ending = next.find(" | ") != std::string_view::npos || ends_with_ci(next, "nedladdning") ||
                               ends_with_ci(next, "download") || ends_with_ci(next, "[PDF]");
      if (site_ending && next.size() <= kMaxRunOnBytes && !is_site_boilerplate(next) &&
          is_site_boilerplate(std::string(line) + " " + std::string(next))) {
        removed.emplace_back(std::string(line) + " " + std::string(next));
        since_boilerplate = 0;
        if (!text.empty() && !text.ends_with("\n\n")) text.push_back('\n');
        ++i;
        continue;
      }
    }
    // "Du är här: Startsida > … > Fullmäktige / beslutade om nytt äldreboende": a trail broken
    // at the line's end goes on in lower case below.
    if (boilerplate && is_breadcrumb(line) && i + 1 < lines.size()) {
      const std::string_view next = trim(lines[i + 1]);
      if (!next.empty() && starts_lowercase(next) && !is_breadcrumb(next) && split_words(next).size() <= 8) {
        removed.emplace_back(std::string(line) + " " + std::string(next));
        since_boilerplate = 0;
        if (!text.empty() && !text.ends_with("\n\n")) text.push_back('\n');
        ++i;
        continue;
      }
    }
    if (boilerplate) {
      removed.emplace_back(line);
      since_boilerplate = 0;
      // The site's lines part what stood above them from what follows: a paragraph break,
      // so a site title and a letterhead do not run together into one heading.
      if (!text.empty() && !text.ends_with("\n\n")) text.push_back('\n');
      continue;
    }
    if (!line.empty()) {
      ++since_boilerplate;
      seen_content = true;
    }
    text.append(lines[i]);
    text.push_back('\n');
  }
  return text;
}

std::string strip_heading(std::string_view text) {
  std::string heading = collapse_spaces(text);
  while (!heading.empty() && (heading.front() == '-' || heading.front() == ':' || heading.front() == '.'))
    heading = std::string(trim(std::string_view(heading).substr(1)));
  return schema::truncate_utf8(heading, kMaxHeadingBytes);  // never inside a letter
}

// A heading starts with a letter and is not a label, a marker or table debris.
bool looks_like_heading(std::string_view line) {
  line = trim(line);
  return line.size() >= 4 && starts_uppercase(line) && !match_header_label(line) &&
         !match_paragraph_marker(line) && split_words(line).size() <= 30;
}

std::vector<int> paragraph_range(const std::string& flat) {
  static const std::regex range(
      R"(Paragraf(?:er|nummer)?\s{0,5}:?\s{0,5}(?:\xC2\xA7\xC2\xA7?\s{0,3})?(\d{1,4})\s{0,3}(?:-|\xE2\x80\x93)\s{0,3}(?:\xC2\xA7\s{0,3})?(\d{1,4}))",
      std::regex::icase);
  std::smatch m;
  if (!std::regex_search(flat, m, range)) return {};
  const int first = std::stoi(m[1]), last = std::stoi(m[2]);
  if (first <= 0 || last < first || last - first > kMaxParagraphsInRange) return {};
  std::vector<int> numbers;
  for (int n = first; n <= last; ++n) numbers.push_back(n);
  return numbers;
}

// "Kerstin Moberg, Lärarförbundet", "Anders Petersson, skolchef (ordförande)": a person's entry
// in an attendance list, numbered as a list may be — a name, a comma, a role or a union.
bool reads_as_attendance_entry(std::string_view heading) {
  const std::size_t comma = heading.find(", ");
  if (comma == std::string_view::npos) return false;
  const auto name = split_words(heading.substr(0, comma));
  if (name.size() < 2 || name.size() > 3 || !std::all_of(name.begin(), name.end(), [](std::string_view w) { return is_name_word(w); }))
    return false;
  std::string_view rest = trim(heading.substr(comma + 2));
  if (const std::size_t note = rest.find(" ("); note != std::string_view::npos) rest = trim(rest.substr(0, note));
  // A role or a union and nothing more: "Karin Lund, ekonomichef informerar om budgeten" is an
  // item in which the ekonomichef informs.
  constexpr std::size_t kMaxRoleWords = 3;
  const auto words = split_words(rest);
  if (schema::canonical_union(rest)) return true;
  return !words.empty() && words.size() <= kMaxRoleWords && is_role_word(words.front());
}

// "3. Val av justerare" / "1 Mötets öppnande" / "4) Sommarbemanning": a numbered agenda item
// heading; with `lettered`, "B. Sommarbemanning 2024" (B the second item) instead.
std::optional<std::pair<int, std::string>> agenda_item(std::string_view line, bool lettered = false) {
  if (line.size() > 110) return std::nullopt;
  static const std::regex numbered(R"(^(\d{1,2})[.)]?\s{1,5}(\S.{2,100})$)");
  static const std::regex letters(R"(^([A-T])[.)]\s{1,5}(\S.{2,100})$)");
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_match(line.begin(), line.end(), m, lettered ? letters : numbered)) return std::nullopt;
  const std::string heading = m[2].str();
  if (!starts_uppercase(heading) || heading.ends_with(".") || heading.ends_with(",")) return std::nullopt;
  return std::make_pair(lettered ? m[1].str()[0] - 'A' + 1 : std::stoi(m[1].str()), heading);
}

// "Innehållsförteckning 163 Information från AB Bostäder 164 …", "ÄRENDELISTA 128 Dialog …":
// a protocol's list of contents whose § signs were lost — numbers, each before a heading.
std::set<int> contents_numbers(const std::vector<std::string>& lines) {
  constexpr int kMaxContentsStep = 5;
  // Each number followed by a word; the numbers must rise by small steps, which keeps out
  // numbers inside the headings ("per den 31 juli").
  // A size or an amount is no entry: "Kallelse och föredragningslista (pdf, 184 kB)".
  static const std::regex entry(
      R"((?:^|\s)(\d{1,3})(?:\s{1,5}(?!(?:kB|KB|MB|GB|kb|mb|kr|sidor|st)\b)[A-Za-zÅÄÖåäö]|\s{0,5}$))");
  std::set<int> numbers;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string lowered = lower(lines[i]);
    const std::size_t at = std::min({lowered.find("innehållsförteckning"), lowered.find("ärendelista"),
                                     lowered.find("föredragningslista"), lowered.find("ärendets rubrik")});
    if (at == std::string::npos) continue;
    // The list runs on its line (flattened) or on the lines that follow.
    std::string list = lines[i].substr(at);
    for (std::size_t j = i + 1; j < lines.size() && j <= i + 30 && !lines[j].empty(); ++j) list += " " + lines[j];
    for (std::sregex_iterator it(list.begin(), list.end(), entry), end; it != end; ++it) {
      const int n = std::stoi((*it)[1].str());
      if (n > 0 && (numbers.empty() || (n > *numbers.rbegin() && n <= *numbers.rbegin() + kMaxContentsStep)))
        numbers.insert(n);
    }
    if (!numbers.empty()) return numbers;
  }
  return numbers;
}

}  // namespace

bool is_site_boilerplate(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  if (starts_like_site_furniture(line) || is_view_count(line) || is_breadcrumb(line) || is_navigation(line) ||
      is_page_stamp(line) || is_viewer_caption(line) || is_viewer_control(line) || is_cookie_control(line))
    return true;
  // "Protokoll LSG Hedenbergska skolan | pdfsamling.se": a page title ending in the site's address.
  if (const std::size_t bar = line.rfind(" | "); bar != std::string_view::npos && line.size() < 300) {
    const std::string_view site = trim(line.substr(bar + 3));
    if (site.find(' ') == std::string_view::npos && site.find('.') != std::string_view::npos && site.size() > 3 &&
        (site.ends_with(".se") || site.ends_with(".com") || site.ends_with(".nu") || site.ends_with(".org") ||
         site.ends_with(".net")))
      return true;
  }
  // "Svar på interpellation om bredband - 2025-05-06 - 5dok.org": a page title ending in the
  // site's address after a dash.
  if (const std::size_t dash = line.rfind(" - "); dash != std::string_view::npos && line.size() < 300) {
    const std::string_view site = trim(line.substr(dash + 3));
    if (site.find(' ') == std::string_view::npos && site.size() > 4 &&
        (site.ends_with(".se") || site.ends_with(".com") || site.ends_with(".org") || site.ends_with(".net") ||
         site.ends_with(".nu")))
      return true;
  }
  // "Protokoll … 2019-06-04 - PDF Free Download": an archive site's title for the page, perhaps
  // with the site's name after a bar ("… - PDF Gratis nedladdning | PDF-Samlingen").
  std::string_view titled = line;
  if (const std::size_t bar = line.rfind(" | "); bar != std::string_view::npos && line.size() - bar <= 40)
    titled = trim(line.substr(0, bar));
  if (line.size() < 300 && (ends_with_ci(titled, "PDF Free Download") || ends_with_ci(titled, "PDF Gratis nedladdning") ||
                            ends_with_ci(titled, "[PDF Document]") || ends_with_ci(titled, "[PDF]")))
    return true;
  // Archive sites print the document's title with " · " and the upload date.
  return line.find(kMiddleDot) != std::string_view::npos && line.find("...") != std::string_view::npos;
}

// "Medfinansiering av gång- och cykelväg mellan Öjebyn och": a heading cannot end on a
// conjunction, a preposition or a hyphen; the line break cut it.
bool heading_ends_unfinished(std::string_view heading) {
  static constexpr std::string_view kOpenEnds[] = {"och",  "eller", "samt",   "i",     "på",       "av",
                                                   "för",  "till",  "med",    "mellan", "om",      "från",
                                                   "vid",  "inom",  "över",   "under", "enligt",   "avseende",
                                                   "gällande", "angående", "mot", "efter", "utan",  "genom",
                                                   "den",  "det",   "de",     "ett",   "en",       "att",
                                                   // a property designation follows these
                                                   "fastigheten", "fastigheterna", "kvarteret"};
  heading = trim(heading);
  if (heading.ends_with("-") || heading.ends_with(",") || heading.ends_with("\xE2\x80\x93") ||
      heading.ends_with("\xE2\x80\x94"))
    return true;
  const auto words = split_words(heading);
  if (words.size() < 2) return false;
  const std::string last = lower(words.back());
  return std::any_of(std::begin(kOpenEnds), std::end(kOpenEnds), [&](std::string_view w) { return last == w; });
}

namespace {

bool is_capital_code(const std::string& code) {
  static constexpr std::string_view kLaws[] = {"LSS", "SOL", "LOU", "PBL", "MBL", "AFS", "SFS", "LVU", "LVM",
                                               "KL",  "FL",  "OSL", "HSL", "AML", "LAS", "MB",  "SL",  "LOA",
                                               "SoL", "LoU"};
  // "MoB", "BoU", "KoF": capitals with a small "o" for "och" between them (Miljö- och byggnadsnämnden).
  const std::size_t o = code.find('o');
  const bool och_code = o != std::string::npos && o > 0 && o + 1 < code.size() &&
                        !has_lowercase_letter(code.substr(0, o)) && !has_lowercase_letter(code.substr(o + 1)) &&
                        starts_uppercase(code.substr(o + 1));
  if (code.size() < 2 || (has_lowercase_letter(code) && !och_code)) return false;
  return std::none_of(std::begin(kLaws), std::end(kLaws), [&](std::string_view law) { return code == law; });
}

}  // namespace

std::optional<ParagraphMarker> match_paragraph_marker(std::string_view line) {
  line = trim(line);
  if (line.size() < 2) return std::nullopt;
  // Only the line's opening is matched: the rest is cut off by hand, since libstdc++'s regex
  // recurses once per character it repeats over and a huge line would overflow the stack.
  constexpr std::size_t kMarkerBytes = 40;
  const std::string_view opening = line.substr(0, kMarkerBytes);
  // "§ 63/20 Heading", "KF § 71", "§26/2017 Dnr …" — not "MYN § 15/1", an attachment's number.
  static const std::regex with_sign(
      R"(^(?:([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,5})\s{1,3})?\xC2\xA7\s{0,3}(\d{1,4})(?:\s?/\s?(\d{2,4}))?(?!\d)(?![:.,/]\d))");
  // "AU 310", "Ks 1 Heading", "KPR 7": an organ code and a number.
  static const std::regex with_code(R"(^([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5})\s{1,3}(\d{1,4})(?![\d:/.,-]?\d))");
  std::match_results<std::string_view::const_iterator> m;
  auto marker = [&](const std::string& code, const std::string& number) {
    const std::size_t marker_end = static_cast<std::size_t>(m.length(0));
    return ParagraphMarker{std::stoi(number), std::string(trim(line.substr(0, marker_end))), code,
                           std::string(trim(line.substr(marker_end)))};
  };
  if (std::regex_search(opening.begin(), opening.end(), m, with_sign)) {
    const std::string code = m[1].str();
    // "Bilaga § 3" is not a marker; "VN § 5", "ÖFN § 21" are, known to the table or not: a
    // code in capitals before the sign is a body's, unless it names a law.
    if (!code.empty() && !schema::find_organ(code) && !is_capital_code(code)) return std::nullopt;
    return marker(code, m[2].str());
  }
  if (std::regex_search(opening.begin(), opening.end(), m, with_code)) {
    const std::string code = m[1].str();
    if (!schema::find_organ(code)) return std::nullopt;
    return marker(code, m[2].str());
  }
  return std::nullopt;
}

std::string Section::text(const ExtractedText& doc) const {
  std::vector<std::string> lines(doc.lines().begin() + static_cast<std::ptrdiff_t>(begin),
                                 doc.lines().begin() + static_cast<std::ptrdiff_t>(end));
  return join(lines, "\n");
}

namespace {

struct MarkerLine {
  std::size_t line;
  ParagraphMarker marker;
  std::string heading;  ///< empty for a table-of-contents entry or a bare number
};

// The heading after a marker: the rest of its line, or the next line that reads as one
// (label lines such as "Dnr KS 2019/12" may stand between).
// A heading run on into its body on one long (flattened) line ends where the next capitalised
// word starts a sentence: "Mötet öppnas, val av justerare Ordförande Hans …".
std::string heading_of_long_line(std::string_view rest) {
  const auto words = split_words(rest);
  std::vector<std::string> heading;
  for (std::size_t k = 0; k < words.size() && heading.size() < 20; ++k) {
    if (heading.size() >= 2 && starts_uppercase(words[k]) && !heading.back().ends_with(",")) break;
    heading.emplace_back(words[k]);
  }
  return join(heading, " ");
}

std::string heading_after(const std::vector<std::string>& lines, std::size_t at, const ParagraphMarker& marker) {
  constexpr std::size_t kFlattenedLineBytes = 120;
  std::string rest = marker.rest;
  // "AU 310 Dnr Yttrande med …": the case number was lost and the heading follows the label.
  // A first word with a digit is the number itself ("Dnr SBN.2019.0318").
  if (auto labeled = match_header_label(rest); labeled && labeled->label == HeaderLabel::Diarienummer &&
                                                 starts_uppercase(labeled->value)) {
    const std::string first(split_words(labeled->value).front());
    if (!schema::find_organ(first) && std::none_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; }))
      rest = labeled->value;
  }
  // "§ 152 Dnr KS 2024-000871 Medfinansiering av …": the heading after the case number.
  if (auto labeled = match_header_label(rest); labeled && labeled->label == HeaderLabel::Diarienummer) {
    const std::string& value = labeled->value;
    const auto words = split_words(value);
    auto has_digit = [](std::string_view w) { return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }); };
    std::size_t k = 0;
    if (k < words.size() && words[k].size() <= 6 && !has_digit(words[k]) && !has_lowercase_letter(words[k])) ++k;  // series code
    if (k < words.size() && has_digit(words[k])) {
      ++k;
      while (k < words.size() && has_digit(words[k]) && !has_lowercase_letter(words[k])) ++k;  // a filing class after it
      if (k < words.size()) {
        const std::string after(std::string_view(value).substr(static_cast<std::size_t>(words[k].data() - value.data())));
        if (looks_like_heading(after)) rest = after;
      }
    }
  }
  if (rest.size() > kFlattenedLineBytes) {
    const std::string heading = heading_of_long_line(rest);
    if (looks_like_heading(heading)) return strip_heading(heading);
  }
  // "§ 26/2017 Dnr 2017/0118 KS-1": a diarienummer, not a heading; nor "KS 2025/211 - 026" beside
  // the marker without its label (capitals and digits with a slash).
  auto bare_case_number = [](std::string_view text) {
    constexpr std::size_t kMaxWords = 5;
    return !has_lowercase_letter(text) && text.find('/') != std::string_view::npos &&
           std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           split_words(text).size() <= kMaxWords;
  };
  if (!rest.empty() && !match_header_label(rest) && !bare_case_number(rest) && looks_like_heading(rest)) {
    // "§ 118  Ansökan om bygglov för nybyggnad av fritidshus, / Gräsö-Ekeby 2:14": a heading the
    // line break cut goes on in the next line.
    // The next line goes on the heading when it starts in lower case, or is a short name with a
    // number (a property designation), not a sentence or a heading of its own ("Kommundirektören
    // informerar …", "Ärendebeskrivning", "Beslut").
    std::string heading = rest;
    constexpr std::size_t kMaxRunOnLines = 2, kMaxDesignationBytes = 40;
    for (std::size_t k = at + 1; k < lines.size() && k <= at + kMaxRunOnLines && heading_ends_unfinished(heading); ++k) {
      const std::string_view next = trim(lines[k]);
      if (next.empty() || next.size() > 80 || match_header_label(next) || match_paragraph_marker(next) ||
          find_swedish_date(next) || (next.starts_with("(") && next.ends_with(")")) || next.ends_with("."))
        break;
      const bool designation = next.size() <= kMaxDesignationBytes &&
                               std::any_of(next.begin(), next.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!starts_lowercase(next) && !designation) break;
      heading += " " + std::string(next);
    }
    return strip_heading(heading);
  }
  for (std::size_t j = at + 1; j < lines.size() && j <= at + 6; ++j) {
    if (lines[j].empty()) continue;
    if (match_header_label(lines[j]) || starts_with_ci(lines[j], "Diariekod") || bare_case_number(lines[j])) continue;
    if (looks_like_heading(lines[j])) {
      // A heading broken over lines goes on with a lower-case word or a parenthesis, or with
      // a short end of its own before the body's blank line ("… fastigheten Tibble / 4:12 i
      // Kungsängen"), which is no date, label or marker.
      // A subtitle after a dash ("– Nye skola och Holsby skola") goes on too. At most three
      // lines are joined: a heading is short.
      constexpr std::size_t kMaxHeadingLines = 3;
      std::string heading = lines[j];
      for (std::size_t k = j + 1; k < lines.size() && k <= j + kMaxHeadingLines - 1; ++k) {
        const std::string& next = lines[k];
        if (next.empty() || heading.ends_with(".")) break;
        // "(KS/2017/0412/214)", "(Dnr KS 2017/45)": the §'s case number under its heading.
        if (next.starts_with("(") && next.ends_with(")")) {
          const std::string_view inner(next.data() + 1, next.size() - 2);
          if (bare_case_number(inner) || match_header_label(inner)) break;
        }
        const bool lower_run_on = next.size() <= 80 && (starts_lowercase(next) || next.starts_with("(") ||
                                                         next.starts_with("\xE2\x80\x93 ") || next.starts_with("- "));
        const bool short_end = next.size() <= 40 && next.front() >= '0' && next.front() <= '9' &&
                               (k + 1 >= lines.size() || lines[k + 1].empty()) && !find_swedish_date(next) &&
                               !match_header_label(next) && !match_paragraph_marker(next);
        const bool unfinished = next.size() <= 80 && heading_ends_unfinished(heading) && !match_header_label(next) &&
                                !match_paragraph_marker(next);
        if (!(lower_run_on || short_end || unfinished)) break;
        heading += " " + next;
      }
      return strip_heading(heading);
    }
    break;
  }
  return {};
}

// "… ramen (BUN / § 112/2023) minskat …", "… enligt / § 5 i förordningen": a § that a line
// break put at the start of a line, inside a bracket or a sentence that goes on. A heading
// never opens with a closing bracket or a lower-case word after an unfinished sentence.
bool cites_paragraph_in_running_text(std::string_view previous, std::string_view rest) {
  previous = trim(previous);
  rest = trim(rest);
  if (!rest.empty() && std::string_view("),;").find(rest.front()) != std::string_view::npos) return true;
  // "… bilaga 2 till / §187.": a sentence that ran on to the § and ended there.
  if ((rest.empty() || rest == ".") && heading_ends_unfinished(previous)) return true;
  if (std::count(previous.begin(), previous.end(), '(') > std::count(previous.begin(), previous.end(), ')'))
    return true;
  constexpr std::size_t kRunningLineBytes = 40;
  return !rest.empty() && starts_lowercase(rest) && previous.size() >= kRunningLineBytes &&
         std::string_view(".:;!?").find(previous.back()) == std::string_view::npos;
}

}  // namespace

DocumentStructure::DocumentStructure(std::string_view raw)
    : text_(split_columns(
          unflatten_pages(without_repeated_cover(without_site_boilerplate(without_box_drawing(parties_in_parentheses(plain_markdown(plain_typography(raw)))), boilerplate_), furniture_),
                          furniture_))) {
  furniture_.insert(furniture_.end(), text_.furniture().begin(), text_.furniture().end());
  for (const auto& line : boilerplate_) {
    if (!is_breadcrumb(line) || !breadcrumb_.empty()) continue;
    std::string_view trail = line;
    const std::string_view separator = trail_separator(line);
    if (const std::size_t colon = trail.find(':'); colon != std::string_view::npos && colon < trail.find(separator))
      trail = trail.substr(colon + 1);  // "Din position: Hem > …"
    for (std::size_t start = 0; start <= trail.size();) {
      std::size_t end = trail.find(separator, start);
      if (end == std::string_view::npos) end = trail.size();
      if (auto step = trim(trail.substr(start, end - start)); !step.empty()) breadcrumb_.emplace_back(step);
      start = end + separator.size();
    }
  }
  for (const auto& line : boilerplate_) {
    if (!starts_with_ci(line, "Download \"") && !starts_with_ci(line, "Share \"")) continue;
    const std::size_t open = line.find('"');
    const std::size_t close = line.rfind('"');
    if (close > open + 1) site_title_ = collapse_spaces(std::string_view(line).substr(open + 1, close - open - 1));
    break;
  }
  const auto& lines = text_.lines();

  // A marker followed by body text opens a section; a marker followed at once by the next
  // marker is a table-of-contents entry. A number seen twice keeps its later occurrence.
  std::vector<MarkerLine> markers;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto marker = match_paragraph_marker(lines[i]);
    if (!marker) continue;
    if (i > 0 && cites_paragraph_in_running_text(lines[i - 1], marker->rest)) {
      passed_over_markers_.push_back({lines[i], "a § cited in running text, not a section"});
      continue;
    }
    markers.push_back({i, *marker, {}});
  }
  std::vector<MarkerLine> bodies;
  for (std::size_t k = 0; k < markers.size(); ++k) {
    const std::size_t next = k + 1 < markers.size() ? markers[k + 1].line : lines.size();
    std::size_t body_lines = 0;
    for (std::size_t j = markers[k].line + 1; j < next; ++j) body_lines += !lines[j].empty();
    markers[k].heading = heading_after(lines, markers[k].line, markers[k].marker);
    // On a flattened page the body runs on after the heading, on the marker's own line.
    const bool carries_body = markers[k].marker.rest.size() > markers[k].heading.size() + 80;
    if (carries_body) ++body_lines;
    // One line that is a sentence ("Till justerare utses Eva Ek (S).", "Dagordningen godkänns.")
    // is a body, short as it is: a list of contents holds headings, and headings do not end in
    // a full stop (but for an abbreviation: "… m.fl.").
    if (body_lines == 1) {
      for (std::size_t j = markers[k].line + 1; j < next; ++j)
        if (!lines[j].empty() && lines[j].ends_with(".") && !lines[j].ends_with("m.fl.") && !lines[j].ends_with("m.m.") &&
            split_words(lines[j]).size() >= 2)
          ++body_lines;
    }
    // A table-of-contents entry has no text of its own; a body does, if only the one line
    // an excerpt ends in or the one line a flattened page is.
    const bool ends_text = next == lines.size();
    // "Ks 112 (forts.)", "§ 12 forts.": the § goes on over a page break; its text is the §'s own.
    if (const std::string rest = lower(trim(markers[k].marker.rest));
        rest.starts_with("(forts") || rest.starts_with("forts") || rest.starts_with("(fortsättning")) {
      passed_over_markers_.push_back({lines[markers[k].line], "a continuation of the § over a page break"});
      continue;
    }
    if (markers[k].heading.empty()) {
      passed_over_markers_.push_back({lines[markers[k].line], "no heading follows"});
      continue;
    }
    if (body_lines < (ends_text || carries_body ? 1u : 2u)) {
      passed_over_markers_.push_back({lines[markers[k].line], "no text of its own: a table-of-contents entry"});
      continue;
    }
    for (const auto& earlier : bodies)
      if (earlier.marker.number == markers[k].marker.number)
        passed_over_markers_.push_back({lines[earlier.line], "the same § stands again later"});
    std::erase_if(bodies, [&](const MarkerLine& b) { return b.marker.number == markers[k].marker.number; });
    bodies.push_back(markers[k]);
  }
  std::sort(bodies.begin(), bodies.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
  for (std::size_t k = 0; k < bodies.size(); ++k) {
    Section section;
    section.type = Section::Type::Paragraph;
    section.number = bodies[k].marker.number;
    section.marker = bodies[k].marker.marker;
    section.organ_code = bodies[k].marker.organ_code;
    section.heading = bodies[k].heading;
    section.begin = bodies[k].line;
    section.end = k + 1 < bodies.size() ? bodies[k + 1].line : lines.size();
    sections_.push_back(std::move(section));
  }

  // The range a cover states ("Paragrafer 12–16"); past the first § an anslag box may state
  // the whole protocol's range under an extract of one of its §§, so only the part before it.
  if (bodies.empty()) {
    paragraph_numbers_ = paragraph_range(text_.flat());
  } else {
    std::string cover;
    for (std::size_t i = 0; i < bodies.front().line; ++i) cover += lines[i] + " ";
    paragraph_numbers_ = paragraph_range(cover);
  }
  if (paragraph_numbers_.empty()) {
    std::set<int> numbers;
    for (const auto& m : markers)
      if (!m.heading.empty()) numbers.insert(m.marker.number);
    if (numbers.empty()) numbers = contents_numbers(lines);
    paragraph_numbers_.assign(numbers.begin(), numbers.end());
  }

  if (!sections_.empty()) {
    header_end_ = sections_.front().begin;
    return;
  }
  // No §: a numbered agenda (samverkan protocols) — items in rising order after the header;
  // where no numbers make one, items lettered A, B, C …
  int previous = 0;
  std::vector<std::pair<std::size_t, std::pair<int, std::string>>> items;
  for (int pass = 0; pass < 2 && items.size() < 3; ++pass) {
  const bool lettered = pass == 1;
  items.clear();
  previous = 0;
  // "Närvarande för arbetsgivaren / 1. Anders Berg, skolchef / 2. …": an attendance list
  // numbered as a list may be, under its heading — its numbers are no agenda's.
  bool in_attendance = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    auto item = agenda_item(lines[i], lettered);
    const bool attendance_heading = is_attendance_heading(lines[i]) || side_named_by_heading(lines[i]) != AttendanceSide::None;
    if (!item) {
      in_attendance = attendance_heading;
      continue;
    }
    if (in_attendance && reads_as_attendance_entry(item->second)) continue;
    in_attendance = false;
    // "Dagordning / 1. … / 2. … / 5. Övrigt" and then the items again with their text: the
    // first run, line after line without a word between, was the list of contents.
    const bool contents_so_far =
        item->first == 1 && items.size() >= 2 && std::adjacent_find(items.begin(), items.end(), [](const auto& a, const auto& b) {
          return b.first != a.first + 1;
        }) == items.end();
    if (contents_so_far) {
      items.clear();
      previous = 0;
    }
    if (item->first <= previous || item->first > previous + 3) continue;
    items.push_back({i, *item});
    previous = item->first;
  }
  }
  if (items.size() < 3) {
    // The header is the run of label lines at the top, if any.
    for (std::size_t i = 0; i < lines.size() && i < 60; ++i)
      if (match_header_label(lines[i])) header_end_ = i + 1;
    return;
  }
  for (std::size_t k = 0; k < items.size(); ++k) {
    Section section;
    section.type = Section::Type::AgendaItem;
    section.number = items[k].second.first;
    section.marker = std::to_string(items[k].second.first);  // B is the 2nd: numbered as the agenda counts
    section.heading = strip_heading(items[k].second.second);
    section.begin = items[k].first;
    section.end = k + 1 < items.size() ? items[k + 1].first : lines.size();
    sections_.push_back(std::move(section));
  }
  header_end_ = sections_.front().begin;
}

}  // namespace kommunsok::indexer
