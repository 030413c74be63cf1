"""Versioned TSV data files: the one reader behind geowire's data tables.

A table is UTF-8 text: ``#`` comment lines (one of which states ``version N`` or
``version: N``), then a header row naming the columns, then one row per line
with exactly that many tab-separated cells. Any deviation is a
:class:`~geowire.errors.DictionaryError` naming the file and line; each loader
then checks its own cells the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import DictionaryError

__all__ = ["Table", "parse_table", "read_table"]

_VERSION = re.compile(r"\bversion:?\s+(\d[\w.]*)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Table:
    """A checked table: its version, columns and rows as (line number, cells)."""

    origin: str
    version: str
    columns: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]


def parse_table(
    text: str,
    origin: str,
    columns: tuple[str, ...],
    *,
    optional: int = 0,
    require_version: bool = True,
) -> Table:
    """Parse a table whose header is ``columns``; the last ``optional`` columns may be
    left out of the header (their cells then read as empty). Cells are stripped."""
    version: str | None = None
    header: tuple[str, ...] | None = None
    rows: list[tuple[int, tuple[str, ...]]] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        if line.startswith("#"):
            found = _VERSION.search(line)
            if found and version is None:
                version = found.group(1).rstrip(".")
            continue
        cells = tuple(line.split("\t"))
        if header is None:
            accepted = {columns[: len(columns) - k] for k in range(optional + 1)}
            if cells not in accepted:
                raise DictionaryError(
                    f"{origin}:{lineno}: expected header with the columns {', '.join(columns)}"
                )
            if require_version and version is None:
                raise DictionaryError(f"{origin}:{lineno}: no '# ... version N' line before it")
            header = cells
            continue
        if len(cells) != len(header):
            raise DictionaryError(
                f"{origin}:{lineno}: expected {len(header)} columns, found {len(cells)}"
            )
        padded = tuple(c.strip() for c in cells) + ("",) * (len(columns) - len(header))
        rows.append((lineno, padded))
    if header is None:
        raise DictionaryError(f"{origin}: no header row")
    return Table(origin, version or "", columns, tuple(rows))


def read_table(path: str | Path, columns: tuple[str, ...], **options: int | bool) -> Table:
    """:func:`parse_table` of a file; an unreadable file is a DictionaryError too."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"{path}: cannot read data file: {exc}") from None
    return parse_table(text, str(path), columns, **options)  # type: ignore[arg-type]
