"""Finding who speaks: the subject of a cue, its span, and its resolution to an actor.

Resolution order for a speaker span:

1. an actor of ``doc.actors`` whose mention covers the span's head (through
   ``geowire.actors.actor_at`` when that exists, else by mention overlap);
2. a pronoun (he, she, they, ...) is resolved to the nearest preceding person
   mentioned as a subject or already resolved as a speaker, outside quoted
   text, with agreeing number;
3. a bare surname is resolved to an earlier full name ending with it;
4. otherwise the Speaker is built from the span's own words, code/country/actor null.

Nothing is invented: an unresolved pronoun keeps its own words as the name.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..document import Actor, Document, Span, Speaker

__all__ = [
    "SpeakerMention",
    "label_mention",
    "Resolver",
    "subject_of",
    "speaker_mention",
]

Token = Any  # a spaCy Token

_SINGULAR_PRONOUNS = frozenset({"he", "she"})
_PLURAL_PRONOUNS = frozenset({"they"})
_OTHER_PRONOUNS = frozenset({"i", "we", "you", "it"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_EXPLETIVES = frozenset({"it", "there", "this", "that"})
_SPAN_DEPS = frozenset({"compound", "flat", "appos", "prep", "nmod", "pobj", "poss", "amod"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_NOT_SPEAKERS = frozenset({"TIME", "DATE", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_PUNCT_EDGES = ",;:-\u2014\u2013 \n\t\"'\u201c\u201d"


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """The words naming a speaker in one quote's context, before resolution."""

    span: Span
    head: Span  # the head token's span
    name: str  # the best name from the words themselves
    pronoun: str | None  # lower-cased pronoun, when the head is one
    plural: bool
    person: bool = False  # the words name a person (a PERSON entity or he/she)


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a cue verb, climbing through xcomp/advcl/conj/relcl/acl."""
    v = verb
    for _ in range(5):
        subj = None
        for child in v.children:
            if child.dep_ in ("nsubj", "csubj"):
                subj = child
                break
        if subj is None:
            for child in v.children:
                if child.dep_ == "agent":
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    if objs:
                        return objs[0]
                if child.dep_ == "nsubjpass" and child.lower_ not in _EXPLETIVES:
                    # "X was quoted as saying": the passive subject speaks only then.
                    if any(c.dep_ in ("advcl", "xcomp") for c in v.children):
                        subj = child
                        break
        if subj is not None:
            if subj.lower_ in _RELATIVES and v.dep_ == "relcl":
                return v.head
            if subj.dep_ == "nsubj" and subj.lower_ in ("there",):
                return None
            return subj
        if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return v.head
        if v.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep") and v.head is not v:
            v = v.head
            continue
        return None
    return None


def speaker_mention(
    tok: Token, lo: int | None = None, hi: int | None = None
) -> SpeakerMention | None:
    """The speaker words headed by ``tok``: its pre-modifiers and name-like post-modifiers.

    ``lo``/``hi`` (token indices, inclusive) bound the span when the words are known
    to lie in a stretch (a label before a colon).
    """
    if tok.lower_ in _EXPLETIVES and tok.dep_ in ("expl", "nsubjpass"):
        return None
    if tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X") and tok.ent_type_ not in _NAME_LABELS:
        return None
    if tok.ent_type_ in _NOT_SPEAKERS:
        return None  # '12:15 p.m.: President Obama says ...' misparsed
    doc = tok.doc
    start = tok.left_edge.i
    end = tok.i
    for child in tok.rights:
        if child.dep_ in _SPAN_DEPS:
            end = max(end, child.right_edge.i)
    if lo is not None:
        start = max(start, lo)
    if hi is not None:
        end = min(end, hi)
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    span = (doc[start].idx, doc[end].idx + len(doc[end]))
    head = (tok.idx, tok.idx + len(tok))
    pronoun = tok.lower_ if tok.pos_ == "PRON" else None
    plural = tok.tag_ in ("NNS", "NNPS") or (pronoun in _PLURAL_PRONOUNS | {"we"})
    person = pronoun in _SINGULAR_PRONOUNS or any(
        doc[i].ent_type_ == "PERSON" for i in range(start, end + 1)
    )
    # An unbalanced bracket ("the Estimate (nie") ends the span before it.
    text = doc.text[span[0] : span[1]]
    if text.count("(") > text.count(")"):
        cut = text.rfind("(")
        trimmed = text[:cut].rstrip(_PUNCT_EDGES)
        if trimmed:
            span = (span[0], span[0] + len(trimmed))
    name = _name_for(tok, start, end)
    return SpeakerMention(span, head, name, pronoun, plural, person)


def label_mention(doc: Any, first: int, last: int) -> SpeakerMention | None:
    """Speaker words that are a whole label ('Graham' in 'Graham: ...'), whatever the tags."""
    while first <= last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if first > last:
        return None
    span = (doc[first].idx, doc[last].idx + len(doc[last]))
    tok = doc[last]
    name = doc.text[span[0] : span[1]].strip(_PUNCT_EDGES)
    people = [e for e in ents_in(doc, first, last + 1) if e.label_ == "PERSON"]
    person = bool(people)
    if people:
        name = people[-1].text
    head = (tok.idx, tok.idx + len(tok))
    return SpeakerMention(span, head, name, None, tok.tag_ in ("NNS", "NNPS"), person)


def ents_in(doc: Any, start: int, end: int) -> list[Any]:
    """The named entities lying wholly in tokens ``start`` .. ``end - 1``, read from the
    tokens' IOB tags (``doc.ents`` rebuilds every entity of the document on each call)."""
    from spacy.tokens import Span as SpacySpan

    out = []
    n = len(doc)
    i = max(start, 0)
    end = min(end, n)
    while i < end:
        tok = doc[i]
        if tok.ent_iob_ != "B":
            i += 1
            continue
        j = i + 1
        while j < n and doc[j].ent_iob_ == "I":
            j += 1
        if j <= end:
            out.append(SpacySpan(doc, i, j, label=tok.ent_type_))
        i = j
    return out


