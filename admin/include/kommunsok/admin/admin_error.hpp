// Why: every failure of an admin command reaches the command line as one message that names
// what failed (a path, a document, a revision) and one exit status; inside, a failure is
// thrown as AdminError and mapped once, in main.
#pragma once

#include <stdexcept>

namespace kommunsok::admin {

struct AdminError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace kommunsok::admin
