"""Repairs of two parser mistakes that lose an event or invent a speaker.

Headline verbs. Headlines drop the article and the auxiliary, so the small model often
reads a headline's present-tense verb as a plural noun: "Trump blasts Clinton over
emails" comes out as a noun phrase "Trump blasts" (Trump a compound of the noun
"blasts") that still takes "Clinton" as its direct object; title-case headlines ("Carson
Slams Rival") make it a (plural) proper noun. A plural noun (NNS) that heads
its sentence and has a direct object, whose form is the third-person form of a verb of the
verb dictionary, is that verb: it is retagged VBZ/VERB with the verb's lemma, and the noun
or name right before it, which the parser made a modifier of it, becomes its subject
(modifiers further left move to the subject: "U.S. envoy Smith urges ...").

Noun compounds. Some two-word nouns begin with a word that is also a verb ("think tank",
``noun_compounds`` in ``data/en/nlp.tsv``); read as a verb, its subject becomes a speaker
("The Stimson think tank said" -> "Stimson ... think"). Inside such a compound the first
word is retagged a noun modifying the second, which takes over its place in the parse.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

import numpy as np

__all__ = ["repair_compounds", "repair_headline_verbs", "repair_title_case_verbs"]

_MODIFIERS = ("compound", "nmod", "amod", "det", "poss", "nummod")
_NOMINAL = ("NOUN", "PROPN")
_LOOSE = ("appos", "intj")
_VBZ_MORPH = "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def _retag_verb(tok: Any, lemma: str) -> None:
    tok.tag_ = "VBZ"
    tok.pos_ = "VERB"
    tok.set_morph(_VBZ_MORPH)
    tok.lemma_ = lemma


def _out_of_entity(tok: Any) -> None:
    """Take the verb ``tok`` out of the entity the model ran across it ("Senator Warns
    Iran": PERSON "Warns Iran"); the entity's words after it keep the type."""
    if tok.ent_iob_ in ("", "O"):
        return
    from spacy.tokens import Span

    doc = tok.doc
    ents = []
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end:
            if tok.i + 1 < ent.end:
                ents.append(Span(doc, tok.i + 1, ent.end, label=ent.label_))
            if ent.start < tok.i:
                ents.append(Span(doc, ent.start, tok.i, label=ent.label_))
        else:
            ents.append(ent)
    doc.ents = ents


def _title_case(sent: Any) -> bool:
    """Is ``sent`` written in title case ("Carson Slams Rival In Debate"), where a
    capitalised word tells nothing of a name? Four words or more, at most one in lower case."""
    words = [t for t in sent if t.is_alpha]
    lower = sum(1 for t in words if t.text.islower())
    return len(words) >= 4 and lower <= 1


def _object(root: Any) -> Any:
    """The direct object of ``root`` read as a verb: its dependent noun phrase right after it,
    which the parser made its object or, a noun phrase after a noun with no comma between,
    an apposition or interjection ("Trump praises Kim": "Kim" appos)."""
    for c in root.rights:
        if c.dep_ == "dobj":
            return c
        if c.dep_ in _LOOSE and c.pos_ in _NOMINAL and c.left_edge.i == root.i + 1:
            return c
        return None
    return None


def repair_headline_verbs(doc: Any, verb_s_forms: Mapping[str, str]) -> list[int]:
    """Retag as verbs the plural nouns that head a sentence and take a direct object when
    their form is a verb's -s form (``verb_s_forms``: form -> lemma); the indices retagged."""
    fixed: list[int] = []
    for sent in doc.sents:
        root = sent.root
        if root.tag_ == "VBZ" and root.ent_iob_ not in ("", "O") and _title_case(sent):
            _out_of_entity(root)  # a verb the parser got right, the entity recognizer not
            fixed.append(root.i)
            continue
        if root.text.islower():
            if root.tag_ != "NNS":
                continue
        elif root.tag_ not in ("NNS", "NNPS", "NNP") or not (
            root.text.istitle() and _title_case(sent)
        ):
            continue
        lemma = verb_s_forms.get(root.lower_)
        if lemma is None:
            continue
        obj = _object(root)
        if obj is None:
            continue
        left = [c for c in root.children if c.i < root.i]
        if not left or left[-1].i != root.i - 1 and left[-1].right_edge.i != root.i - 1:
            continue  # nothing right before the verb to be its subject
        subject = left[-1]
        if subject.dep_ not in (*_MODIFIERS, "nsubj") or subject.pos_ not in _NOMINAL:
            continue
        if any(c.dep_ not in _MODIFIERS for c in left[:-1]):
            continue
        _retag_verb(root, lemma)
        _out_of_entity(root)
        obj.dep_ = "dobj"
        subject.dep_ = "nsubj"
        for c in left[:-1]:
            c.head = subject
        fixed.append(root.i)
    return fixed


def repair_title_case_verbs(
    doc: Any, verb_s_forms: Mapping[str, str], event_nouns: Collection[str]
) -> list[int]:
    """In a title-case headline, retag as a verb the capitalised -s form the parser made a
    modifier of the name that heads the sentence, right between two names ("Mitt Romney
    Praises Obama": "Praises" a compound of the root "Obama"); not an event noun of the verb
    dictionary (``event_nouns``: "Iran Sanctions ..."). The indices retagged."""
    fixed: list[int] = []
    for sent in doc.sents:
        root = sent.root
        if root.tag_ != "NNP" or root.i - 2 < sent.start or not _title_case(sent):
            continue
        verb, subject = doc[root.i - 1], doc[root.i - 2]
        lemma = verb_s_forms.get(verb.lower_)
        if (
            lemma is None
            or not verb.text.istitle()
            or verb.tag_ not in ("NNS", "NNPS", "NNP")
            or verb.head.i != root.i
            or verb.lower_ in event_nouns
            or subject.pos_ != "PROPN"
            or subject.head.i not in (root.i, verb.i)
        ):
            continue
        _retag_verb(verb, lemma)
        _out_of_entity(verb)
        for c in [*root.lefts, *verb.lefts]:
            if c.i < subject.i:
                c.head = subject
        verb.head = verb
        verb.dep_ = "ROOT"
        subject.head = verb
        subject.dep_ = "nsubj"
        root.head = verb
        root.dep_ = "dobj"
        fixed.append(verb.i)
    return fixed


def repair_compounds(doc: Any, compounds: Mapping[str, Collection[str]]) -> list[int]:
    """Make the first word of each listed noun compound (``compounds``: first word ->
    the second words it forms one with, lower case) a noun modifying the second; the
    indices of the first words changed."""
    fixed: list[int] = []
    if len(doc) < 2 or not compounds:
        return fixed
    # only the words that begin a listed compound, found on the LOWER column
    strings = doc.vocab.strings
    firsts = np.array([strings[w] for w in compounds], dtype=np.uint64)
    for i in np.flatnonzero(np.isin(doc.to_array("LOWER")[:-1], firsts)).tolist():
        tok = doc[i]
        seconds = compounds[tok.lower_]
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        nxt = doc[tok.i + 1]
        if nxt.lower_ not in seconds:
            continue
        tok.tag_ = "NN"
        tok.pos_ = "NOUN"
        tok.set_morph("Number=Sing")
        tok.lemma_ = tok.lower_
        if nxt.head.i != tok.i:
            fixed.append(tok.i)  # the second word does not hang on it: tags only
            continue
        # the parser made the second word depend on the first (read as a verb): the
        # second takes the first's place, the first's other dependents move to it
        head, dep = tok.head, tok.dep_
        is_root = head.i == tok.i
        for c in list(tok.children):
            if c.i != nxt.i:
                c.head = nxt
        if is_root:
            nxt.head = nxt
        else:
            nxt.head = head
        nxt.dep_ = dep
        tok.head = nxt
        tok.dep_ = "compound"
        fixed.append(tok.i)
    return fixed
