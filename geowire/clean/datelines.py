"""Datelines: where a wire story was filed and who filed it ("CAIRO (AP) —", "SALEM, Ore.,
May 2 --", "WELLINGTON, New Zealand (AP) _"). The cleaner keeps one on a line of its own
(no title); the actors read the one that opens the story (no party to it)."""

from __future__ import annotations

import re

__all__ = ["DATELINE_RE", "is_dateline"]

#: a dateline: a place in capitals ("WASHINGTON", "SAN JUAN"), its state or country and a
#: date at most (", N.D.", ", Lebanon", ", Jan. 5"), a news agency in brackets ("(AP)"),
#: then a dash
DATELINE_RE = re.compile(
    r"[A-Z][A-Z'.-]+[A-Z.](?: [A-Z][A-Z'.-]*[A-Z.]){0,3}"
    r"(?:,(?:,? (?:[A-Z][A-Za-z.]*|\d{1,2})){1,4})?"
    r"(?: ?\([A-Z][A-Za-z ]{0,24}\))?"
    r" ?(?:[\u2014\u2013]|(?:--|-|_)(?=\s))"
)


def is_dateline(line: str) -> bool:
    """Whether a line is a dateline and nothing more ("WELLINGTON, New Zealand (AP) _")."""
    found = DATELINE_RE.match(line.strip() + " ")
    return found is not None and not line.strip()[found.end() :].strip()
