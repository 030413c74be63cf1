"""The word lists the quote rules read, from the language's ``quotes.tsv``.

Each field of :class:`QuoteWords` is the list of that name (the file says what each one is
for); the quote extractor takes them from its config's language when it is built and
hands them to the functions that read a parse.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QuoteWords"]


@dataclass(frozen=True, slots=True)
class QuoteWords:
    """The quote rules' word lists (``geowire/data/<lang>/quotes.tsv``)."""

    about_prepositions: frozenset[str]
    object_prepositions: frozenset[str]
    holder_pronouns: frozenset[str]
    finding_verbs: frozenset[str]
    utter_verbs: frozenset[str]
    aside_marks: frozenset[str]
    noun_topic_prepositions: frozenset[str]
    dummy_objects: frozenset[str]
    non_speaker_subjects: frozenset[str]
    expletive_subjects: frozenset[str]
    relative_pronouns: frozenset[str]
    demonstratives: frozenset[str]
    holderless_speech_verbs: frozenset[str]
    singular_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    speaker_relatives: frozenset[str]
    person_relatives: frozenset[str]
    source_prepositions: frozenset[str]
    issuing_verbs: frozenset[str]
    expletives: frozenset[str]
    not_people_words: frozenset[str]
    possessive_determiners: frozenset[str]
    people_quantifiers: frozenset[str]
    represent_heads: frozenset[str]
    affiliation_prepositions: frozenset[str]
    kin_nouns: frozenset[str]
    topic_prepositions: frozenset[str]
    title_small_words: frozenset[str]
    cue_prepositions: frozenset[str]
    represent_prepositions: frozenset[str]
    kin_prepositions: frozenset[str]
    outlet_prepositions: frozenset[str]
    naming_deps: frozenset[str]
    pronoun_words: frozenset[str]
    speaker_place_prepositions: frozenset[str]
    publisher_prepositions: frozenset[str]
    anonymity_words: frozenset[str]
    spokesperson_nouns: frozenset[str]
    generic_titles: frozenset[str]
    example_prepositions: frozenset[str]
    backer_nouns: frozenset[str]
    frame_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    venue_nouns: frozenset[str]
    reason_marks: frozenset[str]
    contrast_marks: frozenset[str]
    answer_words: frozenset[str]
    wording_verbs: frozenset[str]
    professional_titles: frozenset[str]
    home_prepositions: frozenset[str]
    international_words: frozenset[str]
    venue_prepositions: frozenset[str]
    share_words: frozenset[str]
    holder_prepositions: frozenset[str]
    adjective_prepositions: frozenset[str]
    holding_verbs: frozenset[str]
    heading_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    body_words: frozenset[str]
    organisation_words: frozenset[str]
    voiced_texts: frozenset[str]
    comment_participles: frozenset[str]
    backing_nouns: frozenset[str]
    receiving_verbs: frozenset[str]
    backing_prepositions: frozenset[str]
    asking_verbs: frozenset[str]
    idiom_cues: frozenset[str]
    causative_verbs: frozenset[str]
    stance_phrase_prepositions: frozenset[str]
    backing_given_prepositions: frozenset[str]
    poll_prepositions: frozenset[str]
    unmarked_dollar_countries: frozenset[str]
    foreign_state_words: frozenset[str]
    viewpoint_prepositions: frozenset[str]
    hearsay_adverbs: frozenset[str]
    group_prepositions: frozenset[str]
    medium_prepositions: frozenset[str]
    byline_verbs: frozenset[str]
    byline_place_prepositions: frozenset[str]
    generic_body_nouns: frozenset[str]
    state_body_roles: frozenset[str]  # (actors.tsv)
    female_given_names: frozenset[str]  # (actors.tsv)
    male_given_names: frozenset[str]  # (actors.tsv)
    female_role_words: frozenset[str]  # (actors.tsv)
    male_role_words: frozenset[str]  # (actors.tsv)
    company_suffixes: frozenset[str]  # (actors.tsv)
    currency_words: frozenset[str]  # (actors.tsv)
    poll_nouns: frozenset[str]  # (events.tsv)
    question_marks: frozenset[str]  # (events.tsv)
