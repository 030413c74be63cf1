"""The one exception tree of geowire.

Every error geowire raises on purpose, and every error its HTTP API returns,
derives from :class:`GeowireError`. Each class carries a stable code (``E1xx``),
unique across the tree, that appears in its message (and as ``error.code`` in
an HTTP error body), so a user can search for it and a test can check it
without matching prose. The HTTP API's own refusals (:class:`ApiError` and its
subclasses, ``E7xx``) also carry the HTTP status they are answered with.
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "GeowireError",
    "ConfigError",
    "PipelineError",
    "ModelError",
    "InputError",
    "TimeLimitError",
    "DictionaryError",
    "StoreError",
    "ApiError",
    "Unauthorized",
    "Forbidden",
    "NotFound",
    "BodyTooLarge",
]


class GeowireError(Exception):
    """Base of every error geowire raises on purpose."""

    code: ClassVar[str] = "E000"

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


class ApiError(GeowireError):
    """An HTTP-level refusal of the API, answered with :attr:`status`.

    Used as is for a malformed HTTP request (a bad ``Content-Length``: 400).
    """

    code = "E700"
    status: ClassVar[int] = 400


class Unauthorized(ApiError):
    """The endpoint needs the server's Bearer token, and the request lacks it."""

    code = "E701"
    status = 401


class Forbidden(ApiError):
    """The server does not allow this (extraction disabled, a read-only server)."""

    code = "E703"
    status = 403


class NotFound(ApiError):
    """The requested thing (a stored document) does not exist."""

    code = "E704"
    status = 404


class BodyTooLarge(ApiError):
    """The request body is over the server's limit."""

    code = "E713"
    status = 413
