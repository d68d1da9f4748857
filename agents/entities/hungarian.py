"""Hungarian names read by Hungarian grammar, before the knowledge base's hits are taken.

Hungarian glues its case endings to a name's last word (Kecskeméten, Szegedi
Tudományegyetemen, Orbán Viktort; the mention keeps the ending), writes a person's
family name first (Kovács Lajos), and names institutions and places by a compound
whose last word is the head noun (Szegedi Tudományegyetem, Magyar Orvosi Kamara,
Országos Rendőr-főkapitányság; Hévízi-tó), with a public place's generic word in
lower case (Bosnyák téren, Váci utcában, Erzsébet híd). So, on runs of capitalised
words (``hungarian_named``):

* a run that ends in an institution's head noun (``ORG_HEADS``, a legal form such as
  Kft., a club's form such as SE) is an organisation's name, one that ends in a
  place's head (``LOC_HEADS``, or a hyphened one: Tisza-tó) a place's, known places
  inside it included (the Szegedi of Szegedi Tudományegyetem is no mention of Szeged);
  "és" and "&" join its words (Külgazdasági és Külügyminisztérium);
* a run before a lower-case street, square, bridge or castle word is a place with that
  word (Thököly út, Bosnyák téren, Gyulai várban);
* a family name before one to three first names is a person's name (Kis Ágnes, Nagy
  Gábor Bálint, Molnár Gyuláné: "Mrs Gyula Molnár");
* a lone name in a locative case (Siófokon, Villányban, Röszkénél) is a place, and so
  are names before an administrative noun or a word of place (Zala és Vas vármegyében,
  Mikepércs lakói, Makó környékén);
* an all-capital word is an acronym, most often an organisation's (NAV, ORFK).
"""

from __future__ import annotations

import re
from functools import lru_cache

# the head nouns of institutions' names, which close them (a compound ending in one is
# one too: Oktatókórház, Alkotmánybíróság, Külügyminisztérium)
ORG_HEADS = frozenset("""
minisztérium bíróság törvényszék ítélőtábla ügyészség főügyészség hivatal kormányhivatal igazgatóság
főigazgatóság kapitányság főkapitányság parancsnokság hatóság ügynökség szolgálat önkormányzat közgyűlés
elnökség titkárság államtitkárság nagykövetség főkonzulátus konzulátus tanács bizottság kamara szövetség
egyesület egylet alapítvány társaság társulat intézet kutatóintézet egyetem tudományegyetem főiskola akadémia
gimnázium iskola szakgimnázium technikum óvoda kollégium kórház oktatókórház klinika rendelőintézet múzeum
könyvtár levéltár színház operaház filharmónia zenekar kórus párt szakszervezet bank takarékszövetkezet
szövetkezet vállalat holding csoport konszern kiadó hírügynökség egyház egyházmegye plébánia klub
sportegyesület sportklub kör sportkör alap honvédség rendőrség katasztrófavédelem koalíció mozgalom unió kar
szerviz autószerviz pincészet borászat pékség cukrászda nyomda gyógyszertár
""".split())

# institutions' heads that end longer compounds only from five letters on (Oktatókórház,
# Alkotmánybíróság; Világbank), and not "egyház", which ends towns' names (Nyíregyháza)
_SHORT_HEADS = frozenset(("kör", "alap", "párt", "klub", "kar", "unió", "egyház"))
# places' heads that end longer compounds (Sportaréna, Gyógyfürdő); landforms' do not, as
# they end towns' names (Sárospatak, Tiszafüred)
_LOC_COMPOUND_HEADS = frozenset("repülőtér pályaudvar aréna stadion sportcsarnok arborétum fürdő állatkert park bázis"
                                .split())

# the head nouns of places, buildings and landforms: Liszt Ferenc Nemzetközi Repülőtér,
# Bozsik Aréna, Szarvasi Arborétum, Hortobágyi Nemzeti Park
LOC_HEADS = frozenset("""
repülőtér pályaudvar állomás aréna stadion sportcsarnok arborétum park liget vár légibázis bázis kastély
palota templom bazilika székesegyház kápolna temető kikötő strand gyógyfürdő fürdő állatkert tó hegy hegység
sziget félsziget patak folyó völgy barlang öböl szoros csatorna erdő medence síkság vízesés tér utca út körút
sugárút sétány fasor rakpart híd
""".split())

