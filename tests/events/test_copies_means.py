"""One act, one event: an act and the gerund after a preposition of means that tells how
it was done ("attacked X by accusing him of ...") are one act of the same parties."""

from __future__ import annotations

import pytest

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Karimi attacked Rouhani on Monday by accusing the president of lying about "
        "the budget.",
        "Iranian lawmaker Ahmed Karimi attacked President Hassan Rouhani by accusing him of "
        "lying about the nuclear deal.",
    ],
)
def test_an_act_and_the_means_it_was_done_by_are_one_event(pipe: Pipeline, text: str) -> None:
    doc = pipe(text, published="2025-03-12")
    assert len([e for e in doc.events if e.root == "11"]) == 1


@pytest.mark.model
def test_a_means_of_another_root_is_an_act_of_its_own(pipe: Pipeline) -> None:
    doc = pipe("Iran fought the charge on Monday by suing Iraq.", published="2025-03-12")
    assert [e.cameo for e in doc.events] == ["115"]
