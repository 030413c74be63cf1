"""Parties of descriptions the coder missed (geowire/events/extract.py): a noun the tagger
read as a bare verb ("Aid from X to Y arrived") or a third person one ("Ceasefire talks
between X and Y resumed"), a demonym holding an intention ("the Chinese threat to invade
X"), a person described by the party led ("the man who leads X") and an order to a state's
own forces, on invented sentences with the whole pipeline."""

from __future__ import annotations

import pytest
from factories import event_acts, root_dyads

from geowire import Pipeline


@pytest.mark.model
def test_subject_aid_read_as_verb_gives_from_as_source(pipe: Pipeline) -> None:
    got = root_dyads(
        pipe, "Aid from Japan to the Philippines arrived on Monday.", published="2011-05-04"
    )
    assert ("07", "JPN", "PHL") in got, got
    assert not any(t == "JPN" for _r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "talks" read as a third person verb (VBZ) after its noun modifier
        "Ceasefire talks between Kenya and Somalia resumed on Monday.",
        # ... and the modifier read as that verb's subject
        "Ceasefire talks between Kenya and Somalia resumed in Nairobi, officials said.",
    ],
)
def test_plural_subject_noun_read_as_third_person_verb(pipe: Pipeline, text: str) -> None:
    got = root_dyads(pipe, text, published="2011-05-04")
    assert ("04", "KEN", "SOM") in got, got
    assert ("04", "SOM", "KEN") in got, got


@pytest.mark.model
def test_demonym_on_intention_noun_names_its_holder(pipe: Pipeline) -> None:
    # "the Chinese threat to invade X": no owner, no light verb; the demonym holds it
    got = root_dyads(
        pipe,
        "The Chinese threat to invade Taiwan alarmed Washington on Monday.",
        published="2011-05-04",
    )
    assert any(s == "CHN" for _r, s, _t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Putin spoke with the man who leads Hezbollah on Monday.", "04", "RUSGOV", "LBNREBHEZ"),
        ("Putin met the woman who heads the IMF on Monday.", "04", "RUSGOV", "IGOIMF"),
        ("The man who runs Hamas criticized Israel on Monday.", "11", "PSEREBHMS", "ISR"),
    ],
)
def test_person_described_by_the_party_they_lead(
    pipe: Pipeline, text: str, root: str, source: str, target: str
) -> None:
    got = root_dyads(pipe, text, published="2011-05-04")
    assert (root, source, target) in got, got


@pytest.mark.model
def test_order_to_own_forces_is_no_demand(pipe: Pipeline) -> None:
    # a government's order to its own soldiers: the chain of command, not 10 on them;
    # the act they are ordered to do is the event
    got = root_dyads(
        pipe, "Assad ordered soldiers to fire on the crowd on Monday.", published="2011-05-04"
    )
    assert not any(r == "10" for r, _s, _t in got), got
    assert any(r in ("13", "18", "19") and s == "SYRMIL" for r, s, _t in got), got


@pytest.mark.model
def test_order_to_own_forces_of_an_act_not_coded_stays_a_demand(pipe: Pipeline) -> None:
    # the infinitive ("to leave") codes nothing: dropping the order would lose the event
    got = root_dyads(
        pipe, "Trump ordered U.S. troops to leave Syria on Monday.", published="2019-05-04"
    )
    assert ("10", "USAGOV", "USAMIL") in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # on another state's forces
        ("Russia ordered Ukrainian troops to withdraw from the region on Monday.", "RUS", "UKRMIL"),
        # by a party outside the chain of command
        (
            "The opposition ordered the Egyptian army to withdraw from Cairo on Monday.",
            "EGYOPP",
            "EGYMIL",
        ),
    ],
)
def test_order_outside_the_chain_of_command_stays_a_demand(
    pipe: Pipeline, text: str, source: str, target: str
) -> None:
    got = root_dyads(pipe, text, published="2011-05-04")
    assert ("10", source, target) in got, got


@pytest.mark.model
def test_talks_read_as_verb_take_their_verbs_negation_and_plan(pipe: Pipeline) -> None:
    # the noun read as a third person verb is of the clause of the verb it is subject of
    acts = event_acts(pipe, "Border talks between Kenya and Somalia never resumed.", "2011-05-04")
    assert ("KEN", "046", "SOM", "negated") in acts, acts
    text = "Border talks between Kenya and Somalia are expected to resume next week."
    acts = event_acts(pipe, text, "2011-05-04")
    assert ("KEN", "046", "SOM", "planned") in acts, acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Border talks between Kenya and Somalia remain suspended.",
        "Border talks between Kenya and Somalia remain frozen.",
    ],
)
def test_talks_that_remain_halted_are_no_event(pipe: Pipeline, text: str) -> None:
    assert not root_dyads(pipe, text, published="2011-05-04")
