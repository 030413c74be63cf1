"""Finding who speaks: the subject of a cue, its span, and its resolution to an actor.

Resolution order for a speaker span:

1. an actor of ``doc.actors`` whose mention covers the span's head (through
   ``geowire.actors.actor_at`` when that exists, else by mention overlap);
2. a pronoun (he, she, they, ...) is resolved to the nearest preceding person
   mentioned as a subject or already resolved as a speaker, outside quoted
   text, with agreeing number;
3. a bare surname is resolved to an earlier full name ending with it;
4. otherwise the Speaker is built from the span's own words, code/country/actor null.

A speaker's code then follows its affiliation ('a spokesman for X', "X's envoy", 'Y of
the Z Institute' at any mention of Y): the affiliation's actor code, else the code an
institution's own words give (a country or place named in it, the sector of its head
noun from ``geowire/data/quotes/institutions.tsv``; ``NGO`` for a think tank or charity
of no known country).

Nothing is invented: an unresolved pronoun keeps its own words as the name.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from ..actors.parse import DATELINE_SENTENCES, dateline
from ..actors.resolve import code_chunks, other_country_place
from ..dictionaries.speakers import SPEAKER_NOUNS_PATH, noun_kind, speaker_nouns
from ..document import Actor, Document, Span, Speaker
from ..errors import DictionaryError
from ..language import language
from ..nlp.syntax import to_infinitive
from ..tables import read_table
from .cues import SPEECH_TYPES, default_cues
from .words import QuoteWords

INSTITUTIONS_PATH = SPEAKER_NOUNS_PATH.with_name("institutions.tsv")

__all__ = [
    "SpeakerMention",
    "comma_in_quote",
    "label_mention",
    "names_someone",
    "Resolver",
    "subject_of",
    "speaker_mention",
]

Token = Any  # a spaCy Token

# the tagger's labels of places and bodies, which have no personal name of their own
_PLACE_OR_BODY_LABELS = frozenset({"GPE", "ORG", "LOC", "NORP", "FAC"})
_SPAN_DEPS = frozenset({"compound", "flat", "appos", "prep", "nmod", "pobj", "poss", "amod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
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
    label: bool = False  # a label before a colon or a signature after a dash
    joint: bool = False  # one of names joined by 'and' ('Hale and Ruiz said'): no 'he'


def subject_of(verb: Token, *, w: QuoteWords) -> Token | None:
    """The grammatical subject of a cue verb, climbing through xcomp/advcl/conj/relcl/acl;
    for a verb the parser left with none, a person named before it in its own clause ('In
    Lagos, Ada Obi, a lawyer, says ...' with the name hung on the place)."""
    subj = _grammatical_subject(verb, w=w)
    if (subj is None or not _names_someone(subj, w=w)) and (name := _name_before(verb)):
        return name
    if subj is None and (name := _described_name_before(verb)) is not None:
        return name
    if subj is None and (name := _name_after(verb)) is not None:
        return name
    if subj is not None or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return subj
    if _has_subject(verb):
        return None
    for tok in reversed(list(verb.lefts)):
        for t in reversed(list(tok.subtree)):
            if t.ent_type_ != "PERSON":
                continue
            path, h = t, t
            while h.i != verb.i and h.pos_ not in ("VERB", "AUX"):
                path, h = h, h.head
            if h.i == verb.i and path.dep_ != "advcl":
                return t
    return None


def _has_subject(verb: Token) -> bool:
    """Whether the parser gave ``verb`` a subject of its own (an expletive too)."""
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _joined_relative(v: Token) -> Token | None:
    """The relative clause a verb is joined to through conjunctions and the complements
    inside it (``who are fighting to keep the boy and who have said``: 'said' hung on
    'keep'), or None."""
    h = v
    for _ in range(4):
        if h.dep_ == "relcl":
            return h
        if h.dep_ not in ("conj", "xcomp") or h.head.i == h.i:
            return None
        h = h.head
    return None


def _name_after(verb: Token) -> Token | None:
    """The capitalised word right after an inverted cue that the tagger took for an
    adverb or adjective ('"...," said Skelly, adding ...': a surname ending in -ly hung
    on the cue as its modifier), when the cue has no subject of its own."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or _has_subject(verb):
        return None
    name = doc[verb.i + 1]
    return name if _inverted_name(name) else None


def _inverted_name(tok: Token) -> bool:
    """Whether ``tok`` is a capitalised word the tagger took for an adverb, adjective or
    interjection right after a cue verb that follows a quotation's closing mark or a
    comma, and that ends its phrase ('"...," said Early.', '..., said Skelly, adding')."""
    doc = tok.doc
    if tok.i < 2 or not tok.text[:1].isupper() or tok.is_sent_start:
        return False
    head = tok.head
    if head.i != tok.i - 1 or head.pos_ != "VERB" or tok.pos_ not in ("ADV", "ADJ", "INTJ"):
        return False
    if doc[tok.i - 2].text not in _CLOSING_MARKS | {","} or tok.ent_type_ in _NOT_SPEAKERS:
        return False
    return tok.i + 1 == len(doc) or bool(doc[tok.i + 1].is_punct)


def _name_before(verb: Token) -> Token | None:
    """The name right before a cue that ends its sentence after a comma ('The fire is near
    the lake, county spokeswoman Ana Ruiz said.'), which the parser hung on the words before
    the comma (their subject none, or a thing: 'roads ... said'): the one who said it."""
    doc = verb.doc
    sent = verb.sent
    if verb.dep_ != "ROOT" or verb.i == sent.start:
        return None
    name = doc[verb.i - 1]
    if any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1 : sent.end]) and not (
        # ('when asked about Trump, President Barack Obama said he ...' with the name
        # apposed to the object of the clause before the comma): a person's name right
        # before a cue that has no subject at all is its subject
        name.ent_type_ == "PERSON" and not _has_subject(verb)
    ):
        return None
    if name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG", ""):
        return None
    first = name.i
    while first > sent.start and not (doc[first - 1].is_punct or doc[first - 1].is_space):
        first -= 1
    if first == sent.start or doc[first - 1].text != "," or name.i - first > 5:
        return None
    return name


def _described_name_before(verb: Token) -> Token | None:
    """The person named before a description set off by commas right before a cue the
    parser left with no subject at all ('Alarmed by the unrest, Senator Harry Reid, the
    minority leader, said ...' with the name hung on the place before it; 'Levine, who
    has given money to Rubio, said, "..."'): the one who said it; else None."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    if _has_subject(verb):
        return None
    h = doc[verb.i - 2]
    for _ in range(8):
        if h.head.i == h.i or h.head.i > h.i or h.i < verb.sent.start:
            return None
        h = h.head
        if (
            h.ent_type_ == "PERSON"
            and h.pos_ == "PROPN"
            and h.i + 1 < verb.i
            and doc[h.i + 1].text == ","
        ):
            # (not a name the parser hung on a quotation before it)
            return None if any(t.is_quote for t in doc[h.left_edge.i : h.i]) else h
    return None


def _subject_description(name: Token) -> Token | None:
    """The description a name is set off from by a comma when the parser made both
    subjects of one verb ('The mayor of Lviv, Ana Kos said': 'mayor' for 'Kos'): a
    common noun (or number) subject right before the name, with no conjunction between
    them ('Police and Ana Kos said' are two); None otherwise. The name is who speaks, in
    the role and for the body the description gives."""
    if name.dep_ not in ("nsubj", "csubj") or name.head.i == name.i:
        return None
    if not (
        name.ent_type_ == "PERSON"
        or (name.pos_ == "PROPN" and name.ent_type_ not in _PLACE_LABELS)
    ):
        return None
    doc = name.doc
    before = [c for c in name.head.children if c.dep_ in ("nsubj", "csubj") and c.i < name.i]
    if len(before) != 1 or before[0].pos_ not in ("NOUN", "NUM"):
        return None
    desc = before[0]
    first = name.left_edge.i
    if first - 1 <= desc.i or doc[first - 1].text != ",":
        return None
    if any(t.dep_ == "cc" for t in doc[desc.i : first]):
        return None
    return desc


def _grammatical_subject(verb: Token, *, w: QuoteWords) -> Token | None:
    source = _source_before(verb, w=w)
    if source is not None:
        return source
    v = verb
    joined = False  # reached from a verb joined to v ('citing X and adding'), no 'as saying'
    for _ in range(5):
        if v.i > verb.i and v.head.i != v.i and _opens_quote_between(verb, v):
            # 'riffed on it, telling the crowd, "Some people get ..."' with the participle
            # hung on a verb of the quotation it opens: that verb's subject is in the
            # quoted words, not who speaks them
            v = v.head
            continue
        # ('CAIRO (AP) — The minister said ...' with two subjects: the dateline is none)
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
        if len(subjects) > 1 and _dateline(subjects[0]):
            subjects = subjects[1:]
        before = [c for c in subjects if c.i < v.i]
        if (
            len(before) > 1
            and all(c.ent_type_ in _PLACE_LABELS for c in before[:-1])
            and before[-1].pos_ == "PROPN"
            and before[-1].ent_type_ not in _PLACE_LABELS
            and before[-1].left_edge.i > 0
            and v.doc[before[-1].left_edge.i - 1].text == ","
        ):
            # ('Speaking in Salem, New Hampshire, Trump went after Bush, calling him ...'
            # with the place made a second subject): the one next to the verb is its own
            subjects = [before[-1]]
        elif len(before) == 2 and getattr(_subject_description(before[1]), "i", -1) == before[0].i:
            # ('The U.S. ambassador to South Korea, Christopher Hill says ...', 'A member of
            # the panel, Damien Kingsbury of X, says' with the name apposed to the
            # description made a second subject): the name is who speaks (the tagger may
            # take it for an organisation: 'The mayor of Kharkiv, Ihor Terekhov said')
            subjects = [before[1]]
        subj = subjects[0] if subjects else None
        if subj is None:
            subj = _verb_share(v, w=w)
        if v.i != verb.i and v.lemma_.lower() in w.quoting_verbs and not joined:
            # 'Xinhua quoted the minister as saying', 'he was quoted as saying': the one
            # quoted speaks, not the outlet that quotes him
            quoted = next((c for c in v.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if quoted is not None:
                return quoted
        if subj is None and v.i != verb.i and v.dep_ == "ccomp":
            passive = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
            if passive is not None and not _names_someone(passive, w=w):
                # 'He claimed the letters were written by his uncle and said ...': a
                # cue conjoined to a passive content clause speaks for the outer subject,
                # not the clause's agent
                v = v.head
                continue
        if subj is None:
            for child in v.children:
                if child.dep_ == "agent":
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    if objs:
                        return objs[0]
                if (
                    child.dep_ == "nsubjpass"
                    and child.lower_ in w.expletives
                    and v.i == verb.i
                    and not any(c.dep_ == "agent" for c in v.children)
                ):
                    # 'The summit collapsed when it was announced that ...': an impersonal
                    # passive with no agent names no one, not the clause it is hung on
                    return None
                if child.dep_ == "nsubjpass" and child.lower_ not in w.expletives:
                    # "X was quoted as saying": the passive subject speaks only then.
                    if any(c.dep_ in ("advcl", "xcomp") for c in v.children):
                        subj = child
                        break
        if subj is not None and subj.dep_ == "csubj" and subj.pos_ == "VERB":
            named = next(
                (
                    c
                    for c in subj.children
                    if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.i + 1 == v.i
                ),
                None,
            )
            if named is not None:
                # 'WHO chief Ana Ruiz said ...' with the title tagged a verb whose clause
                # is the cue's subject and the name its object: the name speaks
                return named
        if subj is not None and subj.pos_ == "PRON" and v.i != verb.i and v.lemma_ == "be":
            inner = next(
                (
                    c
                    for r in subj.children
                    if r.dep_ == "relcl"
                    for c in r.children
                    if c.dep_ == "nsubj"
                ),
                None,
            )
            if inner is not None:
                # 'all she could do was shout "..."': who the clause on the pronoun is
                # about speaks, not the pronoun the copula's subject is
                return inner
        if subj is not None:
            rel = v if v.dep_ == "relcl" else None
            if rel is None and subj.lower_ in w.person_relatives:
                # 'relatives, who are fighting to keep the boy and who have said ...' with
                # the second clause joined to a verb inside the first: the relative clause
                # it goes on is the one whose noun 'who' stands for
                rel = _joined_relative(v)
            if subj.lower_ in w.speaker_relatives and rel is not None:
                head = rel.head
                if subj.lower_ in w.person_relatives:
                    # 'said one Democrat familiar with the discussion, who added ...' with
                    # the clause hung on the thing: 'who' is the person it is said of
                    head = _before_time(head) or _person_holding(head, w=w)
                else:
                    # 'a report from an investigation into the attacks that cited X but
                    # revealed Y' with the clause hung on the last noun: 'that' is the
                    # speaking thing that noun's phrase is hung on
                    head = _speaking_holder(head, w=w)
                issuer = _issuer(head, w=w)
                if issuer is not None:
                    # 'Hale is releasing an ad that urges voters ...': who issued the
                    # text speaks through it, as through 'an ad urging'
                    return issuer
                person = subj.lower_ in w.person_relatives
                return _described_subject(head) or _apposed_name(head, person, w=w) or head
            if subj.dep_ == "nsubj" and subj.lower_ in ("there",):
                return None
            if v.i != verb.i and v.dep_ == "ccomp" and not _names_someone(subj, w=w):
                # 'He rejected the idea trade can help ..., arguing ...': a
                # participle hung on the content clause speaks for the outer subject
                v = v.head
                continue
            clause = _content_clause(v) if v.i != verb.i else None
            if (
                clause is not None
                and (_comment_participle(verb, w=w) or _joined_comment(verb, w=w))
                and clause.head.i < verb.i  # (not a verb of the quotation it opens)
            ):
                # 'Ruiz argued the ministry had failed farmers, saying it ignored
                # warnings', 'X announced that Chile will build a bridge, calling it a
                # gift': a comment participle after a comma, which the parser hung on the
                # reported clause, goes on with the reporting speaker's words
                v = clause.head
                continue
            return subj
        if v.dep_ in ("relcl", "acl") and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # 'Tom Brandt, a leading opposition figure, joked ...' parsed as a clause on the
            # apposition: the one it describes speaks
            head = v.head
            if _purpose_of(v, head, w=w):
                # 'She pointed to an earlier ruling to say ...': the infinitive is the
                # purpose of the outer verb, whose subject speaks, not the thing it is hung on
                v = head.head.head
                continue
            issuer = _issuer(head, w=w) or _sender(head, w=w)
            if issuer is not None:
                # 'The ministry issued a statement saying ...', 'Hale released an ad
                # calling ...': who issued the text speaks through it; 'emailed supporters
                # saying', 'sent an email to supporters stating': so does who sent it
                return issuer
            source = _source_of(head, w=w)
            if source is not None:
                # 'the law drew criticism from economists arguing ...': the participle
                # tells what the people the stance comes from say, not the stance itself
                return source
            return head.head if head.dep_ == "appos" and head.head.pos_ == "PROPN" else head
        if (
            v.dep_ == "conj"
            and v.pos_ == "VERB"
            and v.head.pos_ in ("NOUN", "PROPN")
            and v.head.i < v.i
        ):
            # 'by mentioning the need for a wall and adding, "..."' with the verb joined to
            # the noun before it: it goes on from the verb that noun hangs on
            h = v.head
            while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
                h = h.head
            if h.pos_ in ("VERB", "AUX"):
                v = h
                continue
        if v.dep_ == "xcomp" and v.head is not v and (made := _made_to_speak(v, w=w)):
            # 'The scandal led her to declare ...', 'prompted the minister to say ...': the
            # one a causative verb brings to speak says it, not what brought them to
            return made
        if (
            v.dep_ in ("nsubj", "csubj")
            and v.tag_ == "VBG"
            and v.head.i > v.i
            and _opens_quote_between(v, v.head)
        ):
            # 'shared the news, writing "Feels great to ..."' with the participle made the
            # subject of the quotation's first verb: it goes on from the clause before
            v = v.head
            continue
        if v.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep") and v.head is not v:
            joined = v.dep_ == "conj"
            v = v.head
            continue
        if v.i != verb.i and v.dep_ == "acomp" and v.pos_ == "ADJ" and v.head.i != v.i:
            # 'Voters were more likely to say ...', 'Aides were quick to say ...': the
            # infinitive hung on an adjective after a copula is said by the copula's
            # subject (none for an expletive: 'it is fair to say')
            outer = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
            if outer is not None and outer.lower_ in w.expletives:
                return None
            v = v.head
            continue
        participle = next(
            (
                c
                for c in v.lefts
                if c.tag_ == "VBG"
                and c.dep_ in ("xcomp", "advcl")
                and not any(x.dep_ in ("aux", "mark") for x in c.children)
            ),
            None,
        )
        named = (
            next((x for x in participle.lefts if x.dep_ == "nsubj"), None)
            if participle is not None
            else None
        )
        if named is not None:
            # 'Ortiz, citing the size of the crowd, said ...' with the name made the
            # subject of the bare participle before the cue: the one who said it
            return named
        if v.dep_ == "parataxis" and v.head.tag_ == "VBG" and v.head.i < v.i:
            # 'Durbin, noting the size of his list, said, "..."' parsed with the participle
            # as the root: its subject is the one who said it
            v = v.head
            continue
        if v.i != verb.i and v.pos_ == "ADV" and v.dep_ == "advmod":
            # 'Ober went so far as to say:': the cue hangs on an adverb of the verb
            v = v.head
            continue
        return None
    return None


def _opens_quote_between(first: Token, last: Token) -> bool:
    """Whether an opening quotation mark stands between two words (a mark the tagger took
    for a closing one counts when it opens words after a space: 'adding, \'\'He ...')."""
    return any(_opening_mark(t) for t in first.doc[first.i + 1 : last.i])


def _opening_mark(t: Token) -> bool:
    if t.tag_ == "``":
        return True
    doc = t.doc
    return (
        t.is_quote
        and t.i > 0
        and t.i + 1 < len(doc)
        and doc.text[t.idx - 1 : t.idx].isspace()
        and not doc[t.i + 1].is_space
        and not doc[t.i + 1].is_punct
        and doc[t.i + 1].idx == t.idx + len(t)
    )


def _issuer(text: Token, *, w: QuoteWords) -> Token | None:
    """Who issued a text a clause is hung on, when the words tell: the subject of the
    verb it is the object of ('Hale released an ad calling ...', 'issued a statement
    that said ...'); None for no text or no one named."""
    if text.dep_ != "dobj" or noun_kind(text.lemma_.lower()) != "text":
        return None
    if text.head.lemma_.lower() not in w.issuing_verbs:
        return None  # 'got a decision from X, which ruled ...': X's, not the getter's
    issuer = _grammatical_subject(text.head, w=w)
    return issuer if issuer is not None and _names_someone(issuer, w=w) else None


def _sender(noun: Token, *, w: QuoteWords) -> Token | None:
    """Who sends a text to the people a clause is hung on: the subject of an issuing verb
    whose object they are ('emailed supporters saying ...') or whose text goes to them
    ('sent an email to supporters stating ...', 'a text message to voters saying ...');
    the ones it is sent to only read it. None for a noun that is no such addressee."""
    if noun.pos_ not in ("NOUN", "PROPN") or _text_noun(noun):
        return None
    verb = None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        verb = noun.head
        if verb.lemma_.lower() not in w.issuing_verbs:
            return None
    elif noun.dep_ == "pobj" and noun.head.lower_ == "to":
        # a text put out to them ('blasted out an email to supporters'): sent, whatever
        # the verb, unless one gets it
        h = noun.head.head
        if _text_noun(h) and h.dep_ == "dobj":
            verb = h.head  # 'sent out a text message to supporters'
        elif h.pos_ == "VERB" and any(_text_noun(c) for c in h.children if c.dep_ == "dobj"):
            verb = h  # 'blasted out an email to supporters' (to hung on the verb)
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() in w.receiving_verbs:
            return None
    if verb is None:
        return None
    sender = _grammatical_subject(verb, w=w)
    return sender if sender is not None and _names_someone(sender, w=w) else None


def _source_of(noun: Token, *, w: QuoteWords) -> Token | None:
    """The people a noun naming no one comes from ('criticism from economists',
    'opposition from farmers', 'calls by activists'): the object of its from- or
    by-phrase when that names a person or body (not a text); else None."""
    if _names_someone(noun, w=w):
        return None
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in w.source_prepositions:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and _names_someone(obj, w=w) and not _text_noun(obj):
                return obj
    return None


def _source_before(verb: Token, *, w: QuoteWords) -> Token | None:
    """The people a participle cue right after them describes, when they are whom a noun
    naming no one comes from ('is drawing criticism from economists and unions arguing
    that ...', which the parser may hang on the clause's verb): the participle is theirs,
    not the clause subject's. None when a comma sets the participle off, or the words before
    it are not such a source."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.is_punct or prev.is_space:
        return None
    h = prev
    while h.dep_ == "conj" and h.head.i < h.i:
        h = h.head
    if h.dep_ != "pobj" or h.head.lower_ not in w.source_prepositions:
        return None
    noun = h.head.head
    if noun.pos_ != "NOUN" or _names_someone(noun, w=w):
        return None
    return h if _names_someone(h, w=w) and not _text_noun(h) else None


def _text_noun(tok: Token) -> bool:
    """Whether a word is a noun for a text or a finding ('statement', 'report')."""
    return tok.pos_ == "NOUN" and noun_kind(tok.lemma_.lower()) in ("text", "finding")


def _author(text: Token, *, w: QuoteWords) -> Token | None:
    """The author a participle of issuing's agent names for a text ('a court document filed
    by the state attorney', 'a statement released by the ministry'): the one who speaks
    through it; None when the text has no such agent ('emails combed through by Vox'), or
    the agent is a text too."""
    if not _text_noun(text):
        return None
    for part in text.children:
        if part.dep_ != "acl" or part.tag_ != "VBN" or part.lemma_.lower() not in w.issuing_verbs:
            continue  # ('emails combed through by Vox': Vox read them, wrote none)
        for agent in part.children:
            if agent.dep_ != "agent":
                continue
            for obj in agent.children:
                if obj.dep_ == "pobj" and _names_someone(obj, w=w) and not _text_noun(obj):
                    return obj
    return None


def _bare_text(tok: Token) -> bool:
    """Whether a word is a definite text noun whose own words name no issuer ('the
    release', 'the statement'; not 'Norwood's filing', 'the statement by the two', 'the
    White House statement', nor a report or a study, a finding)."""
    if tok.pos_ != "NOUN" or noun_kind(tok.lemma_.lower()) != "text" or tok.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        if not _cited_text(tok):
            return False
    for c in tok.children:
        if c.dep_ in ("poss", "appos") or (c.dep_ == "compound" and c.pos_ == "PROPN"):
            return False
        if c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children):
            return False  # 'the statement by the two', 'the letter from the mayor'
    return True


def _cited_text(tok: Token) -> bool:
    """Whether a word is an indefinite text a sentence is told 'according to' ('...,
    according to a statement'): like 'the statement', a text the words give no issuer of,
    which speaks for its issuer told just before, not a speaker of its own."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    prep: Token = tok.head
    return bool(tok.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according")


def _issuer_of(text: Token, *, w: QuoteWords) -> Token | None:
    """Who issued a text the words name: the subject of the issuing verb whose object it
    is ('filed a lawsuit'), of the verb it is the means of ('In a filing, Norwood said';
    'said in a statement'), its possessor ('Norwood's filing') or the agent of its
    participle ('a statement released by X'); None when none is named."""
    issuer = _issuer(text, w=w) or _author(text, w=w)
    if issuer is not None:
        return issuer
    if text.dep_ == "compound" and text.head.pos_ == "NOUN":
        # 'sent out an email fundraising appeal': the phrase the text word modifies is
        # what was issued
        phrase = text.head
        while phrase.dep_ == "compound" and phrase.head.pos_ == "NOUN":
            phrase = phrase.head
        if phrase.dep_ == "dobj" and phrase.head.lemma_.lower() in w.issuing_verbs:
            subject = _grammatical_subject(phrase.head, w=w)
            if subject is not None and _names_someone(subject, w=w):
                return subject
        text = phrase
    for c in text.children:
        if c.dep_ == "poss" and c.pos_ != "PRON" and _names_someone(c, w=w):
            return c
    prep = text.head
    if text.dep_ == "pobj" and prep.lower_ in ("in", "through", "via"):
        verb = prep.head
        if verb.dep_ == "nsubj" and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
            # 'said agency officials in a statement': the parser hangs the means on the
            # subject set after its verb of saying; it is still the verb's
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            subject = _grammatical_subject(verb, w=w)
            if subject is not None and _names_someone(subject, w=w) and not _text_noun(subject):
                return subject
    return None


def _comment_participle(verb: Token, *, w: QuoteWords) -> bool:
    """Whether a cue is a comment participle set off by a comma after the words before it
    (', saying ...', ', calling it ...'; quotes.tsv comment_participles), a subordinator
    of its own between them too (', while acknowledging ...', ', though noting ...')."""
    mark = verb.doc[verb.i - 1] if verb.i > 1 else None
    marked = mark is not None and mark.dep_ == "mark" and mark.head.i == verb.i
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > verb.head.i
        and verb.i > 0
        and (_after_comma(verb) or (marked and mark is not None and _after_comma(mark)))
        and verb.lemma_.lower() in w.comment_participles
    )


def _joined_comment(verb: Token, *, w: QuoteWords) -> bool:
    """Whether a cue is a comment verb joined by 'and' with no subject of its own ('said
    the city was safe and added, "..."', '... and noted that ...'; quotes.tsv
    comment_participles), which the parser may hang on the reported clause before it."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.lemma_.lower() in w.comment_participles
        and not _has_subject(verb)
        and any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)
    )


def _after_comma(tok: Token) -> bool:
    """Whether a comma stands right before a word, or before the closing quotation mark
    right before it (', saying', ',” adding' in the American style that puts the comma
    inside the quotation)."""
    return tok.doc[tok.i - 1].text == "," or comma_in_quote(tok)


def comma_in_quote(tok: Token) -> bool:
    """Whether a comma inside a closing quotation mark stands right before a word
    (',” adding', 'was "maniacal," adding')."""
    doc = tok.doc
    prev = doc[tok.i - 1]
    return bool(tok.i > 1 and prev.is_quote and prev.tag_ == "''" and doc[tok.i - 2].text == ",")


def _content_clause(v: Token) -> Token | None:
    """The reported clause ``v`` is (a verb's ccomp) or is conjoined to ('said that X would
    fund ... and that Y will help ...'), or None."""
    for _ in range(4):
        if v.dep_ == "ccomp" and v.head.pos_ in ("VERB", "AUX"):
            return v
        if v.dep_ != "conj" or v.head is v:
            return None
        v = v.head
    return None


def _made_to_speak(clause: Token, *, w: QuoteWords) -> Token | None:
    """The object of a causative verb (``causative_verbs``) a to-infinitive with no
    subject of its own is the complement of ('the scandal led her to declare', 'compelled
    the minister to admit'): the one brought to do it; None for any other clause, for a
    verb of asking ('urged him to say': he is only asked) or an object naming no one."""
    verb = clause.head
    if verb.lemma_.lower() not in w.causative_verbs or not to_infinitive(clause):
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
    return obj if obj is not None and _names_someone(obj, w=w) else None


def _purpose_of(clause: Token, head: Token, *, w: QuoteWords) -> bool:
    """Whether a to-infinitive with no subject of its own, hung by the parser on the object
    of a venue preposition that names no one ('pointed to a ruling to say', 'went on
    television to warn'), is the purpose of the verb the preposition belongs to (not 'asked
    for an inquiry to determine': the inquiry would)."""
    if not to_infinitive(clause):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in w.venue_prepositions
        and prep.head.pos_ in ("VERB", "AUX")
        and not _names_someone(head, w=w)
    )


_DASHES = ("\u2014", "\u2013", "--", "-")
_CLOSING_MARKS = frozenset({'"', "''", "\u201d", "\u2019"})
#: a state's bodies that speak through spokesmen
_STATE_BODIES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


def _dateline(tok: Token) -> bool:
    """Whether a subject is (in) the article's dateline ('CAIRO (AP) —', 'ABUJA, Nigeria
    —', 'SALEM, Ore. -'; :func:`~geowire.actors.parse.dateline`)."""
    doc = tok.doc
    first = (
        tuple((s.start_char, s.end_char) for s in islice(doc.sents, DATELINE_SENTENCES))
        if doc.has_annotation("SENT_START")
        else ()
    )
    filed = dateline(doc.text, first)
    return filed is not None and filed[0] <= tok.left_edge.idx and tok.right_edge.idx < filed[1]


def _before_time(noun: Token) -> Token | None:
    """The person named right before the time phrase a 'who' clause was hung on ('met
    chairman Wu Bangguo on Wednesday, who said ...': Bangguo); None when ``noun`` is no
    time word or no person's name stands right before its phrase."""
    if noun.ent_type_ not in ("DATE", "TIME"):
        return None
    first = noun.left_edge.i
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        first = noun.head.i
    if first == 0:
        return None
    prev = noun.doc[first - 1]
    return prev if prev.ent_type_ == "PERSON" and prev.pos_ == "PROPN" else None


def _person_holding(noun: Token, *, w: QuoteWords) -> Token:
    """The noun for a person a thing noun is the object of a phrase of ('one Democrat
    familiar with the discussion': Democrat), through up to three phrases; ``noun``
    itself when it names someone, or when no such person is found."""
    h = noun
    for _ in range(3):
        if _names_someone(h, w=w) or h.dep_ != "pobj":
            break
        h = h.head.head  # the preposition's head
        while h.pos_ in ("ADJ", "VERB") and h.dep_ in ("amod", "acl") and h.head.i != h.i:
            h = h.head  # 'familiar with', 'involved in': the noun they describe
    return h if _names_someone(h, w=w) else noun


def _speaking_holder(noun: Token, *, w: QuoteWords) -> Token:
    """The noun that may speak (a person, group, body or text) whose prepositional phrase
    a noun that names no speaker is the object of ('a report from an investigation into
    the attacks': report), through up to three phrases; ``noun`` itself when it may speak,
    or when no such noun is found."""

    def speaks(t: Token) -> bool:
        return (
            t.ent_type_ in _NAME_LABELS
            or noun_kind(t.lemma_.lower()) is not None
            or _people_ending(t, w=w)
        )

    h = noun
    for _ in range(3):
        if speaks(h) or h.dep_ != "pobj" or h.head.dep_ != "prep" or h.head.pos_ != "ADP":
            break  # (not 'documents, including playbooks that advised ...')
        h = h.head.head
        if h.pos_ not in ("NOUN", "PROPN"):
            return noun
    return h if speaks(h) else noun


def _described_subject(noun: Token) -> Token | None:
    """The subject a predicate noun describes ('Tom Hale is a lawmaker who said ...':
    Tom Hale, through the list it may head: 'a liar, xenophobe and bully who ...'), when
    that subject is a name; else None."""
    if noun.ent_type_ == "PERSON" or (noun.pos_ == "PROPN" and noun.text[:1].isupper()):
        return None  # a clause on a name is that name's ('... was out-doing Ted Cruz, who said')
    h = noun
    while h.dep_ in ("conj", "appos") and h.head is not h:
        h = h.head
    if h.dep_ != "attr" or h.head.lemma_ != "be":
        return None
    verb = h.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while subj is None and verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head  # '... incites violence and is a liar who ...'
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ == "PROPN" else None


def _apposed_name(noun: Token, person: bool, *, w: QuoteWords) -> Token | None:
    """The person's name a description stands in apposition to ('Ana Ruiz, an economist
    who said ...': Ruiz), when the relative clause that speaks hangs on the description;
    else None. The name is who the description and its clause are about, and the speaker
    a coder records. A person's relative (``person``: 'who') the parser hung on a thing in
    the description's phrase ('an economist at the central bank who said') is the
    description's too: a bank is no 'who'."""
    h = noun
    for _ in range(3):
        if not person or h.dep_ != "pobj" or h.head.dep_ != "prep" or _person_noun(h, w=w):
            break
        if h.ent_type_ == "PERSON" or h.tag_ in ("NNS", "NNPS"):
            break  # (a plural may be 'who': 'one of the officers who said')
        if h.head.head.pos_ not in ("NOUN", "PROPN"):
            break  # ('one of four airport police who said': a share of those who said)
        h = h.head.head
    while h.dep_ == "conj" and h.head is not h:
        h = h.head  # 'a banker and former official who ...'
    if h.dep_ != "appos" or h.head.i >= h.i or h.pos_ not in ("NOUN", "PROPN"):
        return None  # (not a share, 'X, one of the officers who said': those who said)
    name = h.head
    if name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and name.text[:1].isupper()):
        return name
    return None


def _speaking_description(name: Token, *, w: QuoteWords) -> Token | None:
    """The description apposed to a name whose relative clause speaks for the name
    (:func:`_apposed_name`: 'Ana Ruiz, a soldier in a brigade who said ...': 'soldier'),
    else None. When that clause is what makes the name the speaker, the description is
    the name's role, as it was the speaker's before the name took its place."""
    for c in name.children:
        if c.dep_ != "appos" or c.i <= name.i or c.pos_ != "NOUN":
            continue
        for r in c.subtree:
            if r.dep_ != "relcl":
                continue
            subj = next((t for t in r.children if t.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ not in w.person_relatives:
                continue
            named = _apposed_name(_person_holding(r.head, w=w), True, w=w)
            if named is not None and named.i == name.i:
                return c
    return None


def _mistagged_noun(tok: Token) -> bool:
    """'according to the RealClearPolitics polling average': a word the tagger calls an
    adjective that is the object of a preposition with a determiner and a noun before it of
    its own heads a noun phrase (the tagger took the noun for an adjective)."""
    kids = [c for c in tok.children if c.i < tok.i]
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ == "pobj"
        and any(c.dep_ == "det" for c in kids)
        and any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in kids)
    )


def _mistagged_name(tok: Token, *, w: QuoteWords) -> bool:
    """'"...," Schembs said': a word in capitals the tagger calls a pronoun that is no
    pronoun (none the lists know, no function word of the language) is a name."""
    return (
        tok.pos_ == "PRON"
        and tok.text[:1].isupper()
        and tok.lower_ not in w.pronoun_words
        and not tok.is_stop
    )


def speaker_mention(
    tok: Token, lo: int | None = None, hi: int | None = None, *, w: QuoteWords
) -> SpeakerMention | None:
    """The speaker words headed by ``tok``: its pre-modifiers and name-like post-modifiers.

    ``lo``/``hi`` (token indices, inclusive) bound the span when the words are known
    to lie in a stretch (a label before a colon).
    """
    if tok.lower_ in w.expletives and tok.dep_ in ("expl", "nsubjpass"):
        return None
    if lo is None and (author := _author(tok, w=w)) is not None:
        # 'according to a court document filed by X': X speaks through it
        tok = author
    share = _share(tok, w=w)
    group = _quantified(tok, w=w)
    if group is not None and not _apposed_person(tok):
        # 'Many of the islanders say ...': the islanders (the tagger may call 'many' an
        # adjective), named by the whole phrase
        end = group.right_edge
        span = (tok.left_edge.idx, end.idx + len(end))
        name = tok.doc.text[span[0] : span[1]].strip(_PUNCT_EDGES)
        return SpeakerMention(span, (group.idx, group.idx + len(group)), name, None, True)
    # 'Many think ...', 'Ryan's endorsement, many think, is ...': a people quantifier standing
    # alone as the subject (the tagger calls 'many', 'few', 'most' adjectives) names a group
    # of people as a pronoun does
    quantifier = _bare_quantifier(tok, w=w)
    if (
        tok.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X")
        and tok.ent_type_ not in _NAME_LABELS
        and not _name_like(tok)
        and not share
        and not quantifier
        and not _mistagged_noun(tok)
    ):
        return None
    if tok.ent_type_ in _NOT_SPEAKERS and not share:
        return None  # '12:15 p.m.: President Obama says ...' misparsed
    doc = tok.doc
    start = tok.left_edge.i
    end = tok.i
    if share and _hung_on_verb(tok):
        # ('after half said so' with 'after' hung on 'half'): the share, not the clause's mark
        while start < tok.i and doc[start].pos_ in ("ADP", "SCONJ"):
            start += 1
    for child in tok.rights:
        if child.dep_ in _SPAN_DEPS or (share and child.dep_ == "acl"):  # 'those polled'
            end = max(end, _right_edge(child))
    if lo is not None:
        start = max(start, lo)
    if hi is not None:
        end = min(end, hi)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i:
        # a subject ends before its verb (words the parser hung on it from after the verb,
        # 'The columnist went so far as to say: "The party ..."', are not the speaker)
        end = min(end, tok.head.i - 1)
    if tok.dep_ not in ("nsubj", "nsubjpass") and tok.i > start:
        # a name the parser hung inside the phrase before it ('roads east of Holopaw,
        # county spokeswoman Ana Ruiz said'): its own pre-modifiers back to the comma
        first = tok.i
        while (
            first > start
            and not doc[first - 1].is_punct
            and first - 1 <= doc[first - 1].head.i <= tok.i
        ):
            first -= 1
        if first > start and doc[first - 1].text == ",":
            start = first
    for k in range(start + 1, tok.i):
        # a dateline the parser hung on the subject: 'SALEM, Ore. - Sen. Tom Hale'
        if doc[k].text in _DASHES and doc[k].whitespace_ and doc[k - 1].whitespace_:
            start = k + 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    span = (doc[start].idx, doc[end].idx + len(doc[end]))
    head = (tok.idx, tok.idx + len(tok))
    pronoun = (
        tok.lower_
        if (tok.pos_ == "PRON" and not _mistagged_name(tok, w=w)) or quantifier
        else None
    )
    plural = (
        share
        or quantifier
        or tok.tag_ in ("NNS", "NNPS")
        or (pronoun in w.plural_pronouns | {"we"})
    )
    person = pronoun in w.singular_pronouns or any(
        doc[i].ent_type_ == "PERSON" for i in range(start, end + 1)
    )
    # An unbalanced bracket ("the Estimate (nie") ends the span before it.
    text = doc.text[span[0] : span[1]]
    if text.count("(") > text.count(")"):
        cut = text.rfind("(")
        trimmed = text[:cut].rstrip(_PUNCT_EDGES)
        if trimmed:
            span = (span[0], span[0] + len(trimmed))
    name = _name_for(tok, start, end, w=w)
    return SpeakerMention(span, head, name, pronoun, plural, person, joint=_joint(tok))


def _joint(tok: Token) -> bool:
    """Whether a name is one of several joined by a conjunction ('Governors Hale and Ruiz
    said', 'Hale and Ruiz, who say'): they speak together, and a later 'he' or 'she' is
    neither of them alone."""
    if tok.pos_ != "PROPN" and tok.ent_type_ != "PERSON":
        return False
    if tok.dep_ == "conj" and any(c.dep_ == "cc" for c in tok.head.children):
        return True
    return any(
        c.dep_ == "conj" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in tok.children
    ) and any(c.dep_ == "cc" for c in tok.children)


def _share(tok: Token, *, w: QuoteWords) -> bool:
    """Whether a subject is a share of people, a poll's respondents ('24 percent said',
    'nearly a third say', 'nine in 10 said', 'those surveyed say'); also a share the parser
    hung on the cue before it as a modifier ('About 4 in 10 say', 'after half said so':
    _verb_share) or that a relative 'who' clause says it of ('64 percent who say')."""
    if tok.dep_ not in ("nsubj", "nsubjpass") and not (
        _hung_on_verb(tok) or _relative_speaker(tok, w=w)
    ):
        return False
    low = tok.lower_
    if tok.ent_type_ == "PERCENT" and (low in w.share_words or low.endswith("%")):
        return True
    if low in w.share_words:
        return True
    if tok.pos_ == "NUM" and any(
        c.dep_ in ("prep", "quantmod") and c.lower_ in ("in", "out", "of") for c in tok.children
    ):
        return True  # 'nine in 10', 'four out of 10' (also parsed 'four' 'in' on '10')
    # 'those surveyed', 'those polled': the ones a clause picks out
    return low in w.demonstratives and any(c.dep_ in ("acl", "relcl") for c in tok.children)


_SHARE_MODIFIER_DEPS = frozenset({"nummod", "npadvmod", "advmod"})


def _hung_on_verb(tok: Token) -> bool:
    """Whether a word is a modifier the parser hung on a verb after it ('About 4 in 10 say'
    with '10' the verb's nummod, 'half said' with 'half' its adverb)."""
    head = tok.head
    return (
        tok.dep_ in _SHARE_MODIFIER_DEPS
        and head.i > tok.i
        and head.pos_ == "VERB"
        and not _has_subject(head)
    )


def _relative_speaker(tok: Token, *, w: QuoteWords) -> bool:
    """Whether a noun heads a relative clause whose subject is a person relative ('64
    percent who say the same', 'the 30 percent who say')."""
    return any(
        c.dep_ == "relcl"
        and any(s.dep_ == "nsubj" and s.lower_ in w.person_relatives for s in c.children)
        for c in tok.children
    )


def _verb_share(verb: Token, *, w: QuoteWords) -> Token | None:
    """A share of people the parser hung on a cue with no subject as its modifier before it
    ('About 4 in 10 say they want ...': '10' the verb's nummod; 'after half said so'): the
    cue's subject, the poll's respondents; else None."""
    if _has_subject(verb):
        return None
    return next(
        (c for c in verb.lefts if c.dep_ in _SHARE_MODIFIER_DEPS and _share(c, w=w)), None
    )


def _bare_quantifier(tok: Token, *, w: QuoteWords) -> bool:
    """Whether a subject is a people quantifier standing alone that the tagger calls an
    adjective or a determiner ('many think', 'few believe', 'most say'; not 'many of the
    islanders', named by _quantified), or with a phrase naming the group it picks from
    ('many in the party think', 'few on either side believe': ``group_prepositions``)."""
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and tok.pos_ in ("ADJ", "DET")
        and tok.lower_ in w.people_quantifiers
        and all(c.lower_ in w.group_prepositions for c in tok.children if c.dep_ == "prep")
    )


def _quantified(tok: Token, *, w: QuoteWords) -> Token | None:
    """The noun a quantifier subject picks people from ('many of the islanders',
    'some of the protesters'; a plural people noun after a group preposition, 'most among
    the refugees', as 'most of the refugees': not 'many in the crowd'), or None."""
    if (
        tok.lower_ not in w.people_quantifiers
        and tok.ent_type_ != "PERCENT"
        and not (tok.ent_type_ == "CARDINAL" and tok.tag_ == "NNS")
    ):
        # ('Sixty percent of the voters say ...': a share of them, too; 'Thousands of
        # protesters say ...': a number of them)
        return None
    for c in tok.children:
        if c.dep_ != "prep" or c.i != tok.i + 1:
            continue
        if c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
        elif c.lower_ in w.group_prepositions and tok.lower_ in w.people_quantifiers:
            # (not a ratio, 'one in four voters': a share, its own reading)
            objs = [
                g
                for g in c.children
                if g.dep_ == "pobj"
                and g.tag_ in ("NNS", "NNPS")
                and not any(n.dep_ == "nummod" for n in g.children)
            ]
        else:
            continue
        if objs:
            return objs[0]
    return None


def _apposed_person(tok: Token) -> bool:
    """Whether a person's name stands in apposition to a subject ('One of the residents,
    Maria Lopez, said'): the name, not the group, then names the speaker."""
    return any(
        c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN") for c in tok.rights
    )


def _right_edge(tok: Token) -> int:
    """The last token of ``tok``'s phrase, without a clause on it ('a key Brexit figure,
    joked ...' parsed as a clause on the apposition ends at 'figure')."""
    end: int = tok.i
    for child in tok.rights:
        if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX"):
            break
        end = max(end, _right_edge(child))
    return end


def _name_like(tok: Token) -> bool:
    """A capitalised subject inside a sentence the tagger took for another word class
    ('..., Oh said': a surname tagged as an interjection; '"...," Hannity said': a
    surname right after the quote tagged as a common noun)."""
    if not tok.text[:1].isupper() or tok.is_sent_start or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1].text
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        if _inverted_name(tok):
            return True  # '"...," said Early.': the same word after the cue
        # '"...," Early said': a surname that is also an adverb or adjective, between the
        # quotation and a cue the parser left with no subject
        head = tok.head
        return (
            before in _CLOSING_MARKS
            and tok.pos_ in ("ADV", "ADJ", "INTJ")
            and head.i == tok.i + 1
            and head.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
        )
    if before in _CLOSING_MARKS and tok.head.i == tok.i + 1:
        # '"...," Hannity said', '"...," Trump shot back': a capitalised subject right
        # after the quotation and right before its verb, tagged a common noun or a verb
        return True
    if tok.pos_ == "NOUN":
        # 'In the film, D'Souza argues ...': a capitalised subject the tagger took for a
        # common noun, in a sentence of lower-case words (not a headline in title case)
        return any(ch.islower() for ch in tok.text) and _lower_case(tok.sent)
    return tok.pos_ in ("INTJ", "ADJ", "ADV", "VERB", "ADP", "CCONJ", "SCONJ") and before in (
        ",",
        "\u2014",
        "\u2013",
        "-",
        ")",
    )


