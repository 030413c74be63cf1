"""Quotes with no cue of their own: one after a sentence that quotes no one is said by
that sentence's person subject; one after an attribution whose sentence goes on past the
cue ('..., Ana Ruiz told the Herald.') goes on with that speaker; a name the tagger
missed is who 'he' may stand for; needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model

_QUOTE = (
    '"We will not allow the factory to close. The jobs of our people come first and we '
    'will fight for them."'
)


def test_a_quote_after_a_narrative_sentence_is_its_subjects() -> None:
    text = (
        "The council met on Tuesday. Maria Lopez, the mayor of the town, spoke first.\n\n"
        f"Lopez went further in her remarks.\n\n{_QUOTE}"
    )
    found = speaker_of(text, "factory to close")
    assert found is not None and found.name == "Maria Lopez"


def test_a_late_root_still_gives_the_subject_opening_the_sentence() -> None:
    text = (
        "Daniel Okafor, a pollster, has followed the race for months.\n\n"
        "Okafor elaborated in an opinion piece for the Tribune that voters who backed the "
        "governor, even those who did so early, may change their minds.\n\n"
        '"A loss in the north would show how weak the governor has become with the '
        'voters who matter most."'
    )
    found = speaker_of(text, "loss in the north")
    assert found is not None and found.name == "Daniel Okafor"


def test_a_quote_after_a_sentence_about_a_thing_has_no_speaker() -> None:
    text = f"Prices rose on Monday. The council met in the evening.\n\n{_QUOTE}"
    assert speaker_of(text, "factory to close") is None


def test_a_quote_after_a_negated_sentence_has_no_speaker() -> None:
    text = f"Prices rose on Monday. Tom Hale, a baker, did not come to the meeting.\n\n{_QUOTE}"
    assert speaker_of(text, "factory to close") is None


def test_a_quote_after_a_passive_subject_has_no_speaker() -> None:
    text = f"Tom Hale, the mayor, was criticised by the union on Monday.\n\n{_QUOTE}"
    assert speaker_of(text, "factory to close") is None


def test_a_quote_after_an_attribution_that_goes_on_past_its_cue() -> None:
    text = (
        'The rents "are too high for ordinary families and getting worse every month," '
        "Tom Hale, a housing advocate, told the Herald.\n\n"
        '"We see families priced out of the whole city, and the council has done nothing.'
    )
    found = speaker_of(text, "priced out")
    assert found is not None and found.name == "Tom Hale"


def test_an_attribution_that_goes_on_to_another_verb_is_not_carried() -> None:
    text = (
        'The rents "are too high for ordinary families and getting worse every month," '
        "Tom Hale told the Herald, before the council voted on the plan.\n\n"
        '"We see families priced out of the whole city, and the council has done nothing.'
    )
    found = speaker_of(text, "priced out")
    assert found is None or found.name != "Tom Hale"


_RALLY = (
    "Donald Trump held a rally in Ohio on Monday. Rex Early, a longtime party official, "
    "attended the event. "
)


def test_a_name_the_tagger_missed_is_who_he_stands_for() -> None:
    found = speaker_of(_RALLY + '"It was the biggest crowd I have ever seen," he said.', "crowd")
    assert found is not None and found.name == "Rex Early"


def test_a_name_the_tagger_missed_is_not_she_by_its_given_name() -> None:
    text = (
        "Donna Hale held a rally in Ohio on Monday. Rex Early, a longtime party official, "
        'attended the event. "It was the biggest crowd I have ever seen," she said.'
    )
    found = speaker_of(text, "crowd")
    assert found is not None and found.name == "Donna Hale"


def test_a_surname_the_tagger_took_for_an_adverb_speaks() -> None:
    found = speaker_of('"We will carry this county by a mile," Early said on Monday.', "county")
    assert found is not None and found.name == "Early"


def test_a_person_named_in_an_untagged_names_apposition_is_not_the_speaker() -> None:
    text = (
        "Donald Trump campaigned in Indiana on Monday.\n\nRex Early, the chairman of the "
        "Trump campaign in Indiana, said the crowd was huge."
    )
    found = speaker_of(text, "crowd was huge")
    assert found is not None and "Trump" not in found.name
