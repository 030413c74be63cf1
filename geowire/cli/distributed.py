"""``geowire run-dask``: a corpus through a Dask cluster into partitioned Parquet tables."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from .main import TimeLimitOpt

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    @app.command("run-dask")
    def run_dask(
        inputs: Annotated[
            list[str],
            typer.Argument(help="Files, directories, JSONL corpora or Parquet tables of texts."),
        ],
        out: Annotated[
            Path, typer.Option("--out", "-o", help="Output folder (shared by all workers).")
        ],
        scheduler: Annotated[
            str | None,
            typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786)."),
        ] = None,
        workers: Annotated[
            int, typer.Option("--workers", "-w", help="Local worker processes (no --scheduler).")
        ] = 2,
        partition_size: Annotated[
            int, typer.Option("--partition-size", help="Documents per Parquet partition.")
        ] = 256,
        published: Annotated[
            str | None,
            typer.Option("--published", help="Publication date (YYYY-MM-DD) for relative dates."),
        ] = None,
        model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name.")] = None,
        config: Annotated[
            Path | None, typer.Option("--config", help="A TOML configuration file.")
        ] = None,
        time_limit: TimeLimitOpt = None,
    ) -> None:
        """Process a corpus on Dask; write documents/ events/ quotes/ actors/ times/ places/."""
        from ..distributed import run_distributed
        from ..errors import ConfigError, InputError
        from .main import build_config, parse_published, stderr

        if workers < 1:
            raise ConfigError(f"--workers must be at least 1, not {workers}")
        if logging.getLogger().getEffectiveLevel() > logging.INFO:
            # Dask logs its cluster's start and stop at INFO; keep them for --verbose
            logging.getLogger("distributed").setLevel(logging.WARNING)
            # a busy worker killed at shutdown after its output is written is no news
            logging.getLogger("distributed.nanny").setLevel(logging.ERROR)
        cfg = build_config(config=config, model=model)
        result = run_distributed(
            inputs,
            out,
            config=cfg,
            scheduler=scheduler,
            workers=workers,
            partition_size=partition_size,
            published=parse_published(published),
            time_limit=time_limit,
        )
        for bad in result.bad:
            stderr.print(f"skipped {bad.error}", markup=False)
        sys.stdout.write(json.dumps(result.to_dict(), indent=2) + "\n")
        if result.documents == 0:
            raise InputError("no document could be read" if result.bad else "no input documents")
