"""Polish names the capitalised runs alone miss or cannot type, read by Polish grammar and
the conventions of its press (general vocabulary of a grammar book or a style guide, no
names):

* an institution's name is built around a head noun in any case, capitalised adjectives
  before it and capitalised genitives after it, "i" between two of them and a patron after
  "im.": Państwowa Komisja Wyborcza, Instytutu Meteorologii i Gospodarki Wodnej; a name of
  common words alone (Szkoła Podstawowa, Muzeum Regionalne) takes the town after "w" as
  its part (Szkoła Podstawowa w Lisowie); a site's head makes a place (Kopalni Soli);
* a street's, a square's or an avenue's head, written in lower case, is part of the
  place's name (ulicy Długiej, placu Zamkowym, alei Róż);
* a name of unknown kind after a preposition of place (w, we, na, pod, nad, do, z ...) or a
  noun that takes a place's genitive (mieszkańcy, burmistrz, wsi, gminie) is a place's,
  unless a first name opens it or, after "z", it is in the instrumental (z Markiem);
  two capitalised words there, the second an adjective, are one place (w Siemianowicach
  Śląskich, spod Ostrowa Wielkopolskiego).
"""

from __future__ import annotations

import re

from .candidates import _first_name
from .kb import common_words, get_kb
from .names import Candidate, names_over_hits

# heads of institutions' names with their case forms (singular; the plural where names take it)
_ORG_HEAD_FORMS = """
agencja agencji agencję agencją | komisja komisji komisję komisją | fundacja fundacji fundację fundacją
organizacja organizacji organizację organizacją | federacja federacji federację federacją
inspekcja inspekcji inspekcję inspekcją | kancelaria kancelarii kancelarię kancelarią
akademia akademii akademię akademią | filharmonia filharmonii filharmonię filharmonią
partia partii partię partią | unia unii unię unią | policja policji policję policją
prokuratura prokuratury prokuraturze prokuraturę prokuraturą | rada rady radzie radę radą
izba izby izbie izbę izbą | grupa grupy grupie grupę grupą | giełda giełdy giełdzie giełdę giełdą
szkoła szkoły szkole szkołę szkołą | spółdzielnia spółdzielni spółdzielnię spółdzielnią
straż straży strażą | politechnika politechniki politechnice politechnikę politechniką
biblioteka biblioteki bibliotece bibliotekę biblioteką | galeria galerii galerię galerią
orkiestra orkiestry orkiestrze orkiestrę orkiestrą | służba służby służbie służbę służbą
stocznia stoczni stocznię stocznią | elektrownia elektrowni elektrownię elektrownią elektrownie elektrowni
przychodnia przychodni przychodnię przychodnią | parafia parafii parafię parafią
uniwersytet uniwersytetu uniwersytecie uniwersytetem | instytut instytutu instytucie instytutem
urząd urzędu urzędzie urzędem | zespół zespołu zespole zespołem | wydział wydziału wydziale wydziałem
sąd sądu sądzie sądem | bank banku bankiem | związek związku związkiem | klub klubu klubie klubem
teatr teatru teatrze teatrem | szpital szpitala szpitalu szpitalem | komitet komitetu komitecie komitetem
trybunał trybunału trybunale trybunałem | fundusz funduszu funduszem
inspektorat inspektoratu inspektoracie inspektoratem | departament departamentu departamencie departamentem
ośrodek ośrodka ośrodku ośrodkiem | zakład zakładu zakładzie zakładem zakłady zakładów zakładach zakładami
chór chóru chórze chórem | zarząd zarządu zarządzie zarządem | ministerstwo ministerstwa ministerstwie ministerstwem
towarzystwo towarzystwa towarzystwie towarzystwem | stowarzyszenie stowarzyszenia stowarzyszeniu stowarzyszeniem
przedsiębiorstwo przedsiębiorstwa przedsiębiorstwie przedsiębiorstwem
nadleśnictwo nadleśnictwa nadleśnictwie nadleśnictwem | starostwo starostwa starostwie starostwem
schronisko schroniska schronisku schroniskiem | muzeum centrum hospicjum liceum gimnazjum technikum
kuratorium konserwatorium obserwatorium seminarium
wojska wojsk wojskach wojskami | siły sił siłach siłami | linie linii liniach | koleje kolei
"""
# ... and of sites, which are places (Kopalnia Soli, Zamek Królewski, Górach Sowich)
_LOC_HEAD_FORMS = """
kopalnia kopalni kopalnię kopalnią | zamek zamku zamkiem | pałac pałacu pałacem | park parku parkiem
stadion stadionu stadionie stadionem | arena areny arenie arenę areną | hala hali halę halą | dworzec dworca dworcu dworcem | lotnisko lotniska lotnisku lotniskiem
cmentarz cmentarza cmentarzu cmentarzem | katedra katedry katedrze katedrę katedrą
bazylika bazyliki bazylice bazylikę bazyliką | kościół kościoła kościele kościołem
góry gór górach górami | puszcza puszczy puszczę puszczą | pojezierze pojezierza pojezierzu
wyspa wyspy wyspie wyspę wyspą | zatoka zatoki zatoce zatokę zatoką | półwysep półwyspu półwyspie | strefa strefy strefie strefę strefą
"""
# heads of streets and squares, written in lower case before the name and part of it
_STREET_HEAD_FORMS = """
ulica ulicy ulicę ulicą ul. | aleja alei aleję aleją al. | plac placu placem | rondo ronda rondzie rondem
bulwar bulwaru bulwarze bulwarem | osiedle osiedla osiedlu osiedlem | skwer skweru skwerze skwerem
"""


