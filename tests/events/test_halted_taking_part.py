"""Acts halted through a party's taking part in them. Through the whole pipeline; the
sentences are made up.

Talks a party suspends its participation in are halted (164), not held (046).
"""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


@pytest.mark.model
def test_talks_a_party_suspends_its_participation_in_are_not_held(pipe: Pipeline) -> None:
    got = coded_events(
        pipe,
        "Niger said it was suspending its participation in talks with France and Chad.",
        "2024-01-10",
    )
    assert any(c[:3] == "164" for c, _, _ in got), got
    assert not any(c[:3] == "046" for c, _, _ in got), got
