"""The cue table: built-in data loads; bad rows raise DictionaryError with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from geowire.errors import DictionaryError
from geowire.quotes.cues import default_cues, load_cues


def test_builtin_table() -> None:
    cues = default_cues()
    assert cues.version == "13"
    assert cues.verb("see", "object") and cues.verb_type("trust") == "belief"
    assert cues.verb("say", "direct") and cues.verb("stress", "clause")
    assert cues.verb("want", "object") and cues.verb("remember", "clause")
    assert cues.verb("call", "for") and not cues.verb("call", "clause")
    assert cues.noun("claim") and not cues.verb("table")
    assert cues.nonlabel("Update") and cues.nonlabel("Latest")
    # censure verbs report what is censured; 'portray' what it is called
    assert cues.verb("decry", "object") and cues.verb_type("rebuke") == "speech"
    assert cues.verb("portray", "name") and not cues.verb("portray", "clause")
    # attitude adjectives and intention nouns (attribution scope)
    assert "clause" in cues.adjectives["confident"] and cues.adjective_type("eager") == "stance"
    assert "infinitive" in cues.nouns["plan"] and "clause" not in cues.nouns["plan"]


def test_adjective_rows_are_their_own_part_of_speech(tmp_path: Path) -> None:
    path = tmp_path / "cues.tsv"
    path.write_text(
        "# version: 1\ncue\tpos\tframes\ttype\nsure\tadj\tclause\tbelief\n"
        "sure\tverb\tclause\tspeech\n",
        encoding="utf-8",
    )
    cues = load_cues(path)
    assert cues.adjectives == {"sure": frozenset({"clause"})}
    assert cues.adjective_type("sure") == "belief" and cues.verb_type("sure") == "speech"


@pytest.mark.parametrize(
    "body, message",
    [
        ("cue\tpos\tframes\nsay\tverb\tclause\n", "version"),
        ("# version: 1\nsay\tverb\tclause\n", ":2: expected header"),
        ("# version: 1\ncue\tpos\tframes\nsay\tverb\n", ":3: expected 3"),
        ("# version: 1\ncue\tpos\tframes\nsay\tadverb\tclause\n", ":3: pos must be"),
        ("# version: 1\ncue\tpos\tframes\nsay\tverb\tshout\n", ":3: unknown"),
        ("# version: 1\ncue\tpos\tframes\nSay\tverb\tclause\n", ":3: cue must be"),
        ("# version: 1\ncue\tpos\tframes\nsay\tverb\tclause\nsay\tverb\tdirect\n", ":4: duplicate"),
    ],
)
def test_bad_tables(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "cues.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message) as info:
        load_cues(path)
    assert str(path) in str(info.value) or message == "version"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError):
        load_cues(tmp_path / "nope.tsv")


def test_censure_verb_reports_its_object() -> None:
    from geowire import Config, Pipeline

    doc = Pipeline(Config())("The mayor decried the council's delay on the housing bill.")
    (quote,) = doc.quotes
    assert doc.text[quote.span[0] : quote.span[1]].startswith("the council's delay")
    assert quote.speaker is not None and quote.speaker.name.endswith("mayor")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "cue_type"),
    [
        (
            "Clinton apologized for her use of a private server.",
            "her use of a private server",
            "speech",
        ),
        ("Obama congratulated Trump on his victory.", "Trump on his victory", "speech"),
        ("Officials deemed the plan too costly.", "the plan too costly", "belief"),
        ("Many voters interpreted his remarks as a threat.", "his remarks as a threat", "belief"),
        ("Cruz shrugged off the criticism.", "the criticism", "stance"),
    ],
)
def test_words_put_to_something_and_judgements_are_attributions_only(
    nlp: object, text: str, content: str, cue_type: str
) -> None:
    from factories import SPEECH
    from factories import quotes_in as run

    assert [(q.text, q.cue_type) for q in run(nlp, text)] == [(content, cue_type)]
    assert run(nlp, text, SPEECH) == []  # (the speech scope reads none of them)


def test_a_running_story_head_is_no_label() -> None:
    # 'The Latest: Cruz to give away shotgun' is a news service's head, no one's words
    assert default_cues().nonlabel("Latest")
