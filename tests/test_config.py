"""The one settings checker: declared settings, typed values, unknown keys refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from geowire import Config, ConfigError
from geowire.config import Setting, check_settings
from geowire.pipeline import registry


def declared(kind: type) -> list[tuple[str, str]]:
    """(component, key) of every built-in setting of ``kind``."""
    return [
        (name, s.name)
        for name in registry.names()
        for s in registry.get(name).settings
        if s.type is kind
    ]


@pytest.mark.parametrize("component, key", declared(bool))
@pytest.mark.parametrize(
    "given, expected",
    [
        ("false", False),
        (" FALSE ", False),
        ("no", False),
        ("0", False),
        (0, False),
        ("true", True),
        ("yes", True),
        (1, True),
        (True, True),
    ],
)
def test_every_flag_reads_a_string_false_as_false(component, key, given, expected):
    cfg = Config(settings={component: {key: given}})
    assert cfg.settings_for(component)[key] is expected


@pytest.mark.parametrize("component, key", declared(bool))
@pytest.mark.parametrize("given", ["maybe", "", 2, 0.5, [True]])
def test_every_flag_refuses_other_values(component, key, given):
    with pytest.raises(ConfigError, match=rf"{component}\.{key} must be true or false"):
        Config(settings={component: {key: given}})


def test_every_builtin_component_declares_its_settings():
    assert declared(bool), "no flag declared at all"
    for name in registry.names():
        defaults = Config().settings_for(name)
        assert set(defaults) == {s.name for s in registry.get(name).settings}


@pytest.mark.parametrize(
    "component", ["geowire.events.v1", "geowire.clean.v1", "geowire.places.v1"]
)
def test_unknown_key_names_component_and_key(component):
    with pytest.raises(ConfigError, match=rf"{component}: unknown key\(s\) colour"):
        Config().with_settings(component, colour="blue")


def test_unknown_key_in_a_toml_file(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[settings."geowire.actors.v1"]\npronoun = false\n')
    with pytest.raises(ConfigError, match=r"c\.toml: setting geowire.actors.v1: .*pronoun"):
        Config.from_toml(path)


def test_settings_of_an_unknown_component():
    with pytest.raises(ConfigError, match="unknown component.*'geowire.nope.v1'"):
        Config(settings={"geowire.nope.v1": {"x": 1}})


def test_toml_values_are_converted(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text(
        '[settings."geowire.events.v1"]\nmin_confidence = "0.5"\nlede_sentences = 3\n'
        '[settings."geowire.places.v1"]\nnear_cells = [1, 2.5]\ncountry_bonus = 3\n'
    )
    cfg = Config.from_toml(path)
    assert cfg.settings_for("geowire.events.v1")["min_confidence"] == 0.5
    places = cfg.settings_for("geowire.places.v1")
    assert places["near_cells"] == (1.0, 2.5) and places["country_bonus"] == 3.0


@pytest.mark.parametrize(
    "component, values, message",
    [
        ("geowire.events.v1", {"min_confidence": 1.5}, "must be 1 or less"),
        ("geowire.events.v1", {"min_confidence": "high"}, "must be a number"),
        ("geowire.events.v1", {"lede_sentences": 2.5}, "must be an integer"),
        ("geowire.events.v1", {"lede_sentences": True}, "must be an integer"),
        ("geowire.nlp.v1", {"chunk_chars": 5}, "must be 100 or more"),
        ("geowire.nlp.v1", {"ops": "gpu"}, "must be one of 'numpy', 'blis'"),
        ("geowire.quotes.v1", {"scope": "all"}, "must be one of 'speech', 'attribution'"),
        ("geowire.quotes.v1", {"cues": 3}, "must be a file path"),
        ("geowire.places.v1", {"near_cells": "0.5"}, "must be a list of numbers"),
        ("geowire.actors.context.v1", {"main_share": float("nan")}, "must be a number"),
    ],
)
def test_bad_values_are_refused(component, values, message):
    with pytest.raises(ConfigError, match=rf"setting {component}\.\w+ {message}"):
        check_settings(component, values)


def test_optional_path_setting():
    s = Setting("lexicon", Path, None)
    assert s.convert("c", None) is None
    assert s.convert("c", "x.json") == "x.json"


def test_a_config_from_toml_builds_the_same_as_with_settings(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('[settings."geowire.events.v1"]\nrequire_dyad = "true"\n')
    via_toml = Config.from_toml(path)
    via_code = Config().with_settings("geowire.events.v1", require_dyad=True)
    assert via_toml.settings == via_code.settings