# the lower-case generic word after a public place's name (Bosnyák tér, Váci utca,
# Erzsébet híd, Diósgyőri vár, Gázai övezet, Keleti pályaudvar; a square named by a
# plural: Hősök tere), in its case forms; "vár" only with an ending (bare, it is also
# the verb "waits")
_PLACE_GENERIC = re.compile(
    r" (?:ter(?:e|én|ére|éről|ét|énél)|(?:tér|körút|sugárút|út|utcá?|sétány|fasor|rakpart|híd|hid|övezet"
    r"|lakótelep|liget|pályaudvar|fürdő)"
    r"(?:ban|ben|ba|be|ból|ből|on|en|ön|n|ra|re|ról|ről|nál|nél|tól|től|hoz|hez|höz|ig|at|et|t)?"
    r"|vár(?:ban|ba|ból|at|nál|hoz|ig|tól))(?![^\W\d_])")

# legal forms, which close a company's name (Kft.: korlátolt felelősségű társaság)
LEGAL_FORMS = frozenset("kft. kft zrt. zrt nyrt. nyrt bt. bt kkt. kkt rt. rt nonprofit ltd. inc. gmbh ag".split())

# sports clubs' forms (Sportegyesület, Torna Egylet, Kosárlabda Club ...): the run is a club's name
CLUB_FORMS = frozenset("fc sc se te kc kse vse bse ac dvse".split())

# administrative nouns and words of place after a place's name, in their case forms:
# Zala vármegyében, Mikepércs lakói, Makó környékén, Őriszentpéter határában
_PLACE_AFTER = re.compile(
    r" (?:(?:vár)?megy(?:e|ében|ébe|éből|ére|én|éről|ét|ei)|(?:járás|település|régió|térség)(?:ban|ben|ba|be|ből"
    r"|ból|re|ra|ről|ról|en|on)?|(?:község|város)(?:ben|ban|be|ba|ből|ból)?|falu(?:ban|ba|ból|t)?"
    r"|környék(?:én|ére|éről|e|ét)|közel(?:ében|ébe|éből)|határ(?:ában|ába|ából|án)|lakó(?:i|it|inak)"
    r"|lakos(?:ai|ait|ainak)|polgármester(?:e|ét|ének|ével)|part(?:ján|jára|járól|jai|ja)"
    r"|(?:dél|észak|kelet|nyugat|délkelet|délnyugat|északkelet|északnyugat)i(?= [a-zá-ű]))(?![^\W\d_])")

# days, months, seasons: a sentence may open with one in a case form (Hétfőtől, Januárban)
TIME_WORDS = frozenset("""
hétfő kedd szerda csütörtök péntek szombat vasárnap hétvége január február március április május június július
augusztus szeptember október november december tavasz nyár ősz tél
""".split())

# words that open a sentence but never a name: the articles and "egy" ("A Magyar ...")
OPENERS = frozenset("a az egy ez e ezt azt".split())

# locative and other case endings of a place's name (Siófokon, Villányban, Röszkénél,
# Baján: the stem's final a/e lengthens before them)
_LOCATIVE = re.compile(r"(?:ban|ben|ból|ből|ba|be|on|en|ön|[áéóőúűi]n|nál|nél|ról|ről|tól|től|hoz|hez|höz)$")
# the case endings a person's name takes (Orbán Viktort, Kovács Péterrel, Szabó Annának)
_PERSON_CASE = re.compile(r"(?:t|ot|et|öt|nak|nek|nál|nél|hoz|hez|höz|tól|től|ról|ről|ra|re|ért|é"
                          r"|[bcdfghjklmnprstvz]?[ae]l|ként)$")
_LONG = str.maketrans("áéó", "aeo")   # (ó: foreign names in -o, Montevideóban, Torontóban)

# a word: letters, digits, inner hyphens, a web address's dot; a closing dot (Kft.), or a
# hyphen that leaves the compound's head to the next word (Nemzeti Adó- és Vámhivatal)
_TOKEN = re.compile(r"[^\W_](?:[\w&]|-(?=\w)|\.(?=[a-z]{2,4}\b))*(?:\.|-(?= és | vagy ))?")
_SENT_END = ".!?:;\"“”„«»()–—\n"


class _Tok:
    __slots__ = ("start", "end", "word", "low")

    def __init__(self, text: str, m: re.Match):
        word = m.group()
        if word.endswith(".") and word.lower() not in LEGAL_FORMS:
            word = word[:-1]
        elif (cut := _HYPHENED_ENDING.search(word)) is not None:
            word = word[:cut.start()]   # MOL-nál, FC-ben: the ending after the hyphen is outside the name
        self.start, self.end, self.word, self.low = m.start(), m.start() + len(word), word, word.lower()


