#!/usr/bin/env python3
"""National synthetic corpus: N plain-text municipal documents from all 290 Swedish municipalities.

    corpus/generator/national_corpus.py --out DIR --count N [--seed S] [--jobs J] [--dict FILE]

Writes DIR/docs/<municipality>/<interpellationer|protokoll|samverkan|ovrigt>/<file>.txt (UTF-8,
about 7.7 KB on average), DIR/manifest.jsonl (one line per file, in file order: path relative to
DIR, id as the indexer names it when DIR/docs is indexed, and the true kind, title, date, organ,
unit, municipality, diarienummer, paragraph, parties, unions, unions_absent, bytes) and
DIR/vocabulary.tsv (the dictionary words in the order of their Zipf rank, with their probability
per content word).

The documents are fictional: real municipality names, party abbreviations and union names, but
made-up people, numbers and decisions. The shapes are those of corpus/sjobacka and
corpus/granvik: answers to interpellations, protocol paragraphs (§) of political bodies,
union-employer samverkan protocols and some other documents (kallelser, pressmeddelanden,
information letters). Running text is written from sentence templates of municipal prose whose
content words are real Swedish words from Debian's wswedish list (/usr/share/dict/swedish), drawn
by a Zipf law over a fixed ranking of the list, so term statistics resemble real text.

Deterministic for a seed: document i depends only on (seed, i), whatever --jobs is.
Python 3 standard library only.
"""

import argparse
import bisect
import datetime
import itertools
import json
import multiprocessing
import os
import random
import re
import sys
import time
import unicodedata

# ---------------------------------------------------------------------------------------------
# Reference data (names of public bodies are facts; everything else here is our own).

# The 290 municipalities, by county (short names as SCB writes them).
MUNICIPALITIES = """
Botkyrka Danderyd Ekerö Haninge Huddinge Järfälla Lidingö Nacka Norrtälje Nykvarn Nynäshamn
Salem Sigtuna Sollentuna Solna Stockholm Sundbyberg Södertälje Tyresö Täby Upplands_Väsby
Upplands-Bro Vallentuna Vaxholm Värmdö Österåker
Enköping Heby Håbo Knivsta Tierp Uppsala Älvkarleby Östhammar
Eskilstuna Flen Gnesta Katrineholm Nyköping Oxelösund Strängnäs Trosa Vingåker
Boxholm Finspång Kinda Linköping Mjölby Motala Norrköping Söderköping Vadstena Valdemarsvik Ydre
Åtvidaberg Ödeshög
Aneby Eksjö Gislaved Gnosjö Habo Jönköping Mullsjö Nässjö Sävsjö Tranås Vaggeryd Vetlanda Värnamo
Alvesta Lessebo Ljungby Markaryd Tingsryd Uppvidinge Växjö Älmhult
Borgholm Emmaboda Hultsfred Högsby Kalmar Mönsterås Mörbylånga Nybro Oskarshamn Torsås Vimmerby
Västervik
Gotland
Karlshamn Karlskrona Olofström Ronneby Sölvesborg
Bjuv Bromölla Burlöv Båstad Eslöv Helsingborg Hässleholm Höganäs Hörby Höör Klippan Kristianstad
Kävlinge Landskrona Lomma Lund Malmö Osby Perstorp Simrishamn Sjöbo Skurup Staffanstorp Svalöv
Svedala Tomelilla Trelleborg Vellinge Ystad Åstorp Ängelholm Örkelljunga Östra_Göinge
Falkenberg Halmstad Hylte Kungsbacka Laholm Varberg
Ale Alingsås Bengtsfors Bollebygd Borås Dals-Ed Essunga Falköping Färgelanda Grästorp Gullspång
Göteborg Götene Herrljunga Hjo Härryda Karlsborg Kungälv Lerum Lidköping Lilla_Edet Lysekil
Mariestad Mark Mellerud Munkedal Mölndal Orust Partille Skara Skövde Sotenäs Stenungsund Strömstad
Svenljunga Tanum Tibro Tidaholm Tjörn Tranemo Trollhättan Töreboda Uddevalla Ulricehamn Vara
Vårgårda Vänersborg Åmål Öckerö
Arvika Eda Filipstad Forshaga Grums Hagfors Hammarö Karlstad Kil Kristinehamn Munkfors Storfors
Sunne Säffle Torsby Årjäng
Askersund Degerfors Hallsberg Hällefors Karlskoga Kumla Laxå Lekeberg Lindesberg Ljusnarsberg Nora
Örebro
Arboga Fagersta Hallstahammar Kungsör Köping Norberg Sala Skinnskatteberg Surahammar Västerås
Avesta Borlänge Falun Gagnef Hedemora Leksand Ludvika Malung-Sälen Mora Orsa Rättvik Smedjebacken
Säter Vansbro Älvdalen
Bollnäs Gävle Hofors Hudiksvall Ljusdal Nordanstig Ockelbo Ovanåker Sandviken Söderhamn
Härnösand Kramfors Sollefteå Sundsvall Timrå Ånge Örnsköldsvik
Berg Bräcke Härjedalen Krokom Ragunda Strömsund Åre Östersund
Bjurholm Dorotea Lycksele Malå Nordmaling Norsjö Robertsfors Skellefteå Sorsele Storuman Umeå
Vilhelmina Vindeln Vännäs Åsele
Arjeplog Arvidsjaur Boden Gällivare Haparanda Jokkmokk Kalix Kiruna Luleå Pajala Piteå Älvsbyn
Överkalix Övertorneå
""".split()
MUNICIPALITIES = [m.replace("_", " ") for m in MUNICIPALITIES]
assert len(MUNICIPALITIES) == 290 and len(set(MUNICIPALITIES)) == 290

# The largest, first: they hold more documents (a Zipf law over this order, then the rest).
LARGEST = ("Stockholm Göteborg Malmö Uppsala Linköping Örebro Västerås Helsingborg Norrköping "
           "Jönköping Umeå Lund Borås Huddinge Eskilstuna Nacka Gävle Halmstad Södertälje "
           "Sundsvall Botkyrka Växjö Haninge Karlstad Kungsbacka Luleå Mölndal Skellefteå "
           "Kristianstad Järfälla").split()

