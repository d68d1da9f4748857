"""Names of institutions and buildings in the Romance languages: a capitalised head noun,
then lower-case adjectives and ``de``-phrases, often a place at the end (Commission
électorale indépendante, Universidad Nacional Autónoma de México, Agenzia spaziale
italiana, Banque cantonale du Valais, Palacio de Cristal).

French and Italian capitalise only the first word of such a name and only when it names
one body ("le Conseil constitutionnel", but "le conseil municipal"): a capitalised head
inside a sentence, with the words that qualify it, is the name. Spanish and Portuguese write
them in title case, which the capitalised-run rules already take (Portuguese longer names:
``portuguese.py``), but a known place at the end
("... de México") used to cut the name in two: the place ends the name instead. General
grammar and vocabulary of these languages, not a list of names.
"""

from __future__ import annotations

import re

from .amounts import alternation
from .dutch import ORG_OPENERS as NL_ORG_OPENERS, PLACE_OPENERS as NL_PLACE_OPENERS

ROMANCE = frozenset(("fr", "es", "it", "pt", "ca", "gl"))

# heads of an organisation's name (lower-cased)
ORG_HEADS = frozenset("""
banque commission conseil cour tribunal société compagnie caisse chambre direction institut centre office
agence autorité port programme fonds fédération association union université école lycée collège musée
hôpital clinique ministère assemblée parti mouvement front groupe régie syndicat conservatoire observatoire
académie bibliothèque orchestre préfecture mairie communauté secrétariat comité fondation confédération
haute haut-commissariat inspection gendarmerie police armée service laboratoire
banco comisión consejo corte sociedad compañía caja cámara dirección instituto centro oficina agencia
autoridad fondo federación asociación universidad escuela colegio liceo museo hospital clínica ministerio
asamblea partido movimiento frente grupo sindicato conservatorio observatorio academia biblioteca orquesta
alcaldía ayuntamiento diputación gobernación fiscalía procuraduría contraloría defensoría secretaría
superintendencia servicio comité fundación laboratorio metro policía junta consejería audiencia registro
parlamento congreso senado abogacía corporación confederación empresa
banca commissione consiglio tribunale società compagnia cassa camera direzione istituto ufficio agenzia
autorità programma federazione associazione unione università politecnico scuola collegio ospedale
ministero assemblea partito movimento fronte gruppo sindacato osservatorio accademia orchestra prefettura
questura procura segreteria servizio comitato fondazione consorzio cantina azienda ente polizia esercito
guardia senato regione provincia comune
comissão conselho sociedade companhia caixa câmara direção diretoria agência autoridade federação associação
universidade escola colégio museu ministério assembleia prefeitura secretaria serviço fundação polícia
""".split())
# trades and firms' kinds that open a business's name before its owner's or its own
# (Fromagerie Berthaut, Talleres Iturbe, Pastificio Di Martino, Fratelli Rossi)
TRADE_HEADS = frozenset("""
boulangerie pâtisserie fromagerie biscuiterie brasserie charcuterie boucherie confiserie chocolaterie
distillerie laiterie fonderie forges tissages menuiserie imprimerie quincaillerie transports établissements
panadería pastelería quesería orfebrería bodegas talleres construcciones transportes hermanos lácteos
conservas turrones harinera cervecería destilería imprenta ferretería confitería carnicería
pastificio panificio salumificio prosciuttificio caseificio birrificio oleificio distilleria tipografia
falegnameria pasticceria macelleria fratelli conserve officine officina cantina cantine latteria
padaria confeitaria pastelaria queijaria cervejaria irmãos
""".split())
# heads of a building's or a landmark's name: a place (Palacio de Cristal, Duomo di Milano)
BUILDING_HEADS = frozenset("""
palais château cathédrale basilique église théâtre opéra
palacio castillo catedral basílica iglesia teatro casa
palazzo castello duomo cattedrale basilica chiesa
palácio castelo catedral igreja
""".split())

# "de" and its forms, which join the words of such a name (and the article after de)
_PARTICLES = frozenset("""de del della dello delle degli dei di du des da do dos das d' d’ dell' dell’
des de' l' l’ la las los le""".split())
_PARTICLE_ENDS = tuple(sorted({p[-2:] + " " for p in _PARTICLES if p[-1] not in "'’"} | {"d'", "d’", "l'", "l’"}))
_ARTICLES_AFTER_DE = frozenset("la las los le l' l’".split())   # (de la, de los, de l')
_AND = frozenset(("et", "y", "e"))
# function words that end the search: a verb, a pronoun, another preposition says the
# words before the place are a clause, not a name ("la Banque a prêté à la ville de Paris")
_STOP = frozenset("""
a à au aux avec dans en est sont sur pour par que qui ne se son sa ses leur il elle on ont été
el los las lo un una uno unos es son fue ha han con en para por que quien se su sus
il lo gli i un una uno è sono ha hanno con in per che si suo sua nel nella al alla
o os as um uma é são foi com em para por que se seu sua no na
""".split())

# prepositions after which a name of unknown kind is where something is or goes: "a
# Maranello", "à Vevey", "en Tilcara" (a company takes them too, "lavora in Ferrari", but
# far less often than a town, and known companies are found before)
PLACE_CUES = {"fr": frozenset(("à", "en", "dans", "vers")), "es": frozenset(("en", "desde", "hacia")),
              "it": frozenset(("a", "ad", "in", "presso", "verso")), "pt": frozenset(("em", "para", "desde", "no", "na", "nos", "nas")),
              "ca": frozenset(("a", "en", "cap", "al", "als")), "gl": frozenset(("en", "desde", "cara")),
              "ro": frozenset(("la", "în", "din", "spre", "lângă", "peste"))}

