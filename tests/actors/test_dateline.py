"""An article's dateline is where the story was filed, not an actor."""

from __future__ import annotations

import pytest

from geowire.actors.parse import byline, dateline


@pytest.mark.parametrize(
    "text, filed",
    [
        ("OSLO (AP) \u2014 The minister resigned.", "OSLO (AP) \u2014"),
        ("TULSA, Okla. \u2014 Police said.", "TULSA, Okla. \u2014"),
        (
            "Minister quits\n\nLIMA, Peru, March 3 (Reuters) - The minister",
            "LIMA, Peru, March 3 (Reuters) -",
        ),
        ("SAN JOSE -- Protesters gathered.", "SAN JOSE --"),
        ("LIMA\u2014The minister resigned.", "LIMA\u2014"),
    ],
)
def test_a_dateline_is_found_up_to_its_dash(text: str, filed: str) -> None:
    found = dateline(text, ((0, len(text)),))
    assert found is not None and text[found[0] : found[1]] == filed


@pytest.mark.parametrize(
    "text",
    [
        "NATO-led troops left the town.",  # a hyphen inside a word is no dash
        "The UN - and its agencies - met.",  # a dash after no place in capitals
        "Oslo is cold - the minister said.",
        "UN \u2014 a body of states.",  # two capitals are an acronym, not a place
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline(text, ((0, len(text)),)) is None


def test_a_dateline_opens_one_of_the_first_sentences_only() -> None:
    late = "One. Two. Three. Four. OSLO (AP) \u2014 The minister resigned."
    sents = ((0, 4), (5, 9), (10, 16), (17, 22), (23, len(late)))
    assert dateline(late, sents) is None
    assert dateline(late, sents[:2] + ((10, len(late)),)) is None
    assert dateline(late, ((0, 4), (5, len(late)))) is None
    early = "Minister quits. OSLO (AP) \u2014 The minister resigned."
    assert dateline(early, ((0, 15), (16, len(early)))) == (16, early.index(" The"))


@pytest.mark.model
@pytest.mark.parametrize(
    "text, place",
    [
        ("OSLO (AP) \u2014 Norway's prime minister met Swedish officials on Monday.", "OSLO"),
        ("TULSA, Okla. \u2014 Police arrested two men on Monday. The mayor praised them.", "TULSA"),
    ],
)
def test_a_datelines_place_and_agency_are_no_actors(text: str, place: str) -> None:
    import geowire

    doc = geowire.extract(text, published="2021-05-07")
    mentions = [text[s:e] for a in doc.actors for s, e in a.mentions]
    assert mentions and place not in mentions and "AP" not in mentions
    assert all(e.source is None or "MED" not in (e.source.code or "") for e in doc.events)


@pytest.mark.parametrize(
    "text, wrote",
    [
        ("Mall roof caves in. BY CHAD MILLER Staff Writer The roof fell.", "BY CHAD MILLER"),
        ("BY JORDAN LEE\nPolice arrested a man.", "BY JORDAN LEE"),
        ("By ANA M. DIAZ\nThe vote was close.", "By ANA M. DIAZ"),
    ],
)
def test_a_byline_is_found(text: str, wrote: str) -> None:
    sentences = ((0, text.index(".") + 1), (text.index(".") + 2, len(text)))
    found = byline(text, sentences)
    assert found is not None and text[found[0] : found[1]] == wrote


@pytest.mark.parametrize(
    "text",
    [
        "MAN KILLED BY CHAD REBELS\nRebels killed a man.",  # "BY" inside a headline
        "By Monday the talks had failed.",  # a name in capitals only
        "By CHAD, he meant the country.",  # one word is no writer's name
    ],
)
def test_no_byline(text: str) -> None:
    assert byline(text, ((0, len(text)),)) is None


@pytest.mark.model
def test_a_bylines_name_is_no_state() -> None:
    import geowire

    doc = geowire.extract(
        "Mall roof caves in. BY CHAD MILLER Staff Writer May 3, 2010 Officials in Ohio said "
        "the roof of the mall collapsed on Monday.",
        published="2010-05-03",
    )
    assert "TCD" not in {a.country for a in doc.actors}
