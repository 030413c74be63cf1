"""A force's official with no country of their own ('Army spokesman X') takes none from
the clause they report, anywhere in it (a battle names both sides, a truce where it was
signed): the sentence before or the article tells theirs (geowire.actors.v1). A state
body's other officials keep the subject of their report ('Foreign Ministry spokesman X
said that Iran condemns ...' is Iran's)."""

from __future__ import annotations

from factories import actor_code

from geowire import Pipeline

LEAD = (
    "Kenyan army officials said on Monday that militants attacked a base near the "
    "Somali border overnight. "
)


def test_an_army_spokesman_is_not_of_where_the_truce_was_signed(full: Pipeline) -> None:
    doc = full(
        LEAD + "Army spokesman Daniel Otieno said the attackers fled, but insisted that "
        "troops would respect the truce signed in Addis Ababa.",
        published="2014-05-14",
    )
    assert actor_code(doc, "Daniel Otieno") == "KENMIL"


def test_an_army_spokesman_is_not_of_the_forces_he_reports(full: Pipeline) -> None:
    doc = full(
        LEAD + "Army spokesman Daniel Otieno said that Ethiopian forces fired on the base.",
        published="2014-05-14",
    )
    assert actor_code(doc, "Daniel Otieno") == "KENMIL"


def test_a_ministry_spokesman_keeps_the_state_his_report_names(full: Pipeline) -> None:
    doc = full(
        "Foreign Ministry spokesman Ali Rezaei said that Iran condemns the attack.",
        published="2014-05-14",
    )
    assert actor_code(doc, "Ali Rezaei") == "IRNGOV"
