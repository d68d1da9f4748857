"""Pluggable statistical NER backends, merged with KB linking in ``extract``.

The default pipeline needs no backend (KB + heuristics, offline).  A user with
spaCy or GLiNER installed selects one with an environment variable::

    NEWSSTREAM_NER_BACKEND=spacy:de_core_news_sm
    NEWSSTREAM_NER_BACKEND=gliner:urchade/gliner_multi-v2.1
    NEWSSTREAM_NER_BACKEND=mecab        (MeCab/IPADIC for ja from pip wheels, offline;
    NEWSSTREAM_NER_BACKEND=jieba         jieba for zh; see backend_lexical.py)
    NEWSSTREAM_NER_BACKEND=ginza        (GiNZA's ja_ginza pipeline, a PyPI wheel: offline)
    NEWSSTREAM_NER_BACKEND=hanta        (HanTa's German tagger, model in the wheel: NE vs NN)
    NEWSSTREAM_NER_BACKEND=lac          (Baidu LAC for zh, model in the PyPI package; backend_lac.py)

Several at once, one per language: ``NEWSSTREAM_NER_BACKEND=zh=lac,ja=mecab,de=hanta``
(``PerLanguage``; a single backend as above serves every language).

Backends return character spans; ``extract`` links each span to the KB by
alias (so "Alibaba" from spaCy still gets the id ``alibaba-group``) and gives
unlinked spans an ``x-`` id.  Libraries are imported lazily, and a missing one
fails with a message that says what to install.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

ENV_VAR = "NEWSSTREAM_NER_BACKEND"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    label: str   # PER / ORG / LOC / PRODUCT / MISC, or "O": no name here (no candidate either)


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


# GiNZA (ja_ginza, a spaCy pipeline on PyPI) tags Extended Named Entity types
ENE_PER = frozenset({"Person"})
ENE_ORG = frozenset("""Organization_Other International_Organization Show_Organization Family
Sports_Organization_Other Pro_Sports_Organization Sports_League Corporation_Other Company Company_Group
Military Institute Political_Organization_Other Government Political_Party Cabinet Public_Institution
School Research_Institute Market""".split())
ENE_LOC = frozenset("""Location_Other GPE_Other City County Province Country Region_Other Continental_Region
Domestic_Region Geological_Region_Other Mountain Island River Lake Sea Bay Spa Facility_Other GOE_Other Park
Sports_Facility Museum Zoo Amusement_Park Theater Worship_Place Car_Stop Station Airport Port Line_Other
Railroad Road Bridge Tunnel Canal Water_Route Archaeological_Place_Other Tumulus Castle Palace Facility_Part
Astral_Body_Other Star Planet Constellation""".split())


def ene_label(label: str) -> str | None:
    if label in ENE_PER:
        return "PER"
    if label in ENE_ORG:
        return "ORG"
    if label in ENE_LOC:
        return "LOC"
    return None


class GinzaBackend:
    """GiNZA's Japanese pipeline (``pip install ja-ginza``: the model is a PyPI wheel, so
    it loads offline).  Only its tokenizer, tok2vec and NER run."""

    def __init__(self, model: str = "ja_ginza"):
        try:
            import spacy  # noqa: PLC0415
        except ImportError as exc:
            raise BackendUnavailable(f"{ENV_VAR}=ginza needs GiNZA: pip install ja-ginza") from exc
        try:
            nlp = spacy.load(model)
        except OSError as exc:
            raise BackendUnavailable(f"GiNZA model {model!r} is not installed: pip install ja-ginza") from exc
        keep = {"tok2vec", "ner"}
        self._nlp = spacy.load(model, disable=[p for p in nlp.pipe_names if p not in keep])
        self.name = f"ginza:{model}"

    def spans(self, text: str, lang: str) -> list[Span]:
        if lang != "ja":
            return []
        doc = self._nlp(text)
        return ginza_spans(text, [(e.start_char, e.end_char, e.label_) for e in doc.ents])


_KATAKANA_TAIL = re.compile(r"[・＝=][\u30A1-\u30FA\u30FC]+(?:[・＝=][\u30A1-\u30FA\u30FC]+)*")
# words that make a country or place before them an organisation (イギリス陸軍, 日本代表)
JA_ORG_ENDS = ("株式会社", "銀行", "大学", "証券", "保険", "商事", "物産", "工業", "重工", "化学", "製薬", "製紙",
               "電機", "電気", "電力", "鉄道", "電鉄", "汽車", "自動車", "航空", "放送", "新聞", "グループ",
               "ホールディングス", "協会", "連盟", "機構", "委員会", "党", "政府", "庁", "省", "局", "社")
JA_ORG_AFTER_PLACE = ("陸軍", "海軍", "空軍", "軍", "代表")


def ginza_spans(text: str, ents: list[tuple[int, int, str]]) -> list[Span]:
    """GiNZA's entities as scored spans, with general repairs of its boundaries: a person
    cut at a middle dot runs on over the dotted Katakana parts (アントニオ・カヴァリエーリ
    ・ドゥカーティ), adjacent person pieces join (後藤 + 夜半 when both are Person), a
    place followed by an army or national-team word is that organisation."""
    out: list[list] = []
    for s, e, raw in ents:
        lab = ene_label(raw)
        if lab is None:
            continue
        if lab == "PER" and (m := _KATAKANA_TAIL.match(text, e)):
            e = m.end()
        elif lab == "LOC" and text[s:e].endswith(JA_ORG_ENDS):
            lab = "ORG"   # 住友化学, 国士舘大学: the last word says organisation
        elif lab == "LOC":
            for w in JA_ORG_AFTER_PLACE:
                if text.startswith(w, e):
                    e, lab = e + len(w), "ORG"
                    break
        if out and lab == "PER" and out[-1][2] == "PER" and out[-1][1] == s:
            out[-1][1] = e
        elif out and s < out[-1][1]:
            continue   # (a repair ran into the next entity)
        else:
            out.append([s, e, lab])
    return [Span(s, e, lab) for s, e, lab in out]


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
    def factory(model: str = ""):
        from . import backend_lexical  # noqa: PLC0415 - lazy: fugashi/jieba are optional
        cls = {"mecab": backend_lexical.MecabJapanese, "jieba": backend_lexical.JiebaChinese,
               "hanta": backend_lexical.HantaGerman, "lexical": backend_lexical.LexicalBackend}[kind]
        return cls(model) if model else cls()
    return factory


def _lac(model: str = ""):
    from .backend_lac import LacChinese  # noqa: PLC0415 - lazy: LAC/PaddlePaddle are optional
    return LacChinese(model)


FACTORIES = {"spacy": SpacyBackend, "gliner": GlinerBackend, "ginza": GinzaBackend,
             "lexical": _lexical("lexical"), "mecab": _lexical("mecab"), "jieba": _lexical("jieba"),
             "hanta": _lexical("hanta"), "lac": _lac}
# kinds that need no model name (their dictionary ships in the wheel)
MODEL_OPTIONAL = frozenset({"lexical", "mecab", "jieba", "ginza", "hanta", "lac"})

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
    return factory(model) if model else factory()


class PerLanguage:
    """One backend per language (``zh=lac,ja=mecab,de=hanta``): each article's text goes
    to its language's backend only; languages not named get none (``*=`` names one for
    the rest). Each backend is built once, however many languages name it."""

    name = "per-language"

    def __init__(self, spec: str):
        self.by_lang: dict[str, NERBackend] = {}
        built: dict[str, NERBackend] = {}
        for part in spec.split(","):
            lang, eq, one = (x.strip() for x in part.partition("="))
            if not eq or not lang or not one:
                raise BackendUnavailable(f"{ENV_VAR}={spec!r}: write language=backend pairs "
                                         "separated by commas, e.g. zh=lac,ja=mecab,de=hanta")
            if one not in built:
                built[one] = make_backend(one)
            self.by_lang[lang.lower()] = built[one]

    def spans(self, text: str, lang: str) -> list[Span]:
        backend = self.by_lang.get(lang) or self.by_lang.get("*")
        return backend.spans(text, lang) if backend is not None else []


def get_backend() -> NERBackend | None:
    """The backend the environment selects (None: KB + heuristics only). Built once."""
    spec = os.environ.get(ENV_VAR, "").strip()
    if not spec or spec.lower() in ("none", "kb", "default"):
        return None
    if spec not in _cache:
        with _lock:
            if spec not in _cache:
                _cache[spec] = PerLanguage(spec) if "=" in spec else make_backend(spec)
    return _cache[spec]