# a case ending (or the adjective's -s) written after a hyphen, as after an acronym or a
# number, which has no vowel to take it: MOL-nál, ENSZ-nek, FC-ben, Covid-19-ben
_HYPHENED_ENDING = re.compile(r"(?<=[A-ZÁÉÍÓÖŐÚÜŰ0-9])-(?:ban|ben|ba|be|ból|ből|ra|re|ról|ről|nak|nek|nál|nél|tól|től"
                              r"|hoz|hez|höz|ig|on|en|ön|n|t|ot|et|öt|at|val|vel|ként|ért|s|es|os|ös|as|é)$")


_UPPER = "".join(re.escape(c) for c in map(chr, range(0x20, 0x3000)) if c.isupper() and len(c) == 1)
_CAP_WORD = rf"(?:[{_UPPER}]|\d+[a-z]*[{_UPPER}])[\w&.\-]*"
# where capitalised words (a digit may open one: 4iG) stand together, "és" and "&" between
_CAP_RUN = re.compile(rf"(?<![\w\-.]){_CAP_WORD}(?: (?:és |& )?{_CAP_WORD})*")


def _runs(text: str):
    """Runs of capitalised words joined by single spaces ("és" and "&" inside them)."""
    for r in _CAP_RUN.finditer(text):
        run: list[_Tok] = []
        for m in _TOKEN.finditer(text, r.start(), r.end()):
            t = _Tok(text, m)
            if run and text[run[-1].end:t.start] != " ":
                yield run
                run = []
            run.append(t)
        if run:
            yield run


def sentence_start(text: str, i: int) -> bool:
    """Does a sentence (or a quotation, a bracket) open at ``i``?"""
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j < 0 or text[j] in _SENT_END


_CASES = ("ban", "ben", "ba", "be", "ból", "ből", "ra", "re", "ról", "ről", "nak", "nek", "nál", "nél", "tól",
          "től", "hoz", "hez", "höz", "ig", "on", "en", "ön", "n", "t", "ot", "et", "öt", "at", "ként", "ért")


def _stems(low: str) -> list[str]:
    """What the word may be without a case ending and a possessive ending, with a
    lengthened final vowel shortened: Arénában -> aréna, Egyesületének -> egyesület,
    Köre -> kör, Kórházzal -> kórház, Baján -> baja."""
    if not low:
        return []
    bases = [low]
    for suf in _CASES:
        if low.endswith(suf) and len(low) - len(suf) >= 3:
            bases.append(low[:-len(suf)])
    if low.endswith(("al", "el")) and len(low) > 5 and low[-3] == low[-4]:
        bases.append(low[:-3])   # -val/-vel after a consonant doubles it: Kórházzal
    out = []
    for b in bases:
        out.append(b)
        if b[-1] in "áéó":
            b = b[:-1] + b[-1].translate(_LONG)
            out.append(b)
        if b.endswith(("je", "ja")):
            out.append(b[:-2])
        elif b.endswith(("e", "a", "i")):
            out.append(b[:-1])
            if out[-1][-1:] in ("á", "é"):   # (Klinikáin: klinika + i + n)
                out.append(out[-1][:-1] + out[-1][-1].translate(_LONG))
    return out


def _head_type(t: _Tok) -> str | None:
    """ORG or LOC by the head noun the word ends in, with or without a case ending or a
    possessive (Egyesülete, Köre, Arénában, Repülőtéren), or by a legal or a club's form."""
    if t.low in CLUB_FORMS and t.word.isupper():
        return "ORG"
    return _head_kind(t.low)


@lru_cache(maxsize=16384)   # (a name's words come back again and again)
def _head_kind(low: str) -> str | None:
    if low in LEGAL_FORMS:
        return "ORG"
    for form in _stems(low.rsplit("-", 1)[-1]):
        if (kind := _head_of(form)) is not None:
            return kind
    return None


def _head_of(form: str) -> str | None:
    """The type of the head ``form`` is or, as a compound, ends in."""
    for heads, kind in ((ORG_HEADS, "ORG"), (LOC_HEADS, "LOC")):
        if form in heads:
            return kind
    for n in range(3, len(form) - 2):   # a compound's last member: Oktató|kórház, Alkotmány|bíróság
        tail = form[n:]
        if tail in ORG_HEADS and (len(tail) >= 5 or tail == "bank") and tail not in _SHORT_HEADS:
            return "ORG"
        if tail in _LOC_COMPOUND_HEADS:
            return "LOC"
    return None


