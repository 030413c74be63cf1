"""The actor lexicon: every phrase that names an actor or a role, compiled for matching.

Built-in data (countries, demonyms, seats of government, organisations, office holders,
role words) and TABARI / PETRARCH dictionaries (actors, agents, discards) become one
kind of record, :class:`Term`, keyed by the lower-cased phrase. Matching runs one
Aho-Corasick pass (pyahocorasick) over the lower-cased text and keeps whole-word,
longest, leftmost matches. A lexicon is compiled once per configuration (dictionary
paths and their modification times) and shared.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import ahocorasick

from ..config import Config
from ..dictionaries.tabari import (
    ActorEntry,
    AgentEntry,
    DatedCode,
    DiscardEntry,
    read_actors,
    read_agents,
    read_discards,
    regular_plural,
)
from . import data

__all__ = ["Term", "Match", "Lexicon", "lexicon_for", "normalize_text", "country_of_code"]

log = logging.getLogger(__name__)

TermSource = Literal[
    "country", "demonym", "seat", "organization", "holder", "role", "dict-actor", "dict-agent"
]

# Same-length lower-casing and punctuation folding, so offsets stay those of the text.
_FOLD = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u00a0": " ", "\n": " ", "\t": " ", "\r": " ", "_": " "}
)


def normalize_text(text: str) -> str:
    """``text`` lower-cased with quotes and spaces folded, keeping every offset."""
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.translate(_FOLD)


@dataclass(frozen=True, slots=True)
class Term:
    """What a phrase means: an actor (with its codes) or an agent (a role code)."""

    phrase: str  # lower-case, single spaces
    kind: Literal["actor", "agent"]
    source: TermSource
    name: str
    default: str | None = None
    dated: tuple[DatedCode, ...] = ()
    country: str | None = None
    actor_kind: str = "state"  # state | organization | group | person (actor terms)
    agent_code: str = ""
    prefix: bool = False
    role_kind: str = "person"  # person | group | organization (agent terms)
    plural: bool = False
    exact_case: str | None = None  # the text must read exactly this
    loaded: bool = False  # from a user dictionary (wins over built-in data)
    #: an office holder's tenures that list this phrase: when a phrase names several
    #: holders ("President Bush"), the article's date chooses among them by these
    named: tuple[DatedCode, ...] = ()
    #: names its actor only before a role word ("Republican senators"): a party adjective
    before_role: bool = False

    def code_on(self, day: dt.date | None) -> str | None:
        if day is not None:
            for d in self.dated:
                if d.holds(day):
                    return d.code
        return self.default


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    terms: tuple[Term, ...]

    @property
    def term(self) -> Term:
        return self.terms[0]


def _iso3() -> frozenset[str]:
    return frozenset(c.code for c in data.countries())


def country_of_code(code: str | None) -> str | None:
    """The ISO alpha-3 country a CAMEO code starts with (``IRQGOV`` -> ``IRQ``), else None."""
    if not code:
        return None
    head = code[:3].upper()
    return head if head in _ISO3 else None


_ISO3: frozenset[str] = frozenset()


def _acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _builtin_terms() -> list[Term]:
    terms: list[Term] = []
    for c in data.countries():
        for n in (c.name, *c.names):
            terms.append(_actor(n, "country", c.name, c.code, c.code, "state"))
        for dem in c.demonyms:
            terms.append(_actor(dem, "demonym", c.name, c.code, c.code, "state"))
    for region in data.regions():
        # "European countries", "Gulf states": the region's states together (EUR, PGS)
        for dem in region.demonyms:
            for noun in region.collectives:
                terms.append(
                    _actor(f"{dem} {noun}", "organization", region.name, region.code, None, "state")
                )
    for o in data.organizations():
        for n in _with_dotted(o.names):
            terms.append(_actor(n, "organization", o.name, o.code, o.country, o.kind))
    for party in data.parties():
        for n in _with_dotted(party.names):
            terms.append(
                _actor(n, "organization", party.name, party.code, party.country, "organization")
            )
        for n in party.adjectives:
            adj = _actor(n, "organization", party.name, party.code, party.country, "organization")
            terms.append(replace(adj, before_role=True))
    for s in data.seats():
        terms.append(_actor(s.name, "seat", s.name, s.code, s.country, "state"))
    by_name: dict[str, list[data.Holder]] = {}
    for h in data.holders():
        by_name.setdefault(h.name, []).append(h)
    for name, rows in by_name.items():
        default = next((r.code for r in rows if r.start is None and r.end is None), None)
        dated = tuple(DatedCode(r.code, r.start, r.end) for r in rows if r.start or r.end)
        forms = {f for r in rows for f in r.names}
        for f in sorted(forms):
            terms.append(
                Term(
                    phrase=_key(f),
                    kind="actor",
                    source="holder",
                    name=name,
                    default=default,
                    dated=dated,
                    country=None,
                    actor_kind="person",
                    exact_case=f if _acronym(f) else None,
                    named=tuple(DatedCode(r.code, r.start, r.end) for r in rows if f in r.names),
                )
            )
    for r in data.roles():
        plurals = (
            r.plurals if r.plurals is not None else (regular_plural(r.phrase.upper()).lower(),)
        )
        terms.append(_agent(r.phrase, "role", r.code, False, r.kind, False))
        for p in plurals:
            kind = "group" if r.kind == "person" else r.kind
            terms.append(_agent(p, "role", r.code, False, kind, True))
    return terms


def _with_dotted(names: Iterable[str]) -> list[str]:
    """``names`` and, for each acronym of three to six capitals, its form with a full stop after
    each letter, the house style of papers that dot acronyms ("C.I.A.", "F.B.I.", "G.O.P."); not
    for two letters, which are as often a person's initials ("B.P. Koirala")."""
    out = list(names)
    for n in names:
        if n.isascii() and n.isalpha() and n.isupper() and 3 <= len(n) <= 6:
            dotted = "".join(c + "." for c in n)
            if dotted not in out:
                out.append(dotted)
    return out


