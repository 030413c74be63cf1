"""Per-token strings from a parse's arrays (geowire.nlp.columns)."""

from __future__ import annotations

import numpy as np

from geowire.nlp.columns import string_column


def test_each_value_is_its_string_cased_and_zero_is_none() -> None:
    strings = {7: "Iran", 9: "met"}
    arr = np.array([[7, 9], [0, 9], [7, 0]], dtype=np.uint64)
    assert string_column(arr, 0, strings) == ["Iran", "", "Iran"]
    assert string_column(arr, 1, strings, str.upper) == ["MET", "MET", ""]
