"""The built-in tables code the spokespeople the news quotes by name (White House press
secretaries, State Department, UN and foreign-ministry spokespersons) by the article's date,
the 'Taleban' spelling of the Taliban, and more US federal bodies."""

from __future__ import annotations

import datetime as dt

import pytest

from geowire import Config
from geowire.actors.lexicon import Lexicon, lexicon_for


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return lexicon_for(Config())


def _code(lex: Lexicon, text: str, form: str, day: str) -> str | None:
    when = dt.date.fromisoformat(day)
    found = {text[m.start : m.end]: m.term.code_on(when) for m in lex.match(text, day=when)}
    return found.get(form)


@pytest.mark.parametrize(
    "form, day, code",
    [
        ("Ari Fleischer", "2002-04-10", "USAGOV"),
        ("Dana Perino", "2008-06-01", "USAGOV"),
        ("Jay Carney", "2012-08-20", "USAGOV"),
        ("Josh Earnest", "2015-09-10", "USAGOV"),
        ("Sean McCormack", "2007-03-02", "USAGOV"),
        ("Jen Psaki", "2014-03-03", "USAGOV"),
        ("Heather Nauert", "2018-06-01", "USAGOV"),
        ("Fred Eckhard", "2003-03-10", "IGOUNO"),
        ("Martin Nesirky", "2012-04-05", "IGOUNO"),
        ("Hong Lei", "2011-06-14", "CHNGOV"),
        ("Qin Gang", "2008-03-18", "CHNGOV"),
        ("Alexander Lukashevich", "2013-02-01", "RUSGOV"),
        ("Ramin Mehmanparast", "2010-09-01", "IRNGOV"),
        ("Christopher Hill", "2007-02-13", "USAGOV"),
        ("Mohamed ElBaradei", "2011-01-28", "EGYOPP"),
        ("Mohamed ElBaradei", "2008-05-05", "IGOIAE"),
    ],
)
def test_spokespeople_and_envoys_by_date(lex: Lexicon, form: str, day: str, code: str) -> None:
    assert _code(lex, f"{form} told reporters on Monday.", form, day) == code


@pytest.mark.parametrize(
    "form, code",
    [
        ("Taleban", "AFGREBTAL"),
        ("Pakistani Taleban", "PAKINS"),
        ("Fatah al-Islam", "LBNINS"),
        ("Congressional Budget Office", "USALEG"),
        ("Census Bureau", "USAGOV"),
        ("National Labor Relations Board", "USAGOV"),
        ("Trump Organization", "USABUS"),
    ],
)
def test_spellings_and_agencies(lex: Lexicon, form: str, code: str) -> None:
    assert _code(lex, f"Officials said {form} had acted.", form, "2016-06-10") == code


@pytest.mark.parametrize(
    "form, code",
    [
        ("Party of Regions", "UKRPTY"),
        ("Party of National Unity", "KENPTY"),
        ("CPN-UML", "NPLPTY"),
        ("FSLN", "NICPTY"),
        ("Forum for Democratic Change", "UGAPTY"),
        ("EPRDF", "ETHPTY"),
        ("Frelimo", "MOZPTY"),
        ("Sadrist movement", "IRQPTY"),
        ("Saenuri Party", "KORPTY"),
        ("Democratic Party of Japan", "JPNPTY"),
    ],
)
def test_parliamentary_parties(lex: Lexicon, form: str, code: str) -> None:
    assert _code(lex, f"Officials said {form} had acted.", form, "2012-06-10") == code
