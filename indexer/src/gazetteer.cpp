// Why: the indexer has to know which words are Swedish municipalities (and which Stockholm
// districts belong to which municipality) to attribute a document to a kommun; this file holds
// that fixed reference data and the small lookups over it.
#include "kommunsok/indexer/gazetteer.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <map>

#include "kommunsok/indexer/swedish_text.hpp"

namespace kommunsok::indexer {
namespace {

// The 290 kommuner (2024), grouped by län; official short names as used by SCB.
constexpr std::array<std::string_view, 290> kMunicipalities = {
    // Stockholms län (26)
    "Botkyrka", "Danderyd", "Ekerö", "Haninge", "Huddinge", "Järfälla", "Lidingö", "Nacka",
    "Norrtälje", "Nykvarn", "Nynäshamn", "Salem", "Sigtuna", "Sollentuna", "Solna", "Stockholm",
    "Sundbyberg", "Södertälje", "Tyresö", "Täby", "Upplands Väsby", "Upplands-Bro", "Vallentuna",
    "Vaxholm", "Värmdö", "Österåker",
    // Uppsala län (8)
    "Enköping", "Heby", "Håbo", "Knivsta", "Tierp", "Uppsala", "Älvkarleby", "Östhammar",
    // Södermanlands län (9)
    "Eskilstuna", "Flen", "Gnesta", "Katrineholm", "Nyköping", "Oxelösund", "Strängnäs", "Trosa",
    "Vingåker",
    // Östergötlands län (13)
    "Boxholm", "Finspång", "Kinda", "Linköping", "Mjölby", "Motala", "Norrköping", "Söderköping",
    "Vadstena", "Valdemarsvik", "Ydre", "Åtvidaberg", "Ödeshög",
    // Jönköpings län (13)
    "Aneby", "Eksjö", "Gislaved", "Gnosjö", "Habo", "Jönköping", "Mullsjö", "Nässjö", "Sävsjö",
    "Tranås", "Vaggeryd", "Vetlanda", "Värnamo",
    // Kronobergs län (8)
    "Alvesta", "Lessebo", "Ljungby", "Markaryd", "Tingsryd", "Uppvidinge", "Växjö", "Älmhult",
    // Kalmar län (12)
    "Borgholm", "Emmaboda", "Hultsfred", "Högsby", "Kalmar", "Mönsterås", "Mörbylånga", "Nybro",
    "Oskarshamn", "Torsås", "Vimmerby", "Västervik",
    // Gotlands län (1)
    "Gotland",
    // Blekinge län (5)
    "Karlshamn", "Karlskrona", "Olofström", "Ronneby", "Sölvesborg",
    // Skåne län (33)
    "Bjuv", "Bromölla", "Burlöv", "Båstad", "Eslöv", "Helsingborg", "Hässleholm", "Höganäs",
    "Hörby", "Höör", "Klippan", "Kristianstad", "Kävlinge", "Landskrona", "Lomma", "Lund", "Malmö",
    "Osby", "Perstorp", "Simrishamn", "Sjöbo", "Skurup", "Staffanstorp", "Svalöv", "Svedala",
    "Tomelilla", "Trelleborg", "Vellinge", "Ystad", "Åstorp", "Ängelholm", "Örkelljunga",
    "Östra Göinge",
    // Hallands län (6)
    "Falkenberg", "Halmstad", "Hylte", "Kungsbacka", "Laholm", "Varberg",
    // Västra Götalands län (49)
    "Ale", "Alingsås", "Bengtsfors", "Bollebygd", "Borås", "Dals-Ed", "Essunga", "Falköping",
    "Färgelanda", "Grästorp", "Gullspång", "Göteborg", "Götene", "Herrljunga", "Hjo", "Härryda",
    "Karlsborg", "Kungälv", "Lerum", "Lidköping", "Lilla Edet", "Lysekil", "Mariestad", "Mark",
    "Mellerud", "Munkedal", "Mölndal", "Orust", "Partille", "Skara", "Skövde", "Sotenäs",
    "Stenungsund", "Strömstad", "Svenljunga", "Tanum", "Tibro", "Tidaholm", "Tjörn", "Tranemo",
    "Trollhättan", "Töreboda", "Uddevalla", "Ulricehamn", "Vara", "Vårgårda", "Vänersborg", "Åmål",
    "Öckerö",
    // Värmlands län (16)
    "Arvika", "Eda", "Filipstad", "Forshaga", "Grums", "Hagfors", "Hammarö", "Karlstad", "Kil",
    "Kristinehamn", "Munkfors", "Storfors", "Sunne", "Säffle", "Torsby", "Årjäng",
    // Örebro län (12)
    "Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla", "Laxå", "Lekeberg",
    "Lindesberg", "Ljusnarsberg", "Nora", "Örebro",
    // Västmanlands län (10)
    "Arboga", "Fagersta", "Hallstahammar", "Kungsör", "Köping", "Norberg", "Sala",
    "Skinnskatteberg", "Surahammar", "Västerås",
    // Dalarnas län (15)
    "Avesta", "Borlänge", "Falun", "Gagnef", "Hedemora", "Leksand", "Ludvika", "Malung-Sälen",
    "Mora", "Orsa", "Rättvik", "Smedjebacken", "Säter", "Vansbro", "Älvdalen",
    // Gävleborgs län (10)
    "Bollnäs", "Gävle", "Hofors", "Hudiksvall", "Ljusdal", "Nordanstig", "Ockelbo", "Ovanåker",
    "Sandviken", "Söderhamn",
    // Västernorrlands län (7)
    "Härnösand", "Kramfors", "Sollefteå", "Sundsvall", "Timrå", "Ånge", "Örnsköldsvik",
    // Jämtlands län (8)
    "Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund",
    // Västerbottens län (15)
    "Bjurholm", "Dorotea", "Lycksele", "Malå", "Nordmaling", "Norsjö", "Robertsfors", "Skellefteå",
    "Sorsele", "Storuman", "Umeå", "Vilhelmina", "Vindeln", "Vännäs", "Åsele",
    // Norrbottens län (14)
    "Arjeplog", "Arvidsjaur", "Boden", "Gällivare", "Haparanda", "Jokkmokk", "Kalix", "Kiruna",
    "Luleå", "Pajala", "Piteå", "Älvsbyn", "Överkalix", "Övertorneå",
};
static_assert(kMunicipalities.size() == 290, "Sweden has 290 municipalities");

// Host labels that folding a name cannot produce, or that folding makes ambiguous
// ("Håbo" and "Habo" both fold to "habo"; habo.se is Håbo, Habo uses habokommun.se).
struct HostAlias {
    std::string_view label;
    std::string_view municipality;
};
constexpr std::array<HostAlias, 5> kHostAliases = {{
    {"habo", "Håbo"},
    {"habokommun", "Habo"},
    {"engelholm", "Ängelholm"},
    {"herjedalen", "Härjedalen"},
    {"hellefors", "Hällefors"},
}};

// Official names that are not "<short name> kommun".
constexpr std::array<HostAlias, 1> kOfficialNameAliases = {{
    {"Falu", "Falun"},
}};

// Municipalities that call themselves "Region X"; every other "Region X" is a county council.
constexpr std::array<std::string_view, 1> kRegionMunicipalities = {"Gotland"};

struct District {
    std::string_view name;
    std::string_view municipality;
};
constexpr std::array<District, 15> kDistricts = {{
    // Stockholm's stadsdelsområden since 2020.
    {"Bromma", "Stockholm"},
    {"Enskede-Årsta-Vantör", "Stockholm"},
    {"Farsta", "Stockholm"},
    {"Hägersten-Älvsjö", "Stockholm"},
    {"Hässelby-Vällingby", "Stockholm"},
    {"Kungsholmen", "Stockholm"},
    {"Norrmalm", "Stockholm"},
    {"Rinkeby-Kista", "Stockholm"},
    {"Skarpnäck", "Stockholm"},
    {"Skärholmen", "Stockholm"},
    {"Spånga-Tensta", "Stockholm"},
    {"Södermalm", "Stockholm"},
    {"Östermalm", "Stockholm"},
    // Merged into Hägersten-Älvsjö in 2020; still found in older documents.
    {"Älvsjö", "Stockholm"},
    {"Hägersten-Liljeholmen", "Stockholm"},
}};

constexpr std::array<std::string_view, kDistricts.size()> kDistrictNames = [] {
    std::array<std::string_view, kDistricts.size()> names{};
    for (std::size_t i = 0; i < kDistricts.size(); ++i) names[i] = kDistricts[i].name;
    return names;
}();

// Lowercase ASCII key for comparing a name with a host label: Å/Ä/å/ä -> a, Ö/ö -> o, É/é -> e,
// Ü/ü -> u, ASCII letters lowercased, hyphens and spaces dropped (so "upplands-vasby",
// "upplandsvasby" and "Upplands Väsby" give the same key). Other bytes are kept as they are.
std::string host_key(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '-' || c == ' ') continue;
        if (c == 0xC3 && i + 1 < s.size()) {
            const auto d = static_cast<unsigned char>(s[i + 1]);
            char folded = 0;
            switch (d) {
                case 0xA5: case 0xA4: case 0x85: case 0x84: folded = 'a'; break;  // å ä Å Ä
                case 0xB6: case 0x96: folded = 'o'; break;                        // ö Ö
                case 0xA9: case 0x89: folded = 'e'; break;                        // é É
                case 0xBC: case 0x9C: folded = 'u'; break;                        // ü Ü
                default: break;
            }
            if (folded != 0) {
                out.push_back(folded);
                ++i;
                continue;
            }
        }
        out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
    }
    return out;
}

}  // namespace

