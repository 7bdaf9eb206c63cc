// Why: the diarienummer is how clerks find a case; it is taken from labeled header lines
// ("Diarienummer KS-2021/1202.111", "Dnr: 1.2.3-123/2021") and from the shapes case
// numbers have in running text ("KS 2019/0345"), never from URLs or law references.
#pragma once

#include <string>
#include <vector>

#include "kommunsok/indexer/extracted_text.hpp"

namespace kommunsok::indexer {

/// Whose numbers a text holds. Minutes of a meeting that decides no case of its own (a
/// samverkan meeting) cite the cases they discuss in brackets in running text ("… the
/// reorganisation (dnr KS 2016/211)"): those numbers are other cases', whether or not the
/// header gave the minutes a number.
enum class CitedNumbers { AfterOwnNumber, Always };

/// Every distinct diarienummer (by canonical key), in order of first appearance, as written.
std::vector<std::string> recognize_diarienummer(const ExtractedText& text,
                                                CitedNumbers cited = CitedNumbers::AfterOwnNumber);

struct RejectedCandidate {
  std::string value;
  std::string reason;
  std::string line;
};

/// Number-shaped strings that were not taken as diarienummer, with the likely reason
/// (a date, a law or property designation, another authority's number, …): for --explain.
std::vector<RejectedCandidate> rejected_diarienummer_candidates(const ExtractedText& text,
                                                                CitedNumbers cited = CitedNumbers::AfterOwnNumber);

}  // namespace kommunsok::indexer
