"""The Document and its records.

One typed, frozen :class:`Document` flows through the pipeline. Components never
mutate it: they return a new one with :meth:`Document.replace`. Every record is a
frozen dataclass, and every span is a ``(start, end)`` pair of character offsets
into ``Document.text`` (end exclusive).

``Document.to_dict()`` produces exactly the JSON object of ``docs/contract.md``;
``Document.from_dict()`` reads it back.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "Span",
    "Actor",
    "ActorRef",
    "Speaker",
    "Location",
    "Event",
    "Uncoded",
    "Quote",
    "TimeExpression",
    "Place",
    "Document",
    "OffsetMap",
    "content_id",
    "paragraph_spans",
    "span_index",
]

Span = tuple[int, int]

ActorKind = Literal["person", "state", "organization", "group", "place"]
Modality = Literal["asserted", "reported", "planned", "hypothetical", "negated"]
QuoteKind = Literal["direct", "indirect", "partial"]
CueType = Literal["speech", "writing", "belief", "perception", "stance"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
PlaceFeature = Literal["city", "country", "region", "water", "admin", "other"]


def content_id(text: str) -> str:
    """A stable id derived from the content: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def span_index(spans: Sequence[Span], offset: int) -> int:
    """Index of the span of the sorted, disjoint ``spans`` that holds ``offset``, or -1."""
    i = bisect.bisect_right(spans, offset, key=lambda span: span[0]) - 1
    return i if i >= 0 and offset < spans[i][1] else -1


def paragraph_spans(text: str) -> tuple[Span, ...]:
    """The paragraphs of ``text`` as (start, end) spans: text between line breaks, blank
    lines dropped (the cleaner writes a blank line between paragraphs and keeps single
    line breaks, which the parser also takes as sentence starts)."""
    bounds: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            bounds.append((pos, end))
        pos = end + 1
    return tuple(bounds)


def _span(value: Sequence[int]) -> Span:
    start, end = value
    return (int(start), int(end))


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor found in the document, with every mention of it."""

    id: str
    name: str
    code: str | None
    country: str | None
    sectors: tuple[str, ...] = ()
    kind: ActorKind = "person"
    mentions: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sectors": list(self.sectors),
            "kind": self.kind,
            "mentions": [list(m) for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Actor:
        return cls(
            id=d["id"],
            name=d["name"],
            code=d.get("code"),
            country=d.get("country"),
            sectors=tuple(d.get("sectors") or ()),
            kind=d.get("kind", "person"),
            mentions=tuple(_span(m) for m in d.get("mentions") or ()),
        )


@dataclass(frozen=True, slots=True)
class ActorRef:
    """A reference from an event to an actor (its id in ``Document.actors``)."""

    name: str
    code: str | None
    country: str | None
    actor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "code": self.code, "country": self.country, "actor": self.actor}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ActorRef:
        return cls(
            name=d["name"], code=d.get("code"), country=d.get("country"), actor=d.get("actor")
        )

    @classmethod
    def of(cls, actor: Actor) -> ActorRef:
        return cls(name=actor.name, code=actor.code, country=actor.country, actor=actor.id)


@dataclass(frozen=True, slots=True)
class Speaker:
    """The speaker of a quote, with the span of the words that name it."""

    name: str
    code: str | None
    country: str | None
    actor: str | None
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "actor": self.actor,
            "span": list(self.span),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Speaker:
        return cls(
            name=d["name"],
            code=d.get("code"),
            country=d.get("country"),
            actor=d.get("actor"),
            span=_span(d["span"]),
        )


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happens."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Location:
        return cls(name=d["name"], country=d.get("country"), lat=d.get("lat"), lon=d.get("lon"))


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, coded in CAMEO and PLOVER."""

    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    root: str
    plover: str | None
    quad_class: int
    goldstein: float
    date: str | None
    modality: Modality
    location: Location | None
    sentence: int
    span: Span
    evidence: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "date": self.date,
            "modality": self.modality,
            "location": self.location.to_dict() if self.location else None,
            "sentence": self.sentence,
            "span": list(self.span),
            "evidence": self.evidence,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Event:
        return cls(
            source=ActorRef.from_dict(d["source"]) if d.get("source") else None,
            target=ActorRef.from_dict(d["target"]) if d.get("target") else None,
            cameo=d["cameo"],
            root=d["root"],
            plover=d.get("plover"),
            quad_class=int(d["quad_class"]),
            goldstein=float(d["goldstein"]),
            date=d.get("date"),
            modality=d["modality"],
            location=Location.from_dict(d["location"]) if d.get("location") else None,
            sentence=int(d["sentence"]),
            span=_span(d["span"]),
            evidence=d["evidence"],
            confidence=float(d["confidence"]),
        )


