"""Exports: CSV, TSV, Parquet, JSON Lines (docs/contract.md), the GDELT 2.0 event
table and PLOVER JSON Lines.

The format follows the file name (:func:`format_for`): ``.csv``, ``.tsv``,
``.parquet``, ``.jsonl``, ``.plover.jsonl`` and GDELT's ``.export.CSV``; a name
that says nothing known is refused, and so is a format that contradicts the name.

``csv``, ``tsv`` and ``parquet`` write any table as it is stored (events with their
cluster counts). ``jsonl`` writes contract objects: one document a line for
``documents``, one event dict a line for ``events``, rows otherwise. ``gdelt``
and ``plover`` write events, one row per clustered event (one story, one event),
with the number of reports, articles and sources. The PLOVER export keeps every
event: one without a PLOVER type (CAMEO 01 and 02) has ``"event": null``. Its
mode and context are those the CAMEO code implies, from
``geowire/data/plover/cameo_modes.tsv`` (built from CAMEO2PLOVER and the PLOVER
manual by ``scripts/build_plover_modes.py``).

GDELT 2.0 columns geowire cannot fill are left empty (see :data:`GDELT_UNFILLED`):
known-group, ethnic and religion codes of actors (geowire's codes do not carry
them apart from the type codes), the ADM1/ADM2 codes and feature ids of places,
the actors' own locations (only the event's location is known) and AvgTone (no
tone model). ``*Geo_CountryCode`` holds ISO 3166-1 alpha-3, where GDELT uses
FIPS 10-4.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import logging
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from ..errors import StoreError
from .connection import Reader, stream
from .queries import events_query
from .query import EventQuery
from .records import EventRecord

__all__ = [
    "export",
    "format_for",
    "choose_format",
    "EXTENSIONS",
    "plover_mode_context",
    "FORMATS",
    "TABLES",
    "GDELT_COLUMNS",
    "GDELT_UNFILLED",
    "gdelt_row",
    "plover_record",
]

log = logging.getLogger(__name__)

FORMATS = ("csv", "tsv", "parquet", "jsonl", "gdelt", "plover")

#: File name endings (case-insensitive, longest first) and the format each one means.
EXTENSIONS: tuple[tuple[str, str], ...] = (
    (".plover.jsonl", "plover"),
    (".export.csv", "gdelt"),  # GDELT 2.0's own files: YYYYMMDDHHMMSS.export.CSV
    (".parquet", "parquet"),
    (".jsonl", "jsonl"),
    (".tsv", "tsv"),
    (".csv", "csv"),
)
_NAMES = ", ".join(ext if ext != ".export.csv" else ".export.CSV" for ext, _ in EXTENSIONS)


def format_for(path: str | Path) -> str | None:
    """The export format a file name says (by its ending), or None."""
    name = Path(path).name.lower()
    return next((fmt for ext, fmt in EXTENSIONS if name.endswith(ext)), None)


def choose_format(path: Path, format: str | None) -> str:
    """The format to write ``path`` in; StoreError when the name and format disagree."""
    named = format_for(path)
    if format is None:
        if named is None:
            raise StoreError(
                f"cannot tell the export format from the name {path.name!r}: "
                f"end it in one of {_NAMES}"
            )
        return named
    if format not in FORMATS:
        raise StoreError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    if named is not None and named != format and not (named == "tsv" and format == "gdelt"):
        raise StoreError(
            f"{path.name} names a {named} file; it would hold {format}: "
            f"drop --format or name the file for {format}"
        )
    return format


#: Exportable tables and the query behind each (fixed text: never user input).
TABLES: dict[str, str] = {
    "documents": "SELECT id, title, url, source, published, origin, story_id, n_actors, "
    "n_events, n_quotes, n_times, n_places, ingested_at, text FROM documents ORDER BY id",
    "actors": "SELECT * FROM actors ORDER BY doc_id, actor_id",
    "quotes": "SELECT * FROM quotes ORDER BY doc_id, idx",
    "times": "SELECT * FROM times ORDER BY doc_id, idx",
    "places": "SELECT * FROM places ORDER BY doc_id, idx",
    "links": "SELECT * FROM doc_links ORDER BY doc_id, other_id",
}

GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    *(
        f"Actor{n}{c}"
        for n in (1, 2)
        for c in (
            "Code",
            "Name",
            "CountryCode",
            "KnownGroupCode",
            "EthnicCode",
            "Religion1Code",
            "Religion2Code",
            "Type1Code",
            "Type2Code",
            "Type3Code",
        )
    ),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(
        f"{g}Geo_{c}"
        for g in ("Actor1", "Actor2", "Action")
        for c in (
            "Type",
            "FullName",
            "CountryCode",
            "ADM1Code",
            "ADM2Code",
            "Lat",
            "Long",
            "FeatureID",
        )
    ),
    "DATEADDED",
    "SOURCEURL",
)

#: GDELT columns always left empty, and why.
GDELT_UNFILLED: dict[str, str] = {
    **{
        f"Actor{n}{c}": "not carried by geowire actor codes"
        for n in (1, 2)
        for c in ("KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code")
    },
    "AvgTone": "no tone model",
    **{
        f"Actor{n}Geo_{c}": "geowire locates events, not each actor"
        for n in (1, 2)
        for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long")
    },
    "Actor1Geo_FeatureID": "not located",
    "Actor2Geo_FeatureID": "not located",
    "ActionGeo_ADM1Code": "no ADM1 codes in the gazetteer output",
    "ActionGeo_ADM2Code": "no ADM2 codes in the gazetteer output",
    "ActionGeo_FeatureID": "event locations carry no gazetteer id",
}

# CAMEO actor type (role) codes, from the CAMEO codebook's actor types.
_CAMEO_TYPES = frozenset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB "
    "LEG MED REF MOD RAD AMN IRC GRP UNO PKO UIS IGO IMG INT MNC NGM NGO SET".split()
)

assert len(GDELT_COLUMNS) == 61


def export(
    reader: Reader,
    path: str | Path,
    *,
    format: str | None = None,
    table: str = "events",
    query: EventQuery | None = None,
    unique: bool = False,
    notes: dict[str, int] | None = None,
) -> int:
    """Write ``table`` of the store to ``path``; the number of rows written.

    ``format`` None takes it from the file name (see :data:`EXTENSIONS`). ``query``
    (events only) chooses the events, ``unique`` one row per clustered event (the
    ``gdelt`` and ``plover`` formats always). ``notes``, if given, is filled with counts
    worth telling the user (``no_plover_type``).
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder; export writes a file (name it .csv, .parquet, ...)")
    format = choose_format(path, format)
    if table != "events" and table not in TABLES:
        raise StoreError(f"unknown table {table!r}; use one of events, {', '.join(sorted(TABLES))}")
    if format in ("gdelt", "plover") and table != "events":
        raise StoreError(f"the {format} format exports events only")
    if (query is not None or unique) and table != "events":
        raise StoreError("filters apply to the events table only")
    if not path.parent.exists():
        raise StoreError(f"folder does not exist: {path.parent}")
    try:
        sql = _sql(table, query or EventQuery(), unique or format in ("gdelt", "plover"))
    except StoreError as exc:  # a filter value the query cannot take
        raise StoreError(f"cannot read {table}: {exc}") from None
    try:
        if format in ("csv", "tsv", "parquet"):
            return _arrow(reader, path, format, table, sql)
        if format == "jsonl":
            return _jsonl(reader, path, table, sql)
        if format == "gdelt":
            return _gdelt(reader, path, sql)
        return _plover(reader, path, sql, notes if notes is not None else {})
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc}") from None


