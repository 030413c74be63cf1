"""Direct and partial quotes: quoted regions, their kind, cue and speaker words.

A region opening a clause (at a paragraph start, after ``. : , ;`` or a dash,
or right after a cue verb) is a *direct* quote; one inside running text is a
*partial* quote (scare quotes, quoted phrases). For a direct quote the cue is
looked for around it, in this order: the frame after it (``"...," he said``),
``according to X``, the frame before it when it ends in ``:`` or ``,`` or a
cue verb (``Zebari commented: "..."``). A direct quote with no cue of its own
that follows an attributed one in the same paragraph continues it (split and
multi-sentence quotes); one opening the next paragraph inherits its speaker.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..document import Span
from .cues import Cues
from .labels import label_colon, label_start
from .marks import QuoteRegion, is_title, trim_span
from .speaker import SpeakerMention, label_mention, speaker_mention, subject_of
from .words import QuoteWords

__all__ = ["Candidate", "TokenIndex", "direct_quotes"]

Token = Any

_FINAL = frozenset({".", "!", "?"})
_CLOSING = frozenset({"\u201d", '"'})
_CLAUSE_BEFORE = frozenset(".!?:;,\u2014\u2013-\u2026([")
_ENDS_STATEMENT = (",", ".", "?", "!", "\u2026", "\u2014", "-", ";", ":")
_FRAME_LIMIT = 40
_CUE_REACH = 16
_CUE_REACH_END = 6  # after a quote closed by a full stop the cue must come at once
_COLON_REACH = 6  # words between a cue and the colon that makes it introduce what follows
_ASIDE_OPENERS = ("(", "\u2014", "\u2013", "-")  # marks opening an aside within a sentence
_CUED_WITHIN = 4  # words (a name) that may stand between a quotation and its speech verb
_ABUTTING = 4  # characters between the content of a quote left open and that of the next one
_REOPENED = 3  # characters between a quotation left open and a paragraph that opens anew
_MIDSENTENCE_WORDS = 6  # a quotation opening mid-sentence is a statement from this length


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quote before speaker resolution."""

    parts: tuple[Span, ...]  # content spans (a split quote has several)
    kind: str  # direct | indirect | partial
    cue: str | None
    cue_token: int | None
    speaker: SpeakerMention | None
    inherited: bool = False  # speaker carried over from the previous quote
    cue_type: str = "speech"  # speech | writing | belief | perception | stance

    @property
    def span(self) -> Span:
        return (self.parts[0][0], self.parts[-1][1])


class TokenIndex:
    """Char offsets to spaCy tokens, plus paragraph lookups, for one parse."""

    def __init__(self, parse: Any, paragraphs: Sequence[Span]) -> None:
        self.parse = parse
        self.starts: list[int] = parse.to_array("IDX").tolist()
        self.paras = paragraphs
        self._pstarts = [p[0] for p in self.paras]

    def token_at(self, pos: int) -> int:
        """Index of the token holding or starting after ``pos``."""
        return bisect.bisect_right(self.starts, pos) - 1 if pos >= 0 else 0

    def tokens_in(self, start: int, end: int) -> range:
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._pstarts, pos) - 1)


def _starts_clause(text: str, idx: TokenIndex, r: QuoteRegion, cues: Cues) -> bool:
    p = idx.para_of(r.start)
    pstart = idx.paras[p][0] if idx.paras else 0
    before = text[pstart : r.start].rstrip()
    if not before:
        return True
    content = text[r.content[0] : r.content[1]].lstrip()
    if before[-1] in ".!?:;\u2026":
        return True
    closed = before[:-2] if before.endswith("''") else before[:-1]  # '' closes as " does
    if (
        (before[-1] in _CLOSING or before.endswith("''"))
        and closed.rstrip()[-1:] in _FINAL
        and content[:1].isupper()
    ):
        # right after a quotation that ended its sentence ('... timing of it." "What I
        # would do ...'): a new statement
        return True
    if before[-1] in _CLAUSE_BEFORE:
        # After a comma or dash only a new statement opens ('he said, "We ..."'), or
        # the second half of a split quote ('"We will stay," he said, "and ..."').
        if content[:1].isupper():
            return True
        last_close = max(before.rfind(m) for m in ("\u201d", '"', "''"))
        if last_close >= 0 and len(before) - last_close < 80:
            first = idx.token_at(pstart + last_close)
            last = idx.token_at(pstart + len(before) - 1)
            return any(
                cues.verb(idx.parse[i].lemma_, "direct") for i in range(max(first, 0), last + 1)
            )
        return False
    ti = idx.token_at(len(before) - 1 + pstart)
    if ti >= 0:
        tok = idx.parse[ti]
        content = text[r.content[0] : r.content[1]].lstrip()
        if cues.verb(tok.lemma_) and content[:1].isupper():
            return True
    return False


