"""Speakers of the speaker audit's mechanisms (evaluation/data/speaker_audit.jsonl, half A):
an indefinite description whose modifier names someone else, a pseudo-cleft's subject, a
relative pronoun as the subject a pronoun goes back to, a group named by its own words;
needs the model."""

from __future__ import annotations

from typing import Any

import pytest
from factories import quotes_in, speaker_of

from geowire.config import Config
from geowire.nlp.backbone import NLP
from geowire.quotes.speaker import _modifies_noun

pytestmark = pytest.mark.model


def language_model() -> Any:
    return NLP(Config()).nlp


def test_a_name_that_modifies_a_description_is_not_its_name() -> None:
    # 'A senior Obama administration official' is no one named Obama: the description
    # brings in someone new (speaker._new_description), named by its own words
    doc = language_model()("A senior Obama administration official said the plan works.")
    head = next(t for t in doc if t.lower_ == "official")
    obama = next(t for t in doc if t.text == "Obama")
    assert _modifies_noun(obama, head)
    assert not _modifies_noun(head, head)


def test_the_subject_inside_a_pseudo_cleft_speaks() -> None:
    text = (
        "Lena Hart has worked at the plant for 14 years. When she heard the news, all "
        'she could do was shout "We won!" at the radio.'
    )
    found = speaker_of(text, "We won")
    assert found is not None and found.name == "Lena Hart"


def test_a_relative_subject_keeps_the_pronoun_on_its_person() -> None:
    text = (
        "Gov. Paul Brand of Ohio had a chance at a few delegates upstate.\n\n"
        "The winners beamed through their speeches, but it was Mr. Tomas Varga who seemed "
        "like a new candidate. As he spoke in the lobby, there were no insults; he called "
        'his opponent "Senator Reed" instead.'
    )
    found = speaker_of(text, "Senator Reed")
    assert found is not None and "Varga" in found.name


def test_a_group_is_named_by_the_words_of_its_own_mention() -> None:
    # the actors join groups of one code ('Queens' ... 'delegates' ... 'advisers'); the
    # speaker is named by this mention's words, whose head the group's name lacks
    text = (
        "Mrs. Clinton's victory in Queens gave her more delegates than her advisers "
        "expected. Sanders advisers had said that beating her in New York was their best "
        "chance to slow her down."
    )
    found = speaker_of(text, "best chance")
    assert found is not None and found.name == "Sanders advisers"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The report prompted the minister to say that the army would withdraw.",
            "army would withdraw",
            "minister",
        ),
        (
            "Pressure from donors forced Smith to concede that the plan had failed.",
            "plan had failed",
            "Smith",
        ),
        (
            "Senator Ana Ruiz faced a growing scandal. The scandal led her to declare that "
            "the party was finished.",
            "party was finished",
            "Ana Ruiz",
        ),
    ],
)
def test_the_object_of_a_causative_verb_speaks_its_infinitive(
    text: str, words: str, speaker: str
) -> None:
    # 'led her to declare', 'prompted the minister to say' (quotes.tsv causative_verbs):
    # the one brought to speak says it, not the subject that brought them to
    found = speaker_of(text, words)
    assert found is not None and found.name == speaker


def test_the_object_of_an_asking_verb_does_not_speak() -> None:
    # 'urged Congress to say ...': Congress is only asked to; the asker keeps the quote
    found = speaker_of("Obama urged Congress to say that the deal was good.", "deal was good")
    assert found is not None and found.name == "Obama"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Many think the deal with Iran is dead.", "deal with Iran is dead", "Many"),
        ("Few believe the ceasefire will hold.", "ceasefire will hold", "Few"),
        ("The budget, many think, is only a matter of time.", "only a matter of time", "many"),
        # with a phrase naming the group it picks from (quotes.tsv group_prepositions)
        ("Few in the union think the strike will end.", "strike will end", "Few in the union"),
        ("Many on the board believe the cut is small.", "cut is small", "Many on the board"),
    ],
)
def test_a_people_quantifier_subject_holds_the_view(
    nlp: NLP, text: str, words: str, speaker: str
) -> None:
    # 'many', 'few', 'most' as the subject (tagged adjectives), alone or with the group they
    # pick from, name a group of people as 'some' or 'others' do (quotes.tsv
    # people_quantifiers): the view is theirs
    found = [q for q in quotes_in(nlp, text) if words in q.text]
    assert found and found[0].speaker is not None
    s, e = found[0].speaker.span
    assert text[s:e] == speaker


def test_no_one_named_in_what_is_said_is_who_says_it() -> None:
    # '[If the family fails ...], she said': 'she' is not the family named in the quote's
    # own content (Resolver.resolve's ``said``), but the one who spoke before
    text = (
        "Attorney General Janet Reno said the request served no purpose.\n\n"
        "If the mother fails to file an appeal within 14 days, she said, the boy would be "
        "free to leave seven days later."
    )
    found = speaker_of(text, "free to leave")
    assert found is not None and found.name == "Janet Reno"


