"""Word senses the coder tells apart by who acts: a strike by people who bear no arms is
a stoppage of work, not a use of force. Through the whole pipeline (actors coded by it)."""

from __future__ import annotations

import pytest

from geowire import Config, Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Config())


def _codes(pipe: Pipeline, text: str) -> list[str]:
    return [e.cameo for e in pipe(text, published="2025-03-12").events]


def _acts(pipe: Pipeline, text: str) -> list[str]:
    """The codes of the events that are more than a statement (root 01)."""
    return [c for c in _codes(pipe, text) if not c.startswith("01")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Teachers in Iraq launched a strike against the government on Monday.", "143"),
        ("Iraqi teachers struck on Monday, demanding higher pay from the government.", "143"),
        # an armed party's strike is force
        ("Russia launched a strike on Kyiv on Monday.", "190"),
    ],
)
def test_a_strike_by_people_who_bear_no_arms_is_a_stoppage_of_work(
    pipe: Pipeline, text: str, code: str
) -> None:
    assert _codes(pipe, text) == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # information made public is no release of people or property
        ("Senator Dupont released a memo on the state of the race on Monday.", []),
        ("Senator Dupont released details of his tax plan on Monday.", []),
        ("The ministry released a video of the ceremony on Monday.", []),
        # people set free are
        ("The rebels released two hostages to Norway on Monday.", ["0841"]),
    ],
)
def test_releasing_information_is_no_release(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _acts(pipe, text) == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # attacked for what one said or is: criticism
        ("Senator Dupont attacked Governor Moreau for being a weak leader.", {"11"}),
        ("Senator Dupont attacked Governor Moreau for his remarks on taxes.", {"11"}),
        # attacked with no reason given stays force
        ("Rebels attacked the army base in Goma on Monday.", {"18", "19"}),
    ],
)
def test_an_attack_for_a_reason_is_criticism(pipe: Pipeline, text: str, roots: set[str]) -> None:
    assert {c[:2] for c in _codes(pipe, text)} <= roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # a question is no appeal, and the words of the question fill no pattern of 'ask'
        ("Senator Dupont was asked by reporters whether troops would go to Syria.", []),
        ("Governor Moreau was asked by a caller why refugees are coming to France.", []),
        ("Governor Moreau was asked about speeches he gave to a group of bankers.", []),
        # asking someone to act is
        ("France asked Iran to release the hostages.", ["020"]),
    ],
)
def test_a_question_is_no_appeal(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert [c for c in _codes(pipe, text) if c.startswith("02")][:1] == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # with no one hosted an event is put on: no visit
        ("The debate was hosted by the BBC in Leeds on Thursday.", []),
        ("Senator Dupont hosted a fundraiser at his home on Monday.", []),
        # a guest makes it a visit
        ("France hosted the Iranian president on Monday.", ["043"]),
    ],
)
def test_hosting_needs_a_guest(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _acts(pipe, text) == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Clashes between Indian and Pakistani troops erupted on Monday.",
        "Indian and Pakistani troops clashed on Monday.",
    ],
)
def test_coordinated_demonyms_on_one_noun_are_two_parties(pipe: Pipeline, text: str) -> None:
    # the actors component names "Pakistani troops" with the head noun: "Indian" is still one
    dyads = {
        (e.source and e.source.country, e.target and e.target.country)
        for e in pipe(text, published="2025-03-12").events
    }
    assert {("IND", "PAK"), ("PAK", "IND")} <= dyads


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots",
    [
        # a question asks about an act, it does not report one
        ("Do you support Senator Dupont?", []),
        ("Why did Peru attack Chile?", []),
        # a clause under the question still tells what happened
        ("What about the mother whose son was killed by Peruvian troops in 2012?", ["19"]),
        ("Peru attacked Chile on Monday.", ["19"]),
    ],
)
def test_a_question_reports_no_act(pipe: Pipeline, text: str, roots: list[str]) -> None:
    assert [c[:2] for c in _acts(pipe, text)] == roots


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root",
    [
        # one person's attack on another is words
        ("Senator Dupont attacked Governor Moreau on Monday.", "11"),
        ("Senator Dupont's attacks on Governor Moreau angered voters.", "11"),
        # an armed person's, a group's or a state's stays force
        ("A gunman attacked Governor Moreau on Monday.", "19"),
        ("Rebels attacked Governor Moreau on Monday.", "19"),
        ("Russia attacked Ukraine on Monday.", "19"),
    ],
)
def test_an_attack_between_two_persons_is_words(pipe: Pipeline, text: str, root: str) -> None:
    assert [c[:2] for c in _acts(pipe, text)] == [root]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Belarusian police raided the offices of an opposition newspaper on Monday.", "171"),
        ("Police raided the homes of two human rights activists in Baku.", "171"),
        # on an armed party, or with no party named, a raid stays force
        ("Police raided a rebel camp in the hills on Monday.", "190"),
        ("Israeli troops raided the offices of an opposition newspaper.", "190"),
    ],
)
def test_a_police_raid_on_an_unarmed_party_is_a_search(
    pipe: Pipeline, text: str, code: str
) -> None:
    assert code in _acts(pipe, text)
