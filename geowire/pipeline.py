"""Building and running pipelines over the components of :mod:`geowire.registry`.

A component is a callable ``Document -> Document`` that declares which
Document fields it reads and which it writes. Components are registered by a
versioned name (``"geowire.actors.v1"``) with :func:`component` (importable from
here or :mod:`geowire.registry`); a :class:`Pipeline` is built from a
:class:`~geowire.config.Config` and checks,
before any text is processed, that every field a component reads is written by
an earlier one (or is an input field). At run time it checks that each
component returned a Document and left undeclared fields alone.

Components that can work on batches (the spaCy backbone) may also define
``pipe(docs) -> Iterator[Document]``.

A run may be given a ``deadline`` (a :func:`time.monotonic` value): it is
checked before each component, and a run past it stops there with
:class:`~geowire.errors.TimeLimitError`. A component already running is not
interrupted (the HTTP API uses this to stop a runaway extraction).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .config import Config
from .dates import to_date
from .document import Document
from .errors import InputError, PipelineError, TimeLimitError
from .registry import (
    DOCUMENT_FIELDS,
    INPUT_FIELDS,
    Component,
    ComponentInfo,
    component,
    registry,
)

__all__ = [
    "Component",
    "ComponentInfo",
    "component",
    "registry",
    "Pipeline",
    "INPUT_FIELDS",
    "DOCUMENT_FIELDS",
]

log = logging.getLogger(__name__)


class Pipeline:
    """A checked sequence of components, reusable for many documents.

    >>> pipe = Pipeline()                      # the default configuration
    >>> doc = pipe("Text of an article ...", published="2007-12-10")
    >>> for doc in pipe.pipe(many_documents): ...
    """

    def __init__(self, config: Config | None = None, **overrides: Any) -> None:
        config = config or Config()
        if overrides:
            config = config.replace(**overrides)
        self.config = config
        self.infos = [registry.get(n) for n in config.components]
        self._check(self.infos)
        self.components: list[Callable[[Document], Document]] = []
        for info in self.infos:
            comp = info.factory(config)
            self.components.append(comp)

    @staticmethod
    def _check(infos: list[ComponentInfo]) -> None:
        available = set(INPUT_FIELDS)
        for info in infos:
            missing = [f for f in info.reads if f not in available]
            if missing:
                raise PipelineError(
                    f"component {info.name!r} reads {', '.join(missing)}, "
                    "which no earlier component writes"
                )
            available.update(info.writes)

    @property
    def names(self) -> list[str]:
        return [info.name for info in self.infos]

    def make_document(
        self,
        text: str,
        *,
        published: str | dt.date | None = None,
        id: str | None = None,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
    ) -> Document:
        if not isinstance(text, str):
            raise InputError(f"text must be a string, not {type(text).__name__}")
        return Document(
            text=text,
            raw=text,
            id=id or "",
            title=title,
            published=parse_date(published),
            url=url,
            source=source,
        )

    def __call__(
        self, text: str | Document, *, deadline: float | None = None, **meta: Any
    ) -> Document:
        """Run the pipeline over one text (or Document).

        ``deadline``: a :func:`time.monotonic` value; past it, the run stops at the
        next component boundary with :class:`~geowire.errors.TimeLimitError`.
        """
        doc = text if isinstance(text, Document) else self.make_document(text, **meta)
        return next(iter(self.pipe([doc], deadline=deadline)))

    def pipe(
        self,
        docs: Iterable[Document],
        batch_size: int | None = None,
        *,
        deadline: float | None = None,
    ) -> Iterator[Document]:
        """Run every component over ``docs``, in batches, yielding finished documents.

        ``deadline`` (a :func:`time.monotonic` value) applies to the whole stream.
        """
        size = batch_size or self.config.batch_size
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= size:
                yield from self._run_batch(batch, deadline)
                batch = []
        if batch:
            yield from self._run_batch(batch, deadline)

    def _run_batch(self, batch: list[Document], deadline: float | None = None) -> list[Document]:
        for info, comp in zip(self.infos, self.components, strict=True):
            if deadline is not None and time.monotonic() >= deadline:
                raise TimeLimitError(
                    f"time limit reached before component {info.name!r}; the text is too slow "
                    "to process"
                )
            pipe = getattr(comp, "pipe", None)
            if callable(pipe):
                out = list(pipe(batch))
                if len(out) != len(batch):
                    raise PipelineError(
                        f"component {info.name!r} returned {len(out)} documents for {len(batch)}"
                    )
            else:
                out = [comp(d) for d in batch]
            for before, after in zip(batch, out, strict=True):
                self._verify(info, before, after)
            batch = out
        return batch

    @staticmethod
    def _verify(info: ComponentInfo, before: Document, after: Any) -> None:
        if not isinstance(after, Document):
            raise PipelineError(
                f"component {info.name!r} returned {type(after).__name__}, not a Document"
            )
        for fld in DOCUMENT_FIELDS - set(info.writes):
            if getattr(before, fld) is not getattr(after, fld):
                raise PipelineError(
                    f"component {info.name!r} changed {fld!r}, which it does not declare"
                )


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A publication date from ``YYYY-MM-DD`` (or a full ISO timestamp), a date, or None."""
    try:
        return to_date(value)
    except (ValueError, TypeError, OverflowError):
        raise InputError(f"not a date (expected YYYY-MM-DD): {value!r}") from None
