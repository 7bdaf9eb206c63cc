#include "kommunsok/server/upload_intake.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/NullStream.h>
#include <Poco/StreamCopier.h>
#include <sys/statvfs.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/server/api_error.hpp"
#include "kommunsok/server/response_json.hpp"

namespace kommunsok::server {

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kSpoolReserveBytes = 256ull << 20;  // never fill the disk the index is on

bool contains_ci(std::string_view text, std::string_view needle) {
  return std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
         }) != text.end();
}

// The file part of the form, kept whole (the framer has already bounded the body).
class FilePartHandler : public Poco::Net::PartHandler {
 public:
  void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override {
    std::string disposition;
    Poco::Net::NameValueCollection parameters;
    Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition, parameters);
    if (parameters.get("name", "") != "file") {
      Poco::NullOutputStream discard;
      Poco::StreamCopier::copyStream(stream, discard);
      return;
    }
    ++files;
    name = parameters.get("filename", "");
    Poco::StreamCopier::copyToString(stream, bytes);
  }
  int files = 0;
  std::string name;
  std::string bytes;
};

// The client's file name, without folders, control characters or bytes that are not UTF-8.
std::string safe_file_name(const std::string& given, const std::string& type) {
  std::string name = given;
  if (const auto slash = name.find_last_of("/\\"); slash != std::string::npos) name = name.substr(slash + 1);
  name = schema::escape_unsafe_bytes(name, schema::ByteEscape::Percent, 120);
  std::replace(name.begin(), name.end(), '%', '_');
  if (name.empty() || name == "." || name == "..") name = "dokument";
  static const std::map<std::string, std::vector<std::string>> extensions = {
      {"pdf", {".pdf"}}, {"docx", {".docx"}}, {"odt", {".odt"}}, {"html", {".html", ".htm"}}, {"text", {".txt"}}};
  const auto& allowed = extensions.at(type);
  std::string lower = schema::to_lower_utf8(name);
  if (std::none_of(allowed.begin(), allowed.end(), [&](const std::string& e) { return lower.ends_with(e); }))
    name += allowed.front();
  return name;
}

Reply json_reply(int status, const std::string& body) { return Reply{status, "application/json; charset=utf-8", body}; }

std::string accepted_json(const schema::SpoolRequest& r) {
  Poco::JSON::Object o;
  o.set("upload", r.id);
  o.set("state", "pending");
  o.set("action", r.action);
  o.set("document", r.document_id);
  o.set("status_url", "/api/uploads/" + r.id);
  std::ostringstream out;
  o.stringify(out);
  return out.str();
}

}  // namespace

std::optional<std::string> upload_type(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 4096);
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return "pdf";
  if (bytes.starts_with("PK\x03\x04")) {
    // Member names are stored uncompressed in the zip's headers.
    if (bytes.find("word/document.xml") != std::string_view::npos) return "docx";
    if (bytes.find("application/vnd.oasis.opendocument.text") != std::string_view::npos) return "odt";
    return std::nullopt;
  }
  if (head.find('\0') != std::string_view::npos) return std::nullopt;
  std::string_view start = head;
  if (start.starts_with("\xEF\xBB\xBF")) start.remove_prefix(3);
  start.remove_prefix(std::min(start.size(), start.find_first_not_of(" \t\r\n")));
  if (start.starts_with("<") && (contains_ci(head, "<html") || contains_ci(head, "<!doctype html"))) return "html";
  // Text: no NUL anywhere in the opening, and mostly printable.
  const auto control = std::count_if(head.begin(), head.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  });
  if (!head.empty() && control * 100 < static_cast<long>(head.size())) return "text";
  return std::nullopt;
}

bool KeyRateLimiter::take(const std::string& key_name, int& retry_after) {
  std::lock_guard lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  auto [it, fresh] = buckets_.try_emplace(key_name, Bucket{per_minute_, now});
  Bucket& b = it->second;
  b.tokens = std::min(per_minute_, b.tokens + per_minute_ * std::chrono::duration<double>(now - b.refilled).count() / 60);
  b.refilled = now;
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return true;
  }
  retry_after = std::max(1, static_cast<int>((1 - b.tokens) * 60 / per_minute_) + 1);
  return false;
}

UploadIntake::UploadIntake(const IngestOptions& options) : options_(options), spool_{options.spool} {}

