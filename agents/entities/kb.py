"""The knowledge base: entities and their multilingual aliases, and alias matching.

The KB is data (``data/kb.json.gz``, built by ``scripts/build_kb.py``), loaded
once per process by :func:`get_kb` into one Aho-Corasick automaton (the Rust
``aho-corasick`` crate, via ahocorasick-rs) over case-folded alias keys.
Matching is script-aware:

* spaced scripts (Latin, Cyrillic, Arabic, Devanagari, Hangul ...) need word
  boundaries; a script change counts as one (``وZhipu``), Arabic proclitics
  (و ف ب ل, ال) and Hebrew prefix letters (ב ו ל ה מ ש כ) may precede a name, a
  German/English genitive ``s`` (German also ``es`` after a consonant) may follow and
  joins the mention ("Frankreichs", "Bundestages");
  Korean particles may follow; Hindi text meets Devanagari aliases on a key that folds
  spelling variants (nukta, virama, vowel length: नवाज़ शरीफ़ = नवाज शरीफ);
  cased scripts need a capital first letter, and all-caps acronyms (US, AWS)
  must match case-exactly so "US" never fires inside "USB" or on "us";
* unspaced scripts (Han, Kana, Thai ...) match as substrings, with guards:
  no 1-character alias at all, 2-character ones only when trusted (curated,
  country, big city), short Katakana aliases not inside a longer Katakana word
  nor inside a dotted Katakana name (ジョージ・ブッシュ);
* overlapping hits resolve to the longest, then leftmost, non-overlapping set.

The automaton returns every overlapping hit of an article in one call, and ASCII
names glued to ASCII letters are rejected before any other check.
"""

from __future__ import annotations

import gzip
import os
import re
import threading
import unicodedata
from bisect import bisect_right
from difflib import SequenceMatcher
from itertools import accumulate
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import ahocorasick_rs
import orjson
from anyascii import anyascii

DATA_DIR = Path(__file__).resolve().parent / "data"
KB_PATH = DATA_DIR / "kb.json.gz"
COMMON_PATH = DATA_DIR / "common_words.json.gz"
T2S_PATH = DATA_DIR / "zh_t2s.json.gz"

FLAG_TRUSTED = 1      # curated, country or big-city alias: short CJK allowed
FLAG_EXACT_CASE = 2   # acronyms and lower-case-initial brands: match as written
# a place's name too ambiguous to match in running text (a town under 150,000 people, a
# city's name that is also a word): never matched, only looked up for a span that the
# rules already take for a name ("à Vevey", "в Астрахани"), which it then names and types
FLAG_QUIET = 4
# a quiet alias that is a person's first or family name too (Verona, Charlotte, York): it
# names a span the rules took for a place, not one of a kind they could not tell, which a
# person's reading fits as well ("On Monday, Charlotte said")
FLAG_PLACE_ONLY = 8
# a quiet alias's key + this + a language code: the place the name is in that language's
# countries, where a bigger one elsewhere holds the plain key ("Lodi" + it: Lodi, Italy)
QUIET_LANGUAGE_MARK = "\x00"

# Scripts written without spaces between words (first word of the Unicode name).
UNSPACED_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER",
                              "MYANMAR", "TIBETAN", "IDEOGRAPHIC", "HALFWIDTH"})
CASED_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN"})
ARABIC_PROCLITICS = "وفبل"
_SURROGATE = re.compile("[\ud800-\udfff]")
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@lru_cache(maxsize=65536)
def script_of(ch: str) -> str:
    """Coarse script of one character: first word of its Unicode name.

    Digits, punctuation and marks fall back to 'COMMON' / 'MARK' so that
    callers can treat them separately.
    """
    cat = unicodedata.category(ch)
    if cat[0] == "N":
        return "DIGIT" if cat == "Nd" else "COMMON"
    if cat[0] not in "LM":
        return "COMMON"
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "UNKNOWN"
    word = name.split(" ", 1)[0]
    if word in ("FULLWIDTH", "HALFWIDTH"):
        if "KATAKANA" in name:
            return "KATAKANA"
        if "LATIN" in name:
            return "LATIN"
        return "CJK"
    if word == "KATAKANA-HIRAGANA":   # prolonged sound mark ー
        return "KATAKANA"
    if word == "COMBINING":
        return "MARK"
    return word


def is_word_char(ch: str) -> bool:
    # (combining marks start at U+0300: no category look-up for ASCII spaces/punctuation)
    return ch.isalnum() or (ch >= "\u0300" and unicodedata.category(ch)[0] == "M")


