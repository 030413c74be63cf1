"""A description the actors linked to a person they coded by name ('Kenya's leader'
taken for the president named before) gives that person no affiliation:
the person keeps their own code; needs the model."""

from __future__ import annotations

import re

import pytest

from geowire import Config, Pipeline
from geowire.document import Actor
from geowire.quotes import QuoteExtractor

pytestmark = pytest.mark.model

TEXT = (
    "President Obama flew to Nairobi on Monday. Kenya's leader hosted the summit at "
    "the state house. Obama said the talks would focus on trade."
)


def _speaker_code(mentions: tuple[tuple[int, int], ...]) -> str | None:
    parse = Pipeline(Config(components=("geowire.nlp.v1",)))
    doc = parse(TEXT, published="2015-07-27")
    obama = Actor("a1", "Barack Obama", "USAGOV", "USA", kind="person", mentions=mentions)
    kenya = Actor(
        "a2", "Kenya", "KEN", "KEN", kind="state", mentions=(re.search("Kenya", TEXT).span(),)
    )
    doc = QuoteExtractor(Config())(doc.replace(actors=(obama, kenya)))
    found = [q for q in doc.quotes if "focus on trade" in q.text]
    assert found and found[0].speaker is not None
    return found[0].speaker.code


def test_a_linked_description_of_another_state_gives_no_affiliation() -> None:
    names = tuple(m.span() for m in re.finditer(r"President Obama|Obama(?= said)", TEXT))
    leader = re.search(r"(?<=Kenya's )leader", TEXT)
    assert leader is not None
    assert _speaker_code((*names, leader.span())) == "USAGOV"


def test_the_person_s_own_mentions_code_them() -> None:
    names = tuple(m.span() for m in re.finditer(r"President Obama|Obama(?= said)", TEXT))
    assert _speaker_code(names) == "USAGOV"
