"""A component's settings, declared once: name, type, default and the values allowed.

A component lists its :class:`Setting` values when it is registered
(``@component(..., settings=...)``); :func:`geowire.config.check_settings` checks
and converts every settings table of a Config against them.
"""

from __future__ import annotations

import builtins
import dataclasses
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Setting", "settings_of"]

_TRUE = ("true", "yes", "1")
_FALSE = ("false", "no", "0")


@dataclass(frozen=True)
class Setting:
    """One setting a component takes: name, type, default, and the values allowed.

    ``type`` is ``bool``, ``int``, ``float``, ``str``, ``Path`` or ``tuple`` (then
    ``item`` is the type of its items; a TOML list is taken). ``choices`` limits
    the values; ``minimum``/``maximum`` bound a number. A default of None makes
    the setting optional (None: unset).
    """

    name: str
    type: type
    default: Any
    choices: tuple[Any, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    item: builtins.type | None = None

    def convert(self, component: str, value: Any) -> Any:
        """``value`` as this setting's type, or ConfigError naming component and key."""
        if value is None and self.default is None:
            return None
        where = f"setting {component}.{self.name}"
        kind = _kind(self.type, self.item)
        if self.choices:
            kind = f"one of {', '.join(map(repr, self.choices))}"
        try:
            out = _convert(self.type, value, self.item)
        except (TypeError, ValueError):
            raise ConfigError(f"{where} must be {kind}, not {value!r}") from None
        if self.choices and out not in self.choices:
            raise ConfigError(f"{where} must be {kind}, not {value!r}")
        if self.minimum is not None and out < self.minimum:
            raise ConfigError(f"{where} must be {self.minimum:g} or more, not {value!r}")
        if self.maximum is not None and out > self.maximum:
            raise ConfigError(f"{where} must be {self.maximum:g} or less, not {value!r}")
        return out


def _kind(kind: type, item: type | None) -> str:
    if kind is tuple:
        return f"a list of {_KINDS.get(item or str, 'values')}"
    return {
        bool: "true or false",
        int: "an integer",
        float: "a number",
        str: "a string",
        Path: "a file path",
    }.get(kind, kind.__name__)


#: what a list's items must be, in an error message
_KINDS = {int: "integers", float: "numbers", str: "strings", bool: "true or false values"}


def _convert(kind: type, value: Any, item: type | None = None) -> Any:
    """``value`` as ``kind``; TypeError or ValueError when it is not one."""
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in (*_TRUE, *_FALSE):
            return value.strip().lower() in _TRUE
        raise ValueError(value)
    if isinstance(value, bool):  # True is an int to Python, not a number here
        raise TypeError(value)
    if kind is int:
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(value)
        if not isinstance(value, (int, float, str)):
            raise TypeError(value)
        return int(value)
    if kind is float:
        if not isinstance(value, (int, float, str)):
            raise TypeError(value)
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(value)
        return number
    if kind is Path:
        if not isinstance(value, (str, Path)) or not str(value).strip():
            raise TypeError(value)
        return value
    if kind is tuple:
        if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
            raise TypeError(value)
        return tuple(_convert(item or str, v) for v in value)
    if not isinstance(value, kind):
        raise TypeError(value)
    return value


def settings_of(cls: type) -> tuple[Setting, ...]:
    """The settings of a dataclass of settings: one per field, typed by its default."""
    out = []
    for f in dataclasses.fields(cls):
        default = f.default
        item = type(default[0]) if isinstance(default, tuple) and default else None
        out.append(Setting(f.name, type(default), default, item=item))
    return tuple(out)
