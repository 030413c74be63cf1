"""Precision on unseen news (precision15). An infinitive after the object of a verb of
moving someone to act ("pushing the Democrats to reject the deal", "lobbied delegates to
back X", "was urged to resign") is the act wanted of that object, not done, as is one after
a verb of winning over that is itself only tried ("trying to persuade voters to support X");
verbs of causing that tell the act done ("forced X to withdraw") are not among them. A stance
taken toward a course of action that names no party ("supports increasing the number of
visas") is a position, like one toward a policy; one whose gerund names a party ("supports
arming the rebels") is still an act toward it. A change of a policy named by its kind
("opposes a minimum wage increase") is a policy a stance is taken toward. A gerund a verb of
halting takes ("decided to stop negotiating with X", "ceased attacking Y") is given up, not
done. Through the whole pipeline; the sentences are made up."""

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
        (
            "The senator is pushing his colleagues to reject the budget deal with the governor.",
            "12",
        ),
        ("The campaign is trying to persuade black voters to support the governor's bid.", "05"),
        ("Graham has been pressing the administration to release the detained sailors.", "08"),
        ("The mayor's aides lobbied the council members to back the governor.", "05"),
    ],
)
def test_prompted_act_not_done(pipe: Pipeline, text: str, root: str) -> None:
    acts = _acts(pipe, text)
    assert not any(code.startswith(root) for code, _ in acts), acts


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the prompting itself stays an appeal; an act caused is done
        ("The United Nations urged Israel to stop its attacks.", "020"),
        ("Russia forced Ukraine to withdraw its troops from the border.", "087"),
    ],
)
def test_prompting_and_caused_acts_stay(pipe: Pipeline, text: str, code: str) -> None:
    assert any(c == code for c, _ in _acts(pipe, text)), _acts(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Senator Tom Harlan said he supports increasing the number of work visas.", "05"),
        ("Governor Ana Ruiz opposes raising the tolls on the northern highway.", "11"),
        ("The mayor has long supported restoring the tram line to the harbor.", "05"),
    ],
)
def test_stance_on_course_of_action(pipe: Pipeline, text: str, root: str) -> None:
    acts = _acts(pipe, text)
    assert not any(code.startswith(root) for code, _ in acts), acts


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The senator supports arming the Kurdish rebels.", "051"),
        ("Germany opposes sanctioning Russia.", "110"),
    ],
)
def test_stance_on_a_party_stays(pipe: Pipeline, text: str, code: str) -> None:
    assert any(c == code for c, _ in _acts(pipe, text)), _acts(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The residents decided to stop negotiating with the ministry.", "03"),
        ("The mayor said his office would stop opposing the court's ruling.", "11"),
        ("The rebels ceased attacking the army in May.", "19"),
    ],
)
def test_halted_gerund_not_done(pipe: Pipeline, text: str, root: str) -> None:
    acts = _acts(pipe, text)
    assert not any(code.startswith(root) for code, _ in acts), acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The governor opposes a federal minimum wage increase.",
        "Senator Ruiz has long supported statehood for the district.",
    ],
)
def test_policy_change_no_act(pipe: Pipeline, text: str) -> None:
    acts = _acts(pipe, text)
    assert not any(code.startswith(("02", "05", "10", "11")) for code, _ in acts), acts
