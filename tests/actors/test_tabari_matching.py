"""Actors from TABARI dictionaries alone (``builtin_dictionaries=False``), no model needed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from geowire import Config, Document
from geowire.actors import actor_at, find_discards


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a country dictionary phrase and its synonyms
        ("Arnor met Gondor.", None, ["ARN", "GON"]),
        ("Arnorian delegates left Minas Tirith.", None, ["ARN", "GON"]),
        # country + agent: the TABARI convention, actor code then agent code
        ("Arnorian police arrested Gondor students.", None, ["ARNCOP", "GON"]),
        ("Gondor's government protested.", None, ["GONGOV"]),
        ("Arnor's foreign minister left.", None, ["ARNGOVFRM"]),
        # a prefix agent (NGO~) goes before the actor code
        ("An MSF Arnor diplomat arrived.", None, ["NGOARNGOV"]),
        # an actor that already carries the agent code does not repeat it
        (
            "White House security officials met Minas Tirith border police.",
            None,
            ["USAGOV", "GONCOP"],
        ),
        # role first: of / from / in, with coordination
        (
            "Soldiers from Gondor and lawmakers in Arnor and Osgiliath met.",
            None,
            ["GONMIL", "ARNLEG", "OSGLEG"],
        ),
        # substitution sets: CONGRESS!PERSON!
        ("Gondor congressmen and Arnor officials met.", None, ["GONLEG", "ARNGOV"]),
        # "former" makes an elite
        (
            "Arnor former security officials met former Gondor prosecutors.",
            None,
            ["ARNELI", "GONELI"],
        ),
        # a title before a name that is itself an actor entry
        ("Bree Prime Minister Romendacil left.", None, ["BREGOV"]),
        # date restrictions against the publication date
        ("Sam Gamgee left.", "2008-01-19", ["HOBCIV"]),
        ("Sam Gamgee left.", "2010-05-01", ["HOBMIL"]),
        ("Sam Gamgee left.", "2015-05-01", ["HOB"]),
        ("The Prince of Dol Amroth spoke.", "1999-08-09", ["DOL"]),
        ("The Prince of Dol_Amroth spoke.", "1999-08-09", ["DOL"]),
        # several codes for one phrase
        ("Lorien protested.", None, ["ELR", "GAL"]),
        # a dictionary's countries share the role after them; an actor with a role of
        # its own (WHITE_HOUSE [USAGOV]) is named by itself
        ("Arnorian and Gondorian officials met.", None, ["ARNGOV", "GONGOV"]),
        ("The White House and Arnorian police met.", None, ["USAGOV", "ARNCOP"]),
        # the built-in data is off: real countries are not known
        ("Iran and Iraq met.", None, []),
    ],
)
def test_codes(
    no_model: Callable[..., Document],
    tabari_config: Config,
    text: str,
    published: str | None,
    expected: list[str],
) -> None:
    doc = no_model(text, tabari_config, published)
    assert [a.code for a in doc.actors if a.code] == expected


def test_null_code_is_recognised_but_not_coded(
    no_model: Callable[..., Document], tabari_config: Config
) -> None:
    doc = no_model("The Prince of Dol Amroth spoke.", tabari_config, "1995-01-01")
    assert [(a.name, a.code) for a in doc.actors] == [("Prince of Dol Amroth", None)]


def test_mentions_ids_and_actor_at(
    no_model: Callable[..., Document], tabari_config: Config
) -> None:
    text = "Arnor met Gondor. Later Arnor left."
    doc = no_model(text, tabari_config)
    assert [a.id for a in doc.actors] == ["a1", "a2"]
    arnor = doc.actors[0]
    assert arnor.mentions == ((0, 5), (24, 29))
    assert actor_at(doc, 10, 16) is doc.actors[1]
    assert actor_at(doc, 24, 26) is arnor
    assert actor_at(doc, 6, 9) is None


def test_discards(no_model: Callable[..., Document], tabari_config: Config) -> None:
    doc = no_model("Arnor met Gondor. Arnor played baseball with Gondor.", tabari_config)
    doc = doc.replace(sentences=((0, 17), (18, 52)))
    found = find_discards(doc, tabari_config)
    assert not found.story and found.sentences == (1,)
    story = find_discards(
        Document(text="A typhoon hit Arnor.", sentences=((0, 20),)), tabari_config
    )
    assert story.story


def test_builtin_and_loaded_dictionaries_together(
    no_model: Callable[..., Document], tabari_config: Config
) -> None:
    cfg = tabari_config.replace(builtin_dictionaries=True)
    doc = no_model("Arnor and Iran met.", cfg)
    assert [a.code for a in doc.actors] == ["ARN", "IRN"]


def test_loaded_entry_agreeing_with_builtin_data_keeps_its_meaning(tmp_path) -> None:
    from geowire.actors import lexicon_for

    path = tmp_path / "real.actors.txt"
    path.write_text(
        "IRAQ [IRQ]\n+IRAQI\n\t[IRQ <20030320]\n\t[IRQ >20060520]\nSYRIA [SYR]\n+DAMASCUS\n",
        encoding="utf-8",
    )
    lex = lexicon_for(Config(actors=(path,)))
    by_phrase = {m.terms[0].phrase: m.terms[0] for m in lex.match("Iraqi and Damascus")}
    assert by_phrase["iraqi"].source == "demonym"  # same code: the built-in demonym
    assert by_phrase["damascus"].source == "dict-actor"  # SYR is not SYRGOV: the dictionary


def test_title_and_name_after_a_dictionary_actor(no_model, tabari_config) -> None:
    doc = no_model("Gondor Foreign Minister Denethor Steward left.", tabari_config)
    assert [(a.name, a.code, a.kind) for a in doc.actors] == [
        ("Denethor Steward", "GONGOVFRM", "person")
    ]
