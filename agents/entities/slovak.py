"""Slovak names the capitalised runs alone miss or cannot type.  Slovak shares Czech's
grammar of names and its press conventions, so the Czech rules (``czech.Rules``) run here
with Slovak words (general vocabulary of a grammar book or a style guide, no names):

* only the first word of an institution's or a place's name made of common words is
  capitalised (Najvyšší správny súd, Ministerstvo životného prostredia, Bratislavský hrad,
  Vysoké Tatry, Hlavná ulica): the name is found around its head noun, in any case;
  a regional body's, a school's or a regional museum's name takes its seat after "v"
  (Krajský súd v Nitre, Základná škola v Lipovej, Podtatranské múzeum v Poprade);
* a name of unknown kind after a preposition of place (v, vo, na, z, zo, do, pri, k ...)
  or a noun that takes a place's genitive (obyvatelia, starosta, obce) is a place's; a
  town is named after its river or a town nearby (Lehota nad Váhom, Ves pri Senci);
* abbreviations are written in capitals only, so an all-capital word is a body's;
* a firm's legal form after its name is part of it (Lesy, a.s.; Pekáreň Klas s.r.o.).
"""

from __future__ import annotations

import re

from .czech import Rules, _forms, _sentence_start, word_before
from .kb import common_words
from .names import Candidate

_UPPER = "A-ZÁÄČĎÉÍĹĽŇÓÔŔŠŤÚÝŽ"
_LOWER = "a-záäčďéíĺľňóôŕšťúýž"


