"""A threat a warning states in its clause ("warned that it would strike X") is itself what
happened: asserted, not a plan, whatever the clause's own "would" (geowire/events/__init__.py),
on invented sentences with the whole pipeline."""

from __future__ import annotations

import pytest

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("Israel warned that it would strike Lebanon.", "138", "LBN"),
        ("Russia warned it would cut gas supplies to Ukraine.", "1312", "UKR"),
    ],
)
def test_a_threat_a_warning_states_is_asserted(
    pipe: Pipeline, text: str, code: str, target: str
) -> None:
    doc = pipe(text, published="2011-05-04")
    got = [(e.cameo, e.target.code if e.target else None, e.modality) for e in doc.events]
    assert (code, target, "asserted") in got, got
