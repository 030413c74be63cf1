"""Precision on unseen news (precision16): senses of a coded word its object or its use
shows to be no political act. A release of a thing published ("ordered the release of
internal documents", "releasing them to the public") is no release of persons; hostages and
prisoners released stay. Hosting a gathering that is no visit ("hosting the event", "hosted
a golf tournament") receives no visitors; hosting a leader or a dinner for one stays. A
challenge of a rival in a vote ("challenging Rep. Smith in the primary") is a candidacy; a
state's challenge stays. A capture of a prize or a record, or by a photographer, is no
arrest; police capturing suspects and an army capturing a town stay. A noun of an act
quoted alone as a word is mentioned, not used. Met in the passive by agents told doing
something ("were met by gunmen lobbing grenades") is an encounter, no meeting. Through the
whole pipeline; a person pressed on a matter or for an answer by no one named or by the
press is questioned, no demand; the sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    doc = pipe(text, published="2019-06-01")
    return {e.cameo for e in doc.events if not e.cameo.startswith("01")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The senator ordered the release of internal documents about the program.", "08"),
        ("The court ordered the release of the video showing the shooting.", "08"),
        (
            "The State Department said it would review the letters before releasing them to "
            "the public.",
            "03",
        ),
        (
            "Denver has raised $5 million to help pay for hosting the event, which is "
            "expected to draw 40,000 delegates and reporters.",
            "04",
        ),
        ("Donald Trump's golf resort in Miami has hosted a PGA Tour event since 1975.", "04"),
        ("The professor is challenging Rep. Smith in the Aug. 30 primary.", "11"),
        (
            "One candidate to watch is Tim Jones, the law professor who is challenging Rep. "
            "Mary Smith, the Democratic National Committee chair, in Ohio's Aug. 30 primary.",
            "11",
        ),
        ("Sanders challenged the governor when she ran for a second term in 1986.", "11"),
        ("A Reuters photographer captured a small figure covered in a foil sheet.", "17"),
        ("Her work emails were immediately captured and preserved by the State Department.", "17"),
        (
            'Officials searched their records for words such as "ambassador," "attack," '
            '"Benghazi," and "Libya."',
            "19",
        ),
        ("The soldiers were met by gunmen lobbing grenades and firing rifles.", "04"),
        ("The senator has never met an opponent like Smith.", "04"),
        (
            "On the topic of Mr. Putin, Mr. Smith was pressed on why he had said it was a "
            "great honor to earn the Russian president's praise last week.",
            "10",
        ),
    ],
)
def test_sense_tells_no_act(pipe: Pipeline, text: str, root: str) -> None:
    codes = _codes(pipe, text)
    assert not any(code.startswith(root) for code in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The rebels released the hostages on Monday.", "084"),
        ("Israel released 50 prisoners.", "084"),
        ("The army demanded the release of the captured soldiers.", "1053"),
        # an appeal to publish stays an appeal, no longer one for a release of persons
        ("Senators urged the candidate to release the audio tapes of his conversation.", "020"),
        ("The White House hosted a dinner for the Chinese president.", "043"),
        ("The White House will host a summit of African leaders in August.", "043"),
        ("Iran challenged the United States in the Gulf.", "110"),
        ("Police captured two suspects in Chicago.", "173"),
        ("The journalist was detained by security forces in Tehran.", "173"),
        ("The army captured the town of Kunduz.", "192"),
        ('The rebels "attacked" the town on Monday, the army said.', "18"),
        ("The army attacked the town.", "190"),
        ("Turkey was pressed by the European Union to take back refugees.", "100"),
        ("Israel pressed Egypt to close the border.", "100"),
        ("The Iranian foreign minister met the Chinese premier in Beijing.", "040"),
    ],
)
def test_right_sense_stays(pipe: Pipeline, text: str, code: str) -> None:
    codes = _codes(pipe, text)
    assert any(c.startswith(code) for c in codes), codes
