"""Readers for TABARI / PETRARCH dictionaries (actors, agents, discards, verbs)."""

from .tabari import (
    ActorEntry,
    AgentEntry,
    DatedCode,
    DiscardEntry,
    combine_codes,
    normalize_phrase,
    parse_actors,
    parse_agents,
    parse_discards,
    read_actors,
    read_agents,
    read_discards,
    regular_plural,
)

__all__ = [
    "ActorEntry",
    "AgentEntry",
    "DatedCode",
    "DiscardEntry",
    "combine_codes",
    "normalize_phrase",
    "parse_actors",
    "parse_agents",
    "parse_discards",
    "read_actors",
    "read_agents",
    "read_discards",
    "regular_plural",
]
