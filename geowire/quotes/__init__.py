"""Quotes: who said what, with the speaker resolved.

``geowire.quotes.v1`` writes ``doc.quotes``: direct quotes (content without
the quote marks; a split or multi-sentence quote is one Quote whose span is
the hull of its parts and whose text joins them with " … "), indirect speech
(``X stressed that ...``, ``officials called for ...``, ``according to X``)
and partial quotes (quoted phrases inside a sentence). Each has its cue and
its speaker: a :class:`~geowire.document.Speaker` whose span is the words
naming it in that quote's context, resolved to an actor through mentions,
pronouns and surnames; ``None`` when no one is named.

Settings (``[settings."geowire.quotes.v1"]``): ``cues`` = path of an extra
cue table in the format of ``geowire/data/quotes/cues.tsv`` (replaces the
built-in one); ``partial`` = false to leave partial quotes out; ``stances`` = false
to leave out stances no one is named as holding ('the plan seems to work').
"""

from __future__ import annotations

import bisect
import logging
from typing import Any

from ..config import Config
from ..document import Document, Quote, Speaker
from ..pipeline import component
from .cues import Cues, default_cues, load_cues
from .direct import Candidate, TokenIndex, direct_quotes
from .indirect import headline_quotes, indirect_quotes
from .marks import QuoteRegion, find_quote_regions
from .speaker import Resolver, speaker_mention, subject_of

__all__ = ["QuoteExtractor", "extract_quotes", "find_quote_regions", "Cues", "load_cues"]

log = logging.getLogger(__name__)

_JOIN = " \u2026 "
_PART_TRIM = " \t\n\r,;:"
_STOP_DEPS = frozenset({"conj", "advcl", "relcl", "acl", "ccomp", "parataxis", "nsubj"})


def _text_of(text: str, parts: tuple[tuple[int, int], ...]) -> str:
    pieces = []
    for s, e in parts:
        piece = " ".join(text[s:e].split())
        pieces.append(piece.strip(_PART_TRIM) if len(parts) > 1 else piece)
    return _JOIN.join(p for p in pieces if p)


def _partial_owner(
    r: QuoteRegion, indirect: list[Candidate], parse: Any, cues: Cues, idx: TokenIndex
) -> tuple[Candidate | None, Any]:
    for c in indirect:
        s, e = c.span
        if s <= r.start < e:
            return c, None
    # A quoted phrase that is the object or complement of a cue verb:
    # 'called the test "a clear violation"'.
    i = idx.token_at(r.content[0])
    if i < 0:
        return None, None
    tok = idx.parse[i]
    seen = 0
    while tok.head is not tok and seen < 6 and tok.dep_ not in _STOP_DEPS:
        tok = tok.head
        seen += 1
        if tok.pos_ in ("VERB", "AUX"):
            return (None, tok) if cues.verb(tok.lemma_, "direct") else (None, None)
    return None, None


def _named_object(verb: Any, r: QuoteRegion, idx: TokenIndex) -> tuple[int, int] | None:
    """The span from a cue's direct object through the quote that names it, or None."""
    start = idx.token_at(r.content[0])
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and verb.i < c.i < start]
    if not objs:
        return None
    between = idx.parse.text[objs[0].idx : r.start]
    if any(ch in between for ch in ".;:!?"):
        return None
    return (objs[0].left_edge.idx, r.end)


def _drop_reported_attitudes(
    indirect: list[Candidate], direct: list[Candidate], parse: Any, cues: Cues
) -> list[Candidate]:
    """Leave out wants, beliefs and stances that sit inside someone else's statement.

    In 'X said that Y wants Z' the statement is X's; Y's wanting is what X reports,
    not an attribution of its own. Speech cues nested that way ('X said Y told
    them ...') are kept.
    """
    outer = sorted(c.span for c in (*indirect, *direct))
    starts = [o[0] for o in outer]
    longest = max((o[1] - o[0] for o in outer), default=0)
    kept = []
    for c in indirect:
        s, e = c.span
        window = outer[bisect.bisect_left(starts, e - longest) : bisect.bisect_right(starts, s)]
        nested = any(o != c.span and o[0] <= s and e <= o[1] for o in window)
        speech = c.cue_token is not None and cues.verb(parse[c.cue_token].lemma_, "direct")
        if nested and not speech and c.cue not in (":", "according to"):
            continue
        kept.append(c)
    return kept


