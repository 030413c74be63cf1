"""Loading the spaCy model (once per process) and parsing documents with it."""

from __future__ import annotations

import collections
import itertools
import logging
import os
import threading
import time
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np

from ..clean.datelines import DATELINE_RE, is_dateline
from ..config import Config, Setting
from ..dictionaries.lexicon import verb_lexicon
from ..document import Document, paragraph_spans
from ..errors import ConfigError, ModelError
from ..language import language
from ..pipeline import component
from .headings import mark_heading_breaks
from .repairs import repair_compounds, repair_headline_verbs, repair_title_case_verbs

__all__ = ["NLP", "keep_titles", "load_model", "model_load_seconds"]

log = logging.getLogger(__name__)

_models: dict[str, Any] = {}
_load_seconds: dict[str, float] = {}
_steps_cache: dict[tuple[int, bool, bool, bool], list[tuple[str, Any]]] = {}
_lock = threading.Lock()

#: spaCy stops at this many characters by default; news articles never come close,
#: but a 10 MB "article" should be parsed, not refused: a text longer than
#: :data:`CHUNK_CHARS` is parsed in paragraph-aligned pieces that are joined into one
#: Doc over the whole text (same characters, same offsets), so no piece reaches this.
MAX_LENGTH = 2_000_000

#: Texts longer than this are parsed piece by piece (each piece ends at a paragraph
#: break when there is one, else at a sentence end or a space).
CHUNK_CHARS = 10_000


