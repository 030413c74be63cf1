"""Quotes: who said what, with the speaker resolved."""

from __future__ import annotations

from ..config import Config
from ..document import Document
from ..pipeline import component

__all__ = ["QuoteExtractor"]


@component("geowire.quotes.v1", reads=("text", "parse", "sentences", "actors"), writes=("quotes",))
class QuoteExtractor:
    """Quotes: who said what, with the speaker resolved.

    Not built yet: it leaves the list empty, never fakes entries.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def __call__(self, doc: Document) -> Document:
        return doc