_TOKEN = re.compile(r"[^\W\d_]+['’]|[^\W_][\w-]*|\S")
_MAX_WORDS = 8   # between the head and the place


def _words_before_particle(text: str, start: int, reach: int) -> tuple[list[tuple[int, str]], int] | None:
    """The tokens (start, word) of the ``reach`` characters before ``start`` and the index
    of the de-particle (de, del, d', de la) that ends them, if one does; else None."""
    if start < 4 or text[start - 1] not in " '’" or not text.endswith(_PARTICLE_ENDS, start - 5, start):
        return None   # (most places follow another word: no window to read)
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(text, start - reach if start > reach else 0, start)]
    i = len(toks) - 1
    if i < 0 or toks[i][1].lower() not in _PARTICLES:
        return None
    if toks[i][1].lower() in _ARTICLES_AFTER_DE:   # de la, de los, de l'
        i -= 1
        if i < 0 or toks[i][1].lower() not in ("de", "d'", "d’"):
            return None
    return toks, i


def head_before_place(text: str, start: int, proper=None) -> tuple[int, str] | None:
    """(start, type) of the institution's or building's name that the place at ``start``
    ends, when one opens before it: "Universidad Nacional Autónoma de |México", "Banque
    cantonale du |Valais", "Museo d'arte della |Svizzera"; None otherwise. ``proper(word)``:
    a capitalised word that is a name of its own, which completes the institution's name
    before the place (Italian: "Ospedale Niguarda di |Milano", a hospital in Milan;
    Spanish: "Teatro Campoamor de |Oviedo", a theatre in Oviedo)."""
    if (before := _words_before_particle(text, start, 100)) is None:
        return None
    toks, i = before
    words = 0
    named = False
    for j in range(i - 1, -1, -1):
        pos, tok = toks[j]
        low = tok.lower()
        if not tok[0].isalpha() or low in _STOP and low not in _PARTICLES:
            return None   # punctuation or a clause: no name runs on to the place
        if tok[0].isupper():
            if low in ORG_HEADS:
                return None if named else (pos, "ORG")
            if low in BUILDING_HEADS:
                return None if named else (pos, "LOC")
            named = named or proper is not None and proper(tok)
        elif low in _PARTICLES:
            named = False   # (the name's own de-phrase, Instituto Nacional de Cancerología: no name of its own)
        words += 1
        if words > _MAX_WORDS:
            return None
    return None


# languages whose towns are named "X de Y" in two words (French joins them with hyphens:
# Villefranche-sur-Saône, and "le lycée Joffre de Montpellier" is no town)
TOWNS_NAMED_AFTER = frozenset(("es", "it", "pt", "gl", "ca"))


def town_before_place(text: str, start: int, ordinary) -> int | None:
    """Where a town's name that the place at ``start`` ends opens: one capitalised word
    before de/del/di (Tepatitlán de |Morelos, Castrillo de la |Guareña, Villanueva del
    |Arzobispo): the way Spanish and Italian name towns after a region, a river or a saint.
    ``ordinary(word)``: an everyday word or a person's name, which makes no town (Presidente
    de Francia, Juan de Austria, Pérez de Madrid); None otherwise."""
    if (before := _words_before_particle(text, start, 40)) is None or before[1] < 1:
        return None
    toks, i = before
    pos, word = toks[i - 1]
    if not word[0].isupper() or not word.isalpha() or len(word) < 4 or word.lower() in ORG_HEADS \
            or word.lower() in BUILDING_HEADS or ordinary(word):
        return None
    if i >= 2 and toks[i - 2][1][0].isupper():
        return None   # a longer name's last word (Museo Nacional de ...): not a town's alone
    return pos


# lower-case endings of adjectives (French, Italian, Portuguese, Spanish): the words that
# qualify a head (électorale, constitutionnel, spaziale, italiano); not -ent, a verb's as often
_ADJECTIVE_ENDS = ("ant", "ante", "ants", "antes", "al", "ale", "ales", "aux", "el", "elle", "els", "elles",
                   "ique", "iques", "aire", "aires", "if", "ive", "ifs", "ives", "ien", "ienne", "iens", "iennes", "ain", "aine", "ais", "aise",
                   "ois", "oise", "ée", "ées", "eur", "ier", "ière", "iste", "ali", "ano", "ana", "ani", "ane",
                   "ese", "esi", "ico", "ica", "ici", "iche", "ivo", "iva", "ivi", "ario", "aria", "ari", "ino",
                   "ina", "ense", "ário", "ária", "eiro", "eira", "ado", "ada", "ato", "ata", "ista", "ile",
                   "peo", "pea", "pei", "pee", "aneo", "anea", "anei", "anee")   # (europea, mediterraneo)


def _heads_pattern(heads) -> re.Pattern:
    """The capitalised heads as one regex, a tree of shared prefixes after each capital
    (amounts.alternation): the engine skips to those capitals, where a pattern that opens
    with a look-behind or a character class tries every position."""
    by_first: dict[str, list[str]] = {}
    for h in sorted(heads):
        by_first.setdefault(h[0].upper(), []).append(h[1:])
    return re.compile("(?:" + "|".join(f"{k}(?:{alternation(v, 0)})" for k, v in by_first.items()) + r")(?![\w-])")


_HEAD_AT = _heads_pattern(ORG_HEADS)
_WORD_AFTER = re.compile(r"([^\W\d_]+['’]|[^\W\d_][\w-]*)( ?)")
_MAX_QUALIFIERS = 5


