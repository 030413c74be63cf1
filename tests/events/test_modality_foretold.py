"""Unrealised acts told as possible, read on unseen campaign news: a future act that the
writer makes hang on a condition ('if elected, X will impose tariffs'), and a speaker's
"would" about what a party of another country will do ('Iraq said Israel would attack':
a forecast, not that party's plan). Both are hypothetical, left out by default; an
ultimatum ('unless'), a speaker's own conditional threat and a plan told by its own side
stay. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Config, Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = pipe(text, published="2016-03-01")
    return [(e.cameo, e.modality) for e in doc.events if not e.cameo.startswith("01")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the writer's conditional future: a forecast
        "If elected, Dupont will impose tariffs on China.",
        "Iran will attack Israel if the talks fail.",
        "The European Union will lift sanctions on Iran if Tehran complies.",
        # a speaker's "would" of another country's act: a forecast
        "Iraq said Israel would attack its reactor.",
        "Trump suggested that Cuba would sue the United States.",
        # an ability, through a verb of its complement
        "Russia will be able to continue funding the rebels.",
    ],
)
def test_foretold_act_is_no_event(pipe: Pipeline, text: str) -> None:
    assert _events(pipe, text) == []


@pytest.mark.model
def test_foretold_act_is_hypothetical() -> None:
    pipe = Pipeline(Config(settings={"geowire.events.v1": {"hypothetical_events": True}}))
    for text in (
        "Iraq said Israel would attack its reactor.",
        "Iran will attack Israel if the talks fail.",
    ):
        assert [m for _, m in _events(pipe, text)] == ["hypothetical"], text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # an ultimatum is a threat (13)
        ("Iran will attack Israel unless the talks resume.", "13"),
        # a speaker's own conditional threat, and its side's own plan
        ("Iran said it will attack Israel if the talks fail.", "13"),
        ("Iran said it would retaliate against Israel.", "13"),
        ("Officials said the two leaders would meet in Geneva on Tuesday.", "04"),
        # a plan with no condition
        ("Iran will attack Israel on Monday.", "13"),
        # what one was able to go on doing was done
        ("Russia was able to continue funding the rebels.", "07"),
    ],
)
def test_stated_or_planned_act_stays(pipe: Pipeline, text: str, root: str) -> None:
    assert any(c.startswith(root) for c, _ in _events(pipe, text)), text
