"""An adverbial clause with a finite verb and a subject of its own tells an act of its own,
coded whether it stands before or after its governor (geowire/events/extract.py
``_finite_clause_of_own``); a condition, a purpose or the end of a stretch stays its
governor's, and so does a passive one, unless a time word opens it ("hours after two soldiers
were killed"): then it is coded as the passive alone is. Invented sentences, whole pipeline."""

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
        (
            "France sent more warships to the region, as President Sarkozy discussed the crisis "
            "with Chancellor Angela Merkel.",
            ("FRAGOV", "040", "DEUGOV"),
        ),
        (
            "Germany deployed troops to the border while Chancellor Angela Merkel met President "
            "Sarkozy in Paris.",
            ("DEUGOV", "040", "FRAGOV"),
        ),
        (
            "Russia condemned the raid after Israel attacked Syria on Tuesday.",
            ("ISR", "190", "SYR"),
        ),
    ],
)
def test_a_finite_adverbial_clause_after_a_coded_verb_is_coded(
    pipe: Pipeline, text: str, act: tuple[str, str, str]
) -> None:
    got = _acts(pipe, text)
    assert act in got, got


@pytest.mark.model
def test_the_end_of_a_stretch_stays_its_governors(pipe: Pipeline) -> None:
    got = _acts(pipe, "The blockade is meant to strangle Iran until it withdraws from Iraq.")
    assert not any(code.startswith("08") for _s, code, _t in got), got


@pytest.mark.model
def test_a_passive_adverbial_clause_stays_its_governors(pipe: Pipeline) -> None:
    got = _acts(
        pipe, "Chancellor Angela Merkel praised the mayor, hours after the mayor was charged."
    )
    assert not any(code.startswith("17") for _s, code, _t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Canada will reopen its embassy once Iran frees the detained sailors.", "084"),
        ("Ottawa urged Tehran to talk now, before Canada imposes more sanctions.", "163"),
        ("Canada may expel the envoy before Iran invades Iraq.", "192"),
        ("Canada will retaliate when Iran attacks its ships, officials said.", "190"),
    ],
)
def test_a_present_time_clause_of_a_future_or_unreal_act_is_no_act_done(
    pipe: Pipeline, text: str, code: str
) -> None:
    # the present in a time clause under a modal, an infinitive or a past governor tells
    # a condition of that act (_unreal_time_clause), no act asserted of its own
    doc = pipe(text, published="2011-05-04")
    done = ("asserted", "reported")
    got = [e for e in doc.events if e.cameo.startswith(code) and e.modality in done]
    assert not got, got


@pytest.mark.model
def test_a_clause_of_its_own_is_not_struck_at_its_governors_place(pipe: Pipeline) -> None:
    # the governor's place (Berlin) is where the meeting was, not where the missiles went
    got = _acts(pipe, "Trudeau met Abe in Berlin on Monday, days after Iran fired two missiles.")
    assert not any(code.startswith("19") and target == "DEU" for _s, code, target in got), got


@pytest.mark.model
def test_a_passive_time_clause_is_coded_as_the_passive_alone(pipe: Pipeline) -> None:
    got = _acts(
        pipe,
        "President Macron visited Niger on Monday, hours after three French soldiers were "
        "killed in an ambush.",
    )
    assert (None, "190", "FRAMIL") in got, got
    assert ("FRAGOV", "042", "NER") in got, got
