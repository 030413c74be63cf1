"""From text to actor mentions: dictionary matches grouped into actor phrases.

A sentence becomes a sequence of *items*: actor terms (``Iraq``, ``Iraqi``, ``Tehran``,
``NATO``, ``Ahmadinejad``, TABARI actors), agent terms (``President``, ``officials``,
``~GOV``), person names (PERSON entities, or capitalised words after a title) and
unknown organisations (ORG entities). What lies between two items decides whether
they belong to one phrase:

- adjacent (``Iraqi Vice President Tariq al-Hashimi``, ``U.S.-Iranian``), possibly
  across determiners and adjectives (``Dagolath's first Deputy Prime Minister``);
- possessive (``Arnor's foreign minister``);
- coordination of actors before a shared role (``U.S. and Iranian officials``: two);
- ``of`` / ``from`` / ``in`` after a role (``the government of Iraq``,
  ``soldiers from Gondor``, ``lawmakers in Fornost and Gondor``).

A phrase yields one actor per actor term (or one person when it holds a name), coded
by TABARI's convention: prefix agents + actor code + suffix agents. A phrase with a
title and no name (``the Iranian president``) is a *definite description*, linked to
an earlier person by :mod:`geowire.actors.coref`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from ..dictionaries.speakers import noun_kind
from ..dictionaries.tabari import combine_codes
from ..document import Actor, span_index
from ..language import language
from . import data
from .lexicon import Lexicon, Match, Term, country_of_code
from .parse import Entity, ParseView, quote_regions

__all__ = [
    "ActorWords",
    "Proto",
    "find_mentions",
    "relation_code",
    "code_chunks",
    "sectors_of",
    "kind_of_code",
    "is_host",
    "is_topic",
    "read_as_place",
]

ItemKind = Literal["ACT", "AGT", "NAME", "ORG"]

_SKIP_POS = frozenset({"DET", "ADJ", "NUM"})
_ACTOR_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "poss", "agent", "dative", "appos", "attr", "iobj", "ROOT"}
)
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_NAME_WORD = re.compile(r"^[A-Z][\w'\u2019.-]*$")


@dataclass(frozen=True, slots=True)
class ActorWords:
    """The word lists actor phrases are read with, from the language's ``actors.tsv``
    (each field is the list of that name; the file says what each one is for)."""

    phrase_skip_words: frozenset[str]
    former_words: frozenset[str]
    phrase_conjunctions: frozenset[str]
    coordinators: frozenset[str]
    articles: frozenset[str]
    role_prepositions: frozenset[str]
    possessive_markers: frozenset[str]
    actor_locatives: frozenset[str]
    inside_locatives: frozenset[str]
    country_locatives: frozenset[str]
    actor_prepositions: frozenset[str]
    name_particles: frozenset[str]
    not_name_words: frozenset[str]
    destination_words: frozenset[str]
    arrival_verbs: frozenset[str]
    departure_words: frozenset[str]
    venue_words: frozenset[str]
    host_roles: frozenset[str]
    mission_nouns: frozenset[str]
    multinational_words: frozenset[str]
    region_words: frozenset[str]
    relative_roles: frozenset[str]
    residence_modifiers: frozenset[str]
    place_relatives: frozenset[str]
    origin_verbs: frozenset[str]
    country_topic_prepositions: frozenset[str]
    patient_prepositions: frozenset[str]
    harming_verbs: frozenset[str]
    goal_prepositions: frozenset[str]
    beneficiary_prepositions: frozenset[str]
    allegiance_verbs: frozenset[str]
    allegiance_adjectives: frozenset[str]
    backing_verbs: frozenset[str]
    country_topic_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    female_honorifics: frozenset[str]
    male_honorifics: frozenset[str]
    female_reflexives: frozenset[str]
    male_reflexives: frozenset[str]
    female_given_names: frozenset[str]
    male_given_names: frozenset[str]
    female_role_words: frozenset[str]
    male_role_words: frozenset[str]
    group_pronouns: frozenset[str]
    generic_heads: frozenset[str]
    plural_verbs: frozenset[str]
    thing_pronouns: frozenset[str]
    answering_verbs: frozenset[str]
    answered_nouns: frozenset[str]
    dummy_heads: frozenset[str]
    party_object_verbs: frozenset[str]
    honorifics: frozenset[str]
    coref_relatives: frozenset[str]
    definite_determiners: frozenset[str]
    indefinite_determiners: frozenset[str]
    deputy_titles: frozenset[str]
    deputy_words: frozenset[str]
    monarch_titles: frozenset[str]
    company_suffixes: frozenset[str]
    act_nouns: frozenset[str]
    held_place_nouns: frozenset[str]
    armed_unit_nouns: frozenset[str]
    force_unit_nouns: frozenset[str]
    currency_words: frozenset[str]
    sponsor_participles: frozenset[str]
    leader_participles: frozenset[str]
    stance_prefixes: frozenset[str]
    opposing_prefixes: frozenset[str]
    heritage_demonyms: frozenset[str]
    heritage_person_nouns: frozenset[str]
    opponent_relations: frozenset[str]
    adherent_relations: frozenset[str]
    peer_relations: frozenset[str]
    state_body_roles: frozenset[str]
    stance_roles: frozenset[str]
    stance_holder_prepositions: frozenset[str]
    stance_object_prepositions: frozenset[str]
    unofficial_title_words: frozenset[str]
    party_rule_nouns: frozenset[str]
    local_government_words: frozenset[str]
    local_body_nouns: frozenset[str]
    family_first_countries: frozenset[str]
    dateline_place_nouns: frozenset[str]
    seat_prepositions: frozenset[str]


@dataclass(slots=True)
class Item:
    start: int
    end: int
    kind: ItemKind
    term: Term | None = None
    former: bool = False


@dataclass(slots=True)
class Proto:
    """A mention of an actor, before mentions are grouped into actors."""

    start: int
    end: int
    code: str | None
    country: str | None
    kind: str
    name: str
    person: str | None = None  # the person's name, for identity and surnames
    title: str | None = None  # the role phrase ("vice president"), for descriptions
    definite: bool = False  # "the Iranian president": refers back when it can
    indefinite: bool = False  # "a former White House lawyer": someone new, never refers back
    head: tuple[int, int] = (0, 0)
    extra: list[tuple[int, int]] = field(default_factory=list)


def kind_of_code(code: str | None, fallback: str = "state") -> str:
    if not code:
        return fallback
    if code.startswith(("IGO", "NGO", "MNC")):
        return "organization"
    if code.startswith("IMG"):
        return "group"
    return "state" if len(code) == 3 else "group"


def code_chunks(code: str | None) -> tuple[str, ...]:
    """A CAMEO actor code cut in threes, in order, its country's and its roles' alike
    (``USAREBMIL`` -> USA, REB, MIL; ``RADREB`` -> RAD, REB); a short piece at the end is
    no code's and is left out. The analysis cuts codes in threes here only
    (:func:`sectors_of` keeps the role codes among the pieces; ``context.role_only``
    asks whether all are roles); ``store/``, which imports no analysis, keeps its own."""
    if not code:
        return ()
    return tuple(code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3))


def sectors_of(code: str | None) -> tuple[str, ...]:
    """Role codes in a CAMEO code: ``IRQGOV`` -> ``("GOV",)``; ``NGOARNGOV`` -> NGO, GOV."""
    if not code:
        return ()
    known = data.sectors()
    chunks = code_chunks(code)
    out = [c for i, c in enumerate(chunks) if c in known and not (i == 0 and c in ("IGO",))]
    if chunks and chunks[0] == "IGO":
        out.insert(0, "IGO")
    seen: list[str] = []
    for c in out:
        if c not in seen:
            seen.append(c)
    return tuple(seen)


# --------------------------------------------------------------------------- items


class _Intervals:
    """Character intervals, sorted, for finding those that overlap or hold a position
    in logarithmic time (a long document has thousands of matches and entities)."""

    def __init__(self, pairs: list[tuple[int, int]]) -> None:
        self.pairs = sorted(pairs)
        self.starts = [s for s, _e in self.pairs]
        self.longest = max((e - s for s, e in self.pairs), default=0)

    def overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        """The intervals (s, e) with s < b and a < e, in sorted order."""
        hi = bisect.bisect_left(self.starts, b)
        lo = bisect.bisect_left(self.starts, a - self.longest)
        return [(s, e) for s, e in self.pairs[lo:hi] if a < e]

    def holding(self, pos: int) -> bool:
        """Whether some interval has s <= pos < e."""
        return bool(self.overlapping(pos, pos + 1))


def _after_region_word(text: str, start: int, w: ActorWords) -> bool:
    """Whether a demonym follows a capitalised word that makes it a region's ("Latin
    American", "Central American": ``region_words``), not its country's."""
    words = text[max(0, start - 20) : start].rstrip(" -").split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() in w.region_words


def _items(
    text: str,
    view: ParseView,
    matches: list[Match],
    lex: Lexicon,
    org_lookup: object,
    w: ActorWords,
) -> list[Item]:
    items = [
        Item(m.start, m.end, "ACT" if m.term.kind == "actor" else "AGT", m.term) for m in matches
    ]
    covered = sorted((m.start, m.end) for m in matches)
    index = _Intervals(covered)

    def overlaps(a: int, b: int) -> list[tuple[int, int]]:
        return index.overlapping(a, b)

    # place names inside longer place entities ("New Mexico", "Mexico City") are not actors
    places = _Intervals(
        [(e.start, e.end) for e in view.entities if e.label in ("GPE", "LOC", "FAC", "PERSON")]
    )
    orgs = _Intervals([(e.start, e.end) for e in view.entities if e.label == "ORG"])
    # names of things named after a person ("the Harry Truman Library", "John F. Kennedy
    # International Airport", "Franklin D. Roosevelt Drive")
    named_after = _Intervals(
        [(e.start, e.end) for e in view.entities if e.label in ("ORG", "FAC", "GPE", "LOC")]
    )
    persons = {(e.start, e.end) for e in view.entities if e.label == "PERSON"}
    surnames = {
        text[e.start : e.end].split()[-1]
        for e in view.entities
        if e.label == "PERSON"
        and len(text[e.start : e.end].split()) > 1
        and not index.holding(e.start)  # "Bosnian Serbs" is no name
    }
    agent_starts = {it.start for it in items if it.kind == "AGT"}
    keep = []
    for it in items:
        t = it.term
        if it.kind == "ACT" and t is not None and t.source in ("country", "seat", "demonym"):
            if any(
                _inside_longer_name(text, covered, it, s, e)
                for s, e in places.overlapping(it.start, it.end)
            ):
                continue  # "New Mexico", "Mexico City", "Mark Cuban"
            if t.source == "country" and _in_other_place_name(text, it.start, it.end, t.country):
                continue  # "Western New England University", "Northern Ireland's police"
            if t.source == "seat" and any(
                _inside_longer_name(text, covered, it, s, e)
                for s, e in orgs.overlapping(it.start, it.end)
            ):
                continue  # "The Washington Post"
            if (
                t.source == "demonym"
                and ((it.start, it.end) in persons or text[it.start : it.end] in surnames)
                and not _demonym_of_role(text, it, agent_starts, w)
            ):
                it.kind, it.term = "NAME", None  # a surname that reads like a demonym
            if t.source == "demonym" and _after_region_word(text, it.start, w):
                continue  # "Latin American leaders", "Central American migrants
            if t.source in ("country", "demonym") and _before_currency(text, it.end, w):
                continue  # "942 million Canadian dollars", "US$801 million": money
            if t.source in ("country", "demonym") and any(
                _company_name(text, s, e, w) and (s, e) != (it.start, it.end)
                for s, e in orgs.overlapping(it.start, it.end)
            ):
                continue  # "Unicorp Canada Corp.": a word of a company's name
        if (
            it.kind == "ACT"
            and t is not None
            and t.source == "holder"
            and _another_persons_name(text, view, covered, it, t)
        ):
            continue  # "Bashar Jaafari" is not Ibrahim al-Jaafari: the name is the tagger's
        if (
            it.kind == "ACT"
            and t is not None
            and t.source == "holder"
            and any(
                _inside_longer_name(text, covered, it, it.start, e)
                and not _inside_longer_name(text, covered, it, s, it.end)
                for s, e in named_after.overlapping(it.start, it.end)
            )
        ):
            # "the Harry Truman Library": a thing named after the holder, whose name comes
            # first (not a dateline the tagger ran into the name: "CLEVELAND - Donald Trump")
            continue
        if (
            it.kind == "ACT"
            and t is not None
            and t.source == "holder"
            and _named_place_of(text, it.start, w)
        ):
            continue  # "the district of Masisi": a place's name, not the holder's
        if (
            it.kind == "ACT"
            and t is not None
            and t.source == "organization"
            and _surname_of_named_person(text, view, it)
        ):
            continue  # "Rep. Joseph Wagner ... Wagner said": the person, not the Wagner Group
        keep.append(it)
    items = keep
    covered = sorted((it.start, it.end) for it in items)
    index = _Intervals(covered)
    # a name the words around it make a place's is one wherever else the article names it
    # ("the town of Heglig" ... "the capture of Heglig"), unless it is elsewhere a party
    names = [
        (e, _trim_possessive(text, e))
        for e in view.entities
        if e.label in ("PERSON", "ORG") and not overlaps(e.start, e.end)
    ]
    place_names = {
        text[e.start : e.end]
        for _raw, e in names
        if read_as_place(text, e.start, e.end, w, surnames, e.label == "PERSON")
    } - {text[e.start : e.end] for raw, e in names if _named_as_party(text, raw, e)}
    for e in view.entities:
        if e.label in ("PERSON", "ORG"):
            e = _trim_possessive(text, e)
            if text[e.start : e.end] in place_names and not overlaps(e.start, e.end):
                continue  # a place's name: never a party
        if e.label == "PERSON":
            ov = overlaps(e.start, e.end)
            start = e.start
            if ov:
                # titles before the name are agent terms; any actor term inside: not a name
                if any(it.kind == "ACT" and it.start < e.end and e.start < it.end for it in items):
                    continue
                start = max(end for _s, end in ov)
                if any(s >= start for s, _e in ov):
                    continue
            span = text[start : e.end]
            lead = len(span) - len(span.lstrip(" -"))
            start += lead
            if start < e.end and text[start].isupper():
                items.append(Item(start, e.end, "NAME"))
        elif e.label == "ORG" and not overlaps(e.start, e.end):
            term = _fuzzy(text[e.start : e.end], org_lookup, "ORG") or _fuzzy(
                text[e.start : e.end], org_lookup, "GPE"
            )
            if term is None and _titled_given_name(text, e.start, e.end, w):
                items.append(Item(e.start, e.end, "NAME"))  # "host Sean Hannity"
                continue
            items.append(Item(e.start, e.end, "ACT" if term else "ORG", term))
        elif e.label == "GPE" and not overlaps(e.start, e.end):
            term = _fuzzy(text[e.start : e.end], org_lookup, "GPE")  # "Ethopia", "Quatar"
            if term is not None:
                items.append(Item(e.start, e.end, "ACT", term))
            elif _apposed_to_title(text, items, e.start, e.end):
                items.append(Item(e.start, e.end, "NAME"))  # a name the tagger took for a place
    items.sort(key=lambda it: (it.start, -it.end))
    # names after a title that the parser did not mark (or no parser at all)
    extra: list[Item] = []
    taken = {(it.start, it.end) for it in items}
    for k, it in enumerate(items):
        if it.kind != "AGT" or it.term is None or it.term.plural or it.term.role_kind != "person":
            continue
        nxt = items[k + 1].start if k + 1 < len(items) else len(text)
        name = _name_after(text, view, it.end, nxt, w)
        if name and name not in taken:
            extra.append(Item(name[0], name[1], "NAME"))
    if extra:
        items.extend(extra)
        items.sort(key=lambda it: (it.start, -it.end))
    # drop items nested in an earlier one (entity inside a longer match)
    out: list[Item] = []
    for it in items:
        if out and it.start < out[-1].end:
            continue
        out.append(it)
    return [
        it
        for k, it in enumerate(out)
        if it.term is None
        or not it.term.before_role
        or _role_follows(text, it, out[k + 1] if k + 1 < len(out) else None)
    ]


