"""The time word tables (``geowire/data/<lang>/time.json``), loaded once and checked.

The lexicon is data: month and weekday names, numerals, units, seasons, parts of
day, holidays, reference words and frequency adverbs. A malformed entry raises
:class:`~geowire.errors.DictionaryError` naming the file, the line and the key.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DictionaryError
from ..language import DATA_DIR, check_lang

__all__ = ["Lexicon", "load_lexicon", "lexicon_path", "LEXICON_PATH"]


def lexicon_path(lang: str = "en") -> Path:
    """Where language ``lang`` keeps its time lexicon."""
    return DATA_DIR / check_lang(lang) / "time.json"


#: English's time lexicon.
LEXICON_PATH = lexicon_path("en")

_REF_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_UNIT_CODES = frozenset({"S", "M", "H", "D", "W", "2W", "Q", "Y", "DE", "CE", "ML", "WE"})
_SEASONS = frozenset({"SP", "SU", "FA", "WI"})
_PODS = frozenset({"MO", "AF", "EV", "NI", "MI", "DT"})


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every word list the time tagger uses (keys are lower case)."""

    version: str
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    numbers: Mapping[str, float]
    ordinals: Mapping[str, int]
    vague_numbers: tuple[str, ...]
    units: Mapping[str, str]
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    fixed_holidays: Mapping[str, tuple[int, int]]
    nth_weekday_holidays: Mapping[str, tuple[int, int, int]]
    refs: Mapping[str, str]
    set_adverbs: Mapping[str, str]
    times_of_day: Mapping[str, str]
    irregular_past: frozenset[str] = frozenset()
    #: movable feasts, by their distance in days from (Western) Easter Sunday
    easter_holidays: Mapping[str, int] = field(default_factory=dict)
    #: nouns a holiday's name is compounded before to name a thing, not a day
    holiday_thing_nouns: frozenset[str] = frozenset()


def _line_of(raw: str, key: str) -> int:
    pos = raw.find(json.dumps(key))
    return raw.count("\n", 0, pos) + 1 if pos >= 0 else 0


class _Checker:
    def __init__(self, path: Path, raw: str) -> None:
        self.path, self.raw = path, raw

    def fail(self, key: str, why: str) -> DictionaryError:
        line = _line_of(self.raw, key)
        return DictionaryError(f"{self.path}:{line}: bad time lexicon entry {key!r}: {why}")

    def table(self, data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
        value = data.get(name)
        if not isinstance(value, dict):
            raise self.fail(name, "missing section or not an object")
        for key in value:
            if not isinstance(key, str) or not key or key != key.lower():
                raise self.fail(str(key), f"keys of {name!r} must be non-empty lower case")
        return value

    def ints(self, data: Mapping[str, Any], name: str, lo: int, hi: int) -> dict[str, int]:
        out: dict[str, int] = {}
        for key, value in self.table(data, name).items():
            if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
                raise self.fail(key, f"{name} value must be an integer in {lo}..{hi}")
            out[key] = value
        return out

    def codes(self, data: Mapping[str, Any], name: str, allowed: frozenset[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for key, value in self.table(data, name).items():
            if value not in allowed:
                raise self.fail(key, f"{name} value must be one of {sorted(allowed)}")
            out[key] = value
        return out


def _parse(path: Path, raw: str) -> Lexicon:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DictionaryError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    check = _Checker(path, raw)
    if not isinstance(data, dict) or not isinstance(data.get("version"), str):
        raise DictionaryError(f"{path}:1: the time lexicon needs a string 'version'")
    numbers: dict[str, float] = {}
    for key, value in check.table(data, "numbers").items():
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise check.fail(key, "numbers must be non-negative")
        numbers[key] = float(value)
    vague = data.get("vague_numbers")
    if not isinstance(vague, list) or not all(isinstance(v, str) and v for v in vague):
        raise check.fail("vague_numbers", "must be a list of words")
    fixed: dict[str, tuple[int, int]] = {}
    for key, value in check.table(data, "fixed_holidays").items():
        try:
            month, day = (int(p) for p in str(value).split("-"))
        except ValueError:
            raise check.fail(key, "fixed holidays are 'MM-DD'") from None
        if not (1 <= month <= 12 and 1 <= day <= 31):
            raise check.fail(key, "fixed holidays are 'MM-DD'")
        fixed[key] = (month, day)
    nth: dict[str, tuple[int, int, int]] = {}
    for key, value in check.table(data, "nth_weekday_holidays").items():
        ok = isinstance(value, list) and len(value) == 3 and all(isinstance(v, int) for v in value)
        if not ok or not (1 <= value[0] <= 12 and 1 <= value[1] <= 7 and -1 <= value[2] <= 5):
            raise check.fail(key, "nth-weekday holidays are [month, weekday 1-7, n or -1]")
        nth[key] = (value[0], value[1], value[2])
    easter: dict[str, int] = {}
    for key, value in data.get("easter_holidays", {}).items():
        if not isinstance(value, int) or isinstance(value, bool) or not -60 <= value <= 60:
            raise check.fail(key, "Easter holidays are a day count from Easter Sunday")
        easter[key] = value
    things = data.get("holiday_thing_nouns", [])
    if not isinstance(things, list) or not all(isinstance(w, str) and w.isalpha() for w in things):
        raise check.fail("holiday_thing_nouns", "must be a list of single words")
    tod: dict[str, str] = {}
    for key, value in check.table(data, "times_of_day").items():
        if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
            raise check.fail(key, "times of day are 'HH:MM'")
        tod[key] = value
    past = data.get("irregular_past", [])
    if not isinstance(past, list) or not all(isinstance(w, str) and w.isalpha() for w in past):
        raise check.fail("irregular_past", "must be a list of single words")
    sets: dict[str, str] = {}
    for key, value in check.table(data, "set_adverbs").items():
        if not isinstance(value, str) or not value.startswith("P"):
            raise check.fail(key, "set adverbs map to a TIMEX3 period such as 'P1D'")
        sets[key] = value
    return Lexicon(
        version=data["version"],
        months=check.ints(data, "months", 1, 12),
        weekdays=check.ints(data, "weekdays", 1, 7),
        numbers=numbers,
        ordinals=check.ints(data, "ordinals", -1, 31),
        vague_numbers=tuple(vague),
        units=check.codes(data, "units", _UNIT_CODES),
        seasons=check.codes(data, "seasons", _SEASONS),
        parts_of_day=check.codes(data, "parts_of_day", _PODS),
        fixed_holidays=fixed,
        nth_weekday_holidays=nth,
        refs=check.codes(data, "refs", _REF_VALUES),
        set_adverbs=sets,
        times_of_day=tod,
        irregular_past=frozenset(w.lower() for w in past),
        easter_holidays=easter,
        holiday_thing_nouns=frozenset(w.lower() for w in things),
    )


@functools.lru_cache(maxsize=4)
def load_lexicon(path: Path | str | None = None) -> Lexicon:
    """The lexicon at ``path`` (default: the built-in one), parsed once and cached."""
    file = Path(path) if path is not None else LEXICON_PATH
    try:
        raw = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise DictionaryError(f"{file}: cannot read the time lexicon: {exc.strerror}") from None
    return _parse(file, raw)
