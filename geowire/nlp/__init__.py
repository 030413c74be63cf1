"""The spaCy backbone: one model per process, run in batches."""

from __future__ import annotations

from .backbone import NLP, load_model, model_load_seconds

__all__ = ["NLP", "load_model", "model_load_seconds"]
