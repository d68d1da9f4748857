"""Croatian names the capitalised runs alone miss or cannot type, read by Croatian grammar and
the conventions of its press (general vocabulary of a grammar book or a style guide, no
names). Bosnian and Serbian in the Latin script share the grammar and the conventions
(``LANGS``); the Cyrillic script matches none of the patterns here.

* Croatian capitalises only the first word of an institution's or a place's name made of
  common words (Državni zavod za statistiku, Ministarstvo obrane, Hrvatska udruga
  poslodavaca, Vukovarska ulica, Zagrebačka županija): such a name is found around its
  head noun, in any case, with the adjectives before it (the first capitalised) and a
  genitive, a phrase with "za" or a proper name after it; a university's name takes its
  seat after "u" (Sveučilište u Zadru);
* a name of unknown kind after a preposition of place (u, na, iz, kod, do ...) or a noun
  that takes a place's genitive (mještani, načelnik, rijeka) is a place's, and so is one
  joined to such a place by "i" or a comma (iz Lipovca i Borovca); a capitalised adjective
  and a noun there are one place (u Donjoj Lipi, u Južnoj Europi), and so is a town named
  after its river (iz Broda na Kupi); a first name opens a person's name only after a cue
  a person follows too (kod Ivana Horvata, not u Mariju Goricu);
* a firm's legal form (d.d., d.o.o.) closes its name, and a noun of a firm's kind
  (tvrtka, udruga, klub) names the body after it;
* Croatian writes abbreviations of bodies in capitals, with a case ending after a hyphen
  (HNK, HNK-a): such a word inside a sentence is an organisation's unless it is a common
  word's abbreviation;
* the family names in -ić make a person of two or three capitalised words.
"""

from __future__ import annotations

import re

from .czech import _sentence_start, word_before
from .kb import common_words
from .names import Candidate, names_over_hits, spaced_words

LANGS = ("hr", "bs", "sr")

_UPPER = "A-ZČĆĐŠŽ"
_LOWER = "a-zčćđšž"


def _forms(table: str) -> frozenset[str]:
    return frozenset(w for w in table.split() if w != "|")


# prepositions of place (with the locative, genitive or accusative of a place)
PLACE_PREPOSITIONS = frozenset("""u na iz kod do od blizu pokraj nedaleko preko iznad ispod između diljem širom
uz oko""".split())
# nouns that take a place's genitive or name one after them: residents, local officials,
# units of local government, waters and landforms (mještani Lipovca, načelnik općine,
# rijeka Sava, otoku Krku)
PLACE_OF_NOUNS = _forms("""
mještani mještana mještanima | stanovnici stanovnika stanovnicima | žitelji žitelja
načelnik načelnika načelnica načelnice | gradonačelnik gradonačelnika gradonačelnica gradonačelnice
općina općine općini općinu općinom | grad grada gradu gradom | selo sela selu selom | mjesto mjesta mjestu
naselje naselja naselju | vijeće vijeća | odbor odbora | župan župana županica
rijeka rijeke rijeci rijeku rijekom | otok otoka otoku otokom | obala obale obali | jezero jezera jezeru
planina planine planini | brdo brda brdu | potok potoka potoku | kanal kanala kanalu
opština opštine opštini | reka reke reci reku | selu sela
""")
# nouns of a firm's, a club's or a medium's kind, which name the body after them (tvrtka
# Lipa, udruga Most, klub Slaven)
ORG_KIND_NOUNS = _forms("""
tvrtka tvrtke tvrtki tvrtku tvrtkom | kompanija kompanije kompaniji kompaniju kompanijom
poduzeće poduzeća poduzeću poduzećem | preduzeće preduzeća | firma firme firmi firmu firmom
udruga udruge udruzi udrugu udrugom | udruženje udruženja udruženju | zadruga zadruge zadruzi zadrugu zadrugom
klub kluba klubu klubom | agencija agencije agenciji agenciju agencijom | banka banke banci banku bankom
grupa grupe grupi grupu grupom | koncern koncerna koncernu | lanac lanca lancu | trgovina trgovine trgovini trgovinu
proizvođač proizvođača proizvođaču | prijevoznik prijevoznika | izdavač izdavača | operater operatera
dnevnik dnevnika dnevniku | tjednik tjednika | portal portala portalu | televizija televizije televiziji
radio radija | list lista listu | stranka stranke stranci stranku strankom | sindikat sindikata sindikatu
""")

