"""An analyst's views in Debian's chromium: exact highlights in any Unicode text, newest
first with a sort and a download, every event on the map, a dyad chart that tells the
truth about gaps and imprecise dates, actor pages, a readable network."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_dashboard import open_view, wait_until
from webstore import UNICODE_TEXT, unicode_doc

pytestmark = pytest.mark.browser

#: What an analyst pastes: emoji and a flag before "GCC", a combining mark, Arabic and
#: Hebrew (right to left), and a character beyond the BMP before the last sentence.
PASTE = (
    "Riyadh 🇸🇦😀: The GCC condemned Iran on Monday. "
    "Zoe\u0308 Ortiz of the 👩🏽‍💼 delegation spoke in Tehran. "
    "قالت إيران إنها ترفض البيان. "
    "𠜎 Saudi Arabia accused Iran of attacking tankers."
)


def highlighted(page, kind: str) -> dict[int, str]:
    """Per annotation index: the text of the dashboard's highlighted pieces, joined."""
    return {
        int(k): v
        for k, v in page.evaluate(
            """(kind) => {
              const out = {};
              for (const n of document.querySelectorAll(`#article-text .hl-${kind}`))
                for (const i of n.dataset[kind].split(" ")) out[i] = (out[i] || []).concat([n]);
              const res = {};
              for (const [i, ns] of Object.entries(out))
                res[i] = ns.map((n) => n.textContent).join("");
              return res;
            }""",
            kind,
        ).items()
    }


def expected(doc: dict, kind: str) -> dict[int, str]:
    """Per annotation index: the words its code-point spans cover, sliced in Python (the
    contract's offsets). Actors have several mentions, joined in order."""
    text = doc["text"]
    key = {"actor": "actors", "event": "events", "time": "times", "place": "places"}[kind]
    out = {}
    for i, item in enumerate(doc[key]):
        spans = item["mentions"] if kind == "actor" else [item["span"]]
        out[i] = "".join(text[s:e] for s, e in spans)
    return out


@pytest.fixture
def base(analyst_server):
    return analyst_server


def test_unicode_article_highlights_the_api_spans(analyst_page, base, shots):
    page = analyst_page
    doc = unicode_doc()
    open_view(page, base, "article")
    page.click(f'#doc-list li[data-id="{doc.id}"]')
    wait_until(page, f"window.geowire.doc && window.geowire.doc.id === '{doc.id}'")
    got_doc = page.evaluate("() => window.geowire.doc")
    assert got_doc["text"] == UNICODE_TEXT
    for kind in ("actor", "event", "time", "place"):
        assert highlighted(page, kind) == expected(got_doc, kind), kind
    assert highlighted(page, "actor")[0] == "GCCGCC"  # both mentions, after the emoji and flag
    assert highlighted(page, "actor")[1] == "IranإيرانIran"  # Arabic between, right to left
    assert highlighted(page, "actor")[2] == "Zoe\u0308 Ortiz"  # the combining mark included
    assert highlighted(page, "actor")[3] == "ישראל"
    assert highlighted(page, "place")[1] == "Doha"  # after U+2070E
    quote = page.locator("#article-text .hl-quote").all_inner_texts()
    assert "".join(quote) == "We will not accept this."
    assert page.locator("#article-text .hl-speaker").all_inner_texts() == ["Zoe\u0308 Ortiz"]
    # the whole text is shown, nothing lost or doubled by the conversion
    assert (
        page.locator("#article-text").evaluate(
            "n => Array.from(n.childNodes)"
            ".filter(c => !(c.classList && c.classList.contains('tval')))"
            ".map(c => c.textContent).join('')"
        )
        == UNICODE_TEXT
    )
    page.screenshot(path=str(shots / "article_unicode_stored.png"), full_page=True)


@pytest.mark.model
def test_pasted_unicode_text_highlights_gcc(analyst_page, base, shots):
    page = analyst_page
    open_view(page, base, "article")
    page.fill("#extract-text", PASTE)
    page.fill("#extract-published", "2024-03-05")
    page.uncheck("#extract-store")
    page.click("#extract-btn")
    wait_until(page, "window.geowire.doc !== null", timeout=180)
    assert page.locator("#extract-error").is_hidden()
    doc = page.evaluate("() => window.geowire.doc")  # spans index its cleaned text
    assert "🇸🇦😀: The GCC" in doc["text"]
    actors = highlighted(page, "actor")
    assert actors == expected(doc, "actor")
    assert "GCC" in actors.values(), actors  # not "e G" or any other shifted window
    for kind in ("event", "time", "place"):
        assert highlighted(page, kind) == expected(doc, kind), kind
    page.screenshot(path=str(shots / "article_unicode_paste.png"), full_page=True)


