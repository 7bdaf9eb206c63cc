// Why: end-to-end tests run the programs as a user does and look at what they print.
#pragma once

#include <string>
#include <vector>

namespace kommunsok::test {

struct Outcome {
  int exit_code = 0;
  std::string out;
  std::string err;
};

/// Runs the program with the arguments to its end; both output streams are read at once so
/// neither can fill up and block it.
Outcome run(const std::string& program, const std::vector<std::string>& args);

}  // namespace kommunsok::test