def split_long(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``limit`` characters whose
    concatenation is ``text``; each cut falls after a line break if one is in the
    second half of the piece, else after a sentence end, else after a space."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = -1
        for sep in ("\n", ". ", " "):
            at = text.rfind(sep, start + limit // 2, end)
            if at >= 0:
                cut = at + len(sep)
                break
        if cut <= start:
            cut = end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def load_model(name: str) -> Any:
    """The spaCy pipeline ``name``, loaded once per process and shared."""
    with _lock:
        nlp = _models.get(name)
        if nlp is not None:
            return nlp
        import spacy

        start = time.perf_counter()
        try:
            nlp = spacy.load(name)
        except OSError:
            installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
            raise ModelError(
                f"spaCy model {name!r} is not installed (installed: {installed}); "
                f"install it with pip (e.g. `pip install {name.replace('_', '-')}`) "
                "or choose another with --model"
            ) from None
        nlp.max_length = max(nlp.max_length, MAX_LENGTH)
        _load_seconds[name] = time.perf_counter() - start
        log.info("loaded spaCy model %s in %.2fs", name, _load_seconds[name])
        _models[name] = nlp
        return nlp


def keep_titles(nlp: Any, titles: Iterable[str]) -> None:
    """Keep each abbreviated title ("Sgt.", "Capt.") one token with its period, as the
    tokenizer keeps "Gen." and "Sen.": split off, the period ends a sentence before the name
    it titles ("said Sgt." | "Ana Ruiz, a spokeswoman.")."""
    for title in titles:
        if title not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(title, [{"ORTH": title}])


class _PrefixedInfixes:
    """The tokenizer's infix search, leaving whole a word that is a prefix of
    ``prefixes``, a hyphen and a word ("re-open", "Re-elected"): split there, the tagger
    reads the prefix as the verb and the verb as an adjective ("will re/VB -/VB open/JJ
    Monday"), and the clause's time and subject hang on the wrong word. Every other
    infix, and every other word's split, is the model's own (``original``)."""

    def __init__(self, original: Any, prefixes: frozenset[str]) -> None:
        self.original = original
        self.prefixes = prefixes

    def __call__(self, text: str) -> Iterator[Any]:
        for m in self.original(text):
            if (
                m.group() == "-"
                and text[: m.start()].lower() in self.prefixes
                and text[m.end() : m.end() + 1].isalpha()
            ):
                continue
            yield m


def keep_prefixed(nlp: Any, prefixes: frozenset[str]) -> None:
    """Keep a word of a prefix of ``prefixes``, a hyphen and a word one token
    (:class:`_PrefixedInfixes`); once per model, whatever pipelines share it."""
    tokenizer = nlp.tokenizer
    found = tokenizer.infix_finditer
    if found is None or not prefixes:
        return
    if isinstance(found, _PrefixedInfixes):
        if found.prefixes == prefixes:
            return
        found = found.original
    tokenizer.infix_finditer = _PrefixedInfixes(found, prefixes)


def model_load_seconds(name: str) -> float | None:
    """How long loading ``name`` took in this process (None if not loaded)."""
    return _load_seconds.get(name)


def _steps(
    nlp: Any, fast_rules: bool, cached_lemmas: bool, fast_ner: bool = True
) -> list[tuple[str, Any]]:
    """The model's enabled components, with the attribute ruler vectorised, the
    lemmatizer's answers cached and the entity recognizer decoding in NumPy when possible."""
    key = (id(nlp), fast_rules, cached_lemmas, fast_ner)
    with _lock:
        steps = _steps_cache.get(key)
        if steps is not None:
            return steps
        from .fastlemmas import cached_lemmatizer
        from .fastner import fast_entity_recognizer
        from .fastrules import compile_ruler

        # component name -> its same-result replacement (None when it cannot be) and why not
        faster: dict[str, tuple[Any, str]] = {}
        if fast_rules:
            faster["attribute_ruler"] = (compile_ruler, "a rule is not supported")
        if cached_lemmas:
            faster["lemmatizer"] = (cached_lemmatizer, "not a rule or lookup one")
        if fast_ner:
            faster["ner"] = (fast_entity_recognizer, "not spaCy's greedy BILUO recognizer")
        steps = []
        for name, proc in nlp.pipeline:
            if name in faster:
                make, why_not = faster[name]
                fast = make(proc)
                if fast is None:
                    log.info("%s of %s kept as is (%s)", name, nlp.meta, why_not)
                else:
                    proc = fast
            steps.append((name, proc))
        _steps_cache[key] = steps
        return steps


_doc_classes: dict[str, Any] = {}
_ops_set: dict[int, str] = {}
_BLAS_THREADS_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
_BLAS_SET_THREADS = (
    "openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
)


def single_threaded_blas() -> bool:
    """Ask the BLAS that NumPy loaded (OpenBLAS) for one thread, unless the user chose.

    A spaCy model's matrices are small: a second BLAS thread costs more CPU than
    it saves, and worker processes (``--workers``) already use every core.
    Returns True if a thread count was set. Linux only; elsewhere a no-op.
    """
    if any(name in os.environ for name in _BLAS_THREADS_ENV):
        return False
    import ctypes

    import numpy  # noqa: F401 - loads the BLAS library

    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower()}
    except OSError:
        return False
    done = False
    for path in sorted(paths):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for symbol in _BLAS_SET_THREADS:
            fn = getattr(lib, symbol, None)
            if fn is not None:
                fn(1)
                done = True
                break
    return done


def use_ops(nlp: Any, ops: str) -> None:
    """Run the model's layers with ``ops``: "numpy" (NumPy's BLAS for matrix products,
    single-threaded) or "blis" (spaCy's default). The annotations are the same."""
    if ops not in ("numpy", "blis"):
        raise ConfigError(f"geowire.nlp.v1: ops must be 'numpy' or 'blis', not {ops!r}")
    with _lock:
        if _ops_set.get(id(nlp)) == ops:
            return
        from thinc.api import NumpyOps

        if ops == "numpy":
            single_threaded_blas()
        backend = NumpyOps(use_blis=ops == "blis")
        for _name, proc in nlp.pipeline:
            model = getattr(proc, "model", None)
            if model is not None and hasattr(model, "walk"):
                for node in model.walk():
                    node.ops = backend
        _ops_set[id(nlp)] = ops


_NORM = ["NORM"]
_SPACE_ORTH = ["IS_SPACE", "ORTH"]
_ORTH_SPACY = ["ORTH", "SPACY"]


def _string_ids(strings: Any, words: Iterable[str]) -> Any:
    """The spaCy string ids (hashes) of ``words``, as an array to compare parse columns with
    (``strings``: the vocabulary's StringStore, which gives a string's id, stored or not)."""
    return np.array([strings[w] for w in words], dtype=np.uint64)


def text_doc_class() -> Any:
    """A spaCy ``Doc`` whose ``.text`` is the stored string (spaCy rebuilds it on every
    access by joining every token: components that read ``parse.text`` pay O(n) each time)."""
    cls = _doc_classes.get("text")
    if cls is None:
        from spacy.tokens import Doc

        class TextDoc(Doc):
            """A spaCy Doc that keeps its text (same tokens, offsets and annotations)."""

            _geowire_text: str

            @property
            def text(self) -> str:
                return self._geowire_text

            @property
            def text_with_ws(self) -> str:
                return self._geowire_text

        import copyreg

        from spacy.tokens.doc import pickle_doc  # type: ignore[attr-defined]

        # pickled (and deep-copied) as spaCy pickles a Doc: it comes back a plain Doc
        copyreg.pickle(TextDoc, pickle_doc)
        cls = _doc_classes["text"] = TextDoc
    return cls


#: how many lines from the start of the text a dateline may open (after a headline)
DATELINE_LINES = 4


def _dateline_ends(doc: Any, after_break: set[int]) -> list[tuple[int, int]]:
    """The first word after a dateline ("KINSHASA, Congo \u2014", "MOSCOW (AP)_";
    :data:`~geowire.clean.datelines.DATELINE_RE`) that opens the text or one of its first
    :data:`DATELINE_LINES` lines, with more of the line after it, and the dateline's
    own first word."""
    text = doc.text
    starts = [0, *sorted(after_break)][:DATELINE_LINES]
    out: list[tuple[int, int]] = []
    for i in starts:
        if doc[i].is_space:
            continue
        found = DATELINE_RE.match(text, doc[i].idx)
        if found is None:
            continue
        after = doc.char_span(found.end(), len(text), alignment_mode="expand")
        if after is None:
            continue
        first = next((t for t in after if not t.is_space and t.idx >= found.end()), None)
        if first is not None and "\n" not in text[found.end() : first.idx]:
            out.append((i, first.i))
    return out


def _with_datelines(text: str, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The sentence spans, a dateline parsed on its own (:func:`_dateline_ends`) joined
    to the sentence it opens: the lede is one sentence, as the text reads."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        last = out[-1] if out else None
        if last and "\n" not in text[last[0] : a] and is_dateline(text[last[0] : last[1]]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return tuple(out)


@component(
    "geowire.nlp.v1",
    reads=("text",),
    writes=("parse", "sentences", "paragraphs"),
    settings=(
        Setting("fast_rules", bool, True),
        Setting("cached_lemmas", bool, True),
        Setting("fast_ner", bool, True),
        Setting("cached_text", bool, True),
        Setting("ops", str, "numpy", choices=("numpy", "blis")),
        Setting("paragraph_breaks", bool, True),
        Setting("chunk_chars", int, CHUNK_CHARS, minimum=100),
        Setting("lemma_fixes", bool, True),
        Setting("subheadings", bool, True),
        Setting("parse_repairs", bool, True),
    ),
)
class NLP:
    """Tokenise, tag, parse and find entities with a spaCy pipeline; set sentence spans.

    Settings (``[settings."geowire.nlp.v1"]``): ``fast_rules`` (default true) runs
    the model's attribute ruler as vectorised rules with identical results;
    ``cached_lemmas`` (default true) remembers the lemmatizer's answer for each word,
    POS and morphology (``fastlemmas.py``: the same lemmas); ``fast_ner`` (default
    true) runs the entity recognizer's networks as spaCy does and its greedy decoding
    as array operations over each sub-batch (``fastner.py``: the same entities);
    ``cached_text`` (default true) makes ``parse.text`` a stored string instead of
    spaCy's join over every token (the parse is still a ``spacy.tokens.Doc``);
    ``ops`` (default "numpy") computes the networks' matrix products with NumPy's
    BLAS on one thread, faster than spaCy's default BLIS here ("blis" keeps it).
    All five leave every annotation as the plain spaCy pipeline makes it.
    ``paragraph_breaks`` (default true) starts a sentence after every line break, so
    no sentence runs across paragraphs. ``chunk_chars`` (default 10,000): a longer
    text is parsed in pieces cut at paragraph breaks and joined into one Doc.
    ``lemma_fixes`` (default true) corrects the few verb lemmas the model gets wrong
    ("hopes" -> "hop"; ``data/en/nlp.tsv``). ``subheadings`` (default true) starts a
    sentence after a subheading the text ran into the next sentence ("Recent attacks
    Since the start of the year, ...": ``headings.py``). ``parse_repairs`` (default true)
    retags a headline's verb the model read as a plural noun ("Trump blasts Clinton") and
    the first word of a noun compound read as a verb ("think tank"; ``repairs.py``).
    """

    def __init__(self, config: Config | None = None) -> None:
        config = config or Config()
        settings = config.settings_for("geowire.nlp.v1")
        self.model_name = config.model
        self.batch_size = config.batch_size
        self.nlp = load_model(self.model_name)
        self.steps = _steps(
            self.nlp, settings["fast_rules"], settings["cached_lemmas"], settings["fast_ner"]
        )
        use_ops(self.nlp, settings["ops"])
        self.text_doc = text_doc_class() if settings["cached_text"] else None
        self.paragraph_breaks = settings["paragraph_breaks"]
        self.chunk_chars = settings["chunk_chars"]
        fixes = language(config.lang).ordered("verb_lemma_fixes") if settings["lemma_fixes"] else ()
        self.lemma_fixes = dict(f.split(":", 1) for f in fixes)
        self.lemma_fix_keys = _string_ids(self.nlp.vocab.strings, self.lemma_fixes)
        self.opening_words = language(config.lang).words("sentence_openers")
        self.openers = self.opening_words if settings["subheadings"] else None
        self.titles = language(config.lang).words("title_abbreviations")
        self.time_names = language(config.lang).words("time_names")
        self.title_ids = _string_ids(self.nlp.vocab.strings, self.titles)
        self.repairs = settings["parse_repairs"]
        self.compounds: dict[str, frozenset[str]] = {}
        self.verb_s_forms: dict[str, str] = {}
        self.event_nouns: frozenset[str] = frozenset()
        if self.repairs:
            pairs = [c.split() for c in language(config.lang).ordered("noun_compounds")]
            for first in {p[0] for p in pairs}:
                self.compounds[first] = frozenset(p[1] for p in pairs if p[0] == first)
            lexicon = verb_lexicon()
            self.verb_s_forms = lexicon.s_forms
            self.event_nouns = lexicon.event_nouns
        keep_titles(self.nlp, self.titles)
        self.prefixes = language(config.lang).words("hyphen_prefixes")
        keep_prefixed(self.nlp, self.prefixes)
        #: the lemma of a word's stem after a hyphened prefix, by (stem, POS, morphology)
        self._stem_lemmas: dict[tuple[str, str, str], str] = {}

    def make_doc(self, text: str) -> Any:
        """The tokenised Doc for ``text`` (a TextDoc unless ``cached_text`` is off)."""
        doc = self.nlp.make_doc(text)
        if self.text_doc is None:
            return doc
        # each token's text and trailing space, read off its ORTH and SPACY columns
        columns = doc.to_array(_ORTH_SPACY)
        strings = doc.vocab.strings
        words = [strings[orth] for orth in columns[:, 0].tolist()]
        spaces = (columns[:, 1] != 0).tolist()
        kept = self.text_doc(doc.vocab, words=words, spaces=spaces)
        if words:
            # tokenizer exceptions give some tokens their own norm ("n't" -> "not")
            kept.from_array(_NORM, doc.to_array(_NORM))
        kept._geowire_text = text
        return kept

    def _paragraph_starts(self, doc: Any) -> Any:
        """Mark the first token after a line break as a sentence start, and a name after
        its abbreviated title ("Capt. Rod Lee", ``title_abbreviations``) as none; a
        dateline that opens a line is parsed apart from the lede it runs into
        (:func:`_dateline_ends`), so the parser takes no place for the lede's subject.

        Cleaned text separates paragraphs (and headline lines) by newlines; the parser
        respects boundaries set before it runs, so no sentence spans two paragraphs.
        """
        n = len(doc)
        if n < 2:
            return doc
        columns = doc.to_array(_SPACE_ORTH)
        is_space = columns[:, 0]
        # the first word after a run of space tokens holding a line break
        after_break: set[int] = set()
        if self.paragraph_breaks:
            for j in np.flatnonzero(is_space).tolist():
                if "\n" in doc[j].text:
                    k = j + 1
                    while k < n and is_space[k]:
                        k += 1
                    if k < n:
                        after_break.add(k)
            for k in after_break:
                doc[k].is_sent_start = True
        # the first word after the story's dateline ("KINSHASA, Congo \u2014 Three
        # Americans were sentenced ..."): the dateline is parsed on its own, not as the
        # lede's subject; the lede's sentence still covers it (``_attach``)
        for start, k in _dateline_ends(doc, after_break):
            doc[k].is_sent_start = True
            # nor does the parser cut the dateline or the lede's first clause short
            # ("ADDIS ABABA, Ethiopia \u2014 Ethiopia and Eritrea agreed ...")
            for j in range(start + 1, k):
                doc[j].is_sent_start = False
            j = k + 1
            while j < n and not (doc[j].is_space or doc[j - 1].text in (".", "?", "!")):
                doc[j].is_sent_start = False
                j += 1
        # a word right after an abbreviated title
        titled = np.isin(columns[:-1, 1], self.title_ids)
        for j in np.flatnonzero(titled).tolist():
            tok = doc[j + 1]
            if (
                j + 1 not in after_break
                and not tok.is_space
                and tok.is_title
                and tok.lower_ not in self.opening_words
            ):  # (not 'He was made Capt. The next day ...')
                tok.is_sent_start = False
        return doc

    def _heading_breaks(self, docs: Iterator[Any]) -> Iterator[Any]:
        """Tagged Docs with a sentence started after each run-on subheading
        (``headings.py``); the parser, next, keeps those starts."""
        openers = self.openers or frozenset()
        for doc in docs:
            mark_heading_breaks(doc, openers, self.time_names, self.verb_s_forms)
            yield doc

    def _fix_lemmas(self, parsed: Any) -> Any:
        """Correct the model's known wrong verb lemmas (``data/en/nlp.tsv``)."""
        if self.lemma_fixes and len(parsed):
            # only the tokens whose lower-case form has a fix, found on the LOWER column
            hits = np.isin(parsed.to_array("LOWER"), self.lemma_fix_keys)
            for i in np.flatnonzero(hits).tolist():
                tok = parsed[i]
                if tok.pos_ in ("VERB", "AUX"):
                    tok.lemma_ = self.lemma_fixes[tok.lower_]
        if self.prefixes and len(parsed) and "-" in parsed.text:
            for tok in parsed:
                prefix, dash, stem = tok.lower_.partition("-")
                if dash and prefix in self.prefixes and stem.isalpha():
                    tok.lemma_ = prefix + self._stem_lemma(tok, stem)
        return parsed

    def _stem_lemma(self, tok: Any, stem: str) -> str:
        """The lemma of ``stem``, the word after a hyphened prefix of ``tok``, with the
        token's POS and morphology ("elected" VERB: "elect"), by the model's lemmatizer;
        the stem itself when it has none. "re-elected" is "reelect", the closed spelling's
        lemma, as the verb lists write it."""
        key = (stem, tok.pos_, str(tok.morph))
        found = self._stem_lemmas.get(key)
        if found is None:
            found = stem
            if "lemmatizer" in self.nlp.pipe_names:
                from spacy.tokens import Doc

                one = Doc(self.nlp.vocab, words=[stem], pos=[tok.pos_], morphs=[key[2]])
                lemmas = self.nlp.get_pipe("lemmatizer").lemmatize(one[0])
                found = (lemmas[0] if lemmas else stem).lower() or stem
            self._stem_lemmas[key] = found
        return found

    def _attach(self, doc: Document, parsed: Any) -> Document:
        parsed = self._fix_lemmas(parsed)
        if self.repairs:
            repair_compounds(parsed, self.compounds)
            repair_headline_verbs(parsed, self.verb_s_forms)
            repair_title_case_verbs(parsed, self.verb_s_forms, self.event_nouns)
        # a sentence's text is that slice of the doc's (spaCy's tokens keep every character)
        text = parsed.text
        sentences = _with_datelines(
            text,
            [(s.start_char, s.end_char) for s in parsed.sents if s.text.strip()],
        )
        return doc.replace(parse=parsed, sentences=sentences, paragraphs=paragraph_spans(doc.text))

    def parse(self, texts: Iterable[str]) -> Iterator[Any]:
        """spaCy Docs for ``texts``, through every enabled component, in batches.

        A text over :data:`CHUNK_CHARS` goes through as several pieces (see
        :func:`split_long`) that are joined back into one Doc over the whole text.
        """
        counts: collections.deque[int] = collections.deque()

        def pieces() -> Iterator[Any]:
            for text in texts:
                parts = split_long(text, self.chunk_chars)
                counts.append(len(parts))
                for part in parts:
                    yield self._paragraph_starts(self.make_doc(part))

        docs: Iterator[Any] = pieces()
        for name, proc in self.steps:
            pipe = getattr(proc, "pipe", None)
            if pipe is not None:
                docs = pipe(docs, batch_size=self.batch_size)
            else:
                docs = (proc(d) for d in docs)
            if name == "tagger" and self.openers is not None:
                docs = self._heading_breaks(docs)
        return self._joined(docs, counts)

    def _joined(self, docs: Iterator[Any], counts: collections.deque[int]) -> Iterator[Any]:
        for doc in docs:
            n = counts.popleft()
            if n == 1:
                yield doc
                continue
            parts = [doc, *itertools.islice(docs, n - 1)]
            yield self._join(parts)

    def _join(self, parts: list[Any]) -> Any:
        """One Doc over the pieces of a long text (their texts concatenated, as cut)."""
        from spacy.tokens import Doc

        merged = Doc.from_docs(parts, ensure_whitespace=False)
        if self.text_doc is None:
            return merged
        kept = self.text_doc(
            merged.vocab,
            words=[t.text for t in merged],
            spaces=[bool(t.whitespace_) for t in merged],
        )
        attrs: list[int | str] = ["NORM", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD"]
        attrs += ["ENT_IOB", "ENT_TYPE", "ENT_KB_ID"]
        kept.from_array(attrs, merged.to_array(attrs))
        kept._geowire_text = "".join(p.text for p in parts)
        return kept

    def __call__(self, doc: Document) -> Document:
        return self._attach(doc, next(self.parse([doc.text])))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        docs = list(docs)
        for doc, p in zip(docs, self.parse(d.text for d in docs), strict=True):
            yield self._attach(doc, p)