def fold(text: str) -> str:
    """Lower-case without changing the length, so offsets stay valid, with the apostrophes
    writers use for one another made one ("'": В’єтнам, Вʼєтнам and В'єтнам, Côte d’Ivoire)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if "’" in low:
        low = low.replace("’", "'")
    if "ʼ" in low:
        low = low.replace("ʼ", "'")
    return low


# Arabic-script letters that writers use for one another, one for one so offsets hold:
# alef with or without hamza or madda, alef maqsura and yeh; a zero-width non-joiner
# inside a Persian name is a space elsewhere (علی‌بابا, علی بابا). Not ta marbuta and heh,
# nor the Persian and Arabic yeh and kaf: they make Persian names Arabic words (الجزیره,
# Algeria in Persian, would be الجزيرة, "the island", Al Jazeera)
_ARABIC_PAIRS = tuple(zip("أإآٱى\u200c", "ااااي "))
ARABIC_SCRIPT_LANGS = frozenset({"ar", "fa", "ur", "ps", "ckb", "ku", "sd", "ug", "arz", "azb", "pnb"})


_NOT_LETTERS = re.compile(r"[^a-z]+")
_HARD_G = re.compile(r"gu(?=[ei])|gh")
# how alike two skeletons of names ending in the same word must be (more than this) to name one person
# (Kim Jong-un and Kim Jong-il end in different words; Lavrov and Lavrin too)
SPELLED_ALIKE = 0.85
_DOUBLED = re.compile(r"(.)\1")
_Y_J = str.maketrans("yj", "ii")
_SON_OF = re.compile(r"(?<= )(?:ben|ibn|ibin)(?= )")   # (after the steps above: bin, ben, ibn)


def name_skeleton(name: str) -> str:
    """A person's name reduced to what its spellings in Latin-script languages and its
    romanisations share: ASCII letters (anyascii: Сергей -> Sergei), words without
    hyphens or accents, y and j as i (Zelensky, Zelenski; Sergej), a hard g however it is
    written (Serguéi in Spanish, Serghei in Romanian), sh as s (Mukesh, Mukéš), doubled
    letters once (Mohammed, Mohamed), "son of" as bin (French ben, ibn)."""
    s = _NOT_LETTERS.sub(" ", anyascii(name).lower()).strip()
    s = _DOUBLED.sub(r"\1", _HARD_G.sub("g", s).replace("sh", "s").translate(_Y_J))
    return _SON_OF.sub("bin", s) if " b" in s or " i" in s else s


def alias_key(alias: str) -> str:
    return _arabic_fold(fold(unicodedata.normalize("NFC", alias)))


def _arabic_fold(text: str) -> str:
    """``text`` with _ARABIC_PAIRS folded: one ``str.replace`` per letter it holds (C
    speed; ``str.translate`` with a table looks every character up, about 0.4 ms for a
    5 KB Arabic article)."""
    for c, to in _ARABIC_PAIRS:
        if c in text:
            text = text.replace(c, to)
    return text


# Devanagari spellings of one name that Hindi writers use for one another (नवाज़ शरीफ़ and नवाज
# शरीफ, हिन्दी and हिंदी, इंग्लैण्ड and इंग्लैंड, पूर्णिया and पुर्णिया): alias and text are
# matched on a key without these differences. One for one: long and short i and u (vowel
# sign and letter), chandrabindu and anusvara, candra e and candra o (बॅंक, बॉक्स), the
# precomposed nukta letters of Hindi (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़) and their base letters, a nasal
# consonant before a virama and the anusvara written for it (न्द -> ंद). Not one for one, so
# removed with a record of where (``_devanagari_fold``): the virama, the nukta sign on those
# letters (प़ is no spelling of प) and zero-width joiners. Texts of DEVANAGARI_LANGS only;
# other texts meet the aliases as written.
_DEVANAGARI_PAIRS = tuple(zip("ीूईऊँॅऍ" "\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f",
                              "िुइउंॉऑ" "कखगजडढफय"))
_VIRAMA, _NUKTA = "\u094d", "\u093c"
# (each turned into a virama first, so that one split removes them all)
_DEVANAGARI_REMOVED = tuple((c + _NUKTA, c + _VIRAMA) for c in "कखगजडढफय") + (
    ("\u200c", _VIRAMA), ("\u200d", _VIRAMA))
_DEVANAGARI_NASALS = tuple((c + _VIRAMA, "\u0902" + _VIRAMA) for c in "ङञणनम")
_DEVANAGARI_TRAIL = "\u093c\u094d\u200c\u200d"   # marks a folded hit's end runs on over
# (Hindi only: the short-word guard in ``_spelled`` needs the language's word list, and
# wordfreq has none for Marathi, Nepali or the other Devanagari languages)
DEVANAGARI_LANGS = frozenset({"hi"})
_DEVANAGARI = re.compile("[\u0900-\u097f]")


def _devanagari_fold(text: str) -> tuple[str, list[int]]:
    """``text`` with the spelling differences above folded away, and the folded positions
    at which a character was removed (one entry per character: ``KnowledgeBase.match``
    maps a folded offset f back to f + bisect_right(removed, f)). Only
    ``str.replace`` and one ``split`` (C speed: a regex's matches cost ~0.3 ms a Hindi
    article)."""
    for c, to in _DEVANAGARI_PAIRS:
        if c in text:
            text = text.replace(c, to)
    if _NUKTA in text:
        for c, to in _DEVANAGARI_REMOVED[:8]:
            text = text.replace(c, to)
    if "\u200c" in text or "\u200d" in text:
        for c, to in _DEVANAGARI_REMOVED[8:]:
            text = text.replace(c, to)
    if _VIRAMA not in text:
        return text, []
    for c, to in _DEVANAGARI_NASALS:   # (a nasal before a word-final virama too: rare, and alike on both sides)
        text = text.replace(c, to)
    parts = text.split(_VIRAMA)
    return "".join(parts), list(accumulate(map(len, parts[:-1])))


def devanagari_key(key: str) -> str:
    """An alias key (``alias_key``) as the folded text spells it."""
    return _devanagari_fold(key)[0] if _DEVANAGARI.search(key) else key


@dataclass(frozen=True, slots=True)
class KBEntity:
    id: str
    name: str
    type: str
    wikidata: str | None
    parent: str | None


_START = itemgetter(0)


class AliasHit(NamedTuple):
    # a named tuple, not a frozen dataclass: ~40 are built per article, and a frozen
    # dataclass's __init__ costs several times a tuple's
    start: int
    end: int
    entity: KBEntity


class KnowledgeBase:
    def __init__(self, entities: list[KBEntity], aliases: list[list]):
        self.entities = entities
        self.by_id = {e.id: e for e in entities}
        self.n_aliases = len(aliases)
        self._aliases = aliases            # [alias, entity index, flags]
        # key -> alias index (the last alias with a key wins); the automaton has one
        # pattern per key of a matched (not quiet) alias and reports pattern numbers,
        # mapped back to alias indexes
        self._keys = {alias_key(row[0]): i for i, row in enumerate(aliases)}
        patterns = [(k, i) for k, i in self._keys.items() if not aliases[i][2] & FLAG_QUIET]
        # Devanagari aliases once more as folded text spells them (devanagari_key), where
        # that differs: patterns matched only in folded text (from n_exact on)
        self._folded: dict[str, int] = {}
        self._folded_group: dict[str, list[int]] = {}   # the aliases a folded key spells
        self._exact_pattern: dict[str, int] = {}   # a Devanagari key -> its pattern
        for p, (k, i) in enumerate(patterns):
            if "\u0900" <= k[-1] <= "\u097f":
                self._exact_pattern[k] = p
                f = devanagari_key(k)
                self._folded_group.setdefault(f, []).append(i)
                if f != k:
                    self._folded[f] = i
        self._n_exact = len(patterns)
        # each pattern's alias key, to tell a hit in folded text spelled as the alias from one
        # spelled otherwise
        self._pattern_key = [k for k, _ in patterns]
        for f, i in self._folded.items():
            if f not in self._exact_pattern:
                patterns.append((f, i))
                self._pattern_key.append(alias_key(aliases[i][0]))
        self._pattern_alias = [i for _, i in patterns]
        self._meta: list = [None] * len(self._pattern_alias)  # per-pattern match data, filled on first hit
        # 1 for a pattern whose alias opens with an ASCII letter or digit: match() rejects
        # its hits glued to one on their left before it fetches anything else
        self._ascii_first = bytes(aliases[i][0][0] in _ASCII_ALNUM for i in self._pattern_alias)
        self._auto = ahocorasick_rs.AhoCorasick([k for k, _ in patterns])
        self._skeletons = None   # person_spelled's index, built on first use
        self._quiet_by_anchor = None   # quiet_by_anchor's index, built on first use
        self._famous_family_names: dict[str, frozenset[str]] = {}   # language -> famous_family_names
        self._dotted_family_names: frozenset[str] | None = None   # dotted_family_names, built on first use
        self._acronyms_as_words: dict[str, KBEntity] | None = None   # acronyms_as_words, built on first use

    def _pattern_meta(self, p: int):
        meta = self._meta[p]
        if meta is None:
            alias, idx, flags = self._aliases[self._pattern_alias[p]]
            s_first, s_last = script_of(alias[0]), script_of(alias[-1])
            unspaced = s_first in UNSPACED_SCRIPTS or s_last in UNSPACED_SCRIPTS
            ok = not (unspaced and (len(alias) < 2 or (len(alias) == 2 and not flags & FLAG_TRUSTED)))
            # later words the alias capitalises must be capitals in the text too ("Japan
            # Post" is not "Japan post-war", "Russia Today" not "Russia today"); the first
            # letter is _spaced_ok's, exact-case aliases are matched as written anyway
            nfc = unicodedata.normalize("NFC", alias)
            caps = () if flags & FLAG_EXACT_CASE or len(nfc) != len(alias) else tuple(
                o for o in range(1, len(nfc)) if nfc[o - 1] in " -" and nfc[o].isupper())
            meta = self._meta[p] = (self.entities[idx], flags, alias, s_first, s_last, unspaced, ok,
                                    alias[-1] in _ASCII_ALNUM, caps)
        return meta

    # -- lookup of one surface form (used to link backend / candidate spans) ----------
    def lookup(self, surface: str, quiet: bool = False, lang: str | None = None,
               unknown_kind: bool = False) -> KBEntity | None:
        """The entity ``surface`` names; ``quiet``: quiet aliases too (FLAG_QUIET), for a
        span already taken for a place's or an unknown kind's name, the place of that name
        in ``lang``'s countries first; ``unknown_kind``: the span's is unknown, which no
        quiet name that is a person's too (FLAG_PLACE_ONLY) names."""
        key = alias_key(surface.strip())
        i = self._keys.get(key)
        if i is None and key and "\u0900" <= key[-1] <= "\u097f":
            i = self._folded.get(devanagari_key(key))   # ग़ाज़ियाबाद for the KB's गाज़ियाबाद
        if quiet and lang and (i is None or self._aliases[i][2] & FLAG_QUIET):
            i = self._keys.get(f"{key}{QUIET_LANGUAGE_MARK}{lang}", i)
        if i is None:
            return None
        alias, idx, flags = self._aliases[i]
        if flags & FLAG_EXACT_CASE and surface.strip() != alias or flags & FLAG_QUIET and not quiet \
                or flags & FLAG_PLACE_ONLY and unknown_kind:
            return None
        return self.entities[idx]

    def _spelled(self, p: int, surface: str, folded: str, lang: str | None) -> int | None:
        """The pattern to take for a hit of pattern ``p`` in folded text whose words
        (``surface``) are not spelled as p's alias: the alias spelled so if there is one
        (None if that one is quiet), else p; but a short spelling that is an everyday word
        names the entity only if one of the names it folds with is as common (रुस for रूस;
        परम "supreme" is no पर्म, Perm, जला "burnt" no ज़ला, Zala)."""
        key = alias_key(surface)
        i = self._keys.get(key)
        if i is not None:
            return None if self._aliases[i][2] & FLAG_QUIET else self._exact_pattern.get(key)
        if len(folded) <= 4:
            words = common_words().get(lang)
            if key in words and not any(alias_key(self._aliases[j][0]) in words
                                        for j in self._folded_group.get(folded, ())):
                return None
        return p

    def person_spelled(self, surface: str, alike: bool = True) -> KBEntity | None:
        """The known person whose name of two or more words ``surface`` spells another way,
        if only one person's does: the same ``name_skeleton`` (Serguéi Lavrov, Serghei
        Lavrov and Сергей Лавров are Sergey Lavrov; Mohamed bin Salmán is Mohammed bin
        Salman), or, with ``alike``, in any script, the same last word and a skeleton more
        than ``SPELLED_ALIKE`` alike (Thai เซอร์เกย์ and เซอร์เก ลาฟรอฟ, as transliterators
        differ)."""
        index = self._skeletons
        if index is None:
            index = self._skeletons = self._person_skeletons()
        exact, by_last = index
        key = name_skeleton(surface)
        if " " not in key:
            return None
        idx = exact.get(key)
        if idx is None and alike:
            ratios = [(SequenceMatcher(None, key, other).ratio(), j)
                      for other, j in by_last.get(key.rsplit(" ", 1)[1], ())]
            best = max((r for r, _ in ratios), default=0.0)
            people = {j for r, j in ratios if r == best}
            if best > SPELLED_ALIKE and len(people) == 1:   # (two people as alike: neither)
                idx = people.pop()
        return self.entities[idx] if idx is not None and idx >= 0 else None

    def _person_skeletons(self) -> tuple[dict[str, int], dict[str, list[tuple[str, int]]]]:
        """Skeleton -> entity index of the people's names of two or more words (-1 where
        two people's names share one), and last word -> [(skeleton, entity index)]."""
        exact: dict[str, int] = {}
        by_last: dict[str, list[tuple[str, int]]] = {}
        for alias, idx, flags in self._aliases:
            if flags & FLAG_QUIET or self.entities[idx].type != "PER" or _NUMBER_FIRST.match(alias):
                continue   # (II. Hassan: a regnal number first, no first name)
            key = name_skeleton(alias)
            if " " not in key:
                continue
            if exact.setdefault(key, idx) != idx:
                exact[key] = -1
            by_last.setdefault(key.rsplit(" ", 1)[1], []).append((key, idx))
        return exact, by_last

    def quiet_by_anchor(self) -> dict[str, dict[str | None, list[tuple[str, KBEntity]]]]:
        """Entity id -> language (None: any) -> the quiet aliases (as written, the entity
        they name) of that entity and of its parts (entities whose ``parent`` it is), for
        companies, bodies, people and products (towns are looked up only)."""
        index = self._quiet_by_anchor
        if index is None:
            index = {}
            for alias, idx, flags in self._aliases:
                ent = self.entities[idx]
                if not flags & FLAG_QUIET or ent.type == "LOC":
                    continue
                written, _, lang = alias.partition(QUIET_LANGUAGE_MARK)
                for anchor in (ent.id, ent.parent) if ent.parent else (ent.id,):
                    index.setdefault(anchor, {}).setdefault(lang or None, []).append((written, ent))
            self._quiet_by_anchor = index
        return index

    def famous_family_names(self, lang: str) -> frozenset[str]:
        """People's quiet aliases of one word in ``lang``'s text, as written (Putin, Trump,
        Merkel): the family names news calls them by, too common as words to match anywhere."""
        names = self._famous_family_names.get(lang)
        if names is None:
            found = set()
            for alias, idx, flags in self._aliases:
                written, _, alias_lang = alias.partition(QUIET_LANGUAGE_MARK)
                if flags & FLAG_QUIET and alias_lang in ("", lang) and self.entities[idx].type == "PER" \
                        and written.isalpha() and written[:1].isupper():
                    found.add(written)
            names = self._famous_family_names[lang] = frozenset(found)
        return names

    def dotted_family_names(self) -> frozenset[str]:
        """The last parts of people's names in Chinese characters written with a middle dot
        (鮑爾 of 柯林·鮑爾, 川普 of 唐納·川普), of two to four characters: the family names the
        Chinese press calls foreign people by once it has named them in full."""
        if self._dotted_family_names is None:
            found = set()
            for alias, idx, _ in self._aliases:
                if "·" in alias and self.entities[idx].type == "PER":
                    last = alias.rpartition("·")[2]
                    if 2 <= len(last) <= 4 and all("\u4E00" <= c <= "\u9FFF" for c in last):
                        found.add(last)
            for last in list(found):   # (not a name of anything else: 休斯頓, 倫敦 are towns)
                i = self._keys.get(alias_key(last))
                if i is not None and self.entities[self._aliases[i][1]].type != "PER":
                    found.discard(last)
            self._dotted_family_names = frozenset(found)
        return self._dotted_family_names

    def acronyms_as_words(self) -> dict[str, KBEntity]:
        """Bodies' acronyms of three to five Latin capitals, as a word with one capital (Nasa,
        Uefa: how German and Italian write acronyms read as words), and their entities."""
        if self._acronyms_as_words is None:
            self._acronyms_as_words = {
                alias.capitalize(): self.entities[idx] for alias, idx, _ in self._aliases
                if 3 <= len(alias) <= 5 and alias.isascii() and alias.isalpha() and alias.isupper()
                and self.entities[idx].type == "ORG"}
        return self._acronyms_as_words

    def loud_aliases(self, first_letters: tuple[str, str]) -> list[tuple[str, KBEntity]]:
        """The aliases that are not quiet whose first character is in the range
        ``first_letters`` (inclusive), with their entities."""
        lo, hi = first_letters
        return [(a, self.entities[idx]) for a, idx, flags in self._aliases
                if not flags & FLAG_QUIET and lo <= a[:1] <= hi]

    def quiet_aliases_of(self, lang: str) -> dict[str, KBEntity]:
        """The quiet aliases marked for ``lang``'s text only, as written, and their entities."""
        mark = QUIET_LANGUAGE_MARK + lang
        return {a[:-len(mark)]: self.entities[idx] for a, idx, flags in self._aliases
                if flags & FLAG_QUIET and a.endswith(mark)}

    def quiet_aliases(self) -> list[str]:
        """The quiet aliases (FLAG_QUIET) as written, those marked with a language aside."""
        return [a for a, _, flags in self._aliases if flags & FLAG_QUIET and QUIET_LANGUAGE_MARK not in a]

    # -- matching ------------------------------------------------------------------------
    def match(self, text: str, lang: str | None = None) -> list[AliasHit]:
        """Alias hits in ``text``, longest then leftmost, not overlapping; ``lang`` (the
        text's language) lets case endings follow a name where it glues them on."""
        if not text:
            return []
        endings = CASE_ENDINGS.get(lang)
        words = common_words().get(lang) if endings is not None else frozenset()
        genitive = ("es" if lang == "de" else True) if lang in GENITIVE_S else False   # ("es": -s and -es)
        low = fold(text)
        if lang in ARABIC_SCRIPT_LANGS or lang is None or lang == "und":
            low = _arabic_fold(low)
        searched, removed = low, None
        if lang in DEVANAGARI_LANGS:
            searched, removed = _devanagari_fold(low)
        n_exact, pattern_key = self._n_exact, self._pattern_key
        n = len(text)
        last = n - 1
        # Vietnamese writes an organisation's name with a capital on every word or on the
        # first only (Quỹ Tiền tệ Quốc tế, Quỹ Tiền tệ quốc tế): its later capitals say nothing
        vietnamese = lang == "vi"
        metas, meta, ascii_first = self._meta, self._pattern_meta, self._ascii_first
        glued = _ASCII_ALNUM
        cands = []
        add = cands.append
        # every overlapping hit, with character offsets (fold keeps the length, so they
        # are offsets into text too)
        try:
            found = self._auto.find_matches_as_indexes(searched, overlapping=True)
        except UnicodeEncodeError:   # lone surrogates, which Rust strings cannot hold
            found = self._auto.find_matches_as_indexes(_SURROGATE.sub("\ufffd", searched), overlapping=True)
        if lang == "hu" and ("á" in low or "é" in low or "ó" in low):
            found += self._hu_lengthened(text, low)
        n_searched = len(searched)
        for p, start, end in found:
            if removed is not None:
                # fast reject in the folded text: a Devanagari name glued to Devanagari letters
                # on either side (what _spaced_ok would reject; most raw hits in Hindi end here)
                if ("\u0900" <= searched[start] <= "\u097f" and start
                        and "\u0900" <= searched[start - 1] <= "\u0963") \
                        or ("\u0900" <= searched[end - 1] <= "\u097f" and end < n_searched
                            and "\u0900" <= searched[end] <= "\u0963"):
                    continue
                f_start, f_end = start, end
                if removed:   # (offsets into text; the end takes the marks its letter carries: बाज़ार)
                    start += bisect_right(removed, start)
                    end += bisect_right(removed, end - 1)
                    while end < n and text[end] in _DEVANAGARI_TRAIL:
                        end += 1
                if low[start:end] != pattern_key[p]:
                    p = self._spelled(p, low[start:end], searched[f_start:f_end], lang)
                    if p is None:
                        continue
            elif p >= n_exact:
                continue   # a folded spelling, in text that is not folded
            # fast reject: an ASCII name glued to ASCII letters/digits ("rome" in
            # "chrome") - most raw hits in Latin text end here
            if start and ascii_first[p] and low[start - 1] in glued:
                continue
            ent, flags, alias, s_first, s_last, unspaced, ok, a1, caps = metas[p] or meta(p)
            if a1 and end <= last and low[end] in glued and endings is None and not (
                    low[end] == "s" and (end + 1 == n or low[end + 1] not in glued)) and not (
                    genitive == "es" and low.startswith("es", end) and (end + 2 == n or low[end + 2] not in glued)):
                continue   # (where case endings glue on, _spaced_ok decides)
            if not ok or (caps and not all(text[start + o].isupper() for o in caps)
                          and not (vietnamese and ent.type == "ORG")):
                continue
            if unspaced and not _unspaced_ok(text, start, end, alias, s_first, s_last):
                continue
            if start > 2 and text[start - 1] == "-" and ent.type == "LOC" \
                    and _ARABIC_ARTICLE_BEFORE.search(text, start - 12 if start > 12 else 0, start) is not None:
                continue   # (Shia al-Sudani: a person's name of origin, not Sudan; in al-Raqqa stays)
            alias_end = end
            if not unspaced:
                ok, end = _spaced_ok(text, n, start, end, alias, flags, s_first, s_last, endings,
                                     ent.type == "LOC", words, genitive)
                if not ok:
                    continue
            # (of two hits of one span, the one whose alias covers more of it: Hungarian
            # "Nissan" is the carmaker, not Nissa, Nice, with the ending -n)
            add((start - end, start, start - alias_end, len(cands), end, ent))
        if not cands:
            return []
        # longest first, then leftmost, then the longer alias (then found first: the index
        # keeps it stable); keep non-overlapping
        cands.sort()
        taken = bytearray(n + 1)
        find = taken.find
        new_hit = tuple.__new__   # AliasHit(start, end, ent) without its Python-level __new__
        out = []
        for neg, start, _, _, end, ent in cands:
            if find(1, start, end) >= 0:
                # partly free: the entity's fuller name running on from its own hit
                # ("President Xi" + "Xi Jinping") joins it, rather than leaving a stray tail
                if find(0, start, end) >= 0:
                    _join(out, taken, start, end, ent)
                continue
            taken[start:end] = b"\x01" * -neg
            out.append(new_hit(AliasHit, (start, end, ent)))
        out.sort(key=_START)
        return out

    def _hu_lengthened(self, text: str, low: str) -> list[tuple[int, int, int]]:
        """The raw hits of names whose final a, e or o a Hungarian case ending lengthens
        (Róma: Rómában, Kína: Kínával, Toronto: Torontóban), found again in the words of
        ``low`` before each such capitalised word's vowel, with it short."""
        extra = []
        for m in _HU_LENGTHENED.finditer(low):
            q = m.start()
            w = q
            while w and (low[w - 1].isalpha() or low[w - 1] == "-"):
                w -= 1
            if not text[w].isupper():
                continue
            lo = max(0, w - _HU_NAME_BEFORE)
            window = _SURROGATE.sub("\ufffd", low[lo:q]) + _HU_SHORT[low[q]]
            extra += [(p, lo + s, lo + e) for p, s, e in self._auto.find_matches_as_indexes(window, overlapping=True)
                      if e == len(window)]
        return extra


