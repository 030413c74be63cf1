"""Recall mechanisms for criticism, support and opposition in political news: an act of
words done as the aim of a news conference or speech is done ("held a news conference to
denounce X"); calling out a party and hitting it with ads criticize (111); an endorsement
secured or won from a party is that party's support (051, it acts); fighting a party's
bid, bill or policy and pushing back against a party oppose it (110). Through the whole
pipeline; a name of censure given a party (a danger, a fraud) criticizes it, also when the
parser hangs the party on the name. The sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_events(pipe, text, "2014-03-03")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code, source, target",
    [
        (
            "The Peruvian president held a news conference to denounce Chile.",
            "111",
            "PERGOV",
            "CHL",
        ),
        ("The Bolivian foreign minister gave a speech to condemn Chile.", "111", "BOLGOV", "CHL"),
        ("The Peruvian president called out the Chilean government.", "111", "PERGOV", "CHLGOV"),
        ("The Peruvian president is calling out Chile again.", "111", "PERGOV", "CHL"),
        ("The Bolivian president secured the endorsement of Chile.", "051", "CHL", "BOLGOV"),
        ("The Bolivian president won an endorsement from Peru.", "051", "PER", "BOLGOV"),
        ("Chile has fought Peru's bid to join the council.", "110", "CHL", "PER"),
        (
            "The Bolivian president pushed back against the Chilean government.",
            "110",
            "BOLGOV",
            "CHLGOV",
        ),
        ("The Peruvian president called Chile a danger to the region.", "111", "PERGOV", "CHL"),
        ("The Peruvian president took the opportunity to criticize Chile.", "111", "PERGOV", "CHL"),
        ("The Peruvian president took care to praise Chile.", "051", "PERGOV", "CHL"),
        ("The Peruvian president bashed Chile at a rally.", "111", "PERGOV", "CHL"),
        ("The Peruvian president knocked Chile over its trade policy.", "111", "PERGOV", "CHL"),
        ("The Peruvian president swiped at Chile in a speech.", "111", "PERGOV", "CHL"),
        ("The Peruvian president expressed outrage at Chile.", "111", "PERGOV", "CHL"),
        (
            "The Peruvian president voiced frustration with the Chilean government.",
            "111",
            "PERGOV",
            "CHLGOV",
        ),
        ("The Peruvian president mounted a campaign to condemn Chile.", "111", "PERGOV", "CHL"),
        ("The Peruvian president gave Chile a warm endorsement.", "051", "PERGOV", "CHL"),
        ("The Peruvian president called Chile incompetent.", "111", "PERGOV", "CHL"),
    ],
)
def test_criticism_support_and_opposition(
    pipe: Pipeline, text: str, code: str, source: str, target: str
) -> None:
    assert (code, source, target) in _events(pipe, text), _events(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, absent",
    [
        # a purpose that is no act of words stays a purpose; so does a trip's
        ("Peruvian rebels held a meeting to attack Chilean troops.", "190"),
        ("The Peruvian president went to Lima to denounce Chile.", "111"),
        # a chance had or an interview wanted may go unused
        ("The Peruvian president had a chance to criticize Chile.", "111"),
        ("The Peruvian president wanted an interview to criticize Chile.", "111"),
        # knocking out power, knocking on doors is no criticism
        ("Peruvian rebels knocked out power in the Chilean town.", "111"),
        # calling out troops, or calling out to someone, is no criticism
        ("The Peruvian president called out the army after the riots.", "111"),
        ("The Peruvian president called out to the Chilean minister.", "111"),
        # fighting an army is still force, not opposition
        ("Peruvian rebels fought the Chilean army near the border.", "110"),
        # pushing back troops is no disapproval
        ("Peruvian troops pushed back the Chilean rebels.", "110"),
        # a danger named of no party is no censure
        ("The Peruvian president called the flood a danger to the coast.", "111"),
    ],
)
def test_no_criticism_or_opposition(pipe: Pipeline, text: str, absent: str) -> None:
    codes = [c for c, _, _ in _events(pipe, text)]
    assert absent not in codes, codes


@pytest.mark.model
@pytest.mark.parametrize("text", ["Obama called Trump a menace.", "Obama called Trump a fraud."])
def test_name_fused_with_the_party_named(pipe: Pipeline, text: str) -> None:
    # the parser hangs "Trump" on the name given ("[Trump] a menace"): Trump is the one named
    found = [
        (e.cameo, e.source.code if e.source else None, e.target.name if e.target else None)
        for e in pipe(text, published="2016-02-05").events
    ]
    assert any(c == "111" and s == "USAGOV" and t and "Trump" in t for c, s, t in found), found
