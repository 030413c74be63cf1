"""Per-token strings read from a parse's attribute arrays, without a spaCy Token per word."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["string_column", "string_columns"]


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
    names = [(h, strings[h]) if h else (h, "") for h in found.tolist()]
    index = at.reshape(-1).tolist()
    out = []
    for case in cases:
        got = [case(name) if case and h else name for h, name in names]
        out.append([got[k] for k in index])
    return out
