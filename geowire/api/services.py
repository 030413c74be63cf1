"""What the routes share: settings, the store handle and the extraction worker.

Held on ``app.state.geowire`` (one per app, no module globals), so several apps
with different stores can live in one process, as the tests do.

A read-only server holds the store file only while it answers, so ``geowire
ingest`` can write the same file between requests and the next request sees what
it stored (DuckDB lets one process write a file, and only while nobody reads it).
Every request reads through :meth:`Services.reading`: the first opens the store
read-only, the last to end starts an idle clock, and the store is closed after
``idle_close`` seconds (default 2 s) without requests; 0 closes it at the end of
every request. An open adds about 30 ms to a request (DuckDB's open, a cold query),
so a burst of requests, such as the dashboard's page load, shares one open. A
request that comes while an ingest writes the file gets 503 (E600) saying so. A
``--write`` server keeps one connection open for its whole life.

Extraction runs one article at a time on a single worker thread. A request
gets one deadline, ``time_limit`` seconds after it came (counting any wait behind
an earlier request): the pipeline's deadline, geowire's one time-limit mechanism
(see :mod:`geowire.runner`), stops its job there (or keeps it from starting),
and the request waits for the job no longer than that; past it the request gets
:class:`~geowire.errors.TimeLimitError` (HTTP 503).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..errors import InputError, StoreError, TimeLimitError
from ..pipeline import deadline_after
from ..store import Store
from ..work import check_time_limit
from .security import DEFAULT_MAX_BODY

__all__ = [
    "ApiSettings",
    "Services",
    "DEFAULT_MAX_TEXT",
    "DEFAULT_API_TIME_LIMIT",
    "DEFAULT_IDLE_CLOSE",
    "check_time_limit",
    "check_idle_close",
]

log = logging.getLogger(__name__)

#: Longest article text accepted by the extract endpoint, in characters.
DEFAULT_MAX_TEXT = 200_000

#: Seconds one extract request may take, waiting included (0: no limit). Smaller than
#: the CLI's 300 s: an HTTP client should not wait minutes, and an article of
#: ``DEFAULT_MAX_TEXT`` characters takes seconds.
DEFAULT_API_TIME_LIMIT = 60.0


#: Seconds a read-only server keeps the store open after its last request (0: close it at
#: the end of every request). An ingest waits for readers up to
#: ``store.connection.READERS_WAIT`` (5 s).
DEFAULT_IDLE_CLOSE = 2.0


@dataclass(frozen=True, slots=True)
class ApiSettings:
    """How an app was configured."""

    db_path: Path
    token: str | None = None
    allow_write: bool = False
    allow_extract: bool = True
    max_body: int = DEFAULT_MAX_BODY
    max_text: int = DEFAULT_MAX_TEXT
    model: str | None = None
    #: Seconds an extract request may take, waiting included (0: no limit).
    time_limit: float = DEFAULT_API_TIME_LIMIT
    #: Seconds a read-only server keeps the store open after its last request (0: none).
    idle_close: float = DEFAULT_IDLE_CLOSE


class Services:
    """The store (held while requests read it) and serialised, time-limited extraction."""

    def __init__(self, settings: ApiSettings) -> None:
        self.settings = settings
        self._store: Store | None = None
        self._store_lock = threading.Lock()
        self._readers = 0  # requests reading the store now
        self._pinned = False  # kept open until close() (writer, or store() called)
        self._last_read = 0.0  # time.monotonic() when the last reader ended
        self._timer: threading.Timer | None = None
        self._worker: ThreadPoolExecutor | None = None
        self._worker_lock = threading.Lock()

    @property
    def store_open(self) -> bool:
        """Whether this app holds the store file open now."""
        with self._store_lock:
            return self._store is not None

    def _open(self) -> Store:
        """The open store, opening it if needed; call with ``_store_lock`` held."""
        if self._store is None:
            path = self.settings.db_path
            if not self.settings.allow_write and not path.exists():
                raise StoreError(
                    f"no store at {path}: ingest articles first, or serve with --write"
                )
            self._store = Store(path, read_only=not self.settings.allow_write)
            log.debug("opened %r", self._store)
        return self._store

    def store(self) -> Store:
        """The store, kept open until the app closes. Raises StoreError (503).

        For writing (a ``--write`` server) and for callers outside a request: a
        read-only app that calls it holds the file for good. Routes that read use
        :meth:`reading`.
        """
        with self._store_lock:
            store = self._open()
            self._pinned = True
            return store

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """The store for one request's reads; read-only, it may be closed after.

        Raises StoreError (503), with a clear message when an ingest is writing the file.
        """
        with self._store_lock:
            if self.settings.allow_write:
                self._pinned = True
            store = self._open()
            self._readers += 1
        try:
            yield store
        finally:
            self._done_reading()

    def _done_reading(self) -> None:
        with self._store_lock:
            self._readers -= 1
            self._last_read = time.monotonic()
            if self._readers or self._pinned or self._timer is not None:
                return
            idle = self.settings.idle_close
            if idle > 0:
                self._start_timer(idle)
            else:
                self._close_store()

    def _start_timer(self, delay: float) -> None:
        timer = threading.Timer(delay, self._close_if_idle)
        timer.daemon = True
        timer.name = "geowire-store-idle"
        self._timer = timer
        timer.start()

    def _close_if_idle(self) -> None:
        with self._store_lock:
            self._timer = None
            if self._store is None or self._readers or self._pinned:
                return  # the last reader to end starts the clock again
            left = self._last_read + self.settings.idle_close - time.monotonic()
            if left > 0:
                self._start_timer(left)
            else:
                self._close_store()

    def _close_store(self) -> None:
        """Close the store; call with ``_store_lock`` held."""
        if self._store is not None:
            self._store.close()
            log.debug("closed %r", self._store)
            self._store = None

    def close(self) -> None:
        with self._worker_lock:
            if self._worker is not None:
                # Queued jobs are dropped; a running one stops at its deadline.
                self._worker.shutdown(wait=False, cancel_futures=True)
                self._worker = None
        with self._store_lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._pinned = False
            self._close_store()

    def _submit(self, job: Callable[[], Document]) -> Future[Document]:
        with self._worker_lock:
            if self._worker is None:
                self._worker = ThreadPoolExecutor(
                    max_workers=1, thread_name_prefix="geowire-extract"
                )
            return self._worker.submit(job)

    def extract(
        self,
        text: str,
        *,
        published: dt.date | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> Document:
        """Run the default pipeline over one article (one at a time per app).

        Raises TimeLimitError when the result is not ready within the time limit,
        counting the wait for an earlier request still on the worker.
        """
        import geowire

        if not text.strip():
            raise InputError("the article text is empty")
        if len(text) > self.settings.max_text:
            raise InputError(f"the article is over {self.settings.max_text} characters")
        limit = self.settings.time_limit
        deadline = deadline_after(limit)

        def job() -> Document:
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                raise TimeLimitError("the time limit ran out before the extraction started")
            return geowire.extract(
                text,
                published=published,
                title=title,
                url=url,
                model=self.settings.model,
                time_limit=remaining,
            )

        future = self._submit(job)
        try:
            return future.result(
                timeout=None if deadline is None else max(0.0, deadline - time.monotonic())
            )
        except (FutureTimeout, TimeLimitError):
            future.cancel()  # still queued behind another request: never start it
            raise TimeLimitError(
                f"the extraction did not finish within the server's time limit of {limit:g} s "
                "(the text is too slow to process, or the server is busy); try again later "
                "or send a shorter text"
            ) from None


def check_idle_close(seconds: float) -> float:
    """``seconds`` if it is a usable idle time (finite, 0 or more), else ConfigError."""
    return check_time_limit(seconds, "the idle time")


def html_to_text(html: str) -> tuple[str, str | None]:
    """The article text and title of an HTML page (trafilatura, as the ingest reader does)."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on hostile markup
        raise InputError(f"cannot extract text from the HTML ({type(exc).__name__})") from None
    if result is None:
        raise InputError("no article text found in the HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = data.get("text") or ""
    if not text.strip():
        raise InputError("no article text found in the HTML")
    return text, data.get("title")
