"""Analyses over the store: dyads over time, the actor network."""

from __future__ import annotations

from .dyads import PERIODS, dyad_series
from .network import LEVELS, actor_network

__all__ = ["dyad_series", "actor_network", "PERIODS", "LEVELS"]
