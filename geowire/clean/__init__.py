"""Cleaning: the first component, from raw input to the text every span indexes into."""

from __future__ import annotations

from ..config import Config
from ..document import Document
from ..pipeline import component
from .cleaner import CleanResult, OffsetMap, clean_text

__all__ = ["Cleaner", "CleanResult", "OffsetMap", "clean_text"]


@component("geowire.clean.v1", reads=("raw", "title"), writes=("text", "title", "offsets"))
class Cleaner:
    """Drop repeated titles, photo credits and bylines; normalise whitespace and quotes."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document:
        result = clean_text(doc.raw or "", doc.title)
        return doc.replace(text=result.text, title=result.title, offsets=result.offsets)
