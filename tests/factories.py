"""Hand-built Documents and a fixture store, shared by the API, web, store and reliability tests."""

from __future__ import annotations

import datetime as dt
import functools
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from geowire import (
    Actor,
    ActorRef,
    Document,
    Event,
    Location,
    Pipeline,
    Place,
    Quote,
    Speaker,
    TimeExpression,
)
from geowire.config import Config
from geowire.store import Store

IRQ = ("Iraq", "IRQGOV", "IRQ")
IRN = ("Iran", "IRNGOV", "IRN")
USA = ("United States", "USAGOV", "USA")
BAGHDAD = Location("Baghdad", "IRQ", 33.34, 44.40)
TEHRAN = Location("Tehran", "IRN", 35.69, 51.42)


def with_named_actors(
    doc: Document,
    names: Mapping[str, str],
    *,
    countries: Mapping[str, str | None] | None = None,
) -> Document:
    """``doc`` with hand-made actors: each name of ``names`` (as written, a whole word or
    phrase) is an actor of its code, with a mention at each place it stands. Its country is
    the code's first three letters, or what ``countries`` gives for the code (None: none)."""
    actors = []
    for i, (name, code) in enumerate(names.items()):
        found = re.finditer(rf"\b{re.escape(name)}(?!\w)", doc.text)
        spans = tuple(m.span() for m in found)
        if spans:
            country = (countries or {}).get(code, code[:3])
            # a bare country code names a state, as the actors component makes it
            kind = "state" if len(code) == 3 and code == country else "person"
            actors.append(Actor(f"a{i}", name, code, country, kind=kind, mentions=spans))
    return doc.replace(actors=tuple(actors))


#: the quotes component's two scopes, as configurations
SPEECH = Config()
ATTRIBUTION = Config(settings={"geowire.quotes.v1": {"scope": "attribution"}})


def quotes_in(nlp: object, text: str, config: Config = ATTRIBUTION) -> list[Quote]:
    """The quotes of ``text`` parsed by ``nlp`` (a :class:`geowire.nlp.backbone.NLP`) in
    the quotes component configured by ``config`` (the attribution scope by default)."""
    from geowire.quotes import QuoteExtractor

    doc = next(iter(nlp.pipe([Document(text=text)])))  # type: ignore[attr-defined]
    return list(QuoteExtractor(config)(doc).quotes)


def scoped_quotes(nlp: object, text: str, scope: str = "attribution") -> list[Quote]:
    """The quotes of ``text`` parsed by ``nlp`` (a :class:`geowire.nlp.backbone.NLP`) in
    the quotes component's ``scope``."""
    return quotes_in(nlp, text, Config(settings={"geowire.quotes.v1": {"scope": scope}}))


def quote_texts(nlp: object, text: str, scope: str = "attribution") -> list[str]:
    """The text of each quote :func:`scoped_quotes` finds."""
    return [q.text for q in scoped_quotes(nlp, text, scope)]


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """The span of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return (start, start + len(part))


def ev(
    text: str,
    src: tuple[str, str, str],
    tgt: tuple[str, str, str],
    cameo: str,
    quad: int,
    goldstein: float,
    date: str,
    evidence: str,
    *,
    modality: str = "asserted",
    location: Location | None = None,
    plover: str | None = None,
) -> Event:
    return Event(
        source=ActorRef(*src),
        target=ActorRef(*tgt),
        cameo=cameo,
        root=cameo[:2],
        plover=plover,
        quad_class=quad,
        goldstein=goldstein,
        date=date,
        modality=modality,  # type: ignore[arg-type]
        location=location,
        sentence=0,
        span=span(text, evidence),
        evidence=evidence,
        confidence=0.9,
    )


def visit_doc() -> Document:
    """Iraq's vice president visits Iran: a direct quote with its speaker, a time, a place."""
    text = (
        "Iraqi Vice President Tariq al-Hashimi met Iranian officials in Tehran on Sunday.\n\n"
        '"It is our destiny to live with Iran," Tariq al-Hashimi said after the talks.'
    )
    q = span(text, "It is our destiny to live with Iran")
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
            Actor("a2", "Iran", "IRNGOV", "IRN", ("GOV",), "state", (span(text, "Iranian"),)),
        ),
        events=(
            ev(
                text,
                IRQ,
                IRN,
                "040",
                1,
                1.0,
                "2007-12-09",
                "Iraqi Vice President Tariq al-Hashimi met Iranian officials in Tehran",
                location=TEHRAN,
                plover="CONSULT",
            ),
        ),
        quotes=(
            Quote(
                "It is our destiny to live with Iran",
                q,
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
            ev(text, IRN, IRQ, "112", 3, -2.0, "2007-12-19", "Iran accused Iraq", location=BAGHDAD),
            ev(text, IRQ, IRN, "125", 3, -5.0, "2007-12-20", "Iraq rejected the charge"),
        ),
    )


def clash_doc() -> Document:
    text = (
        "Iranian and Iraqi troops clashed on the border. Washington urged Iraq to show restraint."
    )
    return Document(
        text=text,
        title="Border clash",
        published=dt.date(2008, 1, 8),
        source="wire-c",
        events=(
            ev(
                text,
                IRN,
                IRQ,
                "190",
                4,
                -10.0,
                "2008-01-07",
                "Iranian and Iraqi troops clashed",
                plover="FIGHT",
            ),
            ev(text, USA, IRQ, "0251", 1, 3.0, "2008-01-08", "Washington urged Iraq"),
        ),
    )


def sample_docs() -> list[Document]:
    return [visit_doc(), accuse_doc(), clash_doc()]


def fill_store(path: Path) -> Path:
    """A store at ``path`` holding the sample documents."""
    with Store(path) as store:
        for doc in sample_docs():
            store.add(doc)
    return path


