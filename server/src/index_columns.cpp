#include "kommunsok/server/index_columns.hpp"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/keyword.hpp"
#include "kommunsok/schema/xapian_document.hpp"

namespace kommunsok::server {

std::shared_ptr<const IndexColumns> IndexColumns::build(const Xapian::Database& db) {
  auto built = std::make_shared<IndexColumns>();
  built->revision_ = revision_of(db);
  built->documents_ = db.get_doccount();
  const Xapian::docid last = db.get_lastdocid();
  built->starts_size_ = static_cast<std::size_t>(last) + 1;

  for (const schema::Field* field : schema::facet_fields()) {
    Column column;
    column.start.assign(built->starts_size_ + 1, 0);
    std::unordered_map<std::string, std::uint32_t> codes;
    std::unordered_map<std::string, std::vector<std::uint32_t>> raw_codes;  // a raw value is split once
    std::vector<std::pair<Xapian::docid, std::uint32_t>> pending;           // (docid, number of ids)
    Xapian::docid next = 1;
    for (auto it = db.valuestream_begin(*field->slot); it != db.valuestream_end(*field->slot); ++it) {
      const Xapian::docid docid = it.get_docid();
      for (; next <= docid; ++next) column.start[next + 1] = column.start[next];
      const std::string raw = *it;
      auto [found, fresh] = raw_codes.try_emplace(raw);
      if (fresh) {
        for (const std::string& item : schema::split_multi_value(raw)) {
          std::string key = schema::normalize_keyword(item);
          auto [code, added] = codes.try_emplace(key, static_cast<std::uint32_t>(column.keys.size()));
          if (added) {
            column.keys.push_back(std::move(key));
            column.written.push_back(item);
          }
          if (std::find(found->second.begin(), found->second.end(), code->second) == found->second.end())
            found->second.push_back(code->second);
        }
      }
      column.ids.insert(column.ids.end(), found->second.begin(), found->second.end());
      column.start[docid + 1] = static_cast<std::uint32_t>(column.ids.size());
    }
    for (; next < built->starts_size_; ++next) column.start[next + 1] = column.start[next];
    column.totals.assign(column.keys.size(), 0);
    for (std::uint32_t id : column.ids) ++column.totals[id];
    built->columns_.push_back(std::move(column));
  }

  // Pages of the match-all view: by date, undated last, equal dates in docid order (as
  // Xapian's own sort by value orders them).
  std::vector<std::pair<std::string, Xapian::docid>> dated;
  std::vector<Xapian::docid> undated;
  std::vector<char> has_date(built->starts_size_, 0);
  for (auto it = db.valuestream_begin(schema::slot::date); it != db.valuestream_end(schema::slot::date); ++it) {
    dated.emplace_back(*it, it.get_docid());
    has_date[it.get_docid()] = 1;
  }
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it)
    if (!has_date[*it]) undated.push_back(*it);
  std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  built->oldest_first_.reserve(built->documents_);
  for (const auto& [date, docid] : dated) built->oldest_first_.push_back(docid);
  built->oldest_first_.insert(built->oldest_first_.end(), undated.begin(), undated.end());
  std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  built->newest_first_.reserve(built->documents_);
  for (const auto& [date, docid] : dated) built->newest_first_.push_back(docid);
  built->newest_first_.insert(built->newest_first_.end(), undated.begin(), undated.end());
  return built;
}

IndexColumns::Counts IndexColumns::empty_counts() const {
  Counts counts;
  for (const Column& column : columns_) counts.emplace_back(column.keys.size(), 0);
  return counts;
}

std::vector<Facet> IndexColumns::facets(const Counts& counts) const {
  const auto fields = schema::facet_fields();
  std::vector<Facet> facets;
  for (std::size_t f = 0; f < columns_.size(); ++f) {
    const Column& column = columns_[f];
    std::vector<std::uint32_t> order;
    for (std::uint32_t code = 0; code < column.keys.size(); ++code)
      if (counts[f][code] > 0) order.push_back(code);
    // The tally's order: by normalised key, then (but for years) stably by count.
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return column.keys[a] < column.keys[b]; });
    if (fields[f] == &schema::field::year) {
      std::reverse(order.begin(), order.end());
    } else {
      std::stable_sort(order.begin(), order.end(),
                       [&](std::uint32_t a, std::uint32_t b) { return counts[f][a] > counts[f][b]; });
    }
    Facet facet{std::string(fields[f]->param), {}};
    facet.values.reserve(order.size());
    for (std::uint32_t code : order) facet.values.push_back({column.written[code], counts[f][code]});
    facets.push_back(std::move(facet));
  }
  return facets;
}

std::vector<Facet> IndexColumns::all_facets() const {
  Counts totals;
  for (const Column& column : columns_) totals.push_back(column.totals);
  return facets(totals);
}

std::size_t IndexColumns::memory_bytes() const {
  std::size_t bytes = (newest_first_.size() + oldest_first_.size()) * sizeof(Xapian::docid);
  for (const Column& column : columns_) {
    bytes += (column.start.size() + column.ids.size() + column.totals.size()) * sizeof(std::uint32_t);
    for (std::size_t i = 0; i < column.keys.size(); ++i) bytes += column.keys[i].size() + column.written[i].size() + 64;
  }
  return bytes;
}

}  // namespace kommunsok::server
