#include "kommunsok/indexer/exchange_recognizer.hpp"

#include <algorithm>
#include <array>
#include <regex>

#include "kommunsok/indexer/swedish_date.hpp"
#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/unions.hpp"

namespace kommunsok::indexer {

namespace {

constexpr std::size_t kMaxQuestionBytes = 1500;
constexpr std::size_t kMaxAnswerBytes = 4000;
constexpr std::size_t kMaxUnionWords = 3;

// Verbs by which a union puts a question or a view to the employer.
constexpr std::array kAskingVerbs{"undrar",    "undrade",    "frågar",     "frågade",   "efterfrågar",
                                  "efterfrågade", "menar",   "menade",     "föreslår",  "föreslog",
                                  "vill",       "ville",      "lyfter",     "lyfte",     "påtalar",
                                  "påtalade",   "önskar",     "önskade",    "anser",     "ansåg",
                                  "ställer",    "ställde",    "hade",       "har",       "tar",
                                  "tog",        "uttrycker",  "uttryckte",  "ifrågasätter", "ifrågasatte",
                                  "framför",    "framförde",  "påpekar",    "påpekade",  "begär",
                                  "begärde",    "yrkar",      "yrkade"};
// Verbs by which the employer answers.
constexpr std::array kAnsweringVerbs{"svarar",    "svarade",   "meddelar",   "meddelade", "berättar",
                                     "berättade", "förklarar", "förklarade", "informerar", "informerade",
                                     "säger",     "sa",        "sade",       "uppger",    "uppgav",
                                     "återkommer", "tydliggör", "tydliggjorde", "bekräftar", "bekräftade"};

bool is_one_of(std::string_view word, const auto& list) {
  const std::string w = lower(word);
  return std::any_of(list.begin(), list.end(), [&](const char* v) { return w == v; });
}

std::string word_without_punctuation(std::string_view word) {
  std::string w(word);
  while (!w.empty() && std::string_view(",.:;").find(w.back()) != std::string_view::npos) w.pop_back();
  return w;
}

// Sentences of a text: ends at '.', '?' or '!' followed by a space and an upper-case letter.
std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const char c = text[i];
    if ((c != '.' && c != '?' && c != '!') || text[i + 1] != ' ') continue;
    if (!starts_uppercase(std::string_view(text).substr(i + 2))) continue;
    // "kl. 13", "t.ex. Vision": a short abbreviation before the point is no sentence end.
    const std::size_t word_start = text.rfind(' ', i);
    const std::size_t word_bytes = i - (word_start == std::string::npos ? 0 : word_start + 1);
    if (c == '.' && word_bytes <= 2) continue;
    out.emplace_back(trim(std::string_view(text).substr(start, i + 1 - start)));
    start = i + 2;
  }
  if (start < text.size()) out.emplace_back(trim(std::string_view(text).substr(start)));
  std::erase_if(out, [](const std::string& s) { return s.empty(); });
  return out;
}

// "Kommunal undrar …", "Akademikerförbundet SSR menar …": the union when a sentence opens
// with one and an asking verb.
std::optional<std::string> union_asking(const std::string& sentence) {
  const auto words = split_words(sentence);
  for (std::size_t n = 1; n <= kMaxUnionWords && n < words.size(); ++n) {
    std::vector<std::string> name;
    for (std::size_t k = 0; k < n; ++k) name.push_back(word_without_punctuation(words[k]));
    if (!is_one_of(words[n], kAskingVerbs)) continue;
    if (auto canonical = schema::canonical_union(join(name, " "))) return *canonical;
  }
  return std::nullopt;
}

bool asks_in_words(const std::string& question) {
  static constexpr std::array kQuestionVerbs{"undrar", "undrade", "frågar", "frågade", "efterfrågar", "efterfrågade"};
  for (std::string_view word : split_words(question)) {
    if (is_one_of(word, kQuestionVerbs)) return true;
  }
  return false;
}

bool employer_answers(const std::string& sentence) {
  const auto words = split_words(sentence);
  if (words.size() < 2 || lower(words[0]) != "arbetsgivaren") return false;
  return is_one_of(words[1], kAnsweringVerbs);
}

std::string capped(std::string text, std::size_t max_bytes) {
  return text.size() <= max_bytes ? text : schema::truncate_utf8(text, max_bytes) + "…";
}