#: lower-case words at most two, between a party adjective and its role word
_TO_ROLE = re.compile(r"^\s+(?:[a-z][a-z-]*\s+){0,2}$")


def _before_currency(text: str, end: int, w: ActorWords) -> bool:
    """Whether a country's name or demonym names a currency: a currency word or a dollar
    sign right after it ("Canadian dollars", "U.S. dollars", "US$", "the Chinese yuan")."""
    rest = text[end : end + 20]
    if rest.startswith("$"):
        return True
    words = rest.split()
    return bool(words) and words[0].strip(".,;:)").lower() in w.currency_words


def _company_name(text: str, start: int, end: int, w: ActorWords) -> bool:
    """Whether an organisation's name ends in a company's legal suffix ("Unicorp Canada
    Corp.", "Air Canada Inc."; company_suffixes)."""
    words = text[start:end].split()
    return bool(words) and words[-1].lower().removesuffix("'s") in w.company_suffixes


def _role_follows(text: str, it: Item, nxt: Item | None) -> bool:
    """Whether a role word follows a party adjective after two lower-case words at most
    ("Republican senators", "Democratic presidential candidate"): only then does the
    adjective name the party ("a Democratic Republic", "republican values")."""
    return nxt is not None and nxt.kind == "AGT" and bool(_TO_ROLE.match(text[it.end : nxt.start]))


def _trim_possessive(text: str, e: Entity) -> Entity:
    tail = text[max(e.start, e.end - 2) : e.end]
    if tail in ("'s", "\u2019s") and e.end - e.start > 2:
        return Entity(e.start, e.end - 2, e.label)
    return e


def _demonym_of_role(text: str, it: Item, agent_starts: set[int], w: ActorWords) -> bool:
    """Whether a demonym the tagger took for a person's name is a demonym all the same: an
    article before it or a role word right after it ("the Ugandan government", "a Slovak
    official", "Kazakh authorities"); a name takes neither."""
    after = len(text) - len(text[it.end :].lstrip(" "))
    if after > it.end and after in agent_starts:
        return True
    words = text[max(0, it.start - 4) : it.start].split()
    return bool(words) and words[-1].lower() in w.articles


def _named_place_of(text: str, start: int, w: ActorWords) -> bool:
    """Whether the words at ``start`` are the "of" name after a noun of a place
    (``dateline_place_nouns``: "the district of Masisi", "the town of Kidal"): a place's
    name, which a holder of office may share, never the holder."""
    m = re.search(r"\b([A-Za-z]+)\s+of\s+$", text[max(0, start - 40) : start])
    return m is not None and m.group(1).lower() in w.dateline_place_nouns


def _named_as_party(text: str, raw: Entity, name: Entity) -> bool:
    """Whether a mention of a name tells a party, no place: a possessor ("Twitter's
    action", "Carrier's move"; ``raw`` is the entity before :func:`_trim_possessive`,
    ``name`` after). A subject tells nothing: a place may be one ("X is a major
    achievement")."""
    return raw.end != name.end or text.startswith(("'s", "\u2019s"), name.end)


def read_as_place(
    text: str, start: int, end: int, w: ActorWords, surnames: set[str], person: bool = True
) -> bool:
    """Whether a name the NER took for a person or an organisation, which no table codes
    and the places gazetteer does not know (a known one the places component reads, and
    the actor stands for its country), is a place's by the words around it: introduced
    as one (:func:`~geowire.places.resolve.named_as_place`: "the village of X", "the X
    region", "X-based"), or a one-word name right after a static locative
    (``strong_locatives``: "fighting in X") that the NER took for a person's (``person``;
    "in Congress" is a body) with no cue of a person: no listed given name, no possessive
    after it ("in Kerry's view"), not the surname of a person the article names in full.
    A place is never a party: the event takes the party its clause names otherwise, or
    none."""
    from ..places.gazetteer import load_gazetteer
    from ..places.resolve import PlaceWords, named_as_place

    pw = language().view(PlaceWords)
    name = text[start:end]
    words = name.split()
    first = words[0].lower() if words else ""
    if not first or first in w.male_given_names or first in w.female_given_names:
        return False
    if load_gazetteer().lookup(name):
        return False  # the places component reads it, and the actor stands for its country
    if named_as_place(text, start, end, pw):
        return True
    before = text[max(0, start - 12) : start]
    if not before.endswith(" ") or not before.split():
        return False
    if not person or before.split()[-1].lower() not in pw.strong_locatives or len(words) != 1:
        return False
    return not text.startswith(("'s", "\u2019s"), end) and name not in surnames


def _in_other_place_name(text: str, start: int, end: int, country: str | None) -> bool:
    """Whether a country's name at [start, end) ends the name of a place of another
    country with the capitalised word before it ("New England", "New Mexico", "Northern
    Ireland"), as the places gazetteer knows it: inside an organisation's name ("New
    England Patriots") no place entity tells it."""
    before = text[max(0, start - 30) : start]
    words = before.split()
    if not words or not before.endswith(" ") or not words[-1][:1].isupper():
        return False
    return other_country_place(f"{words[-1]} {text[start:end]}", country)


def other_country_place(name: str, country: str | None) -> bool:
    """Whether ``name`` is a place of another country than ``country`` in the places
    gazetteer ('New England' is no England, 'New Mexico' no Mexico)."""
    from ..places.gazetteer import load_gazetteer

    entries = load_gazetteer().lookup(name)
    return bool(entries) and entries[0].country not in (None, country)


def _inside_longer_name(
    text: str, covered: list[tuple[int, int]], it: Item, start: int, end: int
) -> bool:
    """Whether the match lies in a longer place name whose other words are not matched."""
    if not (start <= it.start and it.end <= end) or (start, end) == (it.start, it.end):
        return False
    rest = [(start, it.start), (it.end, end)]
    for a, b in rest:
        words = re.findall(r"[A-Za-z][\w-]*", text[a:b])
        for w in words:
            if w.lower() == "the" or not w[0].isupper():
                continue
            off = text.find(w, a, b)
            if not any(s <= off < e for s, e in covered):
                return True
    return False


def _apposed_to_title(text: str, items: list[Item], start: int, end: int) -> bool:
    """Whether the words at [start, end) are two or more capitalised words set off by
    commas right after a person's title ("his Greek counterpart, Giorgos Gerapetritis,"):
    a name, whatever the tagger took it for."""
    words = text[start:end].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if not re.match(r"\s*[,;.]", text[end : end + 2]) or not re.search(r",\s*$", text[:start]):
        return False
    before = text[:start].rstrip()[:-1].rstrip()
    return any(
        it.end == len(before)
        and it.kind == "AGT"
        and it.term is not None
        and it.term.role_kind == "person"
        and not it.term.plural
        for it in items
    )


def _surname_of_named_person(text: str, view: ParseView, it: Item) -> bool:
    """Whether a one-word organisation name is the surname of a person the article names
    in full ("Rep. Joseph F. Wagner", then "Wagner said"): a person's name the tagger found
    that ends with it."""
    surface = text[it.start : it.end]
    if " " in surface or not surface[:1].isupper() or surface.isupper():
        return False  # an acronym is no surname ("Al-Sharaa's HTS")
    return any(
        e.label == "PERSON"
        and len(words := text[e.start : e.end].split()) > 1
        and words[-1] == surface
        and not any(w.endswith(("'s", "\u2019s")) for w in words)
        for e in view.entities
    )


def _another_persons_name(
    text: str, view: ParseView, covered: list[tuple[int, int]], it: Item, t: Term
) -> bool:
    """Whether an office holder's name matched in part lies in another person's name: a
    given name right before it (a proper noun no other term covers) that is not one of the
    holder's own names ("Bashar Jaafari" against Ibrahim al-Jaafari)."""
    own = {w.lower() for w in re.findall(r"[\w'-]+", t.name)}
    surface = text[it.start : it.end]
    if (
        " " not in surface
        and t.name not in text
        and any(
            e.label == "PERSON"
            and (words := text[e.start : e.end].split())[-1] == surface
            and len(words) > 1
            and not any(w.lower() in own for w in words[:-1])
            for e in view.entities
        )
    ):
        return True  # the surname of another person the article names in full
    after = re.match(r"[ ]([A-Z][\w'-]*)", text[it.end : it.end + 40])
    if after is not None and " " not in surface and after.group(1).lower() not in own:
        # the given name of another person: a proper noun right after it, in one person's
        # name with it ("Sharon Ware" is not Ariel Sharon)
        at = it.end + after.start(1)
        if (
            not any(s <= at < e for s, e in covered)
            and bool(view.pos)
            and view.pos[view.token_at(at)] == "PROPN"
            and any(
                e.label == "PERSON" and e.start <= it.start and at < e.end for e in view.entities
            )
        ):
            return True
    m = re.search(r"([A-Z][\w'-]*)\s+$", text[max(0, it.start - 40) : it.start])
    if m is None:
        return False
    word = m.group(1)
    start = it.start - len(m.group(0))
    if word.lower() in own or any(s <= start < e for s, e in covered):
        return False
    i = view.token_at(start)
    return bool(view.pos) and view.pos[i] == "PROPN"


def _titled_given_name(text: str, start: int, end: int, w: ActorWords) -> bool:
    """Whether an ORG entity is a person's name the tagger ran into an organisation: two to
    four capitalised words opening with a listed given name (``male_given_names``,
    ``female_given_names``), right after a lower-case noun for a person that is no role
    word of the tables ("Fox News host Sean Hannity", "Clinton aide Huma Abedin")."""
    words = text[start:end].split()
    if not 2 <= len(words) <= 4 or not all(x[:1].isupper() for x in words):
        return False
    first = words[0].lower()
    if first not in w.male_given_names and first not in w.female_given_names:
        return False
    m = re.search(r"([a-z][a-z-]*) $", text[max(0, start - 30) : start])
    return m is not None and noun_kind(m.group(1)) == "person"


def _name_after(
    text: str, view: ParseView, start: int, limit: int, w: ActorWords
) -> tuple[int, int] | None:
    """Capitalised words right after a title: ``President Romendacil``."""
    pos = start
    end = None
    words = 0
    for m in re.finditer(r"\s*(\S+)", text[start:limit]):
        word = m.group(1).rstrip(",.;:")
        wstart = start + m.start(1)
        if wstart != pos and not text[pos:wstart].isspace():
            break
        if word.lower() in w.not_name_words:
            if end is None:
                return None
            break
        if _NAME_WORD.match(word) or (word.lower() in w.name_particles and end is not None):
            i = view.token_at(wstart)
            if view.pos and view.pos[i] and view.pos[i] not in ("PROPN", "NOUN", "ADJ", "X"):
                break
            end = wstart + len(word)
            pos = end
            words += 1
            if word != m.group(1) or words >= 4:
                break
        else:
            break
    return (
        (start + (len(text[start:limit]) - len(text[start:limit].lstrip())), end) if end else None
    )


#: the lookups last asked and the answers they gave, by (label, surface): the same
#: entities come again in an article and across articles, and each fuzzy search goes
#: through every known name
_fuzzy_memo: tuple[object, dict[tuple[str, str], Term | None]] = (None, {})


def _fuzzy(surface: str, lookups: object, label: str) -> Term | None:
    """A misspelt known name: an ORG entity close to an organisation
    (``Gulf Cooperation Counsel``), a GPE entity close to a country (``Ethopia``)."""
    if not lookups:
        return None
    global _fuzzy_memo
    memo = _fuzzy_memo
    if memo[0] is not lookups or len(memo[1]) > 100_000:
        memo = _fuzzy_memo = (lookups, {})
    key = (label, surface)
    if key not in memo[1]:
        memo[1][key] = _fuzzy_search(surface, lookups, label)
    return memo[1][key]


def _fuzzy_search(surface: str, lookups: object, label: str) -> Term | None:
    entry = lookups.get(label)  # type: ignore[attr-defined]
    if entry is None:
        return None
    from rapidfuzz import fuzz, process

    names, terms, cutoff, min_len = entry
    s = surface
    if s.lower().startswith("the "):
        s = s[4:]
    if len(s) < min_len:
        return None
    hit = process.extractOne(s.lower(), names, scorer=fuzz.ratio, score_cutoff=cutoff)
    return terms[hit[2]] if hit else None


# --------------------------------------------------------------------------- gaps

