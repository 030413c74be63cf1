"""Per-token strings read from a parse's attribute arrays, without a spaCy Token per word."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["string_column"]


def string_column(
    arr: Any, column: int, strings: Any, case: Callable[[str], str] | None = None
) -> list[str]:
    """The strings of one column of ``Doc.to_array`` (``""`` for no value), each distinct
    string looked up in ``strings`` (the vocabulary's string store) and cased once."""
    import numpy as np

    found, at = np.unique(arr[:, column], return_inverse=True)
    got = [(case(strings[h]) if case else strings[h]) if h else "" for h in found.tolist()]
    return [got[k] for k in at.reshape(-1).tolist()]
