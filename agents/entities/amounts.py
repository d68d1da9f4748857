"""Money and percentages in many languages, with a value in units and an ISO currency.

    "$ 100 बिलियन" -> 1e11 USD      "2,7 Milliarden US-Dollar" -> 2.7e9 USD
    "1 tỷ USD"      -> 1e9 USD      "200億ドル" -> 2e10 USD     "453億7100万元" -> 4.5371e10 CNY
    "53 مليار دولار" -> 5.3e10 USD   "9 %" -> 9.0 (percent)   "asilimia 5" -> 5.0 (percent)
    "R$ 1,2 bilhão" -> 1.2e9 BRL    "200 milliárd forinttal" -> 2e11 HUF   "372 pence" -> 3.72 GBP

Numbers: the last of '.' / ',' is a decimal point unless exactly three digits
follow it (then both are thousands separators): "2,7" = 2.7, "1,000" = 1000,
"10.000" = 10000, "1.234,5" = 1234.5.  Arabic-Indic digits are read too.
The one ambiguous form, a single comma and three digits, follows the text's
language: a decimal comma in the languages that write one ("6,657 euro" is
6.657 in Italian), thousands elsewhere ("1,000 dollars" in English).

Scale and currency words are listed with their singular, plural and case forms
("bilhão", "milijuna", "milliárdra", "miljardiin euroon"); a few currency words
depend on the language ("kroner" is DKK in Danish, NOK in Norwegian; "kr." SEK
in Swedish).  Minor units ("9 euro cents", "372 pence", "372p", "50 kuruş")
are read in the main unit (0.09 EUR, 3.72 GBP); "centavos" is BRL in Portuguese
and has no currency elsewhere (the value is still in units: 50 centavos = 0.5).
Toman (تومان) is ten rials: "500 میلیون تومان" is 5e9 IRR (currencies are ISO 4217,
which has no code for the toman).

Ranges give a row for each end: "between 8 and 11 percent", "8-11%" and
"2 à 3 milliards d'euros" give 8 and 11 percent, 2e9 and 3e9 EUR (the first end
takes the scale and unit of the second).  Indian, Bengali and Urdu amounts in
two parts are summed: "১৮ কোটি ৫০ লাখ টাকা" = 1.85e8 BDT.
"""

from __future__ import annotations

import re
from functools import lru_cache

from streams.records import Amount

# Digits: ASCII, Arabic-Indic, Persian, Devanagari, Bengali (Bengali news writes its own)
_DIGIT_RANGES = "0-9\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF"
_D = f"[{_DIGIT_RANGES}]"
# (thousands also grouped by a plain space, as French, Russian, Polish or Swedish copy
# often has them: "12 500 euros" is 12,500, not 500)
_GROUP = rf"(?:[.,\u00a0\u202f\u066c]| (?={_D}{{3}}(?!{_D})))"
NUM = rf"(?:{_D}{{1,3}}(?:{_GROUP}{_D}{{3}})+(?:[.,٫]{_D}+)?|{_D}+(?:[.,٫]{_D}+)?)"

# scale words -> multiplier (German "Billion" is 1e12: handled in _scale)
SCALES = {
    "thousand": 1e3, "thousands": 1e3, "tausend": 1e3, "tsd": 1e3, "tsd.": 1e3, "k": 1e3,
    "nghìn": 1e3, "ngàn": 1e3, "ألف": 1e3, "آلاف": 1e3, "हज़ार": 1e3, "हजार": 1e3, "тыс": 1e3, "тыс.": 1e3,
    "million": 1e6, "millions": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6, "mn": 1e6, "m": 1e6,
    "mln": 1e6, "triệu": 1e6, "مليون": 1e6, "ملايين": 1e6, "मिलियन": 1e6, "млн": 1e6, "млн.": 1e6,
    "millones": 1e6, "millions de": 1e6, "milioni": 1e6, "milhões": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "milliarde": 1e9, "milliarden": 1e9,
    "mrd": 1e9, "mrd.": 1e9, "tỷ": 1e9, "tỉ": 1e9, "مليار": 1e9, "مليارات": 1e9, "बिलियन": 1e9,
    "अरब": 1e9, "млрд": 1e9, "млрд.": 1e9, "milliard": 1e9, "milliards": 1e9, "miliardi": 1e9,
    "mil millones": 1e9, "bilhões": 1e9, "करोड़": 1e7, "करोड": 1e7, "लाख": 1e5,
    # Indian numbering in English, Urdu and Persian text: lakh 1e5, crore 1e7, arab 1e9
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "cr.": 1e7,
    "lakh crore": 1e12, "लाख करोड़": 1e12, "लाख करोड": 1e12, "हजार करोड़": 1e10, "हज़ार करोड़": 1e10,
    "thousand crore": 1e10,
    "لاکھ": 1e5, "کروڑ": 1e7, "ارب": 1e9, "میلیون": 1e6, "میلیارد": 1e9,
    "milyon": 1e6, "milyar": 1e9, "mld": 1e9, "mld.": 1e9, "miliardów": 1e9, "milionów": 1e6,
    "miljoen": 1e6, "miljoenen": 1e6, "miljard": 1e9, "miljarden": 1e9, "miljoner": 1e6, "miljarder": 1e9,
    "millioner": 1e6, "milliarder": 1e9, "miljoonaa": 1e6, "miljardia": 1e9, "milionů": 1e6, "miliony": 1e6, "milionu": 1e6, "miliardy": 1e9, "tisíc": 1e3,
    "miliard": 1e9, "miliardů": 1e9, "milioane": 1e6, "miliarde": 1e9, "miliona": 1e6, "milijuna": 1e6,
    "milijardi": 1e9, "milijarde": 1e9,
    "εκατ.": 1e6, "εκατ": 1e6, "εκατομμύρια": 1e6, "δισ.": 1e9, "δισ": 1e9, "δισεκατομμύρια": 1e9,
    "מיליון": 1e6, "מיליארד": 1e9, "ล้าน": 1e6, "พันล้าน": 1e9, "หมื่นล้าน": 1e10, "แสนล้าน": 1e11,
    "ล้านล้าน": 1e12, "만": 1e4, "억": 1e8, "조": 1e12, "juta": 1e6, "miliar": 1e9, "triliun": 1e12,
    "bilion": 1e9, "trilion": 1e12, "milliárd": 1e9, "millió": 1e6, "ezer": 1e3,
    "tuhatta": 1e3,
    "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "billionen": 1e12, "nghìn tỷ": 1e12,
    "تريليون": 1e12, "ट्रिलियन": 1e12, "खरब": 1e11, "трлн": 1e12,
    # Bengali: হাজার thousand, লাখ lakh, কোটি crore, মিলিয়ন, বিলিয়ন
    "হাজার": 1e3, "লাখ": 1e5, "কোটি": 1e7, "মিলিয়ন": 1e6, "বিলিয়ন": 1e9,
}
CJK_SCALES = {"千": 1e3, "万": 1e4, "萬": 1e4, "億": 1e8, "亿": 1e8, "兆": 1e12, "万亿": 1e12, "萬億": 1e12,
              "千万": 1e7, "千萬": 1e7, "百万": 1e6, "百萬": 1e6, "千億": 1e11, "千亿": 1e11, "百億": 1e10,
              "百亿": 1e10,
              # Korean writes its amounts the same way: 9조1천억원, 3억5천만 달러
              "천": 1e3, "만": 1e4, "억": 1e8, "조": 1e12, "천만": 1e7, "백만": 1e6, "천억": 1e11,
              "백억": 1e10, "십억": 1e9}
_CJK_SCALE_LAST = frozenset(w[-1] for w in CJK_SCALES)
_CJK_CURRENCY = re.compile("[ぁ-ヿ一-鿿가-힣]")   # currency words the "cjk" pattern may end with

