"""Bulgarian names the capitalised runs alone miss or cannot type, read by Bulgarian grammar
and the conventions of its press (a grammar book's and a style guide's vocabulary, no names).
Bulgarian has lost its cases but glues the definite article to the first word of a noun
phrase (Народното събрание, Софийския университет), and capitalises inside a sentence only
names, of which only the first word when the rest are common words:

* capitalised adjectives (the first with its article) and a head noun: Конституционният
  съд, Българската фондова борса, Пиринския край; the head types it (a court a body, a
  region a place), as ``russian.headed_names`` reads Russian ones (``BG_RULES``);
* a body's capitalised head and its field after на, по, за: Министерството на финансите,
  Агенцията по храните;
* a capitalised word (adjective or noun) and a lower-case landform or street noun: Сакар
  планина, Червен бряг, Даунинг стрийт;
* the name after a settlement's or a feature's head, the head no part of it: село Бабово,
  язовир Искър; after a street's head the name in quotes: ул. „Витоша“;
* a name in quotes („...“) is an organisation's, unless a noun before it says a work or a
  venue; a legal form (ЕООД, АД, СНЦ), a school's or a community centre's head and an
  organisation's abbreviation (СК, АЕЦ) are part of it: „Дъбрава“ ЕООД, Средно училище
  „Христо Ботев“;
* an organisation's seat after a dash is part of its name: „Спартак“ – Варна, РДВР – Монтана;
* inside a sentence a capitalised word is a name even where the word list holds it: a place
  after a locative preposition (в Рим), a person after a title, a role or an age
  (министър Иван Петров, 45-годишния Петър Иванов), or with a family name's suffix (-ов,
  -ева, -ски); an all-capitals word is an organisation's acronym (ДПС) unless it
  abbreviates a common noun (ДДС, БВП).
"""

from __future__ import annotations

import re

from .names import Candidate
from .russian import NameRules, guillemet_kind as _guillemet_kind, headed_names as _headed_names, \
    names_after_heads as _names_after_heads

_UP = "А-ЯЁ"
_LOW = "а-яѝё"
_CONSONANT = "бвгджзйклмнпрстфхцчшщ"
# an adjective's suffix (-ски, -ен/-на, -ов) and its ending with or without the article:
# български, българския, българският, българската; народен, народното, здравна
_ADJ_END = rf"(?:(?:[сцшч]к|[{_CONSONANT}]н|ов|ев)(?:и|а|о|ия|ият|ата|ото|ите)|[{_CONSONANT}]ен|ски)"
_CAP_ADJ = rf"[{_UP}][{_LOW}]+{_ADJ_END}"
_LOW_ADJ = rf"[{_LOW}]{{2,}}{_ADJ_END}"

# heads of organisations' names (stems; the article or a plural ending follows)
ORG_HEAD_STEMS = ("съд(?!б|и[яи])", "университет", "комитет", "служб", "борс", "съвет", "музе", "институт", "академи",
                  "агенци", "комиси", "министерств", "банк", "фонд", "парти", "театъ", "театр", "болниц",
                  "училищ", "гимнази", "колеж", "администраци", "управлени", "полици", "събрани", "прокуратур",
                  "сдружени", "съюз", "федераци", "асоциаци", "камар", "дирекци", "инспекци", "библиотек",
                  "читалищ", "завод", "компани", "корпораци", "фабрик", "флот", "палат", "клуб",
                  "прокуратур", "прокуратура", "фондаци", "прав[ие]телств", "прав[ие]телство")
# ... and of places' (a road, a region, a landform, a building)
LOC_HEAD_STEMS = ("път", "пътя", "край", "краищ", "планин", "рек", "скал", "езер", "мор", "остров", "залив",
                  "нос", "връх", "върх", "проход", "язовир", "поле", "район", "област", "община",
                  "улиц", "булевард", "площад", "квартал", "парк", "гор", "пустин", "океан", "полуостров",
                  "низин", "равнин", "котловин", "долин", "плат", "манастир", "църкв", "катедрал", "храм",
                  "мост", "пристанищ", "летищ", "гар", "стадион")