def _cued_right_after(idx: TokenIndex, r: QuoteRegion, cues: Cues) -> bool:
    """Whether a speech verb comes within the first words after a closed quotation
    ('..., "towns were broke. They took it," Ferrante said'; '..., said Ferrante')."""
    parse = idx.parse
    i = idx.token_at(r.end)
    if i < len(parse) and parse[i].idx < r.end:
        i += 1
    seen = 0
    while i < len(parse) and seen < _CUED_WITHIN:
        tok = parse[i]
        if tok.text in _FINAL or tok.text in _CLOSING or tok.text == "\n":
            return False
        if not tok.is_space:
            if tok.pos_ in ("VERB", "AUX"):
                return bool(cues.verb(tok.lemma_, "direct"))
            seen += 1
        i += 1
    return False


def _is_direct(text: str, idx: TokenIndex, r: QuoteRegion, cues: Cues) -> bool:
    content = text[r.content[0] : r.content[1]].strip()
    words = len(content.split())
    if not _starts_clause(text, idx, r, cues):
        # A statement whose quotation opens mid-sentence, after a lead-in clause, and
        # ends with the comma of an attribution ('In 2012, when the grant came, "towns
        # were broke. They took it," Ferrante said'): the speaker's words, not a phrase
        before = text[: r.start].rstrip()
        return (
            r.closed
            and before.endswith(",")
            and content.endswith(",")
            and words >= _MIDSENTENCE_WORDS
            and _cued_right_after(idx, r, cues)
        )
    return words >= 3 or content.endswith(_ENDS_STATEMENT)


def _frame_after(idx: TokenIndex, r: QuoteRegion, limit: int, inside: list[bool]) -> list[int]:
    parse = idx.parse
    p = idx.para_of(r.end - 1)
    pend = idx.paras[p][1] if idx.paras else len(parse.text)
    out: list[int] = []
    i = idx.token_at(r.end)
    if i < len(parse) and parse[i].idx < r.end:
        i += 1
    while i < len(parse) and len(out) < _FRAME_LIMIT:
        tok = parse[i]
        if tok.idx >= min(limit, pend) or inside[i]:
            break
        if not tok.is_space:
            out.append(i)
        if tok.text in _FINAL:
            break
        i += 1
    return out


def _frame_before(idx: TokenIndex, r: QuoteRegion, limit: int, inside: list[bool]) -> list[int]:
    parse = idx.parse
    p = idx.para_of(r.start)
    pstart = idx.paras[p][0] if idx.paras else 0
    text = parse.text
    if p > 0 and not text[pstart : r.start].strip():
        # A quote opening its paragraph may be introduced by the one before: 'Cruz said:'
        prev_end = idx.paras[p - 1][1]
        if text[idx.paras[p - 1][0] : prev_end].rstrip().endswith(":"):
            pstart = idx.paras[p - 1][0]
    out: list[int] = []
    i = idx.token_at(r.start)
    if i >= 0 and parse[i].idx >= r.start:
        i -= 1
    while i >= 0 and len(out) < _FRAME_LIMIT:
        tok = parse[i]
        if tok.idx < max(limit, pstart) or inside[i] or tok.text in _FINAL:
            break
        if not tok.is_space:
            out.append(i)
        i -= 1
    out.reverse()
    return out


