"""One act, one event: the copies of an act a sentence's rules coded twice.

Two events of one sentence are one act told twice when they have the same CAMEO root, come
from one clause (the same verb, or a noun event and the verb that governs it) and name the
same party on each side: the same actor, or two actors that are one party in the words
(mentions sharing tokens, or one named inside the other's phrase: "Iran's envoy", "the
leader of Hamas"; or two readings of one mention coded for two countries, the one the
mention names kept: "aid to Egypt", "Egypt" also read as a title that holds it), or
coordinated unnamed groups of one country and one kind ("attacks on
settlers and workers", "soldiers and police officers": civilians, or a state's armed
forces), or coordinated things the actors component names but codes as no party ("supported
Medicare and Social Security cuts"). Each side must stand for the same country (or
international group) too. Coordinated named parties ("X and Y condemned", "attacked X and
Y") are separate parties, each its own event; but a named party and the others of its
country told beside it ("X and other officials", "X and two dozen other investors", "the
ambassador and three other Americans") are one party, the one named kept. An act told
again in a phrase set off by a comma ("imposed sanctions on X, the latest sanctions against
X's government", "..., the latest in a wave of arrests") is the verb's act, and so is the
act a speaker tells in a quote that the narration tells too ('"We condemn this attack," X
said, condemning Y': the narrated one is kept). A
visit (042) and the hosting of it (043) between the same two countries are one act anywhere
in the sentence, and so are two visits (or two hostings) of one party to one country ("flew
to Mexico for a visit with its president"). An act named by the noun that is the subject of
its verb ("Israeli airstrikes killed 20 people", "the attack, claimed by X, killed 20": the
uses of force one kind) is the verb's act, which names whom it was done to; a use of force
with no doer whose subject is such a noun, or "which" standing for it ("the attack on the
convoy, which killed 20 soldiers, was carried out by X"), takes that act's doer first. A
participle after a comma that tells the verb's act again, of the same root and parties, is
that act ("arrested five protesters, detaining them for questioning"; "threatened X, saying
it would strike X's cities"; "unloaded on X, accusing him of lying"; a gerund of the means it
was done by, "attacked X by accusing him of lying": the more specific code of
the root kept, over the root's unspecified code or a catch-all code, ``data/cameo/catchall.tsv``),
and so is a verb joined by "and" to another of the same doer
and root whose object is a pronoun standing for the other's ("criticized the pope and
accused him of ..."), and so are joined verbs of one use of force done to the same party
("six were killed and 58 injured in a car bomb attack outside the embassy"). A visit and a
hosting read with the same guest and host country are one visit too (one read the sides the wrong
way round), and so are a hosting and a visit read from its host to no party ("welcomed the envoy on
his first visit to the region": "his" read as the host's; the hosting kept). Two verbal acts told
by joined verbs that share one object ("strongly condemned and rejected India's statement") are
one stance, one code per act and clause (of one root the more specific, else the earlier
verb's), and so is a stance a participle of speech says of no party after a verb that told it
of its party ("denounced the U.S. decision, saying it 'firmly opposes' the move"; also after
"with" and the speaker: 'rejected the proposal, with the minister saying "we reject this
plan"'). A bare title joined to a name ("Former defense minister and army chief Benny Gantz")
is that one person. A use of force on a party some of whom a phrase of inclusion names
("killed 12 people, including three children and a police officer": common nouns of one
country, ``inclusion_prepositions``) is one act. Of a copy, the event whose
party holds the other named inside its phrase is kept, else the one with the more specific
actor codes, else the first.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from typing import Any

from ..actors.context import role_only
from ..actors.resolve import sectors_of
from ..document import ActorRef, Event
from ..nlp.syntax import comma_before
from .codebook import parse_code_list
from .extract import FORCE_ROOTS, TokenActors, clause_verb, in_quote, sentential_which
from .reciprocal import Act, done_back

__all__ = ["one_act"]

#: dependencies that put a name inside another's phrase (a possessor, a compound, a flat
#: name); "of" phrases are followed through their preposition
_INSIDE = frozenset({"poss", "compound", "flat"})
_VISIT = frozenset({"042", "043"})
#: entity types of a time phrase, which tells when, not the act again ("a day after ...")
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
#: entity types of a people named by its nation, creed or party ("Americans")
_PEOPLE = frozenset({"NORP"})
#: roles of civilians (people, not the media or businesses), and of a state's armed forces
_CIVILIAN = frozenset({"CVL", "SET", "LAB", "REF", "EDU", "HLH", "AGR"})
_FORCES = frozenset({"MIL", "COP", "SPY", "PKO"})
#: the codes the senses give a street fight (``_riot``: 145, ``_repressed_riot``: 175): a
#: use of force told by a verb whose subject is such a fight is that fight
_STREET_FIGHT = frozenset({"145", "175"})
#: CAMEO quad classes of verbal acts (verbal cooperation, verbal conflict)
_VERBAL = frozenset({1, 3})
#: dependents that give a verb an object, complement or phrase of its own
_OWN_OBJECT = frozenset(
    {"dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "acomp", "prep", "agent"}
)
#: the prepositions of the use of force a passive killing happened in, when the caller gives
#: none (the coder passes ``force_occasion_prepositions``): "were killed in an Israeli strike"
_OCCASIONS = frozenset({"in"})
#: prefixes of codes of international groups, whose first six letters name the group
_GROUPS = frozenset({"IGO", "IMG", "NGO", "NGM", "INT", "MNC"})
#: whether two sides are different parties named apart (see ``_named_apart``)
_Apart = Callable[[ActorRef | None, ActorRef | None], bool]


def one_act(
    parse: Any,
    actors: TokenActors,
    events: Sequence[Event],
    tokens: Sequence[int],
    means: frozenset[str] = frozenset(),
    examples: frozenset[str] = frozenset(),
    tolls: frozenset[str] = frozenset(),
    occasions: frozenset[str] = _OCCASIONS,
    restated: Mapping[int, int] | None = None,
) -> tuple[list[Event], list[int]]:
    """``events`` of one sentence (with the action token of each) without the copies;
    ``means``: the prepositions of the means an act is done by (``means_prepositions``);
    ``examples``: those that name some of a party as examples (``inclusion_prepositions``);
    ``tolls``: the verbs of casualties (``casualty_verbs``); ``occasions``: the prepositions
    of the use of force a passive killing happened in (``force_occasion_prepositions``);
    ``restated``: the token of a use of force whose definite noun names an act told earlier
    in the sentence, whose doer it took, and that act's token ("Troops shelled the town, and
    twelve civilians were killed in the shelling")."""
    restated = restated or {}
    events = _doers_of_named_acts(parse, events, tokens, occasions)
    # the words of two-sided uses of force: each side's doer the other's target
    fights = frozenset(
        tokens[n]
        for n, ev in enumerate(events)
        for m, other in enumerate(events)
        if m != n and _two_sides(ev, tokens[n], other, tokens[m])
    )
    kept: list[int] = []
    for n, ev in enumerate(events):
        for k, m in enumerate(kept):
            keep = _told_again(events[m], tokens[m], ev, tokens[n], restated) or _same_act(
                parse, actors, events[m], tokens[m], ev, tokens[n], means, examples, tolls,
                occasions, fights,
            )
            if keep is not None:
                if keep == "b":
                    kept[k] = n
                won, lost = (n, m) if keep == "b" else (m, n)
                if events[won].location is None and events[lost].location is not None:
                    # "killed in an Israeli strike on Gaza": one act, where the copy said
                    events[won] = dataclasses.replace(events[won], location=events[lost].location)
                events[won] = _sides_of_copy(events[won], events[lost])
                break
        else:
            kept.append(n)
    kept.sort()
    return [events[n] for n in kept], [tokens[n] for n in kept]


