"""geowire's modules import each other without cycles, and take no private names across
modules.

Every import statement counts, wherever it stands (inside a function, under
``TYPE_CHECKING``): a lazy import hides a cycle from Python, not from the reader. Run
alone with ``python -m pytest tests/test_imports.py``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "geowire"


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(root: Path = ROOT) -> dict[str, Path]:
    return {module_name(p, root): p for p in sorted(root.rglob("*.py"))}


def _base(module: str, path: Path, node: ast.ImportFrom) -> str:
    """The absolute name of the module a ``from ... import`` reads from."""
    if not node.level:
        return node.module or ""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def imports(module: str, path: Path, known: set[str]) -> Iterator[tuple[str, str | None]]:
    """(imported module, name taken from it or None) for every import in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None
        elif isinstance(node, ast.ImportFrom):
            base = _base(module, path, node)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if sub in known:  # a submodule: the edge goes to it
                    yield sub, None
                else:
                    yield base, alias.name


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    found = modules(root)
    known = set(found)
    graph: dict[str, set[str]] = {m: set() for m in found}
    for module, path in found.items():
        for target, _ in imports(module, path, known):
            if target in known and target != module:
                graph[module].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(out)


def private_imports(root: Path = ROOT) -> list[str]:
    """``from x import _name`` across modules (a private submodule of the importer's own
    package is allowed)."""
    found = modules(root)
    known = set(found)
    out = []
    for module, path in found.items():
        for target, name in imports(module, path, known):
            if target not in known or target == module:
                continue
            last = name if name is not None else target.rpartition(".")[2]
            if not last.startswith("_") or last.startswith("__"):
                continue
            if name is None and target.rpartition(".")[0] == module.rpartition(".")[0]:
                continue  # a private module of the same package
            out.append(f"{module} imports {target}{'' if name is None else ':' + name}")
    return sorted(out)


#: Packages everything else builds on: the parse and the data readers among them. They
#: never import the coders above them (actors, time, places, quotes, events) nor the
#: services (store, analysis, API, CLI, web, distributed): a parse repair that needs the
#: verb table's words reads them through ``dictionaries.lexicon``, not the event coder.
FOUNDATION = tuple(
    "errors settings tables dates language dictionaries document registry config pipeline "
    "clean nlp".split()
)
ABOVE = tuple("actors time places quotes events store analysis api cli web distributed".split())


def layer_violations(
    graph: dict[str, set[str]], lower: tuple[str, ...], upper: tuple[str, ...]
) -> list[str]:
    """Imports from a module of a ``lower`` package into one of an ``upper`` package."""

    def package(module: str) -> str:
        return module.split(".")[1] if "." in module else ""

    return sorted(
        f"{a} imports {b}"
        for a, targets in graph.items()
        for b in targets
        if package(a) in lower and package(b) in upper
    )


def test_no_import_cycles() -> None:
    found = cycles(import_graph())
    assert found == [], "import cycles:\n" + "\n".join(" -> ".join(c) for c in found)


def test_foundation_packages_import_no_coder_or_service() -> None:
    found = layer_violations(import_graph(), FOUNDATION, ABOVE)
    assert found == [], "layering:\n" + "\n".join(found)


def test_no_private_names_across_modules() -> None:
    found = private_imports()
    assert found == [], "private imports:\n" + "\n".join(found)


# -- the check itself must be able to fail -----------------------------------------------


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "geowire"
    for name, text in {"__init__.py": "", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "files",
    [
        {"a.py": "from .b import x\n", "b.py": "def f():\n    from .a import y\n"},
        {
            "p/__init__.py": "",
            "p/a.py": "from ..q.b import x\n",
            "q/__init__.py": "",
            "q/b.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from geowire.p.a import Y\n",
        },
        {"a.py": "from . import b\n", "b.py": "from . import c\n", "c.py": "import geowire.a\n"},
    ],
)
def test_a_cycle_is_found(tmp_path: Path, files: dict[str, str]) -> None:
    assert cycles(import_graph(_package(tmp_path, files)))


def test_no_cycle_in_a_layered_package(tmp_path: Path) -> None:
    root = _package(tmp_path, {"a.py": "from .b import x\n", "b.py": "import json\nx = 1\n"})
    assert cycles(import_graph(root)) == []


def test_a_private_import_is_found(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {"a.py": "from .b import _hidden, shown\n", "b.py": "_hidden = shown = 1\n"},
    )
    assert private_imports(root) == ["geowire.a imports geowire.b:_hidden"]


def test_a_private_module_of_the_same_package_is_allowed(tmp_path: Path) -> None:
    root = _package(tmp_path, {"a.py": "from . import _lines\n", "_lines.py": "x = 1\n"})
    assert private_imports(root) == []


def test_a_lower_package_reaching_up_is_found(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "nlp/__init__.py": "",
            "nlp/fix.py": "def words():\n    from ..events.verbs import table\n",
            "events/__init__.py": "",
            "events/verbs.py": "from ..nlp import fix\ntable = 1\n",
        },
    )
    assert layer_violations(import_graph(root), ("nlp",), ("events",)) == [
        "geowire.nlp.fix imports geowire.events.verbs"
    ]
    assert layer_violations(import_graph(root), ("events",), ("nlp",)) == [
        "geowire.events.verbs imports geowire.nlp.fix"
    ]