CURRENCY_WORDS = {
    "usd": "USD", "us-dollar": "USD", "us-dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "dollar": "USD", "dollars": "USD", "đô la": "USD", "đô la mỹ": "USD", "đô": "USD",
    "دولار": "USD", "دولارات": "USD", "دولار أمريكي": "USD", "डॉलर": "USD", "ドル": "USD", "米ドル": "USD",
    "美元": "USD", "美金": "USD", "долларов": "USD", "доллара": "USD", "доллар": "USD", "dólares": "USD",
    "eur": "EUR", "euro": "EUR", "euros": "EUR", "ユーロ": "EUR", "欧元": "EUR", "يورو": "EUR",
    "यूरो": "EUR", "евро": "EUR",
    "cny": "CNY", "rmb": "CNY", "yuan": "CNY", "元": "CNY", "人民币": "CNY", "人民幣": "CNY", "人民元": "CNY",
    "nhân dân tệ": "CNY", "يوان": "CNY", "युआन": "CNY", "юаней": "CNY", "юаня": "CNY", "юань": "CNY",
    "jpy": "JPY", "yen": "JPY", "円": "JPY", "日元": "JPY", "ين": "JPY", "येन": "JPY", "иен": "JPY",
    "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "pfund": "GBP", "英镑": "GBP", "ポンド": "GBP",
    "hkd": "HKD", "港元": "HKD", "港币": "HKD", "港幣": "HKD", "香港ドル": "HKD",
    "inr": "INR", "rupee": "INR", "rupees": "INR", "रुपये": "INR", "रुपए": "INR", "रुपया": "INR",
    "vnd": "VND", "đồng": "VND", "krw": "KRW", "won": "KRW", "원": "KRW", "ウォン": "KRW",
    "דולר": "USD", "דולרים": "USD", "שקל": "ILS", "שקלים": "ILS", "ดอลลาร์": "USD", "ดอลลาร์สหรัฐ": "USD",
    "บาท": "THB", "달러": "USD", "위안": "CNY", "엔": "JPY", "유로": "EUR", "rupiah": "IDR",
    "chf": "CHF", "franken": "CHF", "rub": "RUB", "рублей": "RUB", "рубля": "RUB", "рубль": "RUB", "руб.": "RUB", "руб": "RUB",
    "sar": "SAR", "ريال": "SAR", "aed": "AED", "درهم": "AED", "twd": "TWD", "新台币": "TWD",
    "dolar": "USD", "dolarów": "USD", "دلار": "USD", "ευρώ": "EUR", "δολάρια": "USD", "kronor": "SEK", "złotych": "PLN", "zł": "PLN", "złotego": "PLN", "korun": "CZK", "koruny": "CZK", "kč": "CZK", "forint": "HUF",
    "টাকা": "BDT", "ডলার": "USD", "রুপি": "INR", "taka": "BDT", "ڈالر": "USD", "روپے": "PKR",
    # other currencies news names by word (peso and krone name several: no code then)
    "pesos": None, "peso": None, "reais": "BRL", "rublos": "RUB", "yenes": "JPY", "yuanes": "CNY",
    "libras": "GBP", "libras esterlinas": "GBP", "rupias": "INR", "liras": "TRY", "lira": "TRY",
    "tl": "TRY", "rand": "ZAR", "naira": "NGN", "ringgit": "MYR", "baht": "THB",
    "shekels": "ILS", "shekel": "ILS", "dirhams": "AED", "riyals": "SAR", "zloty": "PLN", "zlotys": "PLN",
    "euró": "EUR", "eurós": "EUR", "eurót": "EUR", "dollár": "USD", "dolláros": "USD", "dollárt": "USD",
    "forintos": "HUF", "euroa": "EUR", "euron": "EUR", "dollaria": "USD", "dollarin": "USD",
    "krona": "SEK", "kroner": None, "hryvnias": "UAH", "hryvnia": "UAH", "гривень": "UAH",
    "гривні": "UAH", "tenge": "KZT", "lei": "RON", "forintot": "HUF", "forints": "HUF",
    # French, Italian, German and Dutch names of the yen, the Swiss franc and the pound
    # ("2 000 milliards de yens", "3 milliards de francs suisses", "5 millions de livres")
    "yens": "JPY", "francs suisses": "CHF", "franc suisse": "CHF", "franchi svizzeri": "CHF",
    "franchi": "CHF", "schweizer franken": "CHF", "zwitserse frank": "CHF", "livres": "GBP",
    "livres sterling": "GBP", "livre sterling": "GBP", "sterline": "GBP", "sterlina": "GBP",
    "britse pond": "GBP", "pond": "GBP", "yuans": "CNY", "roupies": "INR", "roubles": "RUB",
    "wons": "KRW", "rupie": "INR", "rubli": "RUB", "dollari": "USD", "dollaro": "USD",
    "sterlinen": "GBP", "yenes japoneses": "JPY",
}
SYMBOLS = {"US$": "USD", "HK$": "HKD", "A$": "AUD", "C$": "CAD", "S$": "SGD", "NT$": "TWD", "R$": "BRL",
           "$": "USD", "€": "EUR", "£": "GBP", "₹": "INR", "৳": "BDT", "₩": "KRW", "₫": "VND", "₽": "RUB",
           "¥": "JPY", "￥": "JPY", "Rs.": "INR", "Rs": "INR", "Rp": "IDR", "Rp.": "IDR", "RM": "MYR",
           "₱": "PHP", "₺": "TRY", "₪": "ILS", "₴": "UAH", "฿": "THB", "₦": "NGN",
           # ISO codes before the number, as financial news writes them: "USD 5 million", "INR 2 lakh"
           "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
           "HKD": "HKD", "INR": "INR", "CHF": "CHF"}
PERCENT_WORDS = ["%", "％", "٪", "prozent", "percent", "per cent", "pct", "phần trăm", "प्रतिशत",
                 "في المئة", "في المائة", "بالمئة", "بالمائة", "パーセント", "процентов", "процента", "pour cent",
                 "por ciento", "per cento", "por cento", "procent", "procenta", "procento", "prosent",
                 "prosenttia", "százalék", "persen", "peratus", "posto", "odsto", "відсотків", "відсотка",
                 "درصد", "τοις εκατό", "퍼센트", "proc.", "procentu", "procentów", "फीसदी", "फ़ीसदी",
                 "فیصد", "เปอร์เซ็นต์", "אחוז", "אחוזים", "শতাংশ", "சதவீதம்", "procentech", "procenty",
                 "procentům", "procentach", "procentami", "százalékon", "százalékra", "százalékkal",
                 "százalékos", "százalékot", "százalékban", "prosenttiin", "prosentilla", "prosentin",
                 "prosentissa"]


