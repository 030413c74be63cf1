"""Modality of a coded action: asserted, reported, planned, hypothetical or negated.

Read from the parse around the event's verb (or event noun):

- negated: a negation on the verb or on a governing control verb ("did not attack",
  "refused to meet" is coded by its own verb, not negated);
- hypothetical: a modal of possibility (may, might, could, would, should), a condition
  ("if ..."), or a verb of prediction governing it ("expected to", "is likely to");
- planned: will / shall / going to, a verb of intention governing it ("plan to", "agree to",
  "are to"), or an event dated after the publication date;
- reported: the clause is the complement of a reporting verb ("X said that ...") or lies
  inside a quotation attributed to a speaker;
- otherwise asserted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..document import Modality, Span

__all__ = ["modality_of", "REPORTING_VERBS"]

REPORTING_VERBS = frozenset(
    """say tell report claim state announce add note insist assert allege reveal confirm
    disclose explain write stress comment indicate suggest argue contend maintain testify
    acknowledge admit declare believe think""".split()
)
_HYPOTHETICAL_AUX = frozenset({"may", "might", "could", "would", "should", "can", "must"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_PLAN_VERBS = frozenset(
    """plan intend schedule agree decide prepare aim hope seek want vow pledge promise
    expect set""".split()
)
_PREDICT_VERBS = frozenset({"predict", "forecast", "speculate", "fear", "imagine", "likely"})


def _aux_lemmas(tok: Any) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")} | {
        c.lemma_.lower() for c in tok.children if c.dep_ in ("aux", "auxpass")
    }


def _under_reporting_verb(tok: Any) -> bool:
    t = tok
    hops = 0
    while t.head.i != t.i and hops < 4:
        if t.dep_ in ("ccomp", "parataxis", "advcl") and t.head.lemma_.lower() in REPORTING_VERBS:
            return True
        t = t.head
        hops += 1
    return False


def modality_of(
    tok: Any,
    *,
    quote_spans: Sequence[Span] = (),
    future_date: bool = False,
) -> Modality:
    """The modality of the action headed by token ``tok``."""
    chain = [tok]
    t = tok
    while t.dep_ in ("xcomp", "conj", "pcomp", "prep") and t.head.i != t.i and len(chain) < 6:
        t = t.head
        chain.append(t)
    for t in chain[:1] if tok.dep_ == "conj" else chain:
        if any(c.dep_ == "neg" for c in t.children):
            return "negated"
    reported_clause = _under_reporting_verb(chain[-1]) or any(
        t.i != tok.i and t.lemma_.lower() in REPORTING_VERBS for t in chain
    )  # "X is said to have attacked Y"
    for t in chain:
        auxes = _aux_lemmas(t)
        if auxes & _HYPOTHETICAL_AUX:
            # "they said they would blockade Paris": reported future, a stated plan
            if reported_clause and auxes & _HYPOTHETICAL_AUX == {"would"}:
                return "planned"
            return "hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return "hypothetical"
        if t.i != tok.i and t.lemma_.lower() in _PREDICT_VERBS:
            return "hypothetical"
    for t in chain:
        auxes = _aux_lemmas(t)
        if auxes & _FUTURE_AUX:
            return "planned"
        if t.i != tok.i and t.lemma_.lower() in _PLAN_VERBS:
            return "planned"
        if t.i != tok.i and t.lemma_.lower() == "be" and tok.dep_ == "xcomp":
            return "planned"  # "are to meet"
        if t.lower_ == "going" and t.i != tok.i:
            return "planned"
    if future_date:
        return "planned"
    # reported: complement of a reporting verb, or inside an attributed quote
    if reported_clause:
        return "reported"
    start = tok.idx
    for qs, qe in quote_spans:
        if qs <= start < qe:
            return "reported"
    return "asserted"
