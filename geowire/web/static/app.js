/* geowire dashboard: vanilla JS over the JSON API (/api). No CDN, no build step.
 * Views: article (highlighted text), events table, dyad timeline (uPlot), actor network (SVG),
 * map of event locations (bundled world outline via topojson-client). */
"use strict";

(function () {
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
  const QCOLOR = { 1: "#2e9d5b", 2: "#2470c2", 3: "#e08a1e", 4: "#c8372d" };
  const SVGNS = "http://www.w3.org/2000/svg";
  const state = { health: null, doc: null, docsOffset: 0, eventsOffset: 0, world: null, plot: null };
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
  function showView(name) {
    const views = ["article", "events", "dyad", "network", "map"];
    if (!views.includes(name)) name = "article";
    for (const v of views) $("#view-" + v).hidden = v !== name;
    for (const a of $$("#tabs a")) a.classList.toggle("active", a.dataset.view === name);
    if (name === "events" && !state.eventsLoaded) loadEvents(0);
    if (name === "dyad" && !state.dyadLoaded) drawDyad();
    if (name === "network" && !state.networkLoaded) drawNetwork();
    if (name === "map" && !state.mapLoaded) drawEventMap();
  }
  window.addEventListener("hashchange", () => showView(location.hash.slice(1)));

  // -- article view ----------------------------------------------------------------------
  function annotations(doc) {
    const anns = [];
    const add = (kind, span, ref) => {
      if (!span || span.length !== 2) return;
      const [s, e] = span;
      if (Number.isInteger(s) && Number.isInteger(e) && s < e && s >= 0 && e <= doc.text.length) anns.push({ kind, s, e, ref });
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
    const anns = annotations(doc);
    const cuts = new Set([0, text.length]);
    for (const a of anns) { cuts.add(a.s); cuts.add(a.e); }
    const bounds = Array.from(cuts).sort((x, y) => x - y);
    const starts = new Map();
    for (const a of anns) { if (!starts.has(a.s)) starts.set(a.s, []); starts.get(a.s).push(a); }
    const timeEnds = new Map();
    (doc.times || []).forEach((t, i) => { if (t.value) timeEnds.set(t.span[1], (timeEnds.get(t.span[1]) || []).concat([i])); });
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
      if (body.store) { loadDocs(0); state.eventsLoaded = state.dyadLoaded = state.networkLoaded = state.mapLoaded = false; }
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
    const p = formParams($("#events-form"));
    p.set("limit", "100"); p.set("offset", String(offset));
    const table = $("#events-table");
    const head = el("tr", {}, ...["date", "source", "target", "CAMEO", "PLOVER", "quad", "Goldstein", "modality", "reports", "evidence"].map((h) => el("th", { text: h })));
    try {
      const page = await api("/api/events?" + p.toString());
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

  // -- dyad timeline ---------------------------------------------------------------------
  async function drawDyad() {
    state.dyadLoaded = true;
    const form = $("#dyad-form");
    const p = formParams(form);
    const box = $("#dyad-chart");
    const caption = $("#dyad-caption");
    let data;
    try { data = await api("/api/dyad?" + p.toString()); }
    catch (e) { caption.textContent = e.message; box.replaceChildren(); return; }
    const s = data.series;
    const arrow = data.directed ? "→" : "↔";
    caption.textContent = `${data.a} ${arrow} ${data.b}, per ${data.by}: ${s.reduce((t, r) => t + r.n, 0)} events in ${s.length} periods` +
      " (counts per quad class on the left axis, mean Goldstein on the right)";
    const table = $("#dyad-table");
    table.replaceChildren(el("tr", {}, ...["period", "verbal coop.", "material coop.", "verbal conflict", "material conflict", "Goldstein sum", "Goldstein mean", "events"].map((h) => el("th", { text: h }))));
    for (const r of s) table.append(el("tr", {}, ...[r.period, r.q1, r.q2, r.q3, r.q4, r.goldstein_sum, r.goldstein_mean, r.n].map((v) => el("td", { text: String(v) }))));
    if (state.plot) { state.plot.destroy(); state.plot = null; }
    box.replaceChildren();
    if (!s.length) { box.append(el("p", { class: "empty", text: "no events between these actors" })); return; }
    const xs = s.map((r) => Date.parse(r.period + "T00:00:00Z") / 1000);
    const step = { day: 86400, week: 7 * 86400, month: 30 * 86400, quarter: 91 * 86400, year: 365 * 86400 }[data.by] || 86400;
    // Four bars per period, side by side: each quad class gets its own x slot in the period.
    const slot = step / 5;
    const bars = uPlot.paths && uPlot.paths.bars ? uPlot.paths.bars({ size: [0.9, 60], align: 0 }) : undefined;
    const xs4 = xs.flatMap((x) => [0, 1, 2, 3].map((k) => x + (k - 1.5) * slot));
    const data2 = [xs4];
    for (let q = 1; q <= 4; q++) data2.push(s.flatMap((r) => [0, 1, 2, 3].map((k) => (k === q - 1 ? r["q" + q] : null))));
    data2.push(s.flatMap((r) => [0, 1, 2, 3].map((k) => (k === 1 ? r.goldstein_mean : null))));
    const qs = (q) => ({ label: QUAD[q], stroke: QCOLOR[q], fill: QCOLOR[q] + "cc", width: 1, paths: bars,
      points: { show: false }, scale: "n" });
    const opts = {
      width: Math.max(480, box.clientWidth - 20), height: 400,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1e3), "Etc/UTC"),
      scales: { x: { time: true, range: () => [xs[0] - step, xs[xs.length - 1] + step] },
        n: { range: (u, mn, mx) => [0, Math.max(1, mx) * 1.15] }, g: { range: [-10, 10] } },
      axes: [{}, { scale: "n", label: "events" }, { scale: "g", side: 1, label: "mean Goldstein", grid: { show: false } }],
      series: [{ label: "period", value: (u, v) => (v === null ? "" : new Date(v * 1e3).toISOString().slice(0, 10)) },
        qs(1), qs(2), qs(3), qs(4),
        { label: "mean Goldstein", stroke: "#6a3fb5", width: 2, dash: [6, 4], scale: "g", spanGaps: true,
          points: { show: true, size: 7, fill: "#6a3fb5" } }],
    };
    state.plot = new uPlot(opts, data2, box);
    box.dataset.periods = String(s.length);
  }

  // -- actor network ---------------------------------------------------------------------
  async function drawNetwork() {
    state.networkLoaded = true;
    const p = formParams($("#network-form"));
    const root = $("#network");
    root.replaceChildren();
    let net;
    try { net = await api("/api/network?" + p.toString()); }
    catch (e) { $("#network-caption").textContent = e.message; return; }
    $("#network-caption").textContent = `${net.nodes.length} actors, ${net.edges.length} directed relations ` +
      "(edge width: events; colour: mean Goldstein, green cooperative, red conflictual)";
    if (!net.nodes.length) return;
    const W = 900, H = 600;
    const nodes = net.nodes.map((n, i) => {
      const a = (2 * Math.PI * i) / net.nodes.length;
      return Object.assign({}, n, { x: W / 2 + 220 * Math.cos(a), y: H / 2 + 220 * Math.sin(a), dx: 0, dy: 0 });
    });
    const idx = new Map(nodes.map((n, i) => [n.id, i]));
    const edges = net.edges.filter((e) => idx.has(e.source) && idx.has(e.target) && e.source !== e.target);
    // Fruchterman–Reingold layout, deterministic start on a circle
    const k = Math.sqrt((W * H) / nodes.length) * 0.6;
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
      g.addEventListener("click", () => { const f = $("#events-form"); f.elements.actor.value = n.id; state.eventsLoaded = false; location.hash = "#events"; loadEvents(0); });
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
  function ringPath(ring) {
    let d = "", prev = null;
    for (const [lon, lat] of ring) {
      const [x, y] = proj(lon, lat);
      d += (prev === null || Math.abs(lon - prev) > 180 ? "M" : "L") + x.toFixed(1) + " " + y.toFixed(1);
      prev = lon;
    }
    return d + "Z";
  }
  async function drawMap(root, points) {
    root.replaceChildren();
    let w;
    try { w = await world(); } catch (e) { root.append(svg("text", { x: "10", y: "20" })); return; }
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
    for (const p of points) {
      const [x, y] = proj(p.lon, p.lat);
      const c = svg("circle", { class: "pt " + (p.cls || ""), cx: x.toFixed(1), cy: y.toFixed(1), r: String(3 + 2.2 * Math.sqrt(p.n || 1)) });
      c.addEventListener("mouseenter", (evt) => showTip(evt, [el("div", { text: p.label })]));
      c.addEventListener("mouseleave", hideTip);
      root.append(c);
    }
    root.dataset.points = String(points.length);
  }
  async function drawEventMap() {
    state.mapLoaded = true;
    const p = formParams($("#map-form"));
    p.set("limit", "1000");
    let page;
    try { page = await api("/api/events?" + p.toString()); }
    catch (e) { $("#map-caption").textContent = e.message; drawMap($("#world-map"), []); return; }
    const groups = new Map();
    for (const ev of page.items) {
      const l = ev.location;
      if (!l || l.lat === null || l.lat === undefined) continue;
      const key = `${(+l.lat).toFixed(2)},${(+l.lon).toFixed(2)}`;
      const g = groups.get(key) || { lat: +l.lat, lon: +l.lon, n: 0, name: l.name, cls: "event" };
      g.n += 1; groups.set(key, g);
    }
    const pts = Array.from(groups.values()).map((g) => Object.assign(g, { label: `${g.name}: ${g.n} event${g.n > 1 ? "s" : ""}` }));
    $("#map-caption").textContent = `${pts.length} locations of ${page.items.length} events (first 1000 matching); world outline bundled, no tiles`;
    drawMap($("#world-map"), pts);
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
    $("#dyad-form").addEventListener("submit", (e) => { e.preventDefault(); drawDyad(); });
    $("#network-form").addEventListener("submit", (e) => { e.preventDefault(); drawNetwork(); });
    $("#map-form").addEventListener("submit", (e) => { e.preventDefault(); drawEventMap(); });
    loadDocs(0);
    drawMap($("#article-map"), []);
    showView(location.hash.slice(1));
  }
  document.addEventListener("DOMContentLoaded", start);
})();
