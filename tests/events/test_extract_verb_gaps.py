"""Verb senses found missed on unseen news (held-out recall), each a general mechanism:
a row of the verb table with a form of "be" joined before the verb is a passive ("was met
with boos": a reaction, no meeting), so a progressive "is meeting with" stays the active
verb, a meeting; a participle of stance after "be" with "to" ("is opposed to the plan") is
its subject's own stance, no passive done to it. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import act_countries

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return act_countries(pipe, text, "2003-03-04")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code, source, target",
    [
        (
            "The Russian president is meeting with the Turkish president in Ankara.",
            "040",
            "RUS",
            "TUR",
        ),
        ("The Polish premier was meeting with Czech officials on Friday.", "040", "POL", "CZE"),
    ],
)
def test_a_progressive_meeting_is_a_meeting(
    pipe: Pipeline, text: str, code: str, source: str, target: str
) -> None:
    found = _events(pipe, text)
    assert (code, source, target) in found, found


@pytest.mark.model
def test_a_passive_met_with_stays_a_reaction(pipe: Pipeline) -> None:
    found = _events(pipe, "The Russian president was met with boos from Turkish students.")
    assert not any(c == "040" for c, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, target",
    [
        ("The Chinese government is opposed to the Japanese plan.", "JPN"),
        ("The Indian government was opposed to the deal.", None),
    ],
)
def test_is_opposed_to_is_the_subjects_stance(
    pipe: Pipeline, text: str, target: str | None
) -> None:
    # "opposed" after "be" with "to" is a stance of its subject, not a passive done to it
    found = {(c, s, t) for c, s, t in _events(pipe, text) if c == "110"}
    assert found and all(s is not None for _, s, _ in found), found
    assert target is None or any(t == target for _, _, t in found), found


@pytest.mark.model
def test_opposed_by_stays_passive(pipe: Pipeline) -> None:
    found = _events(pipe, "The Indian government was opposed by Pakistan.")
    assert ("110", "PAK", "IND") in found, found


@pytest.mark.model
def test_as_opposed_to_is_no_stance_of_the_clause(pipe: Pipeline) -> None:
    # "as opposed to" sets two things in contrast: no "be * opposed_to" row reads it
    found = _events(
        pipe,
        "Those are the topics the Chinese president wants to discuss, "
        "as opposed to the Japanese plan.",
    )
    assert not any(c == "110" for c, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, event, wrong",
    [
        (
            "The Iranian president criticized Israel before condemning Saudi Arabia.",
            ("111", "IRN", "SAU"),
            ("111", "ISR", "SAU"),
        ),
        (
            "The Iranian president thanked Russia after meeting the Syrian president.",
            ("040", "IRN", "SYR"),
            ("040", "RUS", "SYR"),
        ),
        (
            "The Iranian president was suspended after slamming Israel for its vote.",
            ("111", "IRN", "ISR"),
            ("111", None, "IRN"),
        ),
    ],
)
def test_a_gerund_of_time_is_the_subjects_act(
    pipe: Pipeline,
    text: str,
    event: tuple[str, str, str],
    wrong: tuple[str, str | None, str],
) -> None:
    # after "before", "after", "by", "while"... the gerund is done by the verb's subject,
    # not by its object as after "of" or "for" ("accused X of aiding Y": X aided)
    found = _events(pipe, text)
    assert event in found and wrong not in found, found


@pytest.mark.model
def test_a_gerund_after_of_stays_the_objects_act(pipe: Pipeline) -> None:
    found = _events(pipe, "The Iranian president accused Israel of attacking Syria.")
    assert ("190", "ISR", "SYR") in found, found
