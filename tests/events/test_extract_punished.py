"""The act a punishment is for was done, by the one punished ("is serving a life sentence
for the assassination of X", "was jailed for the killing of Y"); not the act someone is
only arrested for. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    # every event but plain statements (root 01); ``pipe`` is tests/events/conftest.py's
    return [t for t in coded_events(pipe, text, "2003-05-05") if not t[0].startswith("01")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Peruvian rebel leader Juan Ortiz is serving a life sentence for the "
         "assassination of the Chilean ambassador.", "PER"),
        ("Peruvian rebel leader Juan Ortiz was jailed for the killing of the Chilean "
         "ambassador.", "PER"),
    ],
)
def test_the_one_punished_did_the_act(pipe: Pipeline, text: str, doer: str) -> None:
    evs = _events(pipe, text)
    assert any(c[:2] in ("18", "19") and s is not None and s[:3] == doer
               and t is not None and t[:3] == "CHL" for c, s, t in evs), evs


@pytest.mark.model
def test_the_one_arrested_is_not_told_as_the_doer(pipe: Pipeline) -> None:
    evs = _events(pipe, "Police arrested Peruvian rebel leader Juan Ortiz for the killing "
                        "of the Chilean ambassador.")
    assert not any(c[:2] in ("18", "19") and s is not None and s[:3] == "PER"
                   for c, s, _t in evs), evs