# --- more scale words: singular, plural and case forms -----------------------------------
SCALES.update({
    # Portuguese, Spanish, Catalan, Italian, French, Romanian (singulars; "mil" is a thousand)
    "milhão": 1e6, "bilhão": 1e9, "trilhão": 1e12, "trilhões": 1e12, "mil milhões": 1e9, "mil": 1e3,
    "millón": 1e6, "billón": 1e12, "billones": 1e12, "millardo": 1e9, "millardos": 1e9,
    "milió": 1e6, "milions": 1e6, "mil milions": 1e9, "milers de milions": 1e9, "bilió": 1e12,
    "milione": 1e6, "miliardo": 1e9, "mila": 1e3,
    "md": 1e9, "mds": 1e9, "mrds": 1e9,
    "milion": 1e6, "mii": 1e3,
    # Croatian, Serbian, Bosnian, Slovenian
    "milijun": 1e6, "milijuni": 1e6, "milijarda": 1e9, "milijardu": 1e9, "mlrd": 1e9, "mlrd.": 1e9,
    "mln.": 1e6, "mil.": 1e3, "tisuća": 1e3, "tisuće": 1e3, "hiljada": 1e3, "hiljade": 1e3,
    "milijon": 1e6, "milijona": 1e6, "milijonov": 1e6, "milijard": 1e9, "milijardo": 1e9,
    # Slovak, Czech, Polish
    "milión": 1e6, "milióny": 1e6, "miliónov": 1e6, "miliónu": 1e6, "miliarda": 1e9, "miliárd": 1e9,
    "miliardu": 1e9, "tis.": 1e3, "miliardů": 1e9, "miliony": 1e6,
    "miliard": 1e9, "tys.": 1e3, "tys": 1e3, "bln": 1e12, "biliony": 1e12, "bilionów": 1e12,
    # Lithuanian, Latvian, Estonian
    "milijonų": 1e6, "milijonas": 1e6, "milijonai": 1e6, "milijardų": 1e9, "milijardas": 1e9,
    "milijardai": 1e9, "tūkst.": 1e3, "milj.": 1e6, "miljoni": 1e6, "miljonu": 1e6,
    "miljonit": 1e6, "miljardit": 1e9,
    # Finnish (the partitive and the cases news uses)
    "miljoona": 1e6, "miljoonan": 1e6, "miljoonalla": 1e6, "miljoonaan": 1e6, "miljoonasta": 1e6,
    "miljoonassa": 1e6, "miljoonaksi": 1e6, "miljardi": 1e9, "miljardin": 1e9, "miljardiin": 1e9,
    "miljardilla": 1e9, "miljardista": 1e9, "miljardissa": 1e9, "miljardiksi": 1e9,
    # Danish, Norwegian, Swedish, Icelandic, Dutch
    "mia.": 1e9, "mia": 1e9, "mdr.": 1e9, "mdr": 1e9, "mill.": 1e6, "miljon": 1e6, "tusen": 1e3,
    "tusind": 1e3, "milljónir": 1e6, "milljóna": 1e6, "milljarðar": 1e9, "milljarða": 1e9,
    "duizend": 1e3, "biljoen": 1e12,
    # Bulgarian, Russian, Ukrainian
    "милион": 1e6, "милиона": 1e6, "милиард": 1e9, "милиарда": 1e9, "хиляди": 1e3, "хил.": 1e3,
    "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "миллиард": 1e9, "миллиарда": 1e9,
    "миллиардов": 1e9, "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12, "тысяч": 1e3,
    "тысячи": 1e3, "мільйон": 1e6, "мільйона": 1e6, "мільйонів": 1e6, "мільярд": 1e9,
    "мільярда": 1e9, "мільярдів": 1e9, "тис.": 1e3, "тисяч": 1e3,
    # Turkish, Indonesian/Malay, Swahili
    "trilyon": 1e12, "bin": 1e3, "ribu": 1e3, "bilioni": 1e9, "trilioni": 1e12,
    # Tamil (case endings glued after: கோடிக்கு, கோடியில், லட்சத்தில்; see _TA)
    "கோடி": 1e7, "லட்சம்": 1e5, "லட்சத்": 1e5, "ஆயிரம்": 1e3, "ஆயிரத்": 1e3,
    "ஆயிரம் கோடி": 1e10, "லட்சம் கோடி": 1e12,
    # Bengali, Urdu, Persian, Arabic
    "হাজার কোটি": 1e10, "লাখ কোটি": 1e12, "লক্ষ": 1e5, "ট্রিলিয়ন": 1e12,
    "ملین": 1e6, "بلین": 1e9, "ہزار": 1e3, "کھرب": 1e11, "هزار": 1e3, "هزار میلیارد": 1e12,
    "تریلیون": 1e12, "ترليون": 1e12, "بليون": 1e9,
})
# Hungarian: "millió", "milliárd" with the case suffixes news uses (412 millió dollárra,
# 200 milliárdot, 3 milliárddal)
SCALES.update({"millió" + s: 1e6 for s in ("t", "val", "ra", "ról", "nál", "ba", "ban", "ból", "ig", "nyi",
                                            "s", "hoz", "ért", "n", "nak")})
SCALES.update({"milliárd" + s: 1e9 for s in ("ot", "dal", "ra", "ról", "nál", "ba", "ban", "ból", "ig", "nyi",
                                              "os", "hoz", "ért", "on", "nak")})
# where a word's value depends on the language (billion is 1e12 in German, French, Danish and
# Norwegian; bilion 1e12 in Polish, Czech, Slovak, Romanian, Croatian; "mil." a million in
# Czech, Slovak and Croatian, a thousand in Portuguese and Spanish; "$5 mil" a million in English)
_LONG_SCALE = dict.fromkeys(("de", "fr", "da", "nb", "nn", "no"), 1e12)
LANG_SCALES = {
    "billion": _LONG_SCALE, "billions": _LONG_SCALE,
    "bilion": dict.fromkeys(("pl", "cs", "sk", "ro", "hr", "sr", "bs", "sl"), 1e12),
    "mil.": dict.fromkeys(("cs", "sk", "hr", "sr", "bs", "sl"), 1e6),
    "mil": {"en": 1e6},
}

# --- more currency words --------------------------------------------------------------------
CURRENCY_WORDS.update({
    # written after the number: "500 €", "5 M€", "3,5 Mrd. $"
    "€": "EUR", "£": "GBP", "$": "USD", "us$": "USD", "₹": "INR", "₽": "RUB", "₺": "TRY", "₴": "UAH",
    # Romance languages
    "dólar": "USD", "dòlars": "USD", "dòlar": "USD", "lliures": "GBP", "dolari": "USD",
    # Croatian, Serbian, Bosnian, Slovenian
    "eura": "EUR", "eurima": "EUR", "dolara": "USD", "kuna": "HRK", "kune": "HRK", "dinara": "RSD",
    "evrov": "EUR", "evra": "EUR", "evro": "EUR",
    # Slovak, Czech, Polish
    "korún": "CZK", "dolárov": "USD", "dolarů": "USD", "dolary": "USD", "złote": "PLN", "złoty": "PLN",
    "švédskych korún": "SEK", "švédských korun": "SEK", "dánskych korún": "DKK", "dánských korun": "DKK",
    "nórskych korún": "NOK", "norských korun": "NOK", "českých korún": "CZK", "českých korun": "CZK",
    # Lithuanian, Latvian
    "eurų": "EUR", "eurais": "EUR", "eurus": "EUR", "eurai": "EUR", "eurą": "EUR", "dolerių": "USD",
    "doleriais": "USD", "eiro": "EUR",
    # Finnish
    "euroon": "EUR", "eurolla": "EUR", "eurosta": "EUR", "eurossa": "EUR", "euroksi": "EUR",
    "dollariin": "USD", "dollarilla": "USD", "dollarista": "USD", "dollariksi": "USD",
    # Bulgarian, Ukrainian
    "лева": "BGN", "лв.": "BGN", "лв": "BGN", "лев": "BGN", "долара": "USD", "долар": "USD",
    "доларів": "USD", "євро": "EUR", "грн": "UAH", "грн.": "UAH",
    # Danish, Norwegian, Swedish, Icelandic (kroner, krone, kr.: by language, LANG_CURRENCY)
    "krone": None, "kr.": None, "kr": None, "kronur": "ISK", "krónur": "ISK", "króna": "ISK",
    "krónum": "ISK", "danske kroner": "DKK", "norske kroner": "NOK", "svenske kroner": "SEK",
    "svenska kronor": "SEK", "danska kronor": "DKK", "norska kronor": "NOK",
    # amount and currency in one word: Swedish "mnkr", Mexican "mdd" (millones de dólares)
    "mnkr": "SEK", "mkr": "SEK", "mdkr": "SEK", "mdd": "USD", "mdp": "MXN",
    # Turkish
    "avro": "EUR",
    # Swahili, Tamil, Persian, Urdu
    "shilingi": "KES", "ரூபாய்": "INR", "ரூபா": "INR", "تومان": "IRT", "ریال": "IRR", "یورو": "EUR",
    "پوند": "GBP", "پاؤنڈ": "GBP", "روپیہ": "PKR", "روپئے": "PKR",
    # Arabic: the riyal is Saudi unless another country's is named; a dinar is named by country
    "ريالات": "SAR", "ريال سعودي": "SAR", "ريال قطري": "QAR", "ريالات قطرية": "QAR", "ريال عماني": "OMR",
    "ريال يمني": "YER", "ريال إيراني": "IRR", "دراهم": "AED", "درهم إماراتي": "AED", "درهم مغربي": "MAD",
    "دينار": None, "دنانير": None, "دينار كويتي": "KWD", "دينار بحريني": "BHD", "دينار أردني": "JOD",
    "دينار عراقي": "IQD", "دينار ليبي": "LYD", "دينار تونسي": "TND", "دينار جزائري": "DZD",
    "جنيه": None, "جنيه مصري": "EGP", "جنيه إسترليني": "GBP", "جنيه استرليني": "GBP",
    "ليرة تركية": "TRY", "ليرة لبنانية": "LBP", "ليرة سورية": "SYP",
    # minor units (CURRENCY_UNITS: a hundredth of the main unit)
    "cents": None, "cent": None, "euro cents": "EUR", "euro cent": "EUR", "eurocent": "EUR",
    "eurocents": "EUR", "euro-cent": "EUR", "us cents": "USD", "pence": "GBP", "centavos": None,
    "centavo": None, "céntimos": "EUR", "céntimo": "EUR", "cêntimos": "EUR", "centimes": "EUR",
    "centime": "EUR", "centesimi": "EUR", "centesimo": "EUR", "kuruş": "TRY", "копеек": "RUB",
    "копейки": "RUB", "копейка": "RUB", "копейку": "RUB", "kopecks": "RUB", "копійок": "UAH",
    "копійки": "UAH", "groszy": "PLN", "grosze": "PLN", "øre": None, "öre": "SEK", "rappen": "CHF",
    "stotinki": "BGN", "стотинки": "BGN", "paise": "INR", "bani": "RON", "haléřů": "CZK",
})
# Hungarian case forms: 2985 forintra, 200 milliárd forinttal, 401 millió dollárral, euróval
CURRENCY_WORDS.update({"forint" + s: "HUF" for s in ("", "ot", "tal", "ra", "ról", "nál", "ba", "ban", "ból",
                                                     "ig", "nyi", "os", "hoz", "ért", "on", "nak")})
