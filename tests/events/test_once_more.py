"""One act, one event (dup2): a participle that tells the verb's act again, a named party
told by its pronoun beside "other" members of its kind, an act noun that stands for an
act told before as the subject of a killing, and the topic of talks between coordinated
parties. Sentences made up for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from geowire import Pipeline
from geowire.events.copies import one_act
from geowire.events.extract import TokenActors


def _coded(
    pipe: Pipeline, text: str, roots: tuple[str, ...]
) -> list[tuple[str, str | None, str | None]]:
    doc = pipe(text, published="2024-05-05")
    return [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
        if e.root in roots
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root",
    [
        # the participle says how the arrest was done: one arrest
        (
            "Police arrested five protesters in Nairobi "
            "on Tuesday, detaining them for questioning.",
            "17",
        ),
        # the accusation says what the criticism was: one act of disapproval
        (
            "The Kenyan government criticized the United "
            "Nations report, accusing the agency of bias.",
            "11",
        ),
        (
            "Hamas accused Israel of violating the truce, blaming "
            "Israeli forces for the deaths of three Palestinians.",
            "11",
        ),
    ],
)
def test_a_participle_telling_the_act_again_is_that_act(
    pipe: Pipeline, text: str, root: str
) -> None:
    found = _coded(pipe, text, (root,))
    assert len(found) == 1, found


@pytest.mark.model
def test_a_participle_naming_another_party_is_another_act(pipe: Pipeline) -> None:
    text = (
        "Police arrested five protesters in Nairobi on Tuesday, detaining a Ugandan journalist too."
    )
    found = _coded(pipe, text, ("17",))
    assert {t[2][:3] for t in found if t[2]} == {"KEN", "UGA"}, found


@pytest.mark.model
def test_a_named_party_told_by_its_pronoun_beside_others_of_its_kind_is_one_party(
    pipe: Pipeline,
) -> None:
    text = (
        "Egyptian police investigator Ahmed Salem said he and other officers located the "
        "weapons when they made the arrests in Cairo."
    )
    found = _coded(pipe, text, ("17",))
    assert len(found) == 1, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, doer",
    [
        (
            "Pakistani troops raided militant hideouts near the "
            "border, and the raid killed 12 insurgents.",
            "PAK",
        ),
        (
            "Rebels attacked an army base in the north "
            "on Monday, and the attack killed three soldiers.",
            "REB",
        ),
    ],
)
def test_a_killing_by_an_act_told_before_is_that_acts_doers(
    pipe: Pipeline, text: str, doer: str
) -> None:
    found = _coded(pipe, text, ("19",))
    assert found and all(s is not None and s.startswith(doer) for _, s, _ in found), found


@pytest.mark.model
def test_a_killing_by_an_unnamed_blast_has_no_doer(pipe: Pipeline) -> None:
    found = _coded(
        pipe,
        "A car bomb exploded near a market in Baghdad, and the blast killed 15 people.",
        ("18", "19"),
    )
    assert all(s is None for _, s, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, sides",
    [
        (
            "Xi and Putin held talks on Ukraine in Beijing on Thursday.",
            {("CHN", "RUS"), ("RUS", "CHN")},
        ),
        ("India and Pakistan held talks over Kashmir on Monday.", {("IND", "PAK"), ("PAK", "IND")}),
        ("Egypt held talks with Hamas on Gaza on Monday.", {("EGY", "PSE"), ("PSE", "EGY")}),
    ],
)
def test_what_talks_are_about_is_no_party_to_them(
    pipe: Pipeline, text: str, sides: set[tuple[str, str]]
) -> None:
    found = _coded(pipe, text, ("04",))
    assert {((s or "")[:3], (t or "")[:3]) for _, s, t in found} == sides, found


@pytest.mark.model
def test_an_act_claimed_in_its_noun_phrase_and_its_killing_are_one_act(pipe: Pipeline) -> None:
    text = "The bombing, claimed by the Pakistani Taliban, killed 14 policemen in Quetta on Friday."
    found = _coded(pipe, text, ("18", "19", "20"))
    # one use of force, the killing's, by the group that claimed the bombing
    assert len(found) == 1 and (found[0][1] or "").startswith("PAK"), found


@pytest.mark.model
def test_a_participle_aimed_at_another_named_party_of_the_country_is_another_act(
    pipe: Pipeline,
) -> None:
    text = (
        "Senator Dana Ortiz criticized Governor Mark Ellison on Tuesday, accusing the "
        "Republicans of weakening the border."
    )
    found = _coded(pipe, text, ("11",))
    assert len(found) == 2, found


@pytest.mark.model
def test_a_visit_and_a_hosting_read_with_the_same_sides_are_one_visit(pipe: Pipeline) -> None:
    text = "Lula visited Buenos Aires this week, where the president hosted him for dinner."
    doc = pipe(text, published="2024-05-05")
    (visit,) = [e for e in doc.events if e.cameo == "042"]
    # a hosting whose sides were read the wrong way round (guest as host): the same
    # guest and host country as the visit
    hosting = dataclasses.replace(visit, cameo="043")
    verbs = [next(t.i for t in doc.parse if t.text == w) for w in ("visited", "hosted")]
    kept, _ = one_act(doc.parse, TokenActors(doc.parse, doc.actors), [visit, hosting], verbs)
    assert [e.cameo for e in kept] == ["042"]


@pytest.mark.model
def test_a_threat_and_what_its_participle_of_speech_says_are_one_threat(pipe: Pipeline) -> None:
    text = "Venezuela threatened Guyana on Sunday, saying it would strike Guyanese oil platforms."
    found = _coded(pipe, text, ("13",))
    assert len(found) == 1, found


@pytest.mark.model
def test_a_killing_told_by_which_after_an_act_noun_is_that_act(pipe: Pipeline) -> None:
    text = "The ambush on the patrol, which killed 11 Malian soldiers, was carried out by JNIM."
    found = _coded(pipe, text, ("18", "19", "20"))
    assert len(found) == 1 and found[0][1] is not None, found