def _hyphened_place(t: _Tok) -> bool:
    """Tisza-tó, Hévízi-tó, Gellért-hegy, Margit-sziget: a name and a landform's word,
    lower case after the hyphen (with its case ending: Tisza-tónál)."""
    if "-" not in t.word:
        return False
    first, last = t.word.split("-", 1)[0], t.low.rsplit("-", 1)[-1]
    if not first[:1].isupper() or not t.word.rsplit("-", 1)[-1][:1].islower():
        return False
    return any(f in LOC_HEADS for f in _stems(last)) or last.startswith(("tó", "tav"))


def _trim(text: str, run: list[_Tok]) -> list[_Tok]:
    """Drop a sentence's opening article and dangling connectors."""
    while run and (run[0].low in ("és", "&") or run[0].low in OPENERS and sentence_start(text, run[0].start)):
        run = run[1:]
    while run and run[-1].low in ("és", "&"):
        run = run[:-1]
    return run


def _given(t: _Tok, given: frozenset[str], last: bool) -> bool:
    """A first name, in a case form if it ends the name (Viktort), or a wife's form
    (Gyuláné: Mrs Gyula X)."""
    low = t.low
    if low in given or "-" in low and all(p in given for p in low.split("-")):
        return True
    if low.endswith("né") and any(s in given for s in (low[:-2], low[:-3] + low[-3].translate(_LONG))):
        return True
    return last and _PERSON_CASE.search(low) is not None and any(s in given for s in _stems(low)[1:])


def _family(t: _Tok) -> bool:
    """A word that can be a family name: letters (a hyphen joins two: Szalay-X), no
    acronym, no head noun."""
    w = t.word
    return w.replace("-", "").isalpha() and not w.isupper() and _head_type(t) is None and t.low not in OPENERS


def _person_at(run: list[_Tok], i: int, given, hit_at=None) -> int:
    """The end (exclusive index) of a family name and first names starting at run[i], or i;
    a known name (``hit_at``) after the family name is no first name of it."""
    if not _family(run[i]):
        return i
    j = i + 1
    while j < len(run) and j - i <= 3 and _given(run[j], given, True) and not (hit_at and run[j].start in hit_at):
        j += 1
        if not _given(run[j - 1], given, False):
            break   # (a case ending closes the name)
    return j if j > i + 1 else i


def _lone_place(text: str, t: _Tok, common, top, given, lookup):
    """A name in a locative case (Siófokon, Villányban, Röszkénél, Baján) is a place's:
    LOC, or the type the knowledge base gives its stem (a firm: Telekomnál), with that
    entity, or None. At a sentence's start (where common nouns are capitalised too:
    Gyárunkban, Tüntetésen), only a known place or a word whose stem no word list holds."""
    low = t.low
    if not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in t.word.split("-")):
        return None   # (an ending after a hyphen is outside the name, whatever it names: MOL-nál)
    m = _LOCATIVE.search(low)
    if m is None or m.start() < 3:
        return None
    stems = _stems(low)[1:]
    if any(s in given for s in stems) or low in given or low in top:
        return None
    known = next((ent for s in stems if len(s) >= 3 and (ent := lookup(s[0].upper() + s[1:])) is not None
                  and ent.type in ("LOC", "ORG", "PER")), None)
    if sentence_start(text, t.start) and (known is None or known.type != "LOC") and (
            low in common or any(s in TIME_WORDS for s in stems) or _common_stem(low, common)):
        return None
    return ("LOC", None) if known is None else (known.type, known)


# possessive and plural endings before a case ending (gyár|unk|ban, nyilatkozat|á|ban, iskolá|k|ban)
_POSSESSIVE = ("unk", "ünk", "ánk", "énk", "juk", "jük", "uk", "ük", "aik", "eik", "jaik", "jeik", "jai", "jei",
               "ja", "je", "ai", "ei", "om", "em", "öm", "am", "od", "ed", "öd", "ad", "ok", "ek", "ök", "ak",
               "a", "e", "i", "k")


