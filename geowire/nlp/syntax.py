"""Small questions about a spaCy parse that the coders above it all ask."""

from __future__ import annotations

from typing import Any

__all__ = ["to_infinitive"]


def to_infinitive(tok: Any) -> bool:
    """Has ``tok`` the "to" of an infinitive ("to reach", "urged him to resign")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
