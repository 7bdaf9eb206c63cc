// Why: municipality names are recognised from phrases like "Lunds kommun", "Stockholms stad",
// or a web host "stockholm.se"; a list of the real names tells a genitive -s from a name's own s.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kommunsok::indexer {

/// All 290 Swedish municipalities by official short name ("Ale", "Borås", "Upplands Väsby",
/// "Malung-Sälen", ...), UTF-8.
std::span<const std::string_view> swedish_municipalities();

/// True when name is exactly one of them (case-sensitive, UTF-8).
bool is_swedish_municipality(std::string_view name);

/// The municipality a name as written before "kommun" denotes, in any case: "UPPLANDS-BRO" ->
/// "Upplands-Bro", "upplands väsby" -> "Upplands Väsby"; and the official names that are not
/// the short name ("Falu kommun" is Falun's own name: "Falu" -> "Falun"). An en dash counts
/// as a hyphen. std::nullopt if none.
std::optional<std::string> municipality_named(std::string_view written);

/// The municipality a name written without its diacritics denotes, as OCR of a scan writes it
/// ("OVERKALIX" -> "Överkalix"): only a name of ASCII letters, and only where one municipality
/// folds to it ("Habo" folds from Habo and Håbo: none). std::nullopt if none.
std::optional<std::string> municipality_named_without_marks(std::string_view written);

/// The municipality whose official name is "Region X" (Gotland: a municipality with a
/// region's tasks), from X in any case; std::nullopt for a region that is a county council
/// ("Region Stockholm", "Region Skåne"), which is no municipality.
std::optional<std::string> municipality_styled_region(std::string_view written);

/// The municipality whose lowercase ASCII-folded web host name matches, e.g. "stockholm" -> "Stockholm",
/// "goteborg" -> "Göteborg", "malmo" -> "Malmö", "upplands-vasby" -> "Upplands Väsby";
/// folding: å,ä->a, ö->o, é->e, space->'-'. std::nullopt if none.
/// Hyphens are not significant ("upplandsvasby" and "dalsed" match too), and a few hosts that
/// municipalities really use but folding cannot derive are known ("engelholm" -> "Ängelholm",
/// "herjedalen" -> "Härjedalen", "hellefors" -> "Hällefors", "habokommun" -> "Habo").
/// "habo" folds from both Håbo and Habo; it is Håbo, whose host is habo.se.
std::optional<std::string> municipality_from_host_label(std::string_view label);

/// Stadsdelsförvaltningar / stadsdelsnämnder of cities organised in districts, name -> municipality:
/// e.g. "Hägersten-Älvsjö" -> "Stockholm", "Rinkeby-Kista" -> "Stockholm" (all current Stockholm
/// stadsdelsområden plus the former Älvsjö and Hägersten-Liljeholmen). An en dash in place of the
/// hyphen is accepted. std::nullopt if unknown.
std::optional<std::string> municipality_of_district(std::string_view district);

/// The districts known to municipality_of_district, for scanning text.
std::span<const std::string_view> known_districts();

}  // namespace kommunsok::indexer
