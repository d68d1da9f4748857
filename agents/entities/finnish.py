"""Finnish names read by Finnish grammar, before the knowledge base's hits are taken.

Finnish glues its case endings to a name (Tukholmassa "in Stockholm", Suomen "of
Finland") and changes the stem as it does (consonant gradation: Helsinki -> Helsingissä,
Turku -> Turussa; e-stems: Iisalmi -> Iisalmessa), writes the ending of an abbreviation
after a colon (EU:n, YK:ssa), names an institution by a place in the genitive and a
lower-case head noun (Helsingin yliopisto, Kouvolan käräjäoikeus) and a ministry in lower
case (ulkoministeriö).  So, on runs of capitalised words (``finnish_named``):

* an inflected word whose nominative the knowledge base knows is that entity
  (Helsingissä -> Helsinki, Turkin -> Turkki, Yhdysvaltain -> Yhdysvallat);
* a word before a colon and its ending is an abbreviation, an organisation's unless the
  knowledge base says otherwise (SDP:n);
* a run closed by a legal form (Oy, Oyj, ry) or after a trade noun in apposition
  (teräsyhtiö X, kahvila X) is an organisation's name, a demonym before it no part of it
  (kuopiolainen X Oy);
* a capitalised compound whose last part is an organisation's head (-liitto, -laitos,
  -hallitus) names an organisation, the town in the genitive before it included (Lahden
  Nuorisoseura); one whose last part is a landform's or a street's (-joki, -järvi, -katu,
  -tori) a place; a town in the genitive before a capitalised word in the nominative a
  club or a body (Porin Ässät);
* a run in the genitive before lower-case adjectives and an institution's head noun is
  that institution's name (Jyväskylän yliopistossa, Kongon demokraattinen tasavalta);
* an unknown name in a local case (-ssa, -sta, -lla, -lle, -Vn: "in", "from", "at",
  "to") is a place's, and so is one in the genitive before a noun of places (Kemin
  keskustassa, Sallan kunnanvaltuusto);
* an all-capital word opening a sentence is an acronym, an organisation's;
* a lower-case ministry's name is an organisation's (sisäministeriö, sosiaali- ja
  terveysministeriö).
"""

from __future__ import annotations

import re

_V = "aeiouyäö"
_WORD = re.compile(r"[^\W\d_][\w]*(?:-[^\W\d_][\w]*)*-?(?::[^\W\d_]+)?")
# a word that may open with a capital (its first letter is tested after: the class takes
# in the lower-case letters of Latin Extended-A too)
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞĀ-ſ][\w]*(?:-[^\W\d_][\w]*)*-?(?::[^\W\d_]+)?")
_SENTENCE_END = ".!?;:–—\"”»("

# the case endings glued to a name, longest first (singular: inessive, elative, adessive,
# ablative, allative, translative, illative -seen/-hin, abessive, essive, partitive,
# genitive)
_ENDINGS = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "seen", "hin", "tta", "ttä",
            "na", "nä", "ta", "tä", "n", "a", "ä")
_ENDING_SET = frozenset(_ENDINGS)
# the local cases: where something is, comes from or goes to, the cases of a place
_LOCAL = re.compile(r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|seen|([aeiouyäö])h\1n|([aiouyäö])\2n)$")
# the genitive plural of a name in the plural (Yhdysvaltain, Alppien)
_PLURAL_GENITIVE = ("ain", "äin")

# legal forms written after a company's or an association's name (osakeyhtiö,
# julkinen osakeyhtiö, aktiebolag, kommandiittiyhtiö, avoin yhtiö, rekisteröity yhdistys,
# toiminimi)
LEGAL_FORMS = frozenset(("oy", "oyj", "ab", "abp", "ky", "ay", "ry", "rf", "tmi", "osk"))
_LOWER_LEGAL_FORM = re.compile(r" (" + "|".join(LEGAL_FORMS) + r")(?::[^\W\d_]+)?(?![\w-])")

# the last parts of compounds that name an organisation (Poliisihallitus, Palkansaajien
# Työntekijäliitto, Rajavartiolaitos), with their inflection stems
ORG_TAILS = ("hallitus", "hallitukse", "hallitust", "poliisi", "laitos", "laitokse", "laitost", "keskus", "keskukse",
             "lautakunta", "lautakunna", "toimikunta", "toimikunna", "liitto", "liito", "seura", "yhdistys",
             "yhdistykse", "yhdistyst", "järjestö", "puolue", "virasto", "ministeriö", "säätiö", "rahasto",
             "instituutti", "instituuti", "akatemia", "opisto", "yliopisto", "korkeakoulu", "lukio", "sairaala",
             "teatteri", "museo", "kamari", "oikeus", "oikeude", "neuvosto", "osuuskunta", "osuuskunna",
             "seurakunta", "seurakunna", "kerho", "kuoro", "yhtye", "orkesteri", "pankki", "panki")

