"""The FastAPI app factory: the JSON API under ``/api`` and the dashboard at ``/``."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from .._version import __version__
from ..web import static_dir
from .errors import install_error_handlers
from .routes import router
from .security import DEFAULT_MAX_BODY, BodyLimitMiddleware, SecurityHeadersMiddleware
from .services import (
    DEFAULT_API_TIME_LIMIT,
    DEFAULT_IDLE_CLOSE,
    DEFAULT_MAX_TEXT,
    ApiSettings,
    Services,
    check_idle_close,
    check_time_limit,
)

__all__ = ["create_app"]

log = logging.getLogger(__name__)

DESCRIPTION = """\
News to political event data, over HTTP: extract an article, and query the
store (documents, events, quotes, actors, dyads over time, the actor network).

Read-only by default. Storing needs the server started with `--write`;
when a token is set, extraction and writing need `Authorization: Bearer <token>`.
Errors are `{"error": {"code": "E...", "message": "..."}}`, the code unique to the kind of
error: E4xx bad input (E400), E701 no or wrong token (401), E703 not allowed here (403),
E704 not found (404), E713 request body too large (413), E700 a malformed request (400).
A read-only server holds the store only while it answers (and ~2 s after), so
`geowire ingest` can add to the same file meanwhile; a request made while an ingest
writes gets 503 (E600) and should be retried when it ends.
Extraction has a per-request time limit (`geowire serve --time-limit`, default 60 s):
past it the request gets 503 with code E410.
"""


def create_app(
    db_path: str | Path,
    *,
    token: str | None = None,
    allow_write: bool = False,
    allow_extract: bool = True,
    max_body: int = DEFAULT_MAX_BODY,
    max_text: int = DEFAULT_MAX_TEXT,
    model: str | None = None,
    time_limit: float = DEFAULT_API_TIME_LIMIT,
    idle_close: float = DEFAULT_IDLE_CLOSE,
) -> FastAPI:
    """The geowire HTTP API and dashboard over the store at ``db_path``.

    ``token``: when set, the extract and write endpoints need it as a Bearer
    token. ``allow_write``: open the store for writing and enable storing.
    ``allow_extract``: enable the extract endpoint (``geowire serve`` turns it
    off when binding beyond loopback without a token). ``max_body``: the
    largest request body in bytes (413 above). ``time_limit``: seconds an
    extract request may take, waiting behind an earlier one included (0: no
    limit); past it the request gets 503 (E410) and its job stops at its next
    pipeline component. Read-only, the store is opened by the first request
    that reads it and closed after ``idle_close`` seconds without requests (0:
    at the end of each request), so ``geowire ingest`` can write the same file
    in between; with ``allow_write`` it stays open until the app shuts down.
    """
    settings = ApiSettings(
        db_path=Path(db_path),
        token=token or None,
        allow_write=allow_write,
        allow_extract=allow_extract,
        max_body=max_body,
        max_text=max_text,
        model=model,
        time_limit=check_time_limit(time_limit),
        idle_close=check_idle_close(idle_close),
    )
    svc = Services(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            svc.close()

    app = FastAPI(
        title="geowire",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN: not served
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.geowire = svc
    install_error_handlers(app)
    app.include_router(router)

    static = static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html")

    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
