"""Readers: files, directories, standard input and URLs into :class:`Record` objects.

Formats: plain text, HTML pages (trafilatura), RSS/Atom feeds (feedparser, after
defusedxml has checked the XML for entity bombs), JSON Lines, CSV with a text
column, and gzip of any of these. Directories are walked recursively.

A record that cannot be read becomes a :class:`BadRecord` (with its origin and a
one-line reason) so that callers report it and go on; an input that cannot be
opened at all (a missing path) raises :class:`~geowire.errors.InputError`.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gzip
import io
import json
import logging
import sys
import urllib.request
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..dates import to_date
from ..document import content_id
from ..errors import InputError

__all__ = [
    "Record",
    "BadRecord",
    "iter_records",
    "read_bytes",
    "decode",
    "decode_lines",
    "count_records",
    "limit_chars",
    "MAX_BYTES",
    "MAX_CHARS",
]

log = logging.getLogger(__name__)

#: The largest single input (file, record, decompressed stream) geowire reads.
MAX_BYTES = 32 * 1024 * 1024
#: The longest article text processed by default, in characters (``--max-chars``; the
#: HTTP API's extract endpoint refuses longer texts too): a longer one is skipped with a
#: one-line message, not left to run for minutes.
MAX_CHARS = 200_000
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".rdf"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
TEXT_FIELDS = ("text", "body", "content", "article")


@dataclass(frozen=True, slots=True)
class Record:
    """One article as read, before any processing."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    origin: str = ""


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record that could not be read: reported by the caller and skipped."""

    origin: str
    id: str | None
    error: str


Item = Record | BadRecord


def _looks_binary(text: str) -> bool:
    """Whether decoded text is mostly control characters or undecodable: binary data."""
    head = text[:4096]
    bad = sum(1 for ch in head if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad > max(8, len(head) // 20)


def decode(data: bytes, origin: str) -> str:
    """Bytes to text: BOMs, UTF-8, UTF-16 without BOM, else Windows-1252; binary is refused."""
    text = _decode(data, origin)
    if _looks_binary(text):
        raise InputError(f"{origin}: binary data, not text")
    return text


def _decode(data: bytes, origin: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    head = data[:4096]
    if head and b"\x00" in head:
        zeros_odd = head[1::2].count(0) / max(1, len(head[1::2]))
        zeros_even = head[0::2].count(0) / max(1, len(head[0::2]))
        if zeros_odd > 0.3 and zeros_even < 0.05:
            return data.decode("utf-16-le", errors="replace")
        if zeros_even > 0.3 and zeros_odd < 0.05:
            return data.decode("utf-16-be", errors="replace")
        raise InputError(f"{origin}: binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if not _looks_binary(text):
        log.warning("%s: not UTF-8; read as Windows-1252", origin)
    return text


def _utf16(data: bytes) -> bool:
    """Whether ``data`` looks like UTF-16 (a BOM, or zero bytes in every other place)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    head = data[:4096]
    if b"\x00" not in head:
        return False
    zeros_odd = head[1::2].count(0) / max(1, len(head[1::2]))
    zeros_even = head[0::2].count(0) / max(1, len(head[0::2]))
    return zeros_odd > 0.3 or zeros_even > 0.3


def decode_lines(data: bytes, origin: str) -> str:
    """Bytes of a file of one record a line (JSON Lines, CSV) to text, line by line.

    Each line is decoded on its own: a line that is not UTF-8 is read as
    Windows-1252 and a NUL byte is removed, each with a warning naming the line,
    so one stray byte never changes how the other records read. UTF-16 files and
    binary data are handled as :func:`decode` does.
    """
    if _utf16(data):
        return decode(data, origin)
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and "\x00" not in text:
        if _looks_binary(text):
            raise InputError(f"{origin}: binary data, not text")
        return text
    if _looks_binary(data[:4096].decode("utf-8", errors="replace")):
        raise InputError(f"{origin}: binary data, not text")
    parts = []
    for lineno, line in enumerate(data.split(b"\n"), 1):
        if b"\x00" in line:
            log.warning("%s:%d: NUL byte removed", origin, lineno)
            line = line.replace(b"\x00", b"")
        try:
            parts.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            log.warning("%s:%d: not UTF-8; this line read as Windows-1252", origin, lineno)
            parts.append(line.decode("cp1252", errors="replace"))
    return "\n".join(parts)


