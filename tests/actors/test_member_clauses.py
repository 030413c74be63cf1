"""A person's relative clause of membership ("who teaches at Harvard University", "who
heads Amnesty International", ``member_verbs``) names the body the person is of: its code
is theirs, not the story's country alone; a clause of what they did ("who criticized
...") names none. The sentences are made up."""

from __future__ import annotations

import pytest
from factories import person_codes as _codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        (
            "WASHINGTON (AP) _ The court heard the case. \"The justices seemed split,\" said "
            "Dana Kroll, who teaches at Georgetown University.",
            "Dana Kroll",
            "USAEDU",
        ),
        (
            "NAIROBI (AP) _ Police fired tear gas at protesters. \"This is brutal,\" said "
            "Jomo Wekesa, who heads Amnesty International Kenya.",
            "Jomo Wekesa",
            "NGOAMN",
        ),
    ],
)
def test_a_body_a_persons_member_clause_names_is_theirs(text: str, name: str, code: str) -> None:
    assert _codes(text).get(name) == code


@pytest.mark.model
def test_a_clause_of_what_a_person_did_names_no_body_of_theirs() -> None:
    codes = _codes(
        "WASHINGTON (AP) _ The court heard the case. \"It was unfair,\" said Dana Kroll, who "
        "criticized Georgetown University."
    )
    assert codes.get("Dana Kroll") == "USA"


@pytest.mark.model
@pytest.mark.parametrize(
    "clause",
    [
        # the body is the object of a verb the member verb governs, not its own
        "who managed to escape the Wagner Group",
        # an ended membership
        "who no longer works for the BBC",
        "who formerly worked for the BBC",
    ],
)
def test_a_member_clause_of_no_present_own_body_names_none(clause: str) -> None:
    codes = _codes(
        f"LONDON (AP) _ The court heard the case. \"It was unfair,\" said Tom Hale, {clause}."
    )
    assert codes.get("Tom Hale") not in ("GBRMED", "RUSUAF", "UAF", "MED")