# the stem, then the article or an ending, not a suffix that makes an adjective of it (съдебен, районния)
_HEAD_END = rf"(?!(?:ен|н|ск|ов|ев|ник|ниц)[{_LOW}]{{0,4}}(?![\w-]))[{_LOW}]{{0,4}}"
_HEAD = "(?:" + "|".join(sorted(ORG_HEAD_STEMS + LOC_HEAD_STEMS, key=len, reverse=True)) + ")" + _HEAD_END
HEADED_NAME = re.compile(rf"(?<![\w-])({_CAP_ADJ}(?: {_CAP_ADJ})*)((?: {_LOW_ADJ})*) ({_HEAD})(?![\w-])")
_CONFESSIONS = ("православн", "католическ", "евангелск", "протестантск", "арменск")

# heads of settlements and natural features, their short forms too; the name after them is a place
_SETTLEMENT_HEADS = (r"сел(?:о|ото|а|ата)|с\.|град(?:а|ът|ове)?|гр\.|градче(?:то)?|квартал(?:а|ът)?|кв\.|"
                     r"рек(?:а|ата)|р\.|язовир(?:а|ът)?|яз\.|местност(?:та)?|залив(?:а|ът)?|гар(?:а|ата)|"
                     r"връх|върха|остров(?:а|ът)?|нос(?:а|ът)?|проход(?:а|ът)?|езер(?:о|ото)|курорт(?:а|ът)?|"
                     r"област|общин(?:а|ата)|пункт(?:а|ът)?|махал(?:а|ата)|хижа(?:та)?|манастир(?:а|ът)?")
_NAME_WORD = rf"[{_UP}][{_LOW}]*(?:-[{_UP}{_LOW}][{_LOW}]*)*"
NAME_AFTER_HEAD = re.compile(rf"(?<![\w.-])({_SETTLEMENT_HEADS}) ({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})(?![\w-])")
_NO_HEAD_INSIDE = re.compile("(?!)")   # (Bulgarian writes no street's head inside its name)

LOCATIVE_PREPOSITIONS = frozenset(("в", "във", "от", "край", "до", "при", "из", "около", "между", "над", "под",
                                   "към", "през", "покрай", "близо", "след"))
# prepositions after which a person's name stands as often as a place's (писмо до Иван Петров)
_PERSON_TOO = frozenset(("от", "до", "към", "след", "между"))

# titles, roles and kin words before a person's name (stems; the article or a feminine ending
# follows: министърът, председателят, кметицата, колегата)
_TITLE_STEMS = ("президент", "премиер", "вицепремиер", "министър", "министъра", "министр", "кмет", "депутат",
                "председател", "заместник", "директор", "професор", "доцент", "генерал",
                "полковник", "лидер", "посланик", "съди", "прокурор", "треньор", "футболист", "национал",
                "певец", "певиц", "актьор", "актрис", "писател", "поет", "художни", "журналист", "колег",
                "съпруг", "син", "сина", "дъщер", "баща", "майка", "майката", "брат", "сестр", "баба", "дядо",
                "леля", "чичо", "г-н", "г-жа", "господин", "госпожа", "управител", "собственик", "собственич",
                "учител", "продавач", "пчелар", "фермер", "лекар", "хирург", "доктор", "шеф", "говорител",
                "патриарх", "митрополит", "епископ", "крал", "принц", "канцлер", "сенатор", "губернатор",
                "капитан", "вратар", "нападател", "защитник", "боксьор", "борец", "борецът", "състезател",
                "шампион", "спортист", "политик", "бизнесмен", "експерт", "анализатор", "съветник", "секретар",
                "говорител", "омбудсман", "еколог", "археолог", "историк", "режисьор", "композитор", "диригент",
                "продуцент", "кандидат", "основател", "ръководител", "началник", "командир", "пенсионер", "жител", "ученик", "ученич",
                "студент", "студентк", "лидерк", "министърк")
