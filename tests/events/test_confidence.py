"""The calibrated event confidence: features, the shipped model, its checks."""

from __future__ import annotations

import pytest

from geowire.errors import DictionaryError
from geowire.events.confidence import FEATURES, confidence_model, features, parse_confidence_model


def test_features_read_the_output() -> None:
    f = features(0.7, {"code": "IRQGOV", "country": "IRQ"}, None, "reported", 3, 2)
    assert f["source"] == 1.0 and f["source_country"] == 1.0
    assert f["target"] == 0.0 and f["target_country"] == 0.0
    assert f["modality_reported"] == 1.0 and f["quad_3"] == 1.0 and f["crowded"] == 1.0
    assert set(f) == set(FEATURES)
    igo = features(0.5, {"code": "IGOUNO", "country": None}, None, "asserted", 1, 1)
    assert igo["source_country"] == 1.0


def test_shipped_model_ranks_a_full_dyad_above_a_bare_event() -> None:
    model = confidence_model()
    full = features(
        0.8,
        {"code": "IRQGOV", "country": "IRQ"},
        {"code": "IRN", "country": "IRN"},
        "asserted",
        3,
        1,
    )
    bare = features(0.4, None, None, "hypothetical", 3, 4)
    assert 0.0 < model(bare) < model(full) < 1.0


def test_model_file_is_checked() -> None:
    rows = "".join(f"{k}\t0\n" for k in FEATURES)
    ok = parse_confidence_model(f"# m, version 1\nfeature\tweight\n{rows}", "m")
    assert ok(features(0.5, None, None, "asserted", 1, 1)) == 0.5
    with pytest.raises(DictionaryError):
        parse_confidence_model("# m, version 1\nfeature\tweight\nbias\t0\n", "m")  # missing
    with pytest.raises(DictionaryError):
        parse_confidence_model(f"# m, version 1\nfeature\tweight\n{rows}nope\t1\n", "m")
