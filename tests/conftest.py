"""Shared fixtures. Tests never read ../shared; model-dependent tests are marked."""

from __future__ import annotations

import json
import logging
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads((ROOT / "schema" / "document.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_record() -> dict:
    path = ROOT / "geowire" / "data" / "examples" / "example.jsonl"
    return json.loads(path.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def example_doc(example_record):
    """The bundled example through the full default pipeline (loads the model once)."""
    import geowire

    return geowire.extract(example_record["text"], published=example_record["published"])


# -- the command line, in this process ------------------------------------------------


class Ran(NamedTuple):
    """What one ``geowire ARGS`` did: its exit status and what it wrote (named as
    :class:`subprocess.CompletedProcess` names them)."""

    returncode: int
    stdout: str
    stderr: str


def _print_warning(message, category, filename, lineno, file=None, line=None) -> None:
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def _fresh_process_warnings() -> None:
    """The warning filters of a fresh ``python`` (no ``-W``), not pytest's: a warning
    the command prints is on its stderr, as a user would see it."""
    warnings.resetwarnings()
    warnings.showwarning = _print_warning  # not into pytest's record of warnings
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
    for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        warnings.simplefilter("ignore", category, append=True)


def run_cli(*args: str, stdin: str | bytes | None = None, env: dict[str, str] | None = None) -> Ran:
    """``geowire ARGS`` in this process, entered as the console script enters it
    (``geowire.cli.main``, with its error boundary), its streams isolated by Typer's
    CliRunner: ``stdin`` is standard input, ``env`` is set for the run. The spaCy model
    is loaded once per process, so only the first command that needs it pays for it.

    Anything but ``SystemExit`` escaping ``main`` is a traceback the user would see:
    it is raised here, failing the test, never caught into the result.
    """
    from typer.testing import CliRunner

    from geowire.cli import main

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    root.handlers.clear()  # as in a fresh process: the command's logging setup applies
    try:
        with (
            CliRunner().isolation(input=stdin, env=env) as (out, err, _),
            warnings.catch_warnings(),
        ):
            _fresh_process_warnings()
            try:
                main(list(args))
            except SystemExit as exc:
                code = exc.code
            else:
                pytest.fail("geowire.cli.main returned instead of exiting with a status")
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
            stdout, stderr = out.getvalue(), err.getvalue()
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                handler.close()
        root.handlers[:] = handlers
        root.setLevel(level)
    assert isinstance(code, int), f"exit status {code!r} is not a number"
    return Ran(code, stdout.decode("utf-8"), stderr.decode("utf-8", errors="replace"))


@pytest.fixture
def cli() -> Callable[..., Ran]:
    """:func:`run_cli`: ``cli("extract", path, stdin=...)``."""
    return run_cli
