"""Schemathesis over geowire's HTTP API: every operation of the OpenAPI spec, no 5xx.

Builds a fixture store of hand-built documents, creates the app in process
(read-only; and writable behind a token) and runs Hypothesis-generated requests
(positive and negative) against every operation of ``/api/openapi.json``. Prints
a table of requests and status classes per operation; exits 1 on any server error.
With ``--extract`` the extract endpoint runs the real pipeline (loads the model).

    .venv/bin/python evaluation/run_schemathesis.py [--examples 100] [--extract]
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

TOKEN = "schemathesis-token"


def main() -> int:
    try:
        import schemathesis
        from hypothesis import HealthCheck, given, settings
        from hypothesis.errors import Unsatisfiable
    except ImportError:
        print("schemathesis is not installed: .venv/bin/pip install schemathesis")
        return 0
    from reliabilityfactory import fill_store

    from geowire.api import create_app

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=100, help="examples per operation")
    ap.add_argument("--extract", action="store_true", help="run the real extractor too")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="geowire-schemathesis-"))
    apps = {
        "read-only": create_app(fill_store(tmp / "ro.duckdb"), allow_extract=args.extract),
        "writable": create_app(
            fill_store(tmp / "rw.duckdb"),
            allow_extract=args.extract,
            allow_write=True,
            token=TOKEN,
            max_text=5000,
        ),
    }
    statuses: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(
        collections.Counter
    )
    failures: list[str] = []
    t0 = time.perf_counter()
    modes = [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]

    def make_run(op, mode: str, gen):
        @given(case=op.as_strategy(generation_mode=gen))
        @settings(
            max_examples=args.examples,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case) -> None:
            if mode == "writable":
                case.headers = {**(case.headers or {}), "Authorization": f"Bearer {TOKEN}"}
            response = case.call()
            code = response.status_code
            statuses[(mode, op.label)][f"{code // 100}xx"] += 1
            if code >= 500:
                failures.append(
                    f"{mode} {op.label} query={case.query} body={case.body!r:.120}: "
                    f"{code} {response.text[:200]}"
                )

        return run

    for mode, app in apps.items():
        schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
        for result in schema.get_all_operations():
            op = result.ok()
            for gen in modes:
                run = make_run(op, mode, gen)
                try:
                    run()
                except Unsatisfiable:  # no parameters to break (negative mode)
                    pass
                except Exception as exc:  # noqa: BLE001 - report and go on
                    failures.append(f"{mode} {op.label}: {type(exc).__name__}: {exc}"[:300])
    seconds = time.perf_counter() - t0
    total: collections.Counter[str] = collections.Counter()
    print(f"{'app':10} {'operation':30} {'requests':>8} {'2xx':>6} {'4xx':>6} {'5xx':>5}")
    for (mode, label), counts in sorted(statuses.items()):
        total.update(counts)
        n = sum(counts.values())
        print(
            f"{mode:10} {label:30} {n:8d} {counts['2xx']:6d} {counts['4xx']:6d} {counts['5xx']:5d}"
        )
    n = sum(total.values())
    print(
        f"{'total':41} {n:8d} {total['2xx']:6d} {total['4xx']:6d} {total['5xx']:5d} "
        f"in {seconds:.1f}s"
    )
    for line in failures[:20]:
        print("FAIL", line)
    return 1 if failures or total["5xx"] else 0


if __name__ == "__main__":
    sys.exit(main())
