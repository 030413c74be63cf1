import pytest

from geowire import Config
from geowire.document import Document
from geowire.nlp import NLP


def _parse(text: str, repairs: bool = True):
    nlp = NLP(Config(settings={"geowire.nlp.v1": {"parse_repairs": repairs}}))
    return nlp(Document(text=text)).parse


@pytest.mark.model
def test_a_headline_verb_read_as_a_plural_noun_is_made_the_verb_with_its_subject():
    text = "Trump praises Kim after the summit"
    before = _parse(text, repairs=False)
    assert before[1].tag_ == "NNS"  # the model's reading the repair exists for
    parse = _parse(text)
    verb = parse[1]
    assert (verb.tag_, verb.pos_, verb.lemma_) == ("VBZ", "VERB", "praise")
    assert parse[0].dep_ == "nsubj" and parse[0].head.i == 1
    assert parse[2].dep_ == "dobj" and parse[2].head.i == 1


@pytest.mark.model
def test_a_plural_noun_without_an_object_or_not_a_verb_stays_a_noun():
    parse = _parse("The rains flooded the valley.")
    assert parse[1].tag_ == "NNS" and parse[1].pos_ == "NOUN"
    parse = _parse("Election results")
    assert parse[1].pos_ == "NOUN"


@pytest.mark.model
def test_the_first_word_of_a_listed_noun_compound_is_a_noun():
    text = "Think tanks criticize the plan."
    assert _parse(text, repairs=False)[0].pos_ == "VERB"
    parse = _parse(text)
    assert (parse[0].tag_, parse[0].pos_) == ("NN", "NOUN")
    assert parse[0].head.i == 1
    assert parse[2].pos_ == "VERB"  # a real verb is left alone


@pytest.mark.model
def test_a_title_case_headline_verb_is_repaired_but_not_a_capitalised_name_in_a_sentence():
    parse = _parse("Rand Paul Slams Obama And The Press In One Speech.")
    assert (parse[2].pos_, parse[2].lemma_) == ("VERB", "slam")
    assert parse[1].dep_ == "nsubj" and parse[0].head.i == 1
    parse = _parse("The Grand Slams Hillary won were many.")
    assert parse[2].pos_ == "PROPN"


@pytest.mark.model
def test_a_headline_verb_the_model_ran_into_a_name_is_taken_out_of_the_entity():
    text = "Minister Warns Iran Over Nuclear Tests"
    before = _parse(text, repairs=False)
    assert before[1].ent_type_ and before[1].pos_ == "PROPN"
    parse = _parse(text)
    assert (parse[1].pos_, parse[1].lemma_, parse[1].ent_type_) == ("VERB", "warn", "")
    assert parse[2].ent_type_ and parse[2].dep_ == "dobj"
    parse = _parse("Governor Warns Iran Over Missile Tests")
    assert parse[1].ent_type_ == "" and parse[2].ent_type_


@pytest.mark.model
def test_a_title_case_verb_made_a_modifier_of_the_next_name_heads_the_headline():
    text = "Ana Ortiz Slams Mayor And The Council In One Debate Answer."
    assert _parse(text, repairs=False)[2].dep_ == "compound"
    parse = _parse(text)
    assert (parse[2].pos_, parse[2].dep_, parse[2].lemma_) == ("VERB", "ROOT", "slam")
    assert parse[1].dep_ == "nsubj" and parse[3].dep_ == "dobj" and parse[0].head.i == 1
    # an event noun of the verb dictionary stays a noun in a title-case noun phrase
    parse = _parse("Iran Sanctions Bill Passes Senate Committee Vote")
    assert parse[1].pos_ != "VERB"
