"""Known names written by ear: in the Cyrillic and Greek alphabets as they sound, in
Devanagari, Thai, katakana and the Arabic script by their consonants. Екопетрол,
Σαφαρικόμ, ओलिवर ब्लूम, มาร์ก รุตเต and سفاريكوم are Ecopetrol, Safaricom, Oliver Blume, Mark
Rutte and Safaricom.

The knowledge base holds a firm's or a person's name in the scripts its sources wrote, and
Bulgarian, Greek, Ukrainian or Serbian news often spells one it holds only in Latin
letters as it sounds. A candidate the look-ups left unknown is romanised (the Greek and
Bulgarian letter pairs a transliteration reads as one sound, then ``anyascii``) and
reduced to a sound key that the spellings of one name share: c, k and q as k (s before e
and i), z as s, w, y and j as vowels, h dropped, every run of vowels one vowel and
doubled letters once. The key must be that of one entity's name (the knowledge base's
English name, in Latin letters), and the romanised name must also be more than ``ALIKE``
alike to that name letter by letter (Κορινθίας, Corinthia, shares Corrientes' key, not
enough of its letters). Short names (a key of fewer than ``MIN_KEY`` letters) are never
matched this way: Шел is too many things.

Towns and countries are left out. The gazetteer's 30,000 towns share sounds with case forms
and local names (Марком, "with Mark", sounds like Markham; Αρκαδία, the Greek region, like
Arcadia in California), and every country already has its name in each language. A name a
language's rules took for a place names only a place this way, and a person's or a body's
name no place (село Гърмен is a village, not Garmin).

These two alphabets write every vowel, so romanising them is close to the Latin spelling.
Devanagari leaves a consonant's inherent vowel unwritten where Hindi drops it (ओलिवर
ब्लूम, olivr blum, is Oliver Blume), so a Hindi name is matched on its consonants alone
(w as v, an anusvara as n): the same six consonants or more, in names no other entity's
consonants match (गुस्तावो पेट्रो, गेब्रियल बोरिक, कार्लोस स्लिम). Thai too is matched on its
consonants, its vowels written before their consonant put after it, with the sounds Thai
writes alike merged on both sides (g and k, d and t, v, w and f; ช as sh or ch): five or
more in a name of two words or more (มาร์ก รุตเต, Mark Rutte), seven in a name of one.
Katakana spells a vowel after every consonant and one kana for l and r, b
and v: a katakana name is matched on six consonants or more with those merged
(ダンゴテ・グループ, Dangote Group). The Arabic script leaves short vowels out and writes
several Latin consonants with one letter: an Arabic, Persian or Urdu name is matched on
consonant classes both spellings share (four or more), then on how alike its letters are
to the known name's, its long vowels included (كوجي ساتو, غابرييل بوريك: Koji Sato, Gabriel
Boric). Hebrew has no key yet.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from difflib import SequenceMatcher
from itertools import chain, islice, product

from anyascii import anyascii

from .kb import KBEntity, KnowledgeBase, script_of

# more than this alike, letter by letter, to the known name whose sound key the name shares
ALIKE = 0.8
# letters of a sound key (spaces aside) below which a name is never matched by ear
MIN_KEY = 6

# letter pairs a transliteration reads as one sound (Greek: ου u, τζ j; Bulgarian ъ, a
# schwa written a), before anyascii spells each letter alone
_PAIRS = (("ου", "u"), ("ευ", "ev"), ("αυ", "av"), ("γγ", "ng"), ("τζ", "j"), ("τσ", "ts"), ("αι", "e"),
          ("ει", "i"), ("οι", "i"), ("χ", "h"), ("β", "v"), ("ъ", "a"), ("ь", ""), ("х", "h"))
# letters that spell two sounds: Greek writes b, d and g as μπ, ντ and γκ, so at a word's
# start, and inside a word either those or mp, nt and ng (Λαμπεντούζα: Lampedusa; Σαντιάγο:
# Santiago); Cyrillic дж is English j and soft g alike (Джонсън, Енерджи: Johnson, Energy)
_TWO_SOUNDS = re.compile("μπ|ντ|γκ|дж")
_SOUNDS = {"μπ": ("b", "mp"), "ντ": ("d", "nt"), "γκ": ("g", "ng"), "дж": ("j", "g")}
_MAX_READINGS = 8
_LETTERS = frozenset(("CYRILLIC", "GREEK"))
_SPELLINGS = tuple((re.compile(p), r) for p, r in (
    (r"[^a-z ]+", ""), (r"ph", "f"), (r"ck", "k"), (r"c(?=[eiy])", "s"), (r"[cq]", "k"), (r"x", "ks"),
    (r"z", "s"), (r"w", "u"), (r"[jy]", "i"), (r"h", ""), (r"(.)\1+", r"\1")))
_LEFT_OUT = ("city-", "country-")   # the knowledge base's towns and countries (see above)
_VOWELS = re.compile(r"[aeiou]+")
_SILENT_E = re.compile(r"(?<=[a-z]{3})e\b")   # (Reliance, Рилайънс)
_NASAL_BEFORE = re.compile(r"m(?=[^aeiou ])")   # (an anusvara, which anyascii writes m: सिंगापुर)
_NOT_CONSONANTS = re.compile(r"[aeiou]+")
# consonants (spaces aside) a Hindi name needs to be matched on its consonants alone
MIN_CONSONANTS = 6
# Thai: a vowel written before its consonant, read after it (เต: te), and the sounds Thai
# writes alike (ก for g and k, ท and ด for d, ว and ฟ for v and w)
_THAI_LEAD = re.compile("([เแโใไ])([ก-ฮ])")
_THAI_MERGES = str.maketrans({"g": "k", "d": "t", "v": "f", "w": "f"})
_DOUBLED = re.compile(r"(.)\1+")
# katakana: one kana for l and r, b and v; voiced and voiceless told apart by a mark often
# dropped or added in transcription
_KANA_MERGES = str.maketrans({"d": "t", "g": "k", "b": "p", "v": "p"})
MIN_KANA_CONSONANTS = 6


# Arabic script (Arabic, Persian, Urdu): foreign names are written with their long vowels
# (ا و ي) and without their short ones, in letters that merge Latin ones (ب for b and p, ف
# for f and v, ج and غ for g and j, ق and ك for k, c and q; س ص ش for s, sh and z's
# sibilants): matched on consonant classes both spellings share, then on how alike the
# vowels they write are. (ح ع ه, the article's sounds and Latin h, w and y are no
# consonants here: each spelling writes them differently.)
_ARABIC_CLASSES = {ord(c): cls for letters, cls in (
    ("بپ", "b"), ("تط", "t"), ("دض", "d"), ("ثذزظژسصش", "s"), ("جغگ", "g"), ("خقكک", "k"), ("ر", "r"),
    ("فڤ", "f"), ("ل", "l"), ("م", "m"), ("ن", "n"), ("چ", "ts"),
    ("اأإآٱ", "a"), ("وؤ", "u"), ("يىیئےۍ", "i"), ("ة", "a"),
    ("حعهۀھءـ\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u200c", "")) for c in letters}
_LATIN_FOR_ARABIC = tuple((re.compile(p), r) for p, r in (
    (r"[^a-z]+", ""), (r"sch|sh", "s"), (r"ph", "f"), (r"th", "t"), (r"kh|ck", "k"),
    (r"ch", "ts"), (r"c(?=[eiy])", "s"), (r"[cq]", "k"), (r"x", "ks"), (r"z", "s"), (r"j", "g"), (r"v", "f"),
    (r"p", "b"), (r"h", ""), (r"[eiy]", "i"), (r"[ouw]", "u")))
_VOWEL_CLASSES = re.compile("[aiu]+")
# how alike an Arabic-script name's letters (written vowels and consonant classes) must be
# to the known name's whose consonants it has: names of MIN_ARABIC_CONSONANTS or more,
# and shorter ones down to MIN_ARABIC_CONSONANTS_SHORT (كوجي ساتو, Koji Sato)
MIN_ARABIC_CONSONANTS, ARABIC_ALIKE = 6, 0.75
MIN_ARABIC_CONSONANTS_SHORT, ARABIC_ALIKE_SHORT = 4, 0.85


def arabic_reading(name: str, arabic: bool = True) -> str:
    """An Arabic-script ``name``'s letters as the classes above (its long vowels a, i, u),
    or with ``arabic`` False a Latin-script name's, merged alike: فولكس فاغن, fulksfagn;
    Gabriel Boric and غابرييل بوريك, gabrilburik."""
    if arabic:   # (a word's first alef only carries the vowel after it: إيكوبترول, i...)
        s = " ".join(w[1:] if len(w) > 1 and w[0] == "a" and w[1] in "iu" else w
                     for w in name.translate(_ARABIC_CLASSES).split())
    else:
        s = anyascii(name).lower()
        for pattern, sound in _LATIN_FOR_ARABIC:
            s = pattern.sub(sound, s)
    return _DOUBLED.sub(r"\1", "".join(s.split()))


def arabic_key(reading: str) -> str:
    """The consonant classes of an ``arabic_reading``."""
    return _DOUBLED.sub(r"\1", _VOWEL_CLASSES.sub("", reading))


def romanisations(name: str) -> list[str]:
    """The ways ``name`` reads in lower-case ASCII letters, its accents off and the letter
    pairs above read as one sound (Мотърс: motars; Λαμπεντούζα: labeduza, labentuza,
    lampeduza, lampentuza)."""
    low = "".join(c for c in unicodedata.normalize("NFD", name.lower()) if not unicodedata.combining(c))
    for pair, sound in _PAIRS:
        if pair in low:
            low = low.replace(pair, sound)
    parts = _TWO_SOUNDS.split(low)
    if len(parts) == 1:
        return [anyascii(low).lower()]
    letters = _TWO_SOUNDS.findall(low)
    choices = [(_SOUNDS[pair][0],) if pair != "дж" and (not before or not before[-1].isalpha()) else _SOUNDS[pair]
               for before, pair in zip(parts, letters)]
    readings = []
    for sounds in islice(product(*choices), _MAX_READINGS):
        readings.append(anyascii("".join(chain.from_iterable(zip(parts, sounds))) + parts[-1]).lower())
    return readings


def _spelled(romanised: str) -> str:
    for pattern, sound in _SPELLINGS:
        romanised = pattern.sub(sound, romanised)
    return " ".join(romanised.split())


def spelled(name: str) -> str:
    """``name``'s first romanisation with the spellings of one sound made one (Ecopetrol and
    Ekopetrol: ekopetrol)."""
    return _spelled(romanisations(name)[0])


def sound_key(name: str) -> str:
    """The key the spellings of one name share: ``spelled`` with a word's silent final e
    off and every run of vowels one."""
    return _key(spelled(name))


def _key(spelled_name: str) -> str:
    return _VOWELS.sub("a", _SILENT_E.sub("", spelled_name))


def consonant_key(name: str) -> str:
    """The consonants of ``name`` as the Devanagari and the Latin spellings of one name share
    them (Oliver Blume and ओलिवर ब्लूम: lvr blm)."""
    s = _spelled(anyascii(name).lower().replace("w", "v"))
    return _NOT_CONSONANTS.sub("", _NASAL_BEFORE.sub("n", s))


def thai_keys(name: str, thai: bool = True) -> list[str]:
    """The consonant keys a Thai ``name`` may have (ช read as sh and as ch), or with
    ``thai`` False the one key of a Latin-script name, by the merges Thai needs (Mark Rutte
    and มาร์ก รุตเต: mrk rt)."""
    readings = [anyascii(_THAI_LEAD.sub(r"\2\1", name) if thai else name).lower()]
    if thai and "ch" in readings[0]:
        readings = [readings[0].replace("ch", "s"), readings[0].replace("ch", "k")]
    return [_DOUBLED.sub(r"\1", consonant_key(r).translate(_THAI_MERGES)) for r in readings]


def kana_key(name: str, kana: bool = True) -> str:
    """The consonants of a katakana ``name`` (the vowel kana spells after each consonant
    gone) or, with ``kana`` False, of a Latin-script name, by the merges katakana needs (l
    and r, b, p and v, d and t, g and k): ダンゴテ・グループ and Dangote Group: tnktkrp."""
    r = anyascii(name).lower()
    if kana:
        r = r.replace("tsu", "t").replace("shi", "si").replace("chi", "ti").replace("fu", "f")
    s = _NOT_CONSONANTS.sub("", _spelled(r.replace("w", "v").replace("l", "r"))).replace(" ", "")
    return _DOUBLED.sub(r"\1", s.translate(_KANA_MERGES))


def _katakana(surface: str) -> bool:
    return bool(surface) and "\u30a1" <= surface[0] <= "\u30fa" and all(
        "\u30a0" <= c <= "\u30ff" for c in surface if not c.isspace())


def _thai(surface: str) -> bool:
    return bool(surface) and "\u0e01" <= surface[0] <= "\u0e7f" and all(
        "\u0e01" <= c <= "\u0e7f" for c in surface if c.isalpha())


def _thai_length_ok(key: str) -> bool:
    letters = len(key) - key.count(" ")
    return letters >= 7 or letters >= 5 and " " in key


def _arabic(surface: str) -> bool:
    return bool(surface) and "\u0621" <= surface[0] <= "\u06d3" and all(
        "\u0621" <= c <= "\u06d3" for c in surface if c.isalpha())


def _devanagari(surface: str) -> bool:
    return bool(surface) and "\u0900" <= surface[0] <= "\u097f" and all(
        "\u0900" <= c <= "\u097f" for c in surface if c.isalpha())


def written_by_ear(surface: str) -> bool:
    """A name in the Cyrillic or Greek alphabet (spaces, hyphens and dots aside)."""
    # (most names asked about open with a Latin or other letter: one comparison says no)
    if not surface or not ("\u0370" <= surface[0] <= "\u052f" or "\u1f00" <= surface[0] <= "\u1fff"):
        return False
    return all(script_of(c) in _LETTERS for c in surface if c.isalpha())


class SoundIndex:
    """Sound key -> the one entity whose name has it, and its name ``spelled``; a key two
    entities' names share (Hyderabad in India and in Pakistan) names neither (-1)."""

    def __init__(self, kb: KnowledgeBase):
        self._entities = kb.entities
        self._by_key: dict[str, tuple[int, str]] = {}
        self._by_consonants: dict[str, int] = {}   # consonant_key -> entity index (-1: two share it)
        self._by_thai: dict[str, int] = {}   # thai_keys of the name -> entity index (-1: two share it)
        self._by_kana: dict[str, int] = {}   # kana_key of the name -> entity index (-1: two share it)
        # arabic_key of the name -> (entity index, arabic_reading) of each name that has it
        self._by_arabic: dict[str, list[tuple[int, str]]] = {}
        for idx, ent in enumerate(kb.entities):
            name = ent.name
            if ent.id.startswith(_LEFT_OUT):
                continue
            if not name.isascii() and any(script_of(c) != "LATIN" for c in name if c.isalpha()):
                continue
            consonants = consonant_key(name)
            if len(consonants) - consonants.count(" ") >= MIN_CONSONANTS:
                _one_owner(self._by_consonants, consonants, idx)
            thai = thai_keys(name, thai=False)[0]
            if _thai_length_ok(thai):
                _one_owner(self._by_thai, thai, idx)
            kana = kana_key(name, kana=False)
            if len(kana) >= MIN_KANA_CONSONANTS:
                _one_owner(self._by_kana, kana, idx)
            reading = arabic_reading(name, arabic=False)
            if len(arabic := arabic_key(reading)) >= MIN_ARABIC_CONSONANTS_SHORT:
                self._by_arabic.setdefault(arabic, []).append((idx, reading))
            s = spelled(name)
            key = _key(s)
            if len(key) - key.count(" ") < MIN_KEY:
                continue
            self._by_key[key] = (idx, s) if key not in self._by_key else (-1, "")

    def find(self, surface: str, etype: str | None = None) -> KBEntity | None:
        """The entity ``surface`` names by ear, if one does and it may be of ``etype`` (the
        type the rules gave the name, if any)."""
        for reading in romanisations(surface):
            s = _spelled(reading)
            got = self._by_key.get(_key(s))
            if got is not None and got[0] >= 0 and SequenceMatcher(None, s, got[1]).ratio() > ALIKE:
                ent = self._entities[got[0]]
                return ent if _may_be(ent, etype) else None
        return None


    def find_consonants(self, surface: str, etype: str | None = None) -> KBEntity | None:
        """The entity a Devanagari, Thai or katakana ``surface`` names by its consonants, if
        one does and it may be of ``etype``."""
        if _arabic(surface):
            return self.find_arabic(surface, etype)
        if _thai(surface):
            found = {self._by_thai.get(k, -1) for k in thai_keys(surface)} - {-1}
            idx = found.pop() if len(found) == 1 else -1
        elif _katakana(surface):
            idx = self._by_kana.get(kana_key(surface), -1)
        else:
            idx = self._by_consonants.get(consonant_key(surface), -1)
        if idx < 0:
            return None
        ent = self._entities[idx]
        return ent if _may_be(ent, etype) else None

    def find_arabic(self, surface: str, etype: str | None = None) -> KBEntity | None:
        """The entity an Arabic-script ``surface`` names by ear: of the known names with its
        consonants, the one whose letters are most alike to its (more than ``ARABIC_ALIKE``,
        or ``ARABIC_ALIKE_SHORT`` for a short name), no other name as alike."""
        reading = arabic_reading(surface)
        key = arabic_key(reading)
        owners = self._by_arabic.get(key)
        if owners is None:
            return None
        alike = sorted(((SequenceMatcher(None, reading, r).ratio(), idx) for idx, r in owners), reverse=True)
        best, idx = alike[0]
        if best <= (ARABIC_ALIKE if len(key) >= MIN_ARABIC_CONSONANTS else ARABIC_ALIKE_SHORT) \
                or len(alike) > 1 and alike[1][0] == best and alike[1][1] != idx:
            return None
        ent = self._entities[idx]
        return ent if _may_be(ent, etype) else None


