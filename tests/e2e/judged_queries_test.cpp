// The judged query set (tests/search/judged_queries.tsv): realistic searches by journalists,
// union representatives and clerks, each with the documents that answer it. Every query runs
// through the Searcher over corpus/ and ../shared/real-docs; success@1, MRR@10 and the share of
// zero-hit queries are printed overall, per category and per user group, and held above floors.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "kommunsok/indexer/indexing_run.hpp"
#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/search_request.hpp"
#include "kommunsok/server/searcher.hpp"
#include "temp_dir.hpp"

using namespace kommunsok;

namespace {

// Floors from the figures measured with issue 8's forgiving search in place (2026-11-25:
// success@1 0.964, MRR@10 0.969, zero hits 0.008 over 247 queries; corpus only, without
// ../shared, 0.958 / 0.966 / 0.012 over 165). They sit three queries below the measurement, and above
// issue 8's targets (success@1 >= 0.90, MRR@10 >= 0.92, zero hits <= 0.02), so a regression
// fails the test. Raise them as search improves; never lower them to let a change in.
constexpr double kMinSuccessAt1 = 0.95;
constexpr double kMinMrrAt10 = 0.96;
constexpr double kMaxZeroHitShare = 0.02;

constexpr std::size_t kMinQueries = 150;
constexpr int kDepth = 10;  ///< hits looked at per query: MRR@10

const std::set<std::string> kCategories = {"exact",        "inflection", "compound", "diacritics",
                                           "typo",         "abbreviation", "party",  "dnr",
                                           "negation",     "language",   "filter"};
const std::set<std::string> kUsers = {"journalist", "union", "clerk"};

struct JudgedQuery {
  std::size_t line = 0;
  std::string category;
  std::string user;
  std::string params;
  std::vector<std::string> relevant;
};

struct Outcome {
  const JudgedQuery* query = nullptr;
  std::vector<std::string> top;  ///< ids of the first kDepth hits
  std::optional<int> rank;       ///< 1-based rank of the first relevant hit within kDepth
  std::string error;             ///< why the query was refused, when it was
};

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, separator)) parts.push_back(part);
  if (!text.empty() && text.back() == separator) parts.emplace_back();
  return parts;
}

// A malformed line fails the test with its number rather than being skipped: a broken
// judgement must not quietly shrink the set.
std::vector<JudgedQuery> read_judged_queries(const std::filesystem::path& file) {
  std::ifstream in(file);
  REQUIRE(in);
  std::vector<JudgedQuery> queries;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    const auto fields = split(line, '\t');
    INFO(file.filename().string() << " line " << number << ": " << line);
    CHECK(fields.size() == 4);
    if (fields.size() != 4) continue;
    JudgedQuery query{number, fields[0], fields[1], fields[2], split(fields[3], '|')};
    CHECK(kCategories.count(query.category) == 1);
    CHECK(kUsers.count(query.user) == 1);
    CHECK(!query.params.empty());
    CHECK(!query.relevant.empty());
    CHECK(std::none_of(query.relevant.begin(), query.relevant.end(), [](const std::string& id) { return id.empty(); }));
    queries.push_back(std::move(query));
  }
  return queries;
}

// Real documents lie flat in ../shared/real-docs; every corpus id starts with its municipality's folder.
bool is_real_doc_id(const std::string& id) { return id.find('/') == std::string::npos; }

/// The params as the server's query parameters: split on & and on each part's first =.
std::vector<std::pair<std::string, std::string>> query_parameters(const std::string& params) {
  std::vector<std::pair<std::string, std::string>> parameters;
  for (const auto& part : split(params, '&')) {
    const auto equals = part.find('=');
    if (equals == std::string::npos) {
      parameters.emplace_back(part, "");
    } else {
      parameters.emplace_back(part.substr(0, equals), part.substr(equals + 1));
    }
  }
  return parameters;
}

Outcome run_query(const server::Searcher& searcher, const JudgedQuery& query) {
  Outcome outcome;
  outcome.query = &query;
  try {
    auto parameters = query_parameters(query.params);
    parameters.emplace_back("size", std::to_string(kDepth));
    const auto request = server::parse_search_request(parameters);
    for (const auto& hit : searcher.search(request).hits) outcome.top.push_back(hit.document.id);
  } catch (const server::ApiError& error) {
    // A refused query shows the user an error instead of documents: scored as zero hits.
    if (error.status() != 400) throw;
    outcome.error = error.what();
    return outcome;
  }
  for (std::size_t i = 0; i < outcome.top.size() && i < static_cast<std::size_t>(kDepth); ++i) {
    const auto& relevant = query.relevant;
    if (std::find(relevant.begin(), relevant.end(), outcome.top[i]) != relevant.end()) {
      outcome.rank = static_cast<int>(i) + 1;
      break;
    }
  }
  return outcome;
}

