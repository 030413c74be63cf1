"""The CAMEO codebook table and the built-in verb dictionary."""

from __future__ import annotations

import pytest

from geowire.errors import DictionaryError
from geowire.events.codebook import codebook, parse_code_list, parse_codebook
from geowire.events.verbs import builtin_verbs, parse_builtin_verbs


@pytest.mark.parametrize(
    "code, goldstein, quad, plover",
    [
        ("0211", 3.4, 1, "REQUEST"),
        ("036", 4.0, 1, "AGREE"),
        ("111", -2.0, 3, "ACCUSE"),
        ("190", -10.0, 4, "ASSAULT"),
        ("010", 0.0, 1, None),
        ("084", 7.0, 2, "RETREAT"),
    ],
)
def test_codes(code: str, goldstein: float, quad: int, plover: str | None) -> None:
    info = codebook().get(code)
    assert info is not None
    assert (info.goldstein, info.quad_class, info.plover) == (goldstein, quad, plover)


@pytest.mark.parametrize(
    "code, plover, mode",
    [
        ("175", "ASSAULT", "crowd-control"),  # the manual's mode names the act
        ("191", "COERCE", "restrict"),
        ("1712", "COERCE", None),  # sources disagree: the root rule decides
        ("192", "ASSAULT", None),
    ],
)
def test_plover_mode_named_by_the_manual(code: str, plover: str, mode: str | None) -> None:
    info = codebook().get(code)
    assert info is not None
    assert (info.plover, info.plover_mode) == (plover, mode)


def test_all_roots_and_plover_types() -> None:
    cb = codebook()
    assert all(f"{i:02d}" in cb for i in range(1, 21))
    types = {c.plover for c in cb.codes.values() if c.plover}
    assert len(types) == 16


def test_unknown_subcode_falls_back_to_parent() -> None:
    info = codebook().get("0369")
    assert info is not None and info.root == "03"


def test_bad_codebook_row() -> None:
    cols = "code\tname\tgoldstein\tquad_class\troot\tplover\tplover_mode\tgeowire_choice"
    head = f"# v, version 1\n{cols}\n"
    with pytest.raises(DictionaryError, match="t.tsv:3"):
        parse_codebook(head + "01\tX\tnot-a-number\t1\t01\t\t\t\n", "t.tsv")


def test_builtin_verbs_cover_all_roots() -> None:
    b = builtin_verbs()
    codes = {v.code for blk in b.verbs.blocks for v in blk.verbs if v.code}
    codes |= {p.code for blk in b.verbs.blocks for p in blk.patterns if p.code}
    assert {c[:2] for c in codes} >= {f"{i:02d}" for i in range(1, 21)}


def test_builtin_verbs_reject_unknown_code() -> None:
    text = (
        "# geowire verbs, version 1\nkind\tlemma\tpattern\tcode\tpaired\tsym\nV\tfoo\t\t999\t\t\n"
    )
    with pytest.raises(DictionaryError, match="v.tsv:3"):
        parse_builtin_verbs(text, "v.tsv")


def test_code_list_is_checked_against_the_codebook() -> None:
    text = "# list. version: 2\ncode\tact\n111\tcriticize\n"
    assert parse_code_list(text, "t.tsv") == ("2", frozenset({"111"}))
    with pytest.raises(DictionaryError, match=r"t\.tsv:4: '999' is not a CAMEO code"):
        parse_code_list(text + "999\tnothing\n", "t.tsv")
