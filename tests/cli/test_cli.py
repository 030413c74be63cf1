"""The command line: exit codes and streams, in this process through ``geowire.cli.main``
(the ``cli`` fixture); the module entry point and one error through a real process."""

import gc
import json
import subprocess
import sys

import pytest
from factories import ROOT, run_geowire


def test_python_m_geowire_runs_the_app():
    out = run_geowire("--version", timeout=300)
    assert out.returncode == 0 and out.stdout.startswith("geowire ")


def test_an_error_leaves_the_process_as_one_line_and_status_1():
    out = run_geowire("extract", "-", "--published", "10/12/2007", stdin="Iran met Iraq.")
    assert out.returncode == 1
    assert out.stderr.startswith("geowire: error: ") and "--published must be a date" in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "args, message",
    [
        (["extract", "/nonexistent.txt"], "no such file or directory"),
        (["extract", "-", "--published", "10/12/2007"], "--published must be a date"),
        (["extract", "-", "--model", "xx_no_such_model"], "is not installed"),
        (["extract", "-", "--actors", "/nonexistent.txt"], "--actors: no such file"),
    ],
)
def test_errors_are_one_line_without_traceback(cli, args, message):
    out = cli(*args, stdin="Iran met Iraq.")
    assert out.returncode != 0
    assert message in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_an_unexpected_error_is_one_line_status_70_and_debug_shows_it(cli, monkeypatch):
    import importlib

    def broken(value):
        raise RuntimeError("a bug")

    # the module (geowire.cli.main the attribute is the function of that name)
    monkeypatch.setattr(importlib.import_module("geowire.cli.main"), "parse_published", broken)
    out = cli("extract", "-", stdin="Iran met Iraq.")
    assert out.returncode == 70 and out.stdout == ""
    assert out.stderr.strip() == (
        "geowire: internal error: RuntimeError: a bug (run with --debug for details)"
    )
    with pytest.raises(RuntimeError, match="a bug"):  # the traceback, as asked
        cli("--debug", "extract", "-", stdin="Iran met Iraq.")


@pytest.mark.model
def test_extract_stdin_jsonl_skips_bad_records(cli):
    stdin = (
        '{"id": "a", "text": "Iran met Iraq in Baghdad."}\nnot json\n{"id": "c", "text": "Fine."}\n'
    )
    out = cli("extract", "-", "--format", "jsonl", stdin=stdin)
    assert out.returncode == 0, out.stderr
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert [d["id"] for d in lines] == ["a", "c"]
    assert "<stdin>:2" in out.stderr and "malformed JSON" in out.stderr


@pytest.mark.model
def test_extract_single_file_prints_one_valid_object(cli, tmp_path, schema):
    import jsonschema

    p = tmp_path / "a.txt"
    p.write_text("Talks Resume\n\nIran and Iraq met in Baghdad on Sunday.", encoding="utf-8")
    out = cli("extract", str(p), "--published", "2007-12-10")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    jsonschema.validate(doc, schema)
    assert doc["title"] == "Talks Resume" and doc["published"] == "2007-12-10"
    assert doc["text"] == "Iran and Iraq met in Baghdad on Sunday."


def test_all_bad_input_exits_non_zero(cli, tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(bytes(range(256)) * 10)
    out = cli("extract", str(p))
    assert out.returncode != 0 and "binary" in out.stderr


def test_commands_are_registered_once_however_often_main_runs(cli):
    from geowire.cli import app

    cli("--version")
    before = len(app.registered_commands)
    assert cli("--version").returncode == 0
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert len(names) == before and len(set(names)) == len(names)


_FREEZE_PROBE = """
import atexit, gc, sys
atexit.register(lambda: print("frozen", gc.get_freeze_count(), file=sys.stderr))
sys.argv = ["geowire", *sys.argv[1:]]
from geowire.cli import main
main()
"""


def test_the_program_freezes_its_loaded_pipeline_out_of_garbage_collection():
    out = subprocess.run(
        [sys.executable, "-c", _FREEZE_PROBE, "extract", "-", "--published", "2007-12-10"],
        input="Iraq's security adviser met Iranian officials in Tehran on Sunday.",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["events"]
    frozen = int(out.stderr.split("frozen")[-1])
    assert frozen > 50_000  # the model's and the tables' objects


def test_main_called_with_arguments_leaves_the_callers_heap_alone(cli):
    from geowire.cli.main import is_program

    before = gc.get_freeze_count()
    ran = cli("extract", "-", "--published", "2007-12-10", stdin="Iran met Iraq in Baghdad.")
    assert ran.returncode == 0
    assert not is_program()
    assert gc.get_freeze_count() == before