class SlovakRules(Rules):
    """Czech's rules with Slovak words."""

    code = "sk"
    upper, lower = _UPPER, _LOWER
    # prepositions of place (with the locative, genitive, dative, instrumental or accusative)
    place_prepositions = frozenset("""v vo na z zo do u k ku od odo po pri cez medzi nad pod pred za okolo
    blízko neďaleko vedľa smerom spod spoza""".split())
    # nouns that take a place's genitive or name one after them: residents, local officials,
    # units of local government, a river (obyvatelia Lehoty, starosta Hradca, obec Lehota, rieka Hron)
    place_of_nouns = frozenset("""obyvatelia obyvateľov obyvateľom obyvateľmi obyvateľ obyvateľka obyvateľky
    obyvateľkou rodák rodáka rodáčka starosta starostu starostovi starostom starostka starostky starostovia
    starostov zástupca primátor primátora primátorovi primátorom primátorka primátorky obec obce obci obcou
    mesto mesta meste mestom mestečko mestečka dedina dediny dedine dedinu dedinou okres okresu okrese
    časť časti radnica radnice radnici okolie okolia okolí centrum centra centre
    rieka rieky rieke rieku riekou""".split())
    # a lower-case adjective between a preposition and a place (v bratislavskom Ružinove)
    lower_adjective = ("ských", "ckých", "skom", "ckom", "ského", "ckého", "ské", "cké", "skou", "ckou",
                       "skej", "ckej")
    common_abbreviations = frozenset("DPH HDP USD EUR CZK GB MB KB TV PC IT SMS PIN DNA HIV OK ŠPZ EČV".split())
    # nouns of a firm's, a club's, a shop's or a medium's kind, which name the body after them
    # (spoločnosti Lesotrans, kaviareň Modrá ruža); players of a team (futbalisti Lehoty)
    org_kind_nouns = _forms("""
    spoločnosť spoločnosti spoločnosťou | firma firmy firme firmu firmou | skupina skupiny skupine skupinu skupinou
    automobilka automobilky automobilke automobilku automobilkou | dopravca dopravcu dopravcom | výrobca výrobcu
    výrobcom | spolok spolku spolkom | klub klubu klube klubom | pivovar pivovaru pivovare pivovarom
    denník denníka denníku denníkom | týždenník týždenníka týždenníku | server serveri serverom
    televízia televízie televízii televíziu televíziou | rádio rádia rádiu rádiom | reťazec reťazca reťazci reťazcom
    operátor operátora operátorovi operátorom | koncern koncernu koncerne | holding holdingu | aerolínie aerolínií
    kníhkupectvo kníhkupectva | kaviareň kaviarne kaviarni kaviarňou | predajňa predajne predajni predajňou
    cukráreň cukrárne cukrárni | kvetinárstvo kvetinárstva | kaderníctvo kaderníctva | pekáreň pekárne pekárni
    reštaurácia reštaurácie reštaurácii reštauráciu | penzión penziónu penzióne | hotel hotela hoteli hotelom
    developer developera | startup startupu | iniciatíva iniciatívy iniciatíve iniciatívu iniciatívou
    futbalisti futbalistov futbalistom hokejisti hokejistov hokejistom hráči hráčov hráčom
    """)
    street_heads = _forms("ulica ulice ulici ulicu ulicou | trieda triedy triede triedu triedou"
                          " | námestie námestia námestí námestím | nábrežie nábrežia nábreží")
    adjective_only = ("ého", "ému", "ým", "ými", "ieho", "iemu", "ský", "cký", "ská", "cká", "skej", "ckej",
                      "skom", "ckom")
    # heads of institutions' names with their case forms
    org_heads = _forms("""
    úrad úradu úrade úradom | ministerstvo ministerstva ministerstvu ministerstve ministerstvom
    súd súdu súde súdom | ústav ústavu ústave ústavom | inštitút inštitútu inštitúte inštitútom
    univerzita univerzity univerzite univerzitu univerzitou | fakulta fakulty fakulte fakultu fakultou
    škola školy škole školu školou | gymnázium gymnázia gymnáziu gymnáziom | učilište učilišťa
    nemocnica nemocnice nemocnici nemocnicu nemocnicou | služba služby službe službu službou služieb
    správa správy správe správu správou | zväz zväzu zväze zväzom | spolok spolku spolkom
    združenie združenia združeniu združení združením | komisia komisie komisii komisiu komisiou
    rada rady rade radu radou | agentúra agentúry agentúre agentúru agentúrou | inšpekcia inšpekcie inšpekcii
    polícia polície polícii políciu políciou | podnik podniku podniku podnikom | fond fondu fonde fondom
    nadácia nadácie nadácii nadáciu nadáciou | múzeum múzea múzeu múzeom | divadlo divadla divadle divadlu divadlom
    knižnica knižnice knižnici knižnicu knižnicou | galéria galérie galérii galériu galériou
    komora komory komore komoru komorou | akadémia akadémie akadémii akadémiu akadémiou
    družstvo družstva družstvu družstve družstvom | riaditeľstvo riaditeľstva riaditeľstve
    kancelária kancelárie kancelárii kanceláriu | výbor výboru výbore výborom | zbor zboru zbore zborom
    inšpektorát inšpektorátu | snemovňa snemovne snemovni snemovňu snemovňou | banka banky banke banku bankou
    sporiteľňa sporiteľne sporiteľni sporiteľňu sporiteľňou | pošta pošty pošte poštu poštou
    strana strany strane stranu stranou | hnutie hnutia hnutiu hnutí hnutím | domov domova domove domovom
    cech cechu cechom | spoločnosť spoločnosti spoločnosťou
    """)
    # ... and of places: sites, landforms, waters, streets and regions
    loc_heads = _forms("""
    kraj kraja kraji krajom | ulica ulice ulici ulicu ulicou | námestie námestia námestí námestím
    trieda triedy triede triedu triedou | nábrežie nábrežia nábreží | hrad hradu hrade hradom | zámok zámku zámkom
    hory hôr horách horami | hora hory hore horu horou | dolina doliny doline dolinu dolinou | údolie údolia údolí
    priehrada priehrady priehrade priehradu priehradou | jazero jazera jazere jazerom | rybník rybníka rybníku
    park parku parkom | les lesa lese lesom | vrch vrchu vrchom vrchy vrchov vrchoch | potok potoka potoku potokom
    pohorie pohoria pohorí | most mosta moste mostom | sídlisko sídliska sídlisku | more mora mori morom
    ostrov ostrova ostrove ostrovom | ostrovy ostrovov ostrovoch | polostrov polostrova polostrove
    záliv zálivu | priesmyk priesmyku | sady sadov sadoch | vrchovina vrchoviny vrchovine | nížina nížiny nížine
    pahorkatina pahorkatiny pahorkatine | kotlina kotliny kotline kotlinu kotlinou
    """)
    # adjectives that make a body regional (Krajský súd v Nitre); schools and museums
    seated = ("krajsk", "okresn", "mestsk", "obvodn")
    seated_heads = _forms("škola školy škole školu školou gymnázium gymnázia gymnáziu gymnáziom"
                          " múzeum múzea múzeu múzeom")
    # words no name's complement holds: prepositions, conjunctions, pronouns, auxiliaries
    stop = frozenset("""a i ani alebo ale že aby ktorý ktorá ktoré ktorí čo ako sa si je sú bol bola bolo boli by
    bude budú má majú mal mala malo mali môže môžu musí chce už aj tiež len podľa kvôli v vo na z zo do u k ku
    od po o s so za pred pri cez medzi nad pod proti pre bez okrem ten tá to tým tento táto toto jeho jej ich im
    mu ho ju on ona oni""".split())
    academic_titles = frozenset("Mgr MgA Ing Bc BcA MUDr MVDr JUDr PhDr RNDr PaedDr ThDr Dr doc prof PhD ArtD".split())
    # a Slovak adjective in any case (hard -ý, soft -í, possessive -ov/-ova, -in); after a long
    # syllable the rhythmic law shortens the ending (krásny, pltnícke, rybárskeho)
    adjective_endings = ("ý|á|é|í|ú|ého|ému|om|ým|ou|ých|ými|ej|ím|ích|ími|ieho|iemu|ia|ie|iu"
                         "|(?:[áéíóúýô]|i[aeu])[bcčdďfghjklĺľmnňprŕsštťvzž]*(?:[sc]k|n)"
                         "(?:y|a|e|u|eho|emu|ych|ym|ymi)")
    possessive_endings = "ov|ova|ovo|ovej|ovu|ovom|ovou|ovi|ových|ovým|ovými"
    genitive_endings = "ého|ieho|ých|ích|ej|ia|ie"
    # a verb form: the past participle (-l, -la ...), the present's -uje, -ujú, -ajú, the infinitive
    verb_endings = "[aáeéiíyýouú]l[aoi]?|[bcdfghjkmnprsštvzžľ]l[aoi]|uje|ujú|ajú|ejú|iť|ať|eť|úť|ieť"
    joiners = ("a", "i", "alebo")
    seat_preposition = "vo?"
    river_prepositions = ("nad", "pod")
    near_preposition = "pri"
    purpose_prepositions = ("pre", "proti")
    plural_genitive = "ov"
    purpose_after_genitive = True   # Úrad boja proti korupcii: after the head's genitive too
    # the cues after which no person stands: a first name's form there is a place's (v Ríme; not
    # "na", which names a feast day: na Jána)
    person_free_cues = frozenset("v vo z zo do".split()) | place_of_nouns

    def __init__(self) -> None:
        super(SlovakRules, self).__init__()
        self._acronym_before_name = re.compile(rf"(?<![\w-])([{self.upper}]{{2,6}}) (?=[{self.upper}])")
        self._joined_adjectives = re.compile(rf"(?<![\w-])([{self.upper}][{self.lower}]+) a ([{self.lower}]+) \Z")

    def _person_starts(self, words: list[str], i: int) -> bool:
        """Does a person's name start at ``words[i]``: a first name in the nominative, or in
        a case form that the next word (the family name) shares (Jánom Novákom, Anne
        Novákovej; not Novom Meste)?"""
        low = words[i].casefold()
        if low in common_words().given_for(self.code):
            return True
        return i + 1 < len(words) and self._first_name_word(low) and _same_case(low, words[i + 1].casefold())

    def _person_opens(self, text: str, start: int, words: list[str]) -> bool:
        """Does a person's name open the candidate: its first words by ``_person_starts``; a
        lone word that a first name is spelt as, unless after a cue no person follows (v
        Martine: in the town)."""
        if len(words) >= 2:
            return self._person_starts(words, 0)
        return self.place_cue(text, start) not in self.person_free_cues and self._first_name_word(words[0])

    def _person_in_case(self, word: str) -> bool:
        """A first name in the instrumental or the dative (s predsedníčkou Annou ...): a
        person after a body's name, which takes a patron in the genitive only."""
        return word.casefold().endswith(("ou", "om", "ovi")) and self._first_name_word(word)

    def lead_before_person(self, text: str, start: int, words: list[str]) -> tuple[int, str | None] | None:
        """Czech's rule, with the person's start found by ``_person_starts``, and a place
        after a preposition of place read before a people's noun (v Rožňave Erika Nováková,
        starostom Hornej Lehoty Jánom Novákom)."""
        if len(words) >= 2 and words[0].casefold() in self.org_kind_nouns:
            return 1, None
        person = next((i for i in range(1, len(words) - 1) if self._person_starts(words, i)), None)
        if person is None or self._person_starts(words, 0):
            return None
        if self.place_cue(text, start) is not None:
            return person, "LOC"
        if person == 1 and len(words) <= 4:
            return 1, "ORG" if self.acronym(words[0]) else None
        return None

    def headed_names(self, text: str) -> list[tuple[int, int, str]]:
        """Czech's headed names, and a body's acronym before its name (a club's, a local
        group's: HK Lehota, MAS Horné Pole), which takes in a known place's name whole."""
        found = [f for f in super(SlovakRules, self).headed_names(text) if not self._kind_before_name(text, *f)]
        for m in self._acronym_before_name.finditer(text):
            if not self.acronym(m.group(1)):
                continue
            toks = self._tokens(text, m.end())
            if n := self._capitalised_run(toks, 0):
                found.append((m.start(), toks[n - 1][1], "ORG"))
        return found

    def _kind_before_name(self, text: str, start: int, end: int, etype: str) -> bool:
        """A sentence opening with a noun of a firm's kind (and its adjective) before a name
        (Poisťovacia spoločnosť Alfa oznámila, Spoločnosť Alfa): a description before the
        firm's name, which the capitalised run finds; not a name (unlike Národná diaľničná
        spoločnosť)."""
        words = text[start:end].split(" ")
        return etype == "ORG" and _sentence_start(text, start) \
            and any(w.casefold() in self.org_kind_nouns for w in words[:-1])

    def _adjectives_before(self, text: str, i: int) -> int | None:
        """Czech's adjectives before a head, or two joined by "a" (Hasičský a záchranný
        zbor)."""
        start = super(SlovakRules, self)._adjectives_before(text, i)
        if start is None and (m := self._joined_adjectives.search(text, max(0, i - 60), i)) is not None \
                and self._is_adjective(m.group(1)) and self._is_adjective(m.group(2)):
            start = m.start()
        return start


