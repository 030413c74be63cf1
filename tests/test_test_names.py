"""The test folders mirror the package, and pytest can import every test module: two test
files of one base name in folders without ``__init__.py`` collide (pytest imports such
modules by their base name, and the second fails to collect)."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def clashing_names(root: Path) -> dict[str, list[str]]:
    """Base names of test modules that two or more folders without ``__init__.py`` under
    ``root`` share, with those folders."""
    where: dict[str, list[str]] = defaultdict(list)
    for path in sorted(root.rglob("test_*.py")):
        if not (path.parent / "__init__.py").exists():
            where[path.name].append(str(path.parent.relative_to(root)))
    return {name: dirs for name, dirs in where.items() if len(dirs) > 1}


def test_test_module_names_do_not_clash() -> None:
    assert clashing_names(TESTS) == {}


def test_a_clash_is_found(tmp_path: Path) -> None:
    for folder in ("events", "api", "quotes"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "test_extract.py").write_text("")
    (tmp_path / "quotes" / "__init__.py").write_text("")  # a package: imported apart
    assert clashing_names(tmp_path) == {"test_extract.py": ["api", "events"]}
