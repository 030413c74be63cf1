"""Agreement of two hand codings of the same articles' events, with the real-news scorer.

The first coder's gold is scored as the gold and the second coder's coding as predictions,
restricted to the articles the second coder coded. Both files are in the layout of
``evaluation/data/te3_events.jsonl`` (annotations only; texts read from the shared folder).
Geowire is not run.

Run from the repository root::

    python evaluation/agree_events.py evaluation/data/polnear_events.jsonl
        evaluation/data/polnear_events_second.jsonl [--texts ../shared/eval/quotes]
        [--scorer ../shared/eval/realnews/score.py] [--by-root] [-v]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from eval_te3_events import join_texts

ROOT = Path(__file__).resolve().parents[1]


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("gold", help="the first coder's file (scored as gold)")
    ap.add_argument("second", help="the second coder's file (scored as predictions)")
    ap.add_argument("--texts", default=str(ROOT.parent / "shared" / "eval" / "quotes"))
    ap.add_argument("--scorer",
                    default=str(ROOT.parent / "shared" / "eval" / "realnews" / "score.py"))
    ap.add_argument("--by-root", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)

    texts = Path(args.texts)
    second = join_texts(read(Path(args.second)), texts)
    ids = {a["id"] for a in second}
    gold = join_texts([a for a in read(Path(args.gold)) if a["id"] in ids], texts)
    if {a["id"] for a in gold} != ids:
        print("agree_events: an article of the second coding is not in the gold", file=sys.stderr)
        return 2
    out = Path(tempfile.mkdtemp(prefix="geowire-agree-"))
    gpath, ppath = out / "gold.jsonl", out / "second.jsonl"
    gpath.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    ppath.write_text("".join(json.dumps(p) + "\n" for p in second), encoding="utf-8")
    print(f"== agreement ({len(gold)} articles, {sum(len(g['events']) for g in gold)} gold events,"
          f" {sum(len(p['events']) for p in second)} second-coder events)")
    cmd = [sys.executable, args.scorer, str(ppath), str(gpath)]
    if args.by_root:
        cmd.append("--by-root")
    if args.verbose:
        cmd.append("-v")
    sys.stdout.flush()
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
