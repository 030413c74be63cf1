"""geowire: news to political event data.

>>> import geowire
>>> doc = geowire.extract("Iranian President Mahmoud Ahmadinejad urged ...", published="2007-12-10")
>>> doc.events, doc.quotes, doc.to_dict()

For many documents, build a :class:`Pipeline` once and reuse it.
"""

from __future__ import annotations

import datetime as dt
import threading

from ._version import __version__
from .config import Config
from .document import (
    Actor,
    ActorRef,
    Document,
    Event,
    Location,
    Place,
    Quote,
    Speaker,
    TimeExpression,
    Uncoded,
)
from .errors import (
    ApiError,
    BodyTooLarge,
    ConfigError,
    DictionaryError,
    Forbidden,
    GeowireError,
    InputError,
    ModelError,
    NotFound,
    PipelineError,
    StoreError,
    TimeLimitError,
    Unauthorized,
)
from .pipeline import Pipeline, component, registry
from .pipeline import deadline_after as _deadline_after

__all__ = [
    "__version__",
    "extract",
    "Pipeline",
    "Config",
    "component",
    "registry",
    "Document",
    "Actor",
    "ActorRef",
    "Event",
    "Uncoded",
    "Quote",
    "Speaker",
    "TimeExpression",
    "Place",
    "Location",
    "GeowireError",
    "ConfigError",
    "PipelineError",
    "ModelError",
    "InputError",
    "TimeLimitError",
    "DictionaryError",
    "StoreError",
    "ApiError",
    "Unauthorized",
    "Forbidden",
    "NotFound",
    "BodyTooLarge",
]

_default: dict[str, Pipeline] = {}
_default_lock = threading.Lock()


def _pipeline(model: str) -> Pipeline:
    """The default pipeline for ``model``, built once per process."""
    with _default_lock:
        pipe = _default.get(model)
        if pipe is None:
            pipe = _default[model] = Pipeline(Config(model=model))
        return pipe


def extract(
    text: str,
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    id: str | None = None,
    model: str | None = None,
    time_limit: float | None = None,
) -> Document:
    """Extract actors, events, quotes, times and places from one article.

    The pipeline (and its spaCy model) is built on first use and reused.
    ``time_limit``: seconds after which the run stops with
    :class:`~geowire.errors.TimeLimitError` (None or 0: no limit), the pipeline's
    deadline (see :mod:`geowire.runner`); building the pipeline is not counted.
    """
    pipe = _pipeline(model or Config.model)
    deadline = _deadline_after(time_limit)
    return pipe(text, deadline=deadline, published=published, title=title, url=url, id=id)
