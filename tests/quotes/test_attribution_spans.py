"""Attribution-scope content spans: the content runs on through what the parser hung on the
cue up to the sentence's end, but not into another act of the speaker, a cited source or a
setting with nothing said after it; a cue's own complement is no aside; a reporting clause
closing its sentence reports the sentence before it; a content stops before the next
sentence's quotation; a noun phrase apposed at its end is the reporter's description (sentences
made up for the tests; needs the spaCy model)."""

from __future__ import annotations

import pytest
from factories import quote_texts as contents
from factories import scoped_quotes as quotes

from geowire.config import Config
from geowire.nlp.backbone import NLP


@pytest.fixture(scope="module")
def nlp() -> NLP:
    return NLP(Config())


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor discussed the budget, and the new stadium that the city wants.",
            "the budget, and the new stadium that the city wants",
        ),
        (
            "The senator called for an inquiry following reports that the vote was rigged.",
            "an inquiry following reports that the vote was rigged",
        ),
    ],
)
def test_content_runs_through_what_follows_the_cue(nlp: NLP, text: str, content: str) -> None:
    assert content in contents(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council discussed the harvest last week.", "the harvest"),
        ("The governor praised the volunteers and then signed the bill.", "the volunteers"),
    ],
)
def test_content_stops_before_a_setting_or_another_act(nlp: NLP, text: str, content: str) -> None:
    assert content in contents(nlp, text)


@pytest.mark.model
def test_cue_complement_is_no_aside(nlp: NLP) -> None:
    got = contents(
        nlp,
        "At a town meeting, the senator was critical of the new toll, "
        "telling reporters it was unfair.",
    )
    assert "the new toll" in got
    assert not any(c.startswith("At a town meeting") for c in got)


@pytest.mark.model
def test_closing_reporting_clause_reports_the_sentence(nlp: NLP) -> None:
    text = (
        "The factory is struggling, but it still exports grain to Brazil, "
        "said the company's chief executive."
    )
    for scope in ("attribution", "speech"):
        got = [q for q in quotes(nlp, text, scope) if q.kind == "indirect"]
        assert [q.text for q in got] == [
            "The factory is struggling, but it still exports grain to Brazil"
        ]
        assert got[0].speaker is not None and "executive" in got[0].speaker.name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "In any case, Mr. Obi said, the industry was oversupplied with courses. "
            "''It was waiting for a recession,'' he said.",
            "In any case, Mr. Obi said, the industry was oversupplied with courses",
        ),
        (
            "The harbor, Ms. Okafor said, was badly overbuilt. "
            "''It was waiting for a storm,'' she said.",
            "The harbor, Ms. Okafor said, was badly overbuilt",
        ),
    ],
)
def test_content_stops_before_next_quotation(nlp: NLP, text: str, content: str) -> None:
    assert content in contents(nlp, text)
    assert content in contents(nlp, text, "speech")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Many farmers supported Ana Ruiz, a lawyer who has never held office.", "Ana Ruiz"),
        (
            "The union praised the new contract, a deal that took two years to reach.",
            "the new contract",
        ),
    ],
)
def test_trailing_description_is_the_reporters(nlp: NLP, text: str, content: str) -> None:
    assert contents(nlp, text) == [content]
