"""Quote extraction on parsed text: kinds, content, speakers, cues (needs the spaCy model)."""

from __future__ import annotations

import pytest

from geowire.config import Config
from geowire.document import Actor, Document, Quote
from geowire.nlp.backbone import NLP
from geowire.quotes import QuoteExtractor, extract_quotes

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> NLP:
    return NLP(Config())


def run(nlp: NLP, text: str, actors: tuple[Actor, ...] = ()) -> list[Quote]:
    doc = nlp(Document(text=text)).replace(actors=actors)
    return list(QuoteExtractor(Config())(doc).quotes)


def table(text: str, quotes: list[Quote]) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (
            q.kind,
            q.text,
            text[q.speaker.span[0] : q.speaker.span[1]] if q.speaker else None,
            q.speaker.name if q.speaker else None,
        )
        for q in quotes
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "\u201cIt is our destiny to live with Iran,\u201d "
            "Vice President Tariq al-Hashimi said.",
            [
                (
                    "direct",
                    "It is our destiny to live with Iran,",
                    "Vice President Tariq al-Hashimi",
                    "Tariq al-Hashimi",
                )
            ],
        ),
        (
            "Foreign Minister Hoshyar Zebari commented: "
            "\u201cWe indeed have many indications.\u201d",
            [
                (
                    "direct",
                    "We indeed have many indications.",
                    "Foreign Minister Hoshyar Zebari",
                    "Hoshyar Zebari",
                )
            ],
        ),
        (
            "Senator John Smith stressed that the talks would fail.",
            [("indirect", "that the talks would fail", "Senator John Smith", "John Smith")],
        ),
        (
            "Officials have called for an immediate ceasefire.",
            [("indirect", "an immediate ceasefire", "Officials", "Officials")],
        ),
        (
            "According to the ministry, the border was closed on Monday.",
            [("indirect", "the border was closed on Monday", "the ministry", "the ministry")],
        ),
        (  # a scare quote: no one's words
            "The plan would ease the \u201csectarian tension\u201d in the region.",
            [],
        ),
    ],
)
def test_table(
    nlp: NLP, text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert table(text, run(nlp, text)) == expected


def test_split_quote_is_two_entries_with_one_speaker(nlp: NLP) -> None:
    text = "\u201cWe will stay,\u201d Ahmed Karimi said, \u201cand we will rebuild.\u201d"
    quotes = run(nlp, text)
    assert [q.text for q in quotes] == ["We will stay,", "and we will rebuild."]
    for q in quotes:
        assert q.kind == "direct" and q.cue == "said" and q.cue_type == "speech"
        assert q.speaker is not None and q.speaker.name == "Ahmed Karimi"
        assert text[q.speaker.span[0] : q.speaker.span[1]] == "Ahmed Karimi"


def test_pronoun_resolves_to_the_previous_person(nlp: NLP) -> None:
    text = (
        "Prime Minister Ahmed Karimi spoke in Baghdad on Sunday.\n\n"
        "\u201cThe region needs calm,\u201d he said."
    )
    [quote] = run(nlp, text)
    assert quote.speaker is not None
    assert text[quote.speaker.span[0] : quote.speaker.span[1]] == "he"
    assert quote.speaker.name == "Ahmed Karimi"


def test_surname_resolves_to_the_full_name(nlp: NLP) -> None:
    text = (
        "Defence Minister Laila Haddad visited the troops.\n\n"
        "Haddad said that the army would withdraw next year."
    )
    quotes = run(nlp, text)
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("indirect", "Laila Haddad")
    ]


def test_speaker_comes_from_the_actor(nlp: NLP) -> None:
    text = "Iraqi Foreign Minister Hoshyar Zebari said that Iran had helped."
    start = text.index("Hoshyar")
    actor = Actor(
        "a1", "Hoshyar Zebari", "IRQGOV", "IRQ", ("GOV",), "person", ((start, start + 14),)
    )
    [quote] = run(nlp, text, (actor,))
    assert quote.speaker is not None
    assert (quote.speaker.code, quote.speaker.country, quote.speaker.actor) == (
        "IRQGOV",
        "IRQ",
        "a1",
    )


def test_unattributed_quote_has_no_speaker(nlp: NLP) -> None:
    text = "The crowd waited outside.\n\n\u201cWe want the truth about the water supply.\u201d"
    [quote] = run(nlp, text)
    assert quote.kind == "direct" and quote.speaker is None and quote.cue is None


