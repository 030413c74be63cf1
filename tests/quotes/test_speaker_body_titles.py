"""A name's apposed title that names the state body it is held in ('a health ministry
official', 'Deputy Minister of Finance') codes the speaker in that body's role, even when
the actors coded the title as a person of its own; a quantifier among a people noun takes
that group's role; needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_a_ministry_official_apposed_to_a_name_is_government() -> None:
    text = (
        "Malawi reported new cholera cases on Friday. Joseph Banda, a health ministry "
        "official, said the clinics in the south were running short of fluids."
    )
    found = speaker_of(text, "clinics in the south")
    assert found is not None and found.code == "MWIGOV"


def test_a_senior_ministry_official_after_the_cue_is_government() -> None:
    text = (
        "Floods hit three provinces of Peru this week. More rain is expected, said Ana "
        "Quispe, a senior agriculture ministry official."
    )
    found = speaker_of(text, "More rain")
    assert found is not None and found.code == "PERGOV"


def test_a_capitalised_title_apposed_to_a_name_gives_its_role() -> None:
    text = (
        "Chile counted more cases on Monday. According to Luis Pardo, Vice Minister of "
        "Health, 200 people are in hospital in Chile."
    )
    found = speaker_of(text, "200 people")
    assert found is not None and found.code == "CHLGOV"


def test_a_generic_title_of_no_state_body_gives_no_government_role() -> None:
    text = (
        "Malawi reported new cholera cases on Friday. Joseph Banda, a club official, said "
        "the match would be played behind closed doors."
    )
    found = speaker_of(text, "match would be played")
    assert found is not None and not (found.code or "").endswith("GOV")


def test_a_name_of_a_ministry_is_government() -> None:
    text = (
        "Heavy rain flooded two districts of Ghana on Sunday. The roads will stay closed, "
        "said Kwame Mensah of the health ministry."
    )
    found = speaker_of(text, "roads will stay closed")
    assert found is not None and found.code == "GHAGOV"


def test_a_name_from_a_ministry_is_government() -> None:
    text = (
        "Heavy rain flooded two districts of Ghana on Sunday. Kwame Mensah, from the "
        "agriculture ministry, said the harvest would be late."
    )
    found = speaker_of(text, "harvest would be late")
    assert found is not None and found.code == "GHAGOV"


def test_a_quantifier_among_a_people_noun_takes_that_groups_role() -> None:
    # 'most among the refugees', as 'most of the refugees': the group's role carries
    text = "Most among the refugees said the camps in Chad were full."
    found = speaker_of(text, "camps in Chad")
    assert found is not None and (found.code or "").endswith("REF")
