"""Text cleaning that keeps offsets honest.

Scraped articles carry a repeated title, photo credits ("Name/AFP/Getty
Images"), bylines, odd whitespace and a zoo of quote characters. The cleaner
drops those lines, normalises whitespace and quote marks, and returns the
cleaned text together with an :class:`OffsetMap` from cleaned offsets back to
the raw input, so every span geowire reports indexes into the cleaned text and
can still be traced to the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..document import OffsetMap
from .datelines import is_dateline

__all__ = ["CleanResult", "OffsetMap", "clean_text"]

# Characters replaced one for one (the offset map stays trivial for them).
_CHAR_MAP = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\t": " ",
    "\u201e": "\u201c",  # „ low double quote opens
    "\u201f": "\u201c",
    "\u00ab": "\u201c",  # « guillemets
    "\u00bb": "\u201d",
    "\u301d": "\u201c",
    "\u301e": "\u201d",
    "\uff02": '"',
    "\u2033": '"',  # double prime used as a quote
    "\u201a": "\u2018",  # ‚ low single quote
    "\u2032": "'",
    "\u00b4": "'",
}
# Invisible characters removed from the text: zero-width characters, the word joiner,
# the byte-order mark, the soft hyphen, and the bidirectional controls (embeddings,
# overrides, isolates and marks) that scraped right-to-left text is full of.
_BIDI = frozenset(
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # isolates
    "\u200e\u200f\u061c"  # left-to-right, right-to-left and Arabic letter marks
)
# Of the removed characters, those that may stand between two words or two sentences:
# where removing them would glue a word to the one before it, a space takes their place.
_BREAKING = _BIDI | {"\u200b"}  # zero-width space
_DROP = _BREAKING | {"\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_INVISIBLE = "".join(sorted(_DROP))
# A run of characters copied as they are: none mapped or dropped, no PTB quote mark (` '),
# no space and no control character (Unicode category Cc: U+0000-001F, U+007F-009F).
_PLAIN_RUN = re.compile(
    "[^" + re.escape("".join(sorted({*_CHAR_MAP, *_DROP, "`", "'", " "}))) + r"\x00-\x1f\x7f-\x9f]*"
)

_AGENCIES = (
    r"AFP|Getty(?: Images)?|Reuters|AP(?: Photo)?|Associated Press|EPA(?:-EFE)?|"
    r"Bloomberg|Xinhua|Anadolu|Shutterstock|Alamy|NurPhoto|SOPA|Sipa|dpa|"
    r"Pool|File|Handout|Corbis|iStock|Wikimedia Commons|UPI|Flickr"
)
# "Jim Watson/AFP/Getty Images", "Photo: Reuters", "(AP Photo/Hadi Mizban)"
_AGENCY = _AGENCIES.replace(" ", r"\ ")  # spaces survive re.VERBOSE only when escaped
_CREDIT = re.compile(
    rf"""^\(?\s*(?:
        (?:photo|image|picture|credit|photograph|file\ photo)s?\s*(?:credit)?\s*[:/|-].{{0,80}}
      | (?:[\w.'\- ]{{2,40}}/)+\s*(?:{_AGENCY})(?:\s*/\s*[\w.'\- ]{{2,40}})*
      | (?:{_AGENCY})(?:\s*/\s*[\w.'\- ]{{2,40}})+
    )\s*\)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_BYLINE = re.compile(
    r"^(?i:by|written by|posted by|reporting by)\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,4}"
    r"(?:\s*(?:,|and|&|\|)\s*[A-Z][\w.'\- ]{1,40}){0,3}\s*$",
)
_TERMINAL = tuple(".!?:;\u201d\"'\u2019\u2026)")


@dataclass(frozen=True, slots=True)
class CleanResult:
    text: str
    title: str | None
    offsets: OffsetMap


# whitespace and invisible characters at either end of a line
_EDGE = re.compile(rf"^[\s{_INVISIBLE}]+|[\s{_INVISIBLE}]+$")
_LEAD = re.compile(rf"^[\s{_INVISIBLE}]*")


def _visible(text: str) -> str:
    """``text`` without invisible characters (a space where one separated two words)."""
    return "".join(" " if ch in _BREAKING else "" if ch in _DROP else ch for ch in text)


def _lead(line: str) -> int:
    """How many whitespace or invisible characters ``line`` starts with."""
    m = _LEAD.match(line)
    return m.end() if m else 0


def _norm_line(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().casefold()


def _looks_like_title(line: str, following_blank: bool) -> bool:
    words = line.split()
    return (
        following_blank
        and 1 <= len(words) <= 20
        and not line.rstrip().endswith(_TERMINAL)
        and line[:1].isupper()
    )


class _Builder:
    """Appends pieces of the raw text (or replacements) and records the offset map."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.clean_starts: list[int] = []
        self.raw_starts: list[int] = []

    def add(self, text: str, raw_start: int) -> None:
        if not text:
            return
        self.clean_starts.append(self.length)
        self.raw_starts.append(raw_start)
        self.parts.append(text)
        self.length += len(text)

    def result(self, title: str | None) -> CleanResult:
        return CleanResult(
            "".join(self.parts), title, OffsetMap(tuple(self.clean_starts), tuple(self.raw_starts))
        )


def _clean_line(line: str, raw_start: int, out: _Builder) -> None:
    """Normalise characters and whitespace inside one line, appending to ``out``."""
    i, n = 0, len(line)
    pending_space = False
    space_at = 0  # where the pending space stood in ``line``
    wrote = False
    while i < n:
        ch = _CHAR_MAP.get(line[i], line[i])
        if line[i] in _DROP or unicodedata.category(ch) == "Cc":
            # a run of removed characters: a space where one of them stood between a
            # word (or the end of a sentence) and the next word, e.g. "Iraq.\u202eIsrael"
            j = i
            breaking = False
            while j < n and (line[j] in _DROP or unicodedata.category(line[j]) == "Cc"):
                breaking = breaking or line[j] in _BREAKING or line[j] in "\x0b\x0c"
                j += 1
            if (
                breaking
                and wrote
                and not pending_space
                and j < n
                and line[j].isalnum()
                and (line[i - 1].isalnum() or line[i - 1] in _TERMINAL)
            ):
                pending_space = True
                space_at = i
            i = j
            continue
        if ch == " ":
            if wrote and not pending_space:
                pending_space, space_at = True, i
            i += 1
            continue
        # `` and '' (PTB-style) become curly double quotes; '' opens a quote where it
        # starts a word (NYT style uses it at both ends) and closes one elsewhere
        if ch in "`'" and i + 1 < n and line[i + 1] == ch:
            opens = ch == "`" or (
                (i == 0 or pending_space or line[i - 1] in "([{\u2014-")
                and i + 2 < n
                and not line[i + 2].isspace()
            )
            ch = "\u201c" if opens else "\u201d"
            if pending_space:
                out.add(" ", raw_start + space_at)
                pending_space = False
            out.add(ch, raw_start + i)
            wrote = True
            i += 2
            continue
        if pending_space:
            out.add(" ", raw_start + space_at)
            pending_space = False
        # copy a run of ordinary characters in one piece
        j = _PLAIN_RUN.match(line, i + 1).end()  # type: ignore[union-attr]
        out.add(ch + line[i + 1 : j], raw_start + i)
        wrote = True
        i = j


def clean_text(raw: str, title: str | None = None) -> CleanResult:
    """Clean ``raw``; detect the title when none is given. Never raises on text."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    # \r\n -> \n shifts offsets: map lines of the normalised text back to raw by line starts
    raw_line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", raw)]
    lines = text.split("\n")
    leads = [_lead(ln) for ln in lines]
    stripped = [_EDGE.sub("", ln) for ln in lines]

    def is_noise(line: str) -> bool:
        return len(line) <= 120 and bool(_CREDIT.match(line) or _BYLINE.match(line))

    given = " ".join(_visible(title).split()) if title else ""
    detected = given or None
    nonblank = [i for i, s in enumerate(stripped) if s and not is_noise(s)]
    if detected is None and nonblank:
        first = nonblank[0]
        following_blank = (
            first + 1 >= len(lines)
            or not stripped[first + 1]
            or is_noise(stripped[first + 1])
            or (
                len(nonblank) > 1
                and _norm_line(stripped[nonblank[1]]) == _norm_line(stripped[first])
            )
        )
        if len(nonblank) > 1 and _looks_like_title(stripped[first], following_blank):
            # a dateline on a line of its own ("WELLINGTON, New Zealand (AP) _") is no
            # title: it opens the story and tells where it was filed
            if not is_dateline(stripped[first]):
                detected = " ".join(stripped[first].split())
    title_key = _norm_line(detected) if detected else None

    keep: list[int] = []
    for i, s in enumerate(stripped):
        if not s:
            keep.append(i)
            continue
        if title_key and _norm_line(s) == title_key:
            continue
        if is_noise(s):
            continue
        keep.append(i)

    out = _Builder()
    blank_run = 0
    for i in keep:
        s = stripped[i]
        if not s:
            blank_run += 1
            continue
        if out.length:
            for _ in range(2 if blank_run else 1):
                out.add("\n", raw_line_starts[i] - 1)
        blank_run = 0
        _clean_line(s, raw_line_starts[i] + leads[i], out)
    return out.result(detected)