# Municipalities that call themselves "stad", and the two whose authority is named otherwise.
STAD = {"Stockholm": "Stockholms stad", "Göteborg": "Göteborgs Stad", "Malmö": "Malmö stad",
        "Solna": "Solna stad", "Sundbyberg": "Sundbybergs stad", "Lidingö": "Lidingö stad",
        "Vaxholm": "Vaxholms stad", "Västerås": "Västerås stad", "Borås": "Borås Stad",
        "Helsingborg": "Helsingborgs stad", "Landskrona": "Landskrona stad",
        "Trollhättan": "Trollhättans stad", "Mölndal": "Mölndals stad", "Haparanda": "Haparanda stad"}
IRREGULAR = {"Falun": "Falu kommun", "Gotland": "Region Gotland", "Kalmar": "Kalmar kommun"}


def genitive(name):
    return name if name[-1] in "sxzSXZ" else name + "s"


def authority(name):
    """The municipality's own name for itself: "Lunds kommun", "Umeå kommun", "Borås Stad"."""
    if name in STAD:
        return STAD[name]
    if name in IRREGULAR:
        return IRREGULAR[name]
    return (name if name[-1] in "aeiouyåäö" else genitive(name)) + " kommun"


def slug(text):
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


PARTIES_BY_WEIGHT = [("S", 30), ("M", 20), ("SD", 15), ("C", 9), ("V", 8), ("KD", 6), ("L", 6), ("MP", 6)]
PARTY_CODES = [p for p, _ in PARTIES_BY_WEIGHT]
PARTY_CUM = list(itertools.accumulate(w for _, w in PARTIES_BY_WEIGHT))

FIRST_NAMES = """Anna Eva Maria Karin Sara Kristina Lena Emma Kerstin Ingrid Marie Malin Jenny Hanna Linda
Helena Annika Johanna Sofia Elin Ida Camilla Susanne Åsa Ulla Cecilia Fatima Amira Leila Nadia
Birgitta Gunilla Monica Louise Maja Ebba Lovisa Agnes Alice Tove Jessica Therese Petra Frida
Erik Lars Karl Anders Johan Per Nils Mikael Jan Hans Peter Thomas Daniel Fredrik Mattias Stefan
Magnus Jonas Andreas Martin Henrik Mats Ulf Björn Göran Bengt Kent Roger Tobias Oskar Emil Viktor
Ali Omar Ahmed Mohammed Hassan Reza Mehmet Dragan Juha Pekka Simon Rasmus Patrik Joakim Olof""".split()
LAST_NAMES = """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson
Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson
Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson
Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist
Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson
Lundström Ali Mohammed Hassan Holmgren Nordin Hedlund Åberg Ek Falk Dahl Strand Öberg Åkesson
Hedin Wallén Ståhlberg Rask Palm Kullberg Sundin Norberg Östlund Nordqvist Hägglund Mäkinen
Korhonen Yilmaz Kaya Jovanović Nowak Abdi Osman Karimi Rahimi Hosseini""".split()

UNIT_ROLES = ["förvaltningschef", "HR-chef", "HR-partner", "ekonom", "verksamhetschef", "enhetschef",
              "avdelningschef", "controller", "utvecklingsledare", "kvalitetsstrateg", "bitr. förvaltningschef",
              "rektor", "områdeschef", "administrativ chef", "säkerhetssamordnare"]

# (organ, code, dnr series, weight)
ORGANS = [
    ("Kommunstyrelsen", "ks", "KS", 25), ("Kommunstyrelsens arbetsutskott", "ksau", "KS", 12),
    ("Kommunfullmäktige", "kf", "KS", 10), ("Barn- och utbildningsnämnden", "bun", "BUN", 8),
    ("Utbildningsnämnden", "un", "UN", 3), ("Socialnämnden", "sn", "SN", 8),
    ("Vård- och omsorgsnämnden", "von", "VON", 6), ("Samhällsbyggnadsnämnden", "sbn", "SBN", 6),
    ("Tekniska nämnden", "tn", "TN", 5), ("Kultur- och fritidsnämnden", "kfn", "KFN", 4),
    ("Miljö- och byggnadsnämnden", "mbn", "MBN", 3), ("Bygg- och miljönämnden", "bmn", "BMN", 2),
    ("Arbetsmarknadsnämnden", "amn", "AMN", 2), ("Kommunstyrelsens personalutskott", "kspu", "KS", 1.5),
    ("Socialnämndens arbetsutskott", "snau", "SN", 2), ("Äldrenämnden", "an", "ÄN", 1),
    ("Gymnasienämnden", "gn", "GN", 1), ("Valnämnden", "vn", "VN", 0.5),
    ("Överförmyndarnämnden", "ofn", "ÖFN", 0.5),
]
ORGAN_CUM = list(itertools.accumulate(o[3] for o in ORGANS))

# Förvaltningar of samverkan groups, with the unions that sit in them (name before 2023 / from 2023).
UNITS = [
    ("Utbildningsförvaltningen", ["TEACHERS", "Vision", "Kommunal", "Akademikerförbundet SSR", "Ledarna", "Sveriges Skolledare"]),
    ("Barn- och utbildningsförvaltningen", ["TEACHERS", "Kommunal", "Vision", "Sveriges Skolledare", "Ledarna"]),
    ("Socialförvaltningen", ["Vision", "Kommunal", "Akademikerförbundet SSR", "Vårdförbundet", "Sveriges Psykologförbund"]),
    ("Vård- och omsorgsförvaltningen", ["Kommunal", "Vision", "Vårdförbundet", "Fysioterapeuterna", "Sveriges Arbetsterapeuter"]),
    ("Tekniska förvaltningen", ["Vision", "Kommunal", "Sveriges Ingenjörer", "Ledarna", "Seko"]),
    ("Samhällsbyggnadsförvaltningen", ["Vision", "Sveriges Ingenjörer", "Sveriges Arkitekter", "Naturvetarna", "Saco"]),
    ("Kultur- och fritidsförvaltningen", ["Vision", "Kommunal", "DIK", "Akademikerförbundet SSR"]),
    ("Kommunledningsförvaltningen", ["Vision", "Akademikerförbundet SSR", "Akavia", "Ledarna", "Saco"]),
    ("Miljöförvaltningen", ["Vision", "Naturvetarna", "Sveriges Ingenjörer", "Akademikerförbundet SSR"]),
    ("Räddningstjänsten", ["Kommunal", "Brandmännens Riksförbund", "Vision", "Ledarna"]),
]

