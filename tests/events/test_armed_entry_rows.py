"""Force told by verbs the verb table had no force sense for (verbs.tsv, session 34 rows):
armed forces entering, infiltrating, intervening, moving or marching into a party or a held
place (190; people who are no armed means make no incursion), armed foes defeated by armed
forces (190; a rival beaten at the polls is none), foes driven from a place (190),
artillery or mortars fired (194), people seized (181, goods seized stay 1711, and "seized
... on Monday" is no idiom "seize on"), armed vehicles targeted (190) and an assassination
attempt survived (185, the survivor its target). Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    return {e[0] for e in coded_events(pipe, text, "2024-05-04")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Chadian troops entered the Sudanese town of Geneina on Friday.", "190"),
        ("Eritrean forces entered Ethiopia overnight, officials said.", "190"),
        ("Chadian rebels infiltrated the town of Abeche overnight, the army said.", "190"),
        ("Kenyan troops intervened in Somalia to fight al-Shabaab.", "190"),
        ("The Chadian army moved into the town of Abeche after the rebels left.", "190"),
        ("Chadian troops marched into the town of Abeche on Friday.", "190"),
        ("Chadian troops defeated the rebels near Abeche, the army said.", "190"),
        ("The Kenyan army drove al-Shabaab fighters from the town of Afmadow.", "190"),
        ("The Chadian army fired artillery and mortars near Abeche overnight.", "194"),
        ("Gunmen seized 12 passengers on a bus in Chad, police said.", "181"),
        ("Chadian police seized weapons on Monday in a raid in Abeche.", "1711"),
        ("Chadian rebels targeted army patrols near Abeche with mines.", "190"),
        ("The Chadian president survived an assassination attempt by rebels.", "185"),
    ],
)
def test_force_told_by_these_verbs_is_coded(pipe: Pipeline, text: str, code: str) -> None:
    assert code in _codes(pipe, text), _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Chadian delegation entered Sudan through the Adre crossing.",
        "Sudanese refugees entered Chad by the thousands last week.",
        "The Chadian ruling party defeated the opposition in the election.",
        "Hackers infiltrated the Chadian ministry's network, officials said.",
        "The Chadian minister moved into a new office in the capital.",
    ],
)
def test_no_force_without_armed_means_or_armed_foes(pipe: Pipeline, text: str) -> None:
    codes = _codes(pipe, text)
    assert not any(c.startswith("19") for c in codes), codes
