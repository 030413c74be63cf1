"""People of a party's campaign named by their trade ("a Democratic pollster",
"Republican strategist X", "a political consultant") are the party's (country + PTY);
an investment strategist stays a company's. A person's name the tagger ran into an
organisation after a noun for a person ("Fox News host Sean Hannity") is a person's name,
who takes the body named before the title. The sentences are made up."""

from __future__ import annotations

import pytest
from factories import person_codes as _codes

from geowire.actors import data
from geowire.actors.resolve import ActorWords, _titled_given_name
from geowire.language import language

_US = "WASHINGTON (AP) _ The United States Senate passed the bill on Monday. "


def test_party_operatives_are_party_roles() -> None:
    codes = {r.phrase: r.code for r in data.roles()}
    for phrase in ("pollster", "strategist", "political consultant", "political operative",
                   "campaign adviser", "national committeeman"):
        assert codes[phrase] == "PTY", phrase
    assert codes["investment strategist"] == "BUS"
    assert codes["military strategist"] == "MIL"
    # bare words as often of other trades stay out
    assert "consultant" not in codes and "operative" not in codes


def test_a_given_name_after_a_person_noun_is_a_name() -> None:
    w = language("en").view(ActorWords)
    text = "Fox News host Sean Hannity said"
    s = text.index("Sean")
    assert _titled_given_name(text, s, s + len("Sean Hannity"), w)
    # no noun for a person before it, or no given name first: an organisation
    text = "Fox News and Sean Hannity Inc said"
    s = text.index("Sean")
    assert not _titled_given_name(text, s, s + len("Sean Hannity Inc"), w)
    text = "the host Liberty Media Group said"
    s = text.index("Liberty")
    assert not _titled_given_name(text, s, s + len("Liberty Media Group"), w)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        (_US + '"The race is close," said Ada Brenner, a Democratic pollster.',
         "Ada Brenner", "USAPTY"),
        (_US + "Republican strategist Tom Keller said the bill would fail.",
         "Tom Keller", "USAPTY"),
        (_US + '"It is over," said Tom Keller, a veteran political consultant.',
         "Tom Keller", "USAPTY"),
        (_US + "Fox News host Sean Hannity accused the senators of lying.",
         "Sean Hannity", "USAMED"),
    ],
)
def test_operatives_and_hosts_are_coded(text: str, name: str, code: str) -> None:
    assert _codes(text).get(name) == code


@pytest.mark.model
def test_an_investment_strategist_is_no_party_person() -> None:
    text = (_US + '"Markets will fall," said Tom Keller, chief investment strategist '
            "at Goldman Sachs.")
    assert _codes(text).get("Tom Keller") in ("USA", "USABUS")  # a country, never PTY


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        (_US + '"The race is close," said Gallup pollster Tom Keller.', "USABUS"),
        (_US + '"The race is close," said Quinnipiac University pollster Tom Keller.', "USAEDU"),
    ],
)
def test_a_pollster_of_a_body_with_a_role_is_the_bodys(text: str, code: str) -> None:
    assert _codes(text).get("Tom Keller") == code


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        (_US + "Tom Keller, a strategist at Goldman Sachs, criticized the Federal Reserve.",
         "USABUS"),
        (_US + '"The race is close," said Tom Keller, a pollster at Quinnipiac University.',
         "USAEDU"),
        (_US + "Tom Keller, a Democratic strategist, criticized the Federal Reserve.", "USAPTY"),
    ],
)
def test_a_trade_practised_at_a_body_with_a_role_is_the_bodys(text: str, code: str) -> None:
    assert _codes(text).get("Tom Keller") == code


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        (_US + '"We will win," Tom Keller, Clinton\'s campaign manager, said.',
         "Tom Keller", "USAPTY"),
        (_US + '"We will win," said Tom Keller, a Clinton spokesman.',
         "Tom Keller", "USAGOV"),
        (_US + '"We will appeal," said Tom Keller, Ada Smith\'s lawyer.',
         "Tom Keller", "USAJUD"),
    ],
)
def test_a_title_owned_by_another_person_is_the_named_persons(
    text: str, name: str, code: str
) -> None:
    codes = _codes(text)
    assert codes.get(name) == code
    # the owner is another person, who keeps no title of theirs
    assert all(v != code for k, v in codes.items() if k in ("Clinton", "Ada Smith"))


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        (_US + '"We will win," said Tom Keller, a spokesman for the Clinton campaign.',
         "USAPTY"),
        (_US + '"We will win," said Tom Keller, an adviser to Rand Paul\'s campaign.',
         "USAPTY"),
        # a campaign of no candidate's name stays the title's office
        (_US + '"We will win," said Tom Keller, a spokesman for the vaccination campaign.',
         "USAGOV"),
        # a state's or a coded body's campaign in capitals is a war or a programme, no
        # candidate's: its spokesman keeps the state's office
        (_US + '"We will win," said Tom Keller, a spokesman for the U.S.-led campaign '
         "against the rebels.", "USAGOV"),
        (_US + '"We will win," said Tom Keller, a spokesman for the State Department '
         "campaign against smuggling.", "USAGOV"),
    ],
)
def test_a_title_held_for_a_candidates_campaign_is_a_partys(text: str, code: str) -> None:
    assert _codes(text).get("Tom Keller") == code
