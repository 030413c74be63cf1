"""A condemnation (CAMEO 110, 111) or a protest (14) of a use of force is aimed at the
force's doer, never at whom or where it struck: "condemned the bombing of X's embassy" names
no target when the bombers are not named. Through the whole pipeline; the sentences are
made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    # every event but plain statements (root 01); ``pipe`` is tests/events/conftest.py's
    return [t for t in coded_events(pipe, text, "2003-05-05") if not t[0].startswith("01")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Bolivia on Monday condemned the bombing of the Peruvian embassy in Quito.",
        "Bolivia deplored the assassination of the Peruvian president.",
        "Bolivia condemned the attacks against civilians in Peru.",
    ],
)
def test_condemning_an_attack_by_no_one_named_targets_no_one(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    crit = [(c, s, t) for c, s, t in evs if c[:2] == "11"]
    assert crit and all(s == "BOL" and t is None for _c, s, t in crit), evs


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Bolivia condemned Chile's invasion of Peru.", "CHL"),
        ("Bolivia condemned Chilean air strikes on Peru.", "CHL"),
        ("Bolivia condemned the attack on the Peruvian embassy by Chilean troops.", "CHL"),
    ],
)
def test_condemning_an_attack_targets_its_doer(pipe: Pipeline, text: str, doer: str) -> None:
    evs = _events(pipe, text)
    crit = [(c, s, t) for c, s, t in evs if c[:2] == "11"]
    assert crit and all(t is not None and t[:3] == doer for _c, _s, t in crit), evs


@pytest.mark.model
def test_criticizing_a_party_over_an_attack_still_targets_it(pipe: Pipeline) -> None:
    # the verb's object is a party, not the attack: it stays the target
    evs = _events(pipe, "Bolivia criticized Chile over the bombing of the Peruvian embassy.")
    assert any(c[:2] == "11" and t is not None and t[:3] == "CHL" for c, _s, t in evs), evs
