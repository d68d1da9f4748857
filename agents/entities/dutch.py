"""Dutch names the capitalised runs alone miss, cut wrongly or cannot type, read by Dutch
grammar and the conventions of its press (general vocabulary of a grammar book or a style
guide, no names).

Dutch, unlike German, capitalises only names (and the adjectives of places and peoples:
"de Belgische premier"), so inside a sentence two capitalised words in a row are a name
even when each is an ordinary word (het Openbaar Ministerie, de Grote Markt):

* an article or a particle written with a capital inside a sentence opens the name (bij De
  Koog, op De Lijn, Ter Apel, Frituur Den Hoek);
* the names of streets, squares, buildings, waters and bodies are compounds whose last part
  says what they are (Kalverstraat, Diestsesteenweg, Wilhelminatoren, Sint-Jozefscollege),
  and so does the head of a name of several words (het Vlaams Parlement, het Stedelijk
  Gymnasium X, het Internationaal Strafhof);
* a word naming a kind of business or body opens the name of one (Camping X, Kapsalon X,
  Stichting X, Waterschap X), and a club's or a union's initials open its name (VV X);
* a name of unknown kind after a locative preposition is a place (in X, uit X, bij X,
  tussen X en Y), and so is a lone name after an article (de X: rivers, regions, buildings,
  streets: people take no article);
* a name after a role noun is a person (eigenaar X, de Ethiopische X); a role noun opening
  the sentence is no part of the name (Tennisser X Y);
* family names carry particles, several of them in a row (X van der Y, X de Y, X ter Y),
  and a person's name ends before "van" and the body or town he or she is from
  (X Y van McLaren);
* a town on a river is named "X aan de Y", a region "Land van X", a body "Planbureau voor
  de X"; an acronym in brackets gives the initials of the capitalised words before it
  (Autoriteit Consument en Markt (ACM)).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .names import Candidate

# -- general vocabulary -------------------------------------------------------------------------

# articles and particles that Dutch writes with a capital inside a name (De Koog, Ter Apel,
# Den Helder, Het Gooi, 't Zand)
CAPITAL_ARTICLES = frozenset(("de", "den", "het", "ter", "ten", "'t", "’t"))

# prepositions of place after which a name of unknown kind is a place
PLACE_CUES = frozenset("in uit naar te nabij bij rond rondom tussen vanuit richting".split())
# ... and "op", said of islands and squares (op Texel, op de Dam), which takes people as
# well as places of several words ("wacht op Jan Smit"): only for a lone word
LONE_PLACE_CUES = frozenset(("op",))
# articles before a lone name: Dutch gives names of people none, but rivers, regions,
# buildings and streets one (de Leie, het Catshuis, de Biesbosch)
ARTICLES = frozenset(("de", "het", "'t", "’t"))

# role and occupation nouns written before a person's name (a grammar's and a style guide's
# list), and the last parts of compounds that make one (dorpsbewoner, bedrijfsleider,
# woordvoerder, tennisster)
PERSON_NOUNS = frozenset("""
premier minister president burgemeester wethouder schepen gedeputeerde gouverneur staatssecretaris
commissaris koning koningin prins prinses kroonprins paus kardinaal bisschop pastoor dominee imam rabbijn
topman topvrouw directeur directrice voorzitter woordvoerder woordvoerster eigenaar eigenares bestuurder
oprichter medeoprichter ondernemer zakenman zakenvrouw bankier econoom analist
docent leraar lerares hoogleraar professor onderzoeker wetenschapper arts dokter huisarts chirurg
verpleegkundige advocaat rechter officier notaris agent politieagent rechercheur brandweerman militair
generaal kolonel majoor kapitein luitenant soldaat
visser boer boerin bakker slager kapper kapster winkelier kok chef-kok ober
trainer coach bondscoach keeper doelman verdediger middenvelder aanvaller spits aanvoerder
atleet atlete tennisser tennisster wielrenner wielrenster schaatser schaatster zwemmer zwemster
voetballer voetbalster turner turnster judoka bokser roeier roeister zeiler golfer golfster
zanger zangeres schrijver schrijfster auteur dichter dichteres kunstenaar kunstenares schilder
acteur actrice regisseur fotograaf journalist verslaggever presentator presentatrice
inwoner inwoonster bewoner bewoonster buurtbewoner dorpsbewoner dorpsgenoot vrijwilliger
student studente scholier leerling weduwe
""".split())
PERSON_NOUN_HEADS = ("bewoner", "bewoonster", "leider", "voorzitter", "woordvoerder", "woordvoerster",
                     "directeur", "speler", "speelster", "trainer", "coach", "eigenaar", "houder", "genoot",
                     "minister", "medewerker", "medewerkster", "deskundige")

# heads of names: the word (or the last part of a compound, three letters or more before it)
# that says an organisation ...
ORG_HEADS = ("ministerie", "parlement", "hof", "raad", "bank", "partij", "genootschap", "gymnasium",
             "college", "universiteit", "hogeschool", "school", "lyceum", "academie", "instituut", "bureau",
             "dienst", "inspectie", "autoriteit", "commissie", "kamer", "senaat", "rechtbank", "politie",
             "brandweer", "agentschap", "vereniging", "stichting", "bond", "unie", "omroep", "orkest",
             "ziekenhuis", "kliniek", "fonds", "federatie", "maatschappij", "coöperatie", "verbond",
             "zorggroep", "corporatie", "uitgeverij", "brouwerij", "bakkerij", "slagerij", "drukkerij")
# ... or a place: streets, squares, buildings, waters, landforms and districts
LOC_HEADS = ("straat", "steenweg", "weg", "laan", "plein", "gracht", "kade", "dijk", "singel", "steeg", "dreef",
             "markt", "stadion", "toren", "brug", "poort", "kerk", "kathedraal", "kapel", "kasteel", "paleis",
             "huis", "park", "bos", "bosch", "woud", "heide", "duinen", "vennen", "meer", "plas", "zee",
             "rivier", "kanaal", "polder", "vlakte", "eiland", "eilanden", "gebergte", "pas", "punt", "wijk",
             "land", "vallei", "strand", "baai", "delta", "kust")
# words that open the name of a business or a body of the kind they say (Camping X, Kapsalon X,
# Stichting X, Waterschap X), and sports clubs' and unions' initials (VV X, SV X)
ORG_OPENERS = frozenset("""
stichting vereniging waterschap hogeschool universiteit ziekenhuis omroep zorggroep woningcorporatie
camping tuincentrum kapsalon frituur cafetaria bakkerij slagerij brouwerij drukkerij kwekerij
hoedenzaak schoenenzaak bloemenzaak fietsenzaak visafslag garage apotheek boekhandel
hulpverleningszone politiezone basisschool
vv sv rkvv rksv""".split())
# words that open a place's name (Sportpark X, Kasteel X, Landgoed X)
PLACE_OPENERS = frozenset("sportpark kasteel fort landgoed natuurgebied".split())

# nouns before "van" and a name that say what the name is: the people, officials and parts
# of a place (inwoners van X, de burgemeester van X) ...
PLACE_OF = frozenset("""inwoners inwoner bewoners bewoner burgemeester gemeenteraad stadsbestuur gemeentebestuur
centrum haven havens omgeving rand buurt regio straten wijken hartje""".split())
# ... or the staff and officers of an organisation (medewerkers van X, de topman van X)
ORG_OF = frozenset("""medewerkers medewerker medewerkster werknemers personeel woordvoerder woordvoerster topman
topvrouw directeur directie baas eigenaar eigenaren oprichter aandeelhouders klanten bestuur""".split())

# the adjectives of places and peoples, capitalised in Dutch: no name (bij Israëlische
# luchtaanvallen), but a cue for one after them (de Ethiopische X)
_DEMONYM_END = ("se", "sche")


@lru_cache(maxsize=16384)   # (asked about every word of every Dutch candidate)
def compound_head_type(low: str) -> str | None:
    """"ORG" or "LOC" when a lower-cased word is, or ends as a compound in, a head of an
    organisation's or a place's name (Maasziekenhuis, Kalverstraat); organisations first:
    ziekenhuis ends in huis."""
    low = low.rsplit("-", 1)[-1] if "-" in low else low
    for heads, kind in ((ORG_HEADS, "ORG"), (LOC_HEADS, "LOC")):
        for head in heads:
            if low == head or low.endswith(head) and len(low) >= len(head) + 3:
                return kind
    return None


@lru_cache(maxsize=16384)
def person_noun(low: str) -> bool:
    """A lower-cased role or occupation noun, or a compound of one (dorpsbewoner)."""
    return low in PERSON_NOUNS or any(low.endswith(h) and len(low) > len(h) + 2 for h in PERSON_NOUN_HEADS)


def demonym(low: str, common: frozenset[str]) -> bool:
    """A capitalised adjective of a place or a people (Ethiopische, Oisterwijkse)."""
    return low.endswith(_DEMONYM_END) and len(low) > 5 and low in common


# -- hooks of the capitalised runs (candidates.latin_candidates) --------------------------------

def keeps_capital_article(low: str, word: str) -> bool:
    """A run's first word that is an article or a particle written with a capital inside a
    sentence (the caller has checked that it is not the sentence's first word): part of
    the name (De Koog, Ter Apel)."""
    return low in CAPITAL_ARTICLES and word[0].isupper()


def descriptor_before_name(toks: list, common: frozenset[str], given: frozenset[str]) -> bool:
    """Does the run's first word describe the person after it rather than name one: a role
    noun opening the sentence (Tennisser X Y, Kapster X Y) or a place's adjective before
    a name of two words or more that are no common words (de Ethiopische X Y)?
    ``toks``: (start, end, word, lower-cased word)."""
    low = toks[0][3]
    if low in given or compound_head_type(toks[-1][3]) is not None:
        return False   # (het Koning Boudewijnstadion: a place named after the king)
    if person_noun(low):
        return True
    return len(toks) >= 3 and demonym(low, common) and not any(t[3] in common for t in toks[1:])


# a member of the government before the portfolio, written with capitals (minister van
# Financiën, staatssecretaris van Buitenlandse Zaken): general Dutch usage
_PORTFOLIO_BEFORE = re.compile(r"(?<![\w-])(?:minister|ministers|staatssecretaris|minister-president|premier) "
                               r"(?:van|voor) \Z", re.I)


def portfolio_before_name(text: str, toks: list, common: frozenset[str]) -> int:
    """How many words of the run after "minister van" are the portfolio (common words:
    Energie, Buitenlandse Zaken) before a person's name of two or three words (minister van
    Energie Ed Miliband); 0 if none. ``toks``: (start, end, word, lower-cased word)."""
    if not _PORTFOLIO_BEFORE.search(text, max(0, toks[0][0] - 30), toks[0][0]):
        return 0
    k = 0
    while k < len(toks) - 2 and toks[k][3] in common:   # (a first name may be a word too: Ed)
        k += 1
    return k if len(toks) - k <= 3 and any(t[3] not in common for t in toks[k:]) else 0


# -- types of names of unknown kind ---------------------------------------------------------------

_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+\Z")
_SENTENCE_END = ".!?:;\"“”„‘’'()[]\n–—…"


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


def _cue_before(text: str, start: int) -> str:
    """The lower-case word before ``start``, or the sentence's first word lower-cased
    ("In X", "Tennisser X"); '' for a capitalised word inside the sentence (a name's)."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return ""
    word = m.group(1)
    if word.islower():
        return word
    before = text[:m.start(1)].rstrip()
    return word.casefold() if not before or before[-1] in _SENTENCE_END else ""


def named_by_cue(text: str, start: int, word: str) -> bool:
    """Is the capitalised ``word`` at ``start`` a name even if it is a common word as well:
    after a locative preposition (in Leiden, uit Zwolle; not a language's or a people's
    name: in Engels, bij Belgische), or, an acronym, after an article (het COA, het OM:
    Dutch writes common nouns' abbreviations in lower case, de btw)?"""
    cue = _cue_before(text, start)
    if word.isupper():
        return 2 <= len(word) <= 5 and cue in ARTICLES
    return not word.endswith(("s", "se", "sche")) and cue in PLACE_CUES


_NOUN_VAN_BEFORE = re.compile(r"([^\W\d_]+) van[ \u00a0]+\Z")


def _type_of_van(text: str, start: int) -> str | None:
    """"inwoners van X" (a place), "medewerkers van X" (an organisation): the noun before
    "van" says what the name after it is."""
    m = _NOUN_VAN_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    low = m.group(1).casefold()
    return "LOC" if low in PLACE_OF else "ORG" if low in ORG_OF else None


def org_head_before(text: str, start: int) -> int | None:
    """Where a capitalised word naming a body or a firm's kind opens the name of an
    organisation named after the known place at ``start`` (Havenbedrijf X, Hogeschool X,
    Waterschap X), else None."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None or not m.group(1)[0].isupper():
        return None
    low = m.group(1).casefold()
    if low in ORG_OPENERS or low.endswith("bedrijf") or compound_head_type(low) == "ORG":
        return m.start(1)
    return None


def _after_place_list(text: str, start: int) -> bool:
    """"tussen X en |Y", "in X, Y en |Z": the name after "en" closes a list of places that
    a locative preposition opens."""
    words = text[max(0, start - 80):start].split()
    if len(words) < 3 or words[-1] != "en":
        return False
    for w in reversed(words[:-1]):
        w = w.rstrip(",")
        if not w[:1].isupper():
            return w.lower() in PLACE_CUES
    return False


def name_type(text: str, c: Candidate, common: frozenset[str], given: frozenset[str]) -> str:
    """The type of a Dutch name the capitalised runs left of unknown kind (MISC): by its
    head, its opening word, the word before it; MISC when nothing tells."""
    words = c.text.split()
    lows = [w.casefold() for w in words]
    if len(words) >= 2:
        if lows[0] in ORG_OPENERS or words[0].isupper() and len(words[0]) <= 5 or words[-1].isupper():
            return "ORG"   # Camping X, KBO X, X VV: a business's kind or a club's initials
        if lows[0] in PLACE_OPENERS:
            return "LOC"
    for low in reversed(lows):   # (the rightmost head: Stedelijk Gymnasium X, Oude Kerkstraat)
        if (kind := compound_head_type(low)) is not None:
            return kind
    if len(words) == 1 and demonym(lows[0], common):
        return "MISC"   # an adjective of a place: bij Israëlische luchtaanvallen
    if len(words) == 1 and words[0].isupper():
        return "ORG"   # het OM: an acronym in running text is most often a body's
    cue = _cue_before(text, c.start)
    if person_noun(cue) or len(words) >= 2 and demonym(_word_before(text, c.start).casefold(), common) \
            and lows[0] not in common:
        return "PER"   # eigenaar X Y, Tennisser X Y, de Ethiopische X Y
    if (kind := _type_of_van(text, c.start)) is not None:
        return kind   # inwoners van X, medewerkers van X
    if cue in PLACE_CUES and lows[0] not in given or _after_place_list(text, c.start) \
            or len(words) == 1 and (cue in LONE_PLACE_CUES or cue in ARTICLES):
        return "LOC"   # in X, tussen X en Y, op X, de X
    if cue in ARTICLES and not demonym(lows[0], common) and lows[-1] not in common and lows[0] not in given:
        return "LOC"   # de Oude X: a landmark's name that an adjective opens
    return "MISC"


# -- names the capitalised runs cut wrongly ----------------------------------------------------------

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_PARTICLES = r"(?:van der|van den|van de|van 't|van ’t|in 't|in ’t|op de|op den|uit den|van|de|den|der|ter|ten|te)"
# a first name, the particles of a family name, the family name (Mathieu van der Poel)
PARTICLE_NAME = re.compile(rf"[A-ZÀ-ÖØ-Þ](?<![\w'’-][A-ZÀ-ÖØ-Þ])[\w’'-]* {_PARTICLES} {_CAP}")
# a town on a river (Valkenburg aan de Geul, Alphen aan den Rijn)
ON_RIVER = re.compile(rf"[A-ZÀ-ÖØ-Þ](?<![\w'’-][A-ZÀ-ÖØ-Þ])[\w’'-]* aan (?:de|den|het) {_CAP}")
# a head, "van" or "voor", maybe an article, and a name (Land van X, Planbureau voor de X)
HEAD_OF_NAME = re.compile(rf"[A-ZÀ-ÖØ-Þ](?<![\w'’-][A-ZÀ-ÖØ-Þ])[\w’'-]* (?:van|voor) (?:(?:de|het|der|den) )?"
                          rf"{_CAP}(?: {_CAP})*")
# an acronym in brackets
BRACKETED_ACRONYM = re.compile(r" \(([A-Z]{2,6})\)")
_NAME_LINKS = frozenset(("en", "van", "voor", "de", "het", "der", "den"))


def particle_people(text: str, covered: bytearray, given: frozenset[str]) -> list[Candidate]:
    """People whose family names carry particles (X van der Y, X de Y): a first name, or any
    name after a role noun (docent X de Y), then the particles and a capitalised word."""
    out = []
    for m in PARTICLE_NAME.finditer(text):
        s, e = m.span()
        first = m.group().split(" ", 1)[0]
        if any(covered[s:e]) or not (first.casefold() in given or person_noun(_word_before(text, s).casefold())):
            continue
        out.append(Candidate(s, e, m.group(), "PER"))
    return out


def towns_on_rivers(text: str, covered: bytearray) -> list[Candidate]:
    """"in Valkenburg aan de Geul": a town named after its river, after a locative
    preposition (not "schreef X aan de Kamer")."""
    return [Candidate(m.start(), m.end(), m.group(), "LOC") for m in ON_RIVER.finditer(text)
            if not any(covered[m.start():m.end()]) and _word_before(text, m.start()).lower() in PLACE_CUES]


def headed_names(text: str, covered: bytearray) -> list[Candidate]:
    """A head of an organisation's or a place's name, then "van" or "voor" and a name
    (Planbureau voor de Leefomgeving, Land van Cuijk): one name, typed by its head."""
    out = []
    for m in HEAD_OF_NAME.finditer(text):
        s, e = m.span()
        kind = compound_head_type(m.group().split(" ", 1)[0].casefold())
        if kind is not None and not any(covered[s:e]):
            out.append(Candidate(s, e, m.group(), kind))
    return out


def acronym_names(text: str, covered: bytearray) -> list[Candidate]:
    """An organisation's name before its acronym in brackets, as far back as the initials
    of its capitalised words spell the acronym (Autoriteit Consument en Markt (ACM))."""
    out = []
    for m in BRACKETED_ACRONYM.finditer(text) if " (" in text else ():
        acronym, e = m.group(1), m.start()
        words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[max(0, e - 120):e]))
        offset = max(0, e - 120)
        initials = ""
        for w in reversed(words):
            word = w.group()
            if word[0].isupper():
                initials = word[0] + initials
            elif word not in _NAME_LINKS:
                break
            if initials == acronym and word[0].isupper():
                s = offset + w.start()
                if not any(covered[s:e]):
                    out.append(Candidate(s, e, text[s:e], "ORG"))
                break
            if len(initials) >= len(acronym):
                break
    return out


# an acronym before a hyphen and a lower-case noun (VN-chef, CDA-leider)
# ... unless it abbreviates a common noun (btw-tarief, ICT-bedrijf, hbo-opleiding)
NOUN_ABBREVIATIONS = frozenset("""btw ict ov hbo mbo vwo havo vmbo wo bsn aow ww zzp bbp bnp tbs gps sms dna hiv
vip ivf ic lhbti ggz""".split())
ACRONYM_COMPOUND = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]{1,4}(?=-[a-zà-ÿ])")


def acronym_compounds(text: str, covered: bytearray, generic: frozenset[str]) -> list[Candidate]:
    """The acronym that opens a compound (VN-chef, CDA-leider: the UN's chief, the party's
    leader) is a body's name: Dutch joins a name to a noun with a hyphen. ``generic``:
    acronyms that name no one (AI, CEO)."""
    return [Candidate(m.start(), m.end(), m.group(), "ORG") for m in ACRONYM_COMPOUND.finditer(text)
            if not any(covered[m.start():m.end()]) and m.group().lower() not in NOUN_ABBREVIATIONS
            and m.group().lower() not in generic]


def extra_candidates(text: str, covered: bytearray, given: frozenset[str],
                     generic: frozenset[str]) -> list[Candidate]:
    """The Dutch names the capitalised runs cut wrongly (longer than theirs, so they win)."""
    return particle_people(text, covered, given) + towns_on_rivers(text, covered) \
        + headed_names(text, covered) + acronym_names(text, covered) + acronym_compounds(text, covered, generic)


def named_compound(word: str) -> bool:
    """A name joined by a hyphen to the head of an organisation's or a place's name
    (Alfa-college, Noorder-kerk): a name, not a common compound (AI-chips)."""
    head, _, tail = word.rpartition("-")
    return bool(head) and head[0].isupper() and tail.islower() and compound_head_type(tail) is not None


def split_person_and_origin(text: str, cands: list[Candidate], given: frozenset[str]) -> list[Candidate]:
    """"X Y van McLaren", "X Y van Z": a first name and a family name, then "van" and the
    body or the town the person is from: two names (not "X van Y", a family name's particle)."""
    out = []
    for c in cands:
        words = c.text.split(" ")
        k = words.index("van", 2) if len(words) >= 4 and "van" in words[2:-1] else 0
        if k and c.type in ("PER", "MISC") and words[0].casefold() in given and words[k + 1][0].isupper() \
                and words[1][0].isupper() and words[1].casefold() not in given:
            cut = c.start + len(" ".join(words[:k]))
            rest = cut + len(" van ")
            out.append(Candidate(c.start, cut, text[c.start:cut], "PER"))
            out.append(Candidate(rest, c.end, text[rest:c.end], "MISC"))
        else:
            out.append(c)
    return out


_HYPHENED_NAME = re.compile(r"(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)+(?![\w-])")


def hyphened_place_end(text: str, end: int) -> int:
    """Where a known place's name goes on after a hyphen with a capitalised word
    (Sint-Martens-Latem, Kessel-Lo): Dutch joins the parts of a place's name so."""
    m = _HYPHENED_NAME.match(text, end)
    return m.end() if m is not None else end
