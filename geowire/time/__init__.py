"""Time: expressions resolved against the publication date, as TIMEX3 values."""

from __future__ import annotations

from ..config import Config
from ..document import Document
from ..pipeline import component

__all__ = ["TimeTagger"]


@component("geowire.times.v1", reads=("text", "parse", "sentences", "published"), writes=("times",))
class TimeTagger:
    """Time: expressions resolved against the publication date, as TIMEX3 values.

    Not built yet: it leaves the list empty, never fakes entries.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def __call__(self, doc: Document) -> Document:
        return doc
