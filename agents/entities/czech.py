"""Czech names the capitalised runs alone miss or cannot type, read by Czech grammar and the
conventions of its press (general vocabulary of a grammar book or a style guide, no names):

* Czech capitalises only the first word of an institution's or a place's name made of
  common words (Nejvyšší správní soud, Ministerstvo životního prostředí, Pražský hrad,
  Krušné hory, Husova ulice): such a name is found around its head noun, in any case,
  with the lower-case adjectives before it and the genitives or a phrase with "pro" or
  "proti" after it; a court's, a school's or a regional body's name takes its seat after
  "v" (Krajský soud v Brně, Základní škola v Lipové);
* a name of unknown kind after a preposition of place (v, na, z, do, u, k, od, mezi ...)
  or a noun that takes a place's genitive (obyvatelé, starosta, obce) is a place's, and so
  is one joined to such a place by "a" or a comma (z Lipové a Hradce); a capitalised
  adjective and a noun there are one place (v Horní Lhotě), and so is a town named after
  its river or mountain (Lhota nad Labem, Újezd pod Horou);
* Czech writes abbreviations in capitals only: an all-capital word inside a sentence is an
  organisation's abbreviation unless the knowledge base knows it; a people's noun before a
  first name is no part of the person's name (s Polkou Annou Novou).
"""

from __future__ import annotations

import re

from .kb import common_words
from .names import Candidate, names_over_hits, spaced_words

_UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
_LOWER = "a-záčďéěíňóřšťúůýž"

# prepositions of place (with the locative, genitive, dative, instrumental or accusative)
PLACE_PREPOSITIONS = frozenset("""v ve na z ze do u k ke od ode po přes mezi nad pod před za kolem okolo
poblíž nedaleko blízko vedle směrem""".split())
# nouns that take a place's genitive or name one after them: residents, local officials,
# units of local government (obyvatelé Lhoty, starosta Hradce, obce Lhota)
PLACE_OF_NOUNS = frozenset("""obyvatelé obyvatel obyvatelům obyvateli obyvatelka obyvatelky rodák rodáka rodačka
starosta starosty starostovi starostou starostka starostky starostové starostů místostarosta místostarostka
primátor primátora primátorka hejtman hejtmana hejtmanka obec obce obci obcí město města městě městem
městys městyse vesnice vesnici vesnicí osada osady osadě okres okresu okrese čtvrť čtvrti části
radnice radnici okolí centrum centra centru""".split())


def _forms(table: str) -> frozenset[str]:
    return frozenset(w for w in table.split() if w != "|")


def word_before(text: str, start: int) -> str | None:
    """The word right before ``start`` (one space apart), as written."""
    j = start - 1
    if j < 1 or text[j] != " ":
        return None
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:j] or None


def _sentence_start(text: str, i: int) -> bool:
    before = text[:i].rstrip(" \u00a0\"„“«»([")
    return not before or before[-1] in ".!?:;\n"


# the endings of a lower-case adjective between a preposition and a place (z opavských Lhot,
# v pražském Podolí)
_LOWER_ADJECTIVE = ("ských", "ckých", "ském", "ckém", "ského", "ckého", "ské", "cké", "skou", "ckou")


# abbreviations of common words written in capitals (a grammar book's list): no body's
_COMMON_ABBREVIATIONS = frozenset("DPH HDP USD EUR CZK GB MB KB TV PC IT SMS PIN DNA HIV ATD OK".split())


