"""Fuzz the whole extraction pipeline with atheris.

    .venv/bin/python fuzz/fuzz_extract.py -runs=3000 -max_len=600

Checks the invariants on every input: no exception, spans inside the text, and
the text a time/place/quote claims is the text at its span.
"""

from __future__ import annotations

import logging
import sys

import atheris

logging.disable(logging.CRITICAL)  # readers warn on every odd input; keep the log to findings

with atheris.instrument_imports(include=["geowire"]):
    import geowire
    from geowire.pipeline import registry

    # the components are imported on first use: import them here, to instrument them
    registry.names()

PIPE = None


def test_one(data: bytes) -> None:
    global PIPE
    if PIPE is None:
        PIPE = geowire.Pipeline()
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    doc = PIPE(text, published="2007-12-10")
    n = len(doc.text)
    for rec in (*doc.times, *doc.places, *doc.quotes):
        s, e = rec.span
        assert 0 <= s <= e <= n, rec
        assert doc.text[s:e] == rec.text, rec
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
