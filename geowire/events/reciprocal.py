"""Reciprocal acts: one act that two parties do together ("X held talks with Y") is an
event of each of them. The table is ``geowire/data/cameo/reciprocal.tsv``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from .codebook import parse_code_list

__all__ = ["ReciprocalTable", "reciprocal_table", "parse_reciprocal_table"]


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
