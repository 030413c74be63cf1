"""geowire's whole pipeline against bare spaCy ``nlp.pipe`` on the same generated corpus.

    .venv/bin/python benchmarks/bench_pipeline.py --docs 200 --workers 2 --repeat 3

The same as ``geowire bench``; prints words/s, articles/s, articles/hour, peak
memory per worker, the ratio to bare spaCy, and the scaling from 1 to N workers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geowire.cli.bench import render, run_benchmark  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default=None)
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    result = run_benchmark(
        docs=args.docs,
        workers=args.workers,
        repeat=args.repeat,
        model=args.model,
        batch_size=args.batch_size,
        seed=args.seed,
        report=lambda line: print(line, file=sys.stderr, flush=True),
    )
    print(render(result))


if __name__ == "__main__":
    main()