def _forms(table: str) -> frozenset[str]:
    return frozenset(w for w in table.split() if w != "|")


ORG_HEADS_PL = _forms(_ORG_HEAD_FORMS)
LOC_HEADS_PL = _forms(_LOC_HEAD_FORMS)
STREET_HEADS_PL = _forms(_STREET_HEAD_FORMS)

# prepositions of place (with the locative, genitive, instrumental or accusative of a place)
PLACE_PREPOSITIONS = frozenset("""w we na do z ze pod spod nad znad koło obok niedaleko wokół przez
okolicach okolic pobliżu""".split())
# nouns that take the genitive of a place, or name one before it: residents, local
# officials, units of local government, a village (mieszkańcy Kłodzka, burmistrz Sulejowa,
# wsi Kamionka, w gminie Choczewo)
PLACE_OF_NOUNS = frozenset("""mieszkańcy mieszkańców mieszkańcom mieszkańcami mieszkańca mieszkanka mieszkanki
burmistrz burmistrza burmistrzem burmistrzyni wójt wójta wójtem sołtys sołtysa sołtyska starosta starosty
centrum gmina gminy gminie gminę gminą wieś wsi wsią miasto miasta mieście miastem powiat powiatu powiecie
dzielnica dzielnicy dzielnicę osada osady osadzie rzeka rzeki rzece rzekę rzeką jezioro jeziora jeziorze jeziorem
dolina doliny dolinie doliną""".split())
# the instrumental endings of nouns and adjectives: "z" with them is "with" (z Markiem
# Zielińskim, z Polską)
_INSTRUMENTAL = ("em", "ą", "ami", "imi", "ymi", "iem", "ym", "im")
# a capitalised adjective in any case: the suffixes that make adjectives of nouns (-ski,
# -cki, -owy, -ny, -ni; participles' -ący) and the common ones of place names (Wielki, Mały,
# Górny, Stary ...)
_ADJ_CASE = r"(?:ego|ej|emu|e|y|i|a|ym|im|ą|ych|ich|ymi|imi)"
# (after k and g the soft endings: Wielkopolskiego, Polskie; not -owie: Uczniowie is a noun)
ADJECTIVE = re.compile(r"(?:[a-ząćęłńóśźż]+-)?[a-ząćęłńóśźż]*"
                       r"(?:(?:sk|ck|dzk|wielk|wysok|głęb|szerok|dług)i?|ow|n|ln|wn|cz|ż|ąc|mał|doln|górn|"
                       rf"star|now|średni|niżn|wyżn){_ADJ_CASE}")
