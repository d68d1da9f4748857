"""Romanian names the shared rules miss (the Romance tables keyed "ro" are in ``romance.py``).

Two spellings of one letter: Romanian writes ș and ț with a comma below (the standard
since 2003), older sources and many gazetteers with a cedilla (ş, ţ); the knowledge base
holds a town under either. The enclitic article and the genitive-dative are glued to a
name (Mureșul, Bucureștiului, Vrancei, Moldovei, Italiei): the mention keeps the ending,
the knowledge base knows the name without it. Names of bodies, buildings and landforms
are written in title case after an articled head noun (Curtea Constituțională, Stadionul
Arcul de Triumf); a lower-case noun before a name says what it is and stays outside it
(județul Alba, brutăria X); Romanian capitalises no common word inside a sentence, so a
capitalised word after a preposition of place is a place's name, and capitals alone an
acronym. A style guide's grammar and vocabulary, no list of names.
"""

from __future__ import annotations

import re

from .names import unoverlapped
from .romance import PLACE_CUES, _heads_pattern

# comma-below letters and their cedilla spellings (one for one: offsets hold)
_COMMA_BELOW = "șțȘȚ"
_TO_CEDILLA = str.maketrans(_COMMA_BELOW, "şţŞŢ")


def cedilla_spelling(text: str) -> str:
    """``text`` with ș and ț written with the cedilla, as older sources write them."""
    return text.translate(_TO_CEDILLA)


def known_hits(kb, text: str, hits: list) -> list:
    """The knowledge-base hits of ``text`` in either spelling of ș and ț: the comma
    spelling's hits, and those of the cedilla spelling where they are longer or alone
    (Timișoara, a gazetteer's Timişoara). Longest first, then leftmost, not overlapping."""
    if not any(c in text for c in _COMMA_BELOW):
        return hits
    more = kb.match(cedilla_spelling(text), "ro")
    if not more:
        return hits
    both = sorted(hits + more, key=lambda h: (h.start - h.end, h.start))
    out = unoverlapped(both, bytearray(len(text) + 1))
    out.sort(key=lambda h: h.start)
    return out


# the glued endings of a name and what its base form ends in instead, longest first:
# the genitive-dative of the feminine (Italiei <- Italia, Moldovei <- Moldova, Vrancei <-
# Vrancea, Dunării <- Dunărea), of the masculine and neuter with its article (Mureșului <-
# Mureș, Bucureștiului <- București, Iașului <- Iași, Bacăului <- Bacău), and the
# nominative's article (Mureșul <- Mureș)
_CASE_ENDINGS = (("iei", ("ia",)), ("ului", ("", "i")), ("lui", ("",)), ("ii", ("ea", "a")),
                 ("ei", ("a", "ea")), ("ul", ("",)))
_MIN_STEM = 3


def base_forms(word: str) -> list[str]:
    """The forms of the name ``word`` without a glued article or case ending, most likely
    first (none if the word has no such ending)."""
    out = []
    for ending, bases in _CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            stem = word[:-len(ending)]
            out += [stem + b for b in bases]
    return out


def lookup(kb, surface: str, quiet: bool):
    """The known entity ``surface`` names in its cedilla spelling (the comma spelling is
    looked up before), or, a place or a body, without the glued ending of its last word
    (Vrancei, the Vrancea county); None otherwise."""
    if any(c in surface for c in _COMMA_BELOW) and (ent := kb.lookup(cedilla_spelling(surface), quiet, "ro")):
        return ent
    head, _, last = surface.rpartition(" ")
    for base in base_forms(last):
        name = f"{head} {base}" if head else base
        for spelled in (name, cedilla_spelling(name)):
            if (ent := kb.lookup(spelled, True, "ro")) is not None and ent.type in ("LOC", "ORG"):
                return ent
    return None


# -- names a capitalised head noun opens ---------------------------------------------------

