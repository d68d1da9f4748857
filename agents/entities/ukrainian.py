"""Ukrainian names the capitalised runs alone miss or cannot type, read by the rules of
``russian.py`` (the same East Slavic grammar and press conventions) with Ukrainian words and
endings (a grammar book's and a style guide's vocabulary, no names):

* capitalised adjectives and a head noun: Київського національного університету,
  Збаразькому районі, Конституційний Суд (Ukrainian capitalises the head of a few
  supreme bodies); with the name in guillemets after the head (Національний заповідник
  «Горгани»), a number (гімназії № 5), or whose name it bears (імені М. Коцюбинського);
* a street's head before its name is part of it (вулиці Садовій, набережній Свободи), a
  settlement's or a river's is not (села Нижні Ворота, річки Латориця);
* a name in guillemets is an organisation's (тернопільська «Нива», ТОВ «Ромашка» with
  its legal form), unless a noun before it says a work or a product, or a venue (стадіоні
  «Арена»); a known place's name inside the guillemets is the organisation's word;
* an organisation's head before a place in the genitive names the body of that place
  (Міністерство освіти Польщі, Конституційний Суд Литви);
* a name of unknown kind after a locative preposition is a place (у Бродах), after a title
  or a role a person (посол Чилі Мануель Веласко); a region named by the suffix -щина is a
  place (Полтавщина);
* an all-capitals word is an organisation's acronym (ДСНС) unless it is one of the
  abbreviations of common nouns (ВВП, ЗМІ).
"""

from __future__ import annotations

import re

from .names import Candidate
from .russian import (NameRules, _mid_sentence, guillemet_kind as _guillemet_kind, headed_names as _headed_names,
                      names_after_heads as _names_after_heads, retype as _retype)

_UP = "А-ЩЬЮЯҐЄІЇ"
_LOW = "а-щьюяґєії'’ʼ"
# adjectives' case endings: -ий -ій -ого -ому -им -ім -их -ими, -а -ої -ій -у -ою, -е, -і ...
_ADJ_END = r"(?:[иі]й|ь?ого|ь?ому|[иі]ми?|[иі]х|ь?ої|ь?ою|[аяуюеєії])"
_CAP_ADJ = rf"[{_UP}][{_LOW}]+(?:-[{_LOW}]+)?(?<=[{_LOW}][нвлтдкчрмзсь]){_ADJ_END}"
_LOW_ADJ = rf"[{_LOW}]{{2,}}(?:-[{_LOW}]+)?(?<=[{_LOW}][нвлтдкчрмзсь]){_ADJ_END}"

_ADJ_SUFFIXES = "(?:н|ськ|цьк|зьк|ов|ев|ів)" + _ADJ_END   # (an adjective of a head or a title: районний, головний)

# titles and roles written before a person's name (stems; a case ending, a feminine suffix
# after them: президентка, міністром, директорці)
_TITLE_STEMS = ("президент", "прем'єр", "прем’єр", "міністр", "голов", "мер", "губернатор", "депутат", "посл",
                "посол", "очільни", "речни", "представни", "секретар", "сенатор", "тренер", "капітан", "ветеран",
                "нападник", "захисник", "воротар", "півзахисник", "форвард", "фермер", "генерал", "полковник",
                "лідер", "засновни", "керівни", "спікер", "прокурор", "судд", "письменни", "режисер", "актор",
                "актрис", "співа", "художни", "журналіст", "професор", "академік", "лікар", "хірург", "вчител",
                "учител", "пасічник", "уродж", "чемпіон", "спортсмен", "політик", "бізнесмен", "підприєм",
                "експерт", "аналітик", "радни", "помічни", "заступни", "директор", "гендиректор", "колег",
                "науков", "еколог", "волонтер", "тракторист", "бібліотекар", "патріарх", "митрополит", "єпископ",
                "корол", "принц", "канцлер", "тренерк", "головнокомандувач", "командувач", "комісар", "мешкан",
                "житель", "мешканк", "майстр", "продюсер", "поет", "композитор", "диригент")
