"""A plural noun that tells who the names of a list are ("The two leaders, X and Y, ...")
is no party beside them: one event for each name, none for the noun."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _sources(pipe: Pipeline, text: str) -> list[str]:
    doc = pipe(text, published="2025-03-12")
    return sorted(e.source.name for e in doc.events if e.source is not None and e.root == "11")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, names",
    [
        # the parser's list of the counted noun and the names
        (
            "The two leaders, Russian President Vladimir Putin and Chinese President Xi "
            "Jinping, condemned the air strikes on Friday.",
            ["Vladimir Putin", "Xi Jinping"],
        ),
        # the names in apposition to the plural noun
        (
            "The two leading Republicans, Donald Trump and Senator Ted Cruz, have criticized "
            "the climate accord.",
            ["Donald Trump", "Ted Cruz"],
        ),
    ],
)
def test_a_plural_noun_telling_who_the_names_are_is_no_party(
    pipe: Pipeline, text: str, names: list[str]
) -> None:
    assert _sources(pipe, text) == names


@pytest.mark.model
def test_a_list_of_common_nouns_keeps_each_party(pipe: Pipeline) -> None:
    doc = pipe("Protesters, police and soldiers clashed in the capital.", published="2025-03-12")
    assert {e.source.name for e in doc.events if e.source is not None} == {
        "Protesters",
        "police",
        "soldiers",
    }


@pytest.mark.model
def test_a_phrase_after_a_list_telling_who_its_members_are_names_no_party(
    pipe: Pipeline,
) -> None:
    doc = pipe(
        "Officials reached out on Monday to Ahmed Karimi and Omid Rahimi, two respected "
        "writers and veterans of Hassan Rouhani's government.",
        published="2025-03-12",
    )
    targets = [e.target.name for e in doc.events if e.target is not None and e.root == "03"]
    assert targets == ["Ahmed Karimi"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Two Turkish reporters, Kemal Aydin and Murat Cakir, were detained by police in "
            "Ankara.",
            "TURMED",
        ),
        (
            "Two officials, Keller and Dorsey, were detained by Turkish police.",
            "TURGOV",
        ),
    ],
)
def test_a_counted_noun_before_names_with_no_code_of_their_own_keeps_its_code(
    pipe: Pipeline, text: str, code: str
) -> None:
    # the names tell no more than the noun: its code is the party's only one
    doc = pipe(text, published="2025-03-12")
    assert code in {e.target.code for e in doc.events if e.target is not None}
