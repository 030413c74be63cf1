"""Reciprocal acts: one act that two parties do together ("X held talks with Y") is an
event of each of them. The table is ``geowire/data/cameo/reciprocal.tsv``. ``done_back``
tells an act whose target does the same act back to its doer (a two-sided fight), for the
coded actions and for the events made of them alike."""

from __future__ import annotations

import functools
from collections.abc import Container
from dataclasses import dataclass
from importlib import resources

from .codebook import parse_code_list

__all__ = ["ReciprocalTable", "reciprocal_table", "parse_reciprocal_table", "done_back"]

#: an act as :func:`done_back` compares it: its word (token index), its code, its doer's
#: and its target's actor ids (None for a side with no party)
Act = tuple[int, str, str | None, str | None]


def done_back(act: Act, acts: Container[Act]) -> bool:
    """Whether the target of ``act`` does the same act back to its doer at the same word,
    as one of ``acts`` tells ("Hamas and Fatah clashed", "fighting between Hamas and
    Fatah": each side fights the other): one two-sided act. Both sides must be parties,
    and two different ones."""
    word, code, doer, target = act
    return (
        doer is not None
        and target is not None
        and doer != target
        and (word, code, target, doer) in acts
    )


@dataclass(frozen=True)
class ReciprocalTable:
    version: str
    prefixes: frozenset[str]

    def __contains__(self, code: object) -> bool:
        """Whether CAMEO ``code`` is a reciprocal act (a listed code or one of its subcodes)."""
        if not isinstance(code, str):
            return False
        return any(code[:n] in self.prefixes for n in range(3, len(code) + 1))


def parse_reciprocal_table(text: str, origin: str) -> ReciprocalTable:
    version, prefixes = parse_code_list(text, origin)
    return ReciprocalTable(version, prefixes)


@functools.cache
def reciprocal_table() -> ReciprocalTable:
    res = resources.files("geowire") / "data" / "cameo" / "reciprocal.tsv"
    text = res.read_text(encoding="utf-8")
    return parse_reciprocal_table(text, "geowire/data/cameo/reciprocal.tsv")