_TITLE = re.compile(rf"(?:[{_LOW}]+-)?(?:" + "|".join(sorted(_TITLE_STEMS, key=len, reverse=True)) + ")"
                    rf"(?!{_ADJ_SUFFIXES}(?![\w-]))[{_LOW}]{{0,6}}", re.IGNORECASE)

# heads of places' and organisations' names (stems; a case ending follows; Ukrainian's і
# in a closed syllable is о in an open one: острів, острова)
LOC_HEAD_STEMS = ("район", "вулиц", "проспект", "провул", "бульвар", "шосе", "площ", "набережн", "узв[іо]з",
                  "церк", "собор", "храм", "монастир", "лавр", "міст(?![оаіе]|ом)", "мост", "област", "кра[йюї]",
                  "округ", "водосховищ", "вокзал", "аеропорт", "остр[іо]в", "протоц", "проток", "затоц", "заток",
                  "озер", "пущ", "сквер")
ORG_HEAD_STEMS = ("завод", "комбінат", "фабрик", "лікарн", "поліклінік", "театр", "університет", "інститут",
                  "академі", "консорціум", "суд", "банк", "фонд", "служб", "агентств", "міністерств", "комітет",
                  "парті", "коледж", "училищ", "гімназі", "ліце", "школ", "бібліотек", "філармоні", "корпораці",
                  "холдинг", "управлінн", "департамент", "адміністраці", "музе", "заповідник", "комісі",
                  "інспекці", "палат", "прокуратур", "поліці", "асоціаці", "спілк", "товариств", "федераці",
                  "компані", "сил", "флот", "штаб", "рад(?!ник|ниц|і[сю])", "конгрес", "сенат", "парламент")


def _head(stems, capitals: bool = False) -> str:
    """Stems in either case (Суд, суд; only capitalised with ``capitals``) and up to five
    letters of a case ending, not a suffix that makes an adjective of them (районний, судовий)."""
    alts = "|".join(f"[{s[0].upper() if capitals else s[0]}{s[0].upper()}]{s[1:]}"
                    for s in sorted(stems, key=len, reverse=True))
    return rf"(?:{alts})(?!{_ADJ_SUFFIXES}(?![\w-]))[{_LOW}]{{0,5}}"


_HEAD = _head(LOC_HEAD_STEMS + ORG_HEAD_STEMS)
# the organisations' heads as plain prefixes, in either case, to type a name by its head
_ORG_PREFIXES = tuple(p for s in ORG_HEAD_STEMS for p in (s.split("(")[0], s.split("(")[0].capitalize()))
_POWER_PLANTS = r"(?:ГЕС|АЕС|ТЕС|ТЕЦ|ГАЕС)(?:-\d+)?"
# what follows an organisation's head as part of its name: a number, whose name it bears
_ORG_TAIL = re.compile(rf"(?: №\s?\d+| імені(?: [{_UP}]\.){{0,3}}(?: [{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?){{1,2}}"
                       rf"|(?: [{_UP}]\.){{1,3}} [{_UP}][{_LOW}]+)?"
                       rf"(?: «[^«»\n]{{1,40}}»)?")
_NO_TITLE = rf"(?!(?i:{_TITLE.pattern})(?![\w-]))"   # (Директорка Бучацької гімназії: the name opens after the title)
HEADED_NAME = re.compile(rf"(?<![\w-])({_NO_TITLE}{_CAP_ADJ}(?: {_CAP_ADJ})*)((?: {_LOW_ADJ})*) ({_HEAD}|{_POWER_PLANTS})"
                         rf"(?![\w-])")

_STREET_HEADS = re.compile(r"вулиц(?:я|і|ю|ею)|проспект(?:у|і|ом)?|провул(?:ок|ка|ку|ком|ці)|бульвар(?:у|і|ом)?|"
                           r"набережн(?:а|ої|ій|у|ою)|площ(?:а|і|у|ею)|узв(?:із|озу|озі|озом)|майдан(?:у|і|ом)?|"
                           r"шосе|храм(?:у|і|ом)?|собор(?:у|і|ом)?|монастир(?:я|і|ю|ем)?")