def _common_stem(low: str, common: frozenset[str]) -> bool:
    """The word is a common noun in a case form, with a possessive or plural ending or
    none (Gyárunkban, Iskolákban), a compound of one (Sajtótájékoztatón), or a noun by its
    derivational suffix (Tüntetésen, Nyilatkozatában: -és, -ság, -zat)."""
    for stem in _stems(low)[1:]:
        forms = [stem] + [stem[:-len(p)] for p in _POSSESSIVE if stem.endswith(p)]
        for f in forms:
            for g in (f, f[:-1] + f[-1:].translate(_LONG)):
                if len(g) >= 4 and (g in common or g.endswith(_NOUN_SUFFIXES)
                                    or any(g[n:] in common for n in range(2, len(g) - 5))):
                    return True
    return False


# suffixes that make nouns of verbs and adjectives (tüntetés, rendőrség, nyilatkozat)
_NOUN_SUFFIXES = ("ás", "és", "ság", "ség", "zat", "zet", "mány", "mény")


def _acronym(t: _Tok, top: frozenset[str]) -> bool:
    """An all-capital word of 3-6 letters that is no frequent word, no Roman numeral and
    none of the acronyms of things (GDP, PDF, HIV): most often an organisation's (NAV)."""
    w = t.word
    return 3 <= len(w) <= 6 and w.isalpha() and w.isupper() and t.low not in top and not _ROMAN.fullmatch(w) \
        and t.low not in THING_ACRONYMS


# acronyms of things, taxes, tests and championships, not bodies
THING_ACRONYMS = frozenset("""
gdp gnp pdf dns dna rns hiv aids led sms mms usb pcr mri covid áfa szja kata ekho atm suv lng cbd gps wifi
html url lcd ufo ufc nba nfl nhl
""".split())


_ROMAN = re.compile(r"[IVXLC]+")
# a web address names the firm or the site that runs it (Hasznaltauto.hu)
_WEB_NAME = re.compile(r"[^\W\d_]{3,}\.(?:hu|com|net|org|eu)$")


def hungarian_named(text: str, hits: list, cw, lookup) -> tuple[list, list]:
    """Names Hungarian grammar tells (see the module's docstring), as (start, end, type,
    known entity or None); the knowledge-base hits kept (none inside such a name, no
    place's adjective that opens a longer name).
    ``cw``: the word lists; ``lookup``: the knowledge base's entity for a name."""
    words = (cw.get("hu"), cw.get_top("hu"), cw.given_for("hu"))
    hit_at = {h.start: h for h in hits}
    named: list[tuple[int, int, str]] = []
    for run in _runs(text):
        named.extend(_run_names(text, run, hit_at, words, lookup))
    if not named:
        return hits, []
    taken = bytearray(len(text) + 1)
    exact = {(h.start, h.end): h.entity for h in hits}
    out = []
    for s, e, etype, *ent in named:
        known = exact.get((s, e))
        if known is not None and known.type == etype and not ent:
            continue   # the knowledge base's own hit
        taken[s:e] = b"\x01" * (e - s)
        if etype is not None:   # (None: a hit dropped, nothing named)
            out.append((s, e, etype, ent[0] if ent else None))
    kept = [h for h in hits if not any(taken[h.start:h.end])]
    return kept, out