# -- places after a preposition ---------------------------------------------------------------------
# the endings of a lower-case adjective between a preposition and a place (u susjednoj Lipi)
_LOWER_ADJECTIVE = ("skom", "skoj", "skog", "ske", "skih", "čkom", "čkoj", "čkog", "čke", "čkih", "nom", "noj", "nog")


def place_cue(text: str, start: int) -> str | None:
    """The preposition of place or the noun taking a place that stands before ``start``
    (a capitalised preposition only where it opens the sentence: U Lipovcu), casefolded."""
    w = word_before(text, start)
    if w is not None and w.islower() and w.endswith(_LOWER_ADJECTIVE) and w not in PLACE_OF_NOUNS:
        start -= len(w) + 1   # (u susjednoj Lipi: an adjective between)
        w = word_before(text, start)
    if w is None:
        return None
    low = w.casefold()
    if low not in PLACE_PREPOSITIONS and low not in PLACE_OF_NOUNS:
        return None
    if w[0].isupper() and low in PLACE_PREPOSITIONS and not _sentence_start(text, start - len(w) - 1):
        return None
    return low


def named_by_cue(text: str, start: int, word: str) -> bool:
    """Is the capitalised ``word`` at ``start`` a name although a frequent word is spelt so
    too (word lists hold the case forms of towns): after a preposition of place it is,
    unless it is an institution's head (u Vladi, na Saboru)."""
    return not word.isupper() and word.casefold() not in _NOT_PLACES and place_cue(text, start) is not None


def opens_with_cue(low: str, text: str, start: int) -> bool:
    """A run's first word (casefolded) that is a noun taking a place, or a preposition of
    place opening the sentence (Mještani Lipovca, U Lipovcu): no part of the name."""
    return low in PLACE_OF_NOUNS or low in PLACE_PREPOSITIONS and _sentence_start(text, start)


# the cues a person's name follows too (kod Ivana, na Ivana, načelnik Ivan Horvat): after
# them a first name opens a person's name, after the others (u, iz, rijeka) a place's
# (u Mariju Bistricu)
_PERSON_CUES = frozenset("kod od na do uz oko preko".split()) | _forms("""
načelnik načelnika načelnica načelnice | gradonačelnik gradonačelnika gradonačelnica gradonačelnice
župan župana županica | općine općina općini | vijeće vijeća | odbor odbora""")


_JOINED_BEFORE = re.compile(rf"(?<![\w-])((?:[{_UPPER}][\w-]*)(?: [{_UPPER}][\w-]*)?)(?:,| i| ili) \Z")


def coordinated_place(text: str, start: int, depth: int = 4) -> bool:
    """A name at ``start`` joined by "i", "ili" or a comma to a name after a place's cue (iz
    Lipovca i Borovca, mještani Lipovca, Borovca i Zdenaca): another place, in the same case."""
    m = _JOINED_BEFORE.search(text, max(0, start - 60), start)
    if m is None or _first_name_word(m.group(1).split(" ")[0]):
        return False
    # (two words: the second may be the place, after a capitalised cue: Mještani Lipovca i ...)
    starts = (m.start(1), m.start(1) + m.group(1).find(" ") + 1) if " " in m.group(1) else (m.start(1),)
    return any(place_cue(text, s) is not None for s in starts) \
        or depth > 1 and coordinated_place(text, m.start(1), depth - 1)


def _first_name_word(word: str) -> bool:
    from .candidates import _first_name
    return _first_name(word.casefold(), common_words().given_for("hr"), "hr")


# -- abbreviations, legal forms, family names ------------------------------------------------------
# abbreviations of common words written in capitals (a grammar book's list): no body's
_COMMON_ABBREVIATIONS = frozenset("""PDV BDP EUR HRK KM RSD USD TV PC IT SMS PIN DNA RNA HIV AIDS COVID SARS OK DJ CD
DVD GPS CEO VIP LED SUV UV""".split())
_ACRONYM = re.compile(rf"([{_UPPER}]{{2,6}})(?:-[{_LOWER}]{{1,3}})?")


