"""Modality read from the parse (geowire/events/modality.py): what an allegation lays on
someone is a claim, reported; a court's finding stays asserted. Whole pipeline on made-up
sentences."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _modalities(pipe: Pipeline, text: str, root: str) -> list[str]:
    doc = pipe(text, published="2019-06-04")
    return [e.modality for e in doc.events if e.root == root]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Chile was accused of aiding the rebels.", "07"),
        ("Peru has been accused of supplying weapons to the Bolivian rebels.", "07"),
        ("Chile was blamed for attacking the Peruvian border post.", "19"),
    ],
)
def test_the_act_an_allegation_lays_on_someone_is_reported(
    pipe: Pipeline, text: str, root: str
) -> None:
    assert _modalities(pipe, text, root) == ["reported"]


@pytest.mark.model
def test_a_court_s_finding_stays_asserted(pipe: Pipeline) -> None:
    text = "Two Chilean officers were convicted of attacking the Peruvian border post."
    assert "reported" not in _modalities(pipe, text, "19")


@pytest.mark.model
def test_an_act_a_verb_of_letting_could_let_happen_is_not_done(pipe: Pipeline) -> None:
    """'could allow X to talk': the talks are as possible as the letting, not done."""
    text = "The truce could allow the rebels to negotiate with the government in Geneva."
    assert _modalities(pipe, text, "04") == []  # hypothetical: not coded
    text = "The truce allowed the rebels to negotiate with the government in Geneva."
    assert _modalities(pipe, text, "04") == ["asserted"]