_SETTLEMENT_HEADS = (r"с[еі]л(?:о|а|і|ом)|селищ(?:е|а|і|у|ем)|хутор(?:а|і|ом)?|міст(?:о|а|і|ом)|"
                     r"містечк(?:о|а|у|і|ом)|смт|річ(?:ка|ки|ці|ку|кою)|р[іі]к(?:а|и|у|ою)|озер(?:о|а|і|ом)|"
                     r"остр(?:ів|ова|ові|овом)|півостр(?:ів|ова|ові|овом)|затоц[іі]|гор(?:а|и|і|у|ою)|"
                     r"урочищ(?:е|а|і|ем)|перевал(?:у|і|ом)?")
_NAME_WORD = rf"[{_UP}][{_LOW}]*(?:-[{_UP}{_LOW}][{_LOW}]*)*"
NAME_AFTER_HEAD = re.compile(rf"(?<![\w-])({_STREET_HEADS.pattern}|{_SETTLEMENT_HEADS}) "
                             rf"({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})(?![\w-])")

LOCATIVE_PREPOSITIONS = frozenset(("в", "у", "до", "під", "на", "біля", "поблизу", "коло", "поруч", "над",
                                   "із", "зі", "з", "між", "через", "околицях", "околиці"))

# short names of ministries (Мінфін, Мінцифри: Мін- and the ministry's field) and of state
# services (Держпраці, Укрпошта: Держ- and Укр- and the field)
AGENCY_WORD = re.compile(rf"(?:Мін(?:фін|економіки|оборони|охорони|юст|цифри|освіти|соцполітики|агро|енерго|"
                         rf"культури|інфраструктури|ветеранів|регіон|закордон|внутрішніх)[{_LOW}]*|"
                         rf"Держ[{_LOW}]{{4,}}|Укр(?!аїн)[{_LOW}]{{4,}})")

# nouns before a name in guillemets that say it is a work or a product ...
_WORK_NOUN = re.compile(r"^(?:опер|балет|фільм|кінофільм|серіал|роман|повіст|книж|книг|пісн|альбом|вистав|поем|"
                        r"картин|фестивал|конкурс|програм|проєкт|проект|операці|ракет|корабл|судн|криголам|"
                        r"літак|вакцин|препарат|газогон|нафтогон|застосун|гр|вірш|п'єс|п’єс|передач|шоу|акці|"
                        r"сорт|марк|видан|газет|журнал|премі|читанн|порід)[а-яієїґ]{0,4}$", re.IGNORECASE)
# ... or a venue (a place), as a venue's word inside it does (Арена Південь)
_VENUE_NOUN = re.compile(r"^(?:стадіон|арен|палац|манеж|льодов|парк|сквер|кінотеатр|спорткомплекс|санатор|"
                         r"торгов|готел)[а-яієїґ]{0,4}$", re.IGNORECASE)
_VENUE_WORD = re.compile(r"(?:Арен|Стадіон|Парк|Плаза)[а-яієїґ]{0,3}$")

UK_RULES = NameRules(HEADED_NAME, _ORG_PREFIXES, ("православн", "греко-католицьк",
                     "католицьк", "лютеранськ", "протестантськ", "євангельськ"), re.compile(
                     r"(?: опери та балету| драми| ляльок| юного глядача)?"), re.compile("[сцз]ьк"),
                     NAME_AFTER_HEAD, _STREET_HEADS, _NAME_WORD, LOCATIVE_PREPOSITIONS, _TITLE, AGENCY_WORD,
                     _WORK_NOUN, _VENUE_NOUN, _VENUE_WORD)

# a region named by its centre or its people with the suffix -щина, -ччина (Полтавщина,
# Житомирщина)
_REGION_WORD = re.compile(rf"[{_UP}][{_LOW}]+(?:щин|ччин)(?:а|и|і|у|ою)")

