"""Recall mechanisms for coercion, assault and criticism: someone ordered held is detained
(173), not asked (100); a person shoved, choked or grabbed is physically assaulted (182),
an assault on a person is no army's assault (190); criticism suffered ("came under fire
for") and names given with "as" ("cast X as divisive") censure (111); each coordinated
party a pattern's slot reads acts ("criticism from Berlin and Paris"). Through the whole
pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_events(pipe, text, "2010-05-05")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code, absent",
    [
        ("A Peruvian judge ordered the Chilean smugglers held without bail.", "173", "100"),
        ("The Bolivian governor ordered the Chilean protesters jailed.", "173", "100"),
        ("Police said the Bolivian man shoved a Chilean officer.", "182", None),
        ("The Peruvian guard grabbed a Chilean reporter by the throat.", "182", None),
        ("The campaign manager of the Peruvian party assaulted a Chilean reporter.", "182", "190"),
        # an army's assault on a town stays force
        ("Peruvian troops assaulted the Chilean town of Arica.", "190", "182"),
    ],
)
def test_detention_ordered_and_assault_on_a_person(
    pipe: Pipeline, text: str, code: str, absent: str | None
) -> None:
    codes = [c for c, _, _ in _events(pipe, text)]
    assert code in codes, codes
    if absent is not None:
        assert absent not in codes, codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian minister grabbed the microphone.",
        "The Bolivian story grabbed the attention of Chilean officials.",
        "Lima kicked two Chilean diplomats out of the country.",
    ],
)
def test_grabbing_a_thing_or_kicking_out_is_no_assault(pipe: Pipeline, text: str) -> None:
    codes = [c for c, _, _ in _events(pipe, text)]
    assert "182" not in codes, codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, target",
    [
        ("The Bolivian government came under fire for its handling of the strike.", "BOLGOV"),
        ("The Chilean government is under fire over its crackdown on students.", "CHLGOV"),
        ("The Peruvian president cast the Bolivian leader as divisive and reckless.", "BOL"),
        ("Chile portrayed the Peruvian government as a bully.", "PERGOV"),
    ],
)
def test_criticism_undergone_or_named_with_as(pipe: Pipeline, text: str, target: str) -> None:
    found = [(c, t) for c, _, t in _events(pipe, text) if c == "111"]
    assert found, _events(pipe, text)
    assert any(t is not None and t.startswith(target) for _, t in found), found


@pytest.mark.model
def test_fire_from_a_party_with_no_reason_is_no_criticism(pipe: Pipeline) -> None:
    codes = [c for c, _, _ in _events(pipe, "The Peruvian convoy came under fire from rebels.")]
    assert "111" not in codes, codes


@pytest.mark.model
def test_portrayed_as_a_friend_is_no_criticism(pipe: Pipeline) -> None:
    text = "Chile portrayed the Peruvian government as a close partner."
    assert not [c for c, _, _ in _events(pipe, text) if c == "111"]


@pytest.mark.model
def test_each_coordinated_party_of_a_source_slot_acts(pipe: Pipeline) -> None:
    text = "The Bolivian plan drew criticism from Chile, Peru and Argentina."
    found = {(s, t) for c, s, t in _events(pipe, text) if c == "111"}
    sources = {s for s, _ in found}
    assert {"CHL", "PER", "ARG"} <= sources, found
    # none of the critics is made a target of another
    assert not any(t in {"CHL", "PER", "ARG"} for _, t in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Two Bolivian senators have disavowed the Peruvian president.", "120"),
        ("The Chilean senator distanced himself from the Peruvian president.", "120"),
        ("The Bolivian president trashed the Peruvian president on Monday.", "111"),
        ("The Chilean government suspects the Peruvian army of the killings.", "112"),
    ],
)
def test_disowning_trashing_and_suspecting_a_party(pipe: Pipeline, text: str, code: str) -> None:
    codes = [c for c, _, _ in _events(pipe, text)]
    assert code in codes, codes


@pytest.mark.model
def test_trashing_a_thing_is_no_criticism(pipe: Pipeline) -> None:
    text = "Bolivian volunteers trashed the hotel room."
    assert not [c for c, _, _ in _events(pipe, text) if c[:2] == "11"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("The Bolivian president smeared the Peruvian president on Monday.", "111"),
        ("The Chilean senator maligned the Peruvian government.", "111"),
        ("The Bolivian minister denigrated the Chilean president in a speech.", "111"),
        ("The Chilean senator impugned the Peruvian president's integrity.", "111"),
        ("The Bolivian president hurled accusations at the Peruvian government.", "112"),
    ],
)
def test_disparaging_a_party(pipe: Pipeline, text: str, code: str) -> None:
    codes = [c for c, _, _ in _events(pipe, text)]
    assert code in codes, codes


@pytest.mark.model
def test_smearing_a_thing_is_no_criticism(pipe: Pipeline) -> None:
    text = "Bolivian protesters smeared paint on the wall of the palace."
    assert not [c for c, _, _ in _events(pipe, text) if c[:2] == "11"]


@pytest.mark.model
def test_a_person_charged_with_no_place_is_held_by_the_story_country(pipe: Pipeline) -> None:
    text = (
        "Police in Lima, Peru, are investigating a string of burglaries. "
        "Juan Quispe was charged with burglary on Tuesday. "
        "A woman charged with fraud appeared in court on Monday."
    )
    found = [(c, s) for c, s, _ in _events(pipe, text) if c == "173"]
    assert len(found) == 2, found
    assert all(s == "PER" for _, s in found), found
