#!/usr/bin/env python3
"""Chooses the comparison's searches from the generated corpus and writes them for both systems.

    queries.py DIR OUT   # DIR: the corpus (manifest.jsonl, vocabulary.tsv, docs/); OUT: a folder

Reads a deterministic sample of the documents to find words of the generator's vocabulary with
a realistic share of documents (a common word, a rarer one, two words that meet in about 1 %, a
two-word phrase), then writes OUT/queries.json (name, what it is, Kommunsök's request path) and
OUT/NAME.sql, the same search for PostgreSQL as one statement (for psql and pgbench): top 10 by
ts_rank with a ts_headline snippet, the total, and counts by kind, organ, municipality, party
and year over every match.
"""
import collections
import json
import os
import random
import re
import sys
import urllib.parse

STOPWORDS = "/usr/share/postgresql/15/tsearch_data/swedish.stop"
SAMPLE = 1500
# Words Kommunsök reads as operators or names from its tables are not ordinary words.
AVOID = {"och", "eller", "inte", "not", "or", "and", "mark", "vision", "kommunal", "ledarna", "saco",
         "seko", "unionen", "dik", "vara", "eda", "kil", "berg", "ale", "sala", "nora", "mora", "orsa",
         "boden", "lund", "hjo", "tanum", "skara", "ydre", "habo", "heby", "tierp", "kinda", "salem"}
WORD = re.compile(r"[a-zåäöé]+")
ORGAN_WORD = re.compile(r"nämnd|utskott|styrelse|fullmäktige|förvaltning|grupp")
ANY_WORD = re.compile(r"[A-Za-zÅÄÖÉåäöé]+")
CLAUSE = re.compile(r"[.,;:!?()\[\]–\n]")


def sql_literal(text):
    return "'" + text.replace("'", "''") + "'"


def facets_sql():
    def facet(column, source="m", where="", order="n DESC, v"):
        return (f"(SELECT coalesce(json_agg(json_build_object('value', v, 'count', n) ORDER BY {order}), "
                f"CAST('[]' AS json)) FROM (SELECT {column} AS v, count(*) AS n FROM {source} {where} GROUP BY 1) f)")
    return ("json_build_object(\n"
            f"    'kind', {facet('kind')},\n"
            f"    'organ', {facet('organ', where='WHERE organ IS NOT NULL')},\n"
            f"    'municipality', {facet('municipality', where='WHERE municipality IS NOT NULL')},\n"
            f"    'party', {facet('p', source='m, unnest(m.parties) AS p')},\n"
            f"    'year', {facet('year', where='WHERE year IS NOT NULL', order='v DESC')})")


def search_sql(words=None, where=(), order_by_date=False):
    """One statement: the matches once (MATERIALIZED), then page, total and facets from them."""
    conditions = list(where)
    if words is not None:
        query = f"websearch_to_tsquery('swedish', {sql_literal(words)})"
        source = f"docs, {query} AS query"
        conditions.insert(0, "tsv @@ query")
        rank = "ts_rank(tsv, query)"
        snippet = (f"ts_headline('swedish', d.body, {query}, "
                   "'MaxFragments=1, MaxWords=40, MinWords=20, StartSel=<mark>, StopSel=</mark>')")
        order = "rank DESC, date DESC NULLS LAST"
    else:
        source = "docs"
        rank = "CAST(0 AS real)"
        snippet = "left(d.body, 300)"
        order = "date DESC NULLS LAST"
    if order_by_date:
        order = "date DESC NULLS LAST"
    where_sql = ("\n  WHERE " + " AND ".join(conditions)) if conditions else ""
    return (
        "WITH m AS MATERIALIZED (\n"
        f"  SELECT id, kind, organ, municipality, parties, year, date, {rank} AS rank\n"
        f"  FROM {source}{where_sql}\n"
        "), top AS (\n"
        f"  SELECT id, rank, date FROM m ORDER BY {order} LIMIT 10\n"
        ")\n"
        "SELECT json_build_object(\n"
        "  'total', (SELECT count(*) FROM m),\n"
        "  'hits', (SELECT coalesce(json_agg(json_build_object(\n"
        "      'id', d.id, 'title', d.title, 'kind', d.kind, 'date', d.date, 'organ', d.organ,\n"
        "      'municipality', d.municipality, 'diarienummer', d.dnr, 'parties', d.parties,\n"
        f"      'snippet', {snippet}, 'score', t.rank)\n"
        f"      ORDER BY t.{order.replace(', date', ', t.date')}), CAST('[]' AS json))\n"
        "    FROM top t JOIN docs d USING (id)),\n"
        f"  'facets', {facets_sql()});\n")