# the last parts of compounds that name a place: landforms, waters, streets, squares,
# parks, villages (Kemijoki, Näsijärvi, Hämeenkatu, Kauppatori, Pallastunturi)
LOC_TAILS = ("joki", "joke", "joe", "järvi", "järve", "koski", "koske", "lahti", "lahde", "lahte", "salmi", "salme",
             "meri", "mere", "saari", "saare", "katu", "kadu", "tie", "tori", "tunturi", "vuori", "vuore",
             "kangas", "kankaa", "maa", "selkä", "selä", "puisto", "kuja", "polku", "polu", "aukio", "silta",
             "silla", "kylä", "vaara", "lampi", "lamme", "lampe", "harju", "väylä", "raitti", "ranta", "ranna")

# trade nouns written before a firm's or a club's name in apposition (metsäyhtiö Stora
# Enso, kahvila X): the name after them is an organisation's
TRADE_TAILS = ("yhtiö", "ketju", "konserni", "kirjakauppa", "tavaratalo", "kahvila", "ravintola", "hotelli",
               "valmistaja", "operaattori", "yritys", "firma", "kustantamo", "panimo", "leipomo", "seura", "yhtye", "lehti",
               "järjestö", "puolue", "pankki", "kerho")
# the trade nouns that open a name when capitalised inside a run (Ravintola X, Hotelli X)
NAME_OPENERS = frozenset(("ravintola", "kahvila", "hotelli", "kirjakauppa", "leipomo", "panimo", "teatteri",
                          "yhtye", "kuoro", "konepaja", "apteekki", "kylpylä"))

# lower-case head nouns of an institution's or a place's name after a place in the
# genitive (Helsingin yliopisto, Turun hovioikeus, Kotkan satama), with their stems
ORG_HEADS = {
    "yliopisto": ("yliopisto",), "korkeakoulu": ("korkeakoulu",), "koulu": ("koulu",), "lukio": ("lukio",),
    "sairaala": ("sairaala",), "keskussairaala": ("keskussairaala",),
    "käräjäoikeus": ("käräjäoikeus", "käräjäoikeude"), "hovioikeus": ("hovioikeus", "hovioikeude"),
    "hallinto-oikeus": ("hallinto-oikeus", "hallinto-oikeude"),
    "eläinpuisto": ("eläinpuisto",), "huvipuisto": ("huvipuisto",), "hyvinvointialue": ("hyvinvointialue",),
    "teatteri": ("teatteri",), "kaupunginteatteri": ("kaupunginteatteri",), "ooppera": ("ooppera",),
    "orkesteri": ("orkesteri",), "kaupunginorkesteri": ("kaupunginorkesteri",), "museo": ("museo",),
    "seurakunta": ("seurakunta", "seurakunna"), "pörssi": ("pörssi",), "komissio": ("komissio",),
    "parlamentti": ("parlamentti", "parlamenti"), "keskuspankki": ("keskuspankki", "keskuspanki"),
    "järjestö": ("järjestö",), "laitos": ("laitos", "laitokse", "laitost"), "virasto": ("virasto",),
    "kauppakamari": ("kauppakamari",),
}
LOC_HEADS = {
    "satama": ("satama",), "stadion": ("stadion", "stadioni"), "tasavalta": ("tasavalta", "tasavalla"),
    "kuningaskunta": ("kuningaskunta", "kuningaskunna"), "lentoasema": ("lentoasema",),
    "rautatieasema": ("rautatieasema",), "kauppahalli": ("kauppahalli",),
    "tuomiokirkko": ("tuomiokirkko", "tuomiokirko"),
    "kansallispuisto": ("kansallispuisto",), "saaristo": ("saaristo",),
}
# heads that close compounds too (terveysjärjestö, käräjäoikeus, kauppakorkeakoulu)
_COMPOUND_HEADS = ("järjestö", "korkeakoulu", "yliopisto", "seurakunta", "teatteri", "orkesteri", "museo",
                   "sairaala", "laitos", "virasto", "kauppakamari")