#: The stand-in for another process holding a store (see its docstring).
LOCKHOLDER = Path(__file__).resolve().parent / "store" / "lockholder.py"


@contextmanager
def hold(db: Path, mode: str, *texts: str) -> Iterator[str]:
    """Another process holding ``db`` (``read`` or ``write``, adding one document per
    text); yields its first line ("held N" or "error MESSAGE") while it holds the store."""
    proc = subprocess.Popen(
        [sys.executable, str(LOCKHOLDER), str(db), mode, *texts],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip()
    finally:
        proc.communicate(timeout=60)  # closes stdin: the holder lets go and exits


#: The repository root: subprocesses run there, as a user in a checkout would.
ROOT = Path(__file__).resolve().parent.parent


def run_geowire(
    *args: str, stdin: str | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """``python -m geowire ARGS`` from the repository root; output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "geowire", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
    )


@functools.cache
def quotes_pipeline() -> Pipeline:
    """One pipeline of the components quotes need (parse, actors, quotes), for the model tests."""
    return Pipeline(Config(components=("geowire.nlp.v1", "geowire.actors.v1", "geowire.quotes.v1")))


def quotes_of(text: str) -> list[Quote]:
    """The quotes :func:`quotes_pipeline` finds in ``text``."""
    pipe = quotes_pipeline()
    return list(pipe(pipe.make_document(text)).quotes)


def speaker_of(text: str, words: str) -> Speaker | None:
    """The speaker of the first quote of ``text`` whose content holds ``words``."""
    found = [q for q in quotes_of(text) if words in q.text]
    assert found, f"no quote holds {words!r}"
    return found[0].speaker


def root_dyads(
    pipe: Pipeline, text: str, published: str
) -> set[tuple[str, str | None, str | None]]:
    """(CAMEO root, source code, target code) of each event of ``text``."""
    doc = pipe(text, published=published)
    return {
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
    }


def coded_acts(
    pipe: Pipeline, text: str, published: str
) -> set[tuple[str | None, str, str | None]]:
    """(source code, CAMEO code, target code) of each event of ``text`` above root 01."""
    doc = pipe(text, published=published)
    return {
        (e.source and e.source.code, e.cameo, e.target and e.target.code)
        for e in doc.events
        if not e.cameo.startswith("01")
    }


def act_countries(
    pipe: Pipeline, text: str, published: str
) -> set[tuple[str, str | None, str | None]]:
    """(three-digit CAMEO code, source country, target country) of each event of ``text``;
    None for a side with no actor or no country."""
    doc = pipe(text, published=published)
    return {
        (
            e.cameo[:3],
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in doc.events
    }


def cameo_codes(pipe: Pipeline, text: str, published: str = "2025-03-12") -> list[str]:
    """The CAMEO code of every event of ``text``, in order."""
    return [e.cameo for e in pipe(text, published=published).events]


def coded_events(
    pipe: Pipeline, text: str, published: str
) -> list[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target code) of every event of ``text``, in order; None for
    a side with no actor."""
    return [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in pipe(text, published=published).events
    ]


def event_acts(
    pipe: Pipeline, text: str, published: str
) -> set[tuple[str | None, str, str | None, str]]:
    """(source code, CAMEO code, target code, modality) of every event of ``text``; None for
    a side with no actor."""
    return {
        (
            (e["source"] or {}).get("code"),
            e["cameo"],
            (e["target"] or {}).get("code"),
            e["modality"],
        )
        for e in pipe(text, published=published).to_dict()["events"]
    }


def event_dicts(pipe: Pipeline, text: str, published: str) -> list[dict[str, Any]]:
    """The events of ``text`` as the contract's dicts."""
    doc = next(pipe.pipe([pipe.make_document(text, published=published, id="t")]))
    return list(doc.to_dict()["events"])


def event_triples(pipe: Pipeline, text: str, published: str) -> set[tuple[str, str, str]]:
    """(source code, CAMEO code, target code) of every event of ``text``; "" for none."""
    doc = pipe(text, published=published)
    return {
        (e.source.code or "" if e.source else "", e.cameo, e.target.code or "" if e.target else "")
        for e in doc.events
    }


def codes_at(doc: Document, word: str, nth: int = 0) -> list[str | None]:
    """The codes of the actors with a mention over the ``nth`` occurrence of ``word``."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(word, start + 1)
    return [a.code for a in doc.actors if any(s <= start < e for s, e in a.mentions)]


def actor_code(doc: Document, name: str) -> str | None:
    """The one code the actors named ``name`` in ``doc`` carry (fails when several)."""
    found = {a.code for a in doc.actors if a.name == name}
    assert len(found) == 1, [(a.name, a.code) for a in doc.actors]
    return found.pop()


def root_countries(
    pipe: Pipeline, text: str, published: str
) -> set[tuple[str, str | None, str | None]]:
    """(CAMEO root, source country, target country) of each event of ``text``: the
    :func:`root_dyads` with each side's code cut to its first three letters."""
    return {
        (r, s[:3] if s else None, t[:3] if t else None)
        for r, s, t in root_dyads(pipe, text, published)
    }


def country_pairs(
    pipe: Pipeline, text: str, root: str, published: str = "2022-06-01"
) -> set[tuple[str | None, str | None]]:
    """The (source, target) countries (:func:`root_countries`) of the events of the
    two-digit CAMEO ``root`` the pipeline codes in ``text``."""
    return {(s, t) for r, s, t in root_countries(pipe, text, published) if r == root}


def person_codes(text: str, published: str = "2024-05-06") -> dict[str, str | None]:
    """The code of each person actor of ``text`` by name, through the one-call API."""
    import geowire

    doc = geowire.extract(text, published=published)
    return {a.name: a.code for a in doc.actors if a.kind == "person"}