_CAP = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż\-]*")
_MAX_WORDS = 9
_CAP_WORD_BEFORE = re.compile(r"(?<![\w-])[A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+ \Z")


def _words(text: str, i: int, limit: int = _MAX_WORDS) -> list[tuple[int, int, str]]:
    """Capitalised words from ``i``, one space apart, and the lower-case joints a name holds
    between two of them ("i", "im."), up to ``limit``."""
    out: list[tuple[int, int, str]] = []
    while len(out) < limit:
        if out and (joint := _JOINT.match(text, i)) is not None:
            out.append((i, joint.end(1), joint.group(1)))
            i = joint.end()
            continue
        m = _CAP.match(text, i)
        if m is None:
            break
        out.append((m.start(), m.end(), m.group()))
        if not text.startswith(" ", m.end()):
            break
        i = m.end() + 1
    while out and out[-1][2] in _JOINTS:
        out.pop()
    return out


_JOINTS = ("i", "im.")
_JOINT = re.compile(r"(i|im\.) (?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def _is_adjective(word: str) -> bool:
    """A capitalised adjective (of a name: Państwowa, Śląskich, Wielkopolskiego)."""
    return word[:1].isupper() and ADJECTIVE.fullmatch(word.casefold()) is not None


def _head_pattern(forms: frozenset[str]) -> re.Pattern:
    """Any of ``forms`` as a word, capitalised or not."""
    alts = sorted({f for w in forms for f in (w, w[0].upper() + w[1:])}, key=len, reverse=True)
    return re.compile(r"(?<![\w.-])(?:" + "|".join(map(re.escape, alts)) + r")(?![\w-])")


_HEADS = ORG_HEADS_PL | LOC_HEADS_PL
HEAD = _head_pattern(ORG_HEADS_PL | LOC_HEADS_PL | STREET_HEADS_PL)


def headed_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of names built around an institution's or a site's head, and of
    streets after their lower-case head."""
    out: list[tuple[int, int, str]] = []
    end_taken = -1
    for m in HEAD.finditer(text):
        i, word = m.start(), m.group()
        if i < end_taken:
            continue
        if word[0].islower():
            named = _street(text, i, m.end()) if word in STREET_HEADS_PL else None
        else:
            named = _institution(text, _adjectives_before(text, i))
        if named is not None and named[0] >= end_taken:
            out.append(named)
            end_taken = named[1]
    return out


def _adjectives_before(text: str, i: int) -> int:
    """Where the capitalised adjectives right before ``i`` start (Państwowa Straż, Polskie
    Elektrownie), at most three."""
    for _ in range(3):
        m = _CAP_WORD_BEFORE.search(text, max(0, i - 40), i)
        if m is None or not _is_adjective(m.group()[:-1]) or m.group().startswith("Nie"):
            break   # (a negated adjective describes: Niewielka Spółdzielnia)
        i = m.start()
    return i


def _street(text: str, s: int, head_end: int) -> tuple[int, int, str] | None:
    """ulicy Piotrkowskiej, placu Wolności, ulicy 3 Maja: the head and the name after it."""
    i = head_end + 1
    if not text.startswith(" ", head_end):
        return None
    num = re.match(r"\d{1,2} (?=[A-ZĄĆĘŁŃÓŚŹŻ])", text[i:i + 4])   # (a date's street: 3 Maja)
    if num:
        i += num.end()
    words = _words(text, i, 3)
    if not words:
        return None
    return s, words[-1][1], "LOC"


def _institution(text: str, s: int) -> tuple[int, int, str] | None:
    """Capitalised adjectives, an institution's or a site's head, the capitalised words
    after it up to a person's first name (Uniwersytetu Przyrodniczego Jan Nowak: the
    person after the body); "w"/"we" and the town when the name is of common words and
    adjectives alone, and a patron's name after "im." (Szkoła Podstawowa w Lisowie)."""
    words = _words(text, s)
    k = 0
    while k < len(words) and k < 3 and _is_adjective(words[k][2]) and words[k][2].casefold() not in _HEADS:
        k += 1
    if k >= len(words):
        return None
    head = words[k][2].casefold()
    kind = "ORG" if head in ORG_HEADS_PL else "LOC" if head in LOC_HEADS_PL else None
    if kind is None:
        return None
    given, common = common_words().given_for("pl"), common_words().get("pl")
    cut = next((j for j in range(k + 1, len(words)) if words[j][2].casefold() in given
                and words[j - 1][2] != "im."), len(words))
    words = words[:cut]
    while words and words[-1][2] in _JOINTS:
        words.pop()
    if len(words) < 2:
        return None
    patron = next((j for j, w in enumerate(words) if w[2] == "im."), len(words))
    end = words[-1][1]
    if all(w[2].casefold() in common or w[2].casefold() in _HEADS or _is_adjective(w[2]) or w[2] in _JOINTS
           for w in words[:patron]) \
            and (town := _TOWN_AFTER.match(text, end)) and get_kb().lookup(text[s:end]) is None:
        # Szkoła Podstawowa w Lisowie: a name of common words takes the town; not a body the
        # knowledge base knows by them (Bank Japonii | w Tokio, Europejski Bank Centralny | we
        # Frankfurcie: its seat)
        end = town.end()
    return s, end, kind