# lower-case nouns a place's name stands before in the genitive: a town's centre, its
# council, its shore, its surroundings (Kemin keskustassa, Sallan kunnanvaltuusto,
# Oulujoen varrella, Vaasan edustalla)
PLACE_NOUNS = ("keskusta", "keskust", "tehdas", "tehtaa", "tehta", "maakunta", "maakunna", "kunta", "kunna",
               "kaupunki", "kaupungi", "alue", "aluee", "edusta", "ranta", "ranna", "varsi", "varre", "varte",
               "osa", "osi", "tori", "satama", "asema", "rinne", "rintee", "metsä", "metsi", "ympäristö",
               "seutu", "seudu", "kylä", "kyli", "lähellä", "lähistö", "koski", "koske", "keskus", "keskukse",
               "rannikko", "rannikolla", "saaristo", "asukas", "asukkaa", "raja", "ostoskeskus")
_PLACE_NOUN_PREFIXES = ("kunnan", "kaupungin", "kylän")

# the stems of the adjectives that open a building's name, agreeing with its head noun
# (Vanhassa kauppahallissa, Uudessa lastensairaalassa)
_NAME_ADJECTIVES = ("vanh", "uud", "uus", "iso", "pien", "suur", "pikku")

# compass and position prefixes of a place's name (Keski-Suomi, Ylä-Luosto, Pohjois-Savo)
PLACE_PREFIXES = ("keski-", "ylä-", "ala-", "pohjois-", "etelä-", "itä-", "länsi-", "vähä-", "iso-", "uusi-", "vanha-",
                  "sisä-", "ulko-")

# abbreviations of championships and the like that take a colon but name no body (MM:ssä)
_NOT_BODIES = frozenset(("mm", "em", "sm", "pm", "tv", "ok"))

# postpositions that take a place in the partitive (lähellä Zermattia "near Zermatt")
_PARTITIVE_PLACE_CUES = frozenset(("lähellä", "kohti"))

_CASE_TAIL = r"(?:n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|a|ä|ta|tä|seen|[aeiouyäö]n|t|ja|jä|ine\w*|i\w{0,5})?"
_ADJECTIVE = re.compile(r"[a-zäö]+i(?:nen|se\w{0,4}|s[tT][aä]|a|ä)$")
_DEMONYM = re.compile(r"l[aä]i(?:nen|s\w{0,5})$")
_ACRONYM = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]*[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]*")


# the singular case endings of a head noun (its plural names no one institution)
_HEAD_TAIL = r"(?:n|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|a|ä|ta|tä|seen|[aeiouyäö]n)?"


def _heads_pattern(heads: dict[str, tuple[str, ...]]) -> re.Pattern:
    """A head noun of ``heads`` in a singular case, those of _COMPOUND_HEADS closing a
    compound too (terveysjärjestö, poliisilaitos)."""
    stems = sorted({s for v in heads.values() for s in v}, key=len, reverse=True)
    compound = sorted({s for h in _COMPOUND_HEADS if h in heads for s in heads[h]}, key=len, reverse=True)
    return re.compile(r"(?:\w*(?:" + "|".join(compound) + ")|(?:" + "|".join(stems) + "))" + _HEAD_TAIL + "$") \
        if compound else re.compile("(?:" + "|".join(stems) + ")" + _HEAD_TAIL + "$")


_ORG_HEAD = _heads_pattern(ORG_HEADS)
_LOC_HEAD = _heads_pattern(LOC_HEADS)


def _tails_pattern(tails: tuple[str, ...]) -> re.Pattern:
    """A compound (three letters or more) before one of ``tails``, in any case form."""
    return re.compile(r"\w{3,}?(?:" + "|".join(sorted(set(tails), key=len, reverse=True)) + ")" + _CASE_TAIL + "$")


_ORG_TAIL = _tails_pattern(ORG_TAILS)
_ORG_WORD = re.compile("(?:" + "|".join(sorted(set(ORG_TAILS), key=len, reverse=True)) + ")" + _CASE_TAIL + "$")
_LOC_TAIL = _tails_pattern(LOC_TAILS)
_TRADE_TAIL = re.compile("(?:" + "|".join(TRADE_TAILS) + ")$")
_PLACE_NOUN = re.compile(r"(?:\w*(?:" + "|".join(sorted(PLACE_NOUNS, key=len, reverse=True)) + ")" + _CASE_TAIL
                         + "|(?:" + "|".join(_PLACE_NOUN_PREFIXES) + r")\w+)$")
