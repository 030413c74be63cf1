"""Hand-built documents for store tests (no spaCy model needed)."""

from __future__ import annotations

import datetime as dt

from geowire import (
    Actor,
    ActorRef,
    Document,
    Event,
    Location,
    Place,
    Quote,
    Speaker,
    TimeExpression,
)

QUAD = {"01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 2}


def event(
    src: tuple[str, str | None, str | None] | None,
    tgt: tuple[str, str | None, str | None] | None,
    cameo: str,
    *,
    date: str | None = None,
    goldstein: float = 1.0,
    sentence: int = 0,
    span: tuple[int, int] = (0, 10),
    modality: str = "asserted",
    location: Location | None = None,
    plover: str | None = None,
) -> Event:
    root = cameo[:2]
    return Event(
        source=ActorRef(*src) if src else None,
        target=ActorRef(*tgt) if tgt else None,
        cameo=cameo,
        root=root,
        plover=plover,
        quad_class=QUAD.get(root, 3 if root <= "14" else 4),
        goldstein=goldstein,
        date=date,
        modality=modality,  # type: ignore[arg-type]
        location=location,
        sentence=sentence,
        span=span,
        evidence="evidence",
        confidence=0.9,
    )


def document(
    text: str,
    *,
    id: str = "",
    published: str | None = "2007-12-10",
    events: tuple[Event, ...] = (),
    source: str | None = "wire",
    url: str | None = None,
    title: str | None = None,
    full: bool = False,
) -> Document:
    extra: dict = {}
    if full:
        extra = {
            "actors": (
                Actor("a1", "Iran", "IRN", "IRN", (), "state", ((0, 4),)),
                Actor("a2", "Iraq", "IRQ", "IRQ", ("GOV",), "state", ((10, 14), (20, 24))),
            ),
            "quotes": (
                Quote(
                    "we are neighbours",
                    (30, 47),
                    "direct",
                    Speaker("Tariq al-Hashimi", "IRQGOV", "IRQ", "a2", (50, 66)),
                    "said",
                ),
                Quote("no comment", (70, 80), "direct", None, None),
            ),
            "times": (TimeExpression("Sunday", (5, 11), "DATE", "2007-12-09"),),
            "places": (
                Place("Damascus", (12, 20), "Damascus", "SYR", 33.51, 36.29, 170654, "city"),
            ),
        }
    return Document(
        text=text,
        id=id,
        title=title,
        published=dt.date.fromisoformat(published) if published else None,
        url=url,
        source=source,
        events=events,
        **extra,
    )
