"""Swedish names (``sv``): what Swedish grammar and press style say about them.

Swedish, like Dutch, capitalises only names (not the adjectives of places and peoples,
nor days, months, titles: "amerikanska Lyten", "statsminister X"), so a capitalised word
inside a sentence is a name even when wordfreq's list holds it lower-cased (lund, boden,
skellefteå: the list keeps the commonest names). What kind of name it is, the grammar
tells:

* a compound's last part says what it names (Drottninggatan, Umeälven, Ölandsbron,
  Ekobrottsmyndigheten, Vårdförbundet), in the definite form Swedish gives such names,
  and with the genitive -s glued on (Försvarsmaktens);
* an official name of several words is a capitalised word or two and a lower-case head
  noun (Karolinska institutet, Högsta domstolen, Stockholms tingsrätt, Mora lasarett,
  Tierps kyrka): the head, lower-case, is part of the name and says its kind (the
  definite "kyrkan" a church as a body, the indefinite "kyrka" a building);
* a definite common noun before a name says what it is, lower-case inside the sentence
  (sjön X, byn X, skivbutiken X) and capitalised at its start (Flygbolaget X), where it
  is no part of the name;
* an acronym that opens or ends a name makes it an organisation's (X IF, X AIK, X AB,
  PRO X), and so does "&" between capitalised words (X & Söner);
* a name after a preposition of place (i, från, vid, utanför, mellan, norr om) is a
  place, and so is the next one in a list (från X och Y);
* a politician's party stands in brackets after the name, as its letters (X Y (S)).

``headed_names`` finds the official names a lower-case head closes, over the knowledge
base's hits (Stockholms tingsrätt, not Stockholm); ``run_candidates`` types a run of
capitalised words; ``lone_name`` keeps a lone word the general rules would drop as an
everyday one. General vocabulary of a grammar book, no names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .kb import common_words
from .names import unoverlapped


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- vocabulary -------------------------------------------------------------------------------

# last parts of compounds that name an organisation (definite forms, as names take them:
# Ekobrottsmyndigheten, Utrikesdepartementet, Vårdförbundet, Sametinget, Säkerhetspolisen)
ORG_ENDS = ("myndigheten", "verket", "institutet", "departementet", "föreningen", "förbundet", "partiet",
            "tinget", "rätten", "domstolen", "polisen", "makten", "sällskapet", "bolaget", "banken", "rådet",
            "nämnden", "kommissionen", "styrelsen", "inspektionen", "kassan", "skolan", "universitetet",
            "högskolan", "sjukhuset", "lasarettet", "kliniken", "akademien", "församlingen", "centralen",
            "byrån", "koncernen", "klubben", "stiftelsen", "fonden", "förlaget", "gymnasiet", "riksdagen",
            "regeringen", "kansliet", "ombudsmannen", "åklagarmyndigheten", "organisationen", "unionen")
# ... and a place: streets, squares, waters, islands, landforms, regions, bridges, buildings
LOC_ENDS = ("gatan", "gata", "vägen", "torget", "gränd", "gränden", "allén", "leden", "stigen", "backen", "platsen",
            "parken", "bron", "hamnen", "älven", "ån", "sjön", "viken", "fjärden", "sundet", "ön", "öarna",
            "holmen", "udden", "berget", "fjället", "dalen", "skogen", "regionen", "land", "landet",
            "kyrkan", "slottet", "arenan", "stadion", "kanalen", "halvön", "hav", "havet", "by", "byn")
# lower-case heads that close an official name of several words (Karolinska institutet,
# Stockholms tingsrätt, Mora lasarett), or end it as the last part of a compound
# (Statistiska centralbyrån, Internationella brottmålsdomstolen, Malungs folkhögskola)
ORG_HEAD_NOUNS = _words("""stad kommun sameby kyrkan landsting universitet universitetet institut institutet""")
# ... also as the last part of a compound (tingsrätt, folkhögskola, centralbyrån, brottmålsdomstolen)
ORG_HEAD_ENDS = ("rätt", "rätten", "domstolen", "högskola", "högskolan", "skola", "skolan", "sjukhus", "sjukhuset",
                 "lasarett", "lasarettet", "byrån", "myndigheten", "verket", "departementet", "förbundet",
                 "föreningen", "akademien", "gymnasium", "församling", "institutet")
LOC_HEAD_NOUNS = _words("kyrka kapell by kloster slott huset torget torg län socken hamn gård")

# words that open the name of a body and belong to it (Region X: the county's council)
ORG_OPENERS = _words("region vårdcentralen")

# definite common nouns before a name that say its kind (sjön X, byn X, Flygbolaget X);
# as the last part of a compound too (skivbutiken, betalbolaget, pensionärsföreningen), and
# the trades' nouns in -eri, -ori (snickeriet, bageriet, konditoriet)
ORG_KINDS = ("bolaget", "företaget", "firman", "butiken", "affären", "kaféet", "caféet", "restaurangen",
             "föreningen", "förbundet", "klubben", "laget", "tidningen", "kedjan",
             "koncernen", "banken", "partiet", "organisationen", "smedjan", "varvet", "eriet", "oriet")
LOC_KINDS = ("sjön", "byn", "staden", "orten", "kommunen", "stadsdelen", "stadsdelarna", "ön", "älven", "ån",
             "berget", "fjället", "länet", "landskapet", "socknen", "tätorten", "förorten", "området",
             "gatan", "vägen", "torget", "regionen", "landet", "halvön", "viken", "fjärden")

# prepositions after which a name of unknown kind is a place (i Lund, från Sälen, vid
# Emån, utanför Varberg); "om" after a compass word (norr om X, nordväst om X)
PLACE_PREPOSITIONS = _words("i från vid utanför nära mellan kring runt inom till via genom ur över förbi")
COMPASS = _words("""norr söder öster väster nordost nordväst sydost sydväst nordöst sydöst""")
# ... and "på", which Swedish uses of islands, districts and streets (på Södermalm, på
# Götgatan): a lone name only (people follow it too: "väntar på X Y")
LONE_PLACE_PREPOSITIONS = _words("på")

# titles and role nouns before a person's name (a grammar's list, lower-case in Swedish;
# capitalised at a sentence's start and in the definite form: Kronprinsessan X)
PERSON_TITLES = _words("""
kung kungen drottning drottningen prins prinsen prinsessan kronprinsessan kronprinsen
statsminister statsministern minister ministern president presidenten talman talmannen
ordförande ledare ledaren språkrör språkröret partiledare partiledaren vd chef chefen
rektor rektorn biskop biskopen ärkebiskop ärkebiskopen präst prästen kyrkoherde kyrkoherden
professor professorn doktor docent överläkare överläkaren läkare läkaren åklagare åklagaren
domare domaren advokat advokaten polis polisen kommissarie kommissarien general generalen
tränare tränaren förbundskapten förbundskaptenen kapten kaptenen
""")
# the last parts of compounds that name a role (utrikesminister, försvarsminister,
# kammaråklagare, klubbchefen, barnmorskan, lantbrukare, butiksägaren)
PERSON_ENDS = ("minister", "ministern", "ordförande", "chef", "chefen", "åklagare", "åklagaren", "läkare",
               "läkaren", "ägare", "ägaren", "ledare", "ledaren", "tränare", "tränaren", "rektor", "sekreterare",
               "direktör", "direktören", "ansvarig", "ansvariga", "forskare", "forskaren", "brukare", "bonde",
               "bonden", "smed", "smeden", "handlare", "handlaren", "innehavare", "innehavaren", "morskan",
               "skötare", "sköterskan", "sköterska", "fotografen", "författaren", "journalisten", "reportern",
               "spelaren", "anfallaren", "försvararen", "målvakten", "åkaren", "löparen", "sångerskan",
               "sångaren", "artisten", "konstnären", "aktivisten", "talespersonen", "pressekreteraren",
               "kommunalråd", "kommunalrådet", "ledamot", "ledamoten")

# acronyms of common nouns (Swedish writes most in lower case, some in capitals): no name
NOUN_ACRONYMS = _words("vd tv it ai pr id sms bnp kpi kpif moms usb dna hiv cv ok vm em os")

_CAP = r"[A-ZÅÄÖÉÜ][\w’'-]*"


@dataclass(frozen=True, eq=False)
class Grammar:
    """A mainland Scandinavian language's vocabulary for the rules of this module: Swedish's
    by default; Danish (``danish.py``) and Norwegian (``norwegian.py``) pass their own, as
    the grammar of names is the same. The fields after ``capitals`` are a language's own
    turns of that grammar, off (Swedish's behaviour) by default."""
    code: str
    org_ends: tuple[str, ...]
    loc_ends: tuple[str, ...]
    org_head_nouns: frozenset[str]
    org_head_ends: tuple[str, ...]
    loc_head_nouns: frozenset[str]
    org_openers: frozenset[str]
    org_kinds: tuple[str, ...]
    loc_kinds: tuple[str, ...]
    place_prepositions: frozenset[str]
    compass: frozenset[str]
    lone_place_prepositions: frozenset[str]
    person_titles: frozenset[str]
    person_ends: tuple[str, ...]
    noun_acronyms: frozenset[str]
    compass_preposition: str = "om"          # norr om X
    list_joiners: tuple[str, ...] = ("och", "eller")
    acronym_skips: frozenset[str] = _words("för och i av på med om till mot samt den det de")
    firm_adjective_end: str | None = "ska"   # amerikanska X: a firm (None: no such rule)
    numbered_road: str | None = r"(?:riksväg|länsväg|europaväg)"
    road_cue: str = "väg "
    capital: str = _CAP                      # a capitalised word
    head: str = r"[a-zåäöé]+"                 # the head noun closing an official name
    capitals: str = "A-ZÅÄÖ"                  # the letters of an acronym
    party_letters: int = 2                   # the most letters of a party in brackets: X Y (KD)
    false_heads: tuple[str, ...] = ()        # words that only end like a head (forslag: no -lag)
    kind_noun_shortest: int = 0              # letters before a kind noun ending a compound
    compass_opens_names: bool = False        # Sørlandet: a compass word opening it makes a name, no kind noun
    opening_body_ends: tuple[str, ...] = ()  # a body's head compound opening its name ends so (Sykehuset X)
    run_type: Callable | None = None         # the language's own run_type(text, toks, g), called for this module's
    headed_names: Callable | None = None     # ... and headed_names(text, g)

    @cached_property
    def all_ends(self) -> frozenset[str]:
        return frozenset(self.org_ends + self.loc_ends)

    @cached_property
    def compass_starts(self) -> tuple[str, ...]:
        return tuple(sorted(self.compass))


SWEDISH = Grammar("sv", ORG_ENDS, LOC_ENDS, ORG_HEAD_NOUNS, ORG_HEAD_ENDS, LOC_HEAD_NOUNS, ORG_OPENERS, ORG_KINDS,
                  LOC_KINDS, PLACE_PREPOSITIONS, COMPASS, LONE_PLACE_PREPOSITIONS, PERSON_TITLES, PERSON_ENDS,
                  NOUN_ACRONYMS)

_SENT_END = set(".!?:;\"“”„«»()[]\n\r\t|•·–—…")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+\Z")


# -- small helpers ------------------------------------------------------------------------------

def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \u00a0":
        j -= 1
    return j < 0 or text[j] in _SENT_END


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


@lru_cache(maxsize=4)
def _lists(code: str = "sv"):
    cw = common_words()
    return cw.get(code), cw.function_words(code), cw.given_for(code)


def _ends_in(low: str, ends: tuple[str, ...], shortest: int = 3) -> bool:
    """``low`` is one of ``ends`` or a compound ending in one (``shortest`` letters or more
    before it)."""
    return any(low == end or low.endswith(end) and len(low) >= len(end) + shortest for end in ends)


def _bare(low: str) -> str:
    """A word without the glued genitive -s (Försvarsmaktens -> försvarsmakten)."""
    return low[:-1] if low.endswith("s") and len(low) > 4 and not low.endswith("ss") else low


@lru_cache(maxsize=16384)
def compound_kind(low: str, g: Grammar = SWEDISH) -> str | None:
    """"ORG" or "LOC" when a lower-cased word (maybe with the genitive -s) is, or ends as a
    compound in, a head of an organisation's or a place's name (Nygata: two letters do)."""
    if g.false_heads and low.endswith(g.false_heads):
        return None   # (a word that only ends like a head: Norwegian forslag, not -lag)
    for word in (low, _bare(low)):
        if _ends_in(word, g.org_ends, 2):
            return "ORG"
        if _ends_in(word, g.loc_ends, 2):
            return "LOC"
    return None


def _kind_noun(low: str, g: Grammar = SWEDISH) -> str | None:
    """The kind a definite common noun gives the name after it (sjön, skivbutiken)."""
    if g.compass_opens_names and low.startswith(g.compass_starts):
        return None   # (Norwegian Sørlandet, Vestlandet: a region's name, no common noun)
    if _ends_in(low, g.org_kinds, g.kind_noun_shortest):
        return "ORG"
    if _ends_in(low, g.loc_kinds, g.kind_noun_shortest):
        return "LOC"
    return None


def _acronym(word: str, g: Grammar = SWEDISH) -> bool:
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha() and word.lower() not in g.noun_acronyms


def _person_word(low: str, g: Grammar = SWEDISH) -> bool:
    return low in g.person_titles or _ends_in(low, g.person_ends)


def _place_cue(text: str, start: int, lone: bool, g: Grammar = SWEDISH) -> bool:
    """A preposition of place right before ``start`` (i X, norr om X; på X for a lone
    word)."""
    before = _word_before(text, start).lower()   # (Vid X, I X at a sentence's start)
    if before in g.place_prepositions or lone and before in g.lone_place_prepositions:
        return True
    if before == g.compass_preposition:
        m = _WORD_BEFORE.search(text, max(0, start - 60), start - len(before) - 1)
        return m is not None and m.group(1).lower() in g.compass
    return False


def _place_list_before(text: str, start: int, g: Grammar = SWEDISH) -> bool:
    """"från X och |Y", "i X, |Y": the name closes a list a preposition of place opens."""
    words = text[max(0, start - 60):start].split()
    if len(words) < 3 or words[-1] not in g.list_joiners and not words[-1].endswith(","):
        return False
    rest = words[:-1] if words[-1] in g.list_joiners else words
    for w in reversed(rest):
        w = w.rstrip(",")
        if not w[:1].isupper() and w not in g.loc_head_nouns:   # (mellan X by och |Y)
            return w in g.place_prepositions
    return False


# -- runs of capitalised words (candidates.latin_candidates) --------------------------------------

def _shape_kind(toks: list, g: Grammar = SWEDISH) -> str | None:
    """The kind the run's own words give it: an acronym that opens or ends it, a body's
    opening word, the head its last compound ends in."""
    words = [t[2] for t in toks]
    lows = [t[3] for t in toks]
    if len(words) >= 2 and (_acronym(words[0], g) or _acronym(words[-1], g) or lows[0] in g.org_openers):
        return "ORG"   # PRO X, X IF, X AIK, X AB, Region X: a body's letters or its head
    if (kind := compound_kind(lows[-1], g)) is not None:
        return kind   # the last word's head (Haga Nygata; not Kommunalrådet X Y, a title)
    if len(words) == 1 and _acronym(words[0], g):
        return "ORG"   # an acronym in running text is most often a body's
    first = lows[0]
    if g.opening_body_ends and len(words) >= 2 and first.endswith(g.opening_body_ends) \
            and not first.endswith("s") and compound_kind(first, g) == "ORG":
        return "ORG"   # (Norwegian Sykehuset X: a body's definite head compound opens its name)
    return None


def run_type(text: str, toks: list, g: Grammar = SWEDISH) -> str | None:
    """The kind of the name the run ``toks`` (start, end, word, lower-cased) makes inside
    a sentence, or None when nothing says."""
    if (kind := _shape_kind(toks, g)) is not None:
        return kind
    common, _, given = _lists(g.code)
    lows = [t[3] for t in toks]
    s = toks[0][0]
    before = _word_before(text, s)
    if before and _person_word(before.lower(), g) \
            and (before.islower() or _sentence_start(text, s - len(before) - 1)):
        return "PER"   # statsminister X Y, Kronprinsessan X
    if before.islower() and (kind := _kind_noun(before, g)) is not None:
        return kind   # sjön X, skivbutiken X
    personal = lows[0] in given
    if not (personal and len(lows) >= 2) \
            and (_place_cue(text, s, len(lows) == 1, g) or _place_list_before(text, s, g)):
        return "LOC"   # i X, utanför X, från X och Y
    adjective = g.firm_adjective_end
    if adjective and len(lows) == 1 and before.islower() and before.endswith(adjective) and len(before) > 4 \
            and not personal:
        return "ORG"   # amerikanska X: a firm (a person takes "amerikanske X", "amerikanska sångerskan X")
    if len(lows) >= 2 and lows[0] in common and not personal:
        return "ORG"   # Svensk X, Unga X: a capitalised everyday word opens a body's name
    return None


def run_candidates(text: str, toks: list, g: Grammar = SWEDISH) -> list[tuple[int, int, str]] | None:
    """The names in a run of capitalised words of a Swedish text as (start, end, type), or
    None to leave the run to the general rules. A definite common noun opening the
    sentence before a name (Flygbolaget X, Kronprinsessan X) is no part of it and types it;
    a preposition opening it (Vid X, I X) is a cue, as inside the sentence."""
    common, function, given = _lists(g.code)
    s, e = toks[0][0], toks[-1][1]
    if text.startswith(")", e) and text.endswith("(", 0, s) and len(toks) == 1:
        return [(s, e, "MISC")]   # Säkerhetspolisen (Säpo): the name's short form, joined to it later
    initial = _sentence_start(text, s)
    forced = None
    if initial and len(toks) >= 2 and toks[0][3] not in given:
        if (kind := _kind_noun(toks[0][3], g)) is not None or _person_word(toks[0][3], g):
            forced, toks, initial = kind or "PER", toks[1:], False
        elif toks[0][3] in function:
            toks, initial = toks[1:], False
    elif initial and len(toks) == 1 and (_kind_noun(toks[0][3], g) or _person_word(toks[0][3], g)) \
            and text.startswith(" ", e) and text[e + 1:e + 2].isupper():
        return []   # Betalbolaget | Klarna: the noun before a known name
    s, e = toks[0][0], toks[-1][1]
    if len(toks) == 1 and (toks[0][3] in g.noun_acronyms or toks[0][3] in common_words().calendar):
        return []
    if initial:
        kind = _shape_kind(toks, g)
        lone_exact = len(toks) == 1 and (_bare(toks[0][3]) in g.all_ends or toks[0][3] in g.all_ends)
        if kind is not None and not lone_exact:
            return [(s, e, kind)]   # Frölunda HC, Hyresgästföreningen (not Polisen, Regeringen)
        return None   # an everyday word opens the sentence: the general rules read it
    kind = (g.run_type or run_type)(text, toks, g) or forced
    if kind is None:
        return None if len(toks) >= 2 else [(s, e, "MISC")]
    return [(s, e, kind)]


def lone_name(text: str, start: int, word: str, g: Grammar = SWEDISH) -> bool:
    """A lone capitalised word inside a sentence is a name, even one the word list holds
    (i Lund, från Boden), unless it abbreviates a common noun (VD, TV)."""
    return not _sentence_start(text, start) and word.lower() not in g.noun_acronyms \
        and word.lower() not in common_words().calendar


# -- official names a lower-case head closes (before the knowledge base's hits) ----------------------

@lru_cache(maxsize=4)
def _patterns(g: Grammar) -> dict[str, re.Pattern]:
    """The grammar's regular expressions, compiled once."""
    cap = g.capital
    return {
        "headed": re.compile(rf"(?<![\w’'-]){cap}(?: {cap})? ({g.head})(?![\w’'-])"),
        # a politician's party after the name, in brackets, as its letters: X Y (S), X Y (KD)
        "party": re.compile(rf"{cap} {cap} \(([{g.capitals}]{{1,{g.party_letters}}})\)"),
        # capitalised words joined by "&": a firm's name (X & Söner, Vinyl & Vänner)
        "ampersand": re.compile(rf"(?<![\w’'-]){cap}(?: {cap})* & {cap}(?: {cap})*"),
        # capitalised words after a place's name, in one run: a body named after the place
        # (X HC, X Rovdjurspark, X Tidningar); the run's next word
        "cap_after": re.compile(rf" ({cap}(?: {cap})*)"),
        "bracketed_acronym": re.compile(rf" \(([{g.capitals}]{{2,6}})\)"),
        # a road's number after its kind (riksväg 45, länsväg 226, europaväg 4): a place
        "road": re.compile(rf"(?<![\w-]){g.numbered_road} \d{{1,3}}(?!\d)") if g.numbered_road else None,
    }


def _head_kind(low: str, g: Grammar = SWEDISH) -> str | None:
    """The kind a lower-case head noun (maybe in the genitive: Svenska kyrkans) gives the
    capitalised words before it."""
    for word in (low, _bare(low)):
        if word in g.org_head_nouns or _ends_in(word, g.org_head_ends):
            return "ORG"
        if word in g.loc_head_nouns:
            return "LOC"
    return None


def headed_names(text: str, g: Grammar = SWEDISH) -> list[tuple[int, int, str]]:
    """"Karolinska institutet", "Stockholms tingsrätt", "Tierps kyrka": capitalised words
    and a lower-case head noun, one name of the head's kind. At a sentence's start a
    function word is no part of it (Vid | Mora lasarett), nor a word that opens no name
    there (not "Alla sjukhus")."""
    out = []
    _, function, _ = _lists(g.code)
    for m in _patterns(g)["headed"].finditer(text):
        kind = _head_kind(m.group(1).lower(), g)
        if kind is None:
            continue
        s = m.start()
        first = m.group().split(" ", 1)[0]
        if _sentence_start(text, s) and (first.lower() in function or _kind_noun(first.lower(), g)):
            if m.group().count(" ") < 2:
                continue
            s += len(first) + 1
        out.append((s, m.end(), kind))
    return out


def _spelled_out(text: str, g: Grammar = SWEDISH) -> list[tuple[int, int, str]]:
    """A body's name of several words, lower-case after its first, that the acronym in
    brackets after it abbreviates (Myndigheten för samhällsskydd och beredskap (MSB)):
    Swedish writes only a name's first word with a capital."""
    out = []
    for m in _patterns(g)["bracketed_acronym"].finditer(text):
        acronym, end = m.group(1), m.start()
        words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[max(0, end - 120):end]))[::-1]
        initials, n = "", 0
        for w in words[:10]:
            word = w.group()
            n += 1
            if word.lower() not in g.acronym_skips:
                initials = word[0].upper() + initials
            if not acronym.endswith(initials):
                break
            if initials == acronym:
                if word[0].isupper() and n >= 2:
                    out.append((max(0, end - 120) + w.start(), end, "ORG"))
                break
    return out


