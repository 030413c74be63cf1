"""Speakers named by a description or a rare name: a person noun the tables do not list
('the shipping magnate', 'the weatherman') stands for the person named before it, not
for one a reported clause names; a surname the tagger took for a common noun still
names someone; an infinitive hung on the object of a venue preposition ('turned to the
cameras to say') is said by the outer subject; needs the model."""

from __future__ import annotations

import functools

import pytest

from geowire import Pipeline
from geowire.config import Config
from geowire.document import Quote, Speaker

pytestmark = pytest.mark.model


@functools.cache
def _pipeline() -> Pipeline:
    return Pipeline(Config(components=("geowire.nlp.v1", "geowire.actors.v1", "geowire.quotes.v1")))


def quotes(text: str) -> list[Quote]:
    pipe = _pipeline()
    return list(pipe(pipe.make_document(text)).quotes)


def speaker_of(text: str, words: str) -> Speaker:
    """The speaker of the quote whose content holds ``words``."""
    found = [q for q in quotes(text) if words in q.text]
    assert found, f"no quote holds {words!r}"
    assert found[0].speaker is not None, f"no speaker for {found[0].text!r}"
    return found[0].speaker


def test_a_description_by_a_listed_person_noun_is_the_person_named_before() -> None:
    text = (
        "Harold Pinkerton bought three more ports on Tuesday. In a statement, the shipping "
        "magnate announced that he would open a fourth terminal next spring."
    )
    assert speaker_of(text, "fourth terminal").name == "Harold Pinkerton"


def test_a_description_by_a_noun_for_people_is_the_person_named_before() -> None:
    text = (
        "Walter Brennigan hosted his evening show on Monday. The weatherman pointed out "
        "that the storm had been forecast a week earlier."
    )
    assert speaker_of(text, "storm had been forecast").name == "Walter Brennigan"


def test_a_description_skips_the_person_a_reported_clause_names() -> None:
    text = (
        "Linda Harper said on Friday that Judge Peter Alvarez had misread the statute. "
        "The retired neurosurgeon added that the ruling would be appealed."
    )
    assert speaker_of(text, "would be appealed").name == "Linda Harper"


def test_a_surname_tagged_as_a_common_noun_names_the_speaker() -> None:
    text = (
        "The council met again on Thursday. In the hearing, O\u2019Keefe argues that the "
        "budget leaves the libraries without staff."
    )
    speaker = speaker_of(text, "budget leaves the libraries")
    assert speaker.name == "O\u2019Keefe"


def test_an_infinitive_on_a_venue_object_is_said_by_the_outer_subject() -> None:
    text = (
        "Judge Amelia Fortescue heard the appeal on Monday. The judge pointed to an earlier "
        "case to say that the contract was void."
    )
    speaker = speaker_of(text, "contract was void")
    assert speaker.name == "Amelia Fortescue"


def test_he_is_not_the_subject_of_a_clause_on_a_word_the_speaker_reports() -> None:
    text = (
        "Gerald Hutchins spoke to reporters on Monday. Hutchins said that with the votes "
        "Margaret Ellison already had, the budget would pass easily. He contends that the "
        "opposition will fold before the summer."
    )
    assert speaker_of(text, "opposition will fold").name == "Gerald Hutchins"
