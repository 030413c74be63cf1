"""Places: offline geoparsing of toponyms, and where events happen.

>>> doc = geowire.extract("U.S. and Iranian officials are meeting in Damascus.")
>>> doc.places[0].name, doc.places[0].country
('Damascus', 'SYR')

The gazetteer (:mod:`.gazetteer`) is compiled from installed packages and the project's
data files on first use, cached on disk; :func:`build_gazetteer` builds it ahead of time.
"""

from __future__ import annotations

import logging

from ..config import Config, settings_of
from ..document import Document, Place, paragraph_spans
from ..language import language
from ..pipeline import component
from .gazetteer import (
    BuildStats,
    Entry,
    Gazetteer,
    build_gazetteer,
    cache_path,
    load_gazetteer,
    normalize,
)
from .location import location_of
from .resolve import (
    Mention,
    PlaceWords,
    Settings,
    find_mentions,
    haversine_km,
    resolve_mentions,
    to_places,
)

__all__ = [
    "PlaceResolver",
    "location_of",
    "build_gazetteer",
    "load_gazetteer",
    "cache_path",
    "Gazetteer",
    "Entry",
    "BuildStats",
    "Settings",
    "Mention",
    "PlaceWords",
    "find_mentions",
    "resolve_mentions",
    "haversine_km",
    "normalize",
]

log = logging.getLogger(__name__)

NAME = "geowire.places.v1"


@component(
    NAME,
    reads=("text", "parse", "sentences", "actors"),
    writes=("places",),
    settings=settings_of(Settings),
)
class PlaceResolver:
    """Find toponyms and resolve them to gazetteer entries (country, point, GeoNames id).

    Settings (``[settings."geowire.places.v1"]``) override the scoring weights of
    :class:`Settings`. Without a parse (no NLP component), the list stays empty.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self.settings = Settings(**self.config.settings_for(NAME))
        self.gazetteer = load_gazetteer()
        self.words = language(self.config.lang).view(PlaceWords)

    def places(self, doc: Document) -> list[Place]:
        if doc.parse is None:
            return []
        mentions = find_mentions(doc.parse, self.gazetteer, self.settings, self.words)
        paragraphs = doc.paragraphs or paragraph_spans(doc.text)
        resolve_mentions(self.gazetteer, mentions, doc.actors, self.settings, paragraphs)
        return to_places(self.gazetteer, mentions)

    def __call__(self, doc: Document) -> Document:
        return doc.replace(places=tuple(self.places(doc)))
