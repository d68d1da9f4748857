"""Norwegian Bokmål names (``nb``): Swedish's rules (``swedish.py``) with a table of Norwegian words.

Norwegian writes names as Swedish does: only names take a capital inside a sentence, not
titles, days or the adjectives of peoples ("ordfører X", "den danske spilleren X"); a
compound's last part says what it names (Storgata, Tanaelva, Kvamsfjellet,
Finansdepartementet, Bondelag); an official name of several words closes on a lower-case
head (Meteorologisk institutt, Frøya kommune, Aker stadion); a definite common noun before
a name types it (blomsterbutikken X, Ungdomslaget X); a preposition of place makes a place
(i, fra, ved, utenfor, på). So Swedish's functions run with ``NORWEGIAN``, the Norwegian
words, and with what Norwegian does its own way:

* a compass word takes "for", not "om" (nord for X);
* words that only end like a head are no compound of it (forslag, not -lag), and a kind
  noun is the head alone or a longer compound (øya, blomsterbutikken; not Frøya, a name),
  nor one a compass word opens (Sørlandet);
* European routes are numbered with an E (E6, E136), national roads "riksvei 7";
* a body's head compound opens its name, definite (Sykehuset X, Universitetssykehuset X);
* a person's name has two given names or more (Per Arne X, Hans Martin X: words
  that are also everyday words in Norwegian, "per", "hans"), and a verb of saying before
  it names a speaker (sier X Y);
* sports competitions are events (Eliteserien), and the conjunction "da" splits a run;
* some official names take a head of two words (X videregående skole) or a place's name
  after the head (X lufthavn Y).

General vocabulary of a grammar book or a style guide, no names.
"""

from __future__ import annotations

import re

from . import swedish
from .swedish import Grammar, _ends_in, _lists, _sentence_start, _shape_kind, _word_before, _words, \
    compound_kind as _compound_kind

# -- vocabulary ------------------------------------------------------------------------------------

# last parts of compounds that name an organisation, definite and (as names of clubs,
# societies and banks take them) indefinite: Finansdepartementet, Mattilsynet, Stortinget,
# Skiforbund, Bondelag, Mållag, Sparebank, Bergverksmuseum, Rørosmeieriet
ORG_ENDS = ("direktoratet", "departementet", "tilsynet", "verket", "instituttet", "foreningen", "forening",
            "forbundet", "forbund", "partiet", "tinget", "retten", "domstolen", "politiet", "selskapet",
            "banken", "bank", "rådet", "nemnda", "kommisjonen", "styret", "skolen", "universitetet",
            "høgskolen", "høyskolen", "sykehuset", "klinikken", "akademiet", "menigheten", "sentralen",
            "byrået", "konsernet", "klubben", "klubb", "stiftelsen", "fondet", "forlaget", "regjeringen",
            "ombudet", "organisasjonen", "unionen", "komiteen", "lag", "museet", "museum", "senter", "senteret",
            "meieriet", "bryggeriet", "bakeriet", "ysteriet", "rederiet", "monopolet", "korps", "korpset", "blad", "bladet", "tidende", "posten", "avisen", "avisa")
# ... and a place: streets, squares, waters, islands, landforms, regions, bridges, railways
LOC_ENDS = ("gata", "gaten", "gate", "veien", "vegen", "vei", "veg", "torget", "torg", "plassen", "parken",
            "brua", "broen", "havna", "elva", "elven", "sjøen", "vannet", "vatnet", "fjorden", "sundet", "øya",
            "øyene", "holmen", "neset", "fjellet", "dalen", "skogen", "regionen", "landet", "kirken", "kirka",
            "slottet", "arenaen", "stadion", "kanalen", "halvøya", "havet", "bygda", "banen", "bredden",
            "kysten", "vidda", "åsen", "tunnelen", "brygga", "kaia")
# lower-case heads that close an official name of several words (Meteorologisk institutt,
# Frøya kommune, Øst politidistrikt, Statens vegvesen, Rønvik skole, Bergen tingrett)
ORG_HEAD_NOUNS = _words("""kommune fylkeskommune universitet universitetet institutt instituttet""")
ORG_HEAD_ENDS = ("rett", "retten", "skole", "skolen", "sykehus", "sykehuset", "direktorat", "direktoratet",
                 "tilsyn", "tilsynet", "departement", "forbund", "forening", "akademi", "menighet", "vesen",
                 "politidistrikt", "institutt", "pensjonsfond", "forvaltning")
LOC_HEAD_NOUNS = _words("kirke kapell stadion lufthavn flyplass torg bru havn gård kloster slott stasjon fylke")

