"""A state force reporting an agentless use of force claims it against an armed enemy
(events._armed_enemy), another country named by its bare code too; needs the model."""

from __future__ import annotations

import pytest

from geowire import Config, Pipeline

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Config())


def _sources(pipe: Pipeline, text: str) -> list[str | None]:
    doc = next(pipe.pipe([pipe.make_document(text, published="2025-03-12", id="t")]))
    return [
        (e["source"] or {}).get("code")
        for e in doc.to_dict()["events"]
        if str(e["cameo"]).startswith("19")
    ]


def test_a_force_claims_an_agentless_attack_on_another_countrys_drones(pipe: Pipeline) -> None:
    text = "On Monday the Polish air force said 12 Belarusian drones were shot down."
    sources = _sources(pipe, text)
    assert sources and all(s is not None and s.startswith("POL") for s in sources)
