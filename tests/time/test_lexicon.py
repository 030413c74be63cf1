"""The time lexicon is versioned data, checked when loaded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geowire.errors import DictionaryError
from geowire.time.lexicon import LEXICON_PATH, load_lexicon


def test_builtin_lexicon_loads() -> None:
    lex = load_lexicon()
    assert lex.version
    assert lex.months["sept"] == 9
    assert lex.weekdays["sunday"] == 7
    assert lex.refs["now"] == "PRESENT_REF"
    assert lex.nth_weekday_holidays["thanksgiving"] == (11, 4, 4)


def _write(tmp_path: Path, mutate) -> Path:
    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "mutate, key",
    [
        (lambda d: d["months"].__setitem__("smarch", 13), "smarch"),
        (lambda d: d["weekdays"].__setitem__("funday", 0), "funday"),
        (lambda d: d["refs"].__setitem__("yore", "OLD_REF"), "yore"),
        (lambda d: d["fixed_holidays"].__setitem__("bad day", "13-45"), "bad day"),
        (lambda d: d["easter_holidays"].__setitem__("lent", "-46"), "lent"),
        (lambda d: d["set_adverbs"].__setitem__("often", "sometimes"), "often"),
        (lambda d: d["units"].__setitem__("eon", "EON"), "eon"),
    ],
)
def test_bad_entry_names_file_line_and_key(tmp_path: Path, mutate, key: str) -> None:
    path = _write(tmp_path, mutate)
    with pytest.raises(DictionaryError) as info:
        load_lexicon(path)
    message = str(info.value)
    assert str(path) in message and repr(key) in message
    line = int(message.split(f"{path}:")[1].split(":")[0])
    assert key in path.read_text(encoding="utf-8").splitlines()[line - 1]


def test_missing_version(tmp_path: Path) -> None:
    path = _write(tmp_path, lambda d: d.pop("version"))
    with pytest.raises(DictionaryError, match="version"):
        load_lexicon(path)


def test_not_json(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(DictionaryError, match="not valid JSON"):
        load_lexicon(path)


def test_the_language_folder_holds_the_time_lexicon():
    from geowire.config import Config
    from geowire.time import TimeTagger
    from geowire.time.lexicon import lexicon_path

    assert lexicon_path("en") == LEXICON_PATH and LEXICON_PATH.parent.name == "en"
    assert TimeTagger(Config(lang="en")).lexicon is load_lexicon(lexicon_path("en"))
