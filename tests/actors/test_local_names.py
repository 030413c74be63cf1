"""A foreign seat or country name that names a town or state of the article's own country
stands for that place (geowire.actors.context.v1): "Paris" in a story from a Texas county,
"Georgia" next to Alabama towns."""

from __future__ import annotations

from geowire import Document, Pipeline


def _codes(doc: Document, word: str) -> set[str | None]:
    return {
        a.code for a in doc.actors if any(doc.text[s:e].split()[0] == word for s, e in a.mentions)
    }


def test_a_seat_that_is_a_local_town_is_that_towns(full: Pipeline) -> None:
    doc = full(
        "Sales tax revenue rose in Lamar County, Texas, this winter. Paris collected "
        "$400,000 in March, and Reno and Deport in Lamar County also gained, officials said.",
        published="2009-04-01",
    )
    assert _codes(doc, "Paris") == {"USAGOV"}


def test_a_seat_abroad_stays_the_foreign_government(full: Pipeline) -> None:
    doc = full(
        "Paris criticized Berlin over the budget on Monday, officials in Lyon said.",
        published="2009-04-01",
    )
    assert _codes(doc, "Paris") == {"FRAGOV"}


def test_a_country_name_that_is_a_us_state_beside_us_towns(full: Pipeline) -> None:
    doc = full(
        "Voters in Phenix City, Alabama, waited an hour on Tuesday. Unlike Georgia, "
        "Alabama has no early voting, a clerk in Dothan said.",
        published="2009-04-01",
    )
    assert _codes(doc, "Georgia") == {"USA"}


def test_the_country_georgia_with_its_own_cues_stays(full: Pipeline) -> None:
    doc = full(
        "Georgia accused Russia of shelling villages near Gori, Georgian officials in "
        "Tbilisi said on Tuesday.",
        published="2009-04-01",
    )
    assert _codes(doc, "Georgia") == {"GEO"}
