"""Russian names the capitalised runs alone miss or cannot type, read by Russian grammar and
the conventions of its press (general vocabulary of a grammar book or a style guide, no
names):

* a name that capitalised adjectives open and a common head noun closes, only the first
  words capitalised: Новоржевского района, Малой Никитской улице, Псковской областной
  детской больницы; the head types it (a church is a building, a confession's church
  an organisation: Русская православная церковь);
* a street's or a church's head before its name is part of it (улице Кольцова, храме
  Всех Святых); a settlement's or a natural feature's head is not (селе Верхние
  Пены, реки Ворскла): the name after it is a place;
* a name in guillemets is an organisation's (тульский «Арсенал», с «Факелом»), unless a
  noun before it says it is a work or a product (оперу «Князь Игорь»), or a venue (кинотеатре «Октябрь»);
* a name of unknown kind after a locative preposition is a place (в Кирсанове), after a
  title or a role a person (послом Чили Мануэлем Веласко, купца Ерофеева);
* an all-capitals Cyrillic word is an organisation's acronym (ФСИН, ГУМВД) unless it is one of
  the abbreviations of common nouns (ВВП, ТЭЦ, СМИ).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .declension import ACC, DAT, GEN, INS, LOC, Declension, paradigm
from .names import Candidate

_ADJ_END = r"(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ей)"
_CAP_ADJ = rf"[А-ЯЁ][а-яё]+(?:-[а-яё]+)?{_ADJ_END}"
_LOW_ADJ = rf"[а-яё]{{2,}}{_ADJ_END}"

# heads of places' and organisations' names (stems; any case ending follows)
LOC_HEAD_STEMS = ("район", "улиц", "проспект", "переул", "бульвар", "шосс", "площад", "набережн", "лини",
                  "церк", "собор", "храм", "монастыр", "мост", "област", "кра", "округ", "водохранилищ",
                  "вокзал", "аэропорт")
ORG_HEAD_STEMS = ("завод", "комбинат", "фабрик", "больниц", "поликлиник", "театр", "университет", "институт",
                  "академи", "консорциум", "маслихат", "совет", "собрани", "суд", "банк", "фонд", "служб",
                  "агентств", "министерств", "комитет", "парти", "колледж", "училищ", "гимнази", "лице",
                  "школ", "библиотек", "филармони", "корпораци", "холдинг", "управлени", "департамент")
_POWER_PLANTS = r"(?:ГЭС|АЭС|ГРЭС|ТЭС|ТЭЦ)(?:-\d+)?"
# what a theatre's name names after its head (театр оперы и балета, театр драмы)
_THEATRE_GENRES = re.compile(r"(?: оперы и балета| драмы| кукол| юного зрителя)?")
# a head's stem, then a case ending, not a suffix that makes an adjective of it (областной, фондовый)
_HEAD = "(?:" + "|".join(sorted(LOC_HEAD_STEMS + ORG_HEAD_STEMS, key=len, reverse=True)) + ")" \
    + rf"(?!(?:н|нн|ьн|ск|цк|ов|ев|енн|ическ){_ADJ_END}(?![\w-]))[а-яё]{{0,4}}"
HEADED_NAME = re.compile(rf"(?<![\w-])({_CAP_ADJ}(?: {_CAP_ADJ})*)((?: {_LOW_ADJ})*) ({_HEAD}|{_POWER_PLANTS})"
                         rf"(?![\w-])")
# adjectives of a confession, which make a church an organisation (Грузинская православная церковь)
_CONFESSIONS = ("православн", "апостольск", "католическ", "евангелическ", "лютеранск", "протестантск",
                "старообрядческ")

# heads in their case forms whose name follows them: a street's or a church's (part of the
# place's name) ...
_STREET_HEADS = re.compile(r"улиц(?:а|ы|е|у|ей)|проспект(?:а|е|ом|у)?|переул(?:ок|ка|ке|ком)|бульвар(?:а|е|ом|у)?|"
                           r"шоссе|площад(?:ь|и|ью)|тупик(?:а|е|ом)?|проезд(?:а|е|ом)?|храм(?:а|е|ом|у)?|"
                           r"собор(?:а|е|ом|у)?|монастыр(?:ь|я|е|ём|ю)")
# ... and a settlement's or a natural feature's (no part of it)
_SETTLEMENT_HEADS = (r"деревн(?:я|и|е|ю|ей)|сел(?:о|а|е|ом)|пос[её]л(?:ок|ка|ке|ком)|хутор(?:а|е|ом)?|"
                     r"станиц(?:а|ы|е|у|ей)|аул(?:а|е|ом)?|агрогород(?:ок|ка|ке|ком)|город(?:а|е|ом)?|"
                     r"кишлак(?:а|е|ом)?|рек(?:а|и|е|у|ой)|озер(?:о|а|е|ом)|остров(?:а|е|ом)?|"
                     r"полуостров(?:а|е|ом)?|залив(?:а|е|ом)?|гор(?:а|ы|е|у|ой)|урочищ(?:е|а|у|ем)")
_NAME_WORD = r"[А-ЯЁ][а-яё]*(?:-[А-Яа-яЁё][а-яё]*)*"
NAME_AFTER_HEAD = re.compile(rf"(?<![\w-])({_STREET_HEADS.pattern}|{_SETTLEMENT_HEADS}) "
                             rf"({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})(?![\w-])")

LOCATIVE_PREPOSITIONS = frozenset(("в", "во", "из", "изо", "под", "на", "до", "около", "близ", "возле"))

# titles and roles written before a person's name (stems; case endings follow, or a first
# part before a hyphen: премьер-министра, экс-президент)
_TITLE_STEMS = ("президент", "премьер", "министр", "глав", "мэр", "губернатор", "депутат",
                "председател", "директор", "патриарх", "католикос", "митрополит", "епископ", "архиепископ",
                "корол", "принц", "канцлер", "посол", "посла", "послом", "послу", "сенатор", "тренер", "капитан",
                "ветеран", "нападающ", "защитник", "вратар", "полузащитник", "форвард", "фермер", "купц", "купец",
                "генерал", "полковник", "лидер", "основател", "руководител", "спикер", "прокурор", "судь", "аким",
                "писател", "режиссёр", "актёр", "актрис", "певиц", "певец", "художник", "журналист", "профессор",
                "академик", "кардиолог", "хирург", "врач", "учител", "пасечник", "уроженц", "уроженк",
                "бегун", "чемпион", "спортсмен", "политик", "бизнесмен", "предпринимател", "эксперт",
                "аналитик", "советник", "помощник", "заместител", "замминистр", "гендиректор")
_TITLE = re.compile(r"(?:[а-яё]+-)?(?:" + "|".join(sorted(_TITLE_STEMS, key=len, reverse=True)) + ")"
                    rf"(?!(?:н|нн|ьн|ск|цк|ов|ев|енн|ическ|евск){_ADJ_END}$)[а-яё]{{0,4}}", re.IGNORECASE)

# short names of ministries (Минтранс, Минздрав: Мин- and the ministry's field) and of
# federal agencies (Росавиация, Роснедра: Рос- and the agency's field)
AGENCY_WORD = re.compile(r"(?:Мин(?:фин|эконом|пром|здрав|обор|юст|транс|труд|просвещ|обрнаук|науки|сельхоз|энерг|"
                         r"строй|цифр|природ|культ|спорт|иностр|вост|тур|соц|сел|стро)[а-яё]*|Рос(?![ст])[а-яё]{4,})")

# nouns before a name in guillemets that say it is a work or a product (no organisation) ...
_WORK_NOUN = re.compile(r"(?:опер|балет|фильм|кинофильм|сериал|роман|повест|книг|песн|альбом|спектакл|поэм|"
                        r"картин|выставк|фестивал|конкурс|программ|проект|операци|ракет|корабл|судн|ледокол|"
                        r"самолёт|вакцин|препарат|газопровод|нефтепровод|трубопровод|приложени|игр|стих|"
                        r"пьес|передач|шоу|акци)[а-яё]{0,4}$", re.IGNORECASE)
# ... or a venue (a place), as a venue's word inside it does (Нефтяник Арена)
_VENUE_NOUN = re.compile(r"(?:стадион|арен|дворц|дворец|манеж|ледов|парк|сквер|кинотеатр|спорткомплекс|"
                         r"санатори|торгов|гостиниц|отел)[а-яё]{0,4}$", re.IGNORECASE)
_VENUE_WORD = re.compile(r"(?:Арен|Стадион|Парк|Плаза)[а-яё]{0,3}$")


class NameRules(NamedTuple):
    """An East Slavic language's words and endings for the rules below: Russian's here,
    Ukrainian's in ``ukrainian.py`` (the same grammar, other vocabulary)."""
    headed: re.Pattern           # capitalised adjectives and a head noun (HEADED_NAME)
    org_heads: tuple             # the heads' stems that make an organisation (the rest a place)
    confessions: tuple           # adjectives that make a church an organisation
    theatre_genres: re.Pattern   # what a theatre's name names after its head
    place_adjective: re.Pattern  # a place's adjective's suffix (-ский): a name even at a sentence start
    after_head: re.Pattern       # a head and the name after it (NAME_AFTER_HEAD)
    street_heads: re.Pattern     # the heads of those the name includes (a street's, a church's)
    name_word: str               # a capitalised word of a name
    prepositions: frozenset      # locative prepositions
    title: re.Pattern            # titles and roles before a person's name
    agency: re.Pattern           # short names of ministries and agencies
    work_noun: re.Pattern        # nouns before guillemets that say a work or a product ...
    venue_noun: re.Pattern       # ... or a venue
    venue_word: re.Pattern       # a venue's word inside the guillemets


