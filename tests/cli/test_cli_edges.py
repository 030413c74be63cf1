"""The command line's edges, run in-process (no spaCy model: a cleaning-only config)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from factories import fill_store

from geowire.store import Store

TEXT = (
    "Iran and Iraq agreed on Sunday to expand cooperation on border security, officials "
    "in Baghdad said after two days of talks between the foreign ministers."
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return fill_store(tmp_path / "s.duckdb")


@pytest.fixture
def clean_only(tmp_path: Path) -> Path:
    """A configuration running the cleaner only: the CLI without loading a model."""
    path = tmp_path / "clean.toml"
    path.write_text('components = ["geowire.clean.v1"]\n', encoding="utf-8")
    return path


# -- filters validate as the API does: exit 2, one line naming the allowed values ------


@pytest.mark.parametrize(
    "args, allowed",
    [
        (["events", "--root", "abc"], "01 to 20"),
        (["events", "--root", "21"], "01 to 20"),
        (["events", "--modality", "bogus"], "asserted, reported, planned, hypothetical, negated"),
        (["events", "--plover", "BOGUS"], "ASSAULT"),
        (["events", "--quad", "7"], "1 (verbal cooperation)"),
        (["events", "--quad", "x"], "4 (material conflict)"),
        (["dyad", "IRQ", "IRN", "--by", "century"], "day, week, month, quarter, year"),
        (["events", "--offset", "99999999999999999999999"], "0 to 1,000,000,000"),
        (["events", "--limit", "0"], "1 to 1,000,000,000"),
        (["quotes", "--offset", "-1"], "0 to 1,000,000,000"),
        (["events", "--since", "last week"], "YYYY-MM-DD"),
        (["events", "--min-confidence", "2"], "0 to 1"),
        (["events", "--min-confidence", "high"], "0 to 1"),
    ],
)
def test_a_bad_filter_is_a_usage_error_in_one_line(cli, db, args, allowed):
    code, out, err = cli(*args, "--db", str(db))
    assert code == 2, err
    assert allowed in err and "internal error" not in err
    assert len(err.strip().splitlines()) == 1 and out == ""


@pytest.mark.parametrize(
    "args",
    [["events", "--root", "2"], ["events", "--plover", "consult"], ["events", "--quad", "1"]],
)
def test_good_filter_values_pass(cli, db, args):
    code, out, err = cli(*args, "--db", str(db))
    assert code == 0, err


def test_click_usage_errors_are_one_line_not_internal_errors(cli, db):
    code, _, err = cli("events", "--no-such-option", "--db", str(db))
    assert code == 2 and "internal error" not in err and len(err.strip().splitlines()) == 1


# -- tables: plain TSV when piped; names, codes and PLOVER; evidence cut at a word -----


def test_piped_events_table_is_plain_tsv_with_names_codes_and_plover(cli, db):
    code, out, err = cli("events", "--db", str(db))
    assert code == 0, err
    lines = out.splitlines()
    header = lines[0].split("\t")
    assert header[:7] == [
        "date",
        "source",
        "source code",
        "cameo",
        "plover",
        "target",
        "target code",
    ]
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]
    with Store(db, read_only=True) as s:
        assert len(rows) == len(s.events())
    assert any(r["source"] and r["source code"] and r["plover"] for r in rows)
    assert not any(ch in out for ch in "│┃━─")  # no box drawing, no wrapping


def test_piped_stats_is_tsv(cli, db):
    code, out, err = cli("stats", "--db", str(db))
    assert code == 0, err
    assert "documents\t3 in" in out and "top actor\tname\tevents\treports" in out


def test_stats_json(cli, db):
    code, out, _ = cli("stats", "--db", str(db), "--format", "json")
    s = json.loads(out)
    assert code == 0 and s["documents"] == 3 and s["top_actors"] and s["top_dyads"]


@pytest.mark.parametrize(
    "text, width, expected",
    [
        ("short", 80, "short"),
        ("Iran and Iraq agreed to expand cooperation", 20, "Iran and Iraq…"),
        ("Iran  and\nIraq", 80, "Iran and Iraq"),
        ("Supercalifragilisticexpialidocious", 10, "Supercali…"),
    ],
)
def test_shorten_cuts_at_a_word_with_an_ellipsis(text, width, expected):
    from geowire.cli.render import shorten

    got = shorten(text, width)
    assert got == expected and len(got) <= width


# -- export ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, message",
    [("x.xlsx", "cannot tell the export format"), ("", "is a folder")],
)
def test_export_refuses_unknown_names_and_folders_in_one_line(cli, db, tmp_path, name, message):
    code, _, err = cli("export", str(tmp_path / name), "--db", str(db))
    assert code == 1 and message in err and "internal error" not in err
    assert len(err.strip().splitlines()) == 1


def test_export_plover_counts_events_without_a_type(cli, db, tmp_path):
    path = tmp_path / "e.plover.jsonl"
    code, _, err = cli("export", str(path), "--db", str(db))
    assert code == 0, err
    records = [json.loads(line) for line in path.read_text().splitlines()]
    untyped = sum(r["event"] is None for r in records)
    assert f"{len(records)} rows written" in err
    assert (f"{untyped} events without a PLOVER type" in err) == bool(untyped)


# -- ingest, linked copies, --max-chars, stats, recode -------------------------------------


def _jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_ingest_of_nothing_readable_fails_and_says_how_many(cli, tmp_path, clean_only):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('not json\n{"id": 1}\n', encoding="utf-8")
    db = tmp_path / "n.duckdb"
    code, _, err = cli("ingest", str(bad), "--db", str(db), "--config", str(clean_only))
    assert code == 1
    assert "nothing stored: 2 record(s) failed" in err


def test_ingest_links_the_same_text_under_a_new_id(cli, tmp_path, clean_only):
    db = tmp_path / "l.duckdb"
    first = _jsonl(tmp_path / "a.jsonl", {"id": "a", "text": TEXT})
    second = _jsonl(tmp_path / "b.jsonl", {"id": "b", "text": TEXT})
    assert cli("ingest", str(first), "--db", str(db), "--config", str(clean_only))[0] == 0
    code, _, err = cli("ingest", str(second), "--db", str(db), "--config", str(clean_only))
    assert code == 0, err
    assert err.strip().splitlines()[-1].startswith("1 added, 0 already stored, 0 failed")
    assert "(1 the same text as a stored one: linked, not extracted)" in err


def test_max_chars_skips_a_long_text_in_one_line(cli, tmp_path, clean_only):
    long = tmp_path / "long.txt"
    long.write_text("Iran met Iraq. " * 100, encoding="utf-8")
    db = tmp_path / "m.duckdb"
    args = ["ingest", str(long), "--db", str(db), "--config", str(clean_only)]
    code, _, err = cli(*args, "--max-chars", "1000")
    assert code == 1
    assert "1,500 characters, over the --max-chars limit of 1,000" in err
    assert cli(*args, "--max-chars", "0")[0] == 0


def test_max_chars_default_is_the_api_limit():
    from geowire.api.services import DEFAULT_MAX_TEXT
    from geowire.ingest import MAX_CHARS

    assert MAX_CHARS == DEFAULT_MAX_TEXT == 200_000


def test_recode_command_is_idempotent(cli, tmp_path, clean_only):
    db = tmp_path / "r.duckdb"
    corpus = _jsonl(tmp_path / "c.jsonl", {"id": "a", "text": TEXT}, {"id": "b", "text": TEXT})
    assert cli("ingest", str(corpus), "--db", str(db), "--config", str(clean_only))[0] == 0
    code, _, err = cli("recode", "--db", str(db), "--config", str(clean_only))
    assert code == 0 and "nothing to do" in err
    code, _, err = cli("recode", "--db", str(db), "--config", str(clean_only), "--force")
    assert code == 0 and "1 documents recoded, 1 copies linked" in err


# -- extract: --format table, --published forms ---------------------------------------------


def test_extract_table_prints_the_demo_summary(cli, tmp_path, clean_only):
    path = tmp_path / "a.txt"
    path.write_text("Talks Resume\n\n" + TEXT, encoding="utf-8")
    code, out, err = cli("extract", str(path), "--format", "table", "--config", str(clean_only))
    assert code == 0, err
    assert "Talks Resume" in out and "0 actors, 0 events, 0 quotes" in out
    assert "published unknown" in out


@pytest.mark.parametrize(
    "value", ["2007-12-10", "2007-12-10T14:05:00Z", "Mon, 10 Dec 2007 14:05:00 +0000"]
)
def test_extract_published_in_iso_and_rfc2822_forms(cli, tmp_path, clean_only, value):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, out, err = cli("extract", str(path), "--published", value, "--config", str(clean_only))
    assert code == 0, err
    assert json.loads(out)["published"] == "2007-12-10"


# -- progress ----------------------------------------------------------------------------------


def test_progress_lines_when_stderr_is_not_a_terminal():
    import io

    from rich.console import Console

    from geowire.cli.progress import Progress

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=False, width=200)
    with Progress("ingesting", 4, console, "lines", every=0.0, unit="articles") as bar:
        for what in ("added", "added", "failed", "added"):
            bar.advance(what)
    lines = buf.getvalue().splitlines()
    assert len(lines) == 4
    assert lines[1].startswith("ingesting: 2/4 articles (50%) [2 added]")
    assert "elapsed" in lines[1] and "left" in lines[1]
    assert "[3 added, 1 failed]" in lines[-1]


def test_progress_without_a_total_says_how_many_so_far():
    import io

    from rich.console import Console

    from geowire.cli.progress import Progress

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=False, width=200)
    with Progress("extracting", None, console, "lines", every=0.0) as bar:
        bar.advance("done")
    assert buf.getvalue().startswith("extracting: 1 records [1 done]")


def test_record_counts_are_known_for_files(tmp_path):
    from geowire.ingest import count_records

    corpus = _jsonl(tmp_path / "c.jsonl", {"text": "a"}, {"text": "b"}, {"text": "c"})
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "d" / "y.csv").write_text('id,text\n1,"two\nlines"\n2,b\n', encoding="utf-8")
    assert count_records([corpus, tmp_path / "d"]) == 6
    assert count_records(["-"]) is None


def test_no_arguments_print_the_help_not_an_internal_error(cli):
    code, out, err = cli()
    assert code == 2 and "Usage" in out + err and "internal error" not in err
    assert "geowire: error" not in err


def test_ingest_prints_progress_lines_with_a_total_off_a_terminal(
    cli, tmp_path, clean_only, monkeypatch
):
    import geowire.cli.progress

    monkeypatch.setattr(geowire.cli.progress, "EVERY", 0.0)
    corpus = _jsonl(
        tmp_path / "c.jsonl",
        {"id": "a", "text": TEXT},
        {"id": "b", "text": TEXT + " Two."},
        {"id": "c", "text": TEXT},
    )
    db = tmp_path / "p.duckdb"
    code, _, err = cli("ingest", str(corpus), "--db", str(db), "--config", str(clean_only))
    assert code == 0, err
    lines = [line for line in err.splitlines() if line.startswith("ingesting: ")]
    assert lines[0].startswith("ingesting: 1/3 articles (33%)")
    assert lines[-1].startswith("ingesting: 3/3 articles (100%)") and "linked" in lines[-1]
    assert all("elapsed" in line and "left" in line for line in lines)
    code, _, err = cli(
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--config",
        str(clean_only),
        "--no-progress",
    )
    assert code == 0 and "ingesting: " not in err


def test_extract_skips_a_text_over_max_chars_in_one_line(cli, tmp_path, clean_only):
    a = tmp_path / "a.jsonl"
    _jsonl(a, {"id": "short", "text": TEXT}, {"id": "long", "text": "Iran met Iraq. " * 20})
    code, out, err = cli(
        "extract",
        str(a),
        "--format",
        "jsonl",
        "--max-chars",
        "200",
        "--config",
        str(clean_only),
    )
    assert code == 0, err
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["short"]
    (line,) = [x for x in err.splitlines() if "max-chars" in x]
    assert (
        line.startswith("skipped ")
        and ":2: 300 characters, over the --max-chars limit of 200" in line
    )


def test_the_cli_filters_take_the_values_the_api_takes():
    """geowire.store.filters is the CLI's list of allowed values; the API's enums must agree."""
    from geowire.api import routes
    from geowire.store import filters

    assert tuple(m.value for m in routes.Modality) == filters.MODALITIES
    assert tuple(p.value for p in routes.Period) == filters.PERIODS
    assert routes.MAX_OFFSET == filters.MAX_OFFSET
    assert set(filters.QUAD_CLASSES) == {1, 2, 3, 4}


def test_min_confidence_filters_stored_events(cli, db):
    _, everything, _ = cli("events", "--db", str(db), "--format", "jsonl")
    _, none, _ = cli("events", "--db", str(db), "--format", "jsonl", "--min-confidence", "1")
    _, some, _ = cli("events", "--db", str(db), "--format", "jsonl", "--min-confidence", "0")
    assert everything.strip() and none.strip() == "" and some == everything


def test_extract_min_confidence_is_checked(cli, tmp_path, clean_only):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    code, _, err = cli("extract", str(path), "--config", str(clean_only), "--min-confidence", "7")
    assert code == 2 and "0 to 1" in err