def _mid_sentence(text: str, s: int) -> bool:
    """A capital at ``s`` that no sentence start explains: after a lower-case word or a
    comma ("selon le Conseil"), or after an elided article ("l'Agenzia", "d'Orléans")."""
    if s >= 2 and text[s - 1] in "'’":
        return text[s - 2] in "lLdD"
    return s >= 2 and text[s - 1] == " " and (text[s - 2].islower() or text[s - 2] == ",")


def qualified_heads(text: str, covered: bytearray) -> list[tuple[int, int]]:
    """Spans of organisations named by a capitalised head and the lower-case words that
    qualify it (French, Italian, Portuguese): adjectives (_ADJECTIVE_ENDS) and de-phrases
    whose noun may be any word but a function word; at least one such word."""
    out = []
    for m in _HEAD_AT.finditer(text):
        s, e = m.span()
        if covered[s] or s and (text[s - 1].isalnum() or text[s - 1] == "-") or not _mid_sentence(text, s):
            continue
        end, pos, after_particle, n = e, e, False, 0
        while n < _MAX_QUALIFIERS and pos < len(text) and text[pos] == " ":
            w = _WORD_AFTER.match(text, pos + 1)
            if w is None:
                break
            low = w.group(1)
            if not low.islower() and not low.endswith(("'", "’")) or low in _STOP and low not in _PARTICLES:
                break
            if low in _PARTICLES or low in _AND:
                after_particle = low not in _AND or after_particle
                pos = w.end(1)
                if low.endswith(("'", "’")):   # d'études: the noun is glued on
                    w2 = _WORD_AFTER.match(text, pos)
                    if w2 is None or not w2.group(1).islower() or w2.group(1) in _STOP:
                        break
                    end = pos = w2.end(1)
                    after_particle, n = False, n + 1
                continue
            if not (after_particle or low.endswith(_ADJECTIVE_ENDS)) or len(low) < 3:
                break
            end = pos = w.end(1)
            after_particle, n = False, n + 1
        if end > e and not any(covered[s:end]):
            out.append((s, end))
    return out


# -- Italian: what the words around an unknown name say it is --------------------------------

# words that open an Italian place's name or stand inside one (a style guide's landforms and
# waters, the Swiss canton, the saints' titles of towns and churches): Monte Generoso, Val
# Badia, Isola d'Elba, Passo del Tonale, Gardone Val Trompia, Porto Santo Stefano. As first
# names (Val, Santo) they make no person there
IT_PLACE_HEADS = frozenset("""monte val valle isola isole passo colle capo punta pizzo piz golfo lago laghi
penisola promontorio canton cantone san santa santo via viale vicolo piazzale lungomare""".split())
# capitalised words that open an organisation's name whatever follows them, names included
# (Polisportiva Val Cismon, Ospedale Pediatrico Bambino Gesù, Gs Primiero: sports clubs'
# initials as Italian writes them, gruppo/associazione/unione sportiva)
IT_ORG_OPENERS = ORG_HEADS | TRADE_HEADS | frozenset("""ospedale policlinico consorzio cooperativa polisportiva
circolo ferrovia ferrovie club gs as ac us ss asd ssd usd acd""".split())
# Portuguese heads of a body's name besides ORG_HEADS (a style guide's bodies, clubs and
# trades: Guarda Nacional, Junta de Freguesia, Bombeiros Voluntários, Liga Portuguesa)
PT_ORG_HEADS = frozenset("""guarda junta cooperativa confederação procuradoria defensoria controladoria
superintendência corregedoria ouvidoria tribunal supremo congresso senado empresa corporação clube liga
faculdade instituto centro hospital banco partido sindicato academia orquestra filarmónica filarmônica
bombeiros irmandade ordem comando exército marinha força departamento agrupamento embaixada consulado
observatório laboratório editora rádio associação grémio grêmio conservatório seminário misericórdia
transportes construções serviços indústrias estaleiros farmácia livraria papelaria carpintaria serralharia
marcenaria mercearia oficina alambique adega vinícola metro""".split())
# ... and of a place's: streets, venues, landforms and buildings (Rua de Cedofeita, Praça da
# Sé, Parque Nacional da Tijuca, Ilha do Mel, Serra da Estrela, Mercado Municipal)
PT_PLACE_HEADS = BUILDING_HEADS | frozenset("""rua avenida praça largo travessa estrada rodovia alameda
calçada beco parque jardim mercado feira arena estádio ginásio autódromo santuário mosteiro convento capela
ermida sé ponte ilha ilhas serra praia baía lagoa cabo pico monte vale chapada cachoeira bairro vila torre
cemitério aeroporto estação cais terreiro forte""".split())
# Catalan heads of a body's name (a style guide's bodies, clubs and trades, and the initials
# of sports clubs: CE Club Esportiu, CF Club de Futbol, UE Unió Esportiva, CN Club Natació) ...
CA_ORG_HEADS = frozenset("""ajuntament consell comissió departament institut escola escoles fundació associació
club unió corporació cambra inspecció hospital ministeri germandat confraria colla federació universitat
agència parlament sindicat partit companyia societat banc caixa conselleria diputació tribunal jutjat
audiència fiscalia sindicatura guàrdia policia exèrcit mancomunitat consorci cooperativa servei institució
acadèmia biblioteca museu orquestra orfeó agrupació centre casal ateneu gremi patronat secretaria direcció
oficina autoritat junta comitè congrés senat govern delegació organització moviment front aliança plataforma
assemblea observatori laboratori conservatori editorial ràdio televisió futbol penya mútua col·legi liceu
facultat entitat""".split())
CA_CLUB_INITIALS = frozenset("CE CF UE CD CB CN CH FC AE CP UD SD".split())
# ... trades and firms' kinds that open a business's name (Transports X i Fills, Forn X)
CA_TRADE_HEADS = frozenset("""transports construccions forn fleca pastisseria carnisseria cansaladeria
xarcuteria celler cellers caves impremta ferreteria adrogueria llibreria tallers indústries serveis mobles
confiteria gelateria germans""".split())
# ... and of a place's: streets, venues, landforms, buildings and the saints' names of towns
# (Plaça de Catalunya, Via Laietana, Palau de X, Ribera d'X, Sant X de Y, Baix X)
CA_PLACE_HEADS = frozenset("""plaça carrer avinguda passeig via rambla ronda travessera camí carretera
autopista autovia palau castell catedral basílica església parròquia monestir santuari ermita capella
teatre estadi camp parc jardí jardins port pont riu riera torrent serra muntanya massís pic puig tossal turó
coll mont vall ribera raval barri platja cala illa illes estany llac delta pla plana costa mercat pavelló
poliesportiu auditori torre font cova ciutat sant santa sants baix alt""".split())
# capitalised words that open an organisation's name in a capitalised run, by language:
# Spanish and Portuguese write such names in title case (Corte Constitucional, Servicio
# Nacional de Geología, Supremo Tribunal Federal); French capitalises only the head
# (qualified_heads), and a capitalised head before a name is as often a venue there (le
# Centre Bell); Dutch, capitalising only names, opens them with a business word (Camping X)
ORG_OPENERS = {"it": IT_ORG_OPENERS, "es": ORG_HEADS | TRADE_HEADS, "pt": ORG_HEADS | TRADE_HEADS | PT_ORG_HEADS,
               "nl": NL_ORG_OPENERS, "ca": CA_ORG_HEADS | CA_TRADE_HEADS | {i.lower() for i in CA_CLUB_INITIALS}}
