// Why: a file that cannot be indexed is reported by name with a reason, and the run goes on;
// this exception carries that reason from wherever it is found to the report.
#pragma once

#include <stdexcept>
#include <string>

namespace kommunsok::indexer {

class SourceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace kommunsok::indexer