GapKind = Literal["adjacent", "poss", "conj", "of", "in", "break"]


def _gap(text: str, view: ParseView, a: int, b: int, w: ActorWords) -> tuple[GapKind, bool, bool]:
    """How the text between two items joins them: kind, a "former" word, a determiner."""
    g = text[a:b]
    if not g.strip() or g.strip() == "-":
        return "adjacent", False, False
    if len(g) > 60:
        return "break", False, False
    words = re.findall(r"'s|\u2019s|[\w.-]+|[^\w\s]", g)
    kind: GapKind = "adjacent"
    former = False
    det = False
    k = 0
    if words and words[0].lower() in w.possessive_markers:
        kind, k = "poss", 1
    elif words and words[0].lower() in w.phrase_conjunctions:
        kind, k = "conj", 1
        if k < len(words) and words[k].lower() in w.coordinators:
            k += 1
    elif words and words[0].lower() in w.role_prepositions:
        kind, k = ("in" if words[0].lower() in w.inside_locatives else "of"), 1
    described = False
    if kind == "adjacent" and len(words) > 1 and words[-1].lower() in w.possessive_markers:
        # "the Islamic State terror group's leaders": a description of the name, then 's
        kind, described, words = "poss", True, words[:-1]
    rest = words[k:]
    if len(rest) > 3:
        return "break", False, False
    for word in rest:
        lw = word.lower()
        if lw in w.former_words:
            former = True
            continue
        if lw in w.articles:
            det = True
            continue
        if lw in w.phrase_skip_words:
            continue
        if view.has_parse:
            off = a + g.find(word)
            i = view.token_at(off)
            if view.pos[i] in _SKIP_POS and view.lower[i] == lw and lw not in w.phrase_conjunctions:
                continue
            if (
                view.dep[i] in (("compound", "poss") if described else ("compound",))
                and view.pos[i] in ("NOUN", "PROPN")
                and word[:1].isalpha()
            ):
                continue  # "NATO peacekeeping troops", "Nicaragua's Sandinista government"
        return "break", False, False
    return kind, former, det


# --------------------------------------------------------------------------- phrases


@dataclass(slots=True)
class _Phrase:
    items: list[Item] = field(default_factory=list)
    acts: list[Item] = field(default_factory=list)
    agents: list[Item] = field(default_factory=list)
    name: Item | None = None
    name_act: Item | None = None
    org: Item | None = None
    tail: Item | None = None
    former: bool = False
    definite: bool = False
    indefinite: bool = False
    #: a possessive pronoun owns the phrase ("its troops"): a country after a preposition
    #: is where they are or come from ("its troops from Kuwait"), not whose they are
    owned: bool = False
    #: the country word of the phrase this one is coordinated with, when that phrase's
    #: country owns both roles ("Iran's president and foreign minister")
    shared: Item | None = None
    #: a company owns the phrase ("the company's president", "Magna Inc.'s chief
    #: financial officer"): its titles are the company's, BUS, not a state's offices
    corporate: bool = False

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end


def _person_like(t: Term) -> bool:
    return t.source in ("holder", "dict-actor") or t.actor_kind == "person"


def _extend(
    ph: _Phrase, it: Item, gap: GapKind, det: bool = False, hosts: frozenset[str] = frozenset()
) -> bool:
    """Add ``it`` to the phrase if the grammar allows; False to start a new phrase.
    ``hosts``: roles a country after "in" hosts ("the embassy in Kenya")."""
    if gap == "break" or ph.name is not None or ph.name_act is not None or ph.org is not None:
        return False
    if ph.tail is not None:
        return False
    if it.kind == "ACT":
        t = it.term
        assert t is not None
        if gap == "conj":
            if not ph.acts or det:
                return False
            if ph.agents and ph.agents[0].start > ph.acts[0].start:
                return False  # "Iraqi officials and ...": a new phrase
            if any(a.term is not None and a.term.source == "holder" for a in ph.acts):
                return False
            ph.acts.append(it)
            return True
        if gap in ("of", "in"):
            if ph.owned:
                return False
            host = ph.agents[-1].term if ph.agents else None
            if gap == "in" and host is not None and host.phrase in hosts:
                return False
            if ph.agents and not ph.acts and not ph.name and t.source != "holder":
                ph.acts.append(it)
                return True
            return False
        if (
            gap == "adjacent"
            and not ph.agents
            and len(ph.acts) == 1
            and ph.acts[0].term is not None
            and ph.acts[0].term.source == "demonym"
            and t.source == "demonym"
        ):
            ph.tail = it  # "Bosnian Serbs": the people of the first country
            return True
        if (
            gap in ("adjacent", "poss")
            and not ph.agents
            and len(ph.acts) == 1
            and ph.acts[0].term is not None
            and ph.acts[0].term.source in ("country", "demonym")
            and t.source in ("holder", "dict-actor")
            and t.kind == "actor"
        ):
            ph.name_act = it  # "Russian President Boris Yeltsin" as one dictionary phrase
            return True
        if gap == "adjacent" and ph.agents:
            last = ph.agents[-1].term
            assert last is not None
            if last.prefix and not ph.acts:
                ph.acts.append(it)
                return True
            if _person_like(t) and not last.plural and last.role_kind == "person":
                ph.name_act = it
                return True
        return False
    if it.kind == "AGT":
        t = it.term
        assert t is not None
        if gap == "adjacent":
            if ph.acts and any(a.term is not None and a.term.source == "holder" for a in ph.acts):
                return False
            ph.agents.append(it)
            return True
        if gap == "poss" and ph.acts and (not ph.agents or ph.items[-1].kind == "ACT"):
            ph.agents.append(it)  # "Arnor's foreign minister", "leaders of Romania's government"
            return True
        return False
    if it.kind == "ORG" and gap == "adjacent" and ph.agents and not ph.name:
        last = ph.agents[-1].term
        if last is not None and not last.plural and last.role_kind == "person":
            it.kind = "NAME"  # a name the parser took for an organisation
            ph.name = it
            return True
        return False
    if it.kind == "NAME":
        if any(a.term is not None and a.term.source == "holder" for a in ph.acts):
            return False  # "Trump critic Mark Cuban": a person does not modify a name
        if gap == "adjacent" and (ph.agents or ph.acts):
            if ph.agents and ph.agents[-1].term is not None and ph.agents[-1].term.plural:
                return False
            ph.name = it
            return True
        if gap == "poss" and ph.acts and not ph.agents:
            ph.name = it
            return True
        return False
    return False


def _comma_before_subject(text: str, view: ParseView, ph: _Phrase, it: Item) -> bool:
    """Whether a bare comma ends a phrase put before the clause, and ``it`` is that
    clause's subject ("Under pressure from officials in Beijing, Manila agreed": Manila
    acts, no official of it): the parser makes ``it`` a subject and the item before it
    the object of a preposition, not two conjuncts ("Britain, France and Germany")."""
    if not view.has_deps or text[ph.items[-1].end : it.start].strip() != ",":
        return False
    j = view.head_token(it.start, it.end)
    i = view.head_token(ph.items[-1].start, ph.items[-1].end)
    return view.dep[j] in ("nsubj", "nsubjpass") and view.dep[i] == "pobj"


def _new_phrase(it: Item, det: bool) -> _Phrase:
    ph = _Phrase(items=[it], definite=det)
    if it.kind == "ACT":
        ph.acts.append(it)
    elif it.kind == "AGT":
        ph.agents.append(it)
    elif it.kind == "NAME":
        ph.name = it
    else:
        ph.org = it
    return ph


def _phrases(
    text: str, view: ParseView, items: list[Item], lo: int, w: ActorWords
) -> list[_Phrase]:
    out: list[_Phrase] = []
    cur: _Phrase | None = None
    prev_end = lo
    for it in items:
        gap, former, det = _gap(text, view, prev_end, it.start, w)
        if gap == "conj" and cur is not None and _comma_before_subject(text, view, cur, it):
            gap = "break"
        if (
            gap == "adjacent"
            and (it.kind == "NAME" or (it.term is not None and _person_like(it.term)))
            and _sent_to(text, out, cur, w)
        ):
            gap = "break"  # "Ambassador to Kenya Kyle McCarter": the name is no Kenyan's
        if (
            cur is not None
            and not _named_conjunct(view, cur, it, gap)
            and not (it.kind == "AGT" and stance_word(text, cur.items[-1], w))
            and _extend(cur, it, gap, det, w.host_roles)
        ):
            cur.items.append(it)
            cur.former = cur.former or former
        else:
            shared = _shared_owner(cur, it, gap, det)
            corporate = (
                gap == "poss" and it.kind == "AGT" and cur is not None and _company(cur, text, w)
            )
            if gap == "conj" and cur is not None and _company_title(it) and not cur.acts:
                last = cur.agents[-1].term if cur.agents else None
                if last is not None and last.role_kind == "person":
                    # "Ada Obi, president and chief executive": one officer's titles, a
                    # company's
                    cur.corporate = True
            if cur is not None:
                out.append(cur)
            # a determiner or "former" right before the phrase
            before = text[max(lo, it.start - 12) : it.start].lower().split()
            det0 = bool(before) and before[-1] in ("the",)
            cur = _new_phrase(it, det0)
            cur.former = _former_before(
                text[max(lo, it.start - 40) : it.start].split(), w
            ) or _former_past_modifiers(view, lo, it.start, w)
            cur.indefinite = _indefinite_before(view, lo, it.start, w)
            cur.owned = _pronoun_owned(view, lo, it.start)
            cur.shared = shared
            cur.corporate = corporate
        prev_end = it.end
    if cur is not None:
        out.append(cur)
    return out


def _sent_to(text: str, done: list[_Phrase], cur: _Phrase | None, w: ActorWords) -> bool:
    """Whether ``cur`` is a country alone that a person's title before it is sent to or
    works on ("U.S. Ambassador to Kenya", "U.N. special envoy for Syria"): a name right
    after it is the title's holder, not a person of that country."""
    if cur is None or not done or cur.agents or len(cur.items) != 1 or len(cur.acts) != 1:
        return False
    t = cur.acts[0].term
    if t is None or t.source != "country":
        return False
    title = done[-1].items[-1]
    if title.kind != "AGT" or title.term is None or title.term.role_kind != "person":
        return False
    if title.term.plural or done[-1].name is not None or done[-1].name_act is not None:
        return False
    between = text[title.end : cur.start].lower().split()
    return len(between) == 1 and between[0] in w.country_topic_prepositions


def _sent_holders(text: str, protos: list[Proto], w: ActorWords) -> list[Proto]:
    """The person named right after a title and the country it is sent to or works on
    ("U.S. Ambassador to Kenya Kyle McCarter", "U.N. envoy for Syria Geir Pedersen") holds
    the title: the title's code, not the country's."""
    for i in range(2, len(protos)):
        titled, where, named = protos[i - 2], protos[i - 1], protos[i]
        if not (
            titled.kind == "person"
            and titled.title
            and titled.person is None
            and titled.code
            and where.kind == "state"
            and named.kind == "person"
            and named.person
            and not named.title
            and named.code in (None, where.code)
            and text[where.end : named.start] == " "
        ):
            continue
        between = text[titled.end : where.start].lower().split()
        if len(between) == 1 and between[0] in w.country_topic_prepositions:
            named.code, named.country, named.title = titled.code, titled.country, titled.title
    return protos


#: a stance prefix and its hyphen right before a word ("pro-", "anti- ")
_PREFIX = re.compile(r"(\w+)\s*-\s*$")


def stance_word(text: str, it: Item, w: ActorWords) -> bool:
    """Whether a country's word follows a prefix of stance ("pro-Russian separatists",
    "anti-American protesters"): the party the role is for or against, not the role's
    country."""
    t = it.term
    if it.kind != "ACT" or t is None or t.source not in ("country", "seat", "demonym"):
        return False
    return prefixed(text, it.start, w)


def prefixed(text: str, start: int, w: ActorWords) -> bool:
    """Whether the word at ``start`` follows a prefix of stance and its hyphen."""
    m = _PREFIX.search(text[max(0, start - 8) : start])
    return m is not None and m.group(1).lower() in w.stance_prefixes


def _heritage(text: str, items: list[Item], w: ActorWords) -> list[Item]:
    """Items without an origin's demonym joined to a nationality of immigration that names
    people ('Cuban-Americans', 'Mexican-American voters': Americans, not Cubans or Mexicans;
    ``heritage_demonyms``); 'Iranian-American talks' keeps both countries."""
    drop: set[int] = set()
    for i in range(len(items) - 1):
        it, nxt = items[i], items[i + 1]
        if it.kind != "ACT" or nxt.kind != "ACT" or it.term is None or nxt.term is None:
            continue
        if it.term.source != "demonym" or text[it.end : nxt.start] not in ("-", " "):
            continue
        word = text[nxt.start : nxt.end].lower()
        if word not in w.heritage_demonyms or it.term.country == nxt.term.country:
            continue
        after = items[i + 2] if i + 2 < len(items) else None
        people = (
            word.endswith("s")
            or (
                after is not None
                and after.kind == "AGT"
                and not text[nxt.end : after.start].strip()
            )
            or _person_noun_after(text, nxt.end, w)
        )
        if people:
            drop.add(i)
    return [it for i, it in enumerate(items) if i not in drop]


def _opposed_roles(text: str, items: list[Item], w: ActorWords) -> list[Item]:
    """Items without a role's word that follows a prefix of opposition and modifies the
    role right after it ("anti-government protesters": ``opposing_prefixes``): that role is
    what the group is against, never its own (protesters, not government protesters). A
    role that is the prefix's whole phrase stays ("anti-riot police" are police). Armed
    forces against the government are rebels, CAMEO's REB ("anti-government forces")."""
    drop: set[int] = set()
    out = list(items)
    for i in range(len(items) - 1):
        it, nxt = items[i], items[i + 1]
        if it.kind != "AGT" or nxt.kind != "AGT" or text[it.end : nxt.start] != " ":
            continue
        m = _PREFIX.search(text[max(0, it.start - 8) : it.start])
        if m is None or m.group(1).lower() not in w.opposing_prefixes:
            continue
        drop.add(i)
        if it.term is not None and nxt.term is not None and (
            it.term.agent_code == "GOV" and nxt.term.agent_code == "MIL"
        ):
            out[i + 1] = replace(nxt, term=replace(nxt.term, agent_code="REB"))
    return [it for i, it in enumerate(out) if i not in drop] if drop else items