def _same_act(
    parse: Any,
    actors: TokenActors,
    a: Event,
    ta: int,
    b: Event,
    tb: int,
    means: frozenset[str] = frozenset(),
    examples: frozenset[str] = frozenset(),
    tolls: frozenset[str] = frozenset(),
    occasions: frozenset[str] = _OCCASIONS,
    fights: frozenset[int] = frozenset(),
) -> str | None:
    """None when ``a`` and ``b`` are two acts; else which of the two to keep ("a" or
    "b"): the one whose party holds the other named inside its phrase, else the one with
    the more specific actor codes, else the first. ``fights``: the words of two-sided uses
    of force (:func:`_two_sides`)."""
    if _two_sides(a, ta, b, tb):
        return None
    said = _one_statement(parse, actors, a, ta, b, tb)
    if said is not None:
        # "strongly condemned and rejected India's statement": one stance, one event
        return said
    own = _own_country_struck(a, b)
    if own is not None:
        # "Israeli strikes on Gaza killed 21 Palestinians on the deadliest day of Israel's
        # offensive": the doer's own country read as the one struck
        return own
    if a.root in FORCE_ROOTS and b.root in FORCE_ROOTS:
        more = _toll_of_others(parse, actors, a, ta, b, tb, tolls)
        if more is not None:
            # "killed three soldiers and wounded six others": one attack's toll
            return more
    if a.root != b.root:
        if a.root in FORCE_ROOTS and b.root in FORCE_ROOTS:
            # "the attack, claimed by X, killed 20 policemen": the uses of force one kind
            kept = _told_by_its_subject(parse, a, ta, b, tb, occasions, fights)
            if kept is None:
                # "two were killed as fighters battled": the fight, the killing its outcome
                kept = _killed_in_clause(
                    parse[ta].sent, actors, a, clause_verb(parse[ta]), b, clause_verb(parse[tb])
                )
            return kept
        return _street_fight_told(parse, a, ta, b, tb, occasions)
    sent = parse[ta].sent
    if {a.cameo[:3], b.cameo[:3]} == _VISIT and a.cameo[:3] != b.cameo[:3]:
        # "X visited Moscow, where Putin hosted him": the guest and the host swap sides
        same = _host_side(a.source, b.target) and _host_side(a.target, b.source)
        # and when both name the same guest and host country, one of them has read the
        # sides the wrong way round: still one visit between the two ("visited Washington
        # ..., where the president hosted him", "him" read as the host)
        # (or one of them names no other side: "welcomed the envoy on his visit to the
        # region", "his" read as the host and the region as no party); a guest is never
        # the visit's host
        target_a, target_b = _country_key(a.target), _country_key(b.target)
        same_source = _country_key(a.source) == _country_key(b.source) is not None
        if same_source and (target_a is None) != (target_b is None):
            # the one that names both sides is the visit
            return "b" if target_a is None else "a"
        return "a" if same or (same_source and target_a == target_b is not None) else None
    if (
        a.cameo[:3] == b.cameo[:3] in _VISIT
        and _one_party(sent, actors, a.source, b.source) is not None
        and a.target is not None
        and b.target is not None
        and _country_key(a.target) == _country_key(b.target)
    ):
        # "flew to Mexico for a visit with its president": one visit to one country
        return _more_specific(a, b)
    named = _told_by_its_subject(parse, a, ta, b, tb, occasions, fights)
    if named is not None:
        return named
    if a.root in FORCE_ROOTS:
        # "killed 12 people, including three children and a police officer": one use of
        # force on the party some of whom the phrase names (other acts' lists of examples
        # are often the parser's misreading of a longer list, parties each their own)
        example = _examples_of(sent, actors, a.target, b.target, examples)
        if example is not None and _one_party(sent, actors, a.source, b.source) is not None:
            return example
    va, vb = clause_verb(parse[ta]), clause_verb(parse[tb])
    if va.i != vb.i:
        quoted = _quoted_again(parse, a, ta, b, tb)
        if quoted is not None and _one_party(sent, actors, a.source, b.source) is not None:
            # '"We condemn this attack," the minister said, condemning the rebels': the act
            # a speaker tells in a quote and the narration tells of the same speaker
            return quoted
        result = _result_of(a, va, b, vb, lambda x, y: _named_apart(sent, actors, x, y), means)
        if result is None and _told_twice(sent, actors, a, va, b, vb):
            # "criticized the pope and accused him of ...": one act in two joined verbs
            return "b" if _refines(b.cameo, a.cameo) else "a"
        if result is None and _one_strike(sent, actors, a, va, b, vb):
            # "six were killed and 58 injured in a car bomb attack": one attack
            return "b" if len(b.cameo) > len(a.cameo) else "a"
        if result is None:
            result = _killed_in_clause(sent, actors, a, va, b, vb)
        return result
    again = _restates(parse, actors, a, ta, b, tb)
    outer: set[str] = set()
    for n, (x, y) in enumerate(((a.source, b.source), (a.target, b.target))):
        how = _one_party(sent, actors, x, y)
        if how is None and again is not None:
            # "imposed sanctions on X, the latest sanctions against X's government": a
            # phrase set off to tell the act again names its parties again
            told, other = (y, x) if again == "b" else (x, y)
            if (told is None and n == 0) or (
                told is not None and _country_key(told) == _country_key(other) is not None
            ):
                how = "same"
        if how is None:
            return None
        outer.add(how if again is None else "b" if again == "a" else "a")
    sides = outer & {"a", "b"}
    if len(sides) == 1:
        return sides.pop()
    return _more_specific(a, b)


