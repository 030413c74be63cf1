"""Actors: who is who, coded with CAMEO country and role codes."""

from __future__ import annotations

from ..config import Config
from ..document import Document
from ..pipeline import component

__all__ = ["ActorResolver"]


@component(
    "geowire.actors.v1", reads=("text", "parse", "sentences", "published"), writes=("actors",)
)
class ActorResolver:
    """Actors: who is who, coded with CAMEO country and role codes.

    Not built yet: it leaves the list empty, never fakes entries.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def __call__(self, doc: Document) -> Document:
        return doc
