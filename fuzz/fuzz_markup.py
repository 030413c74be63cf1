"""Fuzz the HTML and feed readers with structured markup (atheris, coverage-guided).

    .venv/bin/python fuzz/fuzz_markup.py -runs=20000 -max_len=4096

The input is turned into markup built from pieces that break parsers: DOCTYPEs
with entity declarations (internal, external, parameter), CDATA, comments,
deep or unclosed nesting, character references, RSS/Atom/RDF envelopes. Any
exception that escapes the readers is a bug: bad markup must become a BadRecord.
"""

from __future__ import annotations

import logging
import sys

import atheris

logging.disable(logging.CRITICAL)  # readers warn on every odd input; keep the log to findings

with atheris.instrument_imports(include=["geowire"]):
    from geowire.ingest import BadRecord, Record
    from geowire.ingest.readers import _read_text, decode

PIECES = (
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<script>var a=1;</script>",
    "<style>p{}</style>",
    "<!-- c -->",
    "<!--",
    "<![CDATA[ x ]]>",
    "<![CDATA[",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "&#65;",
    "&lol;",
    "&xxe;",
    "%pe;",
    '<!DOCTYPE r [<!ENTITY lol "lol">]>',
    '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE r [<!ENTITY % pe SYSTEM "http://127.0.0.1/x">%pe;]>',
    '<?xml version="1.0"?>',
    '<?xml version="1.0" encoding="utf-16"?>',
    '<rss version="2.0"><channel>',
    "</channel></rss>",
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    "</feed>",
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    "<item><title>T</title><description>",
    "</description></item>",
    "<entry><content type='html'>",
    "</content></entry>",
    "<pubDate>Mon, 30 Feb 2007 10:00:00 GMT</pubDate>",
    "<pubDate>yesterday</pubDate>",
    "<html><head><title>t</title></head><body>",
    "</body></html>",
    "<article>",
    "</article>",
    "Iran accused Iraq of harbouring militants.",
    "\u201cWe will not give up,\u201d he said.",
    "\x00",
    "\ufffd",
    " ",
    "\n\n",
)

KINDS = ("page.html", "feed.xml", "feed.rss", "unknown")


def test_one(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    name = KINDS[fdp.ConsumeIntInRange(0, len(KINDS) - 1)]
    parts: list[str] = []
    for _ in range(fdp.ConsumeIntInRange(0, 60)):
        if fdp.ConsumeBool():
            parts.append(PIECES[fdp.ConsumeIntInRange(0, len(PIECES) - 1)])
        else:
            parts.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 40)))
    text = "".join(parts)
    if fdp.ConsumeBool():  # through the byte decoder too, in another encoding
        raw = text.encode("utf-16" if fdp.ConsumeBool() else "utf-8", errors="ignore")
        try:
            text = decode(raw, name)
        except Exception as exc:  # only InputError may leave decode
            from geowire.errors import InputError

            if not isinstance(exc, InputError):
                raise
            return
    for item in _read_text(text, name, None):
        assert isinstance(item, Record | BadRecord), item
        if isinstance(item, Record):
            assert item.text.strip(), item
        else:
            assert "\n" not in item.error, item.error


def main() -> None:
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