# Romanian writes the names of institutions, buildings and landforms in title case, a head
# noun with its article first, in the nominative or the genitive (Curtea Constituțională,
# Ministerului Transporturilor, Stadionul Arcul de Triumf, Mării Negre): the nouns a style
# guide gives as such heads, in both forms. Bodies ...
ORG_HEADS = frozenset("""
ministerul ministerului guvernul guvernului parlamentul parlamentului senatul senatului camera camerei
curtea curții tribunalul tribunalului judecătoria judecătoriei parchetul parchetului
institutul institutului agenția agenției autoritatea autorității direcția direcției
departamentul departamentului inspectoratul inspectoratului consiliul consiliului comisia comisiei
oficiul oficiului administrația administrației compania companiei societatea societății
banca băncii bursa bursei casa casei fundația fundației asociația asociației federația federației
uniunea uniunii liga ligii partidul partidului universitatea universității academia academiei
școala școlii liceul liceului colegiul colegiului facultatea facultății spitalul spitalului
clinica clinicii muzeul muzeului biblioteca bibliotecii filarmonica filarmonicii primăria primăriei
prefectura prefecturii poliția poliției jandarmeria jandarmeriei garda gărzii armata armatei
clubul clubului serviciul serviciului regia regiei sindicatul sindicatului
organizația organizației comitetul comitetului centrul centrului grupul grupului
""".split())
# ... and places: streets and squares, buildings and venues, landforms and waters
PLACE_HEADS = frozenset("""
strada străzii bulevardul bulevardului calea căii piața pieței aleea aleii șoseaua șoselei
podul podului aeroportul aeroportului gara gării portul portului stadionul stadionului arena arenei
palatul palatului cetatea cetății castelul castelului catedrala catedralei biserica bisericii
mănăstirea mănăstirii parcul parcului grădina grădinii autostrada autostrăzii
lacul lacului râul râului marea mării munții munților muntele muntelui valea văii delta deltei
insula insulei peninsula peninsulei golful golfului canalul canalului fâșia fâșiei
republica republicii regatul regatului statele statelor emiratele emiratelor principatul principatului
""".split())
HEADS = {**dict.fromkeys(PLACE_HEADS, "LOC"), **dict.fromkeys(ORG_HEADS, "ORG")}
# heads that name the country's one body of that kind alone, with a capital (style guides:
# Guvernul, Senatul, Parlamentul, Președinția), where no sentence starts
LONE_HEADS = frozenset("""guvernul guvernului senatul senatului parlamentul parlamentului
președinția președinției""".split())

_CAP_WORD = r"[A-ZĂÂÎȘȚŞŢÀ-ÖØ-Þ][\w'’-]*"
# after the head: capitalised words, a quoted name („Ștefan cel Mare”), a school's number
# (nr. 3) and a number before a word (Piața 22 Decembrie), each maybe after de, și,
# pentru, or the genitive's article a, al, ale (Banca Națională a României)
_NAME_PART = rf"(?:{_CAP_WORD}|„[^„”\n]{{1,40}}”|nr\. ?\d{{1,4}}|\d{{1,4}}(?= {_CAP_WORD}))"
_JOIN = r"(?: (?:de|și|pentru|a|al|ale) | )"
_TAIL = re.compile(rf"(?:{_JOIN}{_NAME_PART})+")
_TAIL_PART = re.compile(rf"{_JOIN}({_NAME_PART})")
# capitalised words of the running text that open no part of a name's tail
_NO_TAIL = frozenset("În La Pe Din De Cu Și Iar Dar Care Ce A Al Ale Un O Este Sunt".split())


_HEAD_AT = _heads_pattern(HEADS)   # (a tree of prefixes after each capital: fast)
# an acronym before a place's name, maybe hyphened to another's: a body's county or city
# branch (ISU Cluj, DSP Iași, IPJ Vaslui; ISU București-Ilfov)
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,5}) \Z")
_HYPHENED_PLACE = re.compile(r"-[A-ZĂÂÎȘȚ][\w]*")
# a cardinal point after a place's name makes a region's (Europa de Vest, Africa de Sud)
_COMPASS_AFTER = re.compile(r" de (?:Nord|Sud|Est|Vest)(?![\w-])")


def _tail_end(text: str, pos: int, end: int) -> int:
    """Where a head's name ends: before a word of the running text (_NO_TAIL) that the
    pattern took."""
    last = pos
    for w in _TAIL_PART.finditer(text, pos, end):
        if w.start() != last or w.group(1) in _NO_TAIL:
            break
        last = w.end()
    return last


def _mid_sentence(text: str, s: int) -> bool:
    """A capital at ``s`` after a lower-case word or a comma: no sentence start explains it."""
    return s >= 2 and text[s - 1] == " " and (text[s - 2].islower() or text[s - 2] == ",")


def headed_names(text: str, hits: list) -> tuple[list, list[tuple[int, int, str]]]:
    """Names a capitalised head opens, with the capitalised words, quoted names and
    de-phrases after it (Direcția Regională de Drumuri și Poduri Brașov, Universitatea
    „Ștefan cel Mare”, Piața 22 Decembrie), or a lone body's head mid-sentence (Senatului);
    the type the head's. Returns the knowledge-base hits kept (a known name inside a
    longer one is no mention of its own: Tribunalul București) and the names found, as
    (start, end, type); and the known people's names a place's noun before makes places
    (strada Avram Iancu)."""
    named = []
    for m in _HEAD_AT.finditer(text):
        s = m.start()
        if s and (text[s - 1].isalnum() or text[s - 1] in "'’-"):
            continue
        tail = _TAIL.match(text, m.end())
        e = _tail_end(text, m.end(), tail.end()) if tail is not None else m.end()
        if e <= m.end() and not (m.group().lower() in LONE_HEADS and _mid_sentence(text, s)):
            continue
        if not any(h.start <= s and e <= h.end for h in hits):   # (a known name the same or longer)
            named.append((s, e, HEADS[m.group().lower()]))
    named += _around_known(text, hits)
    if named:
        hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e, _ in named)]
    return hits, named


