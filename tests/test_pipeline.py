import time

import pytest

from geowire import Config, Document, InputError, Pipeline, PipelineError
from geowire.errors import TimeLimitError
from geowire.pipeline import component, registry


@component("test.upper.v1", reads=("text",), writes=("text",))
class Upper:
    """Upper-cases the text."""

    def __init__(self, config):
        pass

    def __call__(self, doc):
        return doc.replace(text=doc.text.upper())


@component("test.needs_actors.v1", reads=("actors",), writes=("events",))
def needs_actors(config):
    """Reads actors."""
    return lambda doc: doc


@component("test.returns_str.v1", reads=("text",), writes=("text",))
def returns_str(config):
    """Breaks the contract."""
    return lambda doc: "not a document"


@component("test.sneaky.v1", reads=("text",), writes=("text",))
def sneaky(config):
    """Writes a field it does not declare."""
    return lambda doc: doc.replace(title="changed")


def test_runs_components_in_order():
    pipe = Pipeline(Config(components=("test.upper.v1",)))
    assert pipe("abc").text == "ABC"
    assert Upper.name == "test.upper.v1" and Upper.writes == ("text",)


def test_build_time_check_of_reads():
    with pytest.raises(PipelineError, match="reads actors"):
        Pipeline(Config(components=("test.needs_actors.v1",)))


def test_unknown_component_names_the_registered_ones():
    with pytest.raises(PipelineError, match="geowire.clean.v1"):
        Pipeline(Config(components=("nope.v1",)))


def test_run_time_checks():
    with pytest.raises(PipelineError, match="not a Document"):
        Pipeline(Config(components=("test.returns_str.v1",)))("x")
    with pytest.raises(PipelineError, match="changed 'title'"):
        Pipeline(Config(components=("test.sneaky.v1",)))("x")


def test_unknown_field_in_declaration():
    with pytest.raises(PipelineError, match="unknown field"):
        component("test.bad.v1", reads=("nonsense",), writes=())(lambda c: None)


def test_builtins_are_registered_with_versioned_names():
    names = registry.names()
    for name in Config().components:
        assert name in names


def test_pipe_keeps_order_and_metadata():
    pipe = Pipeline(Config(components=("test.upper.v1",)), batch_size=2)
    docs = [pipe.make_document(t, published=f"2020-01-0{i}") for i, t in enumerate("abcde", 1)]
    out = list(pipe.pipe(docs))
    assert [d.text for d in out] == list("ABCDE")
    assert [d.published.day for d in out] == [1, 2, 3, 4, 5]


def test_bad_published_date_is_an_input_error():
    from geowire import InputError

    with pytest.raises(InputError):
        Pipeline(Config(components=("test.upper.v1",)))("x", published="yesterday")


def test_config_from_toml(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text(
        'model = "m"\nbatch_size = 4\n[settings."geowire.events.v1"]\nrequire_dyad = true\n'
    )
    cfg = Config.from_toml(path)
    assert cfg.model == "m" and cfg.batch_size == 4
    assert cfg.settings_for("geowire.events.v1")["require_dyad"] is True
    path.write_text("modle = 'typo'\n")
    from geowire import ConfigError

    with pytest.raises(ConfigError, match="modle"):
        Config.from_toml(path)


def test_document_returned_is_document():
    assert isinstance(Pipeline(Config(components=("test.upper.v1",)))("x"), Document)


@component("test.sleepy.v1", reads=("text",), writes=("text",))
def sleepy(config):
    """Takes a while (a component slow on hostile text)."""

    def run(doc):
        time.sleep(0.05)
        return doc

    return run


@pytest.mark.parametrize(
    "components, seconds, expected",
    [
        (("test.upper.v1",), None, "ABC"),
        (("test.sleepy.v1", "test.upper.v1"), 60.0, "ABC"),
        (("test.upper.v1",), -1.0, "before component 'test.upper.v1'"),
        (("test.sleepy.v1", "test.upper.v1"), 0.01, "in component 'test.sleepy.v1'"),
    ],
)
def test_deadline_stops_between_components(components, seconds, expected):
    pipe = Pipeline(Config(components=components))
    deadline = None if seconds is None else time.monotonic() + seconds
    if expected.isupper():
        assert pipe("abc", deadline=deadline).text == expected
        assert [d.text for d in pipe.pipe([pipe.make_document("x")], deadline=deadline)] == ["X"]
    else:
        with pytest.raises(TimeLimitError, match=expected) as err:
            pipe("abc", deadline=deadline)
        assert err.value.code == "E410" and isinstance(err.value, InputError)


@component("test.stubborn.v1", reads=("text",), writes=("text",))
def stubborn(config):
    """Loops until told otherwise, swallowing every Exception (a component stuck on a text)."""

    def run(doc):
        while True:
            try:
                time.sleep(0.01)
            except Exception:  # noqa: BLE001 - what a careless component does
                pass

    return run


@pytest.mark.parametrize("in_thread", [False, True])
def test_deadline_interrupts_a_stuck_component_in_any_thread(in_thread):
    from concurrent.futures import ThreadPoolExecutor

    pipe = Pipeline(Config(components=("test.stubborn.v1", "test.upper.v1")))

    def call() -> Document:
        return pipe("abc", deadline=time.monotonic() + 0.1)

    start = time.monotonic()
    with pytest.raises(TimeLimitError, match="in component 'test.stubborn.v1'"):
        if in_thread:
            with ThreadPoolExecutor(1) as pool:
                pool.submit(call).result(timeout=30)
        else:
            call()
    assert time.monotonic() - start < 5
    # nothing is left pending for the thread: the next run is not interrupted
    assert (
        Pipeline(Config(components=("test.sleepy.v1", "test.upper.v1")))(
            "x", deadline=time.monotonic() + 10
        ).text
        == "X"
    )


@pytest.mark.parametrize("seconds, expected", [(None, "ABC"), (0, "ABC"), (0.01, None)])
def test_extract_time_limit(monkeypatch, seconds, expected):
    import geowire

    pipe = Pipeline(Config(components=("test.sleepy.v1", "test.upper.v1")))
    monkeypatch.setattr(geowire, "_pipeline", lambda model: pipe)
    if expected is None:
        with pytest.raises(TimeLimitError):
            geowire.extract("abc", time_limit=seconds)
    else:
        assert geowire.extract("abc", time_limit=seconds).text == expected


def test_with_settings_adds_to_one_component_only() -> None:
    from geowire import Config

    events, quotes = "geowire.events.v1", "geowire.quotes.v1"
    base = Config(settings={events: {"require_dyad": True}, quotes: {"partial": False}})
    cfg = base.with_settings(events, calibrate=False)
    assert cfg.settings == {
        events: {"require_dyad": True, "calibrate": False},
        quotes: {"partial": False},
    }
    assert base.settings[events] == {"require_dyad": True}  # frozen: a new config
    got = cfg.with_settings("geowire.actors.v1", pronouns="false").settings_for("geowire.actors.v1")
    assert got == {"pronouns": False, "fuzzy_names": True, "infer_country": True}
