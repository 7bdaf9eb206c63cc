// Why: the server and the indexer meet in the spool: the server only stores what it was
// given (durably, before it answers 202), the indexer only reads what was stored whole, and
// each says what happened through a status file. This is that contract.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "kommunsok/schema/document.hpp"

namespace kommunsok::schema {

/// DIR/tmp (being written), DIR/incoming/<id> (complete, waiting), DIR/status/<id>.json.
struct Spool {
  std::filesystem::path root;
  std::filesystem::path tmp() const { return root / "tmp"; }
  std::filesystem::path incoming() const { return root / "incoming"; }
  std::filesystem::path status() const { return root / "status"; }
  std::filesystem::path status_file(const std::string& id) const { return status() / (id + ".json"); }
  /// The indexer's counters, for /metrics.
  std::filesystem::path stats_file() const { return root / "indexer-stats.json"; }
};

/// Fields a client may set for its upload; they win over what recognition finds.
struct MetadataOverrides {
  std::optional<std::string> title, organ, municipality, unit;
  std::optional<Kind> kind;
  std::optional<IsoDate> date;
  std::optional<std::vector<std::string>> diarienummer;
  void apply_to(Document& doc) const;
};

/// Parses {"title": …, "kind": …, "date": "YYYY-MM-DD", "organ", "municipality", "forvaltning",
/// "diarienummer": "…" or […]}; throws std::invalid_argument naming the field at fault.
MetadataOverrides parse_metadata_overrides(const std::string& json);
std::string metadata_overrides_json(const MetadataOverrides& overrides);

/// What a client asked for: add a file, or delete a document.
struct SpoolRequest {
  std::string id;      ///< the upload id: arrival order when sorted
  std::string action;  ///< "add" or "delete"
  std::string file_name;    ///< add: the name the client gave, made safe
  std::string document_id;  ///< delete: the document; add: the id it will get
  std::string metadata_json = "{}";
  std::string key_name;  ///< who asked (never the key)
  std::string received;  ///< ISO time
};

std::string spool_request_json(const SpoolRequest& request);
/// Throws std::runtime_error for a file that is not a request.
SpoolRequest parse_spool_request(const std::string& json);

struct SpoolStatus {
  std::string state;  ///< pending, indexed, deleted, failed
  std::string reason;       ///< failed: why
  std::string document_id;  ///< the document added or deleted
  std::string updated;      ///< ISO time
};
std::string spool_status_json(const SpoolStatus& status);
SpoolStatus parse_spool_status(const std::string& json);

/// A new upload id: UTC time to the microsecond and random hex, so ids sort by arrival.
std::string new_upload_id();
/// True for ids new_upload_id makes (safe as a file name).
bool is_upload_id(const std::string& text);

/// Writes `bytes` to `path` so that after return it survives a crash: temporary file, fsync,
/// rename, fsync of the folder. `mode` is the new file's permissions. Throws std::runtime_error.
void write_durably(const std::filesystem::path& path, std::string_view bytes, unsigned mode = 0640);
/// fsync of a folder, so renames and creations in it survive a crash.
void sync_folder(const std::filesystem::path& folder);
/// The whole file, or nullopt when it does not exist.
std::optional<std::string> read_whole_file(const std::filesystem::path& path);

}  // namespace kommunsok::schema
