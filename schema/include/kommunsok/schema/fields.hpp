// Why: the index layout is a contract between indexer and server. Every field is declared
// here once — API name, query parameter, Xapian term prefix, value slot, facet flag, type —
// so the two sides cannot disagree about where a piece of metadata lives
// (as Omega documents its term prefixes in one place).
#pragma once

#include <xapian.h>

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kommunsok::schema {

enum class FieldType { Keyword, Date, Integer, Text };

struct Field {
  std::string_view name;        ///< key in the API's JSON and in stored document data
  std::string_view param;       ///< query parameter / facet key ("party" for parties); empty: none
  std::string_view prefix;      ///< Xapian term prefix; empty: unprefixed free text
  std::optional<Xapian::valueno> slot;  ///< value slot when sortable or facetable
  bool facet = false;           ///< counted in the search response's "facets"
  bool multi = false;           ///< a document may carry several values
  FieldType type = FieldType::Keyword;
};

/// Value slots. Multi-valued facet slots hold values joined by kValueSeparator.
namespace slot {
inline constexpr Xapian::valueno date = 0;          ///< "YYYYMMDD"
inline constexpr Xapian::valueno year = 1;          ///< "YYYY"
inline constexpr Xapian::valueno kind = 2;
inline constexpr Xapian::valueno organ = 3;
inline constexpr Xapian::valueno municipality = 4;
inline constexpr Xapian::valueno parties = 5;
inline constexpr Xapian::valueno content_hash = 6;  ///< indexer's change detection, not a field
inline constexpr Xapian::valueno paragraph = 7;     ///< Xapian::sortable_serialise(number)
inline constexpr Xapian::valueno unit = 8;
inline constexpr Xapian::valueno unions = 9;
inline constexpr Xapian::valueno source_path = 10;  ///< indexer's own: where the file was; never served
inline constexpr Xapian::valueno original = 11;     ///< SHA-256 of the original bytes in the archive
/// The date again, with undated documents as "99999999": oldest-first sorts by a plain slot,
/// which Xapian's remote backend can do (a KeyMaker cannot cross the wire).
inline constexpr Xapian::valueno date_undated_last = 12;
}  // namespace slot

/// Separates the values of a multi-valued facet slot (never occurs in text).
inline constexpr char kValueSeparator = '\x1f';
/// The value of slot::date_undated_last for a document without a date.
inline constexpr std::string_view kUndatedLast = "99999999";

namespace field {
// clang-format off
inline constexpr Field id          {"id",           "",             "Q",      std::nullopt,       false, false, FieldType::Keyword};
inline constexpr Field kind        {"kind",         "kind",         "XK",     slot::kind,         true,  false, FieldType::Keyword};
inline constexpr Field title       {"title",        "",             "S",      std::nullopt,       false, false, FieldType::Text};
inline constexpr Field date        {"date",         "",             "D",      slot::date,         false, false, FieldType::Date};
inline constexpr Field year        {"year",         "year",         "Y",      slot::year,         true,  false, FieldType::Integer};
inline constexpr Field organ       {"organ",        "organ",        "XO",     slot::organ,        true,  false, FieldType::Keyword};
inline constexpr Field municipality{"municipality", "municipality", "XM",     slot::municipality, true,  false, FieldType::Keyword};
inline constexpr Field unit        {"unit",         "unit",         "XU",     slot::unit,         false, false, FieldType::Keyword};
inline constexpr Field diarienummer{"diarienummer", "diarienummer", "XDNR",   std::nullopt,       false, true,  FieldType::Keyword};
inline constexpr Field paragraph   {"paragraph",    "",             "XPARA",  slot::paragraph,    false, false, FieldType::Integer};
inline constexpr Field parties     {"parties",      "party",        "XPARTY", slot::parties,      true,  true,  FieldType::Keyword};
inline constexpr Field people      {"people",       "",             "XPERSON",std::nullopt,       false, true,  FieldType::Text};
inline constexpr Field unions      {"unions",       "union",        "XUNION", slot::unions,       false, true,  FieldType::Keyword};
inline constexpr Field text        {"text",         "",             "",       std::nullopt,       false, false, FieldType::Text};
// clang-format on
}  // namespace field

/// Every field, in the order above. Fields are compared by address: these point at the
/// declarations in namespace field.
std::span<const Field* const> all_fields();
/// The facets, in the order the API lists them: kind, organ, municipality, party, year.
std::span<const Field* const> facet_fields();
/// The field whose query parameter is `param`, or nullptr.
const Field* find_field_by_param(std::string_view param);

/// The boolean term for a keyword value: prefix + normalized keyword ("XPARTYmp").
std::string keyword_term(const Field& field, std::string_view value);

}  // namespace kommunsok::schema
