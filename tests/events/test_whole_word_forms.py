"""A pattern word that is a whole word (a form the verb dictionaries know) matches its own
forms only, not a longer word it begins: "try * to kill" is no attempt on anyone's life in
"tried to end the killings"; a stem written as a stem ("succumb * injur") still matches the
words it begins."""

from __future__ import annotations

import pytest
from factories import cameo_codes

from geowire import Pipeline
from geowire.events.extract import WordMatcher


def test_whole_word_matches_its_forms_only() -> None:
    m = WordMatcher({}, whole=frozenset({"KILL"}))
    assert m._match("KILLINGS", "KILLING", "KILL", False, True) is False
    assert m._match("KILLER", "KILLER", "KILL", False, True) is False
    assert m._match("KILLED", "KILL", "KILL", False, True) is True
    # a stem that is no word the dictionaries know still matches by its beginning
    assert m._match("INJURIES", "INJURY", "INJUR", False, True) is True


@pytest.mark.model
def test_tried_to_end_killings_is_no_attempt_to_kill(pipe: Pipeline) -> None:
    codes = cameo_codes(pipe, "The governor tried to end the killings in the northern province.")
    assert "185" not in codes


@pytest.mark.model
def test_tried_to_kill_is_an_attempt(pipe: Pipeline) -> None:
    assert "185" in cameo_codes(pipe, "Rebels tried to kill the provincial governor on Monday.")
