import random

import pytest

from geowire.clean import clean_text

SCRAPED = (
    "Iraq Looks to Iran for Security\n\n"
    "Jim Watson/AFP/Getty Images\n\n"
    "Iraq Looks to Iran for Security\n\n"
    "By Jane Roe\n\n"
    "Iraqi  officials\u00a0are looking\tto Iran.\r\n\r\n\r\n"
    "\u201eIt is our destiny,\u201d he said. ``Really,'' she added.\n"
)


def test_title_credit_byline_removed_and_title_kept():
    r = clean_text(SCRAPED)
    assert r.title == "Iraq Looks to Iran for Security"
    assert "Getty" not in r.text and "Jane Roe" not in r.text
    assert "Looks to Iran" not in r.text
    assert r.text.startswith("Iraqi officials are looking to Iran.")


def test_whitespace_and_quotes_normalised():
    r = clean_text(SCRAPED)
    assert "  " not in r.text and "\t" not in r.text and "\r" not in r.text
    assert "\n\n\n" not in r.text
    assert "\u201cIt is our destiny,\u201d" in r.text
    assert "\u201cReally,\u201d" in r.text


@pytest.mark.parametrize(
    "line, dropped",
    [
        ("Jim Watson/AFP/Getty Images", True),
        ("(AP Photo/Hadi Mizban)", True),
        ("Photo: Reuters", True),
        ("Reuters/Ahmed Jadallah", True),
        ("By John Smith and Mary Jones", True),
        ("By the way, Iran agreed to talks.", False),
        ("AFP reported that Iran agreed to talks.", False),
    ],
)
def test_noise_lines(line, dropped):
    text = f"Body sentence one.\n\n{line}\n\nBody sentence two."
    assert (line not in clean_text(text).text) is dropped


def test_no_title_detected_for_plain_sentences():
    r = clean_text("Iran agreed to talks on Monday.\n\nThe talks start soon.")
    assert r.title is None
    assert r.text == "Iran agreed to talks on Monday.\n\nThe talks start soon."


def test_given_title_is_dropped_from_text():
    r = clean_text("Big News\nIran agreed.", title="Big News")
    assert r.title == "Big News" and r.text == "Iran agreed."


@pytest.mark.parametrize("raw", ["", "   \n\n  ", "\x00\x01", "“unbalanced", "a" * 5000])
def test_never_raises(raw):
    clean_text(raw)


def test_offsets_map_back_to_raw_characters():
    r = clean_text(SCRAPED)
    rng = random.Random(0)
    for _ in range(500):
        i = rng.randrange(len(r.text))
        c, o = r.text[i], SCRAPED[r.offsets.to_raw(i)]
        if c.isalnum():
            assert c == o, (i, c, o)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("He said ``no,'' twice.", "He said \u201cno,\u201d twice."),
        ("He said ''no,'' twice.", "He said \u201cno,\u201d twice."),
        ("''Yes,'' she said.", "\u201cYes,\u201d she said."),
        ("It was (''odd'').", "It was (\u201codd\u201d)."),
    ],
)
def test_doubled_apostrophes_open_and_close(raw, expected):
    assert clean_text(raw).text == expected


# -- invisible characters: bidi controls and zero-width characters -------------------

BIDI = [
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff"]


@pytest.mark.parametrize("ch", BIDI + ZERO_WIDTH)
def test_invisible_characters_are_removed(ch):
    raw = f"{ch}Iran{ch} and Iraq{ch} met{ch}.{ch}"
    r = clean_text(raw)
    assert not any(c in r.text for c in BIDI + ZERO_WIDTH)
    assert "Iran" in r.text and "Iraq" in r.text and "met" in r.text


@pytest.mark.parametrize("ch", BIDI + ["\u200b"])
def test_a_removed_control_never_joins_two_sentences(ch):
    raw = f"Iraq said it would talk.{ch}Israel denied it."
    r = clean_text(raw)
    assert r.text == "Iraq said it would talk. Israel denied it."


@pytest.mark.parametrize("ch", BIDI + ["\u200b"])
def test_a_removed_control_never_joins_two_words(ch):
    assert clean_text(f"Iraq{ch}Israel talks.").text == "Iraq Israel talks."


def test_joiners_inside_a_word_leave_no_space():
    assert clean_text("co\u00adoperation and foo\u200dbar").text == "cooperation and foobar"


def test_offsets_stay_honest_around_removed_controls():
    raw = "\u202bTitle Line\u202c\n\n\u2067Iraq\u2069 said it would talk.\u202eIsrael\u200f denied."
    r = clean_text(raw)
    assert r.title == "Title Line"
    assert r.text == "Iraq said it would talk. Israel denied."
    for i, ch in enumerate(r.text):
        raw_ch = raw[r.offsets.to_raw(i)]
        if ch == " ":  # a kept space, or the control it replaces
            assert raw_ch == " " or raw_ch in BIDI
        else:
            assert raw_ch == ch
    start = r.text.index("Israel")
    assert raw[r.offsets.to_raw(start) : r.offsets.to_raw(start) + 6] == "Israel"


def test_a_given_title_loses_its_invisible_characters_too():
    r = clean_text("Iran\u200f and Iraq met.", title="\u202bTalks\u202c\u200bResume\u2069")
    assert r.title == "Talks Resume"


@pytest.mark.model
def test_a_bidi_override_between_sentences_makes_no_false_event():
    import geowire

    text = "Iraq condemned the attack on Sunday.\u202eIsrael accused Hamas of firing rockets."
    doc = geowire.extract(text, published="2007-12-10")
    assert len(doc.sentences) == 2
    assert all(not (e.source and e.source.country == "IRQ" and e.target) for e in doc.events)
    assert any(e.source and e.source.country == "ISR" for e in doc.events)


def test_the_cleaner_component_keeps_its_offset_map_on_the_document():
    from geowire import Pipeline

    doc = Pipeline(components=("geowire.clean.v1",))(SCRAPED)
    assert doc.raw == SCRAPED and doc.offsets == clean_text(SCRAPED).offsets
    start = doc.text.index("Iran.")
    assert SCRAPED[doc.offsets.to_raw(start) : doc.offsets.to_raw(start) + 4] == "Iran"
    assert "offsets" not in doc.to_dict()
