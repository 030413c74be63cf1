"""Events: who did what to whom, in CAMEO and PLOVER."""

from __future__ import annotations

from ..config import Config
from ..document import Document
from ..pipeline import component

__all__ = ["EventCoder"]


@component(
    "geowire.events.v1",
    reads=("text", "parse", "sentences", "actors", "times", "places", "quotes", "published"),
    writes=("events", "uncoded"),
)
class EventCoder:
    """Events: who did what to whom, in CAMEO and PLOVER.

    Not built yet: it leaves the list empty, never fakes entries.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def __call__(self, doc: Document) -> Document:
        return doc
