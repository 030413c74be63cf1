"""Speakers the parse hides: a name after an abbreviated rank ('said Sgt. Ana Ruiz'), a
name the parser hung on the words before its comma ('..., county spokeswoman Ana Ruiz
said.'), and a company named again by a noun for one ('the utility', 'the company', also
after a possessive name, 'Harlan's Holdings Inc.'); needs the model."""

from __future__ import annotations

import pytest
from factories import quotes_pipeline, speaker_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("rank", ["Sgt.", "Capt.", "Lt.", "Det.", "Maj."])
def test_a_name_after_an_abbreviated_rank_is_the_speaker(rank: str) -> None:
    text = (
        "Smoke closed the bridge on Monday. "
        f'"We cannot say when it will reopen," said {rank} Nora Vlasic, a police spokeswoman.'
    )
    speaker = speaker_of(text, "reopen")
    assert speaker is not None and speaker.name == "Nora Vlasic"


def test_a_title_before_a_name_opening_a_sentence_opens_no_sentence_of_its_own() -> None:
    pipe = quotes_pipeline()
    doc = pipe(pipe.make_document("The road was shut. Capt. Oren Malby said it would reopen."))
    assert [doc.text[s:e] for s, e in doc.sentences] == [
        "The road was shut.",
        "Capt. Oren Malby said it would reopen.",
    ]


def test_a_name_hung_on_the_words_before_its_comma_says_the_sentence() -> None:
    text = (
        "A grass fire burned for a second day. The fire is near Oak, Elm and Birch roads "
        "east of rural Dunmore, county spokeswoman Tessa Varga said. Homes are not in "
        "danger, she said."
    )
    speaker = speaker_of(text, "near Oak")
    assert speaker is not None and "Varga" in speaker.name
    she = speaker_of(text, "Homes are not")
    assert she is not None and "Varga" in she.name


def test_a_thing_said_to_speak_is_no_name_before_it() -> None:
    # a cue whose subject names someone keeps it
    speaker = speaker_of("The storm will pass by Friday, forecasters at Weatherline said.", "storm")
    assert speaker is not None and speaker.name == "forecasters"


def test_the_utility_is_the_company_named_before() -> None:
    text = (
        "Harlow Energy said 9,000 customers were without power on Saturday. "
        "The utility said it had restored power to most of them by evening."
    )
    speaker = speaker_of(text, "restored")
    assert speaker is not None and speaker.name == "Harlow Energy"


def test_the_company_is_the_uncoded_body_named_before() -> None:
    text = "Pellworth Systems said its sales fell in March. The company said it would cut 200 jobs."
    speaker = speaker_of(text, "cut 200")
    assert speaker is not None and speaker.name == "Pellworth Systems"


def test_the_company_is_the_possessive_named_company_before() -> None:
    # a possessive's 's in the name ('Harlan's') is no lower-case word: still a company
    text = (
        "Harlan's Holdings Inc. said its net loss narrowed. "
        "The company said most of its auction business comes in the fourth quarter."
    )
    speaker = speaker_of(text, "auction")
    assert speaker is not None and speaker.name == "Harlan's Holdings Inc."


def test_the_company_is_no_public_body_named_before() -> None:
    text = (
        "The Marlow County Commission approved the new rates. "
        "The company said it would appeal the decision."
    )
    speaker = speaker_of(text, "appeal")
    assert speaker is None or "Commission" not in speaker.name


def test_a_town_is_in_the_state_written_after_it() -> None:
    text = (
        "Voters filled the hall on Friday. "
        '"He is quieter now," said Greta Molan, 67, of Exeter, N.H., after the speech.'
    )
    speaker = speaker_of(text, "quieter")
    assert speaker is not None and (speaker.country or speaker.code or "")[:3] == "USA"


def test_a_demonym_opening_another_countrys_place_gives_that_country() -> None:
    text = (
        "The carbon tax rose again. "
        '"We were not happy at first," said Jock Verlan, head of policy at the Business '
        "Council of British Columbia."
    )
    speaker = speaker_of(text, "not happy")
    assert speaker is not None and (speaker.code or "")[:3] == "CAN"


