// Interpellations' questions and the answers that follow them (see exchange_recognizer.hpp).
#include <algorithm>
#include <cctype>
#include <array>
#include <map>
#include <regex>
#include <set>

#include "kommunsok/indexer/answer_matching.hpp"
#include "kommunsok/indexer/exchange_recognizer.hpp"
#include "kommunsok/indexer/exchange_text.hpp"
#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::indexer {

namespace {

// Words a question opens with.
constexpr std::string_view kQuestionWords[] = {"hur", "varför", "vad", "vilka", "vilket", "vilken", "när",
                                              "kommer", "är", "har", "kan", "ska", "avser", "finns",
                                              "anser", "tänker", "vem", "var"};

bool opens_question(std::string_view text) {
  const auto words = split_words(text);
  if (words.empty() || !starts_uppercase(words.front())) return false;
  const std::string first = lower(words.front());
  return std::any_of(std::begin(kQuestionWords), std::end(kQuestionWords), [&](std::string_view w) { return first == w; });
}

// "1. Hur …?", "• Hur …?", "- Hur …?": a list marker and the item text.
std::optional<std::string> list_item(std::string_view line) {
  // "1. Hur …?", "1: Hur …?", "(1) Hur …?", "① Hur …?", "F1. Hur …?", "a) Hur …?", "a. Hur …?", "\xEF\x82\xB7 Hur …?" (a symbol font's bullet), "IV. Kommer …?", "• Hur …?", "Fråga 1. Hur …?", "Fråga 2: Vilka …?", "Fråga 3 – Vad …?", "Fråga: Hur …?"
  static const std::regex marker(
      R"(^(?:\d{1,2}[.):]|\(\d{1,2}\)|\xE2\x91[\xA0-\xB3]|F\d{1,2}[.:]|[a-h][).]|(?:I{1,3}|IV|VI{0,3}|IX|X)\.|\xE2\x80\xA2|\xEF\x82\xB7|\xC2\xB7|-|\xE2\x80\x93|\*|Fr\xC3\xA5ga\s{1,3}(?:nr\s{1,3})?\d{1,2}(?:[.:)]|\s{1,3}(?:-|\xE2\x80\x93))?|Fr\xC3\xA5ga:)\s{1,5}(?=\S))");
  const std::string_view opening = line.substr(0, 24);  // the marker only: see match_paragraph_marker
  std::match_results<std::string_view::const_iterator> m;
  if (!std::regex_search(opening.begin(), opening.end(), m, marker)) return std::nullopt;
  return std::string(line.substr(static_cast<std::size_t>(m.length(0))));
}

// "… frågor: 1. Vilka …? 2. Vilka …? 3. Vad …?": questions numbered inside one paragraph.
std::vector<std::string> inline_numbered_questions(const std::string& paragraph) {
  static const std::regex number(R"((?:^|\s)(\d)\.\s{1,3}(?=[A-ZÅÄÖ]))");
  std::vector<std::pair<std::size_t, int>> marks;
  for (std::sregex_iterator it(paragraph.begin(), paragraph.end(), number), end; it != end; ++it)
    marks.push_back({static_cast<std::size_t>(it->position(0) + it->length(0)), std::stoi((*it)[1].str())});
  std::vector<std::string> out;
  if (marks.size() < 2 || marks.front().second != 1) return out;
  for (std::size_t k = 0; k < marks.size(); ++k) {
    if (marks[k].second != static_cast<int>(k) + 1) return {};
    const std::size_t end = k + 1 < marks.size() ? paragraph.rfind(' ', marks[k + 1].first - 3) : paragraph.size();
    std::string item(trim(std::string_view(paragraph).substr(marks[k].first, end - marks[k].first)));
    // The last question ends at its question mark; the paragraph may go on.
    if (k + 1 == marks.size() && item.find('?') != std::string::npos) item.resize(item.find('?') + 1);
    if (item.ends_with("?")) out.push_back(item);
  }
  return out;
}

// "Slutligen: Vilka …?": a word that leads up to a question is no part of it.
std::string without_lead_word(const std::string& text) {
  static const std::regex lead(R"(^[A-ZÅÄÖ][a-zåäö]{2,16}:\s{1,3}(?=[A-ZÅÄÖ]))");
  std::smatch m;
  const std::string opening = text.substr(0, 24);
  return std::regex_search(opening, m, lead) ? text.substr(static_cast<std::size_t>(m.length(0))) : text;
}

// "Fråga 1", "Fråga nr 2:", "FRÅGA 3": a question's heading alone on the line above it.
bool is_question_heading_line(std::string_view line) {
  static const std::regex heading(R"(^(?:Fråga|FRÅGA|Fr\xC3\xA5ga)(?:\s{1,3}nr)?\s{0,3}\d{0,2}\s{0,2}[.:]?$)");
  line = trim(line);
  return line.size() <= 20 && std::regex_match(line.begin(), line.end(), heading);
}

// Quotation marks as questions are quoted: ” “ " » «.
constexpr std::string_view kQuotes[] = {"\xE2\x80\x9D", "\xE2\x80\x9C", "\"", "\xC2\xBB", "\xC2\xAB"};

// "Svar på interpellation: ”Varför får inte …?”": a heading's label before the question it
// quotes is no part of the question; the text from the quote on, else the text as it is.
std::string quoted_after_label(const std::string& text) {
  constexpr std::size_t kMaxLabelBytes = 40;
  const std::size_t colon = text.find(": ");
  const bool quoted_question = text.ends_with("?\xE2\x80\x9D") || text.ends_with("?\"") || text.ends_with("?\xC2\xBB");
  if (colon == std::string::npos || colon > kMaxLabelBytes || !quoted_question) return text;
  const std::string_view after = std::string_view(text).substr(colon + 2);
  for (std::string_view q : kQuotes)
    if (after.starts_with(q)) return std::string(after);
  return text;
}

// "”Hur många hushåll …?”": a question quoted before its answer, without its quotation marks.
std::string without_quotes(std::string text) {
  for (bool trimmed = true; trimmed && !text.empty();) {
    trimmed = false;
    for (std::string_view q : kQuotes) {
      if (text.starts_with(q)) {
        text.erase(0, q.size());
        trimmed = true;
      }
      if (text.ends_with(q)) {
        text.resize(text.size() - q.size());
        trimmed = true;
      }
    }
  }
  return text;
}

// "…?", "…?”", "…?» ": a question mark, perhaps inside its closing quotation mark (looked at
// from the end, without copying: an item may run on over many lines).
bool ends_question(std::string_view text) {
  text = trim(text);
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view q : kQuotes)
      if (text.ends_with(q)) {
        text.remove_suffix(q.size());
        trimmed = true;
      }
  }
  return text.ends_with("?");
}

