"""A role word that also names a stance ("opposition") names the stance, not a group of
that role, when a phrase tells who holds it or what it is against: "opposition from
Beijing" is Beijing's (CHNGOV), no Chinese opposition party."""

from __future__ import annotations

from geowire import Pipeline


def _codes(doc) -> set[str | None]:
    return {a.code for a in doc.actors}


def test_opposition_from_a_state_is_the_states_stance(full: Pipeline) -> None:
    doc = full("The plan met strong opposition from Nairobi.", published="2019-03-01")
    assert "KENOPP" not in _codes(doc)
    assert "KENGOV" in _codes(doc)


def test_an_owned_opposition_to_something_is_a_stance(full: Pipeline) -> None:
    doc = full("Moscow's opposition to the plan is well known.", published="2019-03-01")
    assert "RUSOPP" not in _codes(doc)
    assert {e.source.code for e in doc.events if e.source} == {"RUSGOV"}


def test_the_opposition_as_a_group_stays_the_group(full: Pipeline) -> None:
    doc = full("Kenya's opposition boycotted the vote on Monday.", published="2019-03-01")
    assert "KENOPP" in _codes(doc)
    doc = full(
        "In Caracas, the opposition to the government staged protests.", published="2019-03-01"
    )
    assert any((c or "").endswith("OPP") for c in _codes(doc))


def test_a_role_after_the_prefix_of_opposition_is_what_the_group_opposes(
    full: Pipeline,
) -> None:
    doc = full(
        "Police in Caracas arrested anti-government protesters on Monday.",
        published="2019-03-01",
    )
    assert "VENOPP" in _codes(doc)
    assert not any("GOVOPP" in (c or "") for c in _codes(doc))
    assert {e.target.code for e in doc.events if e.target} == {"VENOPP"}


def test_a_role_that_is_the_prefixs_whole_phrase_stays(full: Pipeline) -> None:
    # "anti-riot police" are police: no role after the prefixed one
    doc = full("Kenyan anti-riot police arrested 20 protesters.", published="2019-03-01")
    assert {e.source.code for e in doc.events if e.source} == {"KENCOP"}


def test_armed_forces_against_the_government_are_rebels(full: Pipeline) -> None:
    doc = full("Syrian anti-government forces attacked an army checkpoint.", published="2019-03-01")
    assert {e.source.code for e in doc.events if e.source} == {"SYRREB"}