# ... and a building's, a place (Teatro Campoamor, Palacio Legislativo, Rua Augusta, Sportpark X)
PLACE_OPENERS = {"es": BUILDING_HEADS, "pt": PT_PLACE_HEADS, "nl": NL_PLACE_OPENERS, "ca": CA_PLACE_HEADS}
# a club's word anywhere in a run makes it an organisation (Touring Club Italiano)
IT_ORG_INSIDE = frozenset(("club",))
# titles before a person's name (a grammar's list of titles written in lower case)
IT_TITLES_BEFORE = frozenset("""presidente presidentessa sindaco sindaca vicesindaco vicesindaca ministro ministra
premier dottor dottore dottoressa professor professore professoressa don padre suor monsignor onorevole
senatore senatrice deputato deputata avvocato avvocata ingegner ingegnere ingegnera architetto assessore
assessora cardinale maresciallo brigadiere appuntato capitano colonnello tenente commissario questore prefetto
vescovo arcivescovo parroco""".split())
# lower-case nouns in apposition before a name, with or without "di", that make it a place
# (il fiume Tagliamento, il borgo di Pienza, la frazione di Caprile) ...
IT_PLACE_NOUNS = frozenset("""fiume torrente lago monte isola borgo frazione località quartiere rione villaggio
valle cantone canton""".split())
# ... offices of a town, which make the name after "di" a place (il sindaco di Airolo)
IT_TOWN_OFFICES = frozenset("sindaco sindaca vicesindaco vicesindaca abitanti parroco vescovo diocesi".split())
# ... and a shop's or a firm's kind, which makes it an organisation (il birrificio Baladin,
# la merceria Rossi Bottoni)
IT_FIRM_NOUNS = TRADE_HEADS | frozenset("""merceria negozio bottega trattoria osteria pizzeria ristorante
cooperativa quotidiano settimanale emittente""".split())


def italian_noun_before(text: str, start: int) -> str | None:
    """"LOC" or "ORG" when a lower-case noun before the name at ``start`` says what it is
    (IT_PLACE_NOUNS, IT_FIRM_NOUNS, or "di" after IT_TOWN_OFFICES or after a capitalised
    name: "il birrificio X di Piozzo"); None otherwise."""
    words = text[max(0, start - 30):start].split()
    if not words or text[start - 1] != " ":
        return None
    last = words[-1]
    if last in IT_PLACE_NOUNS:
        return "LOC"
    if last in IT_FIRM_NOUNS:
        return "ORG"
    if last == "di" and len(words) > 1:
        before = words[-2]
        if before in IT_TOWN_OFFICES or before in IT_PLACE_NOUNS or before[0].isupper() and before.isalpha():
            return "LOC"   # (a firm's, a school's, a church's town: "Baladin di Piozzo")
    return None


# endings of lower-case adjectives of a place that follow it inside a name (della Svizzera
# italiana, della Sardegna meridionale); not -ano, a verb's plural as often (figurano), nor a
# participle (-ato, -ata)
_PLACE_ADJECTIVE_ENDS = ("ana", "ani", "ane", "ese", "esi", "ica", "ico", "ici", "iche", "ale", "ali",
                         "ina", "ino", "ine", "ini", "ense", "ensi", "pea", "peo", "pee", "pei", "anea", "aneo")
_LOWER_WORD = re.compile(r" ([a-zà-ù]{4,})(?![\w'’-])")