struct FoundQuestion {
  std::string text;
  std::size_t line;   ///< where it ends: its answer starts after
  std::size_t start;  ///< where it begins: the answer before it ends there
  std::string answer_lead = {};  ///< the answer's opening on the question's own last line, if any
};

// "Den första frågan är vilka kontakter kommunen har haft … under året. Svaret är att …": an
// answer that restates each question indirectly and answers it in the same paragraph. The
// clause after "är" is the question; the answer begins with the next sentence.
std::vector<FoundQuestion> restated_questions(const std::vector<std::string>& lines) {
  static const std::regex lead(
      R"(^(?:Den|Interpellantens|Din)\s{1,3}(första|andra|tredje|fjärde|femte|sjätte|sista)\s{1,3}(?:frågan|fråga)\s{1,3}(?:är|gäller|handlar om|rör)\s{1,3})",
      std::regex::icase);
  constexpr std::size_t kMaxClauseBytes = 400;
  std::vector<FoundQuestion> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty() || (i > 0 && !lines[i - 1].empty())) continue;  // a paragraph's first line
    std::smatch m;
    const std::string opening = lines[i].substr(0, 60);
    if (!std::regex_search(opening, m, lead)) continue;
    // The clause runs over the paragraph's lines to the first sentence's end.
    std::string clause = lines[i].substr(static_cast<std::size_t>(m.length(0)));
    std::size_t j = i;
    std::size_t end = std::string::npos;
    for (;;) {
      for (std::string_view stop : {". ", "? "})
        end = std::min(end, clause.find(stop));
      if (end == std::string::npos && (clause.ends_with(".") || clause.ends_with("?"))) end = clause.size() - 1;
      if (end != std::string::npos || clause.size() > kMaxClauseBytes || j + 1 >= lines.size() || lines[j + 1].empty()) break;
      clause += " " + lines[++j];
    }
    if (end == std::string::npos || end > kMaxClauseBytes) continue;
    const std::string question = collapse_spaces(clause.substr(0, clause[end] == '?' ? end + 1 : end));
    // What follows the clause on its last line opens the answer.
    // (The clause ended on the last line added, so the rest is that line's.)
    out.push_back({question, j, i, std::string(trim(std::string_view(clause).substr(end + 1)))});
  }
  return out;
}

bool starts_answer(std::string_view line) { return line.starts_with("Svar:") || line.starts_with("Svar "); }

