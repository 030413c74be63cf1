"""Force by irregular armed actors: CAMEO 18 (ASSAULT), not 19 (FIGHT).

"Gunmen attacked a hotel" is 180, "the army attacked rebel positions" 190; "militants
bombed a market" is 183, "jets bombed the airport" 195. The table is
``geowire/data/cameo/irregular.tsv``."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..actors.resolve import sectors_of
from ..errors import DictionaryError
from ..nlp.syntax import prep_objects
from ..tables import parse_table
from .codebook import codebook

__all__ = [
    "IrregularTable",
    "irregular_table",
    "parse_irregular_table",
    "is_irregular",
    "is_armed",
    "is_fighting_force",
    "aimed_at_armed_thing",
    "armed_thing_aimed_at",
    "fired_heavy_weapon",
]

#: role codes of armed actors outside a state's forces
IRREGULAR_ROLES = frozenset({"REB", "INS", "SEP", "CRM", "UAF", "RAD"})


def is_irregular(code: str | None) -> bool:
    """Whether an actor code names an irregular armed actor (``SOMINS``, ``IMGMUSISI``)."""
    if not code:
        return False
    return code.startswith("IMG") or bool(set(sectors_of(code)) & IRREGULAR_ROLES)


def is_fighting_force(code: str | None) -> bool:
    """Whether an actor code names a fighting force: an irregular armed group or an army
    (``SYRREB``, ``USAMIL``), not the police, a government or a state as a whole."""
    return is_irregular(code) or "MIL" in sectors_of(code or "")


#: role codes of armed actors of any kind, and of the state they fight
ARMED_ROLES = IRREGULAR_ROLES | {"MIL", "COP", "PKO", "SPY", "GOV"}


def is_armed(code: str | None) -> bool:
    """Whether an actor code names a party to armed conflict: an armed actor, regular or
    not (``USAMIL``, ``SYRREB``), a government, or a state as a whole (``PAK``)."""
    if not code:
        return False
    roles = set(sectors_of(code))
    if code.startswith("IMG") or (len(code) == 3 and not roles):
        return True  # an armed movement, or a state as a whole (not a role alone: "LAB")
    return bool(roles & ARMED_ROLES)


#: dependency labels of the thing a verb or a noun of force is aimed at
_AIMED_DEPS = ("dobj", "nsubjpass")


def aimed_at_armed_thing(
    tok: Any,
    words: frozenset[str],
    prepositions: frozenset[str],
    target_mentions: Sequence[tuple[int, int]] = (),
) -> bool:
    """Whether a verb or noun of force (``tok``) is aimed at a thing of an armed force that
    no actor names: its object, passive subject or the object of one of ``prepositions``
    ("attacked a military convoy", "an army checkpoint was attacked", "the attack on a
    police station") is, or is modified by, a word of ``words`` (``armed_target_words``).
    Militants' force against such a thing is a fight against the state's forces (CAMEO
    19), not violence against civilians (18). When the event's target (its
    ``target_mentions``) is itself one of the things aimed at, the target decides ("attacks
    on security forces, settlers and workers" against the settlers stay 18)."""
    aimed = [c for c in tok.children if c.dep_ in _AIMED_DEPS]
    aimed.extend(prep_objects(tok, prepositions))
    aimed.extend([c for a in aimed for c in a.conjuncts])
    if any(a <= t.idx < b for t in aimed for a, b in target_mentions):
        return False
    return any(_names_word(a, words) for a in aimed)


def armed_thing_aimed_at(
    tok: Any, words: frozenset[str], prepositions: frozenset[str]
) -> tuple[Any, frozenset[str]] | None:
    """The first thing of an armed force a verb or noun of force (``tok``) is aimed at, as
    :func:`aimed_at_armed_thing` finds it (its object, passive subject or the object of one
    of ``prepositions``, that is or is modified by a word of ``words``), with the words of
    ``words`` that name it ("overran a military headquarters": headquarters, {military};
    "captured police and army positions": {police, army, positions}, with the things
    joined to it); else None."""
    aimed = [c for c in tok.children if c.dep_ in _AIMED_DEPS]
    aimed.extend(prep_objects(tok, prepositions))
    aimed.extend([c for a in aimed for c in a.conjuncts])
    for a in aimed:
        if not _names_word(a, words):
            continue
        # the thing's words and its modifiers', and those of the things joined to it
        things = (a, *a.conjuncts)
        named = {
            w
            for n in things
            for t in (n, *(m for m in n.children if m.dep_ in ("amod", "compound")))
            for m in (t, *t.conjuncts)
            for w in (m.lemma_.lower(), m.lower_)
            if w in words
        }
        return a, frozenset(named)
    return None


def _modified_by(tok: Any, words: frozenset[str]) -> bool:
    """Whether a modifier of ``tok`` (an adjective or a compound) is a word of ``words``,
    by its form or its lemma ("a rocket attack", "a military convoy")."""
    return any(
        m.dep_ in ("amod", "compound") and (m.lemma_.lower() in words or m.lower_ in words)
        for m in tok.children
    )


def _names_word(noun: Any, words: frozenset[str]) -> bool:
    """Whether ``noun`` is, or is modified by, a word of ``words`` ("rockets", "artillery
    fire", "an army checkpoint")."""
    return noun.lemma_.lower() in words or noun.lower_ in words or _modified_by(noun, words)


def fired_heavy_weapon(tok: Any, words: frozenset[str], prepositions: frozenset[str]) -> bool:
    """Whether a verb or noun of force (``tok``) is done with a weapon of war an army fires:
    ``tok`` itself is modified by a word of ``words`` (``heavy_weapon_words``: "a rocket
    attack"), or its direct object or the object of one of ``prepositions``
    (``weapon_prepositions``) is or is modified by one ("fired rockets at the town",
    "pounded the area with artillery fire"). An irregular armed group's force done so is a
    use of conventional military force (CAMEO 19), not unconventional violence (18), as
    the CAMEO codebook's 194 (fight with artillery and tanks) and the real-news coders
    code militants' rocket and artillery fire."""
    if _modified_by(tok, words):
        return True
    used = [c for c in tok.children if c.dep_ == "dobj"]
    used.extend(prep_objects(tok, prepositions))
    used.extend([c for u in used for c in u.conjuncts])
    return any(_names_word(u, words) for u in used)


@dataclass(frozen=True)
class IrregularTable:
    version: str
    rows: dict[str, str]

    def map(self, code: str) -> str:
        """The code of ``code`` done by an irregular armed actor (the longest prefix)."""
        for n in range(len(code), 1, -1):
            new = self.rows.get(code[:n])
            if new is not None:
                return new
        return code


def parse_irregular_table(text: str, origin: str) -> IrregularTable:
    cb = codebook()
    table = parse_table(text, origin, ("action", "irregular"))
    rows: dict[str, str] = {}
    for lineno, (action, irregular) in table.rows:
        for c in (action, irregular):
            if c not in cb:
                raise DictionaryError(f"{origin}:{lineno}: {c!r} is not a CAMEO code")
        rows[action] = irregular
    return IrregularTable(table.version, rows)


@functools.cache
def irregular_table() -> IrregularTable:
    res = resources.files("geowire") / "data" / "cameo" / "irregular.tsv"
    text = res.read_text(encoding="utf-8")
    return parse_irregular_table(text, "geowire/data/cameo/irregular.tsv")
