"""Count the word lists left in geowire's rule code (they belong in ``geowire/data/<lang>/``).

A word list is a literal tuple, list or set (or ``frozenset(...)``/``set(...)`` of one, or
of ``"...".split()``) of strings, two or more of them and at least half words: letters,
with spaces, hyphens, apostrophes or dots inside, at least one lower-case letter, and not
all spaCy dependency labels (``nsubj``, ``dobj``: the parser's tag set, not the language's words).
Named lists are bound to a name at module or class level; the rest are inline (``x in
("said", "says")``). Only the packages that read language are read (``PACKAGES``); the
store, the CLI, the HTTP API and the plumbing hold no rule words.

Not word lists: geowire's own vocabularies, i.e. a collection whose every member is a
value of some ``Literal[...]`` type in the package (term sources, actor kinds, gap kinds),
collections inside ``Literal[...]`` itself, the column names or document fields given to
a table reader or a component declaration (``read_table(path, ("code", "name"))``,
``@component(..., reads=("text", "parse"))``), and the lists bound to ``FORMAT_NAMES``
(a data file's columns and the values they may take, a setting's values, ``__all__``).

    python scripts/count_word_lists.py          # the two counts
    python scripts/count_word_lists.py -v       # and every list with its place
    python scripts/count_word_lists.py --max 0  # exit 1 when any list is left

It also counts, apart, the regular expressions whose pattern spells a word list as an
alternation of three or more words (``(?:said|says|told)``): grammar, not yet data.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "geowire"
#: The packages that read language (analysis, ingest and nlp hold only format words:
#: periods, JSON fields, HTML tags, thinc back-ends).
PACKAGES = ("actors", "clean", "dictionaries", "events", "places", "quotes", "time")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019.\- ]*")
#: spaCy's dependency labels (ClearNLP), which are lower case but no English words.
DEP_LABELS = frozenset(
    "acl acomp advcl advmod agent amod appos attr aux auxpass case cc ccomp compound conj "
    "csubj csubjpass dative dep det dobj expl flat intj iobj mark meta neg nmod npadvmod nsubj obj "
    "nsubjpass nummod oprd parataxis pcomp pobj poss preconj predet prep prt punct quantmod "
    "relcl root xcomp ROOT".split()
)


@dataclass(frozen=True)
class Found:
    path: str
    line: int
    name: str  # "" for an inline list
    size: int


def _strings(node: ast.expr) -> list[str] | None:
    """The strings of a literal word collection, or None when ``node`` is none."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        if node.func.id in ("frozenset", "set", "tuple", "list") and len(node.args) == 1:
            return _strings(node.args[0])
        return None
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and not node.args
    ):
        text = _concat(node.func.value)
        return text.split() if text is not None else None
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        out: list[str] = []
        for elt in node.elts:
            if isinstance(elt, ast.Constant) and isinstance(elt.value, str):
                out.append(elt.value)
            else:
                return None
        return out
    return None


