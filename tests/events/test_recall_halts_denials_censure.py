"""Recall of disapproval, rejection and reduced relations (recall12). Through the whole
pipeline; the sentences are made up.

- An act a verb of halting takes as its object ("suspended its cooperation with X") is not
  told as done: the halting (16) is coded, not the cooperation (060) halted.
- Talks or a visit called off (164, 160).
- A disapproval its author is named on, answered by a verb of denial ("Chile rejected Peru's
  accusation that ..."), was voiced all the same (111/112), aimed at the clause's subject or,
  with none named, at the one denying it.
- Words of censure said of a party's act: unconstitutional, a betrayal told by its verb, a
  mistake; verbs of disparaging a party; going after a party for what it did.
"""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(
    pipe: Pipeline, text: str, published: str = "2012-03-08"
) -> list[tuple[str, str | None, str | None]]:
    return coded_events(pipe, text, published)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Bolivia suspended its cooperation with the Peruvian navy.",
        "Ecuador halted its security cooperation with Colombia.",
    ],
)
def test_halted_cooperation_is_no_cooperation(pipe: Pipeline, text: str) -> None:
    got = _events(pipe, text)
    assert any(c[:3] == "160" for c, _, _ in got), got
    assert not any(c[:2] in ("05", "06") for c, _, _ in got), got


@pytest.mark.model
def test_postponed_visit_is_no_visit(pipe: Pipeline) -> None:
    got = _events(pipe, "Argentina postponed the visit of the Chilean foreign minister.")
    assert not any(c[:3] in ("042", "043") for c, _, _ in got), got


@pytest.mark.model
def test_cooperation_begun_is_still_cooperation(pipe: Pipeline) -> None:
    # guard: a verb that does not halt leaves the noun's act alone
    got = _events(pipe, "Bolivia expanded its cooperation with the Peruvian navy.")
    assert any(c[:2] == "06" for c, _, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Uruguay called off talks with Paraguay.", "164"),
        ("Paraguay called off a visit by the Uruguayan president.", "160"),
    ],
)
def test_called_off(pipe: Pipeline, text: str, code: str) -> None:
    got = [c for c, _, _ in _events(pipe, text)]
    assert code in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code, source, target",
    [
        (
            "Chile rejected Peru's accusation that Chile had armed the rebels.",
            "112",
            "PER",
            "CHL",
        ),
        ("Quito dismissed Bogota's accusation.", "112", "COL", "ECU"),
        ("Caracas rejected Brazil's criticism as interference.", "111", "BRA", "VEN"),
    ],
)
def test_answered_disapproval_was_voiced(
    pipe: Pipeline, text: str, code: str, source: str, target: str
) -> None:
    got = _events(pipe, text)
    assert any(
        c == code and (s or "").startswith(source) and (t or "").startswith(target)
        for c, s, t in got
    ), got


@pytest.mark.model
def test_denied_allegations_of_no_one_are_no_accusation(pipe: Pipeline) -> None:
    # guard: with no author named, the denial says nothing of who accused
    got = _events(pipe, "Quito denied the allegations.")
    assert not any(c[:3] == "112" for c, _, _ in got), got


@pytest.mark.model
def test_complaint_a_court_rejects_is_not_aimed_at_the_court(pipe: Pipeline) -> None:
    got = _events(pipe, "The Supreme Court rejected the opposition's complaint about the vote.")
    assert not any(c[:2] == "11" and (t or "").endswith("JUD") for c, _, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, target",
    [
        ("The Peruvian foreign minister said Chile's new law was unconstitutional.", "CHL"),
        ('"Bolivia\'s decision betrays the region," the Chilean president said.', "BOL"),
        ("The Chilean president said Bolivia's withdrawal was a grave mistake.", "BOL"),
    ],
)
def test_censure_words_said_of_a_party(pipe: Pipeline, text: str, target: str) -> None:
    got = _events(pipe, text)
    assert any(c == "111" and (t or "").startswith(target) for c, _, t in got), got


@pytest.mark.model
def test_own_mistakes_censure_no_one(pipe: Pipeline) -> None:
    got = _events(pipe, '"We made mistakes," the Chilean president said.')
    assert not any(c == "111" for c, _, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian opposition reproached the government for its silence.",
        "Protesters booed the Chilean president in Santiago.",
        "The Bolivian opposition leader went after the president for his handling of the floods.",
    ],
)
def test_disparaging_verbs(pipe: Pipeline, text: str) -> None:
    got = [c for c, _, _ in _events(pipe, text)]
    assert "111" in got, got


@pytest.mark.model
def test_going_after_gunmen_is_no_criticism(pipe: Pipeline) -> None:
    got = [c for c, _, _ in _events(pipe, "Chilean police went after the gunmen.")]
    assert "111" not in got, got


@pytest.mark.model
def test_disapproval_voiced_by_an_agent(pipe: Pipeline) -> None:
    got = _events(pipe, "Criticism voiced by Brazil has angered Caracas.")
    assert any(c == "111" and (s or "").startswith("BRA") for c, s, _ in got), got


@pytest.mark.model
def test_force_another_stopped_was_done(pipe: Pipeline) -> None:
    # guard: an attack the army stopped was under way (interrupting_verbs)
    got = _events(pipe, "The Bolivian army stopped the rebel attack on the town.")
    assert any(c[:2] == "18" for c, _, _ in got), got
