"""Two target choices of force and coercion; needs the model.

- A place or body struck that no dictionary codes, named by its name only ("the Hotel
  Sahafi in Mogadishu"), is of the country where the act happened
  (``EventCoder._uncoded_struck``), as an unnamed one is.
- The object of a purpose infinitive that counts or gathers people ("to disperse
  thousands of demonstrators", "to break up a rally of opposition supporters") names them
  in its own "of" phrase (``SentenceCoder._crowd_of``)."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Gunmen stormed the Hotel Wadajir in Mogadishu on Sunday.", "SOM"),
        ("Separatist fighters shelled the Lazurnaya Hotel in Mariupol.", "UKR"),
    ],
)
def test_uncoded_name_struck_takes_the_country_of_the_place(
    pipe: Pipeline, text: str, target: str
) -> None:
    acts = coded_acts(pipe, text, "2024-03-05")
    assert any(c[:2] in ("18", "19") and t == target for _s, c, t in acts), acts


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Police opened fire to disperse thousands of demonstrators in Conakry.", "GINOPP"),
        ("Police fired tear gas to disperse a crowd of opposition supporters in Lagos.", "NGAOPP"),
        (
            "Police used batons and tear gas to break up a rally of opposition supporters"
            " in Harare.",
            "ZWEOPP",
        ),
    ],
)
def test_crowd_dispersed_by_an_infinitive_is_the_people_of_it(
    pipe: Pipeline, text: str, target: str
) -> None:
    acts = coded_acts(pipe, text, "2024-03-05")
    assert any(c == "175" and t == target for _s, c, t in acts), acts
