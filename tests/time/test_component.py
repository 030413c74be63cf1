"""The geowire.times.v1 component, with and without the spaCy parse."""

from __future__ import annotations

import datetime as dt

import pytest

import geowire
from geowire.document import Document
from geowire.time import TimeTagger, tag_times

SEED_LIKE = (
    "Sunday's Gulf State Security Conference has illuminated how much Iraq relies on Iran. "
    "A week earlier, on December 3, Iranian President Mahmoud Ahmadinejad urged the Gulf "
    "states to establish pacts. U.S. and Iranian officials are meeting in Damascus on "
    "December 18 to negotiate. The estimate said Iran halted its program four years ago. "
    "Gerald Flurry wrote in December 1994 that Iraq could fall to Iran."
)
EXPECTED = {
    "Sunday": "2007-12-09",
    "December 3": "2007-12-03",
    "December 18": "2007-12-18",
    "four years ago": "2003",
    "December 1994": "1994-12",
}


def test_component_without_parse() -> None:
    doc = Document(text=SEED_LIKE, published=dt.date(2007, 12, 10))
    out = TimeTagger()(doc)
    values = {t.text: t.value for t in out.times}
    for text, value in EXPECTED.items():
        assert values[text] == value
    assert out.times == tuple(sorted(out.times, key=lambda t: t.span))


def test_component_registered() -> None:
    info = geowire.pipeline.registry.get("geowire.times.v1")
    assert info.writes == ("times",)
    assert set(info.reads) <= {"text", "parse", "sentences", "published"}


@pytest.mark.model
def test_pipeline_with_parse() -> None:
    pipe = geowire.Pipeline(
        geowire.Config(components=("geowire.clean.v1", "geowire.nlp.v1", "geowire.times.v1"))
    )
    doc = pipe(SEED_LIKE, published="2007-12-10")
    values = {t.text: t.value for t in doc.times}
    for text, value in EXPECTED.items():
        assert values[text] == value


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministers will meet on Wednesday.", "2007-12-12"),
        ("The ministers met on Wednesday.", "2007-12-05"),
        ("The ministers are meeting on Wednesday.", "2007-12-12"),
        ("Talks are expected to resume Friday.", "2007-12-14"),
        ("Iran urged the council to act before Friday.", "2007-12-14"),
        ("The rebels agreed to meet on Wednesday.", "2007-12-12"),
        ("The rebels met to talk on Wednesday.", "2007-12-05"),
        # a passive infinitive of purpose is of its clause's (future) time
        ("The envoy will step down, to be replaced by his deputy through March.", "2008-03"),
        # a free participle is of its clause's time, not of the plan it reports
        (
            "The senator joined the debate, announcing on Wednesday he would visit Oslo.",
            "2007-12-05",
        ),
    ],
)
def test_tense_from_parse(text: str, expected: str) -> None:
    from geowire.nlp import load_model

    parse = load_model(geowire.Config().model)(text)
    times = tag_times(text, dt.date(2007, 12, 10), parse=parse)
    assert [t.value for t in times] == [expected]


def test_resolve_text_accepts_iso_strings() -> None:
    from geowire.time import resolve_text

    assert [t.value for t in resolve_text("It ended Sunday.", "2007-12-10")] == ["2007-12-09"]


def test_component_lexicon_setting(tmp_path) -> None:
    import json

    from geowire.time.lexicon import LEXICON_PATH

    data = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    data["refs"]["hitherto"] = "PAST_REF"
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    config = geowire.Config(settings={"geowire.times.v1": {"lexicon": str(path)}})
    doc = Document(text="It was hitherto unknown.", published=dt.date(2007, 12, 10))
    assert [(t.text, t.value) for t in TimeTagger(config)(doc).times] == [("hitherto", "PAST_REF")]
    assert TimeTagger()(doc).times == ()