# the supreme courts, named by lower-case words (korkein oikeus, korkein hallinto-oikeus)
_SUPREME_COURT = re.compile(r"(?<![\w-])[Kk]orkei(?:n|mma(?:n|ssa|sta|lle|lta|lla)) (?:hallinto-)?"
                            r"oikeu(?:s|den|dessa|desta|delle|delta|della|teen|tta)(?!\w)")
_MINISTRY = re.compile(r"(?<![\w-])(?:[a-zäö]+- ja )?[a-zäö]*ministeriö(?:n|ssä|stä|llä|ltä|lle|hön|tä|nä|ksi)?(?!\w)")

# weak grade -> strong grade of the consonants before a stem's last vowel (consonant
# gradation: Helsingin <- Helsinki, Turun <- Turku, Lahden <- Lahti)
_STRONG = (("ng", "nk"), ("mm", "mp"), ("nn", "nt"), ("ll", "lt"), ("rr", "rt"), ("d", "t"), ("v", "p"),
           ("k", "kk"), ("p", "pp"), ("t", "tt"), ("r", "rk"), ("l", "lk"), ("h", "hk"))
_WEAK = (("nk", "ng"), ("mp", "mm"), ("nt", "nn"), ("lt", "ll"), ("rt", "rr"), ("kk", "k"), ("pp", "p"),
         ("tt", "t"), ("t", "d"), ("p", "v"), ("k", ""))
_LAST_CLUSTER = re.compile(f"([^{_V}]*)([{_V}]+[^{_V}]?)$")


class _Tok:
    __slots__ = ("start", "end", "colon_end", "word", "low")

    def __init__(self, m: re.Match):
        word = m.group()
        colon = word.find(":")
        self.start = m.start()
        self.colon_end = m.end() if colon > 0 else None
        word = word[:colon] if colon > 0 else word
        self.end = self.start + len(word)
        self.word = word
        self.low = word.lower()


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j < 0 or text[j] in _SENTENCE_END


_HARMONY = str.maketrans("äöy", "aou")


def _ending(low: str) -> str:
    """A word's local case ending or its genitive's -n, by either vowel harmony."""
    m = _LOCAL.search(low)
    return m.group().translate(_HARMONY) if m else "n" if low.endswith("n") else ""


def _runs(text: str):
    """Runs of capitalised words joined by single spaces, or by "ja" after a hyphened word
    (Auto- ja Kuljetusalan), with a lower-case legal form at the end (X ry); a word with
    a colon ending (SDP:n) ends its run."""
    run: list[_Tok] = []
    for m in _CAPITALISED.finditer(text):
        if not m.group()[0].isupper():
            continue
        if run:
            last = run[-1]
            gap = text[last.end:m.start()]
            if last.colon_end is None and (gap == " " or gap == " ja " and last.word.endswith("-")):
                run.append(_Tok(m))
                continue
            yield _with_legal_form(text, run)
        run = [_Tok(m)]
    if run:
        yield _with_legal_form(text, run)


def _with_legal_form(text: str, run: list[_Tok]) -> list[_Tok]:
    last = run[-1]
    if last.colon_end is None and (m := _LOWER_LEGAL_FORM.match(text, last.end)) is not None:
        run.append(_Tok(_WORD.match(text, m.start(1))))
    return run


def _graded(stem: str, table) -> list[str]:
    """``stem`` with the consonants before its last vowel graded by ``table`` (weak to
    strong: Helsingi- -> Helsinki-, Turu- -> Turku-, joe- -> joke-; strong to weak:
    Yhdysvalta- -> Yhdysvalla-)."""
    out = []
    if table is _STRONG and stem[-1:] == "e" and stem[-2:-1] in _V and stem[-2] != "e":
        out.append(stem[:-1] + "k" + stem[-1])   # joe- -> joke-, mäe- -> mäke-
    m = _LAST_CLUSTER.search(stem)
    if m is None or not m.group(1):
        return out
    cluster, head, rest = m.group(1), stem[:m.start()], m.group(2)
    for weak, strong in table:
        if weak and cluster.endswith(weak):
            out.append(head + cluster[:len(cluster) - len(weak)] + strong + rest)
    return out


def _nominative_forms(stem: str) -> list[str]:
    """What a stem's last letters are in the nominative: Tamperee- -> Tampere, Muhokse- ->
    Muhos, Suome- -> Suomi, Virtase- -> Virtanen, Washingtoni- -> Washington."""
    if stem.endswith("ee"):
        return [stem, stem[:-1]]
    if stem.endswith("kse"):
        return [stem, stem[:-3] + "s"]
    if stem.endswith("e"):
        return [stem, stem[:-1] + "i"] + ([stem[:-2] + "nen"] if stem.endswith("se") and stem[-3:-2] in _V else [])
    if stem.endswith("i") and stem[-2:-1] not in _V:
        return [stem, stem[:-1]]
    return [stem]


