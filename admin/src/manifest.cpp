#include "kommunsok/admin/manifest.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <sstream>

#include "kommunsok/admin/admin_error.hpp"
#include "kommunsok/admin/file_ops.hpp"

namespace kommunsok::admin {

namespace {

constexpr const char* kFormat = "kommunsok-backup";
constexpr int kVersion = 1;

std::string utc_now(const char* format) {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  ::gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, format, &utc);
  return text;
}

template <typename T>
T number(const Poco::JSON::Object& json, const std::string& key, const std::filesystem::path& file) {
  if (!json.has(key) || !json.get(key).isNumeric()) {
    throw AdminError(file.string() + " is not a backup manifest: \"" + key + "\" is missing or not a number");
  }
  const auto value = json.get(key).convert<Poco::Int64>();
  if (value < 0) throw AdminError(file.string() + ": \"" + key + "\" is negative");
  return static_cast<T>(value);
}

}  // namespace

std::string utc_now_iso8601() { return utc_now("%Y-%m-%dT%H:%M:%SZ"); }
std::string utc_now_compact() { return utc_now("%Y%m%dT%H%M%SZ"); }

void write_manifest(const std::filesystem::path& file, const Manifest& manifest) {
  Poco::JSON::Object json;
  json.set("format", kFormat);
  json.set("version", kVersion);
  json.set("created", manifest.created);
  json.set("source", manifest.source);
  json.set("revision", static_cast<Poco::UInt64>(manifest.revision));
  json.set("documents", static_cast<Poco::UInt64>(manifest.documents));
  json.set("originals", static_cast<Poco::UInt64>(manifest.originals));
  json.set("original_bytes", static_cast<Poco::UInt64>(manifest.original_bytes));
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    json.stringify(out, 2);
    out << "\n";
    if (!out.flush()) throw AdminError("cannot write " + file.string());
  }
  sync_path(file);
}

Manifest read_manifest(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw AdminError("cannot read " + file.string() + " (is this a kommunsok backup?)");
  std::ostringstream text;
  text << in.rdbuf();
  Poco::JSON::Object::Ptr json;
  try {
    json = Poco::JSON::Parser().parse(text.str()).extract<Poco::JSON::Object::Ptr>();
  } catch (const Poco::Exception& e) {
    throw AdminError(file.string() + " is not a backup manifest: " + e.displayText());
  }
  if (json->optValue<std::string>("format", "") != kFormat) {
    throw AdminError(file.string() + " is not a backup manifest: \"format\" is not \"" + kFormat + "\"");
  }
  if (json->optValue<int>("version", 0) != kVersion) {
    throw AdminError(file.string() + ": manifest version " + json->optValue<std::string>("version", "?") +
                     " is not supported (this program reads version " + std::to_string(kVersion) + ")");
  }
  Manifest manifest;
  manifest.revision = number<Xapian::rev>(*json, "revision", file);
  manifest.documents = number<Xapian::doccount>(*json, "documents", file);
  manifest.originals = number<std::size_t>(*json, "originals", file);
  manifest.original_bytes = number<std::uintmax_t>(*json, "original_bytes", file);
  manifest.created = json->optValue<std::string>("created", "");
  manifest.source = json->optValue<std::string>("source", "");
  return manifest;
}

}  // namespace kommunsok::admin