# a regnal number before the name, as Turkish and Hungarian write it (II. Abdullah)
_NUMBER_FIRST = re.compile(r"[IVXL]+\. [^\W\d_]{2,}$")
# Hungarian lengthens a name's final a, e or o before most case endings (Rómában, Kínával,
# Európából, Torontóban; not before the adjective's -i: római)
_HU_LENGTHENED = re.compile(r"[áéó](?<=[^\W\d_]{2}[áéó])(?=(?:ban|ben|ba|be|ból|ből|ra|re|ról|ről|nak|nek|nál"
                            r"|nél|tól|től|hoz|hez|höz|val|vel|vá|vé|ig|ért|ként|n|t|k)(?![^\W\d_]))")
_HU_SHORT = {"á": "a", "é": "e", "ó": "o"}
_HU_NAME_BEFORE = 40   # characters of a longer name's words before the lengthened one (Srí Lankán)


def _join(hits: list, taken: bytearray, start: int, end: int, ent: KBEntity) -> None:
    """Widen the one hit of ``ent`` that [start, end) overlaps to cover both, when no
    other hit is in the way."""
    over = [i for i, h in enumerate(hits) if h.start < end and start < h.end]
    if len(over) != 1 or hits[over[0]].entity is not ent:
        return
    h = hits[over[0]]
    lo, hi = min(h.start, start), max(h.end, end)
    hits[over[0]] = AliasHit(lo, hi, ent)
    taken[lo:hi] = b"\x01" * (hi - lo)


