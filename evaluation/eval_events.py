"""Evaluate the event coder on the gold event sets.

1. PETRARCH validation suite (``petrarch_unittest.dev.jsonl``), coded with the suite's own
   dictionaries (actors, agents, verbs, discards) and no built-in ones: micro P/R/F1 over
   (source, target, code) triples. A record's ``config`` options map to the coder's
   settings (``require_dyad``, PETRARCH's default true; ``new_actor_length``).
2. PLOVER gold standard records (``plover_gsr.dev.jsonl``), built-in dictionaries: PLOVER
   type accuracy of the document's best event, and source-country accuracy. Legacy labels
   map to PLOVER 2.0 types: DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, INVESTIGATE -> ACCUSE
   (PLOVER 2.0 folds investigations into ACCUSE), FIGHT -> ASSAULT. ``--half`` splits the
   records by a hash of the record id (sha1, even -> ``study``, odd -> ``report``, as
   eval_realnews.py splits articles): errors are studied on ``study`` only, ``report`` is the
   number that tells whether a change carries to records nobody read.

Run from the repository root::

    .venv/bin/python evaluation/eval_events.py [--data ../shared/eval/events] [--ner-actors]
        [--only petrarch|plover] [--show N] [--by-type] [--half study|report|both]

``--ner-actors`` adds provisional actors from spaCy entities (country names and demonyms
through pycountry) to PLOVER documents where the actors component found none: a way to
measure the coder alone, reported separately and never used by the library.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import logging
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import geowire  # noqa: E402
from geowire import Config, Pipeline  # noqa: E402
from geowire.config import DEFAULT_COMPONENTS  # noqa: E402
from geowire.document import Actor, Document  # noqa: E402

LEGACY = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
EVENTS = "geowire.events.v1"


def _bool(v: Any, default: bool) -> bool:
    if v is None:
        return default
    return str(v).strip().lower() in ("true", "1", "yes")


def _agent_codes(path: Path) -> frozenset[str]:
    """Codes an agent alone can have ("OFFICIAL [~GOV]"): PETRARCH prints such an actor
    with no country as "---GOV"."""
    return frozenset(re.findall(r"\[~(\w+)\]", path.read_text(encoding="utf-8", errors="replace")))


def _petr_code(ref: Any, agents: frozenset[str]) -> str:
    if ref is None or not ref.code:
        return "---"
    if ref.country is None and ref.code in agents:
        return "---" + ref.code
    return ref.code


def petrarch(data: Path, show: int) -> dict[str, float]:
    path = data / "petrarch_unittest.dev.jsonl"
    dicts = data / "petrarch_validation_dictionaries"
    agents = _agent_codes(dicts / "PETR.Validate.agents.txt")
    records = [json.loads(x) for x in path.open(encoding="utf-8")]
    pipes: dict[tuple[bool, int], Pipeline] = {}
    tp = fp = fn = 0
    wrong: list[str] = []
    for r in records:
        if r.get("expected_error"):
            continue  # records the coder must discard: no triples expected either way
        cfg = r.get("config") or {}
        dyad = _bool(cfg.get("require_dyad"), True)
        length = int(cfg.get("new_actor_length") or 0)
        key = (dyad, length)
        if key not in pipes:
            pipes[key] = Pipeline(
                Config(
                    actors=(dicts / "PETR.Validate.actors.txt",),
                    agents=(dicts / "PETR.Validate.agents.txt",),
                    verbs=(dicts / "PETR.Validate.verbs.txt",),
                    discards=(dicts / "PETR.Validate.discards.txt",),
                    builtin_dictionaries=False,
                    # PETRARCH's convention: an agent alone stays country-less ("---GOV"),
                    # so the article-country step is left out of this pipeline
                    components=tuple(
                        c for c in DEFAULT_COMPONENTS if c != "geowire.actors.context.v1"
                    ),
                    # the suite's dictionaries use PETRARCH test codes (345, 174K, 9xx)
                    # that CAMEO lacks: keep them, as PETRARCH does
                    settings={
                        EVENTS: {
                            "require_dyad": dyad,
                            "new_actor_length": length,
                            "allow_unknown_codes": True,
                        }
                    },
                )
            )
        date = r.get("date") or ""
        published = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None
        doc = pipes[key](r["text"], published=published)
        got = collections.Counter(
            (_petr_code(e.source, agents), _petr_code(e.target, agents), e.cameo)
            for e in doc.events
        )
        want = collections.Counter(tuple(x) for x in r.get("expected") or [])
        hit = sum((got & want).values())
        tp += hit
        fp += sum(got.values()) - hit
        fn += sum(want.values()) - hit
        if got != want and len(wrong) < show:
            wrong.append(f"  {r['id']}: want {sorted(want)} got {sorted(got)}")
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    if wrong:
        print("\n".join(wrong))
    return {"records": len(records), "tp": tp, "fp": fp, "fn": fn, "P": p, "R": rec, "F1": f1}


def _ner_actors(doc: Document) -> Document:
    """Provisional country actors from spaCy entities (evaluation only)."""
    import pycountry

    if doc.actors or doc.parse is None:
        return doc
    by_code: dict[str, list[tuple[int, int]]] = {}
    for ent in doc.parse.ents:
        if ent.label_ not in ("GPE", "NORP"):
            continue
        name = ent.text.removeprefix("the ").strip()
        code = None
        try:
            code = pycountry.countries.lookup(name).alpha_3
        except LookupError:
            for stem_len in (0, 1, 2, 3):
                stem = name[: len(name) - stem_len] if stem_len else name
                hits = [c for c in pycountry.countries if c.name.startswith(stem[:5])]
                if len(stem) >= 5 and len(hits) == 1:
                    code = hits[0].alpha_3
                    break
        if code:
            by_code.setdefault(code, []).append((ent.start_char, ent.end_char))
    actors = tuple(
        Actor(id=f"n{i}", name=c, code=c, country=c, kind="state", mentions=tuple(m))
        for i, (c, m) in enumerate(by_code.items())
    )
    return doc.replace(actors=actors)


def phoenix_reader(data: Path) -> str:
    """Read PETRARCH's real-world CAMEO verb dictionary: a test of the TABARI reader."""
    from geowire.dictionaries.verbs import read_verbs

    path = data / "phoenix_dictionaries" / "CAMEO.2.0.txt"
    if not path.exists():
        return "not found"
    skipped: list[str] = []

    class _Count(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            skipped.append(record.getMessage())

    handler = _Count()
    logger = logging.getLogger("geowire.dictionaries.verbs")
    logger.addHandler(handler)
    try:
        t0 = time.perf_counter()
        d = read_verbs(path)
        secs = time.perf_counter() - t0
    finally:
        logger.removeHandler(handler)
    return (
        f"{len(d.blocks)} blocks, {sum(len(b.verbs) for b in d.blocks)} verbs, "
        f"{sum(len(b.patterns) for b in d.blocks)} patterns, {len(d.synsets)} synsets, "
        f"{len(skipped)} lines skipped, {secs:.2f}s"
    )


def half_of(record_id: str) -> str:
    """The fixed half a PLOVER record belongs to: ``study`` or ``report``."""
    digest = int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16)
    return "study" if digest % 2 == 0 else "report"