def _lower_case(sent: Any) -> bool:
    """Whether most words of a sentence after its first are in lower case."""
    words: list[str] = [t.text for t in list(sent)[1:] if t.is_alpha]
    return sum(w[:1].islower() for w in words) * 2 > len(words)


def label_mention(doc: Any, first: int, last: int, *, w: QuoteWords) -> SpeakerMention | None:
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
    return SpeakerMention(span, head, name, None, tok.tag_ in ("NNS", "NNPS"), person, True)


def ents_in(doc: Any, start: int, end: int) -> list[Any]:
    """The named entities lying wholly in tokens ``start`` .. ``end - 1``, read from the
    tokens' IOB tags (``doc.ents`` rebuilds every entity of the document on each call)."""
    from spacy.tokens import Span as SpacySpan

    out = []
    n = len(doc)
    iob = _columns(doc)[2]
    i = max(start, 0)
    end = min(end, n)
    while i < end:
        if iob[i] != 3:  # not the beginning of an entity
            i += 1
            continue
        j = i + 1
        while j < n and iob[j] == 1:  # inside it
            j += 1
        if j <= end:
            out.append(SpacySpan(doc, i, j, label=doc[i].ent_type_))
        i = j
    return out


def owner_spans(tok: Token, *, w: QuoteWords) -> list[Span]:
    """Character spans of the words that name whom the head belongs to, not the head
    itself: possessors ('Obama's strategist', 'his mother') and prepositional phrases
    ('a spokesman for Erdogan', 'the mother of the pilot'), also on a title before a name."""
    out: list[Span] = []
    heads = [tok, *(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i)]
    for h in heads:
        for c in h.children:
            owner = c.dep_ == "poss" or (
                c.dep_ == "prep"
                and h is tok
                and (
                    (
                        c.lower_ in w.represent_prepositions
                        and tok.lemma_.lower() in w.represent_heads
                    )
                    or (c.lower_ in w.kin_prepositions and tok.lemma_.lower() in w.kin_nouns)
                )
            )
            if owner:
                first, last = c.left_edge, c.right_edge
                if c.dep_ == "prep":
                    last = _before_apposed_person(c, last)
                out.append((first.idx, last.idx + len(last)))
    return out


def _object_apposed_person(prep: Token) -> Token | None:
    """A person's name the parser apposed to the object of a preposition when the object
    is a place or body, not a person ('the U.N. envoy for Syria, Geir Pedersen', 'the
    head of the World Food Programme, Cindy McCain'): a place or an organisation has no
    personal name, so the name is the holder of the title the preposition modifies. A
    person's object keeps it ('a spokesman for the president, Joe Biden': Biden is the
    president), as does a speaker noun ('the mother of the pilot, Ana')."""
    for obj in prep.children:
        if obj.dep_ != "pobj" or obj.ent_type_ == "PERSON":
            continue
        if obj.pos_ == "NOUN" and noun_kind(obj.lemma_.lower()) == "person":
            continue
        if obj.pos_ == "PROPN" and obj.ent_type_ not in _PLACE_OR_BODY_LABELS:
            continue
        named = next(
            (a for a in obj.rights if a.dep_ == "appos" and a.ent_type_ == "PERSON"), None
        )
        if named is not None:
            return named
    return None


def _apposed_people(tok: Token) -> list[Token]:
    """The names of people apposed to a title: to the title itself ('the envoy, Geir
    Pedersen') or, by the parser's attachment, to the place or body of its prepositional
    phrase ('the envoy for Syria, Geir Pedersen'; see _object_apposed_person)."""
    out = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    for c in tok.rights:
        if c.dep_ == "prep" and (named := _object_apposed_person(c)) is not None:
            out.append(named)
    return out


def _before_apposed_person(prep: Token, last: Token) -> Token:
    """The last word of a prepositional owner before a person's name apposed to its
    object that is the head's own (see _object_apposed_person), else ``last``."""
    named = _object_apposed_person(prep)
    if named is None:
        return last
    doc, end = prep.doc, named.left_edge.i - 1
    while end > prep.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return doc[end]


def example_spans(tok: Token, *, w: QuoteWords) -> list[Span]:
    """Character spans of the members a plural head names as examples ('candidates,
    including Tom Hale and Ana Ruiz', 'groups such as X'): they are not the speaker."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in w.example_prepositions
    ]


def backed_spans(tok: Token, *, w: QuoteWords) -> list[Span]:
    """Character spans of whom a plural noun for backers names ('supporters of Ana Ruiz',
    'followers of the cleric', ``backer_nouns``): the one they back, not the speaker."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in w.backer_nouns:
        return []
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("of", "for")
    ]


def _name_for(tok: Token, start: int, end: int, *, w: QuoteWords) -> str:
    doc = tok.doc
    if tok.ent_type_ == "PERSON":
        # the head is a name: it names the speaker, not a name in its apposition
        ent = _entity_of(tok)
        if ent is not None:
            return ent
    # A person named inside the speaker words ("Trumpet editor in chief Gerald Flurry"),
    # not one a plural names as an example of its members ('candidates, including Hale').
    others = (
        owner_spans(tok, w=w)
        + example_spans(tok, w=w)
        + _relating_spans(tok)
        + backed_spans(tok, w=w)
    )
    people = [
        e
        for e in ents_in(doc, start, end + 1)
        if e.label_ == "PERSON"
        and not any(s <= e.start_char < t for s, t in others)
        # (not a name that only modifies the head noun: 'a Clinton spokesman')
        and not (tok.pos_ == "NOUN" and _modifies_noun(doc[e.end - 1], tok))
    ]
    if people:
        name: str = people[-1].text
        return name.strip(_PUNCT_EDGES) or tok.text
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
    text: str = doc[first : tok.i + 1].text
    return text.strip(_PUNCT_EDGES) or tok.text


