import importlib
import pkgutil
from types import ModuleType

import pytest

import geowire
from geowire import errors


def missing_exports(module: ModuleType) -> set[str]:
    """Public names of geowire's own that ``module`` holds and its ``__all__`` leaves
    out: capitalised names (classes, constants) and exception classes."""
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and not isinstance(value, ModuleType)
        and str(getattr(value, "__module__", "geowire")).startswith("geowire")
        and (name[0].isupper() or (isinstance(value, type) and issubclass(value, Exception)))
    }
    return public - set(module.__all__)


def every_error_class() -> list[type[errors.GeowireError]]:
    """Every GeowireError subclass defined anywhere in the package (all modules imported)."""
    for info in pkgutil.walk_packages(geowire.__path__, "geowire."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    found: list[type[errors.GeowireError]] = []
    todo: list[type[errors.GeowireError]] = [errors.GeowireError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_all_is_complete_and_importable():
    for module in (geowire, errors):
        for name in module.__all__:
            assert hasattr(module, name), f"{module.__name__}.{name}"
        assert not missing_exports(module), module.__name__


def test_the_completeness_check_sees_a_missing_name(monkeypatch):
    monkeypatch.setattr(geowire, "__all__", [n for n in geowire.__all__ if n != "TimeLimitError"])
    assert missing_exports(geowire) == {"TimeLimitError"}


def test_every_error_of_the_tree_is_exported_from_geowire_and_errors():
    defined = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, errors.GeowireError)
    }
    assert defined == set(errors.__all__)
    assert set(errors.__all__) <= set(geowire.__all__)
    assert geowire.TimeLimitError is errors.TimeLimitError


def test_one_exception_tree_with_unique_codes():
    classes = every_error_class()
    codes = [cls.code for cls in classes]
    assert len(set(codes)) == len(codes), sorted(codes)
    for cls in classes:
        assert f"[{cls.code}]" in str(cls("x"))


@pytest.mark.parametrize("name", errors.__all__)
def test_every_exported_error_derives_from_geowire_error(name):
    assert issubclass(getattr(errors, name), errors.GeowireError)