# nouns of a firm's, a club's or a medium's kind, which name the body after them
# (společnosti Lokotrans, pivovar Hvozd, deník Sever); players of a team, which take its
# genitive (fotbalisté Lhoty)
ORG_KIND_NOUNS = _forms("""
společnost společnosti společností | firma firmy firmě firmu firmou | skupina skupiny skupině skupinu skupinou
automobilka automobilky automobilce automobilku automobilkou | dopravce dopravci dopravcem dopravcům
distributor distributora distributorovi distributorem | výrobce výrobci výrobcem | spolek spolku spolkem
klub klubu klubem | pivovar pivovaru pivovarem | deník deníku deníkem | týdeník týdeníku týdeníkem
server serveru serverem | televize televizi televizí | rádio rádia rádiu rádiem | řetězec řetězce řetězci řetězcem
operátor operátora operátorem | koncern koncernu koncernem | holding holdingu holdingem | aerolinky aerolinek
knihkupectví knihkupectvím | papírnictví papírnictvím | kavárna kavárny kavárně kavárnu kavárnou
prodejna prodejny prodejně prodejnu prodejnou | developer developera developerem | startup startupu startupem
fotbalisté fotbalistů fotbalistům hokejisté hokejistů hokejistům hráči hráčů hráčům
""")


# the lower-case heads of streets and squares before their names (ulice Na Výsluní)
STREET_HEADS = _forms("ulice ulici ulicí | třída třídy třídě třídu třídou | náměstí náměstím | nábřeží nábřežím")
# the endings only adjectives have (not a place's -í, -ích: Vrchlabí, Hranicích)
_ADJECTIVE_ONLY = ("ého", "ému", "ém", "ým", "ými", "ího", "ímu", "ský", "cký", "ská", "cká")


# -- names around a head noun ---------------------------------------------------------------------
# heads of institutions' names with their case forms (singular; the plural where names take it)
ORG_HEADS_CS = _forms("""
úřad úřadu úřadě úřadem | ministerstvo ministerstva ministerstvu ministerstvě ministerstvem
soud soudu soudě soudem | ústav ústavu ústavě ústavem | institut institutu institutem
univerzita univerzity univerzitě univerzitu univerzitou | fakulta fakulty fakultě fakultu fakultou
škola školy škole školu školou | gymnázium gymnázia gymnáziu gymnáziem | učiliště učilištěm
nemocnice nemocnici nemocnicí | služba služby službě službu službou služeb službám službách
správa správy správě správu správou | svaz svazu svazem | spolek spolku spolkem | sdružení sdružením
komise komisi komisí | rada rady radě radu radou | agentura agentury agentuře agenturu agenturou
centrála centrály centrále centrálu centrálou | zastupitelství zastupitelstvím | inspekce inspekci inspekcí
policie policii policií | podnik podniku podnikem | fond fondu fondem | nadace nadaci nadací
muzeum muzea muzeu muzeem | divadlo divadla divadle divadlu divadlem | knihovna knihovny knihovně knihovnu knihovnou
galerie galerii galerií | komora komory komoře komoru komorou | akademie akademii akademií
družstvo družstva družstvu družstvem | ředitelství ředitelstvím | kancelář kanceláře kanceláři kanceláří
výbor výboru výborem | sbor sboru sborem | inspektorát inspektorátu inspektorátem | povodí povodím
sněmovna sněmovny sněmovně sněmovnu sněmovnou | dráhy drah drahám drahách drahami
listy listů listech | noviny novin novinách | deník deníku deníkem | banka banky bance banku bankou
""")
# ... and of places: sites, landforms, waters, streets and regions, which Czech writes in
# lower case after the capitalised adjective that names them (Pražský hrad, Krušné hory)
LOC_HEADS_CS = _forms("""
kraj kraje kraji krajem | ulice ulici ulicí | náměstí náměstím | třída třídy třídě třídu třídou
nábřeží nábřežím | hrad hradu hradě hradem | zámek zámku zámkem | hory hor horám horách horami
hora hory hoře horu horou | důl dolu dole dolem | údolí údolím | přehrada přehrady přehradě přehradu přehradou
jezero jezera jezeru jezeře jezerem | rybník rybníka rybníku rybníkem | park parku parkem | les lesa lesu lese lesem
vrch vrchu vrchem vrchy vrchů vrších | potok potoka potoku potoce potokem | pohoří pohořím | most mostu mostě mostem
sídliště sídlištěm | moře moři mořem | ostrov ostrova ostrovu ostrově ostrovem | ostrovy ostrovů ostrovech
poloostrov poloostrova poloostrově | záliv zálivu zálivem | průsmyk průsmyku | nádraží nádražím
sady sadů sadech | vrchovina vrchoviny vrchovině | nížina nížiny nížině | pahorkatina pahorkatiny pahorkatině
""")
# adjectives that make a body regional: its name takes its seat after "v" (Krajský soud v
# Brně; not the Supreme Court's), and the heads of schools, which do too
_SEATED = ("krajsk", "okresn", "městsk", "obvodn", "vrchn", "místn", "obecn")
_SEATED_HEADS = _forms("škola školy škole školu školou gymnázium gymnázia gymnáziu gymnáziem učiliště")
# the endings of a Czech adjective in any case (hard -ý, soft -í, possessive -ův/-ova, -in)
_ADJECTIVE_ENDINGS = "ý|á|é|í|ého|ému|ém|ým|ou|ých|ými|ím|ích|ími|ího|ímu"
_POSSESSIVE_ENDINGS = "ův|ova|ovo|ově|ovu|ovou|ovy|ových|ovým|ovými|ovi"
# ... of an adjective in the genitive (of a complement: životního prostředí, hospodářské soutěže)
_GENITIVE_ENDINGS = "ého|ího|ých|ích|é|ní|cí|ší|čí"
# words no name's complement holds: prepositions, conjunctions, pronouns, auxiliaries
_STOP = frozenset("""a i ani nebo ale že aby který která které kteří což jak jako se si je jsou byl byla bylo
byli by bude budou už již také též jen podle kvůli v ve na z ze do u k ke od po o s se za před při přes mezi
nad pod proti pro bez kromě ten ta to tím tento tato toto jeho její jejich jim jí ho mu ji on ona oni""".split())
# a verb form: the past participle (-l, -la ...) or the present's -uje, -ují, -ají, -ejí
_VERB_ENDINGS = "[aáeěiíyýouů]l[aoiy]?|[bcdfghjkmnprsštvzž]l[aoiy]|uje|ují|ají|ejí|it|at|ět|out"


