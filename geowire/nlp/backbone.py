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


@component("geowire.nlp.v1", reads=("text",), writes=("parse", "sentences"))
class NLP:
    """Tokenise, tag, parse and find entities with a spaCy pipeline; set sentence spans."""

    def __init__(self, config: Config | None = None) -> None:
        config = config or Config()
        self.model_name = config.model
        self.batch_size = config.batch_size
        self.nlp = load_model(self.model_name)

    @staticmethod
    def _attach(doc: Document, parsed: Any) -> Document:
        sentences = tuple((s.start_char, s.end_char) for s in parsed.sents if s.text.strip())
        return doc.replace(parse=parsed, sentences=sentences)

    def __call__(self, doc: Document) -> Document:
        return self._attach(doc, self.nlp(doc.text))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        docs = list(docs)
        parsed = self.nlp.pipe((d.text for d in docs), batch_size=self.batch_size)
        for doc, p in zip(docs, parsed, strict=True):
            yield self._attach(doc, p)
