"""Senses and clauses that tell no act, read on unseen political and health news: an
ailment complained of, people alerted to something, a source asking to stay anonymous,
what someone is able or free to do, what a share of people polled say they will do, a
visit to a thing that names no one, a negated act on no one in particular, a quoted
question 'asked', a win 'locked up'.
Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return coded_acts(pipe, text, "2016-03-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # an ailment complained of: no official complaint (114)
        "Kenyan miners complained of headaches and nausea after the spill.",
        "The Bolivian minister was taken to hospital on Monday complaining of chest pains.",
        "Two Peruvian soldiers complained of neck and back injuries after the crash.",
        # people alerted to something are told of it: no alert status raised (151)
        "Chilean police were alerted to the fire in Arica by a neighbour.",
        "A neighbour alerted the Chilean police to the fire.",
        # a source's condition: no appeal (020)
        "The figures were given by a Kenyan official who requested to remain anonymous.",
        "A Kenyan official, who asked to remain anonymous, described the border as calm.",
        # what someone is able or free to do: no act
        "Peruvian delegates will be able to endorse Garcia or Humala at the convention.",
        "The Peruvian delegates are free to endorse Garcia.",
        # what a share of people polled say they will do: a poll's finding
        "Forty-seven percent of Peruvian voters say they will support President Garcia.",
        "Nearly eight in 10 Chilean voters said they will back Bachelet in March.",
        # a visit to a thing that names no one: a trip, no one visited
        "The Bolivian president visited a downtown train station renovated with a grant.",
        "The Peruvian minister, who has visited several provinces, said support was growing.",
        # what is won locked up: no arrest
        "Peruvian President Alan Garcia has locked up the nomination.",
        "Garcia locked up endorsements from Peruvian unions in October.",
        # a question quoted before "asked": the speaker's question, no appeal
        "“Asking a province to abolish itself?” asked Sen. Ana Ruiz of Arica, who wants a panel "
        "to review the rules.",
        "“Do you want them to quit the talks?” asked Sen. Ana Ruiz of Arica, who is willing to "
        "accept some changes.",
        # an act not done to anyone in particular: no party acted upon
        "The Peruvian teachers union has not endorsed a candidate.",
        "The Bolivian unions didn't endorse a candidate until after the primaries.",
    ],
)
def test_no_act_told(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == set()


@pytest.mark.model
def test_ability_in_a_gerund_is_no_negotiation(pipe: Pipeline) -> None:
    # the mocking is an act; the negotiating someone claims to be able to do is none
    codes = _codes(pipe, "Humala mocked talk of being able to negotiate a better deal with Chile.")
    assert not [c for c in codes if c[1].startswith("04")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # a visit to a named place, and a negated act on a named party, stay
        (
            "A UNHCR team visited Mbanza Congo in northern Angola over the weekend.",
            ("IGOHCRREF", "042", None),
        ),
        ("The Peruvian president visited a refugee camp in Chad.", ("PERGOV", "042", "TCD")),
        ("Chile has not recognized the Peruvian government.", ("CHL", "054", "PERGOV")),
        # an appeal after a quoted question stays one
        (
            "“Will Peru pay?” the Bolivian minister asked, and he urged Peru to pay for the "
            "damage.",
            ("BOLGOV", "020", "PER"),
        ),
        # people locked up are arrested
        ("Peruvian police locked up the protesters.", ("PERCOP", "173", "PEROPP")),
        # a complaint of a party's conduct stays one
        ("The Kenyan government complained of interference by Uganda.", ("KENGOV", "114", "UGA")),
        # an appeal to remain (not anonymous) stays one
        ("Kenya asked Uganda to remain neutral.", ("KEN", "020", "UGA")),
        # "were able to" in the past tells the act done
        (
            "Peruvian rebels were able to negotiate a ceasefire with the army last year.",
            ("PERREB", "046", "PERMIL"),
        ),
        # a leader's own pledge is his, not a poll's
        (
            "The Kenyan president said he will support the Ugandan opposition.",
            ("KENGOV", "032", "UGAOPP"),
        ),
        # most of a body's members say what they will do: their own word, no poll
        (
            "Most of the Peruvian senators said they would support President Garcia.",
            ("PERLEG", "032", "PERGOV"),
        ),
    ],
)
def test_act_still_told(
    pipe: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # a pronoun resolved to no party attacks a lawmaker: words (111), not force
        (
            "“It is shameful that you attacked Senator Ana Ruiz,” the Peruvian activist said.",
            "111",
        ),
        # an unknown doer, or a passive, stays force (on a person who bears no arms, with
        # no means of war named, an assault: 180)
        ("Someone attacked the Peruvian senator Ana Ruiz in Lima on Monday.", "180"),
        ("Senator Ana Ruiz was attacked in her home in Lima.", "180"),
    ],
)
def test_attack_at_a_lawmaker(pipe: Pipeline, text: str, expected: str) -> None:
    assert [c for _s, c, _t in _codes(pipe, text) if c[:2] in ("11", "18", "19")] == [expected]