def acronym(word: str) -> bool:
    """An all-capitals word of two to six letters, a case ending after a hyphen or none (HNK,
    HNK-a), that is no common word's abbreviation or Roman numeral: a body's acronym."""
    m = _ACRONYM.fullmatch(word)
    return m is not None and m.group(1) not in _COMMON_ABBREVIATIONS and re.fullmatch("[IVXLCM]+", m.group(1)) is None


# a firm's legal form after its name (dioničko društvo, društvo s ograničenom odgovornošću)
_LEGAL_FORM = re.compile(r" (?:j\.)?d\.(?:o\.o|d)\.")
# a family name formed with -ić, in any case (Horvatić, Horvatića, Horvatiću, Horvatićem)
_IC_SURNAME = re.compile(rf"[{_UPPER}][{_LOWER}]+i[ćc](?:a|u|em|ima|i)?")


def _person_by_surname(words: list[str]) -> bool:
    """Two or three capitalised words, the last a family name in -ić (an adjective's -ski
    makes places: Ivanić-Grad is one word)."""
    return 2 <= len(words) <= 3 and _IC_SURNAME.fullmatch(words[-1]) is not None \
        and all(w[1:].islower() for w in words)


_LOWER_AFTER = re.compile(rf" ([{_LOWER}]+)")
# the endings only adjectives have in the oblique cases (not a town's -inu: Lipinu)
_ADJECTIVE_ONLY = _LOWER_ADJECTIVE + ("njem", "njoj", "njeg", "nih", "nim", "skim", "čkim")


def _adjective_before_noun(text: str, c: Candidate) -> bool:
    """A lone capitalised adjective before a lower-case noun: a name's first word whose noun
    is common (u Večernjem listu), no place."""
    after = _LOWER_AFTER.match(text, c.end)
    return " " not in c.text and c.text.endswith(_ADJECTIVE_ONLY) and after is not None \
        and _content(after.group(1))   # (iz Lipovskog osvojili: a town's adjective name, a verb after)


def _place_by_cue(text: str, c: Candidate, words: list[str]) -> bool:
    """A candidate after a preposition of place or a noun taking a place, or joined to such
    a place: a place, unless it is a person's name by its first name or its family name
    after a cue a person follows too (kod Ivana Horvata, načelnica Ana Horvatić)."""
    if c.text.isupper() or c.text.casefold() in _NOT_PLACES or _adjective_before_noun(text, c):
        return False
    cue = place_cue(text, c.start)
    if cue is None and not coordinated_place(text, c.start):
        return False
    personal = cue is None or cue in _PERSON_CUES
    if c.type == "PER" and personal:
        return False
    return not (personal and (_first_name_word(words[0]) or _person_by_surname(words)))


