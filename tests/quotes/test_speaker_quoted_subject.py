"""The words of a quotation never name who speaks them: a subject the parser found inside
the quotation gives way to the name that opens the frame after it ('"...," Ana Ruiz, 58,
told the radio', '"...," Mr. Brandt, now 81 and retired in Dover, said'); a cue
participle hung on a verb of the quotation it opens with two apostrophes ('adding,
''She ...'''), or made the subject of its first verb ('writing "Feels great ..."'), speaks
for the subject of the clause before it; needs the model."""

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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Band member Tomas Vale shared the news on social media last week, writing "
            "\u201cFeels great to back someone I trust.\u201d",
            "Tomas Vale",
        ),
        (
            "Drummer Ana Kos shared the photo online on Friday, writing \u201cFeels great to "
            "support a man I believe in.\u201d",
            "Ana Kos",
        ),
    ],
)
def test_a_participle_made_the_subject_of_the_quotation_speaks_for_the_clause_before(
    text: str, name: str
) -> None:
    found = speaker_of(text, "Feels great")
    assert found is not None and name in found.name
