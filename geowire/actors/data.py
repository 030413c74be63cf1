"""The built-in actor data: versioned TSV files in ``geowire/data/actors/``.

Each file starts with ``#`` comment lines, one of which holds ``version: N``, then a
header row that must match exactly, then one row a line. A bad row raises
:class:`~geowire.errors.DictionaryError` naming the file and line. Loaded once per
process (the tables are small and read-only).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .. import tables
from ..errors import DictionaryError

__all__ = [
    "descriptions",
    "pair_nouns",
    "DATA_DIR",
    "Country",
    "Region",
    "Seat",
    "Organization",
    "Party",
    "Role",
    "Holder",
    "countries",
    "country_codes",
    "demonym_codes",
    "regions",
    "seats",
    "organizations",
    "parties",
    "roles",
    "holders",
    "sectors",
    "read_table",
]

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"

_CODE_RE = re.compile(r"^[A-Z0-9]{3,}$")
_KINDS = {"person", "group", "organization", "state"}


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-3 (CAMEO uses the same codes)
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Region:
    """A region of several states (a CAMEO region code), its names, the adjectives of its
    people and bodies, and the nouns of its states taken together."""

    code: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    collectives: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Seat:
    """A capital or seat of government that stands for an institution when it acts."""

    name: str
    country: str
    code: str


@dataclass(frozen=True, slots=True)
class Organization:
    code: str
    name: str
    names: tuple[str, ...]
    kind: str  # organization | group
    country: str | None


@dataclass(frozen=True, slots=True)
class Party:
    """A political party: ``names`` name it anywhere, ``adjectives`` only before a role
    word ("Republican senators"); ``country`` is None for a name parties of several
    countries bear (its code is then the bare role ``PTY``)."""

    code: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    country: str | None


@dataclass(frozen=True, slots=True)
class Role:
    phrase: str
    code: str
    kind: str  # person | group | organization
    plurals: tuple[str, ...] | None  # None: the regular plural


@dataclass(frozen=True, slots=True)
class Holder:
    """One tenure of an office holder; ``names`` are the forms that name them in it."""

    name: str
    names: tuple[str, ...]
    code: str
    start: dt.date | None
    end: dt.date | None

    def overlaps(self, other: Holder) -> bool:
        """Whether the two tenures share a day; rows that only touch (one ends the day the
        other starts, a handover) do not."""
        lo = max(self.start or dt.date.min, other.start or dt.date.min)
        hi = min(self.end or dt.date.max, other.end or dt.date.max)
        touching = lo == hi and self.start != other.start and lo in (self.end, other.end)
        return lo <= hi and not touching


def _fail(path: Path, line: int, message: str) -> DictionaryError:
    return DictionaryError(f"{path}:{line}: {message}")


def read_table(path: Path, columns: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """Rows of a versioned TSV as (line number, cells), the header checked."""
    return [(number, list(cells)) for number, cells in tables.read_table(path, columns).rows]


def _names(cell: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in cell.split("|") if n.strip())


def _code(path: Path, line: int, code: str) -> str:
    if not _CODE_RE.match(code):
        raise _fail(path, line, f"bad code {code!r}")
    return code


def _date(path: Path, line: int, cell: str) -> dt.date | None:
    if not cell:
        return None
    try:
        return dt.date.fromisoformat(cell)
    except ValueError:
        raise _fail(path, line, f"bad date {cell!r} (expected YYYY-MM-DD)") from None


@functools.cache
def countries(path: Path = DATA_DIR / "countries.tsv") -> tuple[Country, ...]:
    out = []
    for line, (code, name, names, demonyms) in read_table(
        path, ("code", "name", "names", "demonyms")
    ):
        if not name:
            raise _fail(path, line, "empty name")
        out.append(Country(_code(path, line, code), name, _names(names), _names(demonyms)))
    return tuple(out)


@functools.cache
def demonym_codes() -> dict[str, str]:
    """Every built-in country demonym, lower case, to its country's code; a demonym two
    countries share names the one listed first. Read-only: callers share the one map."""
    out: dict[str, str] = {}
    for c in countries():
        for d in c.demonyms:
            out.setdefault(d.lower(), c.code)
    return out


@functools.cache
def country_codes() -> dict[str, str]:
    """Every built-in country name and demonym, lower case with single spaces, to its
    code; a form two countries share names the one listed first ("Congo": COD)."""
    out: dict[str, str] = {}
    for c in countries():
        for n in (c.name, *c.names, *c.demonyms):
            out.setdefault(" ".join(n.lower().split()), c.code)
    return out


@functools.cache
def regions(path: Path = DATA_DIR / "regions.tsv") -> tuple[Region, ...]:
    """Regions of several states (CAMEO region codes) with their names and adjectives."""
    out = []
    for line, (code, name, names, demonyms, collectives) in read_table(
        path, ("code", "name", "names", "demonyms", "collectives")
    ):
        if not name or not demonyms:
            raise _fail(path, line, "a region needs a name and its adjectives")
        out.append(
            Region(
                _code(path, line, code),
                name,
                _names(names),
                _names(demonyms),
                _names(collectives),
            )
        )
    return tuple(out)


@functools.cache
def seats(path: Path = DATA_DIR / "seats.tsv") -> tuple[Seat, ...]:
    out = []
    for line, (name, country, code) in read_table(path, ("name", "country", "code")):
        if not name:
            raise _fail(path, line, "empty name")
        out.append(Seat(name, _code(path, line, country), _code(path, line, code)))
    return tuple(out)


@functools.cache
def organizations(path: Path = DATA_DIR / "igos.tsv") -> tuple[Organization, ...]:
    out = []
    for line, (code, name, names, kind, country) in read_table(
        path, ("code", "name", "names", "kind", "country")
    ):
        if kind not in ("organization", "group"):
            raise _fail(path, line, f"kind must be organization or group, not {kind!r}")
        out.append(
            Organization(
                _code(path, line, code),
                name,
                _names(names) or (name,),
                kind,
                _code(path, line, country) if country else None,
            )
        )
    return tuple(out)


@functools.cache
def parties(path: Path = DATA_DIR / "parties.tsv") -> tuple[Party, ...]:
    out = []
    for line, (code, name, names, adjectives, country) in read_table(
        path, ("code", "name", "names", "adjectives", "country")
    ):
        if not name:
            raise _fail(path, line, "empty name")
        code = _code(path, line, code)
        if country and not code.startswith(country):
            raise _fail(path, line, f"code {code!r} is not of country {country!r}")
        if not country and code != "PTY":
            raise _fail(path, line, f"a party with no country is coded PTY, not {code!r}")
        out.append(
            Party(
                code,
                name,
                _names(names) or (name,),
                _names(adjectives),
                _code(path, line, country) if country else None,
            )
        )
    return tuple(out)


@functools.cache
def roles(path: Path = DATA_DIR / "roles.tsv") -> tuple[Role, ...]:
    out = []
    for line, (phrase, code, kind, plurals) in read_table(
        path, ("phrase", "code", "kind", "plurals")
    ):
        if not phrase:
            raise _fail(path, line, "empty phrase")
        if kind not in ("person", "group", "organization"):
            raise _fail(path, line, f"kind must be person, group or organization, not {kind!r}")
        pl: tuple[str, ...] | None
        pl = None if not plurals else () if plurals == "-" else _names(plurals)
        out.append(Role(phrase, _code(path, line, code), kind, pl))
    return tuple(out)


@functools.cache
def title_abbreviations() -> dict[str, str]:
    """Abbreviated person titles of roles.tsv and the one-word title of the same role they
    begin ('sen.' -> 'senator', 'gov.' -> 'governor', 'gen.' -> 'general'), so that 'the
    senator' may refer back to 'Sen. Ada Obi'."""
    people = [r for r in roles() if r.kind == "person"]
    out = {}
    for r in people:
        if not r.phrase.endswith(".") or " " in r.phrase:
            continue
        stem = r.phrase[:-1].lower()
        full = [
            f.phrase.lower()
            for f in people
            if f.code == r.code
            and " " not in f.phrase
            and "-" not in f.phrase  # a compound title: "governor-general" is no "gov."
            and f.phrase.lower().startswith(stem)
            and not f.phrase.endswith(".")
        ]
        if len(full) == 1:
            out[r.phrase.lower()] = full[0]
    return out


