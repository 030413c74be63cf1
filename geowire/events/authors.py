"""The author of the thing an act is aimed at: "rejected the resolution" targets whoever
made the resolution, "condemned the Turkish offensive" whoever waged it.

CAMEO codes rejections (12), disapproval (11), complaints and endorsements of another
party's proposal, demand, ruling or measure as acts toward that party. The thing's author
is named either in its own phrase ("Kenya's request", "the ruling by the court", "a
resolution in the U.S. Congress") or where the article first tells it: as the subject of
a verb that makes it ("lawmakers passed a resolution"; ``authoring_verbs``), or of the
verb it is named from ("the United States called for ...", later "the call"). Only a thing
named with a definite determiner ("the", "this", "that") looks back: "rejected a plan"
introduces a new one. The nouns and verbs are word lists (``data/<lang>/authors.tsv``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..document import Actor
from .extract import TokenActors

__all__ = ["Authors", "definite", "named_from"]

#: determiners that make a noun definite: a thing told before ("the plan", "these drills")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def definite(tok: Any) -> bool:
    """Whether the noun ``tok`` is named with a definite determiner ("the drills", "that
    step"): a thing the article may have told before."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)
_OWN_DEPS = ("poss", "compound", "amod", "nmod")
#: possessive pronouns that refer a thing back to its owner told before ("his plan")
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
_OWN_PREPOSITIONS = frozenset({"by", "from", "in", "of"})
_OBJECT_DEPS = ("dobj", "obj")

PhraseActors = Callable[[Any, TokenActors], list[Actor]]
Demonyms = Callable[[Sequence[Any]], list[Actor]]


