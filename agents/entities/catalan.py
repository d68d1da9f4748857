"""Catalan names the shared rules miss (the Romance tables keyed "ca" are in ``romance.py``).

Catalan writes the names of bodies, streets, landforms and towns in title case and joins
their words with "de" and its forms: del, dels, de la, de les, the elided d' and de l', d'en
(Consell Comarcal del Pallars Sobirà, Ribera d'Ebre, Vall d'en Bas, Sant Carles de la
Ràpita); a firm's name may end in "i Fills" (and Sons). A house's name, and the shop or the
farm named after it, opens with "Can", "Cal", "Ca la", "Ca l'", "Ca n'" (casa + the personal
article: Can Llong, Cal Pruna). A lower-case noun before a name says what it is and stays
outside it (el riu X, la serra del X, la llibreria X, l'institut X). A style guide's grammar
and vocabulary, no list of names.
"""

from __future__ import annotations

import re

from .portuguese import _tail_end
from .romance import CA_CLUB_INITIALS, CA_ORG_HEADS, CA_PLACE_HEADS, CA_TRADE_HEADS, PLACE_CUES, _heads_pattern

_WORD_HEADS = CA_PLACE_HEADS | CA_ORG_HEADS | CA_TRADE_HEADS
HEADS = {**dict.fromkeys(CA_PLACE_HEADS, "LOC"), **dict.fromkeys(CA_ORG_HEADS | CA_TRADE_HEADS, "ORG"),
         **{i.lower(): "ORG" for i in CA_CLUB_INITIALS}}
# heads that name the country's (or the town's) one body of that kind alone, with a capital
# (style guides: el Govern, el Parlament, l'Ajuntament), where no sentence starts
LONE_HEADS = frozenset("govern parlament ajuntament senat congrés".split())

