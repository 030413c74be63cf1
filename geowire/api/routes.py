"""The HTTP endpoints: thin wrappers over :class:`geowire.store.Store` and ``geowire.extract``.

Every query goes through the store's methods, which bind user values as SQL
parameters; nothing here builds SQL.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel, BeforeValidator, Field

from .._version import __version__
from ..analysis.actor import actor_profile
from ..analysis.dyads import dyad_timeline
from ..analysis.network import actor_network
from ..analysis.places import event_places
from ..errors import Forbidden, NotFound, Unauthorized
from ..store import Store
from ..store.filters import check_date
from ..store.queries import find_events, find_quotes
from ..store.query import EventQuery, Filter, QuoteQuery, filters_of
from .download import MAX_DOWNLOAD, DownloadFormat, events_file
from .security import token_matches
from .services import Services, html_to_text

__all__ = ["router", "ExtractRequest", "services", "read_store", "MAX_LIMIT", "MAX_OFFSET"]

MAX_LIMIT = 1000
#: The largest offset or count a query takes (DuckDB binds integers as 64-bit).
MAX_OFFSET = 1_000_000_000

router = APIRouter(prefix="/api")


def services(request: Request) -> Services:
    return request.app.state.geowire  # type: ignore[no-any-return]


Svc = Annotated[Services, Depends(services)]


def read_store(svc: Svc) -> Iterator[Store]:
    """The store for this request's reads (a read-only server may close it after)."""
    with svc.reading() as store:
        yield store


#: Every route that reads the store takes it through this dependency.
Reader = Annotated[Store, Depends(read_store)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]


def _day(option: str) -> BeforeValidator:
    """Dates read as everywhere else (YYYY-MM-DD, ISO date-times, RFC 2822)."""
    return BeforeValidator(lambda v: check_date(v, option) if isinstance(v, str) else v)


Since = Annotated[
    dt.date | None, _day("since"), Query(description="First day (YYYY-MM-DD or RFC 2822).")
]
Until = Annotated[
    dt.date | None, _day("until"), Query(description="Last day (YYYY-MM-DD or RFC 2822).")
]


def _check_token(request: Request, svc: Services) -> None:
    token = svc.settings.token
    if token is not None and not token_matches(request.headers.get("authorization"), token):
        raise Unauthorized("this endpoint needs 'Authorization: Bearer <token>'")


def may_extract(request: Request, svc: Svc) -> None:
    """Extraction needs the token when one is set; it is off beyond loopback without one."""
    if not svc.settings.allow_extract:
        raise Forbidden("extraction is disabled: the server binds beyond loopback without a token")
    _check_token(request, svc)


def may_write(request: Request, svc: Svc) -> None:
    """Writing needs ``allow_write`` (``geowire serve --write``) and the token when one is set."""
    if not svc.settings.allow_write:
        raise Forbidden("the server is read-only: start it with --write to store")
    _check_token(request, svc)


def page(items: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """A page of rows and where the next one starts (None on the last page)."""
    return {
        "items": items,
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if len(items) == limit else None,
    }


# -- status --------------------------------------------------------------------------


@router.get("/health", summary="Server status and what it allows")
def health(svc: Svc) -> dict[str, Any]:
    s = svc.settings
    return {
        "status": "ok",
        "version": __version__,
        "store": str(s.db_path),
        "write": s.allow_write,
        "extract": s.allow_extract,
        "token_required": s.token is not None,
        "max_body": s.max_body,
        "max_text": s.max_text,
        "time_limit": s.time_limit,
    }


@router.get("/stats", summary="Row counts of the store")
def stats(store: Reader) -> dict[str, Any]:
    return store.stats()


@router.get("/example", summary="The bundled example article (to try the extractor)")
def example() -> dict[str, Any]:
    import json

    from ..cli.demo import example_path

    line = example_path().read_text(encoding="utf-8").splitlines()[0]
    rec = json.loads(line)
    return {k: rec.get(k) for k in ("id", "title", "published", "url", "source", "text")}


# -- extraction and writing ----------------------------------------------------------


class TextFormat(StrEnum):
    text = "text"
    html = "html"


class ExtractRequest(BaseModel):
    """One article to extract."""

    text: str = Field(min_length=1, description="The article: plain text or an HTML page.")
    format: TextFormat = Field(TextFormat.text, description="'text' or 'html'.")
    published: Annotated[dt.date | None, _day("published")] = Field(
        None, description="Publication date (YYYY-MM-DD, an ISO date-time or RFC 2822)."
    )
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=4000)
    store: bool = Field(False, description="Also store the document (needs --write).")