CURRENCY_WORDS.update({"dollár" + s: "USD" for s in ("", "t", "ral", "ra", "ról", "nál", "ba", "ban", "ból",
                                                     "ig", "nyi", "os", "hoz", "ért", "on", "nak")})
CURRENCY_WORDS.update({"euró" + s: "EUR" for s in ("", "t", "val", "ra", "ról", "nál", "ba", "ban", "ból",
                                                   "ig", "nyi", "s", "hoz", "ért", "n", "nak")})
# the multiple of the main unit a currency word stands for (default 1)
CURRENCY_UNITS = {w: 0.01 for w in (
    "cents", "cent", "euro cents", "euro cent", "eurocent", "eurocents", "euro-cent", "us cents", "pence",
    "centavos", "centavo", "céntimos", "céntimo", "cêntimos", "centimes", "centime", "centesimi",
    "centesimo", "kuruş", "копеек", "копейки", "копейка", "копейку", "kopecks", "копійок", "копійки",
    "groszy", "grosze", "øre", "öre", "rappen", "stotinki", "стотинки", "paise", "bani", "haléřů")}
CURRENCY_UNITS.update({"mnkr": 1e6, "mkr": 1e6, "mdkr": 1e9, "mdd": 1e6, "mdp": 1e6,
                       "MSEK": 1e6, "MNOK": 1e6, "MDKK": 1e6, "MEUR": 1e6, "MUSD": 1e6})
# written in capitals only ("5 CAD", not "5 cad"; "6 Ft" only in Hungarian: _LANG_ONLY)
CASED_CURRENCY = {c: c for c in (
    "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "HRK", "RSD", "KES", "TZS", "UGX",
    "ZAR", "NGN", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "AUD", "CAD", "SGD", "NZD", "PKR", "BDT",
    "LKR", "IDR", "MYR", "THB", "PHP", "TRY", "QAR", "EGP", "ILS", "UAH", "KZT", "IRR", "KWD", "OMR",
    "BHD", "JOD", "MAD")}
CASED_CURRENCY.update({"Ft": "HUF", "MSEK": "SEK", "MNOK": "NOK", "MDKK": "DKK", "MEUR": "EUR", "MUSD": "USD"})
_EURO_CENT_LANGS = ("de", "nl", "fr", "it", "es", "pt", "fi", "et", "lv", "lt", "sk", "sl", "el", "hr", "ga",
                    "mt", "ca", "gl", "eu", "lb")
_KRONE_LANGS = {"da": "DKK", "fo": "DKK", "kl": "DKK", "nb": "NOK", "nn": "NOK", "no": "NOK"}
# currency words whose currency is the text's language's (key: lower case, or as written if cased)
LANG_CURRENCY = {
    "kroner": _KRONE_LANGS, "krone": _KRONE_LANGS, "øre": _KRONE_LANGS,
    "kr.": {**_KRONE_LANGS, "sv": "SEK", "is": "ISK"}, "kr": {**_KRONE_LANGS, "sv": "SEK", "is": "ISK"},
    "cents": {"en": "USD", **dict.fromkeys(_EURO_CENT_LANGS, "EUR")},
    "cent": {"en": "USD", **dict.fromkeys(_EURO_CENT_LANGS, "EUR")},
    "centavos": {"pt": "BRL"}, "centavo": {"pt": "BRL"},
}
_LANG_ONLY = {"Ft": "hu", "RON": "ro"}   # elsewhere "6 Ft" is six feet, "95 RON" an octane rating

SYMBOLS.update({"ரூ.": "INR", "ரூ": "INR"})
_SYMBOLS_UPPER = {k.upper(): v for k, v in SYMBOLS.items()}
# before the number, as written (not "COP 28", "PHP 8", "RON 95", "SH 5" - a road)
CASED_SYMBOLS = {c: c for c in CASED_CURRENCY if len(c) == 3 and c.isupper() and c not in ("COP", "PHP", "RON")}
CASED_SYMBOLS.update({"KSh": "KES", "Ksh": "KES", "Sh": "KES", "TSh": "TZS", "Tsh": "TZS", "USh": "UGX", "Ush": "UGX",
                      "kr.": None, "kr": None, "Kr.": None, "Kr": None})

PERCENT_WORDS += ["percenta", "percentá", "percent", "procentų", "postotak", "postotka", "postoci",
                  "procenata", "процент", "на сто", "por cento", "சதவீத", "சதவிகிதம்", "சதவிகித",
                  "prosenttia", "procentu"]
PERCENT_WORDS = list(dict.fromkeys(PERCENT_WORDS))

# languages that write a decimal comma: there "6,657" is 6.657 (elsewhere 6657)
DECIMAL_COMMA_LANGS = frozenset((
    "it", "de", "fr", "es", "pt", "tr", "id", "vi", "ru", "pl", "nl", "ro", "hr", "cs", "sk", "da", "nb",
    "nn", "no", "sv", "fi", "hu", "ca", "gl", "bg", "lt", "lv", "et", "uk", "sr", "bs", "sl", "mk", "el",
    "is", "az", "be", "kk", "sq", "eu", "lb"))


_WB = r"(?![^\W\d_])"  # no letter right after a word


def _word_end(w: str) -> str:
    """The end test of ``w`` in a pattern: words of spaced scripts end at a word boundary
    (Thai and CJK words need not: ล้านดอลลาร์ is "million dollars" written together)."""
    last = w[-1]
    spaced = not ("\u0e00" <= last <= "\u0e7f" or "\u3040" <= last <= "\u9fff" or "\uac00" <= last <= "\ud7af")
    return _WB if spaced and last.isalpha() else ""


def alternation(words, flags: int, ends: bool = False) -> str:
    """``words`` as one regex (``ends``: each with its ``_word_end``; ``flags``, the
    pattern's, say which characters are one) with the matches of their flat alternation,
    longest first, preferring the same word (the longest that lets the whole pattern
    match), written as a tree of shared prefixes: a word that is not there is left at its
    first differing character, where a flat alternation tries every word in turn (a scale
    list of 300 words after every number)."""
    root: dict = {}
    for w in sorted(set(words), key=len, reverse=True):
        node = root
        for ch in w:
            key = next((k for k in node if k and re.fullmatch(re.escape(k), ch, flags)), ch)
            node = node.setdefault(key, {})
        node.setdefault("", w)

    def emit(node: dict) -> str:
        alts = [re.escape(k) + emit(child) for k, child in node.items() if k]
        if "" in node:
            alts.append(_word_end(node[""]) if ends else "")
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"
    return emit(root)