# Arabic's article hyphened to a name written in Latin letters, as it ends before the name
_ARABIC_ARTICLE_BEFORE = re.compile(r"[A-ZÀ-Þ][^\W\d_]+ (?:al|el|as|ash|ad|an|ar|at|az|ath|adh|ud|ul)-$")


def _same_group(a: str, b: str) -> bool:
    """Would a character of script b glued to script a be part of the same word?"""
    if a == b:
        return True
    return "MARK" in (a, b) or "DIGIT" in (a, b)


# Case endings glued to names in languages that write them so, by the text's language
# (Hungarian Brüsszelben, Orbánnal, Budapesti; Finnish Kiinassa, Trumpin, Pekingissä;
# Estonian Tallinnas, Euroopas). The mention includes the ending. Of stem changes, only
# Hungarian's lengthened final vowel is read (Kína -> Kínában: ``_hu_lengthened``), not
# Finnish consonant gradation (Helsinki -> Helsingissä).
_LETTER_AFTER = r"(?![^\W\d_])"
CASE_ENDINGS = {
    "hu": re.compile(r"(?:ban|ben|ba|be|ból|ből|ra|re|ról|ről|nak|nek|nál|nél|tól|től|hoz|hez|höz|ig|ként|ért|"
                     r"on|en|ön|ot|et|öt|at|ul|ül|ék|é|n|t|i|[bcdfghjklmnprstvz](?:al|el))" + _LETTER_AFTER),
    "fi": re.compile(r"i?(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|ta|tä|n|a|ä|in|iin|hin|seen|ineen)"
                     + _LETTER_AFTER),
    "et": re.compile(r"i?(?:sse|st|s|lt|le|l|ga|ks|ni|na|ta|d|t)" + _LETTER_AFTER),
}