RU_RULES = NameRules(HEADED_NAME, ORG_HEAD_STEMS, _CONFESSIONS, _THEATRE_GENRES, re.compile("[сц]к"),
                     NAME_AFTER_HEAD, _STREET_HEADS, _NAME_WORD, LOCATIVE_PREPOSITIONS, _TITLE, AGENCY_WORD,
                     _WORK_NOUN, _VENUE_NOUN, _VENUE_WORD)

# abbreviations of common nouns, written in capitals like a body's acronym (a style guide's list)
COMMON_ABBREVIATIONS = frozenset("""
ввп внп ндс ндфл сми дтп жкх жку ии тэц гэс аэс грэс тэс азс нпз вуз пдд осаго каско ип ооо оао зао пао ао тоо
нко чп егэ огэ днк рнк вич спид орви эк экг мрт кт узи чс пво бпла впк тц жд ит по нии кпд впп лэп пмж инн
снилс фио гост зож омс дмс сизо иво рлс зрк пзрк бтр бмп сво ссср вс мкс
""".split())


def acronym(word: str) -> bool:
    """An all-capitals Cyrillic word of two to five letters that is no common noun's
    abbreviation: a body's acronym (ФСИН, ГУМВД)."""
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha() and "А" <= word[0] <= "Я" \
        and word.casefold() not in COMMON_ABBREVIATIONS


