"""The word lists the event coder reads, from the language's ``events.tsv``.

Each field of :class:`EventWords` is the list of that name (the file says what each one is
for); the coder takes them from its config's language when it is built.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["EventWords"]


@dataclass(frozen=True, slots=True)
class EventWords:
    """The event coder's word lists (``geowire/data/<lang>/events.tsv``)."""

    reporting_verbs: frozenset[str]
    reply_verbs: frozenset[str]
    claim_speech_verbs: frozenset[str]
    target_prepositions: frozenset[str]
    subject_pronouns: frozenset[str]
    co_agent_words: frozenset[str]
    light_verb_prepositions: frozenset[str]
    claim_nouns: frozenset[str]
    claim_verbs: frozenset[str]
    claim_act_verbs: frozenset[str]
    gerund_topic_prepositions: frozenset[str]
    event_quantifiers: frozenset[str]
    duty_verbs: frozenset[str]
    count_words: frozenset[str]
    advice_auxiliaries: frozenset[str]
    hypothetical_auxiliaries: frozenset[str]
    prediction_auxiliaries: frozenset[str]
    planned_auxiliaries: frozenset[str]
    plan_verbs: frozenset[str]
    predict_verbs: frozenset[str]
    condition_marks: frozenset[str]
    intent_heads: frozenset[str]
    posture_heads: frozenset[str]
    threat_heads: frozenset[str]
    warning_heads: frozenset[str]
    refusal_heads: frozenset[str]
    current_adverbs: frozenset[str]
    dating_modals: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    past_auxiliaries: frozenset[str]
    act_place_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    negated_future_auxiliaries: frozenset[str]
    undone_auxiliaries: frozenset[str]
    passive_past_auxiliaries: frozenset[str]
    question_marks: frozenset[str]
    artifact_nouns: frozenset[str]
    authoring_verbs: frozenset[str]
    time_prepositions: frozenset[str]
    habitual_adverbs: frozenset[str]
    present_passive_auxiliaries: frozenset[str]
    agent_participles: frozenset[str]
    statistic_nouns: frozenset[str]
    prediction_nouns: frozenset[str]
    work_stoppage_words: frozenset[str]
    guest_codes: frozenset[str]
    verbal_force_words: frozenset[str]
    police_search_words: frozenset[str]
    degree_words: frozenset[str]
    enabling_verbs: frozenset[str]
    intransitive_event_verbs: frozenset[str]
    topic_verbs: frozenset[str]
    share_words: frozenset[str]
    poll_participles: frozenset[str]
    reciprocal_words: frozenset[str]
    owner_agent_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    decision_nouns: frozenset[str]
    patient_nouns: frozenset[str]
    aim_prepositions: frozenset[str]
    riot_words: frozenset[str]
    occupation_words: frozenset[str]
    effort_verbs: frozenset[str]
    figurative_force_words: frozenset[str]
    perception_verbs: frozenset[str]
    commerce_words: frozenset[str]
    attribution_heads: frozenset[str]