_TITLE = re.compile(rf"(?:[{_LOW}]+-)?(?:" + "|".join(sorted(_TITLE_STEMS, key=len, reverse=True)) + ")"
                    rf"(?!(?:ск|ов|ен|н)[{_LOW}]{{0,4}}$)[{_LOW}]{{0,5}}", re.IGNORECASE)
# clitics and possessives between a title and the name (колегата си Иван, съпругата му Галя)
# abbreviated titles, with their dot (проф. Иван Петров)
_TITLE_ABBREVIATIONS = frozenset(("проф.", "доц.", "д-р", "г-н", "г-жа", "инж.", "арх.", "ген.", "акад."))
_CLITICS = frozenset(("си", "му", "ѝ", "й", "им", "ми", "ни", "ви"))
# an age before a person (45-годишния Иван): the age's adjective
_AGE = re.compile(rf"\d*-?годишн[{_LOW}]*$")

# nouns before a name that say what it names (агенция Синхуа, клуб X, село Y)
_ORG_NOUN = re.compile(r"(?:агенци|институт|клуб|компани|фирм|груп|банк|парти|вестник|телевизи|радио|сдружени|"
                       r"фондаци|магазин|ресторант|хотел|верига|оператор|производител|концерн|холдинг|"
                       r"дружеств|застраховател|издателств|отбор|тим)[{0}]{{0,5}}$".format(_LOW), re.IGNORECASE)

# short names of companies' legal forms and of bodies written before or after a quoted name
_LEGAL_AFTER = re.compile(r" (?:ЕООД|ООД|ЕАД|АД|КД|СД|ЕТ|АДСИЦ)(?![\w-])")
_LEGAL_BEFORE = re.compile(r"(?<![\w-])(?:ЕТ|СНЦ|НЧ|СК|ФК|ПФК|ВК|БК|ХК|ОФК|СКС|АЕЦ|ТЕЦ|ВЕЦ|СУ|ОУ|ПГ|ДГ|ЦДГ|"
                           r"Читалище|Народно читалище|(?:Средно|Основно|Начално|Професионално|Спортно|Частно)"
                           r"(?: [а-я]+)? училище|(?:Професионална|Езикова|Математическа|Природо-математическа|"
                           r"Спортна|Частна)(?: [а-я]+)? гимназия|Детска градина) $")
_QUOTED = re.compile(rf"„([{_UP}A-Z0-9][^„“”\"\n]{{0,40}}?)[“”]")
# what is written after a quoted name that a seat follows (Спартак – Варна)
_SEAT = re.compile(rf" [–-] ({_NAME_WORD})(?: (?!{_NAME_WORD} {_NAME_WORD})({_NAME_WORD}))?(?![\w-])")

# nouns before quotes that say a work or a product (no organisation) ...
_WORK_NOUN = re.compile(r"^(?:филм|книг|песен|песента|роман|албум|предаван|програм|проект|операци|спектакъл|"
                        r"пиес|сериал|поем|стих|картин|изложб|фестивал|конкурс|кампани|инициатив|наград|"
                        r"премия|орден|медал|закон|кодекс|сорт|марк|модел|игр|приложени|шоу|рубрик|"
                        r"документ|доклад|стратеги|план|лозунг|книжк|ураган|бур|циклон|тайфун|т\.нар\.|наречен|прякор|"
                        r"псевдоним|девиз|мото|хаштаг|дум|израз|поняти|термин)[а-я]{0,5}$", re.IGNORECASE)
