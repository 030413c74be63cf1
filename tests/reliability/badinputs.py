"""The bad-input matrix: hostile or broken files, each with what geowire must do with it.

A :class:`Case` is a file (name and bytes), the texts that must come out of it
(``markers``), the parts of one-line stderr messages that must name it (``messages``:
warnings and skipped records) and how many of its records are skipped. Good
articles sit between the bad ones, so a test can check that nothing around a bad
input is lost. Built in code, so the tests need no data files.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import random
from dataclasses import dataclass

GOOD = (
    "Iranian President Mahmoud Ahmadinejad urged the Gulf Cooperation Council on Sunday "
    "to sign a security pact. {marker} officials said the talks in Doha went well."
)


def good_text(marker: str) -> str:
    return GOOD.format(marker=marker)


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    data: bytes
    markers: tuple[str, ...] = ()  # texts that must be in some output document
    messages: tuple[str, ...] = ()  # parts of stderr lines that name this file
    skipped: int = 0  # how many "skipped" lines name this file


def _no_punctuation(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    words = (
        "Iran Iraq the United States said President urged Gulf Council to act accused "
        "officials met in Tehran on Sunday December troops clashed with police Cairo "
        "Washington talks may collapse next week of and a minister foreign sanctions "
        "Baghdad February 30 last year \u201c \u201d"
    ).split()
    out: list[str] = []
    n = 0
    while n < size:
        w = rng.choice(words)
        out.append(w)
        n += len(w) + 1
    return " ".join(out)[:size]


def _billion_laughs() -> bytes:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n'
        + "\n".join(entities)
        + '\n]>\n<rss version="2.0"><channel><title>t</title><item><title>&lol9;</title>'
        "<description>boom</description></item></channel></rss>\n"
    ).encode()


def _external_entity() -> bytes:
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        b'<rss version="2.0"><channel><title>t</title><item><title>x</title>'
        b"<description>&xxe;</description></item></channel></rss>\n"
    )


def _feed(markers: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Item {m}</title><guid>feed-{m}</guid>"
        f"<pubDate>Mon, 10 Dec 2007 10:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;{good_text(m)}&lt;/p&gt;</description></item>"
        for m in markers
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Wire</title>{items}</channel></rss>\n"
    ).encode()


def _jsonl(markers: list[str]) -> bytes:
    lines = [
        json.dumps({"id": f"j-{markers[0]}", "text": good_text(markers[0])}),
        '{"id": "broken", "text": "no closing brace"',
        "not json at all",
        json.dumps({"id": "no-text", "title": "a record without text"}),
        json.dumps({"id": "bad-date", "text": good_text("Ignored"), "published": "2007-02-30"}),
        json.dumps({"id": "empty", "text": "   "}),
        "[1, 2",
        json.dumps({"id": f"j-{markers[1]}", "text": good_text(markers[1])}),
    ]
    return ("\n".join(lines) + "\n").encode()


def _html_page(body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Story</title></head><body>"
        f"<article>{body}</article></body></html>"
    )


def _deep_html(marker: str, depth: int = 50_000) -> bytes:
    return _html_page("<div>" * depth + f"<p>{good_text(marker)}</p>" + "</div>" * depth).encode()


def _huge_html(marker: str, scale: int = 100_000) -> bytes:
    """About 3 MB of page: the article, then scripts, a comment and styles."""
    junk = (
        "<script>" + "var a = 1;\n" * scale + "</script>"
        "<!-- " + "x" * (10 * scale) + " -->"
        "<style>" + ".c{color:red}\n" * (scale // 2) + "</style>"
    )
    return _html_page(f"<p>{good_text(marker)}</p><p>{good_text(marker)}</p>" + junk).encode()


def _gzip_bomb(size: int = 40 * 1024 * 1024) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
        chunk = b"a" * (1024 * 1024)
        for _ in range(size // len(chunk)):
            gz.write(chunk)
    return buf.getvalue()


def cases() -> list[Case]:
    """Every bad input of the matrix, with good articles around them."""
    rng = random.Random(3)
    garbage = bytes(rng.randrange(256) for _ in range(4096))
    latin1 = good_text("Se\u00f1or Mu\u00f1oz").encode("latin-1")
    invalid_utf8 = good_text("Kiev").encode() + b" \xff\xfe\xc3\x28 broken bytes."
    return [
        Case("a00_good.txt", good_text("Alpha").encode(), ("Alpha",)),
        Case("a01_empty.txt", b"", messages=("empty text",), skipped=1),
        Case("a02_blank.txt", b" \n\t\r\n \xc2\xa0 \n", messages=("empty text",), skipped=1),
        Case("a03_garbage.txt", garbage, messages=("binary data",), skipped=1),
        Case("a04_invalid_utf8.txt", invalid_utf8, ("Kiev",), ("not UTF-8",)),
        Case(
            "a05_utf16.txt",
            codecs.BOM_UTF16_LE + good_text("Bravo").encode("utf-16-le"),
            ("Bravo",),
        ),
        Case("a06_utf16_nobom.txt", good_text("Charlie").encode("utf-16-le"), ("Charlie",)),
        Case("a07_latin1.txt", latin1, ("Se\u00f1or Mu\u00f1oz",), ("not UTF-8",)),
        Case("a08_good.txt", good_text("Delta").encode(), ("Delta",)),
        Case(
            "a09_records.jsonl",
            _jsonl(["Echo", "Foxtrot"]),
            ("Echo", "Foxtrot"),
            (
                ":2: malformed JSON",
                ":3: malformed JSON",
                ":4: no 'text' field",
                ":5: not a date",
                ":6: empty text",
                ":7: malformed JSON",
            ),
            skipped=6,
        ),
        Case("a10_bomb.xml", _billion_laughs(), messages=("refused unsafe XML",), skipped=1),
        Case("a11_xxe.rss", _external_entity(), messages=("refused unsafe XML",), skipped=1),
        Case("a12_feed.rss", _feed(["Golf", "Hotel"]), ("Golf", "Hotel")),
        Case("a13_deep.html", _deep_html("India"), ("India",), ("no article found",)),
        Case("a14_huge.html", _huge_html("Juliett"), ("Juliett",)),
        Case(
            "a15_quotes.txt",
            (
                "\u201cWe will not give up, the minister said on Sunday. "
                'Protesters shouted "down with the government and then left. '
                "Kilo officials said \u201d nothing more."
            ).encode(),
            ("Kilo",),
        ),
        Case(
            "a16_dates.txt",
            (
                b"Lima officials met on February 30, 2007 and again on 31 April. "
                b"The vote on 2007-02-30 was postponed to the 45th of June."
            ),
            ("Lima",),
        ),
        Case("a17_bomb.txt.gz", _gzip_bomb(), messages=("byte limit",), skipped=1),
        Case(
            "a18_corrupt.txt.gz",
            b"\x1f\x8b\x08\x00garbage-not-gzip",
            messages=("not a valid gzip file",),
            skipped=1,
        ),
        Case(
            "a19_rows.csv",
            (
                'id,text\nc1,"' + good_text("Mike") + '"\nc2,\nc3,"' + good_text("November") + '"\n'
            ).encode(),
            ("Mike", "November"),
            (":3: empty text",),
            skipped=1,
        ),
        Case("a20_good.txt", good_text("Oscar").encode(), ("Oscar",)),
    ]


def monsters() -> list[Case]:
    """Inputs built to be slow or huge: a 10 MB article and a 1 MB 'sentence'."""
    para = good_text("Papa") + " " + good_text("Quebec") + "\n\n"
    article = (para * (10_000_000 // len(para) + 1))[:10_000_000]
    return [
        Case("m00_good.txt", good_text("Romeo").encode(), ("Romeo",)),
        Case("m01_article_10mb.txt", article.encode(), skipped=1),
        Case("m02_sentence_1mb.txt", _no_punctuation(1_000_000).encode(), skipped=1),
        Case("m03_good.txt", good_text("Sierra").encode(), ("Sierra",)),
    ]
