// Why: users type "organ:KSAU dnr:2021/1202 skolskjuts" — Swedish field names, mapped through
// the same field table and name tables the indexer files documents by, so a prefix finds
// exactly what the facet of the same name would.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

namespace kommunsok::schema {

/// Registers the Swedish field prefixes on a parser:
///   dnr:KS-2021/1202 (whole or part)  typ:paragraf  organ:KSAU  kommun:Sjöbacka  parti:V
///   fack:SSR  förvaltning:…  paragraf:12  år:2021  titel:ord  person:namn
///   datum:2021-01-01..2021-12-31 (either end may be left out; a year alone is its whole year)
/// Values with spaces are quoted: organ:"kommunstyrelsens arbetsutskott".
void add_swedish_field_prefixes(Xapian::QueryParser& parser);

/// The query with field names written with å/ä/ö ("år:", "förvaltning:") in the ASCII forms
/// the parser knows ("ar:", "forvaltning:"); any case of a field name is accepted.
std::string with_ascii_field_names(std::string_view query);

}  // namespace kommunsok::schema
