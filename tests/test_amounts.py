"""Money and percentages across languages and scripts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agents.entities.amounts import find_amounts, parse_number

CASES = [
    # text, lang, expected (text, kind, value, currency)
    ("अलीबाबा $ 100 बिलियन स्टॉक रैली", "hi", ("$ 100 बिलियन", "money", 1e11, "USD")),
    ("einen Umsatz von 2,7 Milliarden US-Dollar, was", "de", ("2,7 Milliarden US-Dollar", "money", 2.7e9, "USD")),
    ("vòng gây quỹ trị giá 1 tỷ USD cho Moonshot AI", "vi", ("1 tỷ USD", "money", 1e9, "USD")),
    ("800 triệu USD vào", "vi", ("800 triệu USD", "money", 8e8, "USD")),
    ("大手企業から200億ドル以上に融和された", "ja", ("200億ドル", "money", 2e10, "USD")),
    ("毎月1ユーザーに20ドル以上", "ja", ("20ドル", "money", 20.0, "USD")),
    ("453億7100万元だった", "ja", ("453億7100万元", "money", 4.5371e10, "CNY")),
    ("计划投资3800亿元用于云计算", "zh", ("3800亿元", "money", 3.8e11, "CNY")),
    ("was 9 % des Gesamtumsatzes", "de", ("9 %", "percent", 9.0, None)),
    ("حوالي 53 مليار دولار من", "ar", ("53 مليار دولار", "money", 5.3e10, "USD")),
    ("جولة بقيمة مليار دولار في", "ar", ("مليار دولار", "money", 1e9, "USD")),
    ("بمبلغ 2.5 مليار دولار", "ar", ("2.5 مليار دولار", "money", 2.5e9, "USD")),
    ("نما بنسبة ٢٥٪ هذا العام", "ar", ("٢٥٪", "percent", 25.0, None)),
    ("shares rose 60% this year", "en", ("60%", "percent", 60.0, None)),
    ("a US$2.5bn deal", "en", ("US$2.5bn", "money", 2.5e9, "USD")),
    ("it paid €3 million", "en", ("€3 million", "money", 3e6, "EUR")),
    ("Kosten von 10.000 Euro", "de", ("10.000 Euro", "money", 1e4, "EUR")),
    ("Schulden von 1,5 Billionen Euro", "de", ("1,5 Billionen Euro", "money", 1.5e12, "EUR")),
    ("revenue of 1,234.5 million dollars", "en", ("1,234.5 million dollars", "money", 1.2345e9, "USD")),
    ("市场份额为29%", "zh", ("29%", "percent", 29.0, None)),
    ("Azureの収入は前年同期比29%増加し", "ja", ("29%", "percent", 29.0, None)),
    ("มูลค่า 1,000 ล้านดอลลาร์", "th", ("1,000 ล้านดอลลาร์", "money", 1e9, "USD")),
    ("תשקיע 25 מיליארד דולר.", "he", ("25 מיליארד דולר", "money", 2.5e10, "USD")),
    ("10억 달러를 투자", "ko", ("10억 달러", "money", 1e9, "USD")),
    ("l'accord vaut 3 milliards d'euros.", "fr", ("3 milliards d'euros", "money", 3e9, "EUR")),
    ("Sony a gagné 2 000 milliards de yens.", "fr", ("2 000 milliards de yens", "money", 2e12, "JPY")),
    ("UBS a perdu 3 milliards de francs suisses.", "fr", ("3 milliards de francs suisses", "money", 3e9, "CHF")),
    ("un fondo di 2 miliardi di dollari", "it", ("2 miliardi di dollari", "money", 2e9, "USD")),
    ("Shell verdiende 10 miljoen pond.", "nl", ("10 miljoen pond", "money", 1e7, "GBP")),
    ("invertirá 500 millones de euros", "es", ("500 millones de euros", "money", 5e8, "EUR")),
    # Indian numbering in English (lakh 1e5, crore 1e7), ISO codes before the number
    ("an outlay of Rs 500 crore this year", "en", ("Rs 500 crore", "money", 5e9, "INR")),
    ("worth ₹15,000 crore", "en", ("₹15,000 crore", "money", 1.5e11, "INR")),
    ("a fine of INR 2 lakh", "en", ("INR 2 lakh", "money", 2e5, "INR")),
    ("raised USD 5 million", "en", ("USD 5 million", "money", 5e6, "USD")),
    ("۵۰ میلیارد دلار سرمایه", "fa", ("۵۰ میلیارد دلار", "money", 5e10, "USD")),
    ("5 milyar dolar yatırım", "tr", ("5 milyar dolar", "money", 5e9, "USD")),
    ("投資 1.5 万亿美元", "zh", ("1.5 万亿美元", "money", 1.5e12, "USD")),   # a space before the scale
    ("Il piano vale 2 miliardi di euro.", "it", ("2 miliardi di euro", "money", 2e9, "EUR")),
    ("lucro líquido de R$ 38 bilhões no trimestre", "pt", ("R$ 38 bilhões", "money", 3.8e10, "BRL")),
    ("καθαρά κέρδη 1,2 δισ. ευρώ για το εξάμηνο", "el", ("1,2 δισ. ευρώ", "money", 1.2e9, "EUR")),
    ("5जी पर 2 लाख करोड़ रुपये का निवेश", "hi", ("2 लाख करोड़ रुपये", "money", 2e12, "INR")),
    ("an investment of Rs 2 lakh crore", "en", ("Rs 2 lakh crore", "money", 2e12, "INR")),
    ("een investering van 3 miljard euro", "nl", ("3 miljard euro", "money", 3e9, "EUR")),
    ("köpet på 12 miljarder kronor", "sv", ("12 miljarder kronor", "money", 1.2e10, "SEK")),
    # Korean and Japanese compound amounts, one space allowed between the parts
    ("영업이익이 9조1천억원으로 늘었다", "ko", ("9조1천억원", "money", 9.1e12, "KRW")),
    ("3억5천만 달러를 투자", "ko", ("3억5천만 달러", "money", 3.5e8, "USD")),
    ("1만 2000원", "ko", ("1만 2000원", "money", 1.2e4, "KRW")),
    ("総額1兆2千億円の計画", "ja", ("1兆2千億円", "money", 1.2e12, "JPY")),
    # thousands grouped by a plain space
    ("un contrat de 12 500 euros", "fr", ("12 500 euros", "money", 1.25e4, "EUR")),
    ("1 200 millions de dollars", "fr", ("1 200 millions de dollars", "money", 1.2e9, "USD")),
    ("штраф 12 500 руб.", "ru", ("12 500 руб.", "money", 1.25e4, "RUB")),
    ("zysk 3,5 mln zł", "pl", ("3,5 mln zł", "money", 3.5e6, "PLN")),
    ("čistý zisk 18,5 miliardy korun", "cs", ("18,5 miliardy korun", "money", 1.85e10, "CZK")),
    ("Aktien föll med 4,5 procent", "sv", ("4,5 procent", "percent", 4.5, None)),
    ("aksjen steg 3 prosent", "nb", ("3 prosent", "percent", 3.0, None)),
    ("saham naik 5 persen", "id", ("5 persen", "percent", 5.0, None)),
    ("kurs wzrósł o 0,5 proc. wobec euro", "pl", ("0,5 proc.", "percent", 0.5, None)),
    ("sazby na 4 procentech", "cs", ("4 procentech", "percent", 4.0, None)),
    ("پاکستان کو 1 ارب ڈالر ملے", "ur", ("1 ارب ڈالر", "money", 1e9, "USD")),
    ("6,5 százalékon hagyta", "hu", ("6,5 százalékon", "percent", 6.5, None)),
    ("2 milliárd eurós beruházás", "hu", ("2 milliárd eurós", "money", 2e9, "EUR")),
    ("inflaatio laskee 2 prosenttiin", "fi", ("2 prosenttiin", "percent", 2.0, None)),
    ("महंगाई 5 फीसदी बढ़ी", "hi", ("5 फीसदी", "percent", 5.0, None)),
    ("महंगाई ५ प्रतिशत बढ़ी", "hi", ("५ प्रतिशत", "percent", 5.0, None)),
    ("مہنگائی 12 فیصد بڑھ گئی", "ur", ("12 فیصد", "percent", 12.0, None)),
    ("เศรษฐกิจโต 3 เปอร์เซ็นต์", "th", ("3 เปอร์เซ็นต์", "percent", 3.0, None)),
    ("האינפלציה עלתה ב-3 אחוזים", "he", ("3 אחוזים", "percent", 3.0, None)),
    ("মূল্যস্ফীতি ৫ শতাংশ", "bn", ("৫ শতাংশ", "percent", 5.0, None)),
    ("বিনিয়োগ ১২৫ কোটি টাকা", "bn", ("১২৫ কোটি টাকা", "money", 1.25e9, "BDT")),
    ("৳ ৫০০ কোটি", "bn", ("৳ ৫০০ কোটি", "money", 5e9, "BDT")),
    ("una pérdida de 161.000 millones de pesos", "es", ("161.000 millones de pesos", "money", 1.61e11, None)),
    ("lucro de 5 bilhões de reais", "pt", ("5 bilhões de reais", "money", 5e9, "BRL")),
    ("bütçe açığı 50 milyar TL", "tr", ("50 milyar TL", "money", 5e10, "TRY")),
    ("a 2 billion rand deal", "en", ("2 billion rand", "money", 2e9, "ZAR")),
    ("investasi mencapai Rp 120 triliun", "id", ("Rp 120 triliun", "money", 1.2e14, "IDR")),
    ("pelaburan RM5 bilion", "ms", ("RM5 bilion", "money", 5e9, "MYR")),
    ("a ₱2 billion deal", "en", ("₱2 billion", "money", 2e9, "PHP")),
    # Turkish writes the sign (or yüzde) first
    ("enflasyon %61,8 oldu", "tr", ("%61,8", "percent", 61.8, None)),
    ("faiz yüzde 50 oldu", "tr", ("yüzde 50", "percent", 50.0, None)),
    ("2024 %5 arttı", "tr", ("%5", "percent", 5.0, None)),
]


def test_values_carry_no_floating_point_residue():
    # exact equality on purpose: 65.4 * 1e9 is 65400000000.00001 in binary floating point
    assert [a.value for a in find_amounts("65,4 milliards d'euros", "fr")] == [65400000000.0]
    assert [a.value for a in find_amounts("2,7 Milliarden US-Dollar", "de")] == [2700000000.0]


def test_a_sign_before_a_number_is_a_percent_only_where_the_language_writes_it_so():
    assert [a.text for a in find_amounts("2024 %5 arttı", "tr")] == ["%5"]
    assert [a.text for a in find_amounts("rose 5% 10 times", "en")] == ["5%"]
    assert [a.text for a in find_amounts("5% 10 kez", "tr")] == ["5%"]


def test_a_year_before_an_amount_stays_apart_and_parts_are_not_amounts():
    got = [(a.text, a.value) for a in find_amounts("En 2023 350 millions d'euros", "fr")]
    assert got == [("350 millions d'euros", 3.5e8)]
    assert find_amounts("营收1万2千亿元", "zh") == []   # (1万+2千)亿: not read, and not as 2千亿元


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_amount_examples(text, lang, expected):
    amounts = find_amounts(text, lang)
    got = [(a.text, a.kind, a.value, a.currency) for a in amounts]
    exp_text, kind, value, cur = expected
    match = [g for g in got if g[0] == exp_text]
    assert match, got
    _, gkind, gvalue, gcur = match[0]
    assert (gkind, gcur) == (kind, cur)
    assert gvalue == pytest.approx(value)
    for a in amounts:
        assert text[a.start:a.end] == a.text


@pytest.mark.parametrize("s,value", [("2,7", 2.7), ("1,000", 1000), ("10.000", 10000), ("1.234,5", 1234.5),
                                     ("1,234.5", 1234.5), ("3800", 3800), ("٢٫٥", 2.5), ("1,000,000", 1e6)])
def test_parse_number(s, value):
    assert parse_number(s) == pytest.approx(value)


def test_no_amount_in_plain_numbers_or_model_names():
    assert find_amounts("Nvidia A800 and H800 chips, in 2021 and 2022") == []
    assert find_amounts("10000 GPUs") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,% $€¥億万元ドル tỷUSD مليار دولار٪٫٢")), max_size=60))
def test_amounts_never_raise_offsets_valid(text):
    for a in find_amounts(text):
        assert text[a.start:a.end] == a.text
        assert a.value == a.value  # not NaN
        assert a.kind in ("money", "percent")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["%", "% ", "yüzde ", "YÜZDE", "5", "61,8", "2024", " ", ",", "proc.", "৫", "১২৫",
                                 " কোটি টাকা", "İ"]), max_size=20).map("".join),
       st.sampled_from(["tr", "az", "bn", "pl", None]))
def test_percent_first_and_other_digits_never_raise(text, lang):
    for a in find_amounts(text, lang):
        assert text[a.start:a.end] == a.text
        assert a.value == a.value


def _reference_candidates(text):
    """amounts._candidates as first written: every pattern tried at every number start."""
    from agents.entities import amounts as am
    by_kind = dict(am.PATTERNS)
    for d in am._DIGIT_RUN.finditer(text):
        p = d.start()
        if p > 0 and text[p - 1] in am._NUM_START_BLOCK:
            continue
        for kind in ("cjk", "word", "pct"):
            m = by_kind[kind].match(text, p)
            if m is not None:
                yield kind, m
        for q in range(max(0, p - 4), p):
            if text[q] in am._SYM_FIRST:
                m = by_kind["sym"].match(text, q)
                if m is not None and m.end() > p:
                    yield "sym", m
                    break


_AMOUNT_PIECES = list("0123456789.,% $€¥£億万元円ドル tỷ٫٢٥٪\u00a0\u202fUSDusdkKmMbB-") + [
    " Milliarden ", " Mio. ", " million ", " billion ", " US-Dollar", " Euro", " dollars", " per cent",
    " Prozent", "US$", "HK$", "Rs.", " مليار دولار", " मिलियन डॉलर", "ล้านดอลลาร์", "억 달러", " de euros",
    " d'euros", "億7100万元", "Billionen", "İ", "ſ", "مليار", "مليون", "تريليون", "دولار", "يورو", "و", "ت"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_AMOUNT_PIECES), max_size=30).map("".join))
def test_candidates_prefilters_change_nothing(text):
    from agents.entities import amounts as am
    assert [m.span() for m in am._DIGIT_RUN.finditer(text)] == \
        [m.span() for m in re.finditer(r"[0-9\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]+", text)]
    bare = re.compile(r"(?<![\w])(?P<scale>مليار|مليون|تريليون)[ \u00a0\u202f]?(?P<cur>دولار|يورو|يوان)(?![^\W\d_])")
    assert [(m.span(), m.groupdict()) for m in am.PATTERNS[3][1].finditer(text)] == \
        [(m.span(), m.groupdict()) for m in bare.finditer(text)]
    got = [(k, m.span(), m.groupdict()) for k, m in am._candidates(text)]
    assert got == [(k, m.span(), m.groupdict()) for k, m in _reference_candidates(text)]


def test_entity_stage_amounts_are_find_amounts():
    from agents.entities.extract import extract
    from streams.records import LanguageResult
    for text, lang, _ in CASES:
        res = extract(text, LanguageResult(code=lang, script="Zyyy", confidence=1.0))
        assert res.amounts == find_amounts(text, lang)