class Authors:
    """Finds the author of the thing a verb acts upon, in the verb's own phrase or in the
    sentences before (at most ``window`` sentences back)."""

    def __init__(
        self,
        nouns: frozenset[str],
        verbs: frozenset[str],
        target_prepositions: frozenset[str],
        phrase_actors: PhraseActors,
        *,
        is_event: Callable[[Any], bool] = lambda tok: False,
        demonyms: Demonyms = lambda mods: [],
        claimer: Callable[[Any], Any | None] = lambda tok: None,
        gathering: Callable[[Any], bool] = lambda tok: False,
        speech_verbs: frozenset[str] = frozenset(),
        window: int = 8,
    ) -> None:
        self.nouns = nouns
        self.verbs = verbs
        self.prepositions = target_prepositions
        self.phrase_actors = phrase_actors
        self.is_event = is_event
        self.demonyms = demonyms
        self.claimer = claimer
        self.gathering = gathering
        #: verbs of saying whose "in" phrase names the words their subject said them in
        self.speech_verbs = speech_verbs
        self.window = window

    def of_target(self, verb: Any, actors: TokenActors, source: Actor | None) -> Actor | None:
        """The coded author of the thing ``verb`` acts upon, when that is not ``source``."""
        thing = self._thing(verb)
        if thing is None:
            return None
        found = self._own(thing, actors)
        if found is None and definite(thing):
            found = self._told_before(thing, actors)
        if found is None or not found.code or found is source:
            return None
        if source is not None and found.code == source.code:
            return None
        return found

    def of_thing(
        self, thing: Any, actors: TokenActors, nouns: frozenset[str] = frozenset()
    ) -> Actor | None:
        """The coded author of ``thing``, a made thing (``artifact_nouns``, or one of
        ``nouns``: "the plan", "his proposal", "the remarks") named with no author in its
        words: its own phrase's, else, when it refers back (a definite determiner, or a
        possessive pronoun: "his plan", "their policy"), the one an earlier mention of it
        tells ("Trump unveiled his tax plan")."""
        if thing.pos_ != "NOUN" or thing.lemma_.lower() not in self.nouns | nouns:
            return None
        found = self._own(thing, actors)
        if found is None and any(
            (c.dep_ == "det" and c.lower_ in _DEFINITE)
            or (c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS)
            for c in thing.children
        ):
            found = self._told_before(thing, actors)
        return found if found is not None and found.code else None

    def act_noun(self, verb: Any) -> Any | None:
        """The event noun ``verb`` takes a stance on, when that act is another's and not
        one the verb carries: its object ("welcomed the condemnation of X"), its passive
        subject ("his condemnation of X was welcomed") or its target preposition's object
        ("protested against the arrest of X"); a noun that names an actor itself, or a
        thing made (a resolution, a plan), is none."""
        heads = [c for c in verb.children if c.dep_ in (*_OBJECT_DEPS, "nsubjpass")]
        heads += [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in self.prepositions
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for h in heads:
            if (
                h.pos_ == "NOUN"
                and h.lemma_.lower() not in self.nouns
                and not self.gathering(h)
                and self.is_event(h)
            ):
                return h
        return None

    def act_doer(self, act: Any, actors: TokenActors) -> Actor | None:
        """Who does the act an event noun names, in its own phrase: its possessor or
        demonym ("Egypt's arrest of X", "the Turkish offensive"), its "by" or "from" phrase,
        also a "by" the parser hung on the party acted upon ("the arrest of X by Y")."""
        found = self._own(act, actors)
        if found is not None:
            return found
        for c in act.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                if (a := _object_actor(c, actors)) is not None:
                    return a
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    for b in g.children if g.dep_ == "pobj" else ():
                        if b.dep_ == "prep" and b.lower_ == "by":
                            if (a := _object_actor(b, actors)) is not None:
                                return a
        verb = act.head
        if act.dep_ in _OBJECT_DEPS and not any(c.dep_ == "auxpass" for c in verb.children):
            # "welcomed the condemnation of X by Y": an active verb with an object has no
            # agent of its own, the parser hung the noun's "by" on it
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ == "by" and c.i > act.i:
                    if (a := _object_actor(c, actors)) is not None:
                        return a
        return None

    def doer(self, act: Any, actors: TokenActors) -> Actor | None:
        """Who did the act a definite noun names with no doer in its phrase ("the sanctions
        on Iran", "the blockade"), where the article told it before: the same noun with
        its doer named, or the verb it is named from ("the EU sanctioned Iran")."""
        if act.pos_ != "NOUN" or not definite(act):
            return None
        return self._told_before(act, actors)

    def subject_doer(self, verb: Any, actors: TokenActors) -> Actor | None:
        """Who did the act named by the noun that is ``verb``'s subject, when that act is
        what ``verb`` tells ("the attack killed three soldiers"): its doer named in its own
        phrase ("the Israeli raid", "the attack by X"), the one claiming it ("the attack,
        claimed by X, killed 20"), or, for a definite noun, the one the article told doing
        it before ("X attacked a base, and the attack killed three")."""
        for c in verb.children:
            if c.dep_ != "nsubj" or c.pos_ != "NOUN" or not self.is_event(c):
                continue
            found = self._own(c, actors) or self._claimed_by(c, actors) or self.doer(c, actors)
            if found is not None:
                return found
        return None

    def _claimed_by(self, act: Any, actors: TokenActors) -> Actor | None:
        """The subject, or the "by" agent, of the verb claiming the act ``act`` names."""
        claim = self.claimer(act)
        if claim is None:
            return None
        for c in claim.children:
            if c.dep_ == "agent" and (a := _object_actor(c, actors)) is not None:
                return a
        return self._subject(claim, actors)

    def _thing(self, verb: Any) -> Any | None:
        for c in verb.children:
            if c.dep_ in _OBJECT_DEPS:
                return c if self._is_thing(c) else None
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in self.prepositions:
                for g in c.children:
                    if g.dep_ == "pobj" and self._is_thing(g):
                        return g
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                # "took part in the meeting": a meeting is its convener's or members'
                for g in c.children:
                    if g.dep_ == "pobj" and g.pos_ == "NOUN" and self.gathering(g):
                        return g
        return None

    def _is_thing(self, tok: Any) -> bool:
        return bool(tok.pos_ == "NOUN" and (tok.lemma_.lower() in self.nouns or self.is_event(tok)))

    def _own(self, thing: Any, actors: TokenActors) -> Actor | None:
        """An actor named in the thing's own phrase: "Kenya's request", "the U.S. plan",
        "the ruling by the court", "a resolution in Congress"; of an act, its doer ("the
        Turkish offensive", "the attack by militants": not where it happened)."""
        for c in thing.children:
            if c.dep_ in _OWN_DEPS and (a := actors.at(c.i)) is not None:
                return a
        # an act's "of" names whom it is done to ("the arrest of X"); a meeting's, whose
        # it is ("a meeting of the Security Council")
        act = thing.lemma_.lower() not in self.nouns and not self.gathering(thing)
        for c in thing.children:
            if c.dep_ == "prep" and (
                c.lower_ == "by" or (not act and c.lower_ in _OWN_PREPOSITIONS)
            ):
                if (a := _object_actor(c, actors)) is not None:
                    return a
        found = self.demonyms([c for c in thing.children if c.dep_ in _OWN_DEPS])
        return found[0] if found else None

    def _told_before(self, thing: Any, actors: TokenActors) -> Actor | None:
        """The nearest earlier mention of the thing that tells who made it."""
        doc = thing.doc
        lemma = thing.lemma_.lower()
        first = thing.sent.start
        for _ in range(self.window):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        for i in range(thing.i - 1, first - 1, -1):
            t = doc[i]
            if t.pos_ == "NOUN" and t.lemma_.lower() == lemma:
                found = self._own(t, actors) or self._made_by(t, actors)
                if found is not None:
                    return found
            elif t.pos_ == "VERB" and named_from(lemma, t.lemma_.lower()):
                found = self._subject(t, actors)
                if found is not None:
                    return found
        return None

    def _made_by(self, thing: Any, actors: TokenActors) -> Actor | None:
        claim = self.claimer(thing)  # "X claimed responsibility for the attack"
        if claim is not None:
            return self._subject(claim, actors)
        head = thing.head
        if (
            thing.dep_ == "pobj"
            and head.lower_ == "in"
            and head.head.pos_ == "VERB"
            and head.head.lemma_.lower() in self.speech_verbs
        ):
            # "ECOWAS said in a statement that ...", "wrote in a letter": the words are
            # the speaker's
            return self._subject(head.head, actors)
        if head.lemma_.lower() not in self.verbs:
            return None
        if thing.dep_ in _OBJECT_DEPS:
            return self._subject(head, actors)
        if thing.dep_ == "nsubjpass":
            for c in head.children:
                if c.dep_ == "agent":
                    for g in c.children:
                        if g.dep_ == "pobj" and (found := self.phrase_actors(g, actors)):
                            return found[0]
        return None

    def _subject(self, verb: Any, actors: TokenActors) -> Actor | None:
        """The actor who does ``verb``: its subject, or its first conjunct's ("X met Y
        and proposed a plan")."""
        for v in (verb, verb.head if verb.dep_ == "conj" else None):
            if v is None:
                continue
            for c in v.children:
                if c.dep_ == "nsubj" and (found := self.phrase_actors(c, actors)):
                    return found[0]
        return None


def _object_actor(prep: Any, actors: TokenActors) -> Actor | None:
    """The actor a preposition's object is, the first of them that is one ("by [Y]")."""
    for g in prep.children:
        if g.dep_ == "pobj" and (a := actors.at(g.i)) is not None:
            return a
    return None


def named_from(noun: str, verb: str) -> bool:
    """Whether ``noun`` names the act of ``verb``: "call"/"call", "proposal"/"propose",
    "ruling"/"rule", "accusation"/"accuse"."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return len(stem) >= 3 and noun.startswith(stem)
