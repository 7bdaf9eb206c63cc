// Why: the three commands' arguments, and the help that goes with each, in one place.
#pragma once

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <variant>

namespace kommunsok::admin {

struct UsageError : std::runtime_error {
  UsageError(const std::string& message, std::string usage_text)
      : std::runtime_error(message), usage(std::move(usage_text)) {}
  std::string usage;  ///< the help of the command it concerns
};

struct HelpCommand {
  std::string text;
};
struct BackupCommand {
  std::filesystem::path db, dir;
  std::chrono::seconds time_limit{600};
};
struct RestoreCommand {
  std::filesystem::path backup, db;
  bool force = false;
};
struct CheckCommand {
  std::filesystem::path db;
};
using Command = std::variant<HelpCommand, BackupCommand, RestoreCommand, CheckCommand>;

/// Reads argv; throws UsageError for anything it cannot read.
Command parse_command_line(int argc, char** argv);

}  // namespace kommunsok::admin
