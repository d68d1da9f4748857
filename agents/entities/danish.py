"""Danish names (``da``): Swedish's rules (``swedish.py``) with a table of Danish words.

Danish, like Swedish, capitalises only names (not the adjectives of places and peoples,
nor days, months, titles: "den britiske X", "statsminister X"), so a capitalised word
inside a sentence is a name even when the word list holds it lower-cased (aalborg,
horsens, amager: the list keeps the commonest names). The grammar of names is Swedish's,
with Danish words:

* a compound's last part says what it names (Søndergade, Limfjorden, Miljøstyrelsen,
  Udenrigsministeriet, Handelsforeningen), with the genitive -s glued on;
* an official name's head noun is capitalised in Danish, unlike Swedish (Aarhus
  Universitet, Odense Kommune, Tønder Gymnasium, Skjern Å, Mariager Fjord), and says the
  name's kind over the place name inside it;
* a definite common noun before a name says what it is (søen X, landsbyen X,
  miljøorganisationen X), and a title a person (borgmester X, Kong X);
* a name after a preposition of place (i, fra, ved, nær, mellem; på for a lone word; nord
  for, ud for) is a place, and so is the next one in a list (fra X og Y);
* a firm's legal form closes its name (X ApS, X A/S, X I/S, Brdr. X ApS);
* an acronym takes the genitive after an apostrophe (FN's, DSB's), outside the name.

General vocabulary of a grammar book and a style guide, no names.
"""

from __future__ import annotations

import re

from .names import unoverlapped
from .swedish import Grammar, _acronym, _lists, _kind_noun, _sentence_start, _word_before, _words, compound_kind, \
    lone_name as _lone_name, run_candidates as _run_candidates, swedish_named

# last parts of compounds (and capitalised head nouns) that name an organisation, in the
# definite form (Miljøstyrelsen, Forsvaret) and the indefinite an official name takes
# (Aarhus Universitet, Odense Kommune, Thyborøn Fiskeriforening, Struer Roklub)
ORG_ENDS = ("styrelsen", "styrelse", "ministeriet", "ministerium", "direktoratet", "direktorat", "tilsynet",
            "instituttet", "institut", "foreningen", "forening", "forbundet", "forbund", "partiet", "retten",
            "landsret", "byret", "højesteret", "domstolen", "politiet", "politi", "forsvaret", "forsorgen",
            "selskabet", "selskab", "banken", "bank", "rådet", "råd", "nævnet", "nævn", "kommissionen", "kassen",
            "skolen", "skole", "universitetet", "universitet", "gymnasiet", "gymnasium", "seminarium",
            "hospitalet", "hospital", "sygehuset", "sygehus", "klinikken", "klinik", "akademiet", "akademi",
            "koncernen", "klubben", "klub", "lauget", "laug", "fonden", "fond", "forlaget", "forlag",
            "kommunen", "kommune", "museet", "museum", "tidende", "bladet", "lufthavn", "lufthavnen",
            "fabrik", "fabrikken", "bryggeri", "bryggeriet", "bageri", "bageriet", "mejeri", "mejeriet",
            "rederi", "rederiet", "værft", "værftet", "folketinget", "regeringen", "organisationen", "unionen",
            "råds")   # (Nordisk Råds: a short head's genitive, which the general -s rule keeps)
# ... and a place: streets, squares, waters, islands, landforms, bridges, buildings (not the
# words that are also common surnames or first names' endings: holm, skov, strand, lund,
# bakke, dal, bjerg, borg, land)
LOC_ENDS = ("gade", "gaden", "vej", "vejen", "allé", "alléen", "stræde", "strædet", "torv", "torvet", "plads",
            "pladsen", "broen", "havn", "havnen", "fjord", "fjorden", "å", "åen", "søen", "bugt", "bugten",
            "vigen", "sundet", "øen", "øerne", "holmen", "næsset", "bjerget", "bakken", "dalen", "skoven",
            "heden", "mosen", "stranden", "parken", "kanalen", "halvøen", "havet", "kirke",
            "kirken", "slot", "slottet", "borgen")
