"""Turning errors into HTTP responses: one JSON shape, a status per error class."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from ..errors import (
    ConfigError,
    DictionaryError,
    GeowireError,
    InputError,
    ModelError,
    PipelineError,
    StoreError,
    TimeLimitError,
)
from ..store.filters import FilterError

__all__ = ["STATUS", "status_of", "error_body", "install_error_handlers", "ApiError"]

log = logging.getLogger(__name__)

#: HTTP status per GeowireError class (the most specific class wins).
STATUS: dict[type[GeowireError], int] = {
    FilterError: 422,  # a filter value outside the values it takes, as the CLI says it
    InputError: 400,
    TimeLimitError: 503,  # the server ran out of time (or is busy): try again, or less text
    ConfigError: 400,
    StoreError: 503,
    ModelError: 500,
    DictionaryError: 500,
    PipelineError: 500,
    GeowireError: 500,
}


class ApiError(Exception):
    """An HTTP-level refusal (not found, forbidden, too large) with its status."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def status_of(exc: GeowireError) -> int:
    """The HTTP status for ``exc``: that of the nearest class in its MRO."""
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]  # type: ignore[index]
    return 500


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    """The one JSON shape of every error: ``{"error": {"code": ..., "message": ...}}``."""
    return {"error": {"code": code, "message": message}}


def install_error_handlers(app: FastAPI) -> None:
    """Map GeowireError subclasses and ApiError to JSON responses with proper statuses."""

    @app.exception_handler(GeowireError)
    async def _geowire(request: Request, exc: GeowireError) -> JSONResponse:
        status = status_of(exc)
        if isinstance(exc, StoreError):  # missing, busy (an ingest writes it) or newer: no bug
            log.warning("%s %s: %s", request.method, request.url.path, exc)
        elif status >= 500:
            log.error("%s %s failed: %s", request.method, request.url.path, exc)
        return JSONResponse(error_body(exc.code, exc.message), status_code=status)

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse(
            error_body(exc.code, exc.message), status_code=exc.status, headers=headers
        )
