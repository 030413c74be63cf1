"""A place word the actors read as a state of one country ('Georgia' the US state in a
story of a US election) gives that country to a speaker from it, not the country a name
table gives the word alone; needs the model."""

from __future__ import annotations

import functools

import pytest

from geowire import Pipeline
from geowire.document import Speaker

pytestmark = pytest.mark.model

TEXT = (
    "Republicans gathered in Cleveland, Ohio, for the convention on Monday, where Donald "
    "Trump was to be nominated. Delegates from Dallas, Texas, came early. \"The rules are "
    "clear,\" said Randy Evans, a Republican National "
    "Committeeman from Georgia. Evans, the Georgia committeeman, said the delegates "
    "were bound."
)


@functools.cache
def _pipeline() -> Pipeline:
    return Pipeline()  # (the places component tells the actors Georgia is the US state)


def speaker_of(text: str, words: str) -> Speaker | None:
    doc = _pipeline()(text, published="2016-07-18")
    found = [q for q in doc.quotes if words in q.text]
    assert found, words
    return found[0].speaker


def test_a_committeeman_from_a_us_state_is_american() -> None:
    found = speaker_of(TEXT, "rules are")
    assert found is not None and (found.code or "").startswith("USA")


def test_a_title_a_us_state_modifies_is_american() -> None:
    found = speaker_of(TEXT, "delegates")
    assert found is not None and (found.code or "").startswith("USA")