# capitalised heads closing an official name of one or two capitalised words before them
# (Aarhus Universitet, Sydvestjysk Sygehus, Nordisk Råds, Mariager Fjord, Skjern Å):
# the ends above, the place heads whole words only
ORG_HEAD_ENDS = ORG_ENDS
LOC_HEAD_NOUNS = _words("gade vej allé stræde torv plads bro havn fjord å sø bugt vig sund ø park kanal kirke slot")

# words that open the name of a body and belong to it (Region X: the county's council)
ORG_OPENERS = _words("region")

# common nouns before a name that say its kind (søen X, landsbyen X, klubben X), definite,
# or indefinite after "den" and an adjective (den britiske producent X, den lille by X)
ORG_KINDS = ("selskabet", "virksomheden", "virksomhed", "firmaet", "butikken", "forretningen", "kæden",
             "restauranten", "caféen", "foreningen", "forbundet", "klubben", "holdet", "avisen", "dagbladet",
             "mediet", "koncernen", "koncern", "banken", "partiet", "organisationen", "producenten", "producent",
             "stationen", "eriet")
LOC_KINDS = ("by", "ø", "sø", "søen", "byen", "bydelen", "kommunen", "øen", "åen", "vandløbet", "fjorden", "bjerget", "området",
             "egnen", "sognet", "gaden", "vejen", "torvet", "pladsen", "regionen", "landet", "halvøen", "vigen",
             "bugten", "havnen", "forstaden", "provinsen", "delstaten")

# prepositions after which a name of unknown kind is a place (i Horsens, fra Aarhus, ved
# Løgstør, nær X); "for" after a compass word or "ud" (nord for X, ud for X)
PLACE_PREPOSITIONS = _words("i fra ved udenfor nær mellem omkring rundt til via gennem igennem over forbi")
COMPASS = _words("nord syd øst vest nordøst nordvest sydøst sydvest ud uden")
# ... and "på", of islands, districts and streets (på Amager, på Nørrebro): a lone name only
LONE_PLACE_PREPOSITIONS = _words("på")

# titles and role nouns before a person's name (lower-case in Danish; capitalised at a
# sentence's start: Kong X, Borgmester X)
PERSON_TITLES = _words("""
kong kongen dronning dronningen prins prinsen prinsesse prinsessen kronprins kronprinsen
kronprinsesse kronprinsessen statsminister statsministeren minister ministeren præsident
præsidenten kansler kansleren premierminister premierministeren pave paven formand formanden
forkvinde næstformand leder lederen direktør direktøren chef chefen rektor rektoren biskop
biskoppen præst præsten professor professoren lektor doktor dr overlæge læge lægen anklager
anklageren dommer dommeren advokat advokaten general generalen træner træneren kaptajn kaptajnen
borgmester borgmesteren overborgmester rådmand ordfører ordføreren
""")
# the last parts of compounds that name a role (sundhedsminister, skoleleder, købmand,
# talskvinde, dyrlæge, vinduespudser, landstræner)
PERSON_ENDS = ("minister", "ministeren", "formand", "formanden", "chef", "chefen", "direktør", "direktøren",
               "leder", "lederen", "læge", "lægen", "ordfører", "ordføreren", "mester", "mesteren", "mand",
               "manden", "kvinde", "kvinden", "anklager", "dommer", "advokat", "træner", "træneren", "professor",
               "forsker", "forskeren", "ejer", "ejeren", "indehaver", "indehaveren", "sekretær", "redaktør",
               "redaktøren", "journalist", "journalisten", "fotograf", "fotografen", "forfatter", "forfatteren",
               "kunstner", "kunstneren", "sanger", "sangeren", "sangerinde", "spiller", "spilleren", "biolog",
               "biologen", "økonom", "økonomen", "analytiker", "pudser", "bager", "bageren", "smed", "lærer",
               "læreren", "pædagog", "sygeplejerske", "jordemoder", "politiker", "aktivist", "medlem")

# acronyms of common nouns (Danish writes most in lower case, some in capitals): no name
NOUN_ACRONYMS = _words("tv it pc ai pr id sms bnp moms usb dna hiv cv ok vm em ol gps")

