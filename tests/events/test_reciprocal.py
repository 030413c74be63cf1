"""Reciprocal acts: one act two parties do together is an event of each of them."""

from __future__ import annotations

import pytest
from factories import with_named_actors

from geowire import Config, Pipeline
from geowire.document import Document
from geowire.errors import DictionaryError
from geowire.events import EventCoder
from geowire.events.reciprocal import done_back, parse_reciprocal_table, reciprocal_table

NAMES = {"Iran": "IRN", "Iraq": "IRQ", "Tehran": "IRNGOV"}


def test_the_table_covers_consultation_and_cooperation_not_visits() -> None:
    table = reciprocal_table()
    assert table.version
    assert all(c in table for c in ("040", "046", "0461", "057", "060", "0871"))
    assert "042" not in table and "043" not in table and "045" not in table
    assert "070" not in table and "062" not in table  # aid and military backing: one-sided


def test_an_act_done_back_is_the_same_act_at_the_same_word_with_the_sides_swapped() -> None:
    acts = {(4, "190", "a1", "a2"), (4, "190", "a2", "a1"), (7, "111", "a1", "a3")}
    assert done_back((4, "190", "a1", "a2"), acts)
    # not at another word, not another code, not without the reverse act
    assert not done_back((5, "190", "a1", "a2"), acts)
    assert not done_back((4, "193", "a1", "a2"), acts)
    assert not done_back((7, "111", "a1", "a3"), acts)
    # a side with no party, or one party on both sides, does nothing back
    assert not done_back((4, "190", None, "a2"), {(4, "190", "a2", None)})
    assert not done_back((4, "190", "a1", "a1"), {(4, "190", "a1", "a1")})


def test_a_code_that_is_not_cameo_is_an_error() -> None:
    text = "# reciprocal\n# version: 1\ncode\tact\n999\tnothing\n"
    with pytest.raises(DictionaryError, match="999"):
        parse_reciprocal_table(text, "reciprocal.tsv")


@pytest.fixture(scope="module")
def parse() -> Pipeline:
    return Pipeline(Config(components=("geowire.clean.v1", "geowire.nlp.v1")))


def _coded(parse: Pipeline, text: str, config: Config | None = None) -> set[tuple[str, str, str]]:
    doc: Document = parse(text, published="2025-03-12")
    doc = EventCoder(config or Config())(with_named_actors(doc, NAMES))
    return {
        (e.source.code, e.cameo[:3], e.target.code)
        for e in doc.events
        if e.source and e.target and e.source.code and e.target.code
    }


@pytest.mark.model
def test_talks_are_an_event_of_each_party(parse: Pipeline) -> None:
    got = _coded(parse, "Iran held talks with Iraq on Monday.")
    assert {("IRN", "040", "IRQ"), ("IRQ", "040", "IRN")} <= got


@pytest.mark.model
def test_a_visit_is_one_event_and_the_setting_turns_it_off(parse: Pipeline) -> None:
    got = _coded(parse, "Iran visited Iraq on Monday.")
    assert ("IRQ", "042", "IRN") not in got and ("IRQ", "043", "IRN") not in got
    off = Config(settings={"geowire.events.v1": {"reciprocal": False}})
    got = _coded(parse, "Iran held talks with Iraq on Monday.", off)
    assert ("IRQ", "040", "IRN") not in got


@pytest.mark.model
def test_two_parts_of_one_state_are_not_made_reciprocal(parse: Pipeline) -> None:
    got = _coded(parse, "Tehran held talks with Iran on Monday.")
    assert ("IRN", "040", "IRNGOV") not in got


@pytest.mark.model
def test_a_ceasefire_two_parties_sign_binds_each_toward_the_other(parse: Pipeline) -> None:
    text = "The fighting is the worst since Iran and Iraq signed a cease-fire."
    got = {(s, c, t) for s, c, t in _coded(parse, text) if c == "087"}
    assert got == {("IRN", "087", "IRQ"), ("IRQ", "087", "IRN")}


@pytest.mark.model
def test_a_truce_of_one_party_toward_no_one_stays_one_sided(parse: Pipeline) -> None:
    doc: Document = parse("Iran declared a unilateral truce on Sunday.", published="2025-03-12")
    doc = EventCoder(Config())(with_named_actors(doc, NAMES))
    assert [(e.source.code if e.source else None, e.target) for e in doc.events] == [("IRN", None)]


@pytest.mark.model
def test_one_partys_truce_is_no_truce_of_the_party_read_as_its_target(parse: Pipeline) -> None:
    got = _coded(parse, "Iran declared a cease-fire amid a crackdown by Iraq.")
    assert ("IRQ", "087", "IRN") not in got