# Topics: (title phrase, subject for interpellations, förvaltning-ish domain words)
TOPICS = [
    ("Riktlinjer för skolskjuts", "skolskjutsarna på landsbygden", "skolskjuts elever busskort"),
    ("Bemanning inom hemtjänsten", "bemanningen i hemtjänsten", "hemtjänst bemanning undersköterskor"),
    ("Friskvårdsbidrag för medarbetare", "friskvårdsbidraget för kommunens medarbetare", "friskvård medarbetare hälsa"),
    ("Uppföljning av skyddsronder i förskolan", "arbetsmiljön i förskolan", "förskola skyddsrond arbetsmiljö"),
    ("Budgetramar för kommande år", "budgetramarna för nästa år", "budget ramar prognos"),
    ("Cykelplan", "utbyggnaden av cykelvägar mellan tätorterna", "cykelväg trafiksäkerhet tätort"),
    ("Öppettider på biblioteken", "öppettiderna på biblioteken", "bibliotek öppettider meröppet"),
    ("Heltid som norm", "heltid som norm inom äldreomsorgen", "heltid schema resurspass"),
    ("Upphandling av livsmedel", "upphandlingen av måltider i skolorna", "upphandling livsmedel måltider"),
    ("Ny VA-taxa", "investeringarna i vatten och avlopp", "vatten avlopp taxa ledningsnät"),
    ("Handlingsplan för e-tjänster", "e-tjänster och digital tillgänglighet", "e-tjänst digitalisering invånare"),
    ("Regler för föreningsbidrag", "bidragen till föreningslivet", "förening bidrag ungdomsverksamhet"),
    ("Detaljplan för bostäder vid hamnen", "bostadsbyggandet i centrala lägen", "detaljplan bostäder exploatering"),
    ("Arbetsmiljö för socialsekreterare", "arbetsmiljön för socialsekreterarna", "socialsekreterare arbetsbelastning ärenden"),
    ("Lokalförsörjningsplan för skolan", "bristen på skollokaler", "skollokaler paviljonger elevprognos"),
    ("Riktlinjer för ekonomiskt bistånd", "ekonomiskt bistånd och egenförsörjning", "försörjningsstöd bistånd egenförsörjning"),
    ("Vinterväghållning", "vinterväghållningen på gång- och cykelvägar", "snöröjning halkbekämpning vägar"),
    ("Särskilda boenden för äldre", "platserna på särskilda boenden", "äldreboende äldreomsorg platser"),
    ("Klimatstrategi", "kommunens klimatarbete", "klimat utsläpp energi"),
    ("Medborgardialog om centrum", "invånarnas inflytande över centrumutvecklingen", "medborgardialog centrum handel"),
    ("Trygghetsskapande åtgärder", "tryggheten i bostadsområdena", "trygghet brottsprevention belysning"),
    ("Kollektivtrafik på landsbygden", "busstrafiken på landsbygden", "kollektivtrafik busslinjer turtäthet"),
    ("Simhall och idrottsanläggningar", "renoveringen av simhallen", "simhall idrottshall anläggning"),
    ("Rekrytering av lärare", "lärarbristen i grundskolan", "lärare behörighet rekrytering"),
    ("Internkontrollplan", "kommunens interna kontroll", "internkontroll risk granskning"),
    ("Näringslivsstrategi", "företagsklimatet i kommunen", "näringsliv företag etablering"),
    ("Integration och etablering", "etableringen av nyanlända", "nyanlända integration språk"),
    ("Bredband på landsbygden", "utbyggnaden av bredband", "bredband fiber landsbygd"),
    ("Avfallsplan", "insamlingen av matavfall", "avfall återvinning matavfall"),
    ("Psykisk hälsa bland unga", "den psykiska ohälsan bland unga", "elevhälsa ungdomar ohälsa"),
    ("Ledarskap och chefsförsörjning", "chefernas arbetsvillkor", "chef ledarskap medarbetare"),
    ("Delårsrapport", "utfallet i delårsrapporten", "delårsrapport prognos underskott"),
    ("Taxa för tillsyn enligt miljöbalken", "avgifterna för miljötillsyn", "tillsyn miljöbalken avgift"),
    ("Markanvisning för verksamhetsområde", "markpolitiken", "markanvisning tomter verksamheter"),
    ("Krisberedskap och civilt försvar", "kommunens krisberedskap", "krisberedskap beredskap försvar"),
    ("Fritidsgårdarnas verksamhet", "fritidsgårdarnas öppettider", "fritidsgård ungdomar lovaktiviteter"),
]

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december"]
WEEKDAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
PLACES = ["Sessionssalen", "Kommunhuset, sal A", "Stadshuset, rum Ekmanska", "Sammanträdesrum Björken",
          "Lokal Storstugan", "via Teams", "Kommunhusets konferensrum", "Sammanträdesrum Tallen"]
LAWS = ["(2018:1937)", "(2010:800)", "(2017:725)", "(2001:453)", "(2016:1145)", "(2006:412)",
        "(1998:808)", "(2010:900)", "(2003:778)", "(1977:1160)"]

