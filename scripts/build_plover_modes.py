"""Build ``geowire/data/plover/cameo_modes.tsv``: the PLOVER mode and context a CAMEO
code implies, for the PLOVER export.

Source: PLOVER's CAMEO2PLOVER-2021 mapping as parsed in ``cameo_to_plover.tsv``,
checked against the PLOVER manual's mode and context tables (``plover_modes.tsv``,
``plover_contexts.tsv``). A mode the manual does not list for that type is left out,
and so is a context the manual does not list, except ``democracy``, which the manual
calls ``pro_democracy``; each such decision is noted in the ``note`` column.

Run from the repository root::

    .venv/bin/python scripts/build_plover_modes.py [--reference ../shared/reference]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

VERSION = "1"
OUT = Path("geowire/data/plover/cameo_modes.tsv")
RENAMED_CONTEXTS = {"democracy": "pro_democracy"}


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def build(reference: Path) -> list[list[str]]:
    modes = {(r["type"], r["mode"]) for r in read(reference / "plover_modes.tsv")}
    contexts = {
        r["context"] for r in read(reference / "plover_contexts.tsv") if r["kind"] == "general"
    }
    rows: list[list[str]] = []
    seen: set[str] = set()
    for r in read(reference / "cameo_to_plover.tsv"):
        code, plover = r["code"], r["plover"]
        if code in seen or not plover:
            continue  # the first of a duplicated code wins, as in the codebook
        seen.add(code)
        notes = []
        mode = r["plover_mode"]
        if code == "0831" and plover == "CONCEDE":
            # as scripts/build_codebook.py: an official stepping down is the manual's
            # RETREAT mode 'resign'
            plover, mode = "RETREAT", "resign"
            notes.append("stepping down is RETREAT (mode resign) in the manual")
        if mode and (plover, mode) not in modes:
            notes.append(f"mapping mode '{mode}' is not a {plover} mode in the manual")
            mode = ""
        kept = []
        for ctx in filter(None, r["plover_context"].split(";")):
            ctx = ctx.strip()
            if ctx in RENAMED_CONTEXTS:
                notes.append(f"context '{ctx}' is '{RENAMED_CONTEXTS[ctx]}' in the manual")
                ctx = RENAMED_CONTEXTS[ctx]
            if ctx in contexts:
                kept.append(ctx)
            else:
                notes.append(f"context '{ctx}' is not in the manual")
        rows.append([code, plover, mode, ";".join(kept), "; ".join(notes)])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=Path("../shared/reference"))
    args = parser.parse_args()
    rows = build(args.reference)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            f"# geowire CAMEO-to-PLOVER modes and contexts, version {VERSION}\n"
            "# built by scripts/build_plover_modes.py from PLOVER's CAMEO2PLOVER-2021 mapping\n"
            "# and the PLOVER manual's mode and context tables\n"
            "# (CC BY-SA 4.0, openeventdata/PLOVER).\n"
        )
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        writer.writerow(["code", "plover", "mode", "context", "note"])
        writer.writerows(rows)
    print(f"{len(rows)} codes written to {OUT}")


if __name__ == "__main__":
    main()