// A signature ends an answer: "Karin Holm (M)" or "/Karin Holm (M)" alone on its line, or its
// place and date ("Ekby den 5 december 2023").
// "Moholm den 29 augusti 2022", "Svar daterat 2022-09-20": a short line that is a date.
bool is_dated_line(const std::string& line) {
  constexpr std::size_t kDatedLineBytes = 48, kDatedLineWords = 6;
  return line.size() <= kDatedLineBytes && starts_uppercase(line) && !line.ends_with(".") &&
         split_words(line).size() <= kDatedLineWords && find_swedish_date(line).has_value();
}

bool ends_answer(const std::string& line) {
  static const std::regex signature(
      R"(^/?\s?[A-ZÅÄÖ][\wåäöÅÄÖ-]{1,30}(?: [A-ZÅÄÖ][\wåäöÅÄÖ-]{1,30}){1,2} \([A-Za-z]{1,3}\)$)");
  if (line.size() < 100 && std::regex_match(line, signature)) return true;
  return is_dated_line(line);
}

// "SVAR", "Svar:", "Svar på interpellationen", "Interpellationssvar": an answer's heading.
bool is_answer_heading(const std::string& line) {
  constexpr std::size_t kMaxHeadingWords = 6;
  const std::string lowered = lower(trim(line));
  return lowered == "svar" || lowered == "svar:" || lowered == "interpellationssvar" || lowered == "mitt svar" ||
         lowered == "mitt svar:" || lowered == "svar på frågorna" || lowered == "svar på frågorna:" ||
         (lowered.starts_with("svar från ") && split_words(lowered).size() <= kMaxHeadingWords && !lowered.ends_with(".")) ||
         (lowered.starts_with("svar på interpellation") && split_words(lowered).size() <= kMaxHeadingWords &&
          !lowered.ends_with("."));
}

// An answer's paragraphs, parted by blank lines or, where extraction kept none, by a line
// that ends a sentence well short of the block's width (a paragraph's last line).
std::vector<std::string> answer_paragraphs(const std::vector<std::string>& lines, std::size_t from) {
  constexpr std::size_t kSubstantialBytes = 80;
  std::size_t to = from;
  while (to < lines.size() && !ends_answer(lines[to])) ++to;
  std::size_t width = 0;
  for (std::size_t i = from; i < to; ++i) width = std::max(width, lines[i].size());
  std::vector<std::string> paragraphs;
  std::string current;
  auto close = [&]() {
    if (current.size() >= kSubstantialBytes) paragraphs.push_back(collapse_spaces(current));
    current.clear();
  };
  for (std::size_t i = from; i < to; ++i) {
    if (lines[i].empty()) {
      close();
      continue;
    }
    current += (current.empty() ? "" : " ") + lines[i];
    const std::string_view line = trim(lines[i]);
    if ((line.ends_with(".") || line.ends_with("!")) && line.size() * 4 < width * 3) close();
  }
  close();
  return paragraphs;
}

// "… stå klart 2028 (fråga 1). Kommunen och regionen … (fråga 2 och 3).": answers that name the
// questions they answer at their end. The answer to each question, or none when any question
// is left without one.
std::vector<std::string> answers_tagged(const std::vector<std::string>& lines, const std::vector<FoundQuestion>& questions) {
  if (questions.size() < 2) return {};
  std::size_t from = questions.back().line + 1;
  for (std::size_t i = from; i < lines.size(); ++i)
    if (is_answer_heading(lines[i])) {
      from = i + 1;
      break;
    }
  std::string region;
  for (std::size_t i = from; i < lines.size() && !ends_answer(lines[i]); ++i)
    if (!lines[i].empty()) region += (region.empty() ? "" : " ") + lines[i];
  static const std::regex tag(R"(\((?:fråga|frågorna)\s(\d{1,2})((?:(?:,\s?|\soch\s)\d{1,2}){0,5})\)\.?)", std::regex::icase);
  std::vector<std::string> answers(questions.size());
  std::size_t start = 0;
  for (auto it = std::sregex_iterator(region.begin(), region.end(), tag); it != std::sregex_iterator(); ++it) {
    const auto end = static_cast<std::size_t>(it->position(0) + it->length(0));
    const std::string answer = collapse_spaces(trim(std::string_view(region).substr(start, end - start)));
    std::vector<std::size_t> numbers{std::stoul((*it)[1].str())};
    const std::string more = (*it)[2].str();
    for (std::size_t k = 0; k < more.size(); ++k)
      if (std::isdigit(static_cast<unsigned char>(more[k])) && (k == 0 || !std::isdigit(static_cast<unsigned char>(more[k - 1]))))
        numbers.push_back(std::stoul(more.substr(k, 2)));
    for (std::size_t n : numbers)
      if (n >= 1 && n <= questions.size() && answers[n - 1].empty()) answers[n - 1] = answer;
    start = end;
  }
  if (std::any_of(answers.begin(), answers.end(), [](const std::string& a) { return a.empty(); })) return {};
  return answers;
}