def _decode_input(data: bytes, name: str) -> str:
    """The text of one input: line by line for JSON Lines and CSV, else whole."""
    suffix = _inner_suffix(name)
    by_lines = suffix in JSONL_SUFFIXES or suffix in CSV_SUFFIXES
    if suffix not in KNOWN_SUFFIXES and not _utf16(data):
        by_lines = data.lstrip()[:1] == b"{"  # JSON Lines without a telling name
    return decode_lines(data, name) if by_lines else decode(data, name)


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of ``path`` (gunzipped if it ends in .gz), refusing more than ``limit``."""
    try:
        size = path.stat().st_size
        if path.suffix.lower() != ".gz" and size > limit:
            raise InputError(f"{path}: {size:,} bytes is over the {limit:,}-byte limit")
        with path.open("rb") as fh:
            if path.suffix.lower() == ".gz":
                with gzip.GzipFile(fileobj=fh) as gz:
                    data = gz.read(limit + 1)
            else:
                data = fh.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (EOFError, gzip.BadGzipFile, zlib.error, ValueError) as exc:
        raise InputError(f"{path}: not a valid gzip file: {exc}") from None
    if len(data) > limit:
        raise InputError(f"{path}: over the {limit:,}-byte limit")
    return data


def _inner_suffix(name: str) -> str:
    path = Path(name)
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    return path.suffix.lower()


def _sniff(text: str) -> str:
    """The format of text with no telling file name: jsonl, feed, html or text."""
    head = text.lstrip()[:1024].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<"):
        if "<rss" in head or "<feed" in head or "<rdf:rdf" in head:
            return "feed"
        if head.startswith("<?xml") and "<html" not in head:
            return "feed"
        return "html"
    return "text"


def _format_of(name: str, text: str) -> str:
    suffix = _inner_suffix(name)
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return _sniff(text)


def _record(
    text: str,
    origin: str,
    published: dt.date | None,
    *,
    id: Any = None,
    title: Any = None,
    url: Any = None,
    source: Any = None,
    date: Any = None,
) -> Item:
    rid = str(id) if id not in (None, "") else None
    if not isinstance(text, str):
        return BadRecord(origin, rid, f"{origin}: 'text' must be a string")
    if not text.strip():
        return BadRecord(origin, rid, f"{origin}: empty text")
    if len(text) > MAX_BYTES:
        return BadRecord(origin, rid, f"{origin}: text over the {MAX_BYTES:,}-character limit")
    try:
        own = to_date(date)
    except (ValueError, TypeError, OverflowError):
        return BadRecord(origin, rid, f"{origin}: not a date: {date!r}")
    return Record(
        id=rid or content_id(text),
        text=text,
        title=str(title) if title else None,
        url=str(url) if url else None,
        source=str(source) if source else None,
        published=own or published,
        origin=origin,
    )


def _from_mapping(obj: Any, origin: str, published: dt.date | None) -> Item:
    if not isinstance(obj, dict):
        return BadRecord(origin, None, f"{origin}: expected a JSON object")
    field = next((f for f in TEXT_FIELDS if f in obj), None)
    rid = obj.get("id")
    if field is None:
        return BadRecord(origin, str(rid) if rid else None, f"{origin}: no 'text' field")
    return _record(
        obj[field],
        origin,
        published,
        id=rid,
        title=obj.get("title"),
        url=obj.get("url"),
        source=obj.get("source"),
        date=obj.get("published") or obj.get("date"),
    )


def _jsonl(text: str, name: str, published: dt.date | None) -> Iterator[Item]:
    # split on line feeds only: JSON strings may hold U+2028, U+0085 and the like
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        origin = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRecord(origin, None, f"{origin}: malformed JSON ({exc.msg})")
            continue
        if isinstance(obj, list):  # a .json file holding one array of records
            for i, item in enumerate(obj, 1):
                yield _from_mapping(item, f"{origin}[{i}]", published)
        else:
            yield _from_mapping(obj, origin, published)


def _csv(text: str, name: str, published: dt.date | None) -> Iterator[Item]:
    delimiter = "\t" if _inner_suffix(name) == ".tsv" else ","
    csv.field_size_limit(MAX_BYTES)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if not any(f in fields for f in TEXT_FIELDS):
        raise InputError(f"{name}: no text column (looked for {', '.join(TEXT_FIELDS)})")
    try:
        for row in reader:
            clean = {(k or "").strip().lower(): v for k, v in row.items()}
            yield _from_mapping(clean, f"{name}:{reader.line_num}", published)
    except csv.Error as exc:
        yield BadRecord(f"{name}:{reader.line_num}", None, f"{name}:{reader.line_num}: {exc}")


def _html(text: str, name: str, published: dt.date | None) -> Iterator[Item]:
    import trafilatura

    try:
        result = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on hostile markup
        yield BadRecord(name, None, f"{name}: cannot extract text from HTML ({type(exc).__name__})")
        return
    if result is None or not (getattr(result, "text", None) or "").strip():
        # trafilatura (lxml) finds nothing in some pages, e.g. markup nested deeper
        # than libxml2 parses: fall back to all the text of the page.
        try:
            fallback = _html_to_text(text)
        except Exception:  # noqa: BLE001 - html.parser on hostile markup
            fallback = ""
        if not fallback.strip():
            yield BadRecord(name, None, f"{name}: no article text found in the HTML")
            return
        log.warning("%s: no article found in the HTML; read all of its text", name)
        yield _record(fallback, name, published)
        return
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    yield _record(
        data.get("text") or "",
        name,
        published,
        title=data.get("title"),
        url=data.get("url"),
        source=data.get("sitename") or data.get("hostname"),
        date=data.get("date"),
    )


def _html_to_text(fragment: str) -> str:
    """Plain text of HTML (a feed entry's body, or a page): no scripts, styles or head."""
    from html.parser import HTMLParser

    parts: list[str] = []
    hidden = {"script", "style", "noscript", "template", "head", "title"}
    inside: list[str] = []

    class _P(HTMLParser):
        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in hidden:
                inside.append(tag)
            elif tag in ("p", "br", "div", "li", "h1", "h2", "h3"):
                parts.append("\n\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in hidden and tag in inside:
                del inside[len(inside) - 1 - inside[::-1].index(tag) :]

        def handle_data(self, data: str) -> None:
            if not inside:
                parts.append(data)

    parser = _P(convert_charrefs=True)
    parser.feed(fragment)
    parser.close()
    return "\n\n".join(p.strip() for p in "".join(parts).split("\n\n") if p.strip())


def _feed(text: str, name: str, published: dt.date | None) -> Iterator[Item]:
    import defusedxml.ElementTree as SafeET
    import feedparser
    from defusedxml import DefusedXmlException

    try:
        SafeET.fromstring(text.encode("utf-8"))
    except DefusedXmlException as exc:
        raise InputError(f"{name}: refused unsafe XML ({type(exc).__name__})") from None
    except SafeET.ParseError as exc:
        raise InputError(f"{name}: malformed XML feed ({exc})") from None
    feed = feedparser.parse(text, sanitize_html=True, resolve_relative_uris=False)
    source = feed.feed.get("title") if feed.get("feed") else None
    if not feed.entries:
        raise InputError(f"{name}: a feed with no entries")
    for i, entry in enumerate(feed.entries, 1):
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "") or ""
        yield _record(
            _html_to_text(body),
            f"{name}#{i}",
            published,
            id=entry.get("id"),
            title=entry.get("title"),
            url=entry.get("link"),
            source=source,
            date=entry.get("published_parsed") or entry.get("updated_parsed"),
        )


_PARSERS = {"jsonl": _jsonl, "csv": _csv, "html": _html, "feed": _feed}


def _read_text(text: str, name: str, published: dt.date | None) -> Iterator[Item]:
    fmt = _format_of(name, text)
    if fmt == "text":
        yield _record(text, name, published)
        return
    try:
        yield from _PARSERS[fmt](text, name, published)
    except InputError as exc:
        yield BadRecord(name, None, exc.message)


def _read_path(path: Path, published: dt.date | None) -> Iterator[Item]:
    try:
        text = _decode_input(read_bytes(path), str(path))
    except InputError as exc:
        yield BadRecord(str(path), None, exc.message)
        return
    yield from _read_text(text, str(path), published)


def _walk(directory: Path) -> Iterator[Path]:
    for path in sorted(directory.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(directory).parts):
            continue
        if path.is_file() and _inner_suffix(path.name) in KNOWN_SUFFIXES:
            yield path


def _read_url(url: str, published: dt.date | None) -> Iterator[Item]:
    request = urllib.request.Request(url, headers={"User-Agent": "geowire"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (user's URL)
            data = response.read(MAX_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise InputError(f"{url}: cannot fetch: {exc}") from None
    if len(data) > MAX_BYTES:
        yield BadRecord(url, None, f"{url}: over the {MAX_BYTES:,}-byte limit")
        return
    try:
        text = _decode_input(data, url)
    except InputError as exc:
        yield BadRecord(url, None, exc.message)
        return
    for item in _read_text(text, url, published):
        if isinstance(item, Record) and item.url is None:
            item = Record(item.id, item.text, item.title, url, item.source, item.published, url)
        yield item


def iter_records(
    inputs: Sequence[str | Path], *, published: dt.date | None = None
) -> Iterator[Item]:
    """Every record in ``inputs`` (paths, directories, ``-`` for stdin, http(s) URLs).

    A record's own publication date wins over ``published``. Raises InputError for an
    input that does not exist; yields BadRecord for records that cannot be read.
    """
    for item in inputs:
        name = str(item)
        if name == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                yield BadRecord("<stdin>", None, f"<stdin>: over the {MAX_BYTES:,}-byte limit")
                continue
            try:
                text = _decode_input(data, "<stdin>")
            except InputError as exc:
                yield BadRecord("<stdin>", None, exc.message)
                continue
            yield from _read_text(text, "<stdin>", published)
        elif name.startswith(("http://", "https://")):
            yield from _read_url(name, published)
        else:
            path = Path(name)
            if path.is_dir():
                yield from (r for p in _walk(path) for r in _read_path(p, published))
            elif path.exists():
                yield from _read_path(path, published)
            else:
                raise InputError(f"no such file or directory: {name}")


def limit_chars(items: Iterable[Item], max_chars: int) -> Iterator[Item]:
    """``items`` with every record longer than ``max_chars`` characters (0: no limit)
    turned into a BadRecord that says so."""
    for item in items:
        if max_chars and isinstance(item, Record) and len(item.text) > max_chars:
            yield BadRecord(
                item.origin,
                item.id,
                f"{item.origin}: {len(item.text):,} characters, over the --max-chars limit "
                f"of {max_chars:,} (raise --max-chars, or 0 for no limit, to process it)",
            )
        else:
            yield item


def _count_path(path: Path) -> int | None:
    fmt = _inner_suffix(path.name)
    if fmt in TEXT_SUFFIXES or fmt in HTML_SUFFIXES:
        return 1
    if fmt not in JSONL_SUFFIXES and fmt not in CSV_SUFFIXES:
        return None  # feeds (and names that say nothing) are only known once parsed
    try:
        data = read_bytes(path)
    except InputError:
        return 1  # reported as one bad record
    if fmt in JSONL_SUFFIXES:
        if data.lstrip()[:1] == b"[":
            return None
        return sum(1 for line in data.split(b"\n") if line.strip())
    try:
        text = decode_lines(data, str(path))
    except InputError:
        return 1
    delimiter = "\t" if fmt == ".tsv" else ","
    csv.field_size_limit(MAX_BYTES)
    try:
        return max(
            0, sum(1 for _ in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)) - 1
        )
    except csv.Error:
        return None


def count_records(inputs: Sequence[str | Path]) -> int | None:
    """How many records ``inputs`` hold, when that can be known cheaply beforehand
    (files and directories of text, HTML, JSON Lines and CSV); None otherwise
    (standard input, URLs, feeds)."""
    total = 0
    for item in inputs:
        name = str(item)
        if name == "-" or name.startswith(("http://", "https://")):
            return None
        path = Path(name)
        paths = list(_walk(path)) if path.is_dir() else [path] if path.is_file() else []
        for p in paths:
            n = _count_path(p)
            if n is None:
                return None
            total += n
    return total
