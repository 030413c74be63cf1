"""geowire.store.query and .records: the filters declared once, and typed records.

The command line and the HTTP API take their event and quote filters from the fields of
EventQuery and QuoteQuery; a stored event or quote reads back as the record of what
was stored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import warnings
from pathlib import Path

import pytest
import typer
from storefactory import document, event
from typer.testing import CliRunner

from geowire import StoreError
from geowire.api.routes import query_parameters
from geowire.cli.store import register, takes_filters
from geowire.store import EventQuery, EventRecord, QuoteQuery, QuoteRecord, Store
from geowire.store.filters import FilterError
from geowire.store.query import filters_of, flt

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi import Depends, FastAPI
    from fastapi.testclient import TestClient

TEXT = "Iraq urged Iran to talk. 'We are neighbours,' Hashimi said in Tehran."
IRQ = ("Iraq", "IRQGOV", "IRQ")
IRN = ("Iran", "IRNGOV", "IRN")


def test_a_query_is_frozen_data() -> None:
    q = EventQuery(actor="IRQ", root="02")
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.actor = "IRN"  # type: ignore[misc]
    assert q.to_dict() == {"actor": "IRQ", "root": "02"}
    assert q == EventQuery(root="02", actor="IRQ")


def test_where_binds_every_value_as_a_parameter() -> None:
    where, params = EventQuery(
        actor="IRQ", since="2007-12-01", root="2", quad_class=1, min_confidence=0.5
    ).where("e")
    assert len(where) == 5 and all("IRQ" not in w for w in where)
    assert params == ["IRQ", "IRQ", "IRQ", "IRQ", dt.date(2007, 12, 1), "02", 1, 0.5]
    assert EventQuery().where("e") == ([], [])
    assert EventQuery(actor="").where("e") == ([], [])  # an empty value filters nothing


def test_checked_names_the_option_or_the_field() -> None:
    q = EventQuery.checked({"root": "2", "plover": "assault", "quad_class": "4"})
    assert (q.root, q.plover, q.quad_class) == ("02", "ASSAULT", 4)
    with pytest.raises(FilterError, match=r"\] --quad must be a quad class"):
        EventQuery.checked({"quad_class": "9"}, options=True)
    with pytest.raises(FilterError, match=r"\] quad_class must be a quad class"):
        EventQuery.checked({"quad_class": "9"})
    with pytest.raises(FilterError, match=r"\] --since must be a date"):
        QuoteQuery.checked({"since": "last week"}, options=True)


def test_a_bad_date_from_python_is_a_store_error(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(StoreError, match="since"):
        store.events(EventQuery(since="last week"))


def test_events_and_quotes_read_back_as_records(tmp_path: Path) -> None:
    events = (
        event(IRQ, IRN, "0211", date="2007-12-09", plover="REQUEST"),
        event(None, IRN, "190", date="2008-01", span=(30, 47)),
    )
    doc = document(TEXT, full=True, published="2007-12-10", events=events)
    with Store(tmp_path / "s.duckdb") as store:
        store.add(doc)
        events = store.events()
        quotes = store.quotes()
    assert [e.event for e in events] == list(doc.events)
    assert all(isinstance(e, EventRecord) and e.doc_id == doc.id for e in events)
    assert events[0].published == dt.date(2007, 12, 10)
    assert [(q.text, q.span, q.kind, q.cue, q.cue_type) for q in quotes] == [
        (q.text, q.span, q.kind, q.cue, q.cue_type) for q in doc.quotes
    ]
    for got, want in zip(quotes, doc.quotes, strict=True):
        assert isinstance(got, QuoteRecord)
        speaker = got.to_dict()["speaker"]
        assert speaker is None or speaker == {
            k: v for k, v in want.speaker.to_dict().items() if k != "span"
        }


def test_a_record_is_the_contract_event_plus_what_the_store_knows(tmp_path: Path) -> None:
    doc = document(TEXT, events=(event(IRQ, IRN, "0211", date="2007-12-09"),))
    with Store(tmp_path / "s.duckdb") as store:
        store.add(doc)
        (record,) = store.events()
    d = record.to_dict()
    assert {k: d[k] for k in doc.events[0].to_dict()} == doc.events[0].to_dict()
    assert list(d)[len(doc.events[0].to_dict()) :] == [
        "id",
        "doc_id",
        "cluster_id",
        "reports",
        "articles",
        "sources",
        "published",
        "url",
    ]


# -- the command line and the HTTP API take their filters from the declaration -----------


def test_the_cli_options_are_the_declared_ones() -> None:
    app = typer.Typer()
    register(app)
    command = typer.main.get_command(app)
    for name, query in (("events", EventQuery), ("quotes", QuoteQuery)):
        options = {o for p in command.commands[name].params for o in p.opts}  # type: ignore[attr-defined]
        declared = {spec.cli[0] for _, spec in filters_of(query) if spec.cli}
        assert declared and declared <= options


def test_the_api_parameters_are_the_declared_ones() -> None:
    from geowire.api import create_app

    schema = create_app(Path("never-opened.duckdb")).openapi()["paths"]
    for path, query in (("/api/events", EventQuery), ("/api/quotes", QuoteQuery)):
        params = [p["name"] for p in schema[path]["get"]["parameters"]]
        declared = [name for name, spec in filters_of(query) if spec.api_param]
        assert [p for p in params if p in declared] == declared


@dataclasses.dataclass(frozen=True, slots=True)
class _WithCountry(EventQuery):
    """An event query with one filter more: all a new filter needs."""

    country: str | None = flt(
        lambda e, v: (f"{e}.location_country = ?", [v]),
        check=lambda v, option: str(v).upper(),
        cli=("--country", "Where the event happened."),
        api="Where the event happened.",
    )


def test_a_new_filter_reaches_the_cli_and_the_api_from_its_declaration() -> None:
    app = typer.Typer()
    got: list[EventQuery] = []

    @app.command()
    @takes_filters(_WithCountry, after="db")
    def find(db: str = "x", **filters: str | None) -> None:
        got.append(_WithCountry.checked(filters, options=True))

    result = CliRunner().invoke(app, ["--country", "irq", "--root", "2"])
    assert result.exit_code == 0, result.output
    assert got == [_WithCountry(country="IRQ", root="02")]
    assert got[0].where("e")[0][-1] == "e.location_country = ?"

    api = FastAPI()

    @api.get("/find")
    def find_api(q: _WithCountry = Depends(query_parameters(_WithCountry))) -> dict:  # noqa: B008
        return q.to_dict()

    with TestClient(api) as client:
        assert client.get("/find", params={"country": "irq", "quad_class": 2}).json() == {
            "quad_class": 2,
            "country": "IRQ",
        }
        assert client.get("/find", params={"quad_class": 7}).status_code == 422