def adjective_after_place(text: str, end: int) -> int:
    """Where an institution's name that ends in a place really ends: after a lower-case
    adjective that qualifies the place (Università della Svizzera italiana), else ``end``."""
    m = _LOWER_WORD.match(text, end)
    if m is None or not m.group(1).endswith(_PLACE_ADJECTIVE_ENDS) or m.group(1) in _STOP:
        return end
    return m.end(1)


def italian_acronym(word: str) -> str | None:
    """The upper-case form of an acronym that Italian writes with one capital (Onu, Nato:
    a style guide's rule for acronyms read as words), for the knowledge base; else None."""
    if 3 <= len(word) <= 5 and word.isalpha() and word[0].isupper() and word[1:].islower():
        return word.upper()
    return None


def _word_before(text: str, start: int) -> str:
    """The lower-case word right before ``start``, after one space ('' if none)."""
    if start < 2 or text[start - 1] != " ":
        return ""
    k = start - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:start - 1].lower()


def italian_run_type(text: str, start: int, words: list[str], etype: str) -> str:
    """The type of an Italian capitalised run at ``start`` (``words`` lower-cased) that its
    own words or the words before it give, else ``etype``: an organisation's opener or a
    club's word (Ospedale Bambino Gesù, Touring Club Italiano), a place's head inside it
    (Gardone Val Trompia), a title before it (il sindaco Rossi), a noun before it (il fiume
    Adda, il birrificio Baladin, il sindaco di Airolo)."""
    if len(words) >= 2 and etype != "ORG" and (words[0] in IT_ORG_OPENERS or any(w in IT_ORG_INSIDE for w in words)):
        return "ORG"
    if etype != "MISC":
        return etype
    if len(words) >= 2 and any(w in IT_PLACE_HEADS for w in words):
        return "LOC"
    if _word_before(text, start) in IT_TITLES_BEFORE:
        return "PER"
    return italian_noun_before(text, start) or etype


# lower-case words of a church or a street that Italian writes before its name, part of the
# place's name (la chiesa di San Vito, via Toledo, viale Mazzini)
IT_CHURCH_WORDS = frozenset("chiesa chiesetta cappella santuario basilica pieve abbazia convento monastero".split())
IT_STREET_WORDS = frozenset("via viale vicolo piazzale lungomare".split())
_IT_FACILITY_BEFORE = re.compile(r"(?<![\w'’-])(?:(?:" + "|".join(sorted(IT_CHURCH_WORDS)) + r") d(?:i|el|ella|ei)"
                                 r"|" + "|".join(sorted(IT_STREET_WORDS)) + r") \Z")


def italian_facility_start(text: str, start: int) -> int | None:
    """Where a church's word and "di", or a street's word, before the name at ``start``
    opens the place's name (la chiesa di |San Vito, via |Toledo); None otherwise."""
    if start < 4 or text[start - 1] != " " or not text[start - 2].isalpha():
        return None
    words = text[max(0, start - 18):start].split()   # (a cheap test first: most names have no such word)
    if words[-1] not in IT_STREET_WORDS and not (len(words) > 1 and words[-2] in IT_CHURCH_WORDS):
        return None
    m = _IT_FACILITY_BEFORE.search(text, max(0, start - 18), start)
    return m.start() if m is not None else None


_PLACE_OF = re.compile(r" di ([A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+)?)(?![\w'’-])")


def place_closing_name(text: str, end: int) -> int:
    """Where an institution's name of a head and common words (Cantina Sociale, Cassa
    Rurale) ends when "di" and a place's name follow it: that place completes it (Cantina
    Sociale di Roccapiana); else ``end``."""
    m = _PLACE_OF.match(text, end)
    return m.end() if m is not None else end


# a landform's head, "di" or its forms, and a capitalised name: one place (Passo dello
# Stelvio, Valle dei Templi, Isola d'Elba), though capitalised runs break at "dello", "dei"
_IT_LANDFORM_HEAD = _heads_pattern(IT_PLACE_HEADS - {"san", "santa", "santo"})
_IT_OF_NAME = re.compile(r" (?:d['’]|(?:di|dello|degli|dei|delle|dell['’]) ?)"
                         r"[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)?")


def italian_landform_places(text: str, covered: bytearray) -> list[tuple[int, int]]:
    """Spans of places a capitalised landform's head opens before "di", "dello", "dei" ...
    and a name (Passo dello Stelvio), where no capitals before say a sentence starts."""
    out = []
    for m in _IT_LANDFORM_HEAD.finditer(text):
        s = m.start()
        if s and (text[s - 1].isalnum() or text[s - 1] == "-") or (name := _IT_OF_NAME.match(text, m.end())) is None:
            continue
        if _mid_sentence(text, s) and not any(covered[s:name.end()]):
            out.append((s, name.end()))
    return out


# heads of a region's, a province's or a town's government written before the place's name
# (Regione Lombardia, Provincia Autonoma, Comune di Lecco): the body, an organisation
_IT_ADMIN_HEAD = re.compile(r"(?:Regione|Provincia|Comune) \Z")


def admin_body_before(text: str, start: int) -> int | None:
    """Where "Regione" (or Provincia, Comune) right before the place at ``start`` opens the
    name of its government (Regione Siciliana, Regione Lombardia); None otherwise."""
    if start < 9 or text[start - 1] != " ":
        return None
    m = _IT_ADMIN_HEAD.search(text, start - 10, start)
    return m.start() if m is not None and _mid_sentence(text, m.start()) else None


# -- French and Spanish: a person's noun before an unknown name -----------------------------------

