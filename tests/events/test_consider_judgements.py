""""Consider" (CAMEO 014) with a predicate of what its object or passive subject is
("considers the envoy a spy", "is considered the favourite", "considered him to be a
dictator") judges, it weighs no option, and a bare "Consider ..." that opens its sentence
bids the reader (``extract._appraisal``, ``extract._imperative``); "considering sanctions",
"considered sending troops" stay options weighed. The sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    return {e.cameo for e in pipe(text, published="2016-06-01").events}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president considers the Ugandan envoy a spy.",
        "Kenya's foreign minister considers Uganda's proposal unacceptable.",
        "The Ugandan rebel leader is considered the most dangerous man in Kenya by Kenyan police.",
        "Nairobi's mayor considered Uganda's president to be a dictator.",
        "Consider the case of the Ugandan envoy.",
    ],
)
def test_judgement_is_no_option_weighed(pipe: Pipeline, text: str) -> None:
    assert "014" not in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government is considering sanctions against Uganda.",
        "Kenya's president considered sending troops to Uganda.",
        "The Kenyan cabinet will consider a proposal from Uganda next week.",
    ],
)
def test_option_weighed_stays(pipe: Pipeline, text: str) -> None:
    assert "014" in _codes(pipe, text)