#: how a clause quoted after the words that open it hangs on them ('It's not, "because
#: ...": advcl): a clause of theirs, not a name or a title in apposition, nor the content
#: clause of a verb in them ('a sign, which read, "..."')
_CLAUSE_GOES_ON = frozenset({"advcl", "conj", "xcomp", "parataxis", "relcl"})


def _goes_on_in(clause: Token, r: QuoteRegion, idx: TokenIndex, cues: Cues) -> bool:
    """Whether the quotation ``r`` goes on with ``clause``, opened before it: each of its
    words hung outside it is a clause of the clause ('It's not, "because soy sauce has
    wheat in it,"'), not a title or a name ('his radio show, "Generations with ..."'),
    nor what a verb in it says ('a sign, which read, "..."': the sign's), nor a cue's."""
    parse = idx.parse
    words = [parse[i] for i in idx.tokens_in(r.start, r.end)]
    tops = [t for t in words if not t.is_punct and not (r.start <= t.head.idx < r.end)]
    return bool(tops) and all(
        t.dep_ in _CLAUSE_GOES_ON
        and clause.left_edge.i <= t.head.i <= clause.right_edge.i
        and not cues.verb(t.head.lemma_)
        for t in tops
    )


def _has_own_clause(
    tok: Token, r: QuoteRegion, idx: TokenIndex, inside: list[bool], cues: Cues
) -> bool:
    """A cue that already governs a clause outside the quote is not this quote's cue
    (but for a quote and its attribution in parentheses or dashes, a clause before them
    is the sentence around them: 'Members were angry ("...," wrote one welder)', 'He was
    unmoved - "...," Mr. Elkin said - but ...')."""
    para = idx.para_of(tok.idx)
    aside = idx.parse.text[: r.start].rstrip().endswith(_ASIDE_OPENERS)
    if any(c.dep_ == "ccomp" and r.start <= c.idx < r.end for c in tok.children):
        # the quotation is the cue's own clause; a second one after it is the parser's
        # misreading of a name ('"...," said Ana Ruiz, who heads Correct the Record')
        return False
    for child in tok.children:
        if aside and child.idx < r.start:
            continue
        if (
            child.dep_ == "ccomp"
            and idx.para_of(child.idx) == para
            and (
                not inside[child.i]
                or (
                    child.i > tok.i
                    and child.left_edge.lower_ == "that"
                    and not inside[child.left_edge.i]
                )
            )
        ):
            # (a that-clause running into a quoted phrase counts: 'said that he "hopes ..."';
            # so does a clause before the quote that goes on in it: 'It's not, "because soy
            # sauce has wheat in it," she said' is one statement, the quotation its end)
            if not any(r.start <= t.idx < r.end for t in (child, child.left_edge)) and not (
                r.start <= child.right_edge.idx < r.end and _goes_on_in(child, r, idx, cues)
            ):
                return True
    return False


def _introduces(parse: Any, cue: Token) -> bool:
    """Whether a cue verb ends in a colon ('He added:', 'she said in a statement:'): it
    introduces what follows it."""
    i = cue.i + 1
    while i < len(parse) and i - cue.i <= _COLON_REACH and parse[i].text not in _FINAL:
        if parse[i].text == ":":
            return True
        i += 1
    return False


def _according_to(
    parse: Any, frame: list[int], *, after: bool = True
) -> tuple[Token, Token] | None:
    """'according to X' in the frame after (``after``) or before a quotation, with X, when
    it attributes the quotation itself: no verb stands between them. Across a verb the
    phrase attributes a clause of its own that holds the quotation ('... items labeled
    "Made in the U.S.A.," even if it means ..., according to a poll'), which the
    indirect attribution reads, the quoted phrase nested in it."""
    for n, i in enumerate(frame):
        tok = parse[i]
        if tok.lower_ == "according" and i + 1 < len(parse) and parse[i + 1].lower_ == "to":
            objs = [c for c in parse[i + 1].children if c.dep_ == "pobj"]
            if objs:
                between = frame[:n] if after else [j for j in frame if j > objs[0].right_edge.i]
                if any(parse[j].pos_ in ("VERB", "AUX") for j in between):
                    return None
                return tok, objs[0]
    return None