DANISH = Grammar(
    "da", ORG_ENDS, LOC_ENDS, frozenset(), ORG_HEAD_ENDS, LOC_HEAD_NOUNS, ORG_OPENERS, ORG_KINDS, LOC_KINDS,
    PLACE_PREPOSITIONS, COMPASS, LONE_PLACE_PREPOSITIONS, PERSON_TITLES, PERSON_ENDS, NOUN_ACRONYMS,
    list_joiners=("og", "eller"), acronym_skips=_words("for og i af på med om til mod samt den det de"),
    firm_adjective_end=None, numbered_road=r"(?:rute|primærrute|sekundærrute)", road_cue="rute ",
    capital=r"[A-ZÆØÅÄÖÉÜ][\w’'-]*", head=r"[A-ZÆØÅ][a-zæøåéü]*", capitals="A-ZÆØÅ", compass_preposition="for")


# prepositions that open a sentence before a name, no part of it (Ifølge X, Ifølge X Y)
OPENING_PREPOSITIONS = _words("ifølge i fra ved på hos med til for efter under blandt mod om")

_GENITIVE_APOSTROPHE = ("'s", "’s")


def _without_genitive(toks: list) -> list:
    """The run without the genitive Danish writes after an apostrophe on an acronym or a
    name ending in -s (FN's, DSB's): no part of the name."""
    s, e, word, low = toks[-1]
    if word.endswith(_GENITIVE_APOSTROPHE) and len(word) > 3:
        return toks[:-1] + [(s, e - 2, word[:-2], low[:-2])]
    return toks


def _double_given_name(word: str) -> bool:
    """Hans-Henrik, Anne-Mette: two capitalised first names joined by a hyphen, a person's
    (one of them may be a common word too: hans, "his")."""
    parts = word.split("-")
    given = _lists("da")[2]
    return len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() and len(p) >= 2 for p in parts) \
        and any(p.lower() in given for p in parts)


def _camel_case(word: str) -> bool:
    """A capital inside a word, not after a hyphen (JydskeVestkysten): a brand's or a
    body's name."""
    return any(c.isupper() and word[i - 1].islower() for i, c in enumerate(word) if i > 0)


def run_candidates(text: str, toks: list) -> list[tuple[int, int, str]] | None:
    """The names in a run of capitalised words of a Danish text (Swedish's rules), after a
    preposition opening the sentence (Ifølge | X) and without an apostrophe's genitive;
    a double first name opens a person's name, a camel-cased word is a body's."""
    toks = _without_genitive(toks)
    if len(toks) >= 2 and toks[0][3] in OPENING_PREPOSITIONS and _sentence_start(text, toks[0][0]):
        toks = toks[1:]
    s, e = toks[0][0], toks[-1][1]
    if len(toks) >= 2 and compound_kind(toks[0][3], DANISH) == "ORG" and not _sentence_start(text, s):
        return [(s, e, "ORG")]   # fra Dyreklinikken X, Foreningen X Plads: a body's noun opens its name
    names = _run_candidates(text, toks, DANISH)
    if names is None and len(toks) >= 2 and _double_given_name(toks[0][2]):
        return [(s, e, "PER")]
    if names == [(s, e, "MISC")] and _camel_case(toks[0][2]):
        return [(s, e, "ORG")]
    return names


def _bare_genitive(word: str) -> str:
    return word[:-2] if word.endswith(_GENITIVE_APOSTROPHE) else word


def lone_name(text: str, start: int, word: str) -> bool:
    """A lone capitalised word inside a sentence is a name (i Aalborg, fra Horsens), and an
    acronym opening one (DSB forsinker ...), unless it abbreviates a common noun."""
    return _lone_name(text, start, word, DANISH) or _acronym(_bare_genitive(word), DANISH)


# -- names the grammar makes whole (extract's hook) -----------------------------------------------

