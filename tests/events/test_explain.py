"""``geowire explain`` and the explanation it prints."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from geowire import Config
from geowire.events.explain import explain

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]


def test_explanation_traces_the_matched_verb() -> None:
    ex = explain("Iran criticized Syria.", published="2007-12-10", config=Config())
    assert [(v.token, v.code) for v in ex.verbs] == [("criticized", "111")]
    assert [t.text for t in ex.tokens][:3] == ["Iran", "criticized", "Syria"]


def test_explain_command(tmp_path: Path) -> None:
    verbs = tmp_path / "verbs.txt"
    verbs.write_text("--- ZAP [190] ---\nZAP\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "geowire", "explain", "Iran zapped Syria.", "--verbs", str(verbs)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert "ZAP" in out.stdout and "default code of the verb" in out.stdout


def test_explain_command_bad_dictionary_is_one_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "geowire", "explain", "Iran met Syria.", "--verbs", "/nope.txt"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert out.returncode != 0
    assert "Traceback" not in out.stderr and out.stderr.strip().count("\n") == 0
