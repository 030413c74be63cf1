"""geowire's events and quotes on unlabelled real news, and what a change does to them.

Gold sets are small and get overfit; a rule that carries shows on text nobody studied. This
runs the pipeline of the tree it is run from over unlabelled articles of ``../shared/eval``
and writes one line per article (``id``, ``events``, ``quotes`` in the contract's shape);
``diff`` lists every event or quote line that differs between two such files, with its
sentence, to be judged one by one (fixed, broken, neutral).

Run from the repository root::

    .venv/bin/python evaluation/unseen_output.py run OUT.jsonl [SPEC ...]
    python evaluation/unseen_output.py diff BEFORE.jsonl AFTER.jsonl [--quotes] [--count]

A SPEC names a corpus with an optional slice of its lines: ``polnear`` (PolNeAR train
articles, ``quotes/polnear_train.jsonl``), ``geovirus``, ``lgl`` (``geo/``), ``wire``
(the TimeBank and AQUAINT articles of ``evaluation/data/wire_study.jsonl``); e.g.
``polnear:0-500 geovirus lgl wire`` (the default). The held-out wire gold's articles
(``te3_events.jsonl``) are never included. ``voa`` and ``voa-heldout`` are the two halves
of the Voice of America articles of ``evaluation/data/voa_unseen.jsonl`` (public domain; the
first may be studied, the second only judged after a change). A SPEC ending in ``.jsonl``
(with an optional ``:LO-HI`` slice) is any article file, one JSON object a line with
``text`` and optional ``id`` and ``published``; its ids are ``<file stem>:<id or line index>``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPORA = {
    "polnear": "quotes/polnear_train.jsonl",
    "geovirus": "geo/geo_geovirus.jsonl",
    "lgl": "geo/geo_lgl.jsonl",
}
DEFAULT = ["polnear:0-500", "geovirus", "lgl", "wire"]


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def articles(shared: Path, spec: str) -> Iterator[tuple[str, str, str | None]]:
    """(id, text, publication date) of each article a SPEC names."""
    name, _, part = spec.partition(":")
    if name.endswith(".jsonl"):
        # any article file: one JSON object a line with ``text`` and optional ``id``
        # and ``published``/``dct``
        name, path = Path(name).stem, Path(name)
    else:
        path = None
    lo, hi = (int(x) for x in part.split("-")) if part else (0, 10**9)
    if name == "wire":
        texts = {}
        for f in ("te3_timebank.jsonl", "te3_aquaint.jsonl"):
            texts.update({r["doc_id"]: r for r in _lines(shared / "time" / f)})
        ids = [r["id"] for r in _lines(ROOT / "evaluation" / "data" / "wire_study.jsonl")]
        for doc_id in ids[lo:hi]:
            yield f"wire:{doc_id}", texts[doc_id]["text"], texts[doc_id].get("dct")
        return
    if name in ("voa", "voa-heldout"):
        # the VOA articles of evaluation/data/voa_unseen.jsonl: 'voa' is the half whose output
        # may be read for errors, 'voa-heldout' the half that is only judged after a change
        half = "study" if name == "voa" else "heldout"
        voa = _lines(ROOT / "evaluation" / "data" / "voa_unseen.jsonl")
        rows = [r for r in voa if r["half"] == half]
        for r in rows[lo:hi]:
            yield f"voa:{r['id']}", r["text"], r.get("published")
        return
    if path is not None:
        if not path.is_file():
            raise SystemExit(f"unseen_output: no such article file: {path}")
        for k, r in enumerate(_lines(path)):
            if lo <= k < hi:
                dct = r.get("published") or r.get("dct")
                doc_id = r.get("id") or r.get("doc_id") or k
                yield f"{name}:{doc_id}", r["text"], str(dct)[:10] if dct else None
        return
    if name not in CORPORA:
        known = ", ".join(["wire", *CORPORA])
        raise SystemExit(f"unseen_output: unknown corpus {name!r} (known: {known})")
    for k, r in enumerate(_lines(shared / CORPORA[name])):
        if lo <= k < hi:
            dct = r.get("dct")
            yield f"{name}:{r.get('doc_id') or k}", r["text"], str(dct)[:10] if dct else None


def run(out: Path, specs: list[str], shared: Path) -> None:
    import geowire

    pipe = geowire.Pipeline()
    docs = [
        pipe.make_document(text, published=dct, id=doc_id)
        for spec in specs
        for doc_id, text, dct in articles(shared, spec)
    ]
    with out.open("w", encoding="utf-8") as f:
        for doc in pipe.pipe(iter(docs)):
            d = doc.to_dict()
            row = {"id": d["id"], "events": d["events"], "quotes": d["quotes"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _code(side: dict[str, Any] | None) -> str | None:
    return side.get("code") if side else None


def _key(item: dict[str, Any], quotes: bool) -> tuple[Any, ...]:
    if quotes:
        sp = item.get("speaker") or {}
        return (tuple(item["span"]), item.get("kind"), sp.get("name"), sp.get("code"))
    return (
        item["span"][0],
        item["cameo"],
        _code(item.get("source")),
        _code(item.get("target")),
        item.get("modality"),
        item.get("date"),
    )


def diff(before: Path, after: Path, quotes: bool, count: bool) -> None:
    field = "quotes" if quotes else "events"
    old = {r["id"]: r for r in _lines(before)}
    docs = changed = 0
    for r in _lines(after):
        if r["id"] not in old:
            continue
        a, b = old[r["id"]][field] or [], r[field] or []
        ka = Counter(_key(x, quotes) for x in a)
        kb = Counter(_key(x, quotes) for x in b)
        if ka == kb:
            continue
        docs += 1
        lost, gained = ka - kb, kb - ka
        changed += sum(lost.values()) + sum(gained.values())
        if count:
            continue
        print(f"== {r['id']}")
        items = {_key(x, quotes): x for x in (*a, *b)}
        for k in sorted({*lost, *gained}, key=lambda k: k[0]):
            x, mark = items[k], "-" if k in lost else "+"
            if quotes:
                print(f" {mark} {k[1]} speaker={k[2]!r} {k[3]} | {x.get('text', '')[:160]}")
            else:
                sentence = x.get("evidence", "")[:220]
                print(f" {mark} {k[1]} {k[2]} -> {k[3]} [{k[4]} {k[5]}] | {sentence}")
    print(f"{docs} articles, {changed} changed {field}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("out")
    r.add_argument("specs", nargs="*", default=DEFAULT)
    r.add_argument("--shared", default=str(ROOT.parent / "shared" / "eval"))
    d = sub.add_parser("diff")
    d.add_argument("before")
    d.add_argument("after")
    d.add_argument("--quotes", action="store_true")
    d.add_argument("--count", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "run":
        run(Path(args.out), args.specs, Path(args.shared))
    else:
        diff(Path(args.before), Path(args.after), args.quotes, args.count)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
