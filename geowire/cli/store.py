"""Store commands: ``ingest``, ``events``, ``quotes``, ``dyad``, ``export``.

A thin shell over :mod:`geowire.store`: every command opens the store, calls one
library function and prints the result (a table, JSON or JSON Lines).
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

__all__ = ["register"]

DbOpt = Annotated[Path, typer.Option("--db", help="The store file (DuckDB).", dir_okay=False)]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many rows.")]
OffsetOpt = Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).")]


class Show(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


class ExportFormat(StrEnum):
    csv = "csv"
    tsv = "tsv"
    parquet = "parquet"
    jsonl = "jsonl"
    gdelt = "gdelt"
    plover = "plover"


FormatOpt = Annotated[Show, typer.Option("--format", "-f", help="table, json or jsonl.")]


DEFAULT_DB_PATH = Path("geowire.duckdb")  # geowire.store.DEFAULT_DB (checked by a test)


def _show(rows: list[dict[str, Any]], fmt: Show, columns: list[tuple[str, Any]]) -> None:
    from .main import write_json_line

    if fmt is Show.jsonl:
        for r in rows:
            write_json_line(r)
        return
    if fmt is Show.json:
        sys.stdout.buffer.write(
            json.dumps(rows, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
        )
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, pad_edge=False)
    for header, _ in columns:
        table.add_column(header, overflow="fold")
    for r in rows:
        table.add_row(*("" if (v := get(r)) is None else str(v) for _, get in columns))
    Console(soft_wrap=False).print(table)


def _open(db: Path, read_only: bool = True):
    from ..store import Store

    return Store(db, read_only=read_only)


def _actor(ref: dict[str, Any] | None) -> str | None:
    if not ref:
        return None
    return ref.get("code") or ref.get("name")


def register(app: typer.Typer) -> None:
    """Add the store commands to ``app``."""

    @app.command()
    def ingest(
        inputs: Annotated[
            list[str],
            typer.Argument(help="Files, directories, feeds, JSONL/CSV corpora, URLs, or -."),
        ],
        db: DbOpt = DEFAULT_DB_PATH,
        published: Annotated[
            str | None,
            typer.Option("--published", help="Publication date for records without one."),
        ] = None,
        model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline.")] = None,
        config: Annotated[
            Path | None, typer.Option("--config", help="A TOML configuration file.")
        ] = None,
        progress: Annotated[
            bool | None, typer.Option("--progress/--no-progress", help="Progress bar.")
        ] = None,
        workers: Annotated[
            int, typer.Option("--workers", "-w", min=1, help="Processes, one model each.")
        ] = 1,
    ) -> None:
        """Extract a corpus into the store; stored articles are skipped."""
        from ..ingest import iter_records
        from ..pipeline import Pipeline
        from ..store import ingest_records
        from .main import build_config, parse_published, stderr

        cfg = build_config(config=config, model=model)
        date = parse_published(published)
        pipe = Pipeline(cfg)
        show = progress if progress is not None else stderr.is_terminal
        with _open(db, read_only=False) as store:
            records = iter_records(inputs, published=date)
            with contextlib.ExitStack() as stack:
                tick: Callable[[str], None] | None = None
                if show:
                    from rich.progress import (
                        BarColumn,
                        Progress,
                        SpinnerColumn,
                        TextColumn,
                        TimeElapsedColumn,
                    )

                    bar = stack.enter_context(
                        Progress(
                            SpinnerColumn(),
                            TextColumn("[bold]ingesting"),
                            BarColumn(),
                            TextColumn("{task.completed} articles {task.fields[detail]}"),
                            TimeElapsedColumn(),
                            console=stderr,
                            transient=True,
                        )
                    )
                    task = bar.add_task("ingest", total=None, detail="")
                    seen = {"added": 0, "skipped": 0, "failed": 0}

                    def tick(what: str) -> None:
                        seen[what] += 1
                        detail = ", ".join(f"{v} {k}" for k, v in seen.items())
                        bar.update(task, advance=1, detail=f"({detail})")

                stats = ingest_records(
                    store,
                    records,
                    pipe,
                    on_bad=lambda b: stderr.print(f"skipped {b.error}", markup=False),
                    progress=tick,
                    workers=workers,
                )
            total = store.stats()
        stderr.print(
            f"{stats.added} added, {stats.skipped} already stored, {stats.failed} failed, "
            f"{stats.near_duplicates} near-duplicates, {stats.events} events "
            f"in {stats.seconds:.1f}s; store {db}: {total['documents']} documents, "
            f"{total['events']} event reports in {total['event_clusters']} events",
            markup=False,
        )

    @app.command()
    def events(
        db: DbOpt = DEFAULT_DB_PATH,
        actor: Annotated[
            str | None, typer.Option("--actor", help="Source or target code prefix/country.")
        ] = None,
        source: Annotated[str | None, typer.Option("--source", help="Source actor.")] = None,
        target: Annotated[str | None, typer.Option("--target", help="Target actor.")] = None,
        since: SinceOpt = None,
        until: UntilOpt = None,
        root: Annotated[str | None, typer.Option("--root", help="CAMEO root (02).")] = None,
        plover: Annotated[str | None, typer.Option("--plover", help="PLOVER type.")] = None,
        quad: Annotated[
            int | None, typer.Option("--quad", min=1, max=4, help="Quad class 1-4.")
        ] = None,
        modality: Annotated[str | None, typer.Option("--modality")] = None,
        unique: Annotated[
            bool, typer.Option("--unique/--reports", help="One row per event or per report.")
        ] = False,
        limit: LimitOpt = 100,
        offset: OffsetOpt = 0,
        format: FormatOpt = Show.table,
    ) -> None:
        """Events in the store, filtered; each with its cluster's reports and sources."""
        with _open(db) as store:
            rows = store.events(
                actor=actor,
                source=source,
                target=target,
                since=since,
                until=until,
                root=root,
                plover=plover,
                quad_class=quad,
                modality=modality,
                limit=limit,
                offset=offset,
                unique=unique,
            )
        _show(
            rows,
            format,
            [
                ("date", lambda r: r["date"]),
                ("source", lambda r: _actor(r["source"])),
                ("cameo", lambda r: r["cameo"]),
                ("target", lambda r: _actor(r["target"])),
                ("quad", lambda r: r["quad_class"]),
                ("goldstein", lambda r: r["goldstein"]),
                ("modality", lambda r: r["modality"]),
                ("reports", lambda r: r["reports"]),
                ("sources", lambda r: r["sources"]),
                ("doc", lambda r: r["doc_id"]),
                ("evidence", lambda r: (r["evidence"] or "")[:80]),
            ],
        )

    @app.command()
    def quotes(
        db: DbOpt = DEFAULT_DB_PATH,
        speaker: Annotated[
            str | None, typer.Option("--speaker", help="Speaker code prefix or name part.")
        ] = None,
        since: SinceOpt = None,
        until: UntilOpt = None,
        contains: Annotated[str | None, typer.Option("--contains", help="Words quoted.")] = None,
        limit: LimitOpt = 100,
        offset: OffsetOpt = 0,
        format: FormatOpt = Show.table,
    ) -> None:
        """Quotes in the store, by speaker."""
        with _open(db) as store:
            rows = store.quotes(
                speaker=speaker,
                since=since,
                until=until,
                contains=contains,
                limit=limit,
                offset=offset,
            )
        _show(
            rows,
            format,
            [
                ("published", lambda r: r["published"]),
                ("speaker", lambda r: (r["speaker"] or {}).get("name")),
                ("code", lambda r: (r["speaker"] or {}).get("code")),
                ("kind", lambda r: r["kind"]),
                ("quote", lambda r: r["text"][:100]),
                ("doc", lambda r: r["doc_id"]),
            ],
        )

    @app.command()
    def dyad(
        a: Annotated[str, typer.Argument(help="First actor (code prefix or country).")],
        b: Annotated[str, typer.Argument(help="Second actor.")],
        db: DbOpt = DEFAULT_DB_PATH,
        by: Annotated[Period, typer.Option("--by", help="Period.")] = Period.week,
        since: SinceOpt = None,
        until: UntilOpt = None,
        directed: Annotated[bool, typer.Option("--directed", help="Only A acting on B.")] = False,
        reports: Annotated[
            bool, typer.Option("--reports", help="Count every report, not each event once.")
        ] = False,
        format: FormatOpt = Show.table,
    ) -> None:
        """Counts per quad class and Goldstein totals between two actors over time."""
        with _open(db) as store:
            rows = store.dyad(
                a,
                b,
                by=by.value,
                since=since,
                until=until,
                directed=directed,
                unique=not reports,
            )
        _show(
            rows,
            format,
            [(k, lambda r, k=k: r[k]) for k in ("period", "q1", "q2", "q3", "q4", "n")]
            + [
                ("goldstein sum", lambda r: r["goldstein_sum"]),
                ("goldstein mean", lambda r: r["goldstein_mean"]),
            ],
        )

    @app.command()
    def export(
        path: Annotated[
            Path,
            typer.Argument(
                help="The file to write; its name says the format: .csv, .tsv, .parquet, "
                ".jsonl, .plover.jsonl (PLOVER) or .export.CSV (GDELT 2.0 event table)."
            ),
        ],
        db: DbOpt = DEFAULT_DB_PATH,
        format: Annotated[
            ExportFormat | None,
            typer.Option("--format", "-f", help="Only to confirm the format the file name says."),
        ] = None,
        table: Annotated[
            str,
            typer.Option(
                "--table", help="events, documents, actors, quotes, times, places, links."
            ),
        ] = "events",
    ) -> None:
        """Write a table of the store to a file, in the format its name says."""
        from ..store.export import choose_format
        from ..store.export import export as export_table
        from .main import stderr

        if not path.is_dir():
            choose_format(path, None)  # the name must say the format, --format or not
        notes: dict[str, int] = {}
        with _open(db) as store:
            n = export_table(
                store, path, format=format.value if format else None, table=table, notes=notes
            )
        extra = ""
        if notes.get("no_plover_type"):
            extra = f" ({notes['no_plover_type']} events without a PLOVER type: event null)"
        stderr.print(f"{n} rows written to {path}{extra}", markup=False)