def _same_case(first: str, family: str) -> bool:
    """A first name and a family name in the same case: the same last letter, or a woman's
    -e, -i, -u, -a beside an adjectival name's -ej, -ú, -á (Anne Novákovej, Annu Novákovú)."""
    return first[-1] == family[-1] or first[-1] in "ei" and family.endswith("ej") \
        or (first[-1], family[-1]) in (("u", "ú"), ("a", "á"))


# a firm's legal form after its name, part of it (Lesy, a.s.; Pekáreň Klas s.r.o.), and the
# lower-case words of the name before it (Lesné stroje, a.s.)
_LEGAL_FORM = re.compile(rf"(?: [{_LOWER}]+){{0,2}},? (?:a\. ?s\.|s\. ?r\. ?o\.|spol\. s r\. ?o\.|k\. ?s\."
                         r"|v\. ?o\. ?s\.|š\. ?p\.|n\. ?o\.)")


RULES = SlovakRules()


def retype(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Czech's typing of candidates with Slovak words; a name with a legal form after it
    is a firm's, the form included; a firm's name of a capitalised adjective and a noun
    after a noun of its kind (kaviareň Zlatý kľúč); an abbreviation of common words (DPH)
    names nobody."""
    for c in RULES.retype(text, cands):
        if (m := _LEGAL_FORM.match(text, c.end)) is not None:
            c.end, c.type = m.end(), "ORG"
        elif (end := _noun_after_firm_adjective(text, c)) is not None:
            c.end = end
        c.text = text[c.start:c.end]
    return [c for c in cands if c.text not in RULES.common_abbreviations]


_LOWER_WORD = re.compile(rf" ([{_LOWER}]+)(?![\w-])")


def _noun_after_firm_adjective(text: str, c: Candidate) -> int | None:
    """The end of a firm's name whose capitalised adjective ``c`` a noun follows in lower
    case, after a noun of the firm's kind (cukráreň Biely mak), else None."""
    before = word_before(text, c.start)
    if c.type != "ORG" or " " in c.text or before is None or before.casefold() not in RULES.org_kind_nouns \
            or not RULES._is_adjective(c.text):
        return None
    m = _LOWER_WORD.match(text, c.end)
    return m.end() if m is not None and RULES._noun(m.group(1)) and not RULES._is_adjective(m.group(1)) else None


def names_before_hits(text: str, hits) -> list[tuple[int, int, str]]:
    """Czech's headed names and towns with Slovak words; a body's with its legal form."""
    out = []
    for s, e, etype in RULES.names_before_hits(text, hits):
        if etype == "ORG" and (m := _LEGAL_FORM.match(text, e)) is not None:
            e = m.end()
        out.append((s, e, etype))
    return out