def _topic_compounds(text: str, items: list[Item], w: ActorWords) -> list[Item]:
    """Items without a country's name compounded right before a role that is a topic noun
    ("the U.N.'s Syria envoy", "U.S. Iran envoy X"): the country is what the envoy is sent
    to (``is_topic``, ``country_topic_nouns``), not whose the envoy is; the role is left to
    the party before it, or to the article. A demonym stays ("a Syrian envoy" is Syrian),
    and so does a possessive ("Syria's envoy"), and so does a name written in initials
    ("U.S. envoy X", "a UK envoy"): English uses it as the demonym ("the U.S. envoy" is
    the American envoy), so it tells whose the envoy is (``_initialism``); not after an
    organisation's or another country's name right before it ("U.N. DRC envoy X", "AU
    CAR envoy": the body's envoy, sent to the country)."""
    drop: set[int] = set()
    for i in range(len(items) - 1):
        it, nxt = items[i], items[i + 1]
        if it.kind != "ACT" or nxt.kind != "AGT" or it.term is None:
            continue
        if it.term.source != "country" or text[it.end : nxt.start] != " ":
            continue
        owner_before = i > 0 and (
            items[i - 1].kind in ("ACT", "ORG") and text[items[i - 1].end : it.start] == " "
        )
        if _initialism(text[it.start : it.end]) and not owner_before:
            continue
        if text[nxt.start : nxt.end].lower() not in w.country_topic_nouns:
            continue
        if is_topic(text, it.start, it.end, w, name=True):
            drop.add(i)
    return [it for i, it in enumerate(items) if i not in drop] if drop else items


def _initialism(surface: str) -> bool:
    """Whether a country's name is written in initials ("U.S.", "UK", "UAE"): two or more
    capital letters, with or without full stops, and nothing else."""
    letters = surface.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _person_noun_after(text: str, end: int, w: ActorWords) -> bool:
    """Whether one of the two lower-case words right after ``end`` is a noun of a
    person's occupation the role tables do not code ("Cuban-American political
    scientist": ``heritage_person_nouns``)."""
    words = text[end : end + 40].split()[:2]
    for word in words:
        if not word[:1].islower():
            return False
        if word.strip(",.;:") in w.heritage_person_nouns:
            return True
        if word[-1:] in ",.;:":
            return False
    return False


def _named_conjunct(view: ParseView, ph: _Phrase, it: Item, gap: GapKind) -> bool:
    """Whether an actor coordinated after the phrase's actors is a phrase of its own
    because an actor before it is named by itself: only a country's word (a country, its
    seat, its demonym: "U.S. and Iranian officials", "Washington and Tehran officials")
    modifies the role noun the conjuncts share; an organisation or agency is an actor
    itself ("the FBI and American firms", "the EU and Turkish officials": the EU, not EU
    officials; "FBI firms" would glue the agency's role to the firms')."""
    if gap != "conj" or it.kind != "ACT" or not ph.acts or ph.agents:
        return False  # (a role before them is shared: "lawmakers in Arnor and Osgiliath")
    return not all(_country_word(view, a) for a in ph.acts)


def _country_word(view: ParseView, it: Item) -> bool:
    """Whether an actor term is a country's word that may modify a role noun: a country,
    a seat, a demonym, or a dictionary actor coded as a bare country (three letters, no
    role: "Gondorian") or read as an adjective."""
    t = it.term
    if t is None:
        return False
    if t.source in ("country", "seat", "demonym"):
        return True
    if t.source != "dict-actor":
        return False
    code = t.default or ""
    if len(code) == 3 and code.isalpha() and code not in data.sectors():
        return True  # a dictionary's country ("ARNOR [ARN]"), known to ISO or not
    return view.has_parse and view.pos[view.head_token(it.start, it.end)] == "ADJ"


def _company(ph: _Phrase, text: str, w: ActorWords) -> bool:
    """Whether the phrase names a company: an organisation name with a company's legal
    suffix ("Magna International Inc.", company_suffixes), or a company role alone ("the
    company", "the bank": its one role BUS)."""
    if ph.org is not None:
        words = text[ph.org.start : ph.org.end].split()
        return bool(words) and words[-1].lower() in w.company_suffixes
    if ph.acts or ph.name is not None or ph.name_act is not None or len(ph.agents) != 1:
        return False
    t = ph.agents[0].term
    return t is not None and t.agent_code == "BUS" and t.role_kind == "organization"


def _company_title(it: Item) -> bool:
    """A company officer's title ("chief executive", "CEO": a person role coded BUS)."""
    t = it.term
    return it.kind == "AGT" and t is not None and t.agent_code == "BUS" and t.role_kind == "person"


def _shared_owner(cur: _Phrase | None, it: Item, gap: GapKind, det: bool) -> Item | None:
    """The country word a bare role coordinated after a country's role shares: "Iran's
    president and foreign minister", "the Iraqi president and prime minister" (the
    foreign minister is Iran's). A role with its own article, name or country starts
    afresh ("Iran's president and the prime minister of Iraq")."""
    if cur is None or gap != "conj" or det or it.kind != "AGT":
        return None
    if cur.name is not None or cur.name_act is not None or cur.org is not None:
        return None
    if not cur.acts or not cur.agents or cur.acts[-1].start > cur.agents[0].start:
        return None
    owner = cur.acts[-1]
    if owner.term is None or owner.term.source not in ("country", "seat", "demonym"):
        return None
    return owner


def _pronoun_owned(view: ParseView, lo: int, start: int) -> bool:
    """Whether a possessive pronoun stands right before the phrase at ``start`` ("its
    troops", "their forces")."""
    if not view.has_deps:
        return False
    i = bisect.bisect_left(view.starts, start) - 1
    return i >= 0 and view.starts[i] >= lo and view.dep[i] == "poss" and view.pos[i] == "PRON"


#: parts of speech that may stand between a determiner and its phrase ("a former senior")
_MODIFIER_TAGS = frozenset({"ADJ", "ADV", "NUM", ""})


def _indefinite_before(view: ParseView, lo: int, start: int, w: ActorWords) -> bool:
    """Whether an indefinite determiner introduces the phrase at ``start``: "a"/"an",
    "another", "one", past "former" and up to three lower-case modifiers ("a former White
    House lawyer", "another senior official"), or "one of (the)" ("one of the aides")."""
    i = bisect.bisect_left(view.starts, start) - 1
    skipped = 0
    while i >= 0 and view.starts[i] >= lo:
        low = view.lower[i]
        if low in w.indefinite_determiners:
            return True
        if low in w.definite_determiners or low == "of":
            j = i - 1 if low == "of" else i - 2
            return (
                j >= 0
                and view.starts[j] >= lo
                and view.lower[j] in w.indefinite_determiners
                and (low == "of" or view.lower[j + 1] == "of")
            )
        if skipped == 3 or not (
            low in w.former_words or (low.isalpha() and view.pos[i] in _MODIFIER_TAGS)
        ):
            return False
        skipped += 1
        i -= 1
    return False


def _former_before(words: list[str], w: ActorWords) -> bool:
    """'former' right before a phrase, or before a place in capitals that no item holds
    ('former Maryland Gov. Ada Obi', 'Former New York Rep.')."""
    for x in reversed(words[-3:]):
        if x.lower() in w.former_words:
            return True
        if not x[:1].isupper():
            return False
    return False


def _former_past_modifiers(view: ParseView, lo: int, start: int, w: ActorWords) -> bool:
    """'former' before up to two lower-case adjectives and the phrase ('Former top European
    Union official', 'a former senior Pentagon official'): the adjectives grade the office,
    the holder has left it all the same."""
    if not view.has_parse:
        return False
    i = bisect.bisect_left(view.starts, start) - 1
    skipped = 0
    while i >= 0 and view.starts[i] >= lo and skipped <= 2:
        low = view.lower[i]
        if low in w.former_words:
            return skipped > 0
        word = view.text[view.starts[i] : view.ends[i]]
        if not (word.islower() and word.isalpha() and view.pos[i] == "ADJ"):
            return False
        skipped += 1
        i -= 1
    return False


# --------------------------------------------------------------------------- syntax tests


def _role_ok(
    view: ParseView,
    start: int,
    end: int,
    preps: frozenset[str],
    strict: bool,
    locative: frozenset[str],
) -> bool:
    """Whether the span acts: not a location after ``in``/``at`` (and, when ``strict``,
    a subject, object, possessor or object of an actor preposition)."""
    if not view.has_deps:
        return True
    i = view.head_token(start, end)
    seen = 0
    while view.dep[i] in ("conj", "appos") and view.head[i] != i and seen < 5:
        i = view.head[i]
        seen += 1
    dep = view.dep[i]
    if dep == "pobj":
        prep = view.lower[view.head[i]]
        if prep in locative:
            return False
        return prep in preps if strict else True
    if not strict:
        return True
    if dep in _ACTOR_DEPS:
        return True
    if dep in ("compound", "nmod", "amod"):
        return False
    return False


def _modified_head(view: ParseView, start: int, end: int, w: ActorWords) -> int | None:
    """The end of the noun a demonym modifies when that noun acts: ``Egyptian warships``
    (subject or object, not a location), else None."""
    if not view.has_deps:
        return None
    i = view.head_token(start, end)
    seen = 0
    while view.dep[i] == "conj" and view.head[i] < i and seen < 4:
        i = view.head[i]
        seen += 1
    if view.dep[i] not in ("amod", "compound", "nmod"):
        return None
    h = view.head[i]
    if h <= i or view.pos[h] not in ("NOUN", "PROPN") or h - i > 4:
        return None
    if view.tag[h] not in ("NNS", "NNPS"):
        return None  # people and things in the plural act ("warships"), "violence" does not
    if view.text[max(0, start - 1) : start] == "-" or view.text[end : end + 1] == "-":
        return None  # "U.S.-Iranian talks"
    if view.dep[h] in ("amod", "compound", "nmod", "poss", "npadvmod"):
        return None
    if not _role_ok(
        view, view.starts[h], view.ends[h], w.actor_prepositions, False, w.actor_locatives
    ):
        return None
    return view.ends[h]


def _nominal(view: ParseView, start: int, end: int) -> bool:
    if not view.has_parse:
        return True
    i = view.head_token(start, end)
    return view.pos[i] in _NOMINAL and view.dep[i] not in ("amod", "compound")


# --------------------------------------------------------------------------- protos


def _codes_of(t: Term, day: dt.date | None) -> list[str | None]:
    code = t.code_on(day)
    if code is None and t.source == "holder" and t.dated:
        code = _nearest(t, day) if day is not None else _undated(t)
    if code and "/" in code:
        return [c for c in code.split("/") if c]
    return [code]


#: code prefixes of bodies of members or staff rather than of a state's people (an
#: international organisation, a non-governmental one): their former officials do not act
#: for them (CAMEO codes a person by the body they act for)
_SERVED_BODIES = ("IGO", "NGO")


def _titled_code(base: str | None, agents: list[tuple[str, bool]], t: Term | None) -> str | None:
    """A code and the roles its title words add (TABARI's convention); an office holder
    whose code has a role of its own keeps it: 'Senate Majority Leader Mitch McConnell' is
    a legislator (LEG), not LEG glued to the title's GOV."""
    fixed, agents = _fixed_country(agents)
    base = base or fixed
    country = country_of_code(base) if base else None
    own = base[len(country) :] if base and country else ""
    if t is not None and t.source == "holder" and own and own != "ELI":
        return base  # (an elite out of office takes the title's role: 'ousted president')
    # (a group's own code, 'PSEREBHMS', keeps its leaders' GOV: only a bare role counts)
    roles = {code for code, prefix in agents if not prefix} | ({own} if len(own) == 3 else set())
    if "GOV" in roles and roles - {"GOV", "ELI"}:
        # an office of a body with a role of its own is that role: 'CNN president' (MED),
        # 'Senate minority leader' (LEG), 'FBI official' (COP), 'army spokesman' (MIL)
        agents = [(code, prefix) for code, prefix in agents if prefix or code != "GOV"]
        if own == "GOV" and country:
            # a place standing for its government ('Tehran') gives a resident, a trader or
            # a university of it its country, not its GOV: 'a resident of Tehran' (CVL)
            base = country
    if "PTY" in roles and roles & _TRADE_BODY_ROLES:
        # a party's trade (a pollster, a strategist: PTY) practised for a body with a role
        # of its own is that body's: 'Gallup pollster' (BUS), 'Quinnipiac University
        # pollster' (EDU), 'CNN pollster' (MED), not PTY glued to it
        agents = [(code, prefix) for code, prefix in agents if prefix or code != "PTY"]
    return combine_codes(base, agents) if (base or agents) else None


#: roles of bodies that employ the trades a party's campaign also hires (polling,
#: strategy) for ends of their own: companies, schools, the press, charities
_TRADE_BODY_ROLES = frozenset({"BUS", "EDU", "MED", "NGO"})


def _party_rule(base: str | None, act: Item, ph: _Phrase, text: str, w: ActorWords) -> str | None:
    """Whether a party's name modifies a noun of a state's ruling body after it ("Zambia's
    UPND government", "the ANC government", ``party_rule_nouns``): a party in power names
    the government it forms, so the phrase is the country's GOV, not the party's PTY:
    that country, else None."""
    if not base or not ph.agents or ph.agents[-1].start < act.end:
        return None
    country = country_of_code(base)
    if not country or "PTY" not in sectors_of(base[len(country) :]):
        return None
    noun = text[ph.agents[-1].start : ph.agents[-1].end].lower()
    return country if noun in w.party_rule_nouns else None


def _fixed_country(agents: list[tuple[str, bool]]) -> tuple[str | None, list[tuple[str, bool]]]:
    """The country a role of one state carries in its code ("pope": VAT, "administration
    official": USAGOV), and the agents with that country taken off their codes: a phrase
    naming its own state keeps it ("a Marcos administration official")."""
    fixed = next((country_of_code(c) for c, _p in agents if country_of_code(c)), None)
    if fixed is None:
        return None, agents
    return fixed, [(c[3:] if country_of_code(c) else c, p) for c, p in agents if c != fixed]