def table_column(page, table: str, col: int) -> list[str]:
    return page.locator(f"{table} tr.click").evaluate_all(
        f"rows => rows.map(r => r.cells[{col}].textContent.trim())"
    )


def test_events_newest_first_sort_and_download(analyst_page, base, shots, tmp_path):
    page = analyst_page
    open_view(page, base, "events")
    page.wait_for_selector("#events-table tr.click")
    page.screenshot(path=str(shots / "events_newest.png"))
    dates = table_column(page, "#events-table", 0)
    # newest first: "2024" (a year) sorts on its first day, with 2024-01-01
    assert dates[0] == "2024-03-08"
    assert [d[:4] for d in dates] == sorted((d[:4] for d in dates), reverse=True)
    page.fill('#events-form input[name="actor"]', "IRQ")
    page.click("#events-form button[type=submit]")
    wait_until(page, "document.querySelectorAll('#events-table tr.click').length === 5")
    assert table_column(page, "#events-table", 0) == [
        "2024-03-08",
        "2024-03",
        "2024",
        "1991-01",
        "1980",
    ]
    page.select_option('#events-form select[name="sort"]', "oldest")
    page.click("#events-form button[type=submit]")
    wait_until(
        page,
        "document.querySelector('#events-table tr.click') && "
        "document.querySelector('#events-table tr.click').cells[0].textContent === '1980'",
    )
    page.locator("#view-events").screenshot(path=str(shots / "events_sorted.png"))
    # the download buttons carry the table's filters and sort
    with page.expect_download() as info:
        page.click("#events-csv")
    dl = info.value
    assert dl.suggested_filename == "geowire-events.csv"
    rows = list(csv.DictReader(io.StringIO(open(dl.path(), encoding="utf-8").read())))
    assert [r["date"] for r in rows] == ["1980", "1991-01", "2024", "2024-03", "2024-03-08"]
    assert {r["source_country"] for r in rows} == {"IRQ", "IRN"}
    with page.expect_download() as info:
        page.click("#events-parquet")
    import pyarrow.parquet as pq

    table = pq.read_table(info.value.path())
    assert table.num_rows == 5 and "goldstein" in table.column_names


def test_map_draws_every_event_by_place_with_a_legend(analyst_page, base, shots):
    page = analyst_page
    open_view(page, base, "map")
    page.wait_for_selector("#world-map path.land")
    wait_until(page, "document.querySelector('#world-map').dataset.points === '3'")
    svg = page.locator("#world-map")
    # 1,100 old events in Damascus, 150 new ones in Cairo, one in Doha: all of them drawn
    assert svg.get_attribute("data-events") == "1251"
    counts = sorted(
        int(n)
        for n in svg.locator("circle.pt[data-n]").evaluate_all("cs => cs.map(c => c.dataset.n)")
    )
    assert counts == [1, 150, 1100]
    radius = {
        n: float(r)
        for n, r in svg.locator("circle.pt[data-n]").evaluate_all(
            "cs => cs.map(c => [Number(c.dataset.n), c.getAttribute('r')])"
        )
    }
    assert radius[1100] > radius[150] > radius[1]
    assert svg.locator("g.legend").count() == 1
    assert "events per place" in (svg.locator("g.legend").text_content() or "")
    places = page.locator("#map-places tr").evaluate_all(
        "rows => rows.slice(1).map(r => [r.cells[0].textContent, r.cells[2].textContent])"
    )
    assert places == [["Damascus", "1100"], ["Cairo", "150"], ["Doha", "1"]]
    caption = page.locator("#map-caption").inner_text()
    assert "1257 events match; the 1251 with a location are drawn at 3 places" in caption
    # no line cuts across the map where a country crosses the antimeridian (Russia, Fiji)
    longest = svg.locator("path.land").evaluate(
        """p => {
          let max = 0, x = 0, y = 0, sx = 0, sy = 0;
          const steps = p.getAttribute('d').matchAll(/([MLZ])\\s*([-\\d.]*)\\s*([-\\d.]*)/g);
          for (const [, c, a, b] of steps) {
            const [nx, ny] = c === 'Z' ? [sx, sy] : [Number(a), Number(b)];
            if (c !== 'M') max = Math.max(max, Math.hypot(nx - x, ny - y));
            if (c === 'M') { sx = nx; sy = ny; }
            x = nx; y = ny;
          }
          return max;
        }"""
    )
    assert longest < 60, longest
    page.locator("#view-map").screenshot(path=str(shots / "map_places.png"))
    # filters still apply: the newest events only
    page.fill('#map-form input[name="since"]', "2023-01-01")
    page.click("#map-form button")
    wait_until(page, "document.querySelector('#world-map').dataset.events === '151'")


