"""The CAMEO codebook: names, Goldstein values, quad classes and PLOVER types of every code.

The table is ``geowire/data/cameo/codebook.tsv`` (built by ``scripts/build_codebook.py``
from published codebooks). :func:`codebook` loads it once per process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from ..errors import DictionaryError
from ..tables import parse_table

__all__ = ["CodeInfo", "Codebook", "codebook", "parse_code_list", "QUAD_NAMES"]

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
_COLUMNS = (
    "code",
    "name",
    "goldstein",
    "quad_class",
    "root",
    "plover",
    "plover_mode",
    "geowire_choice",
)


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One CAMEO event code and what it means."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str
    plover: str | None
    plover_mode: str | None


@dataclass(frozen=True)
class Codebook:
    """All CAMEO codes by code, plus the table's version."""

    version: str
    codes: dict[str, CodeInfo]

    def get(self, code: str) -> CodeInfo | None:
        """The code's entry; an unknown code falls back to its nearest known ancestor."""
        info = self.codes.get(code)
        if info is not None:
            return info
        for n in (3, 2):
            parent = self.codes.get(code[:n])
            if parent is not None and code[:n].isdigit() and len(code) > n:
                return CodeInfo(
                    code=code,
                    name=parent.name,
                    goldstein=parent.goldstein,
                    quad_class=parent.quad_class,
                    root=parent.root,
                    plover=parent.plover,
                    plover_mode=parent.plover_mode,
                )
        return None

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def __len__(self) -> int:
        return len(self.codes)


def parse_codebook(text: str, origin: str) -> Codebook:
    """Parse the codebook TSV; a bad row raises DictionaryError with the file and line."""
    table = parse_table(text, origin, _COLUMNS)
    codes: dict[str, CodeInfo] = {}
    for lineno, cells in table.rows:
        row = dict(zip(_COLUMNS, cells, strict=True))
        code = row["code"]
        if not code.isdigit() or not 2 <= len(code) <= 4 or row["root"] != code[:2]:
            raise DictionaryError(f"{origin}:{lineno}: bad CAMEO code {code!r}")
        try:
            goldstein = float(row["goldstein"])
            quad = int(row["quad_class"])
        except ValueError:
            raise DictionaryError(f"{origin}:{lineno}: bad Goldstein or quad class") from None
        if not -10 <= goldstein <= 10 or quad not in QUAD_NAMES:
            raise DictionaryError(f"{origin}:{lineno}: Goldstein or quad class out of range")
        codes[code] = CodeInfo(
            code=code,
            name=row["name"],
            goldstein=goldstein,
            quad_class=quad,
            root=row["root"],
            plover=row["plover"] or None,
            plover_mode=row["plover_mode"] or None,
        )
    for root in (f"{i:02d}" for i in range(1, 21)):
        if root not in codes:
            raise DictionaryError(f"{origin}: root code {root} missing")
    return Codebook(version=table.version, codes=codes)


@functools.cache
def codebook() -> Codebook:
    """The built-in CAMEO codebook (loaded once per process)."""
    res = resources.files("geowire") / "data" / "cameo" / "codebook.tsv"
    return parse_codebook(res.read_text(encoding="utf-8"), "geowire/data/cameo/codebook.tsv")


def parse_code_list(text: str, origin: str) -> tuple[str, frozenset[str]]:
    """A table listing CAMEO codes, one a row (columns ``code``, ``act``): its version and
    its codes; a code the codebook does not have is a DictionaryError naming file and line.
    The reciprocal acts (``reciprocal.tsv``) and catch-all codes (``catchall.tsv``) are such
    lists."""
    cb = codebook()
    table = parse_table(text, origin, ("code", "act"))
    codes: set[str] = set()
    for lineno, (code, _act) in table.rows:
        if code not in cb:
            raise DictionaryError(f"{origin}:{lineno}: {code!r} is not a CAMEO code")
        codes.add(code)
    return table.version, frozenset(codes)
