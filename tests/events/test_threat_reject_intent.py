"""Threats, refusals and intentions (CAMEO 13, 12, 03) told by their nouns and adjectives,
and their modality: a party's threat of sanctions or force named by its noun is a threat
(the act threatened is not done); a threat or intention a verb states is asserted, not
planned, unless another party tells it; an act refused that has no refusal code is told as
not done (negated); "unwilling to" refuses, "inclined/eager to" intends. Through the whole
pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import event_acts

from geowire import Pipeline


def _acts(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None, str]]:
    return event_acts(pipe, text, "2023-06-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Brazil's threat of tariffs on Argentina worried investors.", ("BRA", "1312", "ARG")),
        ("Chile's threat of sanctions against Peru angered Lima.", ("CHL", "1312", "PER")),
        ("Ghana renewed its threat of sanctions against Togo.", ("GHA", "1312", "TGO")),
    ],
)
def test_threat_noun_of_an_act_is_a_threat(
    pipe: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    acts = _acts(pipe, text)
    assert any(a[:3] == expected for a in acts), acts
    # the sanctions threatened are not imposed
    assert not any(c[:2] == "16" for _, c, _, _ in acts), acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The threat of sanctions hangs over the region.",
        "Brazil's threat to the region grew.",
    ],
)
def test_threat_noun_without_threatener_or_act_is_none(pipe: Pipeline, text: str) -> None:
    acts = _acts(pipe, text)
    assert not any(c[:2] == "13" for _, c, _, _ in acts), acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Ghana threatened to cut oil supplies to Togo.", "131"),
        ("Kenya threatened to attack Somalia.", "138"),
    ],
)
def test_threat_stated_by_verb_is_asserted(pipe: Pipeline, text: str, code: str) -> None:
    acts = _acts(pipe, text)
    found = [a for a in acts if a[1].startswith(code)]
    assert found and all(m == "asserted" for *_, m in found), acts


@pytest.mark.model
def test_threat_another_party_tells_is_reported(pipe: Pipeline) -> None:
    acts = _acts(pipe, "Ghana said Kenya threatened to attack Somalia.")
    found = [a for a in acts if a[1].startswith("138")]
    assert found and all(m == "reported" for *_, m in found), acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Ghana refused to condemn Togo.",
        "Peru declined to criticize Chile.",
    ],
)
def test_refused_word_act_is_negated(pipe: Pipeline, text: str) -> None:
    acts = _acts(pipe, text)
    words = [a for a in acts if a[1][:2] == "11"]
    assert all(m == "negated" for *_, m in words), acts


@pytest.mark.model
def test_unwilling_to_negotiate_is_a_refusal(pipe: Pipeline) -> None:
    acts = _acts(pipe, "Ghana is unwilling to negotiate with Togo.")
    assert ("GHA", "125", "TGO", "asserted") in acts, acts
    assert not any(c[:2] == "04" for _, c, _, _ in acts), acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ghana is eager to work with Togo.", ("GHA", "031", "TGO")),
        ("The president of Ghana said he was inclined to support Togo.", ("GHAGOV", "032", "TGO")),
    ],
)
def test_adjective_of_inclination_states_intent(
    pipe: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    acts = _acts(pipe, text)
    assert any(a[:3] == expected for a in acts), acts
    assert not any(c[:2] in ("05", "06") for _, c, _, _ in acts), acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Senator Dupont rejected the notion that he was part of the establishment.",
        "The Ghanaian minister dismissed the suggestion that he would resign.",
        "Kenya's president rejected the idea that the changes amounted to a purge.",
    ],
)
def test_view_rejected_is_a_rebuttal_not_a_rejection(pipe: Pipeline, text: str) -> None:
    acts = _acts(pipe, text)
    assert not any(c[:2] == "12" for _, c, _, _ in acts), acts


@pytest.mark.model
def test_proposal_rejected_stays_a_rejection(pipe: Pipeline) -> None:
    acts = _acts(pipe, "Ghana rejected the proposal from Togo.")
    assert ("GHA", "120", "TGO", "asserted") in acts, acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The pressure is growing, threatening further losses for Ghanaian farmers.",
        "This threatens the work of Kenyan economists.",
    ],
)
def test_thing_that_threatens_makes_no_threat(pipe: Pipeline, text: str) -> None:
    acts = _acts(pipe, text)
    assert not any(c[:2] == "13" for _, c, _, _ in acts), acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Senator Dupont vowed to win Ohio.",
        "The Ghanaian president pledged to compete in every region.",
    ],
)
def test_vow_of_a_contest_aim_is_no_intent(pipe: Pipeline, text: str) -> None:
    acts = _acts(pipe, text)
    assert not any(c[:2] == "03" for _, c, _, _ in acts), acts


@pytest.mark.model
def test_vow_to_continue_support_for_a_party_stays_intent(pipe: Pipeline) -> None:
    acts = _acts(pipe, "Germany pledged to continue its support for Ukraine.")
    assert any(s == "DEU" and c[:2] == "03" and t == "UKR" for s, c, t, _ in acts), acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ghana said it would not hesitate to use force against Togo.", ("GHA", "138", "TGO")),
        ("Ghana threatened to use force against Togo.", ("GHA", "138", "TGO")),
        ("Kenya will not hesitate to help Uganda.", ("KEN", "033", "UGA")),
        ("Kenya said it is committed to working with Uganda.", ("KEN", "031", "UGA")),
        ("Ghana blocked Togo's bid to join the African Union.", ("GHA", "120", "TGO")),
        ("The minister said Ghana will not accept the IMF conditions.", ("GHA", "120", "IGOIMF")),
    ],
)
def test_stated_intent_threat_and_refusal_forms(
    pipe: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    acts = _acts(pipe, text)
    assert any(a[:3] == expected and a[3] == "asserted" for a in acts), acts


@pytest.mark.model
def test_hesitation_not_negated_is_no_intent(pipe: Pipeline) -> None:
    acts = _acts(pipe, "The senator hesitated to criticize Ghana.")
    assert not any(c[:2] in ("03", "13") for _, c, _, _ in acts), acts


@pytest.mark.model
def test_offer_rejected_under_its_possessive_is_anothers(pipe: Pipeline) -> None:
    # "its" on the offer answered is not the one who rejects it
    acts = _acts(pipe, "Ghana made an offer of talks, but Togo rejected its offer.")
    assert ("TGO", "120", "GHA", "asserted") in acts, acts
