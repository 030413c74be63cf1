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

A run may be given a ``deadline`` (a :func:`time.monotonic` value), the one
time-limit mechanism of geowire (see :mod:`geowire.runner`): it is checked
before each component, and a component still running when it passes is
interrupted, in whichever thread runs it (see :func:`_interrupt_at`); either way
the run stops with :class:`~geowire.errors.TimeLimitError`.
"""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import logging
import signal
import threading
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
    "deadline_after",
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
        origin: str | None = None,
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
            origin=origin,
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
        current = self.names[0] if self.names else ""
        try:
            with _interrupt_at(deadline):
                for info, comp in zip(self.infos, self.components, strict=True):
                    current = info.name
                    if deadline is not None and time.monotonic() >= deadline:
                        raise TimeLimitError(
                            f"time limit reached before component {info.name!r}; the text is "
                            "too slow to process"
                        )
                    batch = self._run_component(info, comp, batch)
        except _Expired:
            raise TimeLimitError(
                f"time limit reached in component {current!r}; the text is too slow to process"
            ) from None
        return batch

    def _run_component(
        self, info: ComponentInfo, comp: Callable[[Document], Document], batch: list[Document]
    ) -> list[Document]:
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
        return out

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


def deadline_after(seconds: float | None) -> float | None:
    """The deadline (a :func:`time.monotonic` value) ``seconds`` from now; None or 0: none."""
    return time.monotonic() + seconds if seconds else None


class _Expired(BaseException):
    """Raised in the thread of a run whose deadline passed while a component ran.

    A BaseException, so that no ``except Exception`` inside a component swallows it;
    :meth:`Pipeline._run_batch` turns it into a TimeLimitError.
    """


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Make ``thread_id`` raise ``exc`` at its next Python instruction (None: cancel)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None
    )


@contextlib.contextmanager
def _interrupt_at(deadline: float | None) -> Iterator[None]:
    """Interrupt this thread with :class:`_Expired` if the block still runs at ``deadline``.

    In a process's main thread (the CLI, a worker process) a SIGALRM timer does it,
    which also ends a blocking system call or a long regular-expression match; in any
    other thread (the HTTP API's, Dask's) an exception is set for the thread to raise
    at its next Python instruction, so a long C call there ends first.
    """
    if deadline is None or deadline <= time.monotonic():  # passed: the caller checks
        yield
    elif hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        with _alarm_at(deadline):
            yield
    else:
        with _async_at(deadline):
            yield


def _on_alarm(signum: int, frame: object) -> None:
    raise _Expired


@contextlib.contextmanager
def _alarm_at(deadline: float) -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(deadline - time.monotonic(), 1e-6))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _async_at(deadline: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"running": True, "fired": False}

    def fire() -> None:
        with lock:
            if state["running"]:
                state["fired"] = True
                _raise_in(target, _Expired)

    timer = threading.Timer(max(0.0, deadline - time.monotonic()), fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["running"] = False
            if state["fired"]:  # raised already, or still pending: then never raised
                _raise_in(target, None)


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A publication date from ``YYYY-MM-DD`` (or a full ISO timestamp), a date, or None."""
    try:
        return to_date(value)
    except (ValueError, TypeError, OverflowError):
        raise InputError(f"not a date (expected YYYY-MM-DD): {value!r}") from None
