"""A poll's respondents speak where the parser left the cue no subject: a share hung on the
cue before it as a modifier ('About 4 in 10 say ...', 'after half said ...'), a share a
relative 'who' clause says it of ('the 30 percent who say ...'), and the subject of a
copula whose adjective the cue's infinitive hangs on ('Farmers were more likely to say
...'); needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Farmers in Iowa voted on Tuesday. About 4 in 10 say they want the next "
            "governor to cut taxes on land.",
            "cut taxes on land",
            "4 in 10",
        ),
        (
            "Farmers in Iowa voted on Tuesday. Just 12 percent backed the mayor, compared "
            "with the 30 percent who say they would vote for his rival.",
            "vote for his rival",
            "30 percent",
        ),
        (
            "Farmers in Iowa voted on Tuesday. Younger farmers were slightly more likely to "
            "say they preferred the senator on trade.",
            "preferred the senator",
            "farmers",
        ),
        (
            "Nurses in Ohio were polled last week. The nurses were quick to say the new "
            "shifts had made the wards less safe.",
            "less safe",
            "nurses",
        ),
    ],
)
def test_a_poll_share_the_parser_left_off_the_cue_speaks(
    text: str, words: str, name: str
) -> None:
    found = speaker_of(text, words)
    assert found is not None and name.lower() in found.name.lower()

