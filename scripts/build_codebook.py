"""Build ``geowire/data/cameo/codebook.tsv`` from the reference tables.

The reference tables (``../shared/reference/*.tsv``) hold published facts: GDELT's CAMEO
lookups, the CAMEO 1.1b3 code list and the CAMEO-to-PLOVER mapping. This script joins them
into the one table geowire ships, and records every place where geowire decides something
the sources do not say in the ``geowire_choice`` column.

Run from the repository root::

    .venv/bin/python scripts/build_codebook.py [--reference ../shared/reference]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

VERSION = "1.2"
OUT = Path("geowire/data/cameo/codebook.tsv")

#: CAMEO 1.1b3 names used where GDELT's label means something else (PETRARCH2 and
#: CAMEO2PLOVER follow 1.1b3 for these codes, so geowire does too).
#: Codes in CAMEO 1.1b3 or CAMEO2PLOVER but not in GDELT: Goldstein taken from the parent code.
EXTRA_PARENT = {
    "155": "15",
    "176": "17",
    "1834": "183",
    "1951": "195",
    "1952": "195",
    "1213": "121",
    "1214": "121",
}


#: Codes whose act the PLOVER manual names as a mode of the type CAMEO2PLOVER-2021 gives, where
#: the manual's root table would reduce them to another type. The manual's mode table is the
#: more specific fact, so it wins over the root rule: violent repression is ASSAULT's
#: "crowd-control" (tear gas, water cannon, baton charges), COERCE being "short of violence";
#: a blockade or restricted movement is COERCE's "restrict" ("restrict ... movement, cordon off
#: areas"). Each (type, mode) is checked against plover_modes.tsv when the table is built.
#: Destroying property (1712) is left to the root rule: the sources disagree (the manual's mode
#: table has ASSAULT 'destroy', the PLOVER project's gold standard records code it COERCE
#: 'destroy'), and the root rule agrees with the latter.
MODE_NAMED = {
    "175": ("ASSAULT", "crowd-control"),
    "191": ("COERCE", "restrict"),
}


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def quad(root: str) -> int:
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4


def build(ref: Path) -> list[dict[str, str]]:
    codes = read(ref / "cameo_event_codes.tsv")
    notes = read(ref / "cameo_event_code_notes.tsv")
    mapping = read(ref / "cameo_to_plover.tsv")
    by_code = {r["code"]: r for r in codes}
    first_map: dict[str, dict[str, str]] = {}
    for m in mapping:
        first_map.setdefault(m["code"], m)
    rows: list[dict[str, str]] = []
    for r in codes:
        rows.append(
            {
                "code": r["code"],
                "name": r["name"],
                "goldstein": r["goldstein"],
                "quad_class": r["quad_class"],
                "root": r["root"],
                "plover": r["plover"],
                "plover_mode": r["plover_mode"],
                "geowire_choice": "",
            }
        )
    for n in notes:
        code = n["code"]
        if n["kind"] == "label_differs_meaning":
            row = next(x for x in rows if x["code"] == code)
            row["name"] = n["other_name"]
            row["geowire_choice"] = (
                "name follows CAMEO 1.1b3 (as PETRARCH2, CAMEO2PLOVER); GDELT: " + n["gdelt_name"]
            )
        elif n["kind"] == "not_in_gdelt" and code not in by_code:
            parent = by_code[EXTRA_PARENT[code]]
            m = first_map.get(code)
            rows.append(
                {
                    "code": code,
                    "name": n["other_name"],
                    "goldstein": parent["goldstein"],
                    "quad_class": str(quad(code[:2])),
                    "root": code[:2],
                    "plover": m["plover"] if m else parent["plover"],
                    "plover_mode": m["plover_mode"] if m else "",
                    "geowire_choice": f"not in GDELT; Goldstein of parent {parent['code']}",
                }
            )
    modes = {(m["type"], m["mode"]) for m in read(ref / "plover_modes.tsv")}
    for code, pair in MODE_NAMED.items():
        if pair not in modes:
            raise ValueError(f"{code}: {pair} is not a mode in plover_modes.tsv")
    manual_root = re.compile(r"differs from manual's root table \(\d+ -> (\w+)\)")
    for row in rows:
        m = first_map.get(row["code"])
        hit = manual_root.search(m["notes"]) if m else None
        named = MODE_NAMED.get(row["code"])
        if named and hit and named[0] == row["plover"]:
            row["plover"], row["plover_mode"] = named
            row["geowire_choice"] = (
                f"PLOVER manual mode {named[0]} '{named[1]}' names this act "
                f"(CAMEO2PLOVER-2021 agrees; the root rule would give {hit.group(1)})"
            )
        elif hit and row["plover"] != hit.group(1):
            # CAMEO2PLOVER-2021 (draft 0.8) overrides the manual's (v2.0) rule of reducing
            # a code to its root's type; geowire follows the newer manual.
            row["geowire_choice"] = (
                f"PLOVER manual root rule ({hit.group(1)}) over CAMEO2PLOVER-2021 ({row['plover']})"
            )
            row["plover"], row["plover_mode"] = hit.group(1), ""
    for row in rows:
        code, root = row["code"], row["root"]
        if root == "02" and not row["plover"]:
            row["plover"] = "REQUEST"
            row["geowire_choice"] = "root 02 APPEAL -> REQUEST is geowire's decision"
        if code[:3] in ("084", "085", "086", "087") and row["plover"] == "CONCEDE":
            row["plover"] = "RETREAT"
            row["geowire_choice"] = "084-087 -> RETREAT per the PLOVER manual"
        if code == "0831" and row["plover"] == "CONCEDE":
            # the manual's RETREAT mode 'resign' ("an official steps down"), which is what
            # acceding to a demand for a change in leadership reports
            row["plover"], row["plover_mode"] = "RETREAT", "resign"
            row["geowire_choice"] = "stepping down -> RETREAT (mode resign) per the PLOVER manual"
        if root == "01" and not row["plover"]:
            row["geowire_choice"] = "root 01 statements: no PLOVER type (not events in PLOVER)"
    rows.sort(key=lambda x: (x["root"], x["code"].ljust(4, " ")))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--reference", type=Path, default=Path("../shared/reference"))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not (args.reference / "cameo_event_codes.tsv").exists():
        print(f"reference tables not found in {args.reference}", file=sys.stderr)
        return 1
    rows = build(args.reference)
    cols = list(rows[0])
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(f"# geowire CAMEO codebook, version {VERSION}\n")
        fh.write("# built by scripts/build_codebook.py from GDELT CAMEO lookups, CAMEO 1.1b3 and\n")
        fh.write("# PLOVER's CAMEO2PLOVER-2021 (CC BY-SA 4.0, openeventdata/PLOVER).\n")
        fh.write("# geowire_choice: where geowire decided something the sources do not say.\n")
        fh.write("\t".join(cols) + "\n")
        for r in rows:
            fh.write("\t".join(r[c] for c in cols) + "\n")
    print(f"wrote {len(rows)} codes to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