def _cue_in(parse: Any, frame: list[int], cues: Cues, *, last: bool) -> Token | None:
    order = reversed(frame) if last else iter(frame)
    for i in order:
        tok = parse[i]
        if tok.pos_ in ("VERB", "AUX") and cues.verb(tok.lemma_, "direct") and not _modifier(tok):
            return tok
    return None


def _modifier(tok: Token) -> bool:
    """A participle that describes a noun ('in a written statement', 'the following
    statement'): no verb of its clause, so no cue."""
    return bool(tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBG") and tok.head.i > tok.i)


#: the relations of a word the tagger took for a verb that the parser reads as a noun's
#: ('"...," Trump shot back' with 'Trump' tagged a verb and hung on 'shot' as its subject)
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "poss"})


def _first_verb_after(parse: Any, frame: list[int], *, w: QuoteWords) -> Token | None:
    """'"...," Trump barked': right after a quote, the frame's verb with its subject."""
    for pos, i in enumerate(frame[:4]):
        tok = parse[i]
        if tok.pos_ == "VERB" and tok.dep_ not in _NOMINAL_DEPS:
            subj = subject_of(tok, w=w)
            if (
                subj is not None
                and subj.i in frame[:pos]
                or (subj is not None and pos == 0 and subj.i > tok.i)
            ):
                return tok
            return None
    return None


def _inverted_colon_cue(parse: Any, frame: list[int], cues: Cues) -> tuple[Token, Token] | None:
    """'Continued Stone: "..."', 'Added the minister: "..."': a speech verb in the past
    opening its sentence, then the speaker's words alone up to the colon that ends the
    frame (the parser may hang the verb on the name as a modifier): (cue, the name's head)."""
    words = [i for i in frame if not (parse[i].is_space or parse[i].is_quote)]
    if len(words) < 3 or parse[words[-1]].text != ":":
        return None
    cue = parse[words[0]]
    if not opens_sentence(cue):
        return None
    if cue.tag_ in ("VBD", "VBN"):
        if not cues.verb(cue.lemma_, "direct"):
            return None
    elif not (cue.tag_ == "NNP" and _past_cue(cue.lower_, cues)):
        return None  # (the tagger may take the capitalised verb for a name: 'Added Ahmadi:')
    name = words[1:-1]
    if any(parse[i].pos_ in ("VERB", "AUX") or parse[i].is_punct for i in name):
        return None
    heads = [parse[i] for i in name if parse[i].head.i not in name or parse[i].head.i == i]
    if len(heads) != 1 or heads[0].pos_ not in ("PROPN", "NOUN"):
        return None
    return cue, heads[0]


def opens_sentence(tok: Any) -> bool:
    """Whether ``tok`` is its sentence's first word, past quotation marks and spaces."""
    doc = tok.doc
    return all(doc[k].is_space or doc[k].is_quote for k in range(tok.sent.start, tok.i))


def _past_cue(low: str, cues: Cues) -> bool:
    """Whether a word is the regular past of a direct-quote cue verb ('added', 'stated',
    'continued', 'replied')."""
    if not low.endswith("ed"):
        return False
    stems = (low[:-2], low[:-1], low[:-3] + "y")
    return any(cues.verb(stem, "direct") for stem in stems)


def _last_verb(parse: Any, frame: list[int]) -> Token | None:
    """The frame's last verb; one with no subject inside a clause or phrase of a verb
    before it ('apologized for what happened:') gives way to that verb."""
    for i in reversed(frame):
        if parse[i].pos_ == "VERB" and not _modifier(parse[i]):
            verb = parse[i]
            up = verb
            while (
                not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children
                )
                and up.head.i != up.i
                and up.head.i in frame
                and up.dep_ in ("pcomp", "pobj", "prep", "relcl", "ccomp")
            ):
                up = up.head
                if up.pos_ == "VERB":
                    return up
            return verb
    return None