_TOWN_AFTER = re.compile(r" we? [A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+(?: [A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+)?")


def _after_place_word(text: str, s: int) -> str | None:
    """The lower-case word before ``s`` if it is a preposition of place or a noun that takes
    a place's genitive."""
    j = s - 1
    if j < 1 or text[j] != " ":
        return None
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    w = text[k:j]
    if w in PLACE_PREPOSITIONS or w in PLACE_OF_NOUNS or w.casefold() in PLACE_OF_NOUNS and w[:1].isupper():
        return w.casefold()
    return None


def place_after_cue(text: str, c: Candidate) -> bool:
    """An untyped (or lone family-name-like) candidate after a preposition of place or a
    noun that takes a place: a place, unless a first name opens it or "z" takes it in
    the instrumental (z Markiem Nowakiem, z Orlenem)."""
    cue = _after_place_word(text, c.start)
    if cue is None:
        return False
    words = c.text.split(" ")
    if _first_name(words[0].casefold(), common_words().given_for("pl"), "pl"):
        return False
    if cue in ("z", "ze") and words[-1].endswith(_INSTRUMENTAL):
        return False
    return True


def _ends_in_site(name: str) -> bool:
    """A name whose last word is a site's head (Enea Stadionie, Tauron Arenie)."""
    return " " in name and name.rsplit(" ", 1)[1].casefold() in LOC_HEADS_PL