# a body's head that opens its name: Helse X (a regional health trust), Sykehuset X
ORG_OPENERS = _words("helse sykehuset")

# definite common nouns before a name that say its kind (blomsterbutikken X, innsjøen X)
ORG_KINDS = ("selskapet", "firmaet", "bedriften", "butikken", "kafeen", "restauranten", "foreningen",
             "forbundet", "klubben", "laget", "avisen", "avisa", "kjeden", "konsernet", "banken", "partiet",
             "organisasjonen", "smia", "verftet", "eriet", "bandet", "gruppen")
LOC_KINDS = ("sjøen", "vannet", "bygda", "byen", "tettstedet", "kommunen", "bydelen", "bydelene", "øya", "elva",
             "elven", "fjellet", "fylket", "landskapet", "området", "gata", "gaten", "veien", "vegen", "torget",
             "regionen", "landet", "halvøya", "fjorden", "bukta", "vika", "grenda", "stedet", "øygruppen")

# prepositions after which a name of unknown kind is a place (i Narvik, fra Suldal, ved
# Rena, utenfor Ålesund, langs X); "for" after a compass word (nord for X)
PLACE_PREPOSITIONS = _words("i fra ved utenfor nær mellom rundt innen til via gjennom forbi langs")
COMPASS = _words("nord sør øst vest nordøst nordvest sørøst sørvest")
# ... and "på", of islands, villages, districts and venues (på Karmøy, på Sortland): a lone name
LONE_PLACE_PREPOSITIONS = _words("på")

# titles and role nouns before a person's name (lower-case in Norwegian; capitalised at a
# sentence's start: Justisminister X, Lærer X)
PERSON_TITLES = _words("""
konge kongen dronning dronningen prins prinsen prinsesse prinsessen kronprins kronprinsen
kronprinsesse kronprinsessen statsminister statsministeren minister ministeren president
presidenten ordfører ordføreren leder lederen direktør direktøren sjef sjefen rektor rektoren
biskop biskopen prest presten professor professoren doktor lege legen advokat advokaten
aktor dommer dommeren politimester lensmann general generalen trener treneren kaptein
kapteinen lærer læreren rådmann talsperson stortingsrepresentant
""")
# the last parts of compounds that name a role (næringsminister, sjeføkonom, klinikksjef,
# museumsbestyrer, varaordfører, sauebonden, spilleren)
PERSON_ENDS = ("minister", "ministeren", "fører", "føreren", "leder", "lederen", "sjef", "sjefen", "direktør",
               "direktøren", "økonom", "økonomen", "advokat", "advokaten", "lege", "legen", "eier", "eieren",
               "trener", "treneren", "rektor", "sekretær", "forsker", "forskeren", "bonde", "bonden",
               "innehaver", "innehaveren", "bestyrer", "bestyreren", "fotograf", "fotografen", "forfatter",
               "forfatteren", "journalist", "journalisten", "spiller", "spilleren", "keeper", "keeperen",
               "løper", "løperen", "sanger", "sangeren", "sangerinne", "artist", "artisten", "kunstner",
               "kunstneren", "aktivist", "aktivisten", "talsperson", "representant", "representanten",
               "lærer", "læreren", "president", "presidenten", "mester", "mesteren")

# acronyms of common nouns (most written in capitals in Norwegian): no name
NOUN_ACRONYMS = _words("tv it ai pr id sms bnp kpi mva usb dna hiv cv ok vm em ol nm")

# European and national roads by number (riksvei 7, fylkesveg 51)
NUMBERED_ROAD = r"(?:riksvei|riksveg|fylkesvei|fylkesveg|europavei|europaveg)"

# -- what Norwegian does its own way -------------------------------------------------------------

# sports competitions, which are events, not bodies nor places (Europaligaen, Eliteserien, NM-cupen)
EVENT_ENDS = ("ligaen", "serien", "cupen", "mesterskapet", "lekene")
# verbs of saying that close a quote before the speaker's name (– ..., sier X Y)
SPEECH_VERBS = _words("sier sa forteller fortalte uttaler mener skriver")
# adjectives of a country or a people that open a body's name (Norsk X, Dansk X, Nordisk X)
_NATIONALITY_END = "sk"
# the conjunction "da" (when) between two names in a run the general rules join: no part
# of a name, unless a family name follows it alone (Leonardo da Vinci, Lula da Silva)
_RUN_BREAK = "da"


