#include "kommunsok/server/search_page.hpp"

namespace kommunsok::server {

namespace {

// Snippets arrive HTML-escaped from the server (Xapian escapes them, then adds <mark>);
// every other value is inserted as text, never as HTML.
constexpr std::string_view kPage = R"HTML(<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kommunsök</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
  header { background: #173f5f; color: #fff; padding: 1rem 2rem; }
  header h1 { margin: 0 0 .5rem 0; font-size: 1.4rem; }
  form { display: flex; gap: .5rem; flex-wrap: wrap; }
  input[type=search] { flex: 1; min-width: 16rem; padding: .5rem; font-size: 1rem; }
  select, input[type=date], button { padding: .45rem; font-size: .95rem; }
  main { display: flex; gap: 2rem; padding: 1rem 2rem; }
  aside { width: 16rem; flex-shrink: 0; }
  aside h3 { font-size: .85rem; text-transform: uppercase; color: #555; margin: 1rem 0 .3rem; }
  aside a { display: block; color: #173f5f; text-decoration: none; padding: .1rem 0; }
  aside a.active { font-weight: bold; }
  #results { flex: 1; }
  .hit { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .8rem 1rem; margin-bottom: .8rem; }
  .hit a.title { font-weight: 600; color: #0b5394; text-decoration: none; }
  .meta { color: #555; font-size: .85rem; margin: .2rem 0; }
  .exchange { border-left: 3px solid #cdd; padding-left: .6rem; margin: .6rem 0; }
  .exchange .answer { color: #234; }
  mark { background: #ffe58f; }
  pre { white-space: pre-wrap; background: #fff; border: 1px solid #ddd; padding: 1rem; }
  .error { color: #a00; }
  .help { color: #dde7f0; font-size: .85rem; margin-top: .4rem; } .help code { color: #fff; }
  .notice { background: #fff8d6; padding: .4rem .6rem; border-radius: 4px; }
  nav button { margin-right: .5rem; }
  .chip { margin: 0 .4rem .8rem 0; border: 1px solid #173f5f; border-radius: 1rem; background: #e8f0f7; cursor: pointer; }
</style>
</head>
<body>
<header>
  <h1>Kommunsök</h1>
  <form id="form">
    <input type="search" id="q" placeholder="Sök beslut, svar och protokoll – t.ex. friskvårdsbidrag eller KS-2021/1202.111">
    <select id="sort"><option value="relevance">Relevans</option><option value="-date">Nyast först</option><option value="date">Äldst först</option></select>
    <input type="date" id="from" title="Från datum"><input type="date" id="to" title="Till datum">
    <button>Sök</button>
  </form>
  <details class="help"><summary>Sökhjälp</summary>
    <p>Ord hittas i alla böjningsformer och som delar av sammansatta ord (<code>friskvård</code> hittar friskvårdsbidraget), också utan å, ä och ö (<code>forskola</code>). Förkortningar som <code>KSAU</code>, <code>KF</code>, <code>SSR</code> och partinamn som <code>Vänsterpartiet</code> fungerar. Ett diarienummer kan skrivas hur som helst och i delar: <code>KS 2023/345</code>, <code>345</code>.</p>
    <p><code>"fras i citattecken"</code> · <code>skola OR förskola</code> · <code>-skola</code> eller <code>NOT skola</code> utesluter · fält: <code>dnr:</code> <code>typ:samverkan</code> <code>organ:KSAU</code> <code>kommun:</code> <code>parti:V</code> <code>fack:SSR</code> <code>förvaltning:</code> <code>paragraf:112</code> <code>titel:</code> <code>person:</code> <code>år:2021</code> <code>datum:2021-01-01..2021-06-30</code></p>
  </details>
</header>
<main>
  <aside id="facets"></aside>
  <section id="results"></section>
</main>
<script>
const FACET_NAMES = {kind: "Typ", organ: "Organ", municipality: "Kommun", party: "Parti", year: "År"};
const state = {filters: {}, page: 1};
const $ = id => document.getElementById(id);
function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
function params() {
  const p = new URLSearchParams();
  if ($("q").value.trim()) p.set("q", $("q").value.trim());
  if ($("sort").value !== "relevance") p.set("sort", $("sort").value);
  if ($("from").value) p.set("from", $("from").value);
  if ($("to").value) p.set("to", $("to").value);
  for (const [k, v] of Object.entries(state.filters)) p.set(k, v);
  p.set("page", state.page); p.set("size", 10);
  return p;
}
// The search lives in the page URL too (/?q=…&party=S), so a result list can be shared.
function loadFromUrl() {
  const p = new URLSearchParams(location.search);
  $("q").value = p.get("q") || ""; $("sort").value = p.get("sort") || "relevance";
  $("from").value = p.get("from") || ""; $("to").value = p.get("to") || "";
  state.page = Math.max(1, parseInt(p.get("page") || "1", 10) || 1);
  state.filters = {};
  for (const name of Object.keys(FACET_NAMES)) if (p.get(name)) state.filters[name] = p.get(name);
}
async function search() {
  const p = params();
  history.replaceState(null, "", "/?" + p + location.hash);
  const res = await fetch("/api/search?" + p);
  const data = await res.json();
  const out = $("results"); out.replaceChildren();
  if (!res.ok) { out.append(el("p", data.error, "error")); return; }
  // A corrected or relaxed search says so; a suggestion is one click away.
  if (data.corrected) out.append(el("p", "Inga träffar på " + data.query + ". Visar träffar för " + data.suggestion + ".", "notice"));
  else if (data.suggestion) {
    const p = el("p", "Menade du ", "notice"); const a = el("a", data.suggestion); a.href = "#";
    a.onclick = e => { e.preventDefault(); $("q").value = data.suggestion; state.page = 1; search(); };
    p.append(a, "?"); out.append(p);
  }
  if (data.relaxed) out.append(el("p", "Inget dokument innehåller alla orden. Visar de som innehåller flest.", "notice"));
  out.append(el("p", data.total + " träffar"));
  // Active filters stay visible and removable even when nothing matches.
  for (const [name, value] of Object.entries(state.filters)) {
    const b = el("button", (FACET_NAMES[name] || name) + ": " + value + " ✕", "chip");
    b.onclick = () => { delete state.filters[name]; state.page = 1; search(); };
    out.append(b);
  }
  for (const hit of data.hits) {
    const box = el("div", undefined, "hit");
    const a = el("a", hit.title || hit.id, "title"); a.href = "#doc=" + encodeURIComponent(hit.id);
    box.append(a);
    const meta = [hit.kind, hit.date, hit.organ, hit.municipality, hit.diarienummer.join(", "), hit.parties.join(", ")].filter(Boolean).join(" · ");
    box.append(el("div", meta, "meta"));
    const snip = el("div"); snip.innerHTML = hit.snippet; box.append(snip);
    if (hit.original) box.append(originalLink(hit.original, hit.page));
    out.append(box);
  }
  const nav = el("nav");
  if (state.page > 1) { const b = el("button", "Föregående"); b.onclick = () => { state.page--; search(); }; nav.append(b); }
  if (state.page * data.size < data.total) { const b = el("button", "Nästa"); b.onclick = () => { state.page++; search(); }; nav.append(b); }
  out.append(nav);
  const side = $("facets"); side.replaceChildren();
  for (const [name, values] of Object.entries(data.facets)) {
    if (!values.length) continue;
    side.append(el("h3", FACET_NAMES[name] || name));
    for (const v of values) {
      const active = state.filters[name] === v.value;
      const a = el("a", v.value + " (" + v.count + ")", active ? "active" : ""); a.href = "#";
      a.onclick = e => { e.preventDefault(); if (active) delete state.filters[name]; else state.filters[name] = v.value; state.page = 1; search(); };
      side.append(a);
    }
  }
}
// "Originalet, sida 3": opens the archived file at the page (PDF viewers read #page=N).
function originalLink(url, page) {
  const a = el("a", page ? "Originalet, sida " + page : "Originalet", "original");
  a.href = url + (page ? "#page=" + page : ""); a.target = "_blank"; a.rel = "noopener";
  return a;
}
async function showDocument(id) {
  const res = await fetch("/api/documents/" + encodeURIComponent(id).replace(/%2F/g, "/"));
  const doc = await res.json();
  const out = $("results"); out.replaceChildren();
  const back = el("a", "← Tillbaka till träffarna"); back.href = "#"; back.onclick = e => { e.preventDefault(); history.back(); };
  out.append(back);
  if (!res.ok) { out.append(el("p", doc.error, "error")); return; }
  out.append(el("h2", doc.title || doc.id));
  const meta = [doc.kind, doc.date, doc.organ, doc.municipality, doc.unit, doc.diarienummer.join(", "), doc.paragraph ? "§ " + doc.paragraph : ""].filter(Boolean).join(" · ");
  out.append(el("div", meta, "meta"));
  if (doc.people.length) out.append(el("div", doc.people.map(p => p.name + (p.party ? " (" + p.party + ")" : "") + (p.union ? " – " + p.union : "") + (p.role ? ", " + p.role : "")).join("; "), "meta"));
  const docLink = (id, label) => { const a = el("a", label); a.href = "#doc=" + encodeURIComponent(id); return a; };
  if (doc.protocol_id) {
    const line = el("p", "Ur protokollet: ", "meta");
    line.append(docLink(doc.protocol_id, doc.protocol_id), " (punkt " + doc.position + ")");
    out.append(line);
  }
  if (doc.paragraph_ids && doc.paragraph_ids.length) {
    const list = el("p", "Paragrafer: ", "meta");
    doc.paragraph_ids.forEach((id, i) => { if (i) list.append(" · "); list.append(docLink(id, "§ " + id.replace(/^.*#§?/, ""))); });
    out.append(list);
  }
  if (doc.original) {
    const line = el("p", "", "meta");
    line.append(originalLink(doc.original, doc.page), " · " + doc.source.file_name + (doc.source.pages ? " · " + doc.source.pages + " sidor" : "") + (doc.source.ocr_pages && doc.source.ocr_pages.length ? " · OCR-läst" : ""));
    out.append(line);
  }
  if (doc.sections && doc.sections.length > 1 && doc.sections.some(s => s.page)) {
    const list = el("p", "Innehåll: ", "meta");
    doc.sections.forEach((s, i) => { if (i) list.append(" · "); const label = (s.number ? "§ " + s.number + " " : "") + s.heading; list.append(s.page && doc.original ? originalLink(doc.original, s.page) : label); if (s.page && doc.original) list.lastChild.textContent = label + " (s. " + s.page + ")"; });
    out.append(list);
  }
  if (doc.unions_absent && doc.unions_absent.length) out.append(el("div", "Förhinder: " + doc.unions_absent.join(", "), "meta"));
  if (doc.decision) { out.append(el("h3", "Beslut")); out.append(el("p", doc.decision)); }
  if (doc.exchanges && doc.exchanges.length) {
    out.append(el("h3", "Frågor och svar"));
    for (const x of doc.exchanges) {
      const box = el("div", "", "exchange");
      box.append(el("div", (x.section ? x.section + " – " : "") + x.asker + (x.affiliation && x.affiliation !== x.asker ? " (" + x.affiliation + ")" : ""), "meta"));
      box.append(el("p", x.question));
      if (x.answer) box.append(el("p", (x.answerer && !x.answer.startsWith(x.answerer) ? x.answerer + ": " : "") + x.answer, "answer"));
      out.append(box);
    }
  }
  out.append(el("pre", doc.text));
}
function route() {
  const m = location.hash.match(/^#doc=(.*)$/);
  if (m) showDocument(decodeURIComponent(m[1])); else search();
}
$("form").onsubmit = e => { e.preventDefault(); state.page = 1; if (location.hash) history.pushState(null, "", "#"); search(); };
window.onhashchange = route;
loadFromUrl();
route();
</script>
</body>
</html>
)HTML";

}  // namespace

std::string_view search_page_html() { return kPage; }

}  // namespace kommunsok::server
