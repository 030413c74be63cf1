"""Actors: who is who, coded with CAMEO country and role codes.

The component ``geowire.actors.v1`` finds every actor of a document, with every
mention of it (coreference included), and writes ``Document.actors``:

- countries as states (``Iran`` -> ``IRN``), demonyms with a role
  (``Iraqi officials`` -> ``IRQGOV``), seats of government when they act
  (``Tehran warned`` -> ``IRNGOV``; ``in Damascus`` stays a place);
- organisations, coded ``IGO``/``NGO`` + the CAMEO known-group code
  (``IGOUNO``, ``IGOGCC``, ``IGONAT``, ``IGOEEC`` for the EU, ``NGOAMN``); armed
  groups with their country (``PSEREBHMS``, ``LBNREBHEZ``);
- persons with the country and role of their title or apposition
  (``Iraqi Vice President Tariq al-Hashimi`` -> ``IRQGOV``), office holders coded by
  the article's date; coordinated actors apart (``U.S. and Iranian officials``);
- with ``Config.actors/agents`` (TABARI files) their entries, codes joined the TABARI
  way (``Arnorian police`` with ``ARNOR [ARN]`` and ``POLICE [~COP]`` -> ``ARNCOP``);
  a role with no country is coded by the role alone (``officials`` -> ``GOV``).

Other components use :func:`actor_at` / :func:`actors_at` to find the actor at a span,
and :func:`find_discards` for the TABARI discard phrases of a document.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..config import Config, Setting
from ..document import Actor, Document
from ..language import language
from ..pipeline import component
from . import context as context
from . import data
from .coref import link, relation_pronouns, to_actors
from .lexicon import Lexicon, Term, lexicon_for, normalize_text
from .parse import ParseView, byline, dateline, quote_regions
from .resolve import ActorWords, find_mentions, owned_sides, relation_groups, sectors_of

__all__ = [
    "ActorResolver",
    "MentionIndex",
    "actor_at",
    "actors_at",
    "find_discards",
    "Discards",
    "lexicon_for",
    "sectors_of",
]

log = logging.getLogger(__name__)

NAME = "geowire.actors.v1"


@dataclass(frozen=True, slots=True)
class Discards:
    """TABARI discard phrases in a document: the story, or these sentences, are not coded."""

    story: bool
    sentences: tuple[int, ...]
    phrases: tuple[tuple[int, int, str], ...]  # start, end, phrase


def find_discards(doc: Document, config: Config | None = None) -> Discards:
    """The discard phrases of ``config.discards`` found in ``doc``."""
    lex = lexicon_for(config or Config())
    hits = lex.discards(doc.text)
    story = any(entry.story for _s, _e, entry in hits)
    sents = sorted({doc.sentence_of(s) for s, _e, entry in hits if not entry.story} - {-1})
    return Discards(
        story=story,
        sentences=tuple(sents),
        phrases=tuple((s, e, entry.phrase) for s, e, entry in hits),
    )


class MentionIndex:
    """The actors of one document by the character spans of their mentions: build once,
    ask many times which actors a span of text names (the events' token-level view is
    :class:`~geowire.events.extract.TokenActors`)."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self.actors = tuple(actors)
        self.mentions = sorted((s, e, n) for n, a in enumerate(self.actors) for s, e in a.mentions)
        self.starts = [s for s, _e, _n in self.mentions]
        self.longest = max((e - s for s, e, _n in self.mentions), default=0)

    def actors_at(self, start: int, end: int) -> tuple[Actor, ...]:
        """Every actor with a mention overlapping [start, end), the closest fit first."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_right(self.starts, max(start, end))
        best: dict[int, tuple[int, int]] = {}
        for s, e, n in self.mentions[lo:hi]:
            if s < end and start < e or (s == e == start):
                overlap = min(e, end) - max(s, start)
                extra = (e - s) - overlap  # mention words outside the span
                score = (-overlap, extra)
                if n not in best or score < best[n]:
                    best[n] = score
        ranked = sorted(best.items(), key=lambda x: (x[1], x[0]))
        return tuple(self.actors[n] for n, _score in ranked)


def actors_at(doc: Document, start: int, end: int) -> tuple[Actor, ...]:
    """Every actor with a mention overlapping [start, end), the closest fit first.

    (For many lookups in one document, build a :class:`MentionIndex` once.)"""
    return MentionIndex(doc.actors).actors_at(start, end)


def actor_at(doc: Document, start: int, end: int) -> Actor | None:
    """The actor whose mention overlaps or covers [start, end) best, or None."""
    found = actors_at(doc, start, end)
    return found[0] if found else None


def _fuzzy_lookups(enabled: bool) -> dict[str, tuple[list[str], list[Term], int, int]] | None:
    """Names for matching misspellings: organisations (ORG) and countries (GPE)."""
    if not enabled:
        return None
    org_names: list[str] = []
    org_terms: list[Term] = []
    for o in data.organizations():
        for n in o.names:
            if len(n) >= 8:
                org_names.append(n.lower())
                org_terms.append(
                    Term(
                        phrase=n.lower(),
                        kind="actor",
                        source="organization",
                        name=o.name,
                        default=o.code,
                        country=o.country,
                        actor_kind=o.kind,
                    )
                )
    c_names: list[str] = []
    c_terms: list[Term] = []
    for c in data.countries():
        for n in {c.name, *c.names}:
            if len(n) >= 5 and not n.isupper():
                c_names.append(n.lower())
                c_terms.append(
                    Term(
                        phrase=n.lower(),
                        kind="actor",
                        source="country",
                        name=c.name,
                        default=c.code,
                        country=c.code,
                        actor_kind="state",
                    )
                )
    return {"ORG": (org_names, org_terms, 90, 8), "GPE": (c_names, c_terms, 89, 6)}


@component(
    NAME,
    reads=("text", "parse", "sentences", "published"),
    writes=("actors",),
    settings=(
        Setting("pronouns", bool, True),
        Setting("fuzzy_names", bool, True),
        Setting("infer_country", bool, True),
    ),
)
class ActorResolver:
    """Find, code and link the actors of a document.

    Settings (``[settings."geowire.actors.v1"]``): ``pronouns`` (default true) links
    pronouns; ``fuzzy_names`` (default true) matches misspelt organisation and country
    names (``Gulf Cooperation Counsel``, ``Ethopia``); ``infer_country`` (default true)
    gives a titled official with no country the one country named in the sentence.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        settings: Mapping[str, Any] = self.config.settings_for(NAME)
        self.pronouns = settings["pronouns"]
        self.lexicon: Lexicon = lexicon_for(self.config)
        self.fuzzy = _fuzzy_lookups(settings["fuzzy_names"] and self.config.builtin_dictionaries)
        self.infer_country = settings["infer_country"]
        self.words = language(self.config.lang).view(ActorWords)

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        if not text.strip():
            return doc.replace(actors=())
        view = ParseView.of(text, doc.parse)
        norm = normalize_text(text)
        blocked = [(s, e) for s, e, _entry in self.lexicon.discards(text, norm)]
        protos = find_mentions(
            text,
            view,
            self.lexicon,
            doc.sentences,
            doc.published,
            blocked=blocked,
            org_lookup=self.fuzzy,
            infer_country=self.infer_country,
            words=self.words,
            norm=norm,
        )
        filed = dateline(text, doc.sentences)
        if filed is not None:
            # the dateline's place and agency ("CAIRO (AP) —") are no party to the story
            protos = [p for p in protos if not (filed[0] <= p.start and p.end <= filed[1])]
        wrote = byline(text, doc.sentences)
        if wrote is not None:
            # the writer's name ("BY CHAD KLIMACK") names no state
            protos = [p for p in protos if not (wrote[0] <= p.start and p.end <= wrote[1])]
        quotes = quote_regions(text)
        builds = link(
            text, view, protos, quotes, doc.sentences, pronouns=self.pronouns, w=self.words
        )
        linked = to_actors(builds)
        actors = relation_groups(view, owned_sides(view, linked, self.words), self.words)
        if self.pronouns:
            actors = relation_pronouns(view, actors, linked, quotes, doc.sentences, w=self.words)
        return doc.replace(actors=actors)