def retype(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Croatian candidates typed by what stands around them: a legal form after (an
    organisation, taken into the name), a noun of a firm's kind before (an organisation), a
    family name in -ić (a person), a preposition of place or a noun taking a place before,
    or a place they are joined to (a place), unless a first name opens them."""
    out = []
    for c in cands:
        words = c.text.split(" ")
        before = word_before(text, c.start)
        if c.type in ("MISC", "LOC", "PER") and (form := _LEGAL_FORM.match(text, c.end)) is not None:
            c = Candidate(c.start, form.end(), text[c.start:form.end()], "ORG", c.id)
        elif c.type in ("MISC", "LOC", "PER") and before is not None and before in ORG_KIND_NOUNS:
            c.type = "ORG"   # (tvrtka Lipa)
        elif c.type in ("MISC", "LOC") and len(words) >= 2 and acronym(words[0]):
            c.type = "ORG"   # KBC-a Lipovac: a body's branch in a town
        elif c.type == "MISC" and " " not in c.text and acronym(c.text):
            c.type = "ORG"   # HNK-a: an acronym with its case ending
        elif c.type in ("MISC", "PER") and _place_by_cue(text, c, words):
            c.type = "LOC"
        elif c.type == "MISC" and _person_by_surname(words):
            c.type = "PER"
        out.append(c)
    return out


# -- names around a head noun ---------------------------------------------------------------------
# heads of institutions' names with their case forms (singular)
ORG_HEADS = _forms("""
ministarstvo ministarstva ministarstvu ministarstvom | ured ureda uredu uredom | zavod zavoda zavodu zavodom
uprava uprave upravi upravu upravom | agencija agencije agenciji agenciju agencijom
udruga udruge udruzi udrugu udrugom | udruženje udruženja udruženju udruženjem | savez saveza savezu savezom
društvo društva društvu društvom | zajednica zajednice zajednici zajednicu zajednicom
institut instituta institutu institutom | sveučilište sveučilišta sveučilištu sveučilištem
veleučilište veleučilišta veleučilištu veleučilištem | univerzitet univerziteta univerzitetu
fakultet fakulteta fakultetu fakultetom | akademija akademije akademiji akademiju akademijom
škola škole školi školu školom | gimnazija gimnazije gimnaziji gimnaziju gimnazijom | vrtić vrtića vrtiću vrtićem
bolnica bolnice bolnici bolnicu bolnicom | klinika klinike klinici kliniku klinikom | poliklinika poliklinike
knjižnica knjižnice knjižnici knjižnicu knjižnicom | muzej muzeja muzeju muzejom
kazalište kazališta kazalištu kazalištem | fond fonda fondu fondom | zaklada zaklade zakladi zakladu zakladom
banka banke banci banku bankom | burza burze burzi burzu burzom | holding holdinga holdingu holdingom
inspektorat inspektorata inspektoratu inspektoratom | služba službe službi službu službom
komora komore komori komoru komorom | klub kluba klubu klubom | zadruga zadruge zadruzi zadrugu zadrugom
tvornica tvornice tvornici tvornicu tvornicom | župa župe župi župu župom | stranka stranke stranci stranku strankom
sabor sabora saboru saborom | ceste cesta cestama | šume šuma šumama | vode voda vodama | željeznice željeznica
zrakoplovstvo zrakoplovstva zrakoplovstvu | mornarica mornarice mornarici | vojska vojske vojsci
""")
# ... and of places: streets, squares, regions, roads and landforms, which Croatian writes in
# lower case after the capitalised adjective that names them (Vukovarska ulica)
LOC_HEADS = _forms("""
ulica ulice ulici ulicu ulicom | trg trga trgu trgom | avenija avenije aveniji aveniju avenijom
cesta ceste cesti cestu cestom | autocesta autoceste autocesti autocestu autocestom
županija županije županiji županiju županijom | zagorje zagorja zagorju | primorje primorja primorju
dvori dvora dvorima | dvorac dvorca dvorcu | otok otoka otoku | poluotok poluotoka poluotoku
jezero jezera jezeru | planina planine planini | gora gore gori | polje polja polju | park parka parku
zaljev zaljeva zaljevu | kanal kanala kanalu | more mora moru | most mosta mostu
""")
# the heads whose name may be a proper name after them (Opća bolnica Lipovac, Zaklada Ana
# Lipa, Avenija Lipa), not those that take a body's genitive (Uprava Lipe, the board of a firm)
_NAMED_AFTER = _forms("""
udruga udruge udruzi udrugu udrugom | društvo društva društvu društvom | institut instituta institutu institutom
škola škole školi školu školom | gimnazija gimnazije gimnaziji gimnaziju gimnazijom | vrtić vrtića vrtiću vrtićem
bolnica bolnice bolnici bolnicu bolnicom | klinika klinike klinici kliniku klinikom | knjižnica knjižnice knjižnici
knjižnicu knjižnicom | muzej muzeja muzeju muzejom | kazalište kazališta kazalištu kazalištem
zaklada zaklade zakladi zakladu zakladom | klub kluba klubu klubom | zadruga zadruge zadruzi zadrugu zadrugom
tvornica tvornice tvornici tvornicu tvornicom | avenija avenije aveniji aveniju avenijom
""")
# the heads whose name takes the university's seat after "u" (Sveučilište u Zadru)
_SEATED = _forms("sveučilište sveučilišta sveučilištu sveučilištem veleučilište veleučilišta veleučilištu "
                 "veleučilištem univerzitet univerziteta univerzitetu")
# capitalised words that are institutions' heads, no town after a preposition (u Vladi)
_NOT_PLACES = ORG_HEADS | _forms("vlada vlade vladi vladu vladom")

# words no name's complement holds: prepositions, conjunctions, pronouns, auxiliaries
_STOP = frozenset("""i a ili ali pa te da je su će bi bio bila bilo bili biti nije nisu ima imaju mora može
treba što koji koja koje kojeg kojoj kojem kojih se si ga ju ih mu joj im on ona ono oni one to taj ta ovaj
ova ovo u na iz kod do od za s sa o po pri prema nakon prije tijekom zbog bez uz kroz među nad pod pred
protiv između kao već još samo također vrlo preko kraj pokraj blizu ispred iza iznad ispod oko unatoč
nasuprot radi osim umjesto diljem širom duž nego ni ne""".split())
# a verb form: the past participle (-o after a vowel, -la, -li, -le, -lo) or the present's
# -uje, -uju, -aju (not -iju, -ava: industriju, država)
_VERB = re.compile(rf"[{_LOWER}]*(?:[aeiu]o|[aeiu]l[aeiou]|uje|uju|aju|iraju|avaju)")
# an adjective in the genitive, lower-case (hrvatskih, organiziranog, infektivne)
_ADJ_GENITIVE = re.compile(rf"[{_LOWER}]+(?:og|oga|eg|ega|ih|ske|čke|ške|ne|nske)")
# a Croatian adjective in any case, capitalised or not (Državni, Hrvatske, Zagrebačkoj, Opća)
_ADJ = re.compile(rf"[{_UPPER}{_LOWER}][{_LOWER}]*(?:sk|čk|šk|ck|n|ć|v|ov|ev|in|ln|ar|sn|čn|žn|pć|ašnj|nj)"
                  rf"(?:i|a|o|e|u|og|oga|om|oj|ome|ih|im|ima|og|eg|em)")
_TOKEN = re.compile(rf"[{_UPPER}{_LOWER}][\w-]*\.?")


def _tokens(text: str, i: int, limit: int = 10) -> list[tuple[int, int, str]]:
    """The words from ``i``, one space apart, up to ``limit`` (a comma, a full stop or
    another mark ends them; sv. and dr. keep theirs)."""
    return spaced_words(text, i, _TOKEN, limit, _ABBREVIATION)


_ABBREVIATION = re.compile(r"(?i:sv|dr)\.").fullmatch


def _content(word: str) -> bool:
    """A lower-case word that may be a noun or an adjective of a name's complement."""
    return word.islower() and word not in _STOP and len(word) > 1 and _VERB.fullmatch(word) is None


# the last letters a noun takes after an adjective's ending, in the same case (hrvatskih
# dragovoljaca, infektivne bolesti, magnetsku rezonanciju; not obrane nabavlja, a verb)
_AGREEMENT = (("og", "a"), ("oga", "a"), ("eg", "a"), ("ega", "a"), ("ih", "ai"), ("e", "ei"), ("u", "u"),
              ("oj", "iu"), ("om", "iumj"), ("im", "aim"), ("ima", "a"), ("i", ""))


def _agrees(adjective: str, noun: str) -> bool:
    """Does ``noun`` end as a noun in the case of ``adjective``'s ending?"""
    ending = next((a for a, _ in sorted(_AGREEMENT, key=lambda p: -len(p[0])) if adjective.endswith(a)), None)
    letters = dict(_AGREEMENT).get(ending) if ending is not None else None
    return letters is not None and (not letters or noun[-1] in letters)   # (javni promet: any noun after -i)


def _noun_phrase(toks, k: int) -> int:
    """The length of a lower-case noun phrase from ``k``: adjectives and one noun, agreeing
    (infektivne bolesti, hrvatskih dragovoljaca), else 0."""
    j = k
    while j + 1 < len(toks) and _content(toks[j][2]) and _ADJ.fullmatch(toks[j][2]) and _content(toks[j + 1][2]) \
            and _agrees(toks[j][2], toks[j + 1][2]):
        j += 1
    return j + 1 - k if j < len(toks) and _content(toks[j][2]) else 0


def _capitalised_run(toks, k: int) -> int:
    """How many capitalised words stand from ``k`` (a saint's "sv."/"svetog" and an
    adjective's lower-case noun between capitalised words: Seljačka sloga Lipa)."""
    j = k
    while j < len(toks):
        w = toks[j][2]
        if w[0].isupper():
            j += 1
        elif j > k and toks[j - 1][2][0].isupper() and _ADJ.fullmatch(toks[j - 1][2]) and _content(w) \
                and not _ADJ.fullmatch(w):
            j += 1   # (Domovinskog rata, Seljačka sloga: a name's first word alone is capitalised)
        elif w in ("sv.", "svetog", "svetoga", "svete", "svetih") and j + 1 < len(toks) and toks[j + 1][2][0].isupper():
            j += 1
        else:
            break
    return j - k


def _complement(toks, strict: bool) -> int:
    """The length of a name's complement after its head: a phrase with "za" (za zaštitu i
    spašavanje, za suzbijanje korupcije), a genitive (obrane, hrvatskih dragovoljaca
    Domovinskog rata) and a genitive's own, adjective-led genitive, or a quoted name.
    ``strict`` (adjectives before the head name the body already): a genitive only in a
    plural's or a verbal noun's ending (Hrvatska udruga poslodavaca, služba spašavanja)."""
    if not toks:
        return 0
    j = 0
    if toks[0][2] == "za":
        n = _noun_phrase(toks, 1)
        if not n:
            return 0
        j = 1 + n
        if j < len(toks) and _content(toks[j][2]) and not _ADJ.fullmatch(toks[j][2]) \
                and (toks[j - 1][2].endswith(("nje", "nja", "nju"))
                     or j + 2 < len(toks) and toks[j + 1][2] == "i" and _noun_phrase(toks, j + 2)):
            j += 1   # (za suzbijanje korupcije, za zaštitu prirode i okoliša: the noun's genitive)
        while j + 1 < len(toks) and toks[j][2] == "i" and (m := _noun_phrase(toks, j + 1)):
            j += 1 + m   # (za zaštitu i spašavanje)
    elif toks[0][2][0].islower():
        n = _noun_phrase(toks, 0)
        if not n or strict and not toks[n - 1][2].endswith(("aca", "ika", "ova", "eva", "nja", "telja", "ara")):
            return 0
        j = n
    while j < len(toks):
        w = toks[j][2]
        if w[0].isupper() or w in ("svetog", "svetoga", "sv."):
            return j + _capitalised_run(toks, j)
        if j + 1 < len(toks) and w == "i" and _ADJ_GENITIVE.fullmatch(toks[j + 1][2]) \
                and (m := _noun_phrase(toks, j + 1)):
            j += 1 + m   # (korupcije i organiziranog kriminaliteta)
        elif _ADJ_GENITIVE.fullmatch(w) and (m := _noun_phrase(toks, j)) > 1:
            j += m   # (udruge hrvatskih dragovoljaca: an adjective-led genitive)
        else:
            break
    return j


_HEAD = re.compile(r"(?<![\w-])(?:" + "|".join(sorted({f for w in ORG_HEADS | LOC_HEADS
                                                        for f in (w, w[0].upper() + w[1:])}, key=len, reverse=True))
                   + r")(?![\w-])")
_WORD_BEFORE = re.compile(rf"(?<![\w-])([{_UPPER}{_LOWER}]+) \Z")
_SEAT = re.compile(rf" u [{_UPPER}][{_LOWER}]+")
_QUOTED = re.compile(r" „[^“”\"]{2,60}[“”]")


def _adjectives_before(text: str, i: int) -> tuple[int, int] | None:
    """Where the adjectives before the head at ``i`` start, the first capitalised, the
    others not (Državni hidrometeorološki zavod), at most three, and how many; None
    without a capitalised one."""
    for n in range(1, 4):
        m = _WORD_BEFORE.search(text, max(0, i - 30), i)
        if m is None or not _ADJ.fullmatch(m.group(1)) or m.group(1) in _STOP:
            return None
        i = m.start()
        if m.group(1)[0].isupper():
            return i, n
    return None


def _proper_adjective(word: str) -> bool:
    """An adjective made of a proper name (Hrvatski, Zagrebačka, Kliničke): -ski, -čki, -ški."""
    return re.search(r"(?:sk|čk|šk|ck)[aeiou]", word) is not None


def headed_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of the institutions' and places' names built around a head noun
    (ORG_HEADS, LOC_HEADS): capitalised adjectives before it or a capitalised head, the
    complement after it, and a university's seat."""
    out = []
    for m in _HEAD.finditer(text):
        head = m.group().casefold()
        kind = "ORG" if head in ORG_HEADS else "LOC"
        capital_head = m.group()[0].isupper()
        before = _adjectives_before(text, m.start()) if not capital_head else None
        if before is None and not capital_head:
            continue
        toks = _tokens(text, m.end() + 1) if text.startswith(" ", m.end()) else []
        n = _complement(toks, before is not None)
        if n and kind == "LOC" and not toks[0][2][0].isupper():
            n = 0   # (a place's head takes no genitive: Vukovarska ulica)
        if n and toks[0][2][0].isupper() and head not in _NAMED_AFTER:
            n = 0   # (Uprava Lipe: the board of a firm)
        s = m.start() if before is None else before[0]
        e = toks[n - 1][1] if n else m.end()
        if head in _SEATED and (seat := _SEAT.match(text, e)):
            e = seat.end()   # Sveučilište u Zadru
        elif kind == "ORG" and (quoted := _QUOTED.match(text, e)):
            e = quoted.end()   # Klinika za plućne bolesti „Lipa“
        if e == m.end() and (before is None or _sentence_start(text, s) and before[1] == 1
                             and not _proper_adjective(text[s:text.index(" ", s)])):
            continue   # (a capitalised head alone; Nova bolnica opening a sentence)
        out.append((s, e, kind))
    return out


# -- places of two words after a preposition --------------------------------------------------------
_ADJ_NOUN = re.compile(rf"(?<![\w-])([{_UPPER}][{_LOWER}]+) ([{_UPPER}][{_LOWER}]+)(?![\w-]| [{_UPPER}])")
# a town named after its river, "na" and the river in the locative (Brod na Kupi), in the
# genitive after a preposition that takes it (iz Broda na Kupi; u Zagrebu na Jarunu is two places)
_TOWN_ON = re.compile(rf"(?<![\w-])([{_UPPER}][{_LOWER}]+[ae]) na ([{_UPPER}][{_LOWER}]+[iu])(?![\w-]| [{_UPPER}])")
_GENITIVE_CUES = frozenset("iz kod do od blizu pokraj nedaleko".split())


def adjective_places(text: str) -> list[tuple[int, int]]:
    """A capitalised adjective and a noun after a preposition of place: one place (u Donjoj
    Lipi, na Srednjem Istoku), whose noun alone the knowledge base may know; not an
    adjective after an adjective (Sjedinjenim Američkim), not a person after a place."""
    out = []
    for m in _ADJ_NOUN.finditer(text):
        adjective, noun = m.group(1), m.group(2)
        if _ADJ.fullmatch(adjective) and not _ADJ.fullmatch(noun) \
                and not _first_name_word(adjective) and not _first_name_word(noun) \
                and adjective.casefold() not in _NOT_PLACES and place_cue(text, m.start()) is not None:
            out.append(m.span())
    return out


def towns_on(text: str) -> list[tuple[int, int]]:
    """A town named after its river, in the genitive after a preposition that takes it (iz
    Broda na Kupi)."""
    return [m.span() for m in _TOWN_ON.finditer(text) if place_cue(text, m.start()) in _GENITIVE_CUES]


def names_before_hits(text: str, hits) -> list[tuple[int, int, str]]:
    """The headed names, the adjective places and the towns on rivers of a Croatian text,
    (start, end, type), where they take in the knowledge base's hits inside them whole
    (Hrvatska udruga poslodavaca, Srednjoj Europi) and equal none: a hit that crosses a
    place's edge, or a known name of the same span, wins; an institution's name wins over
    the hits it crosses."""
    found = headed_names(text) + [(s, e, "LOC") for s, e in adjective_places(text) + towns_on(text)]
    return names_over_hits(found, hits)
