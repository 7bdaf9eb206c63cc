// Matching an interpellation answer's blocks to its questions (see answer_matching.hpp).
#include "kommunsok/indexer/answer_matching.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <regex>
#include <set>

#include "kommunsok/indexer/swedish_text.hpp"
#include "kommunsok/schema/compound_splitter.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/swedish_analyzer.hpp"

namespace kommunsok::indexer {

namespace {

// Bounds that keep a pathological "answer" cheap: an answer is a page or two.
constexpr std::size_t kMaxBlocks = 60;
constexpr std::size_t kMaxQuestions = 30;
constexpr std::size_t kMaxBlockWords = 1500;
constexpr std::size_t kOpeningBytes = 220;  // where a block names the question it answers

constexpr std::array<std::string_view, 10> kOrdinals{"första", "andra",  "tredje", "fjärde", "femte",
                                                     "sjätte", "sjunde", "åttonde", "nionde", "tionde"};
constexpr std::array<std::string_view, 10> kCardinals{"ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"};

std::size_t number_of(const std::string& word) {
  for (std::size_t k = 0; k < kOrdinals.size(); ++k)
    if (word == kOrdinals[k] || word == kCardinals[k]) return k + 1;
  if (!word.empty() && word.size() <= 2 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::stoul(word);
  return 0;
}

// A line standing alone as a subheading: a few words, no sentence punctuation at its end.
bool looks_like_subheading(std::string_view line) {
  constexpr std::size_t kMaxWords = 7;
  line = trim(line);
  if (line.empty() || !starts_uppercase(line)) return false;
  const char last = line.back();
  if (last == '.' || last == ',' || last == ';' || last == '!' || last == '?' || last == ')') return false;
  const auto words = split_words(line);
  return !words.empty() && words.size() <= kMaxWords;
}

struct Block {
  std::string heading;  ///< its subheading, if any: matched, not part of the answer
  std::string text;
  std::set<std::string> stems;
  std::vector<std::size_t> named;
};

// Paragraphs parted by blank lines; one that opens in lower case continues the one before
// (a paragraph broken by a page's furniture). Where extraction kept no blank line, a line that
// ends a sentence well short of the text's width ends its paragraph, and a subheading stands
// on its own between a sentence's end and a capital.
std::vector<std::string> paragraphs_of(const std::vector<std::string>& lines, std::size_t from, std::size_t to) {
  to = std::min(to, lines.size());
  bool blank_lines = false;
  std::size_t width = 0;
  for (std::size_t i = from; i < to; ++i) {
    blank_lines = blank_lines || trim(lines[i]).empty();
    width = std::max(width, trim(lines[i]).size());
  }
  std::vector<std::string> paragraphs;
  std::string current;
  bool continues = false;
  auto close = [&]() {
    if (current.empty()) return;
    if (continues && !paragraphs.empty()) {
      paragraphs.back() += " " + current;
    } else {
      paragraphs.push_back(current);
    }
    current.clear();
  };
  for (std::size_t i = from; i < to && i < lines.size(); ++i) {
    const std::string_view line = trim(lines[i]);
    if (line.empty()) {
      close();
      continue;
    }
    if (!blank_lines && !current.empty() && looks_like_subheading(line) && i + 1 < to &&
        starts_uppercase(trim(lines[i + 1])) && (current.ends_with(".") || current.ends_with("?") || current.ends_with(":"))) {
      close();
      current = std::string(line);
      continues = false;
      close();
      continue;
    }
    if (current.empty()) continues = starts_lowercase(line);
    current += (current.empty() ? "" : " ") + std::string(line);
    if (!blank_lines && (line.ends_with(".") || line.ends_with("!")) && line.size() * 4 < width * 3) close();
  }
  close();
  for (auto& p : paragraphs) p = collapse_spaces(p);
  return paragraphs;
}

// The content words of a text as stems, compounds also as their parts' stems — while the
// document's budget of dictionary look-ups lasts (a hostile answer of many unique long words
// would cost a look-up each).
std::set<std::string> content_stems(const std::string& text, const Xapian::Stem& stem, std::size_t& splits_left) {
  constexpr std::size_t kMinLetters = 4;
  std::set<std::string> out;
  std::size_t taken = 0;
  for (std::string_view raw : split_words(text)) {
    if (++taken > kMaxBlockWords) break;
    std::string word;
    for (char c : raw)
      if (c != '.' && c != ',' && c != ';' && c != ':' && c != '?' && c != '!' && c != '(' && c != ')' && c != '"')
        word += c;
    word = lower(word);
    if (word.size() < kMinLetters || schema::is_swedish_stopword(word)) continue;
    if (std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    out.insert(stem(word));
    if (splits_left == 0) continue;
    --splits_left;
    for (const std::string& part : schema::CompoundSplitter::swedish().parts(word)) out.insert(stem(part));
  }
  return out;
}

// Whether a text's stems hold a question's word, also in another inflection the stemmer left
// apart ("digitalt" / "digital", "obesatta" / "obesatt"): a stem of five letters or more that
// the other extends by one or two.
bool holds(const std::set<std::string>& stems, const std::string& word) {
  constexpr std::size_t kMinStem = 5, kMaxEnding = 2;
  if (stems.contains(word)) return true;
  if (word.size() < kMinStem) return false;
  for (auto it = stems.lower_bound(word); it != stems.end() && it->starts_with(word); ++it)
    if (it->size() - word.size() <= kMaxEnding) return true;
  for (std::size_t cut = 1; cut <= kMaxEnding && word.size() - cut >= kMinStem; ++cut)
    if (stems.contains(word.substr(0, word.size() - cut))) return true;
  return false;
}

}  // namespace

bool MatchedAnswers::complete() const {
  return !answers.empty() && std::none_of(answers.begin(), answers.end(), [](const std::string& a) { return a.empty(); });
}

std::vector<std::size_t> questions_named(const std::string& text) {
  static const std::string number =
      "(\\d{1,2}|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|"
      "tionde)";
  // "den tredje frågan", "första och andra frågan", "fråga nummer två", "fråga 3",
  // "frågorna 1 och 2", "frågorna ett, två och tre".
  static const std::regex ordinal_question("(?:^|[\\s(])(första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)"
                                           "(?:\\s+och\\s+(?:den\\s+)?(första|andra|tredje|fjärde|femte|sjätte|sjunde|"
                                           "åttonde|nionde|tionde))?\\s+frågan?\\b");
  static const std::regex question_number("\\bfråg(?:a|orna)\\s+(?:nummer\\s+|nr\\.?\\s+)?" + number +
                                          "((?:\\s*,\\s*" + number + ")*(?:\\s+och\\s+" + number + ")?)");
  const std::string opening = lower(schema::truncate_utf8(text, kOpeningBytes));
  std::set<std::size_t> found;
  for (auto it = std::sregex_iterator(opening.begin(), opening.end(), ordinal_question); it != std::sregex_iterator(); ++it)
    for (std::size_t g = 1; g <= 2; ++g)
      if ((*it)[g].matched) found.insert(number_of((*it)[g].str()));
  for (auto it = std::sregex_iterator(opening.begin(), opening.end(), question_number); it != std::sregex_iterator(); ++it) {
    found.insert(number_of((*it)[1].str()));
    const std::string more = (*it)[2].str();
    static const std::regex word("\\d{1,2}|[a-zåäö]+");
    for (auto w = std::sregex_iterator(more.begin(), more.end(), word); w != std::sregex_iterator(); ++w)
      if (const std::size_t n = number_of(w->str())) found.insert(n);
  }
  found.erase(0);
  return {found.begin(), found.end()};
}

MatchedAnswers answers_by_content(const std::vector<std::string>& lines, std::size_t from, std::size_t to,
                                  const std::vector<std::string>& questions) {
  MatchedAnswers out;
  out.answers.assign(questions.size(), "");
  if (questions.size() < 2 || questions.size() > kMaxQuestions) return out;
  const std::vector<std::string> paragraphs = paragraphs_of(lines, from, to);
  if (paragraphs.size() > kMaxBlocks) return out;

  // Sections under subheadings when there are two or more; otherwise the paragraphs.
  std::vector<bool> heading(paragraphs.size(), false);
  std::size_t headings = 0;
  for (std::size_t k = 0; k + 1 < paragraphs.size(); ++k)
    if (looks_like_subheading(paragraphs[k]) && !looks_like_subheading(paragraphs[k + 1])) {
      heading[k] = true;
      ++headings;
    }
  std::vector<Block> blocks;
  for (std::size_t k = 0; k < paragraphs.size(); ++k) {
    if (headings >= 2 && heading[k]) {
      blocks.push_back(Block{paragraphs[k], "", {}, {}});
      continue;
    }
    if (headings >= 2 && !blocks.empty() && !blocks.back().heading.empty()) {
      blocks.back().text += (blocks.back().text.empty() ? "" : " ") + paragraphs[k];
      continue;
    }
    blocks.push_back(Block{"", paragraphs[k], {}, {}});
  }

  // "Bakgrund", "Bakgrund: …": the background told before the answers answers nothing.
  std::erase_if(blocks, [](const Block& block) {
    const std::string_view opening = block.heading.empty() ? std::string_view(block.text) : std::string_view(block.heading);
    return starts_with_ci(opening, "bakgrund ") || starts_with_ci(opening, "bakgrund:") || lower(trim(opening)) == "bakgrund";
  });
  const Xapian::Stem stem = schema::swedish_stemmer();
  constexpr std::size_t kMaxSplits = 3000;
  std::size_t splits_left = kMaxSplits;
  // The questions' words first: they are what the blocks are matched against.
  std::vector<std::set<std::string>> question_stems;
  for (const auto& q : questions) question_stems.push_back(content_stems(q, stem, splits_left));
  for (auto& block : blocks) {
    block.stems = content_stems(block.heading + " " + block.text, stem, splits_left);
    block.named = questions_named(block.heading.empty() ? block.text : block.heading + ". " + block.text);
  }
  // A block that names questions answers them (the first that names each).
  std::vector<bool> assigned(questions.size(), false);
  for (const auto& block : blocks)
    for (std::size_t n : block.named)
      if (n <= questions.size() && !assigned[n - 1] && !block.text.empty()) {
        out.answers[n - 1] = block.text;
        assigned[n - 1] = true;
        ++out.named;
      }

  // Words weigh by how few questions and blocks share them: "kommunen" tells nothing.
  std::map<std::string, std::size_t> in_questions, in_blocks;
  for (const auto& stems : question_stems)
    for (const auto& s : stems) ++in_questions[s];
  for (const auto& stems : question_stems)
    for (const auto& s : stems)
      if (!in_blocks.contains(s))
        in_blocks[s] = static_cast<std::size_t>(
            std::count_if(blocks.begin(), blocks.end(), [&](const Block& block) { return holds(block.stems, s); }));
  constexpr std::size_t kMinSharedWords = 2;
  constexpr double kMinScore = 0.75, kMargin = 1.5;
  // A block taken for one question counts for less for the others: answers mostly take the
  // questions one block each, and a block that shares a word or two with a question it does
  // not answer should not outweigh the one that does.
  constexpr double kTakenBlockWeight = 0.5;
  std::vector<std::vector<double>> score(questions.size(), std::vector<double>(blocks.size(), 0));
  std::vector<std::vector<std::size_t>> shared(questions.size(), std::vector<std::size_t>(blocks.size(), 0));
  for (std::size_t q = 0; q < questions.size(); ++q)
    for (std::size_t b = 0; b < blocks.size(); ++b) {
      // A block that named other questions is theirs.
      if (!blocks[b].named.empty() || blocks[b].text.empty()) continue;
      for (const auto& st : question_stems[q]) {
        if (!holds(blocks[b].stems, st)) continue;
        ++shared[q][b];
        score[q][b] += 1.0 / static_cast<double>(in_questions[st] * in_blocks[st]);
      }
    }
  std::vector<double> weight(blocks.size(), 1.0);
  for (;;) {
    // The unanswered question matched most clearly, as the blocks weigh now.
    std::size_t best_q = questions.size(), best_b = blocks.size();
    double best = 0, second = 0;
    for (std::size_t q = 0; q < questions.size(); ++q) {
      if (assigned[q]) continue;
      double top = 0, next = 0;
      std::size_t top_b = blocks.size();
      for (std::size_t b = 0; b < blocks.size(); ++b) {
        const double weighted = score[q][b] * weight[b];
        if (weighted > top) {
          next = top;
          top = weighted;
          top_b = b;
        } else if (weighted > next) {
          next = weighted;
        }
      }
      // The clearest first: the widest lead of its best block over its next.
      if (top_b < blocks.size() && (best_q == questions.size() || top - next > best - second)) {
        best = top;
        second = next;
        best_q = q;
        best_b = top_b;
      }
    }
    if (best_q == questions.size()) break;
    assigned[best_q] = true;  // decided, answered or not
    if (shared[best_q][best_b] >= kMinSharedWords && best >= kMinScore && best >= kMargin * second) {
      out.answers[best_q] = blocks[best_b].text;
      ++out.by_words;
      weight[best_b] *= kTakenBlockWeight;
    }
  }
  return out;
}

}  // namespace kommunsok::indexer
