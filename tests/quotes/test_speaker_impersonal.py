"""An impersonal passive cue with no agent ('it was announced that ...') names no speaker,
not the subject of the clause it is hung on; with an agent, the agent speaks; needs the
model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_an_impersonal_passive_names_no_speaker() -> None:
    found = speaker_of(
        "A planned summit in Nairobi collapsed when it was announced that the president "
        "would not attend.",
        "would not attend",
    )
    assert found is None


def test_an_impersonal_passive_with_an_agent_is_the_agents() -> None:
    found = speaker_of(
        "The talks ended when it was announced by the ministry that the envoy would leave.",
        "envoy would leave",
    )
    assert found is not None and "ministry" in found.name
