import datetime as dt
import gzip
import json

import pytest

from geowire import InputError
from geowire.ingest import BadRecord, Record, iter_records


def _all(*paths, **kw):
    return list(iter_records([str(p) for p in paths], **kw))


def test_text_file_gets_content_id_and_flag_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Iran agreed to talks.", encoding="utf-8")
    (r,) = _all(p, published=dt.date(2007, 12, 10))
    assert isinstance(r, Record) and r.published == dt.date(2007, 12, 10)
    assert len(r.id) == 16 and r.origin == str(p)


def test_jsonl_record_date_wins_and_bad_lines_are_reported(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(
        json.dumps({"id": "x1", "text": "One.", "published": "2001-02-03", "title": "T"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "x3"})
        + "\n"
        + json.dumps({"id": "x4", "text": "Four.", "published": "2001-02-30"})
        + "\n"
        + "\n"
        + json.dumps({"text": "Five."})
        + "\n",
        encoding="utf-8",
    )
    items = _all(p, published=dt.date(2020, 1, 1))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Record", "BadRecord", "BadRecord", "BadRecord", "Record"]
    assert items[0].published == dt.date(2001, 2, 3) and items[0].title == "T"
    assert items[1].origin.endswith(":2") and "malformed JSON" in items[1].error
    assert "no 'text'" in items[2].error and "not a date" in items[3].error
    assert items[4].published == dt.date(2020, 1, 1)


def test_csv_with_text_column(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text('id,title,text\n1,A,"Iran, Iraq agreed."\n2,B,\n', encoding="utf-8")
    items = _all(p)
    assert isinstance(items[0], Record) and items[0].text == "Iran, Iraq agreed."
    assert isinstance(items[1], BadRecord) and "empty" in items[1].error


def test_csv_without_text_column_is_reported(tmp_path):
    p = tmp_path / "c.csv"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    (bad,) = _all(p)
    assert isinstance(bad, BadRecord) and "no text column" in bad.error


def test_gzip_and_directory_walk(tmp_path):
    (tmp_path / "sub").mkdir()
    with gzip.open(tmp_path / "sub" / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Gzipped."}) + "\n")
    (tmp_path / "a.txt").write_text("Plain.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    texts = [r.text for r in _all(tmp_path)]
    assert texts == ["Plain.", "Gzipped."]


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Café au lait in Doha.".encode("utf-16"), "Café au lait in Doha."),
        ("Café in Doha.".encode("cp1252"), "Café in Doha."),
        (b"\xef\xbb\xbfBOM text.", "BOM text."),
    ],
)
def test_encodings(tmp_path, data, expected):
    p = tmp_path / "e.txt"
    p.write_bytes(data)
    (r,) = _all(p)
    assert isinstance(r, Record) and r.text == expected


@pytest.mark.parametrize("data", [b"", b"   \n\t ", bytes(range(256)) * 40])
def test_empty_and_binary_are_bad_records(tmp_path, data):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    (bad,) = _all(p)
    assert isinstance(bad, BadRecord)


def test_missing_path_raises_input_error():
    with pytest.raises(InputError, match="no such file"):
        _all("/nonexistent/file.txt")


RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Talks</title><link>http://example.invalid/1</link>
<pubDate>Tue, 18 Dec 2007 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Iran and the U.S. met in Damascus.&lt;/p&gt;</description></item>
</channel></rss>"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
<rss><channel><item><description>&lol2;</description></item></channel></rss>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss><channel><item><description>&x;</description></item></channel></rss>"""


def test_rss_feed(tmp_path):
    p = tmp_path / "f.rss"
    p.write_text(RSS, encoding="utf-8")
    (r,) = _all(p)
    assert r.text == "Iran and the U.S. met in Damascus."
    assert r.title == "Talks" and r.url == "http://example.invalid/1"
    assert r.published == dt.date(2007, 12, 18) and r.source == "Wire"


@pytest.mark.parametrize("xml", [BOMB, XXE])
def test_hostile_feeds_are_refused(tmp_path, xml):
    p = tmp_path / "f.xml"
    p.write_text(xml, encoding="utf-8")
    (bad,) = _all(p)
    assert isinstance(bad, BadRecord) and "unsafe XML" in bad.error


def test_html_page(tmp_path):
    body = " ".join(["Iranian and American officials met in Damascus on Tuesday."] * 8)
    html = (
        "<html><head><title>Talks in Damascus</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Talks in Damascus</h1><p>{body}</p><p>{body}</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    (r,) = _all(p)
    assert isinstance(r, Record)
    assert "officials met in Damascus" in r.text and "Copyright" not in r.text
    assert r.title == "Talks in Damascus"


# -- per-record decoding, NUL bytes, dates -------------------------------------------


def _jsonl_bytes(*records: dict) -> list[bytes]:
    return [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_one_stray_cp1252_byte_costs_only_its_own_line(tmp_path, suffix, caplog):
    good = "Erdoğan met Putin in Ankara."
    if suffix == ".jsonl":
        lines = _jsonl_bytes({"id": "a", "text": good}, {"id": "b", "text": "X"})
        lines[1] = b'{"id": "b", "text": "Caf\xe9 in Doha."}'  # one Windows-1252 byte
        lines += _jsonl_bytes({"id": "c", "text": good})
    else:
        lines = [b"id,text", f"a,{good}".encode(), b"b,Caf\xe9 in Doha.", f"c,{good}".encode()]
    p = tmp_path / f"corpus{suffix}"
    p.write_bytes(b"\n".join(lines) + b"\n")
    with caplog.at_level("WARNING"):
        records = _all(p)
    texts = {r.id: r.text for r in records if isinstance(r, Record)}
    assert texts["a"] == good and texts["c"] == good  # not re-decoded as "ErdoÄŸan"
    assert texts["b"] == "Café in Doha."
    bad_line = 2 if suffix == ".jsonl" else 3
    assert f"{p}:{bad_line}: not UTF-8" in caplog.text


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_nul_byte_in_one_record_does_not_reject_the_file(tmp_path, suffix, caplog):
    if suffix == ".jsonl":
        lines = _jsonl_bytes({"id": "a", "text": "Iran met Iraq."})
        lines.append(b'{"id": "b", "text": "Bad\x00 record."}')
        lines += _jsonl_bytes({"id": "c", "text": "Iraq met Iran."})
    else:
        lines = [b"id,text", b"a,Iran met Iraq.", b"b,Bad\x00 record.", b"c,Iraq met Iran."]
    p = tmp_path / f"corpus{suffix}"
    p.write_bytes(b"\n".join(lines) + b"\n")
    with caplog.at_level("WARNING"):
        records = _all(p)
    good = {r.id for r in records if isinstance(r, Record)}
    assert {"a", "c"} <= good
    assert "NUL byte" in caplog.text


def test_a_binary_file_named_jsonl_is_still_refused(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(bytes(range(256)) * 40)
    (r,) = _all(p)
    assert isinstance(r, BadRecord) and "binary" in r.error


def test_jsonl_lines_split_on_line_feeds_only(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_bytes(json.dumps({"id": "a", "text": "One\u2028two."}, ensure_ascii=False).encode())
    (r,) = _all(p)
    assert isinstance(r, Record) and r.text == "One\u2028two."


@pytest.mark.parametrize(
    "value",
    [
        "2007-12-10",
        "2007-12-10T14:05:00Z",
        "2007-12-10T14:05:00+03:00",
        "2007-12-10 14:05",
        "Mon, 10 Dec 2007 14:05:00 +0000",
        "10 Dec 2007 14:05:00 GMT",
    ],
)
def test_jsonl_published_in_iso_and_rfc2822_forms(tmp_path, value):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "One.", "published": value}), encoding="utf-8")
    (r,) = _all(p)
    assert isinstance(r, Record) and r.published == dt.date(2007, 12, 10)


@pytest.mark.parametrize("value", ["10/12/2007", "Monday", "2007-13-01"])
def test_jsonl_published_not_a_date_costs_the_record(tmp_path, value):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "One.", "published": value}), encoding="utf-8")
    (r,) = _all(p)
    assert isinstance(r, BadRecord) and "not a date" in r.error
