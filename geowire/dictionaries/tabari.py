"""Readers for TABARI / PETRARCH actor, agent and discard dictionaries.

Actors (``Phoenix.Countries.actors.txt``, ``PETR.Validate.actors.txt``)::

    IRAN_  [IRN]                    a phrase and its default code; ``_`` joins words
    +ISLAMIC_REPUBLIC_OF_IRAN       synonyms of the entry above
    MAHMOUD_AHMADINEJAD_            an entry whose code depends on the date:
        [IRNGOV 20050803-20130803]  indented restrictions, first match wins:
        [IRNELI]                    ``<date``, ``>date``, ``date-date``; no date = default
    ANN_VENEMAN_  [USAGOV 010120-050120] [IGOUNOKID >050501]   (restrictions in line)

Dates are ``YYYYMMDD`` or ``YYMMDD`` (``YY`` up to 30 is 20YY); ``[---]`` is the null
code (recognised, not coded); ``[ELR/GAL]`` lists several actors.

Agents (``Phoenix.agents.txt``)::

    !MINIST! = MINISTER, MINISTRY   a substitution set, used as ``!MINIST!_OF_DEFENSE``
    POLICE {} [~COP]                ``{}``: no plural; ``{A B}``: these plurals;
    CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]      else the regular plural
    HUMAN_RIGHTS_BODY [NGO~]        ``~CODE`` follows the actor code, ``CODE~`` precedes it

Discards: ``PHRASE`` drops a sentence, ``+PHRASE`` the whole story.

Phrases are normalised to upper-case words separated by single spaces. A malformed
entry raises :class:`~geowire.errors.DictionaryError` with the file and line; results
are cached per (path, modification time).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from ._lines import error, logical_lines, read_dictionary_text

__all__ = [
    "DatedCode",
    "ActorEntry",
    "AgentEntry",
    "DiscardEntry",
    "parse_actors",
    "parse_agents",
    "parse_discards",
    "read_actors",
    "read_agents",
    "read_discards",
    "normalize_phrase",
    "regular_plural",
    "combine_codes",
]

log = logging.getLogger(__name__)

_BRACKET_RE = re.compile(r"\[([^\[\]]*)\]")
_CODE_RE = re.compile(r"^[A-Za-z0-9+#/\-~.]+$")
_SUBST_RE = re.compile(r"^\s*(![A-Za-z0-9_]+!)\s*=\s*(.+)$")
_MARKER_RE = re.compile(r"![A-Za-z0-9_]+!")
_DATE_RE = re.compile(r"^\d{6}$|^\d{8}$")


def normalize_phrase(text: str) -> str:
    """Upper-case words separated by single spaces (``_`` joins words in the files)."""
    return " ".join(text.replace("_", " ").split()).upper()


@dataclass(frozen=True, slots=True)
class DatedCode:
    """A code valid from ``start`` to ``end`` (inclusive; None = open)."""

    code: str | None
    start: dt.date | None = None
    end: dt.date | None = None

    def holds(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def days_from(self, day: dt.date) -> int:
        """How many days ``day`` lies before the start or after the end (0: it holds)."""
        if self.start and day < self.start:
            return (self.start - day).days
        if self.end and day > self.end:
            return (day - self.end).days
        return 0


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """An actor: its phrases (the first is the primary one) and its codes."""

    phrases: tuple[str, ...]
    default: str | None
    dated: tuple[DatedCode, ...] = ()
    origin: str = ""
    line: int = 0

    def code_on(self, day: dt.date | None) -> str | None:
        """The code on ``day``: the first restriction that holds, else the default."""
        if day is not None:
            for d in self.dated:
                if d.holds(day):
                    return d.code
        return self.default

    @property
    def name(self) -> str:
        return self.phrases[0] if self.phrases else ""


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """A role word: the phrase, its plural forms, and the code it adds to an actor."""

    phrase: str
    plurals: tuple[str, ...]
    code: str
    prefix: bool  # "NGO~": the agent code comes before the actor code
    origin: str = ""
    line: int = 0

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.phrase, *self.plurals)


@dataclass(frozen=True, slots=True)
class DiscardEntry:
    """A phrase whose presence discards its sentence (or, with ``story``, the story)."""

    phrase: str
    story: bool
    origin: str = ""
    line: int = 0


# --------------------------------------------------------------------------- dates, codes


def _parse_date(raw: str, origin: str, line: int) -> dt.date:
    s = raw.strip()
    if not _DATE_RE.match(s):
        raise _BadDate(f"bad date {raw!r} (expected YYYYMMDD or YYMMDD)")
    if len(s) == 6:
        yy = int(s[:2])
        s = f"{2000 + yy if yy <= 30 else 1900 + yy:04d}{s[2:]}"
    try:
        return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        raise _BadDate(f"bad date {raw!r} (no such day)") from None


def _parse_code(body: str, origin: str, line: int, strict: bool = True) -> DatedCode | None:
    """``CODE``, ``CODE <date``, ``CODE >date``, ``CODE date-date`` (also ``< date``).

    Not strict, a restriction with a bad date (real dictionaries have slips such as
    ``9008223``) is dropped with a warning naming the file and line: None.
    """
    try:
        return _parse_code_strict(body, origin, line)
    except _BadDate as exc:
        if strict:
            raise error(origin, line, str(exc)) from None
        log.warning("%s:%d: %s; restriction [%s] skipped", origin, line, exc, body.strip())
        return None


class _BadDate(ValueError):
    pass


def _parse_code_strict(body: str, origin: str, line: int) -> DatedCode:
    text = body.strip()
    if not text:
        raise error(origin, line, "empty code []")
    parts = text.split(None, 1)
    code, rest = parts[0], (parts[1] if len(parts) > 1 else "")
    if code[:1] in "<>" or code[:1].isdigit():  # a restriction with no code: "[950601-990815]"
        raise error(origin, line, f"code missing in [{text}]")
    if not _CODE_RE.match(code):
        raise error(origin, line, f"bad code {code!r}")
    value: str | None = None if code == "---" else code.upper()
    rest = rest.replace(" ", "")
    if not rest:
        return DatedCode(value)
    if rest[0] == "<":
        return DatedCode(value, None, _parse_date(rest[1:], origin, line))
    if rest[0] == ">":
        return DatedCode(value, _parse_date(rest[1:], origin, line), None)
    if "-" in rest:
        a, b = rest.split("-", 1)
        return DatedCode(value, _parse_date(a, origin, line), _parse_date(b, origin, line))
    raise _BadDate(f"bad date restriction {rest!r} (expected <date, >date or date-date)")


def _slip(strict: bool, origin: str, line: int, message: str) -> None:
    """A recoverable slip of real dictionaries: an error when strict, else a warning."""
    if strict:
        raise error(origin, line, message)
    log.warning("%s:%d: %s; line skipped", origin, line, message)


def _balanced(text: str) -> bool:
    return text.count("[") == text.count("]") and "[" not in _BRACKET_RE.sub(" ", text)


def _split_phrase_and_codes(text: str, origin: str, line: int) -> tuple[str, list[str]]:
    if text.count("[") != text.count("]"):
        raise error(origin, line, "unbalanced [ ]")
    codes = _BRACKET_RE.findall(text)
    phrase = _BRACKET_RE.sub(" ", text)
    if "[" in phrase or "]" in phrase:
        raise error(origin, line, "unbalanced [ ]")
    return phrase, codes


# --------------------------------------------------------------------------- actors


def parse_actors(
    text: str, origin: str = "<actors>", *, strict: bool = False
) -> tuple[ActorEntry, ...]:
    """The entries of an actors dictionary (``strict``: a bad date is an error too)."""
    entries: list[ActorEntry] = []
    phrases: list[str] = []
    default: str | None = None
    has_default = False
    dated: list[DatedCode] = []
    first_line = 0

    def flush() -> None:
        nonlocal phrases, default, has_default, dated
        if phrases:
            entries.append(
                ActorEntry(tuple(phrases), default, tuple(dated), origin=origin, line=first_line)
            )
        phrases, default, has_default, dated = [], None, False, []

    def add_codes(raw_codes: list[str], number: int) -> None:
        nonlocal default, has_default
        for raw in raw_codes:
            dc = _parse_code(raw, origin, number, strict)
            if dc is None:
                continue
            if dc.start is None and dc.end is None:
                if not has_default:
                    default, has_default = dc.code, True
            else:
                dated.append(dc)

    for ln in logical_lines(text):
        body = ln.text.strip()
        if body.startswith("["):  # a date restriction / code of the current entry
            if not phrases:
                raise error(origin, ln.number, "code line before any actor phrase")
            rest, codes = _split_phrase_and_codes(body, origin, ln.number)
            if rest.strip():
                raise error(origin, ln.number, f"unexpected text {rest.strip()!r} after code")
            add_codes(codes, ln.number)
            continue
        if body.startswith("+"):
            if not phrases:
                raise error(origin, ln.number, "synonym (+) before any actor phrase")
            if not _balanced(body):
                _slip(strict, origin, ln.number, "unbalanced [ ] in synonym")
                continue
            rest, codes = _split_phrase_and_codes(body[1:], origin, ln.number)
            phrase = normalize_phrase(rest)
            if not phrase:
                raise error(origin, ln.number, "empty synonym")
            phrases.append(phrase)
            add_codes(codes, ln.number)
            continue
        if ln.indented and not phrases:
            raise error(origin, ln.number, f"indented line {body!r} before any actor phrase")
        flush()
        rest, codes = _split_phrase_and_codes(body, origin, ln.number)
        phrase = normalize_phrase(rest)
        if not phrase:
            raise error(origin, ln.number, "empty actor phrase")
        phrases = [phrase]
        first_line = ln.number
        add_codes(codes, ln.number)
    flush()
    return tuple(entries)


# --------------------------------------------------------------------------- agents


def regular_plural(phrase: str) -> str:
    """The regular English plural of a phrase's last word (PETRARCH's rules, plus -MAN)."""
    words = phrase.split(" ")
    w = words[-1]
    if w.endswith("MAN") and len(w) > 3:
        p = w[:-3] + "MEN"
    elif w.endswith("Y") and len(w) > 1 and w[-2] not in "AEIOU":
        p = w[:-1] + "IES"
    elif w.endswith(("S", "X", "CH", "SH", "Z")):
        p = w + "ES"
    else:
        p = w + "S"
    return " ".join([*words[:-1], p])


def parse_agents(
    text: str, origin: str = "<agents>", *, strict: bool = False
) -> tuple[AgentEntry, ...]:
    """The entries of an agents dictionary, substitution sets expanded.

    Not strict, a code closed with the wrong bracket (``[~ENV}``) is read with a warning.
    """
    subst: dict[str, list[str]] = {}
    out: list[AgentEntry] = []
    for ln in logical_lines(text):
        body = ln.text.strip()
        m = _SUBST_RE.match(body)
        if m:
            items = [normalize_phrase(x) for x in m.group(2).split(",")]
            subst[m.group(1).upper()] = [x for x in items if x]
            continue
        slip = re.search(r"\[([^\[\]{}]*)\}\s*$", body)
        if slip:
            if strict:
                raise error(origin, ln.number, "code [ closed with }")
            log.warning("%s:%d: code [ closed with }; read as ]", origin, ln.number)
            body = body[: slip.start()] + "[" + slip.group(1) + "]"
        if body.count("{") != body.count("}"):
            raise error(origin, ln.number, "unbalanced { }")
        plurals_raw: str | None = None
        pm = re.search(r"\{([^{}]*)\}", body)
        if pm:
            plurals_raw = pm.group(1)
            body = body[: pm.start()] + " " + body[pm.end() :]
        phrase_raw, codes = _split_phrase_and_codes(body, origin, ln.number)
        if not codes:
            _slip(strict, origin, ln.number, f"agent {phrase_raw.strip()!r} has no [code]")
            continue
        if len(codes) > 1:
            raise error(origin, ln.number, "an agent takes one [code]")
        raw_code = codes[0].replace(" ", "")
        if raw_code.startswith("~"):
            code, prefix = raw_code[1:], False
        elif raw_code.endswith("~"):
            code, prefix = raw_code[:-1], True
        else:
            raise error(origin, ln.number, f"agent code {raw_code!r} needs a ~ (~GOV or NGO~)")
        if not code or not _CODE_RE.match(code) or "~" in code:
            raise error(origin, ln.number, f"bad agent code {raw_code!r}")
        phrase = normalize_phrase(phrase_raw)
        if not phrase:
            raise error(origin, ln.number, "empty agent phrase")
        markers = _MARKER_RE.findall(phrase)
        if markers:
            variants = [phrase]
            for marker in markers:
                if marker not in subst:
                    raise error(origin, ln.number, f"undefined substitution set {marker}")
                variants = [v.replace(marker, s, 1) for v in variants for s in subst[marker]]
            for v in variants:
                out.append(
                    AgentEntry(normalize_phrase(v), (), code.upper(), prefix, origin, ln.number)
                )
            continue
        if plurals_raw is None:
            plurals: tuple[str, ...] = (regular_plural(phrase),)
        else:
            plurals = tuple(normalize_phrase(p) for p in plurals_raw.split() if p.strip("_"))
        out.append(AgentEntry(phrase, plurals, code.upper(), prefix, origin, ln.number))
    return tuple(out)


# --------------------------------------------------------------------------- discards


def parse_discards(
    text: str, origin: str = "<discards>", *, strict: bool = False
) -> tuple[DiscardEntry, ...]:
    """The entries of a discards list."""
    out: list[DiscardEntry] = []
    for ln in logical_lines(text):
        body = ln.text.strip()
        story = body.startswith("+")
        if story:
            body = body[1:]
        if "[" in body or "]" in body:
            raise error(origin, ln.number, "a discard phrase takes no [code]")
        phrase = normalize_phrase(body)
        if not phrase:
            raise error(origin, ln.number, "empty discard phrase")
        out.append(DiscardEntry(phrase, story, origin, ln.number))
    return tuple(out)


# --------------------------------------------------------------------------- files, cache

E = TypeVar("E")
E_co = TypeVar("E_co", covariant=True)
_cache_lock = threading.Lock()


class _Parse(Protocol[E_co]):
    """A ``parse_*`` function: a dictionary file's text to its entries."""

    def __call__(self, text: str, origin: str = ..., *, strict: bool = ...) -> tuple[E_co, ...]: ...


