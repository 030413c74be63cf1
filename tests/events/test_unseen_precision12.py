"""Precision on unseen international wire news (noise12): senses that are no event and acts
only sought. Taking part in fighting or a game "with" someone is no consultation (040);
"armed with" a weapon right after the participle tells what a party carries, no arms given
(072); a letter sent "to the police" deploys no police (153); an arrest or capture that a
reward or bounty is offered for, or that the information paid for leads to, is sought, not
done (173). Arms given to someone, police sent somewhere, talks engaged in, and arrests told
as done stay. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    return {code for _, code, _ in coded_acts(pipe, text, "2019-06-01")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chadian police were engaged in heavy fighting with the rebels on Monday.", "040"),
        ("Malian troops engaged in a game of cat and mouse with Algerian jets.", "040"),
        ("Gunmen armed with rifles stormed a police station in northern Chad.", "072"),
        ("The militants, armed with knives, attacked a bus in Mali.", "072"),
        ("The family sent a letter to the police in Bamako.", "153"),
        (
            "The Malian government is offering a reward for information leading to the arrest"
            " of the bombers.",
            "173",
        ),
    ],
)
def test_no_event_sense(pipe: Pipeline, text: str, code: str) -> None:
    assert code not in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran armed the Houthi rebels with missiles.", "072"),
        ("Beijing sent police to the border.", "153"),
        ("Iran and the United States engaged in talks with European mediators.", "046"),
        ("China engaged with Russia on trade.", "040"),
        ("Malian police arrested the bombers after a tip from residents.", "173"),
    ],
)
def test_event_sense_stays(pipe: Pipeline, text: str, code: str) -> None:
    assert code in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Malian minister left Bamako without meeting the president.", "040"),
        ("The Chadian minister left without meeting or calling the president.", "040"),
        (
            "The court freed the Malian government from the obligation to consult the unions.",
            "0841",
        ),
        ("The budget deal freed money for military aid to Chad.", "0841"),
    ],
)
def test_act_not_done(pipe: Pipeline, text: str, code: str) -> None:
    """A gerund after 'without' is not done; freeing money or a party of a duty is no
    release of persons."""
    assert code not in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Malian minister met the president without aides present.", "040"),
        ("Chad freed the detained journalists on Monday.", "0841"),
        ("The rebels freed the hostages from captivity.", "0841"),
    ],
)
def test_act_done_stays(pipe: Pipeline, text: str, code: str) -> None:
    assert code in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Cyclone Amara hit the coast of Mozambique, killing hundreds.", "190"),
        ("Chad has no intention of attacking Sudan.", "190"),
    ],
)
def test_no_act_of_disaster_or_intention(pipe: Pipeline, text: str, code: str) -> None:
    """A named disaster kills by no one's act; an 'of' gerund on a noun of intention is
    intended, not done."""
    assert not {c for c in _codes(pipe, text) if c[:2] == code[:2]}


def _modalities(pipe: Pipeline, text: str) -> set[tuple[str, str]]:
    doc = pipe(text, published="2019-06-01")
    return {(e.cameo, e.modality) for e in doc.events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sudan will not attack Chad.", "190"),
        ("Chad will not send troops to Mali.", "150"),
    ],
)
def test_refused_act_without_refusal_code_is_negated(pipe: Pipeline, text: str, code: str) -> None:
    """A future act refused that CAMEO gives no refusal code is not done (negated), never
    asserted."""
    assert (code, "negated") in _modalities(pipe, text)
    assert (code, "asserted") not in _modalities(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "More than 3,200 people were injured, mostly Malians.",
        "At least 64, including six Chadians, were killed in Bamako, and 900 were wounded.",
    ],
)
def test_casualty_toll_is_no_act(pipe: Pipeline, text: str) -> None:
    """A count of people killed or injured with no doer, weapon or event in its clause is
    a total (the GUIDE codes no totals)."""
    assert not {c for c in _codes(pipe, text) if c[:2] in ("18", "19", "20")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Four people were killed and 30 injured in a car bomb attack outside the Malian embassy.",
        "Five soldiers were killed by a roadside bomb in Mali.",
        "Three soldiers were killed when militants attacked their base in Chad.",
        "Ten people were killed in a Malian airstrike on Kidal.",
    ],
)
def test_casualties_of_a_named_act_stay(pipe: Pipeline, text: str) -> None:
    assert {c for c in _codes(pipe, text) if c[:2] in ("18", "19", "20")}


@pytest.mark.model
def test_warning_of_what_no_party_does_is_no_threat(pipe: Pipeline) -> None:
    """A warning that something no party does will happen is a forecast, no threat."""
    text = "Officials in Mali are warning residents that heavy rains will cause landslides."
    assert not {c for c in _codes(pipe, text) if c[:2] == "13"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chad warned Sudan that it would retaliate.",
        "The Malian army warned residents that the militants would attack the town.",
        "The minister warned the rebels that the Chadian army would crush them.",
    ],
)
def test_warning_of_a_party_s_act_stays_a_threat(pipe: Pipeline, text: str) -> None:
    assert {c for c in _codes(pipe, text) if c[:2] == "13"}