def _named_before(view: ParseView, start: int) -> bool:
    """Whether a proper name modifies the phrase at ``start`` from right before it."""
    i = view.token_at(start - 1) if start > 0 else -1
    return i >= 0 and view.ends[i] <= start and view.pos[i] == "PROPN" and view.dep[i] == "compound"


def _nearest(t: Term, day: dt.date) -> str | None:
    """An office holder outside every term: the country before it, an elite (ELI) after.
    When the nearest term was at an international or non-governmental body (a NATO
    secretary general, a UN high commissioner) and the holder also held a state's office,
    that nearest state term gives the code: before or after the body's term they do not
    act for it (CAMEO codes a person by the body they act for, as "former EU commissioner
    Ada Obi" reads), but for their state (a former NATO chief who was Denmark's prime
    minister: DNKELI). One with no state term keeps the body's code: their country is
    not known here, and the article's may be only where they act (a former UN chief
    mediating in Kenya is no Kenyan)."""
    d = min(t.dated, key=lambda d: d.days_from(day))
    if (d.code or "").startswith(_SERVED_BODIES):
        national = [x for x in t.dated if country_of_code(x.code)]
        if national:
            d = min(national, key=lambda d: d.days_from(day))
    country = country_of_code(d.code)
    if country is None:
        return d.code
    return country + "ELI" if d.end is not None and day > d.end else country


def _undated(t: Term) -> str | None:
    """An office holder in an article without a date: the code all their tenures share,
    else the country they all share (a president, then a prime minister: the country),
    else none (a minister, then an IGO's head)."""
    codes = {d.code for d in t.dated}
    if len(codes) == 1:
        return codes.pop()
    countries = {country_of_code(c) for c in codes}
    return countries.pop() if len(countries) == 1 else None


def _is_igo_term(t: Term, day: dt.date | None) -> bool:
    return (t.code_on(day) or "").startswith("IGO")


#: what may stand between a state and its delegate's role phrase ("Iran's U.N. ...")
_DELEGATE_GAP = re.compile(
    r"^\s*(?:'s|\u2019s|'|\u2019)?\s*"
    r"(?:deputy|acting|permanent|chief|top|senior|former|new)?\s*$",
    re.I,
)


def _delegates(text: str, phrases: list[_Phrase], day: dt.date | None) -> list[_Phrase]:
    """A state's delegate to an organisation is the state's: "Iran's U.N. ambassador",
    "French Deputy U.N. Ambassador Anne Martel", "China's U.N. mission" join the state
    to the role phrase the organisation only modifies (the organisation is dropped)."""
    out: list[_Phrase] = []
    for ph in phrases:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.acts
            and not prev.agents
            and prev.name is None
            and ph.acts
            and ph.agents
            and ph.acts[0].start < ph.agents[0].start
            and all(a.term is not None and base_len3(a.term, day) for a in prev.acts)
            and all(a.term is not None and _is_igo_term(a.term, day) for a in ph.acts)
            and _DELEGATE_GAP.match(text[prev.end : ph.start])
        ):
            merged = _Phrase(
                items=[*prev.items, *[it for it in ph.items if it not in ph.acts]],
                acts=list(prev.acts),
                agents=list(ph.agents),
                name=ph.name,
                name_act=ph.name_act,
                org=ph.org,
                tail=ph.tail,
                former=prev.former or ph.former,
                definite=prev.definite,
            )
            out[-1] = merged
            continue
        out.append(ph)
    return out


def base_len3(t: Term, day: dt.date | None) -> bool:
    """Whether a dictionary actor is coded as a bare country (``SYR``), so a place."""
    code = t.code_on(day)
    return bool(code) and len(code or "") == 3 and country_of_code(code) is not None


def _agents(ph: _Phrase) -> list[tuple[str, bool]]:
    if ph.former and any(a.term is not None and not a.term.prefix for a in ph.agents):
        pre = [(a.term.agent_code, True) for a in ph.agents if a.term and a.term.prefix]
        return [*pre, ("ELI", False)]
    return [(a.term.agent_code, a.term.prefix) for a in ph.agents if a.term]


def _role_kind(ph: _Phrase) -> str:
    last = ph.agents[-1].term if ph.agents else None
    if last is None:
        return "group"
    return last.role_kind


def _country(t: Term | None, code: str | None) -> str | None:
    if t is not None and t.country:
        return t.country
    return country_of_code(code)


def _modifies_outside(view: ParseView, ph: _Phrase, w: ActorWords) -> bool:
    """Whether the phrase's last role word only modifies a noun after the phrase
    (``U.S. National Intelligence Estimate``), not a noun of an act it does (``a police
    raid``, ``the army offensive``: ``act_nouns``), whose doer it names, nor one of a
    place or gun it holds (``rebel positions``: :func:`_holder_of_place`)."""
    if not view.has_deps or not ph.agents or ph.name or ph.name_act:
        return False
    last = ph.agents[-1]
    if last.end < ph.end or (last.term is not None and last.term.loaded):
        return False  # loaded TABARI agents code the whole noun phrase, as PETRARCH does
    i = view.head_token(last.start, last.end)
    h = view.head[i]
    return (
        view.dep[i] in ("compound", "amod")
        and h > i
        and view.starts[h] >= ph.end
        and (
            bool(ph.name)
            or not (
                _doer_of_act(view, last, w.act_nouns)
                or _holder_of_place(view, last, w)
                or _armed_unit(view, last, w)
            )
        )
    )


def _names_stance(view: ParseView, role: Item, w: ActorWords) -> bool:
    """Whether a role word that also names a stance (``stance_roles``: "opposition") names
    the stance here: a "from" phrase right after it tells who holds it ("opposition from
    Beijing"), or a "to"/"against" phrase what it is against when the word has an owner
    ("Beijing's opposition to the plan") or is no clause's subject ("despite opposition to
    the deal"; "the opposition to the regime marched" is the group)."""
    if not view.has_deps:
        return False
    i = view.head_token(role.start, role.end)
    if view.lower[i] not in w.stance_roles or i + 1 >= len(view.lower):
        return False
    nxt = view.lower[i + 1]
    if view.head[i + 1] != i or view.dep[i + 1] != "prep":
        return False
    if nxt in w.stance_holder_prepositions:
        return True
    if nxt not in w.stance_object_prepositions:
        return False
    owned = any(view.head[k] == i and view.dep[k] == "poss" for k in range(max(0, i - 4), i))
    return owned or view.dep[i] not in ("nsubj", "nsubjpass")


#: CAMEO's armed and coercive sectors: a role of these before the noun of an act is its
#: doer ("a police raid", "a rebel attack"); an institution's is where or what the act
#: strikes ("the embassy bombings", "a parliament attack")
_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "INS", "SPY", "UAF", "CRM", "SEP"})


#: sectors whose role word before a held place names its holder ("rebel positions",
#: "government artillery", "opposition strongholds"): the armed sides, and the government
#: and opposition they fight for
_HOLDER_SECTORS = _ARMED_SECTORS | {"GOV", "OPP"}


def _holder_of_place(view: ParseView, role: Item, w: ActorWords) -> bool:
    """Whether a role word of an armed side, a government or an opposition modifies a
    noun of a place, post or gun a side holds (``held_place_nouns``), right after it or
    heading the compound right after it (``rebel positions``, ``government artillery
    batteries``): the role names the holder, the party a force on that place strikes."""
    i = _role_modifier(view, role, _HOLDER_SECTORS)
    if i is None:
        return False
    h = view.head[i]
    if h == i + 1:
        return view.lower[h] in w.held_place_nouns
    # "government artillery batteries": the held noun a compound of the noun both modify
    return (
        h == i + 2
        and view.lower[i + 1] in w.held_place_nouns
        and view.dep[i + 1] == "compound"
        and view.head[i + 1] == h
    )


def _armed_unit(view: ParseView, role: Item, w: ActorWords) -> bool:
    """Whether a role word of an armed side, a government or an opposition modifies a
    noun of an armed unit right after it (``armed_unit_nouns``: "an elite government
    brigade", "a rebel battalion"; ``force_unit_nouns`` only after an armed role: "an
    army unit"): the role names the unit's side, an armed actor (its code takes MIL when
    the role is no armed one)."""
    i = _role_modifier(view, role, _HOLDER_SECTORS)
    if i is None or view.head[i] != i + 1:
        return False
    h = i + 1
    if view.lower[h] in w.armed_unit_nouns:
        return True
    # "an army unit", not "the government unit that handles pensions"
    assert role.term is not None
    return view.lower[h] in w.force_unit_nouns and role.term.agent_code in _ARMED_SECTORS


def _doer_of_act(view: ParseView, role: Item, act_nouns: frozenset[str]) -> bool:
    """Whether a role word of an armed sector modifies the noun of an act right after it,
    whose doer it names (``a police raid``, ``the army offensive``)."""
    i = _role_modifier(view, role, _ARMED_SECTORS)
    return i is not None and view.head[i] == i + 1 and view.lower[i + 1] in act_nouns


def _role_modifier(view: ParseView, role: Item, sectors: frozenset[str]) -> int | None:
    """The token of a role word of ``sectors`` that modifies a noun (as a compound or an
    adjective: "rebel positions", "a police raid"), which :func:`_doer_of_act`,
    :func:`_holder_of_place` and :func:`_armed_unit` read; None for any other role."""
    if not view.has_deps or role.term is None or role.term.agent_code not in sectors:
        return None
    i = view.head_token(role.start, role.end)
    return i if view.dep[i] in ("compound", "amod") else None


def _protos(
    text: str, view: ParseView, ph: _Phrase, day: dt.date | None, w: ActorWords
) -> list[Proto]:
    if _modifies_outside(view, ph, w) or (ph.agents and _names_stance(view, ph.agents[-1], w)):
        if not ph.acts:
            return []
        ph.agents = []
        ph.items = [it for it in ph.items if it.kind != "AGT"]
    agents = _agents(ph)
    if ph.corporate and agents:
        agents = [("BUS", False)]  # "the company's president": a company's officer
    full = data.title_abbreviations()
    words = [text[a.start : a.end].lower() for a in ph.agents]
    title = " ".join(full.get(x, x) for x in words) or None
    out: list[Proto] = []
    if ph.org is not None:
        return [
            Proto(
                ph.start,
                ph.end,
                None,
                None,
                "organization",
                text[ph.start : ph.end],
                head=(ph.org.start, ph.org.end),
            )
        ]
    if ph.name is not None or ph.name_act is not None:
        base_term = ph.acts[0].term if ph.acts else None
        base = _codes_of(base_term, day)[0] if base_term else None
        nt = ph.name_act.term if ph.name_act is not None else None
        if nt is not None:
            own = _codes_of(nt, day)[0]
            here = _country(base_term, base) if base_term is not None else None
            if base is None or (own and here and country_of_code(own) == here):
                base, base_term = own or base, nt if own else base_term
        code = _titled_code(base, agents, base_term)
        if ph.former and code and code.startswith(_SERVED_BODIES):
            # "former EU commissioner Ada Obi": one who has left an international body no
            # longer acts for it; her own country is for the article to tell
            code = None
        if nt is not None and nt.source == "holder":
            name = nt.name
        else:
            item = ph.name or ph.name_act
            assert item is not None
            name = text[item.start : item.end]
        head_item = ph.name or ph.name_act
        assert head_item is not None
        return [
            Proto(
                ph.start,
                ph.end,
                code or None,
                _country(base_term, code),
                "person",
                name,
                person=name,
                title=title,
                head=(head_item.start, head_item.end),
            )
        ]
    if ph.acts:
        for k, act in enumerate(ph.acts):
            t = act.term
            assert t is not None
            head_end = act.end
            if not agents:
                if ph.tail is not None:
                    head_end = ph.tail.end
                elif t.source == "demonym" and not _nominal(view, act.start, act.end):
                    h = _modified_head(view, act.start, act.end, w)
                    if h is None:
                        continue
                    head_end = h
                if t.source == "seat" and not _role_ok(
                    view, act.start, act.end, w.actor_prepositions, True, w.actor_locatives
                ):
                    continue
                if t.source == "country" and not _role_ok(
                    view, act.start, act.end, w.actor_prepositions, False, w.country_locatives
                ):
                    continue  # "in Syria": a place ("lashed out at Syria": a target)
                if (
                    t.source == "dict-actor"
                    and base_len3(t, day)
                    and not _role_ok(
                        view, act.start, act.end, w.actor_prepositions, False, w.inside_locatives
                    )
                ):
                    continue  # a dictionary country after "in" is a place ("at" may be a target)
            for base in _codes_of(t, day):
                code = _titled_code(base, agents, t)
                ruled = _party_rule(base, act, ph, text, w)
                if ruled is not None:
                    code = ruled + "GOV"
                if ph.agents and ph.agents[0].start < ph.acts[0].start:
                    # the role comes first: "the government of Iraq", "soldiers from Gondor"
                    kind = _role_kind(ph)
                    name = text[ph.start : ph.acts[0].start] + text[act.start : act.end]
                    if len(ph.acts) == 1:
                        name = text[ph.start : ph.end]
                    start = ph.start
                elif ph.agents:
                    kind = _role_kind(ph)
                    name = (
                        text[act.start : ph.end]
                        if k == len(ph.acts) - 1
                        else f"{text[act.start : act.end]} {text[ph.agents[0].start : ph.end]}"
                    )
                    start = act.start
                else:
                    if t.source == "holder":
                        kind = "person"
                    elif t.source == "demonym":
                        kind = "group"
                        name = text[act.start : head_end]
                    elif t.actor_kind in ("state", "organization", "group", "person"):
                        kind = t.actor_kind
                    else:
                        kind = kind_of_code(base)
                    if t.source != "demonym":
                        name = (
                            t.name
                            if t.source in ("country", "organization", "holder")
                            else (text[act.start : act.end])
                        )
                    start = act.start
                end = ph.end if agents else head_end
                out.append(
                    Proto(
                        start,
                        end,
                        code or None,
                        _country(t, code),
                        kind,
                        name,
                        person=name if kind == "person" and not agents else None,
                        title=title if kind == "person" else None,
                        definite=kind == "person" and bool(agents) and ph.definite,
                        indefinite=kind == "person" and ph.indefinite,
                        head=(act.start, act.end),
                    )
                )
        return out
    # agents only: "officials", "the president", "the government"
    last = ph.agents[-1]
    unit = _armed_unit(view, last, w)
    if (
        not _nominal(view, last.start, last.end)
        and not _doer_of_act(view, last, w.act_nouns)
        and not _holder_of_place(view, last, w)
        and not unit
    ):
        return []
    fixed, agents = _fixed_country(agents)
    if unit and not any(c in _ARMED_SECTORS for c, _x in agents):
        agents = [*agents, ("MIL", False)]  # "a government brigade": the state's army
    if fixed is not None and _named_before(view, ph.start):
        fixed = None  # "a Marcos administration official": of the state the name leads
    if fixed is None and ph.shared is not None and ph.shared.term is not None:
        t = ph.shared.term
        fixed = _country(t, _codes_of(t, day)[0])
    code = combine_codes(fixed, agents) or None
    kind = _role_kind(ph)
    return [
        Proto(
            ph.start,
            ph.end,
            code,
            fixed,
            kind,
            text[ph.start : ph.end],
            title=title if kind == "person" else None,
            definite=kind == "person" and not ph.indefinite,
            indefinite=kind == "person" and ph.indefinite,
            head=(last.start, last.end),
        )
    ]


