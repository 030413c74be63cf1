"""The words of a quotation never name who speaks them: a subject the parser found inside
the quotation gives way to the name that opens the frame after it ('"...," Ana Ruiz, 58,
told the radio', '"...," Mr. Brandt, now 81 and retired in Dover, said'); a cue
participle hung on a verb of the quotation it opens with two apostrophes ('adding,
''She ...''') speaks for the subject before it; needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        (
            "Vega spoke on Monday. \u201cWe were tremendously wrong to have trusted the "
            "board from the beginning,\u201d Vega, 44, told AFP in an interview in Bogota "
            "on Monday.",
            "trusted the board",
            "Vega",
        ),
        (
            "''If the mayor had listened to us, I would have been home a year ago,'' Mr. "
            "Brandt, now 81 and retired in Dover, Del., said in an interview this week.",
            "home a year ago",
            "Brandt",
        ),
    ],
)
def test_a_subject_inside_the_quotation_gives_way_to_the_name_after_it(
    text: str, words: str, name: str
) -> None:
    found = speaker_of(text, words)
    assert found is not None and name in found.name


def test_a_participle_before_two_apostrophes_speaks_for_the_subject_before() -> None:
    found = speaker_of(
        "''We've started all those talks,'' Mr. Okafor said, adding of Ms. Hale, ''She "
        "cares about the whole team.''",
        "whole team",
    )
    assert found is not None and "Okafor" in found.name

