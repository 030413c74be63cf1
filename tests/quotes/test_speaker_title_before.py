"""A title of a state's office written before a name ("Peru's Minister of Health Ana
Quispe", 'Member of Parliament Ana Quispe') codes the person it precedes, also when the
parser hung it apart and the actors coded the title and the name as two persons; needs
the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_a_minister_of_a_possessive_country_before_a_name_is_government() -> None:
    text = (
        "Floods hit three provinces this week. Peru's Minister of Health Carlos "
        "Mendoza said the clinics in the south were running short of fluids."
    )
    found = speaker_of(text, "clinics in the south")
    assert found is not None and found.code == "PERGOV"


def test_the_name_alone_later_keeps_the_title() -> None:
    text = (
        "Floods hit three provinces this week. Peru's Minister of Health Carlos "
        "Mendoza said the clinics were short of fluids. Mendoza added that "
        "more rain was expected."
    )
    found = speaker_of(text, "more rain was expected")
    assert found is not None and found.code == "PERGOV"


def test_a_member_of_parliament_before_a_name_is_a_legislator() -> None:
    text = (
        "The cattle market in Janakpur was closed on Monday. Member of Parliament Ram "
        "Bahadur Thapa said the ban on cattle sales in Nepal was needed."
    )
    found = speaker_of(text, "ban on cattle")
    assert found is not None and found.code == "NPLLEG"


def test_a_private_title_before_a_name_gives_no_government_role() -> None:
    text = (
        "Floods hit three provinces of Peru this week. Farm owner Rosa Elena Quispe-Mamani "
        "said the clinics in the south were running short of fluids."
    )
    found = speaker_of(text, "clinics in the south")
    assert found is not None and not (found.code or "").endswith(("GOV", "LEG"))


def test_a_post_before_a_name_naming_an_international_body_is_the_body() -> None:
    text = (
        "Measles has come back in Africa. WHO Africa regional director Luis Gomes Sambo "
        "made the announcement at a Zimbabwe meeting. \"Several countries have suffered "
        'setbacks," Sambo said.'
    )
    found = speaker_of(text, "Several countries")
    assert found is not None and (found.code or "").startswith("IGOWHO")


def test_a_post_before_a_name_naming_no_body_takes_no_body() -> None:
    text = (
        "Measles has come back in Africa. Regional director Luis Gomes Sambo made the "
        "announcement at a Zimbabwe meeting. \"Several countries have suffered "
        'setbacks," Sambo said.'
    )
    found = speaker_of(text, "Several countries")
    assert found is not None and not (found.code or "").startswith(("IGO", "NGO"))


def test_a_title_tagged_a_verb_with_the_name_as_its_object_gives_the_name() -> None:
    text = (
        "Cholera spread in Sudan this month. WHO chief Tedros Adhanom Ghebreyesus said the "
        "vaccines would arrive soon."
    )
    found = speaker_of(text, "vaccines would arrive")
    assert found is not None and "Tedros" in found.name


def test_a_title_the_actors_coded_with_an_international_body_is_the_body() -> None:
    # 'UNICEF Executive Director X': the actors code the title with the body (and a
    # company's role for 'director'); the person works for the body, not for the country
    # the story is about
    text = (
        "Floods cut roads across northern Mozambique this week. UNICEF Executive "
        "Director Laura Mendes said schools in Cabo Delgado had been destroyed."
    )
    found = speaker_of(text, "schools in Cabo Delgado")
    assert found is not None and (found.code or "").startswith("IGO")