def _key(form: str) -> str:
    return " ".join(normalize_text(form).split())


def _actor(
    form: str, source: TermSource, name: str, code: str, country: str | None, kind: str
) -> Term:
    return Term(
        phrase=_key(form),
        kind="actor",
        source=source,
        name=name,
        default=code,
        country=country,
        actor_kind=kind,
        exact_case=form if _acronym(form) else None,
    )


def _agent(
    form: str, source: TermSource, code: str, prefix: bool, role_kind: str, plural: bool
) -> Term:
    return Term(
        phrase=_key(form),
        kind="agent",
        source=source,
        name=form,
        agent_code=code,
        prefix=prefix,
        role_kind=role_kind,
        plural=plural,
        exact_case=form if _acronym(form) and len(form) > 1 else None,
    )


def _dict_actor_terms(entries: Iterable[ActorEntry]) -> list[Term]:
    terms = []
    for e in entries:
        name = e.phrases[0].title()
        for p in e.phrases:
            short = len(p) <= 3 and " " not in p
            terms.append(
                Term(
                    phrase=_key(p),
                    kind="actor",
                    source="dict-actor",
                    name=name,
                    default=e.default,
                    dated=e.dated,
                    country=None,
                    actor_kind="unknown",
                    exact_case=p if short else None,
                    loaded=True,
                )
            )
    return terms


def _dict_agent_terms(entries: Iterable[AgentEntry]) -> list[Term]:
    """Agent terms; whether a role names one person, a group or an institution is taken
    from the built-in role table when it knows the phrase (``government``, ``police``)."""
    known = {r.phrase.lower(): r.kind for r in data.roles()}
    terms = []
    for e in entries:
        low = e.phrase.lower()
        single = known.get(low, "person" if e.plurals else "group")
        terms.append(
            Term(
                phrase=_key(e.phrase),
                kind="agent",
                source="dict-agent",
                name=e.phrase.lower(),
                agent_code=e.code,
                prefix=e.prefix,
                role_kind=single,
                plural=False,
                loaded=True,
            )
        )
        for p in e.plurals:
            terms.append(
                Term(
                    phrase=_key(p),
                    kind="agent",
                    source="dict-agent",
                    name=p.lower(),
                    agent_code=e.code,
                    prefix=e.prefix,
                    role_kind="organization" if single == "organization" else "group",
                    plural=True,
                    loaded=True,
                )
            )
    return terms