# Sentence templates of municipal prose. %w is a content word drawn from the dictionary (Zipf),
# %d a domain word of the document's topic, %y a year, %n a number, %o the organ (lower case),
# %k the municipality's authority name, %l a law number, %m a month.
SENTENCES = """
Förvaltningen har under %y sett över %w och %w inom %d.
Enligt förvaltningens bedömning bör %w och %w prioriteras under den kommande perioden.
Kostnaden för %w beräknas till %n miljoner kronor och ryms inom befintlig ram.
Nämnden har tidigare beslutat att %w ska följas upp i samband med %w.
Arbetet med %d har fördröjts till följd av %w och bristande %w.
Frågan om %w har även behandlats i %o, som ställt sig bakom förslaget.
Det finns ett tydligt samband mellan %w och hur %d utvecklas över tid.
I %k finns i dag %n %w, vilket är fler än för fem år sedan.
Uppföljningen visar att %w har ökat medan %w har minskat något.
Förslaget innebär att %w och %w samordnas med %d.
Enligt lagen %l ska kommunen säkerställa att %w och %w hanteras korrekt.
Förvaltningen föreslår att %w utreds vidare och att en rapport lämnas i %m %y.
Medarbetarna har varit delaktiga genom arbetsplatsträffar där %w och %w diskuterats.
Under året har %n ärenden om %w inkommit, varav de flesta gällde %d.
Det är angeläget att %w inte påverkar %w negativt.
Revisorerna har i sin granskning pekat på brister i %w och %w.
Ett nytt arbetssätt för %w införs successivt under %y.
Kommunen har sökt statsbidrag för %w och %d.
Invånarnas synpunkter på %w har samlats in genom en digital enkät.
Av de %n svar som kommit in anser en majoritet att %w och %w är viktigast.
Förvaltningen bedömer att %w kan genomföras utan att %w försämras.
Samråd har skett med %w och berörda förvaltningar.
Risken för %w bedöms som låg, men %w behöver bevakas.
Konsekvenserna för barn och unga har analyserats särskilt när det gäller %w.
Beslutet om %w ska följas upp senast i %m %y.
Kommunens mål för %d är att %w ska öka och att %w ska minska.
Sammantaget innebär förslaget en tydligare ansvarsfördelning för %w.
Det ekonomiska utfallet för %w blev %n tusen kronor bättre än budget.
Utredningen redovisar tre alternativ för %w, där det andra alternativet förordas.
Jämfört med liknande kommuner ligger %k lägre när det gäller %w.
Förvaltningen avser att ta fram %w i samverkan med %w.
Ärendet har beretts av förvaltningen tillsammans med %w.
För att klara %d krävs ytterligare %w och en långsiktig plan för %w.
Ansvaret för %w ligger i dag på %o, men samordningen med %w behöver stärkas.
Antalet %w har varit oförändrat sedan %y.
Det har varit svårt att rekrytera personal med erfarenhet av %w.
En handlingsplan för %w och %w ska tas fram under hösten.
Den nya modellen för %w har prövats i två verksamheter med gott resultat.
Mot bakgrund av %w föreslås att %w skjuts upp till %y.
Syftet är att skapa bättre förutsättningar för %w och %d.
Det är inte möjligt att i dag bedöma vilka effekter %w får på %w.
Ett av de viktigaste målen är att minska %w inom %d.
Kommunen samarbetar med grannkommunerna kring %w.
Förvaltningen återkommer med en fördjupad analys av %w.
Underlaget visar att %w skiljer sig mellan kommunens olika delar.
Det saknas i dag en samlad bild av %w och %w.
Utbildningsinsatser om %w har genomförts för samtliga chefer.
Från och med %y ska %w redovisas i årsredovisningen.
""".strip().splitlines()

QUESTIONS = """
Hur avser du att säkerställa att %w inte försämras?
Vilka åtgärder kommer att vidtas för att förbättra %w?
Hur stor del av %w har genomförts hittills?
Är du beredd att verka för att %w prioriteras i budgeten för %y?
När kommer %o att redovisa en plan för %w?
Hur ser du på behovet av %w inom %d?
""".strip().splitlines()

UNION_QUESTIONS = """
%U undrar om %w kommer att påverka arbetsmiljön.
%U undrar hur %w ska bemannas under semesterperioden.
%U undrar när beslutet om %w kommer att fattas.
%U menar att %w behöver riskbedömas innan förändringen genomförs.
%U framför att medarbetarna inte har fått information om %w.
%U undrar om %w har tagits upp på arbetsplatsträffarna.
""".strip().splitlines()

EMPLOYER_ANSWERS = """
Arbetsgivaren svarar att %w följs upp och att frågan återkommer på nästa möte.
Arbetsgivaren svarar att en riskbedömning av %w görs tillsammans med skyddsombuden.
Arbetsgivaren meddelade att %w ska vara klart under %m.
Arbetsgivaren svarar att %w inte påverkar bemanningen i nuläget.
Arbetsgivaren berättade att %w diskuteras i ledningsgruppen.
Arbetsgivaren svarar att informationen om %w ska spridas på arbetsplatsträffarna.
""".strip().splitlines()

AGENDA = ["Information från arbetsgivaren", "Ekonomi", "Arbetsmiljö", "Rekrytering och bemanning",
          "Sjukfrånvaro", "Lokalfrågor", "Budget och verksamhetsplan", "Organisationsförändring",
          "Riskbedömning", "Löneöversyn", "Kompetensförsörjning", "Systematiskt arbetsmiljöarbete",
          "Digitalisering", "Semesterplanering", "Medarbetarenkät"]


def compile_template(template):
    """"Text %w more %d." -> ("Text {} more {}.", "wd")."""
    kinds = "".join(re.findall(r"%([wdynoklmU])", template))
    return re.sub(r"%[wdynoklmU]", "{}", template.replace("{", "{{").replace("}", "}}")), kinds


SENTENCES_C = [compile_template(s) for s in SENTENCES]
QUESTIONS_C = [compile_template(s) for s in QUESTIONS]
UNION_Q_C = [compile_template(s) for s in UNION_QUESTIONS]
ANSWERS_C = [compile_template(s) for s in EMPLOYER_ANSWERS]

# ---------------------------------------------------------------------------------------------
# Vocabulary: the dictionary in a fixed Zipf ranking (independent of --seed: a language has one).

ZIPF_EXPONENT = 1.0
ZIPF_OFFSET = 2.7
VOCAB_SEED = 20250101

_VOCAB = None
_VOCAB_CUM = None


def load_vocabulary(path):
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        sys.exit(f"national_corpus: cannot read the word list {path} ({e.strerror}); "
                 "install it with: apt-get install wswedish")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # Debian's wswedish is ISO-8859-1
    words = set()
    for line in text.splitlines():
        w = line.strip()
        if 3 <= len(w) <= 22 and re.fullmatch(r"[a-zåäöé]+", w):
            words.add(w)
    if len(words) < 1000:
        sys.exit(f"national_corpus: {path} holds only {len(words)} usable words")
    rng = random.Random(VOCAB_SEED)
    # A random ranking, but very short and very long words are rarely frequent content words.
    ranked = sorted(sorted(words), key=lambda w: rng.random() * 10 + max(0, len(w) - 10) + 4 * (len(w) <= 3))
    weights = [1.0 / (r + ZIPF_OFFSET) ** ZIPF_EXPONENT for r in range(len(ranked))]
    cum = list(itertools.accumulate(weights))
    return ranked, cum