# lower-case titles, offices, trades and kinship words that stand before a person's name in
# apposition, with or without a comma (la chanteuse X, el ciclista X, son Premier ministre,
# X, doña X, M. X): a style guide's list of titles and occupations; not the feminine forms
# that name a field too (la música, la física), nor adjectives (fiscal, lateral)
PERSON_NOUNS = {
    "fr": frozenset("""M. Mme Mlle Me monsieur madame mademoiselle maître docteur docteure professeur professeure
président présidente vice-président vice-présidente ministre premier-ministre secrétaire porte-parole
gouverneur gouverneure préfet préfète sous-préfet maire adjoint adjointe échevin échevine bourgmestre
député députée sénateur sénatrice conseiller conseillère ambassadeur ambassadrice consul juge procureur
procureure avocat avocate notaire commissaire inspecteur inspectrice capitaine colonel général lieutenant commandant
directeur directrice patron patronne gérant gérante fondateur fondatrice cofondateur cofondatrice dirigeant
dirigeante chef cheffe responsable délégué déléguée entraîneur entraîneuse sélectionneur sélectionneuse
joueur joueuse gardien gardienne attaquant attaquante défenseur arbitre pilote coureur
coureuse cycliste nageur nageuse skieur skieuse athlète sprinteur sprinteuse pongiste tennisman boxeur
boxeuse judoka footballeur footballeuse basketteur basketteuse handballeur handballeuse rugbyman
chanteur chanteuse musicien musicienne pianiste violoniste guitariste rappeur rappeuse compositeur
compositrice chef-d'orchestre acteur actrice comédien comédienne réalisateur réalisatrice cinéaste
metteur écrivain écrivaine romancier romancière poète poétesse auteur autrice journaliste photographe
peintre sculpteur sculptrice artiste dessinateur dessinatrice humoriste animateur animatrice chroniqueur
chroniqueuse historien historienne chercheur chercheuse scientifique physicien physicienne chimiste
biologiste médecin chirurgien chirurgienne infirmier infirmière pharmacien pharmacienne vétérinaire
économiste sociologue philosophe archéologue ingénieur ingénieure architecte enseignant enseignante
instituteur institutrice étudiant étudiante élève agriculteur agricultrice éleveur éleveuse viticulteur
viticultrice vigneron vigneronne boulanger boulangère pâtissier pâtissière boucher bouchère fromager
fromagère cuisinier cuisinière commerçant commerçante artisan artisane pêcheur pêcheuse berger bergère
militant militante syndicaliste habitant habitante riverain riveraine témoin victime
père mère frère sœur fils fille époux épouse mari femme veuf veuve oncle tante cousin cousine
grand-père grand-mère neveu nièce""".split()),
    "es": frozenset("""don doña Sr. Sra. señor señora doctor doctora profesor profesora licenciado licenciada
presidente presidenta vicepresidente vicepresidenta ministro ministra secretario secretaria portavoz
gobernador gobernadora alcalde alcaldesa teniente concejal concejala edil diputado diputada senador senadora
embajador embajadora cónsul juez jueza abogado abogada notario notaria comisario comisaria
inspector inspectora capitán coronel comandante director directora gerente consejero consejera
fundador fundadora cofundador cofundadora dueño dueña propietario propietaria empresario empresaria jefe jefa
responsable delegado delegada entrenador entrenadora seleccionador seleccionadora jugador jugadora
portero portera delantero delantera centrocampista árbitro árbitra piloto ciclista
nadador nadadora atleta tenista futbolista boxeador boxeadora esquiador esquiadora
cantante cantautor cantautora músico pianista guitarrista violinista rapero rapera compositor
compositora actor actriz cineasta escritor escritora novelista poeta poetisa autor autora periodista
fotógrafo fotógrafa pintor pintora escultor escultora artista dibujante humorista presentador presentadora
historiador historiadora investigador investigadora científico científica físico químico
biólogo bióloga médico médica cirujano cirujana enfermero enfermera farmacéutico farmacéutica veterinario
veterinaria economista sociólogo socióloga filósofo filósofa arqueólogo arqueóloga ingeniero ingeniera
arquitecto arquitecta maestro maestra estudiante alumno alumna agricultor agricultora ganadero ganadera
viticultor viticultora panadero panadera pastelero pastelera carnicero carnicera pescador pescadora
artesano artesana comerciante activista sindicalista vecino vecina testigo
padre madre hermano hermana hijo hija esposo esposa marido mujer viudo viuda tío tía primo prima
abuelo abuela sobrino sobrina""".split()),
    "pt": frozenset("""dom dona sr. sra. senhor senhora doutor doutora dr. dra. professor professora padre frei
irmã presidente vice-presidente ministro ministra primeiro-ministro primeira-ministra secretário secretária
porta-voz governador governadora prefeito prefeita autarca vereador vereadora deputado deputada senador
senadora embaixador embaixadora cônsul juiz juíza desembargador desembargadora procurador procuradora
advogado advogada notário comissário comissária delegado delegada inspetor inspetora capitão coronel
general tenente comandante diretor diretora director directora gerente sócio sócia sócio-gerente dono
dona proprietário proprietária empresário empresária fundador fundadora presidente-executivo provedor
provedora reitor reitora treinador treinadora técnico selecionador jogador jogadora goleiro guarda-redes
atacante avançado zagueiro médio árbitro árbitra piloto ciclista nadador nadadora atleta tenista futebolista
pugilista lutador lutadora cantor cantora cantautor músico pianista guitarrista violinista
sanfoneiro compositor compositora maestro maestrina ator atriz cineasta realizador realizadora escritor
escritora romancista poeta poetisa autor autora jornalista fotógrafo fotógrafa pintor pintora escultor
escultora artista humorista apresentador apresentadora historiador historiadora investigador
investigadora pesquisador pesquisadora cientista físico biólogo bióloga médico médica cirurgião
cirurgiã enfermeiro enfermeira farmacêutico farmacêutica veterinário veterinária economista sociólogo
socióloga filósofo filósofa arqueólogo arqueóloga engenheiro engenheira arquiteto arquiteta arquitecto
professor professora estudante aluno aluna agricultor agricultora produtor produtora viticultor
viticultora enólogo enóloga padeiro padeira pescador pescadora peixeira peixeiro comerciante lojista
artesão artesã cozinheiro cozinheira chef guia motorista taxista operário operária ativista activista
sindicalista morador moradora vizinho vizinha testemunha agente soldado sargento
pai mãe irmão irmãos irmã irmãs filho filha marido esposa esposo mulher viúvo viúva tio tia primo prima avô avó neto neta
sobrinho sobrinha""".split()),
    "ca": frozenset("""senyor senyora sr. sra. don donya doctor doctora dr. dra. professor professora mossèn
president presidenta vicepresident vicepresidenta ministre ministra conseller consellera secretari secretària
portaveu governador governadora alcalde alcaldessa tinent regidor regidora edil diputat diputada senador
senadora ambaixador ambaixadora cònsol jutge jutgessa advocat advocada notari notària comissari
comissària inspector inspectora capità coronel comandant director directora gerent fundador fundadora
cofundador cofundadora propietari propietària empresari empresària responsable delegat delegada entrenador
entrenadora seleccionador seleccionadora jugador jugadora porter portera davanter davantera migcampista
àrbitre àrbitra pilot ciclista nedador nedadora atleta tennista futbolista boxejador esquiador esquiadora
cantant cantautor cantautora músic pianista guitarrista violinista compositor compositora actor actriu
cineasta escriptor escriptora novel·lista poeta poetessa autor autora periodista fotògraf fotògrafa
pintor pintora escultor escultora artista dibuixant humorista presentador presentadora historiador
historiadora investigador investigadora científic científica metge metgessa cirurgià cirurgiana infermer
infermera farmacèutic farmacèutica veterinari veterinària economista sociòleg sociòloga filòsof filòsofa
arqueòleg arqueòloga enginyer enginyera arquitecte arquitecta mestre mestra estudiant alumne alumna
agricultor agricultora pagès pagesa ramader ramadera viticultor viticultora forner fornera pastisser
pastissera carnisser carnissera pescador pescadora artesà artesana comerciant botiguer botiguera activista
sindicalista veí veïna testimoni tècnic tècnica lehendakari
pare mare germà germana fill filla espòs esposa marit vidu vídua oncle tia cosí cosina avi àvia nebot
neboda""".split()),
    # Romanian: the noun with its article, masculine and feminine (primarul X, actrița X)
    "ro": frozenset("""domnul doamna dl. dna. doctorul doctorița profesorul profesoara președintele președinta
vicepreședintele premierul ministrul ministra secretarul secretara purtătorul primarul primărița
prefectul prefecta deputatul deputata senatorul senatoarea consilierul consiliera ambasadorul ambasadoarea
judecătorul judecătoarea procurorul procuroarea avocatul avocata notarul comisarul inspectorul inspectoarea
căpitanul colonelul generalul locotenentul comandantul directorul directoarea managerul managera
fondatorul fondatoarea cofondatorul patronul patroana proprietarul proprietara antreprenorul antreprenoarea
antrenorul antrenoarea selecționerul jucătorul jucătoarea portarul atacantul fundașul
mijlocașul arbitrul pilotul ciclistul ciclista atletul atleta tenismanul tenismena boxerul
înotătorul înotătoarea gimnasta gimnastul handbalista fotbalistul cântărețul cântăreața solistul
solista muzicianul pianistul pianista violonistul violonista compozitorul actorul actrița regizorul
regizoarea scriitorul scriitoarea poetul poeta jurnalistul jurnalista fotograful fotografa pictorul
pictorița sculptorul artistul artista istoricul cercetătorul cercetătoarea medicul chirurgul
asistenta farmacistul farmacista economistul sociologul inginerul inginera arhitectul arhitecta
învățătorul învățătoarea elevul eleva studentul studenta agricultorul fermierul fermiera viticultorul
brutarul brutăreasa bucătarul bucătăreasa meșterul olarul pescarul ciobanul preotul părintele
episcopul mitropolitul patriarhul pastorul călugărul călugărița tatăl mama fratele sora fiul fiica
soțul soția bunicul bunica unchiul mătușa nepotul nepoata""".split()),
}