def find_mentions(
    text: str,
    view: ParseView,
    lex: Lexicon,
    sentences: tuple[tuple[int, int], ...],
    day: dt.date | None,
    *,
    blocked: list[tuple[int, int]] = (),  # type: ignore[assignment]
    org_lookup: object = None,
    infer_country: bool = True,
    words: ActorWords | None = None,
    norm: str | None = None,
) -> list[Proto]:
    """Every actor mention in ``text``, in order (``words``: English's when not given;
    ``norm``: the text as lexicon.normalize_text folds it, when the caller has it)."""
    w = words or language().view(ActorWords)
    matches = [
        m
        for m in lex.match(text, norm, day=day)
        if not any(s < m.end and m.start < e for s, e in blocked)
    ]
    matches = _initialled_holders(text, view, lex, matches, day)
    items_all = _opposed_roles(
        text,
        _topic_compounds(
            text, _heritage(text, _items(text, view, matches, lex, org_lookup, w), w), w
        ),
        w,
    )
    out: list[Proto] = []
    spans = sentences or ((0, len(text)),)
    quoted = quote_regions(text) if infer_country else []
    k = 0
    for s_start, s_end in spans:
        sent_items = []
        while k < len(items_all) and items_all[k].start < s_end:
            if items_all[k].start >= s_start:
                sent_items.append(items_all[k])
            k += 1
        protos: list[Proto] = []
        for ph in _delegates(text, _phrases(text, view, sent_items, s_start, w), day):
            protos.extend(_protos(text, view, ph, day, w))
        protos = _described_names(text, _one_persons_titles(text, protos, w))
        if infer_country:
            _infer_country(text, sent_items, protos, w, view, quoted)
        out.extend(protos)
    return _trade_at_body(
        text, _for_campaigns(text, _appositions(text, _sent_holders(text, out, w), w, view))
    )


def _described_names(text: str, protos: list[Proto]) -> list[Proto]:
    """A description of a group right before a group's dictionary name ("the rights group
    Amnesty International", "the British aid group Oxfam") or set off after it by a comma
    ("Human Rights Watch, a rights group based in New York") only describes the named
    group: one mention, the name's code. Without this the role of the description (HRI,
    NGO, OPP) took the country of its sentence and stood for the group as a second actor,
    the one the event took ("The rights group Amnesty International accused Myanmar's
    army": MMRHRI). A description is a bare role (no name; no country, or only the one a
    demonym gives it) of an organisation or group whose last word is a noun that refers
    back to a group (``descriptions.tsv``: group, movement, faction, organization ...); the
    name is an organisation or group with a dictionary code of its own, not a person nor a
    state."""
    nouns = data.descriptions()

    def description(p: Proto) -> bool:
        words = p.name.lower().split()
        return (
            p.kind in ("organization", "group")
            and p.person is None
            and (
                p.code is None
                or _role_only_code(p.code)
                # "the British aid group": a state's demonym and the role
                or (p.country is not None and _role_only_code(p.code.removeprefix(p.country)))
            )
            and bool(words)
            and nouns.get(words[-1]) in ("group", "organization")
        )

    def named(p: Proto) -> bool:
        return (
            p.kind in ("organization", "group")
            and p.code is not None
            and not _role_only_code(p.code)
            and len(p.code) > 3
        )

    out: list[Proto] = []
    for p in protos:
        if out:
            q = out[-1]
            between = text[q.end : p.start].strip()
            if description(q) and named(p) and between in ("", ","):
                # "the rights group Amnesty International": the name, over both spans
                out[-1] = replace(p, start=q.start)
                continue
            if (
                named(q)
                and description(p)
                and re.fullmatch(r",\s*(?:a|an|the)?", text[q.end : p.start].strip())
            ):
                continue  # "Human Rights Watch, a rights group ...": the name alone
        out.append(p)
    return out


#: code prefixes of an international body's or a company's people: a role they hold is no
#: state's office
_NON_STATE_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def _one_persons_titles(text: str, protos: list[Proto], w: ActorWords) -> list[Proto]:
    """Two titles joined by "and" before one name are that person's ("Former South African
    president and Zimbabwe crisis mediator Thabo Mbeki", "Former Nigerian president and
    ECOWAS mediator X"): a title with no name of its own, a state's ("of a country"), no
    article before it, then "and" and a titled name. The state's office gives the code,
    not the ad hoc role after it (a mediator's or an international body's: a code with no
    role of a state). Two state offices ("Egypt's president and Israeli Prime Minister
    X") stay two persons, as does a title with an article or a possessive before it ("the
    president and AU mediator X", "Libya's prime minister and U.N. envoy X" may be two),
    and so do a state's office and the title of an armed group, a party or the opposition
    or an international body ("Ethiopian prime minister and TPLF leader X": rivals or
    counterparts, ``_rival_titles``). The code is the state office's, but a former one
    gives way to a current party title of its country ("Former Israeli defense minister
    and opposition leader X": OPP) and a military office to a civil one ("army chief and
    Sovereign Council head X": GOV; ``_merged_code``)."""
    out: list[Proto] = []
    for p in protos:
        office = _office_before(text, out, p, w)
        if office is not None:
            while out and out[-1] is not office:
                out.pop()  # the body the ad hoc role is of ("ECOWAS mediator X")
            out[-1] = Proto(
                office.start,
                p.end,
                _merged_code(office.code, p.code, office.country, p.country),
                office.country,
                "person",
                p.name,
                person=p.person,
                title=office.title,
                head=p.head,
            )
            continue
        out.append(p)
    return out


def _office_before(text: str, done: list[Proto], p: Proto, w: ActorWords) -> Proto | None:
    """The state office title before "and" that the titled name ``p`` also holds (see
    ``_one_persons_titles``): right before ``p``'s title, or before a body named in it
    whose ad hoc role of lower-case words comes before the name ("and ECOWAS mediator
    X")."""
    if p.kind != "person" or p.person is None or not done:
        return None
    prev, start = done[-1], p.start
    if p.start >= p.head[0] and prev.kind in ("organization", "state") and len(done) > 1:
        between = text[prev.end : p.start].split()
        if not 1 <= len(between) <= 2 or not all(x.isalpha() and x.islower() for x in between):
            return None
        prev, start = done[-2], prev.start
    elif p.start >= p.head[0]:
        return None  # a bare name: no title of its own
    if (
        prev.kind != "person"
        or prev.person is not None
        or prev.title is None
        or prev.indefinite
        or prev.country is None
        or prev.code is None
        or len(prev.code) <= 3
        or text[prev.end : start] != " and "
        or _determined(text, prev.start, w)
        or _possessed(text, prev, w)
        or _rival_titles(prev.code, p.code)
    ):
        return None
    if (
        p.code is not None
        and len(p.code) > 3
        and not p.code.startswith(_NON_STATE_PREFIXES)
        and p.country != prev.country
    ):
        return None  # another state's office: two persons
    return prev


#: role codes of a country's parties outside its state: armed groups, parties, opposition
_PARTY_TITLES = frozenset({"REB", "INS", "SEP", "OPP", "PTY"})


def _possessed(text: str, prev: Proto, w: ActorWords) -> bool:
    """Whether the title ``prev`` is told by a possessive ("Libya's prime minister"), which
    makes it a definite description like an article does: one person of its own."""
    inside = text[prev.start : prev.end].split()
    return any(
        any(word.endswith(m) for m in w.possessive_markers if m[-1:] == "s") for word in inside
    ) or (prev.start > 0 and text[prev.start - 1] in "'\u2019")


def _rival_titles(first: str | None, second: str | None) -> bool:
    """Whether one title is a state's current office and the other an armed group's, a
    party's, the opposition's or an international body's ("prime minister and TPLF leader",
    "president and U.N. envoy"): two persons, who meet or fight, not one."""
    a, b = set(sectors_of(first)), set(sectors_of(second))

    def outside(code: str | None, sectors: set[str]) -> bool:
        return bool(sectors & _PARTY_TITLES) or (code or "").startswith("IGO")

    return bool(
        (a & _STATE_ROLES and outside(second, b)) or (b & _STATE_ROLES and outside(first, a))
    )


def _merged_code(
    office: str | None, other: str | None, country: str | None, other_country: str | None
) -> str | None:
    """The code of one person with two titles, the state ``office`` (of ``country``)
    first: that office's, but a current party title of the same country (or of none: a
    bare "opposition leader") after a former office ("Former Israeli defense minister and
    opposition leader X": ISROPP, not ISRELI), and a civil office over a military one
    ("army chief and Sovereign Council head X": GOV)."""
    a, b = set(sectors_of(office)), set(sectors_of(other))
    if other is None or country is None or other_country not in (None, country):
        return office
    if other_country is None:
        if not _role_only_code(other):
            return office
        other = country + other
    if "ELI" in a and b & _PARTY_TITLES:
        return other
    if "MIL" in a and "GOV" in b and "GOV" not in a:
        return other
    return office


def _role_only_code(code: str) -> bool:
    """Whether ``code`` is made of role codes only ("OPP", "PTYGOV"), no country's."""
    known = data.sectors()
    return len(code) % 3 == 0 and all(c in known for c in code_chunks(code))


def _determined(text: str, start: int, w: ActorWords) -> bool:
    """Whether an article comes right before ``start`` ("the president", "a minister")."""
    before = text[max(0, start - 6) : start].lower().split()
    return bool(before) and before[-1] in w.articles


#: a middle initial inside a name ("John F. Kerry", "Lyndon B. Johnson")
_INITIAL = re.compile(r"(?<=\w) [A-Z]\.(?= [A-Z])")


def _initialled_holders(
    text: str, view: ParseView, lex: Lexicon, matches: list[Match], day: dt.date | None
) -> list[Match]:
    """A person's name written with a middle initial names the office holder the table
    lists without it ("John F. Kerry" is "John Kerry"): the match of the name read
    without its initials covers the whole name."""
    extra: list[Match] = []
    for e in view.entities:
        if e.label != "PERSON":
            continue
        name = text[e.start : e.end]
        bare = _INITIAL.sub("", name)
        if bare == name:
            continue
        found = lex.match(bare, day=day)
        if (
            len(found) == 1
            and (found[0].start, found[0].end) == (0, len(bare))
            and found[0].term.source == "holder"
        ):
            extra.append(Match(e.start, e.end, found[0].terms))
    if not extra:
        return matches
    kept = [m for m in matches if not any(x.start < m.end and m.start < x.end for x in extra)]
    return sorted(kept + extra, key=lambda m: m.start)


_STATE_ROLES = frozenset({"GOV", "MIL", "JUD", "LEG", "COP", "SPY"})


def _infer_country(
    text: str,
    items: list[Item],
    protos: list[Proto],
    w: ActorWords,
    view: ParseView | None = None,
    quoted: Sequence[tuple[int, int]] = (),
) -> None:
    """A titled official with no country in a sentence that names exactly one country
    (not as a destination, nor whom the official acts on): that country
    (``Vice-President Moody Awori ... Kenya``). A country named inside quotation marks
    the official is outside of is what is said, not where the speaker is from
    (``"Russia will pay," Senator Ana Ruiz said``)."""
    todo = [
        p
        for p in protos
        if p.kind == "person" and p.person and p.country is None and p.code in _STATE_ROLES
    ]
    if not todo:
        return
    officials = (
        [view.token_at(p.end - 1) for p in todo]
        if view is not None and view.has_parse and view.has_deps
        else []
    )
    # a force's officials ('Army spokesman X'): what they report is fighting, whose
    # countries are of either side, not theirs
    armed = [k for p, k in zip(todo, officials, strict=False) if p.code == "MIL"]
    found: set[str] = set()
    for it in items:
        t = it.term
        if it.kind != "ACT" or t is None or t.source not in ("country", "seat", "demonym"):
            continue
        before = text[max(0, it.start - 12) : it.start].lower().split()
        if before and before[-1] in w.destination_words:
            continue
        if _patient(text, it.start, w):
            continue  # "a strategy toward the United States": whom it acts on
        if view is not None and acted_on_by(view, view.token_at(it.end - 1), officials, w):
            continue  # "Governor Ruiz vowed to block Syrian refugees": whom they act on
        if view is not None and reported_by(view, view.token_at(it.end - 1), officials, w):
            continue  # "Senator Ruiz said he favored tariffs on China": what they report
        if view is not None and in_report(view, view.token_at(it.end - 1), armed):
            continue  # "Army spokesman X said Russian forces fired": a battle's two sides
        if is_topic(text, it.start, it.end, w, name=t.source == "country"):
            continue
        held = span_index(quoted, it.start)
        if held >= 0 and not any(quoted[held][0] <= p.start < quoted[held][1] for p in todo):
            continue  # said, not the speaker's: words in quotation marks
        if t.country:
            found.add(t.country)
    if len(found) != 1:
        return
    country = found.pop()
    for p in todo:
        p.country = country
        p.code = country + (p.code or "")


#: dependencies inside a noun phrase, climbed to reach the phrase's head
_IN_PHRASE = frozenset({"compound", "amod", "det", "flat", "nmod", "appos", "conj", "poss", "case"})
#: dependencies of a clause with no subject of its own, whose subject is its governor's
_SUBJECTLESS = frozenset({"xcomp", "conj", "pcomp", "advcl", "prep", "acl"})


