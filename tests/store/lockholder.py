"""Another process holding a store: ``python lockholder.py DB read|write [TEXT ...]``.

Opens the store (read-only for ``read``; for ``write``, waiting for readers as
``geowire ingest`` does, then adding one hand-built document per TEXT), prints
``held N`` (N: documents in the store) and keeps the file until its stdin closes.
If the store cannot be opened it prints ``error MESSAGE`` and exits with 2.
The tests use it as a stand-in for ``geowire ingest`` and ``geowire serve --write``
without loading the spaCy model.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str]) -> int:
    from storefactory import document

    from geowire.errors import StoreError
    from geowire.store import Store

    db, mode, texts = argv[0], argv[1], argv[2:]
    try:
        store = Store(db, read_only=mode == "read")
    except StoreError as exc:
        print(f"error {exc}", flush=True)
        return 2
    with store:
        for text in texts:
            store.add(document(text))
        print(f"held {store.stats()['documents']}", flush=True)
        sys.stdin.read()  # until the test closes our stdin
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
