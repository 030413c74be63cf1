"""The rule words of a language, as data: ``geowire/data/<lang>/*.tsv``.

Every word list the rules read (reporting verbs, locative prepositions, the words that
may stand inside an actor phrase, ...) is a set of rows of one table per area
(``places.tsv``, ``time.tsv``, ...) under the language's folder; each table is read by
:func:`geowire.tables.read_table` (a version line, the header ``list<TAB>word``, one word
a row). A :class:`Language` holds them all by list name; :func:`language` loads one on
first use and caches it, so nothing is read when geowire is imported. The language of a
pipeline is :attr:`geowire.config.Config.lang`; components take their words from
``language(config.lang)`` when they are built and hand the lists on to their helpers.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .errors import ConfigError, DictionaryError
from .tables import read_table

__all__ = ["LANGUAGES", "Language", "language", "check_lang"]

#: Languages geowire has word lists for (a folder ``geowire/data/<code>/`` each).
LANGUAGES: tuple[str, ...] = ("en",)
DATA_DIR = Path(__file__).resolve().parent / "data"
COLUMNS = ("list", "word")
_LIST_NAME = re.compile(r"[a-z][a-z0-9_]*")
W = TypeVar("W")


@dataclass(frozen=True, eq=False)
class Language:
    """The word lists of one language: each by name, in file order and as a set.

    Compared and hashed by identity (one object a language, from :func:`language`), so
    that helpers may cache what they derive from it.
    """

    code: str
    lists: Mapping[str, tuple[str, ...]]
    #: The file and version each list comes from ("places.tsv", "1").
    origins: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    _sets: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _views: dict[type, Any] = field(default_factory=dict, repr=False)

    def ordered(self, name: str) -> tuple[str, ...]:
        """The words of list ``name`` in the order the file gives them."""
        try:
            return self.lists[name]
        except KeyError:
            raise DictionaryError(f"language {self.code!r} has no word list {name!r}") from None

    def words(self, name: str) -> frozenset[str]:
        """The words of list ``name`` as a set."""
        found = self._sets.get(name)
        if found is None:
            found = self._sets[name] = frozenset(self.ordered(name))
        return found

    def view(self, cls: type[W]) -> W:
        """An instance of the frozen dataclass ``cls`` whose every field is the word list
        of that name: a ``frozenset[str]`` field gets the set, a ``tuple[str, ...]`` field
        the words in order. Made once a class."""
        found = self._views.get(cls)
        if found is None:
            values = {
                f.name: (
                    self.ordered(f.name) if str(f.type).startswith("tuple") else self.words(f.name)
                )
                for f in dataclasses.fields(cls)  # type: ignore[arg-type]
            }
            found = self._views[cls] = cls(**values)
        return found


def check_lang(code: str, origin: str = "config") -> str:
    """``code`` when geowire has word lists for it; otherwise a ConfigError."""
    if code not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise ConfigError(f"{origin}: unknown language {code!r}; geowire has words for: {known}")
    return code


@functools.cache
def language(code: str = "en") -> Language:
    """The word lists of language ``code``, read from its folder once and checked."""
    return load_language(DATA_DIR / check_lang(code), code)


def load_language(directory: Path, code: str) -> Language:
    """Read every ``*.tsv`` in ``directory``: lists named in snake case, each in one file
    only, words non-empty and given once."""
    lists: dict[str, list[str]] = {}
    origins: dict[str, tuple[str, str]] = {}
    paths = sorted(directory.glob("*.tsv"))
    if not paths:
        raise DictionaryError(f"{directory}: no word lists (*.tsv)")
    for path in paths:
        table = read_table(path, COLUMNS)
        here: set[str] = set()
        for number, (name, word) in table.rows:
            where = f"{path.name}:{number}"
            if not _LIST_NAME.fullmatch(name):
                raise DictionaryError(f"{where}: a list name is lower_snake_case: {name!r}")
            if name not in here and name in lists:
                raise DictionaryError(
                    f"{where}: list {name!r} is already given in {origins[name][0]}"
                )
            if not word:
                raise DictionaryError(f"{where}: empty word in list {name!r}")
            words = lists.setdefault(name, [])
            if word in words:
                raise DictionaryError(f"{where}: {word!r} is in list {name!r} twice")
            words.append(word)
            here.add(name)
            origins[name] = (path.name, table.version)
    return Language(code, {n: tuple(w) for n, w in lists.items()}, origins)
