"""Calendar arithmetic, tense cues and number parsing."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire.time.anchor import (
    month_day_date,
    month_year,
    nth_weekday,
    shift_value,
    surface_tense,
    weekday_date,
)
from geowire.time.lexicon import load_lexicon
from geowire.time.normalize import duration_value, parse_number

MON = dt.date(2007, 12, 10)


@pytest.mark.parametrize(
    "unit, n, expected",
    [
        ("D", -1, "2007-12-09"),
        ("W", -1, "2007-W49"),
        ("W", 0, "2007-W50"),
        ("M", 1, "2008-01"),
        ("M", -12, "2006-12"),
        ("Q", -1, "2007-Q3"),
        ("Q", 1, "2008-Q1"),
        ("Y", -4, "2003"),
        ("DE", -1, "199"),
        ("CE", 0, "20"),
        ("WE", -1, "2007-W49-WE"),
    ],
)
def test_shift_value(unit: str, n: int, expected: str) -> None:
    assert shift_value(MON, unit, n) == expected


@pytest.mark.parametrize(
    "weekday, tense, shift, expected",
    [
        (7, None, 0, dt.date(2007, 12, 9)),  # bare Sunday: the last one
        (1, None, 0, MON),  # the article's own weekday
        (1, "future", 0, MON),
        (3, "future", 0, dt.date(2007, 12, 12)),
        (3, "past", 0, dt.date(2007, 12, 5)),
        (1, None, -1, dt.date(2007, 12, 3)),  # last Monday
        (1, None, 1, dt.date(2007, 12, 17)),  # next Monday
    ],
)
def test_weekday_date(weekday: int, tense, shift: int, expected: dt.date) -> None:
    assert weekday_date(MON, weekday, tense, shift=shift) == expected


@pytest.mark.parametrize(
    "month, day, tense, expected",
    [
        (12, 3, "past", dt.date(2007, 12, 3)),
        (12, 18, "future", dt.date(2007, 12, 18)),
        (12, 18, None, dt.date(2007, 12, 18)),
        (1, 5, None, dt.date(2008, 1, 5)),
        (1, 5, "past", dt.date(2008, 1, 5)),  # 26 days ahead beats 11 months back
        (6, 1, "past", dt.date(2007, 6, 1)),
        (6, 1, "future", dt.date(2008, 6, 1)),
        (2, 29, None, dt.date(2008, 2, 29)),
    ],
)
def test_month_day_date(month: int, day: int, tense, expected: dt.date) -> None:
    assert month_day_date(MON, month, day, tense) == expected


@pytest.mark.parametrize(
    "month, tense, shift, expected",
    [
        (6, None, -1, 2007),
        (12, None, -1, 2006),
        (1, None, 1, 2008),
        (1, "future", 0, 2008),
        (2, "past", 0, 2007),
        (12, "past", 0, 2007),
    ],
)
def test_month_year(month: int, tense, shift: int, expected: int) -> None:
    assert month_year(MON, month, tense, shift=shift) == expected


def test_nth_weekday() -> None:
    assert nth_weekday(1999, 11, 4, 4) == dt.date(1999, 11, 25)  # Thanksgiving
    assert nth_weekday(2007, 5, 1, -1) == dt.date(2007, 5, 28)  # Memorial Day


@pytest.mark.parametrize(
    "sentence, word, expected",
    [
        ("They will meet on Friday.", "Friday", "future"),
        ("They met on Friday.", "Friday", "past"),
        ("The talks are scheduled for Friday.", "Friday", "future"),
        ("Friday is a holiday here.", "Friday", None),
    ],
)
def test_surface_tense(sentence: str, word: str, expected) -> None:
    start = sentence.index(word)
    assert (
        surface_tense(sentence, start, start + len(word), load_lexicon().irregular_past) == expected
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("four", 4),
        ("twenty four", 24),
        ("twenty-six", 26),
        ("a hundred", 100),
        ("two thousand", 2000),
        ("2 1/2", 2.5),
        ("1,000", 1000),
        ("several", None),
        ("a couple of", None),
    ],
)
def test_parse_number(text: str, expected) -> None:
    assert parse_number(text, load_lexicon()) == expected


@pytest.mark.parametrize(
    "n, unit, expected",
    [
        (4, "year", "P4Y"),
        (None, "year", "PXY"),
        (5.5, "hour", "PT5H30M"),
        (3, "quarter", "P9M"),
        (2, "decade", "P20Y"),
        (1, "fortnight", "P2W"),
        (90, "minute", "PT90M"),
    ],
)
def test_duration_value(n, unit: str, expected: str) -> None:
    assert duration_value(n, unit) == expected


def _parsed(rows: list[tuple[str, int, str, str, str]]) -> object:
    """A hand-made parse: (word, head index, dependency, tag, part of speech) per word."""
    import spacy
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    past = {"VBD": "Tense=Past|VerbForm=Fin"}
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        pos=[r[4] for r in rows],
        lemmas=[
            w.lower().removesuffix("ed") if r[3] == "VBD" else w.lower()
            for w, r in zip(words, rows, strict=True)
        ],
        morphs=[past.get(r[3], "") for r in rows],
    )


@pytest.mark.parametrize(
    ("on_head", "expected"),
    [
        # "called for X to oversee the inquiry at a rally on Wednesday night": the time is
        # of the rally, where the call was made
        (11, "past"),
        # hung on the infinitive itself, it is of the act called for
        (6, "future"),
    ],
)
def test_parse_tense_of_an_infinitive_called_for(on_head: int, expected: str) -> None:
    from geowire.time.anchor import parse_tense

    rows = [
        ("Holm", 1, "nsubj", "NNP", "PROPN"),
        ("called", 1, "ROOT", "VBD", "VERB"),
        ("for", 1, "prep", "IN", "ADP"),
        ("a", 4, "det", "DT", "DET"),
        ("prosecutor", 2, "pobj", "NN", "NOUN"),
        ("to", 6, "aux", "TO", "PART"),
        ("oversee", 1, "xcomp", "VB", "VERB"),
        ("the", 8, "det", "DT", "DET"),
        ("inquiry", 6, "dobj", "NN", "NOUN"),
        ("at", 6, "prep", "IN", "ADP"),
        ("a", 11, "det", "DT", "DET"),
        ("rally", 9, "pobj", "NN", "NOUN"),
        ("on", on_head, "prep", "IN", "ADP"),
        ("Wednesday", 14, "compound", "NNP", "PROPN"),
        ("night", 12, "pobj", "NN", "NOUN"),
    ]
    doc = _parsed(rows)
    start = doc[13].idx
    assert parse_tense(doc, start, start + len("Wednesday night")) == expected


@pytest.mark.parametrize(
    ("modal", "expected"),
    [
        # a time clause in the simple present under a verb of what may come is future:
        # "the rain could turn to snow before it ends Wednesday"
        ("could", "future"),
        ("will", "future"),
        # under a verb of no modal it stays a present
        ("did", "present"),
    ],
)
def test_parse_tense_of_a_time_clause_under_a_future(modal: str, expected: str) -> None:
    from geowire.time.anchor import parse_tense

    rows = [
        ("rain", 2, "nsubj", "NN", "NOUN"),
        (modal, 2, "aux", "MD" if modal != "did" else "VBD", "AUX"),
        ("turn", 2, "ROOT", "VB", "VERB"),
        ("before", 5, "mark", "IN", "SCONJ"),
        ("it", 5, "nsubj", "PRP", "PRON"),
        ("ends", 2, "advcl", "VBZ", "VERB"),
        ("Wednesday", 5, "npadvmod", "NNP", "PROPN"),
    ]
    doc = _parsed(rows)
    start = doc[6].idx
    assert parse_tense(doc, start, start + len("Wednesday")) == expected


def test_a_title_of_honour_is_no_year() -> None:
    from geowire.time import resolve_text

    assert resolve_text("He was named Citizen of the Year.", "2009-03-15") == []
    assert [t.value for t in resolve_text("Sales fell at the end of the year.", "2009-03-15")] == [
        "2009"
    ]


@pytest.mark.parametrize(
    ("verb", "lemma", "on_head", "time_first", "expected"),
    [
        # the time after a plan verb's object is the planned act's, still to come
        ("planned", "plan", 1, False, "future"),
        ("planned", "plan", 3, False, "future"),
        ("scheduled", "schedule", 1, False, "future"),
        # the same time before the verb is when the planning was done
        ("planned", "plan", 1, True, "past"),
        # a verb whose object may be done already keeps its past
        ("organized", "organize", 1, False, "past"),
    ],
)
def test_parse_tense_of_a_planned_object(
    verb: str, lemma: str, on_head: int, time_first: bool, expected: str
) -> None:
    from geowire.time.anchor import parse_tense

    if time_first:  # "Protesters on Saturday planned a demonstration"
        rows = [
            ("Protesters", 3, "nsubj", "NNS", "NOUN"),
            ("on", 3, "prep", "IN", "ADP"),
            ("Saturday", 1, "pobj", "NNP", "PROPN"),
            (verb, 3, "ROOT", "VBD", "VERB"),
            ("a", 5, "det", "DT", "DET"),
            ("demonstration", 3, "dobj", "NN", "NOUN"),
        ]
        at, v = 2, 3
    else:  # "Protesters planned a demonstration on Saturday"
        rows = [
            ("Protesters", 1, "nsubj", "NNS", "NOUN"),
            (verb, 1, "ROOT", "VBD", "VERB"),
            ("a", 3, "det", "DT", "DET"),
            ("demonstration", 1, "dobj", "NN", "NOUN"),
            ("on", on_head, "prep", "IN", "ADP"),
            ("Saturday", 4, "pobj", "NNP", "PROPN"),
        ]
        at, v = 5, 1
    doc = _parsed(rows)
    doc[v].lemma_ = lemma  # type: ignore[index]
    start = doc[at].idx  # type: ignore[index]
    assert parse_tense(doc, start, start + len("Saturday")) == expected


@pytest.mark.parametrize(("noun", "expected"), [("plans", "future"), ("photos", "past")])
def test_parse_tense_of_what_a_plan_is_for(noun: str, expected: str) -> None:
    from geowire.time.anchor import parse_tense

    # "The party announced plans for a rally on Saturday"
    rows = [
        ("party", 1, "nsubj", "NN", "NOUN"),
        ("announced", 1, "ROOT", "VBD", "VERB"),
        (noun, 1, "dobj", "NNS", "NOUN"),
        ("for", 2, "prep", "IN", "ADP"),
        ("a", 5, "det", "DT", "DET"),
        ("rally", 3, "pobj", "NN", "NOUN"),
        ("on", 5, "prep", "IN", "ADP"),
        ("Saturday", 6, "pobj", "NNP", "PROPN"),
    ]
    doc = _parsed(rows)
    doc[2].lemma_ = noun.removesuffix("s")  # type: ignore[index]
    start = doc[7].idx  # type: ignore[index]
    assert parse_tense(doc, start, start + len("Saturday")) == expected


@pytest.mark.parametrize(
    ("copula", "tag", "adjective", "expected"),
    [
        # the present copula of an adjective of schedule tells what is to come
        ("is", "VBZ", "due", "future"),
        ("are", "VBP", "due", "future"),
        # its past tells of a plan for a day gone by; another adjective, of no schedule
        ("was", "VBD", "due", "past"),
        ("is", "VBZ", "angry", "present"),
    ],
)
def test_parse_tense_of_a_copula_of_schedule(
    copula: str, tag: str, adjective: str, expected: str
) -> None:
    from geowire.time.anchor import parse_tense

    # "The envoy is due in Cairo on Thursday"
    rows = [
        ("envoy", 1, "nsubj", "NN", "NOUN"),
        (copula, 1, "ROOT", tag, "AUX"),
        (adjective, 1, "acomp", "JJ", "ADJ"),
        ("in", 2, "prep", "IN", "ADP"),
        ("Cairo", 3, "pobj", "NNP", "PROPN"),
        ("on", 1, "prep", "IN", "ADP"),
        ("Thursday", 5, "pobj", "NNP", "PROPN"),
    ]
    doc = _parsed(rows)
    doc[1].lemma_ = "be"  # type: ignore[index]
    start = doc[6].idx  # type: ignore[index]
    assert parse_tense(doc, start, start + len("Thursday")) == expected


@pytest.mark.parametrize(("lemma", "expected"), [("slate", "future"), ("slat", "future")])
def test_parse_tense_of_a_slated_act(lemma: str, expected: str) -> None:
    from geowire.time.anchor import parse_tense

    # "a rally slated for Thursday" (spaCy's lemma of "slated" is "slat")
    rows = [
        ("a", 1, "det", "DT", "DET"),
        ("rally", 1, "ROOT", "NN", "NOUN"),
        ("slated", 1, "acl", "VBN", "VERB"),
        ("for", 2, "prep", "IN", "ADP"),
        ("Thursday", 3, "pobj", "NNP", "PROPN"),
    ]
    doc = _parsed(rows)
    doc[2].lemma_ = lemma  # type: ignore[index]
    start = doc[4].idx  # type: ignore[index]
    assert parse_tense(doc, start, start + len("Thursday")) == expected


@pytest.mark.parametrize(
    ("agent", "expected"),
    [
        # "a rally slated for Thursday": a schedule
        (False, "future"),
        # the British "was slated by critics for Thursday's speech": harshly criticised
        (True, "past"),
    ],
)
def test_parse_tense_of_slated_only_in_its_schedule_frame(agent: bool, expected: str) -> None:
    from geowire.time.anchor import parse_tense

    rows = [
        ("plan", 2, "nsubjpass", "NN", "NOUN"),
        ("was", 2, "auxpass", "VBD", "AUX"),
        ("slated", 2, "ROOT", "VBN", "VERB"),
    ]
    if agent:
        rows += [("by", 2, "agent", "IN", "ADP"), ("critics", 3, "pobj", "NNS", "NOUN")]
    rows += [("for", 2, "prep", "IN", "ADP"), ("Thursday", len(rows), "pobj", "NNP", "PROPN")]
    doc = _parsed(rows)
    doc[1].lemma_ = "be"  # type: ignore[index]
    doc[2].lemma_ = "slat"  # type: ignore[index]
    at = len(rows) - 1
    start = doc[at].idx  # type: ignore[index]
    assert parse_tense(doc, start, start + len("Thursday")) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # slated by critics: a past act, Monday the last one
        ("The minister was slated by critics on Monday for his remarks.", "2020-05-04"),
        # slated for Saturday: the next one
        ("Opposition parties announced a rally slated for Saturday.", "2020-05-09"),
    ],
)
def test_a_weekday_slated_by_critics_is_past(text: str, expected: str) -> None:
    import geowire

    doc = geowire.extract(text, published="2020-05-06")
    assert [t.value for t in doc.times] == [expected]


def test_parse_tense_of_a_bare_passive_conjunct() -> None:
    from geowire.time.anchor import parse_tense

    # "Xi will visit Moscow and be received on Friday": "be" has no tense of its own, the
    # head's "will" governs it
    rows = [
        ("Xi", 2, "nsubj", "NNP", "PROPN"),
        ("will", 2, "aux", "MD", "AUX"),
        ("visit", 2, "ROOT", "VB", "VERB"),
        ("Moscow", 2, "dobj", "NNP", "PROPN"),
        ("and", 2, "cc", "CC", "CCONJ"),
        ("be", 6, "auxpass", "VB", "AUX"),
        ("received", 2, "conj", "VBN", "VERB"),
        ("on", 6, "prep", "IN", "ADP"),
        ("Friday", 7, "pobj", "NNP", "PROPN"),
    ]
    doc = _parsed(rows)
    start = doc[8].idx  # type: ignore[index]
    assert parse_tense(doc, start, start + len("Friday")) == "future"


@pytest.mark.parametrize(
    ("verb", "lemma", "expected"),
    [
        # a contest or hearing held on a set day, in the simple present, is still to come
        ("holds", "hold", "future"),
        ("testifies", "testify", "future"),
        ("faces", "face", "future"),
        # a verb of saying in the simple present reports what was said
        ("says", "say", "present"),
    ],
)
def test_parse_tense_of_a_timetabled_present(verb: str, lemma: str, expected: str) -> None:
    from geowire.time.anchor import parse_tense

    # "The state holds its primary on Tuesday"
    rows = [
        ("state", 1, "nsubj", "NN", "NOUN"),
        (verb, 1, "ROOT", "VBZ", "VERB"),
        ("primary", 1, "dobj", "NN", "NOUN"),
        ("on", 1, "prep", "IN", "ADP"),
        ("Tuesday", 3, "pobj", "NNP", "PROPN"),
    ]
    doc = _parsed(rows)
    doc[1].lemma_ = lemma  # type: ignore[index]
    start = doc[4].idx  # type: ignore[index]
    assert parse_tense(doc, start, start + len("Tuesday")) == expected


@pytest.mark.parametrize(
    ("predicate", "dep", "tag", "pos", "expected"),
    [
        # the present copula of a place, or of the time itself, tells when something is
        # to be: "The envoy is in Cairo on Thursday"
        ("in", "prep", "IN", "ADP", "future"),
        # an adjective or a noun predicate is no schedule: "The envoy is angry on Thursday"
        ("angry", "acomp", "JJ", "ADJ", "present"),
        ("winner", "attr", "NN", "NOUN", "present"),
    ],
)
def test_parse_tense_of_a_copula_of_a_time(
    predicate: str, dep: str, tag: str, pos: str, expected: str
) -> None:
    from geowire.time.anchor import parse_tense

    rows = [
        ("envoy", 1, "nsubj", "NN", "NOUN"),
        ("is", 1, "ROOT", "VBZ", "AUX"),
        (predicate, 1, dep, tag, pos),
        ("on", 1, "prep", "IN", "ADP"),
        ("Thursday", 3, "pobj", "NNP", "PROPN"),
    ]
    doc = _parsed(rows)
    doc[1].lemma_ = "be"  # type: ignore[index]
    start = doc[4].idx  # type: ignore[index]
    assert parse_tense(doc, start, start + len("Thursday")) == expected


def test_a_primary_held_on_a_weekday_is_the_next_one() -> None:
    import geowire

    # a Wednesday paper: the Tuesday a state holds its primary on is still to come
    text = "Wisconsin holds its presidential primary on Tuesday."
    doc = geowire.extract(text, published="2016-03-30")
    assert [t.value for t in doc.times] == ["2016-04-05"]


@pytest.mark.parametrize(
    ("aux", "hyphen_space", "expected"),
    [
        # "said the border will re-open Monday", the tokenizer splitting "re-open" and the
        # parse hanging the time on "said": the time is the split verb's, a future
        ("will", "", "future"),
        # no future auxiliary on the split verb: the parse's verb decides (past)
        ("did", "", "past"),
        # no hyphenated word but two words with a dash between: the parse's verb decides
        ("will", " ", "past"),
    ],
)
def test_parse_tense_of_a_verb_split_at_its_hyphen(
    aux: str, hyphen_space: str, expected: str
) -> None:
    import spacy
    from spacy.tokens import Doc

    from geowire.time.anchor import parse_tense

    rows = [
        ("Officials", 1, "nsubj", "NNS", "NOUN"),
        ("said", 1, "ROOT", "VBD", "VERB"),
        ("the", 3, "det", "DT", "DET"),
        ("border", 5, "nsubj", "NN", "NOUN"),
        (aux, 5, "aux", "MD" if aux == "will" else "VBD", "AUX"),
        ("re", 1, "ccomp", "VB", "VERB"),
        ("-", 1, "ccomp", "VB", "VERB"),
        ("open", 1, "ccomp", "JJ", "ADJ"),
        ("Monday", 1, "npadvmod", "NNP", "PROPN"),
    ]
    spaces = [True, True, True, True, True, False, not hyphen_space == "", True, False]
    if hyphen_space:
        spaces[5] = True
    doc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        pos=[r[4] for r in rows],
        lemmas=[r[0].lower() if r[3] != "VBD" else "say" for r in rows],
        morphs=["Tense=Past|VerbForm=Fin" if r[3] == "VBD" else "" for r in rows],
    )
    start = doc[8].idx
    assert parse_tense(doc, start, start + len("Monday")) == expected