# legal forms of Ukrainian bodies before their quoted name (ТОВ «Ромашка», КП «Міськсвітло»)
_LEGAL_FORM = re.compile(r"(?<![\w-])(?:ТОВ|ПрАТ|ПАТ|АТ|ПП|КП|ДП|КНП|ОСББ|ГО|БФ|ФГ|СФГ|ТзОВ|ОК) $")
_GUILLEMETS = re.compile(rf"«([{_UP}A-Z0-9][^«»\n]{{0,40}}?)»")

# abbreviations of common nouns, written in capitals like a body's acronym (a style guide's list)
COMMON_ABBREVIATIONS = frozenset("""
ввп внп пдв пдфо єсв зміі змі дтп жкг жкп тец гес аес тес гаес азс нпз внз зво пдр осцв фоп тов пат прат ат кп дп пп
го бф осбб нді ккд леп днк рнк віл снід грві екг мрт кт узд нс ппо бпла впк тц вто цнап отг впо ова мва рва ссср
ші іт пк пз
""".split())


def acronym(word: str) -> bool:
    """An all-capitals Cyrillic word of two to five letters that is no common noun's
    abbreviation: a body's acronym (ДСНС, НАБУ)."""
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha() and "А" <= word[0] <= "Я" \
        and word.casefold() not in COMMON_ABBREVIATIONS


def headed_names(text: str, covered: bytearray) -> list[Candidate]:
    """Names capitalised adjectives open and a head noun closes (``russian.headed_names``),
    with an organisation's number, its eponym or its name in guillemets after the head
    (Бучацької гімназії № 5, Національний заповідник «Горгани»); at a sentence start too
    where an acronym in brackets follows (Міжнародний валютний фонд (МВФ))."""
    out = []
    for c in _headed_names(text, covered, UK_RULES) + _opening_sentence(text, covered):
        if c.type == "ORG" and (tail := _ORG_TAIL.match(text, c.end)).end() > c.end \
                and not any(covered[c.end:tail.end()]):
            c = Candidate(c.start, tail.end(), text[c.start:tail.end()], "ORG")
        out.append(c)
    return out


_BRACKETED_ACRONYM = re.compile(r" \([А-ЯҐЄІЇA-Z]{2,6}\)")


def _opening_sentence(text: str, covered: bytearray) -> list[Candidate]:
    """A headed organisation's name that opens a sentence and is defined by its acronym in
    brackets (capitals at a sentence start say nothing, the acronym does)."""
    if " (" not in text:
        return []
    out = []
    for m in HEADED_NAME.finditer(text):
        if _BRACKETED_ACRONYM.match(text, m.end()) and not any(covered[m.start():m.end()]):
            etype = "ORG" if m.group(3).startswith(_ORG_PREFIXES) else "LOC"
            out.append(Candidate(m.start(), m.end(), m.group(), etype))
    return out


def names_after_heads(text: str, covered: bytearray) -> list[Candidate]:
    """A street's name with its head, the name after a settlement's or a river's head
    (``russian.names_after_heads``); it ends before a first name (села Лука Орест Гнатів)."""
    from .kb import common_words
    given, out = common_words().given_for("uk"), []
    for c in _names_after_heads(text, covered, UK_RULES):
        words = c.text.split(" ")
        cut = next((i for i in range(1, len(words)) if words[i].casefold() in given and i + 1 < len(words)), None)
        if cut is not None and (cut > 1 or not _STREET_HEADS.fullmatch(words[0])):
            end = c.start + len(" ".join(words[:cut]))
            c = Candidate(c.start, end, text[c.start:end], c.type)
        out.append(c)
    return out


