"""Finding toponyms in a parsed document and resolving them against the gazetteer.

Candidates are spaCy's GPE/LOC/FAC entities (and ORG/PERSON ones that are clearly
places), plus names the model missed when the evidence is strong: after a locative
preposition ("in Ramadi"), a dateline ("HAMILTON --", "Albany --"), a run of proper nouns
that is a county or a sizeable town ("Kanawha County"), a town before its police or
people ("Roselle police", "Williston man"), a legislator's home ("DFL-Cook"), a list of
counties ("Clay and Wilkin counties"), a famous city or a country. Organisations that
start with a place ("Texas Department of Transportation") are context only, never output;
so are names the article uses for a speaking person ("Kristina said"). Each mention is
resolved by a score of

- its prior: the population (or weight) of the entry, the kind of feature, capitals;
- its qualifier: "Alexandria, La." keeps only Louisiana's Alexandria; wording: "a
  Washington state farm" is the state;
- the article's context: the countries and first-level divisions it names (directly,
  through its actors, through unambiguous places or organisations), weighed by their
  share; a US town and its county named together ("Decatur", "DeKalb County"); and
  nearness (half-degree cells) to the other places it names.

All mentions of one name in an article get one reading (one sense per discourse).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz.distance import Levenshtein

from ..actors.parse import DATELINE_SENTENCES
from ..document import Actor, Place
from ..language import language
from .gazetteer import Gazetteer, normalize

__all__ = ["Mention", "PlaceWords", "Settings", "find_mentions", "resolve_mentions", "haversine_km"]


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The word lists the resolver reads, from the language's ``places.tsv`` (each field
    is the list of that name; the file says what each one is for)."""

    name_locatives: frozenset[str]
    strong_locatives: frozenset[str]
    admin_words: frozenset[str]
    person_titles: frozenset[str]
    local_bodies: frozenset[str]
    saying_lemmas: frozenset[str]
    local_nouns: frozenset[str]
    place_part_words: frozenset[str]
    disease_words: frozenset[str]
    leading_articles: frozenset[str]
    name_joiners: frozenset[str]
    hint_continuations: frozenset[str]
    county_list_separators: frozenset[str]
    state_list_separators: frozenset[str]
    place_of_nouns: frozenset[str]
    site_nouns: frozenset[str]


#: Smallest town an organisation's name ("St. Cloud Hospital") hints at, as a weak hint
#: that only votes for the article's home region.
WEAK_HINT_POPULATION = 5000
#: A US legislator's party and home town, county or state ("D-Braxton", "R-S.C.").
PARTY_HOME = re.compile(
    r"(?:(?<=\()|(?<=, ))(?:D|R|I|DFL)-((?:[A-Z]\.)+[A-Z]?\.?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
#: Smallest city whose name the NER's PERSON label does not hide ("Gainesville").
FAMOUS_POPULATION = 200_000
#: Smallest city the world knows by its bare name ("Paris", "Lagos"), and smallest
#: national capital that does ("Paris", "Dublin"; not a capital of a few thousand).
WORLD_CITY_POPULATION = 1_000_000
#: Smallest city named inside a part of it ("South Philadelphia").
INNER_CITY_POPULATION = 100_000
#: NER labels of place names.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels of mentions that are context only, never output.
HINTS = frozenset({"HINT", "WEAK"})
_STRIP_RIGHT = frozenset({"'s", "\u2019s", "'", "\u2019", ".", ",", ";", ":", "-", "(", ")"})
_QUALIFIER_SEP = frozenset({","})


@dataclass(frozen=True, slots=True)
class Settings:
    """Weights of the scoring; all in units of log10(population)."""

    country_bonus: float = 2.0
    admin_bonus: float = 0.5
    capital_bonus: float = 1.0
    alias_penalty: float = 1.5
    context_country: float = 2.0
    dominant_country: float = 1.0
    context_state: float = 1.5
    state_share_power: float = 1.0
    near_km: float = 150.0
    near_bonus: float = 1.0
    near_max: float = 3.0
    near_cells: tuple[float, ...] = (0.5,)
    county_bonus: float = 1.5
    passes: int = 2
    home_bonus: float = 0.5
    home_max: float = 2.0
    home_temperature: float = 3.0
    min_extra_population: int = 1000
    min_org_population: int = 50000
    min_person_population: int = 5000
    min_person_alias_population: int = 50000
    min_run_population: int = 1000
    person_majority: bool = True
    labels: tuple[str, ...] = ("GPE", "LOC", "FAC")
    other_labels: tuple[str, ...] = ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW")


@dataclass(slots=True)
class Mention:
    """A toponym candidate: its span, its text, and its gazetteer rows."""

    start: int
    end: int
    text: str
    rows: tuple[int, ...]
    label: str
    qualifier: Mention | None = None
    qualifies: bool = False
    choice: int | None = None
    scores: dict[int, float] = field(default_factory=dict)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


# ---------------------------------------------------------------------------------------
# Candidates


def _trim(tokens: Sequence[Any], w: PlaceWords) -> tuple[int, int] | None:
    """Token index bounds of ``tokens`` without a leading "the" or trailing punctuation."""
    lo, hi = 0, len(tokens)
    while lo < hi and tokens[lo].text in w.leading_articles:
        lo += 1
    while hi > lo and (tokens[hi - 1].text in _STRIP_RIGHT or tokens[hi - 1].is_space):
        hi -= 1
    return (lo, hi) if lo < hi else None


def _split_commas(tokens: Sequence[Any]) -> list[list[Any]]:
    parts: list[list[Any]] = [[]]
    for tok in tokens:
        if tok.text in _QUALIFIER_SEP:
            parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _join_split_names(parse: Any, ents: list[Any], gaz: Gazetteer, w: PlaceWords) -> list[Any]:
    """Adjacent place entities that together are one gazetteer name, as one entity.

    The NER sometimes cuts a long name in two ("Democratic Republic of the" + "Congo",
    "Democratic Republic" + "of the" + "Congo"); read apart, the second half names
    another place (the Republic of the Congo).
    """
    from spacy.tokens import Span as SpacySpan

    out: list[Any] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end <= ent.start
            and all(t.lower_ in w.name_joiners for t in parse[prev.end : ent.start])
            and prev.label_ in _PLACE_LABELS
            and ent.label_ in _PLACE_LABELS
        ):
            joined = parse[prev.start : ent.end]
            bounds = _trim(list(joined), w)
            if bounds is not None and gaz.rows(joined[bounds[0] : bounds[1]].text):
                out[-1] = SpacySpan(parse, prev.start, ent.end, label=prev.label_)
                continue
        out.append(ent)
    return out


def _state_rows(gaz: Gazetteer, text: str) -> tuple[int, ...]:
    code = gaz.state_abbrev.get(text.strip())
    if code is None and text.strip().endswith("."):
        code = gaz.state_abbrev.get(text.strip())
    if code is not None and code in gaz.states:
        return (gaz.states[code],)
    return ()


def _short_caps(text: str) -> bool:
    """An all-capitals word of up to three letters ("EU", "UN", "N.Y."): an abbreviation."""
    letters = text.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 3


