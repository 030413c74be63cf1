"""What the store's queries return: frozen, typed records.

An :class:`EventRecord` is a contract :class:`~geowire.document.Event` with what the
store knows of it (its id, article, cluster and the cluster's counts); a
:class:`QuoteRecord` a quote with its speaker and article. ``to_dict`` gives the JSON
the HTTP API and the command line print (docs/contract.md, plus the store's fields).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..document import ActorRef, Event, Location

__all__ = ["EventRecord", "QuoteRecord"]


def _ref(row: Mapping[str, Any], prefix: str) -> ActorRef | None:
    if row[f"{prefix}_name"] is None:
        return None
    return ActorRef(
        name=row[f"{prefix}_name"],
        code=row[f"{prefix}_code"],
        country=row[f"{prefix}_country"],
        actor=row[f"{prefix}_actor"],
    )


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One stored event report: the event, its article, and its cluster (``reports`` in
    it, distinct ``articles`` and news ``sources`` reporting it)."""

    event: Event
    id: str
    doc_id: str
    cluster_id: str
    reports: int
    articles: int
    sources: int
    published: dt.date | None
    url: str | None

    @classmethod
    def from_row(cls, r: Mapping[str, Any]) -> EventRecord:
        """The record of a row of the events query (the ``events`` columns, the
        article's ``published`` and ``url``, and the cluster's counts)."""
        location = None
        if r["location_name"] is not None:
            location = Location(r["location_name"], r["location_country"], r["lat"], r["lon"])
        event = Event(
            source=_ref(r, "source"),
            target=_ref(r, "target"),
            cameo=r["cameo"],
            root=r["root"],
            plover=r["plover"],
            quad_class=r["quad_class"],
            goldstein=r["goldstein"],
            date=r["date"],
            modality=r["modality"],
            location=location,
            sentence=r["sentence"],
            span=(r["span_start"], r["span_end"]),
            evidence=r["evidence"],
            confidence=r["confidence"],
        )
        return cls(
            event=event,
            id=r["id"],
            doc_id=r["doc_id"],
            cluster_id=r["cluster_id"],
            reports=int(r["reports"]),
            articles=int(r["articles"]),
            sources=int(r["sources"]),
            published=r.get("published"),
            url=r.get("url"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The contract event dict plus ``id``, ``doc_id``, ``cluster_id``, ``reports``,
        ``articles``, ``sources``, ``published`` and ``url``."""
        return {
            **self.event.to_dict(),
            "id": self.id,
            "doc_id": self.doc_id,
            "cluster_id": self.cluster_id,
            "reports": self.reports,
            "articles": self.articles,
            "sources": self.sources,
            "published": _iso(self.published),
            "url": self.url,
        }


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One stored quote: its text and span, kind, speaker, cue and cue type, and its
    article (id, publication date, URL and title)."""

    text: str
    span: tuple[int, int]
    kind: str | None
    speaker: ActorRef | None
    cue: str | None
    cue_type: str | None
    doc_id: str
    published: dt.date | None
    url: str | None
    title: str | None

    @classmethod
    def from_row(cls, r: Mapping[str, Any]) -> QuoteRecord:
        """The record of a row of ``quotes`` joined with its article."""
        return cls(
            text=r["text"],
            span=(r["span_start"], r["span_end"]),
            kind=r["kind"],
            speaker=_ref(r, "speaker"),
            cue=r["cue"],
            cue_type=r.get("cue_type"),
            doc_id=r["doc_id"],
            published=r["published"],
            url=r["url"],
            title=r.get("title"),
        )

    def to_dict(self) -> dict[str, Any]:
        """A contract quote dict plus ``doc_id``, ``published``, ``url`` and ``title``
        (the speaker without the span of the words naming it)."""
        return {
            "text": self.text,
            "span": list(self.span),
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue,
            "cue_type": self.cue_type,
            "doc_id": self.doc_id,
            "published": _iso(self.published),
            "url": self.url,
            "title": self.title,
        }
