"""Descriptions of named groups (geowire.actors.resolve._described_names): a description
of a group right before a group's dictionary name, or set off after it by a comma, only
describes that group, which keeps its own code; no second actor of the description's role.
Made-up sentences; needs the model."""

from __future__ import annotations

import pytest

import geowire


def _codes(text: str) -> dict[str, str | None]:
    doc = geowire.extract(text, published="2024-03-05")
    return {a.name: a.code for a in doc.actors}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The rights group Amnesty International accused Myanmar's army of war crimes.",
            "Amnesty International",
            "NGOAMN",
        ),
        (
            "The British aid group Oxfam said Israel blocked food deliveries to Gaza.",
            "Oxfam",
            "NGOXFM",
        ),
        (
            "Human Rights Watch, a rights group based in New York, accused Ethiopian troops of "
            "killing civilians in Tigray.",
            "Human Rights Watch",
            "NGOHRW",
        ),
    ],
)
def test_a_description_beside_a_groups_name_is_the_name(text: str, name: str, code: str) -> None:
    codes = _codes(text)
    assert codes[name] == code
    # no second actor for the description
    assert not any(n.split()[-1] == "group" for n in codes)


@pytest.mark.model
def test_the_named_group_is_the_doer() -> None:
    doc = geowire.extract(
        "The rights group Amnesty International accused Myanmar's army of war crimes.",
        published="2024-03-05",
    )
    sources = [(e.source.code if e.source else None) for e in doc.events]
    assert "NGOAMN" in sources and "MMRHRI" not in sources