_SCALE = rf"(?:{alternation(SCALES, re.IGNORECASE, ends=True)})"
_CUR = (rf"(?:{alternation(CURRENCY_WORDS, re.IGNORECASE, ends=True)}"
        rf"|(?-i:{alternation(CASED_CURRENCY, 0, ends=True)}))")
# a symbol that starts with a letter (Rs, RM, Sh, kr.) starts no word: not the "rs 5" of "Mrs 5"
_SYM = (rf"(?:(?<![^\W\d_])(?:{alternation((w for w in SYMBOLS if w[0].isalpha()), re.IGNORECASE)}"
        rf"|(?-i:{alternation(CASED_SYMBOLS, 0)}))"
        rf"|{alternation((w for w in SYMBOLS if not w[0].isalpha()), re.IGNORECASE)})")
_CJK_SCALE = rf"(?:{alternation(CJK_SCALES, 0)})"
_SP = r"[ \u00a0\u202f]?"
_TA = "[\u0b80-\u0bff]*"   # Tamil case endings glued to a scale or currency word: கோடிக்கு, ரூபாய்க்கு

PATTERNS = [
    # $ 100 बिलियन, US$2.5bn, € 3 Mio. Euro
    ("sym", re.compile(rf"(?P<sym>{_SYM}){_SP}(?P<num>{NUM})(?:{_SP}(?P<scale>{_SCALE}){_TA})?"
                       rf"(?:{_SP}(?P<cur>{_CUR}){_TA})?", re.IGNORECASE)),
    # 453億7100万元, 200億ドル, 3800亿元, 20ドル, 1.5 万亿美元
    # (one space allowed around the second part and before the currency: 9조 1천억 원, 1만 2000원;
    # a second part only after a scale: "0 0元" is two numbers, found by a property test)
    ("cjk", re.compile(rf"(?P<num>{NUM}){_SP}(?:(?P<scale>{_CJK_SCALE})(?:{_SP}(?P<num2>{NUM})(?P<scale2>{_CJK_SCALE})?)?)?"
                       rf"{_SP}(?P<cur>{alternation((w for w in CURRENCY_WORDS if not w.isascii() and _CJK_CURRENCY.search(w)), 0)})")),
    # 2,7 Milliarden US-Dollar, 1 tỷ USD, 53 مليار دولار, 800 triệu USD, 5 USD
    # (French/Spanish/Italian/Catalan/English link words: "3 milliards d'euros", "500 millones de
    # euros", "2 miliardi di euro", "7,3 milions d'euros")
    ("word", re.compile(rf"(?<![A-Za-z.,{_DIGIT_RANGES}])(?P<num>{NUM}){_SP}(?:(?P<scale>{_SCALE}){_TA}"
                        rf"(?:{_SP}(?:de |di |d['’]|of ))?{_SP})?(?P<cur>{_CUR}){_TA}", re.IGNORECASE)),
    # مليار دولار (a billion dollars, no digits)
    # (= (?<![\w])(?P<scale>مليار|مليون|تريليون)..., the lookbehind after the first letter so
    # that the regex engine skips to م / ت instead of trying every position)
    ("bare", re.compile(rf"(?P<scale>م(?<![\w][\s\S])(?:ليار|ليون)|ت(?<![\w][\s\S])ريليون)"
                        rf"{_SP}(?P<cur>دولار|يورو|يوان){_WB}")),
    ("pct", re.compile(rf"(?<![A-Za-z.,{_DIGIT_RANGES}])(?P<num>{NUM}){_SP}(?P<pct>{alternation(PERCENT_WORDS, re.IGNORECASE)}){_TA}(?![A-Za-zÀ-ÿ])", re.IGNORECASE)),
    # Turkish and Azerbaijani put the sign or word first: %61,8, yüzde 50
    ("pctpre", re.compile(rf"(?<![\w%])(?P<pct>%|yüzde){_SP}(?P<num>{NUM})(?![0-9])", re.IGNORECASE)),
]
# Swahili puts the word first: "asilimia 2.3" (2.3 percent), "shilingi bilioni 5" (5e9 KES),
# "Sh bilioni 1.5", "dola milioni 3" (3e6 USD)
_SW_CUR = {"shilingi": "KES", "sh": "KES", "ksh": "KES", "tsh": "TZS", "ush": "UGX", "dola": "USD"}
_SW_SCALE = {"elfu": 1e3, "milioni": 1e6, "bilioni": 1e9, "trilioni": 1e12}
_SW_PATTERN = re.compile(
    rf"(?<![^\W\d_])(?:(?P<pct>asilimia)|(?P<cur>shilingi|dola)(?: za (?:ki)?marekani)?(?:{_SP}(?P<scale>"
    rf"elfu|milioni|bilioni|trilioni))?|(?P<sym>k?sh|tsh|ush){_SP}(?P<scale2>milioni|bilioni|trilioni))"
    rf"{_SP}(?P<num>{NUM})(?![0-9])", re.IGNORECASE)
_SW_BEFORE = re.compile(r"(?<![^\W\d_])(?:asilimia|shilingi|dola|k?sh|tsh|ush)[\w ]{0,30}\Z", re.IGNORECASE)
_SW_WORDS = frozenset(("asilimia", "shilingi", "dola", "marekani", "kimarekani", "elfu", "milioni", "bilioni",
                       "trilioni"))


def _sw_matches(text: str):
    """_SW_PATTERN's matches, looked for only before a number that follows one of its words."""
    for d in _DIGIT_RUN.finditer(text):
        p = d.start()
        if p > 2 and text[p - 1] in _SPACES and _word_before(text, p - 1, 12) in _SW_WORDS:
            q = max(0, p - 40)
            while (b := _SW_BEFORE.search(text, q, p)) is not None:
                m = _SW_PATTERN.match(text, b.start())
                if m is not None and m.start("num") == p:
                    yield m
                    break
                q = b.start() + 1


# UK prices in pence: "372p a share" (not 1080p video, not 3p.m.)
_PENCE = re.compile(r"[0-9][0-9]*(?:\.[0-9]+)?p(?![\w'’]|\.m)")
_NOT_BEFORE_PENCE = re.compile(r"[\w.,£$€/-]")
_NOT_PENCE = frozenset(("144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"))
PERCENT_FIRST_LANGS = frozenset({"tr", "az"})

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫०१२३४५६७८९০১২৩৪৫৬৭৮৯", "01234567890123456789.01234567890123456789")


# languages that write a decimal point: there "1.125 billion" is 1.125e9, not 1.125e12
DECIMAL_POINT_LANGS = frozenset(("en", "zh", "ja", "ko", "hi", "th", "he", "ms", "ta", "bn", "ur", "sw", "mr",
                                 "te", "gu", "pa", "kn", "ml", "ne", "si", "tl"))


def parse_number(s: str, lang: str | None = None) -> float | None:
    """``s`` as a number; a single separator followed by exactly three digits ("6,657",
    "6.657") is a thousands separator unless ``lang`` writes it as its decimal sign."""
    s = s.translate(_DIGITS).replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("\u066c", "")
    last = max(s.rfind("."), s.rfind(","))
    if last == -1:
        return float(s)
    tail = s[last + 1:]
    seps = s.count(".") + s.count(",")
    if len(tail) == 3 and (seps > 1 and s[last] == _first_sep(s) or seps == 1 and lang not in (
            DECIMAL_COMMA_LANGS if s[last] == "," else DECIMAL_POINT_LANGS)):
        # thousands separator(s) only: 1,000 / 10.000 / 1,000,000
        return float(s.replace(".", "").replace(",", ""))
    intpart = s[:last].replace(".", "").replace(",", "")
    return float(f"{intpart or '0'}.{tail}")


def _first_sep(s: str) -> str:
    for c in s:
        if c in ".,":
            return c
    return ""


_number = lru_cache(maxsize=8192)(parse_number)   # the same numbers recur (2,5 / 10 / 2024)


@lru_cache(maxsize=4096)
def _scale(word: str | None, lang: str | None) -> float:
    if not word:
        return 1.0
    w = word.lower()
    if w in ("billion", "billionen") and word == "Billionen":
        return 1e12
    by_lang = LANG_SCALES.get(w)
    if by_lang is not None and lang in by_lang:
        return by_lang[lang]
    return SCALES.get(w, CJK_SCALES.get(word, 1.0))


