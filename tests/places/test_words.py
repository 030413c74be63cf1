"""The resolver's word lists are data (geowire/data/en/places.tsv), one view a language."""

from __future__ import annotations

from geowire.config import Config
from geowire.language import language
from geowire.places import PlaceResolver
from geowire.places.resolve import PlaceWords


def test_builtin_lists_load():
    words = language("en").view(PlaceWords)
    assert "in" in words.strong_locatives and "mrs." in words.person_titles
    assert words.strong_locatives < words.name_locatives
    assert language("en").view(PlaceWords) is words


def test_component_takes_its_words_from_the_config_language():
    resolver = PlaceResolver(Config(lang="en"))
    assert resolver.words is language("en").view(PlaceWords)