def guillemet_names(text: str, covered: bytearray) -> list[Candidate]:
    """Names in guillemets (``russian.guillemet_kind``), an apostrophe inside too
    («Кам'яна гора»), with their legal form before them (ТОВ «Ромашка»)."""
    if "«" not in text:
        return []
    out = []
    for m in _GUILLEMETS.finditer(text):
        s, e = m.span(1)
        if any(covered[s:e]) or len(m.group(1).split()) > 4:
            continue
        if (legal := _LEGAL_FORM.search(text, max(0, m.start() - 6), m.start())) is not None:
            if not covered[legal.start()]:
                out.append(Candidate(legal.start(), m.end(), text[legal.start():m.end()], "ORG"))
            continue
        if (kind := _guillemet_kind(text, m.start(), m.group(1), UK_RULES)) is not None:
            out.append(Candidate(s, e, m.group(1), kind))
    return out


def first_candidates(text: str, covered: bytearray) -> list[Candidate]:
    """The Ukrainian candidates that go before the capitalised runs that cross their edges."""
    return headed_names(text, covered) + names_after_heads(text, covered) + guillemet_names(text, covered) \
        + known_place_forms(text, covered) + capitalised_bodies(text, covered)


# heads of public bodies, capitalised, whose field follows in the genitive (Міністерство
# охорони здоров'я, Комітет виборців, Служба зайнятості)
_BODY_HEADS = ("міністерств", "комітет", "служб", "агентств", "департамент", "управлінн", "комісі", "інспекці",
               "рад(?!ник|ниц)", "палат", "федераці", "спілк", "асоціаці", "фонд", "інститут", "академі")
# a noun's genitive (not a verb's past: заявило, повідомили)
_GENITIVE = rf"[{_LOW}]{{2,}}(?:[иіїуюая]|ів|их|ого|ої)(?<!л[аои])"
CAPITALISED_BODY = re.compile(rf"(?<![\w-]){_head(_BODY_HEADS, capitals=True)}(?: (?:і|та) {_GENITIVE}| {_GENITIVE}){{1,3}}"
                              rf"(?![\w'’ʼ-])")
# a bank's name made with its head (Укргазбанк, Райффайзенбанк)
_BANK_WORD = re.compile(rf"(?<![\w-])[{_UP}][{_LOW}]{{2,}}[бБ]анк(?:у|ом|і|а)?(?![\w-])")


def capitalised_bodies(text: str, covered: bytearray) -> list[Candidate]:
    """A public body named by its capitalised head and its field in the genitive, within a
    sentence (повідомили в Міністерстві культури); a bank's name made with its head."""
    out = [Candidate(m.start(), m.end(), m.group(), "ORG") for m in CAPITALISED_BODY.finditer(text)
           if _mid_sentence(text, m.start()) and not any(covered[m.start():m.end()])]
    if "анк" in text:
        out += [Candidate(m.start(), m.end(), m.group(), "ORG") for m in _BANK_WORD.finditer(text)
                if not any(covered[m.start():m.end()])]
    return out


# a place's case forms back to the nominative, by a grammar book's noun endings: (ending,
# what the nominative ends in); Полтаві -> Полтава, Ужгорода -> Ужгород, Стрия -> Стрий, Лубен -> Лубни
_PLACE_CASES = (("ою", ("а",)), ("ею", ("я", "а")), ("єю", ("я",)), ("ові", ("", "о")), ("еві", ("ь",)),
                ("єві", ("й",)), ("ом", ("", "о")), ("ем", ("ь",)), ("єм", ("й",)), ("ах", ("и",)), ("ях", ("і",)),
                ("і", ("а", "ь", "", "о", "я")), ("ї", ("я", "й")), ("и", ("а",)), ("у", ("а", "", "о")),
                ("ю", ("я", "ь", "й")), ("а", ("", "о")), ("я", ("ь", "й")), ("", ("и", "і")))
# і in a closed syllable is о, е (є: ї) in an open one: Львова -> Львів, Києва -> Київ
_CLOSED_SYLLABLE = re.compile(rf"([оеє])([бвгґджзклмнпрстфхцчшщ]+)$")
_WORD = re.compile(rf"(?<![\w'’ʼ-]){_NAME_WORD}(?![\w'’ʼ])")