def _name_after(cue: Token, frame: list[int]) -> Token | None:
    """The name right after an inverted cue ('"...," said Ana Ruiz, an economist, "..."',
    '"...," said ranking Democrat Ana Ruiz.'), which the parser hung on a verb of the
    quotation or of a clause it made of the words after the cue: the last word of the
    phrase the cue runs into, a name ended by punctuation or the frame's end."""
    doc = cue.doc
    k = cue.i + 1
    while k + 1 in frame and not doc[k + 1].is_punct and k - cue.i < _NAME_REACH:
        tok = doc[k]
        if tok.pos_ not in _TITLE_POS or (tok.pos_ == "VERB" and tok.tag_ not in ("VBG", "VBN")):
            return None
        k += 1
    if k not in frame or (k + 1 in frame and not doc[k + 1].is_punct):
        return None
    name = doc[k]
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "") or doc[k - 1].pos_ == "ADP":
        return None
    return name


#: the longest run of words from an inverted cue to the name it runs into, and the parts
#: of speech a title before the name has ('ranking Democrat', 'retired neurosurgeon')
_NAME_REACH = 7
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "VERB"})


def _speaker_for(
    cue: Token, frame: list[int], *, w: QuoteWords, quoted: Span | None = None
) -> SpeakerMention | None:
    subj = subject_of(cue, w=w)
    if (
        subj is not None
        and quoted is not None
        and frame
        and cue.i in frame
        and quoted[0] <= subj.idx
        and subj.idx + len(subj) <= quoted[1]
    ):
        # the subject found is a word of the quotation itself ('"We were wrong," Ramos,
        # 58, told AFP' with the name hung on the quoted verb and 'We' taken for the
        # cue's subject): the quoted words never name who speaks them; the noun phrase
        # of the frame before the cue does
        subj = None
    if subj is not None and subj.head.i == cue.i and frame and subj.i not in frame:
        # two subjects, one inside the quotation ('"... for them [the farmers]," Smith
        # said'): the one outside it speaks
        subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i in frame), subj)
        if subj.i > frame[-1]:
            # its subject in a quoted title after the frame ('..., Flynn said on "Fox and
            # Friends"'): the parser lost the real one
            subj = None
    if subj is None and frame and cue.i == frame[0]:
        # Inverted order after a quote: '"...," said Smith.'
        for child in cue.rights:
            if child.dep_ in ("dobj", "attr", "npadvmod", "nsubj", "appos") and (
                child.pos_ in ("PROPN", "NOUN")
            ):
                subj = child
                break
        if subj is None:
            subj = _name_after(cue, frame)
    if subj is None and frame and cue.i in frame:
        # The parser lost the subject (attached it into the quote): take the noun
        # phrase of the frame that stands right before the cue.
        pos = frame.index(cue.i)
        span = [i for i in frame[:pos] if i >= cue.i - 20]
        if span and span == list(range(span[0], span[-1] + 1)):
            inside = set(span)
            heads = [
                cue.doc[i]
                for i in span
                if cue.doc[i].head.i not in inside and cue.doc[i].pos_ in ("PROPN", "NOUN", "PRON")
            ]
            if len(heads) == 1:
                return speaker_mention(heads[0], span[0], span[-1], w=w)
            name = cue.doc[span[-1]]
            if not heads and len(span) == 1:
                # '"...," Early said' with the surname tagged an adverb: it speaks
                # (speaker_mention takes it only when it looks like a name)
                return speaker_mention(name, w=w)
            if not heads and name.pos_ == "PROPN" and name.ent_type_ == "PERSON":
                # '"...," screenwriter Ana Ruiz wrote' with the title tagged a verb that
                # took the name as its object: the name right before the cue speaks
                return speaker_mention(name, w=w)
        lead = frame[:pos]
        if lead and lead == list(range(lead[0], lead[-1] + 1)):
            opening = _opening_name(cue.doc, lead)
            if opening is not None:
                # '"...," Mr. Daniloff, now 81 and retired in Cambridge, said' with the
                # description parsed as a clause of its own: the name that opens the
                # frame, set off from its description by a comma, speaks
                return speaker_mention(opening, lead[0], opening.i, w=w)
        return None
    return speaker_mention(subj, w=w) if subj is not None else None