# ---------------------------------------------------------------------------------------------
# One document.

WRAP = {w: re.compile(r"(.{1,%d})(?: +|$)" % w) for w in range(62, 96)}


class Doc:
    def __init__(self, seed, index, vocab, cum, municipality_cum):
        self.r = random.Random(seed * 1_000_003 + index)
        self.index = index
        self.vocab = vocab
        self.cum = cum
        self.municipality = MUNICIPALITY_ORDER[bisect.bisect(municipality_cum, self.r.random() * municipality_cum[-1])]
        self.auth = authority(self.municipality)
        self.parties = set()
        self.words = iter(())
        self.width = self.r.randint(62, 95)

    # --- small pieces
    def word(self):
        w = next(self.words, None)
        if w is None:
            self.words = iter(self.r.choices(self.vocab, cum_weights=self.cum, k=256))
            w = next(self.words)
        return w

    def person(self):
        return f"{self.r.choice(FIRST_NAMES)} {self.r.choice(LAST_NAMES)}"

    def party(self, year):
        p = PARTY_CODES[bisect.bisect(PARTY_CUM, self.r.random() * PARTY_CUM[-1])]
        if p == "L" and year < 2015:
            p = "FP"  # Folkpartiet liberalerna became Liberalerna in 2015
        return p

    def politician(self, year):
        p = self.party(year)
        self.parties.add(p)
        return f"{self.person()} ({p})", p

    def fill(self, compiled, organ_lower="nämnden"):
        fmt, kinds = compiled
        args = []
        for k in kinds:
            if k == "w":
                args.append(self.word())
            elif k == "d":
                args.append(self.r.choice(self.domain))
            elif k == "y":
                args.append(str(self.r.randint(self.year - 3, self.year + 2)))
            elif k == "n":
                args.append(str(self.r.choice((self.r.randint(2, 40), self.r.randint(40, 900)))))
            elif k == "o":
                args.append(organ_lower)
            elif k == "k":
                args.append(self.auth)
            elif k == "l":
                args.append(self.r.choice(LAWS))
            elif k == "m":
                args.append(self.r.choice(MONTHS))
            elif k == "U":
                args.append(self.union_speaker)
        return fmt.format(*args)

    def paragraph_text(self, sentences, organ_lower="nämnden"):
        text = " ".join(self.fill(self.r.choice(SENTENCES_C), organ_lower) for _ in range(sentences))
        return self.wrap(text)

    @staticmethod
    def lower_first(text):
        first = text.split(" ", 1)[0]
        return text if len(first) > 1 and first.isupper() else text[0].lower() + text[1:]

    def wrap(self, text):
        return "\n".join(WRAP[self.width].findall(text))

    def long_date(self, d):
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"

    def meeting_date(self):
        # Weekdays only, more documents in later years, few meetings in July.
        r = self.r
        year = 2010 + min(15, int(16 * (r.random() ** 0.8)))
        while True:
            d = datetime.date(year, 1, 1) + datetime.timedelta(days=r.randrange(365))
            if d.weekday() < 5 and (d.month != 7 or r.random() < 0.15):
                return d

    def dnr(self, series, year):
        r = self.r
        n = r.randint(1, 1400)
        style = r.random()
        if style < 0.30:
            return f"{series} {year}/{n:04d}"
        if style < 0.50:
            return f"{series}-{year}/{n:04d}.{r.randint(1, 999):03d}"
        if style < 0.62:
            return f"{series} {year}.{n}"
        if style < 0.72:
            return f"{year}/{series} {n:04d} {r.randint(1, 999):03d}"  # "Dnr 2014/KS 0012 001"
        if style < 0.84:
            return f"{series} {year}/{n}"
        if style < 0.92:
            return f"{series}-{year}-{n:05d}"  # "KSN-2019-01234"
        return f"{n:04d}/{year % 100:02d}"  # "0123/19"

    def target_bytes(self, mean):
        return int(min(mean * 4, max(1200, self.r.lognormvariate(0, 0.45) * mean / 1.106)))

    def about_municipality(self, topic):
        return self.r.choice((f"Ärendet gäller {topic[1]} i {self.auth}.",
                              f"Frågan om {topic[1]} berör många invånare i {self.auth}.",
                              f"I {self.auth} har arbetet med {topic[1]} pågått sedan {self.year - 2}."))

    def letterhead(self):
        r = self.r.random()
        if r < 0.35:
            return self.auth.upper()
        if r < 0.75:
            return self.auth
        return None

    # --- the four kinds
    def paragraf(self):
        r = self.r
        d = self.meeting_date()
        self.year = d.year
        organ, code, series, _ = ORGANS[bisect.bisect(ORGAN_CUM, r.random() * ORGAN_CUM[-1])]
        topic = r.choice(TOPICS)
        self.domain = topic[2].split()
        para = r.randint(1, 220)
        dnr = self.dnr(series, d.year - (1 if r.random() < 0.3 else 0))
        title = topic[0] if r.random() < 0.5 else f"{topic[0]} {d.year}–{d.year + r.choice((2, 3, 4))}"
        if r.random() < 0.3:
            title = f"{topic[0]} i {self.auth}"
        lines = []
        head = self.letterhead()
        layout = r.random()
        date_text = d.isoformat() if r.random() < 0.5 else self.long_date(d)
        dnr_label = r.choice(("Diarienummer", "Dnr", "Dnr", "Diarienr"))
        if layout < 0.5:
            if head:
                lines += [head, ""]
            lines += [organ, "", "Sammanträdesdatum", "", date_text, "", "Paragraf", "", f"§ {para}", "",
                      f"{dnr_label} {dnr}", "", title, ""]
        elif layout < 0.8:
            lines += [head or self.auth, "PROTOKOLLSUTDRAG", f"{organ}", f"Sammanträdesdatum {d.isoformat()}", "",
                      f"§ {para}", "", title, f"{dnr_label} {dnr}", ""]
        else:
            lines += [head or self.auth, "Sammanträdesprotokoll", "", organ, "", f"Sammanträdesdatum: {date_text}",
                      "", f"§ {para}        {dnr_label} {dnr}", "", title, ""]
        organ_lower = organ[0].lower() + organ[1:] if organ != "Kommunfullmäktige" else "kommunfullmäktige"
        decider = "Arbetsutskottets förslag till beslut" if "utskott" in organ else f"{genitive(organ)} beslut"
        lines.append(decider)
        lines.append("")
        decision = (f"{organ} beslutar att {self.word()} och {self.word()} ska gälla för {topic[1]}"
                    f" från och med den 1 {r.choice(MONTHS)} {d.year + 1}.")
        if organ == "Kommunstyrelsen" and r.random() < 0.5:
            decision = f"Kommunstyrelsen föreslår kommunfullmäktige besluta att anta {title[0].lower() + title[1:]}."
        lines.append(self.wrap(decision))
        lines.append("")
        body = []
        target = self.target_bytes(6800)
        for heading in ("Sammanfattning", "Ärendebeskrivning", "Förvaltningens bedömning"):
            body.append(heading)
            text = self.paragraph_text(r.randint(3, 6), organ_lower)
            if heading == "Sammanfattning":  # every document names its municipality somewhere
                text = self.wrap(self.about_municipality(topic) + " " + text.replace("\n", " "))
            body.append(text)
            if heading != "Sammanfattning":
                body.append(self.paragraph_text(r.randint(2, 6), organ_lower))
        tail = ["Beslutsunderlag",
                f"Tjänsteskrivelse daterad {(d.replace(day=1)).isoformat()}",
                f"Protokoll från {r.choice(('arbetsutskottet', 'beredningen', 'förvaltningsgruppen'))}"]
        speakers = []
        if r.random() < 0.75:
            tail.append("")
            tail.append("Yrkanden")
            for _ in range(r.randint(1, 4)):
                who, _p = self.politician(d.year)
                speakers.append(who)
                verb = r.choice(("yrkar bifall till förvaltningens förslag.", "yrkar avslag på förslaget.",
                                 "yrkar att ärendet återremitteras.",
                                 f"yrkar bifall med tillägget att {self.word()} ska utredas."))
                tail.append(self.wrap(f"{who} {verb}"))
            tail += ["", "Beslutsgång", self.wrap(
                f"Ordföranden ställer proposition på förslagen och finner att {organ_lower} bifaller förvaltningens förslag.")]
            if r.random() < 0.35 and speakers:
                tail += ["", "Reservation", self.wrap(f"{speakers[-1]} reserverar sig mot beslutet.")]
        if r.random() < 0.2:
            who, _p = self.politician(d.year)
            tail += ["", "Protokollsanteckning", self.wrap(f"{who} lämnar en protokollsanteckning om {self.word()}.")]
        tail += ["", "Beslutet skickas till", r.choice(("Ekonomichefen", "Förvaltningschefen", "Kommundirektören")),
                 r.choice(("Revisionen", "Samtliga nämnder", "Berörda enheter"))]
        if r.random() < 0.5:
            tail += ["", f"Justerandes signatur          Utdragsbestyrkande"]
        extra = []
        size = sum(len(p.encode()) + 2 for p in lines + body + tail)
        while size < target:
            p = self.paragraph_text(r.randint(3, 7), organ_lower)
            extra.append(p)
            size += len(p.encode()) + 2
        text = "\n".join(lines) + "\n" + "\n\n".join(body + extra) + "\n\n" + "\n".join(tail) + "\n"
        folder = "protokoll"
        name = f"{code}-{d.isoformat()}-p{para}-{self.index:07d}.txt"
        return folder, name, text, dict(kind="paragraf", title=title, date=d.isoformat(), organ=organ, unit=None,
                                        diarienummer=[dnr], paragraph=para, unions=[], unions_absent=[])

    def interpellation(self):
        r = self.r
        d = self.meeting_date()
        self.year = d.year
        topic = r.choice(TOPICS)
        self.domain = topic[2].split()
        asker, ap = self.politician(d.year)
        answerer, bp = self.politician(d.year)
        organ, code, series, _ = ORGANS[bisect.bisect(ORGAN_CUM, r.random() * ORGAN_CUM[-1])]
        if organ in ("Kommunfullmäktige", "Valnämnden", "Överförmyndarnämnden") or "utskott" in organ:
            organ, series = "Kommunstyrelsen", "KS"
        chair_of = genitive(organ[0].lower() + organ[1:])
        subject = topic[1] if r.random() < 0.6 else f"{topic[1]} i {self.auth}"
        if r.random() < 0.8:
            title = f"Svar på interpellation ställd av {asker} till {chair_of} ordförande {answerer} om {subject}"
        else:
            title = f"Svar på interpellation från {asker} om {subject}"
        lines = []
        head = self.letterhead()
        if head:
            lines += [head, ""]
        lines.append(self.wrap(title))
        lines.append("")
        dnr = []
        style = r.random()
        if style < 0.45:
            lines.append(f"Datum: {d.isoformat()}")
        elif style < 0.7:
            lines.append(f"Kommunfullmäktige {d.isoformat()}")
        else:
            lines.append(f"Kommunfullmäktiges sammanträde den {self.long_date(d)}")
        if r.random() < 0.4:
            dnr = [self.dnr(series, d.year)]
            lines.append(f"{r.choice(('Dnr', 'Diarienummer'))} {dnr[0]}")
        lines.append("")
        asker_name = asker.rsplit(" (", 1)[0]
        body = [self.wrap(r.choice((f"Jag vill börja med att tacka {asker_name} för interpellationen.",
                                    f"{asker_name} har ställt ett antal frågor till mig om {topic[1]}.",
                                    f"Tack för frågorna om {topic[1]}.")) + " " + self.about_municipality(topic))]
        target = self.target_bytes(8200)
        questions = r.randint(2, 4)
        for q in range(questions):
            body.append(self.paragraph_text(r.randint(2, 5)))
            body.append(self.wrap(self.fill(r.choice(QUESTIONS_C), chair_of + " ordförande")))
            body.append(self.paragraph_text(r.randint(3, 7)))
        if r.random() < 0.3:  # a URL on a line of its own, as extracted from a PDF
            body.append(f"Mer om detta finns på kommunens webbplats:\nhttps://www.{slug(self.municipality)}.se/"
                        f"download/18.{r.randint(1000, 9999)}/{slug(topic[0])}.pdf")
        closing = ["", self.wrap("Sammanfattningsvis vill jag säga att " + self.lower_first(self.fill(r.choice(SENTENCES_C)))), "",
                   answerer, f"{chair_of[0].upper() + chair_of[1:]} ordförande"]
        size = sum(len(p.encode()) + 2 for p in lines + body + closing)
        while size < target:
            p = self.paragraph_text(r.randint(3, 7))
            body.insert(len(body) - 1, p)
            size += len(p.encode()) + 2
        text = "\n".join(lines) + "\n" + "\n\n".join(body) + "\n" + "\n".join(closing) + "\n"
        name = f"kf-{d.isoformat()}-svar-interpellation-{self.index:07d}.txt"
        return "interpellationer", name, text, dict(kind="interpellation", title=title, date=d.isoformat(),
                                                    organ="Kommunfullmäktige", unit=None, diarienummer=dnr,
                                                    paragraph=None, unions=[], unions_absent=[])

    def union_name(self, union, year):
        if union == "TEACHERS":
            return ("Sveriges Lärare", "Sveriges Lärare") if year >= 2023 else \
                self.r.choice((("Lärarförbundet", "Lärarförbundet"), ("Lärarnas Riksförbund", "Lärarnas Riksförbund")))
        if union == "Vision" and year < 2011:
            return "SKTF", "Vision"
        if union == "Akavia" and year < 2022:
            return "Jusek", "Akavia"
        return union, union

    def samverkan(self):
        r = self.r
        d = self.meeting_date()
        self.year = d.year
        unit, unions = r.choice(UNITS)
        topic = r.choice(TOPICS)
        self.domain = topic[2].split()
        group = r.random()
        if group < 0.55:
            organ, group_word, title = "Förvaltningsgruppen", "förvaltningsgrupp", \
                f"Protokoll från förvaltningsgruppen den {self.long_date(d)}"
        elif group < 0.9:
            organ, group_word, title = "Samverkansgruppen", "samverkansgrupp", \
                f"Protokoll från samverkansgruppen den {self.long_date(d)}"
        else:
            organ, group_word, title = "Förvaltningsgruppen", "fsg", \
                f"Protokoll förvaltningssamverkansgrupp (FSG) {self.long_date(d)}"
        present = [u for u in unions if r.random() < 0.8] or unions[:1]
        absent = [u for u in unions if u not in present and r.random() < 0.6]
        written_present = [self.union_name(u, d.year) for u in present]
        written_absent = [self.union_name(u, d.year) for u in absent]
        lines = []
        if r.random() < 0.3:
            lines += [f"{self.auth} – {unit}", ""]
        lines += [title, "", "Närvarande:", "", unit, ""]
        for _ in range(r.randint(3, 6)):
            lines += [f"{self.person()}, {r.choice(UNIT_ROLES)}", ""]
        lines += ["Fackliga organisationer", ""]
        for shown, _canon in written_present:
            people = ", ".join(self.person() for _ in range(r.choice((1, 1, 2))))
            lines += [f"{shown}: {people}", ""]
        if written_absent:
            lines += ["Förhinder", ""] + [shown for shown, _ in written_absent] + [""]
        lines += ["Tidpunkt:", "", f"{self.long_date(d)} kl. {r.choice(('08:30', '09:00', '13:00', '13:30', '14:00'))}",
                  "", "Plats:", r.choice(PLACES) + ".", ""]
        chair = self.person()
        items = [("Mötets öppnande", f"{chair} hälsade alla välkomna och öppnade mötet."),
                 ("Godkännande av dagordningen", "Dagordningen godkändes."),
                 ("Val av justerare", "Justering sker inom en vecka. Synpunkter ska ha inkommit senast "
                                      f"den {d.day} {MONTHS[d.month - 1]} kl. 12:00."),
                 ("Föregående protokoll", "Föregående protokoll läggs till handlingarna.")]
        target = self.target_bytes(9600)
        agenda = r.sample(AGENDA, k=min(len(AGENDA), r.randint(4, 8)))
        agenda.insert(1, topic[0])
        for heading in agenda:
            parts = [self.paragraph_text(r.randint(2, 5))]
            for _ in range(r.randint(1, 2)):
                self.union_speaker = r.choice(written_present)[0]
                parts.append(self.wrap(self.fill(r.choice(UNION_Q_C)) + " " + self.fill(r.choice(ANSWERS_C))))
            items.append((heading, "\n\n".join(parts)))
        closing = [("Övriga frågor", "Inga övriga frågor."), ("Mötet avslutas", f"{chair} avslutade mötet.")]
        body_size = sum(len(l.encode()) + 1 for l in lines) + sum(len(b.encode()) + len(h) + 8 for h, b in items)
        while body_size < target:
            extra = self.paragraph_text(r.randint(3, 7))
            idx = r.randrange(4, len(items))
            items[idx] = (items[idx][0], items[idx][1] + "\n\n" + extra)
            body_size += len(extra.encode()) + 2
        items += closing
        out = "\n".join(lines) + "\n"
        for n, (heading, text) in enumerate(items, 1):
            out += f"\n{n}. {heading}\n\n{text}\n"
        out += "\nJusteras\n\n" + f"{chair} för arbetsgivaren\n\n"
        for shown, _ in written_present:
            out += f"{self.person()} för {shown}\n\n"
        out += f"{self.auth} – {unit}\n"
        name = f"{slug(group_word)}-{slug(unit)}-{d.isoformat()}-{self.index:07d}.txt"
        return "samverkan", name, out, dict(kind="samverkan", title=title, date=d.isoformat(), organ=organ, unit=unit,
                                             diarienummer=[], paragraph=None,
                                             unions=[c for _, c in written_present],
                                             unions_absent=[c for _, c in written_absent])

    def annat(self):
        r = self.r
        d = self.meeting_date()
        self.year = d.year
        topic = r.choice(TOPICS)
        self.domain = topic[2].split()
        kind = r.random()
        lines = []
        organ = None
        date = d.isoformat()
        target = self.target_bytes(5200)
        if kind < 0.4:
            organ = r.choice(("Kommunfullmäktige", "Kommunstyrelsen", "Socialnämnden", "Barn- och utbildningsnämnden",
                              "Tekniska nämnden"))
            organ_lower = organ[0].lower() + organ[1:]
            title = f"Kallelse till sammanträde med {organ_lower}"
            meeting = d + datetime.timedelta(days=13)
            lines += [title, "", f"Datum: {date}", ""]
            lines.append(self.wrap(f"{organ} i {self.auth} sammanträder {WEEKDAYS[meeting.weekday()]}en den "
                                   f"{self.long_date(meeting)} kl. 18:00 i {r.choice(PLACES).lower()}."))
            date = meeting.isoformat()  # a notice is dated by the meeting it convenes (real-docs' labels)
            lines += ["", "Föredragningslista", ""]
            for n in range(1, r.randint(8, 16)):
                t = r.choice(TOPICS)[0]
                if r.random() < 0.2:
                    who, _p = self.politician(d.year)
                    t = f"Svar på motion från {who} om {self.word()}"
                lines.append(f"{n}. {t}")
            lines.append("")
            name = f"kallelse-{slug(organ)}-{date}-{self.index:07d}.txt"
        elif kind < 0.75:
            title = f"Pressmeddelande: {topic[0]} i {self.auth}"
            lines += [title, "", f"Datum: {date}", ""]
            who, _p = self.politician(d.year)
            lines.append(self.paragraph_text(4))
            lines += ["", self.wrap(f"– {self.fill(r.choice(SENTENCES_C)).rstrip('.')}, säger {who}, ordförande i "
                                   f"{r.choice(('kommunstyrelsen', 'socialnämnden', 'tekniska nämnden'))}."), ""]
            name = f"pressmeddelande-{slug(topic[0])}-{self.index:07d}.txt"
        else:
            title = f"Information till vårdnadshavare om {topic[1]}"
            lines += [self.auth, "", title, ""]
            date = None
            name = f"information-{slug(topic[0])}-{self.index:07d}.txt"
        body = []
        size = sum(len(l.encode()) + 1 for l in lines)
        while size < target:
            p = self.paragraph_text(r.randint(3, 7))
            body.append(p)
            size += len(p.encode()) + 2
        text = "\n".join(lines) + "\n" + "\n\n".join(body) + "\n"
        return "ovrigt", name, text, dict(kind="annat", title=title, date=date, organ=organ, unit=None,
                                          diarienummer=[], paragraph=None, unions=[], unions_absent=[])

    def make(self):
        k = self.r.random()
        if k < 0.45:
            return self.paragraf()
        if k < 0.62:
            return self.interpellation()
        if k < 0.85:
            return self.samverkan()
        return self.annat()


