"""Quotes: who said what, with the speaker resolved.

``geowire.quotes.v1`` writes ``doc.quotes``: direct quotes (content without the
quote marks), indirect speech (``X stressed that ...``, ``officials called for
...``, ``according to X``) and partial quotes (a quoted phrase someone is said to
have said). Each has its cue, its cue type (``speech``, ``writing``, ``belief``,
``perception``, ``stance``; from the cue table) and its speaker: a
:class:`~geowire.document.Speaker` whose span is the words naming it in that
quote's context, resolved to an actor through mentions, pronouns, surnames and
chains ('a spokesman for X', "X's envoy", 'the former minister'); ``None`` when no
one is named. A quote's ``text`` is always the article's characters at its ``span``.

Not quotes: scare quotes and quoted names with no speaker, titles, a quoted phrase
inside another quote's content (one entry per stretch of speech), questions the
article asks, and in the speech scope beliefs, perceptions and stances ('it seems',
'officials believe').

Settings (``[settings."geowire.quotes.v1"]``): ``scope`` = ``"speech"`` (the
default: words said or written; a split quote is one entry per part, with the same
speaker; words that name no one give no speaker) or ``"attribution"`` (PARC/PolNeAR
style: beliefs, perceptions and stances too; a split quote is one attribution over
the hull of its parts; the source is kept as written); ``cues`` = path of an extra
cue table in the format of ``geowire/data/quotes/cues.tsv`` (replaces the built-in
one); ``partial`` = false to leave partial quotes out; ``stances`` = false to leave
out stances no one is named as holding ('the plan seems to work', attribution scope).
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

from ..actors.parse import dateline
from ..config import Config, Setting
from ..document import Actor, Document, Quote, Span, Speaker, paragraph_spans
from ..errors import ConfigError
from ..language import language
from ..pipeline import component
from .cues import SPEECH_TYPES, Cues, default_cues, load_cues
from .direct import Candidate, TokenIndex, direct_quotes, opens_sentence
from .indirect import cue_lemma, headline_quotes, indirect_quotes
from .marks import QuoteRegion, find_quote_regions, is_title, trim_span
from .speaker import Resolver, SpeakerMention, speaker_mention, subject_of
from .words import QuoteWords

__all__ = [
    "SCOPES",
    "QuoteExtractor",
    "extract_quotes",
    "find_quote_regions",
    "Cues",
    "load_cues",
]

log = logging.getLogger(__name__)

_STOP_DEPS = frozenset({"conj", "advcl", "relcl", "acl", "ccomp", "parataxis", "nsubj"})


def _partial_owner(
    r: QuoteRegion,
    indirect: list[Candidate],
    parse: Any,
    cues: Cues,
    idx: TokenIndex,
    *,
    w: QuoteWords,
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
    indirect: list[Candidate],
    direct: list[Candidate],
    parse: Any,
    cues: Cues,
    *,
    attribution: bool = False,
) -> list[Candidate]:
    """Leave out wants, beliefs and stances that sit inside someone else's statement.

    In 'X said that Y wants Z' the statement is X's; Y's wanting is what X reports,
    not an attribution of its own. Speech cues nested that way ('X said Y told
    them ...') are kept in the speech scope (each is words someone said); in the
    attribution scope the outer attribution's content holds them, one attribution
    per stretch of content.
    """
    outer = sorted((c.span, c.parts) for c in (*indirect, *direct))
    starts = [o[0][0] for o in outer]
    longest = max((o[0][1] - o[0][0] for o in outer), default=0)
    kept = []
    for c in indirect:
        s, e = c.span
        window = outer[bisect.bisect_left(starts, e - longest) : bisect.bisect_right(starts, s)]
        # (not in the stretch between the parts of a split quote: its frame, '"...," Black
        # said, referring to the RNC. "..."', no content of it)
        nested = any(
            o != c.span
            and o[0] <= s
            and e <= o[1]
            and not any(a[1] <= s and e <= b[0] for a, b in pairwise(parts))
            for o, parts in window
        )
        speech = c.cue_token is not None and cues.verb(parse[c.cue_token].lemma_, "direct")
        if nested and (attribution or not speech) and c.cue not in (":", "according to"):
            continue
        kept.append(c)
    return kept


def _within(inner: Span, outer: Span) -> bool:
    """Whether ``inner`` lies in ``outer`` (give or take the quote marks around it)."""
    return outer[0] - 1 <= inner[0] and inner[1] <= outer[1] + 1 and inner != outer


def _partials(
    text: str,
    regions: list[QuoteRegion],
    indirect: list[Candidate],
    parse: Any,
    cues: Cues,
    idx: TokenIndex,
    *,
    w: QuoteWords,
) -> list[Candidate]:
    """Quoted phrases someone is said to have said; scare quotes and names are left out.

    A phrase inside another quote's content is part of that quote (one entry per
    stretch of speech); one with no speaker is no quote at all. 'called the plan "a
    disaster"' adds the mixed indirect quote 'the plan "a disaster"' to ``indirect``.
    """
    out: list[Candidate] = []
    for r in regions:
        content = trim_span(text, r.content)
        if content[1] <= content[0] or is_title(text, r, w=w):
            continue
        owner, verb = _partial_owner(r, indirect, parse, cues, idx, w=w)
        if owner is not None or verb is None:
            continue  # inside an indirect quote (that quote has it), or no one's words
        subj = subject_of(verb, w=w)
        mention = speaker_mention(subj, w=w) if subj is not None else None
        if mention is None or content[0] <= mention.span[0] < content[1]:
            continue
        cue_type = cues.verb_type(cue_lemma(verb, cues))
        mixed = _named_object(verb, r, idx)
        if mixed is not None:
            if not any(c.span[0] <= mixed[0] < c.span[1] for c in indirect):
                # 'called the plan "a disaster"': what is called, and what it is called.
                indirect.append(
                    Candidate((mixed,), "indirect", verb.text, None, mention, cue_type=cue_type)
                )
            continue
        out.append(Candidate((content,), "partial", verb.text, None, mention, cue_type=cue_type))
    return out


_THAT = re.compile(r"(?:that)?", re.IGNORECASE)


def _wholly_quoted(c: Candidate, text: str, regions: tuple[QuoteRegion, ...]) -> Candidate:
    """'told VOA that "the absence of ... is a problem."': reported speech whose content is
    all in quotation marks is a direct quote of those words."""
    s, e = c.span
    for r in regions:
        if not s <= r.start < e:
            continue
        if not _THAT.fullmatch(text[s : r.start].strip()):
            return c
        if r.end < e - 1 or r.end > e + 2:
            return c
        content = trim_span(text, r.content)
        if content[1] - content[0] < 3:
            return c
        return dataclasses.replace(c, parts=(content,), kind="direct")
    return c


def _in_question(idx: TokenIndex, span: Span) -> bool:
    """Whether the words lie in a sentence that ends with a question mark."""
    i = idx.token_at(span[0])
    if i < 0:
        return False
    sent = idx.parse[i].sent
    return bool(sent.text.rstrip().rstrip("\"\u201d\u2019'").endswith("?"))


_RANK = {"direct": 0, "indirect": 1, "partial": 2}


def _one_per_stretch(quotes: list[Quote], gaps: Sequence[Span] = ()) -> list[Quote]:
    """Drop a quote that repeats another's words for the same speaker (or for no one).

    Two entries overlapping by half of the shorter are one stretch of speech when they
    have the same speaker or one has none: the direct one is kept before the indirect
    one before the partial one, then the one with a speaker, then the longer. A quotation
    no one is found to say that lies inside the content someone is said to hold is part of
    that content ('X has sold 235,000 copies of "Crippled America," according to Nielsen'),
    not a quote that takes its place. ``gaps`` are the stretches between the parts of a
    split quote kept as one hull (the attribution scope): an attribution wholly in one
    ('"...," Black said, referring to the RNC. "..."') is the frame's, not the quote's
    words again.
    """
    spoken = [q.span for q in quotes if q.speaker is not None]
    quotes = [
        q
        for q in quotes
        if q.speaker is not None
        or not any(s <= q.span[0] and q.span[1] <= e and (s, e) != q.span for s, e in spoken)
    ]
    order = sorted(
        range(len(quotes)),
        key=lambda i: (
            _RANK[quotes[i].kind],
            quotes[i].speaker is None,
            -(quotes[i].span[1] - quotes[i].span[0]),
        ),
    )
    kept: list[Quote] = []
    for i in order:
        q = quotes[i]
        s, e = q.span
        dup = False
        for k in kept:
            overlap = min(e, k.span[1]) - max(s, k.span[0])
            shorter = min(e - s, k.span[1] - k.span[0])
            if overlap <= 0 or overlap * 2 < shorter:
                continue
            if any(k.span[0] <= gs and s >= gs and e <= ge and ge <= k.span[1] for gs, ge in gaps):
                continue  # in the frame between the parts of a split quote
            if q.speaker is None or k.speaker is None or _same_speaker(q.speaker, k.speaker):
                dup = True
                break
        if not dup:
            kept.append(q)
    kept.sort(key=lambda q: (q.span[0], -q.span[1]))
    return kept


def _drop_swallowing(quotes: list[Quote], idx: TokenIndex) -> list[Quote]:
    """Drop an indirect quote whose content swallows its own speaker's clause.

    In 'Mook acknowledged that the campaign erred, he said' the trailing cue takes the
    whole fronted clause, 'Mook acknowledged' and all, as its content, while the inner cue
    gives the words said ('that the campaign erred') to the same person. When an indirect
    quote whose speaker follows it opens (after at most one word: 'But') with the speaker
    of another indirect quote of the same person inside it, the stretch of speech runs from
    the inner quote's content to the outer one's end ('they support X, but they would not
    advocate Y, they said': the inner cue's parse may stop at 'but'), told by the inner
    cue and speaker, and replaces both. Kept: nested speech of another person ('Gonzalez
    said he would go, Castro said'), a denied or negated inner cue ('He never said it, Trump
    said': the denial is the content), and a cue before its content ('Trump said he had
    never suggested a database', where the inner speaker comes after the outer cue).
    """
    drop: set[int] = set()
    trimmed: dict[int, Quote] = {}
    for i, a in enumerate(quotes):
        if a.kind != "indirect" or a.speaker is None:
            continue
        s, e = a.span
        if a.speaker.span[0] < e:
            continue  # the cue before (or inside) its content
        for j, b in enumerate(quotes):
            if b is a or b.kind != "indirect" or b.speaker is None:
                continue
            bs, be = b.speaker.span
            if not (s <= bs and be <= b.span[0] and b.span[1] <= e):
                continue
            if len(a.text[: bs - s].split()) > 1:
                continue  # the inner speaker is not the content's opening subject
            if any(idx.parse[t].dep_ == "neg" for t in idx.tokens_in(be, b.span[0])):
                continue  # ('he never said')
            if _same_speaker(a.speaker, b.speaker):
                drop.add(j)
                trimmed[i] = dataclasses.replace(
                    b, text=a.text[b.span[0] - s :], span=(b.span[0], e)
                )
                break
    return [trimmed.get(i, q) for i, q in enumerate(quotes) if i not in drop]


def _same_speaker(a: Speaker, b: Speaker) -> bool:
    if a.span == b.span or (a.actor is not None and a.actor == b.actor):
        return True
    if a.name.lower() == b.name.lower():
        return True
    # a name and the same person's name in full ('Acosta', 'Melba Acosta Febo')
    x, y = a.name.split(), b.name.split()
    short, full = (x, y) if len(x) < len(y) else (y, x)
    return len(short) == 1 and short[0][:1].isupper() and short[0] in full


def extract_quotes(
    doc: Document,
    cues: Cues | None = None,
    *,
    partial: bool = True,
    stances: bool = True,
    scope: str = "speech",
    words: QuoteWords | None = None,
) -> list[Quote]:
    """Every quote of a parsed document, in text order. Never raises on odd quote marks.

    ``scope`` = "speech" keeps words said or written; "attribution" also beliefs,
    perceptions and stances (PARC/PolNeAR), and keeps a split quote as one attribution
    over the hull of its parts.
    """
    if scope not in SCOPES:
        raise ConfigError(_scope_message(scope))
    cues = cues or default_cues()
    w = words or language().view(QuoteWords)
    text, parse = doc.text, doc.parse
    if parse is None or not text:
        return []
    paragraphs = doc.paragraphs or paragraph_spans(text)  # (a Document parsed elsewhere)
    regions = find_quote_regions(text, paragraphs)
    idx = TokenIndex(parse, paragraphs)
    direct, partial_regions = direct_quotes(text, idx, regions, cues, w=w)
    quoted = [r.content for r in regions]
    indirect = indirect_quotes(
        text,
        parse,
        paragraphs,
        cues,
        direct,
        quoted,
        stances=stances,
        attribution=scope == "attribution",
        w=w,
    )
    indirect += headline_quotes(text, parse, paragraphs, quoted, cues, w=w)
    indirect = _drop_reported_attitudes(
        indirect, direct, parse, cues, attribution=scope == "attribution"
    )
    if scope == "speech":
        indirect = [c for c in indirect if c.cue_type in SPEECH_TYPES]
    if scope == "speech":
        # (PARC, the attribution scope, keeps these as mixed indirect attributions)
        indirect = [_wholly_quoted(c, text, regions) for c in indirect]
    direct = _following_quotes(text, parse, direct, indirect, quoted, doc.actors, w=w)
    if scope == "attribution":
        direct, indirect = _joined_statements(text, direct, indirect)
    partials = _partials(text, partial_regions, indirect, parse, cues, idx, w=w) if partial else []
    outer = [c.span for c in (*direct, *indirect)]
    partials = [c for c in partials if not any(_within(c.span, o) for o in outer)]
    resolver = Resolver(doc, quoted, keep_words=scope == "attribution", words=w)
    cands = sorted(
        (*direct, *indirect, *partials),
        key=lambda c: (c.speaker.span[0] if c.speaker else c.span[0], c.span[0]),
    )
    # One resolution per speaker mention, given the content of every quote it says (the
    # resolver leaves a description in that content out of a pronoun's antecedents): keyed
    # by the mention, not by its span alone, and not by the first quote's content only, so
    # '"...," she said, adding that ...' names one speaker whichever cue comes first.
    said: dict[SpeakerMention, list[Span]] = {}
    for c in cands:
        if c.speaker is not None:
            said.setdefault(c.speaker, []).extend(c.parts)
    resolved: dict[SpeakerMention, Speaker | None] = {}
    quotes: list[Quote] = []
    filed = dateline(text, doc.sentences or ((0, len(text)),))
    for c in cands:
        speaker: Speaker | None = None
        if c.speaker is not None:
            if c.speaker not in resolved:
                parts = sorted(set(said[c.speaker]))
                resolved[c.speaker] = resolver.resolve(c.speaker, parts)
            speaker = resolved[c.speaker]
            if speaker is None and (c.kind == "partial" or c.cue_type not in SPEECH_TYPES):
                continue  # a phrase or an attitude of no one: no quote
        kind: Any = c.kind
        cue_type: Any = c.cue_type
        spans = c.parts if scope == "speech" else (c.span,)
        for s, e in spans:
            s = _after_dateline(text, s, e, filed)
            quotes.append(Quote(text[s:e], (s, e), kind, speaker, c.cue, cue_type))
    if scope == "speech":
        # A question no one is said to ask is the article's own ('Why?, you might ask').
        quotes = [
            q
            for q in quotes
            if not (q.kind == "indirect" and q.speaker is None and _in_question(idx, q.span))
        ]
    gaps = (
        [(a[1], b[0]) for c in cands for a, b in pairwise(c.parts)]
        if scope == "attribution"
        else []
    )
    return _one_per_stretch(_drop_swallowing(quotes, idx), gaps)


def _after_dateline(text: str, start: int, end: int, filed: Span | None) -> int:
    """Where a quote's content starts: after the article's dateline when the content
    opens inside it ("BEIRUT (AP) \u2014 Syrian forces shelled the town, a monitor said":
    where and by whom the story was filed is no one's words)."""
    if filed is None or not filed[0] <= start < filed[1] < end:
        return start
    start = filed[1]
    while start < end and text[start].isspace():
        start += 1
    return start


#: what may stand between an attribution and the unattributed quote that goes on with it
_GAP_MARKS = " \n\t.,;:\"'\u201c\u201d\u2018\u2019"


def _following_quotes(
    text: str,
    parse: Any,
    direct: list[Candidate],
    indirect: list[Candidate],
    quoted: list[Span],
    actors: Sequence[Actor],
    *,
    w: QuoteWords,
) -> list[Candidate]:
    """An unattributed quote right after an attributed statement ('... says Paul Rieckhoff,
    founder of IAVA. "We often compare it ..."', '... they took it," Ferrante said. "And
    ..."', '..., Ana Ruiz told the Herald. "..."') goes on with that statement's speaker;
    one right after a sentence no one is quoted in whose subject is a person ('Ruiz went
    further. "..."') is that person's."""

    def end_of(c: Candidate) -> int:
        ends = [c.span[1], c.speaker.span[1] if c.speaker is not None else 0]
        if c.cue_token is not None:
            cue = parse[c.cue_token]
            ends.append(cue.idx + len(cue))
        return max(ends)

    said = sorted(
        (end_of(c), n, c) for n, c in enumerate((*direct, *indirect)) if c.speaker is not None
    )
    ends = [e for e, _n, _c in said]
    mentions = [(a, m) for a in actors for m in a.mentions]
    out = []
    for c in direct:
        opening = _opening_participle(parse, c)
        if c.speaker is None and (c.cue is None or opening is not None):
            # ('Adding, "..."': the cue opens the sentence, with no subject of its own)
            start = opening if opening is not None else c.span[0]
            i = bisect.bisect_right(ends, start) - 1
            if i >= 0 and _goes_on(text, parse, ends[i], start):
                _end, _n, before = said[i]
                c = dataclasses.replace(
                    c,
                    cue=c.cue if opening is not None else before.cue,
                    speaker=before.speaker,
                    inherited=True,
                    cue_type=c.cue_type if opening is not None else before.cue_type,
                )
            else:
                subj = _narrative_subject(text, parse, start, quoted, mentions, w=w)
                mention = speaker_mention(subj, w=w) if subj is not None else None
                if mention is not None:
                    c = dataclasses.replace(c, speaker=mention, inherited=True)
        out.append(c)
    return out


def _opening_participle(parse: Any, c: Candidate) -> int | None:
    """Where the cue of a quote opens its sentence as a participle with no subject of its
    own ('... the report "wasn't good." Adding, "Now, ..."'): the speaker of the statement
    before goes on; None for any other cue."""
    if c.cue_token is None:
        return None
    cue = parse[c.cue_token]
    if cue.tag_ != "VBG" or cue.idx >= c.span[0]:
        return None
    if any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in cue.children):
        return None
    return int(cue.idx) if opens_sentence(cue) else None


def _joined_statements(
    text: str, direct: list[Candidate], indirect: list[Candidate]
) -> tuple[list[Candidate], list[Candidate]]:
    """Attribution scope (PARC/PolNeAR): a quotation that goes on with the statement before
    it, after that statement's own attribution ('"It is a start," she said. "But only a
    start."'), is one attribution with it, over the hull of both."""
    said = sorted((c.span[0], n, c) for n, c in enumerate((*direct, *indirect)))
    starts = [s for s, _n, _c in said]
    joined: dict[int, Candidate] = {}  # the statement's index -> its joined candidate
    followers: set[int] = set()
    for n, c in enumerate(direct):
        if not c.inherited or c.cue is None or c.speaker is None:
            continue
        i = bisect.bisect_left(starts, c.span[0]) - 1
        while i >= 0 and said[i][2].speaker is not c.speaker:
            i -= 1
        if i < 0 or said[i][1] in followers:
            continue
        _s, m, before = said[i]
        head = joined.get(m, before)
        if "\n" in text[head.span[1] : c.span[0]]:
            continue  # a new paragraph: a statement of its own
        joined[m] = dataclasses.replace(head, parts=(*head.parts, *c.parts))
        followers.add(n)
    nd = len(direct)
    new_direct = [joined.get(n, c) for n, c in enumerate(direct) if n not in followers]
    new_indirect = [joined.get(nd + n, c) for n, c in enumerate(indirect)]
    return new_direct, new_indirect


def _goes_on(text: str, parse: Any, end: int, start: int) -> bool:
    """Whether a quote opening at ``start`` goes on with the statement ending at ``end``:
    nothing but marks between them, or only the rest of the attribution's own sentence
    with no verb and no quote mark in it ('..., Ana Ruiz told the Herald. "...'),
    then marks."""
    gap = text[end:start]
    if len(gap) <= 6 and not gap.strip(_GAP_MARKS):
        return True
    if not gap.strip(_GAP_MARKS):
        return False
    span = parse.char_span(end, len(text), alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = span[0].sent
    rest = [t for t in parse[span.start : sent.end] if t.idx >= end]
    if not rest or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in rest):
        return False
    last = rest[-1]
    after = text[last.idx + len(last) : start]
    return len(after) <= 6 and not after.strip(_GAP_MARKS)


def _narrative_subject(
    text: str,
    parse: Any,
    start: int,
    quoted: list[Span],
    mentions: list[tuple[Actor, Span]],
    *,
    w: QuoteWords,
) -> Any:
    """The person who is the subject of the sentence right before an unattributed quote
    ('Howard continued his remarks. "Eight years ago ..."'), when that sentence quotes no
    one; None otherwise."""
    at = parse.char_span(start, min(start + 1, len(text)), alignment_mode="expand")
    if at is None or not len(at):
        return None
    j = at.start - 1
    while j >= 0 and (parse[j].is_quote or parse[j].is_space):
        j -= 1
    if j < 0 or parse[j].text not in (".", "!"):
        return None
    if text[parse[j].idx + 1 : start].strip(_GAP_MARKS):
        return None
    sent = parse[j].sent
    lo = sent.start
    if parse[lo].idx >= start:
        return None
    sent_start, sent_end = parse[lo].idx, parse[j].idx
    if any(s < sent_end and sent_start < e for s, e in quoted):
        return None
    root = sent.root
    if root.i > j or root.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "neg" for c in root.children):
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        # (a root the parser put late, 'Ruiz elaborated in a piece that X may reconsider':
        # the subject opening the sentence)
        subj = next((t for t in sent if t.dep_ == "nsubj" and t.left_edge.i == lo), None)
    if subj is None or subj.dep_ != "nsubj" or subj.head.pos_ not in ("VERB", "AUX"):
        return None
    if subj.ent_type_ == "PERSON" or subj.lower_ in w.singular_pronouns:
        return subj
    kinds = {a.kind for a, (s, e) in mentions if s <= subj.idx < e}
    if kinds == {"person"} or (not kinds and subj.pos_ == "PROPN" and not subj.ent_type_):
        return subj  # a person the actors know, or a name the tagger gave no type
    return None


SCOPES = ("speech", "attribution")


def _scope_message(value: object) -> str:
    return (
        f"setting geowire.quotes.v1.scope must be one of {', '.join(map(repr, SCOPES))}, "
        f"not {value!r}"
    )


@component(
    "geowire.quotes.v1",
    reads=("text", "parse", "sentences", "paragraphs", "actors"),
    writes=("quotes",),
    settings=(
        Setting("cues", Path, None),
        Setting("partial", bool, True),
        Setting("stances", bool, True),
        Setting("scope", str, "speech", choices=SCOPES),
    ),
)
class QuoteExtractor:
    """Quotes: who said what (direct, indirect, partial), with the speaker resolved."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        settings = self.config.settings_for("geowire.quotes.v1")
        path = settings["cues"]
        self.cues = load_cues(path) if path else default_cues()
        self.partial = settings["partial"]
        self.stances = settings["stances"]
        self.scope = settings["scope"]
        self.words = language(self.config.lang).view(QuoteWords)

    def __call__(self, doc: Document) -> Document:
        quotes = extract_quotes(
            doc,
            self.cues,
            partial=self.partial,
            stances=self.stances,
            scope=self.scope,
            words=self.words,
        )
        return doc.replace(quotes=tuple(quotes))
