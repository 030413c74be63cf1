"""Stated intentions, threats and refusals (data/cameo/intent.tsv)."""

from __future__ import annotations

import pytest

from geowire.errors import DictionaryError
from geowire.events.intent import intent_table, parse_intent_table


@pytest.mark.parametrize(
    "code, kind, expected",
    [
        ("040", "intent", "036"),
        ("045", "intent", "039"),
        ("0841", "intent", "0353"),
        ("071", "intent", "0331"),
        ("190", "intent", "138"),
        ("1723", "threat", "1323"),
        ("163", "threat", "1312"),
        ("040", "refusal", "125"),
        ("073", "refusal", "1223"),
        ("111", "intent", "111"),  # no intention form: unchanged
        ("087", "threat", "131"),  # a threat to pull out is a threat without force
        ("129", "threat", "131"),  # a threat to veto, or to sue, is a threat without force
        ("115", "threat", "131"),
        ("129", "intent", "129"),  # "will veto": the veto itself, planned
    ],
)
def test_map(code: str, kind: str, expected: str) -> None:
    assert intent_table().map(code, kind) == expected  # type: ignore[arg-type]


def test_bad_code_names_file_and_line() -> None:
    text = "# intent, version 1\naction\tintent\tthreat\trefusal\n04\t999\t\t\n"
    with pytest.raises(DictionaryError, match="i.tsv:3"):
        parse_intent_table(text, "i.tsv")
