"""Property-based tests (hypothesis) of the invariants every input must keep.

- cleaning and reading never raise on any text or bytes, only report;
- every span lies inside the text and covers the text it claims;
- the output always validates against the contract's schema;
- extraction is deterministic.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geowire.clean import clean_text
from geowire.ingest import BadRecord, Record, iter_records

FRAGMENTS = [
    "Iranian President Mahmoud Ahmadinejad urged the Gulf Cooperation Council to act.",
    "“It is our destiny to live with Iran,” he said.",
    "U.S. and Iranian officials are meeting in Damascus on December 18.",
    "Iraq could fall to Iran, he wrote in December 1994.",
    "\u201cUnbalanced quote",
    '"straight quote" she said',
    "Protesters clashed with police in Cairo on Sunday.",
    "NATO troops withdrew from Kabul four years ago.",
    "Jim Watson/AFP/Getty Images",
    "By Jane Roe",
    "\u00a0\t  ",
    "\n\n",
    "— … ’ ‘ « » „",
    "Russia’s foreign minister criticized the sanctions.",
    "The talks may collapse next week.",
]

text_strategy = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), min_size=1, max_size=8
).map(" ".join)


@given(st.text(max_size=2000))
@settings(max_examples=300, deadline=None)
def test_clean_never_raises_and_is_normalised(raw):
    r = clean_text(raw)
    assert "\r" not in r.text and "  " not in r.text and "\n\n\n" not in r.text
    for i in range(0, len(r.text), max(1, len(r.text) // 20)):
        assert 0 <= r.offsets.to_raw(i) < max(1, len(raw))


@given(
    st.binary(max_size=3000), st.sampled_from([".txt", ".jsonl", ".csv", ".html", ".xml", ".rss"])
)
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_readers_never_raise_on_any_bytes(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for item in iter_records([path]):
        assert isinstance(item, Record | BadRecord)
        if isinstance(item, Record):
            assert item.text.strip()


@pytest.mark.model
@given(text_strategy)
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
def test_pipeline_invariants(schema, text):
    import jsonschema

    import geowire

    doc = geowire.extract(text, published="2007-12-10")
    d = doc.to_dict()
    jsonschema.validate(d, schema)
    n = len(doc.text)

    def inside(span):
        assert 0 <= span[0] <= span[1] <= n, span

    for a in doc.actors:
        for m in a.mentions:
            inside(m)
    for t in doc.times:
        inside(t.span)
        assert doc.text[t.span[0] : t.span[1]] == t.text
    for p in doc.places:
        inside(p.span)
        assert doc.text[p.span[0] : p.span[1]] == p.text
    for q in doc.quotes:
        inside(q.span)
        # a split quote's text joins its parts with " … "; each part lies in the span, in order
        covered, at = doc.text[q.span[0] : q.span[1]], 0
        for part in q.text.split(" … "):
            found = covered.find(part, at)
            assert found >= 0, (q.text, covered)
            at = found + len(part)
        if q.speaker:
            inside(q.speaker.span)
    for e in doc.events:
        inside(e.span)
        assert e.sentence < len(doc.sentences)
    assert geowire.extract(text, published="2007-12-10").to_dict() == d
