#!/usr/bin/env python3
"""Standalone consistency check for the holdout20 labels (uses no project code).

Adapted from holdout19's check_labels.py (2026-12-08), which was adapted from holdout18's, holdout17's and holdout16's; everything
that checker checks about the labels and documents is checked here: labels.json parses, every labelled file exists and
every holdout20_*.txt is labelled, the conventions hold (whole protocol vs protokollsutdrag, the composed title pattern, ISO
dates), every labelled diarienummer (also paragraph_diarienummer and diarienummer_accept), person, party, union, unit,
addressee, question, asker, answerer, asker_union and every question/answer start appears in its document with
whitespace normalised (answers after their questions; line-end hyphenation tolerated; NFC), labelled dates are written
and not only on stamp lines, weekday names in written dates are right, parties are in order of first appearance,
organ_short is written, samverkan people have a valid side and a listed union, employer askers, deferrals, every
samverkan document has an exchange, the setting is one of the 290, written, not repeated, no document names another
setting of this set, and no run of 8 words is shared with a real document (documents, README, labels' notes and
traps).

Changed for holdout20 (the brief of this set):
- Selection: as holdout19's, with the window of excluded sets moved on by one: a setting must have been the
  'municipality' of AT MOST ONE label in /work/main/tests/holdout*/labels.json and /work/shared/real-docs/labels.json
  (counted at run time; holdout19 is now counted too), must not be a setting of holdout15, holdout16, holdout17,
  holdout18 or holdout19 (read from their labels.json at run time, with fallback lists; holdout14 is no longer
  excluded by the brief), not named in FORMATS.md, not an ordinary Swedish word or first name (holdout19's list kept,
  extended with Dorotea), not the setting of a real document. New: if fewer than 20 municipalities are eligible under
  'at most one', the limit becomes 'at most two' (the brief's fallback) and this is printed; the limit in force is
  reported either way. At least 14 counties.
- Exactly three documents marked 'hard:'; the kinds are compared with holdout19's mix (paragraf 6, interpellation 5,
  samverkan 5, annat 4; a warning when a count is off by more than one).
- New: exactly 20 documents (error otherwise); the 'about' text must contain holdout19's 'about' text verbatim and a
  paragraph naming holdout20; the previous set for the county report is holdout19.
- Everything else is kept from holdout19 (below).

Changed for holdout19 (kept here):
- Selection: as holdout18's, with holdout18 added to the excluded sets: a setting must have been the 'municipality'
  of AT MOST ONE label in /work/main/tests/holdout*/labels.json and /work/shared/real-docs/labels.json (counted at
  run time), must not be a setting of holdout14, holdout15, holdout16, holdout17 or holdout18 (read from their
  labels.json at run time, with fallback lists), not named in FORMATS.md, not an ordinary Swedish word or first
  name (holdout18's list kept, extended with Klippan, Köping and Vindeln). New: not the setting of a real document
  (real-docs/labels.json), so that no document shares a municipality with a real one. At least 14 counties (error
  otherwise); the counties holdout18 did not cover and the counties with no eligible municipality are reported.
- Exactly three documents marked 'hard:' (error otherwise); the kinds are compared with holdout18's mix (paragraf
  6, interpellation 5, samverkan 6, annat 3; a warning when a count is off by more than one).
- New: the 'about' text of labels.json must contain holdout18's 'about' text verbatim (when holdout18's labels can be
  read); a person is not labelled twice in one document; the layout mix is reported (documents with form feeds,
  with page markers, with web-page chrome) and a warning is given when fewer than five documents have form feeds.
- Kept from holdout18 (below): 45-110 lines, years 2010-2026, date_accept holding date, interpellation askers and
  answerers that are labelled people, samverkan organ_accept holding the organ.

Changed for holdout18 (kept here):
- Selection: a setting must have been the 'municipality' of AT MOST ONE label in
  /work/main/tests/holdout*/labels.json and /work/shared/real-docs/labels.json (counted at run time), must not
  be a setting of holdout14, holdout15, holdout16 or holdout17 (read from their labels.json at run time, with
  fallback lists), not named in FORMATS.md, not an ordinary Swedish word or first name (the list is extended). At
  least 14 counties (error otherwise); the counties holdout17 did not cover are reported. The brief does not ask
  for never-set municipalities, so those are only reported (there are none left that are eligible).
- Documents 45-110 lines; two or three documents marked 'hard:' (error otherwise); the kinds are compared with
  the brief (about paragraf 6, interpellation 5, samverkan 6, annat 3; a warning when a count is off by more
  than one).
- New: every labelled date (and date_accept) lies in 2010-2026; date_accept, when given, contains date; every
  interpellation exchange's asker is a labelled person; every answerer that is a labelled person's name is one of
  the labelled people; a samverkan document's organ_accept holds the organ itself.
- The labelled fields are counted the way holdout16's and holdout17's measurements count them (see count_fields()).

Usage: python3 check_labels.py [folder]     (default: the folder of this script)
Exit status 1 if there is any error.
"""
import datetime
import glob
import json
import os
import re
import sys
import unicodedata

PREFIX = "holdout20_"

# holdout14's twenty settings: kept for reference (holdout19's brief excluded them; holdout20's brief does not).
HOLDOUT14_SETTINGS = {"Halmstad", "Malmö", "Österåker", "Vingåker", "Sandviken", "Hallsberg", "Tranås",
                      "Sollentuna", "Hässleholm", "Eslöv", "Bollebygd", "Munkedal", "Arjeplog", "Nykvarn",
                      "Valdemarsvik", "Lessebo", "Färgelanda", "Skurup", "Bromölla", "Norberg"}
# Left out although rarely a setting, because the name is an ordinary Swedish word or a first name.
ORDINARY_WORDS = {"Säter", "Skara", "Vara", "Kil", "Mark", "Berg", "Lund", "Nora", "Boden", "Salem",
                  "Ale", "Eda", "Hjo", "Habo", "Kinda", "Tanum", "Mora", "Orsa", "Sala", "Åre", "Trosa",
                  "Klippan", "Köping", "Vindeln", "Dorotea"}
MAX_SETTINGS_BEFORE = 1     # a setting may have been the 'municipality' of at most one earlier label
FALLBACK_MAX_SETTINGS_BEFORE = 2   # the brief's fallback when fewer than N_DOCS municipalities remain (new)
N_DOCS = 20
HOLDOUT15_FALLBACK = {"Borgholm", "Kristinehamn", "Linköping", "Örnsköldsvik", "Borlänge", "Falun", "Dals-Ed",
                      "Trollhättan", "Vänersborg", "Ljungby", "Storuman", "Varberg", "Vetlanda", "Östersund",
                      "Arvika", "Hofors", "Håbo", "Karlskrona", "Simrishamn", "Vimmerby"}
