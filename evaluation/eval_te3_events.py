"""Evaluate geowire's events on a hand-coded gold of TempEval-3 wire news.

``--gold blind`` (the default) is ``evaluation/data/te3_events.jsonl``, the held-out set: its
number is the lead's, do not study its errors. ``--gold study`` is
``evaluation/data/wire_study.jsonl``, a second set of other articles coded the same way, whose
misses and false events may be read to find what to fix. ``--gold polnear`` is
``evaluation/data/polnear_events.jsonl``, a second blind set of another kind of political news
(10 PolNeAR dev articles of 2016 US politics, of the report half of ``eval_quotes.py``): do not
study its errors either.

The gold holds only annotations (see ``evaluation/data/README.md``); the article texts and
their publication dates (``dct``) are read from the TempEval-3 files in
``../shared/eval/time/`` (for ``--gold polnear``: from ``polnear_dev.jsonl`` in
``../shared/eval/quotes/``; its texts begin with the title, so no title is passed). Each
text runs through geowire (Config defaults, published = dct) and is scored with the
real-news gold's ``score.py``, the same report as ``eval_realnews.py``.

Run from the repository root::

    .venv/bin/python evaluation/eval_te3_events.py [--gold {blind,study,polnear}]
        [--texts ../shared/eval/time (../shared/eval/quotes for polnear)]
        [--scorer ../shared/eval/realnews/score.py]
        [--by-root] [-v] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from eval_realnews import ROOT, predict, score

DATA = Path(__file__).resolve().parent / "data"
GOLDS = {
    "blind": DATA / "te3_events.jsonl",
    "study": DATA / "wire_study.jsonl",
    "polnear": DATA / "polnear_events.jsonl",
}
GOLD = GOLDS["blind"]
# where each gold's article texts are, under the shared evaluation folder
TEXTS = {"blind": "time", "study": "time", "polnear": "quotes"}
# the report's heading
NAMES = {"blind": "te3", "study": "wire_study", "polnear": "polnear_events"}


def join_texts(annotations: list[dict[str, Any]], texts: Path) -> list[dict[str, Any]]:
    """Gold records in the real-news shape: each annotation with its article's text and dct,
    and each event's ``evidence`` cut from the text (checked against ``evidence_sha1``)."""
    articles: dict[tuple[str, str], dict[str, Any]] = {}
    for name in sorted({a["source"] for a in annotations}):
        for line in (texts / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                articles[(name, row["doc_id"])] = row
    gold = []
    for a in annotations:
        art = articles.get((a["source"], a["id"]))
        if art is None:
            raise ValueError(f"article {a['id']} is not in {texts / a['source']}")
        text = art["text"]
        events = []
        for e in a["events"]:
            start, end = e["span"]
            evidence = text[start:end]
            digest = hashlib.sha1(evidence.encode("utf-8")).hexdigest()[:12]
            if digest != e["evidence_sha1"]:
                raise ValueError(f"article {a['id']}: span {e['span']} is not the coded sentence")
            events.append({"evidence": evidence, **e})
        gold.append({"id": a["id"], "published": art["dct"], "text": text, "events": events})
    return gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--gold", choices=sorted(GOLDS), default="blind",
                    help="blind: te3_events.jsonl (held out, the default); "
                         "study: wire_study.jsonl (errors may be studied); "
                         "polnear: polnear_events.jsonl (held out, 2016 US political news)")
    ap.add_argument("--texts", default=None,
                    help="folder of the article texts (default ../shared/eval/time, "
                         "../shared/eval/quotes for --gold polnear)")
    ap.add_argument("--scorer",
                    default=str(ROOT.parent / "shared" / "eval" / "realnews" / "score.py"))
    ap.add_argument("--by-root", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--keep", help="write the joined gold and the predictions into this folder")
    args = ap.parse_args(argv)

    texts = Path(args.texts or ROOT.parent / "shared" / "eval" / TEXTS[args.gold])
    scorer = Path(args.scorer)
    for need in (texts, scorer):
        if not need.exists():
            print(f"eval_te3_events: {need} is missing (the shared evaluation folder)",
                  file=sys.stderr)
            return 2
    lines = GOLDS[args.gold].read_text(encoding="utf-8").splitlines()
    try:
        gold = join_texts([json.loads(line) for line in lines if line.strip()], texts)
    except (OSError, ValueError) as err:
        print(f"eval_te3_events: {err}", file=sys.stderr)
        return 2
    preds = predict(gold)
    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="geowire-te3-"))
    out.mkdir(parents=True, exist_ok=True)
    n = sum(len(g["events"]) for g in gold)
    name = NAMES[args.gold]
    print(f"== {name} events ({len(gold)} articles, {n} gold events)")
    return score(scorer, gold, preds, out, name, by_root=args.by_root, verbose=args.verbose)


if __name__ == "__main__":
    sys.exit(main())