def test_a_state_that_only_modifies_a_persons_noun_is_not_the_speaker() -> None:
    # 'one U.S. crew chief' is a person of that country, not the United States
    # (Resolver._state_modifies_person); a spokesman still speaks for it
    text = (
        "Iraqi warplanes retreated on Thursday. \u201cThey don't want to play with us,\u201d "
        "one U.S. crew chief said."
    )
    found = speaker_of(text, "play with us")
    assert found is not None and found.name == "one U.S. crew chief"
    assert found.country == "USA"


def test_whom_a_description_relates_its_noun_to_is_not_its_name() -> None:
    # 'a source familiar with Cruz's thinking' is not Cruz (speaker._relating_spans)
    text = (
        "Ted Cruz returned to the Senate on Tuesday.\n\n"
        "Another source familiar with Cruz's thinking said, \u201cI think he will be "
        "friendlier with his colleagues.\u201d"
    )
    found = speaker_of(text, "friendlier")
    assert found is not None and "Cruz" not in found.name


def test_a_counted_description_of_a_bodys_people_is_named_by_its_words() -> None:
    # 'the two lawmakers' are two members, not the body the actors linked them to
    # (Resolver._counted)
    text = (
        "Congress passed the bill on Monday. Senators Ann Ruiz and Tom Hale wrote to the "
        "director on Tuesday.\n\nThe two lawmakers argue that the law was broken."
    )
    found = speaker_of(text, "law was broken")
    assert found is not None and found.name == "The two lawmakers"


def test_a_description_in_lower_case_tagged_a_proper_noun_is_the_person_before() -> None:
    # 'the billionaire business mogul' with 'mogul' tagged PROPN is still a description
    # (speaker._common_noun): the person named as the subject before, not a new one
    text = (
        "Donald Trump, the Republican front-runner, listed an NBC show as his guilty "
        "pleasure.\n\n\u201cMy guilty pleasure TV show, starring me,\u201d the billionaire "
        "business mogul told People."
    )
    found = speaker_of(text, "guilty pleasure TV show")
    assert found is not None and found.name == "Donald Trump"


def test_a_pronoun_for_a_description_is_the_person_it_describes() -> None:
    # 'he' goes back to 'the mega donor', who is Adelson named before
    # (Resolver._named_by_description), not the description's words
    text = (
        "Top Republican Party donor Sheldon Adelson said on Friday he met Donald Trump this "
        "week.\n\nWhile the mega donor didn\u2019t disclose his degree of backing for the "
        "front-runner, he did say he found Trump to be \u201cvery charming.\u201d"
    )
    found = speaker_of(text, "he found Trump")
    assert found is not None and found.name == "Sheldon Adelson"


def test_a_thing_relative_hung_on_a_phrase_object_is_the_noun_that_speaks() -> None:
    # 'a report from an investigation into the attacks that cited X but revealed Y': the
    # relative clause hung on 'attacks' is the report's (speaker._speaking_holder)
    text = (
        "In June, House Republicans issued a report from a two-year investigation into the "
        "Benghazi attacks that cited the administration for security lapses but revealed "
        "nothing new about the matter."
    )
    found = speaker_of(text, "nothing new")
    assert found is not None and "attacks" not in found.name
    assert "report" in found.name


def test_a_bare_text_speaks_for_who_issued_it_before() -> None:
    # 'the filing said' goes on quoting who spoke in the filing a sentence before
    # (Resolver._text_issuer), not the document
    text = (
        "In a regulatory filing, Harbor Mills Corp. said it had sold its paper unit. The "
        "unit had lost money for years, the filing said."
    )
    found = speaker_of(text, "lost money")
    assert found is not None and found.name == "Harbor Mills Corp."


def test_a_bare_text_after_an_inverted_speaker_is_the_speakers() -> None:
    # 'said agency officials in a statement': the parser hangs 'in a statement' on the
    # subject set after the verb; 'the statement said' is still theirs, not an earlier
    # issuer's (speaker._issuer_of)
    text = (
        '"The fire was set deliberately," police said in a statement.\n\n'
        '"No part of the cow entered the food chain," said agency officials in a statement '
        'on Sunday. "The animal was born before the feed ban," the statement said.'
    )
    found = speaker_of(text, "born before the feed ban")
    assert found is not None and found.name == "agency officials"