Reply UploadIntake::spool_request(const schema::SpoolRequest& request, std::string_view file_bytes) const {
  try {
    for (const fs::path& folder : {spool_.tmp(), spool_.incoming(), spool_.status()}) fs::create_directories(folder);
    struct statvfs space {};
    if (statvfs(spool_.root.c_str(), &space) == 0 &&
        static_cast<std::uint64_t>(space.f_bavail) * space.f_frsize < file_bytes.size() + kSpoolReserveBytes)
      throw ApiError(507, "not enough disk space to take this upload; try again later");
    // Written whole under tmp/, then renamed into incoming/: the indexer never sees half.
    const fs::path staging = spool_.tmp() / request.id;
    fs::create_directory(staging);
    if (request.action == "add") schema::write_durably(staging / request.file_name, file_bytes);
    schema::write_durably(staging / "request.json", schema::spool_request_json(request));
    fs::rename(staging, spool_.incoming() / request.id);
    schema::sync_folder(spool_.incoming());
    schema::sync_folder(spool_.tmp());
  } catch (const ApiError&) {
    throw;
  } catch (const std::exception& e) {
    throw ApiError(503, std::string("the upload could not be stored: ") + e.what());
  }
  Reply reply = json_reply(202, accepted_json(request));
  reply.headers.emplace_back("Location", "/api/uploads/" + request.id);
  return reply;
}

Reply UploadIntake::accept_upload(const HttpRequest& request, const ApiKey& key) const {
  const std::string content_type = request.head.getContentType();
  if (!content_type.starts_with("multipart/form-data"))
    throw ApiError(415, "send the file as multipart/form-data with a part named 'file' (curl -F file=@FILE)");
  FilePartHandler file;
  Poco::Net::HTMLForm form;
  form.setFieldLimit(20);
  try {
    std::istringstream body(request.body);
    form.load(request.head, body, file);
  } catch (const Poco::Exception& e) {
    throw ApiError(400, "the form cannot be read: " + e.message());
  }
  if (file.files != 1) throw ApiError(400, "the form must hold exactly one part named 'file'");
  if (file.bytes.empty()) throw ApiError(400, "the file is empty");
  if (file.bytes.size() > options_.max_upload_bytes)
    throw ApiError(413, "the file is larger than the upload limit of " + std::to_string(options_.max_upload_bytes >> 10) + " KB");
  const std::optional<std::string> type = upload_type(file.bytes);
  if (!type)
    throw ApiError(415, "unsupported file type: send PDF, Word (.docx), OpenDocument (.odt), HTML or plain text");
  schema::MetadataOverrides overrides;
  try {
    overrides = schema::parse_metadata_overrides(form.get("metadata", "{}"));
  } catch (const std::invalid_argument& e) {
    throw ApiError(400, e.what());
  }
  schema::SpoolRequest spooled;
  spooled.id = schema::new_upload_id();
  spooled.action = "add";
  spooled.file_name = safe_file_name(file.name, *type);
  spooled.document_id = "uploads/" + spooled.id + "/" + spooled.file_name;
  spooled.metadata_json = schema::metadata_overrides_json(overrides);
  spooled.key_name = key.name;
  return spool_request(spooled, file.bytes);
}

Reply UploadIntake::accept_delete(const std::string& document_id, const ApiKey& key) const {
  schema::SpoolRequest spooled;
  spooled.id = schema::new_upload_id();
  spooled.action = "delete";
  spooled.document_id = document_id;
  spooled.key_name = key.name;
  return spool_request(spooled, {});
}

Reply UploadIntake::status(const std::string& upload_id) const {
  if (!schema::is_upload_id(upload_id)) throw ApiError(404, "no upload with id '" + upload_id + "'");
  if (const auto text = schema::read_whole_file(spool_.status_file(upload_id))) {
    try {
      const schema::SpoolStatus status = schema::parse_spool_status(*text);
      Poco::JSON::Object o;
      o.set("upload", upload_id);
      o.set("state", status.state);
      if (!status.reason.empty()) o.set("reason", status.reason);
      if (!status.document_id.empty()) o.set("document", status.document_id);
      o.set("updated", status.updated);
      std::ostringstream out;
      o.stringify(out);
      return json_reply(200, out.str());
    } catch (const std::exception&) {
      // A status being replaced: the request is still known below.
    }
  }
  std::error_code ec;
  if (fs::exists(spool_.incoming() / upload_id, ec))
    return json_reply(200, "{\"upload\":\"" + upload_id + "\",\"state\":\"pending\"}");
  throw ApiError(404, "no upload with id '" + upload_id + "'");
}

std::size_t UploadIntake::queue_length() const {
  std::error_code ec;
  std::size_t n = 0;
  for (fs::directory_iterator it(spool_.incoming(), ec), end; !ec && it != end; it.increment(ec)) ++n;
  return n;
}

}  // namespace kommunsok::server