def acted_on_by(view: ParseView, k: int, officials: list[int], w: ActorWords) -> bool:
    """Whether the country at token ``k`` is in the object of what one of the
    ``officials`` (token indices) does: the object of a verb the official is the subject
    of, also through a verb or gerund with no subject of its own ("President Ruiz vowed to
    block Syrian refugees", "criticized Ruiz's strategy of containing Iran", "Ruiz and his
    minister condemned Chile's decision"), or of the official's own act ("Ruiz's plan to
    isolate Chile"). Whom one acts on tells not whose one is."""
    if not officials:
        return False
    n = len(view.dep)
    # the heads of the officials' phrases and how those attach
    owners: set[tuple[str, int]] = set()
    for j in officials:
        for _ in range(8):
            if view.dep[j] not in _IN_PHRASE - {"poss"} or view.head[j] == j:
                break
            j = view.head[j]
        owners.add((view.dep[j], view.head[j]))
    subjects = {h for d, h in owners if d in ("nsubj", "nsubjpass")}
    possessed = {h for d, h in owners if d == "poss"}
    # the head of the country's phrase, which must be an object
    for _ in range(8):
        if view.dep[k] not in _IN_PHRASE - {"conj", "appos"} or view.head[k] == k:
            break
        k = view.head[k]
    dep, v = view.dep[k], view.head[k]
    if dep == "pobj" and view.lower[v] in w.patient_prepositions:
        v = view.head[v]
    elif dep not in ("dobj", "dative", "obj"):
        return False
    for _ in range(10):
        if v in subjects or v in possessed:
            return True
        if any(
            view.head[c] == v and view.dep[c] in ("nsubj", "nsubjpass")
            for c in range(max(0, v - 40), min(n, v + 40))
        ):
            return False  # a clause with a subject of its own, not an official's
        if view.head[v] == v or view.dep[v] not in (*_SUBJECTLESS, "dobj", "pobj"):
            return False
        v = view.head[v]
    return False


def reported_by(view: ParseView, k: int, officials: list[int], w: ActorWords) -> bool:
    """Whether the country at token ``k`` is one acted on inside the clause that a verb
    one of the ``officials`` (token indices) is the subject of reports, an object there
    ("Representative Ruiz has said that he favored imposing tariffs on China"): whom
    one's words act on tells not whose one is. A country the report makes a subject or a
    possessor, or a place where something happens, may be the official's own ("Minister
    Ruiz said Kenya had recorded ten cases", "said it was Kenya's first case", "said the
    ban on sales in Nepal was needed")."""
    if not officials or not view.has_deps:
        return False
    j = k
    for _ in range(8):
        if view.dep[j] not in _IN_PHRASE - {"conj", "appos"} or view.head[j] == j:
            break
        j = view.head[j]
    if view.dep[j] not in ("dobj", "pobj", "dative", "obj"):
        return False
    if view.dep[j] == "pobj" and view.lower[view.head[j]] in w.actor_locatives:
        return False  # where it happens ("the ban on sales in Nepal"), no party acted on
    subjects = _verbs_of_officials(view, officials)
    for _ in range(16):
        if view.head[k] == k:
            return False
        if view.dep[k] == "ccomp" and view.head[k] in subjects:
            return True
        k = view.head[k]
    return False


def _verbs_of_officials(view: ParseView, officials: list[int]) -> set[int]:
    """The verbs whose subject phrase holds one of the ``officials`` (token indices)."""
    verbs: set[int] = set()
    for j in officials:
        for _ in range(8):
            if view.dep[j] not in _IN_PHRASE - {"poss"} or view.head[j] == j:
                break
            j = view.head[j]
        if view.dep[j] == "nsubj":
            verbs.add(view.head[j])
    return verbs


def in_report(view: ParseView, k: int, officials: list[int]) -> bool:
    """Whether token ``k`` is inside a clause that a verb one of the ``officials`` (token
    indices) is the subject of reports, anywhere in it ('X said [Russian forces fired]'),
    also through a verb joined to that verb with no subject of its own ('X said ..., but
    insisted [that ...]')."""
    if not officials or not view.has_deps:
        return False
    verbs = _verbs_of_officials(view, officials)
    n = len(view.dep)
    for v in list(verbs):
        for c in range(v + 1, min(n, v + 60)):
            # 'said ..., but insisted': a joined verb with no subject of its own
            if (
                view.dep[c] == "conj"
                and view.head[c] in verbs
                and not any(
                    view.head[g] == c and view.dep[g] in ("nsubj", "nsubjpass")
                    for g in range(max(0, c - 40), min(n, c + 40))
                )
            ):
                verbs.add(c)
    for _ in range(16):
        if view.head[k] == k:
            return False
        if view.dep[k] == "ccomp" and view.head[k] in verbs:
            return True
        k = view.head[k]
    return False


def _patient(text: str, start: int, w: ActorWords) -> bool:
    """Whether the actor at ``start`` is the object of a patient preposition (``against
    Israel``, ``toward the United States``): the party acted on, not whose anyone is."""
    before = text[max(0, start - 24) : start].lower().split()
    if before and before[-1] in w.articles:
        before = before[:-1]
    return bool(before) and before[-1] in w.patient_prepositions


def is_topic(text: str, start: int, end: int, w: ActorWords, *, name: bool) -> bool:
    """Whether the country at [start, end) is what someone works on or is sent to, not
    whose they are: the object of a topic preposition (``an expert on Syria``, ``the
    ambassador to Iran``) or a compound before a topic noun (``a Russia analyst``), when
    it is the country's ``name``: a demonym modifies a noun (``a Syrian adviser`` is
    Syrian; ``a center for American women`` is American).
    ``Iran's adviser``, ``Iran-born`` and ``an adviser to the Iranian government`` are
    not topics, nor is ``for Britain's Labour party``: a possessive country is not the
    preposition's object. Where someone arrived (``arrived in the United States``,
    ``arrival_verbs``) is not whose they are either."""
    if not name or text[end : end + 2].lower() in w.possessive_markers:
        return False
    if text[end : end + 1] in w.possessive_markers:
        return False
    before = text[max(0, start - 12) : start].lower().split()
    if before and before[-1] in w.country_topic_prepositions:
        return True
    # "arrived in the United States", "landed in Kenya": where someone came, not whose
    near = [x for x in text[max(0, start - 30) : start].lower().split() if x not in w.articles]
    if len(near) >= 2 and near[-1] in w.inside_locatives and near[-2] in w.arrival_verbs:
        return True
    after = text[end : end + 20].lower().split()
    return (
        text[end : end + 1] == " "
        and bool(after)
        and after[0].strip(",.;:") in w.country_topic_nouns
    )


def is_host(text: str, start: int, w: ActorWords) -> bool:
    """Whether the country at ``start`` hosts a state's mission named right before it
    (``the embassy in Kenya``, ``ambassadors in Peru``, ``the consul general in Lagos``):
    not whose the mission is."""
    before = text[max(0, start - 30) : start].lower().split()
    return (
        len(before) >= 2
        and before[-1] in w.inside_locatives
        and (before[-2] in w.host_roles or " ".join(before[-3:-1]) in w.host_roles)
    )


def _apposed(text: str, lo: int, hi: int, w: ActorWords, view: ParseView | None = None) -> int:
    """Whether the text between a name and a title (``text[lo:hi]``) sets them off as one:
    1 for a comma, then an article and "former" at most (``, a former``); 2 when, by the
    parse, a comma, an article, "former" and up to two lower-case nouns or adjectives that
    modify the title's noun stand between (``, a customs officer``, ``, a local party
    official``: words the role table does not hold as part of the title, so that the
    title may only describe the person: "Ben Carson, the only doctor on stage"); else 0."""
    words = text[lo:hi].lower().split()
    if not words or words[0] != ",":
        return 0
    rest = words[1:]
    if rest and rest[0] in w.articles:
        rest = rest[1:]
    if len(rest) <= 1 and all(x in w.former_words for x in rest):
        return 1
    if view is None or not view.has_deps or words[1] not in w.articles:
        return 0
    i = bisect.bisect_left(view.starts, lo)
    j = bisect.bisect_left(view.starts, hi)
    toks = list(range(i, j))
    if len(toks) < 3 or view.lower[toks[0]] != "," or view.lower[toks[1]] not in w.articles:
        return 0
    mods = [k for k in toks[2:] if view.lower[k] not in w.former_words]
    if any(view.lower[k] in w.unofficial_title_words for k in mods):
        return 0  # "the shadow justice secretary": no office of the state
    return 2 * (
        0 < len(mods) <= 2
        and all(
            text[view.starts[k] : view.ends[k]].isalpha()
            and text[view.starts[k]].islower()
            and view.pos[k] in ("NOUN", "ADJ")
            and view.dep[k] in ("compound", "amod")
            and view.head[k] >= j
            for k in mods
        )
    )


#: a candidate's campaign named right after a person's title: "for the Clinton campaign",
#: "to Rand Paul's campaign", "on the Sanders presidential campaign" (a name in capitals
#: before the noun, so no "anti-smoking campaign" nor "vaccination campaign"; the capitals,
#: group 1, must name a person: :func:`_for_campaigns`)
_FOR_CAMPAIGN = re.compile(
    r"\s+(?:for|to|on|with)\s+(?:the\s+)?((?:[A-Z][\w.'\u2019-]*\s+){1,3})"
    r"(?:(?:presidential|reelection|re-election)\s+)?campaign\b"
)


def _for_campaigns(text: str, protos: list[Proto]) -> list[Proto]:
    """A person titled with a state's generic office (GOV) who holds the title for a
    candidate's campaign ("Ada Obi, a spokesman for the Clinton campaign", "an adviser to
    Rand Paul's campaign") is the campaign's: a party's (PTY), not the state's. The
    capitals before "campaign" must be a person's mention, the candidate (or a name no
    table codes, which the tagger may take for a body: "the Sanders campaign"): a state's
    or a coded body's campaign ("the Saudi-led campaign in Yemen", "the Israeli campaign
    in Gaza", "the State Department campaign against ISIS") is a war or a programme, and
    its spokesman keeps the state's office."""
    out = []
    for p in protos:
        m = _FOR_CAMPAIGN.match(text, p.end)
        if (
            m is not None
            and p.kind == "person"
            and p.title
            and p.code is not None
            and p.code.endswith("GOV")
            and any(
                (q.kind == "person" or (q.code is None and q.kind != "state"))
                and m.start(1) <= q.start
                and q.end <= m.end(1)
                for q in protos
            )
        ):
            p = replace(p, code=p.code[:-3] + "PTY")
        out.append(p)
    return out


#: a title's phrase that names the body its holder works at: "a strategist at Goldman Sachs"
_AT_BODY = re.compile(r"\s+(?:at|with|for)\s+(?:the\s+)?$", re.IGNORECASE)


def _trade_at_body(text: str, protos: list[Proto]) -> list[Proto]:
    """A person titled with a party's trade (a pollster, a strategist: PTY) right before
    "at", "with" or "for" and a body with a role of its own (a company, a school, the
    press, a charity: ``_TRADE_BODY_ROLES``) practises it for that body, as the title
    before the body's name does ("Gallup pollster", ``_titled_code``): "Ada Obi, a
    strategist at Goldman Sachs" is USABUS, "a pollster at Quinnipiac University" USAEDU,
    not PTY."""
    out = list(protos)
    for k, (p, q) in enumerate(zip(protos, protos[1:], strict=False)):
        if (
            p.kind == "person"
            and p.title
            and "PTY" in sectors_of(p.code)
            and q.kind != "person"
            and q.code is not None
            and set(sectors_of(q.code)) & _TRADE_BODY_ROLES
            and _AT_BODY.fullmatch(" " + text[p.end : q.start]) is not None
        ):
            out[k] = replace(p, code=q.code, country=q.country)
    return out


#: what joins a person's name to a title they own: a possessive, or a bare space (a name
#: compounded before the title, "a Cruz spokesman")
_OWNER_GAP = re.compile(r"(?:['\u2019]s?)? ")


def _owner_titled(text: str, named: Proto, owner: Proto, titled: Proto, w: ActorWords) -> bool:
    """Whether ``titled``, a person's title with no name of its own, is held by ``named``
    for ``owner``, a person named between them: a name, a comma and an article at most,
    then the owner's name as possessor or modifier of the title ("John Doe, Clinton's
    campaign manager", "Ada Obi, a Cruz spokeswoman"). The title is the named person's
    (no code of their own yet), not the owner's, who is another person."""
    return (
        named.kind == "person"
        and named.person is not None
        and not named.title
        and (named.code is None or len(named.code) <= 3)
        and owner.kind == "person"
        and owner.person is not None
        and not owner.title
        and titled.kind == "person"
        and titled.person is None
        and bool(titled.title)
        and _OWNER_GAP.fullmatch(text, owner.end, titled.start) is not None
        and _apposed(text, named.end, owner.start, w) == 1
    )


@functools.cache
def _state_body_words() -> frozenset[str]:
    """One-word institutions of roles.tsv that are a state's own bodies, with their plurals
    ("ministry", "ministries": GOV; MIL, COP and SPY ones too)."""
    out: set[str] = set()
    for r in data.roles():
        if r.kind == "organization" and " " not in r.phrase and r.code in _STATE_BODY_CODES:
            out.add(r.phrase.lower())
            out.update(x.lower() for x in r.plurals or ())
    return frozenset(out)


_STATE_BODY_CODES = ("GOV", "MIL", "COP", "SPY")


def _state_body_modified(between: str) -> bool:
    """Whether a word between a name and its title's noun, or of the title, is a state body
    ("Joseph Banda, a health ministry official": the official is the ministry's, GOV)."""
    return any(x.strip(".,") in _state_body_words() for x in between.lower().split())


