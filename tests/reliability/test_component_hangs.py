"""Inputs that made a component loop forever: each must finish (bounded by a time limit).

Found by fuzzing (fuzz/fuzz_extract.py). A hang is caught with the pipeline's time
limit and reported as a failure, so this test can never hang the suite.
"""

from __future__ import annotations

import pytest

from geowire.errors import TimeLimitError

pytestmark = pytest.mark.model

SECONDS = 20  # these texts take well under a second


def extract_within(text: str) -> None:
    import geowire

    try:
        geowire.extract(text, published="2007-12-10", time_limit=SECONDS)
    except TimeLimitError:
        pytest.fail(f"extract did not finish in {SECONDS}s: {text!r}")


@pytest.mark.parametrize(
    "text",
    ["Iranian accusations against Iraq.", "Iran accused Iraq of harbouring militants."],
)
def test_finishes(text: str):
    extract_within(text)


# Looped forever in events (_main_event_rank climbed heads with `t.head is not t`,
# always true for spaCy tokens); fixed there with `t.head.i != t.i`.
def test_two_nominal_events_without_a_verb_finish():
    extract_within("Iranian accusations against Iraq and US demands for talks.")