# -- what the words before an unknown name say it is ---------------------------------------

# lower-case nouns (capitalised only at a sentence start) that say what the name after them
# names and are no part of it: units of government and settlements, waters, streets ...
PLACE_NOUNS = frozenset("""
județul județului județele comuna comunei comunele orașul orașului orașele municipiul municipiului
satul satului satele cătunul cătunului localitatea localității localitățile stațiunea stațiunii
cartierul cartierului cartierele raionul raionului regiunea regiunii provincia provinciei statul
râul râului râurile pârâul pârâului lacul lacului insula insulei strada străzii bulevardul bulevardului
""".split())
# ... and a firm's, a shop's or a team's kind (brutăria X, atelierul de croitorie X, echipa X)
ORG_NOUNS = frozenset("""
firma firmei compania companiei grupul grupului rețeaua rețelei lanțul lanțului producătorul
producătorului operatorul operatorului retailerul retailerului cooperativa cooperativei
brutăria brutăriei patiseria patiseriei cofetăria cofetăriei atelierul atelierului magazinul
magazinului restaurantul restaurantului ferma fermei editura editurii ziarul ziarului cotidianul
cotidianului echipa echipei clubul clubului formația formației trupa trupei
""".split())
_NOUN_KIND = {**dict.fromkeys(PLACE_NOUNS, "LOC"), **dict.fromkeys(ORG_NOUNS, "ORG")}
# the noun right before the name, or before one lower-case adjective (echipa comunală X) or
# a de-phrase (atelierul de croitorie X)
_NOUN_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+) \Z")
_NOUN_BEFORE_QUALIFIER = re.compile(r"(?<![\w-])([^\W\d_]+)(?: de [a-zăâîșț]{3,}| [a-zăâîșț]{4,}) \Z")
_RO_PLACE_CUES = PLACE_CUES["ro"]
# a place's name after one of these is no person's (din Alba Iulia, spre Sfântu Gheorghe)
_STRONG_PLACE_CUES = frozenset(("din", "în", "spre", "lângă"))
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+) \Z")
# a cue before the first of two names joined by "și" types the second too (în Bratca și X)
_CUE_AND = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_RO_PLACE_CUES)) + r") [A-ZĂÂÎȘȚ][\w-]* și \Z",
                      re.IGNORECASE)


def noun_before(text: str, start: int) -> str | None:
    """"LOC" or "ORG" when a noun before the name at ``start`` says what it is: județul
    |Alba, în cartierul |Tătărași, brutăria |X, atelierul de croitorie |X; else None."""
    if start < 3 or text[start - 1] != " ":
        return None
    for pattern in (_NOUN_BEFORE, _NOUN_BEFORE_QUALIFIER):
        m = pattern.search(text, max(0, start - 40), start)
        if m is not None and (kind := _NOUN_KIND.get(m.group(1).lower())) is not None:
            return kind
    return None


def place_cue_before(text: str, start: int) -> str | None:
    """The preposition of place right before the name at ``start`` (la, în, din, spre,
    lângă, peste), or before the name "și" joins it to; else None."""
    if start < 3 or text[start - 1] != " ":
        return None
    m = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
    if m is None:
        return None
    word = m.group(1).lower()
    if word in _RO_PLACE_CUES:
        return word
    if word == "și" and (and_m := _CUE_AND.search(text, max(0, start - 48), start)) is not None:
        return and_m.group().split(" ", 1)[0].lower()
    return None


def noun_kind(low: str) -> str | None:
    """The type the lower-cased noun ``low`` gives the name after it (PLACE_NOUNS,
    ORG_NOUNS), else None: Patiseria |X at a sentence start."""
    return _NOUN_KIND.get(low)


def named_by_cue(text: str, start: int, word: str = "") -> bool:
    """Is the capitalised word at ``start`` a name even if it is a common word as well:
    after a noun that says what it is (județul Alba) or a preposition of place (de la
    Vama), or an acronym (PSD)? Romanian capitalises no common noun inside a sentence."""
    if word.isupper():
        return acronym(text, start, word)
    return noun_before(text, start) is not None or place_cue_before(text, start) is not None