def _another_word(inflected: str, alias: str, words: frozenset[str]) -> bool:
    """A name with a case ending that makes an everyday word of the language (Finnish
    Anta + a = antaa "give"), unless the name itself is that frequent, whose forms are
    too (Kiina, Kiinassa)."""
    return inflected.lower() in words and alias.lower() not in words


# languages whose names take a genitive -s (Frankreichs, Kinas); None: not known
GENITIVE_S = frozenset({"de", "en", "nl", "sv", "da", "nb", "nn", "is", "fo", "lb", "af", "fy", "und", None})


def _spaced_ok(text, n, start, end, alias, flags, s_first, s_last, endings=None, place=False, words=frozenset(),
               genitive=True):
    bad = (False, end)
    # case
    if s_first in CASED_SCRIPTS or s_last in CASED_SCRIPTS:
        if flags & FLAG_EXACT_CASE:
            if text[start:end] != alias:
                return bad
        else:
            c0 = text[start]
            if c0.isalpha() and not c0.isupper() and s_first in CASED_SCRIPTS:
                return bad   # (a capital only where the first letter's script has one: 리버풀 FC)
            if end - start < 4 and text[start:end].isupper() and not alias.isupper():
                return bad
    # left boundary  (is_word_char inlined: this runs for every candidate hit)
    if start > 0:
        prev = text[start - 1]
        if prev.isalnum() or (prev >= "\u0300" and unicodedata.category(prev)[0] == "M"):
            sp = script_of(prev)
            if _same_group(sp, s_first) and not (s_first == "DIGIT" and sp not in CASED_SCRIPTS and sp != "DIGIT"):
                # ("و01.ai": a digit-initial name after an Arabic conjunction is fine)
                if not ((s_first == "ARABIC" and _arabic_proclitic_ok(text, start, len(alias), not place, 3 if place else 4)) or
                        (s_first == "HEBREW" and _hebrew_prefix_ok(text, start, len(alias)))):
                    return bad
    # right boundary
    if end < n:
        nxt = text[end]
        if nxt.isalnum() or (nxt >= "\u0300" and unicodedata.category(nxt)[0] == "M"):
            sn = script_of(nxt)
            if s_last == "HANGUL" and sn == "HANGUL":
                # Korean particles and a few suffixes attach to nouns (삼성은, 미국의, 중국산);
                # other syllables make another word (메타데이터 "metadata", 메타버스)
                return (True, end) if nxt in KO_AFTER_NOUN else bad
            if s_last == "BENGALI" and sn == "BENGALI":
                # Bengali case endings attach too: ঢাকায় (in Dhaka), বাংলাদেশের (of Bangladesh)
                for suffix in BENGALI_CASE_ENDINGS:
                    after = end + len(suffix)
                    if text.startswith(suffix, end) and (after == n or not is_word_char(text[after])):
                        return True, after
                return bad
            if _same_group(s_last, sn):
                if endings is not None and s_last in CASED_SCRIPTS and len(alias) >= 3:
                    m = endings.match(text, end)
                    if m is not None and not _another_word(text[start:m.end()], alias, words):
                        return True, m.end()
                # genitive: Alibabas, Chinas, Alibaba's handled by punctuation; only in the
                # languages that form it so (Dumas is no Duma in French or Spanish)
                if genitive and s_last == "LATIN" and nxt == "s" and len(alias) >= 4 and \
                        (end + 1 == n or not is_word_char(text[end + 1])):
                    return True, end + 1   # the mention includes it: "Frankreichs"
                if genitive == "es" and nxt == "e" and text.startswith("es", end) and len(alias) >= 4 and \
                        (end + 2 == n or not is_word_char(text[end + 2])) and alias[-1] not in "aeiouy":
                    return True, end + 2   # German -es after a consonant: "des Bundestages", "Saarlandes"
                return bad
    return True, end


