/* geowire dashboard: vanilla JS over the JSON API (/api). No CDN, no build step.
 * Views: article (highlighted text), events table (sort, download), quotes, actor search and
 * actor page, dyad timeline (uPlot), actor network (SVG), map of event places (bundled world
 * outline via topojson-client). */
"use strict";

(function () {
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
  const QCOLOR = { 1: "#2e9d5b", 2: "#2470c2", 3: "#e08a1e", 4: "#c8372d" };
  const SVGNS = "http://www.w3.org/2000/svg";
  const state = { health: null, doc: null, docsOffset: 0, eventsOffset: 0, quotesOffset: 0, world: null, plots: {} };
  window.geowire = state; // for tests and curious users

  // -- helpers -------------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("data-")) node.setAttribute(k, v);
      else node[k] = v;
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }
  /* Views load asynchronously: a newer request of a view supersedes an older one still in
   * flight, so an answer that arrives late never overwrites a newer one. */
  const seq = {};
  function ticket(view) { seq[view] = (seq[view] || 0) + 1; const mine = seq[view]; return () => seq[view] === mine; }
  function setStatus(msg) { $("#status").textContent = msg || ""; }
  function fmtRef(r) { return r ? `${r.name}${r.code ? " [" + r.code + "]" : ""}` : "—"; }
  function qbadge(q) { return el("span", { class: `qc qc${q}`, title: QUAD[q] || "", text: String(q) }); }
  function formParams(form) {
    const p = new URLSearchParams();
    for (const input of form.elements) {
      if (!input.name) continue;
      if (input.type === "checkbox") { if (input.checked) p.set(input.name, "true"); }
      else if (input.value.trim() !== "") p.set(input.name, input.value.trim());
    }
    return p;
  }

  async function api(path, opts) {
    const o = Object.assign({ headers: {} }, opts || {});
    const token = sessionStorage.getItem("geowire-token");
    if (o.method && o.method !== "GET" && token) o.headers.Authorization = "Bearer " + token;
    const res = await fetch(path, o);
    const body = await res.json().catch(() => null);
    if (!res.ok) {
      let msg = `${res.status}`;
      if (body && body.error) msg = `${body.error.code}: ${body.error.message}`;
      else if (body && body.detail) msg = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
      const err = new Error(msg); err.status = res.status; throw err;
    }
    return body;
  }

  // -- tooltip -------------------------------------------------------------------------
  const tip = () => $("#tooltip");
  function showTip(evt, parts) {
    const t = tip();
    t.replaceChildren(...parts);
    t.hidden = parts.length === 0;
    moveTip(evt);
  }
  function moveTip(evt) {
    const t = tip();
    const x = Math.min(evt.clientX + 14, window.innerWidth - t.offsetWidth - 8);
    const y = evt.clientY + 16 + t.offsetHeight > window.innerHeight ? evt.clientY - t.offsetHeight - 10 : evt.clientY + 16;
    t.style.left = x + "px"; t.style.top = y + "px";
  }
  function hideTip() { tip().hidden = true; }
  function line(label, text) { return el("div", {}, el("b", { text: label + " " }), text); }

  // -- views ---------------------------------------------------------------------------
  function showView(hash) {
    const views = ["article", "events", "quotes", "actors", "dyad", "network", "map"];
    // "#actors/IRQGOV" opens that actor's page
    let [name, arg] = [hash.split("/")[0], hash.split("/").slice(1).join("/")];
    if (!views.includes(name)) name = "article";
    for (const v of views) $("#view-" + v).hidden = v !== name;
    for (const a of $$("#tabs a")) a.classList.toggle("active", a.dataset.view === name);
    if (name === "actors" && arg) openActor(decodeURIComponent(arg));
    else if (name === "actors" && !state.actorsLoaded) searchActors();
    if (name === "events" && !state.eventsLoaded) loadEvents(0);
    if (name === "quotes" && !state.quotesLoaded) loadQuotes(0);
    if (name === "dyad" && !state.dyadLoaded) drawDyad();
    if (name === "network" && !state.networkLoaded) drawNetwork();
    if (name === "map" && !state.mapLoaded) drawEventMap();
  }
  window.addEventListener("hashchange", () => showView(location.hash.slice(1)));

  // -- article view ----------------------------------------------------------------------
  /* The API's spans count code points (Python string offsets); JavaScript strings count
   * UTF-16 units, and every character beyond the BMP (emoji, the two halves of a flag,
   * many CJK and historic scripts) is two of them. units[i] is the UTF-16 index of code
   * point i; units[n] is the text's length. Combining marks and right-to-left letters are
   * one code point and one unit each, so they need nothing more. */
  function codePointUnits(text) {
    const units = [0];
    let u = 0;
    for (const ch of text) { u += ch.length; units.push(u); }
    return units;
  }

  function annotations(doc, units) {
    const anns = [];
    const n = units.length - 1;
    const add = (kind, span, ref) => {
      if (!span || span.length !== 2) return;
      const [s, e] = span;
      if (Number.isInteger(s) && Number.isInteger(e) && s < e && s >= 0 && e <= n) anns.push({ kind, s: units[s], e: units[e], ref });
    };
    (doc.actors || []).forEach((a, i) => (a.mentions || []).forEach((m) => add("actor", m, i)));
    (doc.quotes || []).forEach((q, i) => { add("quote", q.span, i); if (q.speaker) add("speaker", q.speaker.span, i); });
    (doc.times || []).forEach((t, i) => add("time", t.span, i));
    (doc.places || []).forEach((p, i) => add("place", p.span, i));
    (doc.events || []).forEach((ev, i) => add("event", ev.span, i));
    return anns;
  }

  /* Split the text at every annotation boundary; each piece is one <span> carrying the
   * classes and indices of every annotation covering it, so overlaps never break nesting. */
  function renderText(doc) {
    const box = $("#article-text");
    const text = doc.text || "";
    const units = codePointUnits(text);
    state.units = units;
    const anns = annotations(doc, units);
    const cuts = new Set([0, text.length]);
    for (const a of anns) { cuts.add(a.s); cuts.add(a.e); }
    const bounds = Array.from(cuts).sort((x, y) => x - y);
    const starts = new Map();
    for (const a of anns) { if (!starts.has(a.s)) starts.set(a.s, []); starts.get(a.s).push(a); }
    const timeEnds = new Map();
    (doc.times || []).forEach((t, i) => {
      if (!t.value || !t.span || !Number.isInteger(t.span[1]) || t.span[1] < 0 || t.span[1] >= units.length) return;
      const end = units[t.span[1]];
      timeEnds.set(end, (timeEnds.get(end) || []).concat([i]));
    });
    let active = [];
    const frag = document.createDocumentFragment();
    for (let k = 0; k < bounds.length - 1; k++) {
      const s = bounds[k], e = bounds[k + 1];
      active = active.filter((a) => a.e > s).concat(starts.get(s) || []);
      const piece = text.slice(s, e);
      if (active.length === 0) frag.append(piece);
      else {
        const byKind = {};
        for (const a of active) (byKind[a.kind] = byKind[a.kind] || []).push(a.ref);
        const cls = Object.keys(byKind).map((kd) => "hl-" + kd);
        const q = byKind.quote ? byKind.quote[0] : byKind.speaker ? byKind.speaker[0] : null;
        if (q !== null) cls.push("qc-" + (q % 6));
        const span = el("span", { class: cls.join(" "), text: piece });
        for (const [kd, refs] of Object.entries(byKind)) span.dataset[kd] = refs.join(" ");
        frag.append(span);
      }
      for (const i of timeEnds.get(e) || []) frag.append(el("span", { class: "tval", text: doc.times[i].value, title: doc.times[i].type }));
    }
    box.replaceChildren(frag);
  }

  function describe(doc, seg) {
    const parts = [];
    const refs = (kd) => (seg.dataset[kd] || "").split(" ").filter((x) => x !== "").map(Number);
    for (const i of refs("speaker")) {
      const q = doc.quotes[i];
      parts.push(line("speaker", `${fmtRef(q.speaker)} — of quote ${i + 1} (${q.kind}${q.cue ? ", cue “" + q.cue + "”" : ""})`));
    }
    for (const i of refs("quote")) {
      const q = doc.quotes[i];
      const who = q.speaker ? fmtRef(q.speaker) : "unknown speaker";
      parts.push(line(`quote ${i + 1}`, `${who} — ${q.kind}${q.cue ? ", cue “" + q.cue + "”" : ""}`));
    }
    for (const i of refs("actor")) {
      const a = doc.actors[i];
      parts.push(line("actor", `${a.name} — ${a.code || "no code"}${a.country ? ", " + a.country : ""}, ${a.kind}`));
    }
    for (const i of refs("time")) {
      const t = doc.times[i];
      parts.push(line("time", `“${t.text}” → ${t.value || "unresolved"} (${t.type})`));
    }
    for (const i of refs("place")) {
      const p = doc.places[i];
      const ll = p.lat !== null && p.lat !== undefined ? ` (${(+p.lat).toFixed(2)}, ${(+p.lon).toFixed(2)})` : "";
      parts.push(line("place", `${p.name}${p.country ? ", " + p.country : ""}${ll} — ${p.feature}`));
    }
    for (const i of refs("event")) {
      const ev = doc.events[i];
      parts.push(line("event", `${fmtRef(ev.source)} → ${fmtRef(ev.target)}: CAMEO ${ev.cameo}` +
        `${ev.plover ? " / " + ev.plover : ""}, quad ${ev.quad_class}, Goldstein ${ev.goldstein}, ` +
        `${ev.date || "undated"}, ${ev.modality}${ev.location ? ", at " + ev.location.name : ""}`));
    }
    return parts;
  }

  function light(selector, on) { for (const n of $$(selector, $("#article-text"))) n.classList.toggle("lit", on); }
  function quoteSel(i) { return `[data-quote~="${i}"], [data-speaker~="${i}"]`; }

  function wireText(doc) {
    const box = $("#article-text");
    box.onmouseover = (evt) => {
      const seg = evt.target.closest("#article-text span[class^='hl-'], #article-text span[class*=' hl-']");
      if (!seg) { hideTip(); return; }
      const q = seg.dataset.quote || seg.dataset.speaker;
      $$(".lit", box).forEach((n) => n.classList.remove("lit"));
      if (q) q.split(" ").forEach((i) => light(quoteSel(i), true));
      showTip(evt, describe(doc, seg));
    };
    box.onmousemove = (evt) => { if (!tip().hidden) moveTip(evt); };
    box.onmouseleave = () => { hideTip(); $$(".lit", box).forEach((n) => n.classList.remove("lit")); };
  }

  function renderPanels(doc) {
    const ql = $("#quote-list");
    ql.replaceChildren();
    (doc.quotes || []).forEach((q, i) => {
      const who = q.speaker ? el("span", { class: `who hl-speaker qc-${i % 6}`, text: q.speaker.name })
        : el("span", { class: "who none", text: "unknown speaker" });
      const li = el("li", { "data-q": String(i) }, who, q.cue ? ` ${q.cue}: ` : ": ",
        el("span", { class: `hl-quote qc-${i % 6}`, text: q.text }), " ", el("span", { class: "kind", text: `(${q.kind})` }));
      li.onmouseenter = () => light(quoteSel(i), true);
      li.onmouseleave = () => light(quoteSel(i), false);
      ql.append(li);
    });
    if (!(doc.quotes || []).length) ql.append(el("li", { class: "empty", text: "no quotes found" }));
    $("#quote-count").textContent = `(${(doc.quotes || []).length})`;

    const et = $("#doc-events");
    et.replaceChildren(el("tr", {}, ...["date", "source", "target", "CAMEO", "PLOVER", "quad", "Goldstein", "modality"].map((h) => el("th", { text: h }))));
    (doc.events || []).forEach((ev, i) => {
      const tr = el("tr", { class: "click" }, el("td", { text: ev.date || "" }), el("td", { text: fmtRef(ev.source) }),
        el("td", { text: fmtRef(ev.target) }), el("td", { text: ev.cameo }), el("td", { text: ev.plover || "" }),
        el("td", {}, qbadge(ev.quad_class)), el("td", { text: String(ev.goldstein) }), el("td", { text: ev.modality }));
      tr.title = ev.evidence || "";
      tr.onmouseenter = () => light(`[data-event~="${i}"]`, true);
      tr.onmouseleave = () => light(`[data-event~="${i}"]`, false);
      et.append(tr);
    });
    if (!(doc.events || []).length) et.append(el("tr", {}, el("td", { class: "empty", colSpan: 8, text: "no events coded" })));
    $("#event-count").textContent = `(${(doc.events || []).length})`;

    const tt = $("#time-list");
    tt.replaceChildren(el("tr", {}, ...["text", "type", "value"].map((h) => el("th", { text: h }))));
    for (const t of doc.times || []) tt.append(el("tr", {}, el("td", { text: t.text }), el("td", { text: t.type }), el("td", { text: t.value || "" })));
    if (!(doc.times || []).length) tt.append(el("tr", {}, el("td", { class: "empty", colSpan: 3, text: "no time expressions" })));
    $("#time-count").textContent = `(${(doc.times || []).length})`;

    const pts = [];
    for (const p of doc.places || []) if (p.lat !== null && p.lat !== undefined) pts.push({ lat: +p.lat, lon: +p.lon, label: `${p.name}${p.country ? ", " + p.country : ""} (place)`, cls: "place", n: 1 });
    for (const ev of doc.events || []) if (ev.location && ev.location.lat !== null && ev.location.lat !== undefined)
      pts.push({ lat: +ev.location.lat, lon: +ev.location.lon, label: `${ev.location.name}: ${fmtRef(ev.source)} → ${fmtRef(ev.target)} ${ev.cameo}`, cls: "event", n: 1 });
    $("#place-count").textContent = `(${(doc.places || []).length})`;
    drawMap($("#article-map"), pts);
  }

  function showDocument(doc) {
    state.doc = doc;
    $("#article-title").textContent = doc.title || (doc.text || "").split("\n")[0].slice(0, 120) || doc.id;
    const n = (k) => (doc[k] || []).length;
    $("#article-meta").textContent = `id ${doc.id} · published ${doc.published || "unknown"} · ${n("actors")} actors, ` +
      `${n("events")} events, ${n("quotes")} quotes, ${n("times")} times, ${n("places")} places`;
    renderText(doc);
    wireText(doc);
    renderPanels(doc);
    for (const li of $$("#doc-list li")) li.classList.toggle("current", li.dataset.id === doc.id);
  }

  async function openDocument(id) {
    try {
      setStatus("loading document…");
      showDocument(await api("/api/documents/" + encodeURIComponent(id)));
      setStatus("");
      if (location.hash !== "#article") location.hash = "#article";
    } catch (e) { setStatus(e.message); }
  }

  async function loadDocs(offset) {
    const list = $("#doc-list");
    try {
      const page = await api(`/api/documents?limit=25&offset=${offset}`);
      state.docsOffset = offset;
      list.replaceChildren();
      for (const d of page.items) {
        const li = el("li", { "data-id": d.id }, el("div", { text: d.title || d.id }),
          el("div", { class: "d", text: `${d.published || "undated"} · ${d.n_events} events · ${d.n_quotes} quotes` }));
        li.onclick = () => openDocument(d.id);
        list.append(li);
      }
      if (!page.items.length) list.append(el("li", { class: "empty", text: "none stored yet" }));
      $("#docs-prev").disabled = offset === 0;
      $("#docs-next").disabled = page.next_offset === null;
    } catch (e) {
      list.replaceChildren(el("li", { class: "empty", text: e.message }));
      $("#docs-prev").disabled = true; $("#docs-next").disabled = true;
    }
  }

  async function submitExtract(evt) {
    evt.preventDefault();
    const err = $("#extract-error");
    err.hidden = true;
    const text = $("#extract-text").value;
    if (!text.trim()) { err.textContent = "Paste or upload an article first."; err.hidden = false; return; }
    const token = $("#extract-token").value.trim();
    if (token) sessionStorage.setItem("geowire-token", token);
    const body = { text, format: $("#extract-format").value, store: $("#extract-store").checked };
    if ($("#extract-published").value) body.published = $("#extract-published").value;
    if ($("#extract-title").value.trim()) body.title = $("#extract-title").value.trim();
    const btn = $("#extract-btn");
    btn.disabled = true; setStatus("extracting…");
    try {
      const doc = await api("/api/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      showDocument(doc);
      setStatus(`extracted ${doc.id}`);
      if (body.store) { loadDocs(0); state.eventsLoaded = state.quotesLoaded = state.actorsLoaded = state.dyadLoaded = state.networkLoaded = state.mapLoaded = false; }
    } catch (e) { err.textContent = e.message; err.hidden = false; setStatus(""); }
    finally { btn.disabled = false; }
  }

  async function loadExample() {
    try {
      const ex = await api("/api/example");
      $("#extract-text").value = ex.text;
      $("#extract-published").value = ex.published || "";
      $("#extract-title").value = ex.title || "";
      $("#extract-format").value = "text";
    } catch (e) { setStatus(e.message); }
  }

  async function readFile() {
    const f = $("#extract-file").files[0];
    if (!f) return;
    if (state.health && f.size > state.health.max_body) { setStatus(`file over ${state.health.max_body} bytes`); return; }
    $("#extract-text").value = await f.text();
    $("#extract-format").value = /\.html?$/i.test(f.name) ? "html" : "text";
    if (!$("#extract-title").value) $("#extract-title").value = f.name.replace(/\.[^.]+$/, "");
  }

  // -- events view -----------------------------------------------------------------------
  async function loadEvents(offset) {
    state.eventsLoaded = true;
    const current = ticket("events");
    const p = formParams($("#events-form"));
    for (const fmt of ["csv", "parquet"]) {
      const d = new URLSearchParams(p); d.set("format", fmt);
      $("#events-" + fmt).href = "/api/events/download?" + d.toString();
    }
    p.set("limit", "100"); p.set("offset", String(offset));
    const table = $("#events-table");
    const head = el("tr", {}, ...["date", "source", "target", "CAMEO", "PLOVER", "quad", "Goldstein", "modality", "reports", "evidence"].map((h) => el("th", { text: h })));
    try {
      const page = await api("/api/events?" + p.toString());
      if (!current()) return;
      state.eventsOffset = offset;
      table.replaceChildren(head);
      for (const ev of page.items) {
        const tr = el("tr", { class: "click", title: "open the article" }, el("td", { text: ev.date || "" }), el("td", { text: fmtRef(ev.source) }),
          el("td", { text: fmtRef(ev.target) }), el("td", { text: ev.cameo }), el("td", { text: ev.plover || "" }), el("td", {}, qbadge(ev.quad_class)),
          el("td", { text: String(ev.goldstein) }), el("td", { text: ev.modality }), el("td", { text: String(ev.reports) }),
          el("td", { class: "ev", text: ev.evidence }));
        tr.onclick = () => openDocument(ev.doc_id);
        table.append(tr);
      }
      if (!page.items.length) table.append(el("tr", {}, el("td", { class: "empty", colSpan: 10, text: "no events match" })));
      $("#events-prev").disabled = offset === 0;
      $("#events-next").disabled = page.next_offset === null;
      $("#events-page").textContent = page.items.length ? `rows ${offset + 1}–${offset + page.items.length}` : "";
    } catch (e) { table.replaceChildren(head, el("tr", {}, el("td", { class: "empty", colSpan: 10, text: e.message }))); }
  }

  // -- quotes view -----------------------------------------------------------------------
  async function loadQuotes(offset) {
    state.quotesLoaded = true;
    const current = ticket("quotes");
    const p = formParams($("#quotes-form"));
    p.set("limit", "100"); p.set("offset", String(offset));
    const table = $("#quotes-table");
    const head = el("tr", {}, ...["published", "speaker", "quote", "kind", "article"].map((h) => el("th", { text: h })));
    try {
      const page = await api("/api/quotes?" + p.toString());
      if (!current()) return;
      state.quotesOffset = offset;
      table.replaceChildren(head);
      for (const q of page.items) {
        const tr = el("tr", { class: "click", title: "open the article" }, el("td", { text: q.published || "" }),
          el("td", { text: q.speaker ? fmtRef(q.speaker) : "unknown" }), el("td", { class: "ev", text: q.text }),
          el("td", { text: q.kind || "" }), el("td", { text: q.title || q.doc_id }));
        tr.onclick = () => openDocument(q.doc_id);
        table.append(tr);
      }
      if (!page.items.length) table.append(el("tr", {}, el("td", { class: "empty", colSpan: 5, text: "no quotes match" })));
      $("#quotes-prev").disabled = offset === 0;
      $("#quotes-next").disabled = page.next_offset === null;
      $("#quotes-page").textContent = page.items.length ? `rows ${offset + 1}–${offset + page.items.length}` : "";
    } catch (e) { table.replaceChildren(head, el("tr", {}, el("td", { class: "empty", colSpan: 5, text: e.message }))); }
  }

  // -- charts: quad class bars per period (dyad timeline, actor page) --------------------
  const DAY = 86400;
  const STEP = { day: DAY, week: 7 * DAY, month: 30.44 * DAY, quarter: 91.3 * DAY, year: 365.25 * DAY };
  const PRECISION_WORD = { week: "week", month: "month", quarter: "quarter", year: "year" };
  const ts = (iso) => Date.parse(iso + "T00:00:00Z") / 1000;

  /* Bars for the four quad classes side by side in every period (zero-filled periods show
   * as empty slots), the mean Goldstein as a dashed line that breaks where a period has no
   * events, and `coarse` events (dated only to a month or a year) as shaded spans over the
   * whole month or year they are known to, never as a bar on its first day. */
  function quadChart(box, key, rows, by, coarse) {
    if (state.plots[key]) { state.plots[key].destroy(); delete state.plots[key]; }
    box.replaceChildren();
    coarse = coarse || [];
    if (!rows.length && !coarse.length) { box.append(el("p", { class: "empty", text: "no events" })); box.dataset.periods = "0"; return; }
    const step = STEP[by] || DAY;
    const xs = rows.map((r) => ts(r.period));
    const slot = step / 5;
    const bars = uPlot.paths && uPlot.paths.bars ? uPlot.paths.bars({ size: [0.9, 60], align: 0 }) : undefined;
    const xs4 = xs.flatMap((x) => [0, 1, 2, 3].map((k) => x + step / 2 + (k - 1.5) * slot));
    const data = [xs4];
    for (let q = 1; q <= 4; q++) data.push(rows.flatMap((r) => [0, 1, 2, 3].map((k) => (k === q - 1 ? r["q" + q] : null))));
    data.push(rows.flatMap((r) => [0, 1, 2, 3].map((k) => (k === 1 ? r.goldstein_mean : null))));
    const spans = coarse.map((c) => ({ x0: ts(c.period), x1: ts(c.until) + DAY, n: c.n, label: `${c.label}: ${c.n} (${PRECISION_WORD[c.precision] || c.precision} only)` }));
    let lo = xs.length ? xs[0] : Infinity, hi = xs.length ? xs[xs.length - 1] + step : -Infinity;
    for (const sp of spans) { lo = Math.min(lo, sp.x0); hi = Math.max(hi, sp.x1); }
    if (!xs4.length) { data.forEach((d, i) => d.push(i === 0 ? lo : null)); }
    const maxN = Math.max(1, ...rows.map((r) => Math.max(r.q1, r.q2, r.q3, r.q4)), ...spans.map((sp) => sp.n));
    const labels = rows.map((r) => r.label || r.period);
    const qs = (q) => ({ label: QUAD[q], stroke: QCOLOR[q], fill: QCOLOR[q] + "cc", width: 1, paths: bars,
      points: { show: false }, scale: "n" });
    const drawSpans = (u) => {
      const ctx = u.ctx;
      ctx.save();
      ctx.font = `${Math.round(11 * devicePixelRatio)}px system-ui, sans-serif`;
      for (const sp of spans) {
        const x0 = u.valToPos(sp.x0, "x", true), x1 = u.valToPos(sp.x1, "x", true);
        const y = u.valToPos(sp.n, "n", true), y0 = u.valToPos(0, "n", true);
        ctx.fillStyle = "rgba(106, 63, 181, 0.16)";
        ctx.fillRect(x0, y, Math.max(2, x1 - x0), y0 - y);
        ctx.strokeStyle = "rgba(106, 63, 181, 0.8)"; ctx.setLineDash([4, 3]); ctx.lineWidth = devicePixelRatio;
        ctx.strokeRect(x0, y, Math.max(2, x1 - x0), y0 - y);
        // the label inside the plot: from the span's left, or ending at its right edge
        const w = ctx.measureText(sp.label).width, right = u.bbox.left + u.bbox.width;
        const tx = x0 + 4 + w <= right ? x0 + 4 : Math.max(u.bbox.left, Math.min(x1, right) - 4 - w);
        ctx.fillStyle = "#4b2a86"; ctx.fillText(sp.label, tx, y - 4);
      }
      ctx.restore();
    };
    const opts = {
      width: Math.max(480, box.clientWidth - 20), height: box.classList.contains("small-chart") ? 260 : 400,
      tzDate: (t) => uPlot.tzDate(new Date(t * 1e3), "Etc/UTC"),
      scales: { x: { time: true, range: () => [lo - step / 2, hi + step / 2] },
        n: { range: () => [0, maxN * 1.2] }, g: { range: [-10, 10] } },
      axes: [{}, { scale: "n", label: "events", incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5] },
        { scale: "g", side: 1, label: "mean Goldstein", grid: { show: false } }],
      series: [{ label: "period", value: (u, v, si, idx) => (idx === null || idx === undefined ? "" : labels[Math.floor(idx / 4)] || "") },
        qs(1), qs(2), qs(3), qs(4),
        { label: "mean Goldstein", stroke: "#6a3fb5", width: 2, dash: [6, 4], scale: "g", spanGaps: false,
          points: { show: true, size: 7, fill: "#6a3fb5" } }],
      hooks: { draw: [drawSpans] },
    };
    state.plots[key] = new uPlot(opts, data, box);
    box.dataset.periods = String(rows.length);
    box.dataset.coarse = String(coarse.length);
    box.dataset.by = by;
  }

  // -- dyad timeline ---------------------------------------------------------------------
  async function drawDyad() {
    state.dyadLoaded = true;
    const current = ticket("dyad");
    const form = $("#dyad-form");
    const p = formParams(form);
    // the news window is on by default: events dated within N days before publication
    if (!form.elements.news.checked) p.delete("window");
    p.delete("news");
    p.set("fill", "true"); p.set("split", "true");
    const box = $("#dyad-chart");
    const caption = $("#dyad-caption");
    let data;
    try { data = await api("/api/dyad?" + p.toString()); }
    catch (e) { if (current()) { caption.textContent = e.message; box.replaceChildren(); } return; }
    if (!current()) return;
    const s = data.series, coarse = data.coarse || [];
    const arrow = data.directed ? "→" : "↔";
    const total = s.reduce((t, r) => t + r.n, 0) + coarse.reduce((t, r) => t + r.n, 0);
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    caption.textContent = `${data.a} ${arrow} ${data.b}, per ${data.by}: ${plural(total, "event")} in ${plural(s.length, "period")}` +
      (data.window !== null ? `, dated within ${data.window} days before publication` : ", all dates (background history included)") +
      (coarse.length ? `; ${coarse.length} dates known only to the month or year, drawn as shaded spans` : "") +
      " (counts per quad class on the left axis, mean Goldstein on the right)";
    const table = $("#dyad-table");
    table.replaceChildren(el("tr", {}, ...["period", "verbal coop.", "material coop.", "verbal conflict", "material conflict", "Goldstein sum", "Goldstein mean", "events"].map((h) => el("th", { text: h }))));
    const rowOf = (label, r) => el("tr", {}, ...[label, r.q1, r.q2, r.q3, r.q4, r.goldstein_sum, r.goldstein_mean === null ? "—" : r.goldstein_mean, r.n].map((v) => el("td", { text: String(v) })));
    // a long zero-filled series lists its periods with events only (the chart shows them all)
    const listed = s.length > 1000 ? s.filter((r) => r.n > 0) : s;
    for (const r of listed) table.append(rowOf(r.label || r.period, r));
    if (listed.length < s.length) table.append(el("tr", {}, el("td", { class: "empty", colSpan: 8, text: `${s.length - listed.length} periods without events not listed` })));
    for (const c of coarse) table.append(rowOf(`${c.label} (${PRECISION_WORD[c.precision] || c.precision} only)`, c));
    quadChart(box, "dyad", s, data.by, coarse);
    if (!s.length && !coarse.length) box.replaceChildren(el("p", { class: "empty", text: "no events between these actors" }));
  }

  // -- actors: search and page -----------------------------------------------------------
  async function searchActors() {
    state.actorsLoaded = true;
    const current = ticket("actors");
    const q = $("#actors-form").elements.q.value.trim();
    const table = $("#actors-table");
    const head = el("tr", {}, ...["name", "code", "country", "documents", "mentions"].map((h) => el("th", { text: h })));
    try {
      // a query of 3+ letters is also tried as a code prefix and as a country
      const asks = [api("/api/actors?limit=100" + (q ? "&name=" + encodeURIComponent(q) : ""))];
      if (/^[A-Za-z]{3,}$/.test(q)) asks.push(api("/api/actors?limit=100&code=" + encodeURIComponent(q)), api("/api/actors?limit=100&country=" + encodeURIComponent(q)));
      const pages = await Promise.all(asks);
      if (!current()) return;
      const seen = new Set(), rows = [];
      for (const page of pages) for (const a of page.items) {
        const k = `${a.name}|${a.code}|${a.country}`;
        if (!seen.has(k)) { seen.add(k); rows.push(a); }
      }
      rows.sort((x, y) => y.documents - x.documents || y.mentions - x.mentions || x.name.localeCompare(y.name));
      table.replaceChildren(head);
      for (const a of rows) {
        const key = a.code || a.country;
        const tr = el("tr", { class: key ? "click" : "", title: key ? `open ${key}` : "no code or country to look up" },
          el("td", { text: a.name }), el("td", { text: a.code || "" }), el("td", { text: a.country || "" }),
          el("td", { text: String(a.documents) }), el("td", { text: String(a.mentions) }));
        if (key) tr.onclick = () => { location.hash = "#actors/" + encodeURIComponent(key); };
        table.append(tr);
      }
      if (!rows.length) table.append(el("tr", {}, el("td", { class: "empty", colSpan: 5, text: "no actor matches" })));
    } catch (e) { table.replaceChildren(head, el("tr", {}, el("td", { class: "empty", colSpan: 5, text: e.message }))); }
  }

  async function openActor(key) {
    const current = ticket("actor");
    let a;
    try { a = await api("/api/actors/" + encodeURIComponent(key)); }
    catch (e) { if (current()) { $("#actor-title").textContent = key; $("#actor-meta").textContent = e.message; } return; }
    if (!current()) return;
    state.actor = a;
    const names = a.names.slice(0, 4).map((n) => n.name).join(", ");
    $("#actor-title").textContent = `${a.key}${names ? " — " + names : ""}`;
    const meta = $("#actor-meta");
    meta.replaceChildren(`${a.events} events (${a.as_source} as source, ${a.as_target} as target)` +
      (a.first ? `, ${a.first} to ${a.last}` : "") + `, per ${a.by}. `);
    const link = el("a", { href: "#events", text: "See its events" });
    link.onclick = (evt) => { evt.preventDefault(); const f = $("#events-form"); f.reset(); f.elements.actor.value = a.key; state.eventsLoaded = false; location.hash = "#events"; loadEvents(0); };
    meta.append(link);
    quadChart($("#actor-chart"), "actor", a.series, a.by, a.coarse || []);
    const pt = $("#actor-partners");
    pt.replaceChildren(el("tr", {}, ...["partner", "events", "it acts on them", "they act on it", "mean Goldstein"].map((h) => el("th", { text: h }))));
    for (const r of a.partners) {
      const tr = el("tr", { class: "click", title: `the ${a.key}–${r.partner} dyad over time` }, el("td", { text: r.partner }),
        el("td", { text: String(r.events) }), el("td", { text: String(r.out) }), el("td", { text: String(r.in) }),
        el("td", { text: String(r.goldstein_mean) }));
      tr.onclick = () => { const f = $("#dyad-form"); f.elements.a.value = a.key; f.elements.b.value = r.partner; location.hash = "#dyad"; drawDyad(); };
      pt.append(tr);
    }
    if (!a.partners.length) pt.append(el("tr", {}, el("td", { class: "empty", colSpan: 5, text: "no partners" })));
    const ql = $("#actor-quotes");
    ql.replaceChildren();
    for (const q of a.quotes) {
      const li = el("li", { class: "click" }, el("span", { class: "who", text: q.speaker ? q.speaker.name : "" }),
        `${q.cue ? " " + q.cue : ""}: `, el("span", { class: "hl-quote qc-0", text: q.text }), " ",
        el("span", { class: "kind", text: `(${q.published || "undated"})` }));
      li.onclick = () => openDocument(q.doc_id);
      ql.append(li);
    }
    if (!a.quotes.length) ql.append(el("li", { class: "empty", text: "no quotes" }));
    $("#actor-page").dataset.key = a.key;
  }

  // -- actor network ---------------------------------------------------------------------
  async function drawNetwork() {
    state.networkLoaded = true;
    const current = ticket("network");
    const p = formParams($("#network-form"));
    const root = $("#network");
    let net;
    try { net = await api("/api/network?" + p.toString()); }
    catch (e) { if (current()) { root.replaceChildren(); $("#network-caption").textContent = e.message; } return; }
    if (!current()) return;
    root.replaceChildren();
    const level = $("#network-form").elements.level.value === "code" ? "actor codes" : "countries";
    $("#network-caption").textContent = `${net.nodes.length} ${level}, the ${net.edges.length} heaviest directed relations ` +
      "(edge width: events; colour: mean Goldstein, green cooperative, red conflictual; click a node for its page)";
    if (!net.nodes.length) return;
    const W = 900, H = 600;
    const nodes = net.nodes.map((n, i) => {
      const a = (2 * Math.PI * i) / net.nodes.length;
      return Object.assign({}, n, { x: W / 2 + 220 * Math.cos(a), y: H / 2 + 220 * Math.sin(a), dx: 0, dy: 0 });
    });
    const idx = new Map(nodes.map((n, i) => [n.id, i]));
    const edges = net.edges.filter((e) => idx.has(e.source) && idx.has(e.target) && e.source !== e.target);
    // Fruchterman–Reingold layout, deterministic start on a circle
    const k = Math.min(150, Math.sqrt((W * H) / nodes.length) * 0.6);
    let temp = W / 8;
    for (let it = 0; it < 300; it++) {
      for (const n of nodes) { n.dx = 0; n.dy = 0; }
      for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        const f = (k * k) / d;
        dx /= d; dy /= d;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
      for (const e of edges) {
        const a = nodes[idx.get(e.source)], b = nodes[idx.get(e.target)];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        const f = (d * d) / k;
        dx /= d; dy /= d;
        a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
      }
      // mild gravity toward the centre: unconnected groups stay in view, not on the walls
      for (const n of nodes) { n.dx += (W / 2 - n.x) * 0.8; n.dy += (H / 2 - n.y) * 0.8; }
      for (const n of nodes) {
        const d = Math.max(0.01, Math.hypot(n.dx, n.dy));
        n.x += (n.dx / d) * Math.min(d, temp); n.y += (n.dy / d) * Math.min(d, temp);
        n.x = Math.min(W - 40, Math.max(40, n.x)); n.y = Math.min(H - 30, Math.max(30, n.y));
      }
      temp *= 0.985;
    }
    const defs = svg("defs");
    for (const [name, color] of [["coop", "#2e9d5b"], ["conf", "#c8372d"], ["neut", "#8a939c"]]) {
      const m = svg("marker", { id: "arrow-" + name, viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse" });
      m.append(svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: color }));
      defs.append(m);
    }
    root.append(defs);
    const radius = (n) => 7 + 2.2 * Math.sqrt(n.in + n.out);
    for (const e of edges) {
      const a = nodes[idx.get(e.source)], b = nodes[idx.get(e.target)];
      const g = e.goldstein_mean;
      const kind = g > 0.5 ? "coop" : g < -0.5 ? "conf" : "neut";
      const color = { coop: "#2e9d5b", conf: "#c8372d", neut: "#8a939c" }[kind];
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.hypot(dx, dy));
      const mx = (a.x + b.x) / 2 - (dy / d) * 22, my = (a.y + b.y) / 2 + (dx / d) * 22; // curve: both directions visible
      const rb = radius(b) + 2;
      const ex = b.x - ((b.x - mx) / Math.hypot(b.x - mx, b.y - my)) * rb, ey = b.y - ((b.y - my) / Math.hypot(b.x - mx, b.y - my)) * rb;
      const path = svg("path", { class: "edge", d: `M ${a.x} ${a.y} Q ${mx} ${my} ${ex} ${ey}`, stroke: color,
        "stroke-width": String(1 + Math.log2(1 + e.events) * 1.5), "marker-end": `url(#arrow-${kind})` });
      path.addEventListener("mouseenter", (evt) => showTip(evt, [line(`${e.source} → ${e.target}`,
        `${e.events} events; quad classes ${e.q1}/${e.q2}/${e.q3}/${e.q4}; mean Goldstein ${e.goldstein_mean}`)]));
      path.addEventListener("mouseleave", hideTip);
      root.append(path);
    }
    for (const n of nodes) {
      const g = svg("g", { class: "node", transform: `translate(${n.x},${n.y})` });
      g.append(svg("circle", { r: String(radius(n)) }));
      const t = svg("text", { x: String(radius(n) + 3), y: "4" }); t.textContent = n.id;
      g.append(t);
      g.addEventListener("mouseenter", (evt) => showTip(evt, [line(n.id, `${n.out} events as source, ${n.in} as target`)]));
      g.addEventListener("mouseleave", hideTip);
      g.addEventListener("click", () => { location.hash = "#actors/" + encodeURIComponent(n.id); });
      root.append(g);
    }
  }

  // -- map -------------------------------------------------------------------------------
  async function world() {
    if (!state.world) {
      const topo = await fetch("/static/vendor/countries-110m.json").then((r) => r.json());
      state.world = topojson.feature(topo, topo.objects.countries);
    }
    return state.world;
  }
  const proj = (lon, lat) => [((lon + 180) / 360) * 720, ((90 - lat) / 180) * 360];
  /* A ring that crosses the antimeridian (Russia's far east, Fiji) is unwrapped: it runs on
   * past ±180° and is drawn again 360° over, each copy clipped at the map's edge, so no
   * closing line cuts across the map. A ring around the pole (Antarctica) spans every
   * longitude and is drawn as it comes, broken where it jumps. */
  function ringPath(ring) {
    const pts = [];
    let off = 0, prev = null, lo = Infinity, hi = -Infinity;
    for (const [lon, lat] of ring) {
      if (prev !== null && Math.abs(lon - prev) > 180) off += lon < prev ? 360 : -360;
      prev = lon;
      const u = lon + off;
      pts.push([u, lat]); lo = Math.min(lo, u); hi = Math.max(hi, u);
    }
    if (hi - lo >= 350) {
      let d = "", last = null;
      for (const [lon, lat] of ring) {
        const [x, y] = proj(lon, lat);
        d += (last === null || Math.abs(lon - last) > 180 ? "M" : "L") + x.toFixed(1) + " " + y.toFixed(1);
        last = lon;
      }
      return d + "Z";
    }
    const path = (shift) => pts.map(([u, lat], i) => {
      const [x, y] = proj(u + shift, lat);
      return (i ? "L" : "M") + x.toFixed(1) + " " + y.toFixed(1);
    }).join("") + "Z";
    let d = path(0);
    if (hi > 180) d += path(-360);
    if (lo < -180) d += path(360);
    return d;
  }
  /* Circles sized by event count (area proportional), optionally coloured by mean Goldstein;
   * with `legend`, a key of circle sizes and colours in the lower left corner. */
  const radiusOf = (n, max) => 2.5 + 16 * Math.sqrt(n / Math.max(1, max));
  function goldsteinColour(g) { return g === null || g === undefined ? "#8a939c" : g > 1 ? "#2e9d5b" : g < -1 ? "#c8372d" : "#e0a21e"; }
  async function drawMap(root, points, legend) {
    const current = ticket("drawmap-" + root.id);
    let w;
    try { w = await world(); } catch (e) { root.replaceChildren(svg("text", { x: "10", y: "20" })); return; }
    if (!current()) return;
    root.replaceChildren();
    for (let lon = -180; lon <= 180; lon += 30) { const [x] = proj(lon, 0); root.append(svg("path", { class: "graticule", d: `M${x} 0V360` })); }
    for (let lat = -60; lat <= 60; lat += 30) { const [, y] = proj(0, lat); root.append(svg("path", { class: "graticule", d: `M0 ${y}H720` })); }
    let d = "";
    for (const f of w.features) {
      const g = f.geometry;
      if (!g) continue;
      const polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
      for (const poly of polys) for (const ring of poly) d += ringPath(ring);
    }
    root.append(svg("path", { class: "land", d, "fill-rule": "evenodd" }));
    const max = Math.max(1, ...points.map((p) => p.n || 1));
    // biggest first, so small places stay visible on top
    for (const p of points.slice().sort((a, b) => (b.n || 1) - (a.n || 1))) {
      const [x, y] = proj(p.lon, p.lat);
      const attrs = { class: "pt " + (p.cls || ""), cx: x.toFixed(1), cy: y.toFixed(1), r: (legend ? radiusOf(p.n || 1, max) : 3 + 2.2 * Math.sqrt(p.n || 1)).toFixed(1) };
      if (legend) attrs["data-n"] = String(p.n);
      const c = svg("circle", attrs);
      if (p.colour) c.style.fill = p.colour; // CSSOM: the CSP allows no inline style attributes
      c.addEventListener("mouseenter", (evt) => showTip(evt, [el("div", { text: p.label })]));
      c.addEventListener("mouseleave", hideTip);
      root.append(c);
    }
    if (legend) {
      const sizes = Array.from(new Set([1, Math.round(max / 10) || 1, max])).sort((x, y) => x - y);
      const top = Math.max(...sizes.map((n) => 2 * radiusOf(n, max)));
      const H = 20 + top + 16 + 16 + 3 * 14 + 6;
      const g = svg("g", { class: "legend", transform: `translate(6 ${354 - H})` });
      g.append(svg("rect", { x: "0", y: "0", width: "128", height: String(H), rx: "4" }));
      const text = (x, y, s, anchor) => { const t = svg("text", { x: String(x), y: String(y), "text-anchor": anchor || "start" }); t.textContent = s; g.append(t); };
      text(6, 12, "events per place");
      let x = 10;
      for (const n of sizes) {
        const r = radiusOf(n, max);
        g.append(svg("circle", { class: "key", cx: (x + r).toFixed(1), cy: (16 + top - r).toFixed(1), r: r.toFixed(1) }));
        text(x + r, 16 + top + 11, String(n), "middle");
        x += 2 * r + 12;
      }
      let y = 16 + top + 28;
      text(6, y, "mean Goldstein");
      for (const [label, gv] of [["over 1: cooperation", 1.5], ["−1 to 1", 0], ["under −1: conflict", -1.5]]) {
        y += 14;
        const c = svg("circle", { class: "key", cx: "12", cy: String(y - 3), r: "4.5" });
        c.style.fill = goldsteinColour(gv);
        g.append(c);
        text(22, y, label);
      }
      root.append(g);
    }
    root.dataset.points = String(points.length);
    root.dataset.events = String(points.reduce((t, p) => t + (p.n || 1), 0));
  }
  async function drawEventMap() {
    state.mapLoaded = true;
    const current = ticket("map");
    const p = formParams($("#map-form"));
    let data;
    try { data = await api("/api/events/places?" + p.toString()); }
    catch (e) { if (current()) { $("#map-caption").textContent = e.message; drawMap($("#world-map"), [], true); } return; }
    if (!current()) return;
    const pts = data.places.map((g) => ({
      lat: g.lat, lon: g.lon, n: g.n, cls: "event", colour: goldsteinColour(g.goldstein_mean),
      label: `${g.name}${g.country ? ", " + g.country : ""}: ${g.n} event${g.n > 1 ? "s" : ""} ` +
        `(quad classes ${g.q1}/${g.q2}/${g.q3}/${g.q4}, mean Goldstein ${g.goldstein_mean}), ` +
        (g.first === g.last ? `${g.first || "undated"}` : `${g.first} to ${g.last}`),
    }));
    $("#map-caption").textContent = `${data.events} events match; the ${data.located} with a location are drawn at ${pts.length} places` +
      ` (${data.events - data.located} without one); circle area: events, colour: mean Goldstein; world outline bundled, no tiles`;
    drawMap($("#world-map"), pts, true);
    const table = $("#map-places");
    table.replaceChildren(el("tr", {}, ...["place", "country", "events", "verbal coop.", "material coop.", "verbal conflict", "material conflict", "mean Goldstein", "first", "last"].map((h) => el("th", { text: h }))));
    for (const g of data.places.slice(0, 200))
      table.append(el("tr", {}, ...[g.name, g.country || "", g.n, g.q1, g.q2, g.q3, g.q4, g.goldstein_mean, g.first || "", g.last || ""].map((v) => el("td", { text: String(v) }))));
    if (data.places.length > 200) table.append(el("tr", {}, el("td", { class: "empty", colSpan: 10, text: `and ${data.places.length - 200} more places` })));
    if (!data.places.length) table.append(el("tr", {}, el("td", { class: "empty", colSpan: 10, text: "no located events match" })));
  }

  // -- start -----------------------------------------------------------------------------
  async function start() {
    try {
      state.health = await api("/api/health");
      const h = state.health;
      $("#store-wrap").hidden = !h.write;
      $("#extract-store").checked = h.write;
      $("#token-wrap").hidden = !h.token_required;
      if (!h.extract) { $("#extract-btn").disabled = true; $("#extract-error").textContent = "Extraction is disabled on this server."; $("#extract-error").hidden = false; }
      setStatus(`${h.store}${h.write ? " (writable)" : " (read-only)"} · geowire ${h.version}`);
    } catch (e) { setStatus(e.message); }
    $("#extract-form").addEventListener("submit", submitExtract);
    $("#example-btn").addEventListener("click", loadExample);
    $("#extract-file").addEventListener("change", readFile);
    $("#docs-prev").addEventListener("click", () => loadDocs(Math.max(0, state.docsOffset - 25)));
    $("#docs-next").addEventListener("click", () => loadDocs(state.docsOffset + 25));
    $("#events-form").addEventListener("submit", (e) => { e.preventDefault(); loadEvents(0); });
    $("#events-prev").addEventListener("click", () => loadEvents(Math.max(0, state.eventsOffset - 100)));
    $("#events-next").addEventListener("click", () => loadEvents(state.eventsOffset + 100));
    $("#quotes-form").addEventListener("submit", (e) => { e.preventDefault(); loadQuotes(0); });
    $("#quotes-prev").addEventListener("click", () => loadQuotes(Math.max(0, state.quotesOffset - 100)));
    $("#quotes-next").addEventListener("click", () => loadQuotes(state.quotesOffset + 100));
    $("#actors-form").addEventListener("submit", (e) => { e.preventDefault(); searchActors(); });
    $("#dyad-form").addEventListener("submit", (e) => { e.preventDefault(); drawDyad(); });
    $("#network-form").addEventListener("submit", (e) => { e.preventDefault(); drawNetwork(); });
    $("#map-form").addEventListener("submit", (e) => { e.preventDefault(); drawEventMap(); });
    loadDocs(0);
    drawMap($("#article-map"), []);
    showView(location.hash.slice(1));
  }
  document.addEventListener("DOMContentLoaded", start);
})();