def main():
    root, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    stop = set()
    if os.path.exists(STOPWORDS):
        stop = {w.strip() for w in open(STOPWORDS, encoding="utf-8") if w.strip()}
    vocab = []
    with open(os.path.join(root, "vocabulary.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            vocab.append(line.split("\t")[1])
    vocab_set = set(vocab)
    entries = [json.loads(line) for line in open(os.path.join(root, "manifest.jsonl"), encoding="utf-8")]
    sample = random.Random(11).sample(entries, min(SAMPLE, len(entries)))
    df = collections.Counter()
    bigrams = collections.Counter()
    for e in sample:
        with open(os.path.join(root, e["path"]), encoding="utf-8") as f:
            text = f.read()
        df.update(set(WORD.findall(text.lower())))
        pairs = set()
        # A phrase of running text: within a line and a clause, in lower case (not a heading).
        for clause in CLAUSE.split(text):
            tokens = ANY_WORD.findall(clause)
            pairs.update((a, b) for a, b in zip(tokens, tokens[1:])
                         if len(a) >= 5 and len(b) >= 5 and a.islower() and b.islower()
                         and a not in stop and b not in stop)
        bigrams.update(pairs)
    n = len(sample)

    # Words of the generator's own sentence templates, names and headings: a dictionary word that
    # shares its first five letters with one of them (about its stem) would also match those.
    generator = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                             "corpus", "generator", "national_corpus.py")
    template_stems = set()
    if os.path.exists(generator):
        template_stems = {t[:5] for t in WORD.findall(open(generator, encoding="utf-8").read().lower()) if len(t) >= 4}

    def usable(w):
        return (w in vocab_set and len(w) >= 6 and w not in stop and w not in AVOID and df[w] > 0
                and w[:5] not in template_stems)

    def word_near(share, ranks, exclude=()):
        # The word, among the vocabulary's ranks lo..hi (so that it is frequent or rare by the
        # generator's Zipf law, not because a sentence template holds it), whose share of sampled
        # documents is nearest to share.
        lo, hi = ranks
        return min((w for w in vocab[lo:hi] if usable(w) and w not in exclude),
                   key=lambda w: (abs(df[w] / n - share), w))

    common = word_near(0.30, (0, 1000))
    rare = word_near(0.006, (1000, 60000), {common})
    first = word_near(0.12, (100, 3000), {common, rare})
    pair = (first, word_near(0.10, (100, 3000), {common, rare, first}))
    dated = word_near(0.08, (100, 3000), {common, rare, *pair})
    # A phrase of the documents' own prose (no frequent dictionary word drawn into a template's
    # slot), in about 2 % of them, whose words also stand apart: a phrase query that means something.
    rank = {w: i for i, w in enumerate(vocab)}
    phrases = [(abs(c / n - 0.02), a, b) for (a, b), c in bigrams.items()
               if rank.get(a, 10**9) > 2000 and rank.get(b, 10**9) > 2000 and a not in AVOID and b not in AVOID
               and not ORGAN_WORD.search(a + " " + b) and 0.004 <= c / n <= 0.05 and c < 0.5 * min(df[a], df[b])]
    if not phrases:
        phrases = [(abs(c / n - 0.02), a, b) for (a, b), c in bigrams.items()]
    _, p1, p2 = min(phrases)
    # A case number as the registry writes it ("KS 2021/0345"), of a protocol paragraph.
    dnr_shape = re.compile(r"^[A-ZÅÄÖ]{2,4} (?:19|20)\d\d/\d{4}$")
    dnrs = [d for e in entries if e["kind"] == "paragraf" for d in e["diarienummer"] if dnr_shape.match(d)]
    dnr = dnrs[len(dnrs) // 2] if dnrs else entries[0]["diarienummer"][0]

    def ks(params):
        return "/api/search?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote)

    queries = [
        ("common", f"a common word: {common}", ks([("q", common)]), search_sql(common)),
        ("rare", f"a rarer word: {rare}", ks([("q", rare)]), search_sql(rare)),
        ("two_words", f"two words: {pair[0]} {pair[1]}", ks([("q", f"{pair[0]} {pair[1]}")]),
         search_sql(f"{pair[0]} {pair[1]}")),
        ("phrase", f'a phrase: "{p1} {p2}"', ks([("q", f'"{p1} {p2}"')]), search_sql(f'"{p1} {p2}"')),
        ("kind_filter", f"{common}, kind samverkan", ks([("q", common), ("kind", "samverkan")]),
         search_sql(common, ["kind = 'samverkan'"])),
        ("date_range", f"{dated}, 2016-01-01..2019-12-31",
         ks([("q", dated), ("from", "2016-01-01"), ("to", "2019-12-31")]),
         search_sql(dated, ["date BETWEEN DATE '2016-01-01' AND DATE '2019-12-31'"])),
        ("party_newest", "filter only: party S, newest first", ks([("party", "S"), ("sort", "-date")]),
         search_sql(None, ["parties @> ARRAY['S']"], order_by_date=True)),
        ("dnr", f"case number: {dnr}", ks([("q", dnr)]), search_sql(None, [f"dnr @> ARRAY[{sql_literal(dnr)}]"])),
        ("match_all", "everything (empty query), newest first", ks([("q", "")]), search_sql(None)),
    ]
    listing = []
    for name, what, path, sql in queries:
        with open(os.path.join(out, f"{name}.sql"), "w", encoding="utf-8") as f:
            f.write(sql)
        listing.append({"name": name, "what": what, "kommunsok": path, "sql": f"{name}.sql"})
    with open(os.path.join(out, "queries.json"), "w", encoding="utf-8") as f:
        json.dump(listing, f, ensure_ascii=False, indent=1)
    for q in listing:
        print(f"  {q['name']:<13} {q['what']}")


if __name__ == "__main__":
    main()
