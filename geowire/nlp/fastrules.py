"""spaCy's AttributeRuler, vectorised: the same rules, the same result, a fraction of the time.

The English pipelines map fine-grained tags to coarse POS and morphology with an
``attribute_ruler`` of about 180 one- or two-token rules (``TAG == "VBZ" and
LOWER == "is" -> POS AUX, LEMMA be``). spaCy runs them through its general
``Matcher``, which tries every rule at every token: about a seventh of the
whole small pipeline's time. Here each rule is compiled to array comparisons
over the batch's token attributes (NumPy), applied in rule order so later rules
win exactly as in spaCy, and written back with ``Doc.from_array``.

:func:`compile_ruler` returns None when a rule uses a feature this module does
not know (then the caller keeps spaCy's component), so any model still works.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["FastAttributeRuler", "compile_ruler"]

log = logging.getLogger(__name__)

# Token attributes a rule may test, in the order of the arrays built per batch.
_TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")
# Token attributes a rule may set; POS, MORPH and LEMMA through from_array, the
# rest (TAG, DEP: only on whitespace tokens in the English rules) token by token.
_ARRAY_SET = ("POS", "MORPH", "LEMMA")
_TOKEN_SET = ("TAG", "DEP")


@dataclass(frozen=True)
class _Test:
    """One attribute test of one pattern token."""

    column: int
    op: str  # "==", "in", "not_in", "regex", "bool"
    values: Any


@dataclass(frozen=True)
class _Rule:
    """One pattern of one attribute rule (rules keep their order)."""

    tokens: tuple[tuple[_Test, ...], ...]
    index: int
    attrs: tuple[tuple[str, int], ...]


def _test(vocab: Any, attr: str, spec: Any) -> _Test | None:
    column = _TESTED.index(attr)
    strings = vocab.strings
    if attr == "IS_SPACE":
        return _Test(column, "bool", bool(spec)) if isinstance(spec, bool) else None
    if isinstance(spec, str):
        return _Test(column, "==", strings.add(spec) if spec else 0)
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, values),) = spec.items()
        if op in ("IN", "NOT_IN") and isinstance(values, list):
            hashes = np.array([strings.add(v) if v else 0 for v in values], dtype=np.uint64)
            return _Test(column, op.lower(), hashes)
        if op == "REGEX" and isinstance(values, str) and attr == "LOWER":
            return _Test(column, "regex", re.compile(values))
    return None


def compile_ruler(ruler: Any) -> FastAttributeRuler | None:
    """A fast equivalent of a spaCy ``AttributeRuler``, or None if a rule is not supported."""
    from spacy.attrs import IDS

    vocab = ruler.vocab
    names = {IDS[n]: n for n in (*_ARRAY_SET, *_TOKEN_SET)}
    rules: list[_Rule] = []
    for i, attrs in enumerate(ruler.attrs):
        patterns = ruler.matcher.get(str(i))
        if patterns is None:
            continue
        setting: list[tuple[str, int]] = []
        for key, value in attrs.items():
            if key not in names:
                log.debug("attribute rule %d sets %r: keeping spaCy's ruler", i, key)
                return None
            setting.append((names[key], int(value)))
        for pattern in patterns[1]:
            tokens: list[tuple[_Test, ...]] = []
            for tok in pattern:
                tests = []
                for attr, spec in tok.items():
                    test = _test(vocab, attr, spec) if attr in _TESTED else None
                    if test is None:
                        log.debug("attribute rule %d tests %s=%r: keeping spaCy's", i, attr, spec)
                        return None
                    tests.append(test)
                tokens.append(tuple(tests))
            rules.append(_Rule(tuple(tokens), int(ruler.indices[i]), tuple(setting)))
    return FastAttributeRuler(vocab, rules)


class FastAttributeRuler:
    """Applies compiled attribute rules to batches of Docs."""

    def __init__(self, vocab: Any, rules: Sequence[_Rule]) -> None:
        from spacy.attrs import IDS

        self.vocab = vocab
        self.rules = tuple(rules)
        self._tested = [IDS[a] for a in _TESTED]
        self._array_ids = [IDS[a] for a in _ARRAY_SET]
        self._regex_cache: dict[tuple[int, int], bool] = {}

    def __call__(self, doc: Any) -> Any:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Any], batch_size: int = 256) -> Iterator[Any]:
        batch: list[Any] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._apply(batch)
                batch = []
        if batch:
            yield from self._apply(batch)

    def _mask(self, tests: tuple[_Test, ...], cols: list[np.ndarray]) -> np.ndarray:
        mask: np.ndarray | None = None
        for t in tests:
            col = cols[t.column]
            if t.op == "==":
                m = col == np.uint64(t.values)
            elif t.op == "in":
                m = np.isin(col, t.values)
            elif t.op == "not_in":
                m = ~np.isin(col, t.values)
            elif t.op == "bool":
                m = (col != 0) if t.values else (col == 0)
            else:  # regex on the lower-case form
                m = self._regex(t, col)
            mask = m if mask is None else (mask & m)
        assert mask is not None
        return mask

    def _regex(self, test: _Test, col: np.ndarray) -> np.ndarray:
        """Tokens whose string matches: each distinct string is tried once (and cached)."""
        strings = self.vocab.strings
        key_id = id(test.values)
        hits = []
        for value in np.unique(col).tolist():
            key = (key_id, value)
            hit = self._regex_cache.get(key)
            if hit is None:
                hit = bool(value) and bool(test.values.search(strings[value]))
                if len(self._regex_cache) < 1_000_000:
                    self._regex_cache[key] = hit
            if hit:
                hits.append(value)
        if not hits:
            return np.zeros(len(col), dtype=bool)
        return np.isin(col, np.array(hits, dtype=np.uint64))

    def _apply(self, docs: list[Any]) -> list[Any]:
        lengths = [len(d) for d in docs]
        total = sum(lengths)
        if total == 0:
            return docs
        tested = np.concatenate([d.to_array(self._tested) for d in docs if len(d)])
        values = np.concatenate([d.to_array(self._array_ids) for d in docs if len(d)])
        cols = [tested[:, j] for j in range(tested.shape[1])]
        # the position of each token in its doc, to keep two-token rules inside a doc
        starts = np.zeros(total, dtype=np.int64)
        offset = 0
        for n in lengths:
            starts[offset : offset + n] = offset
            offset += n
        ends = starts + np.repeat(np.array(lengths, dtype=np.int64), lengths)
        positions = np.arange(total)
        token_sets: list[tuple[int, str, int]] = []
        column_of = {name: j for j, name in enumerate(_ARRAY_SET)}
        for rule in self.rules:
            n = len(rule.tokens)
            mask = self._mask(rule.tokens[0], cols)
            for k in range(1, n):
                shifted = np.zeros(total, dtype=bool)
                inner = self._mask(rule.tokens[k], [c[k:] for c in cols])
                shifted[: total - k] = inner
                mask &= shifted & (positions + k < ends)
            hits = np.flatnonzero(mask)
            if not len(hits):
                continue
            index = rule.index if rule.index >= 0 else n + rule.index
            targets = hits + index
            for name, value in rule.attrs:
                j = column_of.get(name)
                if j is not None:
                    values[targets, j] = value
                else:
                    token_sets.extend((int(t), name, value) for t in targets)
        offset = 0
        for doc, n in zip(docs, lengths, strict=True):
            if n:
                doc.from_array(self._array_ids, values[offset : offset + n])
            offset += n
        if token_sets:
            self._set_tokens(docs, lengths, token_sets)
        return docs

    def _set_tokens(
        self, docs: list[Any], lengths: list[int], token_sets: list[tuple[int, str, int]]
    ) -> None:
        bounds = np.cumsum([0, *lengths])
        for flat, name, value in token_sets:
            d = int(np.searchsorted(bounds, flat, side="right")) - 1
            token = docs[d][flat - int(bounds[d])]
            if name == "TAG":
                token.tag = value
            elif name == "DEP":
                token.dep = value