// "– Vem …? / – Varför …? / – Kommer …?" then, past an answer heading ("Svar på
// interpellationen", "Svar") if there is one, as many substantial paragraphs as there were
// questions, after a word of thanks: answered in turn, the k-th paragraph the k-th question's.
// Empty when the counts differ (then no paragraph can be said to answer one question).
std::vector<std::string> answers_in_turn(const std::vector<std::string>& lines, const std::vector<FoundQuestion>& questions) {
  if (questions.size() < 2) return {};
  // One list, its items perhaps parted by blank lines, and nothing else between them.
  for (std::size_t k = 1; k < questions.size(); ++k)
    for (std::size_t i = questions[k - 1].line + 1; i < questions[k].start; ++i)
      if (!lines[i].empty()) return {};
  std::size_t from = questions.back().line + 1;
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (is_answer_heading(lines[i])) {
      from = i + 1;
      break;
    }
  }
  std::vector<std::string> paragraphs = answer_paragraphs(lines, from);
  // "Tack för interpellationen. …": thanks and a background before the answers proper.
  if (paragraphs.size() == questions.size() + 1 && starts_with_ci(paragraphs.front(), "tack "))
    paragraphs.erase(paragraphs.begin());
  if (paragraphs.size() != questions.size()) return {};
  return paragraphs;
}

}  // namespace

