"""Fuzz the readers and the cleaner with atheris (coverage-guided).

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_readers.py -runs=20000 -max_len=4096

Any exception that escapes ``iter_records`` or ``clean_text`` is a bug: bad input
must become a BadRecord (reported and skipped), never a crash.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile

import atheris

logging.disable(logging.CRITICAL)  # readers warn on every odd input; keep the log to findings

with atheris.instrument_imports():
    from geowire.clean import clean_text
    from geowire.ingest import iter_records

SUFFIXES = (".txt", ".jsonl", ".csv", ".html", ".xml", ".rss", ".json", ".txt.gz", ".tsv")
_dir = tempfile.mkdtemp(prefix="geowire-fuzz-")


def test_one(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    path = os.path.join(_dir, "input" + suffix)
    with open(path, "wb") as fh:
        fh.write(data[1:])
    for item in iter_records([path]):
        if hasattr(item, "text"):
            clean_text(item.text)
    clean_text(data[1:].decode("utf-8", errors="replace"))


def main() -> None:
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
