"""The store's schema, its version, and the migrations that build it.

The tables are declared in :mod:`geowire.store.layout`; a new store is created from
that declaration, and the migrations are its history: applying :data:`MIGRATIONS` in
order to an empty database gives the same tables (a test checks it). A store records
the version it is at in ``meta``; opening an older store applies the missing
migrations in one transaction, and a store written by a newer geowire is refused
rather than misread. To change the layout, change its declaration and add a
migration that takes an older store there; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .layout import COUNTED

__all__ = ["SCHEMA_VERSION", "Migration", "MIGRATIONS", "TABLES"]


@dataclass(frozen=True, slots=True)
class Migration:
    """The statements that take a store from ``version - 1`` to ``version``."""

    version: int
    description: str
    statements: tuple[str, ...]


_V1 = (
    """
    CREATE TABLE IF NOT EXISTS meta (
        key VARCHAR PRIMARY KEY,
        value VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS documents (
        id VARCHAR PRIMARY KEY,
        title VARCHAR,
        url VARCHAR,
        source VARCHAR,
        published DATE,
        origin VARCHAR,
        text VARCHAR NOT NULL,
        n_actors INTEGER NOT NULL,
        n_events INTEGER NOT NULL,
        n_quotes INTEGER NOT NULL,
        n_times INTEGER NOT NULL,
        n_places INTEGER NOT NULL,
        json VARCHAR NOT NULL,
        ingested_at TIMESTAMP NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS actors (
        doc_id VARCHAR NOT NULL,
        actor_id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        code VARCHAR,
        country VARCHAR,
        sectors VARCHAR[],
        kind VARCHAR,
        n_mentions INTEGER NOT NULL,
        mentions VARCHAR,
        PRIMARY KEY (doc_id, actor_id)
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS events (
        id VARCHAR PRIMARY KEY,
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        source_name VARCHAR,
        source_code VARCHAR,
        source_country VARCHAR,
        source_actor VARCHAR,
        target_name VARCHAR,
        target_code VARCHAR,
        target_country VARCHAR,
        target_actor VARCHAR,
        cameo VARCHAR NOT NULL,
        root VARCHAR NOT NULL,
        plover VARCHAR,
        quad_class INTEGER NOT NULL,
        goldstein DOUBLE NOT NULL,
        date VARCHAR,
        day DATE,
        modality VARCHAR NOT NULL,
        location_name VARCHAR,
        location_country VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        sentence INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        evidence VARCHAR,
        confidence DOUBLE,
        source_key VARCHAR,
        target_key VARCHAR,
        base_code VARCHAR NOT NULL,
        ckey VARCHAR NOT NULL,
        story_id VARCHAR NOT NULL,
        cluster_id VARCHAR NOT NULL,
        cluster_day DATE
    )
    """,
    # reports of one event share a cluster key (source, target, base code)
    "CREATE INDEX IF NOT EXISTS events_ckey ON events (ckey)",
    """
    CREATE TABLE IF NOT EXISTS quotes (
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        kind VARCHAR,
        speaker_name VARCHAR,
        speaker_code VARCHAR,
        speaker_country VARCHAR,
        speaker_actor VARCHAR,
        cue VARCHAR,
        PRIMARY KEY (doc_id, idx)
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS times (
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        type VARCHAR,
        value VARCHAR,
        PRIMARY KEY (doc_id, idx)
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS places (
        doc_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        name VARCHAR,
        country VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        geonameid BIGINT,
        feature VARCHAR,
        PRIMARY KEY (doc_id, idx)
    )
    """,
)

_V2 = (
    # Near-duplicate detection: one MinHash signature per document, its LSH band
    # keys (looked up by SQL, so the index persists and needs no rebuild), the
    # links found, and the story every document belongs to.
    "ALTER TABLE documents ADD COLUMN story_id VARCHAR",
    "UPDATE documents SET story_id = id WHERE story_id IS NULL",
    """
    CREATE TABLE IF NOT EXISTS signatures (
        doc_id VARCHAR PRIMARY KEY,
        n_shingles INTEGER NOT NULL,
        minhash BLOB NOT NULL
    )
    """,
    """
    CREATE TABLE IF NOT EXISTS lsh_bands (
        band SMALLINT NOT NULL,
        key BIGINT NOT NULL,
        doc_id VARCHAR NOT NULL
    )
    """,
    "CREATE INDEX IF NOT EXISTS lsh_bands_key ON lsh_bands (key)",
    """
    CREATE TABLE IF NOT EXISTS doc_links (
        doc_id VARCHAR NOT NULL,
        other_id VARCHAR NOT NULL,
        similarity DOUBLE NOT NULL,
        PRIMARY KEY (doc_id, other_id)
    )
    """,
)

_V3 = (
    # The same cleaned text under another id is linked to the document first stored
    # with it (duplicate_of), not extracted and counted again: documents are also
    # known by the SHA-256 of their cleaned text.
    "ALTER TABLE documents ADD COLUMN text_hash VARCHAR",
    "ALTER TABLE documents ADD COLUMN duplicate_of VARCHAR",
    "CREATE INDEX IF NOT EXISTS documents_text_hash ON documents (text_hash)",
    "UPDATE documents SET text_hash = sha256(text) WHERE text_hash IS NULL",
)

_V4 = (
    # Each quote's cue type (speech, writing, belief, perception, stance), filled for the
    # documents already stored from their contract JSON.
    "ALTER TABLE quotes ADD COLUMN cue_type VARCHAR",
    """
    UPDATE quotes SET cue_type = json_extract_string(
        d.json, '$.quotes[' || CAST(quotes.idx AS VARCHAR) || '].cue_type'
    )
    FROM documents d WHERE d.id = quotes.doc_id AND quotes.cue_type IS NULL
    """,
)

MIGRATIONS: Sequence[Migration] = (
    Migration(1, "documents, actors, events, quotes, times, places", _V1),
    Migration(2, "near-duplicate signatures, LSH bands, links and stories", _V2),
    Migration(3, "documents known by the hash of their cleaned text; exact duplicates", _V3),
    Migration(4, "the cue type of each quote", _V4),
)

#: The version a store opened by this geowire is at.
SCHEMA_VERSION = MIGRATIONS[-1].version

#: Tables that hold a document's rows, with the ``documents`` column counting them.
TABLES: dict[str, str] = COUNTED