// Byte offset of the start of each line in the stored text (lines joined by '\n').
std::vector<std::size_t> line_offsets(const ExtractedText& text) {
  std::vector<std::size_t> offsets;
  std::size_t at = 0;
  for (const auto& line : text.lines()) {
    offsets.push_back(at);
    at += line.size() + 1;
  }
  offsets.push_back(at);
  return offsets;
}

// Where a question stands in the stored text: its first words, searched from its section.
std::size_t position_of(const std::string& full_text, const std::string& question, std::size_t from) {
  const auto words = split_words(question);
  if (words.empty()) return from;
  const std::size_t at = full_text.find(std::string(words.front()), from);
  return at == std::string::npos ? from : at;
}

struct SectionText {
  std::string heading;
  std::string flat;
  std::size_t offset;
};

// The body's sections as running text; a document without sections is one.
std::vector<SectionText> section_texts(const DocumentStructure& structure) {
  const auto& lines = structure.text().lines();
  const auto offsets = line_offsets(structure.text());
  auto flat_of = [&](std::size_t begin, std::size_t end) {
    std::string flat;
    for (std::size_t i = begin; i < end; ++i) {
      if (lines[i].empty()) continue;
      if (!flat.empty()) flat += ' ';
      flat += lines[i];
    }
    return flat;
  };
  std::vector<SectionText> out;
  if (structure.sections().empty()) {
    out.push_back({"", flat_of(structure.header_end(), lines.size()), offsets[structure.header_end()]});
    return out;
  }
  for (const Section& s : structure.sections())
    out.push_back({s.heading, flat_of(s.begin + 1, s.end), offsets[s.begin]});
  return out;
}

}  // namespace

std::vector<schema::Exchange> recognize_samverkan_exchanges(const DocumentStructure& structure) {
  std::vector<schema::Exchange> out;
  const std::string full = structure.text().full_text();
  for (const SectionText& section : section_texts(structure)) {
    std::optional<schema::Exchange> open;
    bool answering = false;
    std::string last_asker;
    auto close = [&] {
      // A union's statement that nobody answered ("Vision har en utbildning …") is news, not
      // a question: keep what was answered, asked with '?', or asked in so many words.
      if (open && (!open->answer.empty() || open->question.find('?') != std::string::npos ||
                   asks_in_words(open->question)))
        out.push_back(std::move(*open));
      open.reset();
      answering = false;
    };
    for (const std::string& sentence : sentences_of(section.flat)) {
      const auto asker = union_asking(sentence);
      const bool question_mark = sentence.ends_with("?");
      if (asker || (question_mark && !last_asker.empty() && (answering || !open))) {
        close();
        if (asker) last_asker = *asker;
        open = schema::Exchange{last_asker, last_asker, "", sentence, "", section.heading,
                                position_of(full, sentence, section.offset)};
        continue;
      }
      if (!open) continue;
      if (employer_answers(sentence)) {
        answering = true;
        open->answerer = "Arbetsgivaren";
        open->answer += (open->answer.empty() ? "" : " ") + sentence;
      } else if (answering) {
        open->answer += " " + sentence;
      } else {
        open->question += " " + sentence;  // the question goes on
      }
      open->question = capped(open->question, kMaxQuestionBytes);
      open->answer = capped(open->answer, kMaxAnswerBytes);
    }
    close();
  }
  return out;
}