class _FileCache(Generic[E]):
    """The entries of the dictionary files of one kind, kept per path, mtime and size."""

    def __init__(self, kind: str, parse: _Parse[E]) -> None:
        self.kind = kind
        self.parse = parse
        self.entries: dict[tuple[str, str, float, int], tuple[E, ...]] = {}

    def read(self, path: str | Path, strict: bool) -> tuple[E, ...]:
        p = Path(path)
        try:
            st = p.stat()
        except FileNotFoundError:
            raise error(str(p), 0, "dictionary file not found") from None
        key = (self.kind + ("!" if strict else ""), str(p.resolve()), st.st_mtime, st.st_size)
        with _cache_lock:
            hit = self.entries.get(key)
        if hit is not None:
            return hit
        result = self.parse(read_dictionary_text(p), str(p), strict=strict)
        with _cache_lock:
            self.entries[key] = result
        log.info("read %d %s entries from %s", len(result), self.kind, p)
        return result


_actors_cache = _FileCache("actors", parse_actors)
_agents_cache = _FileCache("agents", parse_agents)
_discards_cache = _FileCache("discards", parse_discards)


def read_actors(path: str | Path, *, strict: bool = False) -> tuple[ActorEntry, ...]:
    """The entries of the actors file at ``path`` (cached per path and mtime)."""
    return _actors_cache.read(path, strict)