def _head_type(head: str, adjectives: str, rules: NameRules = RU_RULES) -> str:
    """ORG or LOC by a name's head; a church is a building unless a confession's."""
    if head.startswith("церк"):
        return "ORG" if any(stem in adjectives for stem in rules.confessions) else "LOC"
    return "ORG" if head.startswith(rules.org_heads) else "LOC"


def _mid_sentence(text: str, s: int) -> bool:
    j = s - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j >= 0 and text[j] not in ".!?\n«\"“"


def headed_names(text: str, covered: bytearray, rules: NameRules = RU_RULES) -> list[Candidate]:
    """Names capitalised adjectives open and a head noun closes (Новоржевского района,
    Верхнетуломской ГЭС-2); at a sentence start only a place's adjective (-ский, -цкий) with
    a lower-case one after it, as capitals there say nothing (Амурский трубопроводный
    консорциум, not Новый завод)."""
    out = []
    for m in rules.headed.finditer(text):
        s, e = m.span()
        if m.group(3).startswith("театр"):
            e = rules.theatre_genres.match(text, e).end()
        if any(covered[s:e]):
            continue
        if not _mid_sentence(text, s) and not (m.group(2) and rules.place_adjective.search(m.group(1).split()[0])):
            continue
        out.append(Candidate(s, e, text[s:e], _head_type(m.group(3), m.group(2), rules)))
    return out


def names_after_heads(text: str, covered: bytearray, rules: NameRules = RU_RULES) -> list[Candidate]:
    """A street's or a church's name with its head (улице Кольцова, храме Всех Святых);
    the name after a settlement's or a feature's head (селе Верхние Пены, реке Ворскла). The
    name ends where a known name or an adjective's headed name begins (селе Пены
    Псковской области)."""
    out = []
    for m in rules.after_head.finditer(text):
        end = m.start(2)
        for w in re.finditer(rules.name_word, m.group(2)):
            ws = m.start(2) + w.start()
            if covered[ws] or (end > m.start(2) and rules.headed.match(text, ws)):
                break
            end = m.start(2) + w.end()
        s = m.start() if rules.street_heads.fullmatch(m.group(1)) else m.start(2)
        if end > m.start(2) and not any(covered[s:end]):
            out.append(Candidate(s, end, text[s:end], "LOC"))
    return out


def _words_before(text: str, s: int, most: int = 3) -> list[str]:
    """Up to ``most`` words before ``s``, nearest first; a name in guillemets counts as one."""
    return re.sub("«[^»]*»", "«»", text[max(0, s - 80):s]).split()[::-1][:most]


