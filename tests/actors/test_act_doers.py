"""A role word that modifies the noun of an act names its doer ("a police raid", "the army
offensive"); before a noun of a thing it names no one ("a police station")."""

from __future__ import annotations

from geowire import Document, Pipeline


def _sources(doc: Document) -> set[str | None]:
    return {e.source.code if e.source else None for e in doc.events}


def test_a_police_raid_is_done_by_the_police(full: Pipeline) -> None:
    doc = full("A police raid on a warehouse in Kano wounded two guards.", published="2012-05-01")
    assert "NGACOP" in _sources(doc)


def test_an_army_offensive_is_the_armys(full: Pipeline) -> None:
    doc = full("An army offensive against the rebels in Darfur began.", published="2012-05-01")
    assert "SDNMIL" in _sources(doc)


def test_a_role_before_a_thing_is_no_actor(full: Pipeline) -> None:
    doc = full("The police station in Kano was closed on Monday.", published="2012-05-01")
    assert not [a for a in doc.actors if a.name.lower() == "police"]


def test_an_institution_before_an_act_is_what_it_strikes(full: Pipeline) -> None:
    doc = full("Police in Lima are investigating the embassy bombings.", published="2012-05-01")
    assert not [e for e in doc.events if e.source and e.source.code and "GOV" in e.source.code]