std::vector<schema::Exchange> recognize_interpellation_exchanges(const DocumentStructure& structure,
                                                                 const std::vector<schema::Person>& people,
                                                                 bool answered) {
  const auto& lines = structure.text().lines();
  std::vector<FoundQuestion> questions;
  // The questions' normalised texts, kept up with the list as it grows, and where each stands.
  std::map<std::string, std::size_t> keys;
  std::size_t keys_of = 0;  // questions whose keys are in keys
  auto index_of = [&](const std::string& q) {
    for (; keys_of < questions.size(); ++keys_of) keys.emplace(schema::normalize_keyword(questions[keys_of].text), keys_of);
    const auto it = keys.find(schema::normalize_keyword(q));
    return it == keys.end() ? std::optional<std::size_t>() : std::optional<std::size_t>(it->second);
  };
  auto seen = [&](const std::string& q) { return index_of(q).has_value(); };

  // List items first: an item runs on over its continuation lines.
  std::vector<FoundQuestion> items;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto item = list_item(lines[i]);
    if (!item) continue;
    std::string text = *item;
    std::size_t j = i + 1;
    // The item runs on until a blank line, the next item or its answer ("Svar: …"), or ends
    // at its question mark (an answer in the column beside it may follow without a break).
    // "3. Har nämnden …?”": the last question of a quoted interpellation closes its quote.
    for (; j < lines.size() && !lines[j].empty() && !list_item(lines[j]) && !starts_answer(lines[j]) &&
           !ends_question(text);
         ++j)
      text += " " + lines[j];
    text = without_quotes(collapse_spaces(text));
    items.push_back({text, j - 1, i});
    i = j - 1;
  }
  // "(2) Hur många elever som i dag har … till skolan.": an item that asks in words among
  // items that ask with a question mark is a question too, its full stop a slip.
  auto adjacent = [&](const FoundQuestion& a, const FoundQuestion& b) {
    for (std::size_t k = a.line + 1; k < b.start; ++k)
      if (!lines[k].empty()) return false;
    return true;
  };
  for (std::size_t k = 0; k < items.size(); ++k) {
    const std::string& text = items[k].text;
    const bool asks = text.ends_with("?") ||
                      (opens_question(text) &&
                       ((k > 0 && items[k - 1].text.ends_with("?") && adjacent(items[k - 1], items[k])) ||
                        (k + 1 < items.size() && items[k + 1].text.ends_with("?") && adjacent(items[k], items[k + 1]))));
    if (!asks) continue;
    // "Fråga: Hur …?" in the interpellation, then again under the answer with "Svar: …" after
    // it: the question is the one it was, answered where it stands again.
    if (const auto earlier = index_of(text)) {
      questions[*earlier].line = items[k].line;
      questions[*earlier].start = items[k].start;
    } else {
      questions.push_back(items[k]);
    }
  }
  // Otherwise questions numbered inline, or paragraphs that are questions.
  if (questions.empty()) {
    std::string paragraph;
    std::size_t first = 0;
    // "Mot den bakgrunden vill jag fråga kommunstyrelsens ordförande / om kommunen avser att … /
    // hur många hushåll som …": paragraphs led in by a question put in so many words, each
    // opening in lower case with a word an indirect question opens with, ask without a "?".
    bool led_in = false;
    static constexpr std::string_view kIndirectOpenings[] = {"om ", "hur ", "vilka ", "vilken ", "vilket ", "när ",
                                                             "varför ", "vad ", "på vilket sätt ", "vem ", "var "};
    for (std::size_t i = 0; i <= lines.size(); ++i) {
      if (i < lines.size() && !lines[i].empty()) {
        if (paragraph.empty()) first = i;
        // A question's heading is no part of it (the line still counts as the paragraph's first).
        if (paragraph.empty() && is_question_heading_line(lines[i]) && i + 1 < lines.size() && !lines[i + 1].empty()) {
          paragraph = " ";
          continue;
        }
        paragraph += (paragraph.empty() ? "" : " ") + lines[i];
        continue;
      }
      if (paragraph.empty()) continue;
      const std::string text = without_lead_word(without_quotes(quoted_after_label(collapse_spaces(paragraph))));
      constexpr std::size_t kMaxIndirectBytes = 400;
      if (led_in && text.size() <= kMaxIndirectBytes && starts_lowercase(text) &&
          std::any_of(std::begin(kIndirectOpenings), std::end(kIndirectOpenings), [&](std::string_view w) { return text.starts_with(w); })) {
        if (!seen(text)) questions.push_back({text, i - 1, first});
        paragraph.clear();
        continue;
      }
      const std::string lowered_text = lower(text);
      led_in = !text.ends_with(".") && text.size() <= kMaxIndirectBytes &&
               (lowered_text.find("vill jag fråga") != std::string::npos || lowered_text.find("vill jag därför fråga") != std::string::npos ||
                lowered_text.find("vill vi fråga") != std::string::npos || lowered_text.ends_with("fråga:") ||
                lowered_text.ends_with("frågor:"));
      // "När kommer bryggan …? / Varför fanns det …? / Är kommunen beredd …?": a paragraph of
      // questions one to a line, without any marker.
      const bool line_per_question =
          i - first >= 2 && std::all_of(lines.begin() + static_cast<std::ptrdiff_t>(first), lines.begin() + static_cast<std::ptrdiff_t>(i),
                                        [](const std::string& l) { return ends_question(l) && starts_uppercase(trim(l)); });
      if (line_per_question) {
        for (std::size_t q = first; q < i; ++q)
          if (const std::string one = without_quotes(collapse_spaces(lines[q])); one.size() <= kMaxQuestionBytes && !seen(one))
            questions.push_back({one, q, q});
        paragraph.clear();
        continue;
      }
      // "Jag vill därför fråga …: / Hur lång har … / … varit sedan omläggningen? / Har nämnden …?":
      // a lead-in ending in a colon, then questions without markers, each running over lines
      // to its question mark.
      {
        std::size_t lead = first;
        while (lead < i && !trim(lines[lead]).ends_with(":")) ++lead;
        std::vector<FoundQuestion> asked;
        std::string question;
        std::size_t begin = lead + 1;
        bool all_asked = lead + 1 < i;
        for (std::size_t q = lead + 1; q < i && all_asked; ++q) {
          if (question.empty()) begin = q;
          question += (question.empty() ? "" : " ") + std::string(trim(lines[q]));
          if (!question.ends_with("?")) continue;
          if (!starts_uppercase(question) || question.size() > kMaxQuestionBytes) all_asked = false;
          asked.push_back({collapse_spaces(question), q, begin});
          question.clear();
        }
        constexpr std::size_t kMinAsked = 2;
        if (all_asked && question.empty() && asked.size() >= kMinAsked) {
          for (auto& q : asked)
            if (!seen(q.text)) questions.push_back(std::move(q));
          paragraph.clear();
          continue;
        }
      }
      auto inline_questions = inline_numbered_questions(text);
      for (auto& q : inline_questions)
        if (!seen(q)) questions.push_back({q, i - 1, first});
      if (inline_questions.empty() && text.ends_with("?") && text.size() <= kMaxQuestionBytes && first > 0 &&
          !seen(text)) {
        questions.push_back({text, i - 1, first});
      } else if (inline_questions.empty() && first > 0) {
        // "Har kommunen fått …? / Ja. Enligt …": a question whose answer follows in the same
        // paragraph, the question ending a line of its own within the first few.
        constexpr std::size_t kQuestionLines = 3;
        std::string question;
        for (std::size_t q = first; q < i && q < first + kQuestionLines; ++q) {
          question += (question.empty() ? "" : " ") + lines[q];
          if (!lines[q].ends_with("?")) continue;
          question = collapse_spaces(question);
          if (q + 1 < i && starts_uppercase(question) && question.size() <= kMaxQuestionBytes && !seen(question))
            questions.push_back({question, q, first});
          break;
        }
      }
      paragraph.clear();
    }
  }
  // "När beräknas gång- och / cykelvägen … stå klar? / Hur stor del av kostnaden / betalar
  // kommunen?": a table's question column read down, the questions running into each other.
  // Runs of lines from a question word to a question mark, when there are two or more.
  if (questions.empty()) {
    std::vector<FoundQuestion> runs;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const auto words = split_words(lines[i]);
      if (words.empty() || !starts_uppercase(words.front())) continue;
      const std::string first = lower(words.front());
      if (std::none_of(std::begin(kQuestionWords), std::end(kQuestionWords), [&](std::string_view w) { return first == w; }))
        continue;
      std::string text;
      std::size_t j = i;
      constexpr std::size_t kQuestionLines = 5;
      for (; j < lines.size() && j < i + kQuestionLines && !lines[j].empty(); ++j) {
        text += (text.empty() ? "" : " ") + lines[j];
        if (trim(lines[j]).ends_with("?")) break;
      }
      if (j >= lines.size() || !trim(lines[j]).ends_with("?")) continue;
      text = collapse_spaces(text);
      if (text.size() <= kMaxQuestionBytes && !seen(text)) runs.push_back({text, j, i});
      i = j;
    }
    if (runs.size() >= 2) questions = std::move(runs);
  }
  if (questions.empty()) questions = restated_questions(lines);

  std::string asker, affiliation, answerer;
  for (const auto& p : people) {
    if (p.role.starts_with("interpellant") && asker.empty()) {
      asker = p.name;
      affiliation = p.party;
    } else if (!p.role.empty() && p.role != "interpellant" && answerer.empty() && p.role.find("ordförande") != std::string::npos) {
      answerer = p.name;
    }
  }
  const std::string full = structure.text().full_text();
  // "Timo Niemi (V) har ställt tre frågor …": in an interpellation, the one who put them.
  constexpr std::size_t kCandidates = 20;  // the interpellant is named early; a long list is no letter
  if (asker.empty())
    for (std::size_t tried = 0; const auto& p : people) {
      if (p.name.empty() || p.party.empty()) continue;
      if (++tried > kCandidates) break;
      const std::string written = p.name + " (" + p.party + ") har ställt";
      if (full.find(written) != std::string::npos) {
        asker = p.name;
        affiliation = p.party;
        break;
      }
    }
  // "… återställs till kl. 00.30? / Ekerö den 28 september 2026 / Johanna Ling (MP) / Svar":
  // the signature under the questions, before the answer's heading, is the interpellant's.
  if (asker.empty() && answered && !questions.empty()) {
    static const std::regex signed_by(R"(^/?\s?([A-ZÅÄÖ][\wåäöÅÄÖ-]{1,30}(?: [A-ZÅÄÖ][\wåäöÅÄÖ-]{1,30}){1,2}) \(([A-ZÅÄÖ]{1,4})\)$)");
    auto signs = [&](std::size_t i) {
      std::smatch m;
      const std::string line(trim(lines[i]));
      if (line.size() >= 100 || !std::regex_match(line, m, signed_by) || m[1].str() == answerer) return false;
      asker = m[1].str();
      affiliation = m[2].str();
      return true;
    };
    for (std::size_t i = questions.back().line + 1; i < lines.size() && !is_answer_heading(lines[i]); ++i)
      if (signs(i)) break;
    // "a) Hur … / Sollefteå 2011-03-29 / Margareta Hult (M)", then the answer restating each
    // question: the questions read are the answer's, the interpellation's signature above them.
    for (std::size_t i = questions.front().line; asker.empty() && i-- > 0;)
      if (signs(i)) break;
  }
  // Answers may come after all the questions, each headed "Svar på fråga 2:" / "Fråga 2" /
  // "Till fråga 2:" / "Svar 2:".
  std::vector<std::size_t> answer_heads(questions.size() + 1, lines.size());
  static const std::regex answer_head(R"(^(?:Svar på fråga|Svar fråga|Svar|Till fråga|Angående fråga|Gällande fråga|Beträffande fråga|Fråga)\s{1,3}(?:nr\s{1,3})?(\d{1,2})\b)",
                                      std::regex::icase);
  // "Till den första frågan:", "Svar på andra frågan": the question by its ordinal.
  static const std::regex ordinal_head(
      R"(^(?:Till|Svar på|Angående|Om)\s{1,3}(?:den\s{1,3})?(första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)\s{1,3}frågan)",
      std::regex::icase);
  static constexpr std::array<std::string_view, 10> kOrdinals{"första", "andra",  "tredje", "fjärde", "femte",
                                                              "sjätte", "sjunde", "åttonde", "nionde", "tionde"};
  // "Om ①:", "② :", "Till ③:": the question by its circled number.
  static const std::regex circled_head(R"(^(?:(?:Om|Till|Svar på|Angående)\s{1,3})?\xE2\x91([\xA0-\xB3])\s{0,3}:)",
                                       std::regex::icase);
  // "Angående a.", "Till b)", "Svar c:", "Svar på a):": the question by its letter.
  static const std::regex lettered_head(
      R"(^(?:Angående|Gällande|Beträffande|Till|Svar på|Svar|Fråga|Avseende)(?:\s{1,3}fråga)?\s{1,3}([a-h])(?:[.):]|\):)(?:\s|$))",
      std::regex::icase);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::smatch m;
    const std::string opening = lines[i].substr(0, 40);
    std::size_t n = 0;
    if (std::regex_search(opening, m, answer_head)) {
      n = std::stoul(m[1].str());
    } else if (std::regex_search(opening, m, lettered_head)) {
      n = static_cast<std::size_t>(std::tolower(static_cast<unsigned char>(m[1].str()[0])) - 'a') + 1;
    } else if (std::regex_search(opening, m, circled_head)) {
      n = static_cast<std::size_t>(static_cast<unsigned char>(m[1].str()[0]) - 0xA0) + 1;
    } else if (std::regex_search(opening, m, ordinal_head)) {
      const std::string ordinal = lower(m[1].str());
      n = static_cast<std::size_t>(std::find(kOrdinals.begin(), kOrdinals.end(), ordinal) - kOrdinals.begin()) + 1;
    } else {
      continue;
    }
    if (n >= 1 && n <= questions.size() && i > questions.back().line) answer_heads[n - 1] = i;
  }
  // "1. Hur …? 2. Har …?" then, under "SVAR", "1. Enligt … 2. Två …" (or "a) … b) …"): the
  // answers numbered as the questions were, in the same order.
  if (std::none_of(answer_heads.begin(), answer_heads.end(), [&](std::size_t h) { return h < lines.size(); }) &&
      questions.size() >= 2) {
    static const std::regex numbered(R"(^\s*(\d{1,2}[.)]|[a-h]\))\s)");
    std::vector<std::size_t> heads(questions.size() + 1, lines.size());
    std::size_t expected = 1;
    for (std::size_t i = questions.back().line + 1; i < lines.size() && expected <= questions.size(); ++i) {
      std::smatch m;
      const std::string opening = lines[i].substr(0, 12);
      if (!std::regex_search(opening, m, numbered)) continue;
      const std::string mark = m[1].str();
      const std::size_t n = mark[0] >= 'a' && mark[0] <= 'h' ? static_cast<std::size_t>(mark[0] - 'a') + 1
                                                            : std::stoul(mark.substr(0, mark.size() - 1));
      if (n != expected) continue;
      heads[expected - 1] = i;
      ++expected;
    }
    if (expected == questions.size() + 1) answer_heads = heads;
  }
  // "1. Hur långt …?" in the interpellation, then in the answer "»Hur långt …?«" and its answer:
  // each question quoted again before its answer.
  bool quoted_heads = false;
  if (std::none_of(answer_heads.begin(), answer_heads.end(), [&](std::size_t h) { return h < lines.size(); }) &&
      !questions.empty()) {
    constexpr std::size_t kKeyBytes = 40, kQuoteLines = 3;
    std::vector<std::size_t> heads(questions.size() + 1, lines.size());
    std::size_t found = 0;
    std::size_t i = questions.back().line + 1;
    for (std::size_t k = 0; k < questions.size(); ++k) {
      const std::string key = schema::truncate_utf8(lower(collapse_spaces(questions[k].text)), kKeyBytes);
      for (; i < lines.size(); ++i) {
        const std::string_view line = trim(lines[i]);
        if (std::none_of(std::begin(kQuotes), std::end(kQuotes), [&](std::string_view q) { return line.starts_with(q); }))
          continue;
        std::string quoted(line);
        for (std::size_t j = i + 1; j < lines.size() && j < i + kQuoteLines && !lines[j].empty(); ++j) quoted += " " + lines[j];
        if (!lower(collapse_spaces(without_quotes(quoted))).starts_with(key)) continue;
        heads[k] = i++;
        ++found;
        break;
      }
    }
    if (found == questions.size()) {
      answer_heads = heads;
      quoted_heads = true;
    }
  }
  const bool keyed = std::any_of(answer_heads.begin(), answer_heads.end(), [&](std::size_t h) { return h < lines.size(); });
  std::vector<std::string> in_turn = keyed ? std::vector<std::string>{} : answers_tagged(lines, questions);
  const bool tagged = !in_turn.empty();
  if (!keyed && in_turn.empty()) in_turn = answers_in_turn(lines, questions);
  // Questions listed one after the other and answered in a text of their own that keys no
  // answer to any of them: what follows the last is the answer to all, not to the last alone.
  bool one_list = questions.size() >= 2;
  for (std::size_t k = 1; k < questions.size() && one_list; ++k)
    for (std::size_t i = questions[k - 1].line + 1; i < questions[k].start; ++i)
      if (!lines[i].empty()) one_list = false;
  // A list answered in a text of its own that keys no answer by a heading or a tag: its
  // blocks matched to the questions by what they say ("Jag börjar med den tredje frågan",
  // subheadings of its own, two questions answered together). A complete match is taken over
  // answers in turn (the k-th paragraph is not the k-th answer when a block names another);
  // a partial one only where nothing else answers.
  MatchedAnswers matched;
  if (one_list && answered && !keyed && !tagged) {
    std::size_t from = questions.back().line + 1, to = from;
    for (std::size_t i = from; i < lines.size(); ++i)
      if (is_answer_heading(lines[i])) {
        from = i + 1;
        break;
      }
    // "Svar daterat 2022-09-20" under the heading: the answer's date, not its end.
    while (from < lines.size() && (lines[from].empty() || is_dated_line(lines[from]))) ++from;
    for (to = from; to < lines.size() && !ends_answer(lines[to]); ++to) {
    }
    std::vector<std::string> texts;
    for (const auto& q : questions) texts.push_back(q.text);
    matched = answers_by_content(lines, from, to, texts);
    if (matched.complete() || (in_turn.empty() && matched.named + matched.by_words > 0)) in_turn = matched.answers;
  }
  const bool unkeyed_list = one_list && !keyed && in_turn.empty();
  std::vector<schema::Exchange> out;
  // Where each question begins, in the text's order (a question written again is where it
  // stands again, so the list's order may differ).
  std::vector<std::size_t> starts;
  for (const auto& q : questions) starts.push_back(q.start);
  std::sort(starts.begin(), starts.end());
  for (std::size_t k = 0; k < questions.size(); ++k) {
    // The answer is what follows the question, up to the next one — or its own headed block.
    std::size_t from = questions[k].line + 1;
    const auto next = std::lower_bound(starts.begin(), starts.end(), from);
    std::size_t to = next == starts.end() ? lines.size() : *next;
    if (answer_heads[k] < lines.size()) {
      from = answer_heads[k];
      to = lines.size();
      for (std::size_t other = 0; other < questions.size(); ++other)
        if (answer_heads[other] > from && answer_heads[other] < to) to = answer_heads[other];
    }
    std::string answer = answer_heads[k] < lines.size() ? std::string() : questions[k].answer_lead;
    for (std::size_t i = from; i < to && i < lines.size(); ++i) {
      if (ends_answer(lines[i])) break;
      if (lines[i].empty()) continue;
      // "Svar" alone over the answer: its heading, no part of it.
      if (answer.empty() && (trim(lines[i]) == "Svar" || trim(lines[i]) == "Svar:" || trim(lines[i]) == "SVAR")) continue;
      // Another question's item is no part of this answer; a numbered answer ("1. Enligt …") is.
      if (const auto item = list_item(lines[i]); item && (trim(*item).ends_with("?") || answer_heads[k] >= lines.size()))
        continue;
      answer += (answer.empty() ? "" : " ") + lines[i];
    }
    if (!in_turn.empty()) answer = in_turn[k];
    // The question quoted before its answer is no part of it: the answer begins after its "?«".
    if (quoted_heads)
      for (std::string_view close : {"?\xC2\xAB", "?\xC2\xBB", "?\xE2\x80\x9D", "?\""})
        if (const std::size_t at = answer.find(close); at != std::string::npos) {
          answer = std::string(trim(std::string_view(answer).substr(at + close.size())));
          break;
        }
    // The interpellation itself ends with its signature, not an answer.
    if (!answered || (unkeyed_list && k + 1 == questions.size())) answer.clear();
    out.push_back(schema::Exchange{asker, affiliation, answerer, questions[k].text,
                                   capped(collapse_spaces(answer), kMaxAnswerBytes), "",
                                   position_of(full, questions[k].text, 0)});
  }
  return out;
}

}  // namespace kommunsok::indexer
