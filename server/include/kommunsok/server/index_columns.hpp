// Why: counting facets by reading, splitting and lower-casing every matching document's
// values was two thirds of a search's time, and grew with every match. Once per index
// revision, each document's facet values are coded as small integers (normalised once per
// distinct value), so counting a match is an array increment per value; the match-all view
// (its totals, its facets and its pages by date) needs no match at all.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "kommunsok/server/facet_tally.hpp"
#include "kommunsok/server/index_revision.hpp"

namespace kommunsok::server {

class IndexColumns {
 public:
  /// Reads every facet slot and the date of `db` (a single database) at its revision.
  static std::shared_ptr<const IndexColumns> build(const Xapian::Database& db);

  const IndexRevision& revision() const { return revision_; }
  Xapian::doccount documents() const { return documents_; }

  /// Per facet (schema::facet_fields() order), per coded value: a count.
  using Counts = std::vector<std::vector<Xapian::doccount>>;
  Counts empty_counts() const;
  /// Adds the document's values to `counts`.
  void count(Xapian::docid docid, Counts& counts) const {
    if (docid >= starts_size_) return;
    for (std::size_t f = 0; f < columns_.size(); ++f) {
      const Column& column = columns_[f];
      for (std::uint32_t i = column.start[docid]; i < column.start[docid + 1]; ++i) ++counts[f][column.ids[i]];
    }
  }
  std::vector<Facet> facets(const Counts& counts) const;
  /// The facets of the whole index.
  std::vector<Facet> all_facets() const;

  /// Every document, newest first (undated last), equal dates by docid.
  const std::vector<Xapian::docid>& newest_first() const { return newest_first_; }
  /// Every document, oldest first (undated last), equal dates by docid.
  const std::vector<Xapian::docid>& oldest_first() const { return oldest_first_; }

  std::size_t memory_bytes() const;

 private:
  struct Column {
    std::vector<std::uint32_t> start;  ///< docid -> first index into ids; start[docid + 1] ends it
    std::vector<std::uint32_t> ids;    ///< coded values
    std::vector<std::string> written;  ///< coded value -> as first written
    std::vector<std::string> keys;     ///< coded value -> normalised key
    Counts::value_type totals;         ///< coded value -> documents in the index
  };

  IndexRevision revision_;
  Xapian::doccount documents_ = 0;
  std::size_t starts_size_ = 0;
  std::vector<Column> columns_;
  std::vector<Xapian::docid> newest_first_, oldest_first_;
};

/// Counts the facets of every match from the columns (a local, single database at the
/// columns' revision only: docids are compared with the columns' own).
class ColumnFacetSpy : public Xapian::MatchSpy {
 public:
  explicit ColumnFacetSpy(const IndexColumns& columns) : columns_(columns), counts_(columns.empty_counts()) {}
  void operator()(const Xapian::Document& doc, double) override { columns_.count(doc.get_docid(), counts_); }
  std::string name() const override { return "kommunsok::ColumnFacetSpy"; }
  std::vector<Facet> facets() const { return columns_.facets(counts_); }

 private:
  const IndexColumns& columns_;
  IndexColumns::Counts counts_;
};

}  // namespace kommunsok::server