def _told_again(
    a: Event, ta: int, b: Event, tb: int, restated: Mapping[int, int]
) -> str | None:
    """Which of ``a`` and ``b`` to keep when one is the other's act told again by a
    definite noun of the sentence (``restated``: "Troops shelled the town, and twelve
    civilians were killed in the shelling"), by the same doer and, where both name it, the
    same country struck: the one with more coded sides, else the more specific actor codes,
    else the first; None when they are two acts."""
    if restated.get(tb) != ta and restated.get(ta) != tb:
        return None
    if _country_key(a.source) != _country_key(b.source):
        return None
    if _coded(a.target) and _coded(b.target) and _country_key(a.target) != _country_key(b.target):
        return None
    if _coded_sides(a) != _coded_sides(b):
        return "a" if _coded_sides(a) > _coded_sides(b) else "b"
    return _more_specific(a, b)


def _two_sides(a: Event, ta: int, b: Event, tb: int) -> bool:
    """Whether ``a`` and ``b`` are the two sides of one two-sided use of force: one word,
    one code, each's doer the other's target ("Hamas-Fatah fighting", "X and Y clashed":
    each fought the other), never one act told twice however the parties' names nest (the
    test ``events._mutual`` makes of the actions: ``reciprocal.done_back``)."""
    if a.root not in FORCE_ROOTS:
        return False

    def act(ev: Event, token: int) -> Act:
        return (
            token,
            ev.cameo,
            ev.source.actor if ev.source is not None else None,
            ev.target.actor if ev.target is not None else None,
        )

    return done_back(act(a, ta), {act(b, tb)})


def _doers_of_named_acts(
    parse: Any,
    events: Sequence[Event],
    tokens: Sequence[int],
    occasions: frozenset[str] = _OCCASIONS,
) -> list[Event]:
    """``events`` where a use of force with no doer, whose verb's subject is the noun of
    another use of force of the sentence (or "which" standing for it: "the attack on the
    convoy, which killed 20 soldiers, was carried out by X"), takes that act's doer: the
    noun's act is what the verb tells."""
    out = list(events)
    for n, ev in enumerate(events):
        if ev.source is not None or ev.root not in FORCE_ROOTS:
            continue
        for m, other in enumerate(events):
            if m != n and other.source is not None and other.root in FORCE_ROOTS:
                if _subject_noun(parse[tokens[n]], parse[tokens[m]], occasions):
                    out[n] = dataclasses.replace(ev, source=other.source)
                    break
    return out


def _subject_noun(verb: Any, noun: Any, occasions: frozenset[str] = _OCCASIONS) -> bool:
    """Whether ``noun`` is ``verb``'s subject, or the noun a relative clause ``verb``
    hangs on with "which" or "that" as its subject, or the noun the parser hung the verb
    on as a participle, or the use of force a passive ``verb`` happened in ("were killed
    in an Israeli strike on Gaza", "during an assault by militants": ``occasions``). A
    gerund subject names its act as a noun does ("Fighting between rebels and troops
    killed 20", the parser's VBG)."""
    gerund = noun.tag_ == "VBG" and noun.dep_ in ("nsubj", "csubj")
    if (noun.pos_ != "NOUN" and not gerund) or verb.pos_ not in ("VERB", "AUX"):
        return False
    if noun.dep_ in ("nsubj", "csubj") and noun.head.i == verb.i:
        return True
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in occasions
        and noun.head.head.i == verb.i
        and verb.tag_ == "VBN"
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    ):
        return True  # "were killed in an Israeli strike on Gaza": the strike is the killing
    on = verb.head
    if on.dep_ == "pobj" and on.head.dep_ == "prep" and on.head.head.i == noun.i:
        on = noun  # hung on the place struck: "the attack on the convoy, which killed 20"
    if on.i != noun.i:
        return False
    if verb.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)
    return bool(verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN"))


def _told_by_its_subject(
    parse: Any,
    a: Event,
    ta: int,
    b: Event,
    tb: int,
    occasions: frozenset[str] = _OCCASIONS,
    fights: frozenset[int] = frozenset(),
) -> str | None:
    """Which to keep when one event is named by the noun that is the subject of the
    other's verb ("Israeli airstrikes killed 20 people": the strikes are the killing; also
    where the parser hung the verb on the noun as a participle): the verb's, which names
    whom it was done to, when the noun's names no other party; the noun's when the verb's
    target is only the country of the place it happened and the noun names a party
    struck ("bombings at U.S. embassies in Kenya killed 200 people": not Kenya). A
    two-sided fight's noun (``fights``: "fighting between X and Y has killed 20") is kept
    over the killing or other force its verb tells by no one but the fight's sides on
    no one but them or their countries: the killing is the fight's toll, one act."""
    for keep, verb_ev, tv, noun_ev, tn in (("a", a, ta, b, tb), ("b", b, tb, a, ta)):
        if not _subject_noun(parse[tv], parse[tn], occasions):
            continue
        if tn in fights and tv not in fights:
            sides = {_country_key(noun_ev.source), _country_key(noun_ev.target)}
            if all(
                side is None or _country_key(side) in sides
                for side in (verb_ev.source, verb_ev.target)
            ):
                return "b" if keep == "a" else "a"
        same_doer = noun_ev.source is None or _country_key(noun_ev.source) == _country_key(
            verb_ev.source
        )
        same_done_to = noun_ev.target is None or _country_key(noun_ev.target) == _country_key(
            verb_ev.target
        )
        if (
            same_doer
            and verb_ev.target is not None
            and verb_ev.target.actor is None
            and noun_ev.target is not None
            and noun_ev.target.actor is not None
        ):
            # "bombings at U.S. embassies in Kenya killed 200 people": the verb's target is
            # only the country of where it happened, the noun names whom it struck; so
            # "clashes between rebels and troops in Syria killed 20": each side fought the
            # other, though both are of the country the killing is given
            return "b" if keep == "a" else "a"
        if same_doer and same_done_to:
            return keep
    return None


def _own_country_struck(a: Event, b: Event) -> str | None:
    """Which to keep when two uses of force of one root and one doer's country are one act
    told twice, one of them struck at the doer's own country named as a whole and the
    other at a party of another country ("Israeli strikes on Gaza killed 21 Palestinians
    in the deadliest day of Israel's offensive", "Armenian forces seized seven districts
    between Armenia and Nagorno-Karabakh"): a state does not strike itself, its name read
    as the one struck is the doer's or a place's; the act on the foreign party is kept.
    None otherwise (a state's forces striking rebels of their own country, "Syrian forces
    shelled Homs", name a party of the country, not the state as a whole)."""
    if a.root != b.root or a.root not in FORCE_ROOTS:
        return None
    doer = _country_key(a.source)
    if doer is None or doer != _country_key(b.source):
        return None
    for keep, other, told in (("b", a, b), ("a", b, a)):
        itself = other.target is not None and (other.target.code or "").upper() == doer
        foreign = _coded(told.target) and _country_key(told.target) != doer
        if itself and foreign:
            return keep
    return None


def _street_fight_told(
    parse: Any,
    a: Event,
    ta: int,
    b: Event,
    tb: int,
    occasions: frozenset[str] = _OCCASIONS,
) -> str | None:
    """Which to keep when one event is a use of force whose verb's subject is a street
    fight the senses read as a riot or its repression (``_STREET_FIGHT``: "clashes
    between riot police and protesters killed several people"): the fight's, when its
    doer is the killing's (or the killing names none); the killing is the clash's outcome,
    no second act of force by the same side. None when neither is such a pair."""
    for keep, verb_ev, tv, noun_ev, tn in (("b", a, ta, b, tb), ("a", b, tb, a, ta)):
        if verb_ev.root not in FORCE_ROOTS or noun_ev.cameo not in _STREET_FIGHT:
            continue
        if not _subject_noun(parse[tv], parse[tn], occasions):
            continue
        if verb_ev.source is None or _country_key(verb_ev.source) == _country_key(
            noun_ev.source
        ):
            return keep
    return None


def _restates(parse: Any, actors: TokenActors, a: Event, ta: int, b: Event, tb: int) -> str | None:
    """Which of two events of one clause is told again in a phrase set off by a comma
    that restates the verb's object ("imposed sanctions on X, the latest sanctions
    against Y", "its third package of sanctions against Y"): its act word or its target
    lies in that phrase and the other's do not; None when neither or both."""
    told = [_restating(parse, actors, e, t) for e, t in ((a, ta), (b, tb))]
    if told[0] == told[1]:
        return None
    return "a" if told[0] else "b"


def _restating(parse: Any, actors: TokenActors, ev: Event, token: int) -> bool:
    """Whether ``ev``'s act word, or else its target (each mention of it in the
    sentence), is in an apposition, or in a second object after a comma, that names no
    party itself and is in no list of parties."""
    if _in_restatement(parse, actors, token):
        return True
    sent = parse[token].sent
    where = _tokens(sent, actors, ev.target) if ev.target is not None else set()
    return bool(where) and all(_in_restatement(parse, actors, i) for i in where)


def _in_restatement(parse: Any, actors: TokenActors, i: int) -> bool:
    """Whether word ``i`` is in a phrase set off by a comma that tells its clause's act
    again (see ``_restating``)."""
    tok = parse[i]
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        head = tok.head
        after_comma = comma_before(tok)
        second = after_comma and (
            (tok.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < tok.i for c in head.children))
            # "..., the latest in a series of arrests": not a time ("a day after ...")
            or (tok.dep_ == "npadvmod" and tok.ent_type_ not in _TIME_ENTITIES)
        )
        if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
            return False  # a list of parties ("X and a partner, Y"), each its own
        if (tok.dep_ == "appos" or second) and not actors.all_at(tok.i):
            return True  # a phrase that tells the act, not one that names a party
        tok = head
    return False


