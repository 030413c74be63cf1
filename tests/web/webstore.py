"""Hand-built documents for an analyst's views: Unicode offsets, background history, dates
known only to a month or a year, and more located events than one page of 1,000."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factories import span

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

GCC = ("Gulf Cooperation Council", "IGOGCC", None)
IRN = ("Iran", "IRNGOV", "IRN")
IRQ = ("Iraq", "IRQGOV", "IRQ")
SYR = ("Syria", "SYRGOV", "SYR")
TUR = ("Turkey", "TURGOV", "TUR")
EGY = ("Egypt", "EGYGOV", "EGY")
ISR = ("Israel", "ISRGOV", "ISR")
DOHA = Location("Doha", "QAT", 25.29, 51.53)
DAMASCUS = Location("Damascus", "SYR", 33.51, 36.29)
CAIRO = Location("Cairo", "EGY", 30.04, 31.24)

#: Emoji, a flag (two regional indicators), a combining diaeresis, Arabic and Hebrew
#: (right to left) and a character beyond the BMP (U+2070E) before the words to highlight.
UNICODE_TEXT = (
    "Riyadh 🇸🇦😀: The GCC condemned Iran on Monday.\n\n"
    'Zoe\u0308 Ortiz, the Gulf envoy, said in Tehran: "We will not accept this."\n\n'
    "بالعربية قالت إيران إنها ترفض البيان. בעברית: ישראל שותקת. "
    "𠜎 The GCC then met Iran in Doha."
)


def _event(
    src: tuple[str, str, str | None],
    tgt: tuple[str, str, str | None],
    cameo: str,
    quad: int,
    goldstein: float,
    date: str | None,
    text: str,
    evidence: str,
    *,
    sentence: int = 0,
    location: Location | None = None,
) -> Event:
    return Event(
        source=ActorRef(*src),
        target=ActorRef(*tgt),
        cameo=cameo,
        root=cameo[:2],
        plover=None,
        quad_class=quad,
        goldstein=goldstein,
        date=date,
        modality="asserted",
        location=location,
        sentence=sentence,
        span=span(text, evidence),
        evidence=evidence,
        confidence=0.9,
    )


def unicode_doc() -> Document:
    t = UNICODE_TEXT
    zoe = "Zoe\u0308 Ortiz"
    return Document(
        text=t,
        title="GCC condemns Iran 🇸🇦",
        published=dt.date(2024, 3, 5),
        source="wire-u",
        actors=(
            Actor(
                "a1",
                "Gulf Cooperation Council",
                "IGOGCC",
                None,
                (),
                "organisation",
                (span(t, "GCC"), span(t, "GCC", 1)),
            ),
            Actor(
                "a2",
                "Iran",
                "IRNGOV",
                "IRN",
                ("GOV",),
                "state",
                (span(t, "Iran"), span(t, "إيران"), span(t, "Iran", 1)),
            ),
            Actor("a3", zoe, "IGOGCC", None, (), "person", (span(t, zoe),)),
            Actor("a4", "Israel", "ISR", "ISR", (), "state", (span(t, "ישראל"),)),
        ),
        events=(
            _event(GCC, IRN, "111", 3, -2.0, "2024-03-04", t, "The GCC condemned Iran"),
            _event(
                GCC,
                IRN,
                "040",
                1,
                1.0,
                "2024-03-05",
                t,
                "The GCC then met Iran in Doha",
                sentence=4,
                location=DOHA,
            ),
        ),
        quotes=(
            Quote(
                "We will not accept this.",
                span(t, "We will not accept this."),
                "direct",
                Speaker(zoe, "IGOGCC", None, "a3", span(t, zoe)),
                "said",
            ),
        ),
        times=(TimeExpression("Monday", span(t, "Monday"), "DATE", "2024-03-04"),),
        places=(
            Place("Tehran", span(t, "Tehran"), "Tehran", "IRN", 35.69, 51.42, 112931, "city"),
            Place("Doha", span(t, "Doha"), "Doha", "QAT", 25.29, 51.53, 290030, "city"),
        ),
    )


def background_doc() -> Document:
    """A 2024 article on Iraq and Iran that recalls 1980 and 1991 (background history), with
    one date known to the month and one to the year only."""
    t = (
        "Iraq and Iran fought a war from 1980. Iran accused Iraq in January 1991. "
        "Iraq met Iran in March. Iran praised Iraq on Friday. Iraq hosted Iran this year."
    )
    return Document(
        text=t,
        title="Iraq and Iran, then and now",
        published=dt.date(2024, 3, 10),
        source="wire-h",
        events=(
            _event(IRQ, IRN, "190", 4, -10.0, "1980", t, "Iraq and Iran fought a war"),
            _event(IRN, IRQ, "112", 3, -2.0, "1991-01", t, "Iran accused Iraq", sentence=1),
            _event(IRQ, IRN, "040", 1, 1.0, "2024-03", t, "Iraq met Iran", sentence=2),
            _event(IRN, IRQ, "051", 1, 3.4, "2024-03-08", t, "Iran praised Iraq", sentence=3),
            _event(IRQ, IRN, "042", 1, 1.9, "2024", t, "Iraq hosted Iran", sentence=4),
        ),
    )


def many_doc(
    title: str, published: dt.date, n: int, src: tuple, tgt: tuple, where: Location
) -> Document:
    """One article with ``n`` located events on consecutive days before publication."""
    t = f"{src[0]} and {tgt[0]} clashed again near {where.name}."
    evidence = f"{src[0]} and {tgt[0]} clashed"
    events = tuple(
        _event(
            src,
            tgt,
            "190",
            4,
            -10.0,
            (published - dt.timedelta(days=n - i)).isoformat(),
            t,
            evidence,
            sentence=i,
            location=where,
        )
        for i in range(n)
    )
    return Document(text=t, title=title, published=published, source="wire-m", events=events)


def analyst_docs() -> list[Document]:
    return [
        unicode_doc(),
        background_doc(),
        # the oldest 1,100 events, all in Damascus: a map of "the first 1,000" shows nothing else
        many_doc("Old clashes", dt.date(1990, 6, 1), 1100, SYR, TUR, DAMASCUS),
        many_doc("New clashes", dt.date(2024, 3, 1), 150, EGY, ISR, CAIRO),
    ]


def fill_analyst_store(path: Path) -> Path:
    with Store(path) as store:
        for doc in analyst_docs():
            store.add(doc)
    return path
