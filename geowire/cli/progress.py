"""Progress on stderr: a Rich bar on a terminal, periodic plain lines otherwise.

With a known total (see :func:`geowire.ingest.count_records`) the bar shows
``done/total`` and the time left; the plain lines (for logs, CI, ``2> file``)
say the same in words every ``every`` seconds, so a long run is never silent.
"""

from __future__ import annotations

import time
from collections import Counter
from types import TracebackType
from typing import Any, Literal

from rich.console import Console

__all__ = ["Progress", "progress_mode", "eta_text"]

Mode = Literal["bar", "lines", "off"]

#: Seconds between two plain progress lines.
EVERY = 10.0


def progress_mode(option: bool | None, console: Console) -> Mode:
    """``--progress``/``--no-progress`` (None: not given) and where stderr goes -> a mode."""
    if option is False:
        return "off"
    return "bar" if console.is_terminal else "lines"


def eta_text(seconds: float) -> str:
    """A duration for people: "45 s", "3 min 20 s", "2 h 05 min"."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


class Progress:
    """Counts records as they are done; shows them as ``mode`` says.

    ``advance(what)`` counts one record under ``what`` ("added", "failed", ...).
    """

    def __init__(
        self,
        description: str,
        total: int | None,
        console: Console,
        mode: Mode,
        *,
        every: float | None = None,
        unit: str = "records",
    ) -> None:
        self.description = description
        self.total = total
        self.console = console
        self.mode = mode
        self.every = EVERY if every is None else every
        self.unit = unit
        self.done = 0
        self.counts: Counter[str] = Counter()
        self._bar: Any = None
        self._task: Any = None
        self._start = time.monotonic()
        self._last = self._start

    def __enter__(self) -> Progress:
        self._start = self._last = time.monotonic()
        if self.mode == "bar":
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import (
                Progress as RichProgress,
            )

            columns: list[Any] = [
                SpinnerColumn(),
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn() if self.total is not None else TextColumn("{task.completed}"),
                TextColumn(f"{self.unit} {{task.fields[detail]}}"),
                TimeElapsedColumn(),
            ]
            if self.total is not None:
                columns += [TextColumn("ETA"), TimeRemainingColumn()]
            self._bar = RichProgress(*columns, console=self.console, transient=True)
            self._bar.__enter__()
            self._task = self._bar.add_task(self.description, total=self.total, detail="")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.__exit__(exc_type, exc, tb)
            self._bar = None

    def detail(self) -> str:
        return ", ".join(f"{v} {k}" for k, v in self.counts.items())

    def line(self) -> str:
        """The plain progress line: done (of total), counts, elapsed and time left."""
        elapsed = time.monotonic() - self._start
        head = f"{self.description}: {self.done:,}"
        if self.total:
            head += f"/{self.total:,} {self.unit} ({100 * self.done // self.total}%)"
        else:
            head += f" {self.unit}"
        if self.counts:
            head += f" [{self.detail()}]"
        head += f", {eta_text(elapsed)} elapsed"
        if self.total and self.done:
            left = elapsed / self.done * max(0, self.total - self.done)
            head += f", about {eta_text(left)} left"
        return head

    def advance(self, what: str | None = None) -> None:
        self.done += 1
        if what:
            self.counts[what] += 1
        if self.mode == "bar" and self._bar is not None:
            self._bar.update(self._task, advance=1, detail=f"({self.detail()})")
        elif self.mode == "lines":
            now = time.monotonic()
            if now - self._last >= self.every:
                self._last = now
                self.console.print(self.line(), markup=False, highlight=False)
