"""The registry of components: each by a versioned name, with what it reads, writes
and takes as settings.

Components are registered with :func:`component` (also importable from
:mod:`geowire.pipeline`); the built-in ones are imported on first use. A
:class:`~geowire.pipeline.Pipeline` is built from registered names.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from .document import Document
from .errors import PipelineError
from .settings import Setting

__all__ = [
    "Component",
    "ComponentInfo",
    "component",
    "registry",
    "INPUT_FIELDS",
    "DOCUMENT_FIELDS",
]

#: Fields a Document has before any component runs.
INPUT_FIELDS = frozenset({"raw", "text", "id", "title", "published", "url", "source", "origin"})
#: Every field a component may declare.
DOCUMENT_FIELDS = INPUT_FIELDS | {
    "offsets",
    "sentences",
    "paragraphs",
    "parse",
    "actors",
    "events",
    "uncoded",
    "quotes",
    "times",
    "places",
}


@runtime_checkable
class Component(Protocol):
    name: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    #: called with the pipeline's Config (this module comes below the Config, which
    #: checks settings against the registry)
    factory: Callable[[Any], Callable[[Document], Document]]
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    doc: str
    #: the settings it takes (``[settings."<name>"]``), checked by the Config
    settings: tuple[Setting, ...] = ()


class _Registry:
    """Components by versioned name. Built-in ones are imported on first use."""

    _builtin_modules = (
        "geowire.clean",
        "geowire.nlp",
        "geowire.actors",
        "geowire.time",
        "geowire.places",
        "geowire.quotes",
        "geowire.events",
    )

    def __init__(self) -> None:
        self._components: dict[str, ComponentInfo] = {}
        self._loaded = False

    def register(self, info: ComponentInfo) -> None:
        for fld in (*info.reads, *info.writes):
            if fld not in DOCUMENT_FIELDS:
                raise PipelineError(f"component {info.name!r} declares unknown field {fld!r}")
        self._components[info.name] = info

    def _load_builtins(self) -> None:
        if not self._loaded:
            self._loaded = True
            for module in self._builtin_modules:
                importlib.import_module(module)

    def get(self, name: str) -> ComponentInfo:
        self._load_builtins()
        try:
            return self._components[name]
        except KeyError:
            known = ", ".join(sorted(self._components))
            raise PipelineError(f"no component named {name!r}; registered: {known}") from None

    def names(self) -> list[str]:
        self._load_builtins()
        return sorted(self._components)


registry = _Registry()


def component(
    name: str,
    *,
    reads: Iterable[str],
    writes: Iterable[str],
    settings: Iterable[Setting] = (),
) -> Callable[[Any], Any]:
    """Register a component factory (a class or a function taking a Config).

    The decorated object is called with the pipeline's :class:`~geowire.config.Config` and must
    return the callable component; it reads its settings, checked and with their
    defaults, from ``config.settings_for(name)``. ``settings`` declares them
    (see :class:`~geowire.config.Setting`): any other key is refused. A decorated
    class gets ``name``, ``reads`` and ``writes`` as class attributes.
    """

    reads_t, writes_t, settings_t = tuple(reads), tuple(writes), tuple(settings)

    def decorate(factory: Any) -> Any:
        registry.register(
            ComponentInfo(
                name=name,
                factory=factory,
                reads=reads_t,
                writes=writes_t,
                doc=(factory.__doc__ or "").strip().splitlines()[0] if factory.__doc__ else "",
                settings=settings_t,
            )
        )
        if isinstance(factory, type):
            for attr, value in (("name", name), ("reads", reads_t), ("writes", writes_t)):
                setattr(factory, attr, value)
        return factory

    return decorate
