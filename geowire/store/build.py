"""What a store was coded with, and recoding it when that changes.

Every ingest records in the store's ``meta`` table the build it coded with: the
geowire version, the spaCy model, the components, the built-in data (a hash of
``geowire/data``), the user's dictionaries (paths and SHA-256 of their content)
and the settings. :func:`recode` re-extracts every stored text with a new
configuration into a fresh store file and swaps it in, so a store always holds
one coding; run twice with the same configuration it has nothing to do.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .._version import __version__
from ..config import Config
from ..errors import StoreError

__all__ = ["build_info", "fingerprint", "RecodeStats", "recode", "CLEAN_COMPONENT"]

log = logging.getLogger(__name__)

#: The cleaning component: a stored text is already clean, recoding skips it.
CLEAN_COMPONENT = "geowire.clean.v1"


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


@functools.cache
def builtin_data_hash() -> str:
    """SHA-256 over geowire's own data files (names and contents), examples aside."""
    root = Path(str(resources.files("geowire") / "data"))
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("examples/"):
            continue
        digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_info(config: Config) -> dict[str, Any]:
    """The build a pipeline with ``config`` codes with (JSON-able)."""
    return {
        "geowire": __version__,
        "model": config.model,
        "components": list(config.components),
        "builtin_dictionaries": config.builtin_dictionaries,
        "builtin_data_sha256": builtin_data_hash(),
        "dictionaries": {
            kind: [{"path": str(p), "sha256": _file_hash(Path(p))} for p in paths]
            for kind in ("actors", "agents", "verbs", "discards")
            if (paths := getattr(config, kind))
        },
        "settings": json.loads(json.dumps(config.settings, default=str, sort_keys=True)),
    }


def fingerprint(info: dict[str, Any]) -> str:
    """A short hash of a build: equal builds, equal fingerprints."""
    text = json.dumps(info, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class RecodeStats:
    """What a recode did."""

    documents: int = 0
    recoded: int = 0
    linked: int = 0
    kept: int = 0  # documents whose re-extraction failed: kept as they were
    events_before: int = 0
    events_after: int = 0
    up_to_date: bool = False


def _stored(con: Any) -> Iterator[dict[str, Any]]:
    cur = con.execute(
        "SELECT id, title, url, source, published, origin, text, json, ingested_at, "
        "duplicate_of FROM documents ORDER BY ingested_at, id"
    )
    cols = [d[0] for d in cur.description or ()]
    while chunk := cur.fetchmany(256):
        for row in chunk:
            yield dict(zip(cols, row, strict=True))


def recode(
    path: str | Path,
    config: Config,
    *,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    seconds: float | None = None,
) -> RecodeStats:
    """Re-extract every text stored in ``path`` with ``config``; replace the store.

    Nothing is done (``up_to_date``) when the store was coded with this very build,
    unless ``force``. The new coding is written to a new file next to the store and
    swapped in at the end, so an interrupted recode leaves the store as it was.
    Articles linked as copies of another stay linked; an article whose
    re-extraction fails keeps its old coding (counted as ``kept``).
    ``progress`` gets "recoded", "linked" or "kept" once per document.
    """
    from ..document import Document
    from ..ingest import BadRecord, Record
    from ..pipeline import Pipeline
    from ..runner import process
    from .store import Store

    path = Path(path)
    info = build_info(config)
    with Store(path) as old:
        recorded = old.build()
        total = old.stats()
        if recorded is not None and recorded == info and not force and not old.build_mixed():
            return RecodeStats(total["documents"], up_to_date=True)
    if on_total:
        on_total(int(total["documents"]))
    tmp = path.with_name(path.name + ".recode")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    pipe = Pipeline(
        config.replace(components=tuple(c for c in config.components if c != CLEAN_COMPONENT))
    )
    counts = {"recoded": 0, "linked": 0, "kept": 0}

    def note(what: str) -> None:
        counts[what] += 1
        if progress:
            progress(what)

    old = Store(path, read_only=True, wait=0)
    try:
        rows = {}
        originals: list[Record] = []
        copies: list[dict[str, Any]] = []
        for r in _stored(old._con):
            rows[r["id"]] = r
            if r["duplicate_of"]:
                copies.append(r)
            else:
                originals.append(
                    Record(
                        r["id"],
                        r["text"],
                        r["title"],
                        r["url"],
                        r["source"],
                        r["published"],
                        r["origin"] or "",
                    )
                )
        with Store(tmp) as new:
            new.record_build(info, replace=True)
            with new.batch():
                for item in process(pipe, originals, time_limit=seconds):
                    if isinstance(item, BadRecord):
                        if item.id not in rows:
                            continue
                        r = rows[item.id]
                        log.warning(
                            "%s: re-extraction failed, kept as it was: %s", r["id"], item.error
                        )
                        doc = Document.from_dict(json.loads(r["json"])).replace(source=r["source"])
                        new.add(doc, origin=r["origin"], ingested_at=r["ingested_at"])
                        note("kept")
                        continue
                    r = rows[item.id]
                    new.add(
                        item.replace(source=r["source"]),
                        origin=r["origin"],
                        ingested_at=r["ingested_at"],
                    )
                    note("recoded")
                for r in copies:
                    new.link(
                        new.original(r["text"]) or r["duplicate_of"],
                        id=r["id"],
                        title=r["title"],
                        url=r["url"],
                        source=r["source"],
                        published=r["published"],
                        origin=r["origin"],
                        ingested_at=r["ingested_at"],
                    )
                    note("linked")
            after = new.stats()
    except BaseException:
        old.close()
        tmp.unlink(missing_ok=True)
        raise
    old.close()
    try:
        os.replace(tmp, path)
    except OSError as exc:
        raise StoreError(f"cannot replace {path} with its recoded copy {tmp}: {exc}") from None
    return RecodeStats(
        documents=int(total["documents"]),
        recoded=counts["recoded"],
        linked=counts["linked"],
        kept=counts["kept"],
        events_before=int(total["events"]),
        events_after=int(after["events"]),
    )