def _opening_name(doc: Any, span: list[int]) -> Token | None:
    """A person's name that opens ``span`` (titles and given names before it), set off by
    a comma from what follows: the last word of the name, else None."""
    for i in span:
        tok = doc[i]
        if tok.pos_ != "PROPN":
            return None
        if tok.ent_type_ == "PERSON" and i + 1 in span and doc[i + 1].text == ",":
            return tok
    return None


_BYLINE_DASHES = frozenset({"\u2015", "\u2014", "\u2013", "-", "--"})
_SIGNATURE_WORDS = 6


def _signature(parse: Any, frame: list[int], *, w: QuoteWords) -> SpeakerMention | None:
    """A capitalised name alone after a dash ('― Jane Doe', '— Jane Doe, a voter')."""
    words: list[int] = []
    for i in frame:
        if parse[i].text in (",", "(") or parse[i].is_space:
            break
        words.append(i)
    if not words or len(words) > _SIGNATURE_WORDS:
        return None
    if any(parse[i].pos_ in ("VERB", "AUX") for i in words):
        return None
    if not all(parse[i].text[:1].isupper() or parse[i].is_punct for i in words):
        return None
    return label_mention(parse, words[0], words[-1], w=w)


def _leading_cue(parse: Any, frame: list[int], cues: Cues, *, w: QuoteWords) -> Token | None:
    """A cue verb with its own subject right before the comma or colon that opens the
    quotation ('Ana bristled and said, "No comment," the Herald reported'): it is the
    quote's, and a cue after the quotation only reports that it was said."""
    if len(frame) < 3 or parse[frame[-1]].text not in (",", ":"):
        return None
    verb = parse[frame[-2]]
    if verb.pos_ not in ("VERB", "AUX") or not cues.verb(verb.lemma_, "direct"):
        return None
    subj = subject_of(verb, w=w)
    # (its subject may stand before a scare quote the frame stops at: 'Ana "bristled" and
    # said, ...')
    return verb if subj is not None and subj.i < verb.i and subj.sent == verb.sent else None


def _full_sentence(content: str) -> bool:
    """Whether quoted words are a whole sentence: opening in capitals, closed by a full
    stop, a question or an exclamation mark, four words at least."""
    words = content.strip().strip("\u201c\u201d\"'\u2018\u2019").strip()
    return (
        len(words.split()) >= 4
        and words[:1].isupper()
        and words.rstrip("\u201d\"'\u2019").endswith((".", "!", "?"))
    )


def _framing_clause(parse: Any, frame: list[int], *, w: QuoteWords) -> Token | None:
    """The verb of a clause that opens its sentence and hangs a whole quoted sentence on a
    comma or a dash, no cue on either side ('Earlier, Ana shared her worry with donors,
    "I do not know what he will do."', 'Ana also backed the plan -- "It is the only way
    out."'): its subject, a name or a personal pronoun, said it; None otherwise (a
    passive subject, no subject, two clauses)."""
    if not frame or len(frame) >= _FRAME_LIMIT:
        return None
    j = frame[0] - 1
    while j >= 0 and (parse[j].is_space or parse[j].is_quote):
        j -= 1
    gap = parse.text[parse[j].idx + len(parse[j]) : parse[frame[0]].idx] if j >= 0 else ""
    if j >= 0 and parse[j].text not in _FINAL and "\n" not in gap:
        return None  # the clause does not open its sentence
    inside = set(frame)
    verbs = [
        parse[i]
        for i in frame
        if parse[i].pos_ == "VERB" and (parse[i].head.i not in inside or parse[i].head.i == i)
    ]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i in inside), None)
    if subj is None:
        return None
    if subj.pos_ == "PRON":
        return verb if subj.lower_ in w.singular_pronouns | w.plural_pronouns else None
    return verb if subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON" else None


def _cue_text(cue: Token) -> str:
    parts = [cue]
    for child in cue.children:
        if child.dep_ == "prt":
            parts.append(child)
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


