"""The TABARI / PETRARCH verb dictionary reader."""

from __future__ import annotations

import pytest

from geowire.dictionaries.verbs import parse_verbs, read_verbs, verb_forms
from geowire.errors import DictionaryError

SAMPLE = """\
<!-- a comment block -->
&CURRENCY
+DOLLARS
+SWISS FRANCS

--- CONTRIBUTE [070] ---
CONTRIBUTE   # a comment
GIVE {GAVE GIVEN}
WIRE_+TAP [081]
- * &CURRENCY [903]
- $ NOT * ^ TO_ + [124]
- IN_* [075]
- * (TO) [042:043]

--- BURN [---] ---
BURN
- * DOWN [222]
"""


def test_blocks_verbs_and_synsets() -> None:
    d = parse_verbs(SAMPLE, "sample")
    assert [b.name for b in d.blocks] == ["CONTRIBUTE", "BURN"]
    assert d.synset("CURRENCY") == (("DOLLARS",), ("SWISS", "FRANCS"))
    assert d.blocks[1].code is None


@pytest.mark.parametrize(
    "form, block, words, code",
    [
        ("contributed", "CONTRIBUTE", ("CONTRIBUTE",), "070"),
        ("gave", "CONTRIBUTE", ("GIVE",), "070"),
        ("tapped", "CONTRIBUTE", ("WIRE", "TAP"), "081"),
        ("burning", "BURN", ("BURN",), None),
    ],
)
def test_lookup_by_form(form: str, block: str, words: tuple[str, ...], code: str | None) -> None:
    hits = parse_verbs(SAMPLE).lookup(form)
    assert hits, form
    b, v = hits[0]
    assert (b.name, v.words, v.code) == (block, words, code)


@pytest.mark.parametrize(
    "index, before, after, code, paired",
    [
        (0, [], [("synset", "CURRENCY", False)], "903", None),
        (
            1,
            [("source", "", False), ("word", "NOT", False)],
            [("skip", "", False), ("word", "TO", False), ("target", "", False)],
            "124",
            None,
        ),
        (2, [("word", "IN", True)], [], "075", None),
        (3, [], [("word", "TO", False)], "042", "043"),
    ],
)
def test_patterns(
    index: int,
    before: list[tuple[str, str, bool]],
    after: list[tuple[str, str, bool]],
    code: str,
    paired: str | None,
) -> None:
    p = parse_verbs(SAMPLE).blocks[0].patterns[index]
    assert [(t.kind, t.value, t.joined) for t in p.before] == before
    assert [(t.kind, t.value, t.joined) for t in p.after] == after
    assert (p.code, p.paired) == (code, paired)


def test_exact_word_marker() -> None:
    p = parse_verbs(SAMPLE).blocks[0].patterns[1]
    assert p.after[1].exact is True  # TO_


@pytest.mark.parametrize(
    "text, message",
    [
        ("--- X [010] ---\nX\n- * WORD\n", "without an \\[event code"),
        ("--- X [010] ---\nX\n- WORD [010]\n", "verb '*'"),
        ("--- X ---\n", "without a \\[code"),
        ("X\n", "outside a verb block"),
    ],
)
def test_bad_lines_name_file_and_line(text: str, message: str) -> None:
    with pytest.raises(DictionaryError, match=message) as err:
        parse_verbs(text, "bad.txt", strict=True)
    assert "bad.txt:" in str(err.value)


def test_lenient_mode_skips_bad_patterns() -> None:
    d = parse_verbs("--- X [010] ---\nX\n- * WORD\n- * OTHER [011]\n", "t")
    assert [p.code for p in d.blocks[0].patterns] == ["011"]


def test_missing_file() -> None:
    with pytest.raises(DictionaryError, match="cannot read"):
        read_verbs("/nonexistent/verbs.txt")


@pytest.mark.parametrize(
    "verb, forms",
    [
        ("ATTACK", {"ATTACK", "ATTACKS", "ATTACKED", "ATTACKING"}),
        ("URGE", {"URGE", "URGES", "URGED", "URGING"}),
        ("CARRY", {"CARRY", "CARRIES", "CARRIED", "CARRYING"}),
        ("STOP", {"STOP", "STOPPED", "STOPPING"}),
    ],
)
def test_verb_forms(verb: str, forms: set[str]) -> None:
    assert forms <= set(verb_forms(verb))
