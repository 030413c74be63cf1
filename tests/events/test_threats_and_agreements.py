"""Warnings, threats, agreements to act and signed documents (CAMEO roots 03, 05, 13), on
invented sentences with the whole pipeline: a warning of war told to a state is a threat to
it (``warned_outcome_nouns``, events/extract.py), war declared on a party is a threat of
force toward it (verbs.tsv), an act an intent head governs that CAMEO gives no intention
code is planned, not done (``decision_heads``, events/__init__.py), a joint declaration
or a roadmap signed is a formal agreement (057), and a threatened reply ("vowed a response
to X's attack") is aimed at the doer of the act it answers and a threat lasting "until" a
party acts at that party (``threat_term_marks``, events/extract.py)."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = pipe(text, published="2022-06-02")
    return [
        (
            e.cameo,
            e.source.code if e.source else None,
            e.target.code if e.target else None,
            e.modality,
        )
        for e in doc.events
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Peru warned Chile that independence means war.", "PER", "CHL"),
        ("Norway warned Sweden that the dispute could spiral into conflict.", "NOR", "SWE"),
    ],
)
def test_a_warning_of_war_told_to_a_state_is_a_threat(
    pipe: Pipeline, text: str, source: str, target: str
) -> None:
    got = _events(pipe, text)
    assert any(c[:2] == "13" and s == source and t == target for c, s, t, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Officials warned residents that the storm would cause floods and war on the roads.",
        "Norway warned Sweden that heavy rains would cause floods.",
        # a bank's or an agency's warning is a forecast, whatever it names
        "The World Bank warned Chile that drought could bring conflict over water.",
        # a price only threatens with a verb of paying
        "Norway warned Sweden that the price of fish would keep rising.",
        # an outcome told as a state now is no outcome threatened
        "Norway warned Sweden that the conflict has left ports unable to work.",
    ],
)
def test_a_forecast_to_the_public_or_of_no_war_is_no_threat(pipe: Pipeline, text: str) -> None:
    got = _events(pipe, text)
    assert not any(c[:2] == "13" for c, _, _, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Peru threatened to declare war on Chile.", "PER", "CHL"),
        ("Bolivia declared war on Paraguay.", "BOL", "PRY"),
    ],
)
def test_war_declared_on_a_party_is_a_threat_of_force(
    pipe: Pipeline, text: str, source: str, target: str
) -> None:
    got = _events(pipe, text)
    assert [(c, s, t) for c, s, t, _ in got] == [("138", source, target)], got


@pytest.mark.model
def test_war_declared_on_a_matter_is_no_threat(pipe: Pipeline) -> None:
    got = _events(pipe, "The Peruvian president declared war on corruption.")
    assert not any(c[:2] == "13" for c, _, _, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile agreed to resume patrols along the border.",
        "Norway pledged to deploy troops to Latvia.",
        "The Chilean firm vowed to sue Peru's government.",
    ],
)
def test_an_act_with_no_intention_code_agreed_to_is_planned(pipe: Pipeline, text: str) -> None:
    got = _events(pipe, text)
    assert got and all(m == "planned" for _, _, _, m in got), got


@pytest.mark.model
def test_an_offer_of_condolences_stays_asserted(pipe: Pipeline) -> None:
    got = _events(pipe, "Norway offered its condolences to Sweden.")
    assert got and all(m == "asserted" for _, _, _, m in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile signed a joint declaration in Lima.",
        "Peru and Chile signed a joint statement on fisheries.",
        "Peru and Chile signed a roadmap for trade.",
    ],
)
def test_a_joint_declaration_or_roadmap_signed_is_a_formal_agreement(
    pipe: Pipeline, text: str
) -> None:
    got = _events(pipe, text)
    assert ("057", "PER", "CHL") in [(c, s, t) for c, s, t, _ in got], got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Peru promised a harsh response to a deadly Chilean rocket attack.", "PER", "CHL"),
        ("Norway vowed revenge for the killing of its envoy by Sweden.", "NOR", "SWE"),
        ("Peru vowed retaliation for the Bolivian drone attack on Lima.", "PER", "BOL"),
    ],
)
def test_a_threatened_reply_is_aimed_at_the_doer_of_the_act_it_answers(
    pipe: Pipeline, text: str, source: str, target: str
) -> None:
    got = _events(pipe, text)
    assert any(c[:2] == "13" and s == source and t == target for c, s, t, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Peruvian farmers threatened to block the highways until Chile scraps the tax.", "CHL"),
        ("Bolivian miners vowed to continue street protests until Peru lifts the ban.", "PER"),
        # the captives kept meanwhile are not whom the threat is aimed at
        ("Hezbollah said it would keep the hostages until Chile pays a ransom.", "CHL"),
    ],
)
def test_a_threat_lasting_until_a_party_acts_is_aimed_at_that_party(
    pipe: Pipeline, text: str, target: str
) -> None:
    got = _events(pipe, text)
    assert any(c[:2] == "13" and t == target for c, _, t, _ in got), got
