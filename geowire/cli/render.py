"""Readable summaries of Documents for the terminal (Rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..document import Document

__all__ = ["render_summary", "shorten", "actor_label"]


def shorten(text: str | None, width: int = 90) -> str:
    """``text`` on one line, cut at a word boundary to at most ``width`` characters
    with "…" when it is longer (a single over-long word is cut where it must be)."""
    text = " ".join((text or "").split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space >= width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:") + "…"


_short = shorten


def actor_label(name: str | None, code: str | None) -> str:
    """An actor as "Name (CODE)", or whichever of the two it has."""
    if name and code:
        return f"{name} ({code})"
    return name or code or ""


def render_summary(doc: Document, console: Console) -> None:
    """Print what geowire found in ``doc``: actors, events, quotes, times, places."""
    head = doc.title or _short(doc.text, 60)
    console.rule(f"[bold]{head}")
    console.print(
        f"id {doc.id} · published {doc.published or 'unknown'} · "
        f"{len(doc.text):,} characters · {len(doc.sentences)} sentences"
    )
    console.print(
        f"[bold]{len(doc.actors)}[/] actors, [bold]{len(doc.events)}[/] events, "
        f"[bold]{len(doc.quotes)}[/] quotes, [bold]{len(doc.times)}[/] times, "
        f"[bold]{len(doc.places)}[/] places"
    )
    if doc.actors:
        table = Table(title="Actors", title_justify="left")
        for col in ("id", "name", "code", "country", "kind", "mentions"):
            table.add_column(col)
        for a in doc.actors:
            table.add_row(a.id, a.name, a.code or "", a.country or "", a.kind, str(len(a.mentions)))
        console.print(table)
    if doc.events:
        table = Table(title="Events", title_justify="left")
        for col in ("date", "source", "CAMEO", "PLOVER", "target", "modality", "where"):
            table.add_column(col)
        for e in doc.events:
            table.add_row(
                e.date or "",
                actor_label(e.source.name, e.source.code) if e.source else "",
                e.cameo,
                e.plover or "",
                actor_label(e.target.name, e.target.code) if e.target else "",
                e.modality,
                e.location.name if e.location else "",
            )
        console.print(table)
    if doc.quotes:
        table = Table(title="Quotes", title_justify="left")
        for col in ("speaker", "kind", "quote"):
            table.add_column(col)
        for q in doc.quotes:
            table.add_row(q.speaker.name if q.speaker else "(unknown)", q.kind, _short(q.text))
        console.print(table)
    if doc.times:
        table = Table(title="Times", title_justify="left")
        for col in ("text", "type", "value"):
            table.add_column(col)
        for t in doc.times:
            table.add_row(t.text, t.type, t.value or "")
        console.print(table)
    if doc.places:
        table = Table(title="Places", title_justify="left")
        for col in ("text", "name", "country", "feature", "lat, lon"):
            table.add_column(col)
        for p in doc.places:
            where = f"{p.lat:.2f}, {p.lon:.2f}" if p.lat is not None and p.lon is not None else ""
            table.add_row(p.text, p.name, p.country or "", p.feature, where)
        console.print(table)
