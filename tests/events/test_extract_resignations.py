"""An official's resignation told by its noun (geowire/events/extract.py: the noun's "of"
party or possessor resigns, ``agent_of_nouns``; ``consequence_verbs``), on invented
sentences with the whole pipeline."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _acts(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return coded_acts(pipe, text, published="2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the "of" party or the possessor of a resignation resigns (0831), told as done
        (
            "The resignation of Pakistan's foreign minister surprised Islamabad.",
            ("PAKGOV", "0831", None),
        ),
        (
            "Following the resignation of Lebanon's prime minister, the currency fell.",
            ("LBNGOV", "0831", None),
        ),
        # a resignation a cause forced happened (``consequence_verbs``)
        (
            "The scandal forced the resignation of Britain's defense secretary.",
            ("GBRGOV", "0831", None),
        ),
        # under a light verb, its subject
        ("Peru's president announced his resignation on Tuesday.", ("PERGOV", "0831", None)),
        ("Peru's interior minister tendered his resignation on Monday.", ("PERGOV", "0831", None)),
    ],
)
def test_a_resignation_told_by_its_noun(
    pipe: Pipeline, text: str, act: tuple[str, str, None]
) -> None:
    got = _acts(pipe, text)
    assert act in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The opposition called for the resignation of Peru's prime minister.",
        "Protesters demanded the resignation of Peru's prime minister.",
    ],
)
def test_a_resignation_called_for_is_none(pipe: Pipeline, text: str) -> None:
    got = _acts(pipe, text)
    assert not any(code.startswith("08") for _s, code, _t in got), got
