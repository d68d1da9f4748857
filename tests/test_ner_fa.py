"""Persian entity rules (``agents/entities/persian.py``). Sentences here are written for the
tests, not taken from any benchmark set."""

from __future__ import annotations

from agents.entities.persian import _given, persian_hits
from agents.entities.kb import get_kb
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "fa", "Arab")


# -- names a head word opens -----------------------------------------------------------------

def test_body_head_opens_a_name_that_a_light_verb_ends():
    got = _ents("وزارت راه هشدار داد که جاده‌ها لغزنده است.")
    assert ("وزارت راه", "ORG") in got


def test_firm_head_needs_a_rare_word_or_a_place():
    got = _ents("شرکت بافندگی نیلوفرتاب در خرید پنبه تأخیر کرد.")
    assert ("شرکت بافندگی نیلوفرتاب", "ORG") in got
    assert not any(t == "ORG" for _, t in _ents("کارگران کارخانه جدید در اعتصاب هستند."))


def test_place_word_inside_a_body_closes_its_name():
    got = _ents("هیئت کشتی شهرستان گرمسارک مسابقات را لغو کرد.")
    assert ("هیئت کشتی شهرستان گرمسارک", "ORG") in got


def test_common_nouns_joined_by_and_stay_in_the_name():
    got = _ents("انجمن آب و فاضلاب کشور در نشستی گفت.")
    assert ("انجمن آب و فاضلاب کشور", "ORG") in got


def test_determiner_before_head_makes_a_common_noun():
    assert not any(t == "ORG" for _, t in _ents("این شرکت پتروشیمی زاگروسان را خرید."))


def test_facility_head_is_part_of_the_place_and_a_title_may_follow():
    got = _ents("مردم در خیابان شهید چمرانی جمع شدند.")
    assert ("خیابان شهید چمرانی", "LOC") in got


def test_facility_chain_stops_at_another_facility_head():
    got = _ents("جاده قلعه بردسکان بسته شد.")
    assert ("قلعه بردسکان", "LOC") in got


def test_place_word_gives_the_town_alone():
    got = _ents("کشاورزان روستای ورزنگان از کم‌آبی گله دارند.")
    assert ("ورزنگان", "LOC") in got
    got = _ents("باران در استان آذربایجان غربی ادامه دارد.")
    assert ("آذربایجان غربی", "LOC") in got


def test_sentence_final_verb_is_no_part_of_a_name():
    got = _ents("بار را به کارخانه قند تربتک فرستاد.")
    assert ("کارخانه قند تربتک", "ORG") in got


# -- the knowledge base in Arabic letters, words inside compounds ---------------------------------

def test_place_known_in_arabic_letters_only_after_a_place_word():
    got = _ents("خانواده‌اش سال‌ها پیش به کرمانشاه رفتند.")
    assert ("کرمانشاه", "LOC") in got


def test_hit_after_a_zero_width_non_joiner_is_inside_a_word():
    text = "دو طرف گفت\u200cوگو کردند."
    assert all(h.start == 0 or text[h.start - 1] != "\u200c" for h in persian_hits(text, get_kb().match(text, "fa")))


# -- people ------------------------------------------------------------------------------------

def test_name_before_a_comma_and_a_role():
    got = _ents("به گفته فرهاد کیانفر، مدیر این مدرسه، کلاس‌ها فردا باز می‌شود.")
    assert ("فرهاد کیانفر", "PER") in got


def test_name_between_commas_after_a_role():
    got = _ents("شهردار شهر، بهرام نوشادی، از طرح تازه خبر داد.")
    assert ("بهرام نوشادی", "PER") in got


def test_name_before_an_age_and_honorific_left_out():
    got = _ents("حاج کریم نوبهاری، ۸۰ ساله، هنوز کار می‌کند.")
    assert ("کریم نوبهاری", "PER") in got


def test_first_name_and_family_name_shape():
    assert _given("محمدرضا") and _given("نعمت\u200cالله")
    got = _ents("مریم تقی‌زاده که معلم است به مدرسه رفت.")
    assert ("مریم تقی\u200cزاده", "PER") in got
    assert not any(t == "PER" for _, t in _ents("به دلیل سرمای شدید مدرسه تعطیل شد."))


def test_a_board_a_market_of_things_and_a_loan_are_no_names():
    got = _ents("رئیس هیئت مدیره گفت این شرکت در بازار تراشه‌های پیشرفته رقابت می‌کند و بانک یک وام جدید داد.")
    assert not any(kind in ("ORG", "LOC") for _, kind in got)
