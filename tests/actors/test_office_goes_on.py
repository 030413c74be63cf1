"""An office-holder whose sentences tell no country, and who has no description of their
own, goes on with the report of the sentence before when its subject is a body of the
same kind of office (geowire.actors.context.v1): "Chilean officials reported ... ,
Health Minister X said" is Chile's minister, whatever the article's main country."""

from __future__ import annotations

from factories import actor_code

from geowire import Pipeline

STORY = (
    "Cholera has spread across Peru this month. Hospitals in Lima and Cusco admitted "
    "hundreds of patients, and Peru closed schools in three provinces. "
    "Chilean officials reported on Monday that four travellers returning from Peru were ill. "
    "Two of the travellers had been confirmed to have the disease, {who} said."
)


def test_a_minister_goes_on_with_the_officials_before(full: Pipeline) -> None:
    doc = full(STORY.format(who="Health Minister Rosa Valdivia"), published="2011-05-02")
    assert actor_code(doc, "Rosa Valdivia") == "CHLGOV"


def test_a_described_person_does_not(full: Pipeline) -> None:
    # her own description names her body: the sentence before is no evidence
    doc = full(
        STORY.format(who="Rosa Valdivia, president of the Travellers' Aid Society,"),
        published="2011-05-02",
    )
    assert actor_code(doc, "Rosa Valdivia") != "CHLGOV"


def test_a_subject_of_another_kind_tells_nothing(full: Pipeline) -> None:
    # the sentence before is the state's deed, not an office's report: the article's country
    doc = full(
        "Cholera has spread across Peru this month. Hospitals in Lima and Cusco admitted "
        "hundreds of patients, and Peru closed schools in three provinces. "
        "Chile has sent doctors and medicine. "
        "Two more patients died overnight, Health Minister Rosa Valdivia said.",
        published="2011-05-02",
    )
    assert actor_code(doc, "Rosa Valdivia") == "PERGOV"


def test_a_bare_body_goes_on_with_the_officials_before(full: Pipeline) -> None:
    doc = full(
        "Cholera has spread across Peru this month. Hospitals in Lima and Cusco admitted "
        "hundreds of patients, and Peru closed more schools in Cusco and Lima. "
        "The office of Chile's president said it would send doctors. "
        "Solidarity matters, according to a statement released by officials.",
        published="2011-05-02",
    )
    assert {a.code for a in doc.actors if a.name == "officials"} == {"CHLGOV"}