def test_quote_continues_across_paragraphs(nlp: NLP) -> None:
    text = (
        "Ahmed Karimi said: \u201cThe first part of it is long.\n\n"
        "\u201cAnd the second part ends here.\u201d"
    )
    quotes = [q for q in run(nlp, text) if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].text.endswith("second part ends here.")
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Ahmed Karimi"


@pytest.mark.parametrize(
    "text",
    ['He said "yes', '"""', "\u201d\u201d\u201c", "\u201cA\n\n\u201cB\n\n", "No quotes at all."],
)
def test_odd_marks_never_raise(nlp: NLP, text: str) -> None:
    for q in run(nlp, text):
        assert 0 <= q.span[0] <= q.span[1] <= len(text)


def test_without_parse_nothing_is_made_up() -> None:
    assert extract_quotes(Document(text="\u201cHello,\u201d he said.")) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # a colon introduction in one paragraph, the quote in the next
            "Senator Maria Lopez continued:\n\n\u201cWe will not give up on this bill.\u201d",
            ("direct", "We will not give up on this bill.", "Maria Lopez"),
        ),
        (
            # a headline label
            "Lopez: Border Plan Will Fail Without Funding\n\nThe senator spoke on Monday.",
            ("indirect", "Border Plan Will Fail Without Funding", "Lopez"),
        ),
        (
            # a parenthetical cue: the clause around it is the content
            "In the long run, economists say, the tariffs will raise prices.",
            (
                "indirect",
                "In the long run, economists say, the tariffs will raise prices",
                "economists",
            ),
        ),
        (
            # a parenthetical cue with the one it was said to
            "Maria Lopez spoke in Madrid. Such questions, she told VOA, should be settled "
            "by the courts.",
            (
                "indirect",
                "Such questions, she told VOA, should be settled by the courts",
                "Maria Lopez",
            ),
        ),
        (
            # the object and what it is called
            "The minister called the agreement \u201ca historic mistake.\u201d",
            ("indirect", "the agreement \u201ca historic mistake.\u201d", "The minister"),
        ),
    ],
)
def test_more_frames(nlp: NLP, text: str, expected: tuple[str, str, str]) -> None:
    quotes = [q for q in run(nlp, text) if q.kind != "partial"]
    assert len(quotes) == 1
    q = quotes[0]
    assert q.speaker is not None
    assert (q.kind, q.text, q.speaker.name) == expected


def test_speaker_after_a_long_apposition(nlp: NLP) -> None:
    text = (
        "\u201cYes, I support the governor,\u201d Brent Walker III, founder of the Research "
        "Center, tells the paper."
    )
    [quote] = run(nlp, text)
    assert quote.speaker is not None and quote.speaker.name.startswith("Brent Walker")


def test_time_stamp_is_not_a_speaker(nlp: NLP) -> None:
    text = "12:15 p.m.\n\nPresident Barack Obama says that he is not plotting anything."
    quotes = run(nlp, text)
    assert quotes and all(q.speaker is None or "p.m." not in q.speaker.name for q in quotes)


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Robby Mook spoke on Sunday. Mook acknowledged that the campaign had made "
            "mistakes in Iowa, he told reporters.",
            "that the campaign had made mistakes in Iowa",
        ),
        (
            "The senator said the bill would pass next week, he said.",
            "the bill would pass next week",
        ),
    ],
)
def test_content_does_not_swallow_its_own_speakers_clause(
    nlp: NLP, text: str, content: str
) -> None:
    # the trailing 'he said' would take 'Mook acknowledged that ...' whole
    quotes = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert [q.text for q in quotes] == [content]


def test_trimmed_content_runs_to_the_outer_end(nlp: NLP) -> None:
    # the inner cue's content stops at 'but'; the trailing 'they said' covers the rest
    text = (
        "Other Republican candidates said they support charter schools and vouchers or "
        "tax-credit scholarship programs, but they wouldn\u2019t advocate for them on the "
        "federal level, because those decisions should be left to states, they said."
    )
    quotes = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert [q.text for q in quotes] == [
        "they support charter schools and vouchers or tax-credit scholarship programs, but "
        "they wouldn\u2019t advocate for them on the federal level, because those decisions "
        "should be left to states"
    ]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            # a negated inner cue: the denial is what he says
            "Donald Trump spoke on Monday. He had never suggested the U.S. should use a "
            "database, Trump said.",
            "He had never suggested the U.S. should use a database",
        ),
        (
            # the cue before its content: the inner speaker is not the content's subject
            "Donald Trump spoke on Monday. Trump said he had never suggested the U.S. "
            "should use a database.",
            "he had never suggested the U.S. should use a database",
        ),
    ],
)
def test_content_keeps_a_denied_inner_cue(nlp: NLP, text: str, content: str) -> None:
    quotes = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert [q.text for q in quotes] == [content]