def _may_be(ent: KBEntity, etype: str | None) -> bool:
    """A name the rules took for one of ``etype`` may name ``ent``: a place names only a
    place, and a person's or a body's name no place."""
    return etype in (None, "MISC") or (ent.type == "LOC") == (etype == "LOC")


def _one_owner(table: dict[str, int], key: str, idx: int) -> None:
    """``table[key]`` is ``idx``, or -1 once two entities' names have ``key``."""
    table[key] = idx if key not in table else -1


def opens_alike(surface: str, name: str) -> bool:
    """``surface`` (Cyrillic or Greek) sounds like the words that open ``name`` (Тойота and
    Toyota Motor; not Хюндай and Honda Motor)."""
    head = _spelled(romanisations(" ".join(name.split()[:len(surface.split())]))[0])
    return any(SequenceMatcher(None, _spelled(reading), head).ratio() > ALIKE for reading in romanisations(surface))


_INDEX: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # knowledge base -> its index


def by_ear(kb: KnowledgeBase, surface: str, etype: str | None = None) -> KBEntity | None:
    """The known entity a Cyrillic, Greek, Devanagari, Thai, katakana or Arabic-script
    ``surface`` (a name the rules took for one of ``etype``) spells as its English name
    sounds."""
    ear = written_by_ear(surface)
    if not ear and not _devanagari(surface) and not _thai(surface) and not _katakana(surface) \
            and not _arabic(surface):
        return None
    index = _INDEX.get(kb)
    if index is None:
        index = _INDEX[kb] = SoundIndex(kb)
    return index.find(surface, etype) if ear else index.find_consonants(surface, etype)