def place_nominatives(word: str) -> list[str]:
    """The nominatives a capitalised word in a case form may be of (Полтаві: Полтава, Полтавь ...)."""
    out = []
    for ending, nominative_ends in _PLACE_CASES:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[:len(word) - len(ending)]
        for end in nominative_ends:
            out.append(stem + end)
            if end == "" and (m := _CLOSED_SYLLABLE.search(stem)) is not None:
                out.append(stem[:m.start()] + ("ї" if m.group(1) == "є" else "і") + m.group(2))
    return out


def known_place_forms(text: str, covered: bytearray) -> list[Candidate]:
    """A known place in a case form the knowledge base does not hold (у Яворові, біля
    Ужгорода): a word whose nominative it knows as a place, after a locative preposition (a
    town's quiet name too) or within a sentence (a well-known place's); with a capitalised
    adjective before it (Великої Британії)."""
    from .kb import common_words, get_kb
    kb, given = get_kb(), common_words().given_for("uk")
    out = []
    for m in _WORD.finditer(text):
        word, s = m.group(), m.start()
        if covered[s] or not _mid_sentence(text, s) or word.casefold() in given:
            continue
        before = text[max(0, s - 24):s].split()
        # (a town's quiet name after a preposition, or a title: мер Ужгорода, жителька Стрия)
        quiet = bool(before) and (before[-1].casefold() in LOCATIVE_PREPOSITIONS or _TITLE.fullmatch(before[-1]))
        for nominative in place_nominatives(word):
            ent = kb.lookup(nominative, quiet, "uk")
            if ent is not None and ent.type == "LOC" and nominative.casefold() not in given:
                s = _adjective_before(text, s, covered)
                out.append(Candidate(s, m.end(), text[s:m.end()], "LOC", None if s < m.start() else ent.id))
                break
    return out


_ADJECTIVE_BEFORE = re.compile(rf"{_NO_TITLE}[{_UP}][{_LOW}]+(?:[иі]й|ь?ого|ь?ому|[иі]м|ь?ої|ь?ою|[аяе]) $")


def _adjective_before(text: str, start: int, covered: bytearray) -> int:
    """Where a capitalised adjective right before a place's name opens it, within a sentence
    (Великої Британії, Центральній Азії), else ``start``."""
    m = _ADJECTIVE_BEFORE.search(text, max(0, start - 30), start)
    if m is None or any(covered[m.start():start]) or not _mid_sentence(text, m.start()):
        return start
    return m.start()


def around_known_name(text: str, start: int, end: int, etype: str) -> tuple[int, int, str] | None:
    """(start, end, type) of the name a known name at ``start:end`` is a word of: inside
    guillemets, the quoted name (ТОВ «Дністер-Сервіс», руху «Зелена Полтава»); after an
    organisation's head, the body's name (Конституційний Суд Польщі)."""
    if "«" in text[max(0, start - 40):start]:
        for m in _GUILLEMETS.finditer(text, max(0, start - 40), min(len(text), end + 40)):
            if m.start(1) <= start and end <= m.end(1):
                if (legal := _LEGAL_FORM.search(text, max(0, m.start() - 6), m.start())) is not None:
                    return legal.start(), m.end(), "ORG"
                kind = _guillemet_kind(text, m.start(), m.group(1), UK_RULES)
                return (m.start(1), m.end(1), kind) if kind is not None else None
    if etype == "LOC" and (body := _body_of_place(text, start, end)) is not None:
        return body   # (a person after a body's head is its head's: президент Світового банку Аджай Банга)
    adjective = _adjective_before(text, start, bytearray(end + 1)) if etype == "LOC" else start
    return (adjective, end, "LOC") if adjective < start else None


# an organisation's head, capitalised, and the field's nouns in the genitive before a place
# (Міністерство освіти і науки Польщі, Конгрес США, Верховний Суд Канади)
# (a word's start: not a name's after a hyphen, ас-Судані, whose Суд- is no court)
_BODY_BEFORE = re.compile(rf"(?<![\w'’ʼ-])(?:(?:{_CAP_ADJ} )(?:{_LOW_ADJ} )*{_head(ORG_HEAD_STEMS)}|"
                          rf"{_head(ORG_HEAD_STEMS, capitals=True)})"
                          rf"(?: (?:[{_LOW}]{{3,}}|і|та))*? $")


