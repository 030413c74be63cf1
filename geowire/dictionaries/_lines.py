"""Shared line reading for TABARI / PETRARCH dictionary files.

The files are "flat ASCII" with three kinds of comment: ``#`` to the end of the line
(outside ``[...]``, so a code such as ``[###]`` survives), the legacy ``;`` of
KEDS/TABARI, and XML-style ``<!-- ... -->`` that may span lines (a line that starts
with ``<`` is a comment too). :func:`logical_lines` yields what is left, with the
line number, so every reader can raise :func:`error` naming the file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import DictionaryError

__all__ = ["Line", "logical_lines", "read_dictionary_text", "error", "strip_comment"]


@dataclass(frozen=True, slots=True)
class Line:
    """A non-blank line with its comments removed."""

    number: int
    text: str  # comment-free, stripped on the right
    indented: bool  # began with whitespace (TABARI date-restriction lines do)


def error(origin: str, line: int, message: str) -> DictionaryError:
    """A DictionaryError that names ``origin:line``."""
    return DictionaryError(f"{origin}:{line}: {message}")


def read_dictionary_text(path: str | Path) -> str:
    """The text of a dictionary file (UTF-8, falling back to Latin-1 for old files)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise DictionaryError(f"dictionary file not found: {p}") from None
    except OSError as exc:
        raise DictionaryError(f"cannot read dictionary file {p}: {exc.strerror}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def strip_comment(line: str, *, semicolon: bool = True) -> str:
    """``line`` without its ``#`` (or ``;``) comment; markers inside ``[...]`` are kept."""
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch == "#" or (semicolon and ch == ";")):
            return line[:i]
    return line


def logical_lines(text: str, *, semicolon: bool = True) -> Iterator[Line]:
    """The meaningful lines of a dictionary, comments removed, blank lines skipped."""
    in_xml = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_xml:
            end = line.find("-->")
            if end < 0:
                continue
            line = line[end + 3 :]
            in_xml = False
        # XML comments within the line, possibly opening one that spans lines
        while True:
            start = line.find("<!")
            if start < 0:
                break
            end = line.find("-->", start)
            if end < 0:
                line = line[:start]
                in_xml = True
                break
            line = line[:start] + line[end + 3 :]
        if line.lstrip().startswith("<"):
            continue
        line = strip_comment(line, semicolon=semicolon).rstrip()
        if not line.strip():
            continue
        yield Line(number=number, text=line, indented=line[:1].isspace())
