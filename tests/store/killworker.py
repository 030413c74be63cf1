"""A store writer for the kill -9 test: ``python killworker.py DB N single|batch``.

Adds N deterministic documents (each with many events, some near-duplicates of
others) one transaction each, printing ``added I`` after each commit.
"""

from __future__ import annotations

import random
import sys

from storefactory import document, event

from geowire.store import Store

COUNTRIES = [
    ("Iran", "IRNGOV", "IRN"),
    ("Iraq", "IRQGOV", "IRQ"),
    ("Syria", "SYRGOV", "SYR"),
    ("Turkey", "TURGOV", "TUR"),
    ("Egypt", "EGYGOV", "EGY"),
    ("Jordan", "JORGOV", "JOR"),
]
WORDS = (
    "talks border security refugees oil trade minister visit agreement sanctions troops "
    "protest election parliament court police rebels ceasefire aid water summit envoy"
).split()
CODES = ["057", "0211", "036", "111", "173", "190", "042", "0841", "138", "1121"]


def corpus(n: int) -> list:
    rng = random.Random(7)
    docs = []
    for i in range(n):
        if i % 5 == 4:  # a wire copy of the previous article, lightly edited
            prev = docs[-1]
            text = "UPDATED: " + prev.text.replace(" the ", " a ", 2) + " More to follow."
            docs.append(document(text, events=prev.events, source=f"agency{i % 3}"))
            continue
        words = " ".join(rng.choice(WORDS) for _ in range(300))
        text = f"Article {i}. " + words
        events = tuple(
            event(
                rng.choice(COUNTRIES),
                rng.choice(COUNTRIES),
                rng.choice(CODES),
                date=f"2007-12-{rng.randint(1, 28):02d}",
                sentence=k,
                span=(k * 10, k * 10 + 9),
            )
            for k in range(120)
        )
        docs.append(document(text, events=events, source=f"agency{i % 3}"))
    return docs


def main() -> None:
    path, n, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with Store(path) as store:
        if mode == "batch":  # grouped transactions, as `geowire ingest` writes
            with store.batch(size=4):
                for i, doc in enumerate(corpus(n)):
                    store.add(doc)
                    print(f"added {i}", flush=True)
        else:  # one transaction per document
            for i, doc in enumerate(corpus(n)):
                store.add(doc)
                print(f"added {i}", flush=True)


if __name__ == "__main__":
    main()