_PRIORITY = {
    "dict-actor": 0,
    "dict-agent": 1,
    "holder": 2,
    "organization": 3,
    "country": 4,
    "seat": 5,
    "demonym": 6,
    "role": 7,
}


@dataclass(frozen=True)
class Lexicon:
    """Compiled phrases: ``match(text)`` finds them, ``discards(text)`` the discard phrases."""

    terms: dict[str, tuple[Term, ...]]
    discard_entries: tuple[DiscardEntry, ...] = ()
    automaton: object = field(default=None, repr=False)
    discard_automaton: object = field(default=None, repr=False)

    @classmethod
    def build(
        cls,
        terms: Iterable[Term],
        discards: Sequence[DiscardEntry] = (),
    ) -> Lexicon:
        grouped: dict[str, list[Term]] = {}
        for t in terms:
            if t.phrase:
                grouped.setdefault(t.phrase, []).append(t)
        final: dict[str, tuple[Term, ...]] = {}
        for k, ts in grouped.items():
            ts.sort(key=lambda t: _PRIORITY[t.source])
            codes = {ts[0].default, *(d.code for d in ts[0].dated)} - {None}
            if ts[0].loaded and ts[0].kind == "actor" and len(codes) == 1:
                # a loaded entry that agrees with the built-in data keeps the built-in
                # meaning (a demonym stays a demonym, a seat a seat)
                same = next(
                    (t for t in ts if not t.loaded and t.kind == "actor" and t.default in codes),
                    None,
                )
                if same is not None:
                    ts.remove(same)
                    ts.insert(0, same)
            seen: set[tuple[object, ...]] = set()
            uniq = []
            for t in ts:
                sig = (t.source, t.default, t.dated, t.agent_code, t.prefix, t.exact_case, t.name)
                if sig not in seen:
                    seen.add(sig)
                    uniq.append(t)
            final[k] = tuple(uniq)
        auto = ahocorasick.Automaton()
        for k in final:
            auto.add_word(k, k)
        if final:
            auto.make_automaton()
        dauto = ahocorasick.Automaton()
        for i, d in enumerate(discards):
            key = " ".join(d.phrase.lower().split())
            if key:
                dauto.add_word(key, i)
        if discards:
            dauto.make_automaton()
        return cls(final, tuple(discards), auto if final else None, dauto if discards else None)

    def __len__(self) -> int:
        return len(self.terms)

    def match(self, text: str, norm: str | None = None, day: dt.date | None = None) -> list[Match]:
        """Whole-word matches in ``text``, longest first, leftmost, not overlapping; with the
        article's ``day``, a phrase that names several office holders names one of them."""
        if self.automaton is None or not text:
            return []
        low = norm if norm is not None else normalize_text(text)
        cands: list[tuple[int, int, str]] = []
        n = len(low)
        for end_idx, key in self.automaton.iter(low):  # type: ignore[attr-defined]
            end = end_idx + 1
            start = end - len(key)
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
                continue
            if end < n and (low[end].isalnum() or low[end] == "_"):
                continue
            if low[start - 1 : start] == "." and start > 1 and low[start - 2].isalpha():
                continue  # "U.S.A." must not yield "S.A."
            cands.append((start, end, key))
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        taken = bytearray(n + 1)
        out: list[Match] = []
        for start, end, key in cands:
            if any(taken[start:end]):
                continue
            surface = text[start:end]
            terms = tuple(t for t in self.terms[key] if _case_ok(t, surface, text[end : end + 3]))
            if not terms:
                continue
            if day is not None:
                terms = _holder_on(terms, day)
            for i in range(start, end):
                taken[i] = 1
            out.append(Match(start, end, terms))
        out.sort(key=lambda m: m.start)
        return out

    def discards(self, text: str, norm: str | None = None) -> list[tuple[int, int, DiscardEntry]]:
        """Discard phrases found in ``text`` (whole words)."""
        if self.discard_automaton is None:
            return []
        low = norm if norm is not None else normalize_text(text)
        n = len(low)
        out = []
        for end_idx, i in self.discard_automaton.iter(low):  # type: ignore[attr-defined]
            entry = self.discard_entries[i]
            end = end_idx + 1
            start = end - len(" ".join(entry.phrase.lower().split()))
            if start > 0 and low[start - 1].isalnum():
                continue
            if end < n and low[end].isalnum():
                continue
            out.append((start, end, entry))
        return out


