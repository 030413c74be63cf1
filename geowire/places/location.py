"""Where something happens: the place attached to an event's words.

:func:`location_of` looks at the words of a span (an event's verb, its noun, or the
whole clause) in the dependency parse and returns the place that is

- the object of a locative preposition attached to one of them ("meeting in Damascus",
  "held talks at Camp David", "clashes near Basra"), or
- a modifier of one of them ("the Damascus meeting", "Baghdad bombing").

It considers the words of the span, then their objects ("held talks in Damascus").
Without a parse it falls back to a place inside the span right after "in/at/near".
"""

from __future__ import annotations

import re
from typing import Any

from ..document import Document, Place
from ..language import language

__all__ = ["location_of"]

_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "npadvmod", "poss"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "xcomp", "attr", "nsubjpass", "pobj", "acomp", "ccomp"})
_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE)


def _place_at(places: tuple[Place, ...], offset: int) -> Place | None:
    for p in places:
        if p.span[0] <= offset < p.span[1]:
            return p
    return None


def _via_prep(
    tok: Any,
    places: tuple[Place, ...],
    locatives: frozenset[str],
    frames: frozenset[str],
    place_nouns: frozenset[str] = frozenset(),
) -> Place | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in locatives:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    hidden = _not_where(obj, locatives, frames)
                    for t in obj.subtree:
                        if t.i in hidden:
                            continue
                        p = _place_at(places, t.idx)
                        if p is not None and not _whose(t, p, places, place_nouns):
                            return p
    return None


def _whose(t: Any, p: Place, places: tuple[Place, ...], place_nouns: frozenset[str]) -> bool:
    """A country named by its adjective or its abbreviation as a modifier of a noun that
    names no place ("killed in a U.S. drone strike", "in an Israeli raid"): whose the thing
    is, not where it was, as a country modifying the event's own word is
    (:func:`_via_modifier`); "in the Syrian capital", "in a Turkey car bomb attack" and
    "in Cuba's biggest gatherings" stay places."""
    if p.feature != "country" or t.dep_ not in ("amod", "compound", "nmod"):
        return False
    if t.dep_ != "amod" and not ("." in t.text or (t.text.isupper() and len(t.text) <= 3)):
        return False  # "a Turkey car bomb attack": the country's name before a noun is where
    head = t.head
    while head.dep_ in ("compound", "amod") and head.head.i != head.i and head.i < head.head.i:
        head = head.head  # "a U.S. drone strike": the phrase's noun
    return head.lemma_.lower() not in place_nouns and _place_at(places, head.idx) is None


def _not_where(obj: Any, locatives: frozenset[str], frames: frozenset[str]) -> set[int]:
    """Tokens of a locative's object that tell no place of the event: a phrase of another
    preposition ("in talks with Chile", "in a war against Peru"; "of" and locatives stay:
    "in the city of Aleppo", "in a town near Homs") and the "of" phrase of a frame noun
    ("in the wake of the Paris attacks", "in support of Kurdish fighters")."""
    hidden: set[int] = set()
    for t in obj.subtree:
        if t.i in hidden or t.dep_ != "prep" or t.i == obj.i:
            continue
        low = t.lower_
        if (low != "of" and low not in locatives) or (
            low == "of" and t.head.lemma_.lower() in frames
        ):
            hidden.update(x.i for x in t.subtree)
    return hidden


def _via_modifier(tok: Any, places: tuple[Place, ...]) -> Place | None:
    for child in tok.children:
        if child.dep_ in _MODIFIER_DEPS and child.i < tok.i:
            p = _place_at(places, child.idx)
            if p is not None and p.feature != "country":
                return p
    return None


def location_of(
    doc: Document, start: int, end: int, locatives: frozenset[str] | None = None
) -> Place | None:
    """The place where what the span ``[start, end)`` describes happens, if the text says.

    ``locatives``: the prepositions whose object is where something happens (the
    language's ``event_locatives``; English's when not given)."""
    places = doc.places
    if not places or start >= end:
        return None
    parse = doc.parse
    if parse is None:
        for place in places:
            if (
                start <= place.span[0]
                and place.span[1] <= end
                and _BEFORE.search(doc.text[start : place.span[0]])
            ):
                return place
        return None
    span = parse.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if locatives is None:
        locatives = language().words("event_locatives")
    frames = language().words("frame_nouns")
    place_nouns = language().words("place_nouns")
    # words nearest the root first: the event's head before its dependents
    tokens = sorted(span, key=lambda t: (len(list(t.ancestors)), t.i))
    for tok in tokens:
        p = _via_prep(tok, places, locatives, frames, place_nouns)
        if p is not None:
            return p
    for tok in tokens:
        p = _via_modifier(tok, places)
        if p is not None:
            return p
    # one step down: "held talks in Damascus", "agreed to meet in Geneva"
    for tok in tokens:
        for child in tok.children:
            if child.dep_ in _OBJECT_DEPS and not (start <= child.idx < end):
                p = _via_prep(child, places, locatives, frames, place_nouns) or _via_modifier(
                    child, places
                )
                if p is not None:
                    return p
    # the clause's head, for a span that is only a noun or a name ("... meeting ..."); not
    # for an adverbial clause with a subject of its own, whose act has its own place ("met
    # Kim in Hanoi, days after North Korea fired two missiles": not fired in Hanoi)
    head = span.root.head
    own_clause = span.root.dep_ == "advcl" and any(
        c.dep_ == "nsubj" for c in span.root.children
    )
    if head is not span.root and head.pos_ in ("VERB", "AUX") and not own_clause:
        p = _via_prep(head, places, locatives, frames, place_nouns)
        if p is not None:
            return p
    return None