# feminine nominatives of countries and regions (Україна, Франція, Польща), no genitive
_NOMINATIVE_PLACE = ("ина", "іна", "їна", "ія", "ща")


def _body_of_place(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A body of a place in the genitive: its capitalised head (and adjectives) and the field
    before the place (Міністерство освіти Польщі; Збройних сил Канади)."""
    if start < 4 or text[start - 1] != " ":
        return None
    if text.endswith(_NOMINATIVE_PLACE, start, end):
        return None   # (a nominative: Комісії Україна — ЄС names two parties)
    m = _BODY_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    return m.start(), end, "ORG"


_HONORIFICS = frozenset(("пан", "пане", "пана", "панові", "пані", "панове"))


def lead_title(word: str) -> bool:
    """A title, a role or an honorific opening a capitalised run (Президентка, Голова, Пане
    at a sentence start): no part of the name after it."""
    return _TITLE.fullmatch(word) is not None or word.casefold() in _HONORIFICS


def retype(text: str, c: Candidate, covered: bytearray) -> str:
    """The type of a Ukrainian candidate of unknown kind: a region in -щина is a place; an
    acronym a body; else the words before it (``russian.retype``); a person after a title
    with the body's or the country's name between (міністр транспорту Польщі Ян Ковальський)."""
    if _REGION_WORD.fullmatch(c.text):
        return "LOC"
    if acronym(c.text):
        return "ORG"
    if text[max(0, c.start - 6):c.start].split()[-1:] and \
            text[max(0, c.start - 6):c.start].split()[-1].strip("«\"").casefold() in _HONORIFICS:
        return "PER"   # (пане Остапе, пані Олено: an honorific before a first name)
    if _LONE_ADJECTIVE.fullmatch(c.text) and _LOWER_WORD_AFTER.match(text, c.end):
        return c.type   # (в Старому місті: an adjective of a name that goes on in lower case)
    etype = _retype(text, c, covered, UK_RULES)
    if etype == "MISC" and _title_before(text, c):
        return "PER"
    if etype == "MISC" and _coordinated_place(text, c.start):
        return "LOC"
    return etype


_LONE_ADJECTIVE = re.compile(rf"[{_UP}][{_LOW}]+(?:[иі]й|ь?ого|ь?ому|[иі]м|ь?ої|ь?ою)")
_LOWER_WORD_AFTER = re.compile(" [а-щьюяґєії'’ʼ]{3,}")   # (a noun, no preposition or conjunction)
_CONJUNCTIONS = frozenset(("та", "і", "й", "або", "чи"))


def _coordinated_place(text: str, s: int) -> bool:
    """A name joined by a conjunction to a name after a locative preposition: у Бродах та
    Золочеві, між Рені та румунським Галацом."""
    before = text[max(0, s - 60):s].split()[::-1]
    if before and _LONE_ADJECTIVE.fullmatch(before[0].capitalize()) and before[0].islower():
        before = before[1:]   # (an adjective of the second name: та польським Перемишлем)
    return len(before) >= 3 and before[0] in _CONJUNCTIONS and before[1][:1].isupper() \
        and before[1][-1].isalpha() and before[2].casefold() in LOCATIVE_PREPOSITIONS


def _title_before(text: str, c: Candidate) -> bool:
    """A title within five words before a name of two or three words, no punctuation between."""
    words = c.text.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(_NAME_WORD, w) for w in words):
        return False
    before = re.sub("«[^»]*»", "«»", text[max(0, c.start - 90):c.start]).split()[::-1][:6]
    for w in before:
        if w[-1] in ",.;:!?—–()" or w in ("—", "–"):
            return False
        if _TITLE.fullmatch(w):
            return True
    return False