def plover(
    data: Path,
    ner: bool,
    by_type: bool = False,
    settings: dict[str, Any] | None = None,
    half: str | None = None,
) -> dict[str, float]:
    path = data / "plover_gsr.dev.jsonl"
    records = [json.loads(x) for x in path.open(encoding="utf-8")]
    if half is not None:
        records = [r for r in records if half_of(r["id"]) == half]
    if ner:
        head = Pipeline(
            Config(
                components=(
                    "geowire.clean.v1",
                    "geowire.nlp.v1",
                    "geowire.actors.v1",
                    "geowire.times.v1",
                    "geowire.places.v1",
                    "geowire.actors.context.v1",
                    "geowire.quotes.v1",
                )
            )
        )
        coder = geowire.registry.get(EVENTS).factory(Config())
    else:
        pipe = Pipeline(Config(settings=settings or {}))
    typed = src_ok = coded = 0
    confusion: collections.Counter[tuple[str, str]] = collections.Counter()
    for r in records:
        published = (r.get("date") or None) and r["date"][:10]
        if ner:
            doc = coder(_ner_actors(head(r["text"], published=published)))
        else:
            doc = pipe(r["text"], published=published)
        gold = LEGACY.get(r["event"], r["event"])
        events = [e for e in doc.events if e.plover]
        if not events:
            confusion[(gold, "-")] += 1
            continue
        coded += 1
        best = max(events, key=lambda e: (e.confidence, -e.sentence))
        confusion[(gold, best.plover or "-")] += 1
        if best.plover == gold:
            typed += 1
        gold_src = {(s.get("code") or "")[:3] for s in r.get("source") or []}
        got_src = (best.source.country or (best.source.code or "")[:3]) if best.source else None
        if got_src and got_src in gold_src:
            src_ok += 1
    n = len(records)
    wrong = collections.Counter({k: v for k, v in confusion.items() if k[0] != k[1]})
    top = ", ".join(f"{g}->{p}:{c}" for (g, p), c in wrong.most_common(8))
    print(f"  most common confusions: {top}")
    if by_type:
        per: dict[str, list[int]] = {}
        for (g, p), c in confusion.items():
            row = per.setdefault(g, [0, 0])
            row[0] += c if g == p else 0
            row[1] += c
        print("  type        correct/records")
        for g, (ok, total) in sorted(per.items()):
            print(f"  {g:<11} {ok:>3}/{total:<3} {ok / total:.2f}")
    return {
        "records": n,
        "coded": coded,
        "type_acc": typed / n if n else 0.0,
        "type_acc_coded": typed / coded if coded else 0.0,
        "source_country_acc": src_ok / n if n else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT / ".." / "shared" / "eval" / "events")
    ap.add_argument("--show", type=int, default=0, help="print this many PETRARCH misses")
    ap.add_argument("--ner-actors", action="store_true", help="provisional actors (see above)")
    ap.add_argument("--only", choices=("petrarch", "plover"), default=None)
    ap.add_argument("--by-type", action="store_true", help="PLOVER accuracy per gold type")
    ap.add_argument("--half", choices=("study", "report", "both"), default=None,
                    help="PLOVER: score one half of the records by id hash (both: each in turn)")
    args = ap.parse_args(argv)
    if not (args.data / "plover_gsr.dev.jsonl").exists():
        print(f"evaluation data not found in {args.data}; nothing to do")
        return 0
    t0 = time.perf_counter()
    print("set            metric values")
    if args.only in (None, "petrarch"):
        m = petrarch(args.data, args.show)
        print(
            f"petrarch_dev   micro P {m['P']:.3f} R {m['R']:.3f} F1 {m['F1']:.3f} "
            f"(tp {m['tp']}, fp {m['fp']}, fn {m['fn']}; {m['records']} records)"
        )
    if args.only is None:
        print(f"phoenix_verbs  {phoenix_reader(args.data)}")
    if args.only in (None, "plover"):
        halves = {None: [None], "both": ["study", "report"]}.get(args.half, [args.half])
        for half in halves:
            m = plover(args.data, args.ner_actors, args.by_type, half=half)
            label = "plover_gsr+ner" if args.ner_actors else "plover_gsr"
            label += f" {half}" if half else ""
            print(
                f"{label:<14} type acc {m['type_acc']:.3f} (on coded {m['type_acc_coded']:.3f}, "
                f"{m['coded']}/{m['records']} coded), source-country acc "
                f"{m['source_country_acc']:.3f}"
            )
    print(f"({time.perf_counter() - t0:.1f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