_NOT_FOUND = object()


@lru_cache(maxsize=4096)
def _currency(word: str, lang: str | None, default=None):
    """(code, unit) of a currency word in ``lang`` (unit: 0.01 for "cents", 1e6 for "mnkr"),
    or None where it is no currency ("6 Ft" outside Hungarian, "50 Cent" in English)."""
    key = word if word in CASED_CURRENCY else word.lower()
    only = _LANG_ONLY.get(key)
    if only is not None and lang is not None and lang != only or word == "Cent" and lang == "en":
        return None
    by_lang = LANG_CURRENCY.get(key)
    if by_lang is not None:
        code = by_lang.get(lang, CURRENCY_WORDS.get(key))
    elif key in CASED_CURRENCY:
        code = CASED_CURRENCY[key]
    else:
        code = CURRENCY_WORDS.get(key, CURRENCY_WORDS.get(word, _NOT_FOUND))
        if code is _NOT_FOUND:
            code = default
    return code, CURRENCY_UNITS.get(key, 1.0)


@lru_cache(maxsize=1024)
def _sym_currency(sym: str, lang: str | None) -> str | None:
    if sym in ("¥", "￥") and lang == "zh":
        return "CNY"
    by_lang = LANG_CURRENCY.get(sym.lower())
    if by_lang is not None:
        return by_lang.get(lang)
    return SYMBOLS.get(sym) or _SYMBOLS_UPPER.get(sym.upper()) or CASED_SYMBOLS.get(sym)


_DIGIT_RUN = re.compile(rf"{_D}{_D}*")   # ({_D}+ opening with its class: the engine skips ahead)
_SYM_FIRST = (frozenset(w[0] for w in SYMBOLS) | frozenset(w[0].lower() for w in SYMBOLS)
              | frozenset(w[0] for w in CASED_SYMBOLS))
_NUM_START_BLOCK = frozenset("0123456789.,\u066c٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫०१२३४५६७८९০১২৩৪৫৬৭৮৯")
_BY_KIND = dict(PATTERNS)
_SYM_START = re.compile("[" + "".join(re.escape(c) for c in sorted(_SYM_FIRST)) + "]")
# every character a symbol can end with (case folded as the pattern folds it): a symbol
# before a number ends right before it or one space before
_SYM_LAST = re.compile("[" + "".join(re.escape(w[-1]) for w in sorted({*SYMBOLS, *CASED_SYMBOLS})) + "]",
                       re.IGNORECASE)

# Cheap necessary conditions, so that the big alternations run only where they can match.
# Every character NUM can consume; a number starting at p ends inside the "blob" of such
# characters from p, so the word after it (or after one space, _SP) starts at the blob's
# end (or one after): its first character must be one a unit/scale/currency word can
# start with (compiled with the same flags, so case folding is the regex engine's own).
_BLOB = re.compile(rf"(?:[{_DIGIT_RANGES}.,٫\u066c\u00a0\u202f]| (?={_D}{{3}}(?!{_D})))*")   # (as _GROUP)
_SPACES = frozenset(" \u00a0\u202f")


def _first_chars(words, flags=0) -> re.Pattern:
    return re.compile("[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "]", flags)


def _word_starts(words, flags=0, boundary=False) -> re.Pattern:
    """Matches the start of a string that could begin one of ``words``: its first three
    characters, or all of a shorter word with its ``_word_end``
    (the regex engine folds case one character at a time, so a prefix decides)."""
    parts = set()
    for w in words:
        if len(w) > 3:
            parts.add(re.escape(w[:3]))
        elif boundary:
            parts.add(re.escape(w) + _word_end(w))
        else:
            parts.add(re.escape(w))
    return re.compile("|".join(sorted(parts, key=len, reverse=True)), flags)


# "word": NUM _SP (scale ...)? cur;  "pct": NUM _SP pct  (both IGNORECASE)
_WORD_FIRST = _first_chars(list(SCALES) + list(CURRENCY_WORDS) + list(CASED_CURRENCY), re.IGNORECASE)
_PCT_FIRST = _first_chars(PERCENT_WORDS, re.IGNORECASE)
_WORD_START = _word_starts(list(SCALES) + list(CURRENCY_WORDS) + list(CASED_CURRENCY), re.IGNORECASE,
                           boundary=True)
_PCT_START = _word_starts(PERCENT_WORDS, re.IGNORECASE)
# "cjk": NUM (scale)? ... cur, nothing in between
_CJK_FIRST = frozenset(w[0] for w in CJK_SCALES) | frozenset(
    w[0] for w in CURRENCY_WORDS if not w.isascii() and _CJK_CURRENCY.search(w))


@lru_cache(maxsize=8192)
def _starts(ch: str) -> int:
    """Which patterns a word starting with ``ch`` may complete: 1 cjk, 2 word, 4 pct."""
    return ((ch in _CJK_FIRST) | (_WORD_FIRST.match(ch) is not None) << 1
            | (_PCT_FIRST.match(ch) is not None) << 2)


@lru_cache(maxsize=8192)
def _ends_symbol(ch: str) -> bool:
    return _SYM_LAST.match(ch) is not None


@lru_cache(maxsize=16384)
def _starts4(head: str) -> int:
    """The "word" (2) and "pct" (4) bits of ``_starts`` from the text's next four characters
    (a three-letter prefix, or a short word and the character after it)."""
    return (_WORD_START.match(head) is not None) << 1 | (_PCT_START.match(head) is not None) << 2


def _candidates(text: str):
    """(kind, match) for every pattern anchored where an amount can start: at the first
    digit of a number, or at a currency symbol just before it (no scanning in between)."""
    cjk, word, pct, sym = _BY_KIND["cjk"], _BY_KIND["word"], _BY_KIND["pct"], _BY_KIND["sym"]
    blob = _BLOB.match
    sym_start = _SYM_START.search
    n = len(text)
    for d in _DIGIT_RUN.finditer(text):
        p = d.start()
        if p > 0 and text[p - 1] in _NUM_START_BLOCK and not (
                text[p - 1] == "." and p > 1 and text[p - 2] not in _NUM_START_BLOCK and not text[p - 2].isspace()):
            continue   # inside a number: 1,000 / 2.5 (not after the dot of "Rs.5", "ரூ.10")
        e = blob(text, p).end()
        if e < n:
            nxt = text[e]
            can = _starts(nxt)
            if can & 6:
                can = can & 1 | _starts4(text[e:e + 4])
            if nxt in _SPACES and e + 1 < n:   # every pattern allows one space
                after = _starts(text[e + 1])
                can |= after & 1
                if after & 6:
                    can |= _starts4(text[e + 1:e + 5])
            if can:
                if can & 1:
                    m = cjk.match(text, p)
                    if m is not None:
                        yield "cjk", m
                if can & 2:
                    m = word.match(text, p)
                    if m is not None:
                        yield "word", m
                if can & 4:
                    m = pct.match(text, p)
                    if m is not None:
                        yield "pct", m
        k = p - 2 if p > 1 and text[p - 1] in _SPACES else p - 1
        if k < 0 or not _ends_symbol(text[k]):
            continue
        q = max(0, p - 4)
        while True:   # farthest first: "US$" before "$"
            s = sym_start(text, q, p)
            if s is None:
                break
            q = s.start()
            m = sym.match(text, q)
            if m is not None and m.end() > p:
                yield "sym", m
                break
            q += 1


def find_amounts(text: str, lang: str | None = None, script: str | None = None) -> list[Amount]:
    return [Amount(**row) for row in amount_rows(text, lang, script)]