_CAP = DANISH.capital
# a firm's legal form closes its name: X ApS, X A/S, X I/S, X P/S, X K/S, X a.m.b.a.; "Brdr."
# (brødrene, brothers) opens many
_LEGAL_FORM = r"(?:ApS|A/S|I/S|P/S|K/S|IVS|[Aa]\.m\.b\.a\.)(?![\w/])"
_NAME_WORD = rf"(?!{_LEGAL_FORM}){_CAP}"
_LEGAL_NAME = re.compile(rf"(?<![\w’'-])(?:Brdr\. )?{_NAME_WORD}(?: (?:&|og) {_NAME_WORD}| {_NAME_WORD})* {_LEGAL_FORM}")
# initials belong to the name (A.P. X, H.C. X): a person's, or a body's or place's its head says
_INITIALS_NAME = re.compile(rf"(?<![\w.])(?:[A-ZÆØÅ]\.){{1,3}} ?{_CAP}(?: {_CAP}){{0,2}}")


def _opening_word_off(text: str, s: int, e: int) -> int:
    """The start of a name without a word that opens the sentence and no name (Ifølge, I,
    Maskinstationen: a preposition or a kind noun before it)."""
    first = text[s:e].split(" ", 1)[0]
    low = first.lower()
    if " " in text[s:e] and _sentence_start(text, s) and (low in OPENING_PREPOSITIONS or _kind_noun(low, DANISH)):
        return s + len(first) + 1
    return s


def _marked_names(text: str) -> list[tuple[int, int, str]]:
    """Firms a legal form closes (organisations) and names initials open."""
    out = []
    if "/S" in text or "ApS" in text or "IVS" in text or "m.b.a." in text:
        out += [(_opening_word_off(text, m.start(), m.end()), m.end(), "ORG") for m in _LEGAL_NAME.finditer(text)]
    if "." in text:
        function = _lists("da")[1]
        for m in _INITIALS_NAME.finditer(text):
            words = m.group().split(".")[-1].split()
            if words[0].lower() not in function:   # (side A. Der: a letter ends the sentence)
                out.append((m.start(), m.end(), compound_kind(words[-1].lower(), DANISH) or "PER"))
    return out


def _bodies_named_after_places(text: str, hits: list) -> list[tuple[int, int, str]]:
    """A capitalised noun of a body right before a known place, inside a sentence
    (Dyreklinikken X, Tandlægeskolen X): one organisation's name."""
    out = []
    for h in hits:
        before = _word_before(text, h.start)
        s = h.start - len(before) - 1
        if h.entity.type == "LOC" and before[:1].isupper() and text[s + len(before)] == " " \
                and not _sentence_start(text, s) and compound_kind(before.lower(), DANISH) == "ORG":
            out.append((s, h.end, "ORG"))
    return out


def _retyped(text: str, s: int, e: int, kind: str) -> tuple[int, int, str]:
    """A name Swedish's rules found, without the word opening the sentence before it, and an
    organisation's when a body's noun opens it inside a sentence (Foreningen X Plads)."""
    s = _opening_word_off(text, s, e)
    first = text[s:e].split(" ", 1)[0].lower()
    if kind == "LOC" and " " in text[s:e] and not _sentence_start(text, s) and compound_kind(first, DANISH) == "ORG":
        kind = "ORG"
    return s, e, kind


def danish_named(text: str, hits: list) -> tuple[list, list[tuple[int, int, str, None]]]:
    """The knowledge base's hits less those inside a name Danish grammar finds whole, and
    those names (extract's hook): firms a legal form closes, names initials open, bodies
    named after a place, then Swedish's (official names a capitalised head closes, bodies
    after a place, firms with "&")."""
    own = sorted(_marked_names(text) + _bodies_named_after_places(text, hits), key=lambda n: (n[0] - n[1], n[0]))
    taken = bytearray(len(text) + 1)
    kept = [(s, e, kind, None) for s, e, kind in unoverlapped(own, taken)]
    kept += [(*_retyped(text, s, e, kind), None) for s, e, kind, _ in
             unoverlapped(swedish_named(text, hits, DANISH)[1], taken)]
    return [h for h in hits if not any(taken[h.start:h.end])], kept
