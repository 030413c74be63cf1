"""Per-token strings read from a parse's attribute arrays, without a spaCy Token per word."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["parse_memo", "parse_strings", "string_column", "string_columns"]

#: for each casing (None: as stored), the cased string of each string id met so far in
#: this process. A spaCy string id is the hash of its string, so the string it stands for
#: is the same in every document and vocabulary: a table that only grows, looked up by
#: the column's distinct ids instead of asking the string store and casing again.
_cased: dict[Callable[[str], str] | None, dict[int, str]] = {}


def _hashed(strings: Any) -> bool:
    """Whether ``strings`` is a spaCy string store, whose ids are their strings' hashes
    (any other mapping is asked each time: its ids need not mean the same elsewhere)."""
    from spacy.strings import StringStore

    return isinstance(strings, StringStore)


def string_column(
    arr: Any, column: int, strings: Any, case: Callable[[str], str] | None = None
) -> list[str]:
    """The strings of one column of ``Doc.to_array`` (``""`` for no value), each distinct
    string looked up in ``strings`` (the vocabulary's string store) and cased once."""
    return string_columns(arr, column, strings, (case,))[0]


def string_columns(
    arr: Any, column: int, strings: Any, cases: tuple[Callable[[str], str] | None, ...]
) -> list[list[str]]:
    """The strings of one column of ``Doc.to_array`` in each of several ``cases`` (as
    string_column gives each), the column's distinct values found and looked up once."""
    import numpy as np

    found, at = np.unique(arr[:, column], return_inverse=True)
    ids: list[int] = found.tolist()
    index = at.reshape(-1)
    shared = _hashed(strings)
    out = []
    for case in cases:
        table = _cased.get(case) if shared else None
        if table is None:
            table = {0: ""}
            if shared:
                _cased[case] = table
        missing = [h for h in ids if h not in table]
        for h in missing:
            table[h] = case(strings[h]) if case else strings[h]
        got = np.array([table[h] for h in ids], dtype=object)
        out.append(got[index].tolist())
    return out


def parse_memo(parse: Any) -> dict[Any, Any] | None:
    """A table of values computed from ``parse`` alone, kept on the parse itself (a
    ``TextDoc`` of :mod:`geowire.nlp.backbone`) so that it lives exactly as long as the
    parse; None for a parse that cannot hold one (a plain spaCy Doc).

    Several components read the same per-token columns of one parse (the actor resolver
    and the country context each build a :class:`~geowire.actors.parse.ParseView`, the
    event coder and the quote finder read the same lemmas): kept here, each is read once
    per document. Sound because no component changes a parse once the NLP component has
    made it; the values kept must not be changed by those that read them.
    """
    state = getattr(parse, "__dict__", None)
    if state is None:
        return None
    memo: dict[Any, Any] | None = state.get("_geowire_memo")
    if memo is None:
        memo = state["_geowire_memo"] = {}
    return memo


def parse_strings(parse: Any, attr: str, case: Callable[[str], str] | None = None) -> list[str]:
    """The strings of the token attribute ``attr`` ("LOWER", "POS", "LEMMA" ...) of every
    token of ``parse``, cased by ``case`` (as :func:`string_column` gives them), read once
    per parse (:func:`parse_memo`). The list is shared: callers must not change it."""
    memo = parse_memo(parse)
    key = ("strings", attr, case)
    if memo is not None:
        kept: list[str] | None = memo.get(key)
        if kept is not None:
            return kept
    got = string_column(parse.to_array([attr]).reshape(-1, 1), 0, parse.vocab.strings, case)
    if memo is not None:
        memo[key] = got
    return got
