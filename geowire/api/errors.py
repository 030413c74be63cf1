"""Turning errors into HTTP responses: one JSON shape, a status per error class."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from ..errors import (
    ApiError,
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

__all__ = ["STATUS", "status_of", "error_body", "install_error_handlers"]

log = logging.getLogger(__name__)

#: HTTP status per GeowireError class (the most specific class wins); an
#: :class:`~geowire.errors.ApiError` carries its own.
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


def status_of(exc: GeowireError) -> int:
    """The HTTP status for ``exc``: its own for an ApiError, else that of the nearest
    class in its MRO."""
    if isinstance(exc, ApiError):
        return exc.status
    for cls in type(exc).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500


def error_body(code: str, message: str) -> dict[str, dict[str, str]]:
    """The one JSON shape of every error: ``{"error": {"code": ..., "message": ...}}``."""
    return {"error": {"code": code, "message": message}}


def install_error_handlers(app: FastAPI) -> None:
    """Map every GeowireError (ApiError included) to a JSON response with its status."""

    @app.exception_handler(GeowireError)
    async def _geowire(request: Request, exc: GeowireError) -> JSONResponse:
        status = status_of(exc)
        if isinstance(exc, StoreError):  # missing, busy (an ingest writes it) or newer: no bug
            log.warning("%s %s: %s", request.method, request.url.path, exc)
        elif status >= 500:
            log.error("%s %s failed: %s", request.method, request.url.path, exc)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return JSONResponse(error_body(exc.code, exc.message), status_code=status, headers=headers)
