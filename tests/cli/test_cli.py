"""The command line, run as a user runs it: a subprocess, exit codes and streams."""

import json

import pytest
from factories import run_geowire


def run(*args, stdin=None):
    return run_geowire(*args, stdin=stdin, timeout=300)


def test_version():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("geowire ")


@pytest.mark.parametrize(
    "args, message",
    [
        (["extract", "/nonexistent.txt"], "no such file or directory"),
        (["extract", "-", "--published", "10/12/2007"], "--published must be a date"),
        (["extract", "-", "--model", "xx_no_such_model"], "is not installed"),
        (["extract", "-", "--actors", "/nonexistent.txt"], "--actors: no such file"),
    ],
)
def test_errors_are_one_line_without_traceback(args, message):
    out = run(*args, stdin="Iran met Iraq.")
    assert out.returncode != 0
    assert message in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


@pytest.mark.model
def test_extract_stdin_jsonl_skips_bad_records():
    stdin = (
        '{"id": "a", "text": "Iran met Iraq in Baghdad."}\nnot json\n{"id": "c", "text": "Fine."}\n'
    )
    out = run("extract", "-", "--format", "jsonl", stdin=stdin)
    assert out.returncode == 0, out.stderr
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert [d["id"] for d in lines] == ["a", "c"]
    assert "<stdin>:2" in out.stderr and "malformed JSON" in out.stderr


@pytest.mark.model
def test_extract_single_file_prints_one_valid_object(tmp_path, schema):
    import jsonschema

    p = tmp_path / "a.txt"
    p.write_text("Talks Resume\n\nIran and Iraq met in Baghdad on Sunday.", encoding="utf-8")
    out = run("extract", str(p), "--published", "2007-12-10")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    jsonschema.validate(doc, schema)
    assert doc["title"] == "Talks Resume" and doc["published"] == "2007-12-10"
    assert doc["text"] == "Iran and Iraq met in Baghdad on Sunday."


def test_all_bad_input_exits_non_zero(tmp_path):
    p = tmp_path / "bin.txt"
    p.write_bytes(bytes(range(256)) * 10)
    out = run("extract", str(p))
    assert out.returncode != 0 and "binary" in out.stderr