namespace {

// "1. Hur …?", "• Hur …?", "- Hur …?": a list marker and the item text.
std::optional<std::string> list_item(std::string_view line) {
  // "1. Hur …?", "• Hur …?", "Fråga 1. Hur …?", "Fråga 2: Vilka …?"
  static const std::regex marker(
      R"(^(?:\d{1,2}[.)]|\xE2\x80\xA2|-|\xE2\x80\x93|\*|Fr\xC3\xA5ga\s{1,3}(?:nr\s{1,3})?\d{1,2}[.:)]?)\s{1,5}(?=\S))");
  const std::string_view opening = line.substr(0, 20);  // the marker only: see match_paragraph_marker
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

struct FoundQuestion {
  std::string text;
  std::size_t line;   ///< where it ends: its answer starts after
  std::size_t start;  ///< where it begins: the answer before it ends there
};

bool starts_answer(std::string_view line) { return line.starts_with("Svar:") || line.starts_with("Svar "); }

}  // namespace

std::vector<schema::Exchange> recognize_interpellation_exchanges(const DocumentStructure& structure,
                                                                 const std::vector<schema::Person>& people,
                                                                 bool answered) {
  const auto& lines = structure.text().lines();
  std::vector<FoundQuestion> questions;
  auto seen = [&](const std::string& q) {
    const std::string key = schema::normalize_keyword(q);
    return std::any_of(questions.begin(), questions.end(),
                       [&](const FoundQuestion& f) { return schema::normalize_keyword(f.text) == key; });
  };

  // List items first: an item runs on over its continuation lines.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto item = list_item(lines[i]);
    if (!item) continue;
    std::string text = *item;
    std::size_t j = i + 1;
    // The item runs on until a blank line, the next item or its answer ("Svar: …").
    for (; j < lines.size() && !lines[j].empty() && !list_item(lines[j]) && !starts_answer(lines[j]); ++j)
      text += " " + lines[j];
    text = collapse_spaces(text);
    if (text.ends_with("?") && !seen(text)) questions.push_back({text, j - 1, i});
    i = j - 1;
  }
  // Otherwise questions numbered inline, or paragraphs that are questions.
  if (questions.empty()) {
    std::string paragraph;
    std::size_t first = 0;
    for (std::size_t i = 0; i <= lines.size(); ++i) {
      if (i < lines.size() && !lines[i].empty()) {
        if (paragraph.empty()) first = i;
        paragraph += (paragraph.empty() ? "" : " ") + lines[i];
        continue;
      }
      if (paragraph.empty()) continue;
      const std::string text = collapse_spaces(paragraph);
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
  // Answers may come after all the questions, each headed "Svar på fråga 2:" / "Fråga 2" /
  // "Till fråga 2:".
  std::vector<std::size_t> answer_heads(questions.size() + 1, lines.size());
  static const std::regex answer_head(R"(^(?:Svar på fråga|Svar fråga|Till fråga|Angående fråga|Fråga)\s{1,3}(?:nr\s{1,3})?(\d{1,2})\b)",
                                      std::regex::icase);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::smatch m;
    const std::string opening = lines[i].substr(0, 30);
    if (!std::regex_search(opening, m, answer_head)) continue;
    const std::size_t n = std::stoul(m[1].str());
    if (n >= 1 && n <= questions.size() && i > questions.back().line) answer_heads[n - 1] = i;
  }
  // A signature ends the last answer: "Karin Holm (M)" alone on its line.
  static const std::regex signature(R"(^[A-ZÅÄÖ][\wåäöÅÄÖ-]{1,30}(?: [A-ZÅÄÖ][\wåäöÅÄÖ-]{1,30}){1,2} \([A-Za-z]{1,3}\)$)");
  std::vector<schema::Exchange> out;
  for (std::size_t k = 0; k < questions.size(); ++k) {
    // The answer is what follows the question, up to the next one — or its own headed block.
    std::size_t from = questions[k].line + 1;
    std::size_t to = k + 1 < questions.size() ? questions[k + 1].start : lines.size();
    if (answer_heads[k] < lines.size()) {
      from = answer_heads[k];
      to = lines.size();
      for (std::size_t other = 0; other < questions.size(); ++other)
        if (answer_heads[other] > from && answer_heads[other] < to) to = answer_heads[other];
    }
    std::string answer;
    for (std::size_t i = from; i < to && i < lines.size(); ++i) {
      if (lines[i].size() < 100 && std::regex_match(lines[i], signature)) break;
      // "Ekby den 5 december 2023": the signature's place and date end it too.
      constexpr std::size_t kDatedLineBytes = 48, kDatedLineWords = 6;
      if (lines[i].size() <= kDatedLineBytes && starts_uppercase(lines[i]) && !lines[i].ends_with(".") &&
          split_words(lines[i]).size() <= kDatedLineWords && find_swedish_date(lines[i]))
        break;
      if (lines[i].empty() || list_item(lines[i])) continue;
      answer += (answer.empty() ? "" : " ") + lines[i];
    }
    // The interpellation itself ends with its signature, not an answer.
    if (!answered) answer.clear();
    out.push_back(schema::Exchange{asker, affiliation, answerer, questions[k].text,
                                   capped(collapse_spaces(answer), kMaxAnswerBytes), "",
                                   position_of(full, questions[k].text, 0)});
  }
  return out;
}

}  // namespace kommunsok::indexer