def _run_names(text: str, run: list[_Tok], hit_at: dict, words, lookup) -> list[tuple]:
    """The names in one run of capitalised words, as (start, end, type[, entity]): a
    headed name, then places before a word of place, else, word by word, known names,
    people, acronyms, hyphened landforms, places in a locative case. Type None: a hit
    that is no name of its own."""
    common, top, given = words
    run = _trim(text, run)
    if not run:
        return []
    found = []
    headed = _headed(text, run)
    if headed is not None:
        s, e, etype, k = headed
        found.append((s, e, etype))
        run = run[k + 1:]
    if run and _person_at(run, 0, given) < len(run) and (places := _places_before_noun(text, run)):
        return found + places
    i, free = 0, 0   # free: the first word no name has taken
    while i < len(run):
        t = run[i]
        if (hit := hit_at.get(t.start)) is not None:
            while i < len(run) and run[i].start < hit.end:
                i += 1
            if i < len(run) and _place_adjective(text, hit):
                if _acronym(run[i], top):   # Debreceni VSC, Győri ETO: a club or a firm of the town
                    found.append((t.start, run[i].end, "ORG"))
                    i += 1
                else:   # Berlini Filmfesztivál: the adjective opens a name, no mention of the town
                    found.append((hit.start, hit.end, None))
                free = i + 1
                continue
            free = i
            continue
        if t.low in ("és", "&"):
            i += 1
            free = i
            continue
        j = _person_at(run, i, given, hit_at)
        if j == i and t.low.endswith("né") and i + 1 < len(run):
            j = _person_at(run, i + 1, given, hit_at)   # Kovácsné Szabó Mária: Mrs Kovács, née Szabó
            j = j if j > i + 1 else i
        if j > i and i == 0 and j < len(run) and run[j].low not in ("és", "&") and t.low in common \
                and sentence_start(text, t.start):
            j = i   # Tegnap Emmanuel Macron: an adverb before a name written first name first
        if j > i:
            found.append((t.start, run[j - 1].end, "PER"))
            if j < len(run) and (hit := hit_at.get(run[j].start)) is not None:
                # a known name right after: the person's name has ended (Kovács Péter
                # Szegeden), however a given-name-first reading would join them
                found.append((hit.start, hit.end, hit.entity.type, hit.entity))
            i = free = j
            continue
        if i == 0 and t.low in common and sentence_start(text, t.start):
            i = free = 1   # a common word opens the sentence: Tavasszal Győrben és Sopronban
            continue
        if i == free and (i + 1 == len(run) or run[i + 1].low in ("és", "&")):
            if _acronym(t, top) or _WEB_NAME.search(t.low):
                found.append((t.start, t.end, "ORG"))
            elif _hyphened_place(t):
                found.append((t.start, t.end, "LOC"))
            elif (place := _lone_place(text, t, common, top, given, lookup)) is not None:
                found.append((t.start, t.end, *place))
        i += 1
    return found


def _place_adjective(text: str, hit) -> bool:
    """A known place as an adjective (Debreceni, Berlini: "of Debrecen"), which opens a
    longer name when a capitalised word follows."""
    return hit.entity.type == "LOC" and text[hit.end - 1] == "i" and not hit.entity.name.endswith("i")


def _headed(text: str, run: list[_Tok]) -> tuple[int, int, str, int] | None:
    """The name a head closes in ``run`` (start, end, type, index of its last word): an
    institution's or a place's head, a legal or a club's form, a hyphened landform, a
    lower-case public place's word after the run."""
    kinds = [_head_type(t) or ("LOC" if _hyphened_place(t) else None) for t in run]
    k = max((i for i, kind in enumerate(kinds) if kind is not None), default=None)
    if k is not None:
        while k + 1 < len(run) and run[k + 1].low in LEGAL_FORMS:
            k += 1
        kind = kinds[k]
        if any(t.low in CLUB_FORMS and t.word.isupper() for t in run):
            k, kind = len(run) - 1, "ORG"   # Falco KC Szombathely: the club's town is in its name
        if k == 0 and not _single_headed(run[0]):
            return None
        return run[0].start, run[k].end, kind, k
    if (m := _PLACE_GENERIC.match(text, run[-1].end)) is not None and run[-1].word.isalpha():
        return run[0].start, m.end(), "LOC", len(run) - 1
    return None


def _single_headed(t: _Tok) -> bool:
    """One word is a name by its head only as a compound (Alkotmánybíróság), or a
    hyphened landform (Hévízi-tó); not the head noun alone, with an ending or none
    (Kórházban: "in hospital")."""
    if _hyphened_place(t):
        return True
    return not any(t.low.startswith(h) and len(t.low) - len(h) <= 4 for h in _ALL_HEADS) and t.low not in LEGAL_FORMS


_ALL_HEADS = ORG_HEADS | LOC_HEADS


def _places_before_noun(text: str, run: list[_Tok]) -> list[tuple[int, int, str]] | None:
    """Names before an administrative noun or a word of place are places: Zala és Vas
    vármegyében, Mikepércs lakói, Őriszentpéter környékén."""
    if _PLACE_AFTER.match(text, run[-1].end) is None:
        return None
    parts, cur = [], []
    for t in run + [None]:
        if t is None or t.low in ("és", "&"):
            if cur:
                parts.append(cur)
            cur = []
        else:
            cur.append(t)
    if not parts or any(len(p) > 3 or not all(t.word.replace("-", "").isalpha() for t in p) for p in parts):
        return None
    if len(parts) == 1 and len(parts[0]) == 1 and sentence_start(text, parts[0][0].start):
        return None
    return [(p[0].start, p[-1].end, "LOC") for p in parts]
