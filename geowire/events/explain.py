"""Why a sentence was (or was not) coded: the parse, the actors, each dictionary verb
with the pattern it matched, and the events or the reason nothing was coded."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Config
from ..document import Document
from ..pipeline import Pipeline
from . import EventCoder
from .extract import TokenActors

__all__ = ["TokenRow", "VerbTrace", "Explanation", "explain"]


@dataclass(frozen=True, slots=True)
class TokenRow:
    i: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    actor: str | None  # code (or name) of the actor the token belongs to


@dataclass(frozen=True, slots=True)
class VerbTrace:
    token: str
    block: str
    rule: str  # the matched pattern, or the verb's default entry
    code: str | None


@dataclass(frozen=True)
class Explanation:
    document: Document
    tokens: tuple[TokenRow, ...]
    verbs: tuple[VerbTrace, ...]


def explain(
    text: str, *, published: str | None = None, config: Config | None = None
) -> Explanation:
    """Run the whole pipeline on ``text`` and trace the event coder's decisions."""
    config = config or Config()
    doc = Pipeline(config)(text, published=published)
    coder = EventCoder(config)
    if doc.parse is None:
        return Explanation(doc, (), ())
    actors = TokenActors(doc.parse, doc.actors)
    rows = tuple(
        TokenRow(
            t.i,
            t.text,
            t.lemma_,
            t.pos_,
            t.dep_,
            t.head.i,
            (a.code or a.name) if (a := actors.at(t.i)) is not None else None,
        )
        for t in doc.parse
    )
    traces: list[VerbTrace] = []
    for t in doc.parse:
        coding = coder.coder.code_verb(t, actors)
        if coding is None:
            continue
        rule = (
            f"{coding.pattern.text}  ({coding.pattern.origin}:{coding.pattern.line})"
            if coding.pattern
            else "default code of the verb"
        )
        traces.append(VerbTrace(t.text, coding.block.name, rule, coding.code))
    return Explanation(doc, rows, tuple(traces))