_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w·-]*(?:['’][A-ZÀ-ÖØ-Þ][\w·-]*)?"
# after the head: capitalised words, each maybe after de and its forms, or per a (Ministeri
# per a la Transició Ecològica); a number before "de" (Plaça 1 d'Octubre)
_NAME_WORD = rf"(?:{_CAP_WORD}|\d{{1,4}}(?= d))"
_JOIN = (r"(?: (?:de|del|dels|de la|de les|per a|per a la|per a les|per al|per als) | de l['’]| d['’]en |"
         r" d['’]| per a l['’]| & | )")
_TAIL = re.compile(rf"(?:{_JOIN}{_NAME_WORD})+")
_TAIL_WORD = re.compile(rf"{_JOIN}({_NAME_WORD})")
# the words that end a firm's name after "i" (and Sons, and Brothers, and Company)
_FIRM_END = re.compile(r" i (?:Fills|Fill|Germans|Cia\.|Companyia|Associats)(?![\w-])")
# capitalised words of the running text that open no part of a name's tail
_NO_TAIL = frozenset("El La Els Les Un Una A En Per I Amb De Del Però Que Com Segons".split())
# the heads as capitalised words (a tree of prefixes after each capital: fast), and the
# clubs' initials in capitals before a name (CE Manlleu)
_HEAD_AT = re.compile(_heads_pattern(_WORD_HEADS).pattern + "|(?:" + "|".join(sorted(CA_CLUB_INITIALS))
                      + r")(?= [A-ZÀ-ÖØ-Þ])")
# a house's name: casa + the personal article, Can, Cal, Ca la, Ca l', Ca n' (Can Llong)
_HOUSE_AT = re.compile(r"(?<![\w'’-])(?:Ca[nl] |Ca la |Ca [ln]['’])(?=[A-ZÀ-ÖØ-Þ])")
_HOUSE_NAME = re.compile(rf"{_CAP_WORD}(?: {_CAP_WORD})*")


def _opens_name(text: str, s: int) -> bool:
    """A head at ``s`` may open a name: it starts a word (or follows an elided l', d') and
    no capitalised word stands before it, whose name it would continue (Josep Puig Serra)."""
    if s == 0:
        return True
    before = text[s - 1]
    if before in "'’":
        return s >= 2 and text[s - 2] in "lLdD"
    if before.isalnum() or before == "-":
        return False
    if before != " ":
        return True
    j = s - 1
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "·-"):
        j -= 1
    return j == s - 1 or not text[j].isupper() or sentence_start(text, j)


def sentence_start(text: str, i: int) -> bool:
    """Nothing but punctuation or an opening quote before ``i`` since the last sentence."""
    j = i - 1
    while j >= 0 and text[j] in " \"«“'’(":
        j -= 1
    return j < 0 or text[j] in ".!?:;\n"


def _mid_sentence(text: str, s: int) -> bool:
    """A capital at ``s`` that no sentence start explains: after a lower-case word, a comma
    or an elided article (del Govern, l'Ajuntament)."""
    if s >= 2 and text[s - 1] in "'’":
        return text[s - 2] in "lLdD" and not sentence_start(text, s - 2)
    return s >= 2 and text[s - 1] == " " and (text[s - 2].islower() or text[s - 2] == ",")


def _name_end(text: str, pos: int) -> int:
    """Where the capitalised words and de-phrases after ``pos`` end (``pos`` if none)."""
    tail = _TAIL.match(text, pos)
    return _tail_end(text, pos, tail.end(), _TAIL_WORD, _NO_TAIL) if tail is not None else pos


def headed_names(text: str, hits: list) -> tuple[list, list[tuple[int, int, str]]]:
    """Names a capitalised head opens, with the capitalised words and de-phrases after it
    (Consell Comarcal del Pallars Sobirà, Plaça de Catalunya, Transports X i Fills), a lone
    body's head mid-sentence (el Govern), houses' names (Can Llong) and the names after a
    firm's lower-case noun (la llibreria X), with the town "de" puts after those two; the
    type the head's, a house's a firm's after a shop's noun. Returns the knowledge-base hits kept (a
    known name inside a longer one is no mention of its own) and the names, (start, end, type)."""
    named = []
    for m in _HEAD_AT.finditer(text):
        s = m.start()
        if not _opens_name(text, s):
            continue
        head = m.group().lower()
        e = _name_end(text, m.end())
        if e <= m.end() and not (head in LONE_HEADS and _mid_sentence(text, s)):
            continue
        if head in CA_TRADE_HEADS and (firm := _FIRM_END.match(text, e)) is not None:
            e = firm.end()
        named.append((s, e, HEADS[head]))
    for m in _HOUSE_AT.finditer(text):
        e = _HOUSE_NAME.match(text, m.end()).end()
        named.append((m.start(), e, "ORG" if noun_before(text, m.start()) == "ORG" else "LOC"))
        named += _town_after(text, e)
    if any(noun in text for noun in _ORG_NOUN_STEMS):   # (a cheap test before the pattern)
        for m in _NAMED_AFTER_NOUN.finditer(text):
            named.append((m.start(1), m.end(1), "ORG"))
            named += _town_after(text, m.end(1))
    named = [n for n in named if not any(h.start <= n[0] and n[1] <= h.end for h in hits)]
    if named:
        hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e, _ in named)]
    return hits, named


# -- what the words before an unknown name say it is ---------------------------------------