def direct_quotes(
    text: str,
    idx: TokenIndex,
    regions: tuple[QuoteRegion, ...],
    cues: Cues,
    *,
    w: QuoteWords,
) -> tuple[list[Candidate], list[QuoteRegion]]:
    """Direct quote candidates (speaker unresolved) and the regions left as partial quotes."""
    parse = idx.parse
    inside = [False] * len(parse)
    for r in regions:
        for i in idx.tokens_in(r.start, r.end):
            inside[i] = True
    out: list[Candidate] = []
    partial: list[QuoteRegion] = []
    prev: Candidate | None = None
    prev_region: QuoteRegion | None = None
    lead_ins: list[int] = []
    for n, r in enumerate(regions):
        if not _is_direct(text, idx, r, cues):
            partial.append(r)
            continue
        content = trim_span(text, r.content)
        if content[1] <= content[0]:
            continue
        nxt = regions[n + 1].start if n + 1 < len(regions) else len(text)
        last_end = prev_region.end if prev_region is not None else 0
        after = _frame_after(idx, r, nxt, inside) if r.closed else []
        before = _frame_before(idx, r, last_end, inside)
        cue: Token | None = None
        speaker: SpeakerMention | None = None
        cue_label: str | None = None
        ends_sentence = text[r.content[0] : r.content[1]].rstrip().endswith(".")
        lead = _leading_cue(parse, before, cues, w=w)
        if after and lead is None:
            c = _cue_in(parse, after, cues, last=False)
            if c is None and not ends_sentence:
                c = _first_verb_after(parse, after, w=w)
            if c is not None and ends_sentence and _introduces(parse, c):
                # '"... all yours." He added: "...": the cue opens the next quotation
                c = None
            if c is not None and not _has_own_clause(c, r, idx, inside, cues):
                reach = _CUE_REACH_END if ends_sentence else _CUE_REACH
                pos = after.index(c.i)
                subj = subject_of(c, w=w)
                if pos <= reach or (subj is not None and subj.left_edge.i <= after[0]):
                    cue = c
        # (a verb after the quotation, cue or not, may attribute it: '"...," Ana told me')
        after_cued = after and _first_verb_after(parse, after, w=w) is not None
        tail = text[r.end : r.end + 4].lstrip(" \u00a0")
        dash = next((d for d in ("--", *_BYLINE_DASHES) if tail.startswith(d)), None)
        if cue is None and after and dash is not None:
            # '"..." ― Sonya Herridge': a signature after a dash names the speaker.
            at = text.index(dash, r.end) + len(dash)
            speaker = _signature(parse, [i for i in after if parse[i].idx >= at], w=w)
            if speaker is not None:
                cue_label = dash
        if cue is None and cue_label is None:
            acc = _according_to(parse, after) or _according_to(parse, before, after=False)
            if acc is not None and ends_sentence and acc[0].i in after and acc[0].text[0].isupper():
                # '"... recognition." According to the survey, ...': the next sentence's
                # own attribution, not this quote's
                acc = _according_to(parse, before, after=False)
            if acc is not None:
                speaker = speaker_mention(acc[1], w=w)
                cue_label = "according to"
        if cue is None and cue_label is None and before:
            last_tok = parse[before[-1]]
            if last_tok.text == ":":
                # A colon introduction: any verb introduces ('the headline reads:').
                inverted = _inverted_colon_cue(parse, before, cues)
                c = _cue_in(parse, before, cues, last=True) or _last_verb(parse, before)
                if inverted is not None:
                    # 'Continued Stone: "..."': the cue first, the name after it speaks
                    cue, name = inverted
                    speaker = speaker_mention(name, cue.i + 1, before[-1] - 1, w=w)
                    cue_label = _cue_text(cue)
                elif c is not None:
                    cue = c
                else:
                    p = idx.para_of(parse[before[0]].idx)
                    label = label_colon(
                        parse, parse[before[0]].idx, idx.paras[p][1], last_tok.idx, cues
                    )
                    if label is not None:
                        lo = label_start(text, parse[before[0]].idx, last_tok.idx)
                        first = next((i for i in before if parse[i].idx >= lo), before[0])
                        speaker = label_mention(parse, first, before[-1] - 1, w=w)
                        cue_label = ":"
            elif last_tok.text == "," or cues.verb(last_tok.lemma_, "direct"):
                c = _cue_in(parse, before, cues, last=True)
                if c is not None and not _has_own_clause(c, r, idx, inside, cues):
                    cue = c
            if (
                cue is None
                and (last_tok.text == "," or last_tok.text in _BYLINE_DASHES)
                and not after_cued
                and _full_sentence(text[content[0] : content[1]])
            ):
                cue = _framing_clause(parse, before, w=w)
        if cue is not None and cue_label is None:
            speaker = _speaker_for(
                cue, after if after and cue.i in after else before, w=w, quoted=(r.start, r.end)
            )
            cue_label = _cue_text(cue)
        same_para = (
            prev is not None
            and prev_region is not None
            and idx.para_of(prev_region.end - 1) == idx.para_of(r.start)
        )
        if cue_label is None and is_title(text, r, w=w):
            partial.append(r)  # a title or a name in headline capitals, no one's words
            continue
        if (
            cue_label is None
            and prev is not None
            and out
            and out[-1] is prev
            and prev_region is not None
            and not prev_region.closed
            and r.start - prev_region.end <= _REOPENED
        ):
            # 'X said: "We invested ... quickly. "People feel ...': a paragraph opening
            # right where a quotation was left open (line breaks lost, each paragraph of
            # a long quotation opened anew) is more of that quotation, with its speaker
            prev = replace(prev, parts=(*prev.parts, content))
            out[-1] = prev
            prev_region = r
            continue
        if (
            cue_label is None
            and not r.closed
            and n + 1 < len(regions)
            and regions[n + 1].start - r.end <= 3
        ):
            # A paragraph of a quote whose next paragraph opens right after it (line
            # breaks lost): the speaker named with the next part speaks both.
            prev = Candidate((content,), "direct", None, None, None)
            out.append(prev)
            lead_ins.append(len(out) - 1)
            prev_region = r
            continue
        if prev is not None and cue is not None and cue.i == prev.cue_token and same_para:
            # '"X," he said, "Y."': the second half of a split quote.
            prev = replace(prev, parts=(*prev.parts, content))
            out[-1] = prev
        elif prev is not None and cue_label is None and same_para:
            # An unattributed quote continuing the attributed one before it.
            prev = replace(prev, parts=(*prev.parts, content))
            out[-1] = prev
        elif (
            prev is not None
            and cue_label is None
            and prev_region is not None
            and idx.para_of(r.start) == idx.para_of(prev_region.end - 1) + 1
            and not text[idx.paras[idx.para_of(r.start)][0] : r.start].strip()
            and prev.speaker is not None
        ):
            # A paragraph that opens with an unattributed quote: the same speaker goes on,
            # and PolNeAR-style annotation keeps it one attribution with the quote before.
            prev = replace(prev, parts=(*prev.parts, content))
            out[-1] = prev
        elif cue_label is None and len(text[content[0] : content[1]].split()) < 4:
            partial.append(r)  # a short unattributed quote: a title, a slogan
            continue
        else:
            prev = Candidate(
                (content,),
                "direct",
                cue_label,
                cue.i if cue is not None else None,
                speaker,
                cue_type="writing"
                if cue is not None and cues.verb_type(cue.lemma_) == "writing"
                else "speech",
            )
            out.append(prev)
        prev_region = r
    for i in lead_ins:
        if (
            i + 1 < len(out)
            and out[i + 1].speaker is not None
            and out[i + 1].parts[0][0] - out[i].parts[-1][1] <= _ABUTTING
        ):
            # (only the part that opens right where the lead-in was left open: a quote of
            # a later paragraph is someone else's)
            nxt_c = out[i + 1]
            out[i] = replace(out[i], cue=nxt_c.cue, speaker=nxt_c.speaker, inherited=True)
    return out, partial
