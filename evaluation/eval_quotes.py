"""Evaluate geowire quotes on PolNeAR (attribution relations in political news).

Run: .venv/bin/python evaluation/eval_quotes.py [--data ../shared/eval/quotes/polnear_dev.jsonl]
    [--scope attribution|speech] [--half study|report|all]

``--half`` splits the articles as eval_realnews.py does (sha1 of the doc id, even ->
``study``, odd -> ``report``): errors are studied on ``study``, ``report`` stays unread.

PolNeAR counts beliefs, perceptions and stances as attributions: the default scope here
is ``attribution`` (the pipeline's default is ``speech``).

Metrics (each gold attribution and each predicted quote is matched at most once):

* content overlap: a predicted quote matches a gold attribution when the
  characters they share cover at least 50% of the LONGER of the two (gold
  characters = the hull char_start..char_end of its content, as a geowire
  Quote's span is one hull too; ``--gold union`` uses the union of the
  discontinuous content spans instead; predicted = the quote's span).
  Pairs are matched greedily by overlap, one-to-one, over all attributions.
  "direct": precision over predicted quotes of kind direct (matched to any
  gold attribution), recall over gold attributions of quote_type direct
  (matched by any prediction); speaker accuracy over pairs involving either.
* partial quotes nested inside another predicted quote are one attribution
  with it (PolNeAR's "mixed" type), so they are not counted on their own;
  partial quotes without a speaker (scare quotes, titles) are not
  attributions and are not counted either.
* speaker accuracy over matched pairs whose gold has a speaker: correct when
  the predicted speaker span overlaps the gold speaker span, or when the
  predicted speaker's resolved name and the gold speaker text name the same
  entity (one contains the other's last word, case-insensitive, for names of
  capitalised words), or when gold names a relative pronoun ("who") and the
  predicted speaker is the noun phrase it stands for, ending right before it.
  A predicted None against a gold speaker is wrong.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT.parent / "shared" / "eval" / "quotes" / "polnear_dev.jsonl"
RELATIVES = frozenset({"who", "which", "that"})
COMPONENTS = ("geowire.nlp.v1", "geowire.actors.v1", "geowire.quotes.v1")


def build_pipeline(scope: str = "attribution") -> Any:
    """nlp -> actors -> quotes, run per document; a failing actors step is counted, not fatal.

    (The actors component is developed in parallel; when it raises on a document,
    quotes still run on that document without actors, and the count is printed.)
    """
    from geowire import Config
    from geowire.nlp.backbone import NLP
    from geowire.quotes import QuoteExtractor

    config = Config(components=COMPONENTS, settings={"geowire.quotes.v1": {"scope": scope}})
    nlp, quotes = NLP(config), QuoteExtractor(config)
    try:
        from geowire.actors import ActorResolver

        actors: Any = ActorResolver(config)
    except Exception as exc:  # noqa: BLE001
        print(f"(actors unavailable: {exc})")
        actors = None

    class Chain:
        failures = 0
        quote_seconds = 0.0

        def pipe(self, docs: Any) -> Any:
            for d in nlp.pipe(docs):
                if actors is not None:
                    try:
                        d = actors(d)
                    except Exception:  # noqa: BLE001
                        Chain.failures += 1
                t = time.perf_counter()
                d = quotes(d)
                Chain.quote_seconds += time.perf_counter() - t
                yield d

    return Chain()


def chars(spans: Any) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(s, e))
    return out


def same_entity(pred_name: str, gold_text: str) -> bool:
    p, g = pred_name.lower().split(), gold_text.lower().split()
    if not p or not g or not gold_text[:1].isupper():
        return False
    return p[-1] in g or g[-1] in p


def gold_chars(g: dict[str, Any], mode: str) -> set[int]:
    if mode == "union" and g.get("content_spans"):
        return chars(g["content_spans"])
    return chars([[g["char_start"], g["char_end"]]])


def match(
    golds: list[dict[str, Any]], preds: list[Any], mode: str = "hull"
) -> list[tuple[int, int]]:
    gchars = [gold_chars(g, mode) for g in golds]
    pchars = [chars([q.span]) for q in preds]
    pairs = []
    for i, gc in enumerate(gchars):
        for j, pc in enumerate(pchars):
            inter = len(gc & pc)
            if inter and inter * 2 >= max(len(gc), len(pc)):
                pairs.append((inter / max(len(gc), len(pc)), i, j))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def speaker_ok(g: dict[str, Any], q: Any) -> bool:
    if q.speaker is None:
        return False
    gs = g.get("speaker_char_span")
    if gs:
        s, e = q.speaker.span
        if min(e, gs[1]) > max(s, gs[0]):
            return True
    gold_text = (g.get("speaker_text") or "").strip().lower()
    if gs and gold_text in RELATIVES and 0 <= gs[0] - q.speaker.span[1] <= 3:
        return True  # gold names the relative pronoun, we name what it stands for
    return same_entity(q.speaker.name, g.get("speaker_text") or "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", type=int, default=0, help="print this many error examples")
    ap.add_argument(
        "--gold",
        choices=("hull", "union"),
        default="hull",
        help="gold content characters: the hull char_start..char_end, or the union of spans",
    )
    ap.add_argument(
        "--scope",
        choices=("speech", "attribution"),
        default="attribution",
        help="quotes scope (PolNeAR annotates attributions: beliefs and stances too)",
    )
    ap.add_argument(
        "--half",
        choices=("study", "report", "all"),
        default="all",
        help="score one half of the articles (split by a hash of the doc id) or all",
    )
    args = ap.parse_args()
    if not args.data.exists():
        print(f"no evaluation data at {args.data}; nothing to evaluate")
        return 0
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines()]
    if args.half != "all":
        from eval_realnews import half_of

        records = [r for r in records if half_of(r["doc_id"]) == args.half]
    if args.limit:
        records = records[: args.limit]
    from geowire.document import Document

    pipe = build_pipeline(args.scope)
    t0 = time.perf_counter()
    docs = list(pipe.pipe(Document(text=r["text"]) for r in records))
    seconds = time.perf_counter() - t0
    stats = {k: {"tp": 0, "tp_p": 0, "np": 0, "ng": 0, "sp": 0, "sn": 0} for k in ("all", "direct")}
    shown = 0
    for rec, doc in zip(records, docs, strict=True):
        quotes = list(doc.quotes)
        nested = {
            j
            for j, q in enumerate(quotes)
            if q.kind == "partial"
            and any(
                k != j and o.span[0] <= q.span[0] and q.span[1] <= o.span[1] + 1
                for k, o in enumerate(quotes)
            )
        }
        # A partial quote nobody is said to have said (a scare quote, a title) is
        # not an attribution: PolNeAR does not annotate those.
        quotes = [
            q
            for j, q in enumerate(quotes)
            if j not in nested and not (q.kind == "partial" and q.speaker is None)
        ]
        pairs = match(rec["quotes"], quotes, args.gold)
        for key in ("all", "direct"):
            gold_ids = {
                i
                for i, g in enumerate(rec["quotes"])
                if key == "all" or g["quote_type"] == "direct"
            }
            pred_ids = {j for j, q in enumerate(quotes) if key == "all" or q.kind == "direct"}
            st = stats[key]
            st["ng"] += len(gold_ids)
            st["np"] += len(pred_ids)
            st["tp_p"] += sum(1 for _, j in pairs if j in pred_ids)
            st["tp"] += sum(1 for i, _ in pairs if i in gold_ids)
            for i, j in pairs:
                if i not in gold_ids and j not in pred_ids:
                    continue
                g = rec["quotes"][i]
                if g.get("speaker_text"):
                    st["sn"] += 1
                    ok = speaker_ok(g, quotes[j])
                    st["sp"] += ok
                    if not ok and key == "all" and shown < args.errors:
                        shown += 1
                        q = quotes[j]
                        spk = doc.text[q.speaker.span[0] : q.speaker.span[1]] if q.speaker else None
                        print(
                            f"SPEAKER gold={g['speaker_text']!r} pred={spk!r}/"
                            f"{q.speaker.name if q.speaker else None!r} :: {q.text[:90]!r}"
                        )
    print(f"scope = {args.scope}; half = {args.half}")
    print(f"gold content = {args.gold}; overlap >= 50% of the longer span, one-to-one")
    print(f"PolNeAR quotes: {len(records)} articles, {seconds:.1f}s pipeline (nlp+actors+quotes)")
    print(f"quotes component alone: {pipe.quote_seconds:.2f}s")
    if getattr(pipe, "failures", 0):
        print(f"(actors raised on {pipe.failures} articles; quotes ran without actors there)")
    print(
        f"{'set':8} {'gold':>6} {'pred':>6} {'P':>6} {'R':>6} {'F1':>6} {'spk acc':>8} {'spk n':>6}"
    )
    for key, st in stats.items():
        p = st["tp_p"] / st["np"] if st["np"] else 0.0
        r = st["tp"] / st["ng"] if st["ng"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = st["sp"] / st["sn"] if st["sn"] else 0.0
        print(
            f"{key:8} {st['ng']:6d} {st['np']:6d} {p:6.3f} {r:6.3f} {f:6.3f} "
            f"{acc:8.3f} {st['sn']:6d}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