# First syllables of what follows a Korean noun inside its word: particles (은 는 이 가 을
# 를 의 에 에서 에게 께서 와 과 로 으로 도 만 까지 부터 처럼 보다 이나 며 랑 하고 한테 마저 조차
# 밖에 마다 대로 뿐), the copula (이다, 였다, 라는), the plural 들 and suffixes (측 side, 산 made
# in, 인 person of, 계 of descent, 내 within, 전역 throughout, 사 company, 쪽, 당국, 정부).
KO_AFTER_NOUN = frozenset("은는이가을를의에께와과로으도만까부처보나며랑하한마조밖대뿐였라들측산인계내전사쪽당정엔서")

# Bengali noun endings (locative -এ/-য়/-তে, genitive -র/-এর, objective -কে, plural -রা/-দের),
# longest first; য় both precomposed and as য + nukta.
BENGALI_CASE_ENDINGS = ("\u09af\u09bc\u09c7", "\u09df\u09c7", "\u09c7\u09b0", "\u09a6\u09c7\u09b0",
                        "\u09a4\u09c7", "\u0995\u09c7", "\u09b0\u09be", "\u09af\u09bc", "\u09df",
                        "\u09b0", "\u09c7")


def _arabic_proclitic_ok(text: str, start: int, alias_len: int, article: bool = True, least: int = 4) -> bool:
    """وبكين, لأوبك, الناتو, لـتسلا: conjunctions and prepositions glued to a name, and the article
    when ``article`` (not for places: those that take it have it in their alias, as الموصل
    and القاهرة do, and السيول is "the floods", not Seoul). A name needs ``least`` letters
    (a place three: لمصر, بدبي, وغزة)."""
    if alias_len < least:
        return False
    j = start
    if article and text[max(0, j - 2):j] == "ال":
        j -= 2
    stretched = j > 0 and text[j - 1] == "\u0640"
    if stretched:
        j -= 1   # a tatweel after the clitic sets it off from a foreign name: لـتسلا, بـOpenAI
    k = 0
    while j > 0 and k < 2 and text[j - 1] in ARABIC_PROCLITICS:
        j -= 1
        k += 1
    if j == start or stretched and k == 0:
        return False
    return j == 0 or not is_word_char(text[j - 1])


