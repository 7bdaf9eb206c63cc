// Why: how a Document becomes terms, values and data is part of the contract; the indexer
// writes what this builds and the server reads it back with the same rules.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

#include "kommunsok/schema/document.hpp"
#include "kommunsok/schema/fields.hpp"
#include "kommunsok/schema/swedish_analyzer.hpp"

namespace kommunsok::schema {

/// Most text stored with a document (all of it is indexed); the rest is in the original.
inline constexpr std::size_t kMaxStoredTextBytes = 2 * 1024 * 1024;

/// The unique id term ("Q" + id) used to replace a document in place.
std::string id_term(std::string_view id);

/// The term of the file at `source` (canonical path): see prefix::source_file.
std::string source_term(std::string_view source);

/// The boolean diarienummer term for any spelling of a number (canonical key).
std::string diarienummer_term(std::string_view diarienummer);

/// The boolean term a filter on `field` = `value` matches: the canonical diarienummer
/// term for diarienummer, the normalized keyword term otherwise.
std::string filter_term(const Field& field, std::string_view value);

/// Builds the Xapian document: free text with positions, boolean filter terms,
/// facet and sort values, the content hash, and the JSON data. `words`, if given, gets the
/// free text's words as written (for spelling suggestions; the index holds their stems).
Xapian::Document to_xapian_document(const Document& doc, std::string_view content_hash,
                                    IndexedWords* words = nullptr);

/// Reads a stored document back. Throws std::runtime_error on malformed data.
Document from_xapian_document(const Xapian::Document& xdoc);

/// A document's stored data: its fields as JSON, a NUL, its text as it is.
std::string stored_data(const Document& doc);
/// Reads stored data back, of this layout or of the earlier one (the text inside the JSON).
/// Throws std::runtime_error on malformed data.
Document document_from_stored(std::string_view data);

/// The content hash the indexer stored with the document (empty if none).
std::string stored_content_hash(const Xapian::Document& xdoc);

/// Splits a multi-valued slot value into its values.
std::vector<std::string> split_multi_value(std::string_view value);

}  // namespace kommunsok::schema