def _quoted_again(parse: Any, a: Event, ta: int, b: Event, tb: int) -> str | None:
    """Which of two events to keep when one is told inside a quotation and the other,
    outside it, is a participle or joined verb of the clause that attributes it ('"...,"
    X said, condemning Y'): the narrated one; None otherwise."""
    inside = [in_quote(parse, t) for t in (ta, tb)]
    if inside[0] == inside[1]:
        return None
    out = clause_verb(parse[tb] if inside[0] else parse[ta])
    quote = parse[ta] if inside[0] else parse[tb]
    speech = out.head if out.dep_ in ("advcl", "conj", "xcomp") else None
    if speech is None or out.tag_ != "VBG":
        return None
    if not any(t.i == speech.i for t in clause_verb(quote).ancestors) and (
        clause_verb(quote).i != speech.i
    ):
        return None  # the quote is not what that verb's speaker says
    return "b" if inside[0] else "a"


def _result_of(
    a: Event, va: Any, b: Event, vb: Any, apart: _Apart, means: frozenset[str] = frozenset()
) -> str | None:
    """Which of two acts of force to keep when one is told as the other's result: a
    participle after a comma hung on the other's verb ("detonated a bomb near a convoy,
    killing three soldiers", "gunmen stormed a hotel, leaving five dead"), or a relative
    clause on its object ("fired a missile that killed three"), by the same
    doer or by none named. It is the one act its governing verb tells (a coder records
    one event), whatever its own code and victims; the governing act is kept. Another act
    (of the same root) a participle tells again of the same parties is that act too: the
    participle says how it was done ("arrested five protesters, detaining them for
    questioning", "criticized the report, accusing the agency of bias"), unless the two
    name different parties of the country by name (``apart``: "criticized Dupont,
    accusing the Socialists of ..."), or the participle names no coded party, by none or
    by a pronoun object ("lashed out at his relatives, accusing them of ..."); and so is
    the act a participle of speech says it is ("threatened X, saying it would strike X's
    cities": the more specific code kept), and the act a gerund after a preposition of
    ``means`` tells it was done by ("attacked X by accusing him of lying": one act, the
    accusation)."""
    force = a.root in FORCE_ROOTS and b.root in FORCE_ROOTS
    for keep, gov, res, sub in (("a", va, vb, b), ("b", vb, va, a)):
        own = res
        while res.dep_ == "conj" and res.head.i != res.i and res.head.i != gov.i:
            res = res.head  # "killing one and wounding several others"
        participle = _participle_of(res, gov) or _means_of(res, gov, means)
        # "threatened Israel, saying it would strike Israeli cities": what the participle
        # of speech says the act is
        # (also after "with" and the speaker: 'rejected the proposal, with the minister
        # saying "we reject this plan"')
        spoken = res.dep_ == "ccomp" and (
            _participle_of(res.head, gov) or _with_speaker_saying(res.head, gov)
        )
        # "fired a missile that killed three": what the weapon the verb sends does
        weapon = (
            res.dep_ == "relcl"
            and res.head.dep_ == "dobj"
            and res.head.head.i == gov.i
            and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in res.children)
        )
        # "shelled Gao on Monday, which killed three": "which" stands for the act before
        clause = (
            res.dep_ == "relcl"
            and any(sentential_which(c) for c in res.children)
            and clause_verb(res.head).i == gov.i
        )
        other = a if keep == "a" else b
        if (spoken or not force) and not (
            (participle or spoken)
            and (
                # the participle names no coded party: neither does ("lashed out at his
                # relatives, accusing them of ...", the relatives coded as no party)
                (
                    sub.target is None
                    and (
                        other.target is None
                        # "lashed out at his critics, accusing them of ...": the pronoun
                        # the participle's act is done to stands for the verb's object
                        or any(c.dep_ == "dobj" and c.tag_ == "PRP" for c in own.children)
                        # "denounced the U.S. decision, saying it 'firmly opposes' the
                        # move": the stance the speaker says it takes, told of no party,
                        # is the act the verb told of its party
                        or spoken
                    )
                )
                or (
                    sub.target is not None
                    and _country_key(sub.target) == _country_key(other.target)
                    and not apart(sub.target, other.target)
                )
            )
        ):
            continue
        if participle or weapon or clause or spoken:
            if sub.source is None or _country_key(sub.source) == _country_key(other.source):
                if (
                    (spoken or (participle and not force))
                    and _refines(sub.cameo, other.cameo)
                    and (
                        other.target is None
                        or (
                            sub.target is not None
                            and len(sub.target.code or "") >= len(other.target.code or "")
                        )
                    )
                ):
                    # the more specific code it says ("unloaded on X, accusing him of
                    # lying": the accusation, 112, not the catch-all criticism, 111), when
                    # it names whom it is done to as closely ("unloaded on Sanders,
                    # accusing his followers of ...": the verb's, which names him, kept)
                    return "b" if keep == "a" else "a"
                return keep
    return None