def nominatives(word: str) -> list[str]:
    """The nominatives an inflected Finnish name may come from, likeliest first
    (Helsingissä -> Helsinki, Suomen -> Suomi, Tampereella -> Tampere, Muhokselle ->
    Muhos, Washingtonissa -> Washington, Yhdysvaltain -> Yhdysvallat)."""
    out: list[str] = []
    if word.endswith(_PLURAL_GENITIVE) and len(word) > 6:
        # Yhdysvalt-ain: the nominative plural, in the weak grade (Yhdysvallat)
        out += [g + "t" for g in [word[:-2]] + _graded(word[:-2], _WEAK)]
    stems = []
    if len(word) > 4 and word[-1] == "n" and word[-2] == word[-3] and word[-2] in _V:
        stems.append(word[:-2])   # the illative: Kiinaan, Viroon
    elif len(word) > 5 and word[-1] == "n" and word[-3] == "h" and word[-2] == word[-4]:
        stems.append(word[:-3])   # the illative after a long vowel: Joensuuhun
    k = next((k for k in (4, 3, 2, 1) if word[-k:] in _ENDING_SET), 0)   # (the longest ending only)
    if k and len(word) - k >= 3:
        stems.append(word[:-k])
    for stem in stems:
        out += _nominative_forms(stem)
        for graded in _graded(stem, _STRONG):
            out += _nominative_forms(graded)
    seen = set()
    return [f for f in out if len(f) >= 4 and not (f in seen or seen.add(f))]


def acronym_as_word(word: str, acronyms: dict):
    """The body whose acronym Finnish writes as a word with one capital when it reads it as
    one, in any case (Nasassa, Uefan, Fifaan: NASA, UEFA, FIFA), from ``acronyms`` (the
    knowledge base's, keyed so: Nasa), or None."""
    if not (word[:1].isupper() and word[1:].islower()):
        return None
    return next((acronyms[form] for form in (word, *nominatives(word)) if form in acronyms), None)


def _known(word: str, initial: bool, common: frozenset[str], lookup):
    """The entity an inflected word names by its nominative, if the knowledge base knows
    one.  At a sentence's start, where everyday words are capitalised too and many are
    some town's name inflected (Asiassa "in the matter", Perusta "from the base"), a
    frequent word only as a country, a region or a city the knowledge base matches
    anywhere (Suomen, Helsingissä)."""
    everyday = initial and word.lower() in common
    for form in nominatives(word):
        ent = lookup(form, not everyday)
        if ent is not None and ent.type in ("PER", "ORG", "LOC"):
            if everyday and not (ent.type == "LOC" and ent.id.startswith(_SETTLEMENT_IDS)):
                return None
            return ent
    return None


_SETTLEMENT_IDS = ("country-", "city-", "region-")


def _local_case(t: _Tok) -> bool:
    """A local case ending on a stem of three letters or more, no family name's (-nen:
    Virtaselle, Virtasella name people)."""
    m = _LOCAL.search(t.low)
    if m is None or m.start() < 3 or "-" in t.low and not t.word.split("-")[-1][:1].isupper():
        return False   # (Nature-lehdessä: "in the journal Nature")
    stem = t.low[:m.start()]
    return not (stem.endswith("se") and stem[-3:-2] in _V)


# the stems of derived common nouns (yritys -> yrityksellä, kirjasto, opettaja, tapahtuma,
# kokous -> kokouksessa): a sentence may open with one in a local case
_DERIVED_STEM = re.compile(r"(?:kse|ude|ise|j[aä]|st[oö]|m[aä]|nn[aä])$")


def _place_by_case(t: _Tok, initial: bool, given: frozenset[str], surnames=frozenset()) -> bool:
    """A name in a local case is a place's, unless it is a first or a family name's
    (Matilla, Liisalle, Alcarazille) or, opening a sentence, a derived common noun's
    (Yrityksellä)."""
    if not _local_case(t) or any(f.lower() in given or f.lower() in surnames for f in nominatives(t.word)):
        return False
    return not (initial and _DERIVED_STEM.search(t.low[:_LOCAL.search(t.low).start()]))


