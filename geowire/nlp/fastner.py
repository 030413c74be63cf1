"""spaCy's entity recognizer with its greedy decoding done in NumPy: the same entities,
a fraction of the time.

spaCy's ``EntityRecognizer`` scores the tokens with its networks in a few large
matrix products, then walks each document token by token (a transition system:
Begin, In, Last, Unit or Out an entity of a label) in compiled code. That walk is
most of the recognizer's time, and most of the walk is not arithmetic: its state
accessors take and release Python's global interpreter lock at every call (lock
traffic was about a quarter of the whole pipeline's CPU time on news text).

:class:`FastEntityRecognizer` keeps spaCy's networks and spaCy's batching (each
``batch_size`` documents sorted by length and cut into quarters, as spaCy's
``pipe`` does, so the networks see the same sub-batches and give the same
floats), and computes each step of the walk as spaCy's compiled loop does, in the
same order and with the same BLIS matrix product, so each score is the same float
and each choice the same action:

- a state's features are the token at the buffer's head, the entity's first
  token and the token before the head (the last two only inside an entity; else
  the padding rows), each a row of the precomputed lower layer, summed in that
  order, plus the bias; a maxout over the pieces;
- the scores are that hidden layer times the upper layer's weights (BLIS sgemm,
  the call spaCy makes), plus its bias;
- the action is the best-scoring valid one, the first on a tie; valid as spaCy's
  ``ner.pyx`` says when no entity was preset: outside an entity, Begin needs a
  next token that starts no sentence and a head that is no space, Unit a head
  that is no space, Out always; inside, In (of the entity's label) needs a next
  token that starts no sentence, Last always.

Outside an entity a state's features are its head's alone, so every token's
action there is known from one product over the sub-batch; only the tokens after
a Begin need a step each (:meth:`FastEntityRecognizer._decode_by_entity`). That
needs BLIS to give a row the same bits whatever rows it is computed with, which
:func:`rows_independent` checks once; where it does not hold, the states walk
together step by step as in spaCy (``_decode_stepwise``), each product with
spaCy's rows in spaCy's order.

:func:`fast_entity_recognizer` returns None for a recognizer this does not cover
(another transition model, beam search, classes marked unseen, another feature
set); the caller then keeps spaCy's component. A document that already holds
entity annotation (set before the recognizer) is decoded by spaCy's own code.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["FastEntityRecognizer", "fast_entity_recognizer", "rows_independent"]

# the NER moves (spacy/pipeline/_parser_internals/ner.pyx), by their names' first letter
_BEGIN, _IN, _LAST, _UNIT, _OUT = range(5)
_MOVES = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT, "O": _OUT}


def fast_entity_recognizer(proc: Any) -> FastEntityRecognizer | None:
    """A NumPy-decoding equivalent of spaCy's recognizer ``proc``, or None if it may not be."""
    try:
        from spacy.pipeline import EntityRecognizer
    except ImportError:  # pragma: no cover - spaCy is a dependency
        return None
    if type(proc) is not EntityRecognizer:
        return None  # a subclass may decode otherwise
    if proc.cfg.get("beam_width", 1) != 1 or getattr(proc, "postprocesses", None):
        return None
    model = proc.model
    if model.name != "parser_model" or len(model.layers) != 3:
        return None
    if not model.attrs.get("has_upper") or model.attrs.get("unseen_classes"):
        return None
    lower, upper = model.layers[1], model.layers[2]
    if lower.name != "precomputable_affine" or upper.name != "linear":
        return None
    if lower.get_dim("nF") != 3 or not lower.has_dim("nP") or lower.get_dim("nP") < 2:
        return None
    moves = proc.moves
    names = [moves.get_class_name(i) for i in range(moves.n_moves)]
    if upper.get_dim("nO") != len(names):
        return None
    kinds: list[int] = []
    labels: list[str] = []
    for name in names:
        kind = _MOVES.get(name[:1])
        if kind is None or (kind != _OUT and name[1:2] != "-"):
            return None
        kinds.append(kind)
        labels.append(name[2:] if kind != _OUT else "")
    return FastEntityRecognizer(proc, kinds, labels)


