"""Speaker labels before a colon ('Graham: ...', 'HEADLINE - Name: ...').

Shared by the direct finder (a quote introduced by a label) and the indirect one
(headline quotes), so neither takes the other's helpers.
"""

from __future__ import annotations

from typing import Any

from .cues import Cues

__all__ = ["label_colon", "label_start"]

Token = Any
_MAX_LABEL_WORDS = 5
_LABEL_SEPARATORS = (" - ", " -- ", " \u2014 ", "\u2014", " \u2013 ")
_OPENING_MARKS = "\"'\u201c\u2018 "


def label_start(text: str, start: int, colon: int) -> int:
    """Where the label before ``colon`` begins: after the last dash between ``start`` and
    the colon ('HEADLINE - Name: ...'), else at ``start``."""
    for sep in _LABEL_SEPARATORS:
        cut = text.rfind(sep, start, colon)
        if cut >= 0:
            start = max(start, cut + len(sep))
    return start


def label_colon(
    parse: Any, start: int, end: int, colon: int, cues: Cues | None = None
) -> Token | None:
    """The head of a short speaker label before a colon ('Graham: ...'), or None.

    The label must be a few capitalised words with no verb and no digits, alone
    between the paragraph start (``start``) and the colon.
    """
    start = label_start(parse.text, start, colon)
    while start < colon and parse.text[start] in _OPENING_MARKS:
        start += 1  # a transcript quoted as a block: '"WALLACE: ...' opens each turn
    label = parse.text[start:colon].strip()
    words = label.split()
    if not words or len(words) > _MAX_LABEL_WORDS or not label[:1].isupper():
        return None
    if any(ch.isdigit() for ch in label) or colon + 1 >= end:
        return None
    toks = [t for t in parse if start <= t.idx < colon and not t.is_space]
    if not toks or any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    if not any(t.pos_ in ("PROPN", "NOUN") or t.is_title for t in toks):
        return None
    if cues is not None and any(cues.nonlabel(t.lower_) for t in toks):
        return None
    heads = [t for t in toks if not (start <= t.head.idx < colon) or t.head is t]
    return heads[-1] if heads else toks[-1]