def _sql(table: str, query: EventQuery, unique: bool) -> tuple[str, list[Any]]:
    """The query behind ``table`` (the events ``query`` finds, for ``events``)."""
    if table == "events":
        return events_query(query, unique=unique)
    return TABLES[table], []


def _rows(reader: Reader, table: str, sql: tuple[str, list[Any]]) -> Iterator[dict[str, Any]]:
    try:
        yield from stream(reader.cursor(), *sql)
    except Exception as exc:  # duckdb errors, bad filter values
        raise StoreError(f"cannot read {table}: {exc}") from None


def _arrow(reader: Reader, path: Path, format: str, table: str, sql: tuple[str, list[Any]]) -> int:
    try:
        batches = reader.cursor().sql(sql[0], params=sql[1]).to_arrow_reader(10_000)
    except Exception as exc:  # duckdb errors, bad filter values
        raise StoreError(f"cannot read {table}: {exc}") from None
    n = 0
    if format == "parquet":
        with pq.ParquetWriter(str(path), batches.schema) as writer:
            for batch in batches:
                writer.write_batch(batch)
                n += batch.num_rows
        return n
    schema = batches.schema
    # CSV has no lists: write list columns (actor sectors) as JSON text
    fixed = pa.schema(
        [pa.field(f.name, pa.string()) if pa.types.is_list(f.type) else f for f in schema]
    )
    options = pa_csv.WriteOptions(delimiter="\t" if format == "tsv" else ",")
    with pa_csv.CSVWriter(str(path), fixed, write_options=options) as writer:
        for batch in batches:
            if fixed != schema:
                cols = [
                    pa.array([None if v is None else json.dumps(v) for v in col.to_pylist()])
                    if pa.types.is_list(col.type)
                    else col
                    for col in batch.columns
                ]
                batch = pa.RecordBatch.from_arrays(cols, schema=fixed)
            writer.write_batch(batch)
            n += batch.num_rows
    return n


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _jsonl(reader: Reader, path: Path, table: str, sql: tuple[str, list[Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as out:
        if table == "documents":
            docs: tuple[str, list[Any]] = ("SELECT json FROM documents ORDER BY id", [])
            rows: Iterator[Any] = (json.loads(r["json"]) for r in _rows(reader, table, docs))
        elif table == "events":
            rows = (EventRecord.from_row(r).to_dict() for r in _rows(reader, table, sql))
        else:
            rows = _rows(reader, table, sql)
        for obj in rows:
            out.write(json.dumps(obj, ensure_ascii=False, default=_json_default) + "\n")
            n += 1
    return n


# -- GDELT 2.0 -------------------------------------------------------------------------


def _gdelt_id(event_id: str) -> int:
    """A positive 63-bit integer from the hex event id (GDELT ids are integers)."""
    return int(event_id.replace("-", "")[:15], 16)


def _actor_cols(name: str | None, code: str | None, country: str | None) -> list[Any]:
    types = []
    if code:
        rest = code[3:] if country and code.startswith(country) else code
        for i in range(0, len(rest) - 2, 3):
            seg = rest[i : i + 3]
            if seg in _CAMEO_TYPES and seg not in types:
                types.append(seg)
    types = (types + ["", "", ""])[:3]
    return [code or "", (name or "").upper(), country or "", "", "", "", "", *types]


def gdelt_row(r: dict[str, Any]) -> list[Any]:
    """The 61 GDELT 2.0 event-table fields of an ``events_sql`` row."""
    day: dt.date | None = r["day"]
    sqldate: str = ""
    month_year: str = ""
    year: int | str = ""
    fraction: float | str = ""
    if day is not None:
        sqldate = day.strftime("%Y%m%d")
        month_year = day.strftime("%Y%m")
        year = day.year
        fraction = round(day.year + (day.timetuple().tm_yday / 365.0), 4)
    has_loc = r["location_name"] is not None
    action_geo = [
        (4 if r["location_country"] else 1) if has_loc else "",  # 1 country .. 4 city
        r["location_name"] or "",
        r["location_country"] or "",
        "",
        "",
        r["lat"] if r["lat"] is not None else "",
        r["lon"] if r["lon"] is not None else "",
        "",
    ]
    added: dt.datetime | None = r.get("ingested_at")
    return [
        _gdelt_id(r["id"]),
        sqldate,
        month_year,
        year,
        fraction,
        *_actor_cols(r["source_name"], r["source_code"], r["source_country"]),
        *_actor_cols(r["target_name"], r["target_code"], r["target_country"]),
        1 if r["sentence"] == 0 else 0,
        r["cameo"],
        r["base_code"],
        r["root"],
        r["quad_class"],
        r["goldstein"],
        int(r["reports"]),
        int(r["sources"]),
        int(r["articles"]),
        "",
        *([""] * 16),
        *action_geo,
        added.strftime("%Y%m%d%H%M%S") if added else "",
        r["url"] or "",
    ]


def _gdelt(reader: Reader, path: Path, sql: tuple[str, list[Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        for r in _rows(reader, "events", sql):
            row = gdelt_row(r)
            writer.writerow(["" if v is None else v for v in row])
            n += 1
    return n


# -- PLOVER ----------------------------------------------------------------------------


@functools.cache
def _plover_table() -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    """CAMEO code -> (PLOVER type, mode, contexts), from the versioned data file."""
    path = resources.files("geowire") / "data" / "plover" / "cameo_modes.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    table = {}
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        contexts = tuple(c for c in row["context"].split(";") if c)
        table[row["code"]] = (row["plover"], row["mode"] or None, contexts)
    return table


def plover_mode_context(cameo: str, plover: str | None) -> tuple[str | None, list[str]]:
    """The PLOVER mode and contexts CAMEO code ``cameo`` implies for type ``plover``.

    The code's own row, else its nearest parent's (0431 -> 043 -> 04). The mode is
    given only when the row's type is ``plover`` (a mode belongs to its type); the
    contexts (the domain the code names) whatever the type.
    """
    table = _plover_table()
    for n in range(len(cameo), 1, -1):
        row = table.get(cameo[:n])
        if row is not None:
            kind, mode, contexts = row
            return (mode if plover is not None and kind == plover else None), list(contexts)
    return None, []


def plover_record(r: dict[str, Any]) -> dict[str, Any]:
    """A PLOVER event record (type, mode, actor, recipient, ...) of an ``events_sql`` row."""
    mode, context = plover_mode_context(r["cameo"], r["plover"])
    loc = None
    if r["location_name"] is not None:
        loc = {
            "name": r["location_name"],
            "country": r["location_country"],
            "lat": r["lat"],
            "lon": r["lon"],
        }
    return {
        "id": r["id"],
        "date": r["date"] or (r["day"].isoformat() if r["day"] else None),
        "event": r["plover"],
        "mode": mode,
        "context": context,
        "actor": r["source_name"],
        "actor_code": r["source_code"],
        "actor_country": r["source_country"],
        "recipient": r["target_name"],
        "recipient_code": r["target_code"],
        "recipient_country": r["target_country"],
        "modality": r["modality"],
        "location": loc,
        "cameo": r["cameo"],
        "quad_class": r["quad_class"],
        "goldstein": r["goldstein"],
        "text": r["evidence"],
        "doc_id": r["doc_id"],
        "url": r["url"],
        "published": r["published"].isoformat() if r["published"] else None,
        "reports": int(r["reports"]),
        "articles": int(r["articles"]),
        "sources": int(r["sources"]),
    }


def _plover(reader: Reader, path: Path, sql: tuple[str, list[Any]], notes: dict[str, int]) -> int:
    """PLOVER records as JSON Lines: every event, ``"event": null`` without a type."""
    n = untyped = 0
    with path.open("w", encoding="utf-8") as out:
        for r in _rows(reader, "events", sql):
            untyped += r["plover"] is None  # CAMEO 01 and 02 have no PLOVER type
            out.write(json.dumps(plover_record(r), ensure_ascii=False) + "\n")
            n += 1
    notes["no_plover_type"] = untyped
    return n