# ... or a venue or a street (a place), as a venue's word inside it does (Арена София)
_VENUE_NOUN = re.compile(r"^(?:ул\.|бул\.|пл\.|улиц|булевард|площад|стадион|зала|залата|арен|парк|градин|"
                         r"комплекс|курорт|квартал|кв\.|жк|ж\.к\.|местност|хижа|връх|язовир|мост|тунел|"
                         r"пристанищ|летищ|пазар|плаж|паметник)[а-я]{0,5}$", re.IGNORECASE)
_VENUE_WORD = re.compile(r"(?:Арена|Стадион|Парк|Плаза|Мол)[а-я]{0,3}$")

_ORG_PREFIXES = tuple(p for p in (stem.split("(")[0] for stem in ORG_HEAD_STEMS) if "[" not in p) + ("правителств",)
BG_RULES = NameRules(HEADED_NAME, _ORG_PREFIXES, _CONFESSIONS, re.compile(""), re.compile("[сцш]к"),
                     NAME_AFTER_HEAD, _NO_HEAD_INSIDE, _NAME_WORD, LOCATIVE_PREPOSITIONS, _TITLE,
                     re.compile("(?!)"), _WORK_NOUN, _VENUE_NOUN, _VENUE_WORD)

# abbreviations of common nouns and legal forms, written in capitals like a body's acronym
COMMON_ABBREVIATIONS = frozenset("""
ддс бвп ввп ип кз нп нк чл ал пвц ец вец тец аец бг сми пти дтп еик егн мпс ооо еоод ад еад ет
снц нч ип ит ии днк рнк хив спин ковид кт ямр екг ссср сащ ок кв жк гр ул бул пл обл
""".split())


def acronym(word: str) -> bool:
    """An all-capitals Cyrillic word of two to five letters that abbreviates no common noun:
    a body's acronym (ДПС, БНТ)."""
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha() and "А" <= word[0] <= "Я" \
        and word.casefold() not in COMMON_ABBREVIATIONS


def sentence_start(text: str, i: int) -> bool:
    """Whether ``i`` opens a sentence or a quotation (where any word is capitalised); a dash
    inside a sentence is no start (Спартак – Варна)."""
    j = i - 1
    while j >= 0 and text[j] in " \u00a0":
        j -= 1
    return j < 0 or text[j] in ".!?\n„“\"«…:" or text[j] in "–—" and (j == 0 or text[j - 1] in "\n.!?")


# -- names a head noun, a preposition, quotes make whole (before the capitalised runs) ------------

def first_candidates(text: str, covered: bytearray) -> list[Candidate]:
    """The Bulgarian candidates that go before the capitalised runs that cross their edges."""
    out = quoted_names(text, covered) + headed_names(text, covered) + body_names(text, covered) \
        + landform_names(text, covered) + names_after_heads(text, covered) + acronym_seats(text, covered)
    return _with_seats(text, out, covered)


def headed_names(text: str, covered: bytearray) -> list[Candidate]:
    """Capitalised adjectives and a head noun (``russian.headed_names``): Тракийския
    университет; at a sentence start too where the first adjective has its article and the
    head names a body (Конституционният съд, not Американският президент). A head with a
    name after it is only what that name is (клуб Левски, клубът „Черно море“: a descriptor)."""
    out = []
    for c in _headed_names(text, covered, BG_RULES) + _opening_bodies(text, covered):
        if re.match(rf" (?:[{_UP}][{_LOW}]|„)", text[c.end:c.end + 3]):
            continue
        out.append(c)
    return out


_DEFINITE = re.compile(rf"[{_LOW}](?:ият|ия|ата|ото|ите|ят)$")


def _opening_bodies(text: str, covered: bytearray) -> list[Candidate]:
    out = []
    for m in HEADED_NAME.finditer(text):
        s, e = m.span()
        if sentence_start(text, s) and _DEFINITE.search(m.group(1).split()[0]) \
                and m.group(3).startswith(_ORG_PREFIXES) and not any(covered[s:e]):
            out.append(Candidate(s, e, m.group(), "ORG"))
    return out