def retype(text: str, c: Candidate, covered: bytearray, rules: NameRules = RU_RULES) -> str:
    """The type of a Russian candidate of unknown kind (MISC) by the words before it: a
    place after a locative preposition, a person after a title or a role, even with the
    body's or the country's name between (послом Чили Мануэлем Веласко); a name
    with a regnal number is a person's (Феодосий III)."""
    before = _words_before(text, c.start)
    if not before or not c.text[0].isupper():
        return c.type
    if rules.agency.fullmatch(c.text):
        return "ORG"
    if before[0].casefold() in rules.prepositions:
        return "LOC"
    words = c.text.split()
    if len(words) == 2 and re.fullmatch("[IVX]+", words[1]):
        return "PER"
    title = rules.title.fullmatch
    if len(words) <= 3 and all(re.fullmatch(rules.name_word, w) for w in words) and (
            title(before[0].strip("«»,")) or len(before) > 1 and title(before[1])
            and (before[0] == "«»" or covered[c.start - 2] or before[0].islower() and not title(before[0]))):
        return "PER"
    return c.type


def guillemet_kind(text: str, open_at: int, name: str, rules: NameRules = RU_RULES) -> str | None:
    """What a capitalised name in guillemets at ``open_at`` names: a venue (LOC), an
    organisation (ORG), or None where a noun before it says a work or a product, or where
    it is a quotation (after a colon or a dash, or a sentence in it)."""
    before = _words_before(text, open_at, 1)
    if any(p in name for p in ".!?,:"):
        return None
    if not before:
        return "ORG"
    if before[0][-1] in ":—–-" or rules.work_noun.search(before[0]):
        return None
    if rules.venue_noun.search(before[0]) or rules.venue_word.search(name.split()[-1]):
        return "LOC"
    return "ORG"


# -- a person's name in a case form, back to the nominative ---------------------------------------
# (grammar-book paradigms: the first name's case ending tells the case and the gender the
# surname is in, so that an unknown person meets across articles: Игорем Рябовым -> Игорь Рябов;
# the machinery, and Polish, Czech and Ukrainian, in declension.py)

_VOWELS = "аеёиоуыэюя"
_VELAR_HUSHING = "гкхжшчщ"   # (after which Russian writes и, not ы: Ольги)
_CONSONANTS = "бвгджзклмнпрстфхцчшщъ"
_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_NOT_VELAR = "".join(c for c in _LETTERS if c not in _VELAR_HUSHING)
# a first name's case ending -> (what its nominative ends in, genders, cases, the letters its
# stem may end in); -а and -я names may be men's (Никита, Илья): the surname's form tells
_FIRST_NAME_CASES = {
    "а": (("", "m", (GEN, ACC), _CONSONANTS),),                                        # Ивана
    "у": (("", "m", (DAT,), _CONSONANTS), ("а", "mf", (ACC,), None)),                   # Ивану, Анну
    "ом": (("", "m", (INS,), _CONSONANTS),),                                           # Иваном
    "я": (("й", "m", (GEN, ACC), _VOWELS), ("ь", "m", (GEN, ACC), _CONSONANTS)),         # Сергея, Игоря
    "ю": (("й", "m", (DAT,), _VOWELS), ("ь", "m", (DAT,), _CONSONANTS), ("я", "mf", (ACC,), None)),   # Сергею, Марию
    "ем": (("й", "m", (INS,), _VOWELS), ("ь", "m", (INS,), _CONSONANTS)),                # Сергеем, Игорем
    "е": (("й", "m", (LOC,), _VOWELS), ("ь", "m", (LOC,), _CONSONANTS), ("", "m", (LOC,), _CONSONANTS),
          ("а", "mf", (DAT, LOC), None), ("я", "mf", (DAT, LOC), None)),                # Иване, Анне, Наталье
    "и": (("й", "m", (LOC,), "и"), ("а", "mf", (GEN,), _VELAR_HUSHING),                 # Юрии, Ольги
          ("я", "mf", (GEN, DAT, LOC), "и"), ("я", "mf", (GEN,), _LETTERS.replace("и", ""))),   # Марии, Натальи
    "ы": (("а", "mf", (GEN,), _NOT_VELAR),),                                           # Анны
    "ой": (("а", "mf", (INS,), None),), "ою": (("а", "mf", (INS,), None),),             # Анной
    "ей": (("я", "mf", (INS,), None),), "ею": (("я", "mf", (INS,), None),), "ёй": (("я", "mf", (INS,), None),),   # Марией, Ильёй
}