@pytest.mark.parametrize(
    "text",
    [
        "Critics in Ohio attacked the plan. Tom Hale, a spokesman for Vantor Corp., said it "
        'was legal. "It is legal," Hale said.',
        'Critics in Ohio attacked the plan. "It is legal," a Vantor spokeswoman said.',
    ],
)
def test_a_spokesperson_for_a_body_no_table_knows_speaks_for_a_company(text: str) -> None:
    speaker = speaker_of(text, "legal")
    assert speaker is not None and (speaker.code or "").endswith("BUS")
    if "Hale said" in text:
        again = [q for q in quotes_pipeline()(quotes_pipeline().make_document(text)).quotes]
        assert all((q.speaker.code or "").endswith("BUS") for q in again if q.speaker)


@pytest.mark.parametrize(
    "body", ["the Kenya Tourist Office", "Governor Ted Strickland", "the Lagos State Police"]
)
def test_a_spokesperson_for_a_public_body_or_a_person_is_no_companys(body: str) -> None:
    text = f"Roads were closed on Monday. A spokesman for {body} said the roads were safe."
    speaker = speaker_of(text, "roads were safe")
    assert speaker is not None and not (speaker.code or "").endswith("BUS")


def test_the_first_of_two_family_names_is_the_person_named_in_full() -> None:
    text = (
        "The island is running out of cash. "
        '"Loans are good when a venture is good," said Carmen Ortiz Rivera, the president '
        'of the Harbor Development Bank. "We need the law changed," Ms. Ortiz said.'
    )
    speaker = speaker_of(text, "law changed")
    assert speaker is not None and speaker.name == "Carmen Ortiz Rivera"


def test_she_after_the_first_of_two_family_names_is_the_person_named_in_full() -> None:
    text = (
        "The island is running out of cash. "
        '"Loans are good when a venture is good," said Carmen Ortiz Rivera, the president '
        "of the Harbor Development Bank. In an interview, Ms. Ortiz said the debt was "
        'confusing. "We have many failed ventures," she added.'
    )
    for words in ("debt was confusing", "failed ventures"):
        speaker = speaker_of(text, words)
        assert speaker is not None and speaker.name == "Carmen Ortiz Rivera"


def test_a_spokesperson_of_a_body_the_actors_know_keeps_its_code() -> None:
    text = (
        "Visas were checked again. "
        '"Somebody entered the country," the White House spokesman, Dan Orlo, said.'
    )
    speaker = speaker_of(text, "entered")
    assert speaker is not None and speaker.code == "USAGOV"


def test_a_title_ending_a_sentence_still_ends_it() -> None:
    pipe = quotes_pipeline()
    doc = pipe(pipe.make_document("He was promoted to Capt. The next day he left for Ohio."))
    assert [doc.text[s:e] for s, e in doc.sentences] == [
        "He was promoted to Capt.",
        "The next day he left for Ohio.",
    ]


@pytest.mark.parametrize(
    "group", ["One of the residents", "One of the authors of the report", "Another of the men"]
)
def test_a_name_apposed_to_a_quantified_group_names_the_speaker(group: str) -> None:
    text = f"{group}, Maria Lopez, said the water was rising in the valley."
    speaker = speaker_of(text, "water was rising")
    assert speaker is not None and speaker.name == "Maria Lopez"


def test_a_quantified_group_without_a_name_is_named_by_its_words() -> None:
    speaker = speaker_of("Many of the islanders say they were never consulted.", "never")
    assert speaker is not None and speaker.name == "Many of the islanders"


@pytest.mark.parametrize("surname", ["Skelly", "Connolly", "Early"])
def test_a_surname_tagged_an_adverb_after_an_inverted_cue_speaks(surname: str) -> None:
    text = (
        "The party hired two data analysts in May. "
        f'"Having access to the file is valuable," said {surname}, adding that the '
        "analysts had worked on three campaigns."
    )
    speaker = speaker_of(text, "Having access")
    assert speaker is not None and speaker.name == surname


def test_an_adverb_after_an_inverted_cue_is_no_speaker() -> None:
    text = 'The party hired two data analysts in May. "It went well," she said quietly.'
    speaker = speaker_of(text, "It went well")
    assert speaker is None or speaker.name != "quietly"
