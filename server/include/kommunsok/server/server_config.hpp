// Why: every setting has one name, used in the config file and by the flags that override
// it, so an operator can put the production settings in /etc and a developer a flag on the
// command line.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "kommunsok/server/search_server.hpp"

namespace kommunsok::server {

/// A bad flag, file or setting; the message names it.
struct ConfigError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// The --help text: flags, and every setting of the config file with its default.
extern const char* const kServerHelp;

/// Reads `--config FILE` (Java-style properties: `key = value`) and then the flags, which win.
/// Throws ConfigError naming the flag, file or key at fault. Sets `help` for -h/--help.
ServerOptions server_options_from_command_line(const std::vector<std::string>& args, bool& help);

}  // namespace kommunsok::server