def _relating_spans(tok: Token) -> list[Span]:
    """The post-modifiers of a common noun that relate it to someone else ('a source
    familiar with Cruz's thinking', 'people close to Hale', 'aides who spoke to Hale'):
    whom they name is not who the noun is."""
    if tok.pos_ != "NOUN":
        return []
    return [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in tok.children
        if c.i > tok.i and c.dep_ in ("amod", "acl", "relcl")
    ]


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
    from ..actors import MentionIndex

    index = MentionIndex(doc.actors)

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


def _other_name(words: str, name: str, small: frozenset[str]) -> bool:
    """Whether ``words`` are wholly a name (capitalised but for ``small`` words) of
    something other than ``name``: neither's words all the other's, neither the other's
    initials ('The Daily Post' for 'CNN', 'State Department' for 'Justice Department'; not
    'AP' for 'Associated Press', 'Post' for 'Daily Post', nor 'the agency' for 'CIA')."""
    mine = [w for w in re.findall(r"[\w'\u2019-]+", words) if w.lower() not in small]
    theirs = [w for w in re.findall(r"[\w'\u2019-]+", name) if w.lower() not in small]
    if not mine or not theirs or not all(w[:1].isupper() for w in mine):
        return False
    # (by their first six letters: 'Democrats' are the 'Democratic Party')
    stems, other = {w.lower()[:6] for w in mine}, {w.lower()[:6] for w in theirs}
    if stems <= other or other <= stems:
        return False
    return not any(
        "".join(w[0] for w in one).lower() in {w.lower() for w in two}
        for one, two in ((mine, theirs), (theirs, mine))
    )


def _modifies_noun(tok: Token, head: Token) -> bool:
    """Whether a name only modifies the common noun ``head`` ('A senior Obama
    administration official', 'a Twitter spokesman'): it hangs, through modifiers, on a
    common noun that is or leads to ``head``; it is no name of the person ``head`` is."""
    t = tok
    for _ in range(6):
        if t.i == head.i:
            return bool(t.i != tok.i)
        if t.dep_ not in ("compound", "poss", "nmod", "amod") or t.head.i == t.i:
            return False
        t = t.head
        if t.i != head.i and t.pos_ != "NOUN":
            return False
    return False


def _surname(name: str) -> str:
    words = name.replace("\u2019s", "").replace("'s", "").split()
    return words[-1].lower().strip(".,") if words else ""


def _quoted_tokens(parse: Any) -> frozenset[int]:
    """The indices of a document's words inside quotation marks ('"' and "''" open and
    close in turn, curly and TeX-style marks by their side), the state carried from
    sentence to sentence (a quotation of several sentences) and closed at a paragraph
    break (the next paragraph of a quotation opens it again)."""
    inside: set[int] = set()
    open_ = False
    for tok in parse:
        text = tok.text
        if "\n" in text:
            open_ = False
        elif text in ('"', "''"):
            open_ = not open_
        elif text in ("\u201c", "``"):
            open_ = True
        elif text == "\u201d":
            open_ = False
        elif open_:
            inside.add(tok.i)
        if "\n" in tok.whitespace_:
            open_ = False
    return frozenset(inside)


def learn_genders(parse: Any, *, w: QuoteWords) -> dict[str, str]:
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

    # the words' LOWER, POS and DEP columns, read once instead of a Token per word
    strings = parse.vocab.strings
    gender_of = {strings[word]: g for word, g in _GENDER.items()}
    pron = strings["PRON"]
    subject_deps = {strings["nsubj"], strings["nsubjpass"]}
    columns = parse.to_array(["LOWER", "POS", "DEP"]).tolist()
    prev_people: list[Any] = []
    # the words inside quotation marks: whom the words quoted talk of, not the speaker
    inside = _quoted_tokens(parse)
    for sent in parse.sents:
        people = [e for e in ents_in(parse, sent.start, sent.end) if e.label_ == "PERSON"]
        for e in people:
            before = parse[e.start - 1].lower_ if e.start > 0 else ""
            if before in _TITLE_GENDER:
                vote(e.text, _TITLE_GENDER[before], 3)
        words = range(sent.start, sent.end)
        pronouns = [k for k in words if columns[k][0] in gender_of and columns[k][1] == pron]
        subj_people = [e for e in people if e.root.dep_ in ("nsubj", "nsubjpass")]
        # the first subject outside quotation marks ('Cooper praised Flood. "He is in the
        # library every day," she said': she)
        first = next(
            (k for k in words if columns[k][2] in subject_deps and k not in inside), None
        )
        first_subj = parse[first] if first is not None else None
        if (
            first_subj is not None
            and first_subj.lower_ in w.singular_pronouns
            and len(prev_people) == 1
        ):
            vote(prev_people[0].text, _GENDER[first_subj.lower_])
        if len(people) == 1 and pronouns:
            # (not a pronoun inside quotation marks: whom the words quoted talk of, '"He
            # works hard," said Kerry Dunmore, "and he never complains."')
            kinds = {
                gender_of[columns[k][0]]
                for k in pronouns
                if k > people[0].end and k not in inside
            }
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