HOLDOUT16_FALLBACK = {"Nynäshamn", "Katrineholm", "Kumla", "Fagersta", "Kalix", "Östhammar", "Motala",
                      "Vallentuna", "Strängnäs", "Jokkmokk", "Gislaved", "Oskarshamn", "Ljusnarsberg", "Kungsör",
                      "Sölvesborg", "Tomelilla", "Hagfors", "Lidköping", "Hedemora", "Lycksele"}
HOLDOUT17_FALLBACK = {"Kalmar", "Tingsryd", "Hylte", "Ockelbo", "Bräcke", "Laholm", "Markaryd", "Kramfors",
                      "Ragunda", "Ödeshög", "Lekeberg", "Timrå", "Ovanåker", "Olofström", "Munkfors", "Surahammar",
                      "Norsjö", "Örkelljunga", "Töreboda", "Arvidsjaur"}
HOLDOUT19_FALLBACK = {"Värmdö", "Heby", "Gnesta", "Boxholm", "Mullsjö", "Älmhult", "Högsby", "Sjöbo", "Båstad",
                      "Vilhelmina", "Överkalix", "Tidaholm", "Orust", "Storfors", "Ljusdal", "Laxå", "Skinnskatteberg",
                      "Vansbro", "Ånge", "Härjedalen"}
HOLDOUT18_FALLBACK = {"Vaxholm", "Älvkarleby", "Oxelösund", "Söderköping", "Vaggeryd", "Uppvidinge", "Mönsterås",
                      "Karlshamn", "Svalöv", "Kungsbacka", "Herrljunga", "Säffle", "Hällefors", "Hallstahammar",
                      "Smedjebacken", "Nordanstig", "Härnösand", "Strömsund", "Robertsfors", "Älvsbyn"}
# the recent sets whose settings the brief excludes: labels.json path -> fallback settings
EXCLUDED_SETS = {
    "holdout15": ("/work/main/tests/holdout15/labels.json", HOLDOUT15_FALLBACK),
    "holdout16": ("/work/main/tests/holdout16/labels.json", HOLDOUT16_FALLBACK),
    "holdout17": ("/work/main/tests/holdout17/labels.json", HOLDOUT17_FALLBACK),
    "holdout18": ("/work/main/tests/holdout18/labels.json", HOLDOUT18_FALLBACK),
    "holdout19": ("/work/main/tests/holdout19/labels.json", HOLDOUT19_FALLBACK),
}
PREVIOUS_LABELS = "/work/main/tests/holdout19/labels.json"   # its 'about' must be kept verbatim (new)
PREVIOUS_SET = "holdout19"   # the counties it did not cover are reported (computed at run time)
YEARS = (2010, 2026)
MIN_COUNTIES = 14
BRIEF_KINDS = {"paragraf": 6, "interpellation": 5, "samverkan": 5, "annat": 4}
HARD_MIN, HARD_MAX = 3, 3
MIN_FORM_FEED_DOCS = 5
MIN_LINES = 45
MAX_LINES = 110
FORMATS_MD = "/work/shared/FORMATS.md"
OTHER_LABELS = "/work/main/tests"

# The 290 municipalities (SCB short names) by county, to check that a setting is real and to
# report the spread over counties.
COUNTIES = {
    "Stockholm": "Botkyrka Danderyd Ekerö Haninge Huddinge Järfälla Lidingö Nacka Norrtälje "
                 "Nykvarn Nynäshamn Salem Sigtuna Sollentuna Solna Stockholm Sundbyberg "
                 "Södertälje Tyresö Täby Upplands_Väsby Upplands-Bro Vallentuna Vaxholm Värmdö "
                 "Österåker",
    "Uppsala": "Enköping Heby Håbo Knivsta Tierp Uppsala Älvkarleby Östhammar",
    "Södermanland": "Eskilstuna Flen Gnesta Katrineholm Nyköping Oxelösund Strängnäs Trosa "
                    "Vingåker",
    "Östergötland": "Boxholm Finspång Kinda Linköping Mjölby Motala Norrköping Söderköping "
                    "Vadstena Valdemarsvik Ydre Åtvidaberg Ödeshög",
    "Jönköping": "Aneby Eksjö Gislaved Gnosjö Habo Jönköping Mullsjö Nässjö Sävsjö Tranås "
                 "Vaggeryd Vetlanda Värnamo",
    "Kronoberg": "Alvesta Lessebo Ljungby Markaryd Tingsryd Uppvidinge Växjö Älmhult",
    "Kalmar": "Borgholm Emmaboda Hultsfred Högsby Kalmar Mönsterås Mörbylånga Nybro Oskarshamn "
              "Torsås Vimmerby Västervik",
    "Gotland": "Gotland",
    "Blekinge": "Karlshamn Karlskrona Olofström Ronneby Sölvesborg",
    "Skåne": "Bjuv Bromölla Burlöv Båstad Eslöv Helsingborg Hässleholm Höganäs Hörby Höör "
             "Klippan Kristianstad Kävlinge Landskrona Lomma Lund Malmö Osby Perstorp Simrishamn "
             "Sjöbo Skurup Staffanstorp Svalöv Svedala Tomelilla Trelleborg Vellinge Ystad Åstorp "
             "Ängelholm Örkelljunga Östra_Göinge",
    "Halland": "Falkenberg Halmstad Hylte Kungsbacka Laholm Varberg",
    "Västra Götaland": "Ale Alingsås Bengtsfors Bollebygd Borås Dals-Ed Essunga Falköping "
                       "Färgelanda Grästorp Gullspång Göteborg Götene Herrljunga Hjo Härryda "
                       "Karlsborg Kungälv Lerum Lidköping Lilla_Edet Lysekil Mariestad Mark "
                       "Mellerud Munkedal Mölndal Orust Partille Skara Skövde Sotenäs "
                       "Stenungsund Strömstad Svenljunga Tanum Tibro Tidaholm Tjörn Tranemo "
                       "Trollhättan Töreboda Uddevalla Ulricehamn Vara Vårgårda Vänersborg Åmål "
                       "Öckerö",
    "Värmland": "Arvika Eda Filipstad Forshaga Grums Hagfors Hammarö Karlstad Kil Kristinehamn "
                "Munkfors Storfors Sunne Säffle Torsby Årjäng",
    "Örebro": "Askersund Degerfors Hallsberg Hällefors Karlskoga Kumla Laxå Lekeberg Lindesberg "
              "Ljusnarsberg Nora Örebro",
    "Västmanland": "Arboga Fagersta Hallstahammar Kungsör Köping Norberg Sala Skinnskatteberg "
                   "Surahammar Västerås",
    "Dalarna": "Avesta Borlänge Falun Gagnef Hedemora Leksand Ludvika Malung-Sälen Mora Orsa "
               "Rättvik Smedjebacken Säter Vansbro Älvdalen",
    "Gävleborg": "Bollnäs Gävle Hofors Hudiksvall Ljusdal Nordanstig Ockelbo Ovanåker Sandviken "
                 "Söderhamn",
    "Västernorrland": "Härnösand Kramfors Sollefteå Sundsvall Timrå Ånge Örnsköldsvik",
    "Jämtland": "Berg Bräcke Härjedalen Krokom Ragunda Strömsund Åre Östersund",
    "Västerbotten": "Bjurholm Dorotea Lycksele Malå Nordmaling Norsjö Robertsfors Skellefteå "
                    "Sorsele Storuman Umeå Vilhelmina Vindeln Vännäs Åsele",
    "Norrbotten": "Arjeplog Arvidsjaur Boden Gällivare Haparanda Jokkmokk Kalix Kiruna Luleå "
                  "Pajala Piteå Älvsbyn Överkalix Övertorneå",
}
COUNTY_OF = {m.replace("_", " "): c for c, ms in COUNTIES.items() for m in ms.split()}