def retype(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Polish candidates typed by a town's name closing them (``club_candidate``), the word
    before them (``place_after_cue``) or a site's head closing them."""
    kb = get_kb()
    for c in cands:
        if c.type in ("MISC", "LOC") and club_candidate(c, kb):
            c.type = "ORG"
        elif c.type == "MISC" and place_after_cue(text, c) or c.type == "PER" and _ends_in_site(c.text):
            c.type = "LOC"   # (na Enea Stadionie: a site named after its sponsor)
    return cands


def adjective_places(text: str) -> list[tuple[int, int]]:
    """A capitalised noun and an adjective after a preposition of place or a noun that
    takes a place, in either order: one place (w Siemianowicach Śląskich, z Kazimierza
    Dolnego, wsi Kamionka Mała, w Nowym Targu), which the adjective alone may name too
    (Śląskich). After a first name an adjective in -ski, -cki is a family name (do Jana
    Kowalskiego)."""
    out = []
    given = common_words().given_for("pl")
    for m in _NOUN_ADJ.finditer(text):
        noun, adjective = m.group(1), m.group(2)
        cue = _after_place_word(text, m.start())
        if cue is None or not (_is_adjective(noun) or _is_adjective(adjective)) or noun.casefold() in _HEADS:
            continue
        if cue in ("z", "ze") and adjective.endswith(_INSTRUMENTAL):
            continue
        if _first_name(noun.casefold(), given, "pl") and _SURNAME_ADJECTIVE.search(adjective):
            continue
        out.append(m.span())
    return out


_NOUN_ADJ = re.compile(r"(?<![\w-])([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+) ((?:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+-)?"
                       r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)(?![\w-]| [A-ZĄĆĘŁŃÓŚŹŻ])")
_SURNAME_ADJECTIVE = re.compile(r"(?:sk|ck|dzk)i?" + _ADJ_CASE + "$")


# endings of a town's name in an oblique case (Krakowie, Poznaniu, Warszawę, Gdyni ...)
_OBLIQUE = ("ie", "u", "em", "ą", "ę", "y", "i", "ach", "ami", "om", "owi")


def _town_nominative(word: str, kb) -> bool:
    """``word``, a town's name, in the nominative: no oblique ending, and a feminine
    name's -a only where the genitive in -y or -i names the same town (Warszawa, not
    Krakowa, the genitive of Kraków)."""
    if word.endswith(_OBLIQUE):
        return False
    if not word.endswith("a"):
        return True
    town = kb.lookup(word, True, "pl")
    return town is not None and any(kb.lookup(word[:-1] + end, True, "pl") is town for end in ("y", "i"))


def _club_word(word: str, adjective: bool = False) -> bool:
    """A word that may open a club's or a firm's name before its town: no everyday word
    that a sentence opens with, no preposition; an adjective (Błękitni Poznań) only where
    the town's name is known without it (``adjective``): Nowy Targ is a town."""
    low = word.casefold()
    return (adjective or not _is_adjective(word)) and low not in common_words().get_top("pl") and low not in PLACE_PREPOSITIONS \
        and low not in PLACE_OF_NOUNS


def clubs(text: str, hits, kb) -> list[tuple[int, int, str]]:
    """A name before a town's name in the nominative, whatever the case of the name, is a
    club's or a firm's (Lech Poznań, Legię Warszawa, z Developresem Rzeszów): Polish writes
    a place of the town with the town's genitive or an adjective instead."""
    out = []
    for h in hits:
        if h.entity.type != "LOC" or not h.entity.id.startswith("city-") or h.start < 3 or text[h.start - 1] != " ":
            continue
        m = _CAP_WORD_BEFORE.search(text, max(0, h.start - 30), h.start)
        if m is None or not _club_word(m.group()[:-1], True) or not _town_nominative(text[h.start:h.end], kb) \
                or any(o.start < h.start and o.end > m.start() for o in hits if o is not h):
            continue
        out.append((m.start(), h.end, "ORG"))
    return out


def club_candidate(c: Candidate, kb) -> bool:
    """A run of unknown kind whose last word is a town the knowledge base knows quietly,
    in the nominative, after a club's word (Wisłoka Dębica, Stali Mielec)."""
    words = c.text.split(" ")
    if not 2 <= len(words) <= 3 or not _club_word(words[0]):
        return False
    town = kb.lookup(words[-1], True, "pl")
    return town is not None and town.id.startswith("city-") and _town_nominative(words[-1], kb) \
        and words[0].casefold() not in common_words().given_for("pl")


def names_before_hits(text: str, hits) -> list[tuple[int, int, str]]:
    """The headed names and the adjective places of a Polish text, (start, end, type),
    where they take in the knowledge base's hits inside them whole (a town after "w", the
    adjective Śląskich) and equal none: a hit that crosses their edge, or a known name of
    the same span, wins."""
    found = clubs(text, hits, get_kb()) + headed_names(text) + [(s, e, "LOC") for s, e in adjective_places(text)]
    return names_over_hits(found, hits)
