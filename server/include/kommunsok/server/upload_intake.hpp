// Why: the server takes uploads and deletions without parsing a file: it checks who sends
// them, how much and what kind, stores each durably in the spool and answers 202 with a
// status URL. The indexer does the rest; the status URL tells how it went.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "kommunsok/schema/upload_spool.hpp"
#include "kommunsok/server/api_keys.hpp"
#include "kommunsok/server/http/http_exchange.hpp"
#include "kommunsok/server/search_server.hpp"

namespace kommunsok::server {

/// "pdf", "docx", "odt", "html" or "text" by the bytes themselves; nullopt for anything else.
std::optional<std::string> upload_type(std::string_view bytes);

/// At most `per_minute` uploads a minute per key, in bursts of as many.
class KeyRateLimiter {
 public:
  explicit KeyRateLimiter(double per_minute) : per_minute_(per_minute) {}
  /// False when the key has used its allowance; then `retry_after` is seconds to wait.
  bool take(const std::string& key_name, int& retry_after);

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point refilled;
  };
  double per_minute_;
  std::mutex mutex_;
  std::map<std::string, Bucket> buckets_;
};

class UploadIntake {
 public:
  explicit UploadIntake(const IngestOptions& options);
  /// POST /api/documents (multipart/form-data: `file`, optional `metadata` JSON).
  Reply accept_upload(const HttpRequest& request, const ApiKey& key) const;
  /// DELETE /api/documents/{id}: spooled like an upload; the indexer removes it.
  Reply accept_delete(const std::string& document_id, const ApiKey& key) const;
  /// GET /api/uploads/{id}: pending, indexed, deleted or failed (with the reason).
  Reply status(const std::string& upload_id) const;
  /// Requests waiting for the indexer.
  std::size_t queue_length() const;
  const schema::Spool& spool() const { return spool_; }

 private:
  Reply spool_request(const schema::SpoolRequest& request, std::string_view file_bytes) const;
  IngestOptions options_;
  schema::Spool spool_;
};

}  // namespace kommunsok::server
