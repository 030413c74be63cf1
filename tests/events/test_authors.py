"""The author of the thing an act is aimed at: "rejected the resolution" targets whoever
made it."""

from __future__ import annotations

import pytest
from factories import with_named_actors

from geowire import Config, Pipeline
from geowire.document import Document
from geowire.events import EventCoder
from geowire.language import language

NAMES = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Congress": "USALEG"}
OFF = Config(settings={"geowire.events.v1": {"thing_authors": False}})


@pytest.fixture(scope="module")
def parse() -> Pipeline:
    return Pipeline(Config(components=("geowire.clean.v1", "geowire.nlp.v1")))


def _coded(parse: Pipeline, text: str, config: Config | None = None) -> set[tuple[str, str, str]]:
    doc: Document = parse(text, published="2023-04-12")
    doc = EventCoder(config or Config())(with_named_actors(doc, NAMES))
    return {
        (e.source.code if e.source else "", e.cameo[:2], e.target.code if e.target else "")
        for e in doc.events
        if e.source
    }


def test_the_word_lists_are_there() -> None:
    words = language("en")
    assert {"resolution", "proposal", "call"} <= words.words("artifact_nouns")
    assert {"pass", "propose", "issue"} <= words.words("authoring_verbs")


@pytest.mark.model
def test_a_thing_made_in_an_earlier_sentence_gives_its_maker_as_target(parse: Pipeline) -> None:
    text = "Peru passed a resolution on fishing rights last week. Chile rejected the resolution."
    assert ("CHL", "12", "PER") in _coded(parse, text)
    assert ("CHL", "12", "") in _coded(parse, text, OFF)


@pytest.mark.model
def test_a_thing_named_from_its_verb_gives_the_verbs_subject(parse: Pipeline) -> None:
    text = "Bolivia called for new elections. Chile and Peru supported the call."
    got = _coded(parse, text)
    assert {("CHL", "05", "BOL"), ("PER", "05", "BOL")} <= got


@pytest.mark.model
def test_the_maker_named_in_the_things_phrase(parse: Pipeline) -> None:
    text = "The plan, a resolution in Congress, drew protests. Chile rejected the resolution."
    assert ("CHL", "12", "USALEG") in _coded(parse, text)


@pytest.mark.model
def test_an_indefinite_thing_is_new_and_the_maker_is_never_the_actor(parse: Pipeline) -> None:
    # "a plan" is not the plan told before; Chile rejecting its own plan targets no one
    got = _coded(parse, "Peru proposed a plan. Chile rejected a plan on quotas.")
    assert ("CHL", "12", "PER") not in got
    got = _coded(parse, "Chile proposed a plan. Later, Chile rejected the plan.")
    assert ("CHL", "12", "CHL") not in got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, target",
    [
        # an act's doer: by a demonym on the act, by the subject of the verb it is named
        # from, by whoever claimed it; never the place it happened in
        ("Chile condemned the Peruvian offensive against the rebels.", "PER"),
        ("Peru attacked a border post on Monday. Chile condemned the attack.", "PER"),
        ("Bolivia claimed responsibility for the raid. Chile condemned the raid.", "BOL"),
    ],
)
def test_criticism_of_an_act_targets_its_doer(parse: Pipeline, text: str, target: str) -> None:
    assert ("CHL", "11", target) in _coded(parse, text)
    assert ("CHL", "11", "") in _coded(parse, text, OFF)


@pytest.mark.model
def test_a_meeting_is_its_members_and_no_party_meets_itself(parse: Pipeline) -> None:
    text = "Peru called a meeting of the Congress. Chile participated in the meeting."
    assert ("CHL", "04", "USALEG") in _coded(parse, text)
    assert ("CHL", "04", "USALEG") not in _coded(parse, text, OFF)


@pytest.mark.model
def test_no_party_meets_itself() -> None:
    doc = Pipeline(Config())(
        "Peru's U.N. ambassador attended the talks, but his U.N. mission walked out.",
        published="2023-04-12",
    )
    meetings = [e for e in doc.events if e.root == "04"]
    assert meetings
    assert all(not (e.target and e.source and e.target.code == e.source.code) for e in meetings)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, thing, author",
    [
        # told before by its maker; a possessive pronoun refers back as a definite does
        ("Peru proposed a plan. The plan failed.", 6, "PER"),
        ("Peru proposed a plan. Its plan failed.", 6, "PER"),
        # words said (a noun of the caller's) only with the caller's nouns
        ("Peru made the comments. The comments hurt.", 6, "PER"),
    ],
)
def test_the_author_of_a_thing_named_alone(
    parse: Pipeline, text: str, thing: int, author: str
) -> None:
    from geowire.events.extract import TokenActors

    doc = with_named_actors(parse(text, published="2023-04-12"), NAMES)
    authors = EventCoder(Config()).authors
    assert authors is not None
    found = authors.of_thing(
        doc.parse[thing], TokenActors(doc.parse, doc.actors), frozenset({"comment"})
    )
    assert found is not None and found.code == author
    if "comments" in text:
        no = authors.of_thing(doc.parse[thing], TokenActors(doc.parse, doc.actors))
        assert no is None  # not a made thing of artifact_nouns


@pytest.mark.model
def test_a_new_thing_has_no_author_told_before(parse: Pipeline) -> None:
    from geowire.events.extract import TokenActors

    doc = with_named_actors(
        parse("Peru proposed a plan. A plan failed.", published="2023-04-12"), NAMES
    )
    authors = EventCoder(Config()).authors
    assert authors is not None
    assert authors.of_thing(doc.parse[6], TokenActors(doc.parse, doc.actors)) is None
