"""geowire.store.layout: every stored table declared once, and what is derived from it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from geowire.distributed.tables import SCHEMAS
from geowire.store import Store
from geowire.store.connection import migrate
from geowire.store.layout import ARROW_TYPES, TABLES, Column, Table, create_sql
from geowire.store.schema import SCHEMA_VERSION


def _layout(con: duckdb.DuckDBPyConnection) -> dict:
    """Tables (columns, types, nullability), key constraints and indexes of a database."""
    columns = con.execute(
        "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
        "ORDER BY table_name, ordinal_position"
    ).fetchall()
    keys = con.execute(
        "SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints() "
        "WHERE constraint_type IN ('PRIMARY KEY', 'NOT NULL') ORDER BY ALL"
    ).fetchall()
    indexes = con.execute(
        "SELECT index_name, table_name, expressions FROM duckdb_indexes() ORDER BY ALL"
    ).fetchall()
    return {"columns": columns, "keys": keys, "indexes": indexes}


def test_a_new_store_is_what_the_migrations_build(tmp_path: Path) -> None:
    """The declaration creates a new store; the shipped migrations, applied to an empty
    database, give exactly the same tables, keys and indexes."""
    declared = duckdb.connect(str(tmp_path / "declared.duckdb"))
    migrate(declared, 0)
    migrated = duckdb.connect(str(tmp_path / "migrated.duckdb"))
    migrate(migrated, 0, to=SCHEMA_VERSION - 1)
    migrate(migrated, SCHEMA_VERSION - 1)
    assert _layout(declared) == _layout(migrated)
    assert _layout(declared)["columns"]  # not two empty databases


def test_the_sql_schema_is_the_declaration(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        got = store.fetch(
            "SELECT table_name AS t, column_name AS c, data_type AS d, is_nullable AS n "
            "FROM information_schema.columns ORDER BY table_name, ordinal_position"
        )
    stored = {}
    for r in got:
        stored.setdefault(r["t"], []).append((r["c"], r["d"]))
    declared = {name: [(c.name, c.sql) for c in t.kept("store")] for name, t in TABLES.items()}
    assert stored == declared


def test_sql_and_arrow_schemas_agree(tmp_path: Path) -> None:
    """The Parquet schemas of the distributed runner are the declaration's, and DuckDB
    reads each store table back with the same Arrow types as the Parquet columns."""
    Store(tmp_path / "s.duckdb").close()
    con = duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True)
    for name, schema in SCHEMAS.items():
        table = TABLES[name]
        assert schema == table.arrow_schema("parquet")
        from_sql = con.sql(f"SELECT * FROM {name}").to_arrow_table().schema
        shared = [f.name for f in schema if f.name in from_sql.names]
        assert shared == [c.name for c in table.columns if c.where == "both"]
        for column in shared:
            assert from_sql.field(column).type == schema.field(column).type, (name, column)


def test_every_declared_type_has_an_arrow_type() -> None:
    for table in TABLES.values():
        for c in table.columns:
            assert c.sql in ARROW_TYPES, (table.name, c.name)
            assert isinstance(c.arrow, pa.DataType)


def test_a_column_added_to_the_declaration_reaches_every_derived_form() -> None:
    """The SQL, the Arrow schema and the rows all follow one declaration."""
    base = TABLES["times"]
    extra: Table = Table(
        base.name,
        (*base.columns, Column("year", "INTEGER", lambda r: 2007)),
        primary_key=base.primary_key,
    )
    assert "year INTEGER" in extra.create_sql()
    assert extra.arrow_schema().field("year").type == pa.int32()
    assert extra.names[-1] == "year"


@pytest.mark.parametrize("table", [t for t in TABLES if t != "meta"])
def test_create_sql_makes_each_table(table: str) -> None:
    statements = create_sql()
    assert any(s.startswith(f"CREATE TABLE IF NOT EXISTS {table} (") for s in statements)


class _Seen(dict):
    """A row that remembers the columns read from it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.read: set[str] = set()

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)


@pytest.mark.parametrize(
    "table, record, joined",
    [
        ("events", "EventRecord", {"published", "url", "reports", "articles", "sources"}),
        ("quotes", "QuoteRecord", {"published", "url", "title"}),
    ],
)
def test_the_records_read_declared_columns(tmp_path: Path, table: str, record: str, joined) -> None:
    """Each record reads its table's declared columns (and what its query joins), and a
    stored row reads back as the record."""
    from storefactory import document, event

    from geowire.store import records

    events = (event(("Iraq", "IRQGOV", "IRQ"), None, "0211", date="2007-12-09"),)
    with Store(tmp_path / "s.duckdb") as store:
        store.add(document("Iraq urged Iran to talk.", full=True, events=events))
        sql = (
            "SELECT t.*, d.published, d.url, d.title, 1 AS reports, 1 AS articles, 1 AS sources "
            f"FROM {table} t JOIN documents d ON d.id = t.doc_id"
        )
        rows = [_Seen(r) for r in store.fetch(sql)]
    assert rows
    for row in rows:
        getattr(records, record).from_row(row)
        assert row.read <= set(TABLES[table].names) | joined, row.read - set(TABLES[table].names)
