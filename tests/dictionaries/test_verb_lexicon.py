"""The verb table's words, as the parser's repairs read them (dictionaries.lexicon)."""

from __future__ import annotations

import pytest

from geowire.dictionaries.lexicon import VERB_TABLE_COLUMNS, lexicon_of, verb_lexicon
from geowire.errors import DictionaryError

HEADER = "# version: 1\n" + "\t".join(VERB_TABLE_COLUMNS) + "\n"


def table(*rows: str) -> str:
    return HEADER + "".join(r + "\n" for r in rows)


def test_s_forms_of_one_word_verbs_and_event_nouns() -> None:
    lex = lexicon_of(
        table(
            "V\treject\t\t120\t\t",
            "V\tdiscuss\t\t040\t\t",
            "V\tcarry\t* out\t190\t\t",
            "V\tcall on\t\t020\t\t",
            "N\tsanctions\ton\t163\t\t",
            "L\tlaunch\t\t-\t\t",
            "S\t&ARMS\tweapons | arms\t\t\t",
        ),
        "v.tsv",
    )
    assert lex.s_forms == {"rejects": "reject", "discusses": "discuss", "carries": "carry"}
    assert lex.event_nouns == frozenset({"sanctions"})


def test_a_table_with_another_header_is_an_error() -> None:
    with pytest.raises(DictionaryError, match="v.tsv"):
        lexicon_of("# version: 1\nkind\tlemma\n", "v.tsv")


def test_the_built_in_table_gives_the_words_the_event_coder_reads() -> None:
    from geowire.events.verbs import builtin_verbs

    lex = verb_lexicon()
    assert lex.event_nouns == frozenset(builtin_verbs().nominals)
    assert lex.s_forms["condemns"] == "condemn"