def read_agents(path: str | Path, *, strict: bool = False) -> tuple[AgentEntry, ...]:
    """The entries of the agents file at ``path`` (cached per path and mtime)."""
    return _agents_cache.read(path, strict)


def read_discards(path: str | Path, *, strict: bool = False) -> tuple[DiscardEntry, ...]:
    """The entries of the discards file at ``path`` (cached per path and mtime)."""
    return _discards_cache.read(path, strict)


def combine_codes(actor: str | None, agents: Iterable[AgentEntry | tuple[str, bool]]) -> str:
    """TABARI's convention: prefix agents + actor code + suffix agents, without repeats.

    ``combine_codes("ARN", [("COP", False)]) == "ARNCOP"``;
    ``combine_codes("ARN", [("NGO", True), ("GOV", False)]) == "NGOARNGOV"``;
    a suffix the actor code already ends with is not added twice (``USAGOV`` + ``GOV``).
    """
    base = actor or ""
    pre: list[str] = []
    post: list[str] = []
    for ag in agents:
        code, prefix = (ag.code, ag.prefix) if isinstance(ag, AgentEntry) else ag
        target = pre if prefix else post
        if code and code not in target:
            target.append(code)
    out = base
    for code in post:
        if not (out.endswith(code) or (code in out and len(code) >= 3 and out.find(code) % 3 == 0)):
            out += code
    for code in reversed(pre):
        if not out.startswith(code):
            out = code + out
    return out
