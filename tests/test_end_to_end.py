"""Real output of the full default pipeline, checked against the contract's schema."""

import pytest

pytestmark = pytest.mark.model


def test_example_output_validates_against_schema(example_doc, schema):
    import jsonschema

    jsonschema.validate(example_doc.to_dict(), schema)


def test_every_span_indexes_the_text(example_doc):
    d = example_doc
    n = len(d.text)
    spans = [m for a in d.actors for m in a.mentions]
    spans += [e.span for e in d.events] + [q.span for q in d.quotes]
    spans += [t.span for t in d.times] + [p.span for p in d.places]
    spans += [q.speaker.span for q in d.quotes if q.speaker]
    for start, end in spans:
        assert 0 <= start < end <= n
    for t in d.times:
        assert d.text[t.span[0] : t.span[1]] == t.text
    for p in d.places:
        assert d.text[p.span[0] : p.span[1]] == p.text


def test_sentences_cover_the_text_in_order(example_doc):
    starts = [s for s, _ in example_doc.sentences]
    assert starts == sorted(starts) and len(starts) > 5


def test_extraction_is_deterministic(example_record, example_doc):
    import geowire

    again = geowire.extract(example_record["text"], published=example_record["published"])
    assert again.to_dict() == example_doc.to_dict()