KINDS = {"paragraf", "interpellation", "samverkan", "annat"}
REQUIRED = ["file", "kind", "title", "municipality", "organ", "date", "diarienummer",
            "paragraph", "parties", "people", "unions_present", "unions_absent", "traps"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december"]
DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
# abbreviated weekdays as written in Swedish calendars and minutes
DAY_ABBR = {"må": 0, "mån": 0, "månd": 0, "ti": 1, "tis": 1, "tisd": 1, "on": 2, "ons": 2, "onsd": 2,
            "to": 3, "tor": 3, "tors": 3, "torsd": 3, "fred": 4, "lörd": 5, "sönd": 6,
            "fr": 4, "fre": 4, "lö": 5, "lör": 5, "sö": 6, "sön": 6}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# lines that carry stamp dates rather than the document's own date (new in holdout15)
STAMP_RX = re.compile(r"justera|justering|anslag|bestyrk|\bink\.|\binkom|publicera|uppdaterad|tas ned|"
                      r"skickat|utskrivet|registrerad", re.IGNORECASE)
SIDES = {"arbetsgivaren", "arbetstagarna", "adjungerad", None}
DEFERRAL_RX = re.compile(r"återkommer|(?:svar|besked) (?:lämnas|ges) (?:på|vid)|lämnas på nästa|tas upp på nästa|"
                         r"kunde inte (?:lämna|ge) (?:något )?besked",
                         re.IGNORECASE)


def nfc(s):
    """Unicode NFC (one document is written in decomposed NFD form)."""
    return unicodedata.normalize("NFC", s)


def norm(s):
    s = nfc(s).replace("\u00ad", "").replace("\ufeff", "")
    return re.sub(r"\s+", " ", s.replace("\f", " ")).strip()


def dehyphen(s):
    s = nfc(s).replace("\u00ad", "").replace("\ufeff", "")
    # a line-end hyphen, or the NOT SIGN that some old PDF text layers use for it (new)
    return re.sub(r"(\w)[-\u00ac][ \t]*\n[ \t]*(\w)", r"\1\2", s.replace("\f", "\n"))


def demarkdown(s):
    """A web page converted to Markdown (new): drop '**' emphasis and '> ' blockquote markers."""
    s = re.sub(r"(?m)^[ \t]*>[ \t]?", "", nfc(s))
    return s.replace("**", "")


class Doc:
    def __init__(self, raw):
        self.raw = raw
        self.plain = norm(raw)
        self.joined = norm(dehyphen(raw))
        md = demarkdown(raw)
        self.variants = [self.plain, self.joined, norm(md), norm(dehyphen(md))]

    def find(self, s, start=0):
        """Position of s (whitespace-normalised) or -1; tries every variant."""
        s = norm(s)
        for text in self.variants:
            p = text.find(s, start)
            if p >= 0:
                return p
        return -1

    def has(self, s):
        return self.find(s) >= 0

    def pos_pair(self, q, a):
        """True if q is found and a is found after it (in one of the variants)."""
        for text in self.variants:
            qp = text.find(norm(q))
            if qp >= 0 and text.find(norm(a), qp + 1) > qp:
                return True
        return False


REAL_DOCS = "/work/shared/real-docs"
SHINGLE = 8


def shingles(text):
    words = re.findall(r"[\wÅÄÖåäö]+", text.lower())
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def real_doc_shingles():
    """8-word runs of the real documents (to prove nothing was copied); empty if absent."""
    out = {}
    if not os.path.isdir(REAL_DOCS):
        return out
    for fn in sorted(os.listdir(REAL_DOCS)):
        if fn.endswith(".txt"):
            with open(os.path.join(REAL_DOCS, fn), encoding="utf-8", errors="replace") as fh:
                for sh in shingles(fh.read()):
                    out.setdefault(sh, fn)
    return out


def word_rx(m):
    """A municipality's name as a word, also in the genitive, case-insensitive."""
    forms = [m] if m.endswith("s") else [m, m + "s"]
    return re.compile(r"(?<![\wÅÄÖåäö])(?:" + "|".join(re.escape(x) for x in forms) +
                      r")(?![\wÅÄÖåäö])", re.IGNORECASE)


def settings_elsewhere(own_folder):
    """Settings ('municipality' fields only) of every other labelled set -> list of files (one per label)."""
    out = {}
    paths = []
    if os.path.isdir(OTHER_LABELS):
        for dn in sorted(os.listdir(OTHER_LABELS)):
            if dn.startswith("holdout"):
                paths.append(os.path.join(OTHER_LABELS, dn, "labels.json"))
    paths.append(os.path.join(REAL_DOCS, "labels.json"))
    for pth in paths:
        if not os.path.exists(pth) or os.path.abspath(os.path.dirname(pth)) == os.path.abspath(own_folder):
            continue
        try:
            with open(pth, encoding="utf-8") as fh:
                for d in json.load(fh).get("documents", []):
                    if d.get("municipality"):
                        out.setdefault(d["municipality"], []).append(pth)
        except Exception:  # noqa: BLE001
            pass
    return out


def excluded_settings():
    """Settings of holdout15, holdout16, holdout17, holdout18 and holdout19 (from their labels.json when present) -> set
    name."""
    out = {}
    for name, (pth, fallback) in EXCLUDED_SETS.items():
        try:
            with open(pth, encoding="utf-8") as fh:
                ms = {d["municipality"] for d in json.load(fh)["documents"] if d.get("municipality")}
        except Exception:  # noqa: BLE001
            ms = set(fallback)
        for m in ms:
            out.setdefault(m, name)
    return out


def real_settings():
    """Settings of the real documents (real-docs/labels.json), which this set avoids (new in holdout19)."""
    try:
        with open(os.path.join(REAL_DOCS, "labels.json"), encoding="utf-8") as fh:
            return {d["municipality"] for d in json.load(fh)["documents"] if d.get("municipality")}
    except Exception:  # noqa: BLE001
        return set()


def previous_set_counties():
    """Counties of the previous set's settings (holdout19), for the report (new in holdout19)."""
    try:
        with open(PREVIOUS_LABELS, encoding="utf-8") as fh:
            return {COUNTY_OF.get(d.get("municipality"), "?") for d in json.load(fh)["documents"]}
    except Exception:  # noqa: BLE001
        return {COUNTY_OF[m] for m in HOLDOUT19_FALLBACK}


PAGE_MARKER_RX = re.compile(r"(?i)\b(?:sida|sid)\s+\S+\s*(?:av|\(|/)\s*\d|(?<![\d/])\d\s?\(\d+\)|\bsid \d/\d")
WEB_CHROME_RX = re.compile(r"(?i)kakor|cookies|hoppa till|till huvudinneh|du är här|startsida >|dela sidan|dela:")


def count_fields(docs):
    """The labelled fields as holdout16's measurement counts them: for every document date, kind, municipality,
    paragraph, parties, diarienummer, organ, people, title, unions present and unions absent; 'paragraphs' for
    kind paragraf; 'questions' for kind interpellation; 'exchanges' for a document with question_answer_examples;
    'unit' for kind samverkan. (holdout16: 20 x 11 + 7 + 6 + 10 + 5 = 248.)"""
    per = {}
    for d in docs:
        n = 11
        n += 1 if d.get("kind") == "paragraf" else 0
        n += 1 if d.get("kind") == "interpellation" else 0
        n += 1 if d.get("question_answer_examples") else 0
        n += 1 if d.get("kind") == "samverkan" else 0
        per[d.get("file")] = n
    return per


def label_texts(d):
    """The free text of one label (notes and traps), for the copy check."""
    out = []
    for k, v in d.items():
        if k.endswith("_note") and isinstance(v, str):
            out.append(v)
    out += [t for t in d.get("traps", []) if isinstance(t, str)]
    return "\n".join(out)


def date_written(doc, dt):
    """True if the ISO date dt is written in one of the labelled forms."""
    y, mo, dd = (int(x) for x in dt.split("-"))
    month = MONTHS[mo - 1]
    t = doc.plain
    if doc.has(dt):
        return True
    forms = [
        rf"(?<!\d){dd}(?::[ae]|:de)? (?:{month}|{month[:3]}\.)",     # 4 november, 4:e nov., 7:de (new)
        rf"(?<!\d){dd} {month[:3]}(?![\wÅÄÖåäö.])",                     # 18 okt
        rf"(?<![\d/]){dd}/{mo} {y}",                                   # 3/6 2025
        rf"(?<![\d/]){dd}/{mo}-{y}(?!\d)",                             # 8/10-2025
        rf"(?<![\d/]){dd}/{mo}-{y % 100:02d}(?!\d)",                   # 19/5-25 (new)
        rf"(?<![\d-]){y % 100:02d}{mo:02d}{dd:02d}(?![\d-])",          # 240917
        rf"(?<![\d-]){y % 100:02d}-{mo:02d}-{dd:02d}(?![\d-])",        # 23-09-19 (new)
        rf"(?<![\d.]){y}\.{mo:02d}\.{dd:02d}(?![\d.])",                # 2024.03.05 (new)
        rf"(?<![\d.]){dd}\.{mo}\.{y}(?!\d)",                           # 9.9.2025 (new)
        rf"(?<!\d){dd} {month} -{y % 100:02d}(?!\d)",                  # 14 oktober -25 (new)
    ]
    forms += [
        rf"(?<!\d){dd} sept\. {y}" if mo == 9 else r"(?!x)x",              # 21 sept. 2015 (new)
        rf"(?<![\d-]){y}-{mo}-{dd}(?![\d-])",                            # 2016-3-7 (new)
        rf"(?<![\d.]){dd:02d}\.{mo:02d}\.{y}(?!\d)",                       # 08.11.2017 (new)
        rf"(?<!\d){y}{mo:02d}{dd:02d}(?!\d)",                              # 20240514 (new)
        rf"(?<![\d/]){dd}/{mo}/{y}(?!\d)",                                # 13/10/2009 (new)
    ]
    if any(re.search(f, t, re.IGNORECASE) for f in forms):
        return True
    # ISO date with non-breaking or other Unicode hyphens (new)
    if dt in re.sub("[\u2010\u2011\u2012\u2013]", "-", t):
        return True
    # d/m without a year (new): only when the year is written elsewhere in the document
    if re.search(rf"(?<![\d/]){dd}/{mo}(?![\d/-])", t) and re.search(rf"(?<!\d){y}(?!\d)", t):
        return True
    # ISO week date (new)
    iy, iw, idy = datetime.date(y, mo, dd).isocalendar()
    if re.search(rf"(?<!\d){iy}-W{iw:02d}-{idy}(?!\d)", t):
        return True
    return False


def weekday_errors(doc, year_default):
    """Weekday names written before dates, checked against the calendar."""
    out = []
    mon_alt = "|".join(MONTHS + [m[:3] + r"\." for m in MONTHS] + ["sept\\."] +
                       [m[:3] + r"(?![\wÅÄÖåäö])" for m in MONTHS])
    names = sorted(DAYS + list(DAY_ABBR), key=len, reverse=True)
    wd_re = re.compile(
        r"(?<![\wÅÄÖåäö])(" + "|".join(names) + r")(?:en)?\.?,?(?: den)? (\d{1,2})(?::[ae]|:de)? (" + mon_alt +
        r")(?:,? (\d{4}))?", re.IGNORECASE)
    for mt in wd_re.finditer(doc.plain):
        w, day, mon, yr = mt.group(1).lower(), int(mt.group(2)), mt.group(3).lower(), mt.group(4)
        want = DAYS.index(w) if w in DAYS else DAY_ABBR[w]
        yv = int(yr) if yr else year_default
        if yv is None:
            continue
        mon_i = [m[:3] for m in MONTHS].index(mon[:3])
        real = datetime.date(yv, mon_i + 1, day).weekday()
        if real != want:
            out.append(f"'{mt.group(0)}' is a {DAYS[real]}")
    # weekday (full or abbreviated) before d/m, d/m-yy, d/m yyyy or an ISO date (new)
    num_re = re.compile(
        r"(?<![\wÅÄÖåäö])(" + "|".join(names) + r")(?:en)?\.?,?(?: den)? "
        r"(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})/(\d{1,2})(?:(?:-| )(\d{2,4}))?)(?![\d/])", re.IGNORECASE)
    for mt in num_re.finditer(doc.plain):
        w = mt.group(1).lower()
        want = DAYS.index(w) if w in DAYS else DAY_ABBR[w]
        if mt.group(2):
            yv, mo, dd = int(mt.group(2)), int(mt.group(3)), int(mt.group(4))
        else:
            dd, mo = int(mt.group(5)), int(mt.group(6))
            yr = mt.group(7)
            yv = (2000 + int(yr) if len(yr) == 2 else int(yr)) if yr else year_default
        if yv is None:
            continue
        try:
            real = datetime.date(yv, mo, dd).weekday()
        except ValueError:
            out.append(f"'{mt.group(0)}' is not a date")
            continue
        if real != want:
            out.append(f"'{mt.group(0)}' is a {DAYS[real]}")
    # weekday before dd.mm.yyyy or d/m/yyyy (new in holdout13)
    full_re = re.compile(
        r"(?<![\wÅÄÖåäö])(" + "|".join(names) + r")(?:en)?\.?,?(?: den)? "
        r"(\d{1,2})([./])(\d{1,2})\3(\d{4})(?!\d)", re.IGNORECASE)
    for mt in full_re.finditer(doc.plain):
        w = mt.group(1).lower()
        want = DAYS.index(w) if w in DAYS else DAY_ABBR[w]
        try:
            real = datetime.date(int(mt.group(5)), int(mt.group(4)), int(mt.group(2))).weekday()
        except ValueError:
            out.append(f"'{mt.group(0)}' is not a date")
            continue
        if real != want:
            out.append(f"'{mt.group(0)}' is a {DAYS[real]}")
    # weekday in parentheses after an ISO date (new in holdout14: '2017-11-22 (onsdag)')
    for mt in re.finditer(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})\s*\((" + "|".join(DAYS) + r")\)", doc.plain,
                          re.IGNORECASE):
        try:
            real = datetime.date(int(mt.group(1)), int(mt.group(2)), int(mt.group(3))).weekday()
        except ValueError:
            out.append(f"'{mt.group(0)}' is not a date")
            continue
        if real != DAYS.index(mt.group(4).lower()):
            out.append(f"'{mt.group(0)}' is a {DAYS[real]}")
    # weekday in parentheses after an ISO week date (new)
    for mt in re.finditer(r"(\d{4})-W(\d{2})-(\d)\s*\((" + "|".join(DAYS) + r")", doc.plain, re.IGNORECASE):
        if int(mt.group(3)) - 1 != DAYS.index(mt.group(4).lower()):
            out.append(f"'{mt.group(0)}': week day {mt.group(3)} is not a {mt.group(4)}")
    return out


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, warnings = [], []

    def err(f, msg):
        errors.append(f"{f}: {msg}")

    def warn(f, msg):
        warnings.append(f"{f}: {msg}")

    try:
        with open(os.path.join(folder, "labels.json"), encoding="utf-8") as fh:
            data = json.load(fh)
    except Exception as e:  # noqa: BLE001
        print(f"ERROR labels.json does not parse: {e}")
        return 1
    if not isinstance(data.get("about"), str) or not data["about"]:
        err("labels.json", "missing 'about'")
    else:
        # new in holdout19: the previous set's 'about' text is kept verbatim
        try:
            with open(PREVIOUS_LABELS, encoding="utf-8") as fh:
                prev_about = json.load(fh).get("about") or ""
        except Exception:  # noqa: BLE001
            prev_about = ""
        if prev_about and prev_about not in data["about"]:
            err("labels.json", f"'about' does not contain {PREVIOUS_SET}'s 'about' text verbatim")
        # new in holdout20: a paragraph for this set follows the kept text
        if "holdout20" not in data["about"].replace(prev_about, ""):
            err("labels.json", "'about' has no paragraph naming holdout20")
    docs = data.get("documents", [])
    if len(docs) != N_DOCS:
        err("labels.json", f"{len(docs)} documents labelled, {N_DOCS} wanted")
    labelled = [d.get("file") for d in docs]
    if len(set(labelled)) != len(labelled):
        err("labels.json", "a file is labelled twice")
    on_disk = sorted(f for f in os.listdir(folder) if re.match(PREFIX + r"\d\d\.txt$", f))
    for f in on_disk:
        if f not in labelled:
            err(f, "file not labelled")
    munis = {}
    other_settings = settings_elsewhere(folder)
    excluded = excluded_settings()
    real_set = real_settings()
    layout = {"form feeds": [], "page markers": [], "web chrome": []}
    formats_text = open(FORMATS_MD, encoding="utf-8").read() if os.path.exists(FORMATS_MD) else ""

    def eligible_under(limit):
        return sorted(m for m in COUNTY_OF if len(other_settings.get(m, [])) <= limit and
                      m not in excluded and m not in ORDINARY_WORDS and m not in real_set and
                      not (formats_text and word_rx(m).search(formats_text)))
    # new in holdout20: the brief's fallback ('at most two') only when 'at most one' leaves too few
    max_before = MAX_SETTINGS_BEFORE
    if len(eligible_under(MAX_SETTINGS_BEFORE)) < N_DOCS:
        max_before = FALLBACK_MAX_SETTINGS_BEFORE
        print(f"only {len(eligible_under(MAX_SETTINGS_BEFORE))} municipalities eligible with at most "
              f"{MAX_SETTINGS_BEFORE} earlier setting: the fallback limit {max_before} applies")
    real_sh = real_doc_shingles()
    if not real_sh:
        warnings.append(f"{REAL_DOCS}: not found, copy check skipped")
    mention_counts = {}

    for d in docs:
        f = d.get("file", "?")
        for k in REQUIRED:
            if k not in d:
                err(f, f"missing field '{k}'")
        path = os.path.join(folder, f)
        if not os.path.exists(path):
            err(f, "file does not exist")
            continue
        with open(path, encoding="utf-8") as fh:
            raw = nfc(fh.read())
        doc = Doc(raw)
        n_lines = raw.count("\n") + (0 if raw.endswith("\n") else 1)
        short = f[len(PREFIX):-4] if f.startswith(PREFIX) else f
        if "\f" in raw:
            layout["form feeds"].append(short)
        if PAGE_MARKER_RX.search(raw):
            layout["page markers"].append(short)
        if WEB_CHROME_RX.search(raw):
            layout["web chrome"].append(short)
        if not MIN_LINES <= n_lines <= MAX_LINES:
            err(f, f"{n_lines} lines, not {MIN_LINES}-{MAX_LINES}")

        shared = [sh for sh in shingles(raw) if sh in real_sh]
        if shared:
            err(f, f"{len(shared)} runs of {SHINGLE} words shared with real-docs, e.g. "
                   f"{shared[0]!r} ({real_sh[shared[0]]})")
        shared = [sh for sh in shingles(label_texts(d)) if sh in real_sh]
        if shared:
            err(f, f"label notes/traps share {len(shared)} runs of {SHINGLE} words with real-docs, e.g. "
                   f"{shared[0]!r} ({real_sh[shared[0]]})")

        kind = d.get("kind")
        if kind not in KINDS:
            err(f, f"bad kind {kind!r}")

        # municipality
        m = d.get("municipality")
        if m in excluded:
            err(f, f"municipality {m} is a setting of {excluded[m]}")
        if m in other_settings and len(other_settings[m]) > max_before:
            err(f, f"municipality {m} is a setting {len(other_settings[m])} times earlier "
                   f"(more than {max_before})")
        if m in ORDINARY_WORDS:
            err(f, f"municipality {m} is an ordinary Swedish word or a first name")
        if m in real_set:
            err(f, f"municipality {m} is the setting of a real document (real-docs)")
        if m and formats_text and word_rx(m).search(formats_text):
            err(f, f"municipality {m} is named in FORMATS.md")
        if m:
            mention_counts[m] = len(other_settings.get(m, []))
        if m and m not in COUNTY_OF:
            err(f, f"municipality {m!r} is not one of the 290 municipalities")
        if m:
            if m in munis:
                err(f, f"municipality {m} also used by {munis[m]}")
            munis[m] = f
            stem = m[:-1] if m.endswith("a") and len(m) > 4 else m
            if stem.lower() not in raw.lower():
                err(f, f"municipality {m} not written")

        # paragraphs
        par, pars = d.get("paragraph"), d.get("paragraphs")
        if kind == "paragraf":
            if not isinstance(pars, list) or not pars:
                err(f, "paragraf without paragraphs")
            elif par is None:
                if d.get("diarienummer"):
                    err(f, "whole protocol must have diarienummer []")
                want = f"Protokoll {d.get('organ')} {d.get('date')} §§ {pars[0]}–{pars[-1]}"
                if d.get("title") != want:
                    err(f, f"whole-protocol title should be {want!r}")
                pd = d.get("paragraph_diarienummer")
                if not isinstance(pd, dict) or sorted(int(k) for k in pd) != sorted(pars):
                    err(f, "paragraph_diarienummer must have one entry per paragraph")
                else:
                    for k, lst in pd.items():
                        for dn in lst:
                            if not doc.has(dn):
                                err(f, f"paragraph_diarienummer {k}: {dn!r} not in text")
            else:
                if pars != [par]:
                    err(f, "protokollsutdrag must have paragraphs == [paragraph]")
        elif pars is not None:
            err(f, "paragraphs given for a non-paragraf document")
        for p in (pars or []):
            if not re.search(rf"(?<!\d){p}(?!\d)", raw):
                err(f, f"paragraph {p} not written")

        # title
        title = d.get("title")
        if not title:
            err(f, "no title")
        elif not (kind == "paragraf" and par is None) and not doc.has(title):
            err(f, f"title {title!r} not in text")
        for t in d.get("title_accept", []) or []:
            if t and not doc.has(t):
                warn(f, f"title_accept {t!r} not in text as written")
        for key in ("unit_accept",):
            for t in d.get(key, []) or []:
                if t and not doc.has(t) and \
                        not doc.has(t[0].lower() + t[1:]) and not doc.has(t[0].upper() + t[1:]):
                    warn(f, f"{key} {t!r} not in text as written")
        if d.get("unit") and not doc.has(d["unit"]):
            err(f, f"unit {d['unit']!r} not in text")

        # date
        dates = [d.get("date")] + list(d.get("date_accept", []) or [])
        for dt in dates:
            if dt is None:
                continue
            if not DATE_RE.match(dt):
                err(f, f"date {dt!r} is not ISO")
                continue
            if not date_written(doc, dt):
                err(f, f"date {dt} not written (ISO, in words, '4:e november', '10 nov.', '18 okt', d/m yyyy, "
                       f"d/m-yyyy, yymmdd, and now yyyy.mm.dd, d/m, yy-mm-dd, d/m-yy, 'd month -yy', d.m.yyyy, "
                       f"yyyy-Www-d)")

        # the date must not be only a stamp date (justering, anslag, bestyrkande, receipt, publication) (new)
        if d.get("date") and DATE_RE.match(d["date"]):
            on_stamp, elsewhere = False, False
            for line in nfc(raw).splitlines():
                if d["date"] in line:
                    if STAMP_RX.search(line):
                        on_stamp = True
                    else:
                        elsewhere = True
            if on_stamp and not elsewhere:
                err(f, f"date {d['date']} is written only on justering/anslag/receipt/publication lines")

        # weekdays in written dates
        year_default = int(d["date"][:4]) if d.get("date") else d.get("calendar_year")
        for e in weekday_errors(doc, year_default):
            err(f, e)

        # diarienummer
        lists = [d.get("diarienummer", [])] + list(d.get("diarienummer_accept", []) or [])
        for lst in lists:
            if not isinstance(lst, list):
                err(f, "diarienummer_accept must be a list of lists")
                continue
            for dn in lst:
                if not doc.has(dn):
                    err(f, f"diarienummer {dn!r} not in text")
        dns = d.get("diarienummer", [])
        firsts = [doc.find(x) for x in dns]
        if all(p >= 0 for p in firsts) and firsts != sorted(firsts):
            warn(f, "diarienummer not in order of first appearance")

        # people (new in holdout19: nobody labelled twice)
        seen_names = [p.get("name") for p in d.get("people", [])]
        for nm in sorted({x for x in seen_names if seen_names.count(x) > 1 and x}):
            err(f, f"person {nm!r} labelled twice")
        for p in d.get("people", []):
            name = p.get("name")
            written = p.get("name_as_written")
            if written:
                if not doc.has(written):
                    err(f, f"person {name!r}: name_as_written {written!r} not in text")
                if sorted(w.lower() for w in (name or "").split()) != \
                        sorted(w.lower() for w in written.replace(",", " ").split()):
                    err(f, f"person {name!r}: name_as_written {written!r} has other words")
            elif not name or not doc.has(name):
                err(f, f"person {name!r} not in text")
            pa = p.get("party")
            if pa and pa not in d.get("parties", []):
                err(f, f"party {pa} of {name} not in parties")
            if kind == "samverkan" and "side" not in p:
                err(f, f"samverkan person {name} without side")
            if kind == "samverkan" and p.get("side") not in SIDES:
                err(f, f"samverkan person {name}: bad side {p.get('side')!r}")
            if p.get("union") and kind == "samverkan":
                allu = set(d.get("unions_present", []) + d.get("unions_absent", []) +
                           (d.get("unions_mentioned") or []))
                if p["union"] not in allu:
                    err(f, f"union {p['union']!r} of {name} in no unions_* list")
            u = p.get("union")
            if u and not doc.has(u):
                err(f, f"union {u!r} of {name} not in text")

        # parties: written, and order of first appearance
        first = []
        lower_note = "lower case" in (d.get("parties_note") or "")
        for pa in d.get("parties", []):
            rx = re.compile(rf"\({re.escape(pa)}\)|(?<![\wÅÄÖåäö]){re.escape(pa)}(?![\wÅÄÖåäö])",
                            re.IGNORECASE if (pa in ("V", "S", "M", "C", "L") or lower_note) else 0)
            mt = rx.search(doc.plain)
            if not mt:
                err(f, f"party {pa} not written")
                first.append(None)
            else:
                paren = re.search(rf"\({re.escape(pa)}\)|\[{re.escape(pa)}\]", doc.plain, re.IGNORECASE)
                comma_note = any(w in (d.get("parties_note") or "") for w in ("comma", "prefix"))
                first.append(paren.start() if paren and not lower_note and not comma_note else mt.start())
        known = [x for x in first if x is not None]
        column_note = "column" in (d.get("parties_note") or "") and "comma" not in (d.get("parties_note") or "")
        if known != sorted(known) and not column_note:
            warn(f, "parties not in order of first '(X)' appearance (check columns/tables)")

        # unions
        for key in ("unions_present", "unions_absent", "unions_mentioned"):
            for u in d.get(key, []) or []:
                if not doc.has(u):
                    err(f, f"{key} {u!r} not in text")
        if kind != "samverkan" and (d.get("unions_present") or d.get("unions_absent")):
            err(f, "unions_present/absent filled for a non-samverkan document")

        # addressees, questions, question/answer pairs
        for a in d.get("addressees", []) or []:
            if not doc.has(a):
                err(f, f"addressee {a!r} not in text")
        for q in d.get("questions", []) or []:
            if not doc.has(q):
                err(f, f"question not in text: {q[:60]!r}")
        allu = set((d.get("unions_present") or []) + (d.get("unions_absent") or []) +
                   (d.get("unions_mentioned") or []))
        people_by_name = {p.get("name"): p for p in d.get("people", [])}
        qa_note = d.get("qa_note") or ""
        for qa in d.get("question_answer_examples", []) or []:
            qs, ans, asker = qa.get("question_starts"), qa.get("answer_starts"), qa.get("asker")
            for k in ("asker", "question_starts", "answer_starts"):
                if not qa.get(k):
                    err(f, f"question_answer_examples entry without {k}")
            if not qs or not ans:
                continue
            if not doc.has(qs):
                err(f, f"question_starts not in text: {qs!r}")
            if not doc.has(ans):
                err(f, f"answer_starts not in text: {ans!r}")
            elif doc.has(qs) and not doc.pos_pair(qs, ans):
                err(f, f"answer {ans!r} not after its question")
            if DEFERRAL_RX.search(ans):
                err(f, f"answer_starts {ans!r} is a deferral, not an answer")
            if asker and not doc.has(asker):
                err(f, f"asker {asker!r} not in text")
            asker_person = people_by_name.get(asker)
            employer_asks = (asker_person is not None and asker_person.get("side") == "arbetsgivaren") or \
                (asker not in allu and asker_person is None and "employer asks" in qa_note)
            if asker and kind == "samverkan" and asker not in allu and asker_person is None and \
                    "collective" not in qa_note and "employer asks" not in qa_note:
                err(f, f"asker {asker!r} is neither a listed union nor a listed person")
            au = qa.get("asker_union")
            if employer_asks and kind == "samverkan":
                if au is not None:
                    err(f, f"employer asker {asker!r} must not carry asker_union")
                ansr = qa.get("answerer")
                ap = people_by_name.get(ansr)
                if ansr not in allu and not (ap and ap.get("union")):
                    err(f, f"employer's question answered by {ansr!r}, which is neither a union nor a union person")
            if au is not None:
                if not doc.has(au):
                    err(f, f"asker_union {au!r} not in text")
                if kind == "samverkan" and au not in allu:
                    err(f, f"asker_union {au!r} in no unions_* list")
                if asker in allu and au != asker:
                    err(f, f"asker {asker!r} is a union but asker_union is {au!r}")
                if asker_person is not None and asker_person.get("union") and asker_person["union"] != au:
                    err(f, f"asker {asker!r} is of {asker_person['union']!r} but asker_union is {au!r}")
            elif kind == "samverkan" and not employer_asks and "collective" not in qa_note:
                err(f, f"samverkan exchange of {asker!r} without asker_union")
            ansr = qa.get("answerer")
            if ansr is not None and not doc.has(ansr):
                err(f, f"answerer {ansr!r} not in text")

        osh = d.get("organ_short")
        if osh and not re.search(rf"(?<![\wÅÄÖåäö]){re.escape(osh)}(?![\wÅÄÖåäö])", raw):
            err(f, f"organ_short {osh!r} not written")
        if kind == "samverkan":
            for key in ("unions_present", "unions_absent"):
                if not isinstance(d.get(key), list):
                    err(f, f"samverkan without {key}")
            if set(d.get("unions_present", [])) & set(d.get("unions_absent", [])):
                err(f, "a union is both present and absent")
            if not d.get("question_answer_examples"):
                err(f, "samverkan document without exchanges")
        if kind == "interpellation" and not d.get("questions"):
            warn(f, "interpellation without questions")
        if kind == "interpellation" and d.get("question_answer_examples") and \
                "supplementary" not in (d.get("qa_note") or "") and \
                len(d["question_answer_examples"]) != len(d.get("questions") or []):
            warn(f, "number of exchanges differs from number of questions")

        # new in holdout18: years of the set, date_accept holds date, askers/answerers are labelled people
        for dt in [d.get("date")] + list(d.get("date_accept", []) or []):
            if dt and DATE_RE.match(dt) and not YEARS[0] <= int(dt[:4]) <= YEARS[1]:
                err(f, f"date {dt} outside {YEARS[0]}-{YEARS[1]}")
        if d.get("date_accept") and d.get("date") not in d["date_accept"]:
            err(f, "date_accept does not contain date")
        names = {pp.get("name") for pp in d.get("people", [])}
        for qa in d.get("question_answer_examples", []) or []:
            if kind == "interpellation" and qa.get("asker") not in names:
                err(f, f"interpellation asker {qa.get('asker')!r} is not a labelled person")
            ansr = qa.get("answerer")
            if kind == "interpellation" and ansr is not None and ansr not in names:
                err(f, f"interpellation answerer {ansr!r} is not a labelled person")
        if kind == "samverkan" and d.get("organ_accept") and d.get("organ") not in d["organ_accept"]:
            err(f, "organ_accept does not contain organ")

        if not d.get("traps"):
            err(f, "no traps recorded")

    # other settings of this set named in a document; municipalities named in passing
    settings = {d.get("municipality"): d.get("file") for d in docs if d.get("municipality")}
    passing = {}
    for d in docs:
        f = d.get("file", "?")
        path = os.path.join(folder, f)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            raw = nfc(fh.read())
        for m2 in sorted(COUNTY_OF):
            if m2 == d.get("municipality"):
                continue
            rx = word_rx(m2)
            if rx.search(raw) or rx.search(norm(dehyphen(raw))):
                if m2 in settings:
                    err(f, f"names {m2}, the setting of {settings[m2]}")
                else:
                    passing.setdefault(m2, []).append(f[len(PREFIX):-4] if f.startswith(PREFIX) else f)

    # eligibility: at most one earlier setting (two in the fallback), not a setting of holdout15-19, not in
    # FORMATS.md, not a word, not a real document's setting
    eligible = eligible_under(max_before)
    chosen = {d.get("municipality") for d in docs if d.get("municipality")}
    never = [m for m in eligible if not other_settings.get(m)]
    print(f"eligible municipalities (<= {max_before} earlier setting, not holdout15/16/17/18/19, not in FORMATS, "
          f"not a word, not a real document's setting): {len(eligible)}; never a setting before: "
          f"{', '.join(never) or 'none'}")
    for m in never:
        if m not in chosen:
            print(f"  note: {m} is eligible and has never been a setting (not required by this brief)")

    with_ex = [d.get("file") for d in docs if d.get("kind") == "samverkan" and d.get("question_answer_examples")]
    if len(with_ex) < 5:
        errors.append(f"labels.json: only {len(with_ex)} samverkan documents with exchanges (at least 5 wanted)")
    kinds = {}
    for d in docs:
        kinds[d.get("kind")] = kinds.get(d.get("kind"), 0) + 1
    for k, want in BRIEF_KINDS.items():
        if abs(kinds.get(k, 0) - want) > 1:
            warnings.append(f"labels.json: {kinds.get(k, 0)} documents of kind {k}, the brief says about {want}")
    county_count = {}
    for d in docs:
        c = COUNTY_OF.get(d.get("municipality"), "?")
        county_count[c] = county_count.get(c, 0) + 1
    if len([c for c in county_count if c != "?"]) < MIN_COUNTIES:
        errors.append(f"labels.json: only {len(county_count)} counties (at least {MIN_COUNTIES} wanted)")
    n_ex = sum(len(d.get("question_answer_examples") or []) for d in docs)
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())), f"(exchanges: {n_ex})",
          "— brief: about " + ", ".join(f"{k} {v}" for k, v in BRIEF_KINDS.items()))
    hard = [d.get("file", "?")[len(PREFIX):-4] for d in docs if any(t.lower().startswith("hard:") for t in d.get("traps", []))]
    print(f"documents marked hard: {len(hard)} ({', '.join(hard)}); the others are meant to be ordinary")
    if not HARD_MIN <= len(hard) <= HARD_MAX:
        errors.append(f"labels.json: {len(hard)} documents marked hard ({HARD_MIN}-{HARD_MAX} wanted)")
    if other_settings:
        print("earlier settings of this set's municipalities (labels):",
              ", ".join(f"{m} {len(other_settings.get(m, []))}" for m in sorted(mention_counts)))
    print(f"counties ({len(county_count)}):", ", ".join(f"{c} {n}" for c, n in sorted(county_count.items())))
    prev_counties = previous_set_counties()
    for c in sorted(COUNTIES):
        el_c = [m for m in eligible if COUNTY_OF[m] == c]
        if c not in prev_counties:
            print(f"  county not covered by {PREVIOUS_SET}: {c}: {county_count.get(c, 0)} chosen, {len(el_c)} eligible")
        if not el_c:
            print(f"  county with no eligible municipality: {c}")
    for k, fs in layout.items():
        print(f"layout: {k} in {len(fs)} documents ({', '.join(fs) or 'none'})")
    if len(layout["form feeds"]) < MIN_FORM_FEED_DOCS:
        warnings.append(f"labels.json: form feeds in only {len(layout['form feeds'])} documents "
                        f"(at least {MIN_FORM_FEED_DOCS} wanted)")
    print("named in passing (word search, also genitive):",
          "; ".join(f"{m} ({', '.join(fs)})" for m, fs in sorted(passing.items())) or "none")
    fresh = sorted(m for m in passing if m not in excluded and m not in other_settings)
    print("  of which never a setting before:", ", ".join(fresh) or "none")
    per = count_fields(docs)
    print(f"labelled fields (counted as holdout16's to holdout19's measurements count them): {sum(per.values())}")
    # this set's README must not copy the real documents either
    readme = os.path.join(folder, "README.md")
    if os.path.exists(readme) and real_sh:
        with open(readme, encoding="utf-8") as fh:
            shared = [sh for sh in shingles(fh.read()) if sh in real_sh]
        if shared:
            errors.append(f"README.md: {len(shared)} runs of {SHINGLE} words shared with real-docs, e.g. {shared[0]!r}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(docs)} documents, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
