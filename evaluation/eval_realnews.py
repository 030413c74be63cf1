"""Evaluate geowire on the real-news gold (``../shared/eval/realnews/``), in two fixed halves.

The development file is split by a hash of each article's id (sha1, even -> ``study``, odd ->
``report``): errors are studied on the ``study`` half only; the ``report`` half is the number
to quote, measured untouched since the last change. Both halves are scored with the gold's own
``score.py`` (events and quotes), and the whole file too.

Run from the repository root::

    .venv/bin/python evaluation/eval_realnews.py [--data ../shared/eval/realnews]
        [--half study|report|all] [--by-root] [-v] [--keep DIR] [--scope speech|attribution]
        [--set COMPONENT:KEY=JSON]...
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def half_of(doc_id: str) -> str:
    """The fixed half an article belongs to: ``study`` or ``report``."""
    digest = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16)
    return "study" if digest % 2 == 0 else "report"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "eval" / "realnews"))
    ap.add_argument("--half", choices=["study", "report", "all", "both"], default="both",
                    help="which half to score (both: study, report and all)")
    ap.add_argument("--by-root", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--keep", help="write the split gold and predictions into this folder")
    ap.add_argument("--scope", choices=["speech", "attribution"], default=None,
                    help="quotes scope (default: the component's default)")
    ap.add_argument("--set", action="append", default=[], metavar="COMPONENT:KEY=JSON",
                    help="a component setting, e.g. geowire.actors.context.v1:main_share=0.5")
    args = ap.parse_args(argv)

    data = Path(args.data)
    gold_path = data / "voa_dev.jsonl"
    if not gold_path.exists():
        print(f"eval_realnews: no gold file at {gold_path}", file=sys.stderr)
        return 2
    lines = gold_path.read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]

    preds = predict(gold, scope=args.scope, settings=args.set)
    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="geowire-realnews-"))
    out.mkdir(parents=True, exist_ok=True)
    halves = ["study", "report", "all"] if args.half == "both" else [args.half]
    status = 0
    for half in halves:
        chosen = [g for g in gold if half == "all" or half_of(g["id"]) == half]
        label = f"{half} half" if half != "all" else "all"
        print(f"== {label} ({len(chosen)} articles)")
        status |= score(data / "score.py", chosen, preds, out, half,
                        by_root=args.by_root, verbose=args.verbose)
    return status


def predict(
    gold: list[dict[str, Any]], *, scope: str | None = None, settings: Sequence[str] = ()
) -> dict[str, dict[str, Any]]:
    """Run geowire (Config defaults, plus ``COMPONENT:KEY=JSON`` settings) over gold articles
    (``id``, ``text``, ``published``, ``title``) and print the actor coverage; by article id."""
    from geowire import Config, Pipeline

    config = Config()
    if scope:
        config = config.with_settings("geowire.quotes.v1", scope=scope)
    for item in settings:
        comp, _, rest = item.partition(":")
        k, _, v = rest.partition("=")
        config = config.with_settings(comp, **{k: json.loads(v)})
    pipe = Pipeline(config)
    docs = pipe.pipe(
        pipe.make_document(
            g["text"], published=g.get("published"), id=g["id"], title=g.get("title")
        )
        for g in gold
    )
    preds = {d.id: d.to_dict() for d in docs}
    # actor coverage: the share of actor mentions whose actor ends with a country (or is an
    # international organisation or group, coded IGO/NGO/IMG)
    total = placed = 0
    for d in preds.values():
        for a in d["actors"]:
            n = len(a["mentions"])
            total += n
            code = a["code"] or ""
            if a["country"] or code[:3] in ("IGO", "NGO", "IMG"):
                placed += n
    if total:
        print(f"actor mentions with a country or IGO/NGO/IMG code: {placed}/{total} "
              f"({placed / total:.3f})")
    return preds


def score(
    scorer: Path,
    gold: list[dict[str, Any]],
    preds: dict[str, dict[str, Any]],
    out: Path,
    name: str,
    *,
    by_root: bool = False,
    verbose: bool = False,
) -> int:
    """Write ``gold.NAME.jsonl`` and ``pred.NAME.jsonl`` into ``out`` and score them with the
    gold's ``score.py`` (its report goes to stdout); the scorer's exit status."""
    gpath, ppath = out / f"gold.{name}.jsonl", out / f"pred.{name}.jsonl"
    gpath.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    rows = "".join(json.dumps(preds[g["id"]]) + "\n" for g in gold)
    ppath.write_text(rows, encoding="utf-8")
    cmd = [sys.executable, str(scorer), str(ppath), str(gpath)]
    if by_root:
        cmd.append("--by-root")
    if verbose:
        cmd.append("-v")
    sys.stdout.flush()
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