# a body's capitalised head (with its article) and its field after на, по, за
_BODY_HEAD = (r"Министерств(?:о|ото)|Агенци(?:я|ята)|Комиси(?:я|ята)|Камар(?:а|ата)|Дирекци(?:я|ята)|"
              r"Инспекци(?:я|ята)|Институт(?:а|ът)?|Асоциаци(?:я|ята)|Федераци(?:я|ята)|Съюз(?:а|ът)?|"
              r"Съвет(?:а|ът)?|Фонд(?:а|ът)?|Академи(?:я|ята)|Сдружени(?:е|ето)|Служб(?:а|ата)|Съд(?:а|ът)?|"
              r"Прокуратур(?:а|ата)|Палат(?:а|ата)|Център(?:а|ът)?|Музе(?:й|я|ят)|Факултет(?:а|ът)?|"
              r"Катедр(?:а|ата)|Фондаци(?:я|ята)|Банк(?:а|ата)|Университет(?:а|ът)?|Управлени(?:е|ето)")
# an adjective of the field keeps its article, the noun after it has none (на вътрешните работи)
_FIELD_ADJ = rf"[{_LOW}]*(?:[{_CONSONANT}]н|[сцшч]к)(?:ите|ия|ата|ото|ия)"
_FIELD = rf"(?:{_FIELD_ADJ} [{_LOW}]{{3,}}(?<!те|та|то|ът|ят)|[{_LOW}]{{3,}})"
BODY_NAME = re.compile(rf"(?<![\w-])(?:{_BODY_HEAD}) (?:на|по|за) {_FIELD}(?: (?:на|и) {_FIELD})?(?![\w-])")
# heads no common phrase opens a sentence with (Управлението на отпадъците is one)
_OPENING_BODY = re.compile(r"Министерств|Агенци|Комиси|Дирекци|Инспекци|Прокуратур|Камар")


def body_names(text: str, covered: bytearray) -> list[Candidate]:
    """A body named by its capitalised head and its field (Министерството на културата,
    Агенцията по безопасност на храните); capitals there name a body even at a sentence
    start, as a common noun's phrase would be written in lower case."""
    return [Candidate(m.start(), m.end(), m.group(), "ORG") for m in BODY_NAME.finditer(text)
            if not any(covered[m.start():m.end()])
            and (not sentence_start(text, m.start()) or _OPENING_BODY.match(m.group()))]


# lower-case landform and street nouns that close a place's name after a capitalised word
_LANDFORM_NOUNS = ("планина", "планината", "река", "реката", "поле", "полето", "бряг", "брега", "кладенец",
                   "извор", "езеро", "езерото", "море", "морето", "връх", "върха", "дол", "дере", "гора", "гората",
                   "нос", "залив", "остров", "проход", "стрийт", "авеню", "скали", "скалите", "пещера", "пещерата",
                   "котловина", "равнина", "низина", "полуостров", "камък", "баир", "могила")
# (not a head before a name: край Пловдив река Марица)
_HEAD_BEFORE_NAME = re.compile(rf"(?:рек|планин|езер|връх|върх|нос|залив|остров|проход|пещер)[{_LOW}]* [{_UP}„]")
LANDFORM_NAME = re.compile(rf"(?<![\w-])({_NAME_WORD}(?: {_NAME_WORD})?) (?!{_HEAD_BEFORE_NAME.pattern})"
                           rf"(?:{'|'.join(_LANDFORM_NOUNS)})(?![\w-])")


def landform_names(text: str, covered: bytearray) -> list[Candidate]:
    """A capitalised word and a lower-case landform or street noun inside a sentence: a
    place's name (Сакар планина, Червен бряг, Даунинг стрийт)."""
    out = []
    for m in LANDFORM_NAME.finditer(text):
        s, e = m.span()
        if not sentence_start(text, s) and not any(covered[s:e]) and not m.group(1).isupper():
            out.append(Candidate(s, e, m.group(), "LOC"))
    return out


