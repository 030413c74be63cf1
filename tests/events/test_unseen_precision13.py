"""Precision on unseen news (noise13): negation that is, or is not, the act's. Acts a
subject of "neither ... nor", "nobody" or "no party" denies are negated: "neither" may be a
pre-conjunction of the first conjunct ("neither the president nor his ministers"), and the
denying subject may be that of the verb or adjective whose infinitive the act is ("neither
X nor Y is inclined to attack Z"); an adjective of intent so denied states no intention or
threat. A "not" on a rank ("is not the only member to oppose it", "was not the first to
recognize it") or on "alone" ("is not alone in condemning X") denies the rank or the
solitude, not the act: it stays asserted. A subject of "both ... and", an act told beside a
denied one in a conjunct clause and an act a "not" denies stay as they were. Through the
whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _acts(pipe: Pipeline, text: str) -> set[tuple[str, str]]:
    doc = pipe(text, published="2019-06-01")
    return {(e.cameo, e.modality) for e in doc.events if not e.cameo.startswith("01")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Neither the president nor his ministers criticized Israel.", "11"),
        ("Neither the Kenyan government nor the Ugandan army accused Somalia of the raid.", "11"),
        ("Neither Kenya nor Uganda is inclined to attack Somalia.", "19"),
        ("Neither Senator Dupont nor Senator Moreau is inclined to attack the governor.", "11"),
        ("Nobody in the cabinet wants to negotiate with the rebels.", "04"),
    ],
)
def test_denied_subject_no_act_done(pipe: Pipeline, text: str, root: str) -> None:
    acts = _acts(pipe, text)
    assert not any(code.startswith(root) and mod == "asserted" for code, mod in acts), acts
    # no intention or threat is read off an adjective of intent its subject denies
    assert not any(code.startswith(("03", "13")) and mod == "asserted" for code, mod in acts), acts


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Both the president and his ministers criticized Israel.", "111"),
        ("Kenya is inclined to attack Somalia.", "138"),
        ("No soldiers were hurt, and Kenyan troops attacked the militants.", "190"),
    ],
)
def test_act_stays_asserted(pipe: Pipeline, text: str, code: str) -> None:
    assert (code, "asserted") in _acts(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a rank denied, not the act: the party did it, as others did or did before
        ("Uganda is not the only member to oppose the resolution.", "110"),
        ("Kenya was not the first country to recognize Somaliland.", "054"),
        # "not alone in": the party shares the act with others
        ("Kenya is not alone in condemning the attack on Somalia.", "111"),
        ("The senator isn't alone with his criticism of the president.", "111"),
    ],
)
def test_denied_rank_or_solitude_leaves_act_done(pipe: Pipeline, text: str, code: str) -> None:
    assert (code, "asserted") in _acts(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kenya did not recognize Somaliland.", "054"),
        ("Kenya is not alone and did not condemn the attack.", "111"),
    ],
)
def test_denied_act_stays_negated(pipe: Pipeline, text: str, code: str) -> None:
    assert (code, "negated") in _acts(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a conjunct clause's act is not under the first verb's "not", also when reached
        # through a preposition ("by accusing")
        (
            "The Kenyan minister wasn't happy about the report and hit back by accusing Uganda"
            " of lying.",
            "112",
        ),
    ],
)
def test_first_conjunct_negation_not_carried(pipe: Pipeline, text: str, code: str) -> None:
    acts = _acts(pipe, text)
    assert (code, "asserted") in acts, acts


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "modality"),
    [
        # an event noun that is the subject of a denied verb of outcome happened
        (
            "The FBI investigation into the senator did not result in criminal charges.",
            "090",
            "asserted",
        ),
        ("The talks between Kenya and Uganda did not produce a deal.", "046", "asserted"),
        ("Kenya's criticism of Uganda was not welcome in Kampala.", "111", "asserted"),
        (
            "Uganda said the Kenyan attack on the rebels did not achieve its aims.",
            "190",
            "reported",
        ),
        # a verb of happening denied, or a light verb in the passive, denies the act
        ("The talks between Kenya and Uganda did not take place.", "046", "negated"),
        ("The Ugandan offensive against the rebels did not go ahead.", "190", "negated"),
        ("Sanctions on Iran were not imposed by the European Union.", "163", "negated"),
    ],
)
def test_denied_outcome_of_an_act(pipe: Pipeline, text: str, code: str, modality: str) -> None:
    acts = _acts(pipe, text)
    assert (code, modality) in acts, acts


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "modality"),
    [
        # an event noun, or an event verb's object, determined by "no": no such act
        ("There was no Israeli airstrike on Gaza on Sunday.", "195", "negated"),
        ("Kenya held no talks with Uganda last year.", "040", "negated"),
        # a noun event under a verb whose other object is denied happened
        ("Kenya gave no details about its talks with Uganda.", "046", "asserted"),
        ("Kenya held talks with Uganda, but no agreement was reached.", "040", "asserted"),
    ],
)
def test_act_denied_by_no(pipe: Pipeline, text: str, code: str, modality: str) -> None:
    acts = _acts(pipe, text)
    assert (code, modality) in acts, acts