def _told_twice(sent: Any, actors: TokenActors, a: Event, va: Any, b: Event, vb: Any) -> bool:
    """Whether two acts of one root are one act told by two joined verbs of one doer
    ("criticized the pope and accused him of ...", "trashing X and accusing him of ..."):
    the later verb is a conjunct of the earlier, the doers are one party, and the later
    names whom it is done to by a pronoun standing for the earlier's object (the same
    party, or one of its country). Another object named by name ("attacked Kyiv and
    shelled Kharkiv", "arrested five and detained ten others"), or none ("toured the
    region and met people there"), is another act."""
    first, second, ev1, ev2 = (va, vb, a, b) if va.i < vb.i else (vb, va, b, a)
    if second.dep_ != "conj" or second.head.i != first.i:
        return False
    if _one_party(sent, actors, ev1.source, ev2.source) is None:
        return False
    if ev1.target is None or ev2.target is None:
        return False
    if _country_key(ev1.target) != _country_key(ev2.target):
        return False
    own = set(t.i for t in second.subtree)
    mine = [
        t
        for t in first.subtree
        if t.i not in own and any(x.id == ev1.target.actor for x in actors.all_at(t.i))
    ]
    again = [
        t
        for t in second.subtree
        if t.pos_ == "PRON" and any(x.id == ev2.target.actor for x in actors.all_at(t.i))
    ]
    return bool(mine) and bool(again)


def _one_strike(sent: Any, actors: TokenActors, a: Event, va: Any, b: Event, vb: Any) -> bool:
    """Whether two uses of force of one root are one act told by joined verbs of what it
    did ("six people were killed and 58 injured in a car bomb attack outside the
    embassy", "the jets bombed and strafed the convoy"): the later verb is a conjunct of
    the earlier (or the parser hung it on a conjunct, "and 58 injured"), the doers are one
    party or both unnamed, and the one it was done to is the same party on both, not
    told by an object of each. Victims named apart ("killed five soldiers and wounded ten
    civilians"), none named, or each verb's own object ("shelled villages and attacked
    farmers") make two acts."""
    if a.root not in FORCE_ROOTS or b.root != a.root:
        return False
    first, second = (va, vb) if va.i < vb.i else (vb, va)
    tok = second
    if tok.dep_ == "acl" and tok.head.dep_ == "conj":
        tok = tok.head  # "were killed and 58 injured": the parser's gapped conjunct
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.i != first.i:
        tok = tok.head
    if tok.i != first.i or tok.i == second.i:
        return False
    if all(any(c.dep_ == "dobj" for c in v.children) for v in (first, second)):
        return False  # each its own object: "shelled villages and attacked farmers"
    if _one_party(sent, actors, a.source, b.source) != "same":
        return False
    if a.target is None or b.target is None:
        return False  # no one named: "shelled villages and attacked farmers" are two
    return a.target.actor is not None and a.target.actor == b.target.actor


def _toll_of_others(
    parse: Any, actors: TokenActors, a: Event, ta: int, b: Event, tb: int, tolls: frozenset[str]
) -> str | None:
    """Which to keep when two uses of force are one attack's toll told by joined verbs
    whose later one, a verb of casualties (``tolls``), is done to "others" ("killed three
    soldiers and wounded six others", "killed two policemen and injured several others"):
    "others" are more of the party the earlier verb struck, however each was coded (the
    later often only by the country, and so by another root); the earlier verb's act is
    kept. The later verb has no subject of its own and the doers are one party (or the
    later names none). None otherwise ("killed four rebels and wounded ten civilians":
    victims named apart are each their own)."""
    va, vb = clause_verb(parse[ta]), clause_verb(parse[tb])
    if va.i == vb.i:
        return None
    first, second, keep = (va, vb, "a") if va.i < vb.i else (vb, va, "b")
    if second.lemma_.lower() not in tolls or second.dep_ != "conj":
        return None
    tok = second
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.i != first.i:
        tok = tok.head
    if tok.i != first.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return None  # a clause of its own: "X killed three and Y wounded others"
    if not any(c.dep_ == "dobj" and c.lower_ == "others" for c in second.children):
        return None
    if not any(c.dep_ == "dobj" for c in first.children):
        return None  # "others" stands for no object of the earlier verb
    earlier, later = (a, b) if keep == "a" else (b, a)
    if later.source is not None and _one_party(
        parse[ta].sent, actors, earlier.source, later.source
    ) is None:
        return None
    return keep


