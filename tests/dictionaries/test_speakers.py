"""The speaker-noun table: read and checked once, shared by quotes and actor coreference."""

from __future__ import annotations

from pathlib import Path

import pytest

from geowire.actors import coref
from geowire.dictionaries import speakers
from geowire.errors import DictionaryError
from geowire.quotes import indirect, speaker


def test_kinds_of_built_in_nouns() -> None:
    assert speakers.noun_kind("analyst") == "person"
    assert speakers.noun_kind("statement") == "text"
    assert speakers.noun_kind("report") == "finding"
    assert speakers.noun_kind("idea") is None
    assert "team" in speakers.speaker_nouns()


def test_every_package_reads_the_one_reader() -> None:
    assert coref.speaker_nouns is speakers.speaker_nouns
    assert speaker.noun_kind is speakers.noun_kind
    assert indirect.noun_kind is speakers.noun_kind


def test_unknown_kind_is_reported_with_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "speakers.tsv"
    bad.write_text("# test table. version: 1\nnoun\tkind\nanalyst\tperson\nmood\tfeeling\n")
    monkeypatch.setattr(speakers, "SPEAKER_NOUNS_PATH", bad)
    speakers.speaker_table.cache_clear()
    try:
        with pytest.raises(DictionaryError, match=r"speakers.tsv:4: kind must be"):
            speakers.speaker_table()
    finally:
        speakers.speaker_table.cache_clear()