HEBREW_PREFIXES = "ובלהמשכ"


def _hebrew_prefix_ok(text: str, start: int, alias_len: int) -> bool:
    """בישראל, ובירושלים: one or two prefix letters glued to a name."""
    if alias_len < 3:
        return False
    j, k = start, 0
    while j > 0 and k < 2 and text[j - 1] in HEBREW_PREFIXES:
        j -= 1
        k += 1
    return j < start and (j == 0 or not is_word_char(text[j - 1]))


# katakana letters that never begin a word: the long-vowel mark, ン and the small kana
_KANA_NO_WORD_BEGINS = frozenset("ーンァィゥェォッャュョヮヵヶ")


def _unspaced_ok(text, start, end, alias, s_first, s_last):
    n = len(text)
    # an unspaced alias glued to Latin letters/digits is part of something else
    if s_first == "KATAKANA" and start > 0 and script_of(text[start - 1]) == "KATAKANA" and len(alias) <= 3:
        return False
    if s_last == "KATAKANA" and end < n and script_of(text[end]) == "KATAKANA" and len(alias) <= 3:
        return False
    # running on into a letter no word begins with: one longer word (バイエル in バイエルン)
    if s_last == "KATAKANA" and end < n and text[end] in _KANA_NO_WORD_BEGINS:
        return False
    # katakana on both sides: the middle of a longer word (グアイラ in ロングアイランド);
    # compounds glue a name on one side only (アリババグループ, 米アマゾン)
    if s_first == s_last == "KATAKANA" and 0 < start and end < n and \
            script_of(text[start - 1]) == "KATAKANA" == script_of(text[end]):
        return False
    # part of a dotted Katakana name: ジョージ・H・W・ブッシュ, セントルイス・カージナルス
    if s_last == "KATAKANA" and end + 1 < n and text[end] in "・＝=" and is_word_char(text[end + 1]):
        return False
    if s_first == "KATAKANA" and start > 1 and text[start - 1] in "・＝=" and is_word_char(text[start - 2]):
        return False
    if s_first in CASED_SCRIPTS and start > 0 and is_word_char(text[start - 1]) and \
            script_of(text[start - 1]) in CASED_SCRIPTS:
        return False
    if s_last in CASED_SCRIPTS and end < n and is_word_char(text[end]) and \
            script_of(text[end]) in CASED_SCRIPTS:
        return False
    return True


_KB: KnowledgeBase | None = None
_LOCK = threading.Lock()


def load_kb(path: Path | str | None = None) -> KnowledgeBase:
    path = Path(path or os.environ.get("NEWSSTREAM_KB", KB_PATH))
    with gzip.open(path, "rb") as f:
        data = orjson.loads(f.read())
    entities = [KBEntity(e[0], e[1], e[2], e[3], e[4] if len(e) > 4 else None) for e in data["entities"]]
    return KnowledgeBase(entities, data["aliases"])


def get_kb() -> KnowledgeBase:
    """The process-wide KB, loaded on first use."""
    global _KB
    if _KB is None:
        with _LOCK:
            if _KB is None:
                _KB = load_kb()
    return _KB


class _Unaccented(frozenset):
    """A set of ASCII names that also holds their accented spellings: the US Census
    lists (given and family names) write José, María, Müller as jose, maria, muller."""

    __slots__ = ()

    def __contains__(self, word) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or word.isascii():
            return False
        bare = unaccented(word)
        return bare != word and frozenset.__contains__(self, bare)


# letters that are no base letter plus an accent, so that NFD leaves them whole (Jarosław,
# Søren, Đorđe): their ASCII spellings in name lists (jaroslaw, soren, djordje)
_BARE_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "dj", "Đ": "Dj", "ı": "i", "æ": "ae",
                               "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
                               "ħ": "h", "Ħ": "H"})