def _genitive(t: _Tok) -> bool:
    """A genitive, no family name's in -nen (Virtasen, Niemisen: a person's)."""
    low = t.low
    return low.endswith("n") and len(low) >= 4 and not low.endswith("nen") \
        and not (low.endswith("sen") and low[-4:-3] in _V)


def _word_after(text: str, i: int) -> str:
    if not text.startswith(" ", i):
        return ""
    m = _WORD.match(text, i + 1)
    return m.group() if m else ""


def _word_before(text: str, i: int) -> str:
    if i < 2 or text[i - 1] != " ":
        return ""
    j = i - 1
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "-"):
        j -= 1
    return text[j:i - 1]


def _place_noun_after(text: str, t: _Tok) -> bool:
    nxt = _word_after(text, t.end)
    return bool(nxt) and nxt[0].islower() and _PLACE_NOUN.match(nxt) is not None


def _trade_word(low: str) -> bool:
    return _TRADE_TAIL.search(low) is not None


# a municipality's or a region's own bodies, named by common nouns (kunnanhallitus,
# kaupunginvaltuusto, maakuntaliitto: "the municipal board"), no names alone
_GENERIC_BODY = ("kunnan", "kaupungin", "maakunta", "maakunnan", "kylä")


def _org_tail(t: _Tok) -> bool:
    return t.word[1:].islower() and _ORG_TAIL.match(t.low) is not None and not _trade_word(t.low) \
        and not t.low.startswith(_GENERIC_BODY)


def _loc_tail(t: _Tok) -> bool:
    return t.word[1:].replace("-", "").isalpha() and _LOC_TAIL.match(t.low) is not None


def _headed_after(text: str, end: int) -> tuple[int, str, str] | None:
    """The end, type and word of an institution's head noun after ``end``, past lower-case
    adjectives and "ja" with a genitive (Oulun yliopistollinen sairaala, Terveyden ja
    hyvinvoinnin laitos); none before a capitalised name in apposition (Yhdysvaltain
    keskuspankki Fed: the bank's name is Fed)."""
    i = end
    for _ in range(4):
        m = _WORD.match(text, i + 1) if text.startswith(" ", i) else None
        if m is None or not m.group()[0].islower():
            return None
        word = m.group()
        if _ORG_HEAD.match(word) or _LOC_HEAD.match(word):
            nxt = _word_after(text, m.end())
            if nxt and nxt[0].isupper() and _ending(nxt.lower()) == _ending(word):
                return None
            return m.end(), "ORG" if _ORG_HEAD.match(word) else "LOC", word
        if not (_ADJECTIVE.match(word) or word == "ja" or word.endswith("n") and i > end):
            return None
        i = m.end()
    return None


def _trim(text: str, run: list[_Tok], common: frozenset[str], given: frozenset[str], hit_end) -> list[_Tok]:
    """Drop what opens a run but no name: demonyms (kuopiolainen, Helsinkiläinen:
    adjectives) and a common word that opens the sentence (Tiistaina, Kesällä), but a
    genitive or a first name."""
    while run and (_DEMONYM.search(run[0].low) and len(run[0].low) > 7
                   or len(run) >= 2 and run[0].low in common and run[0].start not in hit_end and run[0].low not in given
                   and not _genitive(run[0]) and _sentence_start(text, run[0].start)):
        run = run[1:]
    return run


def _person_like(run: list[_Tok], given: frozenset[str], hit_type: dict[int, str]) -> bool:
    """A first name or a known person's name in the run."""
    return any(t.low in given or hit_type.get(t.start) == "PER" for t in run)


def finnish_named(text: str, hits: list, cw, lookup) -> tuple[list, list]:
    """Names Finnish grammar tells (see the module's docstring), as (start, end, type,
    known entity or None); the knowledge-base hits kept (none inside such a name).
    ``cw``: the word lists; ``lookup(name, quiet)``: the knowledge base's entity."""
    hit_type = {h.start: h.entity.type for h in hits}
    hit_end = {h.start: h.end for h in hits}
    covered = bytearray(len(text) + 1)
    for h in hits:
        covered[h.start:h.end] = b"\x01" * (h.end - h.start)
    words = (cw.get("fi"), cw.given_for("fi"), cw.top_n("fi", 300), cw.surnames)   # (top_n: cached)
    named: list[tuple[int, int, str, object]] = []
    lone: list[_Tok] = []
    for run in _runs(text):
        for part in _split_after_local(run):
            found = _run_names(text, part, hit_type, hit_end, covered, words, lookup)
            named.extend(found)
            if not found and len(part) == 1 and not covered[part[0].start]:
                lone.append(part[0])
    if lone and " ja " in text:
        named.extend(_coordinated_places(text, lone, hits, named))
    for cue, pattern in (("ministeriö", _MINISTRY), ("orkei", _SUPREME_COURT)):
        if cue in text:
            named.extend((m.start(), m.end(), "ORG", None) for m in pattern.finditer(text)
                         if not any(covered[m.start():m.end()]))
    if not named:
        return hits, []
    taken = bytearray(len(text) + 1)
    for s, e, _, _ in named:
        taken[s:e] = b"\x01" * (e - s)
    return [h for h in hits if not any(taken[h.start:h.end])], named