# ---------------------------------------------------------------------------------------------
# Driver: chunks of documents in worker processes; the manifest in document order.

MUNICIPALITY_ORDER = LARGEST + sorted(set(MUNICIPALITIES) - set(LARGEST), key=lambda m: random.Random(m).random())
MUNICIPALITY_CUM = list(itertools.accumulate(1.0 / (r + 3) ** 0.55 for r in range(len(MUNICIPALITY_ORDER))))

_STATE = {}




def make_chunk(bounds):
    start, end = bounds
    s = _STATE
    lines = []
    for i in range(start, end):
        doc = Doc(s["seed"], i, s["vocab"], s["cum"], MUNICIPALITY_CUM)
        folder, name, text, meta = doc.make()
        rel = f"docs/{slug(doc.municipality)}/{folder}/{name}"
        directory = os.path.join(s["out"], os.path.dirname(rel))
        if directory not in s["dirs"]:
            os.makedirs(directory, exist_ok=True)
            s["dirs"].add(directory)
        data = text.encode("utf-8")
        with open(os.path.join(s["out"], rel), "wb") as f:
            f.write(data)
        entry = {"path": rel, "id": rel[len("docs/"):], "kind": meta["kind"], "title": meta["title"],
                 "date": meta["date"], "organ": meta["organ"], "unit": meta["unit"],
                 "municipality": doc.municipality, "diarienummer": meta["diarienummer"],
                 "paragraph": meta["paragraph"], "parties": sorted(doc.parties), "unions": meta["unions"],
                 "unions_absent": meta["unions_absent"], "bytes": len(data)}
        lines.append(json.dumps(entry, ensure_ascii=False))
    return lines


