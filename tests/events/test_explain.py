"""``geowire explain`` and the explanation it prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from geowire import Config
from geowire.events.explain import explain

pytestmark = pytest.mark.model


def test_explanation_traces_the_matched_verb() -> None:
    ex = explain("Iran criticized Syria.", published="2007-12-10", config=Config())
    assert [(v.token, v.code) for v in ex.verbs] == [("criticized", "111")]
    assert [t.text for t in ex.tokens][:3] == ["Iran", "criticized", "Syria"]


def test_explain_command(cli, tmp_path: Path) -> None:
    verbs = tmp_path / "verbs.txt"
    verbs.write_text("--- ZAP [190] ---\nZAP\n", encoding="utf-8")
    out = cli("explain", "Iran zapped Syria.", "--verbs", str(verbs))
    assert out.returncode == 0, out.stderr
    assert "ZAP" in out.stdout and "default code of the verb" in out.stdout


def test_explain_command_bad_dictionary_is_one_line(cli) -> None:
    out = cli("explain", "Iran met Syria.", "--verbs", "/nope.txt")
    assert out.returncode != 0
    assert "Traceback" not in out.stderr and out.stderr.strip().count("\n") == 0
    assert "--verbs: no such file: /nope.txt" in out.stderr
