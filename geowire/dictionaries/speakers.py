"""The quotes' table of speaker nouns (``geowire/data/quotes/speakers.tsv``), read once
for every package that needs it.

Common nouns that can name a speaker when no actor covers them, each with its kind:
``person`` ("analyst"), ``group`` ("team"), ``text`` ("report") or ``finding`` (a text of
findings its publisher issues). The quote speakers read kinds (:mod:`geowire.quotes.speaker`);
actor coreference reads the nouns, so that "Team Clinton" is no given name before a
surname (:mod:`geowire.actors.coref`). Both sit above this module, so neither imports the
other for the table; its columns and kinds are checked here once.
"""

from __future__ import annotations

import functools
from pathlib import Path

from ..errors import DictionaryError
from ..tables import read_table

__all__ = ["SPEAKER_KINDS", "SPEAKER_NOUNS_PATH", "noun_kind", "speaker_nouns", "speaker_table"]

SPEAKER_NOUNS_PATH = Path(__file__).resolve().parent.parent / "data" / "quotes" / "speakers.tsv"
#: the kinds a row may give
SPEAKER_KINDS = ("person", "group", "text", "finding")


@functools.cache
def speaker_table() -> dict[str, str]:
    """Speaker noun (lower case) -> its kind; a row of another kind is a DictionaryError."""
    table = read_table(SPEAKER_NOUNS_PATH, ("noun", "kind"))
    out: dict[str, str] = {}
    for line, cols in table.rows:
        if cols[1] not in SPEAKER_KINDS:
            raise DictionaryError(
                f"{SPEAKER_NOUNS_PATH}:{line}: kind must be person, group, text or finding, "
                f"not {cols[1]!r}"
            )
        out[cols[0].lower()] = cols[1]
    return out


@functools.cache
def speaker_nouns() -> frozenset[str]:
    """Nouns that name people, groups, organisations or texts ('analyst', 'team', 'report')."""
    return frozenset(speaker_table())


def noun_kind(lemma: str) -> str | None:
    """The kind of a speaker noun (person, group, text, finding), or None."""
    return speaker_table().get(lemma)