def _marked_names(text: str, g: Grammar = SWEDISH) -> list[tuple[int, int, str]]:
    """Parties in brackets, bodies their acronyms spell out, names joined by "&"
    (organisations); numbered roads (places)."""
    out = []
    patterns = _patterns(g)
    if " (" in text:
        out += [(m.start(1), m.end(1), "ORG") for m in patterns["party"].finditer(text)]
        out += _spelled_out(text, g)
    if patterns["road"] is not None and g.road_cue in text:
        out += [(m.start(), m.end(), "LOC") for m in patterns["road"].finditer(text)]
    if " & " in text:
        for m in patterns["ampersand"].finditer(text):
            s, first = m.start(), m.group().split(" ", 1)[0].lower()
            if _sentence_start(text, s) and (_kind_noun(first, g) or first in _lists(g.code)[0]):
                s += len(first) + 1   # Konditoriet | X & Y: the noun before the name
            if not text.startswith("&", s):
                out.append((s, m.end(), "ORG"))
    return out


def _bodies_after_places(text: str, hits: list, g: Grammar = SWEDISH) -> list[tuple[int, int, str]]:
    """A known place, then capitalised words of no person's (Frölunda HC, Sala Handel,
    Dalarnas Tidningar, Region X): one name, an organisation's unless its head says a
    place's (Haga Nygata)."""
    out = []
    _, _, given = _lists(g.code)
    cap_after = _patterns(g)["cap_after"]
    starts = {h.start: h for h in hits}
    for h in hits:
        if h.entity.type != "LOC":
            continue
        m = cap_after.match(text, h.end)
        if m is None or (nxt := starts.get(m.start(1))) is not None and nxt.entity.type == "PER":
            continue
        words = m.group(1).split()
        if words[0].lower() in given or len(words) > 3:
            continue
        s = h.start
        before = _word_before(text, s)
        if before and before.lower() in g.org_openers and before[0].isupper():
            s -= len(before) + 1
        toks = [(0, 0, w, w.lower()) for w in text[s:m.end()].split()]
        out.append((s, m.end(), _shape_kind(toks, g) or "ORG"))
    for h in hits:   # Region X: the county's council
        before = _word_before(text, h.start)
        if h.entity.type == "LOC" and before.lower() in g.org_openers and before[0].isupper():
            out.append((h.start - len(before) - 1, h.end, "ORG"))
    return out


def swedish_named(text: str, hits: list, g: Grammar = SWEDISH) -> tuple[list, list[tuple[int, int, str, None]]]:
    """The knowledge base's hits less those inside a name Swedish grammar finds whole, and
    those names as (start, end, type, None) (extract's hook, as ``turkish_named``):
    official names a head closes, bodies named after a place, parties, firms with "&"."""
    named = (g.headed_names or headed_names)(text, g) + _marked_names(text, g) + _bodies_after_places(text, hits, g)
    if not named:
        return hits, []
    named.sort(key=lambda n: (n[0] - n[1], n[0]))   # (longest first, none overlapping)
    taken = bytearray(len(text) + 1)
    kept = [(s, e, kind, None) for s, e, kind in unoverlapped(named, taken)]
    hits = [h for h in hits if not any(taken[h.start:h.end])]
    return hits, kept