def names_after_heads(text: str, covered: bytearray) -> list[Candidate]:
    """The name after a settlement's or a feature's head (``russian.names_after_heads``):
    село Бабово, язовир Искър; it ends before a first name (село Бяла Иван Петров)."""
    from .kb import common_words
    given, out = common_words().given_for("bg"), []
    for c in _names_after_heads(text, covered, BG_RULES):
        words = c.text.split(" ")
        goes_on = re.match(rf" [{_UP}]", text[c.end:c.end + 2]) is not None   # (a family name after it)
        cut = max((i for i in range(1, len(words)) if words[i].casefold() in given
                   and (i + 1 < len(words) or goes_on)), default=None)
        if cut is not None:
            end = c.start + len(" ".join(words[:cut]))
            c = Candidate(c.start, end, text[c.start:end], c.type)
        out.append(c)
    return out


def quoted_names(text: str, covered: bytearray) -> list[Candidate]:
    """Names in Bulgarian quotes („...“): an organisation's, a venue's or a street's
    (``russian.guillemet_kind``), with a legal form, a school's head or a body's
    abbreviation before or after it (Средно училище „Христо Ботев“, „Дъбрава“ ЕООД); no
    quotation of more than four words, nor one a comma closes at a sentence start."""
    if "„" not in text:
        return []
    out = []
    for m in _QUOTED.finditer(text):
        s, e = m.span(1)
        if any(covered[s:e]) or len(m.group(1).split()) > 4 or m.group(1)[-1] in ".!?,":
            continue
        if sentence_start(text, m.start()) and text.startswith(",", m.end()):
            continue   # („Ще дойда“, каза той: a quotation)
        before = _LEGAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
        after = _LEGAL_AFTER.match(text, m.end())
        if before is not None or after is not None:
            bs = before.start() if before is not None else m.start()
            be = after.end() if after is not None else m.end()
            if not any(covered[bs:be]):
                out.append(Candidate(bs, be, text[bs:be], "ORG"))
            continue
        if (kind := _guillemet_kind(text, m.start(), m.group(1), BG_RULES)) is not None:
            out.append(Candidate(s, e, m.group(1), kind))
    return out


_ACRONYM_SEAT = re.compile(rf"(?<![\w-])[{_UP}]{{2,6}}(?= [–-] {_NAME_WORD})")


def acronym_seats(text: str, covered: bytearray) -> list[Candidate]:
    """A body's acronym and its seat after a dash (РДВР – Варна); the seat joins later."""
    if "–" not in text and " - " not in text:
        return []
    return [Candidate(m.start(), m.end(), m.group(), "ORG") for m in _ACRONYM_SEAT.finditer(text)
            if acronym(m.group()) and not any(covered[m.start():m.end()])]


def _with_seats(text: str, cands: list[Candidate], covered: bytearray) -> list[Candidate]:
    """Organisations with their seat after a dash (Регионалният музей – Шумен,
    „Спартак“ – Варна, where the quotes are part of the name)."""
    out = []
    for c in cands:
        if c.type == "ORG" and (seat := _SEAT.match(text, c.end + (text.startswith("“", c.end)))) is not None \
                and not any(covered[c.end:seat.end()]):
            s = c.start - 1 if text.startswith("“", c.end) and c.start and text[c.start - 1] == "„" else c.start
            c = Candidate(s, seat.end(), text[s:seat.end()], "ORG")
        out.append(c)
    return out


# -- the capitalised runs ---------------------------------------------------------------------

# family names' suffixes: Иванов, Петрова, Георгиев, Стойчева, Сандански, Ковачка is none
_SURNAME = re.compile(rf"[{_LOW}](?:ов|ев|ова|ева|ски|ска|цки|цка|ин|ян|иев|иева)$")
# adjectives that open a settlement's name (Горна Баня, Стара Загора): no word to strip
_PLACE_OPENERS = frozenset("""
горна горно горни горен долна долно долни долен нова ново нови нов стара старо стари бяла бяло бели черна черно
черни голяма голямо големи малка малко малки велико велика свети света свето средна средно средни червен червена
червено зелен зелена зелено сини синя синьо висока високо хан
""".split())