def test_nested_speech_of_another_person_keeps_both(nlp: NLP) -> None:
    text = "Gonzalez said he would go get his son alone, Castro said Sunday."
    quotes = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert sorted(q.text for q in quotes) == [
        "Gonzalez said he would go get his son alone",
        "he would go get his son alone",
    ]


def test_a_speaker_is_resolved_once_with_all_it_says(
    nlp: NLP, monkeypatch: pytest.MonkeyPatch
) -> None:
    # '"...," she said, adding that ...': two cues share one speaker mention; the resolver
    # reads the quote's content (no antecedent inside what is said), so it gets the content
    # of both quotes, once, not the first cue's alone (extract_quotes' cache was keyed by
    # the mention's span and filled from whichever quote came first)
    from geowire.quotes import speaker as speaker_module

    calls: list[tuple[str, list[str]]] = []
    original = speaker_module.Resolver.resolve

    def spy(self, mention, said=()):  # type: ignore[no-untyped-def]
        calls.append((text[mention.span[0] : mention.span[1]], [text[s:e] for s, e in said]))
        return original(self, mention, said)

    monkeypatch.setattr(speaker_module.Resolver, "resolve", spy)
    text = (
        "Attorney General Janet Reno spoke on Monday.\n\n"
        "\u201cThe family is broken,\u201d she said, adding that the children would stay."
    )
    quotes = run(nlp, text)
    assert {q.text for q in quotes} >= {"The family is broken,", "that the children would stay"}
    assert {q.speaker.name for q in quotes if q.speaker} == {"Janet Reno"}
    said = [s for mention, s in calls if mention == "she"]
    assert len(said) == 1
    assert set(said[0]) == {"The family is broken,", "that the children would stay"}


def test_a_speakerless_quotation_inside_someones_content_is_part_of_it() -> None:
    # _one_per_stretch: a quoted title no one is found to say, inside the content a source
    # is cited for, leaves that content standing (it used to drop the content instead)
    from geowire.document import Speaker
    from geowire.quotes import _one_per_stretch

    text = "The book, 'Crippled America,' sold 235,000 copies, according to Nielsen."
    nielsen = Speaker("Nielsen", None, None, None, (62, 69))
    outer = Quote(text[:50], (0, 50), "indirect", nielsen, "according to", "speech")
    title = Quote("Crippled America,", (11, 28), "direct", None, None, "speech")
    assert _one_per_stretch([title, outer]) == [outer]
    # a quote of its own (with a speaker) inside stays a stretch of its own
    said = Quote("Crippled America,", (11, 28), "direct", nielsen, "said", "speech")
    assert said in _one_per_stretch([said, outer])


def test_an_attribution_in_the_frame_of_a_split_quote_is_kept() -> None:
    # the attribution scope keeps a split quote as one hull; what its frame attributes
    # ('..., Black said, referring to the RNC. "..."') is no repeat of the quote's words
    from geowire.document import Speaker
    from geowire.quotes import _one_per_stretch

    black = Speaker("Black", None, None, None, (10, 15))
    hull = Quote("x" * 60, (0, 60), "direct", black, "said", "speech")
    ref = Quote("the RNC", (30, 37), "indirect", black, "referring", "speech")
    assert _one_per_stretch([hull, ref]) == [hull]
    assert _one_per_stretch([hull, ref], [(8, 40)]) == [hull, ref]


@pytest.mark.parametrize(
    "text",
    [
        '"If anyone should lose, it would be Ted Cruz," Black said, referring to the '
        'Republican National Committee. "There are members who would want that."',
    ],
)
def test_referring_to_between_the_parts_of_a_split_quote(nlp: NLP, text: str) -> None:
    from factories import quotes_in

    quotes = quotes_in(nlp, text)
    assert "the Republican National Committee" in [q.text for q in quotes]
    assert any(q.kind == "direct" and "members who would want" in q.text for q in quotes)


def test_an_attitude_reported_inside_the_frame_stays_the_reporters(nlp: NLP) -> None:
    # the frame's own attribution ('who said X would prefer not to talk about it') keeps
    # what it reports: the gap of the split quote exempts only what lies in no other content
    from factories import SPEECH, quotes_in

    text = (
        "\u201cHe must go to work,\u201d said his daughter, Rosa, who said Gonzalez would "
        "prefer not to talk about the issue. \u201cThere has been a lot of pressure.\u201d"
    )
    cues = [q.cue for q in quotes_in(nlp, text, SPEECH)]
    assert "talk" not in cues and cues.count("said") == 3, cues