@router.post(
    "/extract",
    summary="Extract one article: text in, contract Document out",
    dependencies=[Depends(may_extract)],
    response_description=(
        "The Document of docs/contract.md; header X-Geowire-Stored says if stored."
    ),
    description=(
        "Runs the whole pipeline over one article, one article at a time per server. "
        "Each request has a time limit (`geowire serve --time-limit` or GEOWIRE_TIME_LIMIT, "
        "default 60 s, 0 for none; shown by /api/health), counting any wait behind an "
        "earlier request: past it the answer is 503 with error code E410, and the "
        "extraction stops at its next pipeline component."
    ),
    responses={
        503: {"description": "Over the time limit (E410), or the store is unavailable (E600)."}
    },
)
def extract(body: ExtractRequest, request: Request, response: Response, svc: Svc) -> Any:
    if body.store:
        may_write(request, svc)
    text, title = body.text, body.title
    if body.format is TextFormat.html:
        text, found = html_to_text(text)
        title = title or found
    doc = svc.extract(text, published=body.published, title=title, url=body.url)
    if body.store:
        added = svc.store().add(doc, origin="api")
        response.headers["X-Geowire-Stored"] = "true" if added else "exists"
    return doc.to_dict()


@router.post(
    "/documents",
    summary="Store a Document given as contract JSON",
    dependencies=[Depends(may_write)],
    status_code=201,
)
def add_document(body: dict[str, Any], svc: Svc) -> dict[str, Any]:
    from ..document import Document
    from ..errors import InputError

    try:
        doc = Document.from_dict(body)
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"not a contract Document: {type(exc).__name__}: {exc}") from None
    added = svc.store().add(doc, origin="api")
    return {"id": doc.id, "stored": added}


# -- queries -------------------------------------------------------------------------


@router.get("/documents", summary="Stored documents (metadata, newest first)")
def documents(
    store: Reader,
    limit: Limit = 50,
    offset: Offset = 0,
    since: Since = None,
    until: Until = None,
    source: str | None = None,
) -> dict[str, Any]:
    rows = store.documents(limit, offset, since=since, until=until, source=source)
    return page(rows, limit, offset)


@router.get("/documents/{doc_id}", summary="One stored document as contract JSON")
def document(store: Reader, doc_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    doc = store.document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r}")
    out = doc.to_dict()
    out["source"] = doc.source
    return out


@functools.cache
def choices(name: str, values: tuple[str, ...]) -> type[StrEnum]:
    """The enum of a filter's allowed values (one class per name, as OpenAPI shows it)."""
    return StrEnum(name, {v: v for v in values})  # type: ignore[return-value]


def _parameter(name: str, spec: Filter) -> Any:
    """The query parameter of one filter of a query class."""
    kind: Any = {"str": str, "int": int, "float": float, "date": dt.date}[spec.kind]
    if spec.choices is not None:
        kind = choices(spec.choices_name or name, spec.choices)
    query = Query(description=spec.api, ge=spec.minimum, le=spec.maximum)
    if spec.kind == "date":
        return Annotated[kind | None, _day(name), query]
    return Annotated[kind | None, query]


Q = TypeVar("Q", EventQuery, QuoteQuery)


def query_parameters(cls: type[Q]) -> Callable[..., Q]:
    """A dependency taking the filters of ``cls`` as query parameters, in declaration
    order, and giving the query they make (each value checked by its filter)."""

    def dependency(**values: Any) -> Q:
        plain = {k: v.value if isinstance(v, StrEnum) else v for k, v in values.items()}
        return cls.checked(plain)  # type: ignore[no-any-return]

    dependency.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(
                name,
                inspect.Parameter.KEYWORD_ONLY,
                default=None,
                annotation=_parameter(name, spec),
            )
            for name, spec in filters_of(cls)
            if spec.api_param
        ]
    )
    return dependency


#: The modalities an event filter takes (the enum of its query parameter).
Modality = choices("Modality", dict(filters_of(EventQuery))["modality"].choices or ())


class EventSort(StrEnum):
    newest = "newest"
    oldest = "oldest"
    conflict = "conflict"
    cooperation = "cooperation"
    reports = "reports"


#: The event filters shared by the events table, its download and the map.
Filters = Annotated[EventQuery, Depends(query_parameters(EventQuery))]
Unique = Annotated[bool, Query(description="One row per clustered event.")]
SortBy = Annotated[
    EventSort,
    Query(
        description="Row order: newest (event day, newest first; the default), oldest, "
        "conflict (lowest Goldstein first), cooperation (highest first), reports "
        "(most reported first)."
    ),
]