def _concat(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _concat(node.left), _concat(node.right)
        return left + right if left is not None and right is not None else None
    return None


def is_word_list(words: list[str]) -> bool:
    """Two or more words, and words for at least half of the members (a list of
    conjunctions may hold a comma, a list of auxiliaries "'s")."""
    found = [w for w in words if _WORD.fullmatch(w) and w.lower() != w.upper()]
    return (
        len(found) >= 2
        and 2 * len(found) >= len(words)
        and any(w != w.upper() for w in found)
        and not all(w in DEP_LABELS for w in found)
    )


_DECLARING = ("component", "read_table", "parse_table", "_read", "_table")
#: Names bound to a data file's own vocabulary (its columns, the values a column may take)
#: or to the values of a setting: not words of the text.
FORMAT_NAMES = frozenset(
    {
        "__all__",
        "__slots__",
        "DATA_FILES",
        "_COLUMNS",
        "_HEADER",
        "FRAMES",
        "CUE_TYPES",
        "SPEECH_TYPES",
        "_POS",
        "SCOPES",
    }
)


def _literal_nodes(tree: ast.AST) -> list[ast.expr]:
    """The ``Literal[...]`` subscripts of a module."""
    return [
        n.slice
        for n in ast.walk(tree)
        if isinstance(n, ast.Subscript)
        and (
            (isinstance(n.value, ast.Name) and n.value.id == "Literal")
            or (isinstance(n.value, ast.Attribute) and n.value.attr == "Literal")
        )
    ]


def own_vocabulary(trees: list[ast.AST]) -> frozenset[str]:
    """Every string that is a value of a ``Literal[...]`` type in the package."""
    out: set[str] = set()
    for tree in trees:
        for node in _literal_nodes(tree):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                    out.add(inner.value)
    return frozenset(out)


def scan(path: Path, tree: ast.AST, root: Path, own: frozenset[str]) -> list[Found]:
    rel = str(path.relative_to(root.parent))
    named: dict[int, str] = {}
    format_values: list[ast.expr] = []
    for scope in [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef))]:
        for stmt in scope.body:
            value, target = None, None
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                value, target = stmt.value, stmt.targets[0]
            elif isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
                value, target = stmt.value, stmt.target
            if value is not None and isinstance(target, ast.Name):
                named[id(value)] = target.id
                if target.id in FORMAT_NAMES:
                    format_values.append(value)
    found: list[Found] = []
    seen: set[int] = set()
    skipped = list(_literal_nodes(tree)) + format_values
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if called.endswith(_DECLARING):
                skipped.extend(node.args)
                skipped.extend(k.value for k in node.keywords)
    for node in skipped:
        for inner in ast.walk(node):
            seen.add(id(inner))
    for node in ast.walk(tree):
        if id(node) in seen or not isinstance(node, ast.expr):
            continue
        words = _strings(node)
        if words is None:
            continue
        for inner in ast.walk(node):
            seen.add(id(inner))
        if is_word_list(words) and not all(w in own for w in words):
            found.append(Found(rel, node.lineno, named.get(id(node), ""), len(words)))
    return found


_ALTERNATION = re.compile(r"[a-z][a-z'-]+(?:\|[a-z][a-z'-]+){2,}")


def regex_word_lists(root: Path = ROOT) -> list[Found]:
    """``re.compile`` patterns in the rule packages that hold a word alternation."""
    found: list[Found] = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "compile"
                    and node.args
                ):
                    text = "".join(
                        n.value
                        for n in ast.walk(node.args[0])
                        if isinstance(n, ast.Constant) and isinstance(n.value, str)
                    )
                    words = sum(m.group(0).count("|") + 1 for m in _ALTERNATION.finditer(text))
                    if words:
                        rel = str(path.relative_to(root.parent))
                        found.append(Found(rel, node.lineno, "", words))
    return found


def scan_all(root: Path = ROOT) -> list[Found]:
    """The word lists in the rule packages under ``root`` (a ``geowire`` folder)."""
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(root.rglob("*.py"))
    }
    own = own_vocabulary(list(trees.values()))
    found: list[Found] = []
    for path, tree in trees.items():
        if path.relative_to(root).parts[0] in PACKAGES:
            found.extend(scan(path, tree, root, own))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every word list")
    parser.add_argument("--max", type=int, default=None, help="fail when more lists are left")
    parser.add_argument("--root", type=Path, default=ROOT, help="the geowire folder to read")
    args = parser.parse_args(argv)
    found = scan_all(args.root)
    if args.verbose:
        for f in found:
            print(f"{f.path}:{f.line}\t{f.name or '(inline)'}\t{f.size}")
    named = sum(1 for f in found if f.name)
    files = len({f.path for f in found})
    print(
        f"word lists in .py files: {len(found)} ({named} named, {len(found) - named} inline)"
        f" in {files} files"
    )
    regexes = regex_word_lists(args.root)
    if args.verbose:
        for f in regexes:
            print(f"{f.path}:{f.line}\t(regex)\t{f.size}")
    print(f"regular expressions with word alternations: {len(regexes)}")
    return 1 if args.max is not None and len(found) > args.max else 0


if __name__ == "__main__":
    sys.exit(main())
