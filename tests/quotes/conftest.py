"""Shared fixtures of the quotes tests."""

from __future__ import annotations

import pytest

from geowire.config import Config
from geowire.nlp.backbone import NLP


@pytest.fixture(scope="session")
def nlp() -> NLP:
    """The spaCy backbone, loaded once (model-dependent tests are marked)."""
    return NLP(Config())
