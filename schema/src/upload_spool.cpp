#include "kommunsok/schema/upload_spool.hpp"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Timestamp.h>
#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "kommunsok/schema/keyword.hpp"

namespace kommunsok::schema {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxOverrideBytes = 1000;

Poco::JSON::Object::Ptr parse_object(const std::string& json, const char* what) {
  try {
    Poco::JSON::Parser parser;
    Poco::Dynamic::Var parsed = parser.parse(json);
    if (parsed.type() != typeid(Poco::JSON::Object::Ptr)) throw std::invalid_argument(std::string(what) + " must be a JSON object");
    return parsed.extract<Poco::JSON::Object::Ptr>();
  } catch (const Poco::Exception& e) {
    throw std::invalid_argument(std::string(what) + " is not valid JSON: " + e.message());
  }
}

std::string text_field(const Poco::JSON::Object& object, const std::string& name) {
  const Poco::Dynamic::Var value = object.get(name);
  if (!value.isString()) throw std::invalid_argument("metadata field '" + name + "' must be a string");
  std::string text = value.extract<std::string>();
  if (!is_valid_utf8(text) || text.size() > kMaxOverrideBytes || text.find_first_not_of(" \t") == std::string::npos)
    throw std::invalid_argument("metadata field '" + name + "' must be non-empty UTF-8 text of at most " +
                                std::to_string(kMaxOverrideBytes) + " bytes");
  return text;
}

std::string now_iso() { return Poco::DateTimeFormatter::format(Poco::Timestamp(), Poco::DateTimeFormat::ISO8601_FRAC_FORMAT); }

std::string get_string(const Poco::JSON::Object& o, const std::string& name) {
  return o.has(name) && o.get(name).isString() ? o.getValue<std::string>(name) : std::string();
}

}  // namespace

void MetadataOverrides::apply_to(Document& doc) const {
  if (title) doc.title = *title;
  if (organ) doc.organ = *organ;
  if (municipality) doc.municipality = *municipality;
  if (unit) doc.unit = *unit;
  if (kind) doc.kind = *kind;
  if (date) doc.date = *date;
  if (diarienummer) doc.diarienummer = *diarienummer;
}

MetadataOverrides parse_metadata_overrides(const std::string& json) {
  const Poco::JSON::Object::Ptr object = parse_object(json.empty() ? "{}" : json, "metadata");
  MetadataOverrides o;
  for (const auto& [name, value] : *object) {
    if (name == "title") {
      o.title = text_field(*object, name);
    } else if (name == "organ") {
      o.organ = text_field(*object, name);
    } else if (name == "municipality") {
      o.municipality = text_field(*object, name);
    } else if (name == "forvaltning" || name == "unit") {
      o.unit = text_field(*object, name);
    } else if (name == "kind") {
      o.kind = parse_kind(text_field(*object, name));
      if (!o.kind) throw std::invalid_argument("metadata field 'kind' must be interpellation, paragraf, samverkan or annat");
    } else if (name == "date") {
      o.date = parse_iso_date(text_field(*object, name));
      if (!o.date) throw std::invalid_argument("metadata field 'date' must be a date as YYYY-MM-DD");
    } else if (name == "diarienummer") {
      std::vector<std::string> numbers;
      if (value.isString()) {
        numbers.push_back(text_field(*object, name));
      } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
        const auto array = value.extract<Poco::JSON::Array::Ptr>();
        if (array->size() > 50) throw std::invalid_argument("metadata field 'diarienummer' holds more than 50 numbers");
        for (std::size_t i = 0; i < array->size(); ++i) {
          if (!array->get(i).isString()) throw std::invalid_argument("metadata field 'diarienummer' must hold strings");
          Poco::JSON::Object one;
          one.set("diarienummer", array->get(i));
          numbers.push_back(text_field(one, "diarienummer"));
        }
      } else {
        throw std::invalid_argument("metadata field 'diarienummer' must be a string or a list of strings");
      }
      o.diarienummer = numbers;
    } else {
      throw std::invalid_argument("unknown metadata field '" + name +
                                  "' (allowed: title, kind, date, organ, municipality, forvaltning, diarienummer)");
    }
  }
  return o;
}

