"""Disorder nouns after which 'between' names the sides ('violence between X and Y') are
force only with a fighting side (events.extract._unarmed_sides); needs the model."""

from __future__ import annotations

import pytest

from geowire import Config, Pipeline

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Config())


def _codes(pipe: Pipeline, text: str) -> list[str]:
    doc = next(pipe.pipe([pipe.make_document(text, published="2025-03-12", id="t")]))
    return [str(e["cameo"]) for e in doc.to_dict()["events"]]


@pytest.mark.parametrize(
    "text",
    [
        "Violence broke out between police and protesters in Lima on Sunday.",
        "Violence erupted between supporters of rival parties in Malawi.",
    ],
)
def test_violence_between_unarmed_sides_is_no_force(pipe: Pipeline, text: str) -> None:
    assert not any(code.startswith("19") for code in _codes(pipe, text))


def test_violence_with_an_armed_side_stays_force(pipe: Pipeline) -> None:
    codes = _codes(pipe, "Violence erupted between Hamas and Fatah in Gaza on Sunday.")
    assert any(code.startswith("19") for code in codes)
