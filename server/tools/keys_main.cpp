// kommunsok-keys: creates, lists and revokes the API keys that writing (and, if the operator
// wants, reading) needs. A key is printed once, at creation; only its digest is stored.
#include <iostream>
#include <string>
#include <vector>

#include "kommunsok/server/api_keys.hpp"

namespace {

constexpr const char* kUsage =
    "usage: kommunsok-keys (--db DIR | --file FILE) create --name NAME --scope read|ingest|admin\n"
    "       kommunsok-keys (--db DIR | --file FILE) list\n"
    "       kommunsok-keys (--db DIR | --file FILE) revoke NAME\n"
    "  The key file is DIR/keys unless --file names another (the server's ingest.keys setting).\n"
    "  create prints the new key once: give it to the client, it cannot be shown again.\n"
    "  Scopes: read (search when keys.required_for_reads is on), ingest (upload and delete\n"
    "  documents; reads too), admin (everything). The server sees changes within a second.\n";

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace

int main(int argc, char** argv) {
  using namespace kommunsok::server;
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    std::string file, command, name, scope, target;
    for (std::size_t i = 0; i < args.size(); ++i) {
      auto value = [&]() -> std::string {
        if (i + 1 >= args.size()) throw UsageError(args[i] + " needs a value");
        return args[++i];
      };
      if (args[i] == "-h" || args[i] == "--help") {
        std::cout << kUsage;
        return 0;
      } else if (args[i] == "--db") {
        file = value() + "/keys";
      } else if (args[i] == "--file") {
        file = value();
      } else if (args[i] == "--name") {
        name = value();
      } else if (args[i] == "--scope") {
        scope = value();
      } else if (command.empty()) {
        command = args[i];
      } else if (target.empty() && command == "revoke") {
        target = args[i];
      } else {
        throw UsageError("unexpected argument " + args[i]);
      }
    }
    if (file.empty()) throw UsageError("--db DIR or --file FILE is required");
    const KeyFile keys(file);
    if (command == "create") {
      if (name.empty() || scope.empty()) throw UsageError("create needs --name NAME and --scope SCOPE");
      KeyScope parsed;
      try {
        parsed = parse_scope(scope);
      } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
      }
      std::cout << keys.create(name, parsed) << "\n";
      std::cerr << "kommunsok-keys: created '" << name << "' (" << scope << ") in " << file
                << "; the key above is not stored and cannot be shown again\n";
    } else if (command == "list") {
      for (const ApiKey& k : keys.read())
        std::cout << k.name << "\t" << scope_name(k.scope) << "\t" << k.created << "\t" << (k.revoked ? "revoked" : "active")
                  << "\n";
    } else if (command == "revoke") {
      if (target.empty()) throw UsageError("revoke needs the key's NAME");
      keys.revoke(target);
      std::cerr << "kommunsok-keys: revoked '" << target << "'\n";
    } else {
      throw UsageError(command.empty() ? "a command is required: create, list or revoke" : "unknown command " + command);
    }
    return 0;
  } catch (const UsageError& e) {
    std::cerr << "kommunsok-keys: " << e.what() << "\n" << kUsage;
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "kommunsok-keys: " << e.what() << "\n";
    return 1;
  }
}