_DESCRIPTION_REACH = 1000
#: how many sentences back a subject may be to take a 'he'/'she' from the actors' link
_RETAKE_REACH = 4
#: dependencies that join a word to the head of the name or noun phrase it is part of
_NAME_PARTS = frozenset({"compound", "flat", "det", "poss", "nummod", "amod", "appos"})
#: quotation marks, which stand outside the quoted words
_QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019`")
#: sectors one institution noun may name either way ('think tank': EDU or NGO)
_SECTOR_KINDS = {"EDU": "NGO"}
#: sectors of bodies that are a country's own (a company, an outlet, a university): one of
#: no known country is placed in the article's country, not made international like an NGO
_NATIONAL_SECTORS = frozenset({"BUS", "MED", "EDU", "GOV"})
_GROUP_PREFIXES = ("IGO", "IMG", "NGO", "NGM", "INT", "MNC")
#: codes of international bodies and groups, of no one country (not a multinational
#: company's MNC, which a home country's business pages report on)
_INTERNATIONAL_PREFIXES = frozenset({"IGO", "IMG", "NGO", "NGM"})
#: how many first letters a short form of a city's own name keeps ('Philly' of
#: Philadelphia): a word of an organisation's name opening with them names the city
_SHORT_FORM_LETTERS = 4
#: an amount written with a bare dollar sign ('$5.25', '$ 2 million'; not 'C$5', 'US$5')
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$\s?\d")
#: place features that set a paragraph's scene (a country named is often its topic)
_SCENE_FEATURES = frozenset({"city", "admin"})
_FORMER = re.compile(r"\b(?:former|ex-)", re.IGNORECASE)
#: roles of a state's own people: their staff speak for the state
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})


_last_columns: tuple[Any, list[int], list[int], list[int]] | None = None


def _columns(parse: Any) -> tuple[list[int], list[int], list[int]]:
    """Start and end offsets and entity IOB codes (3 begins, 1 inside) of the parse's
    tokens, kept for the last parse asked about: the resolver asks many times about one
    document."""
    global _last_columns
    last = _last_columns
    if last is not None and last[0] is parse:
        return last[1], last[2], last[3]
    arr = parse.to_array(["IDX", "LENGTH", "ENT_IOB"]).tolist()
    starts = [a for a, _n, _b in arr]
    ends = [a + max(n, 1) for a, n, _b in arr]
    iob = [b for _a, _n, b in arr]
    _last_columns = (parse, starts, ends, iob)
    return starts, ends, iob


def _offsets(parse: Any) -> tuple[list[int], list[int]]:
    """Start and end offsets of the parse's tokens."""
    starts, ends, _iob = _columns(parse)
    return starts, ends


def _token_index(parse: Any, pos: int) -> int:
    """The token holding character ``pos``, or -1."""
    starts, ends = _offsets(parse)
    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 and pos < ends[i] else -1


def _tokens_between(parse: Any, start: int, end: int) -> range:
    i = _token_index(parse, start)
    if i < 0:
        return range(0)
    return range(i, max(i, bisect.bisect_left(_offsets(parse)[0], end)))


def _is_subject(parse: Any, start: int, end: int) -> bool:
    for i in _tokens_between(parse, start, end):
        t = parse[i]
        if t.dep_ in ("nsubj", "nsubjpass") or (
            t.head.dep_ in ("nsubj", "nsubjpass") and t.head.idx < end + 40
        ):
            return True
    return False


def _body_modifier(parse: Any, start: int, end: int, *, w: QuoteWords) -> bool:
    """Whether a mention is a name that only modifies a common noun after it for no person
    ('the Bush administration', 'the Obama campaign'): the noun's phrase names a body, not
    the person, whom a pronoun after it does not stand for."""
    toks = [parse[i] for i in _tokens_between(parse, start, end)]
    heads = [t for t in toks if not (start <= t.head.idx < end) or t.head.i == t.i]
    return bool(heads) and all(
        t.dep_ == "compound"
        and t.head.i > t.i
        and _common_noun(t.head)
        and not _person_noun(t.head, w=w)
        for t in heads
    )


def _reported_subject(parse: Any, start: int, end: int) -> bool:
    """Whether a mention is the subject of a clause someone else reports ('Hale said that
    Ruiz had won': Ruiz), through conjoined, infinitive and adverbial clauses ('Hale said she
    left after Ruiz was born'), or of an infinitive someone calls for ('Hale called for Ruiz
    to resign'): a person less likely to be the next sentence's 'he' than the one reporting."""
    for i in _tokens_between(parse, start, end):
        t = parse[i]
        if t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        v = t.head
        if to_infinitive(v):
            return True  # 'Hale called for Ruiz to resign': what Hale calls for
        for _ in range(8):
            if v.dep_ == "ccomp":
                return True
            if v.dep_ in ("relcl", "acl") and v.head.dep_ in ("pobj", "dobj"):
                # 'Hale said that with the votes Ruiz already had, ...': a clause on a
                # word of the reported clause
                v = v.head.head.head if v.head.dep_ == "pobj" else v.head.head
                continue
            if v.dep_ not in ("conj", "xcomp", "advcl") or v.head is v:
                break
            v = v.head
    return False


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose subject the name or noun phrase ``tok`` is part of, past the verbs
    joined to it ('Hale arrived and said': arrived), or None when the phrase is no
    subject (or the parse says too little to tell)."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("nsubj", "nsubjpass") or t.head.i == t.i:
            break
        if t.dep_ not in _NAME_PARTS:
            return None
        t = t.head
    if t.dep_ not in ("nsubj", "nsubjpass"):
        return None
    v = t.head
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v


def _speech_verb(verb: Token) -> bool:
    """Whether a verb is a cue of speech or writing ('said', 'wrote'), not of belief."""
    cues = default_cues()
    return cues.verb(verb.lemma_) and cues.verb_type(verb.lemma_) in SPEECH_TYPES


def _subjects(parse: Any) -> list[Token]:
    """The tokens the parser made a subject ('nsubj'), found on the DEP column without
    building a Token for every word."""
    nsubj = parse.vocab.strings["nsubj"]
    return [parse[i] for i, d in enumerate(parse.to_array("DEP").tolist()) if d == nsubj]


def _noun_subject(tok: Token) -> str | None:
    """The words naming a person a noun alone names as a subject ('The mother of one of the
    victims'; 'His counterpart, Ali Musa' by the name apposed to it), or None."""
    if not (
        tok.dep_ == "nsubj"
        and tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and noun_kind(tok.lemma_.lower()) == "person"
        and not any(g.ent_type_ == "PERSON" for g in tok.subtree)  # (a named person's own)
    ):
        return None
    named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    first, end = (tok.left_edge, tok.right_edge) if named is None else (named.left_edge, named)
    return tok.doc.text[first.idx : end.idx + len(end)].strip(_PUNCT_EDGES) or None


def byline_names(parse: Any, *, w: QuoteWords) -> list[tuple[int, int]]:
    """Where the reporters named in byline sentences anywhere in the story are ('Daniel Schearf
    reports from Beijing.', 'As VOA's Stephanie Ho reports from Washington, ...',
    'BBC correspondent Karyn Coleman reports from Kosovo.'): a present-tense byline verb
    (``byline_verbs``) with a named subject and no content of its own (no clause, object
    or infinitive: 'Witnesses report that ...', 'Reuters reports the army ...' quote).
    The reporter is the journalist telling the story, not one of its sources: no later
    'he says' or 'the correspondent said' stands for them, nor for the place they report
    from (its span is returned too). Only the bare line counts: a verb with any other
    dependent ('Blinken reports to Congress on Thursday') or a name after an official's
    title, a name-like word of no entity ('Secretary of State Antony Blinken', 'President
    William Ruto'), is a newsmaker reporting."""
    spans: list[tuple[int, int]] = []
    for subj in _subjects(parse):
        verb = subj.head
        if verb.tag_ != "VBZ" or verb.lemma_.lower() not in w.byline_verbs:
            continue
        if subj.pos_ != "PROPN":
            continue
        places = [c for c in verb.children if c.dep_ == "prep"]
        if any(
            c.i != subj.i and c.dep_ not in ("punct", "mark", "prep") for c in verb.children
        ) or any(p.lower_ not in w.byline_place_prepositions for p in places):
            continue  # content of its own, a time, an addressee: no byline line
        if any(t.pos_ == "PROPN" and not t.ent_type_ for t in subj.subtree if t.i < subj.i):
            continue  # a title before the name: an official
        spans.append((subj.left_edge.idx, subj.idx + len(subj)))
        spans += [
            (g.left_edge.idx, g.right_edge.idx + len(g.right_edge))
            for p in places
            for g in p.children
            if g.dep_ == "pobj"
        ]
    return spans


def _people_subject(tok: Token) -> tuple[int, str] | None:
    """Where a plural noun naming people starts and its words up to the noun, when it is a
    subject ('many World Bank watchers', 'executives who have worked with X': 'executives'),
    or None; a named person's ('Hale's aides') or a bare pronoun's are not."""
    if not (
        tok.dep_ == "nsubj"
        and tok.tag_ == "NNS"
        and noun_kind(tok.lemma_.lower()) == "person"
        and not any(g.ent_type_ == "PERSON" for g in tok.subtree)
    ):
        return None
    first = tok.left_edge
    words = tok.doc.text[first.idx : tok.idx + len(tok)].strip(_PUNCT_EDGES)
    return (first.idx, words) if words else None


def _named_subject(parse: Any, start: int, end: int) -> bool:
    """Whether a mention is a name the parser made a subject ('Hale attacked ...'), tagged
    a person or not."""
    return any(
        parse[i].dep_ in ("nsubj", "nsubjpass") and parse[i].pos_ == "PROPN"
        for i in _tokens_between(parse, start, end)
    )


def _titled_subject(parse: Any, start: int, end: int) -> bool:
    """Whether a mention is a subject headed by a noun for a person ("Kenya's foreign
    minister arrived ..."): one 'the minister' may stand for."""
    heads = [parse[i] for i in _tokens_between(parse, start, end)]
    heads = [t for t in heads if not (start <= t.head.idx < end) or t.head.i == t.i]
    return (
        len(heads) == 1
        and heads[0].dep_ in ("nsubj", "nsubjpass")
        and noun_kind(heads[0].lemma_.lower()) == "person"
    )


def _common_noun(tok: Token) -> bool:
    """A noun, or a word in lower case the tagger took for a proper noun ('the billionaire
    business mogul': a name is written in capitals)."""
    text: str = tok.text
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and text.islower())


def _person_noun(head: Token, *, w: QuoteWords) -> bool:
    """A noun for a person: listed as one, or by its ending ('the receptionist')."""
    lemma = head.lemma_.lower()
    return noun_kind(lemma) == "person" or (
        lemma not in speaker_nouns() and _people_ending(head, w=w)
    )


def _restricted(head: Token) -> bool:
    """Whether a noun has a clause of its own after it, not set off by a comma ('the man
    who found her', 'the woman accused of ...')."""
    return any(
        c.dep_ in ("acl", "relcl") and c.i > head.i and head.doc[c.left_edge.i - 1].text != ","
        for c in head.children
    )


def _definite_description(head: Token, *, w: QuoteWords) -> bool:
    """'the former minister', 'the charity': definite, singular, a common noun with
    nothing of its own (no possessor, no prepositional phrase, no name)."""
    return (
        head.left_edge.lower_ == "the"
        and _common_noun(head)
        and head.tag_ not in ("NNS", "NNPS")
        and not any(c.dep_ in ("prep", "poss") for c in head.children)
        and not owner_spans(head, w=w)
    )


def _affiliation(tok: Token, *, w: QuoteWords) -> Token | None:
    """The word naming whom a speaker belongs to: a possessor ('China's ambassador',
    'his U.N. mission'), the object of 'for' after a spokesman-like head, or a named
    person's institution."""
    for child in tok.children:
        if child.dep_ == "poss" and tok.lemma_.lower() not in w.kin_nouns:
            return child
    # 'Japan's U.N. ambassador Kenji Sato': the possessor hangs on the title before the name.
    for child in tok.children:
        if child.dep_ == "compound" and child.i < tok.i:
            for g in child.children:
                if g.dep_ == "poss" and child.lemma_.lower() not in w.kin_nouns:
                    return g
    if tok.pos_ == "NOUN" and noun_kind(tok.lemma_.lower()) == "person":
        # 'a Delta pilot', 'a Reuters reporter': the organisation named before the noun
        for child in tok.children:
            if child.dep_ == "compound" and child.i < tok.i and child.ent_type_ == "ORG":
                return child
    # 'McConnell spokesman Don Stewart', 'a Hale spokeswoman': the name before a
    # spokesman-like title is whom the spokesman speaks for
    for title in (tok, *(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i)):
        if title.lemma_.lower() not in w.represent_heads:
            continue
        for child in title.children:
            if child.dep_ == "compound" and child.i < title.i:
                if child.pos_ == "PROPN" or child.ent_type_ in _NAME_LABELS:
                    return child
    if tok.lemma_.lower() in w.represent_heads:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "for":
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
    if tok.pos_ == "PROPN":
        # 'Green Horizon, a Nairobi-based environmental group': a name that an apposed
        # noun for an organisation describes is that organisation (whatever the tagger
        # took it for); not a noun the parser hung on a name across a verb of its clause
        # ('Perez and Castro are together again, at the Center for American Progress, the
        # think tank ...': no description of the name)
        for child in tok.children:
            if (
                child.dep_ == "appos"
                and child.pos_ == "NOUN"
                and not any(
                    t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.i + 1 : child.left_edge.i]
                )
                and (noun_kind(child.lemma_.lower()) == "group" or _sector_of(child) is not None)
            ):
                return child
    if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" or _name_like(tok):
        # 'Ana Ruiz of the Brookings Institution', 'Lena Moser, a professor at the
        # University of Melbourne', 'Jon Hale, coordinator for the International
        # Federation for Human Rights': a named person's organisation ('for' only after
        # a title: 'a spokesman for', 'coordinator for').
        for h in (tok, *(c for c in tok.children if c.dep_ == "appos")):
            preps = w.affiliation_prepositions if h is tok else w.affiliation_prepositions | {"for"}
            for child in h.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    objs = [g for g in child.children if g.dep_ == "pobj"]
                    if objs and (
                        _institution_like(objs[0]) or (h is tok and _named_body(objs[0]))
                    ):
                        return objs[0]
    return None


def _speaks_for_people(tok: Token, *, w: QuoteWords) -> Token | None:
    """The people a speaker (or a title apposed to it) speaks for as a spokesman-like title
    whose for-phrase names people and no body: kin ('a spokesman for the family') or a
    plural noun for people ('for the relatives', 'for the victims'); else None."""
    for h in (tok, *(c for c in tok.children if c.dep_ == "appos")):
        if h.lemma_.lower() not in w.represent_heads:
            continue
        for child in h.children:
            if child.dep_ != "prep" or child.lower_ != "for":
                continue
            for obj in child.children:
                if obj.dep_ != "pobj" or obj.pos_ != "NOUN" or obj.ent_type_:
                    continue
                lemma = obj.lemma_.lower()
                if lemma in w.kin_nouns or (noun_kind(lemma) == "person" and obj.tag_ == "NNS"):
                    return obj
    return None


def _relative_affiliation(tok: Token, *, w: QuoteWords) -> Token | None:
    """The institution a relative clause on a named person says they head or work for
    ('Ana Ruiz, who heads the agency's mission in Chad', 'who chairs the history
    department at Ohio State', 'who runs the Media Center', 'who works at Brookings':
    `heading_verbs`): the possessor of the unit headed, the institution headed, or the
    institution after its preposition; None when the clause tells none."""
    for rel in tok.children:
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in w.heading_verbs:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in w.speaker_relatives for c in rel.children):
            continue  # ('X, whom the agency hired'): the person is not the one heading
        for obj in (c for c in rel.children if c.dep_ == "dobj"):
            for child in obj.children:
                if child.dep_ == "poss" and child.pos_ != "PRON":
                    return child  # 'the agency's mission'
            if _institution_like(obj):
                return obj
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in w.affiliation_prepositions:
                    objs = [g for g in prep.children if g.dep_ == "pobj"]
                    if objs and _institution_like(objs[0]):
                        return objs[0]
        for prep in rel.children:
            if prep.dep_ == "prep" and prep.lower_ in w.affiliation_prepositions | {"for"}:
                objs = [g for g in prep.children if g.dep_ == "pobj"]
                if objs and _institution_like(objs[0]):
                    return objs[0]
    return None


def _sector_body(found: tuple[str | None, str | None] | None) -> bool:
    """Whether an affiliation's code names a body's sector or international group
    ('NGOIRC', 'USAREL', 'IGOUNO'), not a bare country: a body of no known sector (the
    'Kenya Tourist Office', KEN) may be a government's, whose spokesman is GOV."""
    if found is None:
        return False
    code, country = found
    if not code:
        return False
    return code[:3] in _GROUP_PREFIXES or bool(_role_of(code, country))


def _speaks_for(owner: Token, *, w: QuoteWords) -> bool:
    """Whether ``owner`` is whom a spokesperson title speaks for: the object of 'for'
    or 'of' after it ('a spokesman for X'), its possessor ("X's spokeswoman") or a name
    compounded before it ('X spokesman')."""
    title = owner.head
    if owner.dep_ == "pobj" and title.dep_ == "prep" and title.lower_ in ("for", "of"):
        title = title.head
    elif owner.dep_ not in ("poss", "compound"):
        return False
    return title.pos_ == "NOUN" and title.lemma_.lower() in w.spokesperson_nouns


def _title_phrase(tok: Token) -> set[str]:
    """A title noun's lemma and the phrases it ends with its compounds ('chief of staff',
    'vice president', 'deputy national security adviser'), lower case."""
    doc = tok.doc
    first = min(
        [tok.i, *(c.i for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i)]
    )
    words = [t.lemma_.lower() for t in doc[first : tok.i + 1]]
    phrases = {" ".join(words[k:]) for k in range(len(words))}
    for c in tok.children:
        if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj" and g.i == c.i + 1]
            if objs:
                phrases.add(f"{tok.lemma_.lower()} of {objs[0].lemma_.lower()}")
    return phrases


def _body_title(title: Token) -> str | None:
    """The role of the state body a title's own compound names ('a health ministry
    official' GOV, 'an army officer' MIL, 'a police spokesman' COP): the roles table's
    bodies (kind organization) of a state's roles; None when no compound names one. Such a
    title is no generic one ('official', 'spokesman' of a club or a company): the body it
    is held in is named."""
    words = [c for c in title.children if c.dep_ == "compound" and c.i < title.i]
    return next((r for c in words if (r := _state_body(c)) is not None), None)


def _named_body(tok: Token) -> bool:
    """Whether a noun after a name's preposition names one state body ('Ana Ruiz of the
    health ministry', 'from the army'): a body of the roles table with a determiner or a
    possessor, not a field ('a professor of government')."""
    return _state_body(tok) is not None and any(
        c.dep_ in ("det", "poss") for c in tok.children
    )


def _state_body(tok: Token) -> str | None:
    """The role of the state body a noun names, read with its compounds or the word before
    it ('the health ministry' GOV, 'the foreign ministry' GOV, 'the army' MIL); None when
    it names none."""
    bodies = _state_bodies()
    inner = [g for g in tok.children if g.dep_ == "compound" and g.i < tok.i]
    for phrase in (
        " ".join(t.lemma_.lower() for t in [*inner, tok]),
        f"{tok.doc[tok.i - 1].lemma_.lower()} {tok.lemma_.lower()}" if tok.i > 0 else "",
        tok.lemma_.lower(),
    ):
        if phrase in bodies:
            return bodies[phrase]
    return None


@functools.cache
def _state_bodies() -> dict[str, str]:
    """The roles table's organisations of a state's roles, lower case -> role ('ministry'
    GOV, 'army' MIL)."""
    from ..actors import data as actor_data

    return {
        r.phrase.lower(): r.code
        for r in actor_data.roles()
        if r.kind == "organization" and r.code in _STATE_ROLES
    }


def _apposed_owner(tok: Token, *, w: QuoteWords) -> Token | None:
    """The possessor of a title apposed to a name ('Ben Hale, Mr. Obama's deputy adviser',
    'Jo Lee, Acme's chief executive', 'Jo Lee, head of Acme's research unit'), or None."""
    if tok.ent_type_ != "PERSON" and not (tok.pos_ == "PROPN" and not tok.ent_type_):
        return None
    for h in tok.children:
        if h.dep_ == "appos" and h.pos_ == "NOUN" and h.lemma_.lower() not in w.kin_nouns:
            if not _names_a_post(h, w=w):
                # 'For Ana Ruiz, Chile's sudden decision ... is ...' parsed as an apposition:
                # a title names a person's post, not a thing the possessor did
                continue
            owner = next((c for c in h.children if c.dep_ == "poss"), None)
            if owner is None:
                unit = next(
                    (
                        g
                        for c in h.children
                        if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children
                        if g.dep_ == "pobj" and g.pos_ == "NOUN"
                    ),
                    None,
                )
                owner = _unit_owner(unit) if unit is not None else None
            if owner is not None and owner.pos_ != "PRON":
                return owner
    return None


def _names_a_post(noun: Token, *, w: QuoteWords) -> bool:
    """Whether a noun apposed to a name is a title or post ('deputy adviser', 'chief
    executive', 'head of ...'): a person noun of the speaker nouns, or a phrase of the roles
    table, a title or a spokesperson noun of quotes.tsv."""
    lemma = noun.lemma_.lower()
    if noun_kind(lemma) == "person" or lemma in w.spokesperson_nouns:
        return True
    titles = w.professional_titles | w.generic_titles
    return bool(_title_phrase(noun) & (_role_phrases() | titles))


def _unit_owner(unit: Token) -> Token | None:
    """The body a unit belongs to: its possessor ("the OIE's flu unit") or a name after its
    'of' ("the flu unit of the OIE"); not a person's ("Obama's campaign" is no state's)."""
    for c in unit.children:
        if c.dep_ == "poss":
            return None if c.ent_type_ == "PERSON" or c.pos_ == "PRON" else c
    for c in unit.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "PROPN":
                    return g
    return None


def _states_body(actor: Actor) -> bool:
    """Whether a group is a state's government, police or forces ('Afghan officials':
    AFGGOV), which has spokesmen, unlike its rebels or gunmen."""
    code, country = actor.code or "", actor.country
    return (
        actor.kind == "group"
        and bool(country)
        and code.startswith(country or "")
        and code[3:6] in _STATE_BODIES
    )


def _bare_spokesman(tok: Token, *, w: QuoteWords) -> bool:
    """Whether a speaker is a spokesman-like title named for no one: 'spokesman Matthew
    Miller', 'a spokeswoman' (no possessor, no 'for' phrase, no name or demonym before it:
    not 'Iberdrola spokesman X', 'a Kenyan spokeswoman')."""
    titles = [tok, *(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i)]
    for t in titles:
        if t.lemma_.lower() in w.spokesperson_nouns and t.pos_ == "NOUN":
            return not any(
                c.dep_ == "poss"
                or (c.dep_ == "prep" and c.lower_ in w.represent_prepositions)
                or (c.i < t.i and (c.pos_ == "PROPN" or c.ent_type_ in _NAME_LABELS))
                for h in (t, tok)
                for c in h.children
                if c.i != t.i
            )
    return False


def _titled_by_noun(tok: Token, *, w: QuoteWords) -> bool:
    """Whether a spokesman-like title names its body by a common noun before it ('police
    spokesman X', 'ministry spokeswoman X'), not only by the title word itself."""
    titles = [tok, *(c for c in tok.children if c.dep_ == "compound" and c.i < tok.i)]
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < t.i
        for t in titles
        if t.lemma_.lower() in w.spokesperson_nouns
        for c in t.children
    )


def _based_in(noun: Token) -> str | None:
    """The country of the place in a '<place>-based' modifier of a noun ('a D.C.-based
    strategist', 'the Geneva-based group'), or None."""
    doc = noun.doc
    for k in range(noun.left_edge.i, noun.i):
        low = doc[k].lower_
        if low.endswith("-based") and len(low) > 6:
            place = doc[k].text[:-6]  # (one token: 'D.C.-based')
        elif low == "based" and k >= 2 and doc[k - 1].text == "-":
            j = k - 2
            while j > noun.left_edge.i and doc[j - 1].text[:1].isupper():
                j -= 1
            place = doc[j : k - 1].text
        else:
            continue
        if place[:1].isupper():
            country = _place_country(place)
            if country is not None:
                return country
    return None


def _place_country(name: str) -> str | None:
    """The country a place's name (a country, a demonym, a gazetteer place) is in."""
    found = _country_names().get(tuple(name.lower().split()))
    if found is not None:
        return found
    from ..places.gazetteer import load_gazetteer

    entries = load_gazetteer().lookup(name)
    return entries[0].country if entries and entries[0].country else None


def _nationality(tok: Token, held: Callable[[Token], str | None]) -> str | None:
    """The country of a common noun in apposition to a name that a demonym or country
    modifies ('a Belgian national, Luc Aerts'; 'Aerts, a Belgian citizen'), or None;
    ``held`` gives the country of a word the actors read as a state ('Georgia' of the
    United States in a story on a US election), which goes first."""
    nouns = [c for c in tok.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "ADJ")]
    if tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "ADJ"):
        nouns.append(tok.head)
    for noun in nouns:
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
        # (each modifier with the words of its own name: 'the New Jersey governor' is no
        # Jersey's, 'the South Carolina congressman' no Carolina's; not a word that only
        # describes it: 'his Spanish-sounding name' tells no nationality)
        mods = sorted({t for c in mods for t in _compound_words(c)}, key=lambda t: t.i)
        country = next((c for t in mods if (c := held(t)) is not None), None)
        country = country or (_country_in(mods) if mods else None)
        if country is not None:
            return country
    return None


def _compound_words(tok: Token) -> list[Token]:
    """A word with the words compounded onto it, its own name's ('New' of 'New Jersey')."""
    words = [tok]
    for c in tok.children:
        if c.dep_ == "compound" and c.i < tok.i:
            words.extend(_compound_words(c))
    return words


def _institution_like(tok: Token) -> bool:
    """Whether a word names an organisation: an ORG entity, or a noun of
    ``institutions.tsv`` ('consultancy', 'think tank')."""
    return tok.ent_type_ == "ORG" or _sector_of(tok) is not None


def _sector_of(tok: Token) -> str | None:
    """The sector of an institution noun ('university' EDU), read with the word before
    it when the two make one noun ('think tank', 'rights group')."""
    table = institution_sectors()
    low = tok.lemma_.lower()
    if tok.i > 0:
        pair = f"{tok.doc[tok.i - 1].lemma_.lower()} {low}"
        if pair in table:
            return table[pair]
    return table.get(low)


#: prepositions whose object is a topic, not a home: 'the Alliance on China'
#: a state or province (or a city, inside an organisation's name) at least this populous,
#: named inside an institution's name
_REGION_POPULATION = 1_000_000
# How many sentences before a bare 'the statement' its issuer's text is looked for in.
_TEXT_SENTENCES = 3


def _institution(tok: Token, *, w: QuoteWords) -> tuple[str | None, str | None] | None:
    """The code and country an institution's own words give ('the Singapore Institute
    of International Affairs' -> SGPEDU; 'the University of Western Sydney in
    Australia' -> AUSEDU; 'a think tank' with no country -> NGO): the country named
    in it (not in a topic phrase: 'the Alliance on China') and the sector of its
    head noun. None when the words give neither."""
    words: list[Token] = []

    def walk(t: Token) -> None:
        words.append(t)
        for c in t.children:
            if c.dep_ in ("prep", "relcl", "acl") and (
                c.lower_ in w.topic_prepositions or c.dep_ != "prep"
            ):
                continue
            walk(c)

    walk(tok)
    words.sort(key=lambda t: t.i)
    sector = _sector_of(tok) or next(
        (s for t in reversed(words) if (s := _sector_of(t)) is not None), None
    )
    home = frozenset({tok.i}) if tok.head.lower_ == "from" else frozenset()
    country = _country_in(words, home)
    if country is not None:
        return country + (sector or ""), country
    if sector is None or tok.ent_type_ not in ("", "ORG"):
        return None
    if any(t.ent_type_ in ("GPE", "LOC") for t in words):
        return None  # a place no country table knows ('in New Delhi'): no country to give
    if sector in _NATIONAL_SECTORS and (
        sector != "EDU" or not any(t.lower_ in w.international_words for t in words)
    ):
        # a company, an outlet, a university or institute of no known country: its sector,
        # placed later in the country the article tells ('an analyst at Pivotal Research')
        return sector, None
    # a foundation, charity or rights group of no known country, or an institute of the
    # world ('the World Resources Institute', 'the Global Policy Institute')
    return "NGO", None


@functools.cache
def _country_names() -> dict[tuple[str, ...], str]:
    """Country names and demonyms (lower-case word tuples) -> country code."""
    from ..actors import data as actor_data

    return {tuple(n.split()): code for n, code in actor_data.country_codes().items() if n}


def _qualifier(words: Sequence[Token], j: int, gaz: Any) -> str | None:
    """The country of the state, province or country written after a comma right after
    ``words[j]`` ('Exeter, N.H.', 'Ontario, Calif.', 'Perth, Scotland'), or None."""
    if j + 2 >= len(words) or words[j + 1].text != "," or words[j + 2].i != words[j].i + 2:
        return None
    q = words[j + 2]
    if not q.text[:1].isupper():
        return None
    end = j + 2
    while (
        end + 1 < len(words)
        and words[end + 1].i == words[end].i + 1
        and words[end + 1].text[:1].isupper()
        and end - j < 4
    ):
        end += 1
    name = " ".join(w.text for w in words[j + 2 : end + 1])
    country = _country_names().get(tuple(name.lower().split()))
    if country is not None:
        return country
    found = gaz.lookup(name)
    if found and found[0].feature == "admin" and found[0].country:
        return str(found[0].country)
    return None


def _country_in(words: Sequence[Token], places: frozenset[int] = frozenset()) -> str | None:
    """The first country named (or demonym used) in these words, else the country of a
    place they name: a place-name entity (or the words at ``places``, token indices),
    or a state or province inside a name ('Asia Society Texas Center'); None."""
    names = _country_names()
    low = [t.lower_ for t in words]
    for k in range(len(low)):
        t = words[k]
        if not t.text[:1].isupper():
            continue
        if k > 0 and words[k - 1].text[:1].isupper() and words[k - 1].dep_ == "compound":
            continue  # inside a longer name: 'New South Wales' is not Wales
        for n in (3, 2, 1):
            found = names.get(tuple(low[k : k + n]))
            if found is None or (
                k > 0
                and words[k - 1].text[:1].isupper()
                and other_country_place(" ".join(t.text for t in words[k - 1 : k + n]), found)
            ):
                continue
            longer = " ".join(t.text for t in words[k : k + n + 1])
            if (
                k + n < len(words)
                and words[k + n].text[:1].isupper()
                and words[k + n].i == words[k + n - 1].i + 1
                and other_country_place(longer, found)
            ):
                # the start of another country's place: 'British Columbia' is Canada's
                return _place_country(longer)
            return found
    from ..places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    k = 0
    while k < len(words):
        t = words[k]
        if not t.text[:1].isupper() or t.pos_ != "PROPN":
            k += 1
            continue
        j = k
        while (
            j + 1 < len(words)
            and words[j + 1].i == words[j].i + 1
            and (words[j + 1].pos_ == "PROPN" and words[j + 1].ent_type_ == t.ent_type_)
        ):
            j += 1
        run = words[k : j + 1]
        named = t.ent_type_ in ("GPE", "LOC") or t.i in places
        entries = gaz.lookup(" ".join(w.text for w in run))
        region = _qualifier(words, j, gaz)
        if region is not None and any(e.country == region for e in entries):
            # 'of Exeter, N.H.': the town of that name in the state or country after it
            return region
        if named and entries and entries[0].country:
            return entries[0].country
        for n, w in enumerate(run):
            for e in gaz.lookup(w.text)[:1]:
                # a state or province named inside an organisation's name (not the end of
                # another place's: 'the New England Journal' is no England's)
                # (or a city of a million inside an organisation's name: 'Auckland
                # Regional Public Health Service', 'Moscow State University')
                if (
                    (
                        e.feature == "admin"
                        or (e.feature == "city" and t.ent_type_ == "ORG" and _own_name(w.text, e))
                    )
                    and e.population >= _REGION_POPULATION
                    and e.country
                ):
                    if n > 0 and other_country_place(f"{run[n - 1].text} {w.text}", e.country):
                        continue
                    return e.country
        k = j + 1
    return None


def _own_name(word: str, entry: Any) -> bool:
    """Whether ``word`` is the gazetteer place's own name or a short form of it (opening
    with its first four letters: 'Philly'), not another of its names: a word of an
    organisation's name that only such an alias makes a great city ('Bethlehem Steel',
    Belem's; 'Ama', Amman's; 'Berea', Aleppo's) names no city."""
    from ..places.gazetteer import normalize

    word, name = normalize(word), normalize(str(entry.name))
    n = _SHORT_FORM_LETTERS
    return word == name or (len(word) >= n and word[:n] == name[:n])


def _prefix(code: str | None, country: str | None) -> str | None:
    if not code:
        return country
    if code[:3] in _GROUP_PREFIXES:
        return code[:6]
    return country or (code[:3] if len(code) >= 3 else None)


def _role_of(code: str | None, country: str | None) -> str:
    """The role part of a code ('GOV' of 'USAGOV', of 'IGOUNOGOV' or of a bare 'GOV')."""
    if not code:
        return ""
    if code[:3] in _GROUP_PREFIXES:
        return code[6:]
    if country and code.startswith(country):
        return code[len(country) :]
    return code if len(code) == 3 and not country else code[3:]


def _group_coded(code: str | None) -> bool:
    """Whether a code is an international or non-state group's own ('IGONAT', 'NGOAMN'):
    such a code has no role part, yet the tables coded the body, so its spokesman speaks
    in it, not in a code guessed from the body's words."""
    return code is not None and code[:3] in _GROUP_PREFIXES


def names_someone(tok: Token) -> bool:
    """Whether a word names (or points to) a person, group, organisation or text, by the
    test a speaker's words pass (a name, a pronoun of people, a noun of people or of an
    institution, a noun for people by its ending, a share of people)."""
    return _names_someone(tok, w=language().view(QuoteWords))


def _names_someone(tok: Token, *, w: QuoteWords) -> bool:
    """Whether one word of a speaker's words names (or points to) a person, group,
    organisation or text."""
    if tok.ent_type_ in _NAME_LABELS or tok.pos_ == "PROPN" or _name_like(tok):
        return True
    if _share(tok, w=w):
        return True
    lemma: str = tok.lemma_.lower()
    low: str = tok.lower_
    if tok.pos_ == "PRON":
        return low in _GENDER or low in w.people_quantifiers or low in w.possessive_determiners
    if lemma in speaker_nouns() or low in speaker_nouns() or low in w.people_quantifiers:
        return True
    if tok.pos_ == "NOUN" and _sector_of(tok) is not None:
        return True  # an institution ('the think tank', 'a consultancy')
    return _people_ending(tok, w=w)


def _people_ending(tok: Token, *, w: QuoteWords) -> bool:
    """A noun for people by its ending: 'environmentalists', 'a receptionist', 'voters',
    'the radioman'."""
    lemma: str = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or len(lemma) <= 4:
        return False
    if lemma.endswith(("ist", "ian", "ee", "er", "or", "ate", "man", "woman")):
        return lemma not in w.not_people_words
    return tok.tag_ == "NNS" and lemma.endswith(("ant", "ent"))


def _organisation_name(owner: Token, *, w: QuoteWords) -> bool:
    """Whether a name in capitals is a political or armed organisation's by one of its
    words ('the Kachin Independence Organization', 'the Patriotic Front'; quotes.tsv
    organisation_words)."""
    words = [t for t in owner.lefts if t.dep_ in ("compound", "flat")] + [owner]
    kinds = [t for t in words if t.text[:1].isupper() and t.lower_ in w.organisation_words]
    # (a name of its own beside the word: a bare 'Party spokesman' names no one body)
    return owner.pos_ == "PROPN" and bool(kinds) and len(kinds) < len(words)


def _unknown_body(name: str, *, w: QuoteWords) -> bool:
    """Whether an organisation's name is in capitals and none of its words is a role or an
    institution noun of a sector ('Westar Energy', not 'the Kansas Department of
    Transportation', 'Dartmouth College' or 'the Herald Tribune' newspaper)."""
    # (a possessive's 's' is no word of its own: 'Sotheby's', 'Weisfield's')
    words = re.findall(r"[A-Za-z]+", re.sub(r"['\u2019]s\b", "", name))
    if not words or not all(x[0].isupper() for x in words if x.lower() not in ("of", "the", "and")):
        return False
    told = _role_phrases() | institution_sectors().keys() | w.body_words | w.organisation_words
    return not any(x.lower() in told for x in words)


@functools.cache
def _role_phrases() -> frozenset[str]:
    """The roles table's phrases, lower case ('minister', 'spokesman')."""
    from ..actors import data as actor_data

    return frozenset(r.phrase.lower() for r in actor_data.roles())


@functools.cache
def institution_sectors() -> dict[str, str]:
    """Institution nouns -> their sector code (geowire/data/quotes/institutions.tsv)."""
    from ..actors import data as actor_data

    table = read_table(INSTITUTIONS_PATH, ("noun", "sector"))
    known = actor_data.sectors()
    out: dict[str, str] = {}
    for line, cols in table.rows:
        if cols[1] not in known:
            raise DictionaryError(f"{INSTITUTIONS_PATH}:{line}: unknown sector {cols[1]!r}")
        out[cols[0].lower()] = cols[1]
    return out


#: roles of a state's own service, which a national of another state cannot hold: 'the
#: Russian foreign minister' is no US president named before (a 'Colombian journalist' may
#: work for a US network)
_STATE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


@dataclass(slots=True)
class _Antecedent:
    pos: int
    name: str
    actor: Actor | None
    plural: bool
    subject: bool
    person: bool = True
    code: str | None = None  # a remembered speaker's own code, when no actor has one
    country: str | None = None
    joint: bool = False  # one of names that speak together ('Hale and Ruiz said')


def _position(c: _Antecedent) -> int:
    """Where a candidate is named (the antecedents are kept in this order, for bisect)."""
    return c.pos


def _window_start(sent: Any) -> int:
    """Where the sentence before ``sent`` starts (``sent``'s own start when it is the
    first): a bare description ('the group', 'the company') is read against what this
    sentence and the one before name."""
    first = sent.doc[sent.start - 1].sent if sent.start > 0 else sent
    start: int = first.start_char
    return start


class Resolver:
    """Resolves speaker mentions of one document, in text order."""

    def __init__(
        self,
        doc: Document,
        quoted: Sequence[Span],
        *,
        keep_words: bool = False,
        words: QuoteWords | None = None,
    ) -> None:
        self.words = words or language().view(QuoteWords)
        # keep_words: speaker words that name no one known (an unresolved pronoun, a noun
        # for no person, group or text) stay the speaker, as PARC annotates the source as
        # written; otherwise such words give no speaker.
        self.keep_words = keep_words
        self.doc = doc
        self._actor_at = _actor_lookup(doc)
        self._titles_of: dict[tuple[Span, ...], frozenset[str]] = {}
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
            for s, e in actor.mentions:
                if not self._in_quote(s):
                    # ("Kenya's foreign minister arrived ...": a subject 'the minister' and
                    # 'he' may stand for, named or not)
                    subj = parse is not None and (
                        _titled_subject(parse, s, e) or _named_subject(parse, s, e)
                    )
                    self._cands.append(_Antecedent(s, actor.name, actor, False, subj, True))
        if parse is not None:
            # 'Rex Early, a party official, attended. "...," he said': a name the tagger
            # missed, known for a person's by its listed given name
            for t in _subjects(parse):
                full = self._untagged_name(t)
                if full is not None:
                    self._cands.append(_Antecedent(full[0], full[1], None, False, True))
            # 'The mother of one of the victims spoke to VOA. "...," she said': a person
            # named by a noun alone, as a subject, no actor
            for t in _subjects(parse):
                if not self._in_quote(t.idx) and self._actor_at(t.idx, t.idx + len(t)) is None:
                    phrase = _noun_subject(t)
                    if phrase is not None:
                        self._cands.append(_Antecedent(t.left_edge.idx, phrase, None, False, True))
                    elif (people := _people_subject(t)) is not None:
                        # 'Many World Bank watchers expect ..., they say': the people a
                        # plural subject names are who 'they' stand for, not a body named
                        # in its modifiers
                        self._cands.append(_Antecedent(people[0], people[1], None, True, True))
        # the reporters the story's byline names ('X reports from Y.'): no antecedent
        self._bylines = byline_names(parse, w=self.words) if parse is not None else []
        if self._bylines:
            self._cands = [c for c in self._cands if not self._in_byline(c.pos)]
        self._cands.sort(key=lambda c: c.pos)
        self._full_names = [c for c in self._cands if len(c.name.split()) > 1 and not c.plural]
        if parse is not None:
            self._surname_subjects(parse)
        self._gender = learn_genders(parse, w=self.words) if parse is not None else {}
        # Organisations, groups and states, for 'it' ('the group said it ...').
        self._orgs: list[_Antecedent] = []
        for actor in doc.actors:
            if actor.kind not in ("organization", "group", "state"):
                continue
            for s, e in actor.mentions:
                if not self._in_quote(s):
                    subj = parse is not None and _is_subject(parse, s, e)
                    self._orgs.append(_Antecedent(s, actor.name, actor, False, subj, False))
        self._orgs.sort(key=lambda c: c.pos)
        self._org_pos = [c.pos for c in self._orgs]
        # (actor id, where its described mention starts) -> whom that description names
        self._described: dict[tuple[str, int], _Antecedent | None] = {}
        self._affiliations: dict[str, tuple[str | None, str | None] | None] = {}
        self._workplaces: set[str] = set()  # people given a title in an organisation
        self._spokespeople: set[str] = set()  # people given a title that speaks for a body
        # people who speak for a party or armed group no table codes (_organisation_name)
        self._organisation_spokespeople: set[str] = set()
        # actor id -> the last pronoun the actors linked to it that a speaker took from it
        self._taken: dict[str, int] = {}
        self._cues: list[Any] | None = None
        self._main: str | None = None
        # the content of the quote whose speaker is being resolved: no one named in what is
        # said is who says it ('[If the family fails to appeal ...], she said' is not the
        # family's)
        self._said: tuple[Span, ...] = ()
        # where the content of that quote begins, when it begins before its speaker's
        # mention: a text named after a quotation of several sentences looks back from it
        self._quote_start: int | None = None
        # (where each speaker resolved so far was named, and the speaker: whose words a
        # text noun with no issuer of its own goes on quoting)
        self._spoke: list[tuple[int, int, Speaker]] = []
        # where a text spoke for its issuer: a later 'it' is the text, not a person
        self._texts: set[int] = set()

    def _untagged_name(self, tok: Token) -> tuple[int, str] | None:
        """Where a subject's name starts and the name, when it is two or more capitalised
        proper nouns the tagger gave no entity type and the actors no actor, the first a
        listed given name ('Rex Early'); else None."""
        if tok.pos_ != "PROPN" or tok.ent_type_ or self._in_quote(tok.idx):
            return None
        doc, sent = tok.doc, tok.sent

        def part(t: Token) -> bool:
            return t.pos_ == "PROPN" and not t.ent_type_ and t.text[:1].isupper()

        lo = hi = tok.i
        while lo > sent.start and part(doc[lo - 1]):
            lo -= 1
        while hi + 1 < sent.end and part(doc[hi + 1]):
            hi += 1
        if hi == lo:
            return None
        words = doc[lo : hi + 1]
        first = words[0].lower_
        if first not in self.words.female_given_names and first not in self.words.male_given_names:
            return None
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        if self._actor_at(start, end) is not None:
            return None
        return start, self.doc.text[start:end]

    def _surname_subjects(self, parse: Any) -> None:
        """A person's surname alone as a subject that neither the tagger nor the actors took
        ('Paradis agrees. She said ...' after 'Sandra Paradis'): a person 'she' may stand
        for, the one named in full before."""
        known = {c.pos for c in self._cands}
        added = []
        for t in _subjects(parse):
            if (
                t.pos_ != "PROPN"
                or t.idx in known
                or self._in_quote(t.idx)
                or self._actor_at(t.idx, t.idx + len(t)) is not None
                or any(c.dep_ == "compound" for c in t.children)
            ):
                continue
            full = self._full_name(t.text, t.idx)
            if full is not None and full.pos < t.idx and full.person:
                added.append(dataclasses.replace(full, pos=t.idx, subject=True))
        if added:
            self._cands = sorted([*self._cands, *added], key=lambda c: c.pos)

    def _said_elsewhere(self, m: SpeakerMention, said: Sequence[Span]) -> bool:
        """Whether the quote's content is to be left out of a pronoun's antecedents: only
        when a person of its gender is named as a subject before it ('[Former Rep. Chris
        Shays was for Kasich], he said', an article's first sentence, names its speaker in
        what he says)."""
        if not said or m.pronoun not in _GENDER:
            return False
        gender = _GENDER[m.pronoun]
        first = min(s for s, _e in said)
        i = bisect.bisect_left(self._cands, first, key=_position)
        return any(
            c.person and c.subject and not c.plural and self._gender_of(c) in (None, gender)
            for c in self._cands[max(0, i - 40) : i]
            if first - c.pos < 2000
        )

    def _in_said(self, c: _Antecedent) -> bool:
        """Whether a candidate is a common-noun description ('the family', 'his wife') in
        the content of the quote being resolved. (A name there may be the speaker's own, in
        a report of their words in the third person: '[Ms. Olivieri found skating a salve],
        she said'.)"""
        return c.name == c.name.lower() and any(s <= c.pos < e for s, e in self._said)

    def _in_byline(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self._bylines)

    def _byline_reporter(self, actor: Actor) -> bool:
        """Whether a person the actors linked a pronoun to is named only in the story's
        byline ('Daniel Schearf reports from Beijing. ... He says ...'): the journalist,
        whom the pronoun does not stand for."""
        text = self.doc.text
        named = [
            s for s, e in actor.mentions if text[s:e].lower() not in self.words.pronoun_words
        ]
        return bool(named) and all(self._in_byline(s) for s in named)

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._q_starts, pos) - 1
        return i >= 0 and self._quoted[i][0] <= pos < self._quoted[i][1]

    def _remember(self, mention: SpeakerMention, speaker: Speaker) -> None:
        actor = self.doc.actor(speaker.actor) if speaker.actor else None
        person = mention.person or (actor is not None and actor.kind == "person")
        if mention.span[0] in self._texts:
            # 'The lawsuit contends ... It goes on to fault': 'it' is the text, which
            # speaks for its issuer, whoever that is
            person, actor = False, None
        if not person and actor is not None and self._titled_organisation(actor, mention):
            # 'Keiji Fukuda, the chief of the WHO' that the tagger took for an organisation:
            # a person 'Fukuda' may name again, with the code the title gave
            person, actor = True, None
        if not person and not mention.plural and self.doc.parse is not None:
            i = _token_index(self.doc.parse, mention.head[0])
            # 'a Delta pilot', 'the receptionist', 'a former Census-taker': a noun for a
            # person (listed, or by its ending) is a 'he' or 'she', not a text or a body;
            # so is 'the UN chief', a body's person, coded as the body is (the speaker's
            # code), though the actor found in it is the body
            if i >= 0 and (
                noun_kind(self.doc.parse[i].lemma_.lower()) == "person"
                or _people_ending(self.doc.parse[i], w=self.words)
            ):
                person, actor = True, None
        if not person and actor is None and not mention.plural and self.doc.parse is not None:
            # A speaker named in capitals that no tagger took for a place or an
            # organisation ('said Tan Wei Ming') is a person 'he' or 'she' may stand for.
            i = _token_index(self.doc.parse, mention.head[0])
            if i >= 0:
                head = self.doc.parse[i]
                words = _tokens_between(self.doc.parse, mention.span[0], mention.head[1])
                person = (
                    (head.pos_ == "PROPN" or _name_like(head))
                    and head.ent_type_ in ("", "PERSON")
                    and all(self.doc.parse[j].ent_type_ in ("", "PERSON") for j in words)
                    # a name takes no article: 'the Global Terrorism Index' is no one
                    and not (words and self.doc.parse[words[0]].pos_ == "DET")
                )
        entry = _Antecedent(
            mention.span[0],
            speaker.name,
            actor,
            mention.plural,
            True,
            person,
            speaker.code,
            speaker.country,
            mention.joint,
        )
        bisect.insort(self._cands, entry, key=lambda c: c.pos)
        if person and actor is None and len(speaker.name.split()) > 1:
            self._full_names.append(entry)  # 'said Tan Wei Ming' ... 'Tan said'

    def _titled_organisation(self, actor: Actor, mention: SpeakerMention) -> bool:
        """Whether an organisation of no code is a name in capitals described by a noun for
        a person apposed to it (the tagger's organisation is a person)."""
        parse = self.doc.parse
        if parse is None or actor.kind != "organization" or actor.code or mention.plural:
            return False
        i = _token_index(parse, mention.head[0])
        if i < 0 or parse[i].pos_ != "PROPN":
            return False
        return any(
            c.dep_ == "appos"
            and c.pos_ == "NOUN"
            and (noun_kind(c.lemma_.lower()) == "person" or _people_ending(c, w=self.words))
            for c in parse[i].children
        )

    def resolve(self, mention: SpeakerMention, said: Sequence[Span] = ()) -> Speaker | None:
        """The Speaker for ``mention``; None when the words name no one (an unresolved
        pronoun, an abstract noun, a clause). ``said``: the content spans of the quote, whose
        words name no antecedent of the speaker."""
        from ..actors.context import role_only

        self._said = tuple(said) if self._said_elsewhere(mention, said) else ()
        starts = [s for s, _e in said if s < mention.span[0]]
        self._quote_start = min(starts) if starts else None
        try:
            speaker = self._resolve(mention)
        finally:
            self._said = ()
            self._quote_start = None
        if speaker is not None:
            if speaker.code == "NGO" and speaker.country is None and self._national_body(
                speaker, mention
            ):
                # 'Ana Ruiz of the Brennan Center', 'the Trayvon Martin Foundation said': a
                # foundation, centre or charity no table knows, whose name makes it no
                # international body, is one of the article's country (USANGO)
                speaker = self._placed(speaker, self._described_said(mention, said))
            elif self._formerly_international(speaker):
                speaker = self._placed(
                    dataclasses.replace(speaker, code=None, country=None),
                    self._described_said(mention, said),
                )
            elif (
                speaker.country is None
                and (speaker.code is None or role_only(speaker.code))
                and (
                    not mention.pronoun
                    or mention.pronoun in self.words.people_quantifiers
                    # 'those surveyed', 'those polled': a share of people, placed too
                    or (mention.plural and mention.pronoun in self.words.demonstratives)
                    or speaker.name.lower() != mention.pronoun
                )
            ):
                # 'a receptionist', 'some', 'authorities' (GOV), 'she' for 'the mother';
                # not 'I' or 'we' with no one named
                speaker = self._placed(speaker, self._described_said(mention, said))
            elif (
                speaker.country
                and speaker.code in (None, speaker.country)
                and (actor := self.doc.actor(speaker.actor) if speaker.actor else None) is not None
                and actor.kind == "person"
                and (home := self._home(actor.mentions, where=False)) not in (None, speaker.country)
            ):
                # a person the article's country was lent to, whose own words say where
                # they are from ('Craig Vance, a D.C.-based strategist' in a story on Russia)
                speaker = dataclasses.replace(speaker, code=home, country=home)
            elif speaker.country and role_only(speaker.code):
                # a person the actors gave a country and a bare role (ELI with USA): the
                # code is the country's role
                speaker = dataclasses.replace(speaker, code=speaker.country + (speaker.code or ""))

            self._remember(mention, speaker)
            self._spoke.append((mention.span[0], mention.head[0], speaker))
        return speaker

    def _national_body(self, speaker: Speaker, mention: SpeakerMention) -> bool:
        """Whether the non-governmental body a speaker is or works for is named in the
        sentences naming the speaker by a name of no international word ('the Brennan
        Center for Justice', not 'the World Resources Institute', 'the Inter-Parliamentary
        Alliance'), no table coding it."""
        parse = self.doc.parse
        if parse is None or mention.pronoun:
            return False
        actor = self.doc.actor(speaker.actor) if speaker.actor else None
        if actor is not None and (actor.code or "").startswith("NGO") and actor.kind != "person":
            return False  # a body the tables code as an international one
        spans = actor.mentions if actor is not None else (mention.span,)
        sents = {self.doc.sentence_of(s) for s, _e in spans} - {-1}
        named = {
            c.country
            for c in self._read_cues()
            if self.doc.sentence_of(c.start) in sents and c.country
        }
        if len(named) > 1:
            return False  # sentences of several countries: which one it is of is unsure
        found = False
        for ent in parse.ents:
            if ent.label_ != "ORG" or self.doc.sentence_of(ent.start_char) not in sents:
                continue
            if not any(_sector_of(t) == "NGO" for t in ent):
                continue
            words = {t.lower_ for t in ent} | {
                p.lower() for t in ent for p in t.text.split("-")
            }
            if words & self.words.international_words:
                return False
            found = True
        return found

    def _formerly_international(self, speaker: Speaker) -> bool:
        """Whether a person coded by an international organisation is named as having
        left it ('Former senior NATO official Pierre Lambert'): a former official
        speaks for his country, not for the organisation."""
        if not speaker.actor or not (speaker.code or "").startswith("IGO"):
            return False
        actor = self.doc.actor(speaker.actor)
        if actor is None or actor.kind != "person":
            return False
        text = self.doc.text
        # 'former' inside the mention, or among the three words before it ('Former top
        # European Union official ...')
        return any(
            _FORMER.search(text[s:e]) or _FORMER.search(" ".join(text[:s].split()[-3:]))
            for s, e in actor.mentions
        )

    def _placed(self, speaker: Speaker, said: Sequence[Span] = ()) -> Speaker:
        """An uncoded speaker ('a receptionist', 'some', 'local media reports', a company
        no table knows) with the country the article tells, as the actors' context gives
        bare agents theirs: the one country cued in its sentence (for a person, the
        country most cued in the sentences naming them), else the article's main country;
        unchanged when there is none. A speaker named by no name whose sentences cue
        countries only inside ``said``, the content of the quote it speaks (given for a
        description of people only, :meth:`_described_said`), is of the article's main
        country: what one says is as often of another country as of one's own ('Analysts
        said Russia was testing air defenses' in a story of Ukraine), as the actors'
        context reads a clause one reports."""
        cues = self._read_cues()
        actor = self.doc.actor(speaker.actor) if speaker.actor else None
        spans = actor.mentions if actor is not None else (speaker.span,)
        home = self._home(spans)
        if home is not None:
            # 'Ana Ruiz, a nurse from Fresno', 'a trader in Mombasa': where they are from
            # or live, before any country their sentences name
            return Speaker(
                speaker.name, home + (speaker.code or ""), home, speaker.actor, speaker.span
            )
        # a person by name with no code of their own: the country of another sentence
        # (the scene of the paragraph, the sentence before) is what the article is about
        # there, not theirs ('The company is negotiating with the Soviets. Mr. Ruiz said it
        # would own 70% of the plant'); their own sentences and the article's country
        # still place them
        named = actor is not None and actor.kind == "person" and speaker.code is None
        votes: Counter[str] = Counter()
        for n in {self.doc.sentence_of(s) for s, _e in spans} - {-1}:
            lo, hi = self.doc.sentences[n]
            votes.update({c.country for c in cues if lo <= c.start < hi})
        ranked = votes.most_common(2)
        one = len(ranked) == 1 or (len(ranked) == 2 and ranked[0][1] > ranked[1][1])
        country = ranked[0][0] if ranked and one else None
        if (
            ranked
            and said
            and not named
            and self._main is not None
            and self._said_only(spans, said)
        ):
            # 'Analysts said Russia was testing ...': its only cues are what it says
            country = self._main
        if country is None and not ranked and not named:
            # no country in its sentences: the scene of its paragraph, the one country of
            # the towns and regions it names ('The Hilton at JFK is full. "...," a
            # receptionist told me' in a story told from Italy), else the article's
            country = self._scene(speaker.span[0])
        if country is None:
            country = self._main
        if country is None and not named:
            # an article of several countries: the one cued just before, in the sentence
            # before ('the Moroccan agency broke up a cell. Authorities said ...')
            country = self._cued_before(speaker.span[0])
        if country is None:
            country = self._money_country()
        if country is None:
            return speaker
        code = country + (speaker.code or "")
        return Speaker(speaker.name, code, country, speaker.actor, speaker.span)

    def _described_said(self, mention: SpeakerMention, said: Sequence[Span]) -> Sequence[Span]:
        """``said`` for a speaker a description of people names ('analysts', 'one
        user', 'critics': a common noun's head, no text); none for a name or a text,
        whose own words may well be of its country ('Calderon said "Mexican people
        ..."', 'according to the National Police Agency')."""
        parse = self.doc.parse
        if parse is None or mention.pronoun:
            return ()
        i = _token_index(parse, mention.head[0])
        if i < 0 or parse[i].pos_ != "NOUN" or _text_noun(parse[i]):
            return ()
        return said

    def _said_only(self, spans: Sequence[Span], said: Sequence[Span]) -> bool:
        """Whether every country cue of the sentences naming a speaker lies inside
        ``said``, the content of its quote."""
        cues = self._read_cues()
        for n in {self.doc.sentence_of(s) for s, _e in spans} - {-1}:
            lo, hi = self.doc.sentences[n]
            for c in cues:
                if lo <= c.start < hi and not any(s <= c.start < e for s, e in said):
                    return False
        return True

    def _money_country(self) -> str | None:
        """The country whose money the article counts in, when that is all it tells of
        where it is: no country cue, no place, no other country's name and no currency
        word, no word of another land's state (``foreign_state_words``: 'the kingdom's
        oil ministry') and no actor of another country or of an international or
        non-state group ('The IMF approved a $3 billion loan'), and an amount in a bare
        dollar sign ('$5.25', not 'C$5'), which English news writes in the money of
        ``unmarked_dollar_countries`` (a company story of the business pages: 'Shoney's
        Inc. said it will report a write-off of $2.5 million'); else None. The key names
        one country: with none or several, no money tells a country."""
        if self._cues or self.doc.places or len(self.words.unmarked_dollar_countries) != 1:
            return None
        text = self.doc.text
        if not _BARE_DOLLAR.search(text):
            return None
        words = [w.lower() for w in re.findall(r"[A-Za-z.]*[A-Za-z]", text)]
        if set(words) & (self.words.currency_words | self.words.foreign_state_words):
            return None
        (name,) = self.words.unmarked_dollar_countries
        money = _country_names().get(tuple(name.split()))
        if any(
            (a.country is not None and a.country != money)
            or (a.code or "")[:3] in _INTERNATIONAL_PREFIXES
            for a in self.doc.actors
        ):
            return None  # an actor of another country or an international body
        names = _country_names()
        for k in range(len(words)):
            for n in (1, 2, 3):
                found = names.get(tuple(words[k : k + n]))
                if found is not None and found != money:
                    # a country named that no actor or place holds ('the laws of the
                    # Netherlands Antilles'): the story is not only of the money's country
                    return None
        return money

    def _read_cues(self) -> list[Any]:
        """The article's country cues (and its main country), read once."""
        if self._cues is None:
            from ..actors.context import cues_of, story_countries

            self._cues = cues_of(self.doc.actors, self.doc.places)
            # the story's country as the actors' context reads it (where a wire story was
            # filed, unless that is a correspondent's base)
            self._main = story_countries(self.doc, self._cues)[0]
        return self._cues

    def _scene(self, pos: int) -> str | None:
        """The one country of the towns and regions named in the paragraph at ``pos``
        before it (not countries: a country named is as often what is talked of), or
        None."""
        n = self.doc.paragraph_of(pos)
        if n < 0:
            return None
        lo, hi = self.doc.paragraphs[n]
        found = {
            p.country
            for p in self.doc.places
            if lo <= p.span[0] < min(pos, hi) and p.country and p.feature in _SCENE_FEATURES
        }
        return found.pop() if len(found) == 1 else None

    def _home(self, spans: Sequence[Span], *, where: bool = True) -> str | None:
        """The country of the place a speaker's own words say they are from or live in
        ('a nurse from Fresno', 'a resident of Homs', 'a D.C.-based strategist', 'a
        teacher in Lyon'; not with ``where`` False: one may be from one country and in
        another); None when none."""
        parse = self.doc.parse
        if parse is None:
            return None
        for s, e in spans:
            if self._in_quote(s):
                continue
            words = [parse[j] for j in _tokens_between(parse, s, e)]
            # (the description apposed to a name may lie outside the name's mention)
            words += [c for t in words for c in t.children if c.dep_ == "appos"]
            for tok in words:
                if tok.pos_ not in ("NOUN", "PROPN"):
                    continue
                based = _based_in(tok)
                if based is not None:
                    return based
                for prep in tok.children:
                    if prep.dep_ != "prep" or prep.lower_ not in self.words.home_prepositions:
                        continue
                    if not where and prep.lower_ in self.words.speaker_place_prepositions:
                        continue
                    for obj in prep.children:
                        # (a place the tagger took for a nationality: 'residents of Aleppo')
                        if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC", "NORP"):
                            country = self._state_country(obj) or _country_in(
                                list(obj.subtree), frozenset({obj.i})
                            )
                            if country is not None:
                                return country
        return None

    def _state_country(self, tok: Token) -> str | None:
        """The country of the state the actors read a place word as ('Georgia' the US
        state in a story of a US election, not the country of that name), or None."""
        held = self._actor_at(tok.idx, tok.idx + len(tok))
        if held is None or held.kind != "state" or not held.country:
            return None
        return held.country

    def _cued_before(self, pos: int) -> str | None:
        """The one country cued in the sentence before ``pos``'s, or None."""
        n = self.doc.sentence_of(pos)
        if n <= 0 or self._cues is None:
            return None
        lo, hi = self.doc.sentences[n - 1]
        named = {c.country for c in self._cues if lo <= c.start < hi}
        if not named and self.doc.parse is not None:
            # a country or demonym no actor holds ('the Moroccan counterterror agency')
            toks = [self.doc.parse[i] for i in _tokens_between(self.doc.parse, lo, hi)]
            named = {c for k in range(len(toks)) if (c := _country_in(toks[k : k + 3]))}
        return named.pop() if len(named) == 1 else None

    def _resolve(self, m: SpeakerMention) -> Speaker | None:
        if m.pronoun is None and (issued := self._text_issuer(m)) is not None:
            return issued
        if m.pronoun is None and (apposed := self._described_name(m)) is not None:
            return apposed
        actor = self._actor_at(*m.head) or (None if m.pronoun else self._span_actor(m))
        if actor is not None and actor.kind == "person" and self._byline_reporter(actor):
            actor = None  # 'He says' linked to the reporter of the byline: its antecedent
        if (
            actor is not None
            and actor.kind == "person"
            and min(actor.mentions)[0] < m.span[0]
            and self._new_description(m)
        ):
            # 'said one longtime adviser to Bill Clinton': an indefinite description brings
            # in someone new, not a person named before whom the actors linked its noun to
            actor = None
        if (
            actor is not None
            and actor.kind == "person"
            and m.pronoun in _GENDER
            and self._actor_gender(actor, learned=False) not in (None, _GENDER[m.pronoun])
        ):
            # 'she' linked to a 'Mr. Tan': the pronoun is resolved here (by titles only: what
            # the pronouns taught of a name may be of a husband's, or of a 'his wife, Jane')
            actor = None
        if (
            actor is not None
            and actor.kind == "person"
            and m.pronoun in _GENDER
            and self._actor_gender(actor) not in (None, _GENDER[m.pronoun])
        ):
            # 'she' linked to a man the pronouns of the text made 'he' ('Sanders ... he'):
            # the person of her gender who spoke last, when the text knows her as such (a
            # surname's pronouns alone may be a husband's: no one known, the link stands)
            ante = self._antecedent(m.span[0], plural=False, gender=_GENDER[m.pronoun])
            if (
                ante is not None
                and (ante.actor is None or ante.actor.id != actor.id)
                and self._gender_of(ante) == _GENDER[m.pronoun]
            ):
                return self._coded(self._from(ante, m.span), m)
        if actor is not None and m.pronoun in (*self.words.singular_pronouns, "it"):
            nearer = self._nearer_person(m, actor)
            if nearer is not None:
                self._taken[actor.id] = m.span[0]
                return self._coded(self._from(nearer, m.span), m)
        if (
            actor is not None
            and actor.kind == "organization"
            and actor.code is None
            and (titled := self._titled_elsewhere(actor.name)) is not None
        ):
            # '"...," Hartl said' with the surname tagged an organisation, whom the text
            # names elsewhere with a title ('the WHO spokesman, Hartl'): that person
            return self._coded(
                Speaker(actor.name, titled.code, titled.country, actor.id, m.span), m
            )
        if actor is not None and self._surname_only(actor):
            # 'Fu said ...' after 'Fu Cong' (a family name written first), which the actors
            # left as a person of its own (or 'she' they linked to it): the one named in
            # full before
            full = self._full_name(actor.name, m.span[0])
            if full is not None and full.actor is not None and full.actor.id != actor.id:
                return self._from(full, m.span)
        if actor is not None:
            if m.pronoun == "it" and actor.kind == "person":
                actor = None  # 'it' is no person: look for an organisation below
            elif self._state_modifies_person(m, actor):
                return self._coded(Speaker(m.name, actor.code, actor.country, None, m.span), m)
            else:
                ante = self._description_of(actor)
                fallback: Actor | None = actor
                if ante is None and actor.kind == "organization":
                    ante = self._description_near(actor, m.span)
                    if any(ch.isupper() for ch in actor.name):
                        # (the actors took 'the company' for a company named before
                        # another: that one's code is not the nearer one's)
                        fallback = None
                if ante is not None:
                    # 'the former minister' (or 'he', linked to it) is the person named before
                    found = self._from(ante, m.span, fallback=fallback)
                    if fallback is None and not _role_of(found.code, found.country):
                        # ('the company' is a company: BUS, whatever the table knows of it)
                        sector = self._head_sector(m)
                        if sector is not None:
                            found = dataclasses.replace(
                                found, code=(found.country or "") + sector
                            )
                    if self._prep_apposed(m):
                        # 'a spokesperson for the Israeli military, Lt. Col. Ana Silva': the
                        # named holder speaks for what the title's for-phrase names
                        found = self._coded(found, m)
                    return found
                name = self._name_of(actor, m)
                code, country = actor.code, actor.country
                state = self._speaking_state(actor, m)
                if state is not None:
                    code, country = state + _role_of(code, country), state
                return self._coded(Speaker(name, code, country, actor.id, m.span), m)
        if m.pronoun in self.words.singular_pronouns or m.pronoun in self.words.plural_pronouns:
            ante = self._antecedent(
                m.span[0],
                plural=m.pronoun in self.words.plural_pronouns,
                gender=_GENDER.get(m.pronoun),
            )
            if ante is None and m.pronoun in self.words.plural_pronouns:
                # (not a news outlet: 'they' is never the paper people 'told' something)
                ante = self._organisation(m.span[0], outlets=False)
            if ante is not None:
                # 'he' for 'the mega donor', a description of a person named before: that
                # person
                ante = self._named_by_description(ante, _GENDER.get(m.pronoun)) or ante
            return self._from(ante, m.span) if ante is not None else self._unresolved(m)
        if m.pronoun == "it":
            ante = self._organisation(m.span[0])
            spoke = self._last_source(m.span[0], named=False)
            if spoke is not None and (ante is None or spoke.pos >= ante.pos):
                ante = spoke  # the text or organisation that spoke since
            return self._from(ante, m.span) if ante is not None else self._unresolved(m)
        if (
            m.pronoun is not None
            and m.pronoun not in self.words.people_quantifiers
            and not (m.plural and m.pronoun in self.words.demonstratives)  # 'those polled'
        ):
            return self._unresolved(m)  # 'I', 'we', 'you' with no one named
        if len(m.name.split()) == 1:
            full = self._full_name(m.name, m.span[0])
            if full is not None:
                return self._from(full, m.span)
            titled = self._titled_elsewhere(m.name)
            if titled is not None:
                return self._coded(Speaker(m.name, titled.code, titled.country, None, m.span), m)
        described = self._described_words(m)
        if described is not None:
            return self._from(described, m.span)
        if not self._agent_words(m) and not self.keep_words:
            return None
        return self._coded(Speaker(m.name, None, None, None, m.span), m)

    def _text_issuer(self, m: SpeakerMention) -> Speaker | None:
        """The issuer a definite text noun naming no one of its own speaks for ('the
        release said', 'the filing said', 'the lawsuit contends'): who issued the last
        earlier text of that noun within reach (the subject of an issuing verb whose object
        it is, 'filed a lawsuit'; of the speech verb it is said in, 'In a filing, Norwood
        said'; its possessor, 'Norwood's filing'), else, when the text is named first as it
        speaks, the one quoted last in its own sentence or the one before ('the Wyoming
        party announced she was not coming. "...," the release said'). The speaker keeps
        the text's words as its place. None for no such text or no issuer found."""
        parse = self.doc.parse
        if parse is None:
            return None
        i = _token_index(parse, m.head[0])
        if i < 0 or not _bare_text(parse[i]) or self._in_quote(m.head[0]):
            return None  # (not a text named inside the quoted words: 'the law says')
        head = parse[i]
        n = self.doc.sentence_of(m.span[0])
        if self._quote_start is not None and (q := self.doc.sentence_of(self._quote_start)) >= 0:
            # ('"A. B. C," the statement continued': the sentences of its own quotation
            # are not the ones its issuer was named in)
            n = min(n, q)
        if n < 0:
            return None
        # (the text told of in its own sentence or the three before)
        reach = self.doc.sentences[max(0, n - _TEXT_SENTENCES)][0]
        found = False
        for j in range(head.i - 1, -1, -1):
            t = parse[j]
            if t.idx < reach:
                break
            if t.lemma_ != head.lemma_ or t.pos_ != "NOUN" or self._in_quote(t.idx):
                continue
            found = True
            issuer = _issuer_of(t, w=self.words)
            if issuer is None:
                continue
            mention = speaker_mention(issuer, w=self.words)
            speaker = self._resolve(mention) if mention is not None else None
            if speaker is None:
                continue
            self._texts.add(m.span[0])
            return dataclasses.replace(speaker, span=m.span)
        if found or head.lemma_.lower() not in self.words.voiced_texts:
            return None  # a text told of before whose issuer the words do not give
        if _cited_text(head) and (said := self._cited_by(head)) is not None:
            self._texts.add(m.span[0])
            return dataclasses.replace(said, span=m.span)
        lo = self.doc.sentences[n - 1][0] if n > 0 else 0
        for pos, at, speaker in reversed(self._spoke):
            if not lo <= pos < m.span[0]:
                continue
            j = _token_index(parse, at)
            if speaker.actor is None or (j >= 0 and _text_noun(parse[j])):
                continue  # (a text itself, or no one known)
            self._texts.add(m.span[0])
            return dataclasses.replace(speaker, span=m.span)
        return None

    def _cited_by(self, text: Token) -> Speaker | None:
        """The issuer of a text a speech is told 'according to': the subject of the verb
        of speech the phrase hangs on, or on its reported clause's verb ('The council said
        the vote was fair, according to a statement': the council's statement), whose
        quote may come later in the sentence than the text's own; None when the verb is no
        speech or its subject names no one."""
        verb = text.head.head.head  # text <- to <- according <- the verb it hangs on
        while verb.dep_ == "ccomp" and not default_cues().verb(verb.lemma_):
            # ('said the vote would be certified, according to a statement': the parser
            # may hang the phrase on the reported clause's verb)
            verb = verb.head
        if verb.pos_ != "VERB" or not _speech_verb(verb):
            return None
        subject = _grammatical_subject(verb, w=self.words)
        if subject is None or _text_noun(subject) or not _names_someone(subject, w=self.words):
            return None
        mention = speaker_mention(subject, w=self.words)
        return self._resolve(mention) if mention is not None else None

    def _titled_elsewhere(self, name: str) -> Actor | None:
        """The titled person a one-word name the actors took for an organisation of no
        code (or for no actor) is apposed to somewhere in the text ('the WHO spokesman,
        Hartl'), when the title is coded; None otherwise."""
        parse = self.doc.parse
        if parse is None or len(name.split()) != 1:
            return None
        # the tokens spelled ``name``, found on the parse's ORTH column (a string's id is
        # its hash) without a spaCy Token for every word
        orth = parse.vocab.strings[name]
        for i, word in enumerate(parse.to_array("ORTH").tolist()):
            if word != orth:
                continue
            tok = parse[i]
            if tok.text != name or tok.pos_ != "PROPN" or tok.dep_ != "appos":
                continue
            head = tok.head
            if head.pos_ != "NOUN" or not _names_a_post(head, w=self.words):
                continue
            title = self._actor_at(head.idx, head.idx + len(head))
            if title is not None and title.kind == "person" and title.code:
                return title
        return None

    def _new_description(self, m: SpeakerMention) -> bool:
        """Whether the speaker words are an indefinite description of a person whose head
        is a common noun ('a spokesman', 'one longtime adviser to X') with no name in it."""
        parse = self.doc.parse
        if parse is None or m.pronoun:
            return False
        i = _token_index(parse, m.head[0])
        if i < 0 or parse[i].pos_ != "NOUN":
            return False
        head = parse[i]
        words = [parse[j] for j in _tokens_between(parse, m.span[0], m.head[1])]
        if any(
            (t.ent_type_ == "PERSON" or t.pos_ == "PROPN") and not _modifies_noun(t, head)
            for t in words
        ):
            return False
        first = head.left_edge
        return first.lower_ in ("a", "an", "one", "another") and first.i < head.i

    @staticmethod
    def _surname_only(actor: Actor) -> bool:
        """A person known by one name and no role of their own (at most a country)."""
        return (
            actor.kind == "person"
            and len(actor.name.split()) == 1
            and (actor.code or "") in ("", actor.country or "")
        )

    def _name_of(self, actor: Actor, m: SpeakerMention) -> str:
        """The speaker's name: the actor's, but for an actor named by no name of its own (a
        group known by its role: its first mention may be 'authority', this one 'Government
        ministers') the words of this mention, or for a pronoun of the mention before it."""
        if actor.kind == "person":
            return self._personal_name(actor)
        if actor.kind == "organization" and not m.pronoun:
            # two bodies of one code the actors took for one ('CNN ... a poll by The Daily
            # Post'): the name this mention gives
            for s, e in sorted(actor.mentions):
                words = self.doc.text[s:e]
                if s <= m.head[0] and m.head[1] <= e:  # the mention the speaker words head
                    if _other_name(words, actor.name, self.words.title_small_words):
                        return re.sub(r"^[Tt]he ", "", words)
                    break
        if actor.kind in ("organization", "group") and not m.pronoun and self._counted(m):
            # 'the two lawmakers', 'three senators': so many people of the body, not the
            # body ('Congress')
            return m.name
        if actor.kind == "group" and not m.pronoun and self._other_group(actor, m):
            # people the actors joined by their code alone ('Queens' ... 'delegates' ...
            # 'Sanders advisers', 'Investors' ... 'News Corporation'): the words of this
            # mention, whose head noun the group's name does not hold
            return m.name
        if actor.kind == "state" or any(ch.isupper() for ch in actor.name):
            return actor.name
        if not m.pronoun:
            return m.name
        text = self.doc.text
        named = [
            (s, e)
            for s, e in actor.mentions
            if e <= m.span[0]
            and not self._in_quote(s)
            and text[s:e].lower() not in self.words.pronoun_words
        ]
        if not named:
            return actor.name
        s, e = max(named)
        return text[s:e]

    def _counted(self, m: SpeakerMention) -> bool:
        """Whether the speaker words are a plural common noun with a number ('the two
        lawmakers', 'three senators')."""
        parse = self.doc.parse
        i = _token_index(parse, m.head[0]) if parse is not None else -1
        if parse is None or i < 0:
            return False
        head = parse[i]
        return (
            head.pos_ == "NOUN"
            and head.tag_ == "NNS"
            and m.name.split()[-1:] == [head.text]  # (not 'three-quarters of the voters')
            and any(c.dep_ == "nummod" and c.i < head.i for c in head.children)
        )

    def _other_group(self, actor: Actor, m: SpeakerMention) -> bool:
        """Whether the head noun of a speaker's words is none of the words of the group
        actor's name (by their first five letters: 'officials' of 'U.S. officials', 'the
        police' of 'police', 'Democrats' of 'Democratic voters' hold it)."""
        head = self.doc.text[m.head[0] : m.head[1]].lower()
        if not head[:1].isalpha() or head in self.words.pronoun_words:
            return False
        parse = self.doc.parse
        i = _token_index(parse, m.head[0]) if parse is not None else -1
        if i < 0:
            return False
        tok = parse[i]
        if (
            tok.pos_ not in ("NOUN", "PROPN")
            or tok.like_num
            or _share(tok, w=self.words)
            or _quantified(tok, w=self.words) is not None
            or _text_noun(tok)
            or any(
                c.dep_ == "nummod" or c.like_num or (c.dep_ == "prep" and c.lower_ == "of")
                for c in tok.children
            )
        ):
            return False  # ('three-quarters of the voters', 'a majority of X', 'a letter')
        words = [parse[j] for j in _tokens_between(parse, m.span[0], m.head[1])]
        if (
            words
            and words[0].dep_ == "det"
            and "Def" in words[0].morph.get("Definite")
            and not any(t.text[:1].isupper() for t in words[1:])
        ):
            return False  # ('the organization', 'the bureau': the group named before)
        own = {x.lower()[:5] for x in re.findall(r"[\w'\u2019-]+", actor.name)}
        return head[:5] not in own

    def _personal_name(self, actor: Actor) -> str:
        """A person's name: the actor's, but for a person the actors named by a title with
        the name in the same mention ('Former French ambassador, Jean-Marc Simon') the name."""
        parse = self.doc.parse
        if parse is None:
            return actor.name
        for s, e in sorted(actor.mentions):
            if self._in_quote(s):
                continue
            span = _tokens_between(parse, s, e)
            if not span:
                continue
            names = [p.text for p in ents_in(parse, span.start, span.stop) if p.label_ == "PERSON"]
            if not names:
                continue
            own = set(actor.name.lower().split())
            for n in names:
                if own & set(n.lower().split()):
                    # the name, without a title the actor's name may carry
                    return n if n in actor.name else actor.name
            return names[-1].strip(_PUNCT_EDGES) or actor.name
        return actor.name

    def _nearer_person(self, m: SpeakerMention, actor: Actor) -> _Antecedent | None:
        """A person (for 'it', a text or organisation) that spoke as a subject after the
        last mention of the actor a pronoun was linked to, outside quotations: the actors'
        coreference saw only its own actors and its own quote marks ('..., Oh said.
        "...," he said': 'Oh' is no actor, so 'he' went to the person before him). None
        when the link stands."""
        if m.pronoun == "it":
            # 'The revised law says ... It cites ...': the text or organisation that spoke
            own = self._last_source(m.span[0], named=False)
        else:
            own = self._antecedent(m.span[0], plural=False, gender=_GENDER.get(m.pronoun or ""))
        if own is None or not own.subject or (own.actor is not None and own.actor.id == actor.id):
            return None
        parse = self.doc.parse
        text = self.doc.text
        own_sentence = self.doc.sentence_of(own.pos)
        if m.pronoun != "it" and not self._may_retake(own, m, own_sentence):
            return None
        if (
            own.actor is None
            and actor.kind == "person"
            and m.pronoun in _GENDER
            and self._actor_gender(actor) in (None, _GENDER[m.pronoun])
            and any(
                self.doc.sentence_of(s) == own_sentence and self._names_description(s, e)
                for s, e in actor.mentions
            )
        ):
            # 'The woman who shouted, a nurse named Ana, ...': the description and the name
            # given it in its sentence are one person (of the pronoun's gender): the link
            # stands
            return None
        since = [
            (s, e)
            for s, e in actor.mentions
            if own.pos < s < m.span[0]
            and not self._in_quote(s)
            # ('Lena Ruiz, his aunt, is fighting to keep him, saying she can ...': a
            # pronoun in the subject's own sentence is the subject's, whatever the
            # actors linked it to)
            and not (
                text[s:e].lower() in self.words.pronoun_words
                and self.doc.sentence_of(s) == own_sentence
            )
        ]
        if not since:
            return own
        # 'a pilot said ... He agreed with the mayor's remark. "...," he added': a
        # person named since only as a possessor or object does not take the pronoun
        # from the subject before (the pronouns the actors linked to it are no evidence)
        # (a relative pronoun is the grammar's, not the actors' guess: 'it was Mr. Trump
        # who seemed ...' makes him a subject as 'Mr. Trump seemed ...' does)
        named = [
            (s, e)
            for s, e in since
            if text[s:e].lower() not in self.words.pronoun_words
            or text[s:e].lower() in self.words.person_relatives
        ]
        if not named and m.pronoun != "it":
            # only pronouns linked to it since: they stand unless a pronoun of that chain
            # was already taken from it, after its last name ('Jo Hale wrote ... The woman
            # said ... "...," she said. After she left, she said ...': the actors' chain of
            # 'she' runs on to Hale, each link as wrong as the first)
            last = max(
                (
                    s
                    for s, e in actor.mentions
                    if s < m.span[0] and text[s:e].lower() not in self.words.pronoun_words
                ),
                default=-1,
            )
            if self._taken.get(actor.id, -1) > last:
                return own
        if m.pronoun == "it" or parse is None or not named:
            return None
        # (nor one named as the subject of what someone else reports: 'Hale said that
        # Ruiz had won. He added ...' is Hale; nor a name that only modifies the subject's
        # noun for a body: 'Hale said the Ruiz administration erred. She added ...' is Hale)
        return (
            None
            if any(
                _is_subject(parse, s, e)
                and not _reported_subject(parse, s, e)
                and not _body_modifier(parse, s, e, w=self.words)
                for s, e in named
            )
            else own
        )

    def _may_retake(self, own: _Antecedent, m: SpeakerMention, own_sentence: int) -> bool:
        """Whether the subject before a 'he'/'she' may take it from the person the actors
        linked it to: only one named within ``_RETAKE_REACH`` sentences of narrative (a
        quotation's own sentences not counted) that is a main subject (``_main_subject``)
        or the subject of what this very cue reports ('Hale was right, he said'). A subject
        of a clause put under another ('Trump took offense when Kelly confronted him',
        'when a reporter asked if he ...', 'claiming that Obama wanted ...') is seldom the
        next sentence's 'he', and a subject many sentences back is no nearer than the
        actors' own link."""
        here = self.doc.sentence_of(m.span[0])
        if own_sentence >= 0 and self._narrative_between(own_sentence, here) > _RETAKE_REACH:
            return False
        if self._main_subject(own.pos):
            return True
        parse = self.doc.parse
        v = _clause_verb(parse[_token_index(parse, own.pos)]) if parse is not None else None
        # ('Chris Shays was for Kasich, he said': the content of the cue being resolved)
        return (
            v is not None
            and v.dep_ == "ccomp"
            and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.idx == m.head[0] for c in v.head.children
            )
        )

    def _main_subject(self, pos: int) -> bool:
        """Whether the person named at ``pos`` (by a name or a description; a pronoun goes
        on with its chain and counts) is the subject of its sentence's main clause, of a
        verb joined to it, or of an attribution set in it ('X, Hale said, has ...', 'as
        Hale said', '"...," said Hale'), not of a clause put under another."""
        parse = self.doc.parse
        i = _token_index(parse, pos) if parse is not None else -1
        if parse is None or i < 0:
            return True
        if parse[i].lower_ in self.words.pronoun_words and parse[i].dep_ != "poss":
            return True  # (not 'her husband')
        t = parse[i]
        before = [b for b in parse[t.sent.start : t.left_edge.i] if not b.is_punct]
        if (
            before
            and before[-1].pos_ == "VERB"
            and _speech_verb(before[-1])
            and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i < before[-1].i
                for c in before[-1].children
            )
        ):
            return True  # '"...," said the woman, who ...' (not 'He said Sall had ...')
        v = _clause_verb(t)
        if v is None or v.dep_ in ("ROOT", "parataxis"):
            return True
        # 'But, as Mr. Sykes said, "..."'
        return (
            v.dep_ == "advcl"
            and _speech_verb(v)
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children)
        )

    def _narrative_between(self, first: int, last: int) -> int:
        """How many sentences after sentence ``first`` up to sentence ``last`` hold words
        outside quotation marks (the sentences of a quotation are one stretch of speech),
        counted up to one past ``_RETAKE_REACH``, all its caller asks."""
        count = 0
        for n in range(first + 1, last + 1):
            if n >= len(self.doc.sentences) or count > _RETAKE_REACH:
                break
            start, end = self.doc.sentences[n]
            text = self.doc.text
            if any(
                not text[k].isspace() and not self._in_quote(k) and text[k] not in _QUOTE_MARKS
                for k in range(start, end)
            ):
                count += 1
        return count

    def _names_description(self, start: int, end: int) -> bool:
        """Whether the mention at ``start``..``end`` is a name given to a description:
        apposed to it, its complement ('is Ana', 'named Ana', 'identified as Ana')."""
        parse = self.doc.parse
        if parse is None or self.doc.text[start:end].lower() in self.words.pronoun_words:
            return False
        i = _token_index(parse, start)
        if i < 0:
            return False
        head = parse[i]
        while head.head.i != head.i and start <= head.head.idx < end:
            head = head.head
        return head.dep_ in self.words.naming_deps

    def _from(self, ante: _Antecedent, span: Span, fallback: Actor | None = None) -> Speaker:
        if ante.actor is not None:
            a = ante.actor
            code = a.code
            if fallback is not None and fallback.code and (a.code or "") in ("", a.country):
                # 'Former Danish ambassador, Jens Olufsen': the title gives his role
                if a.country is None or fallback.code.startswith(a.country):
                    code = fallback.code
            country = a.country or (fallback.country if fallback is not None else None)
            speaker = Speaker(a.name, code, country, a.id, span)
            return self._member(speaker, self._affiliation_of(a)) if a.kind == "person" else speaker
        if fallback is not None:
            return Speaker(ante.name, fallback.code, fallback.country, fallback.id, span)
        return Speaker(ante.name, ante.code, ante.country, None, span)

    def _person_description(self, head: Token, words: Sequence[Token]) -> bool:
        """Whether ``words`` with this ``head`` are a definite description of a person with
        no name of its own and no clause restricting it ('the producer', 'the mega
        donor', not 'the man who found her', 'the Texas senator Ted Cruz')."""
        return (
            _definite_description(head, w=self.words)
            and not head.ent_type_
            and not any(
                (t.pos_ == "PROPN" and not _common_noun(t)) or t.ent_type_ == "PERSON"
                for t in words
            )
            and _person_noun(head, w=self.words)
            and not _restricted(head)
        )

    def _named_by_description(self, ante: _Antecedent, gender: str | None) -> _Antecedent | None:
        """The person named before whom the unnamed subject a pronoun stands for describes
        ('Sheldon Adelson said ... While the mega donor didn't disclose ..., he did say':
        Adelson; or the description in capitals that brought them in, 'A Longview woman'
        ... 'The woman'), of the pronoun's ``gender``; None when it is no definite
        description of a person or names no one."""
        parse = self.doc.parse
        if parse is None or ante.actor is not None or ante.plural:
            return None
        i = _token_index(parse, ante.pos)
        if i < 0:
            return None
        head = parse[i]
        while head.dep_ not in _SUBJECT_DEPS and head.head.i != head.i:
            if head.head.left_edge.idx != ante.pos:
                return None
            head = head.head
        words = list(parse[head.left_edge.i : head.i + 1])
        if not self._person_description(head, words):
            return None
        named = self._same_words_before(ante.pos, head) or self._last_person(
            ante.pos, gender=self._noun_gender(head) or gender
        )
        if named is None or not any(ch.isupper() for ch in named.name):
            return None
        if gender is not None and self._gender_of(named) not in (None, gender):
            return None
        return named

    def _described_words(self, m: SpeakerMention) -> _Antecedent | None:
        """'The French politician' (no actor of its own): the person named just before."""
        parse = self.doc.parse
        if parse is None or m.plural or m.person:
            return None
        i = _token_index(parse, m.head[0])
        if i < 0:
            return None
        head = parse[i]
        if (
            head.ent_type_ == "NORP"
            and head.tag_ == "NNP"
            and head.i > 0
            and parse[head.i - 1].lower_ == "the"
            and head.left_edge.i == head.i - 1
            and head.right_edge.i == head.i
        ):
            # 'the Republican said', 'the Democrat added': a party's or a nation's one
            # member is the person named just before
            return self._last_person(m.span[0])
        if not _definite_description(head, w=self.words) or head.ent_type_:
            return None
        words = [parse[j] for j in _tokens_between(parse, *m.span)]
        if any(
            (t.pos_ == "PROPN" and not _common_noun(t)) or t.ent_type_ == "PERSON" for t in words
        ):
            return None
        lemma = head.lemma_.lower()
        if _person_noun(head, w=self.words):
            if _restricted(head):
                # 'The homeless woman accused of driving onto the sidewalk', 'the man who
                # found her': a description its own clause restricts brings in someone new
                # (not one set off by a comma: 'The politician, who is said to ...')
                return None
            same = self._same_words_before(m.span[0], head)
            if same is not None:
                # 'according to an investigator ... "...," the investigator said': the
                # one the same noun brought in, unnamed, not a person named since
                return same
            return self._last_person(m.span[0], gender=self._noun_gender(head))
        sector = _sector_of(head)
        if sector is not None:
            # 'According to the Crisis Group, ... The think tank said': the institution of
            # that kind named just before
            found = self._last_institution(m.span[0], sector)
            if found is not None:
                return found
        if noun_kind(lemma) == "group" and len(words) == 2:
            # 'The Arab League condemned the strike. The league said ...', 'according to
            # the National Golf Foundation ... the group says': the body named just before
            found = self._body_before(m.span[0], head) or self._same_noun_spoke(m, head)
            if found is not None:
                return found
        if noun_kind(lemma) in ("text", "finding"):
            # 'The World Bank published a report ... The report said': who issued it
            # (the text stays the speaker, 'it' may stand for it; its code is the issuer's)
            publisher = self._publisher(head)
            if publisher is not None:
                return _Antecedent(
                    m.span[0], m.name, None, False, True, False, publisher.code, publisher.country
                )
        if noun_kind(lemma) == "finding":
            # 'according to the report': the report of the organisation or publication
            # named as a speaker just before ('CMGM ... reported that ...')
            return self._last_source(m.span[0])
        return None

    def _body_before(self, pos: int, head: Token) -> _Antecedent | None:
        """The organisation a bare definite noun for a body ('the group', 'the league')
        stands for: the last one named, outside quotations, in its sentence or the one
        before, whose name has that noun ('the Arab League' for 'the league'), or any
        named one for a noun every kind of body is called by ('the group', 'the
        organization': ``generic_body_nouns``); a state's body only with a role of its own
        ('the State Department' USAGOV, not 'China'). None when none is named there: a
        body named further back may be one the story has moved on from."""
        start = _window_start(head.sent)
        lemma = head.lemma_.lower()
        generic = lemma in self.words.generic_body_nouns
        i = bisect.bisect_left(self._org_pos, pos)
        named: list[_Antecedent] = []
        for c in reversed(self._orgs[max(0, i - 20) : i]):
            if c.pos < start:
                break
            a = c.actor
            if a is None or self._in_quote(c.pos) or self._in_said(c):
                continue
            if a.kind == "state" and len(a.code or "") <= 3:
                continue
            if not any(ch.isupper() for ch in c.name) or self._plural_mention(c):
                continue  # ('U.N. agencies' are several bodies: 'the group' is none of them)
            names = {x.lower() for x in re.findall(r"[A-Za-z]+", c.name)}
            if generic or lemma in names:
                named.append(c)
        # a subject first ('The foundation declined, telling Fox 35 that ...': not the
        # outlet it spoke to), else a source ('according to the National Golf Foundation')
        for c in named:
            if c.subject or self._according_to(c.pos):
                return c
        return None

    def _same_noun_spoke(self, m: SpeakerMention, head: Token) -> _Antecedent | None:
        """The speaker last resolved, in the sentence of a bare 'the campaign' ('the
        office') or the one before, whose own words had that head noun and a name
        ("Bernie Sanders' campaign says ... The campaign says", "Zelensky's office said
        ... The office said"): that speaker, its name and code; else None."""
        parse = head.doc
        start = _window_start(head.sent)
        for pos, at, speaker in reversed(self._spoke):
            if pos >= m.span[0]:
                continue
            if pos < start:
                return None
            i = _token_index(parse, at)
            if i < 0 or parse[i].lemma_.lower() != head.lemma_.lower():
                continue
            if not any(ch.isupper() for ch in speaker.name):
                return None  # (the same noun, with no name: nothing to tell)
            return _Antecedent(
                pos, speaker.name, None, False, True, False, speaker.code, speaker.country
            )
        return None

    def _head_sector(self, m: SpeakerMention) -> str | None:
        """The sector the head noun of the speaker's words names ('the company': BUS)."""
        parse = self.doc.parse
        i = -1 if parse is None else _token_index(parse, m.head[0])
        return None if parse is None or i < 0 else _sector_of(parse[i])

    def _plural_mention(self, c: _Antecedent) -> bool:
        """Whether the mention of an organisation at ``c.pos`` names several bodies: it
        ends in a plural noun, or only modifies one ('U.N. agencies')."""
        parse = self.doc.parse
        end = next((e for s, e in c.actor.mentions if s == c.pos), None) if c.actor else None
        if parse is None or end is None:
            return False
        toks = [parse[k] for k in _tokens_between(parse, c.pos, end)]
        if not toks:
            return False
        last = toks[-1]
        if last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i:
            last = last.head
        return last.tag_ in ("NNS", "NNPS")

    def _according_to(self, pos: int) -> bool:
        """Whether the name at ``pos`` is the object of 'according to'."""
        parse = self.doc.parse
        i = -1 if parse is None else _token_index(parse, pos)
        if parse is None or i < 0:
            return False
        tok: Token = parse[i]
        while tok.dep_ in ("compound", "det", "amod") and tok.head is not tok:
            tok = tok.head
        prep: Token = tok.head
        return bool(
            tok.dep_ == "pobj"
            and prep.lower_ == "to"
            and prep.i > 0
            and parse[prep.i - 1].lower_ == "according"
        )

    def _publisher(self, head: Token) -> Actor | None:
        """Who issued the text a definite description names ('the statement'): the owner
        of the last mention of the same noun before it, when close ("Brazil's ministry
        website", 'a report by the bank', 'the bank published a report'); None when that
        mention names none."""
        parse = head.doc
        lemma = head.lemma_.lower()
        for j in range(head.i - 1, -1, -1):
            t = parse[j]
            if head.idx - t.idx > _DESCRIPTION_REACH:
                return None
            if t.pos_ != "NOUN" or t.lemma_.lower() != lemma or self._in_quote(t.idx):
                continue
            if t.left_edge.i < t.i:  # its possessor or modifiers: "Brazil's ministry website"
                found = self._actor_at(t.left_edge.idx, parse[t.i - 1].idx + len(parse[t.i - 1]))
                if found is not None:
                    return found
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in self.words.publisher_prepositions:
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    if objs:
                        last = objs[0].right_edge
                        found = self._actor_at(objs[0].left_edge.idx, last.idx + len(last))
                        if found is not None:
                            return found
            if t.dep_ == "dobj":  # 'the bank published a report'
                subj = subject_of(t.head, w=self.words)
                if subj is not None:
                    return self._actor_at(subj.idx, subj.idx + len(subj))
            if (
                t.dep_ == "pobj"
                and t.head.lower_ in self.words.outlet_prepositions
                and t.head.head.pos_ == "VERB"
            ):
                # 'the army said in a statement': who spoke in it
                subj = subject_of(t.head.head, w=self.words)
                if subj is not None:
                    return self._actor_at(subj.idx, subj.idx + len(subj))
            return None
        return None

    def _last_source(self, pos: int, *, named: bool = True) -> _Antecedent | None:
        """The organisation or text (``named``: with a name) that last spoke before
        ``pos``, when close."""
        i = bisect.bisect_left(self._cands, pos, key=_position)
        for c in reversed(self._cands[max(0, i - 20) : i]):
            if pos - c.pos > _DESCRIPTION_REACH:
                return None
            if (c.name == c.name.lower() and named) or self._in_said(c):
                continue
            if c.subject and not c.person and not c.plural:
                if c.actor is None or c.actor.kind == "organization":
                    return c
        return None

    def _described_name(self, m: SpeakerMention) -> Speaker | None:
        """A name set off by a comma from the description the parser made a second
        subject of the cue ('The head of Lviv's police, Ana Kos said'; _subject_description):
        the named person speaks in the description's code and country (the name alone
        gives at most a country the story lent it), under the words of the name itself,
        not an entity the tagger ran over the comma ('Lviv, Ana Kos'); None when the
        description is coded by nothing or the person is known in a role of their own."""
        parse = self.doc.parse
        i = -1 if parse is None else _token_index(parse, m.head[0])
        if parse is None or i < 0:
            return None
        desc = _subject_description(parse[i])
        if desc is None or (dm := speaker_mention(desc, w=self.words)) is None:
            return None
        role = self._resolve(dm)
        if role is None or not role.code:
            return None
        actor = self._actor_at(*m.head)
        own = actor.id if actor is not None and actor.kind == "person" else None
        if (
            actor is not None
            and own
            and _role_of(actor.code, actor.country)
            and not _group_coded(role.code)
        ):
            # (a person known in a role of their own keeps it: 'Raila Odinga'; a post of an
            # international body the description names is theirs over the country the
            # story lent their title: 'The commander of the U.N. mission, General Ana Kos')
            return None
        return Speaker(m.name.rsplit(",", 1)[-1].strip(), role.code, role.country, own, m.span)

    def _prep_apposed(self, m: SpeakerMention) -> bool:
        """Whether the speaker's title has a person's name apposed to the object of its
        prepositional phrase (see _object_apposed_person)."""
        parse = self.doc.parse
        i = -1 if parse is None else _token_index(parse, m.head[0])
        if parse is None or i < 0:
            return False
        return any(
            c.dep_ == "prep" and _object_apposed_person(c) is not None for c in parse[i].rights
        )

    def _span_actor(self, m: SpeakerMention) -> Actor | None:
        """The actor of the speaker words, unless it is only named as the head's owner or
        institution: 'Obama's former strategist' is not Obama, 'his mother' not her son,
        'Tan Wei Ming, a fellow with the Singapore Institute' not Singapore."""
        actor = self._actor_at(*m.span)
        parse = self.doc.parse
        if actor is None or parse is None:
            return actor
        i = _token_index(parse, m.head[0])
        if i < 0:
            return actor
        for c in _apposed_people(parse[i]):
            # 'Bureau of Fisheries head Ana Silva': the person apposed to the title, not
            # the body that names it; through the title's phrase ('the head of the WFP,
            # Ana Silva') only when the person is coded for a post of their own, not by a
            # country the story lent them (the body's code is then the better one)
            person = self._actor_at(c.idx, c.idx + len(c))
            if person is None or person.kind != "person":
                continue
            if c.head.i == i or (
                _role_of(person.code, person.country)
                or (person.code or "")[:3] in _GROUP_PREFIXES
            ):
                return person
        owners = (
            owner_spans(parse[i], w=self.words)
            + example_spans(parse[i], w=self.words)
            + backed_spans(parse[i], w=self.words)
        )
        member = _affiliation(parse[i], w=self.words)
        if member is not None:
            first, last = member.left_edge, member.right_edge
            owners.append((first.idx, last.idx + len(last)))
        # 'people familiar with her thinking', 'sources close to Hale', 'aides who spoke to
        # Hale': whom the description relates them to is not them
        owners += _relating_spans(parse[i])
        for c in parse[i].children:
            if c.dep_ == "prep" and c.lower_ in self.words.speaker_place_prepositions:
                # 'a receptionist in Italy' is not Italy
                first, last = c.left_edge, c.right_edge
                owners.append((first.idx, last.idx + len(last)))
        if parse[i].pos_ == "PROPN" and (
            actor.kind != "person" or not any(s <= parse[i].idx < e for s, e in actor.mentions)
        ):
            # 'Ana Ruiz, head of the OIE's flu unit' (a name no tagger took for a person's),
            # 'Rex Early, the chairman of the Trump campaign': what the apposed title names
            # is theirs, not them
            for c in parse[i].children:
                if c.dep_ == "appos" and c.pos_ == "NOUN":
                    owners.append((c.left_edge.idx, c.right_edge.idx + len(c.right_edge)))
        inside = [(s, e) for s, e in actor.mentions if s < m.span[1] and m.span[0] < e]
        if inside and all(any(a <= s and e <= b for a, b in owners) for s, e in inside):
            return None
        return actor

    def _state_modifies_person(self, m: SpeakerMention, actor: Actor) -> bool:
        """Whether the state a description of a person was linked to is only named as a
        modifier of its noun ('one U.S. crew chief', 'U.S. Air Force fliers'): the person
        is not the state, though of its country (a spokesman-like title still speaks for
        it: 'a U.S. spokesman')."""
        parse = self.doc.parse
        if actor.kind != "state" or m.pronoun or parse is None:
            return False
        i = _token_index(parse, m.head[0])
        if i < 0 or self._actor_at(*m.head) is not None:
            return False
        head = parse[i]
        if head.pos_ != "NOUN" or head.lemma_.lower() in self.words.spokesperson_nouns:
            return False
        if noun_kind(head.lemma_.lower()) != "person" and not _people_ending(head, w=self.words):
            return False
        inside = [(s, e) for s, e in actor.mentions if s < m.span[1] and m.span[0] < e]
        if not inside:
            return False
        for s, _e in inside:
            j = _token_index(parse, s)
            if j < 0 or not _modifies_noun(parse[j], head):
                return False
        return True

    def _unresolved(self, m: SpeakerMention) -> Speaker | None:
        if self.keep_words and m.pronoun != "there":
            return Speaker(m.name, None, None, None, m.span)
        return None

    def _agent_words(self, m: SpeakerMention) -> bool:
        """Whether speaker words no actor covers still name someone: a name, a noun for
        people, a group, an organisation or a text ('analysts', 'the report'), or
        someone's ('his ex-wife'). Any word of the span may say so (the parser's head
        is not always the noun that names). A label before a colon names someone whatever
        its tags when all its words are capitalised ('Graham:', 'Sen. Tom Hale:'), not a
        phrase that only begins a sentence ('Then, the laugh line:')."""
        parse = self.doc.parse
        if parse is None or m.person:
            return True
        if m.label and all(
            w[:1].isupper() or not w[:1].isalpha()
            for w in self.doc.text[m.span[0] : m.span[1]].split()
        ):
            return True
        for i in _tokens_between(parse, *m.span):
            if _names_someone(parse[i], w=self.words):
                return True
        return False

    def _coded(self, speaker: Speaker, m: SpeakerMention) -> Speaker:
        """The speaker coded through its affiliation when the words give one.

        'a spokesman for Erdogan', 'China's U.N. ambassador', 'his mother': the
        spokesman, ambassador or mother speaks, as a member of what the possessor or
        the for-phrase names; the affiliation's country (or international group) comes
        first in the code, the speaker's own role stays. A named person keeps the
        affiliation given at any of their mentions ('Ochieng, an analyst at X' ...
        'Ochieng said'), and an organisation no table codes is coded by its own words.
        """
        parse = self.doc.parse
        if parse is None:
            return speaker
        i = _token_index(parse, m.head[0])
        if i < 0:
            return speaker
        if speaker.code is None and (role := _speaking_description(parse[i], w=self.words)):
            # 'Oleksandr Kovalenko, a soldier in a brigade who said ...': a name with no
            # code of its own speaks in the role of the description whose clause speaks
            described = self._actor_at(role.idx, role.idx + len(role))
            if described is not None and described.code:
                speaker = Speaker(
                    speaker.name, described.code, described.country, speaker.actor, speaker.span
                )
        owner = _affiliation(parse[i], w=self.words) or self._title_owner(parse[i])
        if owner is None and speaker.actor is None and not _role_of(speaker.code, speaker.country):
            # a name no actor holds: the institution its relative clause says it heads
            owner = _relative_affiliation(parse[i], w=self.words)
        kin = None
        if (
            owner is None
            and parse[i].lemma_.lower() in self.words.kin_nouns
            and speaker.code is None
        ):
            # 'his mother': a relative of a named person, one of that country's people.
            kin = next((c for c in parse[i].children if c.dep_ == "poss"), None)
            owner = kin
        actor = self.doc.actor(speaker.actor) if speaker.actor else None
        if owner is None and _bare_spokesman(parse[i], w=self.words):
            # 'The State Department urged restraint. "...," spokesman Matthew Miller said':
            # a spokesman named for no one speaks for the body that just spoke
            body = self._last_body(m.span[0])
            if (
                body is not None
                and not _role_of(body.code, body.country)
                and not _group_coded(body.code)
                and not _titled_by_noun(parse[i], w=self.words)
                and (found := self._own_code(body)) is not None
            ):
                # 'Halvorsen Shipping Ltd. posted a loss. A spokesman said ...': a body no
                # table codes (or only with the country the article lent it) speaks through
                # its spokesman in the code its own words give (a company's, BUS), in the
                # body's country, else placed later like the body itself
                code, country = found
                if country is None and body.country:
                    found = (body.country + (code or ""), body.country)
                return self._member(speaker, found, own=True)
            if body is not None and body.code:
                role = _role_of(speaker.code, speaker.country)
                if role and body.country and _titled_by_noun(parse[i], w=self.words):
                    # 'Police spokesman X' after the parliament voted: the title's own
                    # body (police, COP) in that country, not the parliament's role
                    return Speaker(
                        speaker.name, body.country + role, body.country, speaker.actor, speaker.span
                    )
                return self._member(speaker, (body.code, body.country))
        if (
            owner is None
            and _role_of(speaker.code, speaker.country) == "GOV"
            and (people := _speaks_for_people(parse[i], w=self.words)) is not None
            and (
                people.lemma_.lower() in self.words.kin_nouns
                or self._actor_at(people.idx, people.idx + len(people)) is None
            )
        ):
            # 'X, a spokesman for the Miami relatives': the roles table's GOV is only the
            # default of a spokesman named for no one; one for private people is theirs
            return Speaker(
                speaker.name, speaker.country, speaker.country, speaker.actor, speaker.span
            )
        if owner is None:
            if actor is not None and actor.kind == "person":
                found = self._affiliation_of(actor)
                if found is None and not _role_of(speaker.code, speaker.country):
                    found = self._outlet(parse[i])
                if actor.id in self._workplaces:
                    speaker = self._in_body(speaker, found)
                if actor.id in self._spokespeople and _sector_body(found):
                    return self._member(speaker, found, own=True)
                if found is None and actor.id in self._organisation_spokespeople:
                    # ('Lanan, a spokesman for the Kachin Independence Organization' ...
                    # 'he said'): the organisation's country, no government's role
                    return Speaker(
                        speaker.name, speaker.country, speaker.country, speaker.actor, speaker.span
                    )
                return self._member(speaker, found)
            if actor is not None and actor.kind == "organization" and actor.code is None:
                # 'the Australian Strategic Policy Institute wrote': its own words code it
                found = _institution(parse[i], w=self.words)
                words = actor.name.split()
                if found is None and words and words[-1].lower() in self.words.company_suffixes:
                    # 'Orlen Shipping Ltd. said': a name with a company's legal suffix
                    # is a company's (BUS, placed later in the article's country)
                    found = ("BUS", None)
                return self._member(speaker, found, own=True)
            return speaker
        if owner.pos_ == "PRON":
            if owner.lower_ not in _GENDER:
                return speaker
            # the person the actors linked the possessive to, else the resolver's own
            group: Actor | None
            linked = self._actor_at(owner.idx, owner.idx + len(owner))
            if linked is not None and linked.kind == "person":
                group = linked
            else:
                ante = self._antecedent(owner.idx, plural=False, gender=_GENDER[owner.lower_])
                group = ante.actor if ante is not None else None
        else:
            group = self._actor_at(owner.idx, owner.idx + len(owner))
        if kin is not None:
            if group is None or not group.country or group.id == speaker.actor:
                return speaker
            return Speaker(speaker.name, group.country + "CVL", group.country, None, speaker.span)
        found = self._group_code(owner, group, speaker.actor)
        if actor is not None and actor.kind == "person":
            found = self._or_title(found, parse[i], actor)
        if self._workplace(owner, group):
            speaker = self._in_body(speaker, found)
        if (
            group is not None
            and group.kind == "person"
            and _role_of(group.code, group.country)[:3] not in _STATE_ROLES
            and _title_phrase(parse[i]) & self.words.professional_titles
        ):
            # "Hale's attorney": a lawyer of a reporter or a businessman is no reporter or
            # businessman (a state's lawyer speaks for the state)
            return speaker
        if _speaks_for(owner, w=self.words):
            found = self._company(owner, found)
            if _sector_body(found):
                # 'a spokesman for the Red Cross', 'the archdiocese's spokeswoman': a
                # spokesperson has no role of their own (the roles table's GOV is only the
                # default of one named for no one); they speak in the body's own code
                return self._member(speaker, found, own=True)
            code, country = found if found is not None else (None, None)
            if (
                not _role_of(code, country)
                and not _group_coded(code)
                and _organisation_name(owner, w=self.words)
            ):
                # 'a spokesman for the Kachin Independence Organization', which no table
                # codes: a party's or an armed group's, in its country, not a government's
                country = country or speaker.country
                return Speaker(speaker.name, country, country, speaker.actor, speaker.span)
        return self._member(speaker, found)

    def _company(
        self, owner: Token, found: tuple[str | None, str | None] | None
    ) -> tuple[str | None, str | None] | None:
        """The code of a body a spokesperson speaks for ('a spokesman for Acme Corp.', 'a
        Twitter spokeswoman'): a name in capitals that no table codes with a role and none
        of whose words is a role, an institution noun or a public body's word ('the Kenya
        Tourist Office' is none) is a company's (BUS, in its country when known)."""
        code, country = found if found is not None else (None, None)
        if _role_of(code, country) or (code and code[:3] in _GROUP_PREFIXES):
            return found
        if owner.pos_ != "PROPN" or owner.ent_type_ not in ("ORG", "PRODUCT", ""):
            return found
        after = owner.doc[owner.i + 1] if owner.i + 1 < len(owner.doc) else None
        if (
            after is not None
            and after.pos_ == "NOUN"
            and after.lemma_.lower() not in self.words.represent_heads
        ):
            # 'Hale campaign spokesman Jo Lee': the name only says whose campaign (or
            # office, team) the body is; its own noun tells what it is
            return found
        known = self._actor_at(owner.idx, owner.idx + len(owner))
        if known is not None and _role_of(known.code, known.country):
            return found  # a body the actors know ('the White House spokesman': USAGOV)
        words = [t for t in owner.lefts if t.dep_ in ("compound", "flat")] + [owner]
        name = " ".join(t.text for t in words)
        if not _unknown_body(name, w=self.words):
            return found
        return ((country or "") + "BUS", country)

    def _group_code(
        self, owner: Token, group: Actor | None, member: str | None
    ) -> tuple[str | None, str | None] | None:
        """The code and country of what ``owner`` names: its actor's, else (an
        institution no table knows) the one its own words give; None when neither."""
        if group is not None and group.id == member:
            return None
        if group is not None and group.kind == "person" and group.code in (None, group.country):
            # "Green Horizon's director": the owner's own affiliation, when it has one
            found = self._affiliation_of(group)
            if found is not None:
                return found
        if group is not None and group.code is not None:
            if group.country is None and (home := self._home(group.mentions)) is not None:
                # 'Green Horizon, a Nairobi-based group' ... "Green Horizon's director"
                from ..actors.context import role_only

                if role_only(group.code):
                    return home + group.code, home
            return group.code, group.country
        if owner.pos_ == "PRON":
            return None
        found = _institution(owner, w=self.words)
        if (
            group is not None
            and group.kind == "organization"
            and group.country is None
            and (found is None or found[1] is None)
            and (home := self._home(group.mentions)) is not None
        ):
            # 'the Brussels-based trade group Windlift' ... "Windlift's CEO": where the
            # body is based is where its staff work, before the story's own country
            code = (found[0] or "") if found is not None else ""
            return (code if code.startswith(home) else home + code), home
        return found

    def _outlet(self, tok: Token) -> tuple[str | None, str | None] | None:
        """The code of the news outlet a person of no role writes in, on the person or on
        the cue ('Jo Hale wrote in The Daily Post', 'wrote Jo Hale in The Daily Post'),
        when the actors code it as media; else None."""
        holders = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [])
        for h in holders:
            for prep in h.children:
                if prep.dep_ != "prep" or prep.lower_ not in self.words.outlet_prepositions:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    # the outlet itself, not one named in the phrase ('in an interview
                    # with the Daily Post')
                    found = self._actor_at(obj.idx, obj.idx + len(obj))
                    if found is None or _role_of(found.code, found.country) != "MED":
                        continue
                    # (not a mention that began before the phrase: 'told reporters in
                    # Vienna' has the town, not the outlet, with the reporters before it)
                    if any(
                        s < obj.left_edge.idx and obj.idx < e for s, e in found.mentions
                    ):
                        continue
                    return found.code, found.country
        return None

    def _affiliation_of(self, actor: Actor) -> tuple[str | None, str | None] | None:
        """The code of the institution a named person is given at one of their mentions
        ('Ana Ruiz of the Brookings Institution'), the first that gives one."""
        if actor.id in self._affiliations:
            return self._affiliations[actor.id]
        self._affiliations[actor.id] = None  # (while it is looked for: no cycle)
        found: tuple[str | None, str | None] | None = None
        parse = self.doc.parse
        if parse is not None:
            named = {
                (s, e)
                for s, e in actor.mentions
                if any(
                    parse[j].pos_ == "PROPN" or parse[j].ent_type_
                    for j in _tokens_between(parse, s, e)
                )
            }
            coded = bool(named and actor.country and _role_of(actor.code, actor.country))
            for s, e in sorted(actor.mentions):
                if self._in_quote(s):
                    continue
                toks = [parse[j] for j in _tokens_between(parse, s, e)]
                if coded and (s, e) not in named:
                    # ('leader', 'the president'): a description the actors linked to a
                    # person they coded by name is no affiliation of that person's own
                    continue
                heads = [t for t in toks if not (s <= t.head.idx < e) or t.head.i == t.i]
                owner = (
                    (_affiliation(heads[-1], w=self.words) or self._title_owner(heads[-1]))
                    if heads
                    else None
                )
                if owner is None and heads and not _role_of(actor.code, actor.country):
                    # a person of no role of their own: the institution a relative
                    # clause says they head or work in (not a governor's party post)
                    owner = _relative_affiliation(heads[-1], w=self.words)
                if owner is None and heads and heads[-1].ent_type_ == "PERSON":
                    # 'a Belgian national, Luc Aerts', 'Aerts, a Belgian citizen'
                    country = _nationality(heads[-1], self._state_country)
                    if country is not None:
                        found = (country, country)
                        break
                    found = self._apposed_title(heads[-1], actor) or self._title_before(
                        heads[-1], actor, s
                    )
                    if found is not None:
                        break
                if owner is None or owner.pos_ == "PRON":
                    continue
                group = self._actor_at(owner.idx, owner.idx + len(owner))
                found = self._group_code(owner, group, actor.id)
                found = self._or_title(found, heads[-1], actor)
                if _speaks_for(owner, w=self.words):
                    found = self._company(owner, found)
                    if found is None and _organisation_name(owner, w=self.words):
                        self._organisation_spokespeople.add(actor.id)
                if found is not None:
                    if self._workplace(owner, group):
                        self._workplaces.add(actor.id)
                    if _speaks_for(owner, w=self.words):
                        self._spokespeople.add(actor.id)
                    break
        self._affiliations[actor.id] = found
        return found

    def _apposed_title(self, tok: Token, actor: Actor) -> tuple[str | None, str | None] | None:
        """The code of a title apposed to a name that the actors coded as a person of its
        own ('Ann Lee, a representative from Ohio', 'Tom Hale, the province's environment
        minister'): the role it gives, when it gives one and is no title of any body."""
        for c in tok.children:
            if c.dep_ != "appos" or c.lemma_.lower() in self.words.kin_nouns:
                continue
            if c.pos_ != "NOUN" and (c.pos_ != "PROPN" or c.ent_type_):
                continue  # (a capitalised title, 'Vice Minister of Health', is no entity)
            title = self._actor_at(c.idx, c.idx + len(c))
            if title is None or title.id == actor.id or not title.code:
                continue
            role = _role_of(title.code, title.country)
            if _title_phrase(c) & self.words.generic_titles and _body_title(c) != role[:3]:
                continue  # 'the club's president': whose title it is tells (_affiliation)
            if role and (actor.country is None or title.country in (None, actor.country)):
                return title.code, title.country
        return None

    def _title_before(
        self, tok: Token, actor: Actor, start: int
    ) -> tuple[str | None, str | None] | None:
        """The code of a title the parser hung before a name that the actors coded as a
        person of its own ("Egypt's Minister of Health Ana Ruiz", 'Member of Parliament Ana
        Ruiz'): a title of a state's office (government, forces, police, courts, legislature)
        names the person it precedes, in its own country when it names one; a post whose
        words (or whose possessor: "Amnesty International's Kenya director Ana Ruiz") name
        an international body or group the actors code ('WHO Africa regional director Ana
        Ruiz', the organisation tagged as no name) is that body's, at every mention of the
        person ('Ruiz said')."""
        stack = [tok]
        if tok.dep_ == "appos" and tok.head.i < tok.i:
            stack.append(tok.head)  # 'Minister of Health Ana Ruiz' with the title as head
        chain: list[Token] = []
        owners: list[Token] = []
        while stack:
            # (the title may hang on a given name the actors left out: 'Minister' on 'Hatem')
            c = stack.pop()
            stack.extend(g for g in c.children if g.i < c.i and g.dep_ in ("nmod", "compound"))
            if c is not tok and c.pos_ == "NOUN":
                # ("Amnesty International's Kenya director Ana Ruiz": whose post it is, a
                # body below, never a person whose office it would be)
                owners.extend(g for g in c.children if g.i < c.i and g.dep_ == "poss")
            if c is tok or c.idx >= start or c.ent_type_ in ("PERSON", "GPE", "NORP"):
                continue
            chain.append(c)
            title = self._actor_at(c.idx, c.idx + len(c))
            if title is None or title.id == actor.id or title.kind != "person":
                continue
            role = _role_of(title.code, title.country)
            if role[:3] in _STATE_BODIES | _STATE_ROLES:
                return title.code, title.country or actor.country
            if (title.code or "")[:3] in _INTERNATIONAL_PREFIXES:
                # the actors coded the body with its title ('UNICEF Executive Director
                # Ana Ruiz': IGOKID with a company's BUS for 'director'): the person
                # works for that body, in its code, not in the title's guessed role
                return _prefix(title.code, title.country), title.country
        if not any(t.pos_ == "NOUN" and _names_a_post(t, w=self.words) for t in chain):
            return None
        for c in chain + [t for o in owners for t in o.subtree if t.idx < start]:
            body = self._actor_at(c.idx, c.idx + len(c))
            if (
                body is not None
                and body.kind in ("organization", "group")
                and (body.code or "")[:3] in _GROUP_PREFIXES
            ):
                return body.code, body.country
        return None

    def _title_owner(self, tok: Token) -> Token | None:
        """The possessor of a title apposed to a name, when whose title it is codes the
        speaker: an organisation or state, or a person in a state's service ("Mr. Obama's
        adviser"); not a candidate's or a senator's campaign staff ("Ms. Hale's state
        director", whom the possessor's code would make a businessman or a legislator)."""
        owner = _apposed_owner(tok, w=self.words)
        if owner is None:
            return self._named_title_body(tok)
        group = self._actor_at(owner.idx, owner.idx + len(owner))
        if group is None or group.kind != "person":
            return owner
        if owner.head.dep_ != "appos":
            return None  # a person's unit ("strategist of Obama's campaign") is no state's
        role = _role_of(group.code, group.country)
        return owner if role[:3] in _STATE_ROLES else None

    def _named_title_body(self, tok: Token) -> Token | None:
        """The organisation a title apposed to a name names in front of itself or of its
        unit ('Ana Ruiz, a UNICEF spokeswoman', 'X, a WHO official in Geneva', 'X, an MSF
        emergency coordinator', 'X, head of MSF operations in Gaza'), when the actors code
        it as a body (an international organisation, a group, a company): the person works
        for it, wherever the title places them."""
        if tok.ent_type_ != "PERSON" and not (tok.pos_ == "PROPN" and not tok.ent_type_):
            return None
        for h in tok.children:
            if h.dep_ != "appos" or h.lemma_.lower() in self.words.kin_nouns:
                continue
            if h.pos_ != "NOUN" and (h.pos_ != "PROPN" or h.ent_type_):
                continue
            if not _names_a_post(h, w=self.words) or any(
                _FORMER.match(c.text) for c in h.children if c.i < h.i
            ):
                continue  # (a former post names no body the person speaks for now)
            heads = [h] + [
                g
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj" and g.pos_ == "NOUN"
            ]
            stack = [c for t in heads for c in t.children if c.dep_ == "compound" and c.i < t.i]
            while stack:
                c = stack.pop()
                stack.extend(g for g in c.children if g.dep_ == "compound" and g.i < c.i)
                if c.pos_ != "PROPN" or c.ent_type_ in ("PERSON", "GPE", "LOC"):
                    continue
                body = self._actor_at(c.idx, c.idx + len(c))
                if body is None or not body.code or body.kind == "state":
                    continue
                if body.kind != "person" or (
                    # (the title the actors coded with the body: 'WHO official' IGOWHO...)
                    body.code[:3] in _GROUP_PREFIXES
                    and not any(s <= tok.idx < e for s, e in body.mentions)
                ):
                    return c
        return None

    def _or_title(
        self, found: tuple[str | None, str | None] | None, name: Token, actor: Actor
    ) -> tuple[str | None, str | None] | None:
        """An owner's code, or when it gives no role ("Jo Lee, Acme's chief executive", Acme
        of no known sector) the role of the title apposed to the name, in its country."""
        if (found is not None and _role_of(*found)) or name.ent_type_ != "PERSON":
            return found
        titled = self._apposed_title(name, actor)
        if titled is None or (found is not None and titled[1] not in (None, found[1])):
            return found
        return titled

    @staticmethod
    def _workplace(owner: Token, group: Actor | None) -> bool:
        """Whether an affiliation is an organisation a title is held in ('president of the
        Tenants Union', 'director at a rights group'), not a person or a state."""
        return (
            owner.head.dep_ == "prep"
            and _institution_like(owner)
            and (group is None or group.kind == "organization")
        )

    @staticmethod
    def _in_body(speaker: Speaker, found: tuple[str | None, str | None] | None) -> Speaker:
        """A speaker whose title is held in an organisation coded ``found``: the title
        gave a government role (a president, a director) that a body of another sector
        is not, so that sector replaces it."""
        if found is None or _role_of(speaker.code, speaker.country) != "GOV":
            return speaker
        gcode, gcountry = found
        if gcode and gcode[:3] in _GROUP_PREFIXES and gcode != "NGO":
            return speaker  # an international body: the member takes its code (_member)
        role = "NGO" if gcode == "NGO" else _role_of(gcode, gcountry)
        if not role or role.startswith("GOV"):
            return speaker  # a body of no known sector may be a government's ('a Service')
        country = gcountry or speaker.country
        return Speaker(
            speaker.name, (country or "") + role or None, country, speaker.actor, speaker.span
        )

    @staticmethod
    def _member(
        speaker: Speaker, group: tuple[str | None, str | None] | None, *, own: bool = False
    ) -> Speaker:
        """``speaker`` as a member of a group with that code and country: the group's
        country (or international prefix) first, the speaker's own role kept."""
        if group is None:
            return speaker
        from ..actors.context import role_only

        gcode, gcountry = group
        role = "" if own else _role_of(speaker.code, speaker.country)
        if gcode and gcode[:3] not in _GROUP_PREFIXES and _role_of(gcode, gcountry):
            # a body with a role of its own ('a spokesman for the Taliban', 'the army's
            # spokesman'): the member speaks in the group's role (a bare role is placed
            # later, like the group's own)
            if gcountry or role_only(gcode):
                role = ""
        if not role:
            # no role of its own (or a country the article lent it): the group's code
            if gcountry is None and speaker.country and role_only(gcode):
                # (a body of no known country: the sector in the speaker's country)
                code = speaker.country + (gcode or "")
                return Speaker(speaker.name, code, speaker.country, speaker.actor, speaker.span)
            return Speaker(speaker.name, gcode, gcountry, speaker.actor, speaker.span)
        prefix = _prefix(gcode, gcountry)
        if prefix is None or prefix == gcode == "NGO":
            return speaker  # an NGO of no known country leaves a role and country as they are
        code = prefix + role if not role.startswith(prefix) else prefix
        country = gcountry if gcountry else speaker.country
        return Speaker(speaker.name, code, country, speaker.actor, speaker.span)

    def _description_of(self, actor: Actor) -> _Antecedent | None:
        """The named person (or organisation) an unnamed actor describes.

        Only a description with no name of its own counts: in apposition to a named
        person ('Jones, a former official'), or definite ('the former minister', 'the
        charity') after a person (organisation) named as a subject just before it. The
        actor's first mention is read (see _description_near for later ones).
        """
        if not actor.mentions:
            return None
        return self._description_at(actor, min(actor.mentions))

    def _description_near(self, actor: Actor, at: Span) -> _Antecedent | None:
        """The organisation named as a subject in the sentence of, or the sentence
        before, the mention of an unnamed organisation in the speaker's words ``at`` ('Acme
        Corp. cut jobs. The company said ...'), when its first mention described none.

        The actors join every 'the company' of a story into one actor, and the first may
        come before any company is named (a headline, a lead), or a business brief names
        several companies in turn: each later 'the company' is then the company named
        just before it. Only the sentence before is searched: further back, a company
        the story names in passing (an analyst's firm, a rival) is as likely."""
        parse = self.doc.parse
        # (its mention in the speaker's words: none in 'some Democrats' for the party)
        mention = max((x for x in actor.mentions if x[0] < at[1] and at[0] < x[1]), default=None)
        if parse is None or mention is None or mention == min(actor.mentions):
            return None
        found = self._description_at(actor, mention)
        if found is None or found.actor is None or found.actor.kind != "organization":
            return None  # (a people, 'the American automakers', is no company)
        i = _token_index(parse, mention[0])
        if i < 0:
            return None
        return found if found.pos >= _window_start(parse[i].sent) else None

    def _description_at(self, actor: Actor, first: Span) -> _Antecedent | None:
        """The named person or organisation the actor's mention ``first`` describes
        (see _description_of)."""
        key = (actor.id, first[0])
        if key in self._described:
            return self._described[key]
        found: _Antecedent | None = None
        parse = self.doc.parse
        if actor.kind != "state" and parse is not None:
            toks = [parse[i] for i in _tokens_between(parse, *first)]
            named = any(
                parse[i].ent_type_ == "PERSON"
                for s, e in actor.mentions
                for i in _tokens_between(parse, s, e)
            )
            heads = [t for t in toks if not (first[0] <= t.head.idx < first[1]) or t.head is t]
            if toks and heads and not named:
                head = heads[-1]
                if (
                    actor.kind == "person"
                    and head.dep_ == "appos"
                    and head.head.ent_type_ == "PERSON"
                ):
                    found = self._person_at(head.head.idx)
                elif actor.kind == "person" and _apposed_people(head):
                    # 'the court's president, Judge Ana Silva': the name apposed to it
                    name = _apposed_people(head)[0]
                    found = self._person_at(name.idx, besides=actor)
                elif actor.kind == "person" and (name := self._apposed_name(head)) is not None:
                    # 'a protection officer, Ana Silva' with the name taken for an
                    # organisation's: the name still names the officer
                    found = _Antecedent(
                        name[0], self.doc.text[name[0] : name[1]], None, False, True
                    )
                elif (
                    _definite_description(head, w=self.words)
                    and actor.kind in ("person", "organization")
                    and not any(t.pos_ == "PROPN" for t in toks)
                ):
                    # 'the former minister', 'the charity' with nothing of its own ('the
                    # ministry's spokesman' is someone else): the one named just before.
                    # (a former office is no role now: 'the former minister' may be
                    # an opposition leader)
                    same = self._same_noun_before(first[0], head, actor)
                    if same is not None:
                        # 'A senior diplomat said ... "...," the diplomat said': the one the
                        # same noun described before, not a person named since
                        self._described[key] = same
                        return same
                    role = _role_of(actor.code, actor.country)
                    if role == "ELI" or _FORMER.search(
                        self.doc.text[head.left_edge.idx : first[1]]
                    ):
                        role = ""
                    ante = (
                        self._last_person(
                            first[0],
                            role,
                            gender=self._noun_gender(head),
                            country=_country_in(toks) if role[:3] in _STATE_ROLES else None,
                        )
                        if actor.kind == "person"
                        else self._last_organisation(first[0], actor, country=_country_in(toks))
                    )
                    if ante is not None and (ante.actor is None or ante.actor.id != actor.id):
                        found = ante
        self._described[key] = found
        return found

    def _speaking_state(self, actor: Actor, m: SpeakerMention) -> str | None:
        """The country of the state last named as the subject of what it said before a
        definite description of one of a state's bodies that names no state ('Ukraine
        said ... "...," the ministry said': Ukraine's ministry), or of one of that state's
        bodies ("Ukraine's air force said"), when close; else None."""
        parse = self.doc.parse
        roles = self.words.state_body_roles
        if (
            parse is None
            or actor.kind != "organization"
            or _role_of(actor.code, actor.country).lower() not in roles
        ):
            return None
        toks = [parse[k] for s, e in actor.mentions for k in _tokens_between(parse, s, e)]
        if not toks or any(t.pos_ == "PROPN" or t.ent_type_ for t in toks):
            return None  # a named body, or one a country word names
        heads = [parse[k] for k in _tokens_between(parse, *m.head)]
        if not heads or not _definite_description(heads[-1], w=self.words):
            return None
        i = bisect.bisect_left(self._org_pos, m.span[0])
        for c in reversed(self._orgs[max(0, i - 20) : i]):
            if m.span[0] - c.pos > _DESCRIPTION_REACH:
                return None
            if c.actor is None or not c.subject:
                continue
            end = c.pos + len(c.name)
            if _reported_subject(parse, c.pos, end):
                continue
            own = _role_of(c.actor.code, c.actor.country).lower()
            if c.actor.country is None or not (
                c.actor.kind == "state" or (c.actor.kind == "organization" and own in roles)
            ):
                return None  # a group or a private body spoke last: no state's body
            span = next(((s, e) for s, e in c.actor.mentions if s == c.pos), None)
            if span is None:
                return None
            verbs = {parse[k].head for k in _tokens_between(parse, *span)}
            if any(v.pos_ == "VERB" and default_cues().verb(v.lemma_) for v in verbs):
                return c.actor.country
            return None
        return None

    def _same_noun_before(self, pos: int, head: Token, actor: Actor) -> _Antecedent | None:
        """The person last described before ``pos`` by a noun phrase of the same head noun
        as a definite description's (an anaphor repeats its antecedent's noun: 'a senior
        diplomat' ... 'the diplomat'), when close; that person's own name when the
        description has one ('Ana Ruiz, a spokeswoman'); else None."""
        parse = self.doc.parse
        if parse is None or actor.kind != "person":
            return None
        # an ordinal tells which of several so described ('a law enforcement official ...
        # another ... the first official'): no modifier of the antecedent's own, and
        # 'first' is the one described first
        ordinals = [t for t in head.lefts if t.ent_type_ == "ORDINAL" and t.dep_ == "amod"]
        first = any(t.lower_ == "first" for t in ordinals)
        found: _Antecedent | None = None
        i = bisect.bisect_left(self._cands, pos, key=_position)
        # ('the first official' goes back to the first, however far)
        for c in reversed(self._cands[0 if first else max(0, i - 20) : i]):
            if pos - c.pos > _DESCRIPTION_REACH and not first:
                break
            if c.actor is None or c.actor.id == actor.id or c.actor.kind != "person":
                continue
            end = next((e for s, e in c.actor.mentions if s == c.pos), None)
            if end is None:
                continue
            toks = [parse[k] for k in _tokens_between(parse, c.pos, end)]
            heads = [t for t in toks if not (c.pos <= t.head.idx < end) or t.head is t]
            if not heads or heads[-1].pos_ != "NOUN" or heads[-1].lemma_ != head.lemma_:
                continue
            # its own modifiers must be the antecedent's ('the Greek minister' is no
            # 'Turkey's foreign minister')
            # (the antecedent's words before its noun, when the actors' mention is the
            # noun alone: 'a law enforcement official')
            said = {
                t.lemma_.lower()
                for t in (*toks, *heads[-1].doc[heads[-1].left_edge.i : heads[-1].i])
            }
            if any(
                t.dep_ in ("amod", "compound", "nmod", "poss")
                and t.lemma_.lower() not in said
                and t not in ordinals
                for t in head.lefts
            ):
                continue
            found = self._description_of(c.actor) or c
            if not first:
                break
        return found

    def _same_words_before(self, pos: int, head: Token) -> _Antecedent | None:
        """An indefinite noun phrase no actor names ('an investigator quoted by the
        paper') with the head noun of the definite description at ``pos`` ('the
        investigator') and none of its modifiers missing, outside quotations and close
        before it; else None."""
        doc = head.doc
        ordinals = {t.i for t in head.lefts if t.ent_type_ == "ORDINAL"}
        mods = [
            t.lemma_.lower()
            for t in head.lefts
            if t.dep_ in ("amod", "compound", "nmod") and t.i not in ordinals
        ]
        for t in reversed(doc[: head.left_edge.i]):
            if pos - t.idx > _DESCRIPTION_REACH:
                return None
            if t.lemma_ != head.lemma_ or t.pos_ != "NOUN" or t.tag_ == "NNS":
                continue
            first = t.left_edge
            if first.lower_ not in ("a", "an", "one", "another") or self._in_quote(t.idx):
                continue
            words = doc[first.i : t.i + 1]
            if any(x.ent_type_ == "PERSON" or x.pos_ == "PROPN" for x in words):
                continue
            said = {x.lemma_.lower() for x in words}
            if any(mod not in said for mod in mods):
                continue
            end = t.idx + len(t)
            if self._actor_at(first.idx, end) is not None:
                return None  # (a described person the actors know: theirs to link)
            return _Antecedent(first.idx, doc.text[first.idx : end], None, False, True)
        return None

    def _apposed_name(self, head: Token) -> Span | None:
        """The span of a name in capitals apposed to a noun for a person that the tagger
        did not take for a person's ('an aid officer, Ana Silva' as an ORG), when no table
        codes it as an organisation."""
        if not (noun_kind(head.lemma_.lower()) == "person" or _people_ending(head, w=self.words)):
            return None
        for c in head.children:
            if c.dep_ != "appos" or c.pos_ != "PROPN" or c.ent_type_ not in ("ORG", ""):
                continue
            words = [t for t in c.subtree if not t.is_punct]
            if not words or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
                return None
            span = (words[0].idx, words[-1].idx + len(words[-1]))
            known = self._actor_at(*span)
            if known is not None and known.code:
                return None
            return span
        return None

    def _last_body(self, pos: int) -> Actor | None:
        """The organisation, state or state's body ('Afghan officials', not 'gunmen') last
        named as a subject in the two sentences before the one at ``pos``, or in it; not
        one named as the subject of what someone else reports ('An official said Islamabad
        backed the talks. Spokesman X said ...': not Islamabad's spokesman)."""
        n = self.doc.sentence_of(pos)
        parse = self.doc.parse
        if n < 0 or parse is None:
            return None
        lo = self.doc.sentences[max(0, n - 2)][0]
        i = bisect.bisect_left(self._org_pos, pos)
        for c in reversed(self._orgs[max(0, i - 20) : i]):
            if c.pos < lo:
                return None
            if (
                c.subject
                and c.actor is not None
                and (c.actor.kind in ("organization", "state") or _states_body(c.actor))
                and not _reported_subject(parse, c.pos, c.pos + len(c.name))
            ):
                return c.actor
        return None

    def _own_code(self, body: Actor) -> tuple[str | None, str | None] | None:
        """The code an organisation no table codes gets from its own words, as when it
        speaks itself: the sector and country its name tells ('the Ruiz Foundation'
        NGO), else a company's (BUS) for a name with a company's legal suffix or a name
        in capitals with no role or institution word ('Halvorsen Shipping Ltd.',
        'Crossland'); None when its words tell neither."""
        parse = self.doc.parse
        if body.kind != "organization" or parse is None:
            return None
        for s, e in body.mentions:
            toks = [parse[j] for j in _tokens_between(parse, s, e)]
            inside = {t.i for t in toks}
            heads = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
            if len(heads) == 1 and (found := _institution(heads[0], w=self.words)) is not None:
                return found
        words = body.name.split()
        if words and (
            words[-1].lower() in self.words.company_suffixes
            or _unknown_body(body.name, w=self.words)
        ):
            return ("BUS", None)
        return None

    def _named_company(self, body: Actor) -> bool:
        """Whether an organisation no table gives a sector is a company by its own words: a
        name with a company's legal suffix ('Sotheby's Holdings Inc.') or a name in
        capitals with no role or institution word ('Westar Energy')."""
        words = body.name.split()
        return bool(words) and (
            words[-1].lower() in self.words.company_suffixes
            or _unknown_body(body.name, w=self.words)
        )

    def _last_institution(self, pos: int, sector: str) -> _Antecedent | None:
        """The organisation of a sector last named before ``pos``, when close (a think tank
        and a research group are one kind: EDU and NGO)."""
        kind = _SECTOR_KINDS.get(sector, sector)
        i = bisect.bisect_left(self._org_pos, pos)
        for c in reversed(self._orgs[max(0, i - 20) : i]):
            if pos - c.pos > _DESCRIPTION_REACH:
                return None
            if c.actor is None or c.actor.kind != "organization":
                continue
            code = c.actor.code or ""
            if kind in {_SECTOR_KINDS.get(x, x) for x in code_chunks(code)}:
                return c
            if kind == "BUS" and len(code) <= 3 and self._named_company(c.actor):
                # 'Westar Energy said ... The utility said': a body in capitals no table
                # knows, of no sector its name tells, is the company a noun for one means
                return c
        return None

    def _last_organisation(
        self, pos: int, actor: Actor, country: str | None = None
    ) -> _Antecedent | None:
        """The organisation or group last named as a subject before ``pos``, when close.

        ``country``: the state the description names itself ('the Ukrainian military'):
        a body of another state is not what it describes ('The Russian military said ...
        The Ukrainian military said ...' names two armies, not one twice)."""
        i = bisect.bisect_left(self._org_pos, pos)
        for c in reversed(self._orgs[max(0, i - 20) : i]):
            if pos - c.pos > _DESCRIPTION_REACH:
                return None
            if c.actor is None or c.actor.kind == "state" or c.actor.id == actor.id:
                continue
            if country is not None and c.actor.country not in (None, country):
                continue
            # 'the charity' (NGO) is Doctors Without Borders (NGOMSF), not the EU (IGOEEC);
            # 'the opposition' (KENOPP) is no Kenyan group of another role (KENCVL)
            code, other = actor.code or "", c.actor.code or ""
            role = _role_of(code, actor.country)
            same = other.startswith(code) or (
                other[:3] == code[:3]
                if code[:3] in _GROUP_PREFIXES
                else _role_of(other, c.actor.country).startswith(role)
            )
            if (
                role == "BUS"
                and not _role_of(other, c.actor.country)
                and self._named_company(c.actor)
            ):
                # 'the company' after a body in capitals no table knows ('Acme Power') or
                # one whose legal suffix says it is a company ('Acme Holdings Inc.')
                same = True
            if code and not same:
                continue
            if c.subject and any(ch.isupper() for ch in c.name):
                return c
        return None

    def _noun_gender(self, head: Token) -> str | None:
        """The gender a description's noun tells ('the congresswoman', 'the woman': f;
        'the spokesman': m), else None."""
        lemma = head.lemma_.lower()
        if lemma in self.words.female_role_words or head.lower_ in self.words.female_role_words:
            return "f"
        if lemma in self.words.male_role_words or head.lower_ in self.words.male_role_words:
            return "m"
        return None

    def _last_person(
        self, pos: int, role: str = "", gender: str | None = None, country: str | None = None
    ) -> _Antecedent | None:
        """The person last named as a subject before ``pos``, when close (a few sentences);
        with the ``role`` a description gives ('the governor': GOV), not one known in
        another role (a senator, LEG); of the ``gender`` its noun tells ('the woman'), not
        one known to be of the other; of the ``country`` its words name ('the Russian
        foreign minister'), not one known to be another's ('President Clinton')."""
        i = bisect.bisect_left(self._cands, pos, key=_position)
        parse = self.doc.parse
        for c in reversed(self._cands[max(0, i - 20) : i]):
            if pos - c.pos > _DESCRIPTION_REACH:
                return None
            if not (c.person and c.subject and not c.plural and any(ch.isupper() for ch in c.name)):
                continue
            if self._in_said(c):
                continue
            if parse is not None and _reported_subject(parse, c.pos, c.pos + len(c.name)):
                # ('Hale said Ruiz had lied. The senator added ...': the one reporting)
                continue
            own = _role_of(c.actor.code, c.actor.country) if c.actor is not None else ""
            if (
                role
                and own
                and not own.startswith(role)
                and not role.startswith(own)
                and not own.endswith(role)  # (a group's own office: 'a Hezbollah official')
            ):
                continue
            if gender is not None and self._gender_of(c) not in (None, gender):
                continue
            held = c.actor.country if c.actor is not None else c.country
            if country is not None and held is not None and held != country:
                continue
            return c
        return None

    def _person_at(self, pos: int, besides: Actor | None = None) -> _Antecedent | None:
        """The person named at ``pos`` (not ``besides``, the title the name is apposed to)."""
        i = bisect.bisect_right(self._cands, pos, key=_position) - 1
        for c in reversed(self._cands[max(0, i - 3) : i + 2]):
            if besides is not None and c.actor is not None and c.actor.id == besides.id:
                continue
            if c.pos <= pos < c.pos + len(c.name) + 40 and any(ch.isupper() for ch in c.name):
                return c
        return None

    def _organisation(self, pos: int, *, outlets: bool = True) -> _Antecedent | None:
        """The organisation, group or state 'it' (or an unresolved 'they', not a news
        outlet with ``outlets`` False) stands for."""
        i = bisect.bisect_left(self._org_pos, pos)
        window = [
            c for c in self._orgs[max(0, i - 40) : i] if pos - c.pos < 1500 and not self._in_said(c)
        ]
        for c in reversed(window):
            if not outlets and c.actor is not None and "MED" in c.actor.sectors:
                continue
            if c.subject:
                return c
        return None

    def _antecedent(
        self, pos: int, *, plural: bool, gender: str | None = None
    ) -> _Antecedent | None:
        i = bisect.bisect_left(self._cands, pos, key=_position)
        window = [
            c
            for c in self._cands[max(0, i - 40) : i]
            if pos - c.pos < 2000 and not self._in_said(c)
        ]
        if plural:
            for c in reversed(window):
                if c.plural and c.subject:
                    return c
            return None
        if gender is not None:
            # A person known to be of the other gender is not 'he'/'she'.
            window = [c for c in window if self._gender_of(c) in (None, gender)]
        people = [c for c in window if c.person and not c.plural and c.subject and not c.joint]
        if people:
            last = people[-1]
            parse = self.doc.parse
            if parse is not None and _reported_subject(parse, last.pos, last.pos + len(last.name)):
                # 'Hale said that Ruiz had won. He added ...': the one reporting, named as the
                # subject of the same sentence, before the one reported on
                n = self.doc.sentence_of(last.pos)
                for c in reversed(people[:-1]):
                    if self.doc.sentence_of(c.pos) != n:
                        break
                    if _reported_subject(parse, c.pos, c.pos + len(c.name)):
                        continue
                    if gender == "f" and self._gender_of(c) is None and self._gender_of(last):
                        break  # ('Tom Hale said Ms. Ruiz had won. She added ...': Ruiz)
                    return c
            return last
        for c in reversed(window):
            if c.person and not c.plural and not c.joint and pos - c.pos < 600:
                return c
        return None

    def _gender_of(self, c: _Antecedent) -> str | None:
        """The gender of a candidate: its actor's, else its surname's as the text tells."""
        if c.actor is not None:
            return self._actor_gender(c.actor)
        return self._given_gender(c.name) or self._gender.get(_surname(c.name))

    def _actor_gender(self, actor: Actor, *, learned: bool = True) -> str | None:
        """A person's gender as the text tells it: the titles before their mentions
        ('Mrs. Tan', 'Mr. Tan') when they agree, else (``learned``) what is learnt for
        their surname. ('Clinton' may be Mr. and Mrs. in one article; the title at this
        person's mentions tells which one; what the pronouns taught of a surname may be
        of a husband's.)"""
        titles = set(self._mention_titles(actor.mentions))
        if len(titles) == 1:
            return titles.pop()
        if titles:
            return None
        given = self._given_gender(actor.name)
        if given is not None or not learned:
            return given
        return self._gender.get(_surname(actor.name))

    def _mention_titles(self, mentions: tuple[Span, ...]) -> frozenset[str]:
        """The genders the titles at these mentions tell (read once per set of mentions:
        the speakers' rules ask for a person's gender many times)."""
        got = self._titles_of.get(mentions)
        if got is None:
            text = self.doc.text
            titles = set()
            for s, e in mentions:
                # the mention's first word, or the word just before it ('Mrs.' + 'Tan')
                for word in (*text[s:e].split()[:1], *text[max(0, s - 6) : s].split()[-1:]):
                    if word.lower() in _TITLE_GENDER:
                        titles.add(_TITLE_GENDER[word.lower()])
            got = self._titles_of[mentions] = frozenset(titles)
        return got

    def _given_gender(self, name: str) -> str | None:
        """A full name's gender by its given name ('Rick Lazio' is no 'she', 'Ana Ruiz' no
        'he'; names borne by both are in neither list), else None."""
        words = name.lower().split()
        if len(words) < 2:
            return None
        if words[0] in self.words.female_given_names:
            return "f"
        return "m" if words[0] in self.words.male_given_names else None

    def _full_name(self, name: str, pos: int) -> _Antecedent | None:
        key = name.lower()
        # the surname; else a family name written first ('Tan Wei Ming'); else the first of
        # two family names ('Ana Acosta Febo' ... 'Ms. Acosta')
        for word in (-1, 0, -2):
            best: _Antecedent | None = None
            for c in self._full_names:
                words = c.name.split()
                if word == -2 and (len(words) < 3 or not words[-2][:1].isupper()):
                    continue
                if words[word].lower() == key:
                    if c.pos < pos:
                        best = c
                    elif best is None:
                        best = c
            if best is not None:
                return best
        return None