def amount_rows(text: str, lang: str | None = None, script: str | None = None) -> list[dict]:
    """``find_amounts`` as plain dicts, for a caller that validates them in a larger
    record anyway (the entity stage: one validation for the whole result). ``script``
    (ISO 15924) tells whose yuan a bare 元 is in Chinese written in traditional characters."""
    # (start, end, kind, value, currency, number start, number end, scale, unit of the currency word)
    found: list[tuple] = []
    matches = list(_candidates(text))
    if "مليار" in text or "مليون" in text or "تريليون" in text:
        matches += [("bare", m) for m in PATTERNS[3][1].finditer(text)]
    if lang in PERCENT_FIRST_LANGS:
        # "%" before a number is its sign there, not the end of the number before it
        matches = [(k, m) for k, m in matches if not (k == "pct" and text[m.end():m.end() + 1].isdigit())]
        matches += [("pct", m) for m in _BY_KIND["pctpre"].finditer(text)]
    if lang == "sw" or lang is None and ("silimia" in text or "hilingi" in text):
        matches += [("sw", m) for m in _sw_matches(text)]
    for kind, m in matches:
        if m.start() and text[m.start() - 1] in _CJK_SCALE_LAST:
            continue   # the tail of a larger amount (2千亿元 in 1万2千亿元): not an amount alone
        g = m.groupdict()
        scale = unit = 1.0
        try:
            if kind == "bare":
                value, cur = SCALES[g["scale"]], CURRENCY_WORDS[g["cur"]]
            elif kind == "pct":
                value, cur = _number(g["num"], lang), None
            elif kind == "sw":
                if g["pct"]:
                    kind, value, cur = "pct", _number(g["num"], lang), None
                else:
                    cur = _SW_CUR[(g["cur"] or g["sym"]).lower()]
                    scale = _SW_SCALE.get((g["scale"] or g["scale2"] or "").lower(), 1.0)
                    value = _number(g["num"], lang) * scale
            elif kind == "cjk":
                big = CJK_SCALES.get(g["scale"] or "", 1.0)
                value = _number(g["num"], lang) * big
                if g.get("num2"):
                    small = CJK_SCALES.get(g["scale2"] or "", 1.0)
                    if small >= big:
                        continue   # 1万2千亿: (1万+2千)亿, not a sum of two parts; not read
                    value += _number(g["num2"], lang) * small
                cur = CURRENCY_WORDS[g["cur"]]
            else:
                scale = _scale(g.get("scale"), lang)
                cur = None
                if g.get("sym"):
                    cur = _sym_currency(g["sym"], lang)
                if g.get("cur"):
                    word = _currency(g["cur"], lang, cur)
                    if word is None:
                        continue
                    cur, unit = word
                value = _number(g["num"], lang) * scale * unit
        except (ValueError, KeyError, TypeError):
            continue
        if value is None or value != value or value in (float("inf"), float("-inf")):
            continue
        ns, ne = m.span("num") if kind != "bare" else (m.start(), m.start())
        found.append((m.start(), m.end(), "percent" if kind == "pct" else "money", value, cur, ns, ne, scale, unit))
    if lang == "en" and "p" in text:
        for m in _PENCE.finditer(text):   # 372p
            s, e = m.span()
            if text[s:e - 1] not in _NOT_PENCE and not (s and _NOT_BEFORE_PENCE.match(text[s - 1])):
                found.append((s, e, "money", float(text[s:e - 1]) / 100, "GBP", s, e - 1, 1.0, 0.01))
    # longest first, non-overlapping
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken = bytearray(len(text) + 1)
    rows = []
    for f in found:
        s, e = f[0], f[1]
        if any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        rows.append(list(f))
    if not rows:
        return []
    rows.sort(key=lambda r: r[0])
    _parts_and_ranges(text, rows, lang)
    yuan = None
    for r in rows:
        if r[4] == "IRT":   # a toman is ten rials: the ISO code is the rial's
            r[3], r[4] = r[3] * 10, "IRR"
        elif r[4] == "CNY" and text.endswith("元", r[0], r[1]) and lang in ("zh", None):
            if (before := _YUAN_NAMED_BEFORE.search(text, max(0, r[0] - 4), r[0])) is not None:
                r[4] = _YUAN_NAMES[before.group()]   # 新台幣2兆8943億元: the currency named first
            elif script == "Hant":
                yuan = yuan or _traditional_yuan(text)
                r[4] = yuan
    # 15 significant digits: 65,4 milliards is 65400000000.0, not 65400000000.00001
    return [{"text": text[r[0]:r[1]], "start": r[0], "end": r[1], "kind": r[2], "value": float(f"{r[3]:.15g}"),
             "currency": r[4]} for r in rows]


# Chinese writes whose yuan an amount in 元 is before its number (新台幣2兆8943億元); in
# traditional characters a bare 元 is Taiwan's dollar in Taiwanese news, Hong Kong's in
# Hong Kong's, and mainland China writes simplified characters (general usage)
_YUAN_NAMES = {"新台幣": "TWD", "新臺幣": "TWD", "台幣": "TWD", "臺幣": "TWD", "新台币": "TWD", "港幣": "HKD",
               "港币": "HKD", "人民幣": "CNY", "人民币": "CNY", "美金": "USD"}
_YUAN_NAMED_BEFORE = re.compile("(?:" + "|".join(sorted(_YUAN_NAMES, key=len, reverse=True)) + r")\Z")
_TAIWAN_CUES = ("台灣", "臺灣", "台北", "臺北", "新北", "高雄", "台中", "臺中", "台南", "臺南", "新台幣", "立法院", "行政院")
_HONG_KONG_CUES = ("香港", "港府", "港元", "港幣", "特區政府")


def _traditional_yuan(text: str) -> str:
    """Whose yuan a bare 元 is in Chinese written in traditional characters."""
    if any(c in text for c in _TAIWAN_CUES):
        return "TWD"
    return "HKD" if any(c in text for c in _HONG_KONG_CUES) else "CNY"


# --- amounts in two parts, and ranges ----------------------------------------------------
# "১৮ কোটি ৫০ লাখ টাকা", "2 करोड़ 50 लाख रुपये": a bigger scale before the amount, summed;
# "৩০ দশমিক ৩৩ বিলিয়ন ডলার": the word for the decimal point (Bengali দশমিক, Hindi दशमलव)
_PART_BEFORE = re.compile(rf"(?<![\w.,])(?P<num>{NUM}){_SP}(?:(?P<scale>{_SCALE}){_TA}|(?P<point>দশমিক|दशमलव)){_SP}\Z",
                          re.IGNORECASE)
_PART_WORDS = frozenset([w.split()[-1] for w in SCALES if w.split()[-1] in SCALES] + ["দশমিক", "दशमलव"])
_PART_ENDINGS = frozenset(f((" " + w)[-2:]) for w in _PART_WORDS for f in (str.lower, str.upper, str.title))
_RANGE_DASH = "-–—~〜～"
_TO_WORDS = ("to", "til", "till", "tot", "bis", "à", "al", "hasta", "até", "fino a", "hadi", "đến", "tới", "sampai",
             "hingga", "až", "do", "до", "la", "iki", "إلى", "الى", "تا", "से", "থেকে", "سے", "a")
_AND_WORDS = ("and", "og", "och", "en", "und", "et", "y", "e", "i", "és", "ja", "dan", "na", "и", "і", "și", "si",
              "và", "ve", "ile", "و")
_BETWEEN = ("between", "mellem", "mellan", "tussen", "zwischen", "entre", "tra", "fra", "antara", "między",
            "между", "між", "između", "izmedju", "medzi", "mezi", "între", "giữa", "kati ya", "بين", "بین")
_AFTER_RANGE = re.compile(r"\s(?:välillä|väliin|között|közé|arasında)(?!\w)")
_TO_A_LANGS = frozenset(("es", "it", "pt", "ca", "gl"))   # "de 2 a 3 millones": "a" is "to" there
_RANGE_BEFORE = re.compile(
    rf"(?:(?<![^\W\d_])(?P<btw>{alternation(_BETWEEN, re.IGNORECASE)})\s+)?(?:(?P<sym>{_SYM}){_SP})?"
    rf"(?<![A-Za-zÀ-ɏͰ-ӿ{_DIGIT_RANGES}.,\-–/:+])(?P<num>{NUM})(?:{_SP}(?P<scale>{_SCALE}){_TA})?"
    rf"(?:{_SP}[{_RANGE_DASH}]{_SP}|\s+(?P<word>{alternation(_TO_WORDS + _AND_WORDS, re.IGNORECASE)})\s+)\Z",
    re.IGNORECASE)