# settlements' suffixes (Андреево, Тошево, Ботевград is none): a title before one is part of the name
_PLACE_SUFFIX = re.compile(r"(?:ово|ево|ино|ене|ане|овци|евци)$")


def lone_name(text: str, start: int, word: str) -> bool:
    """A lone capitalised word inside a Bulgarian sentence is a name, even one the word list
    holds (в Рим, от Лом), unless it abbreviates a common noun (ДДС)."""
    from .kb import common_words
    return not sentence_start(text, start) and word.casefold() not in COMMON_ABBREVIATIONS \
        and word.casefold() not in common_words().calendar


def run_candidates(text: str, toks: list) -> list[tuple[int, int, str]] | None:
    """The names in a run of capitalised words of a Bulgarian text as (start, end, type), or
    None to leave the run to the general rules. Inside a sentence the run is a name whatever
    its words; at a sentence start a preposition (В Рим), a title (Професор X) or an
    everyday word (Вчера X Y) before it is no part of it."""
    from .kb import common_words
    cw = common_words()
    common, given = cw.get("bg"), cw.given_for("bg")
    s = toks[0][0]
    forced = None
    if sentence_start(text, s):
        first = toks[0][3]
        if len(toks) < 2:
            return None
        if first in LOCATIVE_PREPOSITIONS:
            toks, forced = toks[1:], "LOC" if first not in _PERSON_TOO else None
        elif re.fullmatch(_SETTLEMENT_HEADS, first) or _ORG_NOUN.fullmatch(first):
            toks, forced = toks[1:], "ORG" if _ORG_NOUN.fullmatch(first) else "LOC"   # Селото X, Агенция X
        elif _TITLE.fullmatch(first) and first not in given and not _PLACE_SUFFIX.search(toks[-1][3]):
            toks, forced = toks[1:], "PER"
        elif first in common and first not in given and first not in _PLACE_OPENERS \
                and not _SURNAME.search(toks[1][3]) and not toks[0][2].isupper():
            toks = toks[1:]
        elif _person_shaped([t[3] for t in toks], given, common, inside=False):
            return [(s, toks[-1][1], "PER")]
        else:
            return None
    s, e = toks[0][0], toks[-1][1]
    words = [t[3] for t in toks]
    if len(toks) == 1 and (words[0] in cw.calendar or words[0] in COMMON_ABBREVIATIONS
                           or _LONE_ADJECTIVE.fullmatch(toks[0][2]) and _WORD_AFTER.match(text, e)):
        return []   # (в Изборния кодекс: an adjective opens a name that goes on in lower case)
    if forced is None and len(toks) >= 3 and (k := _person_after(words, given)):
        # a body's acronym or a place, then a person (на ДПС Иван Петров, кметът на Бургас Иван Петров)
        lead, rest = [t[2] for t in toks[:k]], [t[2] for t in toks[k:]]
        ls, le, ps = toks[0][0], toks[k - 1][1], toks[k][0]
        return [(ls, le, run_type(text, ls, lead, given, common)), (ps, e, "PER")]
    return [(s, e, forced or run_type(text, s, [t[2] for t in toks], given, common))]


# an adjective's definite form, or a masculine one in -ен (Изборния, Южен): no name alone
_LONE_ADJECTIVE = re.compile(rf"[{_UP}][{_LOW}]*(?:(?:[сцшч]к|[{_CONSONANT}]н|ов|ев)(?:ия|ият|ата|ото|ите)|"
                             rf"[{_CONSONANT}]ен)")
_WORD_AFTER = re.compile(rf" [{_LOW}{_UP}]")


