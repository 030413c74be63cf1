"""Evaluate geowire's places on the gold geoparsing corpora (LGL, GeoVirus).

    .venv/bin/python evaluation/eval_places.py [--data ../shared/eval/geo] [--limit N]

Metrics per corpus: toponym precision, recall and F1 (a predicted place matches a gold
toponym when their spans overlap, one to one), accuracy within 161 km and the median
error over the matched toponyms that have gold coordinates; the time of the whole run
(spaCy included) and of the places step alone (ms/doc); and the gazetteer's build time,
load time and memory.
"""

from __future__ import annotations

import argparse
import json
import pickle
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geowire import Config, Document  # noqa: E402
from geowire.nlp import load_model  # noqa: E402
from geowire.places import PlaceResolver, haversine_km  # noqa: E402
from geowire.places import gazetteer as gz  # noqa: E402

CORPORA = ("geo_lgl.jsonl", "geo_geovirus.jsonl")


def gazetteer_numbers() -> dict[str, float]:
    """Build, load and memory of the compiled gazetteer (fresh, in a temp cache)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gaz.pickle"
        stats = gz.build_gazetteer(path)
        t = time.perf_counter()
        with path.open("rb") as f:
            data = pickle.load(f)
        load = time.perf_counter() - t
        del data
        tracemalloc.start()  # memory on a second load: tracing slows the loading down
        with path.open("rb") as f:
            data = pickle.load(f)
        current, _peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del data
    return {
        "build_s": stats.seconds,
        "load_s": load,
        "memory_mb": current / 1e6,
        "file_mb": stats.bytes / 1e6,
        "entries": stats.entries,
        "names": stats.names,
    }


def match(gold: list[dict[str, Any]], pred: list[Any]) -> list[tuple[dict[str, Any], Any]]:
    pairs = []
    used: set[int] = set()
    for g in gold:
        best = None
        for i, p in enumerate(pred):
            if i in used:
                continue
            if p.span[0] < g["char_end"] and g["char_start"] < p.span[1]:
                best = i
                break
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


def evaluate(path: Path, resolver: PlaceResolver, nlp: Any, limit: int | None) -> dict[str, Any]:
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    if limit:
        records = records[:limit]
    tp = n_gold = n_pred = 0
    errors: list[float] = []
    unresolved = 0
    places_seconds = 0.0
    t = time.perf_counter()
    texts = [r["text"] for r in records]
    for rec, parsed in zip(records, nlp.pipe(texts, batch_size=32), strict=True):
        doc = Document(text=rec["text"], parse=parsed)
        t_places = time.perf_counter()
        places = resolver.places(doc)
        places_seconds += time.perf_counter() - t_places
        gold = rec["toponyms"]
        n_gold += len(gold)
        n_pred += len(places)
        pairs = match(gold, places)
        tp += len(pairs)
        for g, p in pairs:
            if g.get("lat") is None or g.get("lon") is None:
                continue
            if p.lat is None or p.lon is None:
                unresolved += 1
                errors.append(20000.0)
                continue
            errors.append(haversine_km(g["lat"], g["lon"], p.lat, p.lon))
    seconds = time.perf_counter() - t
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    acc = sum(e <= 161 for e in errors) / len(errors) if errors else 0.0
    return {
        "docs": len(records),
        "gold": n_gold,
        "pred": n_pred,
        "P": precision,
        "R": recall,
        "F1": f1,
        "acc161": acc,
        "median_km": statistics.median(errors) if errors else float("nan"),
        "scored": len(errors),
        "seconds": seconds,
        "places_ms": 1000 * places_seconds / len(records) if records else 0.0,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "geo")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-gazetteer-stats", action="store_true")
    args = ap.parse_args()
    paths = [args.data / c for c in CORPORA if (args.data / c).exists()]
    if not paths:
        print(f"no evaluation data in {args.data}: nothing to evaluate")
        return 0
    if not args.no_gazetteer_stats:
        g = gazetteer_numbers()
        print(
            f"gazetteer: {g['entries']} entries, {g['names']} names; build {g['build_s']:.1f}s; "
            f"load {g['load_s']:.2f}s; memory {g['memory_mb']:.0f} MB; file {g['file_mb']:.0f} MB"
        )
    config = Config()
    nlp = load_model(config.model)
    resolver = PlaceResolver(config)
    print(
        f"{'corpus':<20}{'docs':>6}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'acc161':>8}{'med km':>8}{'sec':>7}{'ms/doc':>8}"
    )
    for path in paths:
        r = evaluate(path, resolver, nlp, args.limit)
        print(
            f"{path.stem:<20}{r['docs']:>6}{r['gold']:>6}{r['pred']:>6}{r['P']:>7.3f}"
            f"{r['R']:>7.3f}{r['F1']:>7.3f}{r['acc161']:>8.3f}{r['median_km']:>8.1f}"
            f"{r['seconds']:>7.1f}{r['places_ms']:>8.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