_RANGE_WORDS = frozenset(w for w in _TO_WORDS + _AND_WORDS if " " not in w)
# the last two characters before the space ahead of the second end (" a", "to", "og"): a cheap first test
_RANGE_ENDINGS = frozenset(f(("  " + w)[-2:]) for w in _TO_WORDS + _AND_WORDS for f in (str.lower, str.upper, str.title))
_RANGE_AFTER_SYM = re.compile(
    rf"(?:{_SP}[{_RANGE_DASH}]{_SP}|\s+(?:{alternation(_TO_WORDS, re.IGNORECASE)})\s+)(?:{_SYM}{_SP})?"
    rf"(?P<num>{NUM}){_SP}(?P<scale>{_SCALE}){_TA}", re.IGNORECASE)
# the second end after a percentage written percent-first: "yüzde 8 ile 11 arasında",
# "asilimia 5 hadi 7" (a number with no percent sign or word of its own)
_RANGE_AFTER_PCT = re.compile(
    rf"(?:{_SP}[{_RANGE_DASH}]{_SP}|\s+(?P<word>{alternation(_TO_WORDS + _AND_WORDS, re.IGNORECASE)})\s+)"
    rf"(?P<num>{NUM})(?![\w%٪]|[.,]\d|{_SP}(?:{_SCALE}){_TA})", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[89]|20)[0-9][0-9]")


def _word_before(text: str, j: int, width: int) -> str:
    """The word ending at ``j`` (exclusive), lower case, if it starts after a space within ``width``."""
    k = text.rfind(" ", max(0, j - width), j)
    return text[k + 1:j].lower() if k >= 0 or j <= width else ""


def _range_tail(text: str, s: int) -> bool:
    """Whether a number (or a scale word), then a dash or a range word ("to", "og", "à"),
    end right before ``s``: the cheap test before _RANGE_BEFORE."""
    j = s - 1
    c = text[j]
    if c in _SPACES:
        j -= 1
        c = text[j]
    if c in _RANGE_DASH:
        j -= 1
        if j > 0 and text[j] in _SPACES:
            j -= 1
    elif j == s - 2 and _word_before(text, j + 1, 10) in _RANGE_WORDS:
        j -= len(_word_before(text, j + 1, 10)) + 1
    else:
        return False
    return j >= 0 and (text[j].isdigit() or _word_before(text, j + 1, 24) in _PART_WORDS)


def _join_part(text: str, rows: list, i: int, lang: str | None) -> None:
    """``rows[i]`` with the part written before it ("১৮ কোটি" of "১৮ কোটি ৫০ লাখ টাকা", "৩০ দশমিক"
    of "৩০ দশমিক ৩৩ বিলিয়ন ডলার"), if that part is no amount alone: summed into one row."""
    r = rows[i]
    ns = r[5]
    m = _PART_BEFORE.search(text, max(0, ns - 40), ns)
    if m is None or i and rows[i - 1][1] > m.start():
        return
    try:
        if m.group("point"):
            digits = text[ns:r[6]].translate(_DIGITS)
            if not digits.isdigit():
                return
            r[3] = (_number(m.group("num"), lang) + float("0." + digits)) * r[7] * r[8]
        else:
            big = _scale(m.group("scale"), lang)
            if r[7] == 1.0 or big <= r[7]:
                return
            r[3] += _number(m.group("num"), lang) * big * r[8]
    except (ValueError, TypeError):
        return
    r[0] = r[5] = m.start()


def _parts_and_ranges(text: str, rows: list, lang: str | None) -> None:
    """Amounts in two parts summed (_join_part); the first end of a range: "8-11%", "between 8
    and 11 percent", "2 à 3 milliards d'euros" (a row for it, with the scale and the currency of
    the second end), "$5-10 million".  (One loop, the cheap tests first: it runs on every row.)"""
    added = []
    for i, r in enumerate(rows):
        s = r[0]
        c = text[s - 1] if s >= 2 else "\n"
        if c in _SPACES:
            if r[2] == "money" and s == r[5] and text[s - 3:s - 1] in _PART_ENDINGS:
                k = text.rfind(" ", max(0, s - 25), s - 1)
                if (k >= 0 or s <= 25) and text[k + 1:s - 1].lower() in _PART_WORDS:
                    _join_part(text, rows, i, lang)
                    s = r[0]
            tail = text[s - 2] in _RANGE_DASH or text[s - 3:s - 1] in _RANGE_ENDINGS
        else:
            tail = c in _RANGE_DASH   # (c is one character)
        if tail and _range_tail(text, s):
            m = _RANGE_BEFORE.search(text, max(0, s - 60), s)
            if m is not None:
                word = (m.group("word") or "").lower()
                if word in _AND_WORDS or word == "a" and lang not in _TO_A_LANGS:
                    if not m.group("btw") and _AFTER_RANGE.match(text, r[1]) is None:
                        continue
                a, b = (m.start("sym") if m.group("sym") else m.start("num")), m.end("scale") if m.group("scale") \
                    else m.end("num")
                prev = rows[i - 1] if i else None
                if prev is not None and prev[1] > a:
                    # "$5 to $10 million": the first end found alone ("$5"), without the scale
                    if not (prev[0] == a and prev[1] == b and prev[2] == "money" == r[2] and prev[7] == 1.0
                            and prev[8] == 1.0 and m.group("sym") and prev[4] == r[4]):
                        continue
                first = _first_end(m, r, lang, a, b)
                if first is not None:
                    if prev is not None and prev[1] > a:
                        rows[i - 1] = None
                    added.append(first)
        elif r[2] == "money" and r[0] != r[5] and r[7] == 1.0 and r[8] == 1.0 and r[1] == r[6]:
            # "$5-10 million": the second end has no currency of its own
            m = _RANGE_AFTER_SYM.match(text, r[1])
            if m is None or i + 1 < len(rows) and rows[i + 1][0] < m.end():
                continue
            try:
                scale = _scale(m.group("scale"), lang)
                second = _number(m.group("num"), lang) * scale
            except (ValueError, TypeError):
                continue
            r[3] *= scale
            r[7] = scale
            added.append([m.start("num"), m.end(), "money", second, r[4], m.start("num"), m.end("num"), scale, 1.0])
        elif r[2] == "percent" and r[0] != r[5] and (second := _percent_second_end(text, rows, i, lang)):
            added.append(second)
    if added:
        rows[:] = sorted([r for r in rows if r is not None] + added, key=lambda r: r[0])


def _percent_second_end(text: str, rows: list, i: int, lang: str | None) -> list | None:
    """The row of a range's second end after a percent-first first end (rows[i]): "yüzde 8
    ile 11 arasında" (an "and" needs the "between" after it), "asilimia 5 hadi 7"."""
    r = rows[i]
    m = _RANGE_AFTER_PCT.match(text, r[1])
    if m is None or i + 1 < len(rows) and rows[i + 1][0] < m.end():
        return None
    word = (m.group("word") or "").lower()
    if word in _AND_WORDS and _AFTER_RANGE.match(text, m.end()) is None:
        return None
    if _YEAR.fullmatch(m.group("num")):
        return None   # "yüzde 8 ile 2024": a year
    try:
        value = _number(m.group("num"), lang)
    except (ValueError, TypeError):
        return None
    return [m.start("num"), m.end(), "percent", value, None, m.start("num"), m.end(), 1.0, 1.0]


def _first_end(m: re.Match, r: list, lang: str | None, a: int, b: int) -> list | None:
    """The row of a range's first end (``m``, from ``a`` to ``b``), the second being ``r``."""
    num = m.group("num")
    try:
        first, second = _number(num, lang), _number(m.string[r[5]:r[6]], lang)
    except (ValueError, TypeError):
        return None
    if _YEAR.fullmatch(num) and second < first:
        return None   # "in 2024 to 5 percent": a year, no range
    if r[2] == "percent":
        if m.group("scale") or m.group("sym"):
            return None
        return [a, b, "percent", first, None, m.start("num"), m.end("num"), 1.0, 1.0]
    scale = _scale(m.group("scale"), lang) if m.group("scale") else r[7]
    return [a, b, "money", first * scale * r[8], r[4], m.start("num"), m.end("num"), scale, r[8]]
