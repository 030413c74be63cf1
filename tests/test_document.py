import datetime as dt

import pytest

from geowire import (
    Actor,
    ActorRef,
    Document,
    Event,
    Location,
    Place,
    Quote,
    Speaker,
    TimeExpression,
)
from geowire.document import content_id, paragraph_spans, span_index


def _full_doc() -> Document:
    text = "Iran urged the GCC to act. “We will,” he said in Doha on Sunday."
    a1 = Actor("a1", "Iran", "IRN", "IRN", (), "state", ((0, 4),))
    a2 = Actor("a2", "Gulf Cooperation Council", "IGOGCC", None, (), "organization", ((15, 18),))
    ev = Event(
        source=ActorRef.of(a1),
        target=ActorRef.of(a2),
        cameo="0211",
        root="02",
        plover="REQUEST",
        quad_class=1,
        goldstein=3.4,
        date="2007-12-03",
        modality="asserted",
        location=Location("Doha", "QAT", 25.29, 51.53),
        sentence=0,
        span=(5, 10),
        evidence="Iran urged the GCC to act.",
        confidence=0.8,
    )
    q = Quote("We will,", (28, 36), "direct", Speaker("Iran", "IRN", "IRN", "a1", (38, 40)), "said")
    t = TimeExpression("Sunday", (58, 64), "DATE", "2007-12-09")
    p = Place("Doha", (50, 54), "Doha", "QAT", 25.29, 51.53, 290030, "city")
    return Document(
        text=text,
        published=dt.date(2007, 12, 10),
        title="T",
        actors=(a1, a2),
        events=(ev,),
        quotes=(q,),
        times=(t,),
        places=(p,),
    )


def test_round_trip_is_exact():
    doc = _full_doc()
    again = Document.from_dict(doc.to_dict())
    assert again.to_dict() == doc.to_dict()
    assert again.events[0].location == doc.events[0].location


def test_contract_keys_and_order():
    d = _full_doc().to_dict()
    assert list(d) == [
        "id",
        "title",
        "published",
        "url",
        "text",
        "actors",
        "events",
        "quotes",
        "times",
        "places",
    ]
    assert d["events"][0]["source"] == {
        "name": "Iran",
        "code": "IRN",
        "country": "IRN",
        "actor": "a1",
    }
    assert d["events"][0]["cameo"] == "0211"
    assert d["published"] == "2007-12-10"


def test_content_id_is_stable_and_used_by_default():
    doc = Document(text="abc")
    assert doc.id == content_id("abc") == Document(text="abc").id
    assert Document(text="abd").id != doc.id
    assert Document(text="abc", id="given").id == "given"


def test_document_is_frozen():
    doc = Document(text="x")
    with pytest.raises(AttributeError):
        doc.text = "y"  # type: ignore[misc]
    assert doc.replace(text="y").text == "y" and doc.text == "x"


def test_schema_accepts_a_full_document(schema):
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(_full_doc().to_dict(), schema)


def test_schema_rejects_bad_values(schema):
    import jsonschema

    bad = _full_doc().to_dict()
    bad["events"][0]["quad_class"] = 5
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    bad = _full_doc().to_dict()
    bad["places"][0]["country"] = "QA"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_paragraphs_are_the_non_blank_lines():
    assert paragraph_spans("a\n\nbc\n") == ((0, 1), (3, 5))
    assert paragraph_spans(" \n x\n\n\ny z") == ((2, 4), (7, 10))
    assert paragraph_spans("") == ()


@pytest.mark.parametrize(
    ("offset", "expected"), [(0, 0), (1, -1), (2, -1), (3, 1), (4, 1), (5, -1), (9, -1)]
)
def test_paragraph_of(offset, expected):
    text = "a\n\nbc\n"
    assert Document(text=text, paragraphs=paragraph_spans(text)).paragraph_of(offset) == expected
    assert Document(text=text).paragraph_of(offset) == -1  # paragraphs unknown


@pytest.mark.parametrize(
    "offset, expected",
    [(0, -1), (2, 0), (4, 0), (5, -1), (7, 1), (11, 1), (12, -1), (99, -1)],
)
def test_span_index(offset: int, expected: int) -> None:
    # the span of sorted, disjoint spans that holds an offset: start inclusive, end not
    assert span_index([(2, 5), (7, 12)], offset) == expected
    assert span_index([], offset) == -1
