"""The one exception tree of geowire.

Every error geowire raises on purpose derives from :class:`GeowireError`.
Each class carries a stable code (``E1xx``) that appears in its message, so a
user can search for it and a test can check it without matching prose.
"""

from __future__ import annotations

__all__ = [
    "GeowireError",
    "ConfigError",
    "PipelineError",
    "ModelError",
    "InputError",
    "TimeLimitError",
    "DictionaryError",
    "StoreError",
]


class GeowireError(Exception):
    """Base of every error geowire raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ConfigError(GeowireError):
    """A configuration value is unknown or has the wrong type."""

    code = "E100"


class PipelineError(GeowireError):
    """A pipeline cannot be built, or a component broke its declared contract."""

    code = "E200"


class ModelError(GeowireError):
    """The spaCy model named in the configuration is not installed or unusable."""

    code = "E300"


class InputError(GeowireError):
    """An input (file, record, date, text) cannot be read or is malformed."""

    code = "E400"


class TimeLimitError(InputError):
    """Processing an input went over its time limit (text that is too slow to process)."""

    code = "E410"


class DictionaryError(GeowireError):
    """A dictionary file (actors, agents, verbs, discards) is malformed."""

    code = "E500"


class StoreError(GeowireError):
    """The embedded store cannot be opened, migrated, read or written."""

    code = "E600"
