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
    # (each side's negotiation with the other: a state's side and its challengers)
    assert _modalities(pipe, text, "04") == ["asserted", "asserted"]


@pytest.mark.model
def test_a_negated_act_in_a_condition_is_hypothetical_not_negated(pipe: Pipeline) -> None:
    """'if it did not withdraw': the condition is read before the negation (no act told
    as not done; hypothetical acts are not coded by default)."""
    text = "The senator said Russia would be punished if it did not withdraw from Ukraine."
    assert _modalities(pipe, text, "08") == []
    text = "The senator said Russia did not withdraw from Ukraine."
    assert _modalities(pipe, text, "08") == ["negated"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The president appeared poised to reconcile with Iran.",
        "Iran seems willing to negotiate with the United States.",
    ],
)
def test_a_stance_a_verb_of_seeming_tells_is_no_stated_intent(pipe: Pipeline, text: str) -> None:
    """'appeared poised to', 'seems willing to': the writer's impression, no intent stated;
    the act is only possible."""
    assert _modalities(pipe, text, "03") == []
    stated = text.replace("appeared poised", "is poised").replace("seems willing", "is willing")
    assert _modalities(pipe, stated, "03") != []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The government dragged its feet on negotiating with the rebels.",
        "The government delayed signing the agreement with the rebels.",
    ],
)
def test_an_act_a_verb_of_delaying_holds_back_is_not_done(pipe: Pipeline, text: str) -> None:
    assert [e for e in pipe(text, published="2019-06-04").events if e.modality == "asserted"] == []


@pytest.mark.model
def test_what_a_condition_s_verb_takes_as_its_clause_is_hypothetical(pipe: Pipeline) -> None:
    """'if the minister says that Iran attacked': the attack is as conditional as the
    saying; a relative clause inside a condition is not."""
    text = "If the minister says that Iran attacked the embassy, the talks will end."
    assert _modalities(pipe, text, "19") == []
    text = "The minister says that Iran attacked the embassy."
    assert _modalities(pipe, text, "19") != []


@pytest.mark.model
def test_a_negated_act_in_a_purpose_clause_is_hypothetical(pipe: Pipeline) -> None:
    """'so he would not be accused': an aim, not an act denied; 'so he was accused' (a
    result, no modal) stays done."""
    text = "The senator has stayed neutral so he would not be accused by Democrats of rigging it."
    assert _modalities(pipe, text, "11") == []
    text = "The senator stayed neutral, so he was accused by Democrats of rigging the contest."
    assert _modalities(pipe, text, "11") == ["asserted"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "modality"),
    [
        # an adjective of schedule or intent on the event noun: to come, not done
        ("Peru's planned talks with Chile were delayed.", "04", "planned"),
        ("The slated visit of the Peruvian president to Chile was postponed.", "04", "planned"),
        ("Bachelet's upcoming visit to Peru drew protests.", "04", "planned"),
    ],
)
def test_an_event_noun_s_adjective_of_schedule_or_intent_makes_it_planned(
    pipe: Pipeline, text: str, root: str, modality: str
) -> None:
    assert set(_modalities(pipe, text, root)) == {modality}


@pytest.mark.model
def test_an_event_noun_with_no_such_adjective_stays_asserted(pipe: Pipeline) -> None:
    assert _modalities(pipe, "Peru's talks with Chile were delayed.", "04") == [
        "asserted",
        "asserted",
    ]
