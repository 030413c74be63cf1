"""Pairing quotation marks into quoted regions. Never raises on messy text.

Straight (``"``), doubled (``''`` and the ``\u0060\u0060`` of PTB-style text) and curly
(``\u201c \u201d``, ``\u201e``, ``\u00ab \u00bb``) double marks are recognised. A paragraph
that ends inside a quote and is followed by one that opens with a quote mark
continues the quote (the newspaper convention for multi-paragraph quotes). A
quote left open at any other paragraph end is closed there (``closed=False``);
a stray closing mark is ignored.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..document import Span, paragraph_spans
from .words import QuoteWords

__all__ = ["QuoteRegion", "find_quote_regions", "is_title", "trim_span"]

_MARK = re.compile(r"``|''|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb]")
_OPENERS = frozenset({"\u201c", "\u201e", "\u201f", "\u00ab", "``"})
_CLOSERS = frozenset({"\u201d", "\u00bb"})
_OPEN_BEFORE = frozenset(" \t\n\r([{\u2014\u2013-/")
_ENDS_WORDS = frozenset(",.?!")  # marks that end what is said, before a closing quote mark


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """A quoted stretch: ``start``/``end`` include the marks, ``content`` excludes them."""

    start: int
    end: int
    content: tuple[int, int]
    closed: bool
    paragraphs: int = 1


def trim_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without the white space at its ends."""
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


def _role(text: str, pos: int, mark: str) -> str:
    if mark == "\u201c" and 0 < pos and text[pos - 1] in _ENDS_WORDS:
        after = text[pos + 1] if pos + 1 < len(text) else " "
        if after.isspace():
            # an opening mark typed where the closing one belongs ('"Apparently not,"
            # he said' with the left mark twice): it closes an open quote
            return "either"
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    before = text[pos - 1] if pos > 0 else " "
    after_pos = pos + len(mark)
    after = text[after_pos] if after_pos < len(text) else " "
    if before in _OPEN_BEFORE and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return "close"
    return "either"


def find_quote_regions(
    text: str, paragraphs: Sequence[Span] | None = None
) -> tuple[QuoteRegion, ...]:
    """Every quoted region of ``text`` in order; unbalanced marks degrade, never raise.

    ``paragraphs``: the text's paragraph spans (``Document.paragraphs``); when None,
    found with :func:`~geowire.document.paragraph_spans`.
    """
    paras = paragraph_spans(text) if paragraphs is None else paragraphs
    starts = [p[0] for p in paras]

    def para_index(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    regions: list[QuoteRegion] = []
    open_at: int | None = None  # position of the opening mark
    open_len = 0
    open_para = 0  # paragraph of the last (continuation) opening mark
    n_paras = 1

    def close_unfinished() -> None:
        nonlocal open_at
        assert open_at is not None
        para_end = paras[open_para][1] if paras else len(text)
        cstart = open_at + open_len
        cend = para_end
        while cend > cstart and text[cend - 1].isspace():
            cend -= 1
        if cend > cstart:
            regions.append(QuoteRegion(open_at, cend, (cstart, cend), False, n_paras))
        open_at = None

    for m in _MARK.finditer(text):
        pos, mark = m.start(), m.group()
        role = _role(text, pos, mark)
        if open_at is not None:
            p = para_index(pos)
            if p != open_para:
                # The quote ran past the end of its paragraph.
                at_para_start = not text[paras[p][0] : pos].strip() if paras else False
                if role != "close" and at_para_start and p == open_para + 1:
                    open_para = p
                    n_paras += 1
                    continue
                close_unfinished()
        if open_at is None:
            if role != "open":
                continue  # a stray closing mark, or a lone mark between spaces
            open_at, open_len, open_para, n_paras = pos, len(mark), para_index(pos), 1
            continue
        if role == "open":
            # An opening mark inside an open quote. After a full sentence it opens the
            # next paragraph of the same quote in text whose line breaks were lost
            # ('... advantage. "That area ...'): the earlier part ends there, unclosed.
            # Otherwise the earlier mark was stray.
            before = text[open_at + open_len : pos].rstrip()
            if (
                before.endswith((".", "?", "!", "\u2026"))
                and pos > 0
                and text[pos - 1].isspace()
                and len(before.split()) >= 4
            ):
                cstart = open_at + open_len
                regions.append(
                    QuoteRegion(
                        open_at, cstart + len(before), (cstart, cstart + len(before)), False
                    )
                )
            open_at, open_len, open_para, n_paras = pos, len(mark), para_index(pos), 1
            continue
        cstart, cend = open_at + open_len, pos
        if cend > cstart:
            regions.append(QuoteRegion(open_at, pos + len(mark), (cstart, cend), True, n_paras))
        open_at = None
    if open_at is not None:
        close_unfinished()
    return tuple(regions)


_WORD_EDGES = ".,;:!?\"'()[]\u2018\u2019\u201c\u201d"


def is_title(text: str, r: QuoteRegion, *, w: QuoteWords) -> bool:
    """Whether a quoted region reads as a title or a name, not as words said.

    Headline-style capitals throughout ('"Is Iraq about to Fall to Iran"', '"Operation
    Desert Storm"', '"Harbour Voices,"'): two to twelve words, each capitalised or a
    small function word, and no sentence break inside.
    """
    content = text[r.content[0] : r.content[1]].strip()
    body = content.rstrip(_WORD_EDGES)
    if any(mark in body for mark in (". ", "; ", ": ", "! ", "? ", "\n")):
        return False
    words = [word.strip(_WORD_EDGES) for word in content.split()]
    words = [word for word in words if any(ch.isalpha() for ch in word)]
    if not 2 <= len(words) <= 12:
        return False
    capitals = 0
    for n, word in enumerate(words):
        if word[0].isupper() or word[0].isdigit():
            capitals += 1
        elif word.lower() not in w.title_small_words or (n == 0 and word.lower() != "the"):
            return False
    return capitals >= 2 and capitals * 2 > len(words)
