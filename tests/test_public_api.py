import geowire
from geowire import errors


def test_all_is_complete_and_importable():
    for name in geowire.__all__:
        assert hasattr(geowire, name), name
    public = {n for n in dir(geowire) if not n.startswith("_") and n[0].isupper()}
    assert public <= set(geowire.__all__)


def test_one_exception_tree_with_codes():
    codes = set()
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, errors.GeowireError)
        codes.add(cls.code)
        assert f"[{cls.code}]" in str(cls("x"))
    assert len(codes) == len(errors.__all__)
