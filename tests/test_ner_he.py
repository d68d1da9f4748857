"""Hebrew entity rules (``agents/entities/hebrew.py``). Sentences here are written for the
tests, not taken from any benchmark set."""

from __future__ import annotations

from agents.entities.hebrew import _is_adjective, _role_word
from entity_mentions import mentions


def _ents(text: str) -> set[tuple[str, str]]:
    return mentions(text, "he", "Hebr")


# -- the article and the prefixes ------------------------------------------------------------

def test_article_stays_outside_a_known_name():
    got = _ents("הסערה פגעה אתמול בכפרים רבים בגליל ובהגליל כולו.")
    assert not any(t.startswith("ה") and k == "LOC" for t, k in got)
    got = _ents("המשלחת של האו\"ם הגיעה אתמול.")
    assert ('או"ם', "ORG") in got


def test_article_dropped_after_a_preposition_is_read_back():
    got = _ents("השר נאם אתמול בכנסת על התקציב.")
    assert ("כנסת", "ORG") in got


def test_place_after_the_article_is_an_everyday_word():
    # (a place's name takes no article: הבלם is "the defender", not a town)
    got = _ents("הבלם של הקבוצה נפצע במשחק.")
    assert not any(k == "LOC" for _, k in got)


def test_region_keeps_its_adjective_of_direction():
    got = _ents("שריפה פרצה בגליל המערבי בשעות הבוקר.")
    assert ("גליל המערבי", "LOC") in got


# -- heads -----------------------------------------------------------------------------------

def test_construct_head_opens_an_organisation():
    got = _ents("משרד התיירות פרסם אתמול נתונים חדשים.")
    assert ("משרד התיירות", "ORG") in got
    got = _ents("רשות המים והביוב הודיעה על הפסקה.")
    assert ("רשות המים והביוב", "ORG") in got


def test_construct_head_with_a_known_place_is_one_name():
    got = _ents("עיריית ירושלים פתחה גן חדש.")
    assert ("עיריית ירושלים", "ORG") in got
    assert ("ירושלים", "LOC") not in got


def test_absolute_head_needs_an_adjective_and_a_complement():
    got = _ents("המכון הלאומי לחקר הים פרסם דוח.")
    assert ("מכון הלאומי לחקר", "ORG") in got or ("מכון הלאומי לחקר הים", "ORG") in got
    assert not any(k == "ORG" for _, k in _ents("המכון פרסם דוח חדש."))


def test_court_with_its_adjective_and_seat():
    got = _ents("בית המשפט המחוזי בירושלים דחה את הערעור.")
    assert ("בית המשפט המחוזי בירושלים", "ORG") in got


def test_kind_head_stays_outside_the_name():
    got = _ents("המטופלים הועברו לבית החולים אסותא בצהריים.")
    assert ("אסותא", "ORG") in got
    got = _ents("התלמידים של בית הספר \"אלונים\" יצאו לטיול.")
    assert ("אלונים", "ORG") in got


def test_place_heads_open_places():
    got = _ents("הכביש נסגר סמוך לנחל זוהרית ולקריית ענבים.")
    assert ("נחל זוהרית", "LOC") in got
    got = _ents("התאונה אירעה בכביש 6 ליד המחלף.")
    assert ("כביש 6", "LOC") in got
    got = _ents("הדירה נמצאת ברחוב הרב גולדשטיין 12 בקומה שלישית.")
    assert ("רחוב הרב גולדשטיין 12", "LOC") in got


def test_common_noun_after_a_place_head_is_no_name():
    assert not any(k == "LOC" for _, k in _ents("הילדים שיחקו בגן ילדים חדש."))


def test_kind_of_settlement_stays_outside():
    got = _ents("בשכונת נווה זוהר נפתח מתנ\"ס.")
    assert ("נווה זוהר", "LOC") in got
    got = _ents("במושב גבעולים נחנך מבנה חדש.")
    assert ("גבעולים", "LOC") in got


def test_club_word_and_town():
    got = _ents("הפועל אשקלון ניצחה אתמול במשחק החוץ.")
    assert ("הפועל אשקלון", "ORG") in got


def test_legal_form_closes_a_company_name():
    got = _ents("זוהר תעשיות פלסטיק בע\"מ מעמיקם הודיעה על מיזוג.")
    assert ('זוהר תעשיות פלסטיק בע"מ', "ORG") in got
    assert ("עמיקם", "LOC") in got


def test_residents_word_opens_places():
    got = _ents("תושבי גדרות ועומרים התלוננו על הרעש.")
    assert ("גדרות", "LOC") in got and ("עומרים", "LOC") in got


def test_seat_after_an_organisation():
    got = _ents("בית החולים אסותא ביקנעם פתח מחלקה.")
    assert ("יקנעם", "LOC") in got


def test_coordinated_places_share_their_preposition():
    got = _ents("הם הגיעו מרמת גן ומגבעת שמואלית.") | _ents("הם הגיעו מתל אביב ומקלנסווה.")
    assert ("קלנסווה", "LOC") in got


# -- people ----------------------------------------------------------------------------------

def test_role_words_with_prefixes_and_suffixes():
    assert _role_word("והמאמן") and _role_word("מהמאמן") and _role_word("מנהלה")
    assert not _role_word("במרכז")
    assert _is_adjective("הבינלאומית") and not _is_adjective("הודיעה")


def test_person_after_a_role():
    got = _ents("המאמן יגאל שפרינצק אמר כי הקבוצה מוכנה.")
    assert ("יגאל שפרינצק", "PER") in got
    got = _ents("ראש העירייה תמר גולדפרב חנכה את הגן.")
    assert ("תמר גולדפרב", "PER") in got


def test_person_after_a_verb_of_saying():
    got = _ents("\"זה יום חשוב\", אמרה נורית בן-שושן, תושבת העיר.")
    assert ("נורית בן-שושן", "PER") in got


def test_first_name_and_a_rare_word_and_the_list_after():
    got = _ents("בתערוכה מוצגות עבודות של משה קרבלניק ושל אחרים, ובהם דוד פרנקנטל ויעל זמושצ'יק.")
    assert ("דוד פרנקנטל", "PER") in got
    assert ("יעל זמושצ'יק", "PER") in got


def test_no_person_from_common_words_after_a_role():
    assert not any(k == "PER" for _, k in _ents("המאמן של הקבוצה אמר כי היא מוכנה."))


def test_no_person_after_a_role_whose_person_is_known():
    # the verb and its object after a role's known person: "attended the economic conference",
    # "discussed with him"
    for text, person in (("ראש הממשלה בנימין נתניהו נכח בכנס הכלכלי בירושלים.", "בנימין נתניהו"),
                         ("ראש הממשלה בנימין נתניהו דן עמו בתוכנית הכלכלית.", "בנימין נתניהו")):
        assert [name for name, kind in _ents(text) if kind == "PER"] == [person], text
