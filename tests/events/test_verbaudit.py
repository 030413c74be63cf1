"""Verb rows whose CAMEO code held only for a narrower phrase, read against the CAMEO
codebook and on unseen news. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _roots(pipe: Pipeline, text: str) -> set[str]:
    return {code[:2] for _, code, _ in coded_acts(pipe, text, "2012-05-01")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # blocking a measure, an attempt, a trial or someone's access is no obstruction of
        # passage (CAMEO 144 is a protest that blocks a road, an entrance or traffic)
        "Chilean senators blocked a number of Peruvian gun control measures.",
        "Kenyan opposition leaders blocked the Kenyan president's access to the files.",
        "A Bolivian court has blocked the trial of two Peruvian officials.",
    ],
)
def test_block_without_a_passage_is_no_protest(pipe: Pipeline, text: str) -> None:
    assert "14" not in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chilean farmers blocked traffic on the highway to Santiago.",
        "Kenyan students blocked the entrance to the Kenyan parliament.",
    ],
)
def test_block_of_a_passage_stays_a_protest(pipe: Pipeline, text: str) -> None:
    assert "14" in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # offering a contrast, tips, arguments or a job is no intent to cooperate (CAMEO 03
        # is an offer to do something or of cooperation: talks, aid, a deal, a truce, a plan)
        "The Chilean candidate's rally offered a sharp contrast with the Peruvian president's "
        "visit.",
        "Two Kenyan analysts offer pollsters tips to improve their accuracy.",
        "Lawyers for the Peruvian senator had to offer counterarguments in court.",
    ],
)
def test_offer_of_no_cooperation_is_no_intent(pipe: Pipeline, text: str) -> None:
    assert "03" not in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iran offered to help Iraq rebuild its army.",
        "Iran offered Iraq a deal on the border.",
        "The rebels offered a truce to the Colombian army.",
        "Syria offered a proposal to end the war with Israel.",
        "The Kenyan president offered an olive branch to the Kenyan opposition.",
        "The Peruvian government offered Chile defense equipment worth $2 million.",
    ],
)
def test_offer_of_cooperation_stays_an_intent(pipe: Pipeline, text: str) -> None:
    assert "03" in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # "with" after the verb's own object or clause belongs to that clause: working to
        # close a deal with someone, working for a bank while others take jobs with firms,
        # is no cooperation with them (CAMEO 06 is working with a party)
        "The Kenyan president works to close the deal with Kenyan voters.",
        "The Chilean minister works for a Swiss bank, and other Chilean officials land jobs "
        "with Peruvian firms.",
    ],
)
def test_work_with_only_next_to_the_verb(pipe: Pipeline, text: str) -> None:
    assert "06" not in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian minister said he was working with the Iraqi government on the law.",
        "Turkey and Russia worked together with Iran on the plan.",
    ],
)
def test_working_with_a_party_stays_cooperation(pipe: Pipeline, text: str) -> None:
    assert "06" in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # reinforcing a message or a fear shows no military power (CAMEO 150), as bolster
        "The Peruvian minister reinforced the message of the Peruvian president.",
        "The Chilean senator's remarks reinforced the Peruvian government's fears.",
    ],
)
def test_reinforcing_words_is_no_force_posture(pipe: Pipeline, text: str) -> None:
    assert "15" not in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russia reinforced its troops on the Ukrainian border.",
        "Israel reinforced its positions along the border with Lebanon.",
    ],
)
def test_reinforcing_forces_stays_a_force_posture(pipe: Pipeline, text: str) -> None:
    assert "15" in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a fighting force destroyed is force used against it (190), not property (1712)
        "The Iraqi army destroyed the Islamic State in Mosul.",
        "The Syrian army destroyed the Syrian rebels near Homs.",
    ],
)
def test_a_force_destroyed_is_force(pipe: Pipeline, text: str) -> None:
    codes = {code for _, code, _ in coded_acts(pipe, text, "2012-05-01")}
    assert "190" in codes
    assert "1712" not in codes


@pytest.mark.model
def test_homes_destroyed_stay_property(pipe: Pipeline) -> None:
    codes = {
        c for _, c, _ in coded_acts(pipe, "Israeli troops destroyed homes in Hebron.", "2012-05-01")
    }
    assert "1712" in codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # released to the public is published, no person or property returned (084)
        "The Kenyan government released them to the public on Monday.",
        # lending an ear or credence is no loan (071)
        "The Kenyan president lent his ear to Peruvian business leaders.",
        "The Kenyan report lent credence to the Peruvian government's claims.",
    ],
)
def test_idioms_of_release_and_lend_are_no_event(pipe: Pipeline, text: str) -> None:
    assert not _roots(pipe, text) & {"08", "07"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a film shot is filmed, no one fired on (190)
        "The Kenyan movie was shot in 18 days on 35-millimeter film.",
        "The Kenyan commercial was shot in Nairobi last year.",
        # an award captured is won, no one arrested (173)
        "A Kenyan poodle captured the Best in Show award at the Kenyan Kennel Club show.",
    ],
)
def test_films_shot_and_awards_captured_are_no_event(pipe: Pipeline, text: str) -> None:
    assert not _roots(pipe, text) & {"17", "19"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root",
    [
        ("Kenyan police shot two protesters in Nairobi.", "17"),  # repression
        ("Kenyan gunmen shot three Kenyan students at a screening of the film.", "18"),
        ("Kenyan police captured two Somali militants.", "17"),
    ],
)
def test_shooting_and_capturing_people_stay(pipe: Pipeline, text: str, root: str) -> None:
    assert root in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # criticism or comparisons invited are provoked, no appeal (02)
        "The Kenyan president's plan has invited comparisons with Peru's failed reform.",
        "The Kenyan minister invited criticism from Peruvian officials by praising the coup.",
    ],
)
def test_invited_criticism_is_no_appeal(pipe: Pipeline, text: str) -> None:
    assert "02" not in _roots(pipe, text)


@pytest.mark.model
def test_an_invitation_to_visit_stays_an_event(pipe: Pipeline) -> None:
    # an invitation to visit offers a meeting: the inviter's intent to meet or host (036,
    # the codebook's "indicate willingness ... to meet, visit"), no longer an appeal (020)
    assert "03" in _roots(pipe, "Kenya invited Peru's foreign minister to visit Nairobi.")
