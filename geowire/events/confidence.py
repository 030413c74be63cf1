"""Calibrated event confidence: the chance that an event is right, learned on real news.

The coder's rule score (pattern kind, both sides found, main clause, stance) is one input;
the others are what the output shows: which sides are present and carry a country, the
modality, the quad class and how many events the sentence gave. A logistic model over
these features is fitted by ``scripts/train_confidence.py`` on the study half of the
project's real-news development gold (an event is right when a coder records an event of
the same CAMEO root in its sentence) and shipped as ``geowire/data/cameo/confidence.tsv``.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from ..errors import DictionaryError
from ..tables import parse_table

__all__ = ["features", "ConfidenceModel", "confidence_model", "parse_confidence_model", "FEATURES"]

MODALITIES = ("asserted", "reported", "planned", "hypothetical", "negated")

#: every feature, in the order of the data file
FEATURES: tuple[str, ...] = (
    "bias",
    "rule",
    "source",
    "target",
    "source_country",
    "target_country",
    *(f"modality_{m}" for m in MODALITIES),
    *(f"quad_{q}" for q in (1, 2, 3, 4)),
    "crowded",
)


def _has_country(side: Mapping[str, object] | None) -> bool:
    if not side:
        return False
    code = str(side.get("code") or "")
    return bool(side.get("country")) or code[:3] in ("IGO", "IMG", "NGO")


def features(
    rule: float,
    source: Mapping[str, object] | None,
    target: Mapping[str, object] | None,
    modality: str,
    quad_class: int,
    in_sentence: int,
) -> dict[str, float]:
    """The features of one event (``source``/``target`` as in the contract's JSON)."""
    out = {f: 0.0 for f in FEATURES}
    out["bias"] = 1.0
    out["rule"] = rule
    out["source"] = float(source is not None)
    out["target"] = float(target is not None)
    out["source_country"] = float(_has_country(source))
    out["target_country"] = float(_has_country(target))
    if modality in MODALITIES:
        out[f"modality_{modality}"] = 1.0
    if quad_class in (1, 2, 3, 4):
        out[f"quad_{quad_class}"] = 1.0
    out["crowded"] = float(max(0, in_sentence - 1))
    return out


@dataclass(frozen=True)
class ConfidenceModel:
    version: str
    weights: Mapping[str, float]

    def __call__(self, feats: Mapping[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return round(max(0.01, min(0.99, p)), 2)


def parse_confidence_model(text: str, origin: str) -> ConfidenceModel:
    table = parse_table(text, origin, ("feature", "weight"))
    weights: dict[str, float] = {}
    for lineno, (name, value) in table.rows:
        if name not in FEATURES:
            raise DictionaryError(f"{origin}:{lineno}: unknown feature {name!r}")
        try:
            weights[name] = float(value)
        except ValueError:
            raise DictionaryError(f"{origin}:{lineno}: weight {value!r} is not a number") from None
    missing = set(FEATURES) - set(weights)
    if missing:
        raise DictionaryError(f"{origin}: no weight for {', '.join(sorted(missing))}")
    return ConfidenceModel(table.version, weights)


@functools.cache
def confidence_model() -> ConfidenceModel:
    res = resources.files("geowire") / "data" / "cameo" / "confidence.tsv"
    return parse_confidence_model(
        res.read_text(encoding="utf-8"), "geowire/data/cameo/confidence.tsv"
    )