def _name_for(tok: Token, start: int, end: int) -> str:
    doc = tok.doc
    # A person named inside the speaker words ("Trumpet editor in chief Gerald Flurry").
    people = [e for e in ents_in(doc, start, end + 1) if e.label_ == "PERSON"]
    if people:
        return people[-1].text.strip(_PUNCT_EDGES) or tok.text
    # An apposed name ("one of the attorneys, Justin Bamberg") names the speaker best.
    for child in tok.rights:
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            ent = _entity_of(child)
            if ent is not None:
                return ent
    if tok.ent_type_ in _NAME_LABELS:
        ent = _entity_of(tok)
        if ent is not None:
            return ent
    # The noun phrase up to its head, without a leading determiner.
    first = tok.left_edge.i
    while first < tok.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    text = doc[first : tok.i + 1].text
    return text.strip(_PUNCT_EDGES) or tok.text


def _entity_of(tok: Token) -> str | None:
    if not tok.ent_iob_ or tok.ent_iob_ == "O":
        return None
    doc, first, last = tok.doc, tok.i, tok.i + 1
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    text: str = doc[first:last].text
    if text.lower().startswith("the "):
        text = text[4:]
    return text.strip(_PUNCT_EDGES) or None


def _actor_lookup(doc: Document) -> Callable[[int, int], Actor | None]:
    """The best-fitting actor at a span, from an index of the document's mentions."""
    from ..actors import ActorIndex

    index = ActorIndex(doc.actors)

    def via_actors(start: int, end: int) -> Actor | None:
        found = index.actors_at(start, end)
        return found[0] if found else None

    return via_actors


_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_TITLE_GENDER = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "madam": "f",
}


def _surname(name: str) -> str:
    words = name.replace("\u2019s", "").replace("'s", "").split()
    return words[-1].lower().strip(".,") if words else ""


def learn_genders(parse: Any) -> dict[str, str]:
    """Gender per surname, learnt from the document itself: titles and bound pronouns.

    'Mrs. Clinton' makes Clinton female; a sentence whose subject is 'he' or 'she'
    right after a sentence with exactly one person as subject votes for that person;
    'X ... his/her' with X the only person in the sentence votes too. Names with
    conflicting evidence stay unknown.
    """
    votes: dict[str, dict[str, int]] = {}

    def vote(name: str, gender: str, weight: int = 1) -> None:
        key = _surname(name)
        if key:
            tally = votes.setdefault(key, {"m": 0, "f": 0})
            tally[gender] += weight

    prev_people: list[Any] = []
    for sent in parse.sents:
        people = [e for e in ents_in(parse, sent.start, sent.end) if e.label_ == "PERSON"]
        for e in people:
            before = parse[e.start - 1].lower_ if e.start > 0 else ""
            if before in _TITLE_GENDER:
                vote(e.text, _TITLE_GENDER[before], 3)
        pronouns = [t for t in sent if t.lower_ in _GENDER and t.pos_ == "PRON"]
        subj_people = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")]
        first_subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
        if first_subj is not None and first_subj.lower_ in ("he", "she") and len(prev_people) == 1:
            vote(prev_people[0].text, _GENDER[first_subj.lower_])
        if len(people) == 1 and pronouns:
            kinds = {_GENDER[t.lower_] for t in pronouns if t.i > people[0].end}
            if len(kinds) == 1:
                vote(people[0].text, kinds.pop())
        if people:
            prev_people = subj_people or people
    out: dict[str, str] = {}
    for key, tally in votes.items():
        if tally["m"] > 2 * tally["f"]:
            out[key] = "m"
        elif tally["f"] > 2 * tally["m"]:
            out[key] = "f"
    return out


