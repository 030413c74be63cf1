"""spaCy's rule lemmatizer with every answer remembered: the same lemmas, a fraction of the time.

spaCy's ``Lemmatizer`` (rule mode) works token by token in Python and caches only
the words its suffix rules decide: every singular noun, base-form verb or
positive adjective (most tokens of news) goes through its morphology check again
at every occurrence. Its answer depends only on the token's word, coarse POS and
morphology, so :class:`CachedLemmatizer` keeps one lemma per (word, POS,
morphology), asks spaCy's own component the first time a triple comes, and writes
a document's lemmas with one ``Doc.from_array``.

:func:`cached_lemmatizer` returns None for a lemmatizer whose answer may depend
on more than that (another mode, or a class that redefines how a word is
lemmatized); the caller then keeps spaCy's component.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

__all__ = ["CachedLemmatizer", "cached_lemmatizer"]

#: Most (word, POS, morphology) triples kept: a news corpus meets a few tens of
#: thousands; past the cap, new triples are still lemmatized, just not kept.
MAX_CACHED = 500_000


def cached_lemmatizer(proc: Any) -> CachedLemmatizer | None:
    """A cached equivalent of spaCy's lemmatizer ``proc``, or None if it may not be one."""
    from spacy.pipeline import Lemmatizer

    if not isinstance(proc, Lemmatizer) or proc.mode not in ("rule", "lookup"):
        return None
    if not getattr(proc, "_validated", False):
        return None  # spaCy's component checks its tables (and says what is missing)
    method = f"{proc.mode}_lemmatize"
    # a subclass may redefine the lemmatizing method (reading more than the token's
    # word, POS and morphology); English's only redefines is_base_form, which reads those
    if getattr(type(proc), method) is not getattr(Lemmatizer, method):
        return None
    return CachedLemmatizer(proc)


class CachedLemmatizer:
    """Lemmatizes like ``proc`` (spaCy's), remembering each (word, POS, morphology)."""

    def __init__(self, proc: Any) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self.proc = proc
        self.strings = proc.vocab.strings
        self._read = [ORTH, POS, MORPH, LEMMA]
        self._write = [LEMMA]
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        if not len(doc):
            return doc
        proc = self.proc
        overwrite = proc.overwrite
        lemmas = self._lemmas
        rows = doc.to_array(self._read)
        out = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue  # spaCy's component keeps a lemma already set (the attribute ruler's)
            key = (orth, pos, morph)
            got = lemmas.get(key)
            if got is None:
                got = self.strings.add(proc.lemmatize(doc[i])[0])
                if len(lemmas) < MAX_CACHED:
                    lemmas[key] = got
            out[i] = got
        doc.from_array(self._write, out.reshape(-1, 1).astype(np.uint64, copy=False))
        return doc

    def pipe(self, docs: Iterable[Any], batch_size: int = 256) -> Iterator[Any]:
        for doc in docs:
            yield self(doc)