# academic titles written before a name (Mgr. Jana Nová): no part of a body's name before it
ACADEMIC_TITLES = frozenset("Mgr MgA Ing Bc BcA MUDr MVDr JUDr PhDr RNDr PaedDr ThDr Dr doc prof PhD".split())


class Rules:
    """The rules below with Czech's words.  A close language (Slovak) subclasses it with
    its own tables and keeps the rules: they are methods, so that they read a subclass's
    words in the compiled module too."""

    code = "cs"
    upper, lower = _UPPER, _LOWER
    place_prepositions = PLACE_PREPOSITIONS
    place_of_nouns = PLACE_OF_NOUNS
    lower_adjective = _LOWER_ADJECTIVE
    common_abbreviations = _COMMON_ABBREVIATIONS
    org_kind_nouns = ORG_KIND_NOUNS
    street_heads = STREET_HEADS
    adjective_only = _ADJECTIVE_ONLY
    org_heads = ORG_HEADS_CS
    loc_heads = LOC_HEADS_CS
    seated = _SEATED
    seated_heads = _SEATED_HEADS
    stop = _STOP
    academic_titles = ACADEMIC_TITLES
    adjective_endings = _ADJECTIVE_ENDINGS
    possessive_endings = _POSSESSIVE_ENDINGS
    genitive_endings = _GENITIVE_ENDINGS
    verb_endings = _VERB_ENDINGS
    joiners = ("a", "i", "nebo")           # what joins two places (z Lipové a Hradce)
    seat_preposition = "ve?"               # "in" before a body's seat (Krajský soud v Brně)
    river_prepositions = ("nad", "pod")    # a town named after its river or hill
    near_preposition = "u"                 # a town named after a town nearby (Lhota u Brna)
    purpose_prepositions = ("pro", "proti")   # Úřad pro ochranu ovzduší
    plural_genitive = "ů"                  # Český svaz včelařů
    purpose_after_genitive = False         # "pro" only right after the head

    def __init__(self) -> None:
        up, low = self.upper, self.lower
        joiners = "|".join(" " + w for w in self.joiners)
        self._joined_before = re.compile(rf"(?<![\w-])((?:[{up}][\w-]*)(?: [{up}][\w-]*)?)(?:,|{joiners}) \Z")
        self._lower_after = re.compile(rf" ([{low}]+)")
        self._adj = re.compile(rf"[{low}]+(?:{self.adjective_endings})|[{low}]+(?:{self.possessive_endings})")
        self._adj_genitive = re.compile(rf"[{low}]+(?:{self.genitive_endings})")
        self._verb = re.compile(rf"[{low}]*(?:{self.verb_endings})")
        self._token = re.compile(rf"[{up}{low}][\w.-]*|[{up}]\.")
        self._initial = re.compile(rf"[{up}]\.").fullmatch   # (J. keeps its full stop)
        heads = {f for w in self.org_heads | self.loc_heads for f in (w, w[0].upper() + w[1:])}
        self._head = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(heads, key=len, reverse=True)) + r")(?![\w-])")
        self._word_before = re.compile(rf"(?<![\w-])([{up}{low}]+) \Z")
        rivers = "|".join(self.river_prepositions)
        self._seat = re.compile(rf" {self.seat_preposition} [{up}][{low}]+"
                                rf"(?: (?:{rivers}) [{up}][{low}]+| [{up}][{low}]+)?")
        self._town_on = re.compile(rf"(?<![\w-])((?:[{up}][{low}]+ )?[{up}][{low}]+) "
                                   rf"({rivers}|{self.near_preposition}) ([{up}][{low}]+)(?![\w-])")

    def place_cue(self, text: str, start: int) -> str | None:
        """The preposition of place or the noun taking a place that stands before ``start``
        (a capitalised one only where it opens the sentence: Ve Lhotě), casefolded."""
        w = word_before(text, start)
        if w is not None and w.endswith(self.lower_adjective) and w.islower():
            start -= len(w) + 1   # z opavských Lhot: an adjective between
            w = word_before(text, start)
        if w is None:
            return None
        low = w.casefold()
        if low not in self.place_prepositions and low not in self.place_of_nouns:
            return None
        if w[0].isupper() and low in self.place_prepositions and not _sentence_start(text, start - len(w) - 1):
            return None
        return low

    def named_by_cue(self, text: str, start: int, word: str) -> bool:
        """Is the capitalised ``word`` at ``start`` a name although a frequent word is spelt
        so too (Czech word lists hold the case forms of towns): after a preposition of place
        (v Brně, z Olomouce) it is."""
        return not word.isupper() and self.place_cue(text, start) is not None

    def opens_with_cue(self, text: str, start: int, low: str) -> bool:
        """A capitalised run's first word (at ``start``, casefolded) that is a noun taking a
        place, or a preposition of place opening the sentence (Starostové Lhoty, Ve Lhotě):
        no part of the name (but ulice Na Výsluní is a street's)."""
        return low in self.place_of_nouns or low in self.place_prepositions and _sentence_start(text, start)

    def acronym(self, word: str) -> bool:
        """An all-capitals word of two to six letters that is no common word's abbreviation:
        Czech word lists hold bodies' acronyms lower-cased (osn), but Czech writes an
        abbreviation in capitals only when it names something."""
        return 2 <= len(word) <= 6 and word.isupper() and word.isalpha() and word not in self.common_abbreviations \
            and re.fullmatch("[IVXLCM]+", word) is None

    def lead_before_person(self, text: str, start: int, words: list[str]) -> tuple[int, str | None] | None:
        """How many of a run's capitalised words (from ``start``) stand before a person's name,
        no part of it, and their type: a body's acronym or a people's noun before the first
        name (OSN Jan Novák, s Polkou Annou Novou), a place after a preposition of place (v
        Horní Lhotě Jan Novák); a noun of a firm's kind before a name (Dopravce Lokotrans)."""
        if len(words) >= 2 and words[0].casefold() in self.org_kind_nouns:
            return 1, None
        if 3 <= len(words) <= 4 and self._first_name_word(words[1]) and not self._first_name_word(words[0]):
            return 1, "ORG" if self.acronym(words[0]) else None
        if len(words) >= 3 and self.place_cue(text, start) is not None and not self._first_name_word(words[0]):
            first = next((i for i in range(1, len(words) - 1) if self._first_name_word(words[i])), None)
            if first is not None:
                return first, "LOC"
        return None

    def _first_name_word(self, word: str) -> bool:
        from .candidates import _first_name
        return _first_name(word.casefold(), common_words().given_for(self.code), self.code)

    def coordinated_place(self, text: str, start: int, depth: int = 4) -> bool:
        """A name at ``start`` joined by "a", "i", "nebo" or a comma to a name after a place's
        cue (z Lipové a Hradce, starostové Lhoty, Hradce a Újezdu): another place, in the
        same case."""
        m = self._joined_before.search(text, max(0, start - 60), start)
        if m is None or self._first_name_word(m.group(1).split(" ")[0]):
            return False
        starts = (m.start(1), m.start(1) + m.group(1).find(" ") + 1) if " " in m.group(1) else (m.start(1),)
        return any(self.place_cue(text, s) is not None for s in starts) \
            or depth > 1 and self.coordinated_place(text, m.start(1), depth - 1)

    def retype(self, text: str, cands: list[Candidate]) -> list[Candidate]:
        """Czech candidates of unknown kind typed by the word before them: a place after a
        preposition of place or a noun that takes one, and after a place it is joined to,
        unless a first name opens it (k Janu Novákovi)."""
        for c in cands:
            words = c.text.split(" ")
            before = word_before(text, c.start)
            if c.type in ("MISC", "LOC", "PER") and before is not None and before.casefold() in self.org_kind_nouns:
                c.type = "ORG"   # (společnosti Lokotrans)
            elif c.type in ("MISC", "LOC") and len(words) >= 2 and self.acronym(words[0]):
                c.type = "ORG"   # SDH Lhota: a body's branch in a town
            elif c.type == "MISC" and before is not None and before.casefold() in self.street_heads:
                c.type = "LOC"   # ulice Na Výsluní
            elif c.type == "MISC" and not c.text.isupper() and not self._adjective_before_noun(text, c) \
                    and ((cue := self.place_cue(text, c.start)) is not None or self.coordinated_place(text, c.start)) \
                    and not (self._person_opens(text, c.start, words)
                             # (a lone word after "in" or "into" is a place's, a first name's form or
                             # not: v Římě, do Keni; k Janu, na Petra take people)
                             and not (len(words) == 1 and cue in ("v", "ve", "do"))):
                c.type = "LOC"
        return cands

    def _person_opens(self, text: str, start: int, words: list[str]) -> bool:
        """Does a first name open the candidate's ``words`` at ``start`` (k Janu Novákovi)?"""
        return self._first_name_word(words[0])

    def _adjective_before_noun(self, text: str, c: Candidate) -> bool:
        """A lone capitalised adjective before a lower-case noun: a name's adjective whose noun
        is common (ve Světovém poháru), no place."""
        after = self._lower_after.match(text, c.end)
        return " " not in c.text and c.text.endswith(self.adjective_only) and after is not None \
            and after.group(1) not in self.stop

    def _is_adjective(self, word: str) -> bool:
        return self._adj.fullmatch(word.casefold()) is not None

    def _tokens(self, text: str, i: int, limit: int = 12) -> list[tuple[int, int, str]]:
        """The words from ``i``, one space apart, up to ``limit`` (a comma or another mark ends
        them; an initial keeps its full stop)."""
        return spaced_words(text, i, self._token, limit, self._initial)

    def _noun(self, word: str) -> bool:
        """A lower-case word that may be a noun of a name's complement: no function word, no
        verb form."""
        return word.islower() and word not in self.stop and self._verb.fullmatch(word) is None and len(word) > 1

    def _capitalised_run(self, toks, k: int) -> int:
        """How many capitalised words (a place's "nad", "pod" and an initial's dot between
        them) stand from ``k`` in ``toks``: a proper name in a complement (Karlovy, T. G.
        Masaryka, Jablonec nad Nisou, Pardubického kraje)."""
        given = common_words().given_for(self.code)
        j = k
        while j < len(toks):
            w = toks[j][2]
            if w.rstrip(".") in self.academic_titles or w.casefold() in given or j > k and self._first_name_word(w) \
                    or j == k and self._person_in_case(w):
                break   # (the person after the body: Univerzity Karlovy Jana Nová; a genitive's
                # patron opens it: Gymnázium Jana Nerudy)
            if w[0].isupper():
                j += 1
            elif w in self.river_prepositions and j > k and j + 1 < len(toks) and toks[j + 1][2][0].isupper():
                j += 2
            elif w.casefold() in self.loc_heads and j > k and self._is_adjective(toks[j - 1][2]):
                j += 1   # Pardubického kraje
            else:
                break
        return j - k

    def _person_in_case(self, word: str) -> bool:
        """A first name in a case no patron of a body takes (none in Czech's rules)."""
        return False

    def _noun_phrase(self, toks, k: int) -> int:
        """The length of a lower-case noun phrase from ``k``: adjectives and a noun
        (hospodářské soutěže, zemědělství), else 0 (the longest: a soft noun looks like an
        adjective, životního prostředí)."""
        j = k
        while j < len(toks) and toks[j][2] not in self.stop and self._adj.fullmatch(toks[j][2]):
            j += 1
        for end in range(min(j, len(toks) - 1), k - 1, -1):
            if self._noun(toks[end][2]):
                return end + 1 - k
        return 0

    def _complement(self, toks, k: int, strict: bool) -> int:
        """The length of a name's complement from ``k``: capitalised words, a phrase with "pro"
        or "proti" (pro ochranu hospodářské soutěže), lower-case genitives, two joined by "a"
        (silnic a dálnic), a genitive after a genitive opening with an adjective.  ``strict``
        (adjectives before the head name the body already): lower-case genitives only before
        a proper name or in the plural's -ů (Český svaz včelařů, Dopravní podnik města Brna)."""
        j = k
        while j < len(toks):
            w = toks[j][2]
            if w[0].isupper():
                return j + self._capitalised_run(toks, j) - k
            purpose = w in self.purpose_prepositions and (j == k or self.purpose_after_genitive)
            if j > k and not purpose and not self._adj_genitive.fullmatch(w):
                break   # (a second genitive opens with an adjective: ochranu hospodářské soutěže)
            if purpose:
                n = self._capitalised_run(toks, j + 1) or self._noun_phrase(toks, j + 1)
                if not n:
                    break
                if toks[j + 1][2][0].isupper():
                    return j + 1 + n - k   # (pro Ústecký kraj: a proper name closes it)
                j, strict = j + 1 + n, False
                continue
            n = self._noun_phrase(toks, j)
            if not n or strict and not (toks[j + n - 1][2].endswith(self.plural_genitive)
                                        or j + n < len(toks) and toks[j + n][2][0].isupper()):
                break
            j += n
            if j + 1 < len(toks) and toks[j][2] == "a" and (m := self._noun_phrase(toks, j + 1)):
                j += 1 + m
        return j - k

    def _adjectives_before(self, text: str, i: int) -> int | None:
        """Where the adjectives before the head at ``i`` start, the first capitalised, the
        others not (Nejvyšší správní soud, Krušné hory), at most three; None without a
        capitalised one."""
        for _ in range(3):
            m = self._word_before.search(text, max(0, i - 30), i)
            if m is None or not self._is_adjective(m.group(1)):
                return None
            i = m.start()
            if m.group(1)[0].isupper():
                return i
        return None

    def headed_names(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, type) of the institutions' and places' names built around a head noun
        (self.org_heads, self.loc_heads): capitalised adjectives before it or a capitalised head,
        the complement after it, and a regional body's or a school's seat."""
        out = []
        for m in self._head.finditer(text):
            head = m.group().casefold()
            kind = "ORG" if head in self.org_heads else "LOC"
            # (a capitalised head opens the name: Czech capitalises a name's first word only)
            start = self._adjectives_before(text, m.start()) if m.group()[0].islower() else None
            if start is None and not (m.group()[0].isupper() and kind == "ORG"):
                continue
            toks = self._tokens(text, m.end() + 1) if text.startswith(" ", m.end()) else []
            n = self._complement(toks, 0, start is not None) if kind == "ORG" else 0
            if start is None and not n:
                continue   # (a capitalised head alone: Nemocnice, at a sentence's start)
            s = m.start() if start is None else start
            e = toks[n - 1][1] if n else m.end()
            if kind == "ORG" and (text[s:s + 8].casefold().startswith(self.seated) or head in self.seated_heads) \
                    and (seat := self._seat.match(text, e)):
                words = seat.group().split(" ")
                e = seat.end() if len(words) == 3 or words[3] in self.river_prepositions \
                    or self._is_adjective(words[2]) \
                    else seat.start() + len(" ".join(words[:3]))   # (v Náchodě, not v Náchodě Mgr.)
            out.append((s, e, kind))
        return out

    def towns_on(self, text: str) -> list[tuple[int, int]]:
        """A town named after its river or hill, "nad" or "pod" and the river's or the hill's
        name in the instrumental (Lhota nad Labem, Újezd pod Horou), or after a town nearby,
        "u" and its genitive (Lhota u Brna), where a preposition of place or a noun taking a
        place stands before it, or it is joined to such a place (mezi Lhotou nad Labem a ...)."""
        out = []
        for m in self._town_on.finditer(text):
            s = m.start(1)
            first = m.group(1).split(" ")[0]
            if " " in m.group(1) and (not self._is_adjective(first) or self.opens_with_cue(text, s, first.casefold())):
                s = m.start(1) + m.group(1).index(" ") + 1   # (two words: an adjective and its noun)
            if m.group(2) == self.near_preposition and self._is_adjective(m.group(3)):
                continue   # (u Krajského soudu: a phrase of its own)
            if self.place_cue(text, s) is not None or self.coordinated_place(text, s):
                out.append((s, m.end()))
        return out

    def names_before_hits(self, text: str, hits) -> list[tuple[int, int, str]]:
        """The headed names and the towns on rivers of a Czech text, (start, end, type), where
        they take in the knowledge base's hits inside them whole (Povodí Vltavy, Slavkov u
        Brna) and equal none: a hit that crosses a place's edge, or a known name of the same
        span, wins; an institution's name wins over the hits it crosses."""
        found = self.headed_names(text) + [(s, e, "LOC") for s, e in self.towns_on(text)]
        return names_over_hits(found, hits)


RULES = Rules()
place_cue = RULES.place_cue
named_by_cue = RULES.named_by_cue
opens_with_cue = RULES.opens_with_cue
acronym = RULES.acronym
lead_before_person = RULES.lead_before_person
coordinated_place = RULES.coordinated_place
retype = RULES.retype
headed_names = RULES.headed_names
towns_on = RULES.towns_on
names_before_hits = RULES.names_before_hits