@functools.cache
def holders(path: Path = DATA_DIR / "holders.tsv") -> tuple[Holder, ...]:
    out = []
    shared: dict[str, list[Holder]] = {}  # form -> the rows that list it
    for line, (name, names, code, start, end) in read_table(
        path, ("name", "names", "code", "start", "end")
    ):
        if not name:
            raise _fail(path, line, "empty name")
        s, e = _date(path, line, start), _date(path, line, end)
        if s and e and e < s:
            raise _fail(path, line, "end before start")
        row = Holder(name, _names(names) or (name,), _code(path, line, code), s, e)
        _check_shared(path, line, row, shared)
        out.append(row)
    return tuple(out)


def _check_shared(path: Path, line: int, row: Holder, shared: dict[str, list[Holder]]) -> None:
    """A form may name several people ("President Bush") only at different times: the
    article's date chooses the person, so their rows that list it must not overlap."""
    for form in row.names:
        key = " ".join(form.lower().split())
        for other in shared.setdefault(key, []):
            if other.name != row.name and row.overlaps(other):
                span = f"{other.start or '...'}..{other.end or '...'}"
                raise _fail(
                    path, line, f"{form!r} names {other.name} ({span}) and {row.name} at once"
                )
        shared[key].append(row)


@functools.cache
def sectors(path: Path = DATA_DIR / "sectors.tsv") -> frozenset[str]:
    return frozenset(
        _code(path, line, code) for line, (code, _name) in read_table(path, ("code", "name"))
    )


