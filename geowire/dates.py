"""Coercing the many shapes a date arrives in to a :class:`datetime.date`.

Readers, the pipeline, the store's filters and the distributed runner all take
dates from users and files; they share this one function and wrap its
``ValueError`` in the error of their own layer.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any

__all__ = ["to_date"]


# an ISO 8601 date, alone or opening a date-time: 2007-12-10, 2007-12-10T14:05:00Z,
# 2007-12-10 14:05:00+03:00 (the date as written; no time-zone conversion)
_ISO = re.compile(r"(\d{4}-\d{2}-\d{2})(?:$|[Tt ]\d)")


def to_date(value: Any) -> dt.date | None:
    """A date from a date/datetime, ISO text (``YYYY-MM-DD``, or an ISO date-time
    such as ``2007-12-10T14:05:00Z``), RFC 2822 text (``Mon, 10 Dec 2007 14:05:00
    +0000``, as in feeds and e-mail), ``YYYYMMDD``, a ``struct_time``, epoch seconds,
    or None/"" (None). The date is the one written: no time-zone conversion.
    Raises ValueError otherwise."""
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
    m = _ISO.match(text)
    if m:
        return dt.date.fromisoformat(m.group(1))
    if text[:1].isalpha() or (text[:1].isdigit() and " " in text):
        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            parsed = None
        if parsed is not None:
            return parsed.date()
    raise ValueError(f"not a date: {value!r}")
