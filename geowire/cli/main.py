"""The ``geowire`` command: the app, its error boundary, and the core commands.

Commands live beside this module; each module of ``geowire.cli`` that defines
``register(app)`` is discovered and adds its own. Errors become one line on
stderr and a non-zero exit status, never a traceback (``--debug`` shows one).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import json
import logging
import pkgutil
import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from rich.console import Console

from .._version import __version__
from ..config import Config
from ..errors import GeowireError, InputError
from ..ingest.readers import MAX_CHARS

__all__ = [
    "app",
    "main",
    "stderr",
    "build_config",
    "write_json_line",
    "MaxCharsOpt",
    "ProgressOpt",
    "TimeLimitOpt",
    "WorkersOpt",
]

stderr = Console(stderr=True, highlight=False, soft_wrap=True)

app = typer.Typer(
    name="geowire",
    help="News to political event data: actors, CAMEO/PLOVER events, quotes, dates, places.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)

_debug = False
#: True when this process is the ``geowire`` program (the console script or ``python -m
#: geowire``), not a caller running :func:`main` with arguments (tests, scripts): only
#: then may a command freeze the loaded pipeline out of garbage collection
#: (:func:`geowire.work.settle_heap`).
_program = False


def is_program() -> bool:
    """Whether this process is the ``geowire`` program (see ``_program``)."""
    return _program


def _version(value: bool) -> None:
    if value:
        typer.echo(f"geowire {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    global _debug
    _debug = debug
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


ModelOpt = Annotated[
    str | None,
    typer.Option("--model", help="Any installed spaCy pipeline, by name."),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="A TOML configuration file.", dir_okay=False),
]
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date for relative dates: YYYY-MM-DD, ISO date-time or RFC 2822.",
    ),
]
#: the TABARI/PETRARCH dictionaries a command may load (extract, explain, recode)
ActorsOpt = Annotated[
    list[Path] | None,
    typer.Option("--actors", help="TABARI actors dictionary (repeatable).", dir_okay=False),
]
AgentsOpt = Annotated[
    list[Path] | None,
    typer.Option("--agents", help="TABARI agents dictionary (repeatable).", dir_okay=False),
]
VerbsOpt = Annotated[
    list[Path] | None,
    typer.Option("--verbs", help="TABARI/PETRARCH verbs dictionary (repeatable).", dir_okay=False),
]
DiscardsOpt = Annotated[
    list[Path] | None,
    typer.Option("--discards", help="TABARI discards file (repeatable).", dir_okay=False),
]
NoBuiltinOpt = Annotated[
    bool, typer.Option("--no-builtin-dictionaries", help="Use only the dictionaries given.")
]
MaxCharsOpt = Annotated[
    int,
    typer.Option(
        "--max-chars",
        min=0,
        help="Skip (and report) a text longer than this many characters; 0: no limit. "
        "The default is the HTTP API's limit.",
    ),
]
ProgressOpt = Annotated[
    bool | None,
    typer.Option(
        "--progress/--no-progress",
        help="Progress on stderr (default: a bar on a terminal, a line every 10 s otherwise).",
    ),
]
#: the runner's options, the same for every command that runs a corpus (extract, ingest)
TimeLimitOpt = Annotated[
    float | None,
    typer.Option(
        "--time-limit",
        min=0,
        help="Seconds one document may take before it is skipped (0: no limit; "
        "default 300 or GEOWIRE_TIME_LIMIT).",
    ),
]
WorkersOpt = Annotated[
    int, typer.Option("--workers", "-w", min=1, help="Processes, one model each.")
]


def build_config(
    *,
    config: Path | None = None,
    model: str | None = None,
    actors: Iterable[Path] | None = None,
    agents: Iterable[Path] | None = None,
    verbs: Iterable[Path] | None = None,
    discards: Iterable[Path] | None = None,
    builtin_dictionaries: bool = True,
) -> Config:
    """A Config from a file (or the defaults) and the command-line options over it."""
    cfg = Config.from_toml(config) if config else Config()
    changes: dict[str, Any] = {}
    if model:
        changes["model"] = model
    for key, paths in (
        ("actors", actors),
        ("agents", agents),
        ("verbs", verbs),
        ("discards", discards),
    ):
        if paths:
            for p in paths:
                if not p.is_file():
                    raise InputError(f"--{key}: no such file: {p}")
            changes[key] = (*getattr(cfg, key), *paths)
    if not builtin_dictionaries:
        changes["builtin_dictionaries"] = False
    return cfg.replace(**changes) if changes else cfg


def parse_published(value: str | None) -> dt.date | None:
    """The ``--published`` date: ISO (date or date-time) or RFC 2822, as readers take."""
    from ..dates import to_date

    if value is None:
        return None
    try:
        return to_date(value)
    except (ValueError, OverflowError):
        raise InputError(
            "--published must be a date as YYYY-MM-DD (or an ISO date-time, or RFC 2822 "
            f"such as 'Mon, 10 Dec 2007 14:00:00 +0000'), not {value!r}"
        ) from None


def write_json_line(obj: Any) -> None:
    """One JSON document on stdout, UTF-8 whatever the locale."""
    sys.stdout.buffer.write(json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n")
    sys.stdout.buffer.flush()


@app.command()
def extract(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Text, HTML, JSONL, CSV or feed files, directories, URLs, or - for stdin."
        ),
    ],
    published: PublishedOpt = None,
    format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="json: one object or a list; jsonl; table: a readable summary (as demo).",
        ),
    ] = OutputFormat.json,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    verbs: VerbsOpt = None,
    discards: DiscardsOpt = None,
    no_builtin_dictionaries: NoBuiltinOpt = False,
    model: ModelOpt = None,
    config: ConfigOpt = None,
    progress: ProgressOpt = None,
    max_chars: MaxCharsOpt = MAX_CHARS,
    time_limit: TimeLimitOpt = None,
    workers: WorkersOpt = 1,
    min_confidence: Annotated[
        str | None,
        typer.Option(
            "--min-confidence",
            help="Keep only events at least this likely to be right (0-1; the calibrated "
            "confidence of each event).",
        ),
    ] = None,
) -> None:
    """Extract actors, events, quotes, times and places as contract JSON."""
    from ..ingest import BadRecord, count_records, iter_records, limit_chars
    from ..runner import run
    from .progress import Progress, progress_mode

    cfg = build_config(
        config=config,
        model=model,
        actors=actors,
        agents=agents,
        verbs=verbs,
        discards=discards,
        builtin_dictionaries=not no_builtin_dictionaries,
    )
    if min_confidence is not None:
        from ..store.filters import check_confidence

        floor = check_confidence(min_confidence)
        cfg = cfg.with_settings("geowire.events.v1", min_confidence=floor)
    date = parse_published(published)
    mode = progress_mode(progress, stderr)
    total = count_records(inputs) if mode != "off" else None
    records = limit_chars(iter_records(inputs, published=date), max_chars)
    from ..pipeline import Pipeline

    source: Config | Pipeline = cfg
    if workers == 1 and _program:
        from ..work import settle_heap

        source = Pipeline(cfg)  # built here, so that it is frozen before the first article
        settle_heap()
    stream = run(source, records, workers=workers, time_limit=time_limit)
    good = bad = 0
    collected: list[dict[str, Any]] = []
    console = None
    if format is OutputFormat.table:
        from .render import render_summary

        # on a terminal as wide as it is; piped, wide enough that no table wraps
        console = Console(width=None if sys.stdout.isatty() else 200, highlight=False)
    with Progress("extracting", total, stderr, mode) as bar:
        for item in stream:
            if isinstance(item, BadRecord):
                bad += 1
                bar.advance("failed")
                stderr.print(f"skipped {item.error}", markup=False)
                continue
            good += 1
            bar.advance("done")
            if console is not None:
                render_summary(item, console)
            elif format is OutputFormat.jsonl:
                write_json_line(item.to_dict())
            else:
                collected.append(item.to_dict())
    if format is OutputFormat.json and good:
        single = len(collected) == 1 and bad == 0 and len(inputs) == 1
        out = collected[0] if single else collected
        sys.stdout.buffer.write(
            json.dumps(out, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
        )
    if good == 0:
        raise InputError("no document could be read" if bad else "no input documents")


@functools.cache
def _discover() -> None:
    """Import every command module of this package that registers commands (once per
    process: ``main`` may run many times in one, as the tests run it)."""
    package = sys.modules[__package__]
    for info in pkgutil.iter_modules(package.__path__):
        if info.name in ("main",) or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__package__}.{info.name}")
        register = getattr(module, "register", None)
        if callable(register):
            register(app)


try:  # typer >= 0.2x ships its own copy of click, with its own exception classes
    from typer._click.exceptions import ClickException as _TyperClickException
    from typer._click.exceptions import UsageError as _TyperUsageError
except ImportError:  # pragma: no cover - a typer that uses click itself
    _TyperClickException = click.ClickException  # type: ignore[misc,assignment]
    _TyperUsageError = click.UsageError  # type: ignore[misc,assignment]


def _usage_message(exc: Exception) -> str:
    """A usage error (bad option value, missing argument) as one line, naming the command."""
    text = exc.format_message() if hasattr(exc, "format_message") else str(exc)
    text = " ".join(text.replace("Value error, ", "").split())
    ctx = getattr(exc, "ctx", None)
    where = f"see '{ctx.command_path} --help'" if ctx is not None else "see --help"
    return f"{text} ({where})"


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app; turn every error into one line and an exit status.

    Without ``argv`` (the arguments are the process's own) this is the program."""
    global _program
    _program = argv is None
    code = 0
    try:
        _discover()
        command = typer.main.get_command(app)
        command.main(args=argv, prog_name="geowire", standalone_mode=False)
    except GeowireError as exc:
        if _debug:
            raise
        stderr.print(f"geowire: error: {exc}", markup=False)
        # a usage mistake (geowire.store.filters.FilterError: a filter value outside
        # those it takes) exits 2 as click's usage errors do; other errors 1
        code = getattr(exc, "exit_status", 1)
    except (click.exceptions.Exit, typer.Exit) as exc:
        code = exc.exit_code
    except (click.UsageError, _TyperUsageError) as exc:  # typer vendors its own click
        if type(exc).__name__ == "NoArgsIsHelpError":  # no arguments: the help, as asked
            if exc.format_message().strip():  # (typer's Rich help has printed itself)
                typer.echo(exc.format_message())
        else:
            stderr.print(f"geowire: error: {_usage_message(exc)}", markup=False)
        code = 2
    except (click.ClickException, _TyperClickException) as exc:
        exc.show()
        code = exc.exit_code
    except (click.exceptions.Abort, typer.Abort):
        stderr.print("geowire: aborted", markup=False)
        code = 130
    except KeyboardInterrupt:
        stderr.print("geowire: interrupted", markup=False)
        code = 130
    except BrokenPipeError:
        sys.stderr.close()
        code = 0
    except Exception as exc:  # noqa: BLE001 - the boundary: never a traceback for users
        if _debug:
            raise
        stderr.print(
            f"geowire: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
            markup=False,
        )
        code = 70
    sys.exit(code)
