#include "kommunsok/server/server_config.hpp"

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include <charconv>
#include <cmath>
#include <map>

namespace kommunsok::server {

const char* const kServerHelp =
    "usage: kommunsok-server [--config FILE] [--db DIR] [--bind ADDR] [--port N] [--threads N]\n"
    "                        [--log-dir DIR] [--require-key-for-reads] [--set KEY=VALUE]...\n"
    "  Serves the index in DIR: GET /, /api/search, /api/documents/{id}[/original], /api/health,\n"
    "  /metrics; with an API key, POST /api/documents and DELETE /api/documents/{id}.\n"
    "  --port 0 picks a free port; the log line 'listening on' tells which.\n"
    "  Flags override the config file. Every setting (FILE lines are `key = value`; # comments):\n"
    "    db                          the index directory (required)\n"
    "    bind = 127.0.0.1            address to listen on (0.0.0.0 or :: for all)\n"
    "    port = 8080\n"
    "    threads = 8                 workers; half of them at most run expensive searches\n"
    "    log.dir =                   write access.log and server.log here (default: standard output)\n"
    "    log.max_file_mb = 50        a log file is rotated at this size\n"
    "    log.files = 5               rotated files kept per log\n"
    "    log.access_per_second = 200 access log lines a second; more are counted, not written\n"
    "    connections.max = 2048      open connections; more get 503\n"
    "    connections.per_client = 64 open connections from one address; more get 503\n"
    "    connections.idle_timeout_s = 15      a kept-alive connection with no request is closed\n"
    "    connections.request_timeout_s = 10   a request head must arrive whole within this\n"
    "    connections.min_body_rate_kb = 32    a request body may not arrive slower on average\n"
    "    connections.queue = 256     requests waiting for a worker, per lane; more get 503\n"
    "    index.shards =              the index's shards, comma-separated: directories and tcp://host:port\n"
    "                                (xapian-tcpsrv); searched as one. Default: the index is db itself\n"
    "    index.spelling =            with remote shards: local databases (replicas of the shards) whose\n"
    "                                spelling lists suggest corrections; comma-separated\n"
    "    index.shard_timeout_ms = 10000       a remote shard slower than this fails the search (503)\n"
    "    queries.wildcards = 32               wildcards expanded in one query; later ones are words\n"
    "    queries.wildcard_terms = 2000        words the wildcards of one query expand to, together\n"
    "    queries.max_checked = 500000         matches counted exactly; beyond, estimated\n"
    "    queries.match_seconds = 0.5          after this, Xapian stops counting exactly\n"
    "    queries.revision_views = true        facet columns and filter-only counts kept per index revision\n"
    "    queries.snippet_background_model = false  snippets prefer passages of rarer words (2 ms a hit)\n"
    "    ingest.spool =              where uploads wait for the indexer (default: DB/spool)\n"
    "    ingest.keys =               the API key file (default: DB/keys; see kommunsok-keys)\n"
    "    ingest.max_upload_mb = 100\n"
    "    ingest.uploads_per_minute = 60       per key\n"
    "    keys.required_for_reads = false      when true, searches need a key too\n"
    "  The same file may hold the indexer's settings (indexer.*); see kommunsok-indexer --help.\n";

namespace {

using Config = Poco::Util::AbstractConfiguration;

std::string where(const Config& config, const std::string& key) {
  return config.getString("_source." + key, "the command line");
}

long whole(const Config& config, const std::string& key, long fallback, long low, long high) {
  if (!config.hasProperty(key)) return fallback;
  const std::string text = config.getString(key);
  long n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n < low || n > high)
    throw ConfigError(key + " must be a whole number from " + std::to_string(low) + " to " + std::to_string(high) +
                      ", not '" + text + "' (" + where(config, key) + ")");
  return n;
}

double decimal(const Config& config, const std::string& key, double fallback, double low, double high) {
  if (!config.hasProperty(key)) return fallback;
  const std::string text = config.getString(key);
  std::size_t used = 0;
  double n = 0;
  try {
    n = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (text.empty() || used != text.size() || !std::isfinite(n) || n < low || n > high)
    throw ConfigError(key + " must be a number from " + std::to_string(low) + " to " + std::to_string(high) + ", not '" +
                      text + "' (" + where(config, key) + ")");
  return n;
}

bool yes_no(const Config& config, const std::string& key, bool fallback) {
  if (!config.hasProperty(key)) return fallback;
  const std::string text = config.getString(key);
  if (text == "true" || text == "yes" || text == "1") return true;
  if (text == "false" || text == "no" || text == "0") return false;
  throw ConfigError(key + " must be true or false, not '" + text + "' (" + where(config, key) + ")");
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::string item;
  for (char c : text + ",") {
    if (c != ',') {
      item += c;
      continue;
    }
    const auto first = item.find_first_not_of(" \t");
    if (first != std::string::npos) items.push_back(item.substr(first, item.find_last_not_of(" \t") - first + 1));
    item.clear();
  }
  return items;
}

const std::vector<std::string>& known_keys() {
  static const std::vector<std::string> keys = {
      "db", "bind", "port", "threads", "index.shards", "index.spelling", "index.shard_timeout_ms", "log.dir", "log.max_file_mb", "log.files", "log.access_per_second",
      "connections.max", "connections.per_client", "connections.idle_timeout_s", "connections.request_timeout_s",
      "connections.min_body_rate_kb", "connections.queue", "queries.wildcards", "queries.wildcard_terms", "queries.max_checked",
      "queries.match_seconds", "queries.revision_views", "queries.snippet_background_model", "ingest.spool", "ingest.keys", "ingest.max_upload_mb", "ingest.uploads_per_minute",
      "keys.required_for_reads"};
  return keys;
}

void check_known(const Config& config, const std::string& source) {
  Config::Keys roots;
  config.keys(roots);
  std::vector<std::string> all;
  std::vector<std::string> pending(roots.begin(), roots.end());
  while (!pending.empty()) {
    const std::string key = pending.back();
    pending.pop_back();
    Config::Keys children;
    config.keys(key, children);
    if (children.empty()) all.push_back(key);
    for (const auto& child : children) pending.push_back(key + "." + child);
  }
  for (const std::string& key : all)
    // indexer.* settings are the indexer's, in the same file.
    if (!key.starts_with("indexer.") && std::find(known_keys().begin(), known_keys().end(), key) == known_keys().end())
      throw ConfigError("unknown setting '" + key + "' in " + source + " (see --help)");
}

ServerOptions options_from(const Config& config) {
  ServerOptions o;
  o.db = config.getString("db", "");
  if (o.db.empty()) throw ConfigError("the index directory is required: --db DIR, or db = DIR in the config file");
  for (std::string item : split_list(config.getString("index.shards", ""))) {
    try {
      o.shards.push_back(parse_shard(item));
    } catch (const std::invalid_argument& e) {
      throw ConfigError(std::string("index.shards: ") + e.what() + " (" + where(config, "index.shards") + ")");
    }
  }
  o.spelling = split_list(config.getString("index.spelling", ""));
  o.shard_timeout = std::chrono::milliseconds(whole(config, "index.shard_timeout_ms", 10000, 100, 600000));
  o.bind = config.getString("bind", o.bind);
  o.port = static_cast<unsigned short>(whole(config, "port", o.port, 0, 65535));
  o.threads = static_cast<int>(whole(config, "threads", o.threads, 1, 256));
  o.logs.dir = config.getString("log.dir", "");
  o.logs.max_file_bytes = static_cast<std::size_t>(whole(config, "log.max_file_mb", 50, 1, 100000)) << 20;
  o.logs.files_kept = static_cast<std::size_t>(whole(config, "log.files", 5, 1, 1000));
  o.logs.access_lines_per_second = decimal(config, "log.access_per_second", 200, 1, 1e6);
  auto& c = o.connections;
  c.max_connections = static_cast<int>(whole(config, "connections.max", c.max_connections, 1, 1000000));
  c.max_per_client = static_cast<int>(whole(config, "connections.per_client", c.max_per_client, 1, 1000000));
  c.idle_timeout = std::chrono::seconds(whole(config, "connections.idle_timeout_s", 15, 1, 3600));
  c.request_timeout = std::chrono::seconds(whole(config, "connections.request_timeout_s", 10, 1, 3600));
  c.min_body_rate = static_cast<std::size_t>(whole(config, "connections.min_body_rate_kb", 32, 1, 1000000)) * 1024;
  c.queue_limit = static_cast<std::size_t>(whole(config, "connections.queue", 256, 1, 1000000));
  auto& q = o.queries;
  q.max_wildcards = static_cast<std::size_t>(whole(config, "queries.wildcards", 32, 1, 1000));
  q.wildcard_terms = static_cast<unsigned>(whole(config, "queries.wildcard_terms", q.wildcard_terms, 1, 1000000));
  q.max_checked = static_cast<unsigned>(whole(config, "queries.max_checked", q.max_checked, 1, 1000000000));
  q.match_seconds = decimal(config, "queries.match_seconds", q.match_seconds, 0, 3600);
  q.revision_views = yes_no(config, "queries.revision_views", true);
  q.snippet_background_model = yes_no(config, "queries.snippet_background_model", q.snippet_background_model);
  o.ingest.spool = config.getString("ingest.spool", "");
  o.ingest.keys = config.getString("ingest.keys", "");
  o.ingest.max_upload_bytes = static_cast<std::size_t>(whole(config, "ingest.max_upload_mb", 100, 1, 4096)) << 20;
  o.ingest.uploads_per_minute = decimal(config, "ingest.uploads_per_minute", 60, 0.01, 1e6);
  o.ingest.require_key_for_reads = yes_no(config, "keys.required_for_reads", false);
  if (o.ingest.spool.empty()) o.ingest.spool = o.db / "spool";
  if (o.ingest.keys.empty()) o.ingest.keys = o.db / "keys";
  return o;
}

}  // namespace

ServerOptions server_options_from_command_line(const std::vector<std::string>& args, bool& help) {
  help = false;
  static const std::map<std::string, std::string> flag_keys = {
      {"--db", "db"}, {"--bind", "bind"}, {"--port", "port"}, {"--threads", "threads"}, {"--log-dir", "log.dir"}};
  Poco::AutoPtr<Poco::Util::MapConfiguration> flags = new Poco::Util::MapConfiguration;
  std::string config_file;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= args.size()) throw ConfigError(arg + " needs a value");
      return args[++i];
    };
    if (arg == "-h" || arg == "--help") {
      help = true;
      return {};
    } else if (arg == "--config") {
      config_file = value();
    } else if (arg == "--require-key-for-reads") {
      flags->setString("keys.required_for_reads", "true");
    } else if (arg == "--set") {
      const std::string pair = value();
      const std::size_t eq = pair.find('=');
      if (eq == std::string::npos || eq == 0) throw ConfigError("--set needs KEY=VALUE, not '" + pair + "'");
      flags->setString(pair.substr(0, eq), pair.substr(eq + 1));
    } else if (const auto key = flag_keys.find(arg); key != flag_keys.end()) {
      flags->setString(key->second, value());
    } else {
      throw ConfigError("unknown argument " + arg);
    }
  }
  check_known(*flags, "--set");

  Poco::AutoPtr<Poco::Util::MapConfiguration> merged = new Poco::Util::MapConfiguration;
  if (!config_file.empty()) {
    Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> file;
    try {
      file = new Poco::Util::PropertyFileConfiguration(config_file);
    } catch (const Poco::Exception& e) {
      throw ConfigError("cannot read the config file " + config_file + ": " + e.displayText());
    }
    check_known(*file, config_file);
    for (const std::string& key : known_keys())
      if (file->hasProperty(key)) {
        merged->setString(key, file->getString(key));
        merged->setString("_source." + key, config_file);
      }
  }
  for (const std::string& key : known_keys())
    if (flags->hasProperty(key)) {
      merged->setString(key, flags->getString(key));
      merged->remove("_source." + key);
    }
  return options_from(*merged);
}

}  // namespace kommunsok::server
