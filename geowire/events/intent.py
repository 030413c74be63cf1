"""Stated intentions and threats: "will meet" is CAMEO 036, "threatened to impose a curfew"
is 1323. The table is ``geowire/data/cameo/intent.tsv``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Literal

from ..errors import DictionaryError
from .codebook import codebook

__all__ = [
    "IntentTable",
    "intent_table",
    "parse_intent_table",
    "INTENT_HEADS",
    "THREAT_HEADS",
    "REFUSAL_HEADS",
]

Kind = Literal["intent", "threat", "refusal"]

#: Words whose "to"-infinitive states an intention ("promised to provide aid").
INTENT_HEADS = frozenset(
    """promise pledge vow swear offer agree plan intend decide prepare prepared willing ready
    committed commit determined resolve undertake volunteer""".split()
)
#: Words whose "to"-infinitive states a threat ("threatened to ban").
THREAT_HEADS = frozenset({"threaten"})
#: Words whose "to"-infinitive states a refusal ("refused to meet").
REFUSAL_HEADS = frozenset({"refuse", "decline"})


@dataclass(frozen=True)
class IntentTable:
    version: str
    rows: dict[str, tuple[str | None, str | None, str | None]]

    def map(self, code: str, kind: Kind) -> str:
        """The code of the stated intention (or threat) to do ``code``; else ``code``."""
        for n in range(len(code), 1, -1):
            row = self.rows.get(code[:n])
            if row is not None:
                new = row[("intent", "threat", "refusal").index(kind)]
                return new or code
        return code


def parse_intent_table(text: str, origin: str) -> IntentTable:
    cb = codebook()
    version = ""
    rows: dict[str, tuple[str | None, str | None, str | None]] = {}
    header = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            if "version" in line and not version:
                version = line.rsplit("version", 1)[1].strip()
            continue
        cells = line.split("\t")
        if not header:
            if cells != ["action", "intent", "threat", "refusal"]:
                raise DictionaryError(
                    f"{origin}:{lineno}: expected columns action, intent, threat, refusal"
                )
            header = True
            continue
        if len(cells) != 4:
            raise DictionaryError(f"{origin}:{lineno}: expected 4 tab-separated cells")
        action, intent, threat, refusal = (c.strip() for c in cells)
        for c in (action, intent, threat, refusal):
            if c and c not in cb:
                raise DictionaryError(f"{origin}:{lineno}: {c!r} is not a CAMEO code")
        rows[action] = (intent or None, threat or None, refusal or None)
    if not version:
        raise DictionaryError(f"{origin}: no version line")
    return IntentTable(version, rows)


@functools.cache
def intent_table() -> IntentTable:
    res = resources.files("geowire") / "data" / "cameo" / "intent.tsv"
    return parse_intent_table(res.read_text(encoding="utf-8"), "geowire/data/cameo/intent.tsv")