def main():
    ap = argparse.ArgumentParser(description="Writes a synthetic national corpus of municipal documents.")
    ap.add_argument("--out", required=True, help="output folder (docs/, manifest.jsonl, vocabulary.tsv)")
    ap.add_argument("--count", required=True, type=int, help="number of documents")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (default: all cores)")
    ap.add_argument("--dict", default="/usr/share/dict/swedish", help="word list (default: Debian's wswedish)")
    args = ap.parse_args()
    if args.count < 1:
        ap.error("--count must be at least 1")
    out = os.path.abspath(args.out)
    if os.path.exists(os.path.join(out, "docs")) and os.listdir(os.path.join(out, "docs")):
        sys.exit(f"national_corpus: {out}/docs is not empty")
    os.makedirs(out, exist_ok=True)
    started = time.time()

    vocab, cum = load_vocabulary(args.dict)
    with open(os.path.join(out, "vocabulary.tsv"), "w", encoding="utf-8") as f:
        f.write("rank\tword\tprobability\n")
        total = cum[-1]
        previous = 0.0
        for rank, (w, c) in enumerate(zip(vocab, cum), 1):
            f.write(f"{rank}\t{w}\t{(c - previous) / total:.3e}\n")
            previous = c

    chunk = 250
    bounds = [(s, min(s + chunk, args.count)) for s in range(0, args.count, chunk)]
    written = 0
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as manifest:
        # The workers are forked: they share the vocabulary loaded here.
        _STATE.update(vocab=vocab, cum=cum, out=out, seed=args.seed, dirs=set())
        if args.jobs <= 1:
            results = map(make_chunk, bounds)
            pool = None
        else:
            pool = multiprocessing.get_context("fork").Pool(args.jobs)
            results = pool.imap(make_chunk, bounds)
        try:
            for lines in results:
                manifest.write("\n".join(lines) + "\n")
                written += len(lines)
                if sys.stderr.isatty() and written % 10000 < chunk:
                    print(f"\rnational_corpus: {written}/{args.count}", end="", file=sys.stderr)
        finally:
            if pool:
                pool.close()
                pool.join()
    seconds = time.time() - started
    if sys.stderr.isatty():
        print("\r", end="", file=sys.stderr)
    print(f"national_corpus: wrote {written} documents to {out}/docs in {seconds:.1f} s "
          f"({written / max(seconds, 1e-9):.0f} documents/s)")


if __name__ == "__main__":
    main()