std::string metadata_overrides_json(const MetadataOverrides& o) {
  Poco::JSON::Object object;
  if (o.title) object.set("title", *o.title);
  if (o.organ) object.set("organ", *o.organ);
  if (o.municipality) object.set("municipality", *o.municipality);
  if (o.unit) object.set("forvaltning", *o.unit);
  if (o.kind) object.set("kind", std::string(to_string(*o.kind)));
  if (o.date) object.set("date", o.date->iso());
  if (o.diarienummer) {
    Poco::JSON::Array::Ptr numbers = new Poco::JSON::Array;
    for (const auto& n : *o.diarienummer) numbers->add(n);
    object.set("diarienummer", numbers);
  }
  std::ostringstream out;
  object.stringify(out);
  return out.str();
}

std::string spool_request_json(const SpoolRequest& r) {
  Poco::JSON::Object object;
  object.set("id", r.id);
  object.set("action", r.action);
  object.set("file_name", r.file_name);
  object.set("document_id", r.document_id);
  object.set("metadata", parse_object(r.metadata_json, "metadata"));
  object.set("key_name", r.key_name);
  object.set("received", r.received.empty() ? now_iso() : r.received);
  std::ostringstream out;
  object.stringify(out);
  return out.str();
}

SpoolRequest parse_spool_request(const std::string& json) {
  Poco::JSON::Object::Ptr o;
  try {
    o = parse_object(json, "request");
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(e.what());
  }
  SpoolRequest r;
  r.id = get_string(*o, "id");
  r.action = get_string(*o, "action");
  r.file_name = get_string(*o, "file_name");
  r.document_id = get_string(*o, "document_id");
  if (o->has("metadata")) {
    std::ostringstream out;
    o->getObject("metadata")->stringify(out);
    r.metadata_json = out.str();
  }
  r.key_name = get_string(*o, "key_name");
  r.received = get_string(*o, "received");
  if ((r.action != "add" && r.action != "delete") || !is_upload_id(r.id) || r.document_id.empty())
    throw std::runtime_error("not a spool request");
  return r;
}

std::string spool_status_json(const SpoolStatus& s) {
  Poco::JSON::Object object;
  object.set("state", s.state);
  if (!s.reason.empty()) object.set("reason", s.reason);
  if (!s.document_id.empty()) object.set("document", s.document_id);
  object.set("updated", s.updated.empty() ? now_iso() : s.updated);
  std::ostringstream out;
  object.stringify(out);
  return out.str();
}

SpoolStatus parse_spool_status(const std::string& json) {
  const Poco::JSON::Object::Ptr o = parse_object(json, "status");
  return SpoolStatus{get_string(*o, "state"), get_string(*o, "reason"), get_string(*o, "document"), get_string(*o, "updated")};
}

std::string new_upload_id() {
  unsigned char random[6];
  if (getrandom(random, sizeof random, 0) != static_cast<ssize_t>(sizeof random))
    throw std::runtime_error("no randomness for an upload id");
  std::string id = Poco::DateTimeFormatter::format(Poco::Timestamp(), "%Y%m%dT%H%M%S%F") + "-";
  static const char* hex = "0123456789abcdef";
  for (unsigned char b : random) {
    id += hex[b >> 4];
    id += hex[b & 15];
  }
  return id;
}

bool is_upload_id(const std::string& text) {
  return text.size() == 15 + 6 + 1 + 12 && text[8] == 'T' && text[21] == '-' &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == 'T' || c == '-'; });
}

void sync_folder(const fs::path& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw std::runtime_error("cannot open folder " + folder.string());
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) throw std::runtime_error("cannot sync folder " + folder.string());
}

void write_durably(const fs::path& path, std::string_view bytes, unsigned mode) {
  const fs::path temporary = path.string() + ".partial";
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, static_cast<mode_t>(mode));
  if (fd < 0) throw std::runtime_error("cannot write " + temporary.string());
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) {
      ::close(fd);
      std::error_code ignored;
      fs::remove(temporary, ignored);
      throw std::runtime_error("cannot write " + temporary.string() + " (disk full?)");
    }
    done += static_cast<std::size_t>(n);
  }
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  std::error_code ec;
  if (synced) fs::rename(temporary, path, ec);
  if (!synced || ec) {
    fs::remove(temporary, ec);
    throw std::runtime_error("cannot store " + path.string());
  }
  sync_folder(path.parent_path().empty() ? fs::path(".") : path.parent_path());
}

std::optional<std::string> read_whole_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace kommunsok::schema
