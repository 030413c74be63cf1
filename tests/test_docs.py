"""The documentation tells the truth: docs/contract.md names everything the schema has, and
every file the README names exists."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT / "docs" / "contract.md"
SCHEMA = ROOT / "schema" / "document.schema.json"


def _walk(node: Any, path: str) -> Iterator[tuple[str, str, Any]]:
    """(where, kind, value) for every property name and enumerated value in ``node``."""
    if isinstance(node, dict):
        for name, sub in (node.get("properties") or {}).items():
            yield f"{path}.{name}", "property", name
            yield from _walk(sub, f"{path}.{name}")
        for value in node.get("enum") or ():
            yield path, "enum", value
        for key in ("items", "oneOf", "anyOf", "allOf", "$defs"):
            sub = node.get(key)
            if isinstance(sub, dict) and key == "$defs":
                for name, d in sub.items():
                    yield from _walk(d, f"$defs.{name}")
            elif isinstance(sub, dict):
                yield from _walk(sub, path)
            elif isinstance(sub, list):
                for item in sub:
                    yield from _walk(item, path)


def _schema_terms() -> list[tuple[str, str, Any]]:
    return list(_walk(json.loads(SCHEMA.read_text(encoding="utf-8")), "document"))


def test_the_contract_page_exists_and_points_at_the_schema():
    text = CONTRACT.read_text(encoding="utf-8")
    assert "schema/document.schema.json" in text


@pytest.mark.parametrize(
    "where, kind, value", _schema_terms(), ids=lambda v: str(v) if isinstance(v, str) else None
)
def test_every_schema_property_and_value_is_named_in_the_contract(where, kind, value):
    text = CONTRACT.read_text(encoding="utf-8")
    if value is None:
        assert "null" in text
        return
    named = f"`{value}`" in text or f'"{value}"' in text
    if isinstance(value, int):  # quad classes: "1 verbal cooperation, 2 ..."
        named = named or re.search(rf"\b{value} \w", text) is not None
    if kind == "enum":  # also as one of "a|b|c" in the example
        named = named or re.search(rf"[|\"]{re.escape(str(value))}[|\"]", text) is not None
    assert named, f"docs/contract.md does not name the {kind} {value!r} ({where})"


def test_the_schema_has_what_the_sync_test_walks():
    terms = {(k, v) for _, k, v in _schema_terms()}
    assert ("property", "events") in terms and ("property", "cue") in terms
    assert ("enum", "hypothetical") in terms


# -- every file the README names exists ---------------------------------------------------

#: Paths outside the repository or made by running things, named in the README on purpose.
_NOT_FILES = {
    "geowire.duckdb",
    "news.duckdb",
    "events.export.CSV",
    "article.txt",
    "corpus.jsonl",
    "story.txt",
    "s.txt",
    "my.actors.txt",
    "my.verbs.txt",
    "feeds.rss",
    "corpus/",
    "articles/",
}


def _readme_paths() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = set(re.findall(r"\]\(([^)#\s]+)\)", text))  # markdown links
    for code in re.findall(r"`([^`\s]+)`", text):  # `path/like.this`
        if code.startswith(".") and "/" not in code:
            continue  # a file name ending (`.tsv`), not a file
        if "/" in code or re.search(r"\.(md|py|sh|txt|json|toml|tsv|jsonl)$", code):
            found.add(code)
    # paths in commands and prose whose first part is a folder of the repository
    top = {p.name for p in ROOT.iterdir() if p.is_dir() and p.name not in (".venv", ".git")}
    for m in re.findall(r"(?<![\w/:.-])([A-Za-z_.][\w.-]*/[\w./-]*[\w/])", text):
        if m.split("/")[0] in top and not m.endswith("_"):  # not evaluation/eval_<area>.py
            found.add(m)
    out = []
    for p in sorted(found):
        if p.startswith(("http://", "https://", "../", ".venv/", "-")) or p in _NOT_FILES:
            continue
        if "<" in p or "*" in p or p.startswith("geowire.") or "=" in p:
            continue  # patterns (eval_<area>.py), module names, pins
        out.append(p)
    return out


def test_the_readme_names_files():
    paths = _readme_paths()
    assert "docs/contract.md" in paths and "docs/architecture.md" in paths
    assert "scripts/bootstrap.sh" in paths


@pytest.mark.parametrize("path", _readme_paths())
def test_every_file_the_readme_names_exists(path):
    assert (ROOT / path).exists(), f"README.md names {path}, which is not in the repository"


def test_no_doc_points_at_the_missing_contract_file():
    for doc in ("README.md", "docs/architecture.md", "docs/scaling.md"):
        text = (ROOT / doc).read_text(encoding="utf-8")
        assert "CONTRACT.md" not in text, f"{doc} still names CONTRACT.md"


def test_the_readme_documents_max_chars_and_its_default():
    from geowire.ingest import MAX_CHARS

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "--max-chars" in text and f"{MAX_CHARS:,}" in text
