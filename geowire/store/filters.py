"""The allowed values of the store's filters, checked the same way everywhere.

The command line and the HTTP API take the same filters (CAMEO root, PLOVER type,
quad class, modality, dyad period, paging); each check here returns the value in
the form the store wants, or raises :class:`FilterError` with one line that names
the option and the values it takes. The CLI turns it into exit status 2, the API
can turn it into a 422.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
from importlib import resources

from ..dates import to_date
from ..errors import InputError

__all__ = [
    "FilterError",
    "ROOTS",
    "MODALITIES",
    "PERIODS",
    "QUAD_CLASSES",
    "MAX_OFFSET",
    "plover_types",
    "check_root",
    "check_plover",
    "check_quad",
    "check_modality",
    "check_period",
    "check_paging",
    "check_date",
    "check_confidence",
]

#: CAMEO root codes, 01 to 20.
ROOTS: tuple[str, ...] = tuple(f"{i:02d}" for i in range(1, 21))
#: Event modalities of docs/contract.md (``schema/document.schema.json``).
MODALITIES: tuple[str, ...] = ("asserted", "reported", "planned", "hypothetical", "negated")
#: Periods of a dyad series.
PERIODS: tuple[str, ...] = ("day", "week", "month", "quarter", "year")
#: Quad classes and what they mean.
QUAD_CLASSES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
#: The largest offset (or limit) a query takes: DuckDB binds integers as 64-bit, and the
#: HTTP API caps its offsets at the same number.
MAX_OFFSET = 1_000_000_000


class FilterError(InputError):
    """A filter value outside the values it takes (a user's mistake: exit status 2)."""

    code = "E420"
    exit_status = 2


@functools.cache
def plover_types() -> tuple[str, ...]:
    """The 16 PLOVER event types, from ``geowire/data/plover/cameo_modes.tsv``."""
    path = resources.files("geowire") / "data" / "plover" / "cameo_modes.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    seen: dict[str, None] = {}
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        seen.setdefault(row["plover"], None)
    return tuple(seen)


def _fail(option: str, what: str, allowed: str, value: object) -> FilterError:
    return FilterError(f"{option} must be {what}: {allowed}; not {value!r}")


def check_root(value: str | None, option: str = "--root") -> str | None:
    """A CAMEO root code ("2" or "02" -> "02"), or None."""
    if value is None:
        return None
    text = str(value).strip()
    if text.isascii() and text.isdigit() and len(text) <= 2 and text.zfill(2) in ROOTS:
        return text.zfill(2)
    raise _fail(option, "a CAMEO root code", "01 to 20", value)


def check_plover(value: str | None, option: str = "--plover") -> str | None:
    """A PLOVER type in capitals (any case accepted), or None."""
    if value is None:
        return None
    upper = str(value).strip().upper()
    if upper in plover_types():
        return upper
    raise _fail(option, "a PLOVER type", ", ".join(plover_types()), value)


def check_quad(value: int | str | None, option: str = "--quad") -> int | None:
    """A quad class 1 to 4, or None."""
    if value is None:
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        number = 0
    if number in QUAD_CLASSES:
        return number
    allowed = ", ".join(f"{k} ({v})" for k, v in QUAD_CLASSES.items())
    raise _fail(option, "a quad class", allowed, value)


def check_modality(value: str | None, option: str = "--modality") -> str | None:
    """An event modality, or None."""
    if value is None:
        return None
    lower = str(value).strip().lower()
    if lower in MODALITIES:
        return lower
    raise _fail(option, "a modality", ", ".join(MODALITIES), value)


def check_period(value: str, option: str = "--by") -> str:
    """A dyad period."""
    lower = str(value).strip().lower()
    if lower in PERIODS:
        return lower
    raise _fail(option, "a period", ", ".join(PERIODS), value)


def check_paging(limit: int, offset: int) -> tuple[int, int]:
    """``limit`` (1 or more) and ``offset`` (0 or more), neither over :data:`MAX_OFFSET`."""
    if not 1 <= limit <= MAX_OFFSET:
        raise _fail("--limit", "a number of rows", f"1 to {MAX_OFFSET:,}", limit)
    if not 0 <= offset <= MAX_OFFSET:
        raise _fail("--offset", "a number of rows to skip", f"0 to {MAX_OFFSET:,}", offset)
    return limit, offset


def check_confidence(value: float | str | None, option: str = "--min-confidence") -> float | None:
    """A confidence between 0 and 1, or None."""
    if value is None:
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        number = -1.0
    if 0.0 <= number <= 1.0:
        return number
    raise _fail(option, "a number", "0 to 1", value)


def check_date(value: str | dt.date | None, option: str) -> dt.date | None:
    """A date (YYYY-MM-DD, an ISO date-time or RFC 2822), or None."""
    try:
        return to_date(value)
    except (ValueError, TypeError, OverflowError):
        raise _fail(option, "a date", "YYYY-MM-DD", value) from None
