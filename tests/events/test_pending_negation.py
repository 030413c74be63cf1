"""'have yet to' and 'be yet to' before an act's to-infinitive tell the act not done so
far (events.tsv ``pending_verbs``, ``pending_adverbs``; modality._pending): negated, as
'has not apologized'; 'has yet again condemned' is done. The sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _modalities(pipe: Pipeline, text: str, root: str) -> list[str]:
    doc = pipe(text, published="2019-06-01")
    return [e.modality for e in doc.events if e.cameo.startswith(root)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Despite the outrage, President Putin has yet to apologize to the Khans.", "05"),
        ("The French government is yet to condemn the attack on the embassy.", "11"),
    ],
)
def test_yet_to_act_is_negated(pipe: Pipeline, text: str, root: str) -> None:
    found = _modalities(pipe, text, root)
    assert found and all(m == "negated" for m in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("President Putin has apologized to the Khans.", "05"),
        ("The French government has yet again condemned the attack on the embassy.", "11"),
    ],
)
def test_act_done_stays(pipe: Pipeline, text: str, root: str) -> None:
    found = _modalities(pipe, text, root)
    assert found and "negated" not in found, found
