"""Time: expressions resolved against the publication date, as TIMEX3 values.

>>> import datetime as dt
>>> [(t.text, t.value) for t in resolve_text("Talks ended Sunday.", dt.date(2007, 12, 10))]
[('Sunday', '2007-12-09')]

Detection is rule based (:mod:`.patterns`, compiled once from the word lists in
``geowire/data/<lang>/time.json``); normalisation (:mod:`.normalize`) resolves
deictic expressions against the publication date and anaphoric ones against
the last date mentioned; the tense of the clause (:mod:`.anchor`) decides
whether a bare "Friday" or "December 18" lies before or after it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..config import Config, Setting
from ..document import Document, Span, TimeExpression
from ..language import language
from ..pipeline import component, parse_date
from .anchor import Cue, Tense, TimeWords, nearest_cue, parse_tense, surface_cues
from .lexicon import Lexicon, lexicon_path, load_lexicon
from .normalize import Resolver, accept
from .patterns import compile_patterns, find_candidates

__all__ = ["TimeTagger", "TimeWords", "resolve_text", "tag_times", "load_lexicon"]

log = logging.getLogger(__name__)

_SENTENCE_END = re.compile(r"[.!?]['\"”’]?\s+(?=[A-Z\"“‘'(])|\n\s*\n|\n(?=\s*[A-Z])")


def _sentence_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


class _SentenceIndex:
    def __init__(self, text: str, sentences: Sequence[Span]) -> None:
        self.text = text
        self.spans = list(sentences) or _sentence_spans(text)
        self.starts = [s for s, _ in self.spans]

    def around(self, pos: int) -> Span:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0:
            return (0, len(self.text))
        return self.spans[i]


def _tense_fn(
    text: str, sentences: Sequence[Span], parse: Any | None, lex: Lexicon, words: TimeWords
) -> Callable[[int, int], Tense]:
    index = _SentenceIndex(text, sentences)
    past = lex.irregular_past
    cache: dict[Span, list[Cue]] = {}

    def surface(start: int, end: int) -> Tense:
        s, e = index.around(start)
        cues = cache.get((s, e))
        if cues is None:
            cues = cache[(s, e)] = surface_cues(text[s:e], past, words)
        return nearest_cue(cues, start - s, end - s)

    if parse is None:
        return surface

    def parsed(start: int, end: int) -> Tense:
        try:
            tense = parse_tense(parse, start, end, words)
        except (IndexError, ValueError):  # a parse that does not cover the text
            tense = None
        if tense is None or tense == "present":
            fallback = surface(start, end)
            return fallback if fallback is not None else tense
        return tense

    return parsed


def tag_times(
    text: str,
    published: dt.date | None,
    *,
    sentences: Sequence[Span] = (),
    parse: Any | None = None,
    lexicon: Lexicon | None = None,
    words: TimeWords | None = None,
) -> list[TimeExpression]:
    """Every time expression in ``text`` with its TIMEX3 type and value, in text order
    (``words``: English's when not given)."""
    lex = lexicon or load_lexicon()
    w = words or language().view(TimeWords)
    patterns = compile_patterns(lex)
    candidates = [c for c in find_candidates(text, patterns, accept=lambda c, t: accept(c, t, w))]
    resolver = Resolver(text, published, lex, _tense_fn(text, sentences, parse, lex, w))
    out: list[TimeExpression] = []
    for cand in candidates:
        try:
            res = resolver.resolve(cand)
        except (ValueError, KeyError, OverflowError) as exc:  # a malformed date in the text
            log.debug("time expression %r not resolved: %s", cand.match.group(0), exc)
            continue
        if res is None:
            continue
        out.append(
            TimeExpression(
                text=text[cand.start : cand.end],
                span=(cand.start, cand.end),
                type=res.type,  # type: ignore[arg-type]
                value=res.value,
            )
        )
    return _apposition(text, out)


_RELATIVE_END = re.compile(r"(?:earlier|later|ago|before|after|previously)$", re.IGNORECASE)
_APPOSITION_GAP = re.compile(r",?\s*(?:on|in)?\s*")


def _apposition(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """ "A week earlier, on December 3": the relative phrase takes the explicit date's value."""
    for i in range(len(times) - 1):
        first, second = times[i], times[i + 1]
        if not _RELATIVE_END.search(first.text) or first.type != "DATE":
            continue
        if second.type != "DATE" or not second.value or not second.value[:1].isdigit():
            continue
        if _APPOSITION_GAP.fullmatch(text, first.span[1], second.span[0]):
            times[i] = TimeExpression(first.text, first.span, first.type, second.value)
    return times


def resolve_text(text: str, published: dt.date | str | None) -> list[TimeExpression]:
    """Time expressions of ``text`` resolved against ``published``, without a spaCy parse.

    ``published`` is a date, a ``YYYY-MM-DD`` string or None (then only absolute
    dates get calendar values). Tense comes from surface cues in the sentence
    ("will", "was", "-ed").
    """
    return tag_times(text, parse_date(published))


@component(
    "geowire.times.v1",
    reads=("text", "parse", "sentences", "published"),
    writes=("times",),
    settings=(Setting("lexicon", Path, None),),
)
class TimeTagger:
    """Time: expressions resolved against the publication date, as TIMEX3 values."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        # settings."geowire.times.v1".lexicon = "path/to/lexicon.json" swaps the word lists
        path = self.config.settings_for("geowire.times.v1")["lexicon"]
        self.lexicon = load_lexicon(path or lexicon_path(self.config.lang))
        self.words = language(self.config.lang).view(TimeWords)
        compile_patterns(self.lexicon)

    def __call__(self, doc: Document) -> Document:
        times = tag_times(
            doc.text,
            doc.published,
            sentences=doc.sentences,
            parse=doc.parse,
            lexicon=self.lexicon,
            words=self.words,
        )
        return doc.replace(times=tuple(times))
