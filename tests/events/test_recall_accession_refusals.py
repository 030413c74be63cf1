"""Acts told by verbs and idioms the coder left uncoded, and refusals told in the present:
joining an international body or becoming (being accepted as) a member of it (057, one way,
toward the body), a signing or accession set for a day to come (057 planned, a scheduled
ceremony, no stated intention), approving accession or membership (057), a brief or motion
filed (115), turning persons over (0841; not documents or a scene), a go-ahead given (051),
a demand that something must be done (100), crowds flooding the streets (141), and "does
not recognize X" (a refusal, 120 asserted, not a recognition negated; not in a condition),
also in the speaker's own quoted words ("'We will not cooperate with X'": said, it refuses).
Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import event_acts

from geowire import Pipeline

pytestmark = pytest.mark.model


def _acts(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None, str]]:
    # ``pipe`` is tests/events/conftest.py's whole pipeline
    return event_acts(pipe, text, "2023-06-01")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Finland joined NATO in April.", ("FIN", "057", "IGONAT", "asserted")),
        ("Croatia joined the European Union in 2013.", ("HRV", "057", "IGOEEC", "asserted")),
        ("Sweden will join NATO on July 1.", ("SWE", "057", "IGONAT", "planned")),
        (
            "Albania and Croatia are scheduled to become full members of NATO in April.",
            ("ALB", "057", "IGONAT", "planned"),
        ),
    ],
)
def test_joining_a_body_is_accession_one_way(
    pipe: Pipeline, text: str, expected: tuple[str, str, str, str]
) -> None:
    acts = _acts(pipe, text)
    assert expected in acts, acts
    # the body does not join the state: no reverse copy of a reciprocal signing
    assert not any(s == expected[2] and c == "057" for s, c, _, _ in acts), acts


@pytest.mark.parametrize(
    "text",
    [
        "Mexico joined Canada in condemning the attack.",
        "The senator joined protesters outside the embassy of Iran.",
        "China joined forces with Chile.",
        "Two senators from Ohio joined the bid to block Syrian refugees.",
    ],
)
def test_joining_no_body_is_no_accession(pipe: Pipeline, text: str) -> None:
    acts = _acts(pipe, text)
    assert not any(c == "057" for _, c, _, _ in acts), acts


def test_signing_set_for_a_day_is_planned(pipe: Pipeline) -> None:
    # a ceremony on the calendar, as a meeting is: planned 057, no intention (032)
    acts = _acts(pipe, "Peru will sign the treaty with Chile on July 3.")
    assert ("PER", "057", "CHL", "planned") in acts, acts
    assert not any(c == "032" for _, c, _, _ in acts), acts


def test_undated_signing_plan_stays_an_intention(pipe: Pipeline) -> None:
    # no day set: a stated intention to sign (03), not a scheduled ceremony
    acts = _acts(pipe, "Peru said it would sign the treaty with Chile.")
    assert not any(c == "057" for _, c, _, _ in acts), acts


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Poland and Hungary have been accepted as members of NATO.",
            (None, "057", "POL", "asserted"),
        ),
        (
            "The Dutch parliament approved the enlargement of the alliance.",
            ("NLDLEG", "057", None, "asserted"),
        ),
        (
            "Lawyers for Pakistan filed a motion in court on Monday.",
            ("PAKJUD", "115", None, "asserted"),
        ),
        ("Kenya turned over the suspects to Tanzania.", ("KEN", "0841", "TZA", "asserted")),
        ("Germany gave its go-ahead on Friday.", ("DEU", "051", None, "asserted")),
        ("Iran insists any deal must lift all sanctions.", ("IRN", "100", None, "asserted")),
        (
            "Thousands of Egyptian protesters flooded the streets of Cairo.",
            ("EGYOPP", "141", None, "asserted"),
        ),
    ],
)
def test_uncoded_verbs_and_idioms(
    pipe: Pipeline, text: str, expected: tuple[str | None, str, str | None, str]
) -> None:
    acts = _acts(pipe, text)
    assert any(
        c == expected[1] and (expected[0] is None or s == expected[0]) and m == expected[3]
        for s, c, _, m in acts
    ), acts
    if expected[2] is not None:
        assert any(c == expected[1] and t == expected[2] for _, c, t, _ in acts), acts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Iran does not recognize Israel.", ("IRN", "120", "ISR")),
        ("China said it does not support the plan of Japan.", ("CHN", "120", "JPN")),
    ],
)
def test_present_negated_stance_is_a_refusal(
    pipe: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    acts = _acts(pipe, text)
    assert (*expected, "asserted") in acts, acts
    assert not any(c == "054" for _, c, _, _ in acts), acts


def test_past_negated_act_stays_negated(pipe: Pipeline) -> None:
    # "did not": an act that did not happen, no refusal stated
    acts = _acts(pipe, "Russia did not recognize Kosovo in 2008.")
    assert not any(c.startswith("12") for _, c, _, _ in acts), acts


def test_negated_stance_in_a_condition_is_no_refusal(pipe: Pipeline) -> None:
    acts = _acts(
        pipe, "NATO warned Serbia of strikes if Milosevic does not agree to the deployment."
    )
    assert not any(c.startswith("12") for _, c, _, _ in acts), acts


@pytest.mark.parametrize(
    "text",
    [
        "The State Department turned over the emails to the FBI on Monday.",
        "The scene has been turned over to French health officials.",
    ],
)
def test_turning_over_things_is_no_release(pipe: Pipeline, text: str) -> None:
    acts = _acts(pipe, text)
    assert not any(c.startswith("08") for _, c, _, _ in acts), acts


@pytest.mark.parametrize(
    "text",
    [
        "Workers from the Ohio city fill potholes in the street on Monday.",
        "Trump gave his blessing to the deal with the Mexican company.",
    ],
)
def test_no_demonstration_or_endorsement_in_other_senses(pipe: Pipeline, text: str) -> None:
    acts = _acts(pipe, text)
    assert not any(c in ("141", "051") for _, c, _, _ in acts), acts


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will not cooperate with Israel," Egypt said.', ("EGY", "121", "ISR")),
        ('"We do not recognize Israel," the Egyptian president said.', ("EGYGOV", "120", "ISR")),
    ],
)
def test_refusal_in_the_speakers_quoted_words_is_said(
    pipe: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    # saying "we will not cooperate" refuses, as "we condemn" condemns
    assert (*expected, "asserted") in _acts(pipe, text)


def test_plan_in_the_speakers_quoted_words_stays_speech(pipe: Pipeline) -> None:
    # a plan quoted is the speaker's words, no act (the coder's skip_quoted)
    assert not _acts(pipe, '"We will meet Israel next year," Egypt said.')