@router.get("/events", summary="Events with filters and paging (newest first)")
def events(
    store: Reader,
    filters: Filters,
    unique: Unique = False,
    sort: SortBy = EventSort.newest,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    rows = find_events(store, filters, sort=sort.value, limit=limit, offset=offset, unique=unique)
    return page([r.to_dict() for r in rows], limit, offset)


@router.get(
    "/events/download",
    summary="The filtered events table as a file (CSV or Parquet)",
    response_class=Response,
    responses={200: {"content": {"text/csv": {}, "application/vnd.apache.parquet": {}}}},
    description=(
        "Every event matching the filters of /api/events (no paging, at most "
        f"{MAX_DOWNLOAD:,} rows), in the order of `sort`, one flat row per event: "
        "actor names, codes and countries, CAMEO, PLOVER, quad class, Goldstein, "
        "modality, location, evidence, cluster counts, the article's id, date and URL."
    ),
)
def events_download(
    store: Reader,
    filters: Filters,
    unique: Unique = False,
    sort: SortBy = EventSort.newest,
    format: Annotated[DownloadFormat, Query(description="csv or parquet.")] = DownloadFormat.csv,
) -> Response:
    rows = find_events(store, filters, sort=sort.value, limit=MAX_DOWNLOAD, offset=0, unique=unique)
    body, media_type = events_file(rows, format)
    return Response(
        body,
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="geowire-events.{format.value}"',
            "X-Geowire-Rows": str(len(rows)),
        },
    )


@router.get(
    "/events/places",
    summary="Every matching event with a location, aggregated by place (for the map)",
)
def events_places(store: Reader, filters: Filters, unique: Unique = False) -> dict[str, Any]:
    return event_places(store, filters, unique=unique)


class QuoteSort(StrEnum):
    newest = "newest"
    oldest = "oldest"


@router.get("/quotes", summary="Quotes with their speakers (newest first)")
def quotes(
    store: Reader,
    query: Annotated[QuoteQuery, Depends(query_parameters(QuoteQuery))],
    sort: Annotated[
        QuoteSort, Query(description="newest (publication date, the default) or oldest.")
    ] = QuoteSort.newest,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    rows = find_quotes(store, query, sort=sort.value, limit=limit, offset=offset)
    return page([r.to_dict() for r in rows], limit, offset)


@router.get("/actors", summary="Actors across documents")
def actors(
    store: Reader,
    name: str | None = None,
    code: str | None = None,
    country: str | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    rows = store.actors(name=name, code=code, country=country, limit=limit, offset=offset)
    return page(rows, limit, offset)


class Period(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


@router.get(
    "/dyad",
    summary="A dyad over time: counts per quad class and Goldstein",
    description=(
        "`series`: one row per period with events (zero-filled between the first and the "
        "last with `fill`), each with a `label` (`2007-12`, `2007-Q4`, `2007`). `window`: "
        "only events dated within that many days before their article's publication "
        "(leaves out background history; an undated article's events are kept). `split`: "
        "events dated less precisely than the period (a month or a year in a weekly "
        "series) are given in `coarse`, one row per date as known, instead of counting on "
        "the period's first day."
    ),
)
def dyad(
    store: Reader,
    a: Annotated[str, Query(min_length=1, max_length=40, description="Actor code or country.")],
    b: Annotated[str, Query(min_length=1, max_length=40, description="Actor code or country.")],
    by: Period = Period.week,
    since: Since = None,
    until: Until = None,
    directed: bool = False,
    unique: bool = True,
    window: Annotated[
        int | None, Query(ge=0, le=36500, description="News window in days (none: all).")
    ] = None,
    fill: Annotated[bool, Query(description="Zero rows for periods without events.")] = False,
    split: Annotated[bool, Query(description="Coarse dates apart, in `coarse`.")] = False,
) -> dict[str, Any]:
    got = dyad_timeline(
        store,
        a,
        b,
        by=by.value,
        since=since,
        until=until,
        directed=directed,
        unique=unique,
        window=window,
        fill=fill,
        split=split,
    )
    return {
        "a": a,
        "b": b,
        "by": by.value,
        "directed": directed,
        "window": window,
        "series": got["series"],
        "coarse": got["coarse"],
    }


@router.get(
    "/actors/{key}",
    summary="One actor's page: names, events over time, top partners, latest quotes",
)
def actor_page(
    store: Reader,
    key: Annotated[str, Path(min_length=1, max_length=40, description="Code prefix or country.")],
    by: Period = Period.month,
    since: Since = None,
    until: Until = None,
    unique: bool = True,
    partners: Annotated[int, Query(ge=1, le=100)] = 10,
    quotes: Annotated[int, Query(ge=0, le=100)] = 10,
) -> dict[str, Any]:
    return actor_profile(
        store,
        key,
        by=by.value,
        since=since,
        until=until,
        unique=unique,
        partners=partners,
        quotes=quotes,
    )


class Level(StrEnum):
    country = "country"
    code = "code"


@router.get("/network", summary="The actor network: nodes and weighted directed edges")
def network(
    store: Reader,
    since: Since = None,
    until: Until = None,
    level: Level = Level.country,
    min_events: Annotated[int, Query(ge=1, le=MAX_OFFSET)] = 1,
    unique: bool = True,
    limit: Annotated[int, Query(ge=1, le=5000)] = 300,
) -> dict[str, Any]:
    return actor_network(
        store,
        since=since,
        until=until,
        level=level.value,
        min_events=min_events,
        unique=unique,
        limit=limit,
    )
