"""The command line: a thin Typer shell over the Python API.

Every module in this package that defines ``register(app)`` adds its commands
to the one ``geowire`` app, so each area (extract, store, explain, serve, ...)
keeps its commands beside the others without editing a shared file.
"""

from __future__ import annotations

from .main import app, main

__all__ = ["app", "main"]