def test_dyad_zero_fill_news_window_and_coarse_dates(analyst_page, base, shots):
    page = analyst_page
    open_view(page, base, "dyad")
    page.fill('#dyad-form input[name="a"]', "IRQ")
    page.fill('#dyad-form input[name="b"]', "IRN")
    page.select_option('#dyad-form select[name="by"]', "day")
    page.click("#dyad-form button")
    # news window on (30 days): 1980 and 1991 are background history, left out; the day
    # event is one period, the month-only and year-only dates are spans, not 1 March / 1 Jan
    page.wait_for_selector('#dyad-chart[data-by="day"][data-periods="1"][data-coarse="2"] canvas')
    rows = page.locator("#dyad-table tr").evaluate_all(
        "rows => rows.slice(1).map(r => r.cells[0].textContent.trim())"
    )
    assert rows == ["2024-03-08", "2024 (year only)", "2024-03 (month only)"]
    assert "within 30 days before publication" in page.locator("#dyad-caption").inner_text()
    page.locator("#view-dyad").screenshot(path=str(shots / "dyad_news_window.png"))
    # per month, window off: every month from 1991-01 to 2024-03 drawn, empty ones as zero
    page.select_option('#dyad-form select[name="by"]', "month")
    page.uncheck('#dyad-form input[name="news"]')
    page.click("#dyad-form button")
    months = (2024 - 1991) * 12 + 3
    page.wait_for_selector(
        f'#dyad-chart[data-by="month"][data-periods="{months}"][data-coarse="2"] canvas'
    )
    labels = page.locator("#dyad-table tr").evaluate_all(
        "rows => rows.slice(1).map(r => r.cells[0].textContent.trim())"
    )
    assert labels[:3] == ["1991-01", "1991-02", "1991-03"]
    assert labels[months - 1] == "2024-03"
    assert labels[months:] == ["1980 (year only)", "2024 (year only)"]
    page.locator("#view-dyad").screenshot(path=str(shots / "dyad_all_history.png"))


def test_actor_search_and_page(analyst_page, base, shots):
    page = analyst_page
    open_view(page, base, "actors")
    page.fill('#actors-form input[name="q"]', "zoe")
    page.click("#actors-form button")
    wait_until(page, "document.querySelectorAll('#actors-table tr.click').length === 1")
    page.locator("#actors-table tr.click >> nth=0").click()
    wait_until(page, "document.querySelector('#actor-page').dataset.key === 'IGOGCC'")
    assert "2 events" in page.locator("#actor-meta").inner_text()
    assert table_column(page, "#actor-partners", 0) == ["IRN"]
    assert "We will not accept this." in page.locator("#actor-quotes").inner_text()
    page.wait_for_selector("#actor-chart canvas")
    # a country as the key, straight from the address
    page.goto(f"{base}/#actors/IRQ")
    wait_until(page, "document.querySelector('#actor-page').dataset.key === 'IRQ'")
    assert table_column(page, "#actor-partners", 0) == ["IRN"]
    page.locator("#view-actors").screenshot(path=str(shots / "actor_page.png"))
    # a partner opens the dyad
    page.locator("#actor-partners tr.click >> nth=0").click()
    page.wait_for_selector("#dyad-chart canvas")
    assert page.input_value('#dyad-form input[name="b"]') == "IRN"


def test_network_countries_only_and_top_relations(analyst_page, base, shots):
    page = analyst_page
    open_view(page, base, "network")
    page.wait_for_selector("#network g.node")
    labels = sorted(page.locator("#network g.node text").all_text_contents())
    assert labels == ["EGY", "IRN", "IRQ", "ISR", "SYR", "TUR"]  # no IGO, no GCC code
    page.locator("#view-network").screenshot(path=str(shots / "network_countries.png"))
    page.fill('#network-form input[name="limit"]', "1")
    page.click("#network-form button")
    wait_until(page, "document.querySelectorAll('#network path.edge').length === 1")
    page.select_option('#network-form select[name="level"]', "code")
    page.fill('#network-form input[name="limit"]', "40")
    page.click("#network-form button")
    wait_until(
        page,
        "Array.from(document.querySelectorAll('#network g.node text'))"
        ".some(t => t.textContent === 'IGOGCC')",
    )


def test_quotes_view_newest_first(analyst_page, base, shots):
    page = analyst_page
    open_view(page, base, "quotes")
    page.wait_for_selector("#quotes-table tr.click")
    page.locator("#view-quotes").screenshot(path=str(shots / "quotes.png"))
    assert table_column(page, "#quotes-table", 2) == ["We will not accept this."]
    assert json.dumps(table_column(page, "#quotes-table", 0)) == '["2024-03-05"]'
