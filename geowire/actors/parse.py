"""A thin, read-only view of the parse that actor resolution needs.

It wraps a spaCy ``Doc`` when the NLP component ran, and falls back to a plain regex
tokenisation (no tags, no dependencies, no entities) when it did not, so dictionary
matching and the TABARI code rules also work (and are testable) without a model.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..clean.datelines import DATELINE_RE
from ..nlp.columns import parse_memo, parse_strings

__all__ = ["ParseView", "Entity", "byline", "dateline", "quote_regions"]

_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:[.'\u2019-][A-Za-z0-9]+)*\.?|\S")


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str


class ParseView:
    """Tokens (offsets, lower-case text, tag, POS, dependency, head) and entities."""

    def __init__(self, text: str, parse: Any = None) -> None:
        self.text = text
        self.has_parse = parse is not None and hasattr(parse, "ents")
        if self.has_parse:
            import numpy as np
            from spacy.attrs import HEAD, IDX, LENGTH

            arr = parse.to_array([IDX, LENGTH, HEAD])
            starts = arr[:, 0].astype(np.int64)
            self.starts: list[int] = starts.tolist()
            self.ends: list[int] = (starts + arr[:, 1].astype(np.int64)).tolist()
            # the string columns, read once per parse and shared with other components
            self.lower = parse_strings(parse, "LOWER")
            self.pos = parse_strings(parse, "POS")
            self.tag = parse_strings(parse, "TAG")
            self.dep = parse_strings(parse, "DEP")
            # HEAD is stored relative to the token (as an unsigned 64-bit number)
            self.head: list[int] = (
                np.arange(len(arr), dtype=np.int64) + arr[:, 2].view(np.int64)
            ).tolist()
            self.has_deps = parse.has_annotation("DEP")
            self.entities = [Entity(e.start_char, e.end_char, e.label_) for e in parse.ents]
        else:
            self.starts, self.ends, self.lower = [], [], []
            for m in _TOKEN_RE.finditer(text):
                self.starts.append(m.start())
                self.ends.append(m.end())
                self.lower.append(m.group().lower())
            n = len(self.starts)
            self.pos = [""] * n
            self.tag = [""] * n
            self.dep = [""] * n
            self.head = list(range(n))
            self.has_deps = False
            self.entities = []

    @classmethod
    def of(cls, text: str, parse: Any = None) -> ParseView:
        """The view of ``text`` and its ``parse``, made once per parse and shared by the
        components that read it (the actor resolver, the country context): a view is only
        read once made, and no component changes a parse."""
        memo = parse_memo(parse) if parse is not None else None
        if memo is None:
            return cls(text, parse)
        key = ("ParseView", text)
        view: ParseView | None = memo.get(key)
        if view is None:
            view = memo[key] = cls(text, parse)
        return view

    def __len__(self) -> int:
        return len(self.starts)

    def token_at(self, offset: int) -> int:
        """Index of the token holding (or nearest before) ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def tokens_in(self, start: int, end: int) -> range:
        """Indices of the tokens lying within [start, end)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        while hi > lo and self.ends[hi - 1] > end:
            hi -= 1
        return range(lo, hi)

    def head_token(self, start: int, end: int) -> int:
        """The syntactic head of the span: its token whose head lies outside it."""
        idx = list(self.tokens_in(start, end)) or [self.token_at(start)]
        if not self.has_deps:
            return idx[-1]
        inside = set(idx)
        for i in idx:
            if self.head[i] not in inside or self.head[i] == i:
                return i
        return idx[-1]


_OPEN = "\u201c"
_CLOSE = "\u201d"


_QUOTE_RE = re.compile('[\u201c\u201d"]|\n\\s*\n')


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages (curly pairs and straight double quotes), for context."""
    out: list[tuple[int, int]] = []
    curly: int | None = None
    straight: int | None = None
    for m in _QUOTE_RE.finditer(text):
        ch, i = m.group(), m.start()
        if ch == _OPEN:
            curly = i
        elif ch == _CLOSE:
            if curly is not None:
                out.append((curly, i + 1))
            curly = None
        elif ch == '"':
            if straight is None:
                straight = i
            else:
                out.append((straight, i + 1))
                straight = None
        else:  # a paragraph break: a quote left open ends here
            curly = straight = None
    out.sort()
    return out


#: how many sentences from the start a dateline may open (after a headline)
DATELINE_SENTENCES = 4


#: a byline: "BY" (or "By") and a name of two to four words in capitals ("BY CHAD
#: KLIMACK", "By ANA DIAZ"): the writer's name, whose words name no place nor state
_BYLINE = re.compile(r"(?:BY|By) [A-Z][A-Z'.-]*[A-Z.](?: [A-Z][A-Z'.-]*[A-Z.]){1,3}(?![A-Za-z])")


def byline(text: str, sentences: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the article's byline when the text, one of its first sentences or a
    line among them opens with one (see ``_BYLINE``): who wrote the story, no party to it
    ("BY CHAD KLIMACK" names no Chad)."""
    for start in _openings(text, sentences):
        found = _BYLINE.match(text, start)
        if found:
            return start, found.end()
    return None


def _openings(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    """Where the text, its first sentences and the lines among them start."""
    first = sentences[:DATELINE_SENTENCES]
    stop = first[-1][1] if len(first) == DATELINE_SENTENCES else len(text)
    starts = {0, *(s for s, _e in first)}
    starts.update(m.end() for m in re.finditer(r"\n\s*", text[:stop]))
    return sorted(starts)


def dateline(text: str, sentences: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of the article's dateline, up to its dash ("CAIRO (AP) \u2014",
    "SALEM, Ore., May 2 --"), when the text, one of its first sentences or a line among
    them opens with one: where the story was filed and who filed it, no party to it."""
    for start in _openings(text, sentences):
        found = DATELINE_RE.match(text, start)
        if found:
            return start, found.end()
    return None