std::span<const std::string_view> swedish_municipalities() { return kMunicipalities; }

bool is_swedish_municipality(std::string_view name) {
    return std::ranges::find(kMunicipalities, name) != kMunicipalities.end();
}

namespace {

// An en dash (U+2013) where the official name has a hyphen.
std::string with_hyphens(std::string_view name) {
    constexpr std::string_view kEnDash = "\xE2\x80\x93";
    std::string out(name);
    for (auto pos = out.find(kEnDash); pos != std::string::npos; pos = out.find(kEnDash, pos + 1))
        out.replace(pos, kEnDash.size(), "-");
    return out;
}

std::string name_key(std::string_view written) { return lower(with_hyphens(written)); }

}  // namespace

std::optional<std::string> municipality_named(std::string_view written) {
    // Built once: this runs for every "kommun" of every document.
    static const std::map<std::string, std::string_view, std::less<>> by_key = [] {
        std::map<std::string, std::string_view, std::less<>> keys;
        for (const auto name : kMunicipalities) keys.emplace(lower(name), name);
        for (const auto& alias : kOfficialNameAliases) keys.emplace(lower(alias.label), alias.municipality);
        return keys;
    }();
    const auto found = by_key.find(name_key(written));
    if (found == by_key.end()) return std::nullopt;
    return std::string(found->second);
}

