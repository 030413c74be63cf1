"""A verb's target is not read from a time clause with its own subject deep in its phrase,
nor from a noun's content clause but its subject (extract._subordinate_act); needs the
model."""

from __future__ import annotations

import pytest
from factories import event_dicts

from geowire import Pipeline

pytestmark = pytest.mark.model



def _events(pipe: Pipeline, text: str) -> list[dict]:
    # ``pipe`` is tests/events/conftest.py's
    return event_dicts(pipe, text, "2025-03-12")


def _targets(pipe: Pipeline, text: str, root: str) -> list[str | None]:
    return [
        (e["target"] or {}).get("name")
        for e in _events(pipe, text)
        if str(e["cameo"]).startswith(root)
    ]


def test_a_since_clause_under_a_joined_verb_names_no_target(pipe: Pipeline) -> None:
    text = (
        "Rebels have bombed two towns and fired rockets at a police station since the "
        "Labour Party was expelled from peace talks."
    )
    # the joined verbs' own acts of force; the passive time clause is an act of its own
    # (extract._finite_clause_of_own), its patient that act's target, not theirs
    events = [e for e in _events(pipe, text) if str(e["cameo"])[:2] in ("18", "19")]
    assert events
    assert all("Labour" not in ((e["target"] or {}).get("name") or "") for e in events)


def test_a_party_deep_in_a_content_clause_is_no_target(pipe: Pipeline) -> None:
    text = (
        "The senators challenged him over his comments that he would be neutral in the "
        "conflict between Israel and the Palestinians."
    )
    assert "Israel" not in _targets(pipe, text, "11")


def test_the_subject_of_a_content_clause_stays_the_target(pipe: Pipeline) -> None:
    text = "The ministry began investigating complaints that Ukraine had illegally dumped steel."
    assert "Ukraine" in _targets(pipe, text, "09")


def test_a_party_named_as_object_is_still_the_target(pipe: Pipeline) -> None:
    text = "The senators criticized Israel after the talks collapsed."
    assert "Israel" in _targets(pipe, text, "11")
