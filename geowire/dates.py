"""Coercing the many shapes a date arrives in to a :class:`datetime.date`.

Readers, the pipeline, the store's filters and the distributed runner all take
dates from users and files; they share this one function and wrap its
``ValueError`` in the error of their own layer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["to_date"]


def to_date(value: Any) -> dt.date | None:
    """A date from a date/datetime, ISO text (``YYYY-MM-DD...``), ``YYYYMMDD``, a
    ``struct_time``, epoch seconds, or None/"" (None). Raises ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "tm_year"):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, int | float) and 1e9 < value < 1e11:  # epoch seconds
        return dt.datetime.fromtimestamp(value, dt.UTC).date()
    text = str(value).strip()
    if len(text) == 8 and text.isdigit():
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    return dt.date.fromisoformat(text[:10])
