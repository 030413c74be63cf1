"""Speakers given as descriptions: 'the diplomat' is the one 'a senior diplomat' named
before, not a person named since; a group's official is 'the official'; 'the ministry'
after a state (or one of its bodies) said something is that state's; needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_a_definite_description_repeats_the_noun_of_its_antecedent() -> None:
    text = (
        "Norway and Chile held talks in Oslo on Saturday.\n\n"
        '"The talks were useful," Chilean Foreign Minister Pablo Rojas told reporters.\n\n'
        "A senior diplomat familiar with the talks said the sides would meet again.\n\n"
        '"There is still a wide gap between them," the diplomat said.'
    )
    found = speaker_of(text, "wide gap")
    assert found is not None and found.name != "Pablo Rojas"
    assert "diplomat" in found.name


def test_a_spokeswoman_named_before_is_the_spokeswoman() -> None:
    text = (
        "Flooding hit the capital on Monday. Lina Borg, a spokeswoman for the city, said "
        'twenty people had died.\n\n"The water is still rising," Mayor Karl Holm said.\n\n'
        '"We need more boats," the spokeswoman added.'
    )
    found = speaker_of(text, "more boats")
    assert found is not None and found.name == "Lina Borg"


def test_a_groups_official_is_the_official() -> None:
    text = (
        "Israel and Hezbollah exchanged fire across the border on Sunday.\n\n"
        '"We will respond to any attack with force," Israeli Defense Minister Avi Mor '
        "said.\n\nA Hezbollah official, speaking on condition of anonymity, said the group "
        'had targeted military posts.\n\n"The resistance is ready," the official said.'
    )
    found = speaker_of(text, "resistance is ready")
    assert found is not None and found.code is not None and found.code.startswith("LBN")


def test_the_ministry_after_a_state_spoke_is_that_states() -> None:
    text = (
        "Ukraine said Russian drones struck power plants in the west overnight.\n\n"
        '"Russia is trying to freeze our people," the ministry said in a statement.'
    )
    found = speaker_of(text, "freeze our people")
    assert found is not None and found.country == "UKR" and found.code == "UKRGOV"


def test_the_ministry_after_a_states_air_force_spoke_is_that_states() -> None:
    text = (
        "Russian drones struck power plants in the west overnight, Ukraine's air force "
        'said.\n\n"Russia is trying to freeze our people," the ministry said in a statement.'
    )
    found = speaker_of(text, "freeze our people")
    assert found is not None and found.country == "UKR"


def test_the_ministry_after_a_rights_group_spoke_is_left_to_the_context() -> None:
    text = (
        "Russian drones struck power plants in the west overnight, Ukraine said. Human "
        'Rights Watch said civilians were hurt.\n\n"Russia is trying to freeze our people," '
        "the ministry said in a statement."
    )
    found = speaker_of(text, "freeze our people")
    assert found is not None and found.code != "UKRGOV"


def test_the_group_is_the_group_named_as_a_subject_before() -> None:
    text = (
        "Al-Shabab militants attacked a military base near Mogadishu on Tuesday.\n\n"
        '"Our fighters overran the base," the group said.'
    )
    found = speaker_of(text, "overran")
    assert found is not None and found.name != "the group"
    assert found.code is not None and found.code.startswith("SOM")


def test_the_group_after_a_state_spoke_is_still_the_group_named_before() -> None:
    # a state is no group: 'the group' skips it to the armed group named before
    text = (
        "Al-Shabab militants attacked a military base near Mogadishu on Tuesday. Somalia "
        'said 20 soldiers died.\n\n"Our fighters overran the base," the group said.'
    )
    found = speaker_of(text, "overran")
    assert found is not None and found.code is not None and found.code.startswith("SOMINS")


def test_the_group_after_agencies_is_none_of_them() -> None:
    # a plural noun for bodies names several: 'the group' is none of them
    text = (
        "U.N. agencies warned of famine in the north on Tuesday.\n\n"
        '"We cannot reach the villages," the group said.'
    )
    found = speaker_of(text, "reach the villages")
    assert found is not None and not (found.code or "").startswith("IGO")


def test_the_statement_is_coded_as_who_spoke_in_it() -> None:
    text = (
        "The Kenyan army said in a statement on Monday that it had repelled the attack.\n\n"
        '"Our troops remain in control," the statement said.'
    )
    found = speaker_of(text, "remain in control")
    assert found is not None and found.code == "KENMIL"


def test_a_description_naming_a_state_is_no_office_holder_of_another() -> None:
    # 'the Russian foreign minister' is not the US president who spoke just before
    text = (
        "President Clinton glossed over stern warnings from Moscow on Thursday. "
        "Nevertheless, the president said Washington would use force if diplomacy fails. "
        "The Russian foreign minister, meanwhile, sought to soften the harsh words, saying "
        "on Friday that Russia feels the US must hold off until the envoy visits Baghdad."
    )
    found = speaker_of(text, "must hold off")
    assert found is not None and "Clinton" not in found.name
    assert (found.code or "").startswith("RUS")


def test_the_tv_is_the_channel_named_just_before() -> None:
    # 'the TV' is the broadcaster whose name ends in that word, named just before it
    found = speaker_of(
        "Al Jazeera TV reported heavy fighting in the city. The TV added that the prison "
        "was stormed.",
        "prison was stormed",
    )
    assert found is not None and found.name == "Al Jazeera"