def _lookup(gaz: Gazetteer, text: str, w: PlaceWords) -> tuple[int, ...]:
    # written forms that stand for one place exactly as written ("L.A.", "EU")
    form = gaz.forms.get(text)
    if form:
        return form
    # "Calif." and other abbreviations are states only; plain postal codes are not
    # names on their own (they count as qualifiers after a comma)
    if "." in text and text not in ("U.S.", "U.S.A.", "U.K."):
        rows = _state_rows(gaz, text)
        if rows:
            return rows
    rows = gaz.rows(text)
    if rows and _short_caps(text):
        # an abbreviation is not a town's name written in capitals ("EU" is not Eu)
        rows = tuple(r for r in rows if gaz.feature[r] != 0)
    if not rows and " " in text:
        # "Nyanza Province", "Anbar Governorate": the division under its bare name
        base, _, last = text.rpartition(" ")
        if last.lower() == "township":
            # a township is a municipality: the town of that name, never the county
            key = normalize(base)
            rows = tuple(
                r for r in gaz.rows(base) if gaz.feature[r] == 0 and normalize(gaz.names[r]) == key
            )
        elif last.lower() in w.admin_words:
            rows = tuple(r for r in gaz.rows(base) if gaz.feature[r] == 4)
    return rows


def _best_population(gaz: Gazetteer, rows: Iterable[int], key: str) -> int:
    """The largest population among rows whose own name is ``key`` (not an alias)."""
    return max(
        (gaz.population[r] for r in rows if normalize(gaz.names[r]) == key),
        default=0,
    )


def _alias_city_population(gaz: Gazetteer, rows: Iterable[int], key: str) -> int:
    """The largest population among cities (feature 0) that ``key`` names only by an
    alias: "Khan Younis" is GeoNames' alternate name of "Khan Yunis"."""
    return max(
        (gaz.population[r] for r in rows if gaz.feature[r] == 0 and normalize(gaz.names[r]) != key),
        default=0,
    )


#: The word before an "of" at the end of a stretch of text ("the town of ").
_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")
#: A capitalised word before the noun of an "of" place ("the Bolivian town of ").
_DEMONYM_PLACE_OF = re.compile(r"\b([A-Z][\w-]*)\s+(?:[a-z-]+\s+)?[a-z]+\s+of\s+(?:the\s+)?$")
#: The first two words after a name (" region", " oil fields").
_WORDS_AFTER = re.compile(r"^\s+([a-z]+)(?:\s+([a-z]+))?")


def named_as_place(text: str, start: int, end: int, w: PlaceWords) -> bool:
    """Whether the words around the name at [start, end) make it a place's name, whatever
    the NER took it for and whether or not the gazetteer knows it: the "of" name of a
    noun of a settlement or an area (``place_of_nouns``: "the town of Douentza", "the oil
    town of Heglig"), a name a division's noun that also names an area follows
    (``admin_words`` and ``place_of_nouns``: "Unity state", "the Jonglei region"; not
    "the X Utilities department"), a site's noun after another word (``site_nouns``: "the
    Heglig oil fields"), or "X-based"."""
    m = _OF_BEFORE.search(text[max(0, start - 40) : start])
    if m is not None and m.group(1).lower() in w.place_of_nouns:
        return True
    if text.startswith("-based", end):
        return True
    after = _WORDS_AFTER.match(text[end : end + 40])
    if after is None:
        return False
    # the site's noun only after another word ("fields" alone may be a verb: "Ruto fields
    # questions")
    first = after.group(1)
    return first in w.admin_words and first in w.place_of_nouns or after.group(2) in w.site_nouns


