"""An actor code is cut in threes in one place (``resolve.code_chunks``): its country's and
its roles' pieces, in order, which ``sectors_of`` filters to roles (made-up codes)."""

from __future__ import annotations

from geowire.actors.resolve import code_chunks, sectors_of


def test_a_code_is_cut_in_threes_country_and_roles_alike() -> None:
    assert code_chunks("USAREBMIL") == ("USA", "REB", "MIL")
    assert code_chunks("RADREB") == ("RAD", "REB")


def test_a_short_piece_at_the_end_and_no_code_give_nothing() -> None:
    assert code_chunks("KENGOVX") == ("KEN", "GOV")
    assert code_chunks("") == code_chunks(None) == ()


def test_the_roles_of_a_code_are_its_pieces_that_are_roles() -> None:
    assert sectors_of("USAREBMIL") == tuple(c for c in code_chunks("USAREBMIL") if c != "USA")
