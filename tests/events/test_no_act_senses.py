"""Words that look like acts and tell none: an alternative not taken, a contrast, a view
conceded, a thing as the doer, acts between private parties, dependence, one's own
training, declining to speak. Through the whole pipeline (actors coded by it); the
sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _of(pipe: Pipeline, text: str, *roots: str) -> list[str]:
    """The codes of the events of the given CAMEO roots."""
    return [e.cameo for e in pipe(text, published="2025-03-12").events if e.cameo[:2] in roots]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code, told",
    [
        # an alternative not taken is no act
        ("The mayor of Lima fined the protesters rather than arresting them.", "173", False),
        (
            "The Peruvian army shelled the town instead of negotiating with the rebels.",
            "046",
            False,
        ),
        # the act itself stays
        ("The Peruvian police arrested the protesters on Monday.", "173", True),
        ("The Peruvian army negotiated with the rebels on Monday.", "046", True),
    ],
)
def test_an_alternative_not_taken_is_no_act(
    pipe: Pipeline, text: str, code: str, told: bool
) -> None:
    assert (code in _of(pipe, text, code[:2])) is told


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        ("The new post at the ministry feels like a real job, as opposed to an internship.", []),
        ("Chile opposed the Peruvian plan on Monday.", ["110"]),
    ],
)
def test_as_opposed_to_is_no_opposition(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _of(pipe, text, "11") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # a view granted is speech
        ("President Dupont conceded he had fallen short of his goals.", []),
        # yielding something is an act
        ("The rebels conceded defeat to the Peruvian army on Monday.", ["080"]),
    ],
)
def test_a_clause_conceded_is_no_yielding(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _of(pipe, text, "08") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots, codes",
    [
        # a thing no party is named in does not threaten, allow or surround anyone
        ("A case that had threatened to cripple Peruvian unions was dropped.", ("13",), []),
        ("Voters ignored the attention surrounding the Chilean president's choice.", ("19",), []),
        # a party threatens; a text speaks for whoever issued it
        ("Peru threatened to cut ties with Chile on Monday.", ("13",), ["1313"]),
        ("Critics accused the Peruvian government of torture.", ("11",), ["112"]),
    ],
)
def test_a_thing_does_not_act(
    pipe: Pipeline, text: str, roots: tuple[str, ...], codes: list[str]
) -> None:
    assert _of(pipe, text, *roots) == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots, codes",
    [
        # a company's pledge or a firm's defence of its clients are no political events
        ("The Spanish company Iberdrola pledged to become carbon neutral by 2050.", ("03",), []),
        # a company's act on a state, or a state's on a company, is
        (
            "The Spanish company Iberdrola accused the Peruvian government of fraud.",
            ("11",),
            ["112"],
        ),
    ],
)
def test_acts_between_private_parties_are_no_political_events(
    pipe: Pipeline, text: str, roots: tuple[str, ...], codes: list[str]
) -> None:
    assert _of(pipe, text, *roots) == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots, codes",
    [
        # dependence is a state, no appeal
        ("The Peruvian senator relies on the president for support.", ("02",), []),
        ("President Dupont has counted on Chile to back the plan.", ("02",), []),
        # one's own training is no military cooperation; training another's soldiers is
        ("Admiral Moreau trained as a naval flight officer.", ("06",), []),
        ("The Peruvian police had trained for months to deal with protesters.", ("06",), []),
        ("Chile trained Peruvian soldiers last year.", ("06",), ["062"]),
        # declining to speak is declining comment, no rejection
        ("The Peruvian minister declined to speak on the record.", ("12",), []),
        ("The Chilean senator refused to discuss the matter.", ("12",), []),
        ("Peru declined the Chilean offer of talks.", ("12",), ["120"]),
    ],
)
def test_verb_rows_that_tell_no_act(
    pipe: Pipeline, text: str, roots: tuple[str, ...], codes: list[str]
) -> None:
    assert _of(pipe, text, *roots) == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        # a thing welcomed is approved (051), also in the passive; a guest welcomed is hosted
        ("Lima's pledge to add soldiers was warmly welcomed by Chile.", "051"),
        ("The Peruvian president was welcomed by Chilean officials in Santiago.", "043"),
    ],
)
def test_a_thing_welcomed_in_the_passive_is_approval(pipe: Pipeline, text: str, code: str) -> None:
    assert _of(pipe, text, "04", "05") == [code]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # voters' support or rejection is a vote or a poll's finding
        ("Those voters backed Senator Ana Dupont of Ohio in the primary.", []),
        ("Polls show voters in the area rejecting Senator Ana Dupont of Ohio.", []),
        # a politician's or a party's is an act
        ("Senator Ana Dupont of Ohio backed Governor Luis Moreau of Iowa.", ["051"]),
    ],
)
def test_voters_support_is_a_vote(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _of(pipe, text, "05", "12") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # a politician's rally at a venue is a campaign event
        ("Senator Ana Dupont of Ohio held a rally at Ohio State University on Tuesday.", []),
        # a rally against someone is a protest
        ("Students held a rally at Ohio State University against Senator Ana Dupont.", ["141"]),
    ],
)
def test_a_rally_at_a_venue_is_a_campaign_event(
    pipe: Pipeline, text: str, codes: list[str]
) -> None:
    assert _of(pipe, text, "14") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # what "it is easy to do" is a judgement, no one's act
        ("It is easy to criticize the Peruvian government's plan.", []),
        ("It would be wrong to condemn Chile for the vote.", []),
        # a party's own criticism is an act
        ("Chile criticized the Peruvian government's plan on Monday.", ["111"]),
    ],
)
def test_what_it_is_easy_to_do_is_no_act(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _of(pipe, text, "11") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots, codes",
    [
        # a noun with a determiner or a possessive is no mis-tagged verb
        ("Chinese broadcaster CCTV and its partners criticized Peru.", ("06",), []),
        # a verb coordinated with another stays a verb
        ("Peru partnered with Chile and criticized Bolivia.", ("06",), ["060", "060"]),
    ],
)
def test_a_determined_noun_is_no_verb(
    pipe: Pipeline, text: str, roots: tuple[str, ...], codes: list[str]
) -> None:
    assert _of(pipe, text, *roots) == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # a figure that sinks to a share is no force
        (
            "Despite the announced expansion, he noted, Peruvian military spending is in "
            "danger of sinking to 1.08 percent of Peru's gross domestic product, which he "
            "said would be its lowest ever.",
            [],
        ),
        # people killed are counted, and stay force
        ("Peruvian rebels killed 18 soldiers in Ayacucho on Monday.", ["190"]),
    ],
)
def test_a_figure_that_moves_is_no_force(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _of(pipe, text, "18", "19", "20") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # the press's own reporting is journalism, no investigation by a party
        ("VOA examined the facts behind the Peruvian government's campaign.", []),
        # a state's investigation is one
        ("Peruvian police investigated the Chilean company on Monday.", ["090"]),
    ],
)
def test_the_press_reporting_is_no_investigation(
    pipe: Pipeline, text: str, codes: list[str]
) -> None:
    assert _of(pipe, text, "09") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots, told",
    [
        # an act its teller denies is not done: a gerund or that-clause of a denial ...
        ("Chile denied supplying weapons to the Peruvian rebels.", ("07",), False),
        ("Chile denied that its troops attacked Peruvian soldiers.", ("18", "19"), False),
        ("The Chilean army denied carrying out the air strike on Lima.", ("19",), False),
        # ... or of a claim the denial answers
        ("Chile rejected accusations that it attacked Peruvian villages.", ("18", "19"), False),
        # the act itself, and a denial's own object, stay
        ("Chile supplied weapons to the Peruvian rebels on Monday.", ("07",), True),
        ("Chile denied Peru's claims and attacked Lima on Monday.", ("18", "19"), True),
        # a denial after the act is another party's answer to it
        ("Chile accused Peru of shelling its border towns, a charge Lima denies.", ("11",), True),
    ],
)
def test_an_act_denied_is_not_done(
    pipe: Pipeline, text: str, roots: tuple[str, ...], told: bool
) -> None:
    assert bool(_of(pipe, text, *roots)) is told