def _killed_in_clause(
    sent: Any, actors: TokenActors, a: Event, va: Any, b: Event, vb: Any
) -> str | None:
    """Which of two uses of force of one doer to keep when one is a passive killing or
    wounding and the other the act of the clause of the same occasion that tells who did
    it ("three soldiers were killed when militants attacked their base": the attack's doer
    is the killing's, ``extract._force_clause_agent``): one act; of one root the killing
    kept, which names who was hurt, of two the clause's, which tells how it was done ("two
    were killed as fighters battled", "when a bomber blew himself up"); None when they are
    two (another doer, or the clause strikes another country than the one hurt)."""
    if a.root not in FORCE_ROOTS or b.root not in FORCE_ROOTS:
        return None
    for kill, clause, keep in ((va, vb, "a"), (vb, va, "b")):
        if clause.dep_ != "advcl" or clause.head.i != kill.i:
            continue
        if not any(c.dep_ == "auxpass" for c in kill.children):
            continue
        hurt, struck = (a, b) if keep == "a" else (b, a)
        if hurt.source is None or _one_party(sent, actors, hurt.source, struck.source) is None:
            return None
        if struck.target is not None and _country_key(struck.target) != _country_key(
            hurt.target
        ):
            return None
        if a.root != b.root:
            return "b" if keep == "a" else "a"
        return keep
    return None


def _one_statement(
    parse: Any, actors: TokenActors, a: Event, ta: int, b: Event, tb: int
) -> str | None:
    """Which to keep when two verbal acts are one stance told by joined verbs that share
    one object ("condemned and rejected India's statement", "strongly condemned and
    firmly opposed the U.S. move"): both verbs are the events' words, the later a
    conjunct of the earlier with no subject of its own, the earlier with no object,
    complement or phrase of its own (the later's object is both verbs'), the two of one
    kind (verbal cooperation or verbal conflict) and of one party on each side. Of one
    root the more specific code is kept, else the earlier verb's. Joined acts of force or
    of material cooperation are a sequence of acts ("arrested and deported"); a verb with
    its own object ("condemned the attack and accused Israel") is an act of its own."""
    if a.quad_class != b.quad_class or a.quad_class not in _VERBAL:
        return None
    va, vb = parse[ta], parse[tb]
    if va.pos_ != "VERB" or vb.pos_ != "VERB" or va.i == vb.i:
        return None
    first, second, keep_first = (va, vb, "a") if va.i < vb.i else (vb, va, "b")
    tok = second
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.i != first.i:
        tok = tok.head
    if tok.i != first.i or tok.i == second.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return None  # a clause of its own: "X condemned and Y rejected the move"
    if any(c.dep_ in _OWN_OBJECT for c in first.children):
        return None
    sent = parse[ta].sent
    if _one_party(sent, actors, a.source, b.source) != "same":
        return None
    if _one_party(sent, actors, a.target, b.target) != "same":
        return None
    if _refines(a.cameo, b.cameo) or _refines(b.cameo, a.cameo):
        return "a" if _refines(a.cameo, b.cameo) else "b"
    return keep_first


def _participle_of(res: Any, gov: Any) -> bool:
    """Whether ``res`` is a participle after a comma, with no subject of its own, hung on
    ``gov`` ("stormed a hotel, killing five")."""
    return bool(
        res.dep_ == "advcl"
        and res.tag_ == "VBG"
        and res.head.i == gov.i
        and res.i > gov.i
        and res.doc[res.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in res.children)
    )


def _means_of(res: Any, gov: Any, means: frozenset[str]) -> bool:
    """Whether ``res`` is a gerund with no subject of its own after a preposition of
    ``means`` hung on ``gov`` ("attacked X by accusing him of ...")."""
    prep = res.head
    return bool(
        res.dep_ == "pcomp"
        and res.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in means
        and prep.head.i == gov.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in res.children)
    )


def _with_speaker_saying(res: Any, gov: Any) -> bool:
    """Whether ``res`` is a participle after "with" and its subject, hung on ``gov``
    after it ('rejected the proposal, with the minister saying ...')."""
    return bool(
        res.dep_ == "pcomp"
        and res.tag_ == "VBG"
        and res.head.lower_ == "with"
        and res.head.head.i == gov.i
        and res.i > gov.i
    )


def _generic(code: str) -> bool:
    """Whether a CAMEO code is its root's unspecified one ("130", "020")."""
    return len(code) == 3 and code.endswith("0")


def _refines(code: str, other: str) -> bool:
    """Whether CAMEO ``code`` tells more of one act than ``other`` of the same root: not
    unspecified itself, where ``other`` is the root's unspecified code ("130"), a catch-all
    code (``data/cameo/catchall.tsv``: 111 "criticize or denounce" under 112 "accuse"), or
    the code ``code`` is a subcode of ("1124" under "112")."""
    if code == other or code[:2] != other[:2] or _generic(code):
        return False
    return _generic(other) or other in _catch_all() or code.startswith(other)


@functools.cache
def _catch_all() -> frozenset[str]:
    """The catch-all codes of ``data/cameo/catchall.tsv``."""
    text = (resources.files("geowire") / "data" / "cameo" / "catchall.tsv").read_text("utf-8")
    return parse_code_list(text, "geowire/data/cameo/catchall.tsv")[1]


def _named_apart(sent: Any, actors: TokenActors, x: ActorRef | None, y: ActorRef | None) -> bool:
    """Whether two sides are different parties each named by name in the sentence, with
    roles of their own ("Dupont" and "the Socialists"; not "Israel" and "Israeli forces",
    nor "protesters" and "them")."""
    if x is None or y is None or x.actor == y.actor or x.code == y.code:
        return False
    if len(x.code or "") <= 3 or len(y.code or "") <= 3:
        return False
    tx, ty = _tokens(sent, actors, x), _tokens(sent, actors, y)
    return bool(tx) and bool(ty) and not _unnamed(sent, tx) and not _unnamed(sent, ty)


def _host_side(x: ActorRef | None, y: ActorRef | None) -> bool:
    """Sides of a visit and its hosting that may be one party: the same country, or one
    side left unnamed."""
    return x is None or y is None or _country_key(x) == _country_key(y)


def _country_key(ref: ActorRef | None) -> str | None:
    """The country (or the international group) a side stands for, as coded."""
    if ref is None:
        return None
    code = (ref.code or ref.country or "").upper()
    if not code:
        return None
    return code[:6] if code[:3] in _GROUPS else code[:3]


