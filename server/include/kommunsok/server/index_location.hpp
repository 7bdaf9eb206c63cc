// Why: when a national archive outgrows one machine, its index is split into shards, each a
// Xapian database on local disk or served by Xapian's own `xapian-tcpsrv`; Xapian searches
// them as one (global term statistics, merged ranking). This names where the index is.
#pragma once

#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace kommunsok::server {

struct Shard {
  std::string path;  ///< a local database directory; empty for a remote shard
  std::string host;  ///< a remote shard: xapian-tcpsrv's host and port
  unsigned short port = 0;
};

/// "tcp://host:port" or a path. Throws std::invalid_argument naming what is wrong.
Shard parse_shard(const std::string& text);

struct IndexLocation {
  std::filesystem::path db_dir;  ///< the data directory: the index when there are no shards, keys, spool, originals
  std::vector<Shard> shards;     ///< empty: the index is db_dir itself
  /// Local databases whose spelling lists suggest corrections. Xapian keeps spelling lists on
  /// each database's own side and a remote shard does not offer its own, so with remote
  /// shards suggestions come from these (replicas of the shards, say), or there are none.
  std::vector<std::string> spelling;
  /// A remote shard that takes longer than this to answer fails the search (503).
  std::chrono::milliseconds remote_timeout{10000};

  /// Every shard (or db_dir) combined into one database; a remote shard is connected to.
  Xapian::Database open() const;
  /// The spelling databases combined.
  Xapian::Database open_spelling() const;
  /// The device and inode of each local folder and stub file of the index: it changes when a
  /// folder is renamed into place or a replica switches copies, not with a commit.
  std::string identity() const;
  std::string spelling_identity() const;
  /// "DIR" or "3 shards (a, tcp://b:1, …)", for messages.
  std::string describe() const;
};

}  // namespace kommunsok::server
