"""What the routes share: settings, the store handle and the extraction lock.

Held on ``app.state.geowire`` (one per app, no module globals), so several apps
with different stores can live in one process, as the tests do.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..errors import InputError, StoreError
from ..store import Store
from .security import DEFAULT_MAX_BODY

__all__ = ["ApiSettings", "Services", "DEFAULT_MAX_TEXT"]

log = logging.getLogger(__name__)

#: Longest article text accepted by the extract endpoint, in characters.
DEFAULT_MAX_TEXT = 200_000


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


class Services:
    """The store (opened on first use, then kept) and serialised extraction."""

    def __init__(self, settings: ApiSettings) -> None:
        self.settings = settings
        self._store: Store | None = None
        self._store_lock = threading.Lock()
        self._extract_lock = threading.Lock()

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
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def extract(
        self,
        text: str,
        *,
        published: dt.date | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> Document:
        """Run the default pipeline over one article (one at a time per app)."""
        import geowire

        if not text.strip():
            raise InputError("the article text is empty")
        if len(text) > self.settings.max_text:
            raise InputError(f"the article is over {self.settings.max_text} characters")
        with self._extract_lock:
            return geowire.extract(
                text, published=published, title=title, url=url, model=self.settings.model
            )


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
