"""Evaluate the actors component on the shared evaluation data.

    .venv/bin/python evaluation/eval_actors.py [--data ../shared/eval] [--seed FILE]

Prints:
1. the Phoenix (real-world TABARI) dictionaries: entries, read time, lexicon build time,
   memory;
2. PLOVER gold standard records (``events/plover_gsr.dev.jsonl``): how often the gold
   source actor's country (or IGO) is found - at the gold actor's words (strict) and
   anywhere in the record (lenient);
3. the PETRARCH validation sentences coded with the validation dictionaries only
   (``--no-builtin``): how many expected source/target codes are among the actors;
4. the seed article: the five officials, their countries, and "he" in the quotes.

Exits 0 with a message when the data is missing.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geowire import Config, Pipeline  # noqa: E402
from geowire.actors import actor_at, lexicon_for  # noqa: E402
from geowire.dictionaries import (  # noqa: E402
    parse_actors,
    read_actors,
    read_agents,
    read_discards,
)

COMPONENTS = ("geowire.clean.v1", "geowire.nlp.v1", "geowire.actors.v1")


def _rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def phoenix_config(events: Path) -> Config:
    d = events / "phoenix_dictionaries"
    return Config(
        components=COMPONENTS,
        actors=tuple(sorted(d.glob("Phoenix.*actors.txt"))),
        agents=(d / "Phoenix.agents.txt",),
        discards=(d / "Phoenix.discards.txt",),
    )


def phoenix(events: Path) -> None:
    cfg = phoenix_config(events)
    files = {"actors": cfg.actors, "agents": cfg.agents, "discards": cfg.discards}
    readers = {"actors": read_actors, "agents": read_agents, "discards": read_discards}
    print("\n1. Phoenix dictionaries")
    print(f"   {'file':36} {'entries':>8} {'phrases':>8} {'read s':>7}")
    rss0 = _rss_mb()
    total = 0.0
    for kind, paths in files.items():
        for p in paths:
            t = time.perf_counter()
            entries = readers[kind](p)
            dt = time.perf_counter() - t
            total += dt
            phrases = sum(len(getattr(e, "phrases", ())) or 1 for e in entries)
            print(f"   {p.name:36} {len(entries):8d} {phrases:8d} {dt:7.2f}")
    t = time.perf_counter()
    lex = lexicon_for(cfg)
    build = time.perf_counter() - t
    rss1 = _rss_mb()
    print(
        f"   read all files: {total:.2f}s; lexicon with built-in data: {len(lex)} phrases, "
        f"compiled in {build:.2f}s"
    )
    print(f"   memory (RSS) for the entries and the lexicon: +{rss1 - rss0:.0f} MB")
    tracemalloc.start()
    parse_actors(cfg.actors[0].read_text(encoding="utf-8"), str(cfg.actors[0]))
    _cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"   Python allocations while parsing {cfg.actors[0].name}: peak {peak / 1e6:.0f} MB")


def gsr(events: Path, pipe: Pipeline, label: str = "built-in data") -> None:
    path = events / "plover_gsr.dev.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    strict = lenient = total = 0
    misses: list[str] = []
    for r in records:
        doc = pipe(r["text"], published=r.get("date"))
        for src in r.get("source") or []:
            gold = (src.get("code") or "").upper()
            if not gold:
                continue
            total += 1
            want = "IGO" if gold.startswith("IGO") else gold[:3]

            def ok(a: object, want: str = want) -> bool:
                code = (getattr(a, "code", None) or "").upper()
                country = getattr(a, "country", None) or ""
                return (
                    country == want
                    or code.startswith(want)
                    or (want == "IGO" and code.startswith(("IGO", "NGO")))
                )

            words = " ".join((src.get("actorText") or "").split("...")[0].split())
            start = doc.text.find(words) if words else -1
            hit = False
            if start >= 0:
                end = start + len(words)
                a = actor_at(doc, start, end)
                hit = a is not None and ok(a)
            any_hit = hit or any(ok(a) for a in doc.actors)
            strict += hit
            lenient += any_hit
            if not any_hit and len(misses) < 8:
                misses.append(f"{src.get('actorText')!r} {gold}: {r['text'][:90]!r}")
    print(f"\n2. PLOVER GSR dev, {label} ({len(records)} records, {total} gold source actors)")
    print(
        f"   source country found at the gold actor's words: {strict}/{total} "
        f"= {strict / max(total, 1):.1%}"
    )
    print(
        f"   source country among the record's actors:        {lenient}/{total} "
        f"= {lenient / max(total, 1):.1%}"
    )
    for m in misses:
        print("   miss:", m)


def validation(events: Path) -> None:
    d = events / "petrarch_validation_dictionaries"
    cfg = Config(
        components=COMPONENTS,
        actors=(d / "PETR.Validate.actors.txt",),
        agents=(d / "PETR.Validate.agents.txt",),
        discards=(d / "PETR.Validate.discards.txt",),
        builtin_dictionaries=False,
    )
    pipe = Pipeline(cfg)
    path = events / "petrarch_unittest.dev.jsonl"
    found = total = 0
    misses = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        date = r.get("date") or ""
        pub = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None
        doc = pipe(r["text"], published=pub)
        codes = {a.code for a in doc.actors if a.code}
        for triple in r.get("expected") or []:
            for code in triple[:2]:
                if not code or "-" in code or '"' in code or "#" in code:
                    continue
                total += 1
                if code in codes:
                    found += 1
                elif len(misses) < 12:
                    misses.append(f"{r['id']}: {code} not in {sorted(codes)}")
    print("\n3. PETRARCH validation dev, validation dictionaries only")
    print(
        f"   expected source/target codes among the actors: {found}/{total} "
        f"= {found / max(total, 1):.1%}"
    )
    for m in misses:
        print("   miss:", m)


_PRONOUNS = {"he", "she", "they", "him", "her", "them"}


def speakers(data: Path, limit: int) -> None:
    """Speakers of attributed quotes in PolNeAR dev: are they actors we found?"""
    path = data / "quotes" / "polnear_dev.jsonl"
    if not path.is_file():
        return
    pipe = Pipeline(Config(components=("geowire.nlp.v1", "geowire.actors.v1")))
    named = named_hit = pron = pron_hit = 0
    lines = path.read_text(encoding="utf-8").splitlines()[:limit]
    for line in lines:
        r = json.loads(line)
        doc = pipe(r["text"], published=r.get("dct"))
        for q in r.get("quotes") or []:
            span = q.get("speaker_char_span")
            if not span:
                continue
            start, end = span
            a = actor_at(doc, start, end)
            if (q.get("speaker_text") or "").strip().lower() in _PRONOUNS:
                pron += 1
                if a is not None and (start, end) in a.mentions:
                    pron_hit += 1
            else:
                named += 1
                named_hit += a is not None
    print(f"\n5. PolNeAR dev, first {len(lines)} articles: quote speakers among the actors")
    print(
        f"   named speakers covered by an actor mention: {named_hit}/{named} "
        f"= {named_hit / max(named, 1):.1%}"
    )
    print(
        f"   pronoun speakers linked to an actor:         {pron_hit}/{pron} "
        f"= {pron_hit / max(pron, 1):.1%}"
    )


def seed(path: Path, pipe: Pipeline) -> None:
    text = path.read_text(encoding="utf-8")
    doc = pipe(text, published="2007-12-10")
    want = {
        "Mouaffak al-Rubaie": "IRQ",
        "Tariq al-Hashimi": "IRQ",
        "Robert Gates": "USA",
        "Mahmoud Ahmadinejad": "IRN",
        "Hoshyar Zebari": "IRQ",
    }
    print("\n4. Seed article")
    right = 0
    for name, country in want.items():
        a = next((a for a in doc.actors if a.name == name), None)
        got = (a.code, a.country) if a else None
        right += bool(a and a.country == country)
        print(f"   {name:22} -> {got}")
    print(f"   officials with the right country: {right}/5")
    for name in ("Tariq al-Hashimi", "Mouaffak al-Rubaie"):
        a = next((a for a in doc.actors if a.name == name), None)
        hes = [m for m in (a.mentions if a else ()) if doc.text[m[0] : m[1]].lower() == "he"]
        print(f"   'he' linked to {name}: {len(hes)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--seed", default=None)
    ap.add_argument("--articles", type=int, default=30, help="PolNeAR articles to read")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)
    data = Path(args.data)
    events = data / "events"
    if not events.is_dir():
        print(f"evaluation data not found at {events}; nothing to evaluate")
        return 0
    seed_path = Path(args.seed) if args.seed else data.parent / "seed" / "000_1975ea4bd39c6722.txt"
    pipe = Pipeline(Config(components=COMPONENTS))
    phoenix(events)
    gsr(events, pipe)
    gsr(events, Pipeline(phoenix_config(events)), "built-in data + Phoenix dictionaries")
    validation(events)
    if seed_path.is_file():
        seed(seed_path, pipe)
    speakers(data, args.articles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