# everyday words that end like a head of a name but are no compound of it: "slag" (a
# stroke: forslag, utslag), not "lag" (a team: idrettslag); skandalen, not dalen; området, not rådet; produsenter
# (the plural of produsent), not senter
FALSE_HEADS = ("forslag", "utslag", "beslag", "oppslag", "avslag", "innslag", "anslag", "nedslag", "folkeslag",
               "nederlag", "grunnlag", "klaget", "skandalen", "utstyret", "betinget", "området", "idretten",
               "nettverket", "regelverket", "lovverket", "underveis", "halvveis", "arbeidsplassen",
               "produsenter")


def _two_given_names(lows: list[str], g: Grammar) -> bool:
    """Two given names and a family name (Per Arne X, Tor Egil X: the first may be an
    everyday word too, "per", "tor")."""
    common, _, given = _lists(g.code)
    return len(lows) >= 3 and lows[1] in given and (lows[0] in given or lows[0] in common)


def run_type(text: str, toks: list, g: Grammar) -> str | None:
    """Swedish's types, and a person where a name has two given names or a verb of saying
    names the speaker; a sports competition is an event (``NORWEGIAN.run_type``: Swedish's
    run_candidates calls it)."""
    lows = [t[3] for t in toks]
    if _ends_in(lows[-1], EVENT_ENDS, 2):
        return "MISC"
    if _shape_kind(toks, g) is None and (_two_given_names(lows, g) or 2 <= len(lows) <= 3
                                         and _word_before(text, toks[0][0]) in SPEECH_VERBS):
        return "PER"
    return swedish.run_type(text, toks, g)


_CAP = r"[A-ZÆØÅÉÜÄÖ][\w’'-]*"
_MULTIWORD_HEADS = ("videregående skole", "brann og redning", "brann- og redningsvesen")
_MULTIWORD_HEADED = re.compile(rf"(?<![\w’'-]){_CAP}(?: {_CAP})? (?:{'|'.join(_MULTIWORD_HEADS)})(?![\w’'-])")
# a place's name after the head (Oslo lufthavn X, Sørlandet sykehus X): one name
_PLACE_AFTER_HEAD = re.compile(rf" ({_CAP})(?![\w’'-])")


def headed_names(text: str, g: Grammar) -> list[tuple[int, int, str]]:
    """Swedish's official names a lower-case head closes, with the heads Norwegian writes in
    two words (X videregående skole, X brann og redning) and the place's name some take
    after the head (X lufthavn Y, X sykehus Y) (``NORWEGIAN.headed_names``: Swedish's
    swedish_named calls it)."""
    out = [(m.start(), m.end(), "ORG") for m in _MULTIWORD_HEADED.finditer(text)]
    _, function, given = _lists(g.code)
    for s, e, kind in swedish.headed_names(text, g):
        m = _PLACE_AFTER_HEAD.match(text, e)
        if m is not None and m.group(1).lower() not in function and m.group(1).lower() not in given:
            e = m.end()
        out.append((s, e, kind))
    return out


NORWEGIAN = Grammar(
    "nb", ORG_ENDS, LOC_ENDS, ORG_HEAD_NOUNS, ORG_HEAD_ENDS, LOC_HEAD_NOUNS, ORG_OPENERS, ORG_KINDS, LOC_KINDS,
    PLACE_PREPOSITIONS, COMPASS, LONE_PLACE_PREPOSITIONS, PERSON_TITLES, PERSON_ENDS, NOUN_ACRONYMS,
    compass_preposition="for", list_joiners=("og", "eller"),
    acronym_skips=_words("for og i av på med om til mot samt den det de"), firm_adjective_end=None,
    numbered_road=NUMBERED_ROAD, road_cue="ve", capital=_CAP, head=r"[a-zæøåé]+", capitals="A-ZÆØÅ",
    party_letters=3, false_heads=FALSE_HEADS, kind_noun_shortest=3, compass_opens_names=True,
    opening_body_ends=("et", "en"), run_type=run_type, headed_names=headed_names)


def compound_kind(low: str) -> str | None:
    """Swedish's kind of a compound by its last part, Norwegian's heads (less the words that
    only end like one)."""
    return _compound_kind(low, NORWEGIAN)


def _split_at_breaks(text: str, toks: list) -> list | None:
    """The names of a run the conjunction "da" splits (X Y da Z Q, X Y da Zmeieriet), each
    as the rules read it alone; a part they leave to the general rules is a person if a
    given name opens it."""
    i = next((i for i, t in enumerate(toks) if 0 < i < len(toks) - 1 and t[2] == _RUN_BREAK), 0)
    if not i or i == len(toks) - 2 and compound_kind(toks[-1][3]) is None:
        return None
    out = []
    given = _lists("nb")[2]
    for part in (toks[:i], toks[i + 1:]):
        names = run_candidates(text, part)
        if names is None:
            kind = "PER" if part[0][3] in given and len(part) >= 2 else "MISC"
            names = [(part[0][0], part[-1][1], kind)]
        out += names
    return out