def _person_after(words: list[str], given) -> int:
    """Where a person's name (a first name, a family name's suffix last) begins after an
    acronym or a place's name in one capitalised run, else 0."""
    for k in range(1, len(words) - 1):
        if words[k] in given and len(words) - k <= 3 and _SURNAME.search(words[-1]) \
                and words[k - 1] not in given:
            return k
    return 0


def _person_shaped(words: list[str], given, common, inside: bool = True) -> bool:
    """Two or three words, a family name's suffix last; a first name or (at a sentence
    start) no everyday word first."""
    return 2 <= len(words) <= 3 and (inside or words[0] in given or words[0] not in common) \
        and _SURNAME.search(words[-1]) is not None and words[0] not in _PLACE_OPENERS


def _article_noun(word: str, common) -> bool:
    """A common noun with its article (Лигата, Съдът): no place's name after a preposition."""
    for article in ("ът", "ят", "та", "то", "те"):
        if word.endswith(article) and (word[:-len(article)] in common or word[:-len(article)] + "а" in common):
            return True
    return False


# who lives in or governs a place, before на and its name (кметът на Бургас, жители на Тополи)
_OF_PLACE = re.compile(rf"(?:кмет|жител|общин|област|околност|гражда|кметств)[{_LOW}]*", re.IGNORECASE)


def run_type(text: str, s: int, words: list[str], given, common) -> str:
    """A capitalised run's type inside a sentence by its shape and the words before it."""
    low = [w.casefold() for w in words]
    if len(words) == 1 and acronym(words[0]):
        return "ORG"
    before = text[max(0, s - 60):s].split()[::-1][:3]
    prev = before[0].casefold() if before else ""
    person = _person_shaped(low, given, common) or len(low) <= 3 and low[0] in given and len(low) >= 2
    if prev in LOCATIVE_PREPOSITIONS and not (person and prev in _PERSON_TOO) \
            and not (len(low) == 1 and _article_noun(low[0], common)):
        return "LOC"
    if prev == "на" and len(before) > 1 and _OF_PLACE.fullmatch(before[1]) and not person:
        return "LOC"
    if len(words) <= 3 and _titled(before):
        return "PER"
    if person:
        return "PER"
    if prev and _ORG_NOUN.fullmatch(prev):
        return "ORG"
    if prev in ("и", "или") and _coordinated_place(text[max(0, s - 80):s].split()[::-1][1:]):
        return "LOC"   # (в Плевен и Ловеч: a second place after the preposition's)
    return "MISC"


def _coordinated_place(before: list[str]) -> bool:
    """Whether the capitalised words before a conjunction (nearest first) follow a locative
    preposition or a place's governor and на (в Горна Баня и ..., жители на Лозен и ...)."""
    i = 0
    while i < len(before) and i < 3 and before[i][:1].isupper() and before[i][-1].isalpha():
        i += 1
    if i == 0 or i >= len(before):
        return False
    prep = before[i].casefold()
    return prep in LOCATIVE_PREPOSITIONS and prep not in _PERSON_TOO \
        or prep == "на" and i + 1 < len(before) and _OF_PLACE.fullmatch(before[i + 1]) is not None


def _titled(before: list[str]) -> bool:
    """A title, a role or an age right before a name, or with a clitic between (колегата си X)."""
    if before and before[0].casefold() in _TITLE_ABBREVIATIONS:
        return True
    if not before or before[0][-1] in ",.;:!?)":
        return False
    first = before[0].casefold()
    if _TITLE.fullmatch(first) or _AGE.search(first):
        return True
    if first in _CLITICS and len(before) > 1 and _TITLE.fullmatch(before[1].casefold()) is not None:
        return True
    # (премиерът на Франция Иван Петров: the title, на and the country or the body between)
    return before[0][:1].isupper() and len(before) > 2 and before[1] == "на" \
        and _TITLE.fullmatch(before[2].casefold()) is not None