def _holder_on(terms: tuple[Term, ...], day: dt.date) -> tuple[Term, ...]:
    """The terms of a phrase with one office holder left: the one whose tenures listing the
    phrase hold ``day``, else the nearest (at a handover, the one taking office). The data
    check makes the tenures of different people that list one phrase never overlap."""
    holders = [t for t in terms if t.source == "holder"]
    if len({t.name for t in holders}) < 2:
        return terms
    best = min(
        holders,
        key=lambda t: min(
            (d.days_from(day), -(d.start or dt.date.min).toordinal()) for d in t.named
        ),
    )
    return tuple(t for t in terms if t.source != "holder" or t is best)


def _case_ok(term: Term, surface: str, after: str = "") -> bool:
    """Whether ``surface`` may be ``term``: an acronym as written ("ISIS", "NATO"), or one
    of four letters or more in the house style of papers that write acronyms spoken as
    words in title case ("Isis", "Nato", "Unicef"), unless a capitalised word follows (a
    name: "Rand Paul")."""
    if term.exact_case is not None:
        surface = " ".join(surface.split())
        exact = term.exact_case.replace("_", " ")
        if surface == exact:
            return True
        return (
            len(exact) >= 4
            and exact.isalpha()
            and surface == exact.title()
            and not after.lstrip()[:1].isupper()
        )
    if term.kind == "actor":
        # not a region's states, whose adjective may open lower-case ("eastern European
        # countries")
        if (
            term.source == "organization"
            and term.actor_kind != "state"
            and _common_word_first(surface)
        ):
            return False
        return any(c.isupper() for c in surface)
    return True


def _common_word_first(surface: str) -> bool:
    """Whether a name of several words opens with a lower-case word of four letters or
    more before a capitalised one: an ordinary word the text puts before a name, not the
    first word of an organisation's or a party's name ("liberal Democrats" are no
    Liberal Democrats, "conservative Republicans" no party named so); particles of names
    ("al Qaeda", "de la") are shorter."""
    words = surface.split()
    return (
        len(words) > 1
        and len(words[0]) >= 4
        and words[0].isalpha()
        and words[0].islower()
        and words[1][:1].isupper()
    )


# --------------------------------------------------------------------------- cache

_lexicons: dict[tuple[object, ...], Lexicon] = {}  # a cache of compiled data
_lock = threading.Lock()


def _stamp(paths: Iterable[Path]) -> tuple[tuple[str, float], ...]:
    out = []
    for p in paths:
        try:
            out.append((str(Path(p).resolve()), Path(p).stat().st_mtime))
        except OSError:
            out.append((str(p), -1.0))
    return tuple(out)


def lexicon_for(config: Config) -> Lexicon:
    """The lexicon for ``config`` (built-in data unless turned off, plus loaded dictionaries)."""
    global _ISO3
    if not _ISO3:
        _ISO3 = _iso3()
    key = (
        config.builtin_dictionaries,
        _stamp(config.actors),
        _stamp(config.agents),
        _stamp(config.discards),
    )
    with _lock:
        lex = _lexicons.get(key)
    if lex is not None:
        return lex
    started = time.perf_counter()
    terms: list[Term] = []
    for p in config.actors:
        terms.extend(_dict_actor_terms(read_actors(p)))
    for p in config.agents:
        terms.extend(_dict_agent_terms(read_agents(p)))
    if config.builtin_dictionaries:
        terms.extend(_builtin_terms())
    discards: list[DiscardEntry] = []
    for p in config.discards:
        discards.extend(read_discards(p))
    lex = Lexicon.build(terms, discards)
    log.info("actor lexicon: %d phrases in %.2fs", len(lex), time.perf_counter() - started)
    with _lock:
        _lexicons[key] = lex
    return lex