def _appositions(
    text: str, protos: list[Proto], w: ActorWords, view: ParseView | None = None
) -> list[Proto]:
    """``Hoshyar Zebari, Iraq's foreign minister``, ``Iraq's foreign minister, Zebari`` and
    ``Ada Obi, a former minister``: a name and a title next to each other, set off by a
    comma, are one person."""
    out: list[Proto] = []
    for p in protos:
        if len(out) > 1 and _owner_titled(text, out[-2], out[-1], p, w):
            # "John Doe, Clinton's campaign manager", "Ada Obi, a Cruz spokeswoman": the
            # title is the first person's, held for the person who owns it (who stays);
            # an owner with a role of their own lends it ("Putin's spokesman": RUSGOV)
            owner = out[-1]
            own = owner.code is not None and len(owner.code) > 3
            out[-2] = replace(
                out[-2],
                code=owner.code if own else p.code,
                country=owner.country if own else p.country,
                title=p.title,
            )
            continue
        if out:
            q = out[-1]
            how = _apposed(text, q.end, p.start, w, view)
            if how:
                named, titled = (q, p) if q.person and not q.title else (p, q)
                if (
                    named.person
                    and named.kind == "person"
                    and not named.title
                    and titled.kind == "person"
                    and titled.person is None
                    and titled.title
                    and not (
                        # a known office holder of another country is not the title's
                        # holder: "talks with the Mauritian prime minister, Modi announced"
                        named.country and titled.country and named.country != titled.country
                    )
                ):
                    # a title past modifiers only describes a person whose own code
                    # has a role already ("Ben Carson, the only doctor on stage"); and a
                    # modifier before a bare government noun names the field it is of
                    # ("a feminist leader", "a political adviser to the family", "a
                    # customs officer"): its country, not GOV; unless a modifier is a
                    # state body itself ("a health ministry official": GOV)
                    own = how == 2 and named.code is not None and len(named.code) > 3
                    code = titled.code or named.code
                    words = f"{text[q.end : p.start]} {titled.title or ''}"
                    if (
                        how == 2
                        and titled.code == (titled.country or "") + "GOV"
                        and not _state_body_modified(words)
                    ):
                        code = titled.country or named.code
                    merged = Proto(
                        q.start,
                        p.end,
                        named.code if own else code,
                        named.country if own else titled.country or named.country,
                        "person",
                        named.name,
                        person=named.person,
                        title=titled.title,
                        head=named.head,
                    )
                    out[-1] = merged
                    continue
        out.append(p)
    return out


# --------------------------------------------------------------------------- relations


def _relation_word(lw: str, w: ActorWords) -> str | None:
    """Which relation a noun names ('opponents' -> opponent), by its singular form."""
    forms = [lw]
    if lw.endswith("ies"):
        forms.append(lw[:-3] + "y")
    if lw.endswith("s"):
        forms.append(lw[:-1])
    for f in forms:
        if f in w.opponent_relations:
            return "opponent"
        if f in w.adherent_relations:
            return "adherent"
        if f in w.peer_relations:
            return "peer"
    return None


def relation_code(relation: str, owner: Actor) -> str | None:
    """The code of a group named by its relation to ``owner``: the owner's country, and
    a sector only where the relation fixes it (a government's opponents are the
    opposition, OPP; a party's person's supporters and rivals are of a party, PTY)."""
    code = owner.code
    if not code or len(code) < 3:
        return None
    if owner.kind != "person" and len(code) == 3:
        return None  # "Russia's critics", "Iran's allies": other states' people
    country = country_of_code(code)
    if not country or country != code[:3]:
        return None
    sectors = sectors_of(code)
    if relation == "opponent" and "GOV" in sectors:
        return country + "OPP"
    if relation in ("adherent", "peer") and "PTY" in sectors:
        return country + "PTY"  # a party person's supporters, or rivals for office
    return country


def _named_after_comma(view: ParseView, i: int, person_at: dict[int, int]) -> bool:
    """Whether a person's name follows the noun after a comma and is no subject there
    ("who supported her rival, Sen. Bernie Sanders of Vermont"): an apposition."""
    k = i + 1
    if k + 1 >= len(view) or view.lower[k] != ",":
        return False
    head = person_at.get(k + 1)
    return head is not None and view.dep[head] not in ("nsubj", "nsubjpass")


#: sectors of a side whose own armed men are its own code ("the forces of rebel leader
#: X" are X's rebels, not the state's army)
_SIDE_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "OPP", "CRM"})
#: role codes of those who hold a state's power: their men are its army
_STATE_SECTORS = frozenset({"GOV", "MIL"})


def _owner_tokens(view: ParseView, i: int, w: ActorWords) -> list[int]:
    """The heads of the owners the noun at ``i`` names with its "of" phrase, an
    adjective of allegiance ("the forces of X and Y", "troops loyal to X and Y":
    ``allegiance_adjectives``) or a clause of backing ("forces backing X", "soldiers who
    back X": ``backing_verbs``), each conjunct one."""
    firsts: list[int] = []
    n = len(view)

    def kids(j: int, dep: str) -> list[int]:
        return [k for k in range(j + 1, n) if view.head[k] == j and view.dep[k] == dep]

    for j in range(i + 1, n):
        if view.head[j] != i:
            continue
        if view.dep[j] == "prep" and view.lower[j] == "of":
            firsts += kids(j, "pobj")
        elif view.dep[j] == "amod" and view.lower[j] in w.allegiance_adjectives:
            firsts += [k for p in kids(j, "prep") if view.lower[p] == "to" for k in kids(p, "pobj")]
        elif view.dep[j] in ("acl", "relcl") and view.lower[j] in w.backing_verbs:
            firsts += kids(j, "dobj")
    out: list[int] = []
    for f in firsts[:1]:
        todo = [f]
        while todo:
            t = todo.pop(0)
            out.append(t)
            todo += kids(t, "conj")
    return out


def allegiance_tie(view: ParseView, start: int, end: int, code: str | None, w: ActorWords) -> str:
    """The name an armed group with no name of its own is tied to ("soldiers loyal to
    Gbagbo", "forces backing Ouattara", "the forces of Kiir": :func:`_owner_tokens`),
    lower-cased, when it names one, else "": two such groups tied to different names are
    two sides though their codes agree."""
    if not view.has_deps or not set(sectors_of(code)) & _ARMED_SECTORS:
        return ""
    toks = list(view.tokens_in(start, end))
    if not toks:
        return ""
    i = view.head_token(start, end)
    if view.pos[i] != "NOUN":
        return ""
    owners = [k for k in _owner_tokens(view, i, w) if k not in toks and view.pos[k] == "PROPN"]
    return " ".join(view.lower[k] for k in owners)


def _side_code(owner: Actor, roles: tuple[str, ...]) -> str | None:
    """The code of the armed men of ``owner``, of the roles ``roles`` (MIL, REB): the
    owner's own code when it names a group ("the forces of Hamas", an international
    group's) or a rebel, insurgent or opposition side ("fighters loyal to rebel leader
    X"); else the owner's country with the men's roles ("forces of President X", "troops
    loyal to the government": its army)."""
    code = owner.code
    if not code:
        return None
    if code[:3] in ("IGO", "IMG", "NGO"):
        return code
    country = country_of_code(code) or owner.country
    if not country:
        return None
    known = data.sectors()
    rest = code_chunks(code)[1:]
    if set(rest) & _SIDE_SECTORS or any(c not in known for c in rest):
        return code
    return country + "".join(roles)


def _opposed_sides(owners: list[Actor], codes: list[str | None]) -> list[str | None]:
    """The codes of the men of two or more owners who fight each other ("the forces of
    President X and ex-vice president Y"): where two owners' men would take the same
    code of a state's army (SSDMIL twice), only an owner who holds that state's
    government keeps the army; the men of an owner out of it (a former official, a
    person known only by country) are that state's armed opposition (XXXREB)."""
    if len(owners) < 2:
        return codes
    out = list(codes)
    for n, (o, code) in enumerate(zip(owners, codes, strict=True)):
        if code is None or code == o.code or codes.count(code) < 2:
            continue
        rivals = [p for p, c in zip(owners, codes, strict=True) if c == code and p is not o]
        in_power = [p for p in rivals if set(sectors_of(p.code)) & _STATE_SECTORS]
        if in_power and not set(sectors_of(o.code)) & _STATE_SECTORS:
            out[n] = code[:3] + "REB"
    return out


def owned_sides(view: ParseView, actors: tuple[Actor, ...], w: ActorWords) -> tuple[Actor, ...]:
    """Armed men named by two or more owners at once ("fighting between the forces of
    President X and his former deputy Y", "forces loyal to X and Y had battled each
    other"): a mention of a group with an armed role and no name of its own whose "of"
    phrase or adjective of allegiance names two or more coded parties is one group of
    each owner (:func:`_side_code`), as "the forces of Russia and Ukraine" are two; the
    mention leaves the group it was linked to, which no longer stands for either side.
    Run again once the owners have their final codes (the context component: "rebel
    leader X" is REB until the article gives his country): a mention split already is
    left as it is."""
    if not view.has_deps or not actors:
        return actors
    owner_at: dict[int, Actor] = {}
    for a in actors:
        for s, e in a.mentions:
            if list(view.tokens_in(s, e)):
                owner_at[view.head_token(s, e)] = a
    new: list[Actor] = []
    moved: dict[str, set[tuple[int, int]]] = {}
    single: dict[str, set[str]] = {}  # the codes of one owner's men an actor is told as
    held = Counter(m for a in actors if a.kind == "group" for m in a.mentions)
    for a in actors:
        roles = tuple(c for c in sectors_of(a.code) if c in _ARMED_SECTORS)
        if a.kind in ("person", "state") or not roles:
            continue
        for s, e in a.mentions:
            if held[(s, e)] > 1:
                continue  # split into its owners' groups already (a second pass)
            toks = list(view.tokens_in(s, e))
            if not toks:
                continue
            i = view.head_token(s, e)
            if view.pos[i] != "NOUN":
                continue
            owners: list[Actor] = []
            for k in _owner_tokens(view, i, w):
                o = owner_at.get(k)
                if o is None:
                    # "soldiers who back his former deputy, X": the name in
                    # apposition to the owner's noun
                    named = [j for j in range(k + 1, len(view)) if view.head[j] == k]
                    o = next(
                        (owner_at[j] for j in named if view.dep[j] == "appos" and j in owner_at),
                        None,
                    )
                if o is not None and o is not a and o not in owners and k not in toks:
                    owners.append(o)
            codes = _opposed_sides(owners, [_side_code(o, roles) for o in owners])
            if len(owners) == 1 and codes[0]:
                single.setdefault(a.id, set()).add(codes[0])
            if len(owners) < 2 or not all(codes):
                continue
            moved.setdefault(a.id, set()).add((s, e))
            for o, code in zip(owners, codes, strict=True):
                assert code is not None
                new.append(
                    Actor(
                        id="",
                        name=f"{view.text[s:e]} of {o.name}",
                        code=code,
                        country=code[:3],
                        sectors=sectors_of(code),
                        kind="group",
                        mentions=((s, e),),
                    )
                )
    # "forces loyal to rebel leader X": the one owner's men, of the owner's side
    recoded = {k: next(iter(c)) for k, c in single.items() if len(c) == 1}
    if not new and not any(a.code != recoded.get(a.id, a.code) for a in actors):
        return actors
    kept = []
    for a in actors:
        code = recoded.get(a.id)
        if code is not None and code != a.code:
            a = replace(a, code=code, country=code[:3], sectors=sectors_of(code))
        gone = moved.get(a.id)
        if gone:
            left = tuple(m for m in a.mentions if m not in gone)
            if not left:
                continue
            a = replace(a, mentions=left)
        kept.append(a)
    ordered = sorted([*kept, *new], key=lambda a: a.mentions[0] if a.mentions else (0, 0))
    return tuple(replace(a, id=f"a{n}") for n, a in enumerate(ordered, start=1))


def relation_groups(view: ParseView, actors: tuple[Actor, ...], w: ActorWords) -> tuple[Actor, ...]:
    """Groups named by their relation to a person or party ("Obi's opponents",
    "supporters of Ruiz", "his loyalists", "the president's critics"), with the words in
    ``opponent_relations``, ``adherent_relations`` and ``peer_relations``: a new actor
    coded by the owner (the possessor or the "of" object, resolved through the actors'
    coreference). The noun alone ("critics say") names no one."""
    if not view.has_deps or not actors:
        return actors
    owner_at: dict[int, Actor] = {}
    person_at: dict[int, int] = {}  # a person's mention's first token -> its head
    taken: set[int] = set()
    for a in actors:
        for s, e in a.mentions:
            toks = list(view.tokens_in(s, e))
            taken.update(toks)
            if toks:
                owner_at[view.head_token(s, e)] = a
                if a.kind == "person":
                    person_at[toks[0]] = view.head_token(s, e)
    new: list[Actor] = []
    for i in range(len(view)):
        if i in taken or view.pos[i] != "NOUN":
            continue
        relation = _relation_word(view.lower[i], w)
        if relation is None:
            continue
        owner: Actor | None = None
        deps = [j for j in range(len(view)) if view.head[j] == i and j != i]
        if any(view.dep[j] == "appos" and j in taken for j in deps):
            continue  # "her rival, Sen. Bernie Sanders": the named actor
        if _named_after_comma(view, i, person_at):
            continue  # the same, where the parser did not join the name to the noun
        others: list[Actor] = []  # "supporters of X and Y": a group of each
        for j in deps:
            if view.dep[j] == "poss" and j in owner_at:
                owner = owner_at[j]
            elif view.dep[j] == "prep" and view.lower[j] == "of":
                obj = [k for k in range(j + 1, min(len(view), j + 8)) if view.head[k] == j]
                if obj and view.dep[obj[0]] == "pobj" and obj[0] in owner_at:
                    owner = owner_at[obj[0]]
                    others = [
                        owner_at[k]
                        for k in _owner_tokens(view, i, w)[1:]
                        if k in owner_at and owner_at[k] is not owner
                    ]
        if owner is None:
            continue
        for o in dict.fromkeys((owner, *others)):
            code = relation_code(relation, o)
            if code is None:
                continue
            new.append(
                Actor(
                    id="",
                    name=view.text[view.starts[i] : view.ends[i]],
                    code=code,
                    country=code[:3],
                    sectors=sectors_of(code),
                    kind="group",
                    mentions=((view.starts[i], view.ends[i]),),
                )
            )
    if not new:
        return actors
    ordered = sorted([*actors, *new], key=lambda a: a.mentions[0] if a.mentions else (0, 0))
    return tuple(replace(a, id=f"a{n}") for n, a in enumerate(ordered, start=1))
