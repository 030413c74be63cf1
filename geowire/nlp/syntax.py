"""Small questions about a spaCy parse that the coders above it all ask."""

from __future__ import annotations

from collections.abc import Container
from typing import Any

__all__ = ["agent_objects", "comma_before", "prep_objects", "to_infinitive"]


def to_infinitive(tok: Any) -> bool:
    """Has ``tok`` the "to" of an infinitive ("to reach", "urged him to resign")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def prep_objects(tok: Any, prepositions: Container[str]) -> list[Any]:
    """The objects of the prepositions among ``tok``'s own children whose lower-case form
    is in ``prepositions`` ("stay in the race" -> [race] for {"in"}), in text order."""
    return [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for g in c.children
        if g.dep_ == "pobj"
    ]


def agent_objects(tok: Any) -> list[Any]:
    """The objects of ``tok``'s own "by" agent, the doers of a passive ("was backed by
    the voters" -> [voters]), in text order."""
    return [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def comma_before(tok: Any) -> bool:
    """Is the phrase of ``tok`` set off by a comma right before it ("X and Y, attorneys for
    Z"; "called for X to quit, calling him a disgrace"), not a word the parser split off
    ("co-workers")?"""
    first: int = tok.left_edge.i
    return first > 0 and str(tok.doc[first - 1].text) == ","