# lower-case nouns that say what the name after them names and are no part of it: waters,
# landforms, streets and settlements (el riu X, la serra del X, el carrer X, el municipi de X,
# els veïns de X, l'alcalde de X) ...
PLACE_NOUNS = frozenset("""riu riera torrent rieres estany llac pantà embassament serra muntanya massís pic cim
puig turó tossal coll vall cala platja cap illa delta carrer avinguda passeig plaça rambla ronda travessera
camí carretera barri municipi poble vila ciutat comarca terme localitat parròquia veí veïna veïns habitants
alcalde alcaldessa batlle batllessa camp estadi pavelló""".split())
# ... of which these are a place's own kind, whose name follows bare (el riu Llobregat) or
# after "de" (la serra del Montsec); the others' name follows after "de" only
_BARE_PLACE_NOUNS = frozenset("""riu riera torrent estany llac pantà embassament serra muntanya massís pic cim
puig turó tossal coll vall cala platja cap illa delta carrer avinguda passeig plaça rambla ronda travessera
camí carretera barri camp estadi pavelló""".split())
# ... and a firm's, a shop's, a school's or a team's kind (la llibreria X, l'institut X)
ORG_NOUNS = frozenset("""empresa companyia firma grup cadena marca botiga merceria llibreria fleca forn
pastisseria carnisseria xarcuteria restaurant bar cafeteria hotel celler cooperativa editorial diari
setmanari revista emissora institut escola col·legi biblioteca museu hospital clínica club equip entitat
associació fundació sindicat partit fons banc asseguradora startup""".split())
# the noun right before the name, maybe with de (del, de la, de l', d'), or with a lower-case
# qualifier between (la botiga de queviures X, el guarda forestal X)
_NOUN_BEFORE = re.compile(r"(?<![\w·-])([^\W\d_][\w·]*)(?: (?:de|del|de la|dels|de les) | de l['’]| d['’]| )\Z")
_NOUN_BEFORE_QUALIFIER = re.compile(r"(?<![\w·-])([^\W\d_][\w·]*) (?:de [a-zàèéíïòóúüç·]{3,}|[a-zàèéíïòóúüç·]{4,}) \Z")


# a firm's, a shop's or a school's noun, then its name in capitals, maybe with its article
# (la llibreria La Gralla, la biblioteca X): the name, the noun outside it
_NAMED_AFTER_NOUN = re.compile(r"(?<![\w·-])(?:" + "|".join(sorted(ORG_NOUNS)) + r") "
                               rf"((?:(?:La|El|Els|Les) |L['’])?{_CAP_WORD}(?: {_CAP_WORD})*)")
_ORG_NOUN_STEMS = frozenset(noun[:4] for noun in ORG_NOUNS)
# "de" and the town after a firm's or a house's name, which says where it is (la biblioteca
# X de |Vic, Ca la X de |Balaguer), no part of the name
_TOWN_AFTER = re.compile(rf" de ({_CAP_WORD}(?: {_CAP_WORD})*)")


def _town_after(text: str, end: int) -> list[tuple[int, int, str]]:
    """The town's name "de" puts after the name that ends at ``end``, as a place."""
    m = _TOWN_AFTER.match(text, end)
    return [(m.start(1), m.end(1), "LOC")] if m is not None else []


def noun_before(text: str, start: int) -> str | None:
    """"LOC" or "ORG" when a lower-case noun before the name at ``start`` says what it is:
    el riu |X, la serra del |X, els veïns d'|X, la llibreria |X, la botiga de queviures |X."""
    if start < 3 or text[start - 1] not in " '’":
        return None
    m = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    if m is not None:
        noun, joined = m.group(1), m.end(1) < start - 1
        if noun in PLACE_NOUNS and (joined or noun in _BARE_PLACE_NOUNS):
            return "LOC"
        if noun in ORG_NOUNS and not joined:
            return "ORG"
    if text[start - 1] != " ":
        return None
    m = _NOUN_BEFORE_QUALIFIER.search(text, max(0, start - 40), start)
    return "ORG" if m is not None and m.group(1) in ORG_NOUNS else None


_PLACE_CUES = PLACE_CUES["ca"]
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+) \Z")
# a cue before the first of two names joined by "i" types the second too (a Sort i |X,
# els veïns de Flix i |X)
_FIRST_OF_TWO = re.compile(r"(?<![\w-])([^\W\d_]+)(?: d['’]|( de | ))[A-ZÀ-ÖØ-Þ][\w·-]* i \Z")


