"""Fixtures of the events tests: a parser (clean and nlp only, for hand-made actors), the
event coder, and the whole pipeline. A test module may define its own of the same name."""

from __future__ import annotations

import pytest

from geowire import Config, Pipeline
from geowire.events import EventCoder


@pytest.fixture(scope="module")
def parse() -> Pipeline:
    return Pipeline(Config(components=("geowire.clean.v1", "geowire.nlp.v1")))


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(Config())


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Config())