_WORDS_BEFORE_COMMA = re.compile(r"[\w.'’-]+")
# languages whose article and "de" glue to the noun after them (l'alcalde, d'Urbanisme): the
# noun is read without them
_ELIDED_BEFORE_NOUNS = frozenset(("ca",))
_ELIDED = re.compile(r"\A[lLdD]['’]")


def person_noun_before(text: str, start: int, code: str) -> bool:
    """A person's noun (PERSON_NOUNS) right before the name at ``start``, or before a comma
    that opens it in apposition, the noun's de-phrase between them: "la chanteuse |X", "el
    ciclista |X", "son Premier ministre, |X", "le gouverneur de la Banque du Canada, |X"."""
    nouns = PERSON_NOUNS.get(code)
    if nouns is None or start < 3 or text[start - 1] != " ":
        return False
    elided = code in _ELIDED_BEFORE_NOUNS
    if text[start - 2] != ",":
        j = start - 1
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] in ".-'’"):
            j -= 1
        return _ELIDED.sub("", text[j:start - 1]) in nouns if elided else text[j:start - 1] in nouns
    words = _WORDS_BEFORE_COMMA.findall(text, max(0, start - 80), start - 2)
    for word in reversed(words[-9:]):   # (back over the body's name to the noun it qualifies)
        if elided:
            word = _ELIDED.sub("", word)
        if word in nouns:
            return True
        if not (word[0].isupper() or word in _PARTICLES):
            return False
    return False