def test_a_bare_text_after_a_long_quotation_looks_back_from_its_start() -> None:
    # '"A. B. C. D.," the statement continued': the quotation's own sentences do not use
    # up the reach in which its issuer is looked for (Resolver._text_issuer)
    text = (
        '"No part of the cow entered the food chain," the ministry said in a statement on '
        'Sunday. "The animal was born before the feed ban. Investigators will study its '
        "feed. Officials are collecting records from the farm. The herd is quarantined,\" "
        "the statement continued."
    )
    found = speaker_of(text, "herd is quarantined")
    assert found is not None and "ministry" in found.name


def test_a_bare_text_of_an_issuing_verb_is_its_issuers() -> None:
    # 'filed a lawsuit ... The lawsuit contends': the filers speak through it
    text = (
        "Maria Lopez and Tom Reed filed a lawsuit against the county on Monday. The lawsuit "
        "contends that the county ignored repeated warnings."
    )
    found = speaker_of(text, "ignored repeated warnings")
    assert found is not None and found.name in ("Maria Lopez", "Maria Lopez and Tom Reed")


def test_a_voiced_text_named_first_goes_on_quoting_the_party_just_quoted() -> None:
    # 'X announced ... "...," the release said': the release is X's
    text = (
        "On Tuesday, the Ohio Farm Bureau announced that the fair would be cancelled. "
        '"The board could not find a safe way to hold it," the release said.'
    )
    found = speaker_of(text, "safe way to hold it")
    assert found is not None and "Farm Bureau" in found.name


def test_a_text_of_no_party_just_quoted_keeps_its_words() -> None:
    # a law is no one's voice: 'the law says' after another's quote is not theirs
    text = "Smith said the new tax was unfair. The law says that sellers must be licensed."
    found = speaker_of(text, "sellers must be licensed")
    assert found is None or "Smith" not in found.name


def test_chanted_slogans_are_said_by_the_chanters() -> None:
    # 'chanting slogans that urged X': the crowd voicing the slogans urges
    text = (
        "About 2,000 protesters marched through the capital, chanting slogans that urged "
        "the president to resign."
    )
    found = speaker_of(text, "the president to resign")
    assert found is not None and "protesters" in found.name


def test_a_relative_clause_on_a_description_apposed_to_a_name_is_the_names() -> None:
    # 'X, an economist ... who said': the clause says what the described person said
    text = (
        "The new budget was attacked by Lena Sorensen, an economist at a Copenhagen "
        "bank who said it would push prices higher."
    )
    found = speaker_of(text, "push prices higher")
    assert found is not None and found.name == "Lena Sorensen"


def test_a_name_speaking_through_its_apposed_description_takes_its_role() -> None:
    # 'X, a police officer in a patrol unit who said ...': the name speaks, in the role the
    # description gives when the name has no code of its own
    text = (
        "Oleksandr Kovalenko, a police officer in a patrol unit who said the roads were "
        "closed, was injured on Sunday."
    )
    found = speaker_of(text, "the roads were closed")
    assert found is not None and found.name == "Oleksandr Kovalenko"
    assert found.code == "COP", found


def test_a_spokesman_for_a_described_body_speaks_for_the_body_named_before() -> None:
    # 'a spokesman for the bloc': the tagger may take the lower-case 'bloc' for a proper
    # noun; it is still the description of the body named before (actors.coref), whose
    # spokesman speaks in its code, not in a country of the sentence before
    text = (
        "The Arab League suspended Syria's membership on Saturday. A spokesman for the "
        "bloc said the decision would stand until the violence ended."
    )
    found = speaker_of(text, "decision would stand")
    assert found is not None and (found.code or "").startswith("IGO")


def test_a_text_cited_for_a_speech_is_the_speakers() -> None:
    # 'X said ..., according to a statement': the statement is X's (Resolver._cited_by)
    text = (
        "Ghana's electoral commission said the count was complete, according to a "
        "statement."
    )
    found = speaker_of(text, "count was complete")
    assert found is not None and "commission" in found.name


def test_a_text_cited_after_a_partys_words_goes_on_quoting_that_party() -> None:
    # '..., according to a statement' with no issuer of its own, right after a party is
    # quoted: that party's statement, not 'a statement' as a speaker
    text = (
        "Chile's Foreign Ministry condemned the attack on its embassy. Two diplomats "
        "were hurt in the blast, according to a statement."
    )
    found = speaker_of(text, "Two diplomats")
    assert found is not None and "Ministry" in found.name



def test_a_country_in_what_is_said_does_not_place_a_described_speaker() -> None:
    # 'Analysts said Uganda ...' in a story of Kenya: people a description names, whose
    # sentence cues no country but in what they say, are of the story's country
    # (Resolver._placed), not of the country they talk of
    text = (
        "Kenyan police fired tear gas at protesters in Nairobi on Tuesday. Kenya's "
        "president called for calm. Analysts said Uganda was watching the unrest closely."
    )
    found = speaker_of(text, "watching the unrest")
    assert found is not None and found.country == "KEN"