std::optional<std::string> municipality_named_without_marks(std::string_view written) {
    if (std::any_of(written.begin(), written.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
        return std::nullopt;
    // Built once: folded name -> the one municipality it folds from ("" where several do: Habo, Håbo).
    static const std::map<std::string, std::string_view, std::less<>> by_folded = [] {
        std::map<std::string, std::string_view, std::less<>> keys;
        for (const auto name : kMunicipalities)
            if (const auto [at, added] = keys.emplace(host_key(name), name); !added) at->second = {};
        return keys;
    }();
    const auto found = by_folded.find(host_key(written));
    if (found == by_folded.end() || found->second.empty()) return std::nullopt;
    return std::string(found->second);
}

std::optional<std::string> municipality_styled_region(std::string_view written) {
    const std::string key = name_key(written);
    for (const auto name : kRegionMunicipalities)
        if (lower(name) == key) return std::string(name);
    return std::nullopt;
}

std::optional<std::string> municipality_from_host_label(std::string_view label) {
    const std::string key = host_key(label);
    if (key.empty()) return std::nullopt;
    for (const auto& alias : kHostAliases) {
        if (alias.label == key) return std::string(alias.municipality);
    }
    for (const auto name : kMunicipalities) {
        if (host_key(name) == key) return std::string(name);
    }
    return std::nullopt;
}

std::optional<std::string> municipality_of_district(std::string_view district) {
    const std::string normalized = with_hyphens(district);
    for (const auto& d : kDistricts) {
        if (d.name == normalized) return std::string(d.municipality);
    }
    return std::nullopt;
}

std::span<const std::string_view> known_districts() { return kDistrictNames; }

}  // namespace kommunsok::indexer