@dataclass(slots=True)
class _Antecedent:
    pos: int
    name: str
    actor: Actor | None
    plural: bool
    subject: bool
    person: bool = True


class Resolver:
    """Resolves speaker mentions of one document, in text order."""

    def __init__(self, doc: Document, quoted: Sequence[Span]) -> None:
        self.doc = doc
        self._actor_at = _actor_lookup(doc)
        quoted_sorted = sorted(quoted)
        self._q_starts = [s for s, _ in quoted_sorted]
        self._quoted = quoted_sorted
        self._cands: list[_Antecedent] = []
        parse = doc.parse
        if parse is not None:
            for ent in parse.ents:
                if ent.label_ != "PERSON" or self._in_quote(ent.start_char):
                    continue
                root = ent.root
                self._cands.append(
                    _Antecedent(
                        ent.start_char,
                        ent.text,
                        self._actor_at(ent.start_char, ent.end_char),
                        False,
                        root.dep_ in ("nsubj", "nsubjpass"),
                        True,
                    )
                )
        for actor in doc.actors:
            if actor.kind != "person":
                continue
            for s, _e in actor.mentions:
                if not self._in_quote(s):
                    self._cands.append(_Antecedent(s, actor.name, actor, False, False, True))
        self._cands.sort(key=lambda c: c.pos)
        self._full_names = [c for c in self._cands if len(c.name.split()) > 1]
        self._gender = learn_genders(parse) if parse is not None else {}

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._q_starts, pos) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def _remember(self, mention: SpeakerMention, speaker: Speaker) -> None:
        actor = self.doc.actor(speaker.actor) if speaker.actor else None
        person = mention.person or (actor is not None and actor.kind == "person")
        entry = _Antecedent(mention.span[0], speaker.name, actor, mention.plural, True, person)
        bisect.insort(self._cands, entry, key=lambda c: c.pos)

    def resolve(self, mention: SpeakerMention) -> Speaker:
        """The Speaker for ``mention`` (never None: the words themselves are known)."""
        speaker = self._resolve(mention)
        if mention.pronoun is None or speaker.name.lower() != mention.pronoun:
            self._remember(mention, speaker)
        return speaker

    def _resolve(self, m: SpeakerMention) -> Speaker:
        actor = self._actor_at(*m.head) or (None if m.pronoun else self._actor_at(*m.span))
        if actor is not None:
            return Speaker(actor.name, actor.code, actor.country, actor.id, m.span)
        if m.pronoun in _SINGULAR_PRONOUNS or m.pronoun in _PLURAL_PRONOUNS:
            ante = self._antecedent(
                m.span[0], plural=m.pronoun in _PLURAL_PRONOUNS, gender=_GENDER.get(m.pronoun)
            )
            if ante is not None:
                return self._from(ante, m.span)
            return Speaker(m.name, None, None, None, m.span)
        if m.pronoun is None and len(m.name.split()) == 1:
            full = self._full_name(m.name, m.span[0])
            if full is not None:
                return self._from(full, m.span)
        return Speaker(m.name, None, None, None, m.span)

    @staticmethod
    def _from(ante: _Antecedent, span: Span) -> Speaker:
        if ante.actor is not None:
            a = ante.actor
            return Speaker(a.name, a.code, a.country, a.id, span)
        return Speaker(ante.name, None, None, None, span)

    def _antecedent(
        self, pos: int, *, plural: bool, gender: str | None = None
    ) -> _Antecedent | None:
        i = bisect.bisect_left([c.pos for c in self._cands], pos)
        window = [c for c in self._cands[max(0, i - 40) : i] if pos - c.pos < 2000]
        if plural:
            for c in reversed(window):
                if c.plural and c.subject:
                    return c
            return None
        if gender is not None:
            # A person known to be of the other gender is not 'he'/'she'.
            window = [c for c in window if self._gender.get(_surname(c.name), gender) == gender]
        for c in reversed(window):
            if c.person and not c.plural and c.subject:
                return c
        for c in reversed(window):
            if c.person and not c.plural and pos - c.pos < 600:
                return c
        return None

    def _full_name(self, name: str, pos: int) -> _Antecedent | None:
        key = name.lower()
        best: _Antecedent | None = None
        for c in self._full_names:
            if c.name.split()[-1].lower() == key:
                if c.pos < pos:
                    best = c
                elif best is None:
                    best = c
        return best