class FastEntityRecognizer:
    """Finds entities as ``proc`` (spaCy's recognizer) does, decoding in NumPy."""

    def __init__(self, proc: Any, kinds: list[int], labels: list[str]) -> None:
        from blis.py import gemm  # type: ignore[import-untyped]
        from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START

        self._gemm = gemm
        self.proc = proc
        self.name = proc.name
        self._read = [IS_SPACE, SENT_START, ENT_IOB]
        model = proc.model
        self.tok2vec, self.lower, self.upper = model.layers
        self.n_pieces = self.lower.get_dim("nP")
        self.n_hidden = self.lower.get_dim("nO")
        kind = np.array(kinds, dtype=np.int8)
        self.kinds = kind
        self.labels = labels
        strings = proc.vocab.strings
        self.label_ids = [strings.add(label) if label else 0 for label in labels]
        # label index of each class (-1: none); the labels an entity may have
        names = sorted({lab for lab in labels if lab})
        index = {lab: i for i, lab in enumerate(names)}
        self.class_label = np.array([index[lab] if lab else -1 for lab in labels])
        labelled = self.class_label >= 0
        # the valid classes outside an entity: rows [may Begin][may Unit]; inside an
        # entity of label l: rows 4 + 2l + [may In]
        valid = []
        for can_b in (0, 1):
            for can_u in (0, 1):
                row = kind == _OUT
                if can_b:
                    row = row | ((kind == _BEGIN) & labelled)
                if can_u:
                    row = row | ((kind == _UNIT) & labelled)
                valid.append(row)
        for lab in range(len(names)):
            same = self.class_label == lab
            valid.append(same & (kind == _LAST))
            valid.append(same & ((kind == _LAST) | (kind == _IN)))
        # added to the scores: 0 for a valid class, minus infinity for another
        self.masks = np.where(np.array(valid), 0.0, -np.inf).astype(np.float32)
        self.begins = kind == _BEGIN
        self.lasts = kind == _LAST
        # the first valid-class row of the entity a class begins
        self.label_rows = np.where(kind == _BEGIN, 4 + 2 * self.class_label, 0).astype(np.intp)
        #: whether an entity's steps may be computed apart from spaCy's batch of states
        self.rows_independent = rows_independent(gemm, self.upper.get_param("W"))

    def __call__(self, doc: Any) -> Any:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Any], batch_size: int = 256) -> Iterator[Any]:
        """The documents of ``docs`` with their entities, in order; batched as spaCy's
        ``pipe`` batches them (``batch_size`` documents, sorted by length, in quarters)."""
        error_handler = self.proc.get_error_handler()
        stream = iter(docs)
        sub_size = max(batch_size // 4, 2)
        while in_order := list(itertools.islice(stream, batch_size)):
            try:
                by_length = sorted(in_order, key=len)
                for i in range(0, len(by_length), sub_size):
                    self._recognize(by_length[i : i + sub_size])
                yield from in_order
            except Exception as e:
                error_handler(self.name, self.proc, in_order, e)

    def _recognize(self, docs: list[Any]) -> None:
        """Set the entities of ``docs`` (one of spaCy's sub-batches, in its order)."""
        if not any(len(d) for d in docs):
            for doc in docs:
                doc.set_ents([], default="outside")
            return
        columns = [d.to_array(self._read) for d in docs]
        if any(c[:, 2].any() for c in columns):
            # entity annotation set before the recognizer: spaCy's own decoding
            self.proc.set_annotations(docs, self.proc.predict(docs))
            return
        batch = self._batch(docs, columns)
        if self.rows_independent:
            acts = self._decode_by_entity(batch)
        else:
            acts = self._decode_stepwise(batch)
        for doc, start in zip(docs, batch.starts.tolist(), strict=True):
            doc.set_ents(self._spans(doc, acts[start : start + len(doc)]), default="outside")

    def _batch(self, docs: list[Any], columns: list[Any]) -> _Batch:
        """The sub-batch's feature table (spaCy's networks, as its step model runs them)
        and, per token, the rows of valid classes."""
        tokvecs = self.tok2vec.predict(docs)
        cached = self.lower.predict(tokvecs)  # (tokens + 1, 3, hidden, pieces); row 0 pads
        width = self.n_hidden * self.n_pieces
        table = np.ascontiguousarray(cached.reshape(cached.shape[0], cached.shape[1], width))
        if not np.isfinite(table).all():
            raise ValueError("the entity recognizer's features are not finite")
        lengths = np.array([len(d) for d in docs])
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        total = int(lengths.sum())
        # per token of the batch (concatenated): a space, followed by a sentence start
        space = np.zeros(total, dtype=bool)
        next_starts = np.zeros(total, dtype=bool)
        has_next = np.zeros(total, dtype=bool)
        for start, n, cols in zip(starts.tolist(), lengths.tolist(), columns, strict=True):
            if n:
                space[start : start + n] = cols[:, 0] != 0
                next_starts[start : start + n - 1] = cols[1:, 1] == 1
                has_next[start : start + n - 1] = True
        can_in = has_next & ~next_starts
        can_b = can_in & ~space
        # a token's valid-class row outside an entity (by may Begin, may Unit), and
        # inside one (by may In, added to the entity's label's first row)
        token_rows = np.stack([can_b * 2 + ~space, can_in.astype(np.intp)]).astype(np.intp)
        bias = self.lower.get_param("b").reshape(width)
        weights, out_bias = self.upper.get_param("W"), self.upper.get_param("b")
        return _Batch(table, lengths, starts, token_rows, bias, weights, out_bias)

    def _choose(
        self, batch: _Batch, heads: Any, first_rows: Any, before_rows: Any, rows: Any
    ) -> Any:
        """The action of each state: the best-scoring valid class, as spaCy's
        ``predict_states`` and ``arg_max_if_valid`` find it (the same operations in the
        same order, so the same floats). ``heads``: the buffer's head of each state (a
        token of the batch); ``first_rows``, ``before_rows``: the table rows of its open
        entity's first token and of the token before the head (0, padding, when no
        entity is open); ``rows``: its first valid-class row (0 outside an entity)."""
        table = batch.table
        unmaxed = table[heads + 1, 0] + table[first_rows, 1]
        unmaxed += table[before_rows, 2]
        unmaxed += batch.bias
        if self.n_pieces == 2:
            hidden = np.maximum(unmaxed[:, 0::2], unmaxed[:, 1::2])
        else:
            hidden = unmaxed.reshape(-1, self.n_hidden, self.n_pieces).max(axis=2)
        scores = self._gemm(hidden, batch.weights, trans2=True, beta=0.0)
        scores += batch.out_bias
        scores += self.masks[rows + batch.token_rows[(rows != 0).view(np.int8), heads]]
        return scores.argmax(axis=1)

    def _decode_stepwise(self, batch: _Batch) -> Any:
        """Each token's action (the batch's tokens concatenated), step by step as spaCy
        takes them: the documents' states walk together, one token each per step, and a
        state leaves once it has walked its document, so every matrix product has
        spaCy's rows in spaCy's order."""
        lengths, starts = batch.lengths, batch.starts
        begins, lasts, label_rows = self.begins, self.lasts, self.label_rows
        acts = np.zeros(int(lengths.sum()), dtype=np.intp)
        order = np.arange(len(lengths))
        base = starts
        first_row = np.zeros(len(lengths), dtype=np.intp)  # open entity's first token + 1
        rows = np.zeros(len(lengths), dtype=np.intp)
        ends = sorted(set(lengths.tolist()))
        for t in range(int(lengths.max())):
            if t >= ends[0]:
                while t >= ends[0]:
                    ends.pop(0)
                live = lengths[order] > t
                order, base, first_row, rows = order[live], base[live], first_row[live], rows[live]
            heads = base + t
            is_open = rows != 0
            guess = self._choose(batch, heads, first_row, heads * is_open, rows)
            acts[heads] = guess
            begin = begins[guess]
            last = lasts[guess]
            if begin.any() or last.any():
                opens = begin | (is_open & ~last)
                first_row = np.where(begin, heads + 1, np.where(opens, first_row, 0))
                rows = np.where(begin, label_rows[guess], np.where(opens, rows, 0))
        return acts

    def _decode_by_entity(self, batch: _Batch) -> Any:
        """Each token's action, found entity by entity (when BLIS computes each row of a
        product whatever the rows beside it: :attr:`rows_independent`).

        Outside an entity a state's features are its head's alone, so the action at
        every token, were no entity open there, comes from one product over the whole
        sub-batch. A document's walk takes those actions up to a Begin; the entity it
        opens is then walked token by token (its features: the head, the entity's first
        token, the token before the head) until its Last, and the walk goes on after
        it. The entities open at once in the sub-batch's documents take each step
        together."""
        n_tokens = int(batch.lengths.sum())
        everyone = np.arange(n_tokens)
        zeros = np.zeros(n_tokens, dtype=np.intp)
        acts = self._choose(batch, everyone, zeros, zeros, zeros)
        begins = self.begins
        # each document's Begins, were no entity open there, in order
        opened = np.flatnonzero(begins[acts])
        doc_of = np.searchsorted(batch.starts, opened, side="right") - 1
        pending: dict[int, list[int]] = {}
        for doc, token in zip(doc_of.tolist(), opened.tolist(), strict=True):
            pending.setdefault(doc, []).append(token)
        for queue in pending.values():
            queue.reverse()  # popped from the end: the first Begin first
        # the open entities: their documents, first tokens (and table rows), heads
        ent_doc = np.array(list(pending), dtype=np.intp)
        first = np.array([pending[d].pop() for d in ent_doc.tolist()], dtype=np.intp)
        heads = first + 1
        rows = self.label_rows[acts[first]]
        lasts = self.lasts
        while ent_doc.size:
            guess = self._choose(batch, heads, first + 1, heads, rows)
            acts[heads] = guess
            done = lasts[guess]
            if not done.any():
                heads = heads + 1
                continue
            keep = ~done
            new_doc: list[int] = []
            new_first: list[int] = []
            for doc, head in zip(ent_doc[done].tolist(), heads[done].tolist(), strict=True):
                queue = pending[doc]
                while queue and queue[-1] <= head:
                    queue.pop()  # a Begin inside the entity just closed is no Begin
                if queue:
                    new_doc.append(doc)
                    new_first.append(queue.pop())
            news = np.array(new_first, dtype=np.intp)
            ent_doc = np.concatenate([ent_doc[keep], np.array(new_doc, dtype=np.intp)])
            first = np.concatenate([first[keep], news])
            heads = np.concatenate([heads[keep] + 1, news + 1])
            rows = np.concatenate([rows[keep], self.label_rows[acts[news]]])
        return acts

    def _spans(self, doc: Any, acts: Any) -> list[Any]:
        """The entities a document's actions make (spaCy's ``set_annotations``)."""
        from spacy.tokens import Span

        kinds = self.kinds
        label_ids = self.label_ids
        spans = []
        start = -1
        for i in np.flatnonzero(kinds[acts] != _OUT).tolist():
            act = int(acts[i])
            kind = kinds[act]
            if kind == _BEGIN:
                start = i
            elif kind == _LAST:
                spans.append(Span(doc, start, i + 1, label=label_ids[act]))
                start = -1
            elif kind == _UNIT:
                spans.append(Span(doc, i, i + 1, label=label_ids[act]))
        return spans


@dataclass(frozen=True)
class _Batch:
    """One sub-batch's features: the lower layer's table (row 0: padding; token i of
    the batch, its documents concatenated, at row i + 1), each document's length and
    first token, and each token's valid-class rows (outside, inside an entity)."""

    table: Any
    lengths: Any
    starts: Any
    token_rows: Any
    bias: Any  # the lower layer's
    weights: Any  # the upper layer's
    out_bias: Any


def rows_independent(gemm: Any, weights: Any) -> bool:
    """Whether ``gemm`` (BLIS) gives each row of a product the same bits whatever the
    rows computed with it: checked on random rows, in products of 1 to 40 rows and a
    few larger ones against one product of all. A library computes a row with one
    kernel's order of operations for a given shape and data layout, so random rows
    show any dependence on the row count."""
    rng = np.random.default_rng(0)
    rows = rng.standard_normal((600, weights.shape[1])).astype(np.float32)
    whole = gemm(rows, weights, trans2=True, beta=0.0)
    for size in [*range(1, 41), 64, 100, 257, 599]:
        for start in (0, 1, size % 7):
            part = gemm(
                np.ascontiguousarray(rows[start : start + size]), weights, trans2=True, beta=0.0
            )
            if part.tobytes() != whole[start : start + size].tobytes():
                return False
    return True
