"""Loading the spaCy model (once per process) and parsing documents with it."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

from ..config import Config
from ..document import Document
from ..errors import ModelError
from ..pipeline import component

__all__ = ["NLP", "load_model", "model_load_seconds"]

log = logging.getLogger(__name__)

_models: dict[str, Any] = {}
_load_seconds: dict[str, float] = {}
_steps_cache: dict[tuple[int, bool], list[tuple[str, Any]]] = {}
_lock = threading.Lock()

#: spaCy stops at this many characters by default; news articles never come close,
#: but a 10 MB "article" should be parsed, not refused. Documents are cut into
#: paragraphs long before they reach this.
MAX_LENGTH = 2_000_000


def load_model(name: str) -> Any:
    """The spaCy pipeline ``name``, loaded once per process and shared."""
    with _lock:
        nlp = _models.get(name)
        if nlp is not None:
            return nlp
        import spacy

        start = time.perf_counter()
        try:
            nlp = spacy.load(name)
        except OSError:
            installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
            raise ModelError(
                f"spaCy model {name!r} is not installed (installed: {installed}); "
                f"install it with pip (e.g. `pip install {name.replace('_', '-')}`) "
                "or choose another with --model"
            ) from None
        nlp.max_length = max(nlp.max_length, MAX_LENGTH)
        _load_seconds[name] = time.perf_counter() - start
        log.info("loaded spaCy model %s in %.2fs", name, _load_seconds[name])
        _models[name] = nlp
        return nlp


def model_load_seconds(name: str) -> float | None:
    """How long loading ``name`` took in this process (None if not loaded)."""
    return _load_seconds.get(name)


def _steps(nlp: Any, fast_rules: bool) -> list[tuple[str, Any]]:
    """The model's enabled components, with the attribute ruler vectorised when possible."""
    key = (id(nlp), fast_rules)
    with _lock:
        steps = _steps_cache.get(key)
        if steps is not None:
            return steps
        steps = []
        for name, proc in nlp.pipeline:
            if fast_rules and name == "attribute_ruler":
                from .fastrules import compile_ruler

                fast = compile_ruler(proc)
                if fast is not None:
                    steps.append((name, fast))
                    continue
                log.info("attribute ruler of %s kept as is (a rule is not supported)", nlp.meta)
            steps.append((name, proc))
        _steps_cache[key] = steps
        return steps


@component("geowire.nlp.v1", reads=("text",), writes=("parse", "sentences"))
class NLP:
    """Tokenise, tag, parse and find entities with a spaCy pipeline; set sentence spans.

    Settings (``[settings."geowire.nlp.v1"]``): ``fast_rules`` (default true) runs
    the model's attribute ruler as vectorised rules with identical results.
    """

    def __init__(self, config: Config | None = None) -> None:
        config = config or Config()
        settings = config.settings_for("geowire.nlp.v1")
        self.model_name = config.model
        self.batch_size = config.batch_size
        self.nlp = load_model(self.model_name)
        self.steps = _steps(self.nlp, bool(settings.get("fast_rules", True)))

    @staticmethod
    def _attach(doc: Document, parsed: Any) -> Document:
        sentences = tuple((s.start_char, s.end_char) for s in parsed.sents if s.text.strip())
        return doc.replace(parse=parsed, sentences=sentences)

    def parse(self, texts: Iterable[str]) -> Iterator[Any]:
        """spaCy Docs for ``texts``, through every enabled component, in batches."""
        docs: Iterator[Any] = (self.nlp.make_doc(t) for t in texts)
        for _name, proc in self.steps:
            pipe = getattr(proc, "pipe", None)
            if pipe is not None:
                docs = pipe(docs, batch_size=self.batch_size)
            else:
                docs = (proc(d) for d in docs)
        return docs

    def __call__(self, doc: Document) -> Document:
        return self._attach(doc, next(self.parse([doc.text])))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        docs = list(docs)
        for doc, p in zip(docs, self.parse(d.text for d in docs), strict=True):
            yield self._attach(doc, p)