def _coordinated_places(text: str, lone: list[_Tok], hits, named) -> list:
    """An unknown name joined by "ja" to a place's name in the same case is a place's
    too (Sallan ja Kemijärven: "of Salla and of Kemijärvi")."""
    places = {s: text[s:e] for s, e, etype, _ in named if etype == "LOC"}
    places.update((h.start, text[h.start:h.end]) for h in hits if h.entity.type == "LOC")
    places_by_end = {s + len(w): w for s, w in places.items()}
    out = []
    for t in lone:
        after = places.get(t.end + 4) if text.startswith(" ja ", t.end) else None
        before = places_by_end.get(t.start - 4) if text.startswith(" ja ", t.start - 4) else None
        other = after or before
        if other and " " not in other and _ending(other.lower()) == _ending(t.low) != "":
            out.append((t.start, t.end, "LOC", None))
    return out


def _split_after_local(run: list[_Tok]):
    """A word in a local case ends a name (Brysselissä | Euroopan komission: "in
    Brussels", then "the European Commission's")."""
    k = 0
    for i, t in enumerate(run[:-1]):
        if _local_case(t) and not _LOCAL.search(t.low).group(2) and run[i + 1].low not in LEGAL_FORMS:
            yield run[k:i + 1]
            k = i + 1
    yield run[k:]


def _run_names(text: str, run: list[_Tok], hit_type, hit_end, covered, words, lookup):
    """The names in one run of capitalised words: a whole-run name (by a legal form, a
    trade noun before it, an organisation's compound closing it, a head noun after it),
    else each word by its case and its neighbours."""
    common, given, function_words, _ = words
    if len(run) == 1 and run[0].low in function_words and run[0].colon_end is None \
            and not (_genitive(run[0]) or _local_case(run[0])):
        return []   # (Hän, Tämä: a sentence's first word, the commonest kind of run)
    whole_hit = run[0].start in hit_end and hit_end[run[0].start] >= run[-1].end
    run = _trim(text, run, common, given, hit_end)
    if not run:
        return []
    initial = _sentence_start(text, run[0].start)
    if (found := _whole_run(text, run, initial, hit_type, words, whole_hit, lookup)) is not None:
        return found
    if len(run) > 1 and _person_like(run, given, hit_type) or whole_hit:
        return []
    out = []
    for i, t in enumerate(run):
        if covered[t.start]:
            continue
        nxt = run[i + 1] if i + 1 < len(run) else None
        etype, ent = _lone_type(text, t, nxt, initial and i == 0, words, lookup)
        if etype is not None:
            out.append((t.start, t.end, etype, ent))
    return out


