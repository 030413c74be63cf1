"""A one-word name the tagger took for no person, quoted before the text gives its title
('"...," Hartl said' ... 'the WHO spokesman, Hartl'), is the titled person, coded by the
title, not the article's country; needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model

TEXT = (
    "The WHO raised its pandemic alert level on Monday. \"There is no danger from eating "
    'pork," Hartl said. The WHO said it would not back travel bans. "Border controls do '
    'not work," said the WHO spokesman, Hartl, adding that the sick may show no symptoms.'
)


def test_a_name_quoted_before_its_title_is_coded_by_the_title() -> None:
    found = speaker_of(TEXT, "no danger")
    assert found is not None and (found.code or "").startswith("IGOWHO")


def test_the_titled_mention_itself_keeps_the_title() -> None:
    found = speaker_of(TEXT, "Border controls")
    assert found is not None and (found.code or "").startswith("IGOWHO")