def run_candidates(text: str, toks: list) -> list[tuple[int, int, str]] | None:
    """Swedish's reading of a run of capitalised words, and Norwegian's: a run an everyday
    word splits, a preposition of place opening the sentence (Langs X), a nationality's
    adjective opening a body's name there (Norsk X), a compound of a lower-case noun
    (AI-brikker: no name)."""
    if (names := _split_at_breaks(text, toks)) is not None:
        return names
    first = toks[0][3]
    if len(toks) == 1 and "-" in first and first.rsplit("-", 1)[1].isalpha() and toks[0][2].rsplit("-", 1)[1].islower():
        return []
    if len(toks) >= 2 and _sentence_start(text, toks[0][0]):
        if first in PLACE_PREPOSITIONS:
            return [(toks[1][0], toks[-1][1], run_type(text, toks[1:], NORWEGIAN) or "LOC")]
        if first.endswith(_NATIONALITY_END) and first in _lists("nb")[0] and _shape_kind(toks[1:], NORWEGIAN) is None:
            return [(toks[0][0], toks[-1][1], "ORG")]
    return swedish.run_candidates(text, toks, NORWEGIAN)


def lone_name(text: str, start: int, word: str) -> bool:
    """A lone capitalised word inside a sentence is a name (i Narvik, fra Suldal), unless it
    abbreviates a common noun (TV, NM)."""
    return swedish.lone_name(text, start, word, NORWEGIAN)


# -- names the grammar makes whole (extract's hook) -----------------------------------------------

# European routes: E and the number (E6, E39, E136), a road's name
_EUROPEAN_ROUTE = re.compile(r"(?<![\w-])E\d{1,3}(?![\w-])")
# a body's definite head compound before a place's name (Universitetssykehuset Nord-Norge)
_HEAD_FIRST = re.compile(rf"(?<![\w’'-])({_CAP}(?:et|en)) {_CAP}(?: {_CAP})?(?![\w’'-])")
# an official name that opens with "Den"/"Det" and an adjective (Den norske X, Det kongelige X)
_ARTICLE_OPENED = re.compile(rf"(?<![\w’'-])(?:Den|Det) [a-zæøå]+e ({_CAP})(?![\w’'-])")
# heads whose body takes the name of its place after them
HEADS_BEFORE_PLACE = ("sykehuset", "universitetet", "høgskolen", "høyskolen")
# words coordinated with a hyphen for a shared last part (Jeger- og Fiskeforening)
_HYPHEN_COORDINATED = re.compile(rf"(?<![\w’'-]){_CAP}(?: {_CAP})* {_CAP}- (?:og|eller) ({_CAP})(?![\w’'-])")


def _norwegian_marked(text: str) -> list[tuple[int, int, str, None]]:
    """European routes (E6); a body's head before its place's name (Sykehuset X); an
    official name opened by an article and an adjective (Den norske X); names whose last
    part two words share (X Jeger- og Fiskeforening: the last part's kind)."""
    out = []
    if "E" in text:
        out += [(m.start(), m.end(), "LOC", None) for m in _EUROPEAN_ROUTE.finditer(text)]
    for m in _HEAD_FIRST.finditer(text):
        if _ends_in(m.group(1).lower(), HEADS_BEFORE_PLACE, 0):
            out.append((m.start(), m.end(), "ORG", None))
    if "De" in text:
        for m in _ARTICLE_OPENED.finditer(text):
            if compound_kind(m.group(1).lower()) == "ORG":
                out.append((m.start(), m.end(), "ORG", None))
    if "- " in text:
        for m in _HYPHEN_COORDINATED.finditer(text):
            if (kind := compound_kind(m.group(1).lower())) is not None:
                out.append((m.start(), m.end(), kind, None))
    return out


def norwegian_named(text: str, hits: list) -> tuple[list, list[tuple[int, int, str, None]]]:
    """The names Swedish grammar finds whole (``swedish.swedish_named`` over Norwegian
    words) and Norwegian's own (``_norwegian_marked``), as (start, end, type, None)."""
    marked = _norwegian_marked(text)
    hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e, *_ in marked)]
    hits, named = swedish.swedish_named(text, hits, NORWEGIAN)
    named = [n for n in named if not any(s < n[1] and n[0] < e for s, e, *_ in marked)]
    return hits, marked + named
