"""Bulgarian entity rules (``agents/entities/bulgarian.py``), each with sentences written for
the tests, not taken from any benchmark set."""

from __future__ import annotations

from agents.entities.bulgarian import acronym, sentence_start
from entity_mentions import mention_ids, mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "bg", "Cyrl")


def test_adjectives_with_the_article_and_a_head_noun_make_a_name():
    got = _ents("Депутати от Народното събрание посетиха Софийския университет и Пиринския край.")
    assert {("Народното събрание", "ORG"), ("Софийския университет", "ORG"), ("Пиринския край", "LOC")} <= got
    # at a sentence start only a body's head with the adjective's article
    assert ("Върховният административен съд", "ORG") in _ents("Върховният административен съд отмени решението.")
    assert not any(t.startswith("Американският") for t, _ in _ents("Американският президент пристигна вчера."))
    # a head with a name after it only describes that name
    assert not any(t == "Пенсионерският клуб" for t, _ in _ents("Пенсионерският клуб „Щастие“ организира бал."))


def test_a_body_named_by_its_head_and_field():
    got = _ents("Протестиращите се събраха пред Министерството на земеделието и храните.")
    assert ("Министерството на земеделието и храните", "ORG") in got
    got = _ents("Агенцията по горите отчете ръст на сечта.")
    assert ("Агенцията по горите", "ORG") in got
    # (a common phrase at a sentence start stays out)
    assert not _ents("Управлението на отпадъците е трудна задача.")


def test_a_capitalised_word_and_a_landform_noun():
    assert ("Ралево поле", "LOC") in _ents("Стадото пасе в Ралево поле всяко лято.")
    # (a river's head before its name closes no name: край Дреново | река Лява)
    got = _ents("Водата край Дреново река Лява заля полето.")
    assert ("Дреново река", "LOC") not in got and ("Лява", "LOC") in got


def test_the_name_after_a_settlement_head():
    got = _ents("Хората от село Дъбравино поискаха нов път до язовир Тихина.")
    assert {("Дъбравино", "LOC"), ("Тихина", "LOC")} <= got
    got = _ents("Кметът на село Бела Вода Стоян Мирчев откри чешмата.")
    assert {("Бела Вода", "LOC"), ("Стоян Мирчев", "PER")} <= got


def test_quoted_names_with_their_legal_form_or_school_head():
    got = _ents("Фирмата „Марек Строй“ ЕООД спечели търга, а Основно училище „Христо Ботев“ получи дарение.")
    assert {("„Марек Строй“ ЕООД", "ORG"), ("Основно училище „Христо Ботев“", "ORG")} <= got
    got = _ents("Децата играха на стадион „Юнак“, после влязоха в сладкарница „Медена пита“.")
    assert {("Юнак", "LOC"), ("Медена пита", "ORG")} <= got
    assert ("Сияна", "ORG") not in _ents("Ураганът „Сияна“ удари крайбрежието.")
    # a quotation is no name
    assert not any(t == "Ще дойдем утре" for t, _ in _ents("„Ще дойдем утре“, каза той."))


def test_an_organisations_seat_after_a_dash():
    got = _ents("Футболистите на „Черноморец“ – Бургас победиха, съобщи ОДМВР – Ловеч Петър Ненов.")
    assert {("„Черноморец“ – Бургас", "ORG"), ("ОДМВР – Ловеч", "ORG")} <= got


def test_capitalised_runs_inside_a_sentence_are_names():
    got = _ents("Вчера в Брестовица пристигна министър Пламен Дончев заедно с колегата си Ирфан Жоров.")
    assert {("Брестовица", "LOC"), ("Пламен Дончев", "PER"), ("Ирфан Жоров", "PER")} <= got
    got = _ents("Полицията издирва 52-годишния Стамен Кирков от Лозница и Горно Сахране.")
    assert {("Стамен Кирков", "PER"), ("Лозница", "LOC"), ("Горно Сахране", "LOC")} <= got
    # an acronym, then a person, in one run
    got = _ents("Председателят на НДП Иван Стоянов говори пред журналисти.")
    assert {("НДП", "ORG"), ("Иван Стоянов", "PER")} <= got
    # a noun with its article after a preposition is no place
    assert ("Купата", "LOC") not in _ents("Мачът от Купата на страната се игра вчера.")
    # an adjective alone opens a name that goes on in lower case
    assert not any(t == "Данъчния" for t, _ in _ents("Промените в Данъчния закон влизат в сила."))


def test_sentence_starts_and_acronyms():
    assert sentence_start("Вчера дойде.", 0) and not sentence_start("„Спартак“ – Варна", 12)
    assert acronym("ДПС") and not acronym("ДДС")
    got = _ents("В Стрелча беше открит паметник. Професор Мирослав Денков изнесе лекция.")
    assert {("Стрелча", "LOC"), ("Мирослав Денков", "PER")} <= got


def test_the_bulgarian_abbreviation_of_the_united_states():
    got = dict(mention_ids("Президентът на САЩ посети Япония през март.", "bg", "Cyrl"))
    assert got["САЩ"] == "country-us"
