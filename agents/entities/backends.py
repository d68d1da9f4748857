"""Pluggable statistical NER backends, merged with KB linking in ``extract``.

The default pipeline needs no backend (KB + heuristics, offline).  A user with
spaCy or GLiNER installed selects one with an environment variable::

    NEWSSTREAM_NER_BACKEND=spacy:de_core_news_sm
    NEWSSTREAM_NER_BACKEND=gliner:urchade/gliner_multi-v2.1
    NEWSSTREAM_NER_BACKEND=lexical      (MeCab/IPADIC for ja, jieba for zh: pip wheels,
                                          offline; see backend_lexical.py)

Backends return character spans; ``extract`` links each span to the KB by
alias (so "Alibaba" from spaCy still gets the id ``alibaba-group``) and gives
unlinked spans an ``x-`` id.  Libraries are imported lazily, and a missing one
fails with a message that says what to install.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

ENV_VAR = "NEWSSTREAM_NER_BACKEND"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    label: str   # PER / ORG / LOC / PRODUCT / MISC


@runtime_checkable
class NERBackend(Protocol):
    name: str

    def spans(self, text: str, lang: str) -> list[Span]:
        """Entity spans with offsets into ``text``."""
        ...


class BackendUnavailable(RuntimeError):
    pass


SPACY_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC",
                "FAC": "LOC", "NORP": "MISC", "PRODUCT": "PRODUCT", "MISC": "MISC",
                "EVENT": "MISC", "WORK_OF_ART": "MISC"}


class SpacyBackend:
    """A spaCy pipeline (e.g. de_core_news_sm, xx_ent_wiki_sm) as an NER backend."""

    def __init__(self, model: str):
        try:
            import spacy  # noqa: PLC0415 - lazy on purpose
        except ImportError as exc:
            raise BackendUnavailable(
                f"{ENV_VAR}=spacy:{model} needs spaCy: pip install spacy && "
                f"python -m spacy download {model}") from exc
        try:
            self._nlp = spacy.load(model, disable=["parser", "lemmatizer", "tagger"])
        except OSError as exc:
            raise BackendUnavailable(f"spaCy model {model!r} is not installed: "
                                     f"python -m spacy download {model}") from exc
        self.name = f"spacy:{model}"

    def spans(self, text: str, lang: str) -> list[Span]:
        doc = self._nlp(text)
        return [Span(e.start_char, e.end_char, SPACY_LABELS.get(e.label_, "MISC"))
                for e in doc.ents if SPACY_LABELS.get(e.label_)]


class GlinerBackend:
    """GLiNER zero-shot NER with person/organization/location labels."""

    LABELS = {"person": "PER", "organization": "ORG", "location": "LOC", "product": "PRODUCT"}

    def __init__(self, model: str):
        try:
            from gliner import GLiNER  # noqa: PLC0415
        except ImportError as exc:
            raise BackendUnavailable(f"{ENV_VAR}=gliner:{model} needs GLiNER: pip install gliner") from exc
        self._model = GLiNER.from_pretrained(model)
        self.name = f"gliner:{model}"

    def spans(self, text: str, lang: str) -> list[Span]:
        ents = self._model.predict_entities(text, list(self.LABELS), threshold=0.5)
        return [Span(e["start"], e["end"], self.LABELS[e["label"]]) for e in ents]


def _lexical(kind: str):
    def factory(model: str):
        from . import backend_lexical  # noqa: PLC0415 - lazy: fugashi/jieba are optional
        cls = {"mecab": backend_lexical.MecabJapanese, "jieba": backend_lexical.JiebaChinese,
               "lexical": backend_lexical.LexicalBackend}[kind]
        return cls(model) if model else cls()
    return factory


FACTORIES = {"spacy": SpacyBackend, "gliner": GlinerBackend,
             "lexical": _lexical("lexical"), "mecab": _lexical("mecab"), "jieba": _lexical("jieba")}
# kinds that need no model name (their dictionary ships in the wheel)
MODEL_OPTIONAL = frozenset({"lexical", "mecab", "jieba"})

_cache: dict[str, NERBackend | None] = {}
_lock = threading.Lock()


def make_backend(spec: str) -> NERBackend:
    kind, _, model = spec.partition(":")
    factory = FACTORIES.get(kind.strip().lower())
    if factory is None:
        raise BackendUnavailable(f"unknown NER backend {kind!r} in {ENV_VAR}={spec!r}; "
                                 f"choose one of {sorted(FACTORIES)} or unset it")
    if not model and kind.strip().lower() not in MODEL_OPTIONAL:
        raise BackendUnavailable(f"{ENV_VAR}={spec!r}: name a model, e.g. spacy:de_core_news_sm")
    return factory(model)


def get_backend() -> NERBackend | None:
    """The backend the environment selects (None: KB + heuristics only). Built once."""
    spec = os.environ.get(ENV_VAR, "").strip()
    if not spec or spec.lower() in ("none", "kb", "default"):
        return None
    if spec not in _cache:
        with _lock:
            if spec not in _cache:
                _cache[spec] = make_backend(spec)
    return _cache[spec]
