"""Stated intentions and threats: "will meet" is CAMEO 036, "threatened to impose a curfew"
is 1323. The table is ``geowire/data/cameo/intent.tsv``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from ..errors import DictionaryError
from ..tables import parse_table
from .codebook import codebook

__all__ = [
    "IntentTable",
    "intent_table",
    "parse_intent_table",
]

Kind = Literal["intent", "threat", "refusal", "posture"]
_KINDS = ("intent", "threat", "refusal", "posture")


@dataclass(frozen=True)
class IntentTable:
    version: str
    rows: dict[str, tuple[str | None, ...]]  # intent, threat, refusal, posture

    def map(self, code: str, kind: Kind) -> str:
        """The code of the stated intention (or threat) to do ``code``; else ``code``.
        A readiness ("posture") the table gives no code for is an intention."""
        for n in range(len(code), 1, -1):
            row = self.rows.get(code[:n])
            if row is not None:
                new = row[_KINDS.index(kind)] if len(row) > _KINDS.index(kind) else None
                if new is None and kind == "posture":
                    new = row[0]
                return new or code
        return code


def parse_intent_table(text: str, origin: str) -> IntentTable:
    cb = codebook()
    table = parse_table(text, origin, ("action", *_KINDS), optional=len(_KINDS) - 3)
    rows: dict[str, tuple[str | None, ...]] = {}
    for lineno, cells in table.rows:
        for c in cells:
            if c and c not in cb:
                raise DictionaryError(f"{origin}:{lineno}: {c!r} is not a CAMEO code")
        rows[cells[0]] = tuple(c or None for c in cells[1:])
    return IntentTable(table.version, rows)


@functools.cache
def intent_table() -> IntentTable:
    res = resources.files("geowire") / "data" / "cameo" / "intent.tsv"
    return parse_intent_table(res.read_text(encoding="utf-8"), "geowire/data/cameo/intent.tsv")
