// Why: structure, splitting, exchanges and the end-to-end tests read the same small documents
// in the shapes of real ones (FORMATS.md); all text is our own and every name is fictional.
#pragma once

namespace kommunsok::test {

/// A protocol of three paragraphs behind an archive site's boilerplate: cover page with a
/// "Paragrafer §§ 41-43" range, a table of contents, page markers, one § per decision.
inline constexpr const char* kThreeParagraphProtocol =
    "Download \"Protokoll tekniska nämnden\"\n"
    "Upload: others\n"
    "12\n"
    "Post on 02-Mar-2024\n"
    "\n"
    "Tekniska nämnden SAMMANTRÄDESPROTOKOLL\n"
    "Sammanträdesdatum 2023-05-16\n"
    "Plats och tid Rådhuset, Ekby, kl 13.00-15.30\n"
    "Beslutande Ulla Sten (S), ordförande\n"
    "Pär Hav (M)\n"
    "Justeringens plats och tid Ekby 2023-05-19\n"
    "Paragrafer §§ 41-43\n"
    "\n"
    "Innehållsförteckning\n"
    "§ 41 Snöröjning på gång- och cykelvägar\n"
    "§ 42 Ny taxa för parkering\n"
    "§ 43 Gatubelysning i Norrby\n"
    "\n"
    "Sida 1 (3)\n"
    "§ 41 Snöröjning på gång- och cykelvägar\n"
    "Dnr TN 2023/112\n"
    "Ärendet gäller prioriteringen av plogning längs skolvägar.\n"
    "Tekniska nämndens beslut\n"
    "Nämnden antar den nya plogordningen för skolvägar.\n"
    "Sida 2 (3)\n"
    "§ 42 Ny taxa för parkering\n"
    "Dnr TN 2023/87\n"
    "Förvaltningen föreslår en parkeringstaxa för centrum.\n"
    "Yrkanden\n"
    "Pär Hav (M) yrkar avslag.\n"
    "Tekniska nämndens beslut\n"
    "Nämnden fastställer parkeringstaxan enligt förslaget.\n"
    "Reservation\n"
    "Pär Hav (M) reserverar sig mot beslutet.\n"
    "Sida 3 (3)\n"
    "§ 43 Gatubelysning i Norrby\n"
    "Dnr TN 2023/140\n"
    "Belysningen längs Norrbyvägen byts mot lysdioder.\n"
    "Tekniska nämndens beslut\n"
    "Nämnden godkänner utbytet av armaturer.\n"
    "\n"
    "Related documents\n"
    "Protokoll kulturnämnden 2019 § 4 Bidrag\n";

/// A samverkan protocol with numbered agenda items, absent unions and exchanges.
inline constexpr const char* kSamverkanProtocol =
    "Protokoll från samverkansgruppen den 7 oktober 2025\n"
    "\n"
    "Närvarande:\n"
    "Kulturförvaltningen\n"
    "Stina Vall, förvaltningschef\n"
    "Fackliga organisationer\n"
    "Kommunal: Eva Tall\n"
    "SSR: Jon Bro\n"
    "Förhinder\n"
    "Vision\n"
    "Tidpunkt:\n"
    "7 oktober 2025 kl. 9:00\n"
    "\n"
    "1. Mötets öppnande\n"
    "Stina Vall öppnade mötet.\n"
    "2. Val av justerare\n"
    "Kommunal: Eva Tall\n"
    "3. Friskvård\n"
    "Kommunal undrar om friskvårdsbidraget höjs nästa år. Arbetsgivaren svarar att bidraget är\n"
    "oförändrat 2026. Akademikerförbundet SSR menar att timmen behövs mer än pengarna.\n"
    "Arbetsgivaren meddelade att frågan tas upp i budgeten.\n"
    "Gäller det även timavlönade? Arbetsgivaren svarar att de inte omfattas.\n"
    "4. Övriga frågor\n"
    "Kommunal har årsmöte i maj.\n";

/// An interpellation (not an answer): two numbered questions and a signature.
inline constexpr const char* kInterpellation =
    "Interpellation till kommunstyrelsens ordförande Nils Berg (C) om bussarna i Ekby kommun\n"
    "\n"
    "Linjetrafiken till byarna har glesats ut under året.\n"
    "\n"
    "1. Hur många turer har dragits in sedan januari?\n"
    "2. Vad gör kommunen för att\n"
    "behålla kvällsturerna?\n"
    "\n"
    "Ekby 2024-03-02\n"
    "Lisa Dal (V)\n";

}  // namespace kommunsok::test