def run_type(text: str, start: int, words: list[str], etype: str, given: frozenset[str],
             common: frozenset[str]) -> str:
    """The type of a capitalised run of ``words`` at ``start`` that a noun before it gives
    (strada Avram Iancu, a street; cartierul Malu Roșu), or a preposition of place, or
    its shape (a name in the Hungarian order, a brand's inner capital), else ``etype``."""
    if (kind := noun_before(text, start)) is not None:
        return kind
    if etype == "MISC" and brand_shaped(words):
        return "ORG"   # (investește în ClarVox: the shape says more than the preposition)
    if etype in ("MISC", "PER") and (cue := place_cue_before(text, start)) is not None \
            and (etype == "MISC" or cue in _STRONG_PLACE_CUES):
        return "LOC"
    if etype == "MISC" and hungarian_order(words, given, common):
        return "PER"
    return etype


def _around_known(text: str, hits: list) -> list[tuple[int, int, str]]:
    """Names a known name stands in: a person's after a place's noun names that place
    (strada Avram Iancu, a street); a place's with a cardinal point after "de" a region
    (Europa de Vest); an acronym's before it a body's branch there (ISU Cluj); two places
    joined by "de" one town (Santiago de Compostela); a firm's with the country after it
    its branch there (Kaufland România)."""
    out = []
    for i, h in enumerate(hits):
        kind = h.entity.type
        if kind == "PER" and noun_before(text, h.start) == "LOC":
            out.append((h.start, h.end, "LOC"))
        elif kind == "LOC" and (m := _COMPASS_AFTER.match(text, h.end)) is not None:
            out.append((h.start, m.end(), "LOC"))
        elif kind == "LOC" and (unit := _ACRONYM_BEFORE.search(text, max(0, h.start - 7), h.start)) is not None \
                and acronym(text, unit.start(), unit.group(1)):
            end = h.end if (more := _HYPHENED_PLACE.match(text, h.end)) is None else more.end()
            out.append((unit.start(), end, "ORG"))
        elif i + 1 < len(hits) and (nxt := hits[i + 1]).entity.type == "LOC":
            gap = text[h.end:nxt.start]
            if kind == "LOC" and gap == " de ":
                out.append((h.start, nxt.end, "LOC"))
            elif kind == "ORG" and gap == " " and nxt.entity.id.startswith("country-"):
                out.append((h.start, nxt.end, "ORG"))
    return out


# -- acronyms, people's names in the Hungarian order, firms' inner capitals -------------------

# abbreviations of common nouns, written in capitals (a style guide's list): no names
COMMON_ABBREVIATIONS = frozenset("""TVA PIB ONG CNP SRL SA PFA IMM UTC ADN ARN HIV SIDA SUV GPS PDF CEO CV TV
PC IT UV LED USB SMS OK ATI BAC""".split())
# Roman numerals (secolul XX) and credit ratings (BBB, AA)
_NUMERAL_OR_RATING = re.compile(r"[IVXLC]+|A{1,3}|B{1,3}|C{1,3}")


def acronym(text: str, start: int, word: str) -> bool:
    """An organisation's acronym: a word of 2 to 5 capitals inside a sentence (PSD, ANAF),
    not a Roman numeral (secolul XX), a credit rating nor a common noun's abbreviation
    (TVA, PIB). Romanian writes no common word in capitals, however frequent the acronym
    is in news (the word lists hold many)."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper() and word not in COMMON_ABBREVIATIONS \
        and not _NUMERAL_OR_RATING.fullmatch(word) and start >= 2 and text[start - 1] == " " \
        and (text[start - 2].islower() or text[start - 2] == ",")


def hungarian_order(words: list[str], given: frozenset[str], common: frozenset[str]) -> bool:
    """Two words, a family name then a first name: how Hungarian names are written, and
    Romanian news writes its Hungarian speakers' names so (Kovács Anna)."""
    return len(words) == 2 and words[1].lower() in given and words[0].lower() not in given \
        and words[0].lower() not in common and words[0][1:].islower()


# particles of family names that a capital follows inside the word (McCarthy, DiCaprio)
_NAME_PREFIXES = ("Mc", "Mac", "Di", "De", "Da", "Du", "Le", "La", "Van", "Von", "O'", "O’", "D'", "D’")
_INNER_CAPITAL = re.compile(r"[a-zăâîșț][A-Z]")


def brand_shaped(words: list[str]) -> bool:
    """A firm's name by its shape: a capital inside its first word after a lower-case
    letter (a brand's compound, SoftBank), not a family name's particle (McCarthy)."""
    first = words[0]
    return _INNER_CAPITAL.search(first) is not None and not first.startswith(_NAME_PREFIXES)