def extract_quotes(
    doc: Document, cues: Cues | None = None, *, partial: bool = True, stances: bool = True
) -> list[Quote]:
    """Every quote of a parsed document, in text order. Never raises on odd quote marks."""
    cues = cues or default_cues()
    text, parse = doc.text, doc.parse
    if parse is None or not text:
        return []
    regions = find_quote_regions(text)
    idx = TokenIndex(parse, text)
    direct, partial_regions = direct_quotes(text, idx, regions, cues)
    quoted = [r.content for r in regions]
    indirect = indirect_quotes(text, parse, cues, direct, quoted, stances=stances)
    indirect += headline_quotes(text, parse, quoted, cues)
    indirect = _drop_reported_attitudes(indirect, direct, parse, cues)
    partials: list[Candidate] = []
    if partial:
        for r in partial_regions:
            content = r.content
            while content[0] < content[1] and text[content[0]].isspace():
                content = (content[0] + 1, content[1])
            while content[1] > content[0] and text[content[1] - 1].isspace():
                content = (content[0], content[1] - 1)
            if content[1] <= content[0]:
                continue
            owner, verb = _partial_owner(r, indirect, parse, cues, idx)
            if owner is not None:
                partials.append(Candidate((content,), "partial", owner.cue, None, owner.speaker))
            elif verb is not None:
                subj = subject_of(verb)
                mention = speaker_mention(subj) if subj is not None else None
                if mention is not None and not (content[0] <= mention.span[0] < content[1]):
                    partials.append(Candidate((content,), "partial", verb.text, None, mention))
                    mixed = _named_object(verb, r, idx)
                    if mixed is not None and not any(
                        c.span[0] <= mixed[0] < c.span[1] for c in indirect
                    ):
                        # 'called the plan "a disaster"': what is called, and what it is called.
                        indirect.append(Candidate((mixed,), "indirect", verb.text, None, mention))
                else:
                    partials.append(Candidate((content,), "partial", None, None, None))
            else:
                partials.append(Candidate((content,), "partial", None, None, None))
    resolver = Resolver(doc, quoted)
    cands = sorted(
        (*direct, *indirect, *partials),
        key=lambda c: (c.speaker.span[0] if c.speaker else c.span[0], c.span[0]),
    )
    resolved: dict[tuple[int, int], Speaker] = {}
    quotes: list[tuple[int, int, Quote]] = []
    for c in cands:
        speaker: Speaker | None = None
        if c.speaker is not None:
            key = c.speaker.span
            speaker = resolved.get(key)
            if speaker is None:
                speaker = resolver.resolve(c.speaker)
                resolved[key] = speaker
        quotes.append(
            (
                c.span[0],
                c.span[1],
                Quote(_text_of(text, c.parts), c.span, c.kind, speaker, c.cue),  # type: ignore[arg-type]
            )
        )
    quotes.sort(key=lambda q: (q[0], -q[1]))
    return [q for _, _, q in quotes]


@component("geowire.quotes.v1", reads=("text", "parse", "sentences", "actors"), writes=("quotes",))
class QuoteExtractor:
    """Quotes: who said what (direct, indirect, partial), with the speaker resolved."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        settings = self.config.settings_for("geowire.quotes.v1")
        path = settings.get("cues")
        self.cues = load_cues(path) if path else default_cues()
        self.partial = bool(settings.get("partial", True))
        self.stances = bool(settings.get("stances", True))

    def __call__(self, doc: Document) -> Document:
        quotes = extract_quotes(doc, self.cues, partial=self.partial, stances=self.stances)
        return doc.replace(quotes=tuple(quotes))
