"""``geowire demo``: the main job on the bundled example article, end to end."""

from __future__ import annotations

import time
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

__all__ = ["register", "example_path"]


def example_path() -> Path:
    """The bundled example corpus (one article written by the geowire team)."""
    return Path(str(resources.files("geowire") / "data" / "examples" / "example.jsonl"))


def register(app: typer.Typer) -> None:
    @app.command()
    def demo(
        db: Annotated[Path, typer.Option("--db", help="The embedded store to write to.")] = Path(
            "geowire.duckdb"
        ),
        model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name.")] = None,
    ) -> None:
        """Extract the bundled example article, print a summary and store it."""
        from ..config import Config
        from ..errors import InputError
        from ..ingest import BadRecord, iter_records
        from ..nlp import model_load_seconds
        from ..runner import run
        from ..store import Store
        from .render import render_summary

        console = Console()
        start = time.perf_counter()
        config = Config(model=model) if model else Config()
        items = list(run(config, iter_records([example_path()])))
        docs = [d for d in items if not isinstance(d, BadRecord)]
        if not docs:
            raise InputError("the bundled example could not be read")
        elapsed = time.perf_counter() - start
        for doc in docs:
            render_summary(doc, console)
        from ..store.build import build_info

        with Store(db) as store:
            store.record_build(build_info(config))
            added = sum(store.add(doc) for doc in docs)
            stats = store.stats()
        load = model_load_seconds(config.model)
        console.print(
            f"model {config.model} loaded in {load or 0:.2f}s; "
            f"extracted in {elapsed:.2f}s (model load included)"
        )
        console.print(
            f"stored {added} new document(s) in {db} "
            f"({stats.get('documents', '?')} documents, {stats.get('events', '?')} events)"
        )