@dataclass(frozen=True, slots=True)
class Uncoded:
    """A sentence with actors but no codable action, and why nothing was coded."""

    sentence: int
    span: Span
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "span": list(self.span), "reason": self.reason}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Uncoded:
        return cls(sentence=int(d["sentence"]), span=_span(d["span"]), reason=d["reason"])


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: the content span, its kind, the speaker (or None), the cue and the
    cue's type (speech, writing, belief, perception or stance; None when unknown)."""

    text: str
    span: Span
    kind: QuoteKind
    speaker: Speaker | None
    cue: str | None
    cue_type: CueType | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue,
            "cue_type": self.cue_type,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quote:
        return cls(
            text=d["text"],
            span=_span(d["span"]),
            kind=d["kind"],
            speaker=Speaker.from_dict(d["speaker"]) if d.get("speaker") else None,
            cue=d.get("cue"),
            cue_type=d.get("cue_type"),
        )


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression and its TIMEX3 value."""

    text: str
    span: Span
    type: TimeType
    value: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "type": self.type, "value": self.value}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TimeExpression:
        return cls(text=d["text"], span=_span(d["span"]), type=d["type"], value=d.get("value"))


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym resolved to a gazetteer entry."""

    text: str
    span: Span
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: PlaceFeature

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "feature": self.feature,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Place:
        return cls(
            text=d["text"],
            span=_span(d["span"]),
            name=d["name"],
            country=d.get("country"),
            lat=d.get("lat"),
            lon=d.get("lon"),
            geonameid=d.get("geonameid"),
            feature=d.get("feature", "other"),
        )


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in the cleaned text back to offsets in the raw text (written by the
    cleaner as ``Document.offsets``).

    Stored as sorted segment starts: cleaned ``clean[i]`` begins at raw ``raw[i]``
    and runs on one for one until the next segment.
    """

    clean: tuple[int, ...]
    raw: tuple[int, ...]

    def to_raw(self, offset: int) -> int:
        i = bisect.bisect_right(self.clean, offset) - 1
        if i < 0:
            return offset
        return self.raw[i] + (offset - self.clean[i])


@dataclass(frozen=True, slots=True)
class Document:
    """One article as it flows through the pipeline.

    ``raw`` is the text as it arrived; ``text`` the cleaned text every span
    indexes into (equal to ``raw`` until the cleaner runs). ``parse`` holds the
    spaCy ``Doc`` of ``text`` once the NLP component has run; it is not
    serialised. ``sentences`` are the sentence spans in ``text``, ``paragraphs`` its
    paragraph spans (:func:`paragraph_spans`, written with the parse; not serialised).
    ``origin`` says where the record was read from (``file:line``, a URL, ``api``);
    not serialised (the store keeps it). ``offsets`` maps ``text`` back to ``raw`` (the
    cleaner's :class:`OffsetMap`; None until the cleaner runs, when ``text`` is ``raw``;
    not serialised).
    """

    text: str
    id: str = ""
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None
    raw: str | None = None
    origin: str | None = None
    offsets: OffsetMap | None = field(default=None, repr=False)
    sentences: tuple[Span, ...] = ()
    paragraphs: tuple[Span, ...] = ()
    parse: Any = field(default=None, compare=False, repr=False)
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    uncoded: tuple[Uncoded, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    places: tuple[Place, ...] = ()

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(
                self, "id", content_id(self.raw if self.raw is not None else self.text)
            )
        if self.raw is None:
            object.__setattr__(self, "raw", self.text)

    def replace(self, **changes: Any) -> Document:
        """A copy with the given fields changed (the Document itself is frozen)."""
        return dataclasses.replace(self, **changes)

    def span_text(self, span: Span) -> str:
        return self.text[span[0] : span[1]]

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (-1 when sentences are unknown)."""
        for i, (start, end) in enumerate(self.sentences):
            if start <= offset < end:
                return i
        return -1

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph holding ``offset`` (-1 between paragraphs, or when
        paragraphs are unknown)."""
        return span_index(self.paragraphs, offset)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of docs/contract.md."""
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "text": self.text,
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "times": [t.to_dict() for t in self.times],
            "places": [p.to_dict() for p in self.places],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        published = d.get("published")
        return cls(
            text=d["text"],
            id=d.get("id") or "",
            title=d.get("title"),
            published=dt.date.fromisoformat(published) if published else None,
            url=d.get("url"),
            actors=tuple(Actor.from_dict(a) for a in d.get("actors") or ()),
            events=tuple(Event.from_dict(e) for e in d.get("events") or ()),
            quotes=tuple(Quote.from_dict(q) for q in d.get("quotes") or ()),
            times=tuple(TimeExpression.from_dict(t) for t in d.get("times") or ()),
            places=tuple(Place.from_dict(p) for p in d.get("places") or ()),
        )
