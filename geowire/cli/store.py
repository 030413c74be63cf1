"""Store commands: ``ingest``, ``events``, ``quotes``, ``dyad``, ``export``.

A thin shell over :mod:`geowire.store`: every command opens the store, calls one
library function and prints the result (a table, JSON or JSON Lines).
"""

from __future__ import annotations

import inspect
import json
import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

__all__ = ["register"]

from ..ingest.readers import MAX_CHARS
from ..store.export import FORMATS
from ..store.query import EventQuery, QuoteQuery, filters_of
from .main import (
    ActorsOpt,
    AgentsOpt,
    DiscardsOpt,
    MaxCharsOpt,
    NoBuiltinOpt,
    ProgressOpt,
    TimeLimitOpt,
    VerbsOpt,
    WorkersOpt,
)

if TYPE_CHECKING:
    from ..store import Store

DbOpt = Annotated[Path, typer.Option("--db", help="The store file (DuckDB).", dir_okay=False)]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows.")]
OffsetOpt = Annotated[int, typer.Option("--offset", help="Skip this many rows.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD).")]


class Show(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


#: The export formats (those of geowire.store.export).
ExportFormat = StrEnum("ExportFormat", {f: f for f in FORMATS})  # type: ignore[misc]


FormatOpt = Annotated[Show, typer.Option("--format", "-f", help="table, json or jsonl.")]


DEFAULT_DB_PATH = Path("geowire.duckdb")  # geowire.store.DEFAULT_DB (checked by a test)


Column = tuple[str, Callable[..., Any]] | tuple[str, Callable[..., Any], int]


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _show(rows: list[dict[str, Any]], fmt: Show, columns: Sequence[Column]) -> None:
    """Rows as JSON, JSON Lines, or a table: a Rich table on a terminal, plain
    tab-separated values (a header line, then one line a row, nothing cut or wrapped)
    when standard output is a pipe or a file. A third item in a column is the width
    its text is cut to (at a word, with "…") in the Rich table."""
    from .main import write_json_line
    from .render import shorten

    if fmt is Show.jsonl:
        for r in rows:
            write_json_line(r)
        return
    if fmt is Show.json:
        sys.stdout.buffer.write(
            json.dumps(rows, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
        )
        return
    if not sys.stdout.isatty():
        lines = ["\t".join(c[0] for c in columns)]
        for r in rows:
            lines.append("\t".join(" ".join(_cell(c[1](r)).split()) for c in columns))
        sys.stdout.buffer.write(("\n".join(lines) + "\n").encode("utf-8"))
        sys.stdout.buffer.flush()
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, pad_edge=False)
    for c in columns:  # text columns wrap at words; codes, ids and numbers stay whole
        if len(c) > 2:
            table.add_column(c[0], overflow="fold", ratio=1, min_width=20)
        else:
            table.add_column(c[0], no_wrap=True, overflow="ellipsis")
    for r in rows:
        table.add_row(
            *(shorten(_cell(c[1](r)), c[2]) if len(c) > 2 else _cell(c[1](r)) for c in columns)
        )
    Console(soft_wrap=False).print(table)


def _show_json(obj: Any) -> None:
    sys.stdout.buffer.write(json.dumps(obj, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")


def _dates(since: str | None, until: str | None) -> tuple[Any, Any]:
    """``--since`` and ``--until`` as dates (a FilterError, exit status 2, if not)."""
    from ..store import filters

    return filters.check_date(since, "--since"), filters.check_date(until, "--until")


def _open(db: Path, read_only: bool = True) -> Store:
    from ..store import Store

    return Store(db, read_only=read_only)


F = TypeVar("F", bound=Callable[..., Any])


def takes_filters(
    query: type, *, after: str, placed: dict[str, str] | None = None
) -> Callable[[F], F]:
    """Give a command the options of the filters of ``query`` that have one (text, checked
    by :meth:`~geowire.store.query.EventQuery.checked`), after its parameter ``after``;
    ``placed`` puts a parameter of the command just before a filter's option. The
    command gets the filters' values in its ``**filters``."""

    def wrap(func: F) -> F:
        own = [
            p
            for p in inspect.signature(func, eval_str=True).parameters.values()
            if p.kind is not inspect.Parameter.VAR_KEYWORD
        ]
        moved = {name: p for p in own for name, before in (placed or {}).items() if p.name == name}
        before = {filter_name: moved[name] for name, filter_name in (placed or {}).items()}
        options: list[inspect.Parameter] = []
        for name, spec in filters_of(query):
            if spec.cli is None:
                continue
            if name in before:
                options.append(before[name])
            option, help = spec.cli
            options.append(
                inspect.Parameter(
                    name,
                    inspect.Parameter.KEYWORD_ONLY,
                    default=None,
                    annotation=Annotated[str | None, typer.Option(option, help=help)],
                )
            )
        rest = [p for p in own if p.name not in moved]
        at = [p.name for p in rest].index(after) + 1
        params = [
            p.replace(kind=inspect.Parameter.KEYWORD_ONLY)
            for p in [*rest[:at], *options, *rest[at:]]
        ]
        func.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        return func

    return wrap


def _side(ref: dict[str, Any] | None, key: str) -> str | None:
    """The name or code of an event's source or target (None without one)."""
    return ref.get(key) if ref else None


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
        progress: ProgressOpt = None,
        max_chars: MaxCharsOpt = MAX_CHARS,
        workers: WorkersOpt = 1,
        time_limit: TimeLimitOpt = None,
    ) -> None:
        """Extract a corpus into the store; stored articles are skipped, copies linked.

        An article is known by its id and by its cleaned text: the same text under a
        new id is linked to the stored copy, not extracted again.
        """
        from ..errors import InputError
        from ..ingest import count_records, iter_records, limit_chars
        from ..pipeline import Pipeline
        from ..store import ingest_records
        from .main import build_config, parse_published, stderr
        from .progress import Progress, progress_mode

        cfg = build_config(config=config, model=model)
        date = parse_published(published)
        pipe = Pipeline(cfg)
        mode = progress_mode(progress, stderr)
        total_records = count_records(inputs) if mode != "off" else None
        with _open(db, read_only=False) as store:
            records = limit_chars(iter_records(inputs, published=date), max_chars)
            with Progress("ingesting", total_records, stderr, mode, unit="articles") as bar:
                stats = ingest_records(
                    store,
                    records,
                    pipe,
                    on_bad=lambda b: stderr.print(f"skipped {b.error}", markup=False),
                    progress=bar.advance,
                    workers=workers,
                    time_limit=time_limit,
                )
            total = store.stats()
        stderr.print(
            f"{stats.added} added, {stats.skipped} already stored, {stats.failed} failed, "
            f"{stats.near_duplicates} near-duplicates ({stats.linked} the same text as a "
            f"stored one: linked, not extracted), {stats.events} events "
            f"in {stats.seconds:.1f}s; store {db}: {total['documents']} documents, "
            f"{total['events']} event reports in {total['event_clusters']} events",
            markup=False,
        )
        if stats.added == 0 and stats.skipped == 0:
            raise InputError(
                f"nothing stored: {stats.failed} record(s) failed"
                if stats.failed
                else "nothing stored: no records in the input"
            )

    @app.command()
    def stats(
        db: DbOpt = DEFAULT_DB_PATH,
        top: Annotated[int, typer.Option("--top", min=1, help="Actors and dyads listed.")] = 10,
        format: FormatOpt = Show.table,
    ) -> None:
        """Summarise a store: documents, events, date range, top actors and dyads."""
        with _open(db) as store:
            s = store.summary(top=top)
        if format is not Show.table:
            _show([s], format, []) if format is Show.jsonl else _show_json(s)
            return
        build = s["build"] or {}
        dictionaries = build.get("dictionaries") or {}
        lines = [
            ("store", f"{s['path']} (schema {s['schema_version']}, {s['bytes']:,} bytes)"),
            (
                "documents",
                f"{s['documents']:,} in {s['stories']:,} stories "
                f"({s['linked_copies']:,} linked copies, "
                f"{s['near_duplicate_links']:,} near-duplicate links)",
            ),
            ("events", f"{s['event_clusters']:,} events from {s['events']:,} reports"),
            ("published", f"{s['first_published'] or '-'} to {s['last_published'] or '-'}"),
            ("event dates", f"{s['first_event_day'] or '-'} to {s['last_event_day'] or '-'}"),
            ("actors, quotes", f"{s['actors']:,} actor rows, {s['quotes']:,} quotes"),
            (
                "coded with",
                (
                    f"geowire {build.get('geowire')}, model {build.get('model')}, "
                    + (
                        "dictionaries "
                        + ", ".join(
                            f"{k}: {', '.join(d['path'] for d in v)}"
                            for k, v in dictionaries.items()
                        )
                        if dictionaries
                        else "built-in dictionaries only"
                    )
                    + (" (MIXED: run geowire recode)" if s["build_mixed"] else "")
                )
                if build
                else "not recorded (a store from an older geowire)",
            ),
        ]
        _show(
            [{"what": k, "value": v} for k, v in lines],
            Show.table,
            [("summary", lambda r: r["what"]), ("value", lambda r: r["value"])],
        )
        _show(
            s["top_actors"],
            Show.table,
            [
                ("top actor", lambda r: r["actor"]),
                ("name", lambda r: r["name"]),
                ("events", lambda r: r["events"]),
                ("reports", lambda r: r["reports"]),
            ],
        )
        _show(
            s["top_dyads"],
            Show.table,
            [
                ("top dyad source", lambda r: r["source"]),
                ("target", lambda r: r["target"]),
                ("events", lambda r: r["events"]),
                ("reports", lambda r: r["reports"]),
                ("goldstein mean", lambda r: r["goldstein_mean"]),
            ],
        )

    @app.command()
    def recode(
        db: DbOpt = DEFAULT_DB_PATH,
        model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline.")] = None,
        config: Annotated[
            Path | None, typer.Option("--config", help="A TOML configuration file.")
        ] = None,
        actors: ActorsOpt = None,
        agents: AgentsOpt = None,
        verbs: VerbsOpt = None,
        discards: DiscardsOpt = None,
        no_builtin_dictionaries: NoBuiltinOpt = False,
        force: Annotated[
            bool, typer.Option("--force", help="Recode even if the build is unchanged.")
        ] = False,
        progress: ProgressOpt = None,
    ) -> None:
        """Re-extract every stored text after dictionaries or settings changed.

        Idempotent: a store coded with this very build is left alone. The new coding
        is written beside the store and swapped in at the end.
        """
        from ..store.build import recode as recode_store
        from .main import build_config, stderr
        from .progress import Progress, progress_mode

        if not db.exists():
            from ..errors import StoreError

            raise StoreError(f"no store at {db}")
        cfg = build_config(
            config=config,
            model=model,
            actors=actors,
            agents=agents,
            verbs=verbs,
            discards=discards,
            builtin_dictionaries=not no_builtin_dictionaries,
        )
        mode = progress_mode(progress, stderr)
        holder: dict[str, Progress] = {}

        def start(total: int) -> None:
            holder["bar"] = Progress("recoding", total, stderr, mode, unit="documents")
            holder["bar"].__enter__()

        try:
            result = recode_store(
                db,
                cfg,
                force=force,
                on_total=start,
                progress=lambda what: holder["bar"].advance(what),
            )
        finally:
            if "bar" in holder:
                holder["bar"].__exit__(None, None, None)
        if result.up_to_date:
            stderr.print(
                f"store {db}: its {result.documents} documents are coded with these "
                "dictionaries and settings already; nothing to do (--force recodes anyway)",
                markup=False,
            )
            return
        stderr.print(
            f"store {db}: {result.recoded} documents recoded, {result.linked} copies linked, "
            f"{result.kept} kept as they were (re-extraction failed); "
            f"{result.events_before} event reports before, {result.events_after} after",
            markup=False,
        )

    @app.command()
    @takes_filters(EventQuery, after="db", placed={"unique": "min_confidence"})
    def events(
        db: DbOpt = DEFAULT_DB_PATH,
        unique: Annotated[
            bool, typer.Option("--unique/--reports", help="One row per event or per report.")
        ] = False,
        limit: LimitOpt = 100,
        offset: OffsetOpt = 0,
        format: FormatOpt = Show.table,
        **filters: str | None,
    ) -> None:
        """Events in the store, filtered; each with its cluster's reports and sources."""
        from ..store.filters import check_paging

        query = EventQuery.checked(filters, options=True)
        limit, offset = check_paging(limit, offset)
        with _open(db) as store:
            rows = [
                r.to_dict() for r in store.events(query, limit=limit, offset=offset, unique=unique)
            ]
        _show(
            rows,
            format,
            [
                ("date", lambda r: r["date"]),
                ("source", lambda r: _side(r["source"], "name")),
                ("source code", lambda r: _side(r["source"], "code")),
                ("cameo", lambda r: r["cameo"]),
                ("plover", lambda r: r["plover"]),
                ("target", lambda r: _side(r["target"], "name")),
                ("target code", lambda r: _side(r["target"], "code")),
                ("quad", lambda r: r["quad_class"]),
                ("goldstein", lambda r: r["goldstein"]),
                ("modality", lambda r: r["modality"]),
                ("reports", lambda r: r["reports"]),
                ("sources", lambda r: r["sources"]),
                ("doc", lambda r: r["doc_id"]),
                ("evidence", lambda r: r["evidence"], 80),
            ],
        )

    @app.command()
    @takes_filters(QuoteQuery, after="db")
    def quotes(
        db: DbOpt = DEFAULT_DB_PATH,
        limit: LimitOpt = 100,
        offset: OffsetOpt = 0,
        format: FormatOpt = Show.table,
        **filters: str | None,
    ) -> None:
        """Quotes in the store, by speaker."""
        from ..store.filters import check_paging

        limit, offset = check_paging(limit, offset)
        query = QuoteQuery.checked(filters, options=True)
        with _open(db) as store:
            rows = [r.to_dict() for r in store.quotes(query, limit=limit, offset=offset)]
        _show(
            rows,
            format,
            [
                ("published", lambda r: r["published"]),
                ("speaker", lambda r: (r["speaker"] or {}).get("name")),
                ("code", lambda r: (r["speaker"] or {}).get("code")),
                ("kind", lambda r: r["kind"]),
                ("quote", lambda r: r["text"], 100),
                ("doc", lambda r: r["doc_id"]),
            ],
        )

    @app.command()
    def dyad(
        a: Annotated[str, typer.Argument(help="First actor (code prefix or country).")],
        b: Annotated[str, typer.Argument(help="Second actor.")],
        db: DbOpt = DEFAULT_DB_PATH,
        by: Annotated[
            str, typer.Option("--by", help="Period: day, week, month, quarter or year.")
        ] = "week",
        since: SinceOpt = None,
        until: UntilOpt = None,
        directed: Annotated[bool, typer.Option("--directed", help="Only A acting on B.")] = False,
        reports: Annotated[
            bool, typer.Option("--reports", help="Count every report, not each event once.")
        ] = False,
        format: FormatOpt = Show.table,
    ) -> None:
        """Counts per quad class and Goldstein totals between two actors over time."""
        from ..analysis.dyads import dyad_series
        from ..store import filters

        period = filters.check_period(by)
        since, until = _dates(since, until)
        with _open(db) as store:
            rows = dyad_series(
                store,
                a,
                b,
                by=period,
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