def _one_party(
    sent: Any, actors: TokenActors, x: ActorRef | None, y: ActorRef | None
) -> str | None:
    """Whether sides ``x`` (of event a) and ``y`` (of event b) are one party: "same", "a"
    (``y`` is named inside ``x``'s phrase: a keeps the whole party), "b", or None."""
    if x is None or y is None:
        return "same" if x is y else None
    if _country_key(x) is None and _country_key(y) is None:
        # "supported Medicare and Social Security cuts", "pledged to end the DACA and DAPA
        # programs": things the actors component names but codes as no party are no
        # separate parties, and an act on two of them is one act
        tx, ty = _tokens(sent, actors, x), _tokens(sent, actors, y)
        if tx and ty and _coordinated(sent, tx, ty):
            return "same"
    if _country_key(x) != _country_key(y):
        return _one_mention(sent, actors, x, y)
    if (x.actor and x.actor == y.actor) or (x.code, x.name) == (y.code, y.name):
        return "same"
    tx, ty = _tokens(sent, actors, x), _tokens(sent, actors, y)
    # "Sharpton and other civil rights leaders", "Bill Gates and two dozen other
    # investors": a group of one country told as the others beside a party is that
    # party's kind, and the act one act of the party named (the parser may join the group
    # to a phrase that holds the name: "the efforts of X and other investors")
    # (the named one may be told by its pronoun: "he and other officers")
    px, py = _tokens(sent, actors, x, pronouns=True), _tokens(sent, actors, y, pronouns=True)
    if _others(sent, ty) and not _others(sent, tx) and _joined_after(sent, px, ty):
        return "a"
    if _others(sent, tx) and not _others(sent, ty) and _joined_after(sent, py, tx):
        return "b"
    if not tx or not ty:
        return None
    # "Former defense minister and army chief Benny Gantz": one person told by two
    # titles, the first a bare title with no determiner of its own
    if _titles_one_person(sent, actors, x, tx, ty):
        return "b"
    if _titles_one_person(sent, actors, y, ty, tx):
        return "a"
    if _coordinated(sent, tx, ty):
        # "settlers and workers", "soldiers and police officers": unnamed groups of one
        # country and one kind are one party; named ones ("X and Y") each their own
        kind = _kind(x.code)
        same = kind is not None and kind == _kind(y.code)
        return "same" if same and _unnamed(sent, tx) and _unnamed(sent, ty) else None
    if tx & ty:
        return "same"  # one stretch of words read as two actors
    if _inside(sent, ty, tx):
        return "a"
    if _inside(sent, tx, ty):
        return "b"
    return None


def _one_mention(sent: Any, actors: TokenActors, x: ActorRef, y: ActorRef) -> str | None:
    """Which side to keep when sides ``x`` (of event a) and ``y`` (of event b), coded for
    different countries, are mentioned in the sentence at the very same places (every
    mention of one is a mention of the other): one mention the actors component gave two
    readings ("US assistance to Egypt", the word "Egypt" read as Egypt and as a title
    that holds it), so one party; the reading whose own name the mention is ("Egypt") is
    kept ("a" or "b"), else None: two parties ("U.S.-Iranian" holds two mentions in one
    word; "the foreign ministers of Laos and Burma" is each one's mention, no one's name)."""
    mx, my = _mentions(sent, actors, x), _mentions(sent, actors, y)
    if not mx or not my or not (mx <= my or my <= mx):
        return None
    text = sent.doc.text
    said = {_bare(text[a:b]) for a, b in mx & my}

    def named(ref: ActorRef) -> bool:
        return bool(ref.name) and _bare(ref.name) in said

    if named(x) == named(y):
        return None
    return "a" if named(x) else "b"


def _bare(words: str) -> str:
    """A name or mention as compared: lower case, no leading "the", no edge punctuation."""
    out = " ".join(words.lower().split()).strip(" .,;:'\"")
    return out[4:] if out.startswith("the ") else out


def _mentions(sent: Any, actors: TokenActors, ref: ActorRef) -> set[tuple[int, int]]:
    """The character spans of ``ref``'s mentions inside ``sent``."""
    start, end = sent.start_char, sent.end_char
    return {
        (a, b)
        for t in sent
        for actor in actors.all_at(t.i)
        if actor.id == ref.actor
        for a, b in actor.mentions
        if start <= a and b <= end
    }


def _examples_of(
    sent: Any, actors: TokenActors, x: ActorRef | None, y: ActorRef | None, examples: frozenset[str]
) -> str | None:
    """Whether targets ``x`` (of event a) and ``y`` (of event b) are one party told by
    examples of it: both told in one phrase of ``examples`` ("12 people, including three
    children and a police officer": "a", the first), or one told there of a party the
    other names ("30 Palestinians, including a Hamas commander": the one the phrase hangs
    on, "a" or "b"); None otherwise. Only common nouns of one country: a name there is a
    party of its own ("organizations, including the WHO and the CDC")."""
    if x is None or y is None or not examples:
        return None
    if _country_key(x) is None or _country_key(x) != _country_key(y):
        return None
    doc = sent.doc

    def phrase(i: int) -> Any | None:
        tok = doc[i]
        while tok.dep_ in ("compound", "amod", "flat", "poss") and tok.head.i != tok.i:
            tok = tok.head
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ in examples:
            return tok.head
        return None

    tx, ty = _tokens(sent, actors, x), _tokens(sent, actors, y)
    if not tx or not ty or not _unnamed(sent, tx) or not _unnamed(sent, ty):
        return None
    px = {p.i for i in tx if (p := phrase(i)) is not None}
    py = {p.i for i in ty if (p := phrase(i)) is not None}
    if px and py and px & py:
        return "a"
    if py and not px and any(doc[p].head.i in tx for p in py):
        return "a"
    if px and not py and any(doc[p].head.i in ty for p in px):
        return "b"
    return None


