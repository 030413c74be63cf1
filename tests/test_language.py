"""The rule words are data: geowire/data/<lang>/*.tsv, read once, chosen by Config.lang."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from geowire import ConfigError, DictionaryError
from geowire.config import Config
from geowire.language import COLUMNS, DATA_DIR, LANGUAGES, language, load_language
from geowire.tables import read_table

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_word_file_is_a_checked_table(lang):
    paths = sorted((DATA_DIR / lang).glob("*.tsv"))
    assert paths
    for path in paths:
        table = read_table(path, COLUMNS)
        assert table.version, path
        text = path.read_text(encoding="utf-8")
        assert "Source:" in text.split("\nlist\tword\n", 1)[0], f"{path}: no source note"
        names = {cells[0] for _line, cells in table.rows}
        for name in names:  # every list says what it is for, in the file's comments
            assert f"#   {name}:" in text, f"{path}: list {name!r} is not described"
    assert language(lang).lists


def test_one_language_object_a_code():
    assert language("en") is language("en")


def test_unknown_language_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown language 'xx'"):
        Config(lang="xx")
    with pytest.raises(ConfigError, match="my.toml: unknown language 'de'"):
        Config.from_dict({"lang": "de"}, origin="my.toml")
    with pytest.raises(ConfigError, match="unknown language"):
        language("xx")
    assert Config.from_dict({"lang": "en"}).lang == "en"


def test_unknown_list_is_named():
    with pytest.raises(DictionaryError, match="no word list 'no_such_list'"):
        language("en").words("no_such_list")


HEAD = "# test words. version: 1\n# Source: test\nlist\tword\n"


@pytest.mark.parametrize(
    "files, message",
    [
        ({"a.tsv": HEAD + "Bad-Name\tx\n"}, "a.tsv:4: a list name is lower_snake_case"),
        ({"a.tsv": HEAD + "x\tin\nx\tin\n"}, "a.tsv:5: 'in' is in list 'x' twice"),
        (
            {"a.tsv": HEAD + "x\tin\n", "b.tsv": HEAD + "x\ton\n"},
            "list 'x' is already given in a.tsv",
        ),
        ({"a.tsv": HEAD + "x\n"}, "expected 2 columns, found 1"),
        ({"a.tsv": "list\tword\nx\tin\n"}, "no '# ... version N' line"),
        ({}, "no word lists"),
    ],
)
def test_bad_word_files_are_refused_with_file_and_line(tmp_path, files, message):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        load_language(tmp_path, "en")


def test_order_is_kept_and_sets_are_the_same_words(tmp_path):
    (tmp_path / "a.tsv").write_text(HEAD + "x\tb\nx\ta\ny\tc\n", encoding="utf-8")
    lang = load_language(tmp_path, "en")
    assert lang.ordered("x") == ("b", "a") and lang.words("x") == {"a", "b"}
    assert lang.origins["y"] == ("a.tsv", "1")


def test_importing_geowire_reads_no_data_file():
    """Every module of the package imports without opening anything under geowire/data."""
    probe = f"""
import builtins, importlib, io, pathlib, pkgutil
opened = []
real_open = io.open
def spy(file, *args, **kwargs):
    opened.append(str(file))
    return real_open(file, *args, **kwargs)
builtins.open = io.open = spy
real_read = pathlib.Path.read_text
def spy_read(self, *args, **kwargs):
    opened.append(str(self))
    return real_read(self, *args, **kwargs)
pathlib.Path.read_text = spy_read
import geowire
for module in pkgutil.walk_packages(geowire.__path__, "geowire."):
    if not module.name.endswith("__main__"):
        importlib.import_module(module.name)
data = {str(ROOT / "geowire" / "data")!r}
print("\\n".join(p for p in opened if p.startswith(data)))
"""
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == ""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_list_is_read_by_some_rule(lang):
    """A list no code names is dead data (a view's field or a words()/ordered() name)."""
    source = "\n".join(
        p.read_text(encoding="utf-8")
        for p in (ROOT / "geowire").rglob("*.py")
        if p.name != "language.py"
    )
    unread = [name for name in language(lang).lists if not re.search(rf"\b{name}\b", source)]
    assert unread == []


def test_count_of_word_lists_left_in_code_runs():
    """scripts/count_word_lists.py reads the package and finds what a word list looks like."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import count_word_lists as counter
    finally:
        sys.path.pop(0)
    assert counter.is_word_list(["said", "says"])
    assert not counter.is_word_list(["nsubj", "dobj"])
    assert not counter.is_word_list(["GPE", "LOC"])
    found = counter.scan_all()
    assert all(f.size >= 2 for f in found)
    assert not any(f.path.startswith("geowire/places/") and f.name for f in found)
