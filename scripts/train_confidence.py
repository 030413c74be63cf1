"""Fit the event confidence model (geowire/data/cameo/confidence.tsv) on real news.

Runs the pipeline with ``calibrate = false`` (the raw rule score) and labels predicted
events from two sources:

- the STUDY half of the real-news development gold (evaluation/eval_realnews.py's split):
  an event is right when the gold records an event of the same CAMEO root in its sentence
  (the scorer's event level, one-to-one);
- the precision audits in ``evaluation/data/precision_audit.jsonl``: geowire's events on
  unlabelled news (PolNeAR, TimeBank/AQUAINT, GeoVirus and LGL articles never tuned on) judged
  one by one by a coder. The rules
  were developed on the study half, so its events are right far more often than on unseen
  news; the audits carry the unseen-news rate into the fit. An audited event that the
  current coder no longer produces is left out.

It fits an L2-regularised logistic regression over
:func:`geowire.events.confidence.features`, with a second intercept for the study half's
rows that is dropped after the fit (the study half's events are right more often than unseen
news's because the rules were written on it; the confidence written describes unseen news),
and prints the reliability table (confidence band -> share right) on the REPORT half (held
out), plus a check that fits without the audit sample appended last (the file's last row's)
and scores it.

    .venv/bin/python scripts/train_confidence.py [--data ../shared/eval/realnews]
        [--texts ../shared/eval/quotes/polnear_train.jsonl] [--eval-dir ../shared/eval]
        [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from eval_realnews import half_of  # noqa: E402

from geowire import Config, Pipeline  # noqa: E402
from geowire.events.confidence import FEATURES, features  # noqa: E402

OUT = ROOT / "geowire" / "data" / "cameo" / "confidence.tsv"
AUDIT = ROOT / "evaluation" / "data" / "precision_audit.jsonl"
SHARED = ROOT.parent / "shared" / "eval"
#: audited corpora other than PolNeAR: the texts file of each, under SHARED
CORPORA = {
    "te3_timebank": "time/te3_timebank.jsonl",
    "te3_aquaint": "time/te3_aquaint.jsonl",
    "geovirus": "geo/geo_geovirus.jsonl",
    "lgl": "geo/geo_lgl.jsonl",
}


def _same_sentence(a: list[int], b: list[int]) -> bool:
    ov = min(a[1], b[1]) - max(a[0], b[0])
    return ov > 0 and ov >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def _pipeline() -> Pipeline:
    return Pipeline(Config(settings={"geowire.events.v1": {"calibrate": False}}))


def _events(doc: Any) -> list[tuple[dict[str, Any], dict[str, float]]]:
    """Every predicted event of ``doc`` (root 01 left out) as (contract dict, features)."""
    preds = [e.to_dict() for e in doc.events if e.root != "01"]
    counts: dict[int, int] = {}
    for e in preds:
        counts[e["sentence"]] = counts.get(e["sentence"], 0) + 1
    return [
        (
            e,
            features(
                e["confidence"],
                e["source"],
                e["target"],
                e["modality"],
                e["quad_class"],
                counts[e["sentence"]],
            ),
        )
        for e in preds
    ]


def labelled(gold: list[dict[str, Any]]) -> list[tuple[str, dict[str, float], int]]:
    """(half, features, right) for every predicted event (root 01 left out)."""
    pipe = _pipeline()
    docs = pipe.pipe(
        pipe.make_document(g["text"], published=g.get("published"), id=g["id"]) for g in gold
    )
    by_id = {g["id"]: g for g in gold}
    rows = []
    for doc in docs:
        g = by_id[doc.id]
        golds = [e for e in g["events"] if not e["cameo"].startswith("01")]
        used: set[int] = set()
        for e, f in _events(doc):
            right = 0
            for k, q in enumerate(golds):
                if (
                    k not in used
                    and q["cameo"][:2] == e["root"]
                    and _same_sentence(e["span"], q["span"])
                ):
                    used.add(k)
                    right = 1
                    break
            rows.append((half_of(doc.id), f, right))
    return rows


def audited(
    audit: list[dict[str, Any]], texts: dict[str, Path]
) -> list[tuple[str, dict[str, float], int]]:
    """(sample, features, right) for the audited events the coder still produces.

    ``texts`` maps an audit row's ``corpus`` (``polnear`` when the row names none) to the
    JSON-lines file holding its articles (fields ``doc_id``, ``text``, ``dct``)."""
    wanted = {(a.get("corpus", "polnear"), a["doc_id"]) for a in audit}
    articles = []
    for corpus in sorted({c for c, _d in wanted}):
        if corpus not in texts:
            raise SystemExit(f"audit corpus {corpus!r} has no texts file (known: {sorted(texts)})")
        for line in texts[corpus].read_text(encoding="utf-8").split("\n"):
            if line.strip():
                r = json.loads(line)
                if (corpus, r["doc_id"]) in wanted:
                    articles.append((corpus, r))
    pipe = _pipeline()
    docs = pipe.pipe(
        pipe.make_document(r["text"], published=r.get("dct"), id=f"{c}/{r['doc_id']}")
        for c, r in articles
    )
    events = {doc.id: _events(doc) for doc in docs}
    rows = []
    for a in audit:
        used: set[int] = set()
        key = f"{a.get('corpus', 'polnear')}/{a['doc_id']}"
        for k, (e, f) in enumerate(events.get(key, [])):
            if k not in used and e["cameo"] == a["cameo"] and _same_sentence(e["span"], a["span"]):
                used.add(k)
                rows.append((a["sample"], f, int(a["right"])))
                break
    return rows


def fit(
    x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000, free: int = 1
) -> np.ndarray:
    """L2-regularised logistic regression; the first ``free`` columns (the bias, and the
    study-half offset when it is given) are not shrunk."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        shrink = np.r_[np.zeros(free), w[free:]]
        grad = x.T @ (p - y) / len(y) + l2 * shrink / len(y)
        w -= 0.5 * grad
    return w


