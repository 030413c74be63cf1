"""Appeals to coordinated addressees. Through the whole pipeline; the sentences are made up.

An appeal "for" something made to two named persons is a request to each: the parser hangs
the "for" phrase on the last addressee ("appealed to both Kibaki and Odinga for dialogue"),
and a former president or an opposition leader addressed is no public drawn by an appeal
(020, not 010).
"""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


@pytest.mark.model
def test_an_appeal_for_something_to_two_named_leaders_asks_each(pipe: Pipeline) -> None:
    got = coded_events(
        pipe,
        "The pope appealed to both Kibaki and Odinga for dialogue.",
        "2020-01-10",
    )
    assert [c for c, _, _ in got if c[:2] in ("01", "02")] == ["020", "020"], got
