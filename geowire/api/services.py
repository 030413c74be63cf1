"""What the routes share: settings, the store handle and the extraction worker.

Held on ``app.state.geowire`` (one per app, no module globals), so several apps
with different stores can live in one process, as the tests do.

Extraction runs one article at a time on a single worker thread. A request
waits at most ``time_limit`` seconds for its result (counting any wait behind
an earlier request); past that it gets :class:`~geowire.errors.TimeLimitError`
(HTTP 503), and its job is told, through the pipeline's deadline, to stop at
its next component boundary (or not to start). SIGALRM, which the CLI uses,
only works in the main thread, so the server cannot interrupt a component.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..errors import ConfigError, InputError, StoreError, TimeLimitError
from ..store import Store
from .security import DEFAULT_MAX_BODY

__all__ = [
    "ApiSettings",
    "Services",
    "DEFAULT_MAX_TEXT",
    "DEFAULT_API_TIME_LIMIT",
    "check_time_limit",
]

log = logging.getLogger(__name__)

#: Longest article text accepted by the extract endpoint, in characters.
DEFAULT_MAX_TEXT = 200_000

#: Seconds one extract request may take, waiting included (0: no limit). Smaller than
#: the CLI's 300 s: an HTTP client should not wait minutes, and an article of
#: ``DEFAULT_MAX_TEXT`` characters takes seconds.
DEFAULT_API_TIME_LIMIT = 60.0


def check_time_limit(seconds: float) -> float:
    """``seconds`` if it is a usable time limit (finite, 0 or more), else ConfigError."""
    if not math.isfinite(seconds) or seconds < 0:
        raise ConfigError(f"the time limit must be 0 or more seconds, not {seconds!r}")
    return float(seconds)


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


class Services:
    """The store (opened on first use, then kept) and serialised, time-limited extraction."""

    def __init__(self, settings: ApiSettings) -> None:
        self.settings = settings
        self._store: Store | None = None
        self._store_lock = threading.Lock()
        self._worker: ThreadPoolExecutor | None = None
        self._worker_lock = threading.Lock()

    def store(self) -> Store:
        """The store, read-only unless writes are allowed. Raises StoreError (503)."""
        with self._store_lock:
            if self._store is None:
                path = self.settings.db_path
                if not self.settings.allow_write and not path.exists():
                    raise StoreError(
                        f"no store at {path}: ingest articles first, or serve with --write"
                    )
                self._store = Store(path, read_only=not self.settings.allow_write)
                log.info("opened %r", self._store)
            return self._store

    def close(self) -> None:
        with self._worker_lock:
            if self._worker is not None:
                # Queued jobs are dropped; a running one stops at its deadline.
                self._worker.shutdown(wait=False, cancel_futures=True)
                self._worker = None
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None

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
        deadline = time.monotonic() + limit if limit > 0 else None

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
            return future.result(timeout=None if deadline is None else limit)
        except (FutureTimeout, TimeLimitError):
            future.cancel()  # still queued behind another request: never start it
            raise TimeLimitError(
                f"the extraction did not finish within the server's time limit of {limit:g} s "
                "(the text is too slow to process, or the server is busy); try again later "
                "or send a shorter text"
            ) from None


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
