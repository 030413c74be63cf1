"""The dashboard in Debian's chromium: article highlights, dyad chart, events, network, map."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from factories import visit_doc

pytestmark = pytest.mark.browser

EXAMPLE = Path(__file__).resolve().parents[2] / "geowire" / "data" / "examples" / "example.jsonl"


def wait_until(page, predicate: str, timeout: float = 15.0) -> None:
    """Poll a JS expression with page.evaluate (wait_for_function would need 'unsafe-eval',
    which the dashboard's Content-Security-Policy forbids; the policy stays on in tests)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"() => Boolean({predicate})"):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {predicate}")
        page.wait_for_timeout(50)


def open_view(page, server: str, view: str) -> None:
    page.goto(f"{server}/#{view}")
    wait_until(page, "window.geowire && window.geowire.health !== null")


def quote_speaker_pairs(page) -> list[dict]:
    """Quotes drawn in the text whose speaker is highlighted too, with both texts."""
    return page.evaluate(
        """() => {
          const doc = window.geowire.doc; const out = [];
          (doc.quotes || []).forEach((q, i) => {
            if (!q.speaker) return;
            const qs = document.querySelectorAll(`#article-text .hl-quote[data-quote~="${i}"]`);
            const ss = document.querySelectorAll(`#article-text .hl-speaker[data-speaker~="${i}"]`);
            if (!qs.length || !ss.length) return;
            const join = (ns) => Array.from(ns).map((n) => n.textContent).join("");
            out.push({i, quote: join(qs), speaker: join(ss), name: q.speaker.name,
                      span: doc.text.slice(q.speaker.span[0], q.speaker.span[1])});
          });
          return out;
        }"""
    )


@pytest.mark.model
def test_paste_the_example_and_see_a_quote_with_its_speaker(page, server, shots):
    record = json.loads(EXAMPLE.read_text(encoding="utf-8").splitlines()[0])
    open_view(page, server, "article")
    page.fill("#extract-text", record["text"])
    page.fill("#extract-published", record["published"])
    page.click("#extract-btn")
    wait_until(page, "window.geowire.doc !== null", timeout=180)
    assert page.locator("#extract-error").is_hidden()
    pairs = quote_speaker_pairs(page)
    assert pairs, "no quote drawn with its speaker highlighted"
    first = pairs[0]
    assert first["speaker"] == first["span"]
    # hovering the quote lights up its speaker
    page.hover(f'#article-text .hl-quote[data-quote~="{first["i"]}"] >> nth=0')
    lit = page.locator(f'#article-text .hl-speaker.lit[data-speaker~="{first["i"]}"]')
    assert lit.count() >= 1
    assert page.locator("#tooltip").is_visible()
    assert "quote" in page.locator("#tooltip").inner_text()
    # the quote list joins each quote to its speaker
    assert first["name"] in page.locator("#quote-list").inner_text()
    page.screenshot(path=str(shots / "article_example.png"), full_page=True)


def test_stored_article_highlights_everything(page, server, shots):
    doc = visit_doc()
    open_view(page, server, "article")
    page.click(f'#doc-list li[data-id="{doc.id}"]')
    wait_until(page, f"window.geowire.doc && window.geowire.doc.id === '{doc.id}'")
    text = page.locator("#article-text")
    assert text.locator(".hl-speaker").all_inner_texts() == ["Tariq al-Hashimi"]
    assert "".join(text.locator(".hl-quote").all_inner_texts()) == (
        "It is our destiny to live with Iran"
    )
    assert text.locator(".hl-time").all_inner_texts() == ["Sunday"]
    assert text.locator(".tval").all_inner_texts() == ["2007-12-09"]
    assert "Tehran" in text.locator(".hl-place").all_inner_texts()
    assert text.locator(".hl-actor").count() >= 3
    # events on hover
    page.hover("#article-text .hl-event >> nth=0")
    tip = page.locator("#tooltip").inner_text()
    assert "CAMEO 040" in tip and "IRQGOV" in tip and "IRNGOV" in tip
    assert page.locator("#doc-events tr").count() == 2  # header + one event
    assert page.locator("#article-map circle").count() == 2  # the place and the event location
    page.screenshot(path=str(shots / "article_stored.png"), full_page=True)


def test_dyad_chart_is_drawn(page, server, shots):
    open_view(page, server, "dyad")
    page.fill('#dyad-form input[name="a"]', "IRQ")
    page.fill('#dyad-form input[name="b"]', "IRN")
    page.select_option('#dyad-form select[name="by"]', "week")
    page.click("#dyad-form button")
    # every week from the first event to the last, those without events as zero rows
    page.wait_for_selector('#dyad-chart[data-by="week"][data-periods="6"] canvas')
    periods = page.locator("#dyad-table tr").evaluate_all(
        "rows => rows.slice(1).map(r => [r.cells[0].textContent.trim(), r.cells[7].textContent])"
    )
    assert periods == [
        ["2007-12-03", "1"],
        ["2007-12-10", "0"],
        ["2007-12-17", "2"],
        ["2007-12-24", "0"],
        ["2007-12-31", "0"],
        ["2008-01-07", "1"],
    ]
    # the canvas holds the bars: count pixels in the quad class colours
    colours = page.evaluate(
        """() => {
          const c = document.querySelector('#dyad-chart canvas');
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          const want = {q1: [46, 157, 91], q3: [224, 138, 30], q4: [200, 55, 45]};
          const n = {q1: 0, q3: 0, q4: 0};
          for (let i = 0; i < d.length; i += 4)
            for (const [k, [r, g, b]] of Object.entries(want))
              if (Math.abs(d[i] - r) < 40 && Math.abs(d[i+1] - g) < 40 && Math.abs(d[i+2] - b) < 40
                  && d[i+3] > 100) n[k]++;
          return n;
        }"""
    )
    assert all(v > 50 for v in colours.values()), colours
    assert "IRQ ↔ IRN" in page.locator("#dyad-caption").inner_text()
    page.locator("#view-dyad").screenshot(path=str(shots / "dyad_chart.png"))


def test_events_table_filters(page, server):
    open_view(page, server, "events")
    page.wait_for_selector("#events-table tr.click")
    assert page.locator("#events-table tr.click").count() == 5
    page.fill('#events-form input[name="source"]', "IRN")
    page.fill('#events-form input[name="target"]', "IRQ")
    page.click("#events-form button")
    wait_until(page, "document.querySelectorAll('#events-table tr.click').length === 2")
    cameos = page.locator("#events-table tr.click").evaluate_all(
        "rows => rows.map(r => r.cells[3].textContent.trim())"
    )
    assert cameos == ["190", "112"]  # newest first
    page.locator("#events-table tr.click >> nth=1").click()
    wait_until(page, "window.geowire.doc && window.geowire.doc.title === 'Iran accuses Iraq'")
    assert page.locator("#view-article").is_visible()


def test_actor_network_is_drawn(page, server, shots):
    open_view(page, server, "network")
    page.wait_for_selector("#network g.node")
    labels = sorted(page.locator("#network g.node text").all_text_contents())
    assert labels == ["IRN", "IRQ", "USA"]
    assert page.locator("#network path.edge").count() == 3
    page.locator("#view-network").screenshot(path=str(shots / "network.png"))


def test_map_works_offline(page, server, shots):
    open_view(page, server, "map")
    page.wait_for_selector("#world-map path.land")
    wait_until(page, "document.querySelector('#world-map').dataset.points === '2'")
    d = page.locator("#world-map path.land").get_attribute("d") or ""
    assert d.count("M") > 150  # the bundled outline of the world's countries
    assert page.locator("#world-map circle.pt").count() == 2
    page.locator("#view-map").screenshot(path=str(shots / "map.png"))


@pytest.mark.parametrize(
    "name, body, fmt",
    [
        ("talks.html", b"<html><body><p>Egypt met Ethiopia.</p></body></html>", "html"),
        ("talks.txt", b"Egypt met Ethiopia in Khartoum.", "text"),
    ],
)
def test_upload_fills_the_box(page, server, name, body, fmt):
    open_view(page, server, "article")
    page.set_input_files("#extract-file", {"name": name, "mimeType": "text/plain", "buffer": body})
    wait_until(page, "document.querySelector('#extract-text').value.length > 0")
    assert page.input_value("#extract-text") == body.decode()
    assert page.input_value("#extract-format") == fmt
    assert page.input_value("#extract-title") == "talks"