@lru_cache(maxsize=65536)   # asked for the same few thousand words again and again
def unaccented(word: str) -> str:
    """The word without its accents (José -> Jose, Jarosław -> Jaroslaw)."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).translate(
        _BARE_LETTERS)


# First names wordfreq ranks among a language's 300 commonest words because that language's
# text names people so often (not words of the language; checked by hand, the list is short)
_NAMES_AMONG_COMMONEST = {"fr": frozenset({"jean"}), "tr": frozenset({"ali"}), "sl": frozenset({"john"})}


# languages whose word list wordfreq keeps under another code (one list for Bosnian,
# Croatian and Serbian; Nynorsk's nearest is Bokmål's; Tagalog is Filipino)
_WORDFREQ_CODE = {"hr": "sh", "bs": "sh", "sr": "sh", "nn": "nb", "no": "nb", "tl": "fil"}


class CommonWords:
    """Word lists for telling names from ordinary capitalised words.

    A language's sets are built on first use: a worker pays memory only for the
    languages it sees (all 32 at once would be ~80 MB)."""

    def __init__(self, data: dict):
        # one compact string per language until a set is needed
        def lines(v) -> str:   # artefact stores newline-joined strings (older: lists)
            return v if isinstance(v, str) else "\n".join(v)

        self._raw = {k: lines(v) for k, v in data.items() if not k.startswith("_")}
        for code, listed in _WORDFREQ_CODE.items():
            if code not in self._raw and listed in self._raw:
                self._raw[code] = self._raw[listed]   # (the same string: no copy)
        self.full: dict[str, frozenset[str]] = {}
        self.top: dict[str, frozenset[str]] = {}
        self._function_words: dict[str, frozenset[str]] = {}
        self.calendar = frozenset(lines(data.get("_calendar", "")).split("\n")) - {""}
        self.surnames = _Unaccented(set(lines(data.get("_surnames", "")).split("\n")) - {""})
        # First names that are also one of a language's 300 commonest words (John in
        # Slovenian, Ana and Adam in Turkish, Jean in French, Hans in Swedish) are names
        # in every other language: ``given_for(code)`` leaves out only that language's,
        # ``given`` (the language unknown) every language's.
        self._given_all = set(lines(data.get("_given", "")).split("\n")) - {""}
        # Japanese family names and kanji first names (gimei), for persons in kanji
        self.ja_surnames = frozenset(lines(data.get("_ja_surnames", "")).split("\n")) - {""}
        self.ja_given = frozenset(lines(data.get("_ja_given", "")).split("\n")) - {""}
        self.ja_words2 = frozenset(lines(data.get("_ja_words2", "")).split("\n")) - {""}   # 学生, 日本
        # IPADIC's family and first names, far more (and more often words): a person only
        # when both stand together
        self.ja_family_listed = frozenset(lines(data.get("_ja_family_listed", "")).split("\n")) - {""}
        self.ja_first_listed = frozenset(lines(data.get("_ja_first_listed", "")).split("\n")) - {""}
        # IPADIC's katakana common words (アルバム, ツアー) and people's names (ワトソン, ブラウン)
        self.ja_loanwords = frozenset(lines(data.get("_ja_loanwords", "")).split("\n")) - {""}
        self.ja_kana_names = frozenset(lines(data.get("_ja_kana_names", "")).split("\n")) - {""}
        # the readings of gimei's first names in katakana and hiragana (カナエ, みゆき): given names
        # written in kana after a family name
        self.ja_kana_given = frozenset(lines(data.get("_ja_kana_given", "")).split("\n")) - {""}
        # foreign family names in Chinese transliteration (史密斯, 梅克爾): a person named by one alone
        self.zh_foreign_surnames = frozenset(lines(data.get("_zh_foreign_surnames", "")).split("\n")) - {""}
        self.ko_words3 = frozenset(lines(data.get("_ko_words3", "")).split("\n")) - {""}   # 반도체, 부동산
        self.ko_words = frozenset(lines(data.get("_ko_words", "")).split("\n")) - {""}   # 가공, 냉동, 반도체
        # first and family names in scripts without capitals (Arabic, Devanagari, Hebrew...)
        self.native_given = frozenset(lines(data.get("_native_given", "")).split("\n")) - {""}
        self.native_surnames = frozenset(lines(data.get("_native_surnames", "")).split("\n")) - {""}
        # Japanese names' readings in press Hepburn (加藤 -> kato), for ids across scripts
        self.ja_readings = dict(r.split("\t") for r in lines(data.get("_ja_readings", "")).split("\n") if r)
        # Japanese place names' readings (IPADIC: 加賀 -> kaga), for ids of places the KB lacks
        self.ja_place_readings = dict(r.split("\t") for r in lines(data.get("_ja_place_readings", "")).split("\n") if r)
        # names only Japanese text is read for: towns without their unit (函館, 群馬) and bodies'
        # short forms (東電, 早大) -> (id, type, also a person's name)
        self.ja_bare_names = {name: (eid, etype, family == "1") for name, eid, etype, family in
                              (r.split("\t") for r in lines(data.get("_ja_bare_names", "")).split("\n") if r)}
        function = set().union(*(self.function_words(code) for code in self._raw if code not in _WORDFREQ_CODE))
        self.given = _Unaccented(self._given_all - function)
        self._given_for: dict[str, _Unaccented] = {}

    def function_words(self, code: str) -> frozenset[str]:
        """A language's 300 commonest words (its lists are in rank order), less the first
        names that rank there only as names (Jean in French, Ali in Turkish). (Built once per
        language: the rules ask for it per word.)"""
        got = self._function_words.get(code)
        if got is None:
            got = self._function_words[code] = self.top_n(code, 300) - _NAMES_AMONG_COMMONEST.get(code, frozenset())
        return got

    def given_for(self, code: str) -> frozenset[str]:
        """First names, for text in language ``code`` (see ``given``)."""
        got = self._given_for.get(code)
        if got is None:
            got = self._given_for[code] = _Unaccented(self._given_all - self.function_words(code)) \
                if code in self._raw else self.given
        return got

    def _build(self, code: str) -> bool:
        raw = self._raw.get(code)
        if raw is None:
            return False
        words = raw.split("\n")
        top = words[:3000]
        if code in DOTTED_CAPITAL_I:
            # Turkish İ casefolds to i + a combining dot: İşte, İtalyan must find işte, italyan
            words += ["i\u0307" + w[1:] for w in words if w.startswith("i")]
            top += ["i\u0307" + w[1:] for w in top if w.startswith("i")]
        self.top[code] = frozenset(top)
        self.full[code] = frozenset(words)
        return True

    def get(self, code: str) -> frozenset[str]:
        got = self.full.get(code)
        if got is None:
            got = self.full[code] if self._build(code) else self.get("en") if code != "en" else frozenset()
        return got

    @lru_cache(maxsize=None)
    def top_n(self, code: str, n: int) -> frozenset[str]:
        """The ``n`` commonest words of language ``code`` (empty if it has no list)."""
        return frozenset(self._raw.get(code, "").split("\n", n)[:n]) - {""}

    def get_top(self, code: str) -> frozenset[str]:
        got = self.top.get(code)
        if got is None:
            got = self.top[code] if self._build(code) else self.get_top("en") if code != "en" else frozenset()
        return got


DOTTED_CAPITAL_I = frozenset(("tr", "az"))   # languages with a dotted capital İ
_COMMON: CommonWords | None = None


def common_words() -> CommonWords:
    global _COMMON
    if _COMMON is None:
        with _LOCK:
            if _COMMON is None:
                with gzip.open(COMMON_PATH, "rb") as f:
                    _COMMON = CommonWords(orjson.loads(f.read()))
    return _COMMON


_T2S: dict[int, str] | None = None


def zh_t2s() -> dict[int, str]:
    """Traditional -> simplified Chinese, one character for one (offsets stay), as a
    ``str.translate`` table: lets Chinese text in traditional characters meet KB aliases
    that exist only in simplified form (built by scripts/build_kb.py from hanziconv's
    character map; empty when the file is absent)."""
    global _T2S
    if _T2S is None:
        try:
            with gzip.open(T2S_PATH, "rb") as f:
                pairs = orjson.loads(f.read())
        except FileNotFoundError:
            pairs = {}
        _T2S = {ord(t): s for t, s in pairs.items()}
    return _T2S
