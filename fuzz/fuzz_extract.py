"""Fuzz the whole extraction pipeline with atheris.

    .venv/bin/python fuzz/fuzz_extract.py -runs=3000 -max_len=600

Checks the invariants on every input: no exception, spans inside the text, and
the text a time/place/quote claims is the text at its span.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys

import atheris

logging.disable(logging.CRITICAL)  # readers warn on every odd input; keep the log to findings

with atheris.instrument_imports(include=["geowire"]):
    import geowire
    from geowire.pipeline import registry

    # the components are imported on first use: import them here, to instrument them
    registry.names()
    from geowire.errors import TimeLimitError
    from geowire.pipeline import deadline_after

PIPE = None
#: A text slower than this is a finding: saved under hangs/ and fuzzing goes on.
HANG_SECONDS = float(os.environ.get("FUZZ_HANG_SECONDS", "20"))
JOIN = " \u2026 "  # how the quotes component joins the parts of a split quote


def _save_hang(text: str) -> None:
    os.makedirs("hangs", exist_ok=True)
    name = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    with open(os.path.join("hangs", name + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    sys.stderr.write(f"HANG over {HANG_SECONDS:g}s: hangs/{name}.txt {text[:80]!r}\n")


def test_one(data: bytes) -> None:
    global PIPE
    if PIPE is None:
        PIPE = geowire.Pipeline()
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    try:
        doc = PIPE(text, published="2007-12-10", deadline=deadline_after(HANG_SECONDS))
    except TimeLimitError:
        _save_hang(text)
        return
    n = len(doc.text)
    for rec in (*doc.times, *doc.places):
        s, e = rec.span
        assert 0 <= s <= e <= n, rec
        assert doc.text[s:e] == rec.text, rec
    for q in doc.quotes:
        s, e = q.span
        assert 0 <= s <= e <= n, q
        covered = doc.text[s:e]
        at = 0
        for part in q.text.split(JOIN):  # a split quote: its parts, in order, in its span
            found = covered.find(part, at)
            assert found >= 0, q
            at = found + len(part)
    for ev in doc.events:
        assert 0 <= ev.span[0] <= ev.span[1] <= n, ev
    for actor in doc.actors:
        for s, e in actor.mentions:
            assert 0 <= s < e <= n, actor
    doc.to_dict()


def main() -> None:
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
