"""Ingest benchmark: a synthetic corpus into a fresh store, then the figures.

    python benchmarks/bench_ingest.py [--stories 900] [--components full|clean] [--keep DIR]

Generates the corpus of ``benchmarks/corpus.py`` (>= 1,000 articles with
labelled near-duplicates), ingests it through the pipeline into a new DuckDB
store, ingests it again (which must add nothing), and prints: articles, time,
store size, event reports and clustered events, and the near-duplicate
detection precision and recall over pairs of articles (same story vs same
predicted story), overall and per kind of variant.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate, write  # noqa: E402

from geowire import Config, Pipeline  # noqa: E402
from geowire.analysis import dyad_series  # noqa: E402
from geowire.store import Store, ingest  # noqa: E402


def _pairs(groups: dict[str, list[str]]) -> set[tuple[str, str]]:
    out = set()
    for ids in groups.values():
        for a, b in itertools.combinations(sorted(ids), 2):
            out.add((a, b))
    return out


def dedup_scores(store: Store, labels: list[dict]) -> dict[str, float]:
    story_of = {d["id"]: d["story_id"] for d in store.fetch("SELECT id, story_id FROM documents")}
    truth: dict[str, list[str]] = defaultdict(list)
    pred: dict[str, list[str]] = defaultdict(list)
    for lab in labels:
        truth[lab["story"]].append(lab["id"])
        pred[story_of[lab["id"]]].append(lab["id"])
    t, p = _pairs(truth), _pairs(pred)
    links = {
        tuple(sorted((r["doc_id"], r["other_id"])))
        for r in store.fetch("SELECT doc_id, other_id FROM doc_links")
    }
    scores = {
        "true pairs": len(t),
        "predicted pairs": len(p),
        "pair precision": len(p & t) / len(p) if p else 1.0,
        "pair recall": len(p & t) / len(t) if t else 1.0,
        "link precision": len(links & t) / len(links) if links else 1.0,
        "link recall": len(links & t) / len(t) if t else 1.0,
    }
    original = {lab["story"]: lab["id"] for lab in labels if lab["variant"] == "original"}
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for lab in labels:
        if lab["variant"] in ("original", "followup", "rewrite"):
            continue
        by_kind[lab["variant"]].append(story_of[lab["id"]] == story_of[original[lab["story"]]])
    for kind, hits in sorted(by_kind.items()):
        scores[f"recall {kind} (n={len(hits)})"] = sum(hits) / len(hits)
    for kind in ("followup", "rewrite"):
        other = [lab for lab in labels if lab["variant"] == kind]
        wrong = sum(
            story_of[lab["id"]] == story_of.get(original.get(lab["story"][:-1], ""), "")
            for lab in other
        )
        scores[f"{kind}s taken for near-duplicates (n={len(other)})"] = wrong
    return scores


def cluster_scores(store: Store, labels: list[dict]) -> dict[str, float]:
    """How reports of one story's events end up in one cluster.

    For each event report (with both actors) in a near-duplicate variant or a
    rewrite whose original has a report with the same cluster key, is it in the
    original's cluster (recall)? And how many follow-up reports (a new article
    days later, same actors and kind of event) joined one of the original's
    clusters (false merges)?
    """
    rows = store.fetch("SELECT doc_id, ckey, cluster_id FROM events")
    by_doc: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows:
        by_doc[r["doc_id"]][r["ckey"]].add(r["cluster_id"])
    original = {lab["story"]: lab["id"] for lab in labels if lab["variant"] == "original"}
    hits: dict[str, list[bool]] = defaultdict(list)
    for lab in labels:
        if lab["variant"] == "original":
            continue
        kind = lab["variant"] if lab["variant"] in ("followup", "rewrite") else "variant"
        story = lab["story"][:-1] if kind != "variant" else lab["story"]
        base = by_doc.get(original.get(story, ""), {})
        for ckey, clusters in by_doc.get(lab["id"], {}).items():
            source, target, _ = ckey.split("\x1f")
            if ckey in base and source and target:  # one-sided reports stay in their story
                hits[kind].append(bool(clusters & base[ckey]))
    names = {
        "variant": "near-duplicate reports in the original's cluster",
        "rewrite": "rewrite reports (same event) in the original's cluster",
        "followup": "follow-up reports (new event) merged into it",
    }
    return {
        f"{names[k]} (n={len(hits[k])})": (sum(hits[k]) / len(hits[k]) if hits[k] else 0.0)
        for k in names
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stories", type=int, default=900)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--components", choices=("full", "clean"), default="full")
    ap.add_argument("--keep", type=Path, help="keep the corpus and store in this folder")
    ap.add_argument("--window", type=int, default=1, help="event cluster window in days")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory()
    folder = args.keep or Path(tmp.name)
    articles = generate(args.stories, args.seed)
    corpus, labels_path = write(folder, articles)
    labels = [json.loads(line) for line in labels_path.read_text().splitlines()]
    db = folder / "bench.duckdb"
    for p in (db, db.with_name(db.name + ".wal")):
        p.unlink(missing_ok=True)

    cfg = Config() if args.components == "full" else Config(components=("geowire.clean.v1",))
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    pipe = Pipeline(cfg)
    load = time.perf_counter() - t0
    with Store(db, cluster_window=args.window) as store:
        first = ingest(store, [corpus], pipeline=pipe)
        cpu = time.process_time() - cpu0
        second = ingest(store, [corpus], pipeline=pipe)
        stats = store.stats()
        problems = store.check()
        scores = dedup_scores(store, labels)
        scores.update(cluster_scores(store, labels))
        t = time.perf_counter()
        store.events(actor="IRN", since="2007-06-01", limit=1000)
        dyad_series(store, "IRQ", "IRN", by="week")
        query_ms = (time.perf_counter() - t) * 1000
    size = db.stat().st_size
    words = sum(len(a.text.split()) for a in articles)

    rows = [
        ("components", args.components),
        ("cluster window days", args.window),
        ("articles in corpus", len(articles)),
        ("words in corpus", words),
        ("pipeline load s", f"{load:.2f}"),
        ("first ingest: added", first.added),
        ("first ingest s", f"{first.seconds:.2f}"),
        ("articles per s", f"{first.added / first.seconds:.1f}"),
        ("first ingest CPU s (load included)", f"{cpu:.2f}"),
        ("near-duplicates linked", first.near_duplicates),
        ("re-ingest: added / skipped", f"{second.added} / {second.skipped}"),
        ("re-ingest s", f"{second.seconds:.2f}"),
        ("store size MB", f"{size / 1e6:.2f}"),
        ("documents", stats["documents"]),
        ("stories", stats["stories"]),
        ("event reports", stats["events"]),
        ("clustered events", stats["event_clusters"]),
        (
            "actors / quotes / times / places",
            "{actors} / {quotes} / {times} / {places}".format(**stats),
        ),
        ("consistency problems", len(problems)),
        ("events + dyad query ms", f"{query_ms:.1f}"),
    ]
    for k, v in scores.items():
        rows.append((k, f"{v:.4f}" if isinstance(v, float) else v))
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
