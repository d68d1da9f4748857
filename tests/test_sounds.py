"""Known names written by ear (``agents.entities.sounds``): Cyrillic and Greek by their sound,
Devanagari, Thai, katakana and the Arabic script by their consonants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agents.entities import sounds
from agents.entities.extract import extract
from agents.entities.kb import KBEntity, get_kb
from streams.records import LanguageResult


def ids(text: str, code: str, script: str) -> dict[str, tuple[str, str]]:
    """{mention as written: (entity id, type)}"""
    res = extract(text, LanguageResult(code=code, script=script, confidence=1.0))
    return {m.text: (e.id, e.type) for e in res.entities for m in e.mentions}


def test_spellings_of_one_sound_make_one_key():
    assert sounds.spelled("Екопетрол") == sounds.spelled("Ecopetrol") == "ekopetrol"
    assert sounds.spelled("Тата Мотърс") == "tata motars"   # (Bulgarian ъ, a schwa)
    assert sounds.sound_key("Рилайънс Индъстрийс") == sounds.sound_key("Reliance Industries")
    assert sounds.sound_key("Сафариком") == sounds.sound_key("Safaricom")


def test_greek_b_d_and_g_read_both_ways_inside_a_word():
    assert sounds.romanisations("Ντανγκότε")[0] == "dangote"   # (ντ opening a word is d)
    assert "lampeduza" in sounds.romanisations("Λαμπεντούζα")
    assert "santiago" in sounds.romanisations("Σαντιάγο")
    assert len(sounds.romanisations("Μπαντγκαντμπαντ Ντγκμπ")) <= 8


@pytest.mark.parametrize("text, code, script, name, expected", [
    ("Шведската компания „Ериксон“ обяви съкращения, а „Екопетрол“ отчете загуба.", "bg", "Cyrl",
     "Екопетрол", "ecopetrol"),
    ("Операторът „Сафариком“ отчете ръст на приходите.", "bg", "Cyrl", "Сафариком", "safaricom"),
    ("Η Εκοπετρόλ και η Στελάντις ανακοίνωσαν συνεργασία.", "el", "Grek", "Στελάντις", "stellantis"),
    ("Η Σαφαρικόμ ανακοίνωσε κέρδη στο Ναϊρόμπι.", "el", "Grek", "Σαφαρικόμ", "safaricom"),
    # a known name and the word after it that, together, sound like another known name
    ("Заводът на „Данготе Груп“ край Лагос започна работа.", "bg", "Cyrl", "Данготе Груп", "dangote-group"),
    ("Акциите на „Америка Мовил“ поскъпнаха в Мексико.", "bg", "Cyrl", "Америка Мовил", "america-movil"),
    ("Η Σίμενς Ένεργκι υπέγραψε νέα σύμβαση στη Βόρεια Θάλασσα.", "el", "Grek", "Σίμενς Ένεργκι", "siemens-energy"),
])
def test_a_known_name_written_as_it_sounds_is_that_entity(text, code, script, name, expected):
    assert ids(text, code, script)[name][0] == expected


def test_a_name_by_ear_takes_the_known_entity_type():
    # a company the rules could not type is the knowledge base's company
    got = sounds.by_ear(get_kb(), "Сафариком", "MISC")
    assert isinstance(got, KBEntity) and got.type == "ORG"


@pytest.mark.parametrize("surface, etype", [
    ("Шел", "ORG"),            # too short to tell (Shell, Shel, ...)
    ("Марком", "MISC"),        # "with Mark": towns (Markham) are never matched by ear
    ("Гърмен", "LOC"),         # a village the rules took for a place is no company (Garmin)
    ("Хайдерабад", "LOC"),     # two towns of that name: neither (and towns are left out)
    ("Κορινθίας", "LOC"),      # Corinthia shares Corrientes' key, not enough of its letters
    ("Ecopetrol", "ORG"),      # Latin letters: the knowledge base's own look-ups decide
])
def test_no_guess_by_ear(surface, etype):
    assert sounds.by_ear(get_kb(), surface, etype) is None


def test_a_known_name_in_its_case_form_keeps_its_person():
    got = ids("Розмова з генеральним секретарем НАТО Марком Рютте.", "uk", "Cyrl")
    assert got["Марком Рютте"][0] == "mark-rutte"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("абвгдежзийклмнопрстуфхцчшщъьюяαβγδεζηθικλμνξοπρστυφχψωάέίόύ -"
                                        "कखगघचजटडतदनपबमयरलवशसहािीुूेैोौंँ़्"
                                        "กขคงจชซดตถทนบปผพฟมยรลวสหอเแโใไะาิีุู่้์"
                                        "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロンガギグゲゴダデドバビブベボパピプペポャュョッー・"
                                        "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيپچژکگی\u064e\u0651\u200c"), max_size=40),
       st.sampled_from([None, "PER", "ORG", "LOC", "MISC"]))
def test_by_ear_takes_any_text_of_the_scripts_it_reads(surface, etype):
    got = sounds.by_ear(get_kb(), surface, etype)
    assert got is None or isinstance(got, KBEntity)


def test_a_known_name_keeps_its_word_when_together_they_sound_like_another():
    # Хюндай Мотор shares Honda Motor's sound key, but Хюндай is not how Honda opens
    got = ids("Продажбите на „Хюндай Мотор“ в Европа се удвоиха.", "bg", "Cyrl")
    assert got.get("Хюндай", ("",))[0] == "hyundai-motor" and "Хюндай Мотор" not in got
    assert not sounds.opens_alike("Хюндай", "Honda Motor") and sounds.opens_alike("Тойота", "Toyota Motor")


def test_cyrillic_dzh_reads_as_j_and_as_soft_g():
    assert sounds.romanisations("Енерджи") == ["enerji", "energi"]


def test_hindi_names_meet_their_latin_spelling_on_their_consonants():
    assert sounds.consonant_key("ओलिवर ब्लूम") == sounds.consonant_key("Oliver Blume") == "lvr blm"
    assert sounds.consonant_key("सिंगापुर एयरलाइंस") == sounds.consonant_key("Singapore Airlines")   # (anusvara: n)
    got = ids("कोलंबिया के राष्ट्रपति गुस्तावो पेट्रो ने बोगोटा में कहा।", "hi", "Deva")
    assert got["गुस्तावो पेट्रो"] == ("gustavo-petro", "PER")


def test_no_hindi_guess_on_few_consonants():
    # सोनी (Soni, a family name; Sony) has two consonants: never matched on them alone
    assert sounds.by_ear(get_kb(), "सोनी", "PER") is None


def test_thai_names_meet_their_latin_spelling_on_their_consonants():
    # the vowel written before its consonant read after it; ช as sh or ch; g and k, d and t alike
    assert sounds.thai_keys("มาร์ก รุตเต") == sounds.thai_keys("Mark Rutte", thai=False) == ["mrk rt"]
    assert sounds.thai_keys("Shehbaz Sharif", thai=False)[0] in sounds.thai_keys("เชห์บาซ ชารีฟ")
    assert sounds.thai_keys("Aliko Dangote", thai=False) == sounds.thai_keys("อาลีโก ดังโกเต")
    assert sounds.by_ear(get_kb(), "คลอเดีย ไชน์บาม", "PER").id == "claudia-sheinbaum"


def test_no_thai_guess_on_a_short_name():
    assert sounds.by_ear(get_kb(), "ซาโตะ", "PER") is None   # (Sato: two consonants)


def test_katakana_names_meet_their_latin_spelling_on_their_consonants():
    # the vowel after each kana's consonant gone; l and r, b and v, d and t, g and k alike
    assert sounds.kana_key("ダンゴテ・グループ") == sounds.kana_key("Dangote Group", kana=False) == "tnktkrp"
    got = ids("タタ・エレクトロニクスは新工場を建設する。", "ja", "Jpan")
    assert got["タタ・エレクトロニクス"] == ("tata-electronics", "ORG")


def test_no_katakana_guess_on_a_loanword_or_a_short_name():
    assert sounds.by_ear(get_kb(), "コンピューター", "MISC") is None   # (computer: four consonants)
    assert sounds.by_ear(get_kb(), "ルカ・デメオ", "PER") is None      # (Luca de Meo: four)


def test_arabic_script_names_meet_their_latin_spelling_on_consonants_and_long_vowels():
    # short vowels unwritten; ب for p, ف for v, غ and ج for g, ق and ك for k and c; a word's
    # first alef only the seat of its vowel (إيكو: eco)
    reading = sounds.arabic_reading("غابرييل بوريك")
    assert reading == sounds.arabic_reading("Gabriel Boric", arabic=False) == "gabrilburik"
    assert sounds.arabic_key(reading) == "gbrlbrk"
    assert sounds.arabic_key(sounds.arabic_reading("إيكوبترول")) == sounds.arabic_key(
        sounds.arabic_reading("Ecopetrol", arabic=False)) == "kbtrl"
    assert sounds.arabic_key(sounds.arabic_reading("سامسونگ الکترونیکس")) == sounds.arabic_key(
        sounds.arabic_reading("Samsung Electronics", arabic=False))   # (Persian گ and ک)


@pytest.mark.parametrize("text, code, name, expected", [
    ("وقال الرئيس التنفيذي كوجي ساتو إن الشركة ستخفض الإنتاج.", "ar", "كوجي ساتو", ("koji-sato", "PER")),
    ("وقال رئيس الشركة شونتارو فوروكاوا إن المبيعات تضاعفت.", "ar", "شونتارو فوروكاوا",
     ("shuntaro-furukawa", "PER")),
    ("پاری سن ژرمن بایرن را شکست داد. کیلیان امباپه دو گل زد.", "fa", "کیلیان امباپه", ("kylian-mbappe", "PER")),
])
def test_an_arabic_script_name_the_rules_found_is_the_known_one_it_sounds_like(text, code, name, expected):
    assert ids(text, code, "Arab")[name] == expected


@pytest.mark.parametrize("surface, etype", [
    ("سامر قباني", "PER"),       # Shimomura Hakubun's consonants, not its vowels
    ("شكاوى متزايدة", "MISC"),   # "growing complaints": Seiko Matsuda's consonants
    ("هاري كين", "PER"),         # three consonants: too few to tell
    ("فالنسيا", "LOC"),          # towns are never matched by ear
])
def test_no_arabic_script_guess_by_consonants_alone(surface, etype):
    assert sounds.by_ear(get_kb(), surface, etype) is None