def _whole_run(text: str, run: list[_Tok], initial: bool, hit_type, words, whole_hit, lookup):
    """A name the whole run makes, or None."""
    common, given, _, surnames = words
    s, e = run[0].start, run[-1].end
    if len(run) >= 2 and run[-1].low in LEGAL_FORMS:
        if initial and len(run) >= 3 and _trade_word(run[0].low) and run[0].low not in NAME_OPENERS:
            s = run[1].start   # Teräsyhtiö X Oyj: the trade noun is no part of the name
        return [(s, e, "ORG", None)]
    if run[-1].colon_end is not None:
        return None
    before = _word_before(text, s)
    if before.islower() and _trade_word(before) and not _person_like(run, given, hit_type) \
            and hit_type.get(s) != "LOC" and not _local_case(run[-1]):
        return [(s, e, "ORG", None)]   # kahvila X, autonvalmistaja X Y
    if initial and len(run) >= 2 and _trade_word(run[0].low) and len(run[0].low) > 7 \
            and not _person_like(run[1:], given, hit_type):
        return [(run[1].start, e, "ORG", None)]   # Metsäyhtiö X: the name after the trade noun
    if len(run) >= 2 and run[0].low in NAME_OPENERS and not _person_like(run[1:], given, hit_type):
        return [(s, e, "ORG", None)]   # Ravintola X, Hotelli X
    if (head := _headed_after(text, e)) is not None and not (len(run) == 1 and hit_type.get(s) == "PER") \
            and (run[-1].low.endswith("n") or len(run) == 1 and run[0].low.startswith(_NAME_ADJECTIVES)
                 and _ending(run[0].low) == _ending(head[2]) != ""):
        # Helsingin yliopisto, Minna Canthin koulu; an adjective agreeing with the head: Vanhassa kauppahallissa
        return [(s, head[0], head[1], None)]
    if whole_hit:
        return None
    if len(run) >= 2 and (_org_tail(run[-1]) or _ORG_WORD.match(run[-1].low)) \
            and not _person_like(run, given, hit_type):
        return [(s, e, "ORG", None)]   # Lahden Nuorisoseura, Auto- ja Kuljetusalan Työntekijäliitto
    if len(run) == 2 and _town_and_name(text, run, initial, hit_type, common, given, lookup):
        return [(s, e, "ORG", None)]   # Porin Ässät, Kuhmon VPK: a town's club or body
    if len(run) >= 2 and not initial and _place_by_case(run[-1], False, given, surnames) \
            and not run[-1].low.endswith(_PERSONAL_CASES) and not any(
            _genitive(t) or t.start in hit_type or t.low in given for t in run[:-1]):
        return [(s, e, "LOC", None)]   # Isku Areenalla: a place's name of several words in a local case
    return None


# the cases a person's name takes as often as a place's: allative "to", ablative "from",
# (Radulovićille: "to Radulović")
_PERSONAL_CASES = ("lle", "lta", "ltä")


def _town_and_name(text: str, run: list[_Tok], initial: bool, hit_type, common, given, lookup) -> bool:
    """A town in the genitive before a capitalised word, no place's, in the nominative or
    the genitive: a club's or a body's name (Porin Ässät, Lahden Pelicansin); not after
    a country's name, where the word is more often a person's (Ruotsin Kristersson)."""
    town, name = run
    if not _genitive(town) or town.low in given or name.low in given or name.start in hit_type \
            or _loc_tail(name) or _local_case(name) or name.low.startswith(PLACE_PREFIXES) \
            or _place_noun_after(text, name):
        return False
    known = _known(town.word, False, common, lookup)
    if known is not None and known.id.startswith("country-"):
        return False
    return not (initial and town.low in common) or hit_type.get(town.start) == "LOC" \
        or known is not None and known.type == "LOC"


def _lone_type(text: str, t: _Tok, nxt: _Tok | None, initial: bool, words, lookup):
    """The type of one capitalised word (and the entity it names, if known), by the
    knowledge base's nominative, a colon ending, its compound's last part, its case and
    the word after it."""
    common, given, function_words, surnames = words
    word = t.word
    if t.colon_end is not None:
        if t.low in _NOT_BODIES or not _ACRONYM.fullmatch(word):
            return None, None
        ent = lookup(word, True)
        return (ent.type, ent) if ent is not None and ent.type in ("ORG", "LOC", "PER") else ("ORG", None)
    if word.isupper():
        if initial and 3 <= len(word) <= 6 and word.isalpha() and t.low not in function_words \
                and _word_after(text, t.end)[:1].islower():
            return "ORG", None   # an acronym opening a sentence: an organisation's
        return None, None
    if t.low in given or word.endswith("-"):
        return None, None
    if (ent := _known(word, initial, common, lookup)) is not None:
        return ent.type, ent
    if initial and t.low in common:
        return None, None
    if _org_tail(t):
        return "ORG", None   # Poliisihallitus, Rajavartiolaitoksen
    if _loc_tail(t) or _place_by_case(t, initial, given, surnames) or t.low.startswith(PLACE_PREFIXES) and nxt is None:
        return "LOC", None
    if nxt is not None and _genitive(t) and (_loc_tail(nxt) or _local_case(nxt) or nxt.low.startswith(PLACE_PREFIXES)):
        return "LOC", None   # Sveitsin Alpeilla, Helsingin Senaatintorilla: a place within a place
    if nxt is None and _genitive(t) and _place_noun_after(text, t):
        return "LOC", None
    if nxt is None and _word_before(text, t.start) in _PARTITIVE_PLACE_CUES and t.low.endswith(("a", "ä")):
        return "LOC", None
    return None, None