def place_cue_before(text: str, start: int) -> bool:
    """A preposition of place (PLACE_CUES: a, en, al) right before the name at ``start``,
    or before its elided article (a l'|Estany), or a cue before the first of two names "i"
    joins it to (second_of_two)."""
    if start >= 4 and text[start - 1] in "'’" and text[start - 2] in "lL" and text[start - 3] == " ":
        start -= 2   # (a l'Estany: the article glued to the name)
    if start < 2 or text[start - 1] != " ":
        return False
    m = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
    return m is not None and (m.group(1).lower() in _PLACE_CUES or second_of_two(text, start))


def second_of_two(text: str, start: int) -> bool:
    """The name at ``start`` is the second of two "i" joins after a preposition of place or
    a place's noun, which types both: a Sort i |X, els veïns de Flix i |X."""
    if not text.endswith(" i ", 0, start) or (two := _FIRST_OF_TWO.search(text, max(0, start - 48), start)) is None:
        return False
    noun = two.group(1).lower()
    return noun in _PLACE_CUES and two.group(2) != " de " or noun in PLACE_NOUNS and two.group(2) != " "


def named_by_cue(text: str, start: int, word: str = "") -> bool:
    """Is the capitalised word at ``start`` a name even if it is a common word as well:
    after a noun that says what it is (el riu |X) or a preposition of place (a |Gràcia),
    or an acronym after an article (la |UPC)?"""
    if word.isupper():
        return acronym(text, start, word)
    return noun_before(text, start) is not None or place_cue_before(text, start)


def run_type(text: str, start: int, etype: str) -> str:
    """The type of a capitalised run at ``start`` that a noun before it gives (el riu X,
    la biblioteca X: no person's name, whatever its words), or a place's cue before the
    first of two names (a Sort i X) or before the article (a l'Estany), else ``etype``."""
    if (kind := noun_before(text, start)) is not None:
        return kind
    if etype == "MISC" and (second_of_two(text, start) or text[start - 1] in "'’" and place_cue_before(text, start)):
        return "LOC"   # (a l'Estany: no person's name takes the article in the news)
    return etype


# abbreviations of common nouns, written in capitals (a style guide's list): no names
COMMON_ABBREVIATIONS = frozenset("""IVA PIB ONG IRPF DNI NIF NIE ADN ARN VIH SIDA TV PC GPS PDF CEO OK UCI ESO
FP ITV IBI""".split())
_ARTICLE_BEFORE = re.compile(r"(?<![\w·-])(?:el|la|els|les|del|dels|al|als|pel|pels) \Z|(?<![\w·-])l['’]\Z")


def acronym(text: str, start: int, word: str) -> bool:
    """A body's acronym: 2 to 5 capitals after a definite article mid-sentence, which
    Catalan gives an acronym as it gives the body's head noun (la UPC, el PSC, l'ICS), not
    a common noun's abbreviation (l'IVA, el PIB) nor a Roman numeral (el segle XX)."""
    return 2 <= len(word) <= 5 and word.isalpha() and word not in COMMON_ABBREVIATIONS \
        and not _ROMAN.fullmatch(word) and _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is not None


_ROMAN = re.compile(r"[IVXLC]+")
# a person's second family name after "i" (Pompeu Fabra i Poch), as Catalan writes both:
# one capitalised word, with no capitalised word after it (no second person's name)
_SECOND_FAMILY_NAME = re.compile(r" i [A-ZÀ-ÖØ-Þ][\w·-]+(?![\w·'’-]| [A-ZÀ-ÖØ-Þ]| i )")


def person_end(text: str, end: int) -> int:
    """Where a person's name that ends at ``end`` ends with its second family name joined
    by "i" (Montserrat Pruna| i Vila); ``end`` if none follows."""
    m = _SECOND_FAMILY_NAME.match(text, end)
    return m.end() if m is not None else end
