"""The HTTP API and dashboard: ``create_app(db_path, ...)`` and ``geowire serve``."""

from __future__ import annotations

from .app import create_app
from .errors import STATUS, status_of
from .security import DEFAULT_MAX_BODY, is_loopback
from .services import DEFAULT_API_TIME_LIMIT, DEFAULT_MAX_TEXT, ApiSettings

__all__ = [
    "create_app",
    "ApiSettings",
    "STATUS",
    "status_of",
    "is_loopback",
    "DEFAULT_MAX_BODY",
    "DEFAULT_MAX_TEXT",
    "DEFAULT_API_TIME_LIMIT",
]