# -- Spanish: a body's name through "de la", "de los" ------------------------------------------

_CAP = r"[A-ZÁÉÍÓÚÑÜ][\w-]*"
# "de la", "de los", "de las" and a capitalised noun (with its capitalised adjectives),
# then maybe "y la ..." inside that de-phrase (de los Mercados y la Competencia)
_ES_ARTICLE_PHRASE = re.compile(rf" de l(?:a|os|as) {_CAP}(?: {_CAP})*(?: (?:y|e) l(?:a|os|as) {_CAP}(?: {_CAP})*)?"
                                r"(?![\w'’-])")


def spanish_article_phrase_end(text: str, end: int) -> int:
    """Where a Spanish body's name in title case ends when "de la", "de los" or "de las"
    and capitalised words follow it, which capitalised runs do not join (Comisión Nacional
    de los Mercados y la Competencia, Universidad de la República); else ``end``."""
    m = _ES_ARTICLE_PHRASE.match(text, end)
    return m.end() if m is not None else end


# -- French: a lower-case generic word is part of the name it opens ---------------------------

# French writes the generic word of a toponym or a building's, a school's name in lower case
# and counts it in the name (le mont Blanc, le pic du Midi, le stade Armand-Cesari, le lycée
# Joffre: the style guides' rule on toponyms and "noms d'établissements"): landforms and
# venues are places, schools, universities, hospitals and museums organisations
_FR_PLACE_GENERICS = """mont monts pic col massif glacier couloir aiguille stade salle piscine patinoire vélodrome
hippodrome gymnase""".split()
_FR_BODY_GENERICS = "université lycée collège école musée centre hôpital clinique".split()
FR_GENERIC_HEADS = {**dict.fromkeys(_FR_PLACE_GENERICS, "LOC"), **dict.fromkeys(_FR_BODY_GENERICS, "ORG")}
# ... of which these take a place after "de" as their name (l'université de Lund); the others'
# de-phrase is where they are (l'hôpital de Lisieux) or a part of their name (le pic du Midi)
_FR_HEADS_OF_PLACE = frozenset(("université",))
_FR_HEAD = (r"(?<![\w-])(" + "|".join(sorted(FR_GENERIC_HEADS, key=len, reverse=True)) + r")"
            r"((?: [a-zà-ÿ]{3,}){0,2}?)(?: (du|des|de la|de l['’]|de|d['’]))? ?")
_FR_HEAD_BEFORE = re.compile(_FR_HEAD + r"\Z")
_FR_HEADED_NAME = re.compile(_FR_HEAD + r"([A-ZÀ-Ý][\w’'-]*(?: [A-ZÀ-Ý][\w’'-]*)*)")


def french_generic_head(text: str, start: int) -> tuple[int, str] | None:
    """(start, type) of the lower-case generic word (FR_GENERIC_HEADS) and the lower-case
    adjectives that open the name at ``start`` (le |mont Cameroun, la |salle omnisports
    Yves-Le Bihan, le |centre hospitalier Robert-Bisson, le |pic du Midi, l'|université de
    Lund); None otherwise, and for a school's or a museum's head before "de" and a place,
    which says where it is (l'hôpital de Lisieux)."""
    if start < 5 or text[start - 1] not in " '’":
        return None
    m = _FR_HEAD_BEFORE.search(text, max(0, start - 48), start)
    return (m.start(), FR_GENERIC_HEADS[m.group(1)]) if m is not None and _generic_head_fits(m) else None


def _generic_head_fits(m: re.Match) -> bool:
    """The words between a generic head and the name are adjectives, not a clause, and a
    school's or museum's head takes no de-phrase (_FR_HEADS_OF_PLACE aside)."""
    if any(w in _STOP or w in _PARTICLES for w in m.group(2).split()):
        return False
    return not (FR_GENERIC_HEADS[m.group(1)] == "ORG" and m.group(3) is not None
                and m.group(1) not in _FR_HEADS_OF_PLACE)


def french_headed_names(text: str, covered: bytearray) -> list[tuple[int, int, str]]:
    """(start, end, type) of the names a lower-case generic word opens (french_generic_head)
    where the name is no known one: le mont Blanc, le lycée agricole La Cazotte."""
    out = []
    for m in _FR_HEADED_NAME.finditer(text):
        s, e = m.span()
        if _generic_head_fits(m) and not any(covered[s:e]):
            out.append((s, e, FR_GENERIC_HEADS[m.group(1)]))
    return out


_HYPHENED_TAIL = re.compile(r"(?:-[\w’']+)+")
_CAPITALISED_AFTER = re.compile(r"(?: [A-ZÀ-Ý][\w’'-]*)+")


def french_name_end(text: str, end: int) -> int:
    """Where a name that a generic word opens ends: over the hyphened rest of a compound
    (stade Santiago-|Bernabéu) and the capitalised words after it (université Grenoble
    |Alpes)."""
    if (m := _HYPHENED_TAIL.match(text, end)) is not None:
        end = m.end()
    if (m := _CAPITALISED_AFTER.match(text, end)) is not None:
        end = m.end()
    return end
