"""Words a party issued act in its name: "The report accused X" is the act of whoever
released the report (``issued_nouns``, ``EventCoder._issuer``)."""

from __future__ import annotations

import pytest
from factories import with_named_actors

from geowire import Config, Pipeline
from geowire.document import Document
from geowire.events import EventCoder
from geowire.language import language

NAMES = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}


@pytest.fixture(scope="module")
def parse() -> Pipeline:
    return Pipeline(Config(components=("geowire.clean.v1", "geowire.nlp.v1")))


def _coded(parse: Pipeline, text: str) -> set[tuple[str, str, str]]:
    doc: Document = parse(text, published="2023-04-12")
    doc = EventCoder(Config())(with_named_actors(doc, NAMES))
    return {
        (e.source.code if e.source else "", e.cameo[:2], e.target.code if e.target else "")
        for e in doc.events
    }


def test_the_word_list_is_there() -> None:
    assert {"statement", "report", "lawsuit"} <= language("en").words("issued_nouns")


@pytest.mark.model
def test_a_report_released_before_acts_for_its_author(parse: Pipeline) -> None:
    text = "Peru released a report on mining last week. The report accused Chile of dumping waste."
    assert ("PER", "11", "CHL") in _coded(parse, text)
    # an indefinite report is new words of no one named; an unresolved possessive is no
    # author told before
    for text in (
        "Peru released a report on Monday. A report accused Chile of smuggling.",
        "Peru released a report on Monday. The generals say their report accuses Chile.",
    ):
        assert ("PER", "11", "CHL") not in _coded(parse, text)


@pytest.mark.model
def test_words_said_in_a_statement_are_the_speakers(parse: Pipeline) -> None:
    text = (
        "Bolivia said in a statement that the border was closed. "
        "The statement also criticized Peru."
    )
    assert ("BOL", "11", "PER") in _coded(parse, text)


@pytest.mark.model
def test_a_joined_verb_of_the_statement_is_its_authors_too(parse: Pipeline) -> None:
    text = (
        "Peru issued a statement on Monday. "
        "The statement condemned Chile and called on Bolivia to act."
    )
    got = _coded(parse, text)
    assert ("PER", "11", "CHL") in got
    assert ("PER", "02", "BOL") in got


@pytest.mark.model
def test_authors_named_by_the_words_own_by_phrase_are_theirs(parse: Pipeline) -> None:
    # the letter's own signatory, not the party told sending a letter before
    text = (
        "Peru sent a letter to the council on Monday. "
        "The letter, signed by Bolivia, accused Chile of smuggling."
    )
    got = _coded(parse, text)
    assert ("BOL", "11", "CHL") in got, got
    assert ("PER", "11", "CHL") not in got, got
