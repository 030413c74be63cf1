"""Hand-built documents with exact spans, and a store holding them (no spaCy model)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
from geowire.store import Store

IRQ = ("Iraq", "IRQGOV", "IRQ")
IRN = ("Iran", "IRNGOV", "IRN")


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return (start, start + len(part))


def event(text: str, src, tgt, cameo: str, quad: int, goldstein: float, evidence: str) -> Event:
    return Event(
        source=ActorRef(*src),
        target=ActorRef(*tgt),
        cameo=cameo,
        root=cameo[:2],
        plover=None,
        quad_class=quad,
        goldstein=goldstein,
        date="2007-12-09",
        modality="asserted",
        location=Location("Tehran", "IRN", 35.69, 51.42),
        sentence=0,
        span=span(text, evidence),
        evidence=evidence,
        confidence=0.9,
    )


def visit_doc() -> Document:
    text = (
        "Iraqi Vice President Tariq al-Hashimi met Iranian officials in Tehran on Sunday.\n\n"
        '"It is our destiny to live with Iran," Tariq al-Hashimi said.'
    )
    return Document(
        text=text,
        title="Iraqi vice president visits Tehran",
        published=dt.date(2007, 12, 10),
        source="wire-a",
        actors=(
            Actor(
                "a1",
                "Tariq al-Hashimi",
                "IRQGOV",
                "IRQ",
                ("GOV",),
                "person",
                (span(text, "Tariq al-Hashimi"), span(text, "Tariq al-Hashimi", 1)),
            ),
        ),
        events=(event(text, IRQ, IRN, "040", 1, 1.0, "Tariq al-Hashimi met Iranian officials"),),
        quotes=(
            Quote(
                "It is our destiny to live with Iran",
                span(text, "It is our destiny to live with Iran"),
                "direct",
                Speaker(
                    "Tariq al-Hashimi", "IRQGOV", "IRQ", "a1", span(text, "Tariq al-Hashimi", 1)
                ),
                "said",
            ),
        ),
        times=(TimeExpression("Sunday", span(text, "Sunday"), "DATE", "2007-12-09"),),
        places=(
            Place("Tehran", span(text, "Tehran"), "Tehran", "IRN", 35.69, 51.42, 112931, "city"),
        ),
    )


def accuse_doc() -> Document:
    text = "Iran accused Iraq of harbouring militants in Baghdad. Iraq rejected the charge."
    return Document(
        text=text,
        title="Iran accuses Iraq",
        published=dt.date(2007, 12, 20),
        source="wire-b",
        events=(
            event(text, IRN, IRQ, "112", 3, -2.0, "Iran accused Iraq"),
            event(text, IRQ, IRN, "125", 3, -5.0, "Iraq rejected the charge"),
        ),
    )


def sample_docs() -> list[Document]:
    return [visit_doc(), accuse_doc()]


def fill_store(path: Path) -> Path:
    """A store at ``path`` holding the sample documents."""
    with Store(path) as store:
        for doc in sample_docs():
            store.add(doc)
    return path
