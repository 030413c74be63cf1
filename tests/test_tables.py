import pytest

from geowire import DictionaryError
from geowire.tables import parse_table, read_table

COLS = ("code", "name", "extra")


def test_rows_version_and_optional_columns():
    t = parse_table("# my table, version 1.2\ncode\tname\nIRQ\t Iraq \n", "t.tsv", COLS, optional=1)
    assert t.version == "1.2"
    assert t.rows == ((3, ("IRQ", "Iraq", "")),)


@pytest.mark.parametrize(
    "text, message",
    [
        ("code\tname\textra\n", "t.tsv:1: no '# ... version"),
        ("# version: 1\ncode\tname\n", "t.tsv:2: expected header"),
        ("# version: 1\ncode\tname\textra\nIRQ\tIraq\n", "t.tsv:3: expected 3 columns, found 2"),
        ("# version: 1\n", "t.tsv: no header row"),
    ],
)
def test_errors_name_file_and_line(text, message):
    with pytest.raises(DictionaryError, match=message):
        parse_table(text, "t.tsv", COLS)


def test_unreadable_file(tmp_path):
    with pytest.raises(DictionaryError, match="cannot read data file"):
        read_table(tmp_path / "missing.tsv", COLS)