def _titles_one_person(
    sent: Any, actors: TokenActors, title: ActorRef, tt: set[int], tn: set[int]
) -> bool:
    """Whether mention ``tt`` (of ``title``) is a bare title of the person named in
    ``tn``, joined to it as a conjunct or apposition ("Former prosecutor and New York City
    Mayor Rudy Giuliani", "defense minister and army chief Benny Gantz"): a singular
    common noun with no determiner, possessor or number of its own and no name in it,
    which names no party by itself (a party told by a singular noun takes a determiner:
    "the minister and Gantz" are two), of a person, beside a mention with a proper name."""
    doc = sent.doc
    heads = [doc[i] for i in tt if doc[i].head.i not in tt or doc[i].head.i == i]
    if len(heads) != 1:
        return False
    head = heads[0]
    if head.pos_ != "NOUN" or head.tag_ != "NN" or any(doc[i].pos_ == "PROPN" for i in tt):
        return False  # a name the parser took for a noun ("Martin O'Malley") is a party
    if any(c.dep_ in ("det", "poss", "nummod", "predet") for c in head.children):
        return False
    if not any(a.id == title.actor and a.kind == "person" for a in actors.all_at(head.i)):
        return False
    if not any(doc[i].pos_ == "PROPN" for i in tn):
        return False
    return any(
        (doc[i].dep_ in ("conj", "appos") and doc[i].head.i == head.i)
        or (head.dep_ in ("conj", "appos") and head.head.i == i)
        for i in tn
    )


def _kind(code: str | None) -> str | None:
    """The kind of party a code's roles make: civilians, or a state's armed forces."""
    roles = set(sectors_of(code))
    if not roles:
        return None
    if roles <= _CIVILIAN:
        return "civilian"
    if roles <= _FORCES:
        return "forces"
    return None


def _unnamed(sent: Any, tokens: set[int]) -> bool:
    """Whether a mention is a common noun ("workers"), not a name."""
    doc = sent.doc
    heads = [doc[i] for i in tokens if doc[i].head.i not in tokens or doc[i].head.i == i]
    return bool(heads) and all(t.pos_ == "NOUN" for t in heads)


def _others(sent: Any, tokens: set[int]) -> bool:
    """Whether a mention is a common-noun group told as others ("other officials",
    "two dozen other investors", "others"), or a people told by the name of its nation or
    creed ("three other Americans", "two other Palestinians": a group, not a name)."""
    doc = sent.doc
    heads = [doc[i] for i in tokens if doc[i].head.i not in tokens or doc[i].head.i == i]
    return not any(t.pos_ == "PROPN" and not _people(t) for t in heads) and any(
        (t.pos_ in ("NOUN", "PRON") or _people(t))
        and (t.lower_ == "others" or any(c.lower_ == "other" and c.i < t.i for c in t.children))
        for t in heads
    )


def _people(tok: Any) -> bool:
    """Whether a proper noun names people by their nation, creed or party ("Americans",
    "Palestinians", "Democrats"): a plural of such a name (entity type ``NORP``)."""
    return bool(tok.pos_ == "PROPN" and tok.tag_ == "NNPS" and tok.ent_type_ in _PEOPLE)


def _joined_after(sent: Any, named: set[int], group: set[int]) -> bool:
    """Whether a mention in ``group`` is a later conjunct of a phrase that holds a mention
    in ``named`` ("X and others", "the efforts of X and others")."""
    doc = sent.doc
    for i in group:
        tok = doc[i]
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            continue
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        span = range(first.left_edge.i, first.right_edge.i + 1)
        if any(j in span and j < i and doc[j].head.i != i for j in named):
            return True
    return False


def _tokens(sent: Any, actors: TokenActors, ref: ActorRef, *, pronouns: bool = False) -> set[int]:
    """The words of ``ref``'s mentions in ``sent`` (pronouns left out unless ``pronouns``:
    "Trump and his lawyers" are two parties)."""
    if ref.actor is None:
        return set()
    return {
        t.i
        for t in sent
        if (pronouns or t.pos_ != "PRON") and any(a.id == ref.actor for a in actors.all_at(t.i))
    }


def _coordinated(sent: Any, tx: set[int], ty: set[int]) -> bool:
    """Whether a mention of one is a conjunct of a mention of the other ("X and Y")."""
    doc = sent.doc

    def first(i: int) -> int:
        tok = doc[i]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return int(tok.i)

    return bool({first(i) for i in tx - ty} & {first(i) for i in ty - tx})


def _inside(sent: Any, inner: set[int], outer: set[int]) -> bool:
    """Whether a mention in ``inner`` is named inside the phrase of one in ``outer``: its
    possessor, a compound or flat name in it, or its "of" phrase ("Iran's envoy", "the
    envoy of Iran"). Appositions are left out: the parser reads lists as appositions."""
    doc = sent.doc
    for i in inner:
        tok = doc[i]
        while tok.head.i != tok.i:
            if tok.dep_ in _INSIDE:
                tok = tok.head
            elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
                tok = tok.head.head
            else:
                break
            if tok.i in outer:
                return True
    return False


def _sides_of_copy(kept: Event, copy: Event) -> Event:
    """``kept`` with a side it leaves unnamed, or names only by a role ("troops" coded MIL,
    with no country), taken from the copy of its act that was dropped, when there that
    side is a coded party ("detonated a bomb near a convoy, killing three soldiers": the
    bombing, kept, struck the soldiers): one act, as many of its parties as either copy
    named. The copies were found to be one act with one party on each side, so a side
    one of them names is the act's."""
    if _coded_sides(copy) <= _coded_sides(kept):
        return kept
    source, target = kept.source, kept.target
    if not _coded(source) and _coded(copy.source):
        source = copy.source
    if not _coded(target) and _coded(copy.target):
        target = copy.target
    if source is not None and target is not None and _country_key(source) == _country_key(
        target
    ) and (source.actor is not None and source.actor == target.actor):
        return kept  # one party on both sides is no act between two
    return dataclasses.replace(kept, source=source, target=target)


def _role_only(ref: ActorRef) -> bool:
    """Whether a side is coded only by its role, with no country or international group
    ("troops" coded MIL, "diplomats" GOV)."""
    code = (ref.code or "").upper()
    return role_only(code) and code[:3] not in _GROUPS


def _coded(ref: ActorRef | None) -> bool:
    """Whether a side is a coded party: a country or international group, not only a role."""
    return ref is not None and _country_key(ref) is not None and not _role_only(ref)


def _coded_sides(ev: Event) -> int:
    """How many of an event's two sides are coded parties (``_coded``)."""
    return _coded(ev.source) + _coded(ev.target)


def _more_specific(a: Event, b: Event) -> str:
    """"b" when ``b``'s actor codes name its parties more closely than ``a``'s
    (``_specificity``), else "a" (on a tie the first told is kept)."""
    return "b" if _specificity(b) > _specificity(a) else "a"


def _specificity(ev: Event) -> int:
    """How closely an event's actor codes name its parties: the length of each side's
    code, a code of a role only (no country) counting as one letter."""
    return sum(
        1 if _role_only(r) else len(r.code or "") for r in (ev.source, ev.target) if r is not None
    )