def _accept_other(
    gaz: Gazetteer,
    label: str,
    text: str,
    rows: tuple[int, ...],
    place_forms: set[str],
    person_words: set[str],
    after_locative: bool,
    s: Settings,
    alias_ok: bool = True,
) -> bool:
    """Whether an entity the NER labelled ORG/PERSON/... is really a place name
    (``alias_ok``: whether a city's alias may count, false when the name is part of a
    longer person's name in the article or speaks)."""
    key = normalize(text)
    if key in place_forms:
        return True
    if key in person_words:
        return False
    feats = {gaz.feature[r] for r in rows}
    # a country, or a big first-level division or named region ("Crimea", "Kurdistan")
    big_area = 1 in feats or any(
        gaz.feature[r] in (2, 4) and gaz.population[r] >= 1_000_000 for r in rows
    )
    if label == "ORG":
        if all(gaz.feature[r] == 2 and not gaz.country[r] for r in rows):
            # "the European Union": a union of states acting is an organisation (a region
            # of one country, "Crimea", is a place)
            return False
        if text.replace(".", "").isupper() and not big_area:
            return False  # "UN", "E.U.": abbreviations of organisations
        return (
            big_area
            or (after_locative and _best_population(gaz, rows, key) >= s.min_extra_population)
            or _best_population(gaz, rows, key) >= s.min_org_population
        )
    if label in ("PERSON", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"):
        # after a locative, a name of a town of its own, or a transliteration variant
        # (a GeoNames alias) of a sizable city ("in Khan Younis", "in Wad Madani"): the
        # variant spellings of foreign cities are aliases, and a person named after a
        # locative as an alias of a big city is rare (not when the name is part of a
        # longer person's name in the article or speaks: ``alias_ok``)
        return after_locative and (
            big_area
            or _best_population(gaz, rows, key) >= s.min_person_population
            or (
                label == "PERSON"
                and alias_ok
                and _alias_city_population(gaz, rows, key) >= s.min_person_alias_population
            )
        )
    return False


def _inner_place(gaz: Gazetteer, toks: Any, w: PlaceWords) -> tuple[Any, tuple[int, ...]] | None:
    """The place inside a part of a region or a city: "Northeast Georgia", "South
    Philadelphia", "Fargo City" name Georgia, Philadelphia and Fargo."""
    if toks[0].lower_ in w.place_part_words and toks[1].text[:1].isupper():
        inner = toks[1:]
    elif toks[-1].lower_ == "city":
        inner = toks[:-1]
    else:
        return None
    key = normalize(inner.text)
    rows = _lookup(gaz, inner.text, w)
    # only a well-known place: a country, a US state or a city ("Central Plateau" and
    # "Western Kasai" are names of their own)
    strong = any(
        normalize(gaz.names[r]) == key
        and (
            gaz.feature[r] == 1
            or (gaz.feature[r] == 4 and gaz.country[r] == "USA" and gaz.population[r] >= 1_000_000)
            or (gaz.feature[r] == 0 and gaz.population[r] >= INNER_CITY_POPULATION)
        )
        for r in rows
    )
    return (inner, rows) if strong else None


def _speakers(ents: Sequence[Any], w: PlaceWords) -> set[str]:
    """Names that are the subject of a verb of saying ("Kristina said")."""
    out: set[str] = set()
    for ent in ents:
        root = ent.root
        if root.dep_ == "nsubj" and root.head.lemma_ in w.saying_lemmas:
            bounds = _trim(list(ent), w)
            if bounds is not None:
                out.add(normalize(ent[bounds[0] : bounds[1]].text))
    return out


def _famous(
    gaz: Gazetteer, rows: Iterable[int], key: str, cities: bool = True, provinces: bool = False
) -> bool:
    """Whether a name is a country's, a US state's (or with ``provinces`` any big first-level
    division's), or with ``cities`` a capital's or a big city's own name."""
    return any(
        normalize(gaz.names[r]) == key
        and (
            gaz.feature[r] == 1
            or (
                gaz.feature[r] == 4
                and gaz.population[r] >= 1_000_000
                and (provinces or gaz.country[r] == "USA")
            )
            or (cities and r in gaz.capital)
            or (cities and gaz.feature[r] == 0 and gaz.population[r] >= FAMOUS_POPULATION)
        )
        for r in rows
    )


def _person_like(parse: Any, ents: Sequence[Any], gaz: Gazetteer, w: PlaceWords) -> set[str]:
    """Names the article uses for a person or an organisation more often than for a place.

    The NER labels one name differently from sentence to sentence ("Kristina said",
    "Doctors advised Kristina"); the article's majority decides. A name counts for a
    person when labelled PERSON or when it is the subject of a verb of saying, for a
    place when labelled GPE or LOC; it is a person's only if it also speaks somewhere
    (towns the NER mistakes for people rarely say anything). Countries and states are
    always places.
    """
    place: Counter[str] = Counter()
    other: Counter[str] = Counter()
    speaks: set[str] = set()
    for ent in ents:
        bounds = _trim(list(ent), w)
        if bounds is None:
            continue
        key = normalize(ent[bounds[0] : bounds[1]].text)
        if ent.label_ in ("GPE", "LOC"):
            place[key] += 1
        elif ent.label_ == "PERSON":
            other[key] += 1
        root = ent.root
        if root.dep_ == "nsubj" and root.head.lemma_ in w.saying_lemmas:
            speaks.add(key)
            if ent.label_ != "PERSON":
                other[key] += 1  # "Fairfield said": a PERSON label has counted already
    out: set[str] = set()
    for key, n in other.items():
        if n <= place[key] or key not in speaks:
            continue
        if any(
            gaz.feature[r] == 1 or (gaz.feature[r] == 4 and gaz.population[r] >= 1_000_000)
            for r in gaz.index.get(key, ())
            if normalize(gaz.names[r]) == key
        ):
            continue
        out.add(key)
    return out


def find_mentions(
    parse: Any,
    gaz: Gazetteer,
    settings: Settings | None = None,
    word_lists: PlaceWords | None = None,
) -> list[Mention]:
    """Toponym candidates in a spaCy Doc, sorted by position (``word_lists``: English's
    when not given)."""
    settings = settings or Settings()
    w = word_lists or language().view(PlaceWords)
    full: str = parse.text
    mentions: list[Mention] = []
    taken = bytearray(len(parse))  # tokens inside any entity
    ents = _join_split_names(parse, list(parse.ents), gaz, w)
    place_forms: set[str] = set()
    person_words: set[str] = set()  # words of multi-word person/organisation names
    single_names: set[str] = set()  # one-word names the NER took for a person
    full_persons: set[str] = set()  # " khan younis ahmed ": whole person names, padded
    single_persons: Counter[str] = Counter()  # one-word PERSON names, how often labelled
    for ent in ents:
        if ent.label_ in ("GPE", "LOC"):
            bounds = _trim(list(ent), w)
            if bounds is not None:
                place_forms.add(normalize(ent[bounds[0] : bounds[1]].text))
        elif ent.label_ in ("PERSON", "ORG", "PRODUCT", "NORP") and len(ent) > 1:
            words = [t for t in ent if t.text[:1].isupper() and t.lower_ != "the"]
            if ent.label_ == "ORG" and len(words) > 1 and words[1].lower_ in w.local_bodies:
                words = words[1:]  # "Gainesville Police": the town's own body, not a name
            person_words.update(normalize(t.text) for t in words)
            if ent.label_ == "PERSON":
                full_persons.add(f" {normalize(ent.text)} ")
        elif ent.label_ in ("PERSON", "PRODUCT"):
            single_names.add(normalize(ent.text))
            if ent.label_ == "PERSON":
                single_persons[normalize(ent.text)] += 1
    person_like = _person_like(parse, ents, gaz, w) if settings.person_majority else set()
    speakers = _speakers(ents, w)
    place_forms -= person_like
    single_names |= person_like
    for ent in ents:
        for i in range(ent.start, ent.end):
            taken[i] = 1
        if ent.label_ in settings.other_labels:
            bounds = _trim(list(ent), w)
            if bounds is None:
                continue
            toks = ent[bounds[0] : bounds[1]]
            if len(toks) > 3:
                # too long for a place's name; a long organisation's name may start with
                # one ("Texas Department of Transportation")
                hint = _hint(gaz, full, toks, w) if ent.label_ == "ORG" else None
                if hint is not None:
                    mentions.append(hint)
                continue
            text = toks.text
            rows = _lookup(gaz, text, w)
            prev = parse[ent.start - 1] if ent.start > 0 else None
            after_loc = prev is not None and prev.lower_ in (
                w.strong_locatives if ent.label_ != "ORG" else w.name_locatives
            )
            names = person_words | single_names
            key = normalize(text)
            # not after a demonym ("the Bolivian town of X"): the country it tells is for
            # the events to read, no namesake of another country's to take
            named_place = named_as_place(full, toks.start_char, toks.end_char, w)
            lead = _DEMONYM_PLACE_OF.search(full[max(0, toks.start_char - 60) : toks.start_char])
            if lead is not None and not (
                lead.group(1) in w.leading_articles or lead.group(1).lower() in w.name_locatives
            ):
                named_place = False
            if named_place and key not in person_words and key not in speakers:
                # "the town of Douentza", "the Jonglei region": the words say a place, so
                # the name is judged one after a locative, whatever the NER's label
                after_loc = True
                names = names - {key}
            if (
                after_loc
                and ent.label_ == "PERSON"
                and len(toks) == 1
                and single_persons[key] == 1
                and key not in person_words
                and key not in person_like
                and key not in speakers
                and not (ent.end < len(parse) and parse[ent.end].text == "-")
            ):
                # "in Baalbek": a one-word name labelled a person only here, after a
                # locative, never part of a longer name nor speaking, is judged as a
                # place's name (its own label alone does not make it a person's); not
                # a name cut off before a hyphen ("Croix-des-Bouquets")
                names = names - {key}
            # a name the words make a place's is one of any size ("the village of X")
            accepted = bool(rows) and (
                (named_place and key not in person_words and key not in speakers)
                or _accept_other(
                    gaz,
                    ent.label_,
                    text,
                    rows,
                    place_forms,
                    names,
                    after_loc,
                    settings,
                    key not in speakers
                    and not any(f" {key} " in n and n != f" {key} " for n in full_persons),
                )
            )
            if (
                not accepted
                and rows
                and ent.label_ == "PERSON"
                and len(toks) == 1
                and normalize(text) not in person_words
                and normalize(text) not in speakers
                and _famous(gaz, rows, normalize(text))
            ):
                # a well-known place the NER took for a person ("Tbilisi", "Gainesville"),
                # never named as a person in full nor speaking
                accepted = True
            if not accepted and ent.label_ == "ORG":
                hint = _hint(gaz, full, toks, w)
                if hint is not None:
                    mentions.append(hint)
            if accepted:
                start = toks.start_char
                m = Mention(start, start + len(text), text, rows, ent.label_)
                mentions.append(m)
                if ent.end + 1 < len(parse) and parse[ent.end].text == ",":
                    q = _qualifier_at(parse, full, ent.end + 1, gaz)
                    if q is not None:
                        m.qualifier = q
                        q.qualifies = True
                        mentions.append(q)
            continue
        if ent.label_ not in settings.labels:
            continue
        parts = _split_commas(list(ent))
        found: list[Mention] = []
        for part in parts:
            bounds = _trim(part, w)
            if bounds is None:
                continue
            toks = parse[part[bounds[0]].i : part[bounds[1] - 1].i + 1]
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            text = full[start:end]
            rows = _lookup(gaz, text, w)
            if not rows and ent.label_ != "FAC" and len(toks) > 1:
                inner = _inner_place(gaz, toks, w)
                if inner is not None:
                    toks, rows = inner
                    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                    text = full[start:end]
                else:
                    hint = _hint(gaz, full, toks, w)
                    if hint is not None and hint.label == "HINT":
                        mentions.append(hint)  # "the Boone County Jail": context only
                    continue
            if not rows and toks[-1].text in ("'s", "\u2019s"):
                continue
            if not rows and ent.label_ == "FAC":
                continue
            if not rows:
                continue
            if ent.label_ == "FAC" and all(gaz.feature[r] == 0 for r in rows):
                continue  # a building or road named after a town
            if toks[0].i > 0 and parse[toks[0].i - 1].lower_ in w.person_titles:
                continue
            if normalize(text) in person_like and not (
                toks[0].i > 0 and parse[toks[0].i - 1].lower_ in w.strong_locatives
            ):
                continue
            found.append(Mention(start, end, text, rows, ent.label_))
        for a, b in zip(found, found[1:], strict=False):
            a.qualifier = b
            b.qualifies = True
        mentions.extend(found)
        # a qualifier just after the entity: "Alexandria, La.", "Paris, Texas"
        if found and ent.end + 1 < len(parse) and parse[ent.end].text == ",":
            q = _qualifier_at(parse, full, ent.end + 1, gaz)
            if q is not None:
                found[-1].qualifier = q
                q.qualifies = True
                if not any(m.start == q.start for m in mentions):
                    mentions.append(q)
    mentions.extend(
        _missed(
            parse,
            full,
            gaz,
            taken,
            settings,
            {m.start for m in mentions},
            (person_words | single_names) - place_forms,
            w,
        )
    )
    # a name in a list of counties is the county ("Clarke, Madison and Oconee counties"),
    # whatever the NER took it for
    listed = {m.start: m for m in mentions if m.label == "COUNTIES"}
    if listed:
        kept: list[Mention] = []
        for m in mentions:
            c = listed.get(m.start)
            if c is not None and c is not m:
                m.rows, m.end, m.text = c.rows, c.end, c.text
                if m.label in HINTS:
                    m.label = "COUNTIES"
                c.label = "DROP"
            kept.append(m)
        mentions = [m for m in kept if m.label != "DROP"]
    _states_by_wording(parse, gaz, mentions, w)
    # one sense per discourse: a name taken as a place once is a place wherever the
    # NER gave it another label (unless it is part of a person's or an organisation's name)
    forms = {normalize(m.text): m.rows for m in mentions if m.label not in HINTS}
    starts = {m.start for m in mentions}
    for ent in ents:
        if ent.label_ not in settings.other_labels or len(ent) > 3:
            continue
        bounds = _trim(list(ent), w)
        if bounds is None:
            continue
        toks = ent[bounds[0] : bounds[1]]
        key = normalize(toks.text)
        if key in forms and key not in person_words and toks.start_char not in starts:
            mentions.append(Mention(toks.start_char, toks.end_char, toks.text, forms[key], "SAME"))
    # a disease named after a place is no place: "the Marburg virus", "Lassa fever"
    # (and a word without a capital letter is no name: "swan")
    mentions = [
        m
        for m in mentions
        if _word_after(full, m.end) not in w.disease_words and not m.text.islower()
    ]
    mentions.sort(key=lambda m: (m.start, m.end))
    # drop overlaps, keeping the earlier / longer one
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _hint(gaz: Gazetteer, full: str, toks: Any, w: PlaceWords) -> Mention | None:
    """A place leading an organisation's name ("Tennessee Highway Patrol", "Edgar County
    Sheriff's Department").

    The organisation is not a place, but it tells where the article is: the mention
    counts as context only (label ``HINT``) and is never output. Countries and large
    divisions lead at any length; counties only when the name (not an alias) is
    unambiguous: all its entries in one first-level division. (Towns leading
    organisations' names, "DeSoto Detention Center", were measured to mislead.)
    """
    for n in (3, 2, 1):
        if len(toks) <= n:
            continue
        head = toks[:n]
        if not all(t.text[:1].isupper() for t in head):
            continue
        text = full[head.start_char : head.end_char]
        key = normalize(text)
        rows = tuple(r for r in gaz.rows(text) if normalize(gaz.names[r]) == key)
        big = tuple(
            r
            for r in rows
            if gaz.feature[r] == 1 or (gaz.feature[r] == 4 and gaz.population[r] >= 1_000_000)
        )
        if big:
            return Mention(head.start_char, head.end_char, text, big, "HINT")
        local = tuple(r for r in rows if gaz.feature[r] == 4)
        if (
            local
            and not text.isupper()
            and toks[n].text.lower() not in w.admin_words
            and len({(gaz.country[r], gaz.admin1[r]) for r in local}) == 1
        ):
            return Mention(head.start_char, head.end_char, text, local, "HINT")
        towns = tuple(
            r
            for r in rows
            if gaz.feature[r] in (0, 4) and gaz.population[r] >= WEAK_HINT_POPULATION
        )
        if (
            towns
            and not text.isupper()
            and toks[n].text.lower() not in w.admin_words
            and toks[n].lower_ not in w.hint_continuations
        ):
            return Mention(head.start_char, head.end_char, text, towns, "WEAK")
    return None


def _qualifier_at(parse: Any, full: str, i: int, gaz: Gazetteer) -> Mention | None:
    """A state or country named at token ``i`` (up to three tokens)."""
    for n in (3, 2, 1):
        if i + n > len(parse):
            continue
        toks = parse[i : i + n]
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = full[start:end]
        if not text[:1].isupper():
            continue
        rows = _state_rows(gaz, text)
        if not rows:
            rows = tuple(r for r in gaz.rows(text) if gaz.feature[r] in (1, 4))
            if rows and not any(gaz.feature[r] == 1 for r in rows):
                # an admin area: only states and provinces, not counties
                rows = tuple(r for r in rows if gaz.population[r] >= 100_000)
        if rows:
            # a trailing period that ends the sentence is not part of the name
            if (
                text.endswith(".")
                and normalize(text) not in gaz.index
                and not _state_rows(gaz, text)
            ):
                end -= 1
                text = text[:-1]
            return Mention(start, end, text, rows, "QUAL")
    return None


def _name_token(tok: Any) -> bool:
    return bool(tok.pos_ == "PROPN" and tok.text[:1].isupper())


def _untagged_run(
    parse: Any,
    full: str,
    gaz: Gazetteer,
    taken: bytearray,
    settings: Settings,
    i: int,
    blocked: set[str],
) -> Mention | None:
    """A strong gazetteer match for a run of untagged proper nouns starting at token ``i``.

    Strong: a state abbreviation ("W. Va."), or a name of two or more words that is a
    county, a country or a town of some size ("Kanawha County", "Grand Prairie"). A run
    that goes on after the name ("Kanawha County Family Court") names an organisation:
    the place in it is context only (``HINT``).
    """
    n = len(parse)
    k = i
    while k < n and k - i < 5 and _name_token(parse[k]) and not taken[k]:
        k += 1
    for end in range(min(k, i + 4), i + 1, -1):
        toks = parse[i:end]
        start, stop = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = full[start:stop]
        if text.isupper():
            continue
        key = normalize(text)
        if key in blocked:
            return None
        rows = _state_rows(gaz, text) if "." in text else ()
        if not rows:
            rows = tuple(
                r
                for r in gaz.rows(text)
                if normalize(gaz.names[r]) == key
                and (
                    gaz.feature[r] in (1, 4)
                    or (gaz.feature[r] == 0 and gaz.population[r] >= settings.min_run_population)
                )
            )
        if rows:
            return Mention(start, stop, text, rows, "RUN" if end == k else "HINT")
    return None


def _county_lists(
    parse: Any, full: str, gaz: Gazetteer, seen: set[int], blocked: set[str], w: PlaceWords
) -> Iterable[Mention]:
    """Counties named in a list before the word: "Clay, Otter Tail and Wilkin counties"
    (a list: one name before "counties" is often a state's, "Indiana counties")."""
    strings = parse.vocab.strings
    plurals = {strings["counties"], strings["parishes"]}
    for at, low in enumerate(parse.to_array("LOWER").tolist()):
        if low not in plurals or at == 0:
            continue
        tok = parse[at]
        word = tok.lower_
        i = tok.i
        suffix = " County" if word == "counties" else " Parish"
        found: list[Mention] = []
        names = 0
        j = i - 1
        while j >= 0:
            k = j
            while k >= 0 and parse[k].text[:1].isupper() and parse[k].pos_ == "PROPN":
                k -= 1
            if k == j:
                break
            toks = parse[k + 1 : j + 1]
            names += 1
            if len(toks) <= 3:
                key = normalize(toks.text)
                rows = tuple(
                    r
                    for r in gaz.rows(toks.text + suffix)
                    if gaz.feature[r] == 4 and normalize(gaz.names[r]) == key + suffix.lower()
                )
                if rows:  # (the list makes it a county's name, whatever the NER said)
                    found.append(
                        Mention(toks.start_char, toks.end_char, toks.text, rows, "COUNTIES")
                    )
            if k >= 0 and parse[k].text in w.county_list_separators:
                j = k - 1
                if j >= 0 and parse[j].text == "," and parse[k].text != ",":
                    j -= 1
                elif j >= 0 and parse[j].lower_ == "and":
                    j -= 1
            else:
                break
        if names > 1:  # "Indiana counties" are the state's counties
            yield from found


def _word_after(text: str, end: int) -> str:
    """The lower-cased word right after ``end`` (one space at most between)."""
    i = end + 1 if text[end : end + 1] == " " else end
    j = i
    while j < len(text) and text[j].isalpha():
        j += 1
    return text[i:j].lower()


def _states_by_wording(parse: Any, gaz: Gazetteer, mentions: list[Mention], w: PlaceWords) -> None:
    """A state's name the wording makes a state: "a Washington state farm", "the state of
    Washington", "in Washington, Pennsylvania and California" (a list of states)."""
    state_rows = set(gaz.states.values())

    def state_of(m: Mention) -> int | None:
        key = normalize(m.text)
        return next((r for r in m.rows if r in state_rows and normalize(gaz.names[r]) == key), None)

    spans = []
    for m in mentions:
        span = parse.char_span(m.start, m.end, alignment_mode="expand")
        spans.append(span)
    n = len(parse)
    for idx, m in enumerate(mentions):
        row = state_of(m)
        span = spans[idx]
        if row is None or span is None or len(m.rows) == 1:
            continue
        after = parse[span.end].lower_ if span.end < n else ""
        before = parse[span.start - 2 : span.start].text.lower() if span.start >= 2 else ""
        listed = False
        for jdx in (idx - 1, idx + 1):
            if not 0 <= jdx < len(mentions) or spans[jdx] is None:
                continue
            other = spans[jdx]
            lo, hi = (other.end, span.start) if jdx < idx else (span.end, other.start)
            between = {tok.lower_ for tok in parse[lo:hi]} if lo <= hi else {"?"}
            if (
                between
                and between <= w.state_list_separators
                and state_of(mentions[jdx]) is not None
            ):
                listed = True
        if after == "state" or before == "state of" or listed:
            m.rows = (row,)


def _missed(
    parse: Any,
    full: str,
    gaz: Gazetteer,
    taken: bytearray,
    settings: Settings,
    seen: set[int],
    blocked: set[str],
    w: PlaceWords,
) -> Iterable[Mention]:
    """Gazetteer names after a locative preposition that the NER did not tag."""
    n = len(parse)
    # a US legislator's party and home: "Sen. Tom Bakk, DFL-Cook", "(R-Ocilla)", "D-S.C."
    for match in PARTY_HOME.finditer(full):
        for text in (match.group(1), match.group(1).split(" ")[0]):
            start = match.start(1)
            if start in seen:
                break
            rows = _state_rows(gaz, text) if "." in text else ()
            if not rows:
                key = normalize(text)
                rows = tuple(r for r in gaz.rows(text) if gaz.country[r] == "USA")
                if key in blocked or not rows:
                    continue
            yield Mention(start, start + len(text), text, rows, "PARTY")
            break
    # a dateline: "BEIRUT, Lebanon (AP) -", "WASHINGTON -", at the start of the text or
    # of one of its first sentences (after a headline), or after a year there (a byline's
    # date)
    starts = [0] if n else []
    if n and parse.has_annotation("SENT_START"):
        first = list(parse.sents)[:DATELINE_SENTENCES]
        starts += [sent.start for sent in first[1:]]
        # after a byline's date: "BY ANA DIAZ Staff Writer March 29, 2009 SALEM --"
        starts += [
            t.i + 1 for sent in first for t in sent if t.is_digit and len(t) == 4 and t.i + 1 < n
        ]
    for s0 in starts:
        if parse[s0].idx in seen:
            continue
        # (the NER often takes a dateline in capitals for a group or an organisation)
        k = s0
        while (
            k < n
            and k - s0 < 4
            and parse[k].is_upper
            and parse[k].is_alpha
            and parse[k].ent_type_ not in PLACE_LABELS
        ):
            k += 1
        if (
            s0 < k < n
            and parse[k].text in (",", "-", "—", "–", "(", "--", "---")
            and parse[s0].lower_ != "the"
        ):
            text = parse[s0:k].text
            rows = gaz.rows(text)
            if any(taken[s0:k]):
                # a dateline the NER took for something else: a town's own name only
                key = normalize(text)
                if _best_population(gaz, rows, key) < settings.min_extra_population:
                    rows = ()
            if rows and len(text) > 2:
                start = parse[s0].idx
                yield Mention(start, start + len(text), text, rows, "DATELINE")
                continue
        # a dateline in ordinary capitals, before a dash: "Albany — An Albany man ..."
        k = s0
        while k < n and k - s0 < 3 and parse[k].is_title and parse[k].pos_ == "PROPN":
            k += 1
        if s0 < k < n and parse[k].text in ("—", "–", "--"):
            text = parse[s0:k].text
            key = normalize(text)
            rows = gaz.rows(text)
            if key not in blocked and any(normalize(gaz.names[r]) == key for r in rows):
                start = parse[s0].idx
                yield Mention(start, start + len(text), text, rows, "DATELINE")
    yield from _county_lists(parse, full, gaz, seen, blocked, w)
    # Each test below needs a proper noun, a capital first letter or a preposition: other
    # words are skipped on the parse's POS and IDX columns, without building a Token.
    strings = parse.vocab.strings
    propn, adp = strings["PROPN"], strings["ADP"]
    chars = parse.text
    for i, (pos, idx) in enumerate(parse.to_array(["POS", "IDX"]).tolist()):
        if pos != propn and pos != adp and not chars[idx : idx + 1].isupper():
            continue
        tok = parse[i]
        if (
            not taken[i]
            and tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and tok.idx not in seen
            and (i == 0 or parse[i - 1].pos_ != "PROPN")
            and (i + 1 >= n or parse[i + 1].pos_ != "PROPN")
        ):
            # an untagged name of a country, a state or a famous city ("Sudan", "Tbilisi")
            rows = gaz.rows(tok.text)
            key = normalize(tok.text)
            if (
                key not in blocked
                and _famous(gaz, rows, key, cities=not tok.is_sent_start, provinces=True)
                and not tok.text.isupper()
            ):
                # (a sentence's first word is capitalised anyway: "Man booked ...")
                yield Mention(tok.idx, tok.idx + len(tok.text), tok.text, rows, "NAME")
                continue
            # a town the local news names before its police or council ("Roselle police")
            if (
                key not in blocked
                and i + 1 < n
                and parse[i + 1].lower_ in w.local_nouns
                and tok.lower_ not in w.local_nouns
                and not tok.text.isupper()
                and _best_population(gaz, rows, key) >= settings.min_extra_population
            ):
                yield Mention(tok.idx, tok.idx + len(tok.text), tok.text, rows, "LOCAL")
                continue
        if (
            not taken[i]
            and tok.text[:1].isupper()
            and tok.idx not in seen
            and (i == 0 or taken[i - 1] or not _name_token(parse[i - 1]))
            and i + 1 < n
            and _name_token(parse[i + 1])
            and not taken[i + 1]
        ):
            found = _untagged_run(parse, full, gaz, taken, settings, i, blocked)
            if found is not None:
                yield found
                continue
        hometown = tok.lower_ == "of" and i > 0 and parse[i - 1].ent_type_ == "PERSON"
        if (tok.lower_ not in w.name_locatives and not hometown) or tok.pos_ != "ADP" or i + 1 >= n:
            continue
        j = i + 1
        if parse[j].lower_ == "the" and j + 1 < n:
            j += 1
        if taken[j] or not parse[j].text[:1].isupper() or parse[j].pos_ not in ("PROPN",):
            continue
        k = j
        while k < n and k - j < 4 and (parse[k].pos_ == "PROPN" and not taken[k]):
            k += 1
        for end in range(k, j, -1):
            toks = parse[j:end]
            start, stop = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            if start in seen:
                break
            text = full[start:stop]
            rows = gaz.rows(text)
            if not rows:
                continue
            if normalize(text) in blocked:
                break
            primary = [r for r in rows if normalize(gaz.names[r]) == normalize(text)]
            if not primary:
                break
            if max(gaz.population[r] for r in primary) < settings.min_extra_population:
                break
            if hometown and end < n and parse[end].text not in (",", "and", ".", ";", ")"):
                break  # "Jane Smith of Moorhead, ...": a person's home town, then a pause
            yield Mention(start, stop, text, rows, "EXTRA")
            break


# ---------------------------------------------------------------------------------------
# Disambiguation


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return (int(math.floor(lat)), int(math.floor(lon)))


def _cells(lat: float, lon: float, sizes: Sequence[float]) -> list[tuple[int, int, int]]:
    """The map cells of a point, one for each cell size (in degrees)."""
    return [
        (level, int(math.floor(lat / size)), int(math.floor(lon / size)))
        for level, size in enumerate(sizes)
    ]


def _group_context(
    gaz: Gazetteer, group: Sequence[Mention], rows: Sequence[int]
) -> tuple[Counter[str], Counter[str], set[tuple[int, int]]]:
    """What one name contributes to the context: countries, admin areas, map cells."""
    countries: Counter[str] = Counter()
    areas: Counter[str] = Counter()
    cells: set[tuple[int, int]] = set()
    if not rows:
        return countries, areas, cells
    n = len(group)
    cs = {gaz.country[r] for r in rows}
    if len(cs) == 1:
        c = next(iter(cs))
        if c:
            countries[c] += n
    feats = {gaz.feature[r] for r in rows}
    if feats == {4} or len(rows) == 1 or any(m.qualifies for m in group):
        keys = {(gaz.country[r], gaz.admin1[r]) for r in rows if gaz.feature[r] in (0, 4)}
        if len(keys) == 1:
            c, a = next(iter(keys))
            if c and a:
                areas[f"{c}/{a}"] += n
    if len(rows) == 1 and feats & {0, 4}:
        r = rows[0]
        lat, lon = gaz.lat[r], gaz.lon[r]
        if lat is not None and lon is not None and gaz.feature[r] in (0, 4):
            cells.add(_cell(lat, lon))
    return countries, areas, cells


def _spread(
    gaz: Gazetteer, group: Sequence[Mention], resolved: bool, sizes: Sequence[float]
) -> dict[tuple[int, int, int], float]:
    """Where a name probably is: map cells (widened by one cell) with probabilities.

    Cells of several sizes ("near" at a few sizes: the same region, the same county)
    each add their support.

    Before any scoring, only a name with one candidate is placed; after a pass, the
    candidates share the probability their scores give them (10 ** score, normalised).
    """
    m = group[0]
    spread: dict[tuple[int, int, int], float] = {}
    if resolved and m.scores:
        top = sorted(m.scores.items(), key=lambda kv: -kv[1])[:20]
        best = top[0][1]
        weights = [(r, 10 ** (sc - best)) for r, sc in top]
    elif len(set(m.rows)) == 1:
        weights = [(m.rows[0], 1.0)]
    else:
        return spread
    total = sum(w for _, w in weights)
    for r, w in weights:
        lat, lon = gaz.lat[r], gaz.lon[r]
        if lat is None or lon is None or gaz.feature[r] not in (0, 4):
            continue
        for level, a, b in _cells(lat, lon, sizes):
            for i in (-1, 0, 1):
                for j in (-1, 0, 1):
                    c = (level, a + i, b + j)
                    spread[c] = min(1.0, spread.get(c, 0.0) + w / total)
    return spread


def _support_at(
    others: Sequence[dict[tuple[int, int, int], float]],
    memo: dict[tuple[int, int, int], float],
    cell: tuple[int, int, int],
) -> float:
    """What the other names' spreads give one map cell, summed in their order, and only
    for the cells a candidate asks about (``memo`` keeps it for the other candidates)."""
    got = memo.get(cell)
    if got is None:
        got = 0.0
        for spread in others:
            if cell in spread:
                got += spread[cell]
        memo[cell] = got
    return got


def _prior(gaz: Gazetteer, r: int, key: str, s: Settings) -> float:
    """A row's score before any context: population, kind of feature, capital, alias."""
    feat = gaz.feature[r]
    score = math.log10(gaz.population[r] + 10)
    if feat == 1:
        score += s.country_bonus
    elif feat == 4:
        score += s.admin_bonus
    if r in gaz.capital:
        score += s.capital_bonus
    if not _own_name(gaz, r, key):
        score -= s.alias_penalty
    return score


def _own_name(gaz: Gazetteer, r: int, key: str) -> bool:
    """Whether a name is the row's own (or its transliteration), not one of its aliases."""
    own = normalize(gaz.names[r])
    return own == key or _transliterated(gaz.names[r], own, key)


def _transliterated(written: str, name: str, alias: str) -> bool:
    """Whether an alias writes a transliterated name another way: the gazetteer writes
    it with diacritics ("Janīn") and the alias is one letter from it ("Jenin"). Names
    written plainly one letter apart are other places ("Grantville", "Grantsville")."""
    return (
        not written.isascii()
        and min(len(name), len(alias)) >= 5
        and Levenshtein.distance(name, alias) <= 1
    )


def _area_votes(
    gaz: Gazetteer, key: str, group: Sequence[Mention], resolved: bool, s: Settings
) -> dict[str, float]:
    """How plausibly one name lies in each first-level division ("USA/TN"), 0..1.

    A division gets the flattened score of the name's best candidate in it, relative
    to the name's best candidate overall (``10 ** ((score - best) / home_temperature)``):
    an unambiguous "Edgar County" gives Illinois 1.0; "Henry County" (ten equal
    counties) gives each of ten states 1.0; "Paris" gives Ile-de-France 1.0 and each
    American state with a Paris about 0.1. A town whose division the other names of the
    article support gets a bonus: "Paris and Henry County" meet in Tennessee, while a
    Paris and a London of one small state barely count against the capitals.
    """
    m = group[0]
    if resolved and m.scores:
        scores = m.scores
    else:
        scores = {r: _prior(gaz, r, key, s) for r in set(m.rows)}
    if not scores:
        return {}
    best = max(scores.values())
    t = s.home_temperature
    votes: dict[str, float] = {}
    for r, sc in scores.items():
        c, a = gaz.country[r], gaz.admin1[r]
        if c and a and gaz.feature[r] in (0, 4):
            area = f"{c}/{a}"
            w = 10 ** ((sc - best) / t)
            if w > votes.get(area, 0.0):
                votes[area] = w
    return votes


def _world_city(gaz: Gazetteer, r: int, key: str) -> bool:
    """A city the world knows by this bare name, its own: a big city or a national
    capital ("Paris"; not Casablanca by an alias that translates it)."""
    pop = gaz.population[r]
    return (
        gaz.feature[r] == 0
        and _own_name(gaz, r, key)
        and (pop >= WORLD_CITY_POPULATION or (r in gaz.capital and pop >= FAMOUS_POPULATION))
    )


def _local_areas(
    gaz: Gazetteer, group: Sequence[Mention], paragraph: dict[int, int]
) -> set[tuple[int, str, str]]:
    """The divisions one placed name puts in its paragraphs: (paragraph, country, admin1).

    Only a name the tagger took for a place somewhere, or an organisation's place
    ("Kansas State University"), places anything: "White House" tagged as an
    organisation is no town of Tennessee.
    """
    out: set[tuple[int, str, str]] = set()
    if not any(m.label in PLACE_LABELS or m.label == "HINT" or m.qualifies for m in group):
        return out
    for m in group:
        r = m.choice
        if m.label == "WEAK" or r is None or gaz.feature[r] not in (0, 4):
            continue
        c, a = gaz.country[r], gaz.admin1[r]
        if c and a:
            out.add((paragraph[m.start], c, a))
    return out


def _near_towns(
    gaz: Gazetteer,
    rows: Sequence[int],
    towns: Sequence[dict[tuple[int, int, int], float]],
    sizes: Sequence[float],
) -> set[int]:
    """The rows some other town (of the same paragraphs) lies near; a state's or a
    country's middle is no town's neighbour."""
    memo: dict[tuple[int, int, int], float] = {}
    out: set[int] = set()
    for r in rows:
        lat, lon = gaz.lat[r], gaz.lon[r]
        if lat is not None and lon is not None:
            if any(_support_at(towns, memo, c) > 0 for c in _cells(lat, lon, sizes)):
                out.add(r)
    return out


def _keep_world_city(
    gaz: Gazetteer,
    key: str,
    rows: Sequence[int],
    scores: dict[int, float],
    local: set[int],
    s: Settings,
) -> None:
    """A small namesake of a world city wins by local evidence only.

    A careful reader takes "Paris" for the capital of France in an American story about
    "the Paris attacks"; only a qualifier ("Paris, Texas"), the town's county, or a town
    near it, its state or a town of its state in the same paragraph makes it the
    small town. Without such evidence, the article's country, states and home region lift
    a namesake no more than they lift the world city (its score less its prior). A
    namesake is small below :data:`FAMOUS_POPULATION` (Lebanon's Tripoli is none).
    """
    world = [r for r in rows if _world_city(gaz, r, key)]
    if not world:
        return
    f = max(world, key=lambda r: scores[r])
    lift = scores[f] - _prior(gaz, f, key, s)
    for r in rows:
        if r in local or r in world or gaz.feature[r] != 0:
            continue
        if gaz.population[r] < min(gaz.population[f], FAMOUS_POPULATION):
            scores[r] = min(scores[r], _prior(gaz, r, key, s) + lift)


def _score_all(
    gaz: Gazetteer,
    groups: dict[str, list[Mention]],
    actors: Sequence[Actor],
    resolved: bool,
    s: Settings,
    paragraph: dict[int, int],
) -> None:
    base: Counter[str] = Counter(a.country for a in actors if a.country)
    contexts = {}
    total_c: Counter[str] = Counter(base)
    total_a: Counter[str] = Counter()
    for key, group in groups.items():
        if resolved:
            rows: Sequence[int] = (group[0].choice,) if group[0].choice is not None else ()
        else:
            rows = tuple(set(group[0].rows))
        weak = all(m.label == "WEAK" for m in group)
        ctx = _group_context(gaz, group, rows) if not weak else (Counter(), Counter(), set())
        contexts[key] = ctx
        total_c.update(ctx[0])
        total_a.update(ctx[1])
    spreads = {
        key: _spread(gaz, group, resolved, s.near_cells)
        for key, group in groups.items()
        if not all(m.label == "WEAK" for m in group)
    }
    votes = {key: _area_votes(gaz, key, group, resolved, s) for key, group in groups.items()}
    placed = {key: _local_areas(gaz, group, paragraph) for key, group in groups.items()}
    big_rows = set(gaz.states.values()) | set(gaz.countries.values())
    big_names = {
        key
        for key, group in groups.items()
        if any(r in big_rows and normalize(gaz.names[r]) == key for r in group[0].rows)
    }
    # US counties the names may lie in: a town and its county named together meet there
    # ("Decatur" and "DeKalb County" in Georgia, "Huntsville" and "Walker County" in Texas)
    counties = {
        key: {(gaz.admin1[r], gaz.county[r]) for r in set(group[0].rows) if gaz.county[r]}
        for key, group in groups.items()
    }
    county_count: Counter[tuple[str, str]] = Counter()
    for ks in counties.values():
        county_count.update(ks)
    home: dict[str, float] = defaultdict(float)
    for v in votes.values():
        for area, w in v.items():
            home[area] += w
    state_rows = set(gaz.states.values())
    country_rows = set(gaz.countries.values())
    for key, group in groups.items():
        own_c, own_a, _own_cells = contexts[key]
        countries = total_c - own_c
        states = total_a - own_a
        dominant = countries.most_common(1)[0][0] if countries else None
        top_state = max(states.values(), default=0)
        others = [spread for other_key, spread in spreads.items() if other_key != key]
        supported = any(others)
        support: dict[tuple[int, int, int], float] = {}
        rows = group[0].rows
        qual_rows: set[int] = set()
        for m in group:
            if m.qualifier is not None:
                qual_rows.update(m.qualifier.rows)
        allowed = rows
        if qual_rows:
            qcountries = {gaz.country[r] for r in qual_rows}
            qstates = {gaz.admin1[r] for r in qual_rows if gaz.feature[r] == 4}
            keep = tuple(
                r
                for r in rows
                if (gaz.feature[r] != 1 or r in qual_rows)
                and (
                    (qstates and gaz.admin1[r] in qstates)
                    or (
                        any(gaz.feature[q] == 1 for q in qual_rows) and gaz.country[r] in qcountries
                    )
                )
            )
            if keep:
                allowed = keep
        # a name that is a state or a country is not a town of the home region
        homely = not any(
            (r in state_rows or r in country_rows) and normalize(gaz.names[r]) == key for r in rows
        )
        if any(r in big_rows and normalize(gaz.names[r]) == key for r in allowed):
            # "Ohio" is the state, not a county that has the state's name as an alias
            allowed = tuple(
                r for r in allowed if gaz.feature[r] != 4 or normalize(gaz.names[r]) == key
            )
        local: set[int] = set()
        scores: dict[int, float] = {}
        for r in allowed:
            feat = gaz.feature[r]
            score = _prior(gaz, r, key, s)
            c = gaz.country[r]
            if c and countries.get(c):
                score += s.context_country
                if c == dominant:
                    score += s.dominant_country
            if c and gaz.admin1[r] and feat != 1:
                area = f"{c}/{gaz.admin1[r]}"
                if states.get(area):
                    # the article's main division counts fully, a passing one less
                    share = states[area] / top_state
                    score += s.context_state * share**s.state_share_power
                own = votes[key].get(area, 0.0)
                other = home.get(area, 0.0) - own
                if homely and other > 0 and r not in state_rows and normalize(gaz.names[r]) == key:
                    score += s.home_bonus * min(other, s.home_max)
            if gaz.county[r] and (homely or feat == 4):
                k = (gaz.admin1[r], gaz.county[r])
                if county_count[k] > (k in counties[key]):
                    score += s.county_bonus
                    local.add(r)
            lat, lon = gaz.lat[r], gaz.lon[r]
            if supported and lat is not None and lon is not None and feat in (0, 4):
                near = sum(_support_at(others, support, c) for c in _cells(lat, lon, s.near_cells))
                score += s.near_bonus * min(near, s.near_max)
            scores[r] = score
        # only once the other names are placed can a town's local evidence be seen
        if resolved and any(_world_city(gaz, r, key) for r in allowed):
            paras = {paragraph[m.start] for m in group}
            nearby = {
                (c, a) for k, got in placed.items() if k != key for p, c, a in got if p in paras
            }
            towns = [
                sp
                for k, sp in spreads.items()
                if k != key
                and k not in big_names
                and paras & {paragraph[m.start] for m in groups[k]}
            ]
            local |= _near_towns(gaz, allowed, towns, s.near_cells)
            local |= {r for r in allowed if (gaz.country[r], gaz.admin1[r]) in nearby}
            _keep_world_city(gaz, key, allowed, scores, local, s)
        best = max(scores, key=lambda r: scores[r]) if scores else None
        for m in group:
            m.scores = scores
            m.choice = best


def resolve_mentions(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    actors: Sequence[Actor] = (),
    settings: Settings | None = None,
    paragraphs: Sequence[tuple[int, int]] = (),
) -> list[Mention]:
    """Choose a gazetteer row for every mention: a prior pass, then two context passes.

    ``paragraphs`` (spans of the text) bound what counts as a town's local evidence
    (its state named nearby); without them the whole text is one paragraph.
    """
    s = settings or Settings()
    starts = [p[0] for p in paragraphs]
    paragraph = {m.start: bisect.bisect_right(starts, m.start) - 1 for m in mentions}
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[normalize(m.text)].append(m)
    for group in groups.values():
        group.sort(key=lambda m: m.label in HINTS)  # a real mention's candidates lead
    _score_all(gaz, groups, actors, False, s, paragraph)
    for _ in range(s.passes):
        _score_all(gaz, groups, actors, True, s, paragraph)
    return list(mentions)


def to_places(gaz: Gazetteer, mentions: Iterable[Mention]) -> list[Place]:
    out: list[Place] = []
    for m in mentions:
        if m.choice is None or m.label in HINTS:
            continue
        e = gaz.entry(m.choice)
        out.append(
            Place(
                text=m.text,
                span=(m.start, m.end),
                name=e.name,
                country=e.country,
                lat=e.lat,
                lon=e.lon,
                geonameid=e.geonameid,
                feature=e.feature,
            )
        )
    out.sort(key=lambda p: p.span)
    return out