def fit_offset(x: np.ndarray, y: np.ndarray, developed: np.ndarray) -> np.ndarray:
    """Weights fitted with a second intercept for the rows of the study half, then dropped.

    The rules were developed on the study half, so its events are right more often than
    on unseen news; the audits sample unseen news. The offset takes up that difference, so
    the weights left describe unseen news (the bias is the audits' base rate), while the
    study half still teaches how the features rank events."""
    xo = np.c_[x[:, :1], developed.astype(float), x[:, 1:]]
    w = fit(xo, y, free=2)
    return np.r_[w[:1], w[2:]]


def reliability(p: np.ndarray, y: np.ndarray) -> list[str]:
    lines = []
    for lo in np.arange(0.0, 1.0, 0.1):
        m = (p >= lo) & (p < lo + 0.1 if lo < 0.9 else p <= 1.0)
        if m.sum():
            lines.append(
                f"  {lo:.1f}-{lo + 0.1:.1f}  n={int(m.sum()):4d}  "
                f"mean confidence {p[m].mean():.2f}  share right {y[m].mean():.2f}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "realnews"))
    ap.add_argument(
        "--texts",
        default=str(SHARED / "quotes" / "polnear_train.jsonl"),
        help="the PolNeAR articles of the audits that name no corpus",
    )
    ap.add_argument(
        "--eval-dir",
        default=str(SHARED),
        help="the folder of the other audited corpora's texts (" + ", ".join(CORPORA) + ")",
    )
    ap.add_argument("--write", action="store_true", help=f"write the weights to {OUT}")
    args = ap.parse_args(argv)
    path = Path(args.data) / "voa_dev.jsonl"
    gold = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    audit = [
        json.loads(line) for line in AUDIT.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    texts = {"polnear": Path(args.texts)}
    texts.update({c: Path(args.eval_dir) / rel for c, rel in CORPORA.items()})
    rows = labelled(gold) + audited(audit, texts)
    x = np.array([[f[k] for k in FEATURES] for _h, f, _y in rows])
    y = np.array([r for _h, _f, r in rows], dtype=float)
    kind = np.array([h for h, _f, _y in rows])
    train = kind != "report"
    last = audit[-1]["sample"]  # the sample appended last to the audit file
    developed = kind == "study"
    held = train & (kind != last)
    check = fit_offset(x[held], y[held], developed[held])
    w = fit_offset(x[train], y[train], developed[train])
    for name, weights, mask in (
        ("fitted on (study half + audits)", w, train),
        (f"{last} (held out of a fit without it)", check, kind == last),
        ("report half (held out)", w, kind == "report"),
    ):
        p = 1 / (1 + np.exp(-(x[mask] @ weights)))
        brier = float(np.mean((p - y[mask]) ** 2))
        raw = x[mask][:, FEATURES.index("rule")]
        print(
            f"{name}: {int(mask.sum())} events, share right {y[mask].mean():.3f}, "
            f"Brier {brier:.3f} (raw rule score {float(np.mean((raw - y[mask]) ** 2)):.3f})"
        )
        print("\n".join(reliability(p, y[mask])))
    if args.write:
        import re

        old = re.search(r"version (\d+)", OUT.read_text(encoding="utf-8")) if OUT.exists() else None
        version = int(old.group(1)) + 1 if old else 1
        lines = [
            f"# geowire event confidence model, version {version}",
            "# Logistic regression over geowire.events.confidence.features, fitted by",
            "# scripts/train_confidence.py on the study half of the real-news development gold",
            "# (right = the gold has an event of the same CAMEO root in the sentence) and the",
            "# precision audits of evaluation/data/precision_audit.jsonl (events on unseen news",
            f"# judged one by one): {int(train.sum())} predicted events, the study half's with an",
            "# intercept of its own that is not kept (its events are right more often than unseen",
            "# news's: the rules were written on it). Source: the project's own",
            "# annotation of VOA, PolNeAR, TimeBank/AQUAINT, GeoVirus and LGL articles.",
            "feature\tweight",
            *(f"{k}\t{v:.4f}" for k, v in zip(FEATURES, w, strict=True)),
        ]
        OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