@functools.cache
def group_roles(path: Path = DATA_DIR / "group_roles.tsv") -> frozenset[str]:
    """The role codes of bodies "the group" never refers to (a state's offices, the
    press, schools; ``coref._descriptions``), each a code of ``sectors.tsv``."""
    known = sectors()
    out = set()
    for line, (code,) in read_table(path, ("code",)):
        if code not in known:
            raise _fail(path, line, f"code must be a role of sectors.tsv, not {code!r}")
        out.add(code)
    return frozenset(out)


@functools.cache
def local_offices(path: Path = DATA_DIR / "local_offices.tsv") -> tuple[str, ...]:
    """Opening words of the titles of a state's, a province's or a city's offices
    ("governor", "lt. gov.", "mayor", "state"), lower-case."""
    out = []
    for line, (phrase,) in read_table(path, ("phrase",)):
        if not phrase or phrase != phrase.lower():
            raise _fail(path, line, f"phrase must be lower-case, not {phrase!r}")
        out.append(" ".join(phrase.split()))
    return tuple(out)


@functools.cache
def pair_nouns(path: Path = DATA_DIR / "pairs.tsv") -> Mapping[str, str]:
    """Plural nouns of descriptions of two parties ("the two leaders") -> "person" /
    "state" / "any"."""
    return _nouns_referring(path, ("person", "state", "any"))


@functools.cache
def descriptions(path: Path = DATA_DIR / "descriptions.tsv") -> Mapping[str, str]:
    """Head nouns of descriptions that refer back ("the group") -> "state" /
    "organization" / "group" / "party" / "campaign" / "namesake"."""
    return _nouns_referring(
        path, ("state", "organization", "group", "party", "campaign", "namesake")
    )


def _nouns_referring(path: Path, kinds: tuple[str, ...]) -> Mapping[str, str]:
    """A table of lower-case nouns and what they refer to, one of ``kinds``."""
    out: dict[str, str] = {}
    for line, (noun, refers) in read_table(path, ("noun", "refers")):
        if refers not in kinds:
            raise _fail(path, line, f"refers must be one of {', '.join(kinds)}, not {refers!r}")
        if not noun or noun != noun.lower():
            raise _fail(path, line, f"noun must be one lower-case word, not {noun!r}")
        out[noun] = refers
    return out
