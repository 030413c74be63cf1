"""Places: offline geoparsing of toponyms."""

from __future__ import annotations

from ..config import Config
from ..document import Document
from ..pipeline import component

__all__ = ["PlaceResolver"]


@component("geowire.places.v1", reads=("text", "parse", "sentences", "actors"), writes=("places",))
class PlaceResolver:
    """Places: offline geoparsing of toponyms.

    Not built yet: it leaves the list empty, never fakes entries.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def __call__(self, doc: Document) -> Document:
        return doc