# Russian surnames' suffixes (Рябов, Рябова, Достоевский, Достоевская): by gender, the
# stem's end, the nominative's ending and the endings of the cases (gen, dat, acc, ins, prep)
_SUFFIXED = (
    ("m", ("ов", "ев", "ёв", "ин", "ын"), "", (("а",), ("у",), ("а",), ("ым",), ("е",))),
    ("m", ("ск", "цк"), "ий", (("ого",), ("ому",), ("ого",), ("им",), ("ом",))),
    ("f", ("ов", "ев", "ёв", "ин", "ын"), "а", (("ой",), ("ой",), ("у",), ("ой", "ою"), ("ой",))),
    ("f", ("ск", "цк"), "ая", (("ой",), ("ой",), ("ую",), ("ой", "ою"), ("ой",))),
)
_SUFFIX_FORM = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой|ою)?$|(?:ск|цк)(?:ий|ой|ого|ому|им|ом|ая|ую|ою)$")
# a man's surname of a noun's declension (Рябчук: -а -у -ом -е; Гоголь: -я -ю -ем -е), by case
_NOUN_ENDINGS = (("а", "я"), ("у", "ю"), ("а", "я"), ("ом", "ем"), ("е",))
# stems of such surnames no foreign vowel-final name ends in: Рябчуку, Пашиняне are case forms,
# Шойгу and Моне names that do not decline
_NOUN_SURNAME_STEMS = ("ук", "юк", "ич", "ян", "янц", "ец", "як")
# adjectives' case endings (Грозного, Толстую): no noun's, nor a surname's that does not decline
_ADJECTIVE_FORM = ("ой", "ей", "ую", "юю", "ого", "его", "ому", "ему", "ый", "ий", "ая", "яя")
_NAME_WORD_RU = re.compile(r"[А-ЯЁ][а-яё]+")


def _patronymic_reading(word: str) -> tuple[str, str, tuple[int, ...]] | None:
    """(nominative, gender, cases) of a patronymic in a case form: Ивановичем -> Иванович."""
    if (m := re.fullmatch(r"(.+(?:ович|евич|ич))(а|у|ом|ем|е)", word)) is not None:
        return m.group(1), "m", {"а": (GEN, ACC), "у": (DAT,), "е": (LOC,)}.get(m.group(2), (INS,))
    if (m := re.fullmatch(r"(.+(?:овн|евн|ичн))(ы|е|у|ой|ою)", word)) is not None:
        return m.group(1) + "а", "f", {"ы": (GEN,), "е": (DAT, LOC), "у": (ACC,)}.get(m.group(2), (INS,))
    return None


def _surname_nominative(word: str, gender: str, case: int) -> str | None:
    """A man's (``m``) or a woman's (``f``) surname in case ``case`` in the nominative, if
    its form fits the case and tells it: Рябовым -> Рябов, Ивановой -> Иванова, Седых -> Седых."""
    if _SUFFIX_FORM.search(word):   # a Russian surname's suffix: its paradigm alone reads it
        return paradigm(word, gender, case, _SUFFIXED)
    if word.endswith(_ADJECTIVE_FORM):
        return None   # an adjective's declension without those suffixes (Толстому, Грозного): unsure
    # a foreign vowel-final surname does not decline, nor one in -ых -их, nor a woman's
    # that ends in a consonant (Анны Рябчук)
    indeclinable = word.endswith(("о", "е", "и", "у", "э", "ых", "их")) \
        or gender == "f" and word[-1] not in _VOWELS + "йь"
    if gender == "f":
        return word if indeclinable else None
    for ending in _NOUN_ENDINGS[case]:
        stem = word[:-len(ending)]
        if not word.endswith(ending) or len(stem) < 2 or stem[-1] in "йьъи":
            continue
        if stem[-1] in _VOWELS:   # Гайдая, Гайдаем -> Гайдай
            if ending in ("а", "у", "ом"):
                continue
            declined = stem + "й"
        elif ending in ("я", "ю") or ending == "ем" and stem[-1] not in "жшчщц":
            declined = stem + "ь"   # Гоголя -> Гоголь (but Абрамовичем -> Абрамович)
        else:
            declined = stem   # Рябчука -> Рябчук; Гоголе -> Гогол, whose id is Гоголь's
        if indeclinable and not stem.endswith(_NOUN_SURNAME_STEMS):
            return None   # Сергею Шойгу: a case form, or a name that does not decline?
        return declined
    return word if indeclinable else None


RUSSIAN = Declension(_NAME_WORD_RU, _FIRST_NAME_CASES, _surname_nominative,
                     lambda first, surname, given: first.casefold() in given, middle=_patronymic_reading)

