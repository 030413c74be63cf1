"""Speakers named by a description or a clause the parser hung elsewhere: 'the first
official' is the first one described, 'the investigator' the one 'an investigator' brought
in, 'who added' on a thing is the person it is said of, 'four in 10' a share of people, a
spokesman for private people is no government's; needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_the_first_official_is_the_first_one_described() -> None:
    text = (
        "Tests link a missing fisherman to a strand of hair found near the harbour, a "
        "port official said Friday.\n\nThe tests were done in Bergen, the official said.\n\n"
        "Ola Dahl, a 44-year-old sailor, has not been seen since May.\n\n"
        "Divers searched the bay on Monday, according to another port official.\n\n"
        "More tests could settle the question, the first port official said."
    )
    found = speaker_of(text, "settle the question")
    assert found is not None and found.name != "Ola Dahl"
    assert "official" in found.name


def test_the_investigator_is_the_one_an_investigator_brought_in() -> None:
    text = (
        '"We do not know where he is," said Lars Berg, a spokesman for the police.\n\n'
        "The police want to question a woman seen with him, according to an investigator "
        'quoted by the newspaper.\n\n"She may have been with him after the fire," the '
        "investigator said."
    )
    found = speaker_of(text, "after the fire")
    assert found is not None and found.name != "Lars Berg"
    assert "investigator" in found.name


def test_who_on_a_thing_noun_is_the_person_the_thing_is_of() -> None:
    text = (
        '"It was a weak plan," said one lawmaker familiar with the talks, who added that '
        "the ministry had been caught off guard by the strikes."
    )
    found = speaker_of(text, "caught off guard")
    assert found is not None and "lawmaker" in found.name


def test_four_in_ten_are_a_share_of_people() -> None:
    text = (
        "Voters in the province went to the polls on Sunday. About four in 10 said they "
        "were angry with the way the council is run."
    )
    found = speaker_of(text, "angry with the way")
    assert found is not None and "in 10" in found.name


def test_a_spokesman_for_private_people_is_no_governments() -> None:
    text = (
        "The boy's relatives in Toronto asked a court to let him stay.\n\n"
        '"He is surrounded by love here," said Marco Petrov, a spokesman for the relatives.'
    )
    found = speaker_of(text, "surrounded by love")
    assert found is not None and found.name == "Marco Petrov"
    assert not (found.code or "").endswith("GOV")


def test_a_spokesman_for_a_ministry_keeps_the_governments_role() -> None:
    text = (
        "Canada's foreign ministry protested on Monday.\n\n"
        '"We will not accept this," said Marco Petrov, a spokesman for the ministers.'
    )
    found = speaker_of(text, "not accept this")
    assert found is not None and (found.code or "").endswith("GOV")


def test_a_verb_joined_to_a_noun_speaks_for_the_clause_subject() -> None:
    text = (
        "Senator Ana Ruiz did not name her rival. At the debate she only hinted at him by "
        'mentioning the need for a new bridge over the river and adding, "I know who '
        'should pay for it."'
    )
    found = speaker_of(text, "should pay for it")
    assert found is not None and found.name == "Ana Ruiz"


def test_a_verb_joined_to_citing_is_the_subjects_not_the_cited_things() -> None:
    text = (
        "The minister praised the deal, citing the support of farmers and unions and "
        'adding, "This is a good day for the country."'
    )
    found = speaker_of(text, "good day")
    assert found is not None and "minister" in found.name


def test_he_after_a_body_s_chief_takes_the_body_s_code() -> None:
    # 'the UN chief' is a person of the UN: a later 'he' is that person, coded IGOUNO (not
    # the country the article is about)
    text = (
        "UN Secretary-General Antonio Guterres visited Chile on Monday. \"The truce must "
        "hold,\" the UN chief said. He added that aid was on the way."
    )
    found = speaker_of(text, "aid was on the way")
    assert found is not None and (found.code or "").startswith("IGOUNO")


def test_a_name_that_only_modifies_the_reported_subject_takes_no_pronoun() -> None:
    # 'the Bush administration' names a body, not Bush: 'she' is the press secretary
    found = speaker_of(
        "The protests grew on Monday. In Washington, White House Press Secretary Dana "
        "Morrow said the Bush administration is reviewing possible cuts in aid to Pakistan. "
        "But she also said Pakistan remains an ally.",
        "remains an ally",
    )
    assert found is not None and found.name == "Dana Morrow"
