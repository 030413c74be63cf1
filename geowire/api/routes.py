"""The HTTP endpoints: thin wrappers over :class:`geowire.store.Store` and ``geowire.extract``.

Every query goes through the store's methods, which bind user values as SQL
parameters; nothing here builds SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel, BeforeValidator, Field

from .._version import __version__
from ..analysis.actor import actor_profile
from ..analysis.dyads import dyad_timeline
from ..analysis.places import event_places
from ..errors import Forbidden, NotFound, Unauthorized
from ..store import Store
from ..store.filters import check_date, check_plover, check_root
from ..store.queries import find_events, find_quotes
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


class Modality(StrEnum):
    asserted = "asserted"
    reported = "reported"
    planned = "planned"
    hypothetical = "hypothetical"
    negated = "negated"


class EventSort(StrEnum):
    newest = "newest"
    oldest = "oldest"
    conflict = "conflict"
    cooperation = "cooperation"
    reports = "reports"


class EventFilters(BaseModel):
    """The event filters shared by the events table, its download and the map."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    root: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    modality: str | None = None
    doc_id: str | None = None
    min_confidence: float | None = None


def event_filters(
    actor: Annotated[str | None, Query(description="Source or target code/country.")] = None,
    source: Annotated[str | None, Query(description="Source code prefix or country.")] = None,
    target: Annotated[str | None, Query(description="Target code prefix or country.")] = None,
    since: Since = None,
    until: Until = None,
    root: Annotated[str | None, Query(description="CAMEO root, 01 to 20.")] = None,
    plover: Annotated[str | None, Query(description="PLOVER event type.")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    modality: Modality | None = None,
    doc_id: str | None = None,
    min_confidence: Annotated[
        float | None,
        Query(ge=0, le=1, description="Only events at least this likely to be right (0-1)."),
    ] = None,
) -> EventFilters:
    return EventFilters(
        actor=actor,
        source=source,
        target=target,
        since=since,
        until=until,
        root=check_root(root, "root"),
        plover=check_plover(plover, "plover"),
        quad_class=quad_class,
        modality=modality.value if modality else None,
        doc_id=doc_id,
        min_confidence=min_confidence,
    )


Filters = Annotated[EventFilters, Depends(event_filters)]
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
    rows = find_events(
        store,
        sort=sort.value,
        limit=limit,
        offset=offset,
        unique=unique,
        **filters.model_dump(),
    )
    return page(rows, limit, offset)


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
    rows = find_events(
        store,
        sort=sort.value,
        limit=MAX_DOWNLOAD,
        offset=0,
        unique=unique,
        **filters.model_dump(),
    )
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
    return event_places(store, unique=unique, **filters.model_dump())


class QuoteKind(StrEnum):
    direct = "direct"
    indirect = "indirect"
    partial = "partial"


class QuoteSort(StrEnum):
    newest = "newest"
    oldest = "oldest"


@router.get("/quotes", summary="Quotes with their speakers (newest first)")
def quotes(
    store: Reader,
    speaker: Annotated[str | None, Query(description="Speaker code prefix or name.")] = None,
    since: Since = None,
    until: Until = None,
    contains: str | None = None,
    kind: QuoteKind | None = None,
    doc_id: str | None = None,
    sort: Annotated[
        QuoteSort, Query(description="newest (publication date, the default) or oldest.")
    ] = QuoteSort.newest,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    rows = find_quotes(
        store,
        sort=sort.value,
        speaker=speaker,
        since=since,
        until=until,
        contains=contains,
        kind=kind.value if kind else None,
        limit=limit,
        offset=offset,
        doc_id=doc_id,
    )
    return page(rows, limit, offset)


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
    return store.network(
        since=since,
        until=until,
        level=level.value,
        min_events=min_events,
        unique=unique,
        limit=limit,
    )
