"""What to find: the event and quote filters, declared once, as frozen query objects.

Each field of :class:`EventQuery` and :class:`QuoteQuery` is a filter, and its
declaration (:func:`flt`) says everything about it: the SQL it adds, the check its value
passes (the allowed values of :mod:`geowire.store.filters`), its command-line option and
help, and its HTTP query parameter (help, bounds, allowed values). The store's queries
read the SQL, and the command line and the HTTP API build their options and parameters
from the same fields, so a new filter is one new field here.

Values are always bound as ``?`` parameters: a filter never formats a value into SQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..dates import to_date
from ..errors import StoreError
from .filters import (
    MODALITIES,
    check_confidence,
    check_date,
    check_modality,
    check_plover,
    check_quad,
    check_root,
)

__all__ = [
    "DateLike",
    "Filter",
    "flt",
    "EventQuery",
    "QuoteQuery",
    "filters_of",
    "date_range",
    "where_sql",
]

DateLike = str | dt.date | None

#: A filter's SQL: (table alias, value) -> (clause with ``?`` parameters, parameters).
Sql = Callable[[str, Any], tuple[str, list[Any]]]


@dataclass(frozen=True, slots=True)
class Filter:
    """One filter: its SQL, its check, and how the command line and the HTTP API take it.

    ``kind`` is the type the HTTP API reads (``str``, ``int``, ``float`` or ``date``);
    the command line reads text and ``check`` makes it that type (a
    :class:`~geowire.store.filters.FilterError`, exit status 2, if it cannot). ``cli``
    is the option and its help (None: not on the command line); ``api`` the query
    parameter's description (None: none), unless ``api_param`` is False.
    """

    sql: Sql
    check: Callable[[Any, str], Any] | None = None
    kind: Literal["str", "int", "float", "date"] = "str"
    cli: tuple[str, str] | None = None
    api: str | None = None
    api_param: bool = True
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] | None = None
    choices_name: str | None = None


def flt(sql: Sql, **spec: Any) -> Any:
    """A query field (default None) declared as a :class:`Filter`."""
    return dataclasses.field(default=None, metadata={"filter": Filter(sql, **spec)})


def filters_of(query: type) -> Iterator[tuple[str, Filter]]:
    """(field name, filter) of every filter of a query class, in declaration order."""
    for f in dataclasses.fields(query):
        yield f.name, f.metadata["filter"]


def _date(value: DateLike, what: str) -> dt.date | None:
    try:
        return to_date(value)
    except ValueError:
        raise StoreError(f"{what} is not a date (expected YYYY-MM-DD): {value!r}") from None


def date_range(column: str, since: DateLike, until: DateLike) -> tuple[list[str], list[Any]]:
    """WHERE clauses (with ``?`` parameters) keeping ``column`` within [since, until]."""
    where: list[str] = []
    params: list[Any] = []
    if since is not None:
        where.append(f"{column} >= ?")
        params.append(_date(since, "since"))
    if until is not None:
        where.append(f"{column} <= ?")
        params.append(_date(until, "until"))
    return where, params


def where_sql(where: list[str] | tuple[str, ...]) -> str:
    """`` WHERE a AND b`` over the clauses, or nothing when there are none."""
    return " WHERE " + " AND ".join(where) if where else ""


# -- the SQL of the event filters -------------------------------------------------------


def _side(prefix: str) -> Sql:
    def sql(e: str, value: str) -> tuple[str, list[Any]]:
        clause = (
            f"(starts_with(upper({e}.{prefix}_code), upper(?)) "
            f"OR upper({e}.{prefix}_country) = upper(?))"
        )
        return clause, [value, value]

    return sql


def _either(e: str, value: str) -> tuple[str, list[Any]]:
    a, a_params = _side("source")(e, value)
    b, b_params = _side("target")(e, value)
    return f"({a} OR {b})", [*a_params, *b_params]


def _bound(column: str, what: Literal["since", "until"]) -> Any:
    """A date filter: ``column`` (``{e}`` stands for the table alias) on or after the
    value (``since``) or on or before it (``until``)."""
    op, text = (">=", "From this date") if what == "since" else ("<=", "Up to this date")
    first = "First" if what == "since" else "Last"

    def sql(e: str, value: Any) -> tuple[str, list[Any]]:
        return f"{column.format(e=e)} {op} ?", [_date(value, what)]

    return flt(
        sql,
        check=check_date,
        kind="date",
        cli=(f"--{what}", f"{text} (YYYY-MM-DD)."),
        api=f"{first} day (YYYY-MM-DD or RFC 2822).",
    )


def _equals(column: str, convert: Callable[[Any], Any] = lambda v: v) -> Sql:
    return lambda e, value: (f"{e}.{column} = ?", [convert(value)])


def _upper_equals(column: str) -> Sql:
    return lambda e, value: (f"upper({e}.{column}) = upper(?)", [value])


def _confidence(e: str, value: Any) -> tuple[str, list[Any]]:
    return f"{e}.confidence >= ?", [check_confidence(value, "min_confidence")]


def _contains(column: str) -> Sql:
    return lambda e, value: (f"contains(lower({e}.{column}), lower(?))", [value])


def _speaker(e: str, value: str) -> tuple[str, list[Any]]:
    clause = (
        f"(starts_with(upper({e}.speaker_code), upper(?)) "
        f"OR contains(lower({e}.speaker_name), lower(?)))"
    )
    return clause, [value, value]


class _Query:
    """What the query classes share: their WHERE clauses, and building one from raw
    values checked as the command line or the HTTP API checks them."""

    __slots__ = ()

    def where(self, alias: str) -> tuple[list[str], list[Any]]:
        """WHERE clauses (with ``?`` parameters) over the table aliased ``alias``; a
        filter left None (or empty) adds none."""
        where: list[str] = []
        params: list[Any] = []
        for name, spec in filters_of(type(self)):
            value = getattr(self, name)
            if value is None or value == "":
                continue
            clause, values = spec.sql(alias, value)
            where.append(clause)
            params += values
        return where, params

    @classmethod
    def checked(cls, values: Mapping[str, Any], *, options: bool = False) -> Any:
        """The query of ``values`` (field name -> value), each checked by its filter's
        check; errors name the command-line option with ``options``, else the field."""
        out: dict[str, Any] = {}
        for name, spec in filters_of(cls):
            value = values.get(name)
            if spec.check is not None and value is not None:
                option = spec.cli[0] if options and spec.cli else name
                value = spec.check(value, option)
            out[name] = value
        return cls(**out)

    def to_dict(self) -> dict[str, Any]:
        """The filters that are set, by name."""
        return {
            name: getattr(self, name)
            for name, _ in filters_of(type(self))
            if getattr(self, name) is not None
        }


@dataclass(frozen=True, slots=True)
class EventQuery(_Query):
    """Which event reports: every filter given must hold (None: no filter).

    Actor codes match by prefix or country (``IRN`` matches ``IRNGOV``); dates are the
    event's day.
    """

    actor: str | None = flt(
        _either,
        cli=("--actor", "Source or target code prefix/country."),
        api="Source or target code/country.",
    )
    source: str | None = flt(
        _side("source"),
        cli=("--source", "Source actor."),
        api="Source code prefix or country.",
    )
    target: str | None = flt(
        _side("target"),
        cli=("--target", "Target actor."),
        api="Target code prefix or country.",
    )
    since: DateLike = _bound("{e}.day", "since")
    until: DateLike = _bound("{e}.day", "until")
    root: str | None = flt(
        _equals("root", lambda v: str(v).zfill(2)),
        check=check_root,
        cli=("--root", "CAMEO root code, 01 to 20."),
        api="CAMEO root, 01 to 20.",
    )
    plover: str | None = flt(
        _upper_equals("plover"),
        check=check_plover,
        cli=("--plover", "PLOVER type (ASSAULT, CONSULT, ...)."),
        api="PLOVER event type.",
    )
    quad_class: int | None = flt(
        _equals("quad_class", int),
        check=check_quad,
        kind="int",
        cli=("--quad", "Quad class, 1 to 4."),
        minimum=1,
        maximum=4,
    )
    modality: str | None = flt(
        _equals("modality"),
        check=check_modality,
        cli=("--modality", "asserted, reported, planned, hypothetical or negated."),
        choices=MODALITIES,
        choices_name="Modality",
    )
    doc_id: str | None = flt(_equals("doc_id"))
    min_confidence: float | None = flt(
        _confidence,
        check=check_confidence,
        kind="float",
        cli=("--min-confidence", "Only events at least this likely to be right (0-1)."),
        api="Only events at least this likely to be right (0-1).",
        minimum=0,
        maximum=1,
    )
    cluster_id: str | None = flt(_equals("cluster_id"), api_param=False)


@dataclass(frozen=True, slots=True)
class QuoteQuery(_Query):
    """Which quotes: ``speaker`` matches a speaker's code by prefix or its name (a part
    of it, any case); ``since``/``until`` the article's publication date."""

    speaker: str | None = flt(
        _speaker,
        cli=("--speaker", "Speaker code prefix or name part."),
        api="Speaker code prefix or name.",
    )
    # quotes are dated by their article (``documents d``)
    since: DateLike = _bound("d.published", "since")
    until: DateLike = _bound("d.published", "until")
    contains: str | None = flt(_contains("text"), cli=("--contains", "Words quoted."))
    kind: str | None = flt(
        _equals("kind"), choices=("direct", "indirect", "partial"), choices_name="QuoteKind"
    )
    doc_id: str | None = flt(_equals("doc_id"))
