"""The country a bare agent does not take from the party it acts on (made-up sentences;
needs the model): a role named with no country ('the foreign ministry', 'police', 'the
junta') is not of the country only its own clause's object names, when nothing before it
tells one; a cue before it still does, and a state's own opponents are its own."""

from __future__ import annotations

import pytest

import geowire


def _code(text: str, name: str) -> str | None:
    doc = geowire.extract(text, published="2024-03-05")
    return next(a.code for a in doc.actors if a.name.lower().endswith(name))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The foreign ministry summoned the Latvian ambassador on Tuesday.", "ministry", "GOV"),
        ("Police arrested two Chilean nationals near the port.", "police", "COP"),
        ("The military government accused Portugal of arming the rebels.", "government", "GOV"),
        # the nearest cue before its sentence
        (
            "Gabon's military rulers met on Sunday. The junta expelled the Latvian envoy.",
            "junta",
            "GABGOV",
        ),
    ],
)
def test_a_bare_agent_is_not_of_the_country_it_acts_on(text: str, name: str, code: str) -> None:
    assert _code(text, name) == code


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # the cue before it is that country again: a state acting on its own people
        (
            "Chile tightened controls in Valparaiso. Authorities detained several Chilean "
            "students.",
            "authorities",
            "CHLGOV",
        ),
        # its own opponents
        ("A court jailed two Chilean opposition leaders.", "court", "CHLJUD"),
    ],
)
def test_a_bare_agent_keeps_the_country_the_text_gives(text: str, name: str, code: str) -> None:
    assert _code(text, name) == code