struct Scores {
  std::size_t queries = 0;
  std::size_t successes = 0;
  double reciprocal_ranks = 0;
  std::size_t zero_hits = 0;

  void add(const Outcome& outcome) {
    ++queries;
    successes += outcome.rank == 1;
    if (outcome.rank) reciprocal_ranks += 1.0 / *outcome.rank;
    zero_hits += outcome.top.empty();
  }
  double success_at_1() const { return queries ? static_cast<double>(successes) / queries : 0; }
  double mrr_at_10() const { return queries ? reciprocal_ranks / queries : 0; }
  double zero_hit_share() const { return queries ? static_cast<double>(zero_hits) / queries : 0; }
};

std::string score_row(const std::string& label, const Scores& scores) {
  char row[160];
  std::snprintf(row, sizeof row, "  %-14s %4zu   %6.3f   %6.3f   %6.3f\n", label.c_str(), scores.queries,
                scores.success_at_1(), scores.mrr_at_10(), scores.zero_hit_share());
  return row;
}

std::string score_table(const std::string& title, const std::map<std::string, Scores>& groups) {
  std::string table = title + "\n  group           n   success@1  MRR@10  zero-hit\n";
  for (const auto& [label, scores] : groups) table += score_row(label, scores);
  return table;
}

std::string failure_line(const Outcome& outcome) {
  const auto& query = *outcome.query;
  std::string line = "  line " + std::to_string(query.line) + " [" + query.category + "/" + query.user + "] " +
                     query.params + "\n      rank " + (outcome.rank ? std::to_string(*outcome.rank) : "-") +
                     "; wanted " + query.relevant.front() + (query.relevant.size() > 1 ? " (or another)" : "") +
                     "\n      got ";
  if (!outcome.error.empty()) return line + "an error: " + outcome.error + "\n";
  if (outcome.top.empty()) return line + "no hits\n";
  for (std::size_t i = 0; i < outcome.top.size() && i < 3; ++i) line += (i ? ", " : "") + outcome.top[i];
  return line + "\n";
}

}  // namespace

TEST_CASE("the judged query set scores above its floors", "[e2e][judged]") {
  const auto queries = read_judged_queries(test::source_dir() / "tests/search/judged_queries.tsv");
  CHECK(queries.size() >= kMinQueries);

  const auto real_docs = test::shared_dir() / "real-docs";
  const bool have_real_docs = std::filesystem::exists(real_docs);
  test::TempDir dir;
  indexer::IndexOptions options;
  options.db = dir.path() / "index";
  options.roots = {test::source_dir() / "corpus"};
  if (have_real_docs) {
    options.roots.push_back(real_docs);
  } else {
    WARN("SKIPPED real-docs queries: ../shared absent (" << real_docs.string()
                                                         << " not found); scoring the corpus queries only");
  }
  const auto report = indexer::run_indexing(options);
  REQUIRE(report.ok());
  const server::Searcher searcher(options.db);

  // Every judged id must name a document in the index: a misspelt id would otherwise only
  // make the score look worse than it is.
  std::vector<const JudgedQuery*> runnable;
  for (const auto& query : queries) {
    const bool only_real = std::all_of(query.relevant.begin(), query.relevant.end(), is_real_doc_id);
    if (only_real && !have_real_docs) {
      std::cout << "skipped (needs ../shared/real-docs): line " << query.line << " " << query.params << "\n";
      continue;
    }
    for (const auto& id : query.relevant) {
      if (is_real_doc_id(id) && !have_real_docs) continue;
      INFO("line " << query.line << " (" << query.params << "): relevant id '" << id << "'");
      CHECK(searcher.document(id).has_value());
    }
    runnable.push_back(&query);
  }
  REQUIRE(!runnable.empty());

  Scores overall;
  std::map<std::string, Scores> by_category, by_user;
  std::vector<Outcome> failures;
  for (const auto* query : runnable) {
    const auto outcome = run_query(searcher, *query);
    overall.add(outcome);
    by_category[query->category].add(outcome);
    by_user[query->user].add(outcome);
    if (outcome.rank != 1) failures.push_back(outcome);
  }

  std::string summary = "Judged queries: " + std::to_string(overall.queries) + " run of " +
                        std::to_string(queries.size()) + (have_real_docs ? "" : " (real-docs queries skipped)") + "\n";
  summary += score_table("Overall", {{"all", overall}});
  summary += score_table("Per category", by_category);
  summary += score_table("Per user group", by_user);
  std::string failed = "Not first (" + std::to_string(failures.size()) + "), with the top 3 hits:\n";
  for (const auto& outcome : failures) failed += failure_line(outcome);
  std::cout << summary << failed << std::flush;

  INFO(summary);
  CHECK(overall.success_at_1() >= kMinSuccessAt1);
  CHECK(overall.mrr_at_10() >= kMinMrrAt10);
  CHECK(overall.zero_hit_share() <= kMaxZeroHitShare);
}
