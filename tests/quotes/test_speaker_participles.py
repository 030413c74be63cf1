"""A comment participle the parser hung on a reported clause (', saying ...', ', calling it
...', ', while acknowledging ...') speaks for the one who reports, and a noun the parser
apposed to a name gives an affiliation only when it names a post; needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "On Sunday, Mr. Arvelo questioned why the senator's wife had not appeared at the "
            "rally, implying that she had been kept away.",
            "kept away",
            "Arvelo",
        ),
        (
            "Tovar argued that the ministry had failed farmers, saying it ignored repeated "
            "warnings.",
            "ignored repeated",
            "Tovar",
        ),
        (
            "The premier announced that Brazil would fund two new clinics and that Chile will "
            "help build a bridge, calling it a gift from a friendly nation.",
            "a gift from",
            "premier",
        ),
        (
            "Army spokesman Tun Aung said most of those killed were fighters, while "
            "acknowledging that some farmers may have died as well.",
            "some farmers",
            "Tun Aung",
        ),
        (
            "The general said the base was secure, though noting that two guards were hurt.",
            "two guards",
            "general",
        ),
    ],
)
def test_a_comment_participle_on_a_reported_clause_is_the_reporters(
    text: str, words: str, speaker: str
) -> None:
    found = speaker_of(text, words)
    assert found is not None and found.name == speaker


def test_an_act_participle_stays_with_the_clause_it_tells_of() -> None:
    # 'demanding' is no comment on the report: the protesters demand
    found = speaker_of(
        "Officials said the protesters stormed the building, demanding the release of "
        "their leader.",
        "the release",
    )
    assert found is not None and "protesters" in found.name


def test_a_thing_apposed_to_a_name_by_the_parser_gives_no_affiliation() -> None:
    # 'For Angela Merkel, Britain's decision ...': 'decision' is no post of Britain's
    found = speaker_of(
        "For Angela Merkel, Britain's sudden decision to leave the union is the sort of "
        "setback that she dreads. She offers patience instead, urging voters to wait.",
        "voters to wait",
    )
    assert found is not None and found.country == "DEU"


def test_a_post_apposed_to_a_name_still_gives_its_owners_code() -> None:
    found = speaker_of(
        "Tomas Reyes, Chile's ambassador to the United Nations, told reporters the vote "
        "was delayed.",
        "vote was delayed",
    )
    assert found is not None and found.code == "CHLGOV"


def test_they_is_the_people_a_plural_subject_names_not_a_body_in_its_modifiers() -> None:
    # 'World Bank' only says whose watchers they are
    found = speaker_of(
        "While many World Bank watchers expect Mr. Hale to be reappointed, they say he will "
        "have to work to solidify support.",
        "solidify support",
    )
    assert found is not None and "watchers" in found.name and found.code != "IGOWBK"


def test_a_bare_plural_noun_is_not_taken_for_a_surname_of_an_earlier_group() -> None:
    found = speaker_of(
        "Military analysts expect the talks to fail. The envoy, analysts said, has other "
        "reasons to stay silent.",
        "other reasons",
    )
    assert found is not None and found.name == "analysts"


def test_a_name_with_a_company_suffix_speaks_as_a_company() -> None:
    found = speaker_of("Orlen Shipping Ltd. said it plans to sell two tankers.", "sell two tankers")
    assert found is not None and found.code is not None and found.code.endswith("BUS")


@pytest.mark.parametrize("name", ["Huckabee", "Kasich"])
def test_a_name_before_a_campaign_noun_makes_no_company_of_the_spokesmans_body(name: str) -> None:
    # ('Huckabee' the tagger takes for an organisation: the body is his campaign)
    found = speaker_of(
        f"“We expect to win Iowa by a wide margin,” said {name} campaign spokesman Tom Reyes.",
        "wide margin",
    )
    assert found is not None and found.code is not None and not found.code.endswith("BUS")


def test_people_described_by_whom_they_know_are_not_that_person() -> None:
    found = speaker_of(
        "Ms. Okafor proposed a ceasefire. She has said little since, and people familiar "
        "with her thinking say the plan is on hold.",
        "on hold",
    )
    assert found is not None and "Okafor" not in found.name
