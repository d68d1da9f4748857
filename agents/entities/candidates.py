"""Names the KB does not know: script-aware candidate extraction.

Signals, by script of the text (word lists are general language knowledge -
wordfreq top words, CLDR month/day names, first names - never the test sets):

* Latin-script names inside non-Latin text ("DeepSeek" in Hindi, "Moonshot"
  in Arabic): runs of Latin words that start with a capital;
* Latin/Cyrillic/Greek text: runs of capitalised words.  Sentence-initial
  common words, generic role/business words (CEO, Cloud, KI, Chairman) and
  Title Case headline lines never make a name.  German capitalises every noun,
  so a lone capitalised German word is a name only with a name's shape
  (camelCase, letters+digits, an acronym that is no common word) or a cue:
  "in/nach/aus X" without an article (a place), "Herr X" (a person);
* title-like quoted names („Zephyrion Nova“, "Project X");
* Korean: a name before a title or after a role word (김민수 씨, 수비수 김민재), two
  foreign words before a title (요시하라 도모코 감독), names that end in an
  organisation's, facility's or landform's word (국토교통부, 인천국제공항, 설악산);
  a firm after or before a noun of its kind (제조업체 X, X 소속), a team's nickname
  after its owner (삼성 라이온즈), islands, streets and regions by their endings
  (덕적도의, 퇴계로 일대, 서남권);
* Hindi (``hindi.py``): a name before the head word of an organisation or a place (X विश्वविद्यालय,
  X स्टेडियम) or an administrative word (X ज़िले), after a title (सीईओ X), initials
  (एम. के. X), a family name after a rare first name, Indian place-name endings
  (-पुर, -गढ़, -गंज), acronyms spelt in letter names (एमएमसीएच);
* Arabic (``arabic.py``): names a head word opens (وزارة الموارد المائية, قصر الإليزيه,
  شركة الفجر للصناعات), read by the construct grammar; people after a role or title
  (المزارع جبار الساعدي); towns the knowledge base names quietly after a preposition (في زحلة);
* Japanese/Chinese: a name before a person title (氏, さん, 社長, 先生 ...),
  family name + given name before a particle (山田太郎は), dotted Katakana and
  Chinese transliterations (フレディ・マーキュリー, 唐納德·特朗普), a
  transliteration followed by its Latin spelling (溫特科恩（Winterkorn）, which
  takes the Latin name's id), compounds ending in an organisation or place word
  (北見工業大学, ...県), titles of works in 《》『』.

Types come from cues (titles and first names -> PER, organisation words ->
ORG, place words and cues -> LOC, unknown acronyms -> ORG); everything else is
MISC.  Ids are ``x-`` plus the anyascii transliteration, lower-cased and
slugged, so "Сбербанк" and "Sberbank" meet.
"""

from __future__ import annotations

import gzip
import itertools
import json
import re
from functools import lru_cache, partial
from pathlib import Path

from anyascii import anyascii

from .amounts import alternation
from .arabic import (AR_FUNCTION_WORDS, AR_NAME_STOPS, _ar_common, _ar_names, _arabic_org_head_before,
                     arabic_people, arabic_places)
from .persian import persian_people, persian_places
from .hebrew import hebrew_people
from .german import firm_words as german_firm_words
from .kb import _SURROGATE, _arabic_fold, common_words, get_kb, script_of, zh_t2s
from .chinese import (ZH_COMPOUND_SURNAMES, ZH_NOT_NAME_CHARS, after_cue, zh_words, bare_cities, landform_names, landforms_after_cue, named_by_kind, scored_people,
                      standalone_towns, translit_places)
from .names import NATIVE_TITLES, Candidate, word_before_native
from .romance import (IT_PLACE_HEADS, ORG_OPENERS, PERSON_NOUNS, PLACE_CUES, PLACE_OPENERS, ROMANCE, TRADE_HEADS,
                      french_headed_names, italian_facility_start, italian_landform_places, italian_run_type,
                      person_noun_before, place_closing_name, qualified_heads, spanish_article_phrase_end)
from .portuguese import particle_people as pt_particle_people, run_type as pt_run_type
from .romanian import named_by_cue as ro_named_by_cue, noun_kind as ro_noun_kind, run_type as ro_run_type
from .declension import CZECH, POLISH, UKRAINIAN, nominative
from . import bulgarian, catalan, croatian, czech, danish, dutch, english, norwegian, slovak, swedish
from .russian import (RUSSIAN, acronym as ru_acronym, guillemet_kind, headed_names, names_after_heads,
                      retype as ru_retype)
from .ukrainian import (acronym as uk_acronym, first_candidates as uk_first_candidates, lead_title as uk_lead_title,
                        retype as uk_retype)
from .vietnamese import lone_name as vi_lone_name, run_candidates as vi_run_candidates
from .indonesian import (is_heading as id_is_heading, lone_name as id_lone_name,
                         run_candidates as id_run_candidates)
from .greek import lone_name as el_lone_name, run_candidates as el_run_candidates




def unknown_id(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-")
    return "x-" + (slug or "unnamed")


# the languages whose unknown persons' names in a case form take their nominative's id
_DECLENSIONS = {"ru": RUSSIAN, "uk": UKRAINIAN, "pl": POLISH, "cs": CZECH}


def person_id(name: str, code: str) -> str | None:
    """The id of an unknown Chinese, Japanese or Korean person as a Latin-script article
    spells the name, so the same person meets across scripts: family name first and the
    given name one word in Chinese (陈翊庭 -> x-chen-yiting, as "Chen Yiting"); given name
    first in Japanese, in press Hepburn, when both readings are known (加藤隆雄 ->
    x-takao-kato, as the knowledge base's Toshihiro Mibe); in Korean the family name as
    the press spells it and the given name's syllables (이재용 -> x-lee-jae-yong). A
    Russian, Ukrainian, Polish or Czech name in a case form has its nominative's id, so that
    the forms meet (Игорем Рябовым -> x-igor-ryabov, as Игорь Рябов; Janem Nowakiem ->
    x-jan-nowak). None for any other name (it keeps ``unknown_id``)."""
    if (declension := _DECLENSIONS.get(code)) is not None:
        found = nominative(name, common_words().given_for(code), declension, common_words().surnames)
        return unknown_id(found) if found else None
    if code == "ko":
        if 2 <= len(name) <= 4 and name[0] in KO_PRESS_SURNAMES and re.fullmatch("[가-힣]+", name):
            # (anyascii spells a closing ㄱ ㄷ ㅂ as g d b; Revised Romanisation as k t p: 덕 deok)
            given = [re.sub("(?<!n)g$|d$|b$", lambda m: _KO_FINAL[m.group()], anyascii(s).lower()) for s in name[1:]]
            return "x-" + "-".join([KO_PRESS_SURNAMES[name[0]]] + given)
        return None
    if code == "ja" and (m := _JA_KANJI_THEN_KANA.fullmatch(name)) is not None:
        family = common_words().ja_readings.get(m.group(1))   # 沢口ナオミ -> x-naomi-sawaguchi
        return f"x-{_press_long_vowels(anyascii(m.group(2)).lower())}-{family}" if family else None
    if not 2 <= len(name) <= (5 if code == "ja" else 4) or not all("\u4E00" <= c <= "\u9FFF" or c == "々" for c in name):
        return None
    if code == "ja":
        readings = common_words().ja_readings
        if name in common_words().ja_surnames and name in readings:
            return f"x-{readings[name]}"   # a family name alone (佐藤 -> x-sato)
        for cut in (2, 1, 3):
            family, given = readings.get(name[:cut]), readings.get(name[cut:])
            if family and given:
                return f"x-{given}-{family}"
        return None
    if code != "zh":
        return None
    cut = 2 if name[:2] in ZH_COMPOUND_SURNAMES else 1
    family = ZH_SURNAME_READINGS.get(name[:cut]) or anyascii(name[:cut]).lower()
    return f"x-{family}-{anyascii(name[cut:]).lower()}" if len(name) > cut else None


_KO_FINAL = {"g": "k", "d": "t", "b": "p"}
_JA_KANJI_THEN_KANA = re.compile(r"([\u4E00-\u9FFF々]{1,3})([\u3041-\u3096\u30A1-\u30FAー]{2,6})")


def _press_long_vowels(romaji: str) -> str:
    """Long vowels as the press leaves them unmarked (yuuki -> yuki, tooru -> toru), as the
    readings of family names are (scripts/build_kb.py: press_romaji)."""
    return romaji.replace("ou", "o").replace("oo", "o").replace("uu", "u")


def place_id(name: str, code: str) -> str | None:
    """The id of an unknown Japanese municipality as Latin-script news would spell it:
    the name before its unit's character, in press Hepburn from IPADIC's readings
    (石川県加賀市 -> x-kaga, as "Kaga"; 愛知県蒲郡市 -> x-gamagori). None for other
    names, or when no reading is known."""
    if code != "ja" or len(name) < 2 or name[-1] not in "市区町村郡":
        return None
    readings = common_words().ja_place_readings
    # the whole name of the unit: what stands before it is nothing or a bigger unit (not
    # 川内 in 薩摩川内市)
    reading = next((r for k in (3, 2, 1) if len(name) > k and (len(name) == k + 1 or name[-k - 2] in "都道府県郡")
                    and (r := readings.get(name[-k - 1:-1]))), None)
    return f"x-{reading}" if reading else None


# -- general vocabulary (hand-written, language knowledge, not from any test set) ------------

# Acronyms and words that are capitalised or upper-case but name no single thing.
GENERIC = frozenset("""
ai ki ia ии ceo cfo cto coo cio cmo vp svp evp md ipo ipos etf etfs gdp bip usd eur cny rmb jpy
gbp hkd mio mrd vc pe ar vr xr api apis gpu gpus cpu cpus it pc tv ok am pm ad bc llm llms genai agi
saas paas iaas b2b b2c cloud ceos ngo ngos faq q1 q2 q3 q4 h1 h2 ev evs app apps
chairman chairwoman chair president vice executive chief officer director founder co-founder emir sheriff sir
cofounder manager head analyst ebit ebita ebitda capex opex roi analysts minister secretary senator governor mayor professor
dr mr mrs ms prof sir lord herr frau ông bà anh chị
vorstand vorsitzender vorsitzende präsident präsidentin gründer geschäftsführer chef chefin
unternehmen konzern gruppe firma aktie aktien börse markt
group company corporation inc ltd holdings
internet online digital global international national
başbakan başbakanı cumhurbaşkanı bakan bakanı başkan başkanı müdürü
presidente presidenta ministro ministra secretario secretaria portavoz vicepresidente
président présidente ministre porte-parole premiê ministr prezydent prezes kanclerz
předseda premiér ministerpräsident bundeskanzler kanzler kanzlerin bundeskanzlerin
президент премьер-министр министр председатель глава
presiden menteri perdana statsminister statsministern pääministeri presidentti kanselir
""".split())

# Words that may sit inside a multi-word name ("Bank of America", "Ludwig van Beethoven").
CONNECTORS = frozenset("of de da del della der den von van vom zu bin ibn al el la le y and & für".split())
# ... of which these, written with a capital inside a German sentence, open a family name (Belgian,
# Dutch, Italian, Portuguese, French: De Wever, Van Aert, Di Maio, Da Silva, Du Bois; in Dutch
# text a capital De also opens a title or a place's name: De Tijd, De Koog)
CAPITAL_PARTICLES = frozenset("De Van Di Da Du Del Della Dos".split())
# ... and, written in lower case only, these (French ben for bin: Mohammed ben Salmane; a
# capital Ben opens a name: Ben Bernanke; a capital Да opens a sentence)
NAME_LINKS = frozenset(("ben", "bint")) | frozenset(
    # the particles of Romance, Dutch, German and Arabic family names as Cyrillic and Greek
    # write them (Лука де Мео, Луис Инасио Лула да Силва, Λούκα ντε Μέο, Урсула фон дер Лайен)
    # (and Arabic's article as it sounds before a name: Мохамед Шиа ас Судани, Абдел Фатах ас Сиси)
    "де ди да дел дос дас ду дю ла ле фон ван дер ден бин ибн ал ас аш ад ар аз эль ель "
    "ντε ντι ντα ντελ ντος λα λε φον βαν ντερ μπιν αλ".split())
# ... of which these join two names into a list when each opens with a first name
PAIR_JOINERS = frozenset(("and", "y"))
# ... and these stand between a person and the body he or she speaks for
PERSON_OF = frozenset(("vom", "of", "from", "de", "del", "della", "du", "des"))

GERMAN_NOUN_SUFFIXES = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
                        "tion", "tionen", "tät", "täten", "ismus", "nis", "nisse", "tum", "tümer",
                        "chen", "lein", "ment", "ments", "ling", "linge", "ei", "eien", "ik",
                        "werk", "markt", "geschäft", "gruppe", "plattform", "modell", "bericht",
                        "anbieter", "nutzer", "kunden", "leistung", "kosten", "zeit", "jahr",
                        "jahre", "jahren", "woche", "wochen", "monat", "monate", "monaten",
                        "prozent", "ausschüttung", "mitteilung", "investoren", "produkte")

ORG_SUFFIXES = frozenset("""inc inc. corp corp. corporation co co. ltd ltd. llc plc ag gmbh se sa s.a. nv bv srl spa
records club studios pictures press network systems airlines motors entertainment
group gruppe holding holdings bank capital partners ventures technologies technology tech labs lab
university universität universidad université institute institut ministry ministerium association
party partei securities motors airlines airways foundation stiftung fund trust media ai agency
council committee commission company service services news school college academy journal courant
gazette herald tribune orchestra league union navy army police department kg ohg kgaa ug
hospital authority command patrol collection chronicle statesman brewing mills analytics museum court
logistics foods aerospace dynamics pharmaceuticals pharma software chemicals energy administration wanderers
rovers therapeutics biosciences robotics semiconductors electronics insurance bancorp realty properties
resources mining minerals automotive textiles outfitters apparel publishing shipping freight railroad
engineering consulting investments networks communications telecom""".split())


def org_word(low: str) -> bool:
    """An organisation's last word, lower-cased: one of ORG_SUFFIXES, or a hyphened name
    with one among its parts (Times-Tribune, Herald-Leader, Journal-Constitution)."""
    return low in ORG_SUFFIXES or "-" in low and any(part in ORG_SUFFIXES for part in low.split("-"))

# German and Austrian legal forms, as written (ORG_SUFFIXES has them in lower case)
GERMAN_LEGAL_FORMS = frozenset("GmbH AG KG KGaA OHG SE UG".split())
# what may follow a legal form inside a firm's name (GmbH & Co. KG)
_LEGAL_FORM_GOES_ON = GERMAN_LEGAL_FORMS | {"Co"}
# the words at which a German run splits in two (a legal form closing a firm's name, "den")
_SPLITTING_WORDS = GERMAN_LEGAL_FORMS | {"den"}
# the forms of a registered co-operative and association, written in lower case after the
# name (Raiffeisenbank Oberland eG, Förderverein Heimatmuseum e.V.)
_DE_REGISTERED = re.compile(r" (?:eG|e\. ?V\.)(?![\w.])")
# a field after a body's "für X" that "und" joins (Bundesministerium für Bildung und Forschung;
# a noun, no title: not "und Professor Müller")
_DE_AND_FIELD = re.compile(r" und ([A-ZÄÖÜ][\w-]+)(?![\w-])")
# streets and squares named by a town's adjective (Bochumer Straße, Pariser Platz, Münchner Freiheit)
_DE_STREET_WORDS = frozenset("Straße Strasse Platz Allee Weg Ring Damm Chaussee Landstraße Heerstraße Ufer Freiheit".split())

# Words that open an organisation's name in front of a person's (Fundación Carlos Slim,
# Stiftung Warentest, Hospital Israelita Albert Einstein): no title to trim there.
ORG_WORDS_BEFORE = frozenset("""fundación fundação fondation fondazione stiftung foundation fund fonds
instituto institut institute universidad universidade université università universität university
hospital hôpital ospedale klinikum clinic colegio collège liceo gymnasium escuela école schule school
museo musée museum museu teatro théâtre theater theatre estadio stadion stadium stade aeropuerto
aéroport aeroporto airport flughafen premio prix prize preis award avenida avenue rue calle via
straße strasse platz plaza piazza place centro centre center zentrum""".split())

PER_TITLES_BEFORE = frozenset("""mr mr. mrs mrs. ms ms. dr dr. prof prof. sir herr frau ông bà
président präsident president senator minister ceo""".split())

LOC_SUFFIXES_LATIN = frozenset("""city province state county river island islands mountains airport stadium
arena station bridge tower palace square dam canal harbour harbor street avenue road boulevard lane park gardens
beach valley highway freeway motorway creek canyon bay falls peninsula reservoir bayou moor parish""".split())
# (the English heads of the second line also end names in the news of other languages:
# der Karakorum Highway, im Shenandoah Valley)
# words that open a place's name: administrative units, whose name follows them (Kabupaten
# Morowali, Tỉnh Quảng Ninh), and landforms, part of the name (Teluk Bone, Lake Toba)
ADMIN_HEADS = frozenset("kabupaten kota provinsi kecamatan desa kelurahan tỉnh huyện quận xã phường".split())
FEATURE_HEADS = frozenset("""teluk pulau gunung danau sungai selat tanjung vịnh sông núi đảo lake mount mt
cape lac lago isla ilha sierra serra aeroporto aeropuerto aéroport flughafen estadio estádio stade stadio
stadion ponte puente pont palacio palazzo palais plaza piazza praça bahnhof gare estação estación stazione
bad landkreis landkreises nationalpark naturpark
schloss kloster zeche burgruine port fort burg kreis""".split())
# (Bad Buchau: German spa towns carry "Bad"; Schloss Tegel, Zeche Zollern, Port Talbot, Kreis Soest)

# titles that FOLLOW a name (Chinese 总统/總統 precede it, so they are not here)
CJK_PER_TITLES = ("氏", "さん", "様", "社長", "会長", "博士", "教授", "先生", "女士", "首相", "大統領")
# Japanese titles and roles after a name that follow other words too (鹿児島県知事, 日本代表
# 監督): a person only when a known family name or a katakana name stands before them
JA_WEAK_TITLES = ("選手", "監督", "知事", "市長", "町長", "村長", "区長", "裁判長", "被告", "容疑者", "頭取",
                  "副社長", "専務", "議員", "総裁", "長官", "大臣", "理事長", "委員長", "投手", "主将", "弁護士",
                  "教諭", "准教授", "講師", "学長", "校長", "館長", "院長", "顧問", "住職", "宮司", "棋士",
                  "議長", "副議長", "幹事長", "党首", "部長", "局長", "課長", "次官", "外相", "副知事", "副市長",
                  # heads of offices, branches, co-operatives and stations in local news (富士吉田警察署の
                  # 渡辺俊之署長, 根室漁協の佐野和夫組合長, 日本銀行松江支店の上田健二支店長)
                  "署長", "副署長", "消防長", "教育長", "組合長", "支店長", "所長", "台長", "参事", "団長", "園長", "会頭",
                  "事務局長", "本部長", "支配人", "研究員", "主任研究員", "理事", "常務", "係長", "町議", "市議", "県議",
                  # (a body's representative, a university's president, a temple's abbot, a ship's master,
                  # fielders: 西川和雄代表, 藤井輝夫総長, 森清範貫主, 山下正和船長, 宗山塁内野手)
                  "代表", "代表理事", "総長", "副会長", "貫主", "船長", "内野手", "外野手", "捕手", "新監督",
                  # ministers by their ministry's short name (斉藤鉄夫国土交通相, 加藤勝信財務相), general Japanese
                  "国土交通相", "国交相", "経済産業相", "経産相", "財務相", "防衛相", "厚生労働相", "厚労相",
                  "文部科学相", "文科相", "農林水産相", "農水相", "総務相", "法相", "環境相", "復興相",
                  "デジタル相", "経済再生相", "官房長官", "国防相", "内相", "蔵相", "財相", "副首相")
# kinds of a title written before it (特別教授, 客員教授), general Japanese
JA_TITLE_MODIFIERS = ("特別", "特任", "客員")
# Katakana words that end an organisation's name rather than a person's
KATAKANA_ORG_ENDS = ("システムズ", "システム", "グループ", "ホールディングス", "カンパニー", "コーポレーション",
                     "オーケストラ", "クラブ", "バンク", "ラボ", "テクノロジーズ", "エアライン", "ラグビー",
                     # firms' English plurals (Tata Motors, the Financial Times); a bare ズ ends
                     # surnames as often (ジョーンズ, ウィリアムズ), and a team after its city
                     # (シアトル・マリナーズ) is typed by the city
                     "モーターズ", "タイムズ", "インダストリーズ", "エアウェイズ", "エアラインズ", "ピクチャーズ",
                     "ブラザーズ", "パートナーズ", "ベンチャーズ", "コントロールズ", "ラボラトリーズ", "フーズ",
                     "ブランズ", "ホテルズ", "ソリューションズ", "コミュニケーションズ", "エンタープライズ",
                     # colleges, companies of the arts, fisheries (キングス・カレッジ, ボリショイ・バレエ)
                     "カレッジ", "バレエ", "アカデミー", "インスティテュート", "ソサエティ", "フィルハーモニー",
                     "フィッシャリーズ", "マニュファクチャリング", "オールドボーイズ",
                     # convenience-store and supermarket chains (セイコーマート)
                     "マート",
                     # investors, oil, finance, schools, clubs' "Juniors", "& Sons" (ノールヴェント・キャピタル,
                     # ブリティッシュ・ペトロリアム, アルヘンティノス・ジュニアーズ): no person's last name
                     "キャピタル", "ペトロリアム", "ファイナンシャル", "インベストメンツ", "マネジメント", "ケミカル",
                     "ケミカルズ", "エナジー", "スチール", "マイニング", "エレクトロニクス", "ロジスティクス",
                     "ファーマシューティカルズ", "スクール", "ジュニアーズ", "アンド・サンズ")
# Characters of the standard Chinese transliteration table (foreign names), simplified and
# traditional forms: a run of them joined by a middle dot is a foreign person's name.
TRANSLIT = frozenset("""阿埃艾爱愛安昂奥奧澳巴拜班邦保鲍鮑贝貝本比彼毕畢宾賓波伯博布查达達戴丹道德登迪蒂丁杜多敦厄恩
法菲费費芬弗福盖蓋甘冈岡戈格古哈海汉漢豪赫亨胡华華怀懷霍基吉加贾賈杰傑金卡凯凱坎康考科克肯库庫奎拉莱萊兰蘭朗劳勞勒
雷里利列林琳隆卢盧鲁魯路伦倫罗羅洛马馬迈邁麦麥曼梅门門蒙米密明莫姆穆纳納奈南内內尼涅宁寧努诺諾欧歐帕潘佩皮珀普
齐齊奇恰乔喬切琼瓊丘让讓瑞若萨薩塞桑瑟森沙尚舍什史斯松苏蘇索塔泰坦汤湯唐特提图圖托瓦万萬威韦韋维維温溫沃乌烏
伍西希谢謝辛休雅亚亞扬揚耶伊因英尤约約泽澤扎詹尔爾娜妮丽麗莉莎蒂黛琪玛瑪芙丝絲顿頓默茨兹茲缪繆夫舒赖賴黎葛柯蕾婭娅逊遜歇爵桑洪君呂吕""".replace("\n", ""))
# The most common Japanese family names (general knowledge): a family name followed by a
# short given name and a particle or title is a person: 山田太郎は, 小池百合子氏.
JA_SURNAMES_BASE = sorted(set("""佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 斎藤
清水 山崎 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 斉藤 福田
太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 内田 柴田 酒井
宮崎 横山 高木 安藤 宮本 大野 小島 谷口 今井 工藤 高田 増田 丸山 杉山 村田 大塚 新井 小山 平野 藤本 河野 上野
野口 武田 松井 千葉 岩崎 菅原 木下 久保 佐野 野村 松尾 菊地 杉本 市川 古川 大西 島田 水野 桜井 高野 渡部 吉川
山内 西田 飯田 菊池 西川 小松 北村 安田 五十嵐 川口 平田 中田 久保田 服部 岩田 土屋 本田 樋口 秋山 田口 永井
山中 中西 吉村 川上 石原 大橋 松岡 馬場 浜田 森本 星野 矢野 浅野 大久保 松下 吉岡 小池 野田 荒木 大谷 内藤
松浦 熊谷 黒田 尾崎 永田 川村 望月 田辺 松村 荒井 大島 平井 早川 菅野 栗原 西尾 広瀬 横田 石橋 萩原 岩本
片山 関口 宮田 大石 本間 須藤 高山 岡崎 小田 伊東 鎌田 上原 篠原 小西 松原 福井 成田 北川 宮下 白石 内山
桑原 奥村 竹田 上村 吉野 堀内 江口 徳永 水谷 細川 中澤 中沢 西山 坂口 大川 小沢 小澤 堀江 関根 大森 三宅 宇野
松永 岡 森 林 原 関 辻 堀 東 西 北 南 菅 宮 谷 島 畑 星 沢 澤""".split()), key=len, reverse=True)
_JA_END = "はがのをにともへでやら、。，．）)（(」』・氏さ君様"   # (（: a reading, an age or dates after a name; ら: and others)
# prefixes that open a kind of person before a title, no name (最優秀選手, 全日本選手, 各国首脳), unless
# a listed family name opens the run (新井, 前田), general Japanese
_JA_PREFIXES_BEFORE_TITLE = frozenset("最全各同新旧元前現副歴初次両諸当本他計約若")


def _by_first_char(names: list[str], guard: str) -> str:
    """``names`` as one alternation grouped by first character, each group opening with its
    literal and then ``guard``: the same matches, tried in the same order (a position can
    only take the group of its own character), but the regex engine can skip straight to
    positions holding one of the first characters."""
    tails: dict[str, list[str]] = {}
    for name in names:
        tails.setdefault(name[0], []).append(name[1:])
    return "|".join(re.escape(c) + guard + "(?:" + "|".join(map(re.escape, t)) + ")" for c, t in tails.items())


@lru_cache(maxsize=1)
def _ja_surname_tuple() -> tuple[str, ...]:
    return tuple(ja_surnames())


@lru_cache(maxsize=1)
def _ja_surname_set() -> frozenset[str]:
    return frozenset(ja_surnames())


@lru_cache(maxsize=1)
def ja_surnames() -> list[str]:
    """Japanese family names, longest first: the list above (general knowledge) and
    gimei's 500 (scripts/build_kb.py puts them in the common-words artefact)."""
    return sorted(set(JA_SURNAMES_BASE) | common_words().ja_surnames, key=lambda n: (-len(n), n))


@lru_cache(maxsize=1)
def ja_name_pattern() -> re.Pattern:
    """= (?<![Han Katakana])(SURNAMES)([Han]{1,3})(?=[_JA_END]), built on first use."""
    return re.compile("(" + _by_first_char(ja_surnames(), "(?<![\u4E00-\u9FFF\u30A1-\u30FA][\\s\\S])") + ")"
                      + r"([\u4E00-\u9FFF]{1,3})(?=[" + _JA_END + "])")


# a run of three to eleven kanji before a particle or punctuation (for _ja_listed_people,
# which also reads a role before the name off these runs)
JA_LISTED_NAME = re.compile(r"[\u4E00-\u9FFF々](?<![\u4E00-\u9FFF\u30A1-\u30FA々][\s\S])[\u4E00-\u9FFF々]{2,10}"
                            r"(?=[" + _JA_END + "])")
_TL = "".join(sorted(TRANSLIT))
# (names joined by a middle dot also take transliteration characters that the undotted
# patterns leave out as too common in Chinese words: 埃马纽埃尔, 安东尼奥, 泽连斯基, 凡)
_TL_DOTTED = "".join(sorted(TRANSLIT | set("东東凡易连連纽紐钦欽锡錫热熱茹翁滕琴敏惠旺瓜圭夸昆芒贡貢彭龙龍施赛賽赞贊钱錢焦欣"
                                             # (and women's first names: 蘇珊, 艾蜜莉, 珍妮, 奧莉薇亞, 芭芭拉, 茱莉亞, 露西)
                                             "珊蜜珍薇芭茱蘿萝嘉露姬荷茜蕊璐瑤瑶蓓"
                                             # (Con-, Kon-: 埃梅卡·奧孔克沃, 孔多塞)
                                             "孔"
                                             # (羅素, 黛安娜, 佩卓: Russell, Diana, Pedro; 梅根, Megan; 安德烈,
                                             # 帕帕佐普洛斯, 雅各布, 武約維奇, 克林特-延森, 盧齊奇; 理, as in
                                             # 理查德, ends titles too: 經理, see translit_names)
                                             "素黛卓根烈佐各武延齊齐"
                                             # (威爾摩爾, 克里蒙梭, 莎拉, 南希, 穆罕默德, 馬可斯, 鮑文, 加拉巴哥)
                                             "摩梭莎南穆罕可文哥定"
                                             # (強尼, 金柏莉, 瑞秋, 伊維察, 葉海亞, 奧列克山德, 烏魯克別克,
                                             # 柴恩, 玻利瓦: Johnny, Kimberly, Rachel, Ivica, Yahya, Oleksandr,
                                             # -bek, Chain, Bolívar)
                                             "強强柏秋察葉叶山別别柴玻歷历"
                                             # (傑佛瑞, 佛里曼, 史丹佛: Jeffrey, Freeman, Stanford; 范德梅爾: van der Meer)
                                             "佛范")))
# words that end in one of those characters and stand before a name, whose last character
# opens no name: 督察 + 保羅·埃弗里特 (an inspector), 警察, 觀察 (general Chinese)
_ZH_WORDS_BEFORE_DOTTED = frozenset("督察 警察 观察 觀察 视察 視察 检察 檢察 考察 侦察 偵察 监察 監察 经历 經歷 加强 加強"
                                    " 丈夫 姐夫 妹夫".split())   # (丈夫 + 皮耶·居禮: her husband Pierre Curie)
# The most common Chinese family names (general knowledge), simplified and traditional.
ZH_SURNAMES = "".join(sorted(set("""王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許
韩韓冯馮邓鄧曹彭曾肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋
付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯习習温溫
卓柯賴赖翁游詹簡简施莊庄涂甘""".replace("\n", ""))))
# family names whose reading differs from the character's usual one (曾 is Zeng as a name),
# general knowledge (the two-character ones: chinese.ZH_COMPOUND_SURNAMES)
ZH_SURNAME_READINGS = {"曾": "zeng", "单": "shan", "單": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou",
                       "區": "ou", "查": "zha", "盖": "ge", "蓋": "ge", "缪": "miao", "繆": "miao", "乐": "yue",
                       "樂": "yue", "覃": "qin", "翟": "zhai", "召": "shao", "秘": "bi", "种": "chong", "種": "chong",
                       "重": "chong", "谌": "chen", "尉迟": "yuchi", "尉遲": "yuchi", "长孙": "zhangsun",
                       "長孫": "zhangsun", "澹台": "tantai", "澹臺": "tantai"}
ZH_SAYS = ("表示", "说", "說", "指出", "认为", "認為", "称", "稱", "透露", "强调", "強調", "宣布", "告诉", "告訴", "回应", "回應")
_ZH_PARTICLES = "的在和與与是了由被對对從从向將将把為为於于及或到至自以等並并而也但則则之"
_ZH_BEFORE_NAME = _ZH_PARTICLES + "，。、；：「」『』“”（）《》 \n"
ZH_NAME_SAYS = re.compile(   # = (?:(?<=[_ZH_BEFORE_NAME])|^)([ZH_SURNAMES][Han]{1,2})(?=SAYS), MULTILINE,
    # opening with the surname class (the '^' after a newline is the newline in the class)
    "([" + ZH_SURNAMES + "](?:(?<=[" + _ZH_BEFORE_NAME + "][\\s\\S])|(?<![\\s\\S][\\s\\S]))[\u4E00-\u9FFF]{1,2})"
    "(?=" + "|".join(ZH_SAYS) + ")")

# words whose first character is a transliteration's too, right after a name: joining a club,
# "because" (克羅斯加盟, 貝林漢加入); general Chinese
_ZH_WORDS_OPENED_BY_TRANSLIT = ("加盟", "加入", "因為", "因为", "因此", "因而")
# a run of transliteration characters that opens a clause (after punctuation or at the
# start) - inside running Chinese text such runs are too often ordinary words
TRANSLIT_RUN = re.compile(   # = (?<![TL Han])[TL]{3,5}(?![TL]), opening with its class
    f"[{_TL}](?<![{_TL}\u4E00-\u9FFF][\\s\\S])[{_TL}]{{2,4}}(?![{_TL}])")
# Chinese titles that stand BEFORE a name (總統特朗普, 首相梅伊)
ZH_TITLES_BEFORE = ("總統", "总统", "總理", "总理", "首相", "主席", "國王", "国王", "女王", "王子", "公主", "教授",
                    "博士", "部長", "部长", "外長", "外长", "議員", "议员", "參議員", "参议员", "州長", "州长",
                    "市長", "市长", "大使", "將軍", "将军", "教練", "教练", "球員", "球员", "歌手", "演員", "演员",
                    "導演", "导演", "作家", "總裁", "总裁", "董事長", "董事长", "執行長", "执行长", "發言人", "发言人",
                    "省長", "省长", "書記", "书记", "局長", "局长", "院長", "院长", "廳長", "厅长", "署長", "署长",
                    "司長", "司长", "秘書長", "秘书长", "主任", "校長", "校长", "會長", "会长", "行長", "行长",
                    "總經理", "总经理", "財務長", "财务长", "記者", "记者", "立委", "法官", "律師", "律师",
                    "選手", "选手", "運動員", "运动员", "院士", "隊長", "队长", "總指揮", "总指挥",
                    # roles news writes before a person's full name (研究员张运林, 民警吴海波)
                    "村民", "居民", "研究员", "研究員", "工程师", "工程師", "医生", "醫生", "医师", "醫師",
                    "教师", "教師", "老师", "老師", "民警", "警官", "村支书", "村支書", "负责人", "負責人",
                    "科学家", "科學家", "画家", "畫家", "诗人", "詩人", "学者", "學者", "专家", "專家",
                    "县长", "縣長", "镇长", "鎮長", "乡长", "鄉長", "村长", "村長", "所长", "所長", "站长", "站長", "厂长", "廠長",
                    "馆长", "館長", "创始人", "創始人", "队员", "隊員", "主教练", "主教練", "领队", "領隊", "船长",
                    "船長", "果农", "果農", "学生", "學生", "商人",
                    # sports news: players by their role (外援泰勒, 前锋卡瓦尼, 门将王大雷)
                    "外援", "新援", "前锋", "前鋒", "中锋", "中鋒", "后卫", "後衛", "门将", "門將", "球员", "球員",
                    "队友", "隊友", "主帅", "主帥", "边锋", "邊鋒", "中场", "中場", "中卫", "中衛", "后腰", "後腰",
                    "翼锋", "翼鋒", "守门员", "守門員",
                    # kin before a name (后与丈夫钱三强, 其父苏洵, 其遗孀李某)
                    "丈夫", "妻子", "其父", "其母", "其兄", "其弟", "其姐", "其妹", "其子", "其女", "父亲", "父親",
                    "母亲", "母親", "儿子", "兒子", "女儿", "女兒", "长子", "長子", "次子", "长女", "長女", "遗孀", "遺孀",
                    # scholars, artists and founders by their field, and other trades (地理學家酈道元,
                    # 小說家黃春明, 指揮家簡永祥, 共同創辦人周柏翰, 漁民許進財, 校友簡秀鳳, 狀元張謇)
                    "学家", "學家", "小说家", "小說家", "作曲家", "指挥家", "指揮家", "艺术家", "藝術家", "企业家",
                    "企業家", "政治家", "书法家", "書法家", "剧作家", "劇作家", "音乐家", "音樂家", "实业家", "實業家",
                    "思想家", "评论家", "評論家", "创办人", "創辦人", "渔民", "漁民", "农民", "農民", "校友", "状元",
                    "狀元", "名将", "名將", "传教士", "傳教士", "法师", "法師", "建筑师", "建築師", "设计师", "設計師",
                    # police, prosecutors, speakers and governors, and a band's players (警長惠勒,
                    # 檢察官穆勒, 議長佩洛西, 總督休伊, 主唱麥弗森, 吉他手杜根)
                    "警長", "警长", "警探", "檢察官", "检察官", "檢察長", "检察长", "議長", "议长", "總督", "总督",
                    "主唱", "吉他手", "鼓手", "貝斯手", "贝斯手", "鍵盤手", "键盘手",
                    # pitchers, shop owners, stallholders, herders and growers in local news (投手呂家豪,
                    # 店主麥志雄, 攤商洪國雄, 牧民巴特尔, 种植户吴昌林)
                    "投手", "捕手", "店主", "攤商", "摊商", "果商", "菜商", "牧民", "種植戶", "种植户", "養殖戶", "养殖户")
# the roles of a club's players and coaches (利物浦主帥, 布倫特福德前鋒): the name before
# them is the club's, not its town's (general Chinese of sports news)
ZH_CLUB_ROLES = ("主帥", "主帅", "主教練", "主教练", "總教練", "总教练", "教頭", "教头", "前鋒", "前锋", "中鋒", "中锋",
                 "邊鋒", "边锋", "後衛", "后卫", "中場", "中场", "門將", "门将", "隊長", "队长", "外援", "新援",
                 "中衛", "中卫", "翼鋒", "翼锋", "後腰", "后腰", "守門員", "守门员")
# what is said or held somewhere, after 在 and the place: 在蘇瓦表示 (general Chinese)
ZH_SAID_AT = ("表示", "指出", "宣布", "發表", "发表", "舉行", "举行", "召開", "召开", "會見", "会见", "簽署", "签署")
# (a title says a name follows: the characters only dotted names take may open it, 市長瓜爾蒂耶里)
ZH_TITLE_NAME = re.compile("(?:" + "|".join(ZH_TITLES_BEFORE) + f")([{_TL_DOTTED}]{{2,5}})(?![{_TL_DOTTED}])"
                           # (not the first names of a dotted name: 瑪格麗特·鄧洛普, 蘇帕猜·翁薩萬)
                           "(?![\u4E00-\u9FFF]{0,2}[·•・‧])")
# a Chinese name (family name + one or two characters) after such a title, ending where a
# speech verb, punctuation or a preposition follows (发言人何亚东表示, 部长王文涛在北京)
_ZH_AFTER_NAME_CHARS = "在曾也将將对對于於和与與率到等主出为為则則先亦今昨近随隨补補是已合"   # (合: 苏辙合称)
# particles no Chinese name holds (general Chinese)
_ZH_NOT_IN_NAME = frozenset("的了是们們位")   # (位: 首位女首相, "the first woman prime minister")
ZH_TITLE_NATIVE = re.compile("(?:" + "|".join(ZH_TITLES_BEFORE) + ")([" + ZH_SURNAMES + "][\u4E00-\u9FFF]{1,2}"
                             # (a name ends before those characters, never with one: 王皓在接受采访)
                             "(?<![" + _ZH_AFTER_NAME_CHARS + "]))"
                             "(?=" + "|".join(ZH_SAYS) + "|日前|团队|團隊|介绍|介紹|发现|發現|赛后|賽後|老人|获得|獲得|带领|帶領|"
                             "接受|回忆|回憶|等人|一同|一起|[，。、；：（(的" + _ZH_AFTER_NAME_CHARS + "0-9０-９])")
# a person the press names by family name and 某 ("a certain"): 刘某, 黄某, 陈某某, before any
# character but those that make "some ..." with 某 (not 主张某种, "advocate some kind")
ZH_ANONYMISED = re.compile("[" + ZH_SURNAMES + "]某(?:某|(?![" + "种種些个個人地处處天日年月时時位项項件家类類部区區市县縣省"
                           "镇鎮村乡鄉公单單款样樣物事次条條所国國方品网網宗机機校院店厂廠局团團行届屆段篇台臺座"
                           "])(?=[一-鿿，。、；：（(]))")
# (those characters: 某种, 某些, 某公司, 某地; court reports: 陈某某在两年间, 周某侵犯, 何某赔偿, 顾某依法)
# a run of 2-5 transliteration characters right before a speech verb (in running text too)
TRANSLIT_SAYS = re.compile(f"([{_TL}](?<![{_TL}][\\s\\S])[{_TL}]{{1,4}})(?=" + "|".join(ZH_SAYS) + ")")
# characters of transliterated names that never open one (彼得, 乔治, 大卫, 伊丽莎白, 威廉,
# 约翰, 拉斐尔, 伊娃, 阿卜杜拉, 巴勃罗, 皮尔庞特, 沃洛申, 卡农图姆), and those that may (何塞,
# 冯, 朱塞佩, 刘易斯, 席尔瓦, 居里, 大卫), general knowledge: with a middle dot beside
# them they are names, where alone they are too common in Chinese words
# ... and more of them inside one (派翠克, 約書亞, 哈立德, 賽義德, 卡塔日娜, 賈汗, 瓦根廷, 巴甫洛維奇,
# 漢尼拔, 馬捷, 阿斯圖迪略, 派屈克), and after a dot Chinese family names and the syllables
# they write (艾蜜莉·陳, 艾倫·蔡斯 Chase, 羅莎琳·鄧巴 Dunbar)
_TL_INNER = "得治卫衛白廉翰汀斐娃卜勃庞龐申农農席当當修翠书書立义義日汗廷甫拔捷略屈肖蔡邓鄧陈陳"
_TL_OPEN = _TL_DOTTED + "何冯馮祖朱刘劉魏居大"
_TL_ANY = _TL_OPEN + _TL_INNER
# first names that open with a character that is a word before a name too (以 "by", 于 "at",
# 派 "send"), in the pair that only a name opens with: 以利亞, 以西結, 以撒, 于爾根, 派翠克, 派屈克, 肖恩
_TL_OPEN_PAIRS = "以[利西撒]|于[爾尔]|派[翠屈]|肖恩"
# a foreign name written with middle dots, and hyphens inside a part (让-巴蒂斯特)
# (after a dot a name may open with a character no list has: 瑞秋·李維斯, 格蕾塔·童貝里, 瑪麗·墨菲; with
# a particle never)
_ZH_ANY_NAME_CHAR = f"[\u4E00-\u9FFF](?<![{_ZH_PARTICLES}了])"
TRANSLIT_NAME = re.compile(   # ([TL]+ that opens with its class)
    f"(?:[{_TL_OPEN}]|{_TL_OPEN_PAIRS})[{_TL_ANY}]*(?:-[{_TL_ANY}]+)*"
    f"(?:[·•・‧](?:[{_TL_ANY}]|{_ZH_ANY_NAME_CHAR})[{_TL_ANY}]*(?:-[{_TL_ANY}]+)*)+")
# A transliterated name (two or more such characters after none) and the word that makes
# it an organisation (马塞诺大学, 克莱兹代尔银行, 佩鲁贾足球俱乐部, with a kind of firm or
# club between) or a place (洛特河, 肯纳贝克县, 贝德福德郡), general Chinese
_ZH_TL_ORG_WORDS = ("大学", "大學", "学院", "學院", "学会", "學會", "协会", "協會", "银行", "銀行", "公司", "俱乐部",
                    "俱樂部", "研究所", "基金会", "基金會", "集团", "集團", "乐队", "樂隊", "唱片", "出版社", "酒店",
                    # councils of a district, a county, a state or a town, museums and libraries as bodies,
                    # newspapers (南萊克蘭區議會, 薩萊納期刊報: see extract.ZH_ORG_ENDINGS)
                    "区议会", "區議會", "郡议会", "郡議會", "州议会", "州議會", "市议会", "市議會", "议会", "議會",
                    "博物馆", "博物館", "美术馆", "美術館", "图书馆", "圖書館", "邮报", "郵報", "日报", "日報",
                    "时报", "時報", "期刊报", "期刊報", "小学", "小學", "中学", "中學", "晨报", "晨報",
                    "论坛报", "論壇報", "先驱报", "先驅報", "纪事报", "紀事報", "广告报", "廣告報", "医院", "醫院",
                    # (arch)dioceses (坎皮納斯總教區)
                    "总教区", "總教區", "教区", "教區", "工作室",
                    # trades that end a firm's name, orchestras, a district's or a town's government
                    # (艾馬爾地產, 阿姆貝拉光電, 阿爾蒂普拉諾鋰業, 布羅多斯普利特造船廠, 伍德布法羅區政府)
                    "地产", "地產", "光电", "光電", "锂业", "鋰業", "造船厂", "造船廠", "交响乐团", "交響樂團",
                    "管弦乐团", "管弦樂團", "区政府", "區政府", "市政府",
                    # heavy industries (韋伯斯特重工)
                    "重工")
_ZH_TL_KINDS = ("足球", "食品", "电气", "電氣", "铁路", "鐵路", "化学", "化學", "音乐", "音樂", "皇家", "国立", "國立",
                "国家", "國家", "钢铁", "鋼鐵", "汽车", "汽車", "航空", "保险", "保險", "矿业", "礦業", "能源", "科技",
                "技术", "技術", "工业", "工業", "啤酒", "制药", "製藥", "体育", "體育", "精密仪器", "精密儀器",
                "仪器", "儀器", "建筑", "建築", "盐业", "鹽業", "纺织", "紡織", "机械", "機械", "电子", "電子",
                "造船", "玻璃", "印刷", "烟草", "菸草", "酿酒", "釀酒", "石油", "电力", "電力", "电信", "電信",
                "理工", "营造", "營造")   # (考納斯理工大學, 麥克勞德營造公司)
_ZH_TL_PLACE_WORDS = ("河", "湖", "湾", "灣", "县", "縣", "郡", "州", "省", "山脉", "山脈", "半岛", "半島", "群岛", "群島",
                      "岛", "島", "峰", "角", "海峡", "海峽", "城堡", "大教堂", "教堂", "宫", "宮", "保护区", "保護區",
                      "公园", "公園", "大街", "街(?![头頭道区區坊市])",   # (比尔街; not 街头 "in the streets")
                      # towns, airports, grounds and estates (哈特菲尔德镇, 希斯洛机场, 伯纳乌球场, 维农山庄)
                      "镇(?![长長民])", "鎮(?![长長民])", "机场", "機場", "球场", "球場", "体育场", "體育場",
                      "体育馆", "體育館", "水库", "水庫", "大桥", "大橋",
                      "山庄", "山莊", "庄园", "莊園",
                      # power stations and avenues (羅貢水電站, 魯斯塔韋利大道), and mountains after three such
                      # characters (迪納利山; not 京那 + 巴魯山, nor 山脈's 山 or a part of the mountain)
                      "水电站", "水電站", "热电厂", "熱電廠", "发电厂", "發電廠", "大道",
                      f"(?<=[{_TL_DOTTED}]{{3}})山(?![脉脈区區地东東西南北上下峰顶頂腳脚坡])")
# ... and the kinds of reserve or park between the name and that word (塞伦盖蒂国家公园,
# 莫雷米野生动物保护区), general Chinese
_ZH_TL_PLACE_KINDS = ("国家", "國家", "野生动物", "野生動物", "自然", "湿地", "濕地", "森林", "海洋", "国际", "國際")
# (one character outside the transliteration list may stand inside the firm's name when
# more of them follow: 克莱兹代尔银行; not a particle: 阿尔巴在银行)
_ZH_TL_INNER = f"(?:[\u4E00-\u9FFF](?<![{_TL}的了是在于於和与與将將被把从從也都就而向为為])[{_TL}]{{1,3}})?"
_ZH_TL_NAMED_BODY = (f"[{_TL}]{{1,6}}(?:({_ZH_TL_INNER}(?:{'|'.join(_ZH_TL_KINDS)})?(?:{'|'.join(_ZH_TL_ORG_WORDS)}))"
                     f"|((?:{'|'.join(_ZH_TL_PLACE_KINDS)})?(?:{'|'.join(_ZH_TL_PLACE_WORDS)})))")
ZH_TL_NAMED = re.compile(f"[{_TL}](?<![{_TL}][\\s\\S])" + _ZH_TL_NAMED_BODY)
# a place's name before its place word may also hold the characters only dotted names take
# (瓜达卢佩河, 施普雷河: 瓜 and 施 open everyday words too, not before 河 or 州)
ZH_TL_PLACE_WIDE = re.compile(f"[{_TL_DOTTED}](?<![{_TL_DOTTED}][\\s\\S])[{_TL_DOTTED}]{{1,6}}"
                              f"(?:{'|'.join(_ZH_TL_PLACE_KINDS)})?(?:{'|'.join(_ZH_TL_PLACE_WORDS)})")
# a firm's transliterated name (three characters or more) after 公司, "company", and a trade
# word that may end it (软件公司诺思布里奇数据, 初创公司维里达斯实验室), general Chinese
ZH_FIRM_NAME = re.compile(f"公司([{_TL}]{{3,6}}(?![{_TL}])(?:装备|裝備|数据|數據|实验室|實驗室|科技|能源|软件|軟件|"
                          "生物|医疗|醫療|物流|动力|動力|系统|系統|网络|網絡|传媒|傳媒|资本|資本|食品|咖啡)?)")
# a body's name in Chinese characters of its own after its kind, before what it says or does
# (新創公司海風動力表示, 獨立樂團灰色碼頭宣布), general Chinese; not a word or a title there
# (公司今天表示, 公司發言人說)
ZH_NATIVE_FIRM_NAME = re.compile("(?:公司|樂團|乐团|樂隊|乐队|品牌)([\u4E00-\u9FFF]{3,6}?)"
                                 "(?=表示|宣布|指出|透露|發布|发布|稱|称|說|说|宣佈|證實|证实)")
# a village's or small town's name after the word for it (小村莊拜伯里, 海滨小镇兰迪德诺)
ZH_SETTLEMENT_NAME = re.compile(f"(?:小村莊|小村庄|村莊|村庄|小村|小鎮|小镇|城鎮|城镇|小城)([圣聖]?[{_TL}]{{2,6}})(?![{_TL}])")
# ... and after the words that make the name after them a place (位於黑措根奧拉赫, 城市德爾納, 出生於萊比錫,
# 移居巴特勒), where the name ends before 的, a direction or a unit (not 畢爾 + 包: 畢爾包)
_ZH_AFTER_PLACE = "的附以與与和并並後后時时北南東西东市州省縣县郡區区鎮镇港城人方部邊边側侧郊"
ZH_CUED_PLACE_NAME = re.compile(f"(?:位於|位于|城市|港市|首府|出生於|出生于|遷居|迁居|移居|飛往|飞往)"
                                f"([圣聖]?[{_TL}]{{2,6}})(?![{_TL}])(?![\u4E00-\u9FFF](?<![{_ZH_AFTER_PLACE}]))")
ZH_SETTLEMENT_WORDS = ("村", "鎮", "镇", "小城", "位於", "位于", "城市", "港市", "首府", "出生", "遷居", "迁居", "移居",
                       "飛往", "飞往")
# the same right after a known name, whose last character may be one of them (英格兰 +
# 多塞特郡): matched at the end of what the knowledge base covers
ZH_TL_NAMED_AFTER_NAME = re.compile(f"[{_TL}]" + _ZH_TL_NAMED_BODY)
# words that open with a transliteration character and often follow a name: the name
# ends before them (哈洛韦尔毕业于, 贝克尔加入, 亚当当选), general Chinese
ZH_WORDS_AFTER_NAME = ("毕业", "畢業", "加入", "提出", "提供", "提到", "提议", "提議", "提醒", "提交", "多次", "多年",
                       "达成", "達成", "达到", "達到",
                       "利用", "维持", "維持", "安排", "特别", "特別", "马上", "馬上", "基于", "基於", "当时", "當時",
                       "当选", "當選", "当年", "當年", "当天", "當天", "当地", "當地",
                       "梅开", "梅開",   # (梅开二度: "scored twice", sports news)
                       "夫人", "夫婦", "夫妇",   # (莫里夫人: Mrs Murray)
                       # (托尼因违反: "Toney, for breaching"; not 斯坦因, Stein)
                       "因为", "因為", "因此", "因而", "因故", "因病", "因伤", "因傷", "因违", "因違", "因涉", "因战",
                       "因戰", "因遭", "因被", "因其", "因挪", "因犯", "因贪", "因貪", "因酒", "因拒", "因欠",
                       "因调", "因調", "因操", "因获", "因獲", "因结", "因結",
                       # (a title after the name: 薩拉薩爾博士, 巴里爵士)
                       "博士", "爵士",
                       "赛后", "賽後", "赛前", "賽前",   # (波斯特科格卢赛后: "after the match")
                       "根据", "根據", "根本", "博物", "基因",   # (歐姬芙博物館: the museum named after her)
                       "大学", "大學", "理事", "理由", "各地", "各国", "各國", "延长", "延長", "武器", "武装", "武裝",
                       "文章", "文件", "文化", "南部", "南方", "南下", "可能", "可以", "哥哥", "定于", "定於", "定期",
                       "连续", "連續", "连任", "連任",
                       "本季", "本赛季", "本賽季", "本场", "本場", "本周", "本週", "本月", "本年")   # (凱恩本季: "Kane this season")
_TL_DOTTED_RUN = re.compile(f"[{_TL_DOTTED}]+")
_TL_DOTTED_SET = frozenset(_TL_DOTTED)


# a body named after a person: its kind and its word (誇梅·恩克魯瑪 + 科技大學, 林肯 + 小學)
ZH_NAMED_BODY = re.compile(f"(?:{'|'.join(_ZH_TL_KINDS)})?(?:{'|'.join(_ZH_TL_ORG_WORDS)})")
# what follows a town's name, not a person's: its port, or 的 and its institutions, trade or
# people (杜魯斯港口, 布盧明頓的印第安納大學, 瓦哈卡的旅遊業), general Chinese
ZH_PLACE_AFTER_NAME = re.compile("港口|的(?:[一-鿿]{0,8}?(?:大學|大学|醫院|医院|博物館|博物馆|機場|机场|港口)"
                                 "|旅遊業|旅游业|經濟|经济|居民|市民|市長|市长|市中心|郊區|郊区|人口)"
                                 # (科托爾副市長: the town's deputy mayor)
                                 "|副?市長|副?市长|市議會|市议会")


@lru_cache(maxsize=1)
def _zh_family_name_finder() -> re.Pattern | None:
    """The family names of the knowledge base's foreign people (kb.dotted_family_names) and
    the curated list of foreign family names (common_words().zh_foreign_surnames), written in
    transliteration characters only, as one pattern."""
    names = sorted(n for n in get_kb().dotted_family_names() | common_words().zh_foreign_surnames
                   if _TL_DOTTED_SET.issuperset(n))
    return re.compile(alternation(names, 0)) if names else None


def translit_run_start(text: str, i: int) -> int:
    """Where the transliteration characters (and dots between them) that end at ``i`` start."""
    s = i
    while s > 0 and (text[s - 1] in _TL_DOTTED_SET and text[s - 2:s] not in _ZH_WORDS_BEFORE_DOTTED
                     or text[s - 1] in _TRANSLIT_DOTS and s > 1 and text[s - 2] in _TL_DOTTED_SET):
        s -= 1
    return s


def translit_run_end(text: str, i: int) -> int:
    """Where the transliteration characters from ``i`` end, before a word that opens with
    the last of them (诺依曼毕业于: 诺依曼)."""
    m = _TL_DOTTED_RUN.match(text, i)
    if m is None:
        return i
    e = m.end()
    return e - 1 if e - i >= 2 and text.startswith(ZH_WORDS_AFTER_NAME, e - 1) else e


_DOTS = re.compile("[·•・‧]")


def translit_names(text: str) -> list[tuple[int, int]]:
    """Spans of foreign names written with middle dots in Chinese (唐纳德·特朗普)."""
    spans = []
    for m in TRANSLIT_NAME.finditer(text):
        s, e = m.span()
        parts = _DOTS.split(m.group())
        if any(p[0] not in _TL_ANY_SET for p in parts[1:]) \
                and not (2 <= len(parts[0]) <= 4 and all(2 <= len(p) <= 5 for p in parts[1:])):
            continue   # (a part that opens with a character no list has: names of the usual lengths only,
            # not the pieces of longer runs, 安東尼·高 of 安東尼·高第, 曼·吐尔逊 of 阿不都热合曼·吐尔逊)
        if text.startswith(ZH_WORDS_AFTER_NAME, e - 1) and text[e - 3] not in _TRANSLIT_DOTS:
            e -= 1
        if s and text[s - 1] == "理" and text.startswith("查", s) and (s < 2 or text[s - 2] not in _ZH_BEFORE_LI):
            s -= 1   # 理查德, Richard (not 經理 + 查德: a manager, then Chad)
        elif s and text[s - 1:s + 1] in _ZH_WORDS_BEFORE_DOTTED:
            s += 1
        spans.append((s, e))
    return spans


# characters before 理 that make it a word's end (經理 "manager", 受理 "accept", 總理 "premier")
_ZH_BEFORE_LI = frozenset("經经總总助代協协管處处受辦办清治修整料道")


# a transliterated name followed by its Latin spelling in brackets
NAME_GLOSS = re.compile(
    f"((?:[{_TL_OPEN}]|{_TL_OPEN_PAIRS})[{_TL_ANY}]{{0,7}}(?:[·・][{_TL_ANY}]{{1,8}})+|[{_TL}]{{2,8}}"
    f"|[\u30A1-\u30FA\u30FC・]{{2,20}})[（(]([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ.\\-'’ ]{{1,40}}?)[）),，、]")
KATAKANA_DOT_NAME = re.compile(   # (= a run of 2+ Katakana: matches start and end at run edges)
    r"[\u30A1-\u30FA\u30FC](?<![\u30A1-\u30FA\u30FC][\s\S])[\u30A1-\u30FA\u30FC]+(?:[・＝=](?:[A-Z]\.?|[\u30A1-\u30FA\u30FC]{2,}"
    r"|[ドデダザルラ](?=[・＝=])))*[・＝=][\u30A1-\u30FA\u30FC]{2,}")   # (シャルル＝モーリス・ド・タレーラン: a particle of one;
                                                                       # エコー・アンド・ザ・バニーメン, ホテル・ル・ブリストル)
# first parts of dotted Katakana names of places (Bad, Port, Fort, Mount, Sankt)
KATAKANA_LOC_OPENERS = ("バート・", "ポート・", "フォート・", "マウント・", "サンクト・", "グレーター・",
                        # hotels, theatres and palaces by their own language's word (ホテル・ル・ブリストル,
                        # テアトロ・コロン, パラッツォ・ヴェッキオ)
                        "ホテル・", "テアトロ・", "パラッツォ・")
# last parts of dotted Katakana names of places/facilities rather than people
KATAKANA_LOC_ENDS = ("タワー", "スタジアム", "シュタディオン", "シュターディオン", "ホール", "センター", "パーク", "ホテル",
                     "ブリッジ", "ハウス", "ストリート", "アベニュー", "ガーデン", "スクエア", "アリーナ", "ステーション", "ビル",
                     "ハーバー", "モスク", "シアター", "ギャラリー", "カテドラル", "ムゼウム", "ミュージアム", "ヴェロドローム")
KATAKANA_ORG_WORDS = ("エレクトリック", "アソシエイツ", "シンジケート", "カンパニー", "ユナイテッド", "シティ", "インターナショナル",
                      "コーポレーション", "エンタテインメント", "エンターテインメント", "レコード", "レコーズ",
                      "プロダクション", "スタジオ", "カップ", "プロ", "ブランド")
# sports and arts written before 選手 or 監督 in kanji (自転車選手, 陸上競技選手), general Japanese
JA_KANJI_SPORTS = frozenset("""自転車 陸上競技 競輪 競泳 水泳 柔道 剣道 空手 体操 卓球 野球 相撲 競馬 射撃 馬術 弓道
重量挙 新体操 飛込 競歩 映画 舞台 美術 音楽 演出""".split())
# kinds of body written before a katakana name without a particle (バンドノルディック・ライツ)
JA_KATAKANA_KINDS = ("バンド", "グループ", "ユニット", "レーベル", "チーム", "クラブ")
# the Latin letters' names in katakana (ディー, エヌ, エー): initials spelled out, no person
KATAKANA_LETTERS = frozenset("""エー エイ ビー シー ディー ディ イー エフ ジー エイチ エッチ アイ ジェー ジェイ ケー ケイ
エル エム エヌ オー ピー キュー アール エス ティー ティ ユー ブイ ヴィー ダブリュー エックス ワイ ゼット ゼッド""".split())
# Chinese: the last words of the names of facilities and landforms that a place or a
# person heads (广州白云国际机场, 吐鲁番盆地, 雷纳托·库里体育场) and of administrative
# units inside a place (四川省 甘孜藏族自治州), general Chinese
ZH_LOC_ENDINGS = ("国际机场", "國際機場", "机场", "機場", "火车站", "火車站", "高铁站", "高鐵站", "大桥", "大橋",
                  "盆地", "高原", "平原", "山脉", "山脈", "半岛", "半島", "群岛", "群島", "沙漠", "草原", "水库", "水庫",
                  "大坝", "大壩", "体育场", "體育場", "体育馆", "體育館", "大剧院", "大劇院", "纪念馆", "紀念館",
                  "广场", "廣場", "公园", "公園", "新区", "新區", "开发区",
                  "開發區", "自治州", "自治县", "自治縣", "自治区", "自治區", "自治旗", "大教堂", "教堂", "城堡",
                  "古城", "遗址", "遺址", "保护区", "保護區", "国家公园", "國家公園", "大街", "街", "市政厅", "市政廳",
                  "共和国", "共和國", "线", "線",   # (东涌线: a railway line named after its town)
                  # grounds, islands and forts (台南棒球場, 科西嘉島, 君士坦丁堡), rivers and lakes named
                  # after a place (巴拉那河, 馬拉威湖)
                  "球场", "球場", "岛", "島", "堡", "河", "湖", "江",
                  # power stations, space centres and avenues named after a person or a place
                  # (安東尼奧·吉特拉斯熱電廠, 薩蒂什·達萬太空中心, 羅貢水電站, 魯斯塔韋利大道)
                  "水电站", "水電站", "热电厂", "熱電廠", "发电厂", "發電廠", "电厂", "電廠", "太空中心", "航天中心",
                  "大道",
                  # theatres and domes (史蒂夫·賈伯斯劇院, 臺北大巨蛋), stations and hotels (哈爾濱車站,
                  # 圓山大飯店)
                  "剧院", "劇院", "巨蛋", "车站", "車站", "大饭店", "大飯店")
CJK_ORG_SUFFIXES = ("株式会社", "有限公司", "公司", "集团", "集團", "グループ", "ホールディングス",
                    "銀行", "银行", "大学", "大學", "研究所", "研究院", "委员会", "委員会", "協会",
                    "协会", "証券", "证券", "财团", "財団", "社")


# what makes a foreign name a body's or a place's: the words after it (鮑爾銀行, 傑克遜郡,
# 林肯市), or 的 and a town's people or institutions (ZH_PLACE_AFTER_NAME)
_ZH_NOT_PERSON_AFTER = re.compile(f"(?:{'|'.join(_ZH_TL_KINDS)})?(?:{'|'.join(_ZH_TL_ORG_WORDS)})"
                                  f"|(?:{'|'.join(_ZH_TL_PLACE_KINDS)})?(?:{'|'.join(_ZH_TL_PLACE_WORDS)})|[市港城]")
# ... or, a few characters on with no particle between, a prize's, a firm's or a place's word:
# something named after the person (諾貝爾物理學獎, 鮑德溫鋼琴公司, 布萊恩聯邦監獄), general Chinese
_ZH_NAMED_AFTER = re.compile(f"(?:[\u4E00-\u9FFF](?<![{_ZH_PARTICLES}]))" + "{0,5}?(?:[獎奖]|事務所|事务所|監獄|监狱|"
                             + "|".join(w for w in CJK_ORG_SUFFIXES + ZH_LOC_ENDINGS if len(w) > 1) + ")")
# what stands before and after a name of two characters (a clause's edge, a particle, a
# title; a verb of saying, a week's day, the person's government or camp) where most such
# runs are pieces of longer words (泽仁拉姆, 开伯尔, 格林代爾縣), general Chinese
_ZH_EDGE_BEFORE = frozenset(_ZH_BEFORE_NAME + "據据與与和及")
_ZH_WORDS_BEFORE = ZH_TITLES_BEFORE + ("國務卿", "国务卿", "前任", "接替")
_ZH_EDGE_AFTER = frozenset(_ZH_AFTER_NAME_CHARS + "的了，。、；：」』”）() \n均")
_ZH_WORDS_AFTER = ZH_SAYS + ("政府", "陣營", "阵营", "政權", "政权", "任內", "任内", "時代", "时代", "父子", "夫婦",
                             "夫妇", "家族", "本人", "隨後", "随后")
# a person's lead or care after 在 (在施密特的帶領下, "under Schmidt's lead"), general Chinese
_ZH_LED_BY = ("的帶領", "的带领", "的領導", "的领导", "的指導", "的指导", "的主持", "的推動", "的推动", "的任內", "的任内")
# weekdays and weeks after a name (鮑爾週二表示): no part of it, general Chinese
_ZH_WEEKDAY = re.compile("[週周](?:[一二三四五六日末]|內|内)|星期")
_TL_ANY_SET = frozenset(_TL_ANY + "-")


def zh_family_names_alone(text: str, covered: bytearray, out: list) -> None:
    """A known foreign person's family name standing alone, as the Chinese press calls
    someone it has named in full (國務卿鮑爾則, 與梅克爾會談, 布希政府): a person, unless
    something named after the person follows or a preposition of place stands before it
    (在林肯). Only names the knowledge base holds (kb.dotted_family_names), or unknown ones
    of two characters after a preposition (據史坦的), and of two characters only between a
    clause's edges: most runs of transliteration characters are pieces of longer names or
    everyday words."""
    if (finder := _zh_family_name_finder()) is None:
        return
    listed_names = common_words().zh_foreign_surnames
    n = len(text)
    known = [m.span() for m in finder.finditer(text)]
    # (and unknown names of two transliteration characters between a preposition and a
    # clause's edge: 據史坦的, 對希斯的, 由哈特主持)
    unknown = [m.span(1) for m in _ZH_PAIR_AFTER_PREPOSITION.finditer(text)]
    for s, e in sorted(set(known + unknown)) if unknown else known:
        before, after = text[s - 1] if s else "\n", text[e] if e < n else "\n"
        if before in _TL_ANY_SET or before in _TRANSLIT_DOTS or before in "聖圣" or after in _TRANSLIT_DOTS \
                or after in _TL_ANY_SET and not text.startswith(ZH_WORDS_AFTER_NAME, e):
            continue   # (inside a longer name: 鮑爾斯, 阿卜杜勒, 安東尼·高第; a saint's: 聖維特)
        strong_before = before in _ZH_EDGE_BEFORE or text.endswith(_ZH_WORDS_BEFORE, 0, s)
        strong_after = after in _ZH_EDGE_AFTER or text.startswith(_ZH_WORDS_AFTER, e) or _ZH_WEEKDAY.match(text, e)
        # (a name of two characters needs both edges, unless the curated list of family names holds
        # it: 黎曼1854年, 與海斯會面 then need one, as longer names do)
        listed = text[s:e] in listed_names
        if not (strong_before and strong_after if e - s == 2 and not listed
                else strong_before or strong_after or listed and after.isdigit()):
            continue
        if any(covered[s:e]) or _ZH_NOT_PERSON_AFTER.match(text, e) or ZH_PLACE_AFTER_NAME.match(text, e) \
                or _ZH_NAMED_AFTER.match(text, e) \
                or before in "在於于到赴抵往自" and not text.startswith(ZH_SAYS + _ZH_LED_BY, e) \
                or any(c.start < e and s < c.end for c in out):   # (another rule's reading stands)
            continue
        out.append(Candidate(s, e, text[s:e], "ORG" if text.startswith(ZH_CLUB_ROLES, e) else "PER"))


def zh_listed_people(text: str, covered: bytearray, out: list) -> None:
    """A transliterated name listed right after a person's (呂特、范德賴恩與柯斯塔, 賀錦麗、華茲及):
    another person, as the first is a known one (``covered`` 2) or another rule's."""
    for m in _ZH_LISTED_AFTER_JOINER.finditer(text) if any(j in text for j in "、與与和及") else ():
        j = m.start()
        s, e = m.span(1)
        after = text[e] if e < len(text) else "\n"
        if not (covered[j - 1] == 2 or any(c.end == j and c.type == "PER" for c in out)) or any(covered[s:e]) \
                or not (after in _ZH_LISTED_NAME_ENDS or not "\u4E00" <= after <= "\u9FFF"
                        or text.startswith(_ZH_WORDS_AFTER, e) or _ZH_WEEKDAY.match(text, e)) \
                or any(c.start < e and s < c.end for c in out) or _ZH_NOT_PERSON_AFTER.match(text, e) \
                or ZH_PLACE_AFTER_NAME.match(text, e) or _ZH_NAMED_AFTER.match(text, e):
            continue   # (施密特和卡瓦略: a longer name; 梅克爾與巴黎的: a place)
        out.append(Candidate(s, e, text[s:e], "PER"))


# what ends a listed name: the edges after a subject, the next joiner, 兩人 ("the two"), 之間
_ZH_LISTED_NAME_ENDS = _ZH_EDGE_AFTER | frozenset("及兩两之")
# a joiner of a list, then two to five transliteration characters
_ZH_LISTED_AFTER_JOINER = re.compile(f"[、與与和及](?<=[^、與与和及][、與与和及])([{_TL}]{{2,5}})(?![{_TL_DOTTED}·•・‧])")


# two transliteration characters alone after a preposition that a person's name follows
# (據, 與, 對, 向, 由, 被; not 和: and a town, and a firm), general Chinese
_ZH_PAIR_AFTER_PREPOSITION = re.compile(f"[據据與与對对向由被]([{_TL}]{{2}})(?![{_TL_DOTTED}])")


# A Latin-script run inside non-Latin text.
_LL = "A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ"   # Latin letters, with accents (Günter, Dündar)
# (Each pattern below that may start anywhere opens with a character class, and checks
# the character before it with a lookbehind placed after that class: a pattern that opens
# with a class lets the regex engine skip straight to the characters that can start a
# match, while one that opens with a lookaround is tried at every position of the text.)
_LATIN_RUN_CHAR = rf"[{_LL}0-9.\-&+']"
LATIN_RUN = re.compile(  # the first word must hold a capital: names do, numbers and "e-mail" do not
    # = (?<![{_LL}0-9])(?={_LATIN_RUN_CHAR}*[A-ZÀ-ÖØ-Þ])[{_LL}0-9]...
    rf"[{_LL}0-9](?<![{_LL}0-9][\s\S])(?:(?<=[A-ZÀ-ÖØ-Þ])|(?={_LATIN_RUN_CHAR}*[A-ZÀ-ÖØ-Þ]))"
    rf"{_LATIN_RUN_CHAR}*(?: [{_LL}0-9]{_LATIN_RUN_CHAR}*){{0,4}}")
WORD = re.compile(r"[^\W\d_][\w’'\-]*(?<![’'\-])")
SENT_END = set(".!?:;\"“”„«»()[]\n\r\t|•·–—…")
_UPPER = "".join(re.escape(c) for c in map(chr, range(0x20, 0x3000)) if c.isupper() and len(c) == 1)
# (as a tree of shared prefixes: tried after every capitalised word, where a flat
# alternation of the 58 words tests each in turn)
_CONN = alternation((c for c in CONNECTORS | NAME_LINKS if c.isalpha()), 0)
# (and in Cyrillic, as Russian and Ukrainian write it: Мухаммед Шиа ас-Судани, аль-Асад)
_ARABIC_ARTICLES = "al|el|as|ash|ad|an|ar|at|az|ath|adh|ud|ul|аль|ал|ас|аш|ад|ан|ар|ат|аз|эль|ель"
# a run of capitalised words, possibly joined by connectors ("Bank of America")
# (or by an elided d' / dell' glued to the next name: "Pomigliano d'Arco", "Valle d'Aosta")
_ELIDED = "(?:d|dell)['’]"
# (and across a middle initial or a saint's title: "Ernst R. Hauschka", "Michael J. Fox",
# "Pfarrkirche St. Vitus"; and across a Dutch or German two-word particle: "Anne van der Meulen")
CAP_RUN = re.compile(rf"[{_UPPER}](?<![\w][\s\S])[\w’'\-]*(?:[ \u00a0](?:(?:{_CONN})[ \u00a0]|v[ao]n[ \u00a0]de[nrm][ \u00a0](?=[{_UPPER}][a-zß-ÿ]{{2}})|{_ELIDED}|(?:{_ARABIC_ARTICLES})-|"
                     rf"(?:[{_UPPER}]|St)\.[ \u00a0](?=[{_UPPER}][^\W\d_]))?[{_UPPER}][\w’'\-]*)*")
ELIDED_NAME = re.compile(_ELIDED + r"[^\W\d_]")   # d'Arco: a connector glued to a name
# Arabic's article, assimilated or not, hyphened to the last name of a person's name in
# Latin letters (Mohammed Shia al-Sudani, Abd al-Aziz, Hassan an-Nasr)
ARABIC_ARTICLE_NAME = re.compile(rf"(?:{_ARABIC_ARTICLES})-[A-ZÀ-ÞА-ЯЁІЇЄҐ]")
# an elided article or preposition glued to the next word in French, Italian and Catalan,
# at a sentence start with a capital (L'Università, Dell'Agenzia, L'entreprise); not D',
# which opens family names (D'Alema, D'Annunzio)
ELIDING_LANGS = frozenset(("fr", "it", "ca"))
_ELISION = re.compile(r"(?:L|Dell|All|Nell|Sull|Dall|Un|Qu|J|N|S|C)['’](?=[^\W\d_])")


def _elision_at(word: str) -> int:
    """Where the word after an elided article starts in ``word`` (0: none)."""
    m = _ELISION.match(word)
    return m.end() if m else 0
# role words that stand before a title (代表取締役会長, 名誉教授): never part of a name
CJK_ROLE_WORDS = ("取締役", "代表", "名誉", "初代", "理事", "執行", "専務", "常務", "副", "委員", "議員", "董事",
                  "主席", "總裁", "总裁", "部長", "部长", "役員", "社員", "取締役会")
JA_TITLES = tuple(sorted(CJK_PER_TITLES + JA_WEAK_TITLES, key=len, reverse=True))
CJK_TITLE = re.compile(alternation(JA_TITLES, 0))   # (as a tree of shared prefixes: the same matches, faster)


_ZH_HONORARY = ("榮譽", "荣誉", "名譽", "名誉")


def is_cjk_name_char(c: str) -> bool:
    """A character of a Chinese or Japanese name: Han, katakana, the long-vowel mark, ・."""
    return "\u4E00" <= c <= "\u9FFF" or "\u30A1" <= c <= "\u30FA" or c == "\u30FC" or c == "・"


# Japanese: kanji/katakana compounds are delimited by hiragana and punctuation, so a
# compound that ends in an organisation or place word is a name of that kind.
JA_ORG_WORDS = ("株式会社", "有限会社", "銀行", "大学", "高校", "高等学校", "中学校", "小学校", "学園", "学院",
                "研究所", "研究センター", "機構", "協会", "連盟", "連合", "組合", "財団", "委員会", "省", "庁",
                "製紙", "製鉄", "製薬", "電機", "電気", "電力", "鉄道", "電鉄", "航空", "放送", "新聞", "新聞社",
                "出版", "証券", "保険", "商事", "物産", "工業", "重工", "自動車", "建設", "不動産", "食品", "化学",
                "グループ", "ホールディングス", "劇団", "楽団", "球団", "党", "軍", "幕府",
                # firms by their trade, feudal domains, bodies, schools and works teams
                # (大井川鐵道, 佐渡汽船, 二階堂酒造, 米子信用金庫, 米沢藩, 台湾総督府, 兵庫県警,
                # 四国電力陸上部), general Japanese
                "鐵道", "交通", "汽船", "酒造", "紡績", "運輸", "信用金庫", "信用組合", "藩", "内閣", "議会",
                "総督府", "奉行所", "県警", "県警察", "美術院", "師範学校", "高等専門学校", "専門学校", "小中学校", "学校", "陸上部", "野球部",
                "ラグビー部", "サッカー部", "スキー部", "陸上競技部", "蹴球部", "競走部", "政党",
                # more clubs by their sport (日紡貝塚バレーボール部, 白樺学園高校アイスホッケー部), and
                # councils of towns and of temples (長野県町村会, 京都仏教会)
                "バレーボール部", "アイスホッケー部", "バスケットボール部", "ハンドボール部", "ソフトボール部",
                "ホッケー部", "テニス部", "卓球部", "柔道部", "剣道部", "水泳部", "相撲部", "駅伝部", "ボート部",
                "山岳部", "吹奏楽部", "町村会", "仏教会",
                "興業", "商会", "工務店", "製菓", "精工", "電工", "運送", "百貨店", "書店", "醸造", "リース",
                # federations and councils of bodies, and textile makers (日本生活協同組合連合会,
                # トヨタ紡織); firms by their trade (丸高産業, 松浦水産: not 観光産業, a kind, below);
                # a country's embassies and consulates (在日フランス大使館)
                "連合会", "協議会", "紡織", "産業", "水産", "大使館", "総領事館", "領事館", "造船",
                # Buddhist schools and their branches (曹洞宗, 臨済宗妙心寺派; not 右派, 主流派: below)
                "宗", "派",
                # offices of historical governments (京都所司代, 琉球王府, 九州探題)
                "所司代", "王府", "探題",
                # military units (第2師団, 歩兵第21連隊, 第343海軍航空隊, 近衛師団)
                "師団", "旅団", "連隊", "大隊", "航空隊", "飛行隊", "戦隊",
                # governments (明治政府, 臨時政府: not 府, a prefecture), newspapers (北羽新報) and
                # the old prefectural and city assemblies (高知県会, 京都府会, 大垣市会)
                "政府", "新報", "県会", "府会", "市会",
                # courts, offices, public corporations, associations and publishers
                # (東京地方裁判所, 八王子市役所, 日本医師会, 日本物理学会, 筑摩書房), general Japanese
                "裁判所", "地裁", "高裁", "地検", "検察庁", "税務署", "役所", "役場", "県庁", "公社", "公団",
                "事業団", "公庫", "農協", "漁協", "生協", "商工会", "商工会議所", "医師会", "弁護士会",
                "工業会", "審議会", "研究会", "学会", "振興会", "合唱団", "少年団", "教団", "書房", "事務所", "商店",
                # a state's bureaus, public corporations, ironworks and parliaments (中部地方整備局,
                # 連邦航空局, 沖縄総合事務局, 帝都高速度交通営団, 八幡製鐵所, 大韓民国国会)
                "整備局", "航空局", "事務局", "運輸局", "財務局", "農政局", "管理局", "統計局", "営団", "製鐵所",
                "製鉄所", "国会",
                # chambers, fleets and naval districts (代議院, 連合艦隊, 佐世保鎮守府)
                "議院", "艦隊", "鎮守府",
                # more trades, of _JA_TRADE_WORDS below (第一生命, 村田精機, 出光興産)
                "生命", "電子", "通信", "開発", "石油", "観光", "機械", "技研", "精機", "化成", "鉱業",
                "物流", "興産",
                # makers of sugar, dairy, flour and oil (宮古製糖, 雪印乳業, 日清製粉, 日清製油)
                "製糖", "乳業", "製粉", "製油",
                # sumo stables (宮城野部屋; not 子供部屋, "a child's room": _JA_TRADE_WORDS)
                "部屋",
                # works, light railways, alliances, mountaineering clubs and land-improvement districts
                # (安藤刃物製作所, 湯ノ沢軌道, 国民同盟, 早池峰山岳会, 北秋田土地改良区)
                "製作所", "軌道", "同盟", "山岳会", "土地改良区",
                # police and fire stations, weather offices and customs (花巻警察署, 鹿児島地方気象台,
                # 名古屋税関), general Japanese
                "警察署", "消防署", "消防本部", "気象台", "地方気象台", "税関",
                # a court's or a party's branch (静岡地裁浜松支部, 自民党熊本県支部)
                "支部")
JA_ORG_WORD_SET = frozenset(JA_ORG_WORDS)
# words that make an organisation word a kind, not a name: 大手銀行 "major banks", 地方銀行
# "regional banks", 外資系企業 "foreign companies" (general Japanese, not from any test set)
JA_GENERIC_MODIFIERS = frozenset("""大手 中堅 中小 地方 地元 国内 海外 外資 外資系 民間 主要 全国 各 同 新興 日系 米系
欧州系 中国系 外国 政府系 国営 公営 市中 都市 信託 ネット 有力 老舗 準大手 最大手 大型 地域 各地 複数
研究 農業 工業 商業 ラジオ テレビ 公立 県立 府立 都立 市立 私立 国立 硬式 軟式 女子 男子 洋式 和式
特別 常任 実行 調査 諮問 専門 第三者 総合 市民 郷土 屋内 屋外 野外
原子力 火力 水力 風力 地熱 太陽光 揚水 第三セクター 独立リーグ アイドル""".split())
# how a power station makes power, and what may stand before that in a kind of one (洋上風力発電所
# "an offshore wind farm"; 島根原子力発電所 is one), general Japanese
_JA_POWER_KINDS = ("原子力", "火力", "水力", "風力", "地熱", "太陽光", "揚水", "石炭火力", "ガス火力")
_JA_POWER_PLANT_KINDS = JA_GENERIC_MODIFIERS | {"", "洋上", "陸上", "大型", "小型", "新", "既存", "商業用", "浮体式"}
# (特別委員会, 第三者委員会: kinds of committee; 総合体育館, 市民球場, 郷土資料館: of facility)
# words in 社 that name no company: offices, shrines, "joining the firm", "each firm",
# kinds of firm (通信社 "news agency", 出版社 "publisher"; general Japanese)
JA_SHA_WORDS = tuple("""本社 支社 商社 会社 神社 入社 退社 出社 帰社 各社 同社 他社 自社 全社 弊社 当社 貴社 御社 結社
出版社 通信社 旅行社 広告社 新聞社 雑誌社 両社 数社 大社 寺社""".split())
_JA_MODIFIER_TUPLE = tuple(sorted(JA_GENERIC_MODIFIERS))
# one-character names of countries Japanese news writes before a title or a place
# (米大統領, 英首相, 独フォルクスワーゲン), general knowledge
JA_COUNTRY_ABBREVIATIONS = {"米": "country-us", "英": "country-gb", "独": "country-de", "仏": "country-fr",
                            "中": "country-cn", "韓": "country-kr", "露": "country-ru", "伊": "country-it",
                            "加": "country-ca", "豪": "country-au", "印": "country-in", "台": "country-tw"}
JA_LOC_WORDS = ("県", "府", "市", "町", "村", "郡", "区", "駅", "空港", "港", "城", "神社", "寺", "公園", "島", "州",
                # landforms and sights (揖斐川, 鳥海山, 唐松岳, 八郎潟, 下北半島, 蔦温泉, 足尾銅山)
                "川", "山", "岳", "湖", "沼", "潟", "半島", "岬", "峠", "温泉", "渓流", "渓谷", "湿原", "灯台",
                "遺跡", "銅山", "天文台", "美術館", "博物館", "記念館", "高原", "海岸", "砂丘", "大社", "神宮",
                # (白神山地, 飛騨山脈, 隠岐諸島, 津軽海峡, 奈良盆地, 濃尾平野)
                "山地", "山脈", "諸島", "列島", "海峡", "盆地", "平野", "台地", "丘陵", "連峰",
                # states by their form (ヴュルテンベルク王国, モナコ公国; countries are places)
                "王国", "帝国", "公国", "共和国",
                # facilities by their kind (三浦郷土資料館, 旭山動物園, 月見ヶ丘団地, 三条大橋)
                "資料館", "動物園", "植物園", "水族館", "図書館", "体育館", "競技場", "球場", "団地", "大橋",
                # power stations (島根原子力発電所, 泊発電所; not 原子力発電所 alone: a kind, below)
                "発電所",
                # mounds, weirs, silk mills and castles' ruins (大仙陵古墳, 山田堰, 富岡製糸場, 春日山城跡),
                # concessions, prisons, shipyards and shrines (上海フランス租界, 府中刑務所, グダニスク造船所,
                # 篠村八幡宮)
                "古墳", "堰", "製糸場", "城跡", "租界", "刑務所", "拘置所", "造船所", "八幡宮", "天満宮",
                # grounds and theatres (ニッパツ三ツ沢球技場, ミンスコフ劇場), a firm's works, garrisons
                # and sports grounds (笠戸事業所, 東千歳駐屯地, 秩父宮ラグビー場)
                "球技場", "劇場", "事業所", "駐屯地", "基地", "ラグビー場", "サッカー場", "陸上競技場",
                # dams, tunnels, roads and their junctions, locks, works, campuses, gardens and streets
                # (鷺沢ダム, 大町トンネル, 東名高速道路, 小牧インターチェンジ, ココリ閘門, 高岡工場,
                # 湘南藤沢キャンパス, 行幸通り)
                "ダム", "トンネル", "高速道路", "自動車道", "インターチェンジ", "ジャンクション", "閘門", "沈下橋",
                "工場", "キャンパス", "庭園", "通り", "テレビ塔",
                # airfields, ski slopes, racecourses, golf courses, halls and bridges (調布飛行場,
                # 蔵王温泉スキー場, 大井競馬場, 日比谷公会堂, 宮前橋)
                "飛行場", "スキー場", "競馬場", "競輪場", "競艇場", "ゴルフ場", "公会堂", "会館", "公民館", "橋",
                # railway lines (予讃線, 北陸新幹線, 阪神本線; not 国際線, 路線: kinds of line, below)
                "線")
JA_NOT_NAMES = frozenset("""球技場 劇場 専用劇場 小劇場 大劇場 野外劇場 常設劇場 所属事務所 古書店 事務局 国会 製鉄所 一軍 二軍 三軍 藩庁 古墳 城跡 製糸場 租界 刑務所 拘置所 造船所 八幡宮
天満宮 十字軍 第一党 第二党 連立内閣 議院 艦隊 鎮守府 都市 大都市 地区 選挙区 半島 列島 市町村 町村 農村 漁村 城下町 本社 会社 子会社 親会社 支社
新聞社 出版社 商社 各社 同社 当社 自社 他社 全社 神社 寺 大学 高校 同大学 各省 同省 政党 与党 野党 両党 同党 各党 空港
公園 駅 港 島 州 各県 同県 全県 各市 同市 全市 本州 同町 同村 軍 陸軍 海軍 空軍 米軍 国軍 自衛隊 大学院 各大学
活火山 休火山 海底火山 一級河川 二級河川 人造湖 天然温泉 博物館 美術館 雄藩 諸藩 公共交通 地方議会 市議会 県議会
町議会 村議会 記念館 天文台 灯台 温泉 遺跡 銅山 高原 海岸 砂丘 山地 山脈 諸島 海峡 盆地 平野 台地 丘陵 連峰
王国 帝国 公国 共和国 大帝国 連邦共和国 人民共和国 消費電力
資料館 動物園 植物園 水族館 図書館 体育館 競技場 球場 野球場 団地 大橋 農林水産 発電所 無人駅 軍事同盟
銅鉱山 金鉱山 銀鉱山 鉄鉱山 炭鉱山 鉱山
中央銀行 労働組合 協同組合 生産組合 観光協会 商工会議所 尋常小学校 国民学校 ハブ空港 プロ野球球団
飛行場 スキー場 競馬場 競輪場 競艇場 ゴルフ場 公会堂 会館 公民館 鉄橋 陸橋 歩道橋 桟橋 石橋 架橋 大鉄橋
大本山 総本山 本山 別院 秘境駅 無人駅 始発駅 終着駅
機甲師団 歩兵師団 戦車師団 歩兵旅団 歩兵連隊 騎兵連隊 砲兵連隊 戦車連隊 普通科連隊 歩兵大隊 戦車大隊 海軍航空隊 陸軍航空隊
結党 解党 離党 入党 脱党 復党 立党 建党 悪党 徒党 菩提寺 檀那寺 氏寺 末寺 門前町 宿場町 港町 寺内町
地方裁判所 高等裁判所 家庭裁判所 簡易裁判所 市役所 区役所 町役場 村役場 法律事務所 設計事務所 会計事務所
特許事務所 芸能事務所 個人事務所 選挙事務所 国際学会 ターミナル駅 人工島 平山城 平城 山城 水城 海城
事業所 駐屯地 基地 軍事基地 空軍基地 海軍基地 米軍基地 ラグビー場 サッカー場 陸上競技場
ダム 多目的ダム 重力式ダム トンネル 高速道路 自動車道 インターチェンジ ジャンクション 閘門 沈下橋 工場 新工場
本社工場 主力工場 自動車工場 組立工場 キャンパス 庭園 日本庭園 通り 大通り テレビ塔""".split())
# legal forms written before a Japanese body's name (株式会社メルカリ, 独立行政法人国際協力機構)
JA_LEGAL_FORMS = ("株式会社", "有限会社", "合同会社", "独立行政法人", "一般社団法人", "公益社団法人", "一般財団法人",
                  "公益財団法人", "社会福祉法人", "学校法人", "医療法人", "特定非営利活動法人", "NPO法人",
                  "社団法人", "財団法人", "宗教法人")   # (the last: before 2008's reform, and religious bodies)
JA_COMPANY_PREFIX = re.compile("(?:" + "|".join(JA_LEGAL_FORMS) + ")"
                               r"[\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9・&]{1,16}")
# ... with a name in hiragana, with or without a trade's kanji after it, up to a particle
# (株式会社やまぶきは, 株式会社みなと製菓, 有限会社こまち堂)
JA_COMPANY_PREFIX_KANA = re.compile("(?:" + "|".join(JA_LEGAL_FORMS) + ")"
                                    # (a trade after the name may hold katakana: こだま + 観光バス)
                                    r"([\u3041-\u3096ー]{2,8})"
                                    r"([\u4E00-\u9FFF]{0,8}(?:(?<=[\u4E00-\u9FFF])[\u30A1-\u30FAー]{1,6})?)"
                                    r"(?=[はがのをにとでへもや、。（(「」]|$)")
_JA_AFTER_SOCIETY = frozenset("はがのをにとでへもや、。（(「」")
# what a hiragana run after a legal form is when it is no name: particles and their phrases
_JA_NOT_KANA_NAMES = frozenset("""とは では には として について から まで など より による において にて でも""".split())
# a hiragana name before a bank's or a trade's word, opening a sentence or a clause (さくら信用金庫は,
# 三河みどり信用組合は: not 設立された地方銀行, 多くの銀行, whose hiragana is grammar)
# (found by its last word, then read back in Python: the words are rare, the kana everywhere)
JA_KANA_NAMED_BODY_END = re.compile(r"(?:信用金庫|信用組合|銀行|製菓|製粉|製糖|乳業|食品|書店|商店|酒造|醸造|交通|汽船)"
                                    r"(?=[はがのをにとでへもや、。（(「」]|$)")
_JA_KANA_NAME_BEFORE = re.compile(r"(?:^|[、。「」（(\s])([\u4E00-\u9FFF]{0,3}[\u3041-\u3096]{2,6}[\u4E00-\u9FFF]{0,4})\Z")
_JA_PARTICLE_CHARS = frozenset("はがのをにとでへもや")   # (after a name in hiragana: its end)
# words glued after a body's name that are none of it (エムアール社所属の歌手, 株式会社X社長)
JA_AFTER_BODY = tuple(sorted(("所属", "傘下", "出身", "在籍", "本社", "社長", "会長", "代表", "役員", "社員"), key=len,
                             reverse=True))
# a team's nickname after its town's name: katakana that ends like an English plural (練馬ベアーズ)
# (the nickname found first, after a kanji: katakana are fewer than kanji; its town read back in Python)
_JA_TEAM_TOWN_UNITS = ("市", "区", "町", "県", "国")   # (a team's town written without its unit)
JA_TOWN_TEAM = re.compile(r"[\u30A1-\u30FA](?<=[\u4E00-\u9FFF].)[\u30A1-\u30FA\u30FC]{2,}[ズス](?![\u30A1-\u30FA\u30FC])")
# a katakana word after の, と or a comma, before what only follows a place: born there, a head
# office there (ドイツのウルムで生まれ, スイスのヴヴェイに本社を置く), general Japanese
JA_KATAKANA_PLACE = re.compile(r"([\u30A1-\u30FA](?<=[のと、].)[\u30A1-\u30FA\u30FC]+)\Z")
# (found by what follows it, then read back: those words are rarer than katakana)
_JA_AFTER_A_PLACE = re.compile(r"[でにへ](?<=[\u30A1-\u30FA\u30FC].)(?:(?<=で)(?:生まれ|育|死去|亡くな)|(?<=に)(?:本社|本部|ある|所在|移住|住)"
                               r"|(?<=へ)移住)")
# katakana words of that shape that name no team: events, services, trades (日本シリーズ, 東京ニュース)
JA_NOT_TEAMS = frozenset("""シリーズ ゲームズ ニュース サービス ビジネス スペース オフィス バス クラス ハウス プレス
エクスプレス ツアーズ""".split())
# a football club by FC before or after its town's or its own name (FC今治, 白鷺シティFC)
JA_FC_CLUB = re.compile(r"FC(?<![A-Za-z].{2})[\u4E00-\u9FFF\u30A1-\u30FA\u30FC]{2,8}(?![\u4E00-\u9FFF\u30A1-\u30FA\u30FC])"
                        r"|[\u4E00-\u9FFF\u30A1-\u30FA\u30FC](?<![\u4E00-\u9FFF\u30A1-\u30FA\u30FC].)"
                        r"[\u4E00-\u9FFF\u30A1-\u30FA\u30FC]{1,9}FC(?![A-Za-z])")
# a theatre company's name after 劇団, which opens it (劇団四季, 劇団俳優座, 劇団ひまわり座); a
# kana name only with its 座, whose end the particles after it would blur; general Japanese
JA_THEATRE_COMPANY = re.compile(r"劇団(?:([\u4E00-\u9FFF\u30A1-\u30FA\u30FC]{2,6})|[\u3041-\u3096\u30FC]{2,5}座)"
                                r"(?![\u4E00-\u9FFF\u30A1-\u30FA\u30FC])")
# what follows 劇団 as a word of its own (劇団関係者 "people of the company", 劇団公演)
_JA_THEATRE_WORDS = ("関係者", "公演", "主宰", "代表", "活動", "時代", "出身", "所属", "結成", "解散", "設立", "創立", "旗揚げ",
                     "員")
_JA_LAST_CHARS = frozenset(w[-1] for w in JA_ORG_WORDS + JA_LOC_WORDS)
# the words of both lists (and 社) by their last character: a compound that ends in a
# last character but in none of its words (一部, 場所, 社会) costs one test, no call
_JA_ENDINGS_BY_LAST = {c: tuple(w for w in JA_ORG_WORDS + JA_LOC_WORDS + ("社",) if w[-1] == c)
                       for c in _JA_LAST_CHARS | {"社"}}
JA_COMPOUND = re.compile(   # (?<![...])([...]{2,16}), opening with its class
    r"([\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9・&](?<![\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9・&][\s\S])"
    r"[\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9・&]{1,15})"
    r"(?![\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9・&])")
# the JA_COMPOUND matches that end in one of _JA_LAST_CHARS (all inside the class), found by
# the regex engine instead of a Python test on every compound
JA_COMPOUND_NAMED = re.compile(
    r"([\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9・&](?<![\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9・&][\s\S])"
    r"[\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9・&]{0,14}[" + "".join(sorted(_JA_LAST_CHARS)) + "])"
    r"(?![\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9・&])")
_RANK = re.compile(r"[0-9０-９一二三四五六七八九十]位")
# the suffixes as one alternation; a bare 社 only where it ends the word (ソニー社, not
# ソニー社長: a company's president)
CJK_ORG_SUFFIX_ALT = "|".join(re.escape(w) if w != "社" else "社(?![長員会內内外説說名是歌宅債屋殿史風交])"
                              for w in CJK_ORG_SUFFIXES)
CJK_ORG = re.compile(   # (the lookahead only fails fast while the name part backs off)
    r"([\u30A0-\u30FFA-Za-z][\u30A0-\u30FFA-Za-z0-9・&]{1,20})"
    r"(?=[" + "".join(sorted({re.escape(w[0]) for w in CJK_ORG_SUFFIXES})) + "])"
    r"(" + CJK_ORG_SUFFIX_ALT + ")")
# Cheap necessary conditions: skip a pattern's scan when the text cannot hold a match.
_CJK_ORG_SUFFIX = re.compile("|".join(map(re.escape, CJK_ORG_SUFFIXES)))
_GLOSS_OPEN = re.compile(r"[（(][A-ZÀ-ÖØ-Þ]")   # NAME_GLOSS: a bracket, then a Latin capital
_KATAKANA_DOTS = "・＝="
_TRANSLIT_DOTS = "·•・‧"


_LINE = re.compile(r"[^\n][^\n]*")   # ([^\n]+ opening with its class: the engine skips ahead)


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Lines of 4+ words where nearly every word is capitalised (headlines)."""
    out = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        if e - s > 160:
            continue   # a paragraph, not a headline
        words = m.group().split()
        if len(words) >= 4:   # (most short lines have fewer: Japanese has no spaces at all)
            firsts = [w[0] for w in words if w[0].isalpha()]
            if len(firsts) >= 4 and sum(map(str.isupper, firsts)) >= 0.75 * len(firsts):
                out.append((s, e))
    return out


def _is_sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \u00a0":
        j -= 1
    if j >= 1 and text[j] == "n" and text[j - 1] in "’'" and j < i - 1:
        # Afrikaans: a sentence opening with the article 'n capitalises the next word
        # ("’n Gebruiker met daardie naam bestaan reeds")
        return _is_sentence_start(text, j - 1)
    if j >= 0 and text[j] == "-" and j < i - 1 and (j == 0 or text[j - 1] in " -"):
        return True   # a dash written as " - " or " -- ": "Berlin (dpa) - Die Regierung", "-- Anónimo"
    return j < 0 or text[j] in SENT_END


def _lang_common(code: str) -> frozenset[str]:
    return common_words().get(code)


_CAMEL = re.compile(r"[^\W\d_][a-zà-ÿ][A-Z]|^[a-z]+[A-Z]")
_ALNUM_MIX = re.compile(r"[^\W\d_].*\d|\d.*[^\W\d_]")


@lru_cache(maxsize=65536)   # a pure function of the token, asked many times per article
def _namey(tok: str) -> bool:
    """Shape that ordinary words do not have: camelCase (DeepSeek, iPhone) or letters+digits (GPT-4)."""
    if tok.isalpha() and tok[1:].islower():
        return False   # fast path: Capitalised ordinary word
    return bool(_CAMEL.search(tok) or _ALNUM_MIX.search(tok))


DE_LEXICON_PATH = Path(__file__).resolve().parent / "data" / "de_lexicon.json.gz"


class _DeLexicon:
    """German common nouns vs proper names (``scripts/build_de_lexicon.py``, Wiktionary)."""

    def __init__(self, path: Path = DE_LEXICON_PATH):
        try:
            with gzip.open(path, "rb") as f:
                data = json.loads(f.read())
        except FileNotFoundError:
            data = {}

        def words(key: str) -> frozenset[str]:
            return frozenset(data.get(key, "").split("\n")) - {""}

        self.nouns = words("nouns")
        self.toponyms = words("toponyms")
        self.given = words("given")
        self.surnames = words("surnames")
        self.proper = words("proper")


_DE_LEX: _DeLexicon | None = None


def de_lexicon() -> _DeLexicon:
    global _DE_LEX
    if _DE_LEX is None:
        _DE_LEX = _DeLexicon()
    return _DE_LEX


@lru_cache(maxsize=65536)
def german_lone_type(w: str) -> str | None:
    """The type of a lone capitalised German word in running text (not sentence-initial,
    no cue before it), or None if it is no name: a form of a common noun is none (every
    German noun is capitalised); a place, first or family name is one; a word that is
    in no German word list at all (Seagal, Winstone) is a name of unknown type."""
    low = w.casefold()
    lex = de_lexicon()
    if not lex.nouns:
        return None   # no lexicon: the old, stricter rules only
    base = low[:-1] if low.endswith("s") and len(low) > 4 else low   # genitive: Clintons, Siziliens
    cw = common_words()
    given = cw.given_for("de")
    if ((low in lex.toponyms and low not in lex.nouns) or (
            base != low and base in lex.toponyms and base not in lex.nouns)) and low not in given:
        return "LOC"   # (Welt, Zug, Hof, Essen are places too, but nouns first)
    if _named_building(base, lex.nouns, cw):
        return "LOC"   # (before the compound test: Fatih-Moschee, Kastulusmünster are buildings' names)
    if "-" in w:   # Dortmund-Bövinghausen, Rhein-Sieg-Kreis (not Berlin-Besuch)
        return "LOC" if hyphened_place(w) or _district(low, lex.nouns) else None
    if low in lex.nouns or base in lex.nouns or len(w) < 3:
        return None
    if low.endswith("er") and len(w) > 5 and (_kb_place(w[:-2]) or _kb_place(w[:-2] + "e")):
        return None   # Dresdner, Kölner: an adjective of a place, not a name
    if low in lex.surnames or low in lex.given or base in lex.surnames or base in lex.given:
        return "PER"   # (before the compound test: Steinmeier, Bergmann are names shaped as compounds)
    if any(low.endswith(e) and len(low) - len(e) >= 3 for e in DE_STREET_ENDINGS):
        return "LOC"   # a street's name (Marktstraße, Höllgasse): the lexicon lists none
    if _town_shaped(low) or _district(low, lex.nouns):
        return "LOC"   # (before the compound test: Gessertshausen is no Hausen, Meckenbeuren no Euren,
        # Wartburgkreis no Kreis)
    if low.endswith(GERMAN_NOUN_SUFFIXES) or (_german_compound(low, lex.nouns) and low not in cw.surnames):
        return None
    en = cw.get("en")
    if low in cw.get("de") or base in cw.get("de"):
        # a frequent German word that is no noun (a nominalised adjective or verb, a
        # function word) - unless it is a known first or family name (Trump, Clinton)
        # that is no English word either (High, Street, Spring are census surnames too)
        if (low in cw.surnames or low in given or base in cw.surnames or base in given) \
                and (low not in en or low in given):
            return "PER"
        return None
    if low in en and low not in given and low not in cw.surnames:
        return None   # an English word in German text (Mountain, Degree): a title's part
    return "LOC" if low.endswith(DE_PLACE_ENDINGS) or low.startswith(DE_PLACE_PREFIXES) and len(low) > 7 \
        else UNKNOWN_LONE_TYPE


# prefixes German writes with a hyphen before a town's name to name another (Neu-Ulm, Alt-Tegel)
DE_HYPHEN_PLACE_PREFIXES = frozenset("neu alt groß klein ober unter nieder hohen bad".split())


def name_part(part: str) -> bool:
    """A hyphened part of a German place's name: capitalised, a place's name or no noun, and
    no function word, first or family name (Bövinghausen, Dahlem, Mitte; not Besuch, Region,
    Scholz). A district's name is a common word to wordfreq when news names it often
    (Schwabing, Eppendorf), so frequency cannot decide."""
    low = part.casefold()
    if len(part) < 3 or not part[0].isupper() or not part.isalpha():
        return False
    lex, cw = de_lexicon(), common_words()
    if low in lex.toponyms or _kb_place(part):
        return True
    return low not in lex.nouns and (low not in cw.get("de") or not (
        low in cw.function_words("de") or low in lex.given or low in lex.surnames or low in cw.surnames
        or low.endswith(_DE_ADJECTIVE_ISCH)))   # (Hamburg-Amerikanische Packetfahrt: an adjective)


_DE_ADJECTIVE_ISCH = ("isch", "ische", "ischen", "ischer", "isches", "ischem")


@lru_cache(maxsize=16384)
def hyphened_place(w: str) -> bool:
    """A German place whose name joins a place and a name with a hyphen: a district
    (Dortmund-Bövinghausen), a county (Neuburg-Schrobenhausen), a town named after
    another (Neu-Wittenberg)."""
    parts = w.split("-")
    if not 2 <= len(parts) <= 3:
        return False
    first, rest = parts[0], parts[1:]
    if first.casefold() in DE_HYPHEN_PLACE_PREFIXES:
        return len(rest) == 1 and (_kb_place(rest[0]) or german_lone_type(rest[0]) == "LOC")
    return (_kb_place(first) or german_lone_type(first) == "LOC") and all(map(name_part, rest))


# heads of German compounds that name one building, mountain hut or park after a saint,
# a person or a place (Georgskirche, Fatih-Moschee, Kastulusmünster): the lexicon lists some
# as nouns, so this is asked before it
DE_BUILDING_HEADS = ("kirche", "kapelle", "moschee", "synagoge", "münster", "stadion", "arena", "hütte",
                     "kurpark")


def _named_building(low: str, nouns: frozenset[str], cw) -> bool:
    """A compound of a building's head after a first name (Georgs-, Fatih-) or after a
    word no German word list holds (Kastulus-): that building's name;
    not after a noun or an everyday word (Stadtkirche, Großstadion, Sporthalle)."""
    head = next((h for h in DE_BUILDING_HEADS if low.endswith(h)), None)
    if head is None:
        return False
    part = low[:-len(head)].rstrip("-")
    if len(part) < 3 or "-" in part:
        return False
    given = cw.given_for("de")
    if any(name in given and name not in nouns for name in (part, part[:-1] if part.endswith("s") else "")):
        return True   # (with or without the linking s: Georgskirche)
    return len(part) >= 4 and part not in nouns and part not in cw.get("de") and part not in cw.surnames \
        and not _german_compound(part, nouns) and not (part.endswith("s") and part[:-1] in nouns)


def _district(low: str, nouns: frozenset[str]) -> bool:
    """A German district (casefolded, in no noun list) named after its landscape or town:
    -kreis after a part that is no noun nor a verb's stem (Wartburgkreises, Ostalbkreis,
    Rhein-Sieg-Kreis; not Freundeskreis, Halbkreis, which the noun list holds, nor Förderkreis)."""
    base = low[:-2] if low.endswith("kreises") else low
    if not base.endswith("kreis"):
        return False
    part = base[:-5].rstrip("-")
    common = common_words().get("de")
    return len(part) >= 3 and part not in nouns and not (part.endswith("s") and part[:-1] in nouns) \
        and part + "n" not in common and part + "en" not in common   # (a verb's stem: Förderkreis)


def _german_compound(low: str, nouns: frozenset[str]) -> bool:
    """A compound noun the lexicon does not list whole (Feuerwehrbehörde, Gefahrenzulagen):
    a known noun of 4+ letters as its head, after a part of 3+ letters; or two known nouns,
    the head of three letters, with or without the linking s (Saisontor, Werkstor, Wegzug)."""
    n = len(low)
    if any(low[i:] in nouns for i in range(3, n - 3)):
        return True
    head, first = low[n - 3:], low[:n - 3]
    return n >= 6 and head in nouns and (first in nouns or first.endswith("s") and first[:-1] in nouns)


# A capitalised word in no German word list, no noun and no common word: in news text
# most such words are people's family names (Seagal, Winstone, Dündar) - unless it ends
# like the names of towns and landscapes, and rarely like a family name (Sindelfingen,
# Altmühltal, Lauterbourg, Ichenhausen; not -berg, -stein, -feld: Goldberg, Rosenfeld).
UNKNOWN_LONE_TYPE = "PER"
DE_PLACE_ENDINGS = ("ingen", "tal", "thal", "gebirge", "schlucht", "see", "hofen", "kirchen", "brunn", "leben",
                    "stedt", "rode", "weiler", "bourg", "hausen", "dorf", "heim", "münster", "furt", "hafen",
                    "stetten", "beuern", "scheid", "reuth", "bronn", "roda")
# ... of which these end no common noun, so a word in no word list that ends in one is a
# town's name even when its parts are nouns (Gessertshausen, Elgersweier, Steingaden);
# -scheid only where no "Bescheid" ends the word (Steuerbescheid)
DE_TOWN_ENDINGS = ("ingen", "hausen", "hofen", "stedt", "weiler", "bourg", "furt", "stetten", "beuern", "beuren",
                   "reuth", "bronn", "brunn", "roda", "scheid", "weier", "gaden")


# the heads of streets' names, casefolded (Schillerstraße, Höllgasse, Lindenallee)
DE_STREET_ENDINGS = ("strasse", "gasse", "allee")


def _town_shaped(low: str) -> bool:
    """A word (casefolded, in no noun list) that ends like a town's name, after a part of
    three letters or more."""
    return low.endswith(DE_TOWN_ENDINGS) and not low.endswith("bescheid") \
        and len(low) - len(next(e for e in DE_TOWN_ENDINGS if low.endswith(e))) >= 3


# ... and the parts of villages named after a bigger one (Oberbeuerberg, Unterweißach)
DE_PLACE_PREFIXES = ("ober", "unter", "nieder", "hinter", "vorder", "mittel")


# head nouns of German names opened by a capitalised adjective (general German): adjectives
# are written in lower case except inside names (Vereinigte Staaten, Indischer Ozean,
# Republikanische Partei, Europäische Kommission)
DE_LOC_HEADS = ("staaten", "königreich", "ozean", "meer", "see", "küste", "inseln", "insel", "gebiet",
                "emirate", "golf", "gebirge", "wüste", "halbinsel", "republik", "mongolei", "alpen",
                # landforms and works a place's -er adjective names (Wurzacher Ried, Müngstener
                # Brücke, Halterner Stausee, Bayerischer Wald)
                "ried", "brücke", "stausee", "wald", "moor", "bodden", "heide", "tal", "becken", "bucht",
                "kanal", "schlucht", "höhle", "forst", "senke", "börde", "marsch", "alb",
                # streets (Dingolfinger Straße, Lange Gasse; casefolded: ß is ss)
                "strasse", "gasse", "allee")
DE_ORG_HEADS = ("partei", "versammlung", "gerichtshof", "gericht", "organisation", "kirche", "rat",
                "vereinigung", "kommission", "union", "bank", "ministerium", "agentur", "behörde",
                "verband", "gesellschaft", "akademie", "armee", "marine", "liga", "parlament", "kongress",
                "senat", "allianz", "front", "stiftung", "universität", "institut", "zeitung",
                # parliaments, newspapers, clubs, museums and ensembles (Bayerischer Landtag,
                # Passauer Neue Presse, Schwäbischer Albverein, Deutsches Dampflokomotiv-Museum)
                "landtag", "kreistag", "bundestag", "presse", "rundschau", "verein", "museum", "ensemble",
                # a town's utilities, transport, festival and football club (Wuppertaler Stadtwerke,
                # Kölner Verkehrs-Betriebe, Salzburger Festspiele, Greifswalder FC, Würzburger Kickers) and its
                # canton's or Land's bank (Berner Kantonalbank, Hessische Landesbank)
                "stadtwerke", "werke", "verkehrsbetriebe", "verkehrs-betriebe", "festspiele", "fc", "kickers",
                "kantonalbank", "landesbank",
                # a Land's or a town's government, police, broadcaster, fire brigade named by its
                # adjective (Bayerische Staatsregierung, Luzerner Polizei, Hessischer Rundfunk,
                # Freiwillige Feuerwehr; not Bahn: the S-Bahn is no body)
                "regierung", "polizei", "rundfunk", "feuerwehr")
_DE_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_DE_DEFINITE = frozenset("der die das dem den des".split())
_DE_ARTICLES = _DE_DEFINITE | frozenset("ein eine einer eines einem einen".split())


@lru_cache(maxsize=65536)
def de_head_type(word: str) -> str | None:
    """LOC/ORG by the head noun of a German name's last word (Ozean, Verteidigungsministeriums)."""
    low = word.casefold()
    for w in (low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low):
        for heads, etype in ((DE_LOC_HEADS, "LOC"), (DE_ORG_HEADS, "ORG")):
            # a short head must be the whole word (Rat, See; not Heirat, Übersee)
            if w in heads or any(len(h) > 4 and w.endswith(h) for h in heads):
                return etype
    return None


# the regions' adjectives that open towns' names uninflected (Schwäbisch Hall, Bayerisch
# Gmain, Hessisch Lichtenau, Märkisch Buchholz, Wendisch Rietz), general knowledge
DE_REGION_ADJECTIVES = frozenset("""Schwäbisch Bayerisch Sächsisch Fränkisch Hessisch Märkisch Westfälisch
Badisch Pfälzisch Preußisch Holsteinisch Thüringisch Friesisch Lippisch Oldenburgisch Mecklenburgisch
Brandenburgisch Schlesisch Böhmisch Mährisch Steirisch Windisch Wendisch""".split())


def _place_adjective(low: str, cw) -> bool:
    """A German place's -er adjective in no word list (wurzacher, laacher, halterner):
    ends in -er, and is neither a common word nor a family name."""
    return low.endswith("er") and len(low) > 5 and low not in cw.get("de") and low not in cw.surnames


# the field after an institution's "für": an adjective or two and one or two nouns
# (für evolutionäre Anthropologie, für Solare Energiesysteme, für Bildung und Forschung)
_DE_FIELD = re.compile(r" für (?:[A-Za-zÄÖÜäöüß]+(?:e|en|er|es|em) ){0,2}[A-ZÄÖÜ][\w-]*(?: und [A-ZÄÖÜ][\w-]*)?")


def _de_institution_and_field(text: str, toks: list) -> Candidate | None:
    """A run (its words as (start, end, word, ...)) that opens, after an article, with a
    hyphened name whose last part heads an institution, and its field after "für":
    Max-Planck-Institut für Astronomie, Robert-Koch-Institut, Friedrich-Ebert-Stiftung;
    or with an office's or a chamber's word and its field (Bundesamt für Migration und
    Flüchtlinge, Landesamt für Verfassungsschutz, Bundeszentrale für politische Bildung)."""
    k = 1 if len(toks) > 1 and toks[0][2].casefold() in _DE_ARTICLES_AND_CONTRACTIONS else 0
    s, e, w = toks[k][:3]
    if "-" not in w:
        if w.casefold().endswith(_DE_OFFICE_HEADS) and not _de_indefinite_before(text, s) \
                and (m := _DE_FIELD.match(text, e)) is not None and toks[-1][1] <= m.end():
            return Candidate(s, m.end(), text[s:m.end()], "ORG")   # (the run holds no more than the field)
        return None
    if k == 0 and _is_sentence_start(text, s) and len(toks) == 1:
        return None
    parts = w.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts) or de_head_type(parts[-1]) != "ORG":
        return None
    if (m := _DE_FIELD.match(text, e)) is not None:
        e = m.end()
    elif len(toks) > k + 1:
        return None   # (a longer run: another rule reads it)
    return Candidate(s, e, text[s:e], "ORG")


# an article, or a preposition and article in one word, before a body's name (am Max-Planck-Institut)
_DE_ARTICLES_AND_CONTRACTIONS = _DE_ARTICLES | frozenset(("am", "im", "vom", "zum", "zur", "beim"))
# offices, chambers and schools whose name goes on with "für" and their field (das Landesamt für
# Statistik, die Handwerkskammer für München und Oberbayern, die Hochschule für Musik), general German
_DE_OFFICE_HEADS = ("amt", "amtes", "amts", "institut", "instituts", "institutes", "zentrale", "zentrum", "zentrums",
                    "kammer", "hochschule", "akademie", "kommission", "agentur", "behörde", "anstalt", "stiftung",
                    "verband", "verbandes", "vereinigung", "gesellschaft", "ministerium", "ministeriums", "komitee",
                    "kuratorium", "gerichtshof", "universität")


def _de_indefinite_before(text: str, s: int) -> bool:
    """Is one of the two words before ``s`` an indefinite article (eine Stiftung für Kinder,
    ein neues Zentrum für Klimaforschung: a kind, no name)?"""
    return any(w.casefold() in _DE_INDEFINITE for w in text[max(0, s - 24):s].split()[-2:])


@lru_cache(maxsize=4096)
def _known_town_adjective(word: str) -> bool:
    """A known town's -er adjective (Wuppertaler, Berner, Würzburger), which the lexicon also
    lists as a noun, its people."""
    if len(word) < 6 or not word.endswith("er"):
        return False
    return any((e := get_kb().lookup(stem, True, "de")) is not None and e.type == "LOC" and e.id.startswith("city-")
               for stem in (word[:-2], word[:-1]))


def _de_adjective_name(toks: list, text: str, cw) -> Candidate | None:
    """In a run of capitalised German words, a capitalised adjective (not opening the
    sentence) before one or two nouns whose head says place or organisation: that name."""
    etype = de_head_type(toks[-1][2])
    head_end = len(toks)
    if etype is None:
        # (most runs: decided by the last word alone, cached) ... or an institution "für"
        # its field: des Deutschen Instituts für Ernährungsforschung
        if len(toks) < 4 or text.find(" für ", toks[1][1], toks[-1][0]) < 0:
            return None
        head_end = next(i for i, t in enumerate(toks) if t[3] == "für")
        if head_end < 2 or head_end == len(toks) - 1 or de_head_type(toks[head_end - 1][2]) != "ORG":
            return None
        etype = "ORG"
    for k in range(head_end - 1):
        w, low = toks[k][2], toks[k][3]
        if low in _DE_ARTICLES:
            continue   # (an article opening the sentence: Der Schwäbische Albverein)
        if not (w[0].isupper() and low.endswith(_DE_ADJ_ENDINGS) and (low in cw.get("de") or "isch" in low[-7:]
                                                                       or _place_adjective(low, cw))
                and (low not in de_lexicon().nouns or low.startswith("deutsch")) or _known_town_adjective(w)):
            continue   # (Deutsche is a noun too, "a German", but before a noun the adjective)
        if any(t[3] in CONNECTORS for t in toks[k + 1:head_end]):
            continue   # an adjective stands right before its noun (Deckenbilder | der Wieskirche: a plural)
        if head_end - k > 3 or (k == 0 and _is_sentence_start(text, toks[0][0])):
            return None
        s, e = toks[k][0], toks[-1][1]
        return Candidate(s, e, text[s:e], etype)
    return None


PLACE_CUES_DE = frozenset(("in", "nach", "aus"))
_CUE_LEN = {c: len(w) for w in PLACE_CUES_DE for c in (w[-1], w[-1].upper())}   # last letter -> length
# what stands two characters before a word after a cue (the cue's last letter or a space)
_CUE_END_OR_SPACE = frozenset(_CUE_LEN) | {" "}
# German nouns that follow in/nach/aus without an article in set phrases (in Kürze, nach Hause)
BARE_NOUNS_DE = frozenset("""kürze zukunft bezug betrieb kraft frage ordnung anspruch gefahr höhe form
folge sachen teilen hause angaben sicht angst gang mode ruhe eile wirklichkeit wahrheit summe
zeiten gold silber stein holz glas papier plastik stahl beton leder schwarz weiß rot grün blau
sorge not panik acht rente haft kontakt norden süden osten westen""".split())   # (nach Norden: northwards)


_UMLAUTS = str.maketrans("äöü", "aou")


def _german_plural(low: str, common: frozenset[str]) -> bool:
    """Bare plurals/mass nouns after in/aus ("in Anleihen", "aus Samen", "in Staatsanleihen",
    "aus Wäldern") - not places: a plural's ending after a noun the lexicon holds, with or
    without its umlaut, or a frequent word so shaped. Place names in -ien (Sizilien,
    Apulien) stay unless they are ordinary words (Medien); so do towns whose name ends like
    a plural of no noun (aus Melle, in Grünheide), and (not "-arn") Weyarn."""
    if low.endswith("ien"):
        return low in common
    if not low.endswith(("en", "e", "er", "ern", "el", "eln")):
        return False
    if low in common_words().get_top("de"):
        return True
    nouns = de_lexicon().nouns
    for cut in (1, 2, 3):   # (-e, -n, -s; -en, -er; -ern, -nen)
        stem = low[:-cut]
        if len(stem) >= 3 and (stem in nouns or stem.translate(_UMLAUTS) in nouns or _german_compound(stem, nouns)):
            return True
    return False


def _after_place_cue(text: str, i: int) -> bool:
    """``prev_word(text, i) in PLACE_CUES_DE`` (less "je nach"), without building the word:
    the cues are ASCII (no other character lower-cases to their letters) and end in
    different letters, so the last letter says which cue it could be, and that cue must be
    the whole word."""
    j = i
    while j > 0 and text[j - 1] == " ":
        j -= 1
    if j == 0:
        return False
    k = _CUE_LEN.get(text[j - 1])
    if k is None or j < k or text[j - k:j].lower() not in PLACE_CUES_DE:
        return False
    b = j - k   # the word must start here: nothing that prev_word would take just before
    if b and (text[b - 1].isalpha() or text[b - 1] == "."):
        return False
    # (not "je nach": "depending on", je nach Wassertemperatur)
    return not (k == 4 and b >= 3 and text[b - 3:b] in ("je ", "Je ") and (b == 3 or not text[b - 4].isalpha()))


# "zwischen X und Y", "zwischen den Orten X und Y": German gives common nouns an article
# there, so bare words are names; ending where the word at X or Y starts
_BETWEEN_NAMES = re.compile(r"(?<![\w-])zwischen (?:(?:den|dem|der) [A-ZÄÖÜ][\w-]* )?(?:[A-ZÄÖÜ][\w-]* und )?\Z")


def _town_named_as_noun(text: str, end: int, w: str) -> bool:
    """A town or a region the knowledge base or the German lexicon's place names know whose
    name is a German noun or a frequent word too (Halle, Gießen, Hagen, Oberbayern), bare
    after in/nach/aus, where a common noun takes an article; not before a number (in Halle
    3, a hall of a fair). The lexicon's place names only outside the commonest words (nach
    Norden is "northwards", in Brand "on fire")."""
    if _NUMBER_AFTER.match(text, end):
        return False
    low = w.casefold()   # (a place name among the commonest words needs the knowledge base: nach Norden, in Brand)
    return low in de_lexicon().toponyms and low not in common_words().get_top("de") or _kb_place(w, quiet=True)


_NUMBER_AFTER = re.compile(r" ?\d")


def _between_names(text: str, i: int) -> bool:
    """The word at ``i`` is X or Y of "zwischen X und Y" (a C-level test first: it is
    asked of most capitalised words of a German article)."""
    return text.endswith(("zwischen ", " und "), 0, i) and \
        _BETWEEN_NAMES.search(text, i - 80 if i > 80 else 0, i) is not None


# "in/nach/aus X, Y und": a list of names after a place cue, ending where its next
# member starts (X and Y one or two capitalised words: aus Bad Kissingen, Hammelburg und)
_PLACE_LIST = re.compile(r"(?<![\w-])(?:[Ii]n|[Nn]ach|[Aa]us) (?:[A-ZÄÖÜ][\w-]* ){0,2}?[A-ZÄÖÜ][\w-]*"
                         r"(?:, (?:[A-ZÄÖÜ][\w-]* )?[A-ZÄÖÜ][\w-]*)*(?:,| und| sowie| oder) \Z")


_LIST_JOINERS = (", ", " und ", " sowie ", " oder ")


def _listed_after_place_cue(text: str, i: int) -> bool:
    """The word at ``i`` is a later member of a list after in/nach/aus (a C-level test
    first: most words follow no comma or conjunction)."""
    return text.endswith(_LIST_JOINERS, 0, i) and _PLACE_LIST.search(text, i - 100 if i > 100 else 0, i) is not None


def _de_known_town(w: str, low: str, cw) -> bool:
    """A town the German lexicon holds that is no word among the 3,000 commonest (Bautzen,
    not Essen): a name wherever it stands, a sentence's start too."""
    return low not in cw.get_top("de") and low in de_lexicon().toponyms and german_lone_type(w) == "LOC"


# German nouns whose "von X" names a place (der Stadtrat von Gunnison, in der Nähe von
# Bergama), general German
_DE_NOUNS_OF_A_PLACE = frozenset("""stadtrat gemeinderat bürgermeister bürgermeisterin bürgermeisters einwohner
dorfvorsteher ortsvorsteher polizei stadtverwaltung gemeindeverwaltung schlacht belagerung
einwohnerinnen bewohner nähe umgebung zentrum stadtzentrum innenstadt stadtrand rand vororten vororte
hafen küste norden süden osten westen nordosten nordwesten südosten südwesten außenbezirken
wald forst schloss kloster burg tal bucht bahnhof flughafen gebiet region stadtteil""".split())   # (im Wald von Compiègne)


def _of_a_place(text: str, i: int, preposition: str = "von") -> bool:
    """The word at ``i`` follows "von" (or ``preposition``) and a noun that places it (der
    Stadtrat von X, die Schlacht bei X)."""
    if prev_word(text, i) != preposition:
        return False
    j = i
    while j > 0 and text[j - 1] == " ":
        j -= 1
    return prev_word(text, j - len(preposition)) in _DE_NOUNS_OF_A_PLACE   # (the word before the preposition)


def _place_after_bei(text: str, i: int, low: str, given, cw) -> bool:
    """"bei Wimpfen", "der Stadtrat von Gunnison": an unknown word after "bei" that is no
    first or family name, or one that is no first name after "von" and a noun that places it
    (der Bürgermeister von Bisbee, a family name too; der Hafen von Bari, a first name too),
    is a place (not "bei Müller", "bei Anna")."""
    if prev_word(text, i) == "bei":   # (die Schlacht bei Hastings: a family name's shape there too)
        return low not in cw.surnames and low not in given or _of_a_place(text, i, "bei")
    return _of_a_place(text, i)


def de_island_name_start(text: str, start: int) -> int | None:
    """Where an English island's name opens whose last word is the hit "Island" at
    ``start`` (Robben Island, Fraser Island: German "Island" is Iceland): a capitalised
    word right before it, not a sentence's first."""
    j = start - 1
    if j < 2 or text[j] != " " or not text[j - 1].isalpha():
        return None
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return k if text[k].isupper() and (k == 0 or text[k - 1] == " ") and not _is_sentence_start(text, k) else None


def _unknown_after_article(text: str, i: int, j: int, given, cw) -> bool:
    """"an der Vils", "Die Wiesent ist", "Nebenfluss der Regnitz": the word ``text[i:j]``,
    in no word list (no first or family name either), right after a definite article.
    German writes no article before a person's name; rivers, lakes and mountains take one."""
    low = text[i:j].casefold()
    article = prev_word(text, i)
    if article not in _DE_DEFINITE or low in given or low in cw.surnames or low in de_lexicon().surnames:
        return False
    if _NEXT_CAPITALISED.match(text, j):
        return False   # an attribute before a noun: der Ostritzer Stadtrat, den Ammergauer Alpen
    k = len(text[:i].rstrip(" \u00a0")) - len(article)   # (where the article starts)
    return prev_word(text, k) not in NOBLE_PARTICLES   # (Anne van der Meulen)


_NEXT_CAPITALISED = re.compile(rf"[ \u00a0]+[{_UPPER}]")


def prev_word(text: str, i: int) -> str:
    """The lower-cased word right before position i ('' if punctuation intervenes)."""
    j = i
    while j > 0 and text[j - 1] == " ":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    return text[k:j].lower()


# head nouns that make a capitalised run an organisation when they open it
ORG_HEADS = frozenset("""universität university université universidad bank banco banque ministerium ministry
ministère institut institute instituto verband partei party parti partido organisation organization
organización gruppe group groupe agentur agency agence kommission commission comisión rat council conseil
gericht court cour tribunal stiftung foundation fondation fundación
ministerio ministero ministério ministerie ministerstwo ministerstvo министерство universitas università
universidade universiteit uniwersytet univerzita университет istituto instytut институт banca banka банк
agenzia agência agencia agencja agentura агентство commissione comissão komisja komise комиссия consiglio
conselho consejo raad rada совет tribunale rechtbank sąd soud суд fondazione fundação stichting fundacja
nadace фонд partito partij partia strana партия badan lembaga kementerian dewan komisi partai
sc sv tsv vfb vfl vfr fsv ssv tsg ksv ttc bsc tus sg fc rc mt hsg ehc erc tv bsv asv wsv wsc bfc esv psv ff
rot-weiß rot-weiss blau-weiß blau-weiss grün-weiß grün-weiss schwarz-weiß schwarz-weiss""".split())
# (the last lines: German sports clubs' abbreviations and colours, which open the club's name:
# TSV Schwabhausen, Rot-Weiß Kellinghusen, WSV Rotterode; and FF, a Freiwillige Feuerwehr: FF Arnoldstein)
# German compound nouns that end in these name institutions when a name follows them
# (Heimatmuseum Vilsbiburg, Polizeiinspektion Vilshofen, Brauerei Aying, Landgerichts
# Traunstein), general German
DE_ORG_HEAD_ENDS = ("verein", "vereins", "museum", "museums", "gericht", "gerichts", "anstalt", "inspektion",
                    "revier", "reviers", "klinikum", "klinikums", "kliniken", "brauerei", "weberei", "manufaktur",
                    "feuerwehr", "hochschule", "anwaltschaft", "genossenschaft", "gesellschaft", "verband",
                    "verbands", "ortsgruppe", "abtei", "gymnasium", "gymnasiums", "realschule", "sparkasse",
                    "volksbank", "raiffeisenbank", "stiftung", "akademie", "orchester", "ensemble",
                    "bauamt", "landratsamt", "finanzamt", "polizeipräsidium", "stadtwerke", "stadtwerken",
                    "gemeindewerke", "gemeindewerken", "krankenhaus",
                    "maschinenfabrik", "ministerium", "ministeriums",
                    # clubs' and charities' units and local bodies (Verkehrswacht Meppen, THW-Ortsverband
                    # Wunsiedel, Kreisjugendring Hof, Kirchengemeinde Aying, Spedition Huber)
                    "wacht", "ortsverband", "ortsverbands", "jugendring", "jugendrings", "kirchengemeinde",
                    "spedition",
                    # groups of firms and publishers (Verlagsgruppe Oetinger, Mediengruppe Passau)
                    "mediengruppe", "verlagsgruppe", "unternehmensgruppe", "firmengruppe", "handelsgruppe",
                    # public offices and chambers (Polizeidirektion Osnabrück, Handwerkskammer Dresden,
                    # Bezirksamt Tempelhof-Schöneberg, Landessportbund Niedersachsen, Polizeipräsidiums Westpfalz)
                    "direktion", "kammer", "bund", "amt", "amts", "präsidiums", "behörde", "verwaltung",
                    # schools and theatres (Grundschule Kirchhörde, Schauspiel Köln, Theater Göttingen)
                    "schule", "theater", "schauspiel",
                    # choirs, clubs, police units, rescue services and local trades in local news
                    # (Kammerchor Grafing, Skiclub Schladming, Wasserschutzpolizei Friedrichshafen,
                    # Bergrettung Igls, Molkerei Piding, Weingut Kerpen-Thiel, Schreinerei Brandl)
                    "chor", "club", "klub", "polizei", "rettung", "molkerei", "weingut", "kellerei", "schreinerei",
                    "bäckerei", "metzgerei", "zimmerei")


# compounds of -gesellschaft that say a firm's trade before its name, no head of it (die
# Regionalfluggesellschaft SkyAlps, die Eisenbahngesellschaft Norfolk Southern), general German
DE_KIND_OF_FIRM = ("fluggesellschaft", "eisenbahngesellschaft", "bahngesellschaft", "schifffahrtsgesellschaft",
                    "versicherungsgesellschaft", "investmentgesellschaft")
_DE_INDEFINITE = frozenset("ein eine eines einem einen einer kein keine keines keinem keinen keiner".split())


def _opens_name(low: str, german: bool, feature_heads: frozenset[str] = FEATURE_HEADS) -> bool:
    """Does this word open the name after it as its head: a place's (Landkreis Ravensburg,
    Lago Maggiore) or, in German, an institution's (Brauerei Aying, Polizeiinspektion
    Vilshofen)?  ``feature_heads``: the language's place heads (FEATURE_HEADS_IT)."""
    return low in feature_heads or german and low.endswith(DE_ORG_HEAD_ENDS) and low not in _DE_BARE_HEADS \
        and not low.endswith(DE_KIND_OF_FIRM)
    # (das Amt der Intendantin: an office, no body's name; Bezirksamt Mitte; die Regionalfluggesellschaft
    # SkyAlps: a kind of firm before its name, no part of it; die Polizei von Greater Manchester)


# the local trades among them, whose names are a word or two (Weingut Kerpen-Thiel, Molkerei Piding)
_DE_TRADE_HEADS = ("molkerei", "weingut", "kellerei", "schreinerei", "bäckerei", "metzgerei", "zimmerei", "brauerei",
                   "weberei", "spedition")


# kinds of body that German writes before a body's name, no part of it (die Partei Vox, der
# Verein Lebenshilfe Ostallgäu, das Label Merge Records, der Fußballverein Dover Athletic), when
# a capitalised word follows (not die Partei der Arbeit), general German
# (lower-cased, and case-folded as the runs compare them: fußballverein, fussballverein)
DE_KINDS_BEFORE_NAMES = frozenset("""partei gruppe label plattenfirma nachrichtenagentur gewerkschaft hedgefonds
genossenschaft verein fußballverein fussballverein fußballklub fussballklub traditionsverein amateurverein
muttergesellschaft tochtergesellschaft bergbaufirma""".split())


def _de_kind_then_name(toks: list, common: frozenset[str]) -> bool:
    """A run opening with a kind of body and a capitalised name after it (die Partei Vox);
    not an adjective of a people, which the body's own name holds (Verein Deutscher Ingenieure)."""
    return toks[0][3] in DE_KINDS_BEFORE_NAMES and toks[1][2][:1].isupper() \
        and not (toks[1][3].endswith("er") and toks[1][3] in common)


# heads that open a body's name only inside a compound (Bezirksamt, Kriminalpolizei, Skiclub, Kammerchor)
_DE_BARE_HEADS = frozenset(("amt", "amts", "polizei", "club", "klub", "chor"))
# the heads that are words of their own too, capitalised, as they open a body's name before a
# known place (Raiffeisenbank Salzkammergut, Schauspiel Köln; not das Amt Bayern)
DE_ORG_HEADS_ALONE = tuple(e.capitalize() for e in DE_ORG_HEAD_ENDS if e not in _DE_BARE_HEADS)



# Italian adds its landforms and saints' titles (Monte Generoso, Isola del Giglio, San Vito)
FEATURE_HEADS_IT = FEATURE_HEADS | IT_PLACE_HEADS
# English adds the capitalised heads that open a place's name (River Teme, County Antrim)
FEATURE_HEADS_EN = FEATURE_HEADS | english.PLACE_OPENERS


@lru_cache(maxsize=4)
def _given_but_place_heads(given: frozenset[str]) -> frozenset[str]:
    """Italian first names without the words that open places (Val, Santo, Monte): in a
    run they open a place's name, not a person's."""
    return given - IT_PLACE_HEADS


# Common nouns that stand before a name in apposition and say what it names (general
# grammar): "der Konzern Vaskivoima", "the carmaker Zentrix", "la société X", "the town of
# X". German, Dutch and Scandinavian compounds end in them ("Energiekonzern", "Autobauer").
ORG_APPOSITION = frozenset("""konzern unternehmen firma hersteller autobauer versicherer anbieter verlag sender
konkurrent konkurrenten
zulieferer betreiber reederei fluggesellschaft zeitung verein startup start-up company firm carmaker automaker
chipmaker maker insurer lender carrier airline retailer broadcaster newspaper société entreprise groupe
constructeur empresa compañía constructora aseguradora aerolínea azienda società gruppo compagnia companhia
montadora bedrijf concern verzekeraar selskabet selskapet företaget koncernen bolaget perusahaan emiten
maskapai band mittelständler werft gewerkschaft partei miliz agentur
softwarehaus verlagshaus modehaus auktionshaus bankhaus zeitschrift magazin label
rockband popband punkband jazzband metalband indieband boyband girlband kultband
logistiker discounter röster kaffeeröster versorger versandhändler onlinehändler einzelhändler modehändler
elektronikhändler lebensmittelhändler möbelhändler""".split()) | DE_KINDS_BEFORE_NAMES
LOC_APPOSITION = frozenset("""stadt gemeinde dorf ort ortschaft ortsteil region provinz bundesland landkreis fluss insel
städtchen dörfchen weiler hochlandort küstenort badeort kurort urlaubsort ferienort wallfahrtsort bergort
grenzort heimatort geburtsort wohnort vorort nachbarort fischerort kupfermine goldmine silbermine diamantenmine
stadtteil bezirk kanton city town village province river island district county ville commune région
vulkan berg gletscher halbinsel standort krater wüste bucht lagune atoll oase
ciudad municipio pueblo provincia región città comune regione paese cidade município província stad
gemeente dorp provincie staden kommune byen kaupunki""".split())
PRODUCT_APPOSITION = frozenset("""rakete trägerrakete teleskop satellit modell medikament impfstoff flugzeug
smartphone konsole chatbot rocket telescope satellite model drug vaccine aircraft jet console fusée télescope
modèle vaccin avion cohete telescopio satélite modelo vacuna avión""".split())
# (compound heads: a part of three letters or more before them; not -händler, a dealer too;
# -zeitung, -kette: die Lokalzeitung X, die Lebensmittelkette X)
_ORG_COMPOUND_HEADS = ("konzern", "unternehmen", "hersteller", "bauer", "versicherer", "anbieter", "verlag",
                       "zulieferer", "betreiber", "institut", "portal", "reederei", "bank", "zeitung", "kette",
                       "concern", "bedrijf", "koncernen", "selskabet", "selskapet", "bolaget",
                       # (Wetterdienst Pagasa, Hilfsorganisation Care, Branchenverband Bitkom, Staatswerft X)
                       "dienst", "organisation", "verband", "werft",
                       # (Söldnertruppe Wagner, Terrorgruppe Hamas, Schiitenmiliz Hisbollah, Oppositionspartei
                       # Tisza, Nachrichtenagentur Reuters, Dienstleistungsgewerkschaft Verdi)
                       "truppe", "gruppe", "miliz", "partei", "agentur", "gewerkschaft",
                       # (Musikzeitschrift Spex, Nachrichtenmagazin Spiegel, Plattenlabel Kitty-Yo,
                       # Arbeitersportverein Frisch Auf)
                       "zeitschrift", "magazin", "label", "verein",
                       "sender", "versorger") + DE_KIND_OF_FIRM   # (Lokalsender Radio Oberland, Energieversorger EnBW)
_LOC_COMPOUND_HEADS = ("stadt", "gemeinde", "dorf", "region", "provinz", "fluss", "insel", "bahnhof", "hafen",
                       "stadion", "see", "kloster", "kolonie", "siedlung", "viertel")   # (Künstlerkolonie Worpswede)
_PRODUCT_COMPOUND_HEADS = ("rakete", "teleskop", "satellit", "modell", "medikament", "impfstoff", "flugzeug",
                           "kapsel")
_APPOSITION_BEFORE = re.compile(r"([^\W\d_][\w’'-]*)[ \u00a0](?:(?:of|de|di|da|do|du|del|van|von)[ \u00a0])?\Z")


# lower-case heads of a facility's or a street's name before it, which make that name a place
# even when it is a person's or a city's (stadio Giuseppe Meazza, gare de Lyon, calle Florida)
FACILITY_BEFORE = frozenset("""stadio stade estadio estádio stadion gare estación estação stazione calle rue
avenida avenue ulica ulicy ulicą aeroporto aeropuerto aéroport lotnisko piazza plaza praça plac
landkreis landkreises nationalpark nationalparks naturpark naturparks bahnhof flughafen""".split())
_FACILITY_BEFORE = re.compile(r"(?<![\w-])(" + "|".join(sorted(FACILITY_BEFORE, key=len, reverse=True)) +
                              r")[ \u00a0](?:(?:de|di|del|della|du|des|do|da|dos|das)[ \u00a0])?\Z", re.IGNORECASE)


_FACILITY_PARTICLES = frozenset("de di del della du des do da dos das".split())


def facility_before(text: str, start: int) -> int | None:
    """Where the facility head before ``start`` opens (FACILITY_BEFORE), else None."""
    words = text[max(0, start - 24):start].split()   # (a cheap test first: most names have no such head)
    if not words:
        return None
    last = words[-1].lower()
    if last not in FACILITY_BEFORE and not (last in _FACILITY_PARTICLES and len(words) > 1
                                            and words[-2].lower() in FACILITY_BEFORE):
        return None
    m = _FACILITY_BEFORE.search(text, max(0, start - 24), start)
    return m.start() if m is not None else None


def apposition_type(text: str, start: int) -> str | None:
    """"ORG", "LOC" or "PRODUCT" when a common noun right before ``start`` says what the
    name there is."""
    m = _APPOSITION_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    return apposition_head(m.group(1).lower())


# a German name's apposition after it: a comma, an article, adjectives, the noun (Keltra, ein
# Zulieferer aus Lüdenscheid; Pellworm, die kleinste Hallig)
_DE_APPOSITION_AFTER = re.compile(r", (?:ein|eine|der|die|das) (?:[a-zäöüß][\w-]* ){0,2}([A-ZÄÖÜ][\w-]*)")


def de_apposition_after(text: str, end: int) -> str | None:
    """"ORG", "LOC" or "PRODUCT" when the German apposition after ``end`` says what the name
    before it is (apposition_head)."""
    m = _DE_APPOSITION_AFTER.match(text, end)
    return apposition_head(m.group(1).lower()) if m is not None else None


@lru_cache(maxsize=16384)   # (asked about every capitalised run's first word)
def apposition_head(low: str) -> str | None:
    """The type a lower-cased noun gives the name after it (ORG_APPOSITION), else None;
    also in the German genitive (des Raumfahrtunternehmens OHB) and plural (die Zeitungen Bild und Welt)."""
    for word in (low, low[:-1] if low.endswith("s") else None,
                 low[:-2] if low.endswith(("es", "ungen", "eien")) else None):   # (not Reisbauern: farmers)
        if not word:
            continue
        if word in ORG_APPOSITION or _compound_of(word, _ORG_COMPOUND_HEADS):
            return "ORG"
        if word in LOC_APPOSITION or _compound_of(word, _LOC_COMPOUND_HEADS):
            return "LOC"
        if word in PRODUCT_APPOSITION or _compound_of(word, _PRODUCT_COMPOUND_HEADS):
            return "PRODUCT"
    return None


def _compound_of(word: str, heads: tuple[str, ...]) -> bool:
    """``word`` is a compound (three letters or more) before one of ``heads``."""
    # (one C-level test first: most words end in none of them)
    return word.endswith(heads) and any(word.endswith(h) and len(word) >= len(h) + 3 for h in heads)


# heads of German compounds that name a facility with the name after them (Chemiepark
# Leuna, Kraftwerk Jänschwalde, Hauptbahnhof Köln): part of that name, no description
_DE_FACILITY_HEADS = ("park", "werk", "hafen", "bahnhof", "stadion", "klinikum", "zentrum", "platz", "straße",
                      "brücke", "turm", "kaserne", "gefängnis", "museum", "schloss", "kloster")


# German roads by their numbers: Bundesstraße 28, Staatsstraße 2119, (auf der) A 8, (die) B 12
DE_ROAD_WORDS = frozenset("Bundesstraße Staatsstraße Kreisstraße Landesstraße Autobahn Bundesautobahn A B".split())
_ROAD_NUMBER = re.compile(r" ?[1-9]\d{0,3}(?![\w/-]|[.,]\d)")


def _de_road(text: str, tok: tuple[int, int, str]) -> Candidate | None:
    """The road a word of DE_ROAD_WORDS and the number after it name; a lone A or B needs
    a space before its number and the article before it (not the A380, a plane)."""
    s, e, w = tok
    m = _ROAD_NUMBER.match(text, e)
    if m is None or len(w) == 1 and (text[e] != " " or prev_word(text, s) not in ("der", "die")):
        return None
    return Candidate(s, m.end(), text[s:m.end()], "LOC")


# the heads of churches' names followed by their saint's (Pfarrkirche St. Vitus)
DE_CHURCH_HEADS = ("kirche", "kapelle", "münster", "dom", "basilika", "kathedrale")


def _de_saints_church(toks) -> int | None:
    """Where a church's name opens in a run "(Die) Pfarrkirche St. Vitus": a church's head,
    after an article at most, then St."""
    i = 1 if toks[0][3] in _DE_ARTICLES else 0
    return i if len(toks) >= i + 3 and toks[i + 1][2] == "St" and toks[i][3].endswith(DE_CHURCH_HEADS) else None


# German nouns of a kind of place, besides APPOSITION's, that stand before its name:
# Bavaria's market towns (der Markt Kallmünz)
_DE_KIND_HEADS = {"markt": "LOC"}


def _de_apposed_name(toks) -> Candidate | None:
    """A capitalised German noun that says what kind of place or body follows (die
    Gemeinde Hülbenried, das Dorf Großenried, der Markt Kallmünz, die Band Haindling), then
    one word no German word list holds as a noun or an everyday word: that word, typed by
    the noun.  (The noun alone is an everyday word, so the run's trimming would drop it
    and judge the name by its shape: Hülbenried looks like a compound of Ried.)"""
    s, e, w, low = toks[-1]
    nouns, common = de_lexicon().nouns, common_words().get("de")
    if len(toks) > 4 or low in common or low in nouns:
        return None
    kind = toks[-2][3]
    head = _DE_KIND_HEADS.get(kind[:-2] if kind.endswith("es") else kind) or apposition_head(kind)   # (des Marktes)
    if head not in ("LOC", "ORG") or _opens_name(kind, True) or len(w) < 3 \
            or not w[1:].replace("-", "").islower() or low in GENERIC:
        return None   # (Landkreis Haßberge, Kirchengemeinde Aying: the head is part of the name)
    # before the noun only an article (opening the sentence) or adjectives: Die Kölner Band Brings
    if not all(t[3] in _DE_ARTICLES or t[3].endswith(_DE_ADJ_ENDINGS) and t[3] not in nouns
               and (t[3] in common or _place_adjective(t[3], common_words())) for t in toks[:-2]):
        return None
    return Candidate(s, e, w, head)


def _de_descriptor(tok, nxt, given: frozenset[str]) -> bool:
    """A German common noun (no head of an organisation's or a place's name, no first
    name) before a word that is a name: "Stahlhersteller Saarstahl", "Neobank N26"."""
    low = tok[3]
    if low in given or "-" in low and _first_name(low, given) or low in ORG_HEADS or low in ORG_WORDS_BEFORE or low in FEATURE_HEADS \
            or _namey(tok[2]) \
            or low.endswith(_DE_FACILITY_HEADS) or german_lone_type(tok[2]) is not None:
        return False
    w = nxt[2]
    return w.isupper() or _namey(w) or german_lone_type(w) is not None


# the particles of noble and Dutch or Iberian family names (general knowledge)
NOBLE_PARTICLES = frozenset("von vom zu van der de da do dos das del".split())


# sports clubs' abbreviations written after the club's name (Malmö FF, Molde FK, Brøndby IF,
# Rosenborg BK, Újpest FC, Bournemouth AFC), as written: general knowledge
CLUB_SUFFIXES = frozenset("FC FK IF BK FF SK IK AFC CF".split())


def _type_latin(tokens: list[str], before: str) -> str:
    last = tokens[-1].lower()
    if (org_word(last) or tokens[-1] in CLUB_SUFFIXES) and len(tokens) > 1:
        return "ORG"
    if len(tokens) > 1 and (tokens[0].lower() in ORG_HEADS or tokens[0].lower() in TRADE_HEADS):
        return "ORG"
    if last in LOC_SUFFIXES_LATIN and len(tokens) > 1:
        return "LOC"
    prev = before.rstrip().rsplit(" ", 1)[-1].lower() if before.strip() else ""
    if prev in PER_TITLES_BEFORE:
        return "PER"
    if len(tokens) == 1 and 3 <= len(tokens[0]) <= 6 and tokens[0].isalpha() and tokens[0].isupper():
        return "ORG"   # an unknown acronym in running text is most often an organisation
    return "MISC"


# Languages that write a name's case suffix after an apostrophe (Piaggio Aerospace'ı,
# Ankara'da): the suffix is no part of the name
APOSTROPHE_SUFFIX_LANGS = frozenset(("tr", "az"))
_APOSTROPHE_SUFFIX = re.compile(r"['’][^\W\d_]+$")


def _suffix_at(word: str) -> int:
    """Where an apostrophe and a lower-case suffix end ``word`` (0: they do not)."""
    m = _APOSTROPHE_SUFFIX.search(word)
    return m.start() if m and m.group()[1:].islower() and m.start() > 0 else 0


def _common_compound(w: str) -> bool:
    """A compound whose last part is a lower-case word (AI-chips, EUV-machines, US-based):
    a common noun or adjective, not a name (Coca-Cola, Rolls-Royce end in capitals)."""
    if "-" not in w:
        return False
    tail = w.rsplit("-", 1)[1]
    return len(tail) >= 3 and tail.islower()


_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


def _foreign_surname_de(low: str, cw) -> bool:
    """A frequent family name that German text writes only as a name: no German noun
    (Wiktionary), none of German's or English's commonest words. German's word list
    holds names the news writes often (Garcia, Dupont, Kowalski), so that list alone
    does not say "a German word"."""
    return low in cw.surnames and low not in cw.get_top("de") and low not in cw.get_top("en") \
        and low not in de_lexicon().nouns


@lru_cache(maxsize=65536)
def _lone_word_rejected(w: str, code: str) -> bool:
    """Would ``latin_candidates`` drop ``w`` as a one-word run wherever it stands (with no
    place cue before it)?  Only word-level tests, so the answer can be cached per word;
    position-dependent tests (sentence start, the word before) are left to the full path,
    which can only reject more.  Mirrors the full path step by step (see flush below)."""
    return _lone_word_dropped(w, code)


def _lone_word_dropped(w: str, code: str) -> bool:
    """``_lone_word_rejected``, uncached: the word-level tests themselves (the Vietnamese
    full path applies them too, most syllables being everyday words)."""
    if _common_compound(w) and not (code == "nl" and dutch.named_compound(w)) \
            and not (code == "de" and _de_body_noun(w.casefold())):
        return True
    cw = common_words()
    low = w.casefold()
    german = code == "de"
    namey = _namey(w)
    if german and not namey and low not in GENERIC and low not in cw.calendar and not w.isupper() \
            and german_lone_type(w) is not None:
        return False   # a name by the German lexicon: the full path types it
    if german and _de_body_noun(low):
        return False   # das Justizministerium, im Unterhaus: the full path reads it
    # the original fast path
    if low in GENERIC or (german and low in cw.get(code) and low not in cw.given_for(code) and not namey
                          and not _foreign_surname_de(low, cw)):
        return True
    # leading trim: a connector, or _weak_word (generic, calendar word); one-word checks
    if low in CONNECTORS or low in cw.calendar:
        return True
    if len(w) < 2:
        return True
    upper_short = w.isupper() and len(w) <= 5
    if upper_short:
        if code == "ru" and ru_acronym(w) or code == "uk" and uk_acronym(w) \
                or code in _CZECH_RULES and _CZECH_RULES[code].acronym(w) \
                or code in croatian.LANGS and croatian.acronym(w):
            return False   # (Russian word lists hold bodies' acronyms lower-cased: фсин, гибдд)
        return low in cw.get(code) or (low in cw.get("en") and not german)
    if namey:
        return False
    if german:
        return low in cw.get_top(code) or low.endswith(GERMAN_NOUN_SUFFIXES) or "-" in w or len(w) < 3
    return low in cw.get_top(code) or low in cw.get_top("en")


def _first_name(low: str, given: frozenset[str], code: str = "") -> bool:
    """A first name, or two joined by a hyphen (Hans-Peter, Jean-Luc, Anna-Lena), or in
    a language that declines first names, one in a case form (Владимира, Антоном,
    Jarosława)."""
    return low in given or ("-" in low and all(p in given for p in low.split("-"))) or (
        code in DECLINED_FIRST_NAMES and _declined_first_name(low, given, code))


# Case endings of languages that inflect names (Polish "Orlenu", Czech "Prahy", Finnish
# "Nokian", Russian "Газпрома"): grammar-book suffixes, not from any data set.
_SLAVIC_CYRL = ("а", "у", "ом", "е", "ы", "и", "ой", "ей", "ем", "ым", "ю", "я", "ою", "ові", "і", "ів")
_EAST_SLAVIC = frozenset(("ru", "uk", "be"))   # Russian, Ukrainian, Belarusian
# family names' endings in Russian, Ukrainian and Belarusian text, in any case (Иванов,
# Ивановым; Манукяну; Иванишвили, Шеварднадзе, Шевченко, Ковальчук, Петрович): a name of
# two or three capitalised words ending in one, the first no common word, is a person's.
# Not -ский/-ской: place adjectives end so too (Тверской, Борисовского района)
_CYRILLIC_SURNAME = re.compile(r"(?:(?:ов|ев|ёв|ин|ын|ів|їв)(?:а|у|ым|ом|е|их|ых|им)?"
                               r"|янц?(?:а|у|ом|е)?|(?:швили|дзе|енко|ко)|(?:ович|евич|ич)(?:а|у|ем|е)?"
                               r"|(?:чук|юк|ук)(?:а|у|ом|е)?|(?:ова|ева|ина)(?:ой|у|ы)?)$")


NAME_CASE_ENDINGS = {
    "pl": ("u", "a", "em", "ie", "owi", "ów", "om", "ach", "ami", "y", "i", "ą", "ę", "e"),
    "cs": ("u", "a", "em", "e", "ovi", "y", "ě", "ou", "í", "i", "ů"),
    "sk": ("u", "a", "om", "e", "ovi", "y", "ou", "i", "ov"),
    "sl": ("a", "u", "om", "e", "i", "em"),
    "hr": ("a", "u", "om", "e", "i", "em", "ima"), "bs": ("a", "u", "om", "e", "i", "em", "ima"),
    "sr": ("a", "u", "om", "e", "i", "em", "ima") + _SLAVIC_CYRL,
    "ru": _SLAVIC_CYRL, "uk": _SLAVIC_CYRL, "be": _SLAVIC_CYRL, "bg": ("а", "ът", "я", "ят"),
    "lt": ("o", "ui", "u", "e", "as", "ai", "ą"), "lv": ("a", "am", "u", "ā"),
    "fi": ("n", "a", "ä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lle", "lta", "ltä", "ksi", "iin", "in"),
    "et": ("i", "le", "l", "s", "st", "ga", "d"),
    "hu": ("t", "nak", "nek", "ban", "ben", "ból", "ből", "ra", "re", "val", "vel", "hoz", "hez", "nál", "nél"),
    # the genitive -s (and German -es): Deggendorfs, Saarlandes, Volvos
    "de": ("s", "es"), "nl": ("s",), "sv": ("s",), "da": ("s",), "nb": ("s",), "nn": ("s",),
}


# the languages of NAME_CASE_ENDINGS that decline first names too; what a first name's stem
# takes back in the nominative: Андрея -> Андрей, Анны -> Анна, Jarosława -> Jarosław
DECLINED_FIRST_NAMES = frozenset(("ru", "uk", "be", "pl", "cs", "sk") + croatian.LANGS)
_NOMINATIVE_ENDS = ("", "й", "а", "я", "a")


def _declined_first_name(low: str, given: frozenset[str], code: str) -> bool:
    for ending in NAME_CASE_ENDINGS[code]:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[:-len(ending)]
            if any(stem + end in given for end in _NOMINATIVE_ENDS):
                return True
    return False


# Malaysian honorifics written before a name (general usage); alone they name nobody
MALAY_HONORIFICS = frozenset(("tan sri", "puan sri", "datuk seri", "dato' seri", "dato' sri", "dato sri", "datuk",
                              "dato'", "dato", "datin", "datin seri", "tun", "toh puan", "datuk seri panglima"))
_MALAY_HONORIFIC_FIRST = frozenset(h.split(" ")[0] for h in MALAY_HONORIFICS)


def _city_after_place_cue(text: str, start: int, word: str, code: str) -> bool:
    """A city the knowledge base knows by ``word`` (a quiet name: Verona, Bari and Dijon are
    first names, Verona a word of Italian news too) after a Romance preposition of place
    (a Verona, à Dijon, em Braga): the city, though the lists hold its name."""
    return prev_word(text, start) in PLACE_CUES[code] and _kb_place(word, True, code)


# (Catalan's cues are its own: catalan.named_by_cue)
_CITY_CUE_LANGS = ROMANCE - {"ca"}
_NAMED_BY_CUE = {"nl": dutch.named_by_cue, "cs": czech.named_by_cue, "ro": ro_named_by_cue, "ca": catalan.named_by_cue,
                 "sk": slovak.RULES.named_by_cue, **dict.fromkeys(croatian.LANGS, croatian.named_by_cue),
                 **{c: partial(_city_after_place_cue, code=c) for c in _CITY_CUE_LANGS}}
# Czech's rules, with Slovak's words for Slovak
_CZECH_RULES = {"cs": czech.RULES, "sk": slovak.RULES}
_LONE_NAME = {"vi": vi_lone_name, "id": id_lone_name, "sv": swedish.lone_name, "el": el_lone_name,
              "bg": bulgarian.lone_name, "da": danish.lone_name, "nb": norwegian.lone_name}
# a language's reading of a capitalised run by its cues (the run's names and types), where it has one
_RUN_CANDIDATES = {"el": el_run_candidates, "id": id_run_candidates, "sv": swedish.run_candidates,
                   "bg": bulgarian.run_candidates, "da": danish.run_candidates, "nb": norwegian.run_candidates}


_DE_HEADS_OF_NAMES = (DE_ORG_HEADS + DE_LOC_HEADS + DE_BUILDING_HEADS + _DE_FACILITY_HEADS + DE_CHURCH_HEADS
                      + _DE_TRADE_HEADS + tuple(_DE_BARE_HEADS)
                      + ("haus", "hof", "tag", "orden", "bund", "zentrum", "akademie", "schule", "gymnasium"))


def _de_noun_of_others(word: str) -> bool:
    """A German common noun that names no body, place or building (Kämpfer, Sprecher,
    Anhänger): before der or des it says whose, and the name begins after the article."""
    low = word.casefold()
    if low not in de_lexicon().nouns:
        return False
    # (in the genitive too: des Verbands der Automobilindustrie, des Bundesministeriums der Finanzen)
    stems = (low, low[:-1], low[:-2]) if low.endswith("es") else (low, low[:-1]) if low.endswith("s") else (low,)
    return not any(stem in ORG_HEADS or stem.endswith(_DE_HEADS_OF_NAMES) for stem in stems)


def _family_name(low: str, given: frozenset[str], cw, german: bool) -> bool:
    """No first name, or in German a family name too (Hartmann, in both lists): what ends a
    person's name before "vom", "of" (Lena Hartmann vom ...; not Johann Wolfgang von Goethe,
    nor Santa María del Tule, a town)."""
    return low not in given or german and low in cw.surnames


def _von_the_body(run: list[tuple[int, int, str]], i: int) -> bool:
    """"von der University of Waterloo", "von der Universität Wien": at ``run[i]`` (von) a
    person's name gives way to the body after the article (not "von der Leyen")."""
    return i + 2 < len(run) and run[i + 1][2] in ("der", "dem") and (
        run[i + 2][2].casefold() in ORG_HEADS or run[-1][2].casefold() in ORG_SUFFIXES)   # (von der Burrell Collection)


def _links_off(text: str, s: int, e: int) -> tuple[int, int]:
    """The span [s, e) without the name particles at its edges that the words cut off before
    them left (Трябва да Кажа, its first word a sentence's: Кажа)."""
    while (sp := text.find(" ", s, e)) > 0 and text[s:sp] in NAME_LINKS:
        s = sp + 1
    while (sp := text.rfind(" ", s, e)) > 0 and text[sp + 1:e] in NAME_LINKS:
        e = sp
    return s, e


# a firm of partners' names joined by "&", with its legal form, and the trade noun in -ei that
# opens some (Heinemann & Söhne KG, Kanzlei Brandt & Okafor, Tischlerei Wendt & Partner,
# Spedition Wittmann & Söhne)
_FIRM_FORMS = r"(?: (?:GmbH|AG|KG|OHG|mbH|SE|Co\.|Co|Partner|Söhne|Sons|Inc\.|LLP|LLC|Ltd\.|plc|B\.V\.|N\.V\.|S\.A\.))*"
AMPERSAND_FIRM = re.compile(r"(?:[A-ZÄÖÜ](?<![\w-].)[a-zäöüß]+(?:ei|ition) )?[A-ZÄÖÜ](?<![\w-].)[\w'’-]*(?<!GmbH)(?<!AG) & "
                            r"[A-ZÄÖÜ][\w'’-]*" + _FIRM_FORMS)
# ... and elsewhere, where a capitalised word is a name's, two on either side (Halvorsen Feed &
# Seed, Kettle & Quill Books)
AMPERSAND_FIRM_WIDE = re.compile(r"[A-ZÄÖÜ](?<![\w-].)[\w'’-]*(?: [A-ZÄÖÜ][\w'’-]*)?(?<!GmbH)(?<!AG) & "
                                 r"[A-ZÄÖÜ][\w'’-]*(?: [A-ZÄÖÜ][\w'’-]*(?![.\w]))?" + _FIRM_FORMS)


# titles of nobility written between a first name and its noble name (Alexander Graf von Schwerin)
DE_NOBLE_TITLES = frozenset("Graf Gräfin Freiherr Freifrau Fürst Fürstin Prinz Prinzessin Herzog Herzogin Ritter "
                            "Edler Edle Baron Baronin Markgraf Landgraf Kurfürst".split())


def _de_person_then_von(run: list, given: frozenset[str]) -> int:
    """Where "von" (or "vom") in a run of capitalised words follows a first name and a word
    that is no first name (Jakub Wrona von Legia, Tomasz Wierzbicki von der Universität): the
    person ends there, and the rest is another name. 0 if it does not."""
    for k in range(2, len(run) - 1):
        if run[k][2] in ("von", "vom"):
            before = run[k - 1][2]
            return k if run[k - 2][2].casefold() in given and before[:1].isupper() and before.casefold() not in given \
                and before not in DE_NOBLE_TITLES else 0
    return 0


# German verbs of saying, after a person's name or before it after a quotation (Obama sagte;
# „...“, sagte Trump); general German
DE_SPEECH_VERBS = frozenset("""sagte sagt sagten erklärte erklärt betonte betont meinte meint fügte warnte warnt
kritisierte kritisiert forderte fordert räumte bestätigte bestätigt versprach schrieb twitterte kündigte
argumentierte unterstrich verkündete""".split())
# a verb of saying, laut or so after a space (a literal space first: the scan is quick)
_DE_SPEECH_AT = re.compile(r" (?:" + alternation(sorted(DE_SPEECH_VERBS | {"laut", "Laut", "so"}), 0) + r")\b")
_DE_WORD_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w’'-]+\Z")
_DE_WORD_AFTER = re.compile(r" ([A-ZÄÖÜ])")
# ... and a name after the verb with what was said after a comma, reported (sagte Merz, die
# Union werde; erklärte Tuchel, er habe): the verb comes second after a time or a place
_DE_NAME_THEN_REPORT = re.compile(r" ([A-ZÄÖÜ][\w’'-]+), "
                                  r"(?:er|sie|es|man|dass|das|die|der|den|wir|ihr|sein|seine|ihre)\b")


def de_speaker_starts(text: str) -> frozenset[int]:
    """Where a capitalised word that may speak starts: before a verb of saying (Obama sagte),
    after one that follows a quotation (,,...", sagte Trump) or that a comma and what was
    said follow (erklärte Tuchel, er habe), after laut or ", so"."""
    starts = set()
    for m in _DE_SPEECH_AT.finditer(text):
        p, word = m.start(), m.group()[1:]
        if word in DE_SPEECH_VERBS:
            if (before := _DE_WORD_BEFORE.search(text, max(0, p - 40), p)) is not None:
                starts.add(before.start())
            if not (p and text[p - 1] in ",“”\"»«"):
                if (after := _DE_NAME_THEN_REPORT.match(text, m.end())) is not None:
                    starts.add(after.start(1))   # (Zwei Tage später erklärte Tuchel, er habe ...)
                continue
        elif word == "so" and not (p and text[p - 1] == ","):
            continue
        if (after := _DE_WORD_AFTER.match(text, m.end())) is not None:
            starts.add(after.start(1))
    return frozenset(starts)


@lru_cache(maxsize=1)
def _de_famous_finder():
    """The famous family names (famous_family_names) as an automaton (one pass in C over the
    text: a regex of 600 names tries its tree at every capital, twice as slow), or None."""
    import ahocorasick_rs
    famous = get_kb().famous_family_names("de")
    return ahocorasick_rs.AhoCorasick(sorted(famous), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest) \
        if famous else None


def _de_famous_at(text: str) -> list[tuple[int, str]]:
    """(start, word) of each famous family name written as a word of its own, with its
    genitive's s if it has one (Putin, Trumps; not Putinismus)."""
    finder = _de_famous_finder()
    if finder is None:
        return []
    try:
        found = finder.find_matches_as_indexes(text)
    except UnicodeEncodeError:   # lone surrogates, which Rust strings cannot hold (same length)
        found = finder.find_matches_as_indexes(_LONE_SURROGATE.sub("\ufffd", text))
    out, n = [], len(text)
    for _, s, e in found:
        if e < n and text[e] == "s":
            e += 1
        if (s and (text[s - 1].isalnum() or text[s - 1] in "-_")) or e < n and (text[e].isalnum() or text[e] in "-_"):
            continue
        out.append((s, text[s:e]))
    return out


def _de_famous_genitive(word: str) -> bool:
    """A famous family name with its genitive's s (Putins, Trumps): no German word's form."""
    return word[-1:] == "s" and word[:-1] in get_kb().famous_family_names("de")


# words for kin or a person's own people, after a family name's genitive (Seelers Vater, Langs
# Ehefrau, Brandts Nachfolger, Merkels Sprecher), general German
_DE_KIN_WORDS = frozenset("""Vater Mutter Eltern Ehefrau Ehemann Witwe Witwer Sohn Tochter Bruder Schwester Onkel Tante
Großvater Großmutter Enkel Enkelin Neffe Nichte Nachfolger Nachfolgerin Vorgänger Vorgängerin Lebensgefährtin
Lebensgefährte Biograf Biograph Lehrer Schüler Anwalt Anwältin Sprecher Sprecherin Berater Beraterin
Stellvertreter Stellvertreterin""".split())


def _de_kin_genitive(word: str, following: str) -> bool:
    """A family name's genitive before a word for kin (Seelers | Vater): the name without its
    s a family name the lists hold, or no German word, noun or place."""
    if len(word) < 4 or word[-1] != "s" or following not in _DE_KIN_WORDS or not word[1:].islower():
        return False
    base = word[:-1].casefold()
    lex = de_lexicon()
    return base in common_words().surnames or base in lex.surnames or not (
        base in lex.nouns or base in common_words().get("de") or base in lex.toponyms or _kb_place(word[:-1]))


def de_people_alone(text: str) -> frozenset[int]:
    """Where a capitalised word stands that may be a person alone: one that speaks
    (de_speaker_starts), or a famous family name inside a sentence (mit Putin, die Politik
    Trumps). ``_de_speaker`` decides."""
    starts = set(de_speaker_starts(text))
    starts.update(s for s, word in _de_famous_at(text) if not _is_sentence_start(text, s)
                  or _de_famous_genitive(word))   # (a genitive opening a sentence too: Putins Sprecher)
    return frozenset(starts)


def _de_speaker(text: str, s: int, e: int, w: str) -> Candidate | None:
    """A capitalised word where de_people_alone says (Obama sagte, „...“, sagte Trump, laut
    Orbán, ..., so Macron; mit Putin): a person, unless it is a German noun (Die Regierung
    erklärte), an acronym (die AfD erklärte: a party), a function word or a body with an
    article. Famous family names are words to wordfreq (Trump), so the word lists cannot
    decide here."""
    if len(w) < 3 or not w[1:].islower() or prev_word(text, s).casefold() in _DE_ARTICLES:
        return None   # (der Nabu kritisiert: a body; people take no article)
    low = w.casefold()
    nouns = de_lexicon().nouns
    if low in nouns or low in common_words().function_words("de") or low in GENERIC \
            or german_lone_type(w) in ("LOC", "ORG") \
            or low.endswith(GERMAN_NOUN_SUFFIXES) \
            or _german_compound(low, nouns) and low not in common_words().surnames \
            and not (low[-1] == "s" and low[:-1] in common_words().surnames) \
            and not low.endswith(("mann", "manns")):
        return None   # (vom Wetterdienst erklärte: a compound noun; not Brinkmanns, a family name's genitive;
        # nor Hettmann: a compound of Mann that the lexicon lacks is a family name, Kaufmann is a noun)
    return Candidate(s, e, w, "PER")


# abbreviations of common nouns that German writes in capitals (a style guide's list): no names
DE_COMMON_ABBREVIATIONS = frozenset("""KI IT TV PC PKW LKW KFZ BIP CEO CFO CTO COO SUV DNA RNA HIV AIDS USB PDF
GPS SMS LED LCD CD DVD MRT CT EKG AKW KKW WM EM NGO PR FAQ OK IQ KZ NS ICE IC EC ABS MP WLAN DSL UKW PIN TAN SOS
UFO KW PS KM AG SE KG UG OHG BRD DDR EUR USD CHF GBP JPY CNY ETF IPO AGB DSGVO BGB GG HGB ZPO EEG DAX MDAX SDAX
TECDAX ATX SMI OB API VR AR WC AHV EBIT EBITDA PM AM FM XL XXL ABC TÜV""".split())


def de_acronym(text: str, start: int, end: int, word: str) -> bool:
    """A body's acronym in German (die DLRG, Das LKA, Elke Kahr (KPÖ)): two to five capitals
    after a lower-case word, an article, a comma or a bracket, no common noun's abbreviation
    (KI, LKW, BIP) nor a Roman numeral, and no number or capitalised word after it (FSV 63
    Luckenwalde, MTV Stuttgart: a club's longer name). German news makes the frequent ones words of the word lists, so
    they cannot decide."""
    if not (2 <= len(word) <= 5 and word.isalpha() and word.isupper()) or word in DE_COMMON_ABBREVIATIONS \
            or _ROMAN.fullmatch(word) or _NUMBER_AFTER.match(text, end) or _NEXT_CAPITALISED.match(text, end) \
            or start < 2:
        return False
    before = text[start - 1]
    if before == "(":
        return True
    return before == " " and (text[start - 2].islower() or text[start - 2] == ","
                              or prev_word(text, start) in _DE_ARTICLES)


def latin_candidates(text: str, code: str, covered: bytearray) -> list[Candidate]:
    """Capitalised runs in a Latin/Cyrillic/Greek-script language."""
    cw = common_words()
    common = cw.get(code)
    top = cw.get_top(code)
    en_common = cw.get("en")
    en_top = cw.get_top("en")
    german = code == "de"
    vietnamese = code == "vi"
    nl = code == "nl"
    indonesian = code == "id"
    cs = _CZECH_RULES.get(code)   # (Czech's rules, or Slovak's)
    hr = code in croatian.LANGS
    romanian = code == "ro"
    # a language's rule that keeps a lone capitalised word the word lists would drop: by the
    # word before it (Dutch "in Leiden", Czech "v Brně", Romanian "județul Alba"), or by
    # the word itself and its context (Vietnamese, Indonesian, Greek, Bulgarian, Scandinavian)
    named_by_cue = _NAMED_BY_CUE.get(code)
    lone_name = _LONE_NAME.get(code)
    run_candidates = _RUN_CANDIDATES.get(code)   # (the language's reading of a whole run, or None)
    out: list[Candidate] = []
    for m in (AMPERSAND_FIRM if german else AMPERSAND_FIRM_WIDE).finditer(text) if " & " in text else ():
        # Heinemann & Söhne KG, Brandt & Okafor
        s, e = m.span()
        if not any(covered[s:e]):
            out.append(Candidate(s, e, m.group(), "ORG"))
            covered[s:e] = b"\x01" * (e - s)   # (its words are no names of their own)
    run: list[tuple[int, int, str]] = []   # (start, end, word) of the words in the current run
    # (people that speak, Obama sagte, laut Orbán, and those news calls by family name, too
    # common as words to match anywhere: mit Putin, die Politik Trumps)
    people_alone = de_people_alone(text) if german else frozenset()

    given = cw.given_for(code)
    italian = code == "it"
    feature_heads = FEATURE_HEADS_IT if italian else FEATURE_HEADS_EN if code == "en" else FEATURE_HEADS
    org_openers = ORG_OPENERS.get(code, frozenset())   # (Romance heads that open a body's name)
    if italian:
        given = _given_but_place_heads(given)

    def flush():
        if german and len(run) >= 3 and run[1][2] in ("der", "des") and _de_noun_of_others(run[0][2]):
            del run[:2]   # Kämpfer der | Wagner-Gruppe: people or things of a body, then the body's name
        if german and len(run) >= 2 and run[0][2].endswith("gesellschaft") \
                and run[0][2].casefold().endswith(DE_KIND_OF_FIRM):
            del run[0]   # die Eisenbahngesellschaft | Norfolk Southern: the trade, then the firm's name
        if german and ("-" in run[0][2] or len(run) > 1 and "-" in run[1][2]
                       or text.startswith(" für ", run[0][1]) or len(run) > 1 and text.startswith(" für ", run[1][1])) \
                and (inst := _de_institution_and_field(text, run)) is not None:
            run.clear()   # Max-Planck-Institut für evolutionäre Anthropologie
            if not any(covered[inst.start:inst.end]):
                out.append(inst)
                covered[inst.start:inst.end] = b"\x01" * (inst.end - inst.start)   # (its field's words: taken)
            return
        if german and len(run) >= 2 and text.find("inisteri", run[0][0], run[-1][1]) >= 0 and (
                k := next((i + 1 for i in range(len(run) - 1) if _de_ministry(run[i][2].casefold())
                           and run[i + 1][2] not in ("der", "des", "für")), 0)):
            rest = run[k:]   # das Justizministerium | Anklage: a ministry's name goes on only with der, für
            del run[k:]
            flush()
            run.extend(rest)
            flush()
            return
        if german and len(run) >= 3 and (k := next((i for i in range(1, len(run) - 1) if run[i][2] in ("von", "vom")
                                                    and _de_person_noun(run[i + 1][2].casefold())), 0)):
            # die Sozialistische Partei | von | Ministerpräsident Sánchez: a title after "von" opens
            # another phrase, the person's (no name holds "von" and a rank)
            rest = run[k + 1:]
            del run[k:]
            flush()
            run.extend(rest)
            flush()
            return
        if german and len(run) >= 4 and (k := _de_person_then_von(run, given)):
            # der Verteidiger Jakub Wrona | von | Legia Warschau: a first and a family name, then
            # where the person comes from (a noble name follows a first name: Hans Christoph von Rohr)
            rest = run[k + 1:]
            del run[k:]
            while rest and rest[0][2] in ("der", "dem", "den"):
                del rest[0]
            flush()
            run.extend(rest)
            if run:
                flush()
            return
        if german and len(run) >= 3 and not _SPLITTING_WORDS.isdisjoint([t[2] for t in run]) \
                and (k := max((i for i in range(1, len(run) - 1) if run[i][2] in GERMAN_LEGAL_FORMS
                               and run[i + 1][2] not in _LEGAL_FORM_GOES_ON or run[i][2] == "den"), default=0)):
            # der Kessler Logistik KG | Betrug: a legal form closes the firm's name; Bürgermeisterin
            # Rosalynn Bliss | den | John Ball Park: an article opens another phrase (no name holds "den")
            rest = run[k + 1:]
            del run[k if run[k][2] == "den" else k + 1:]
            flush()
            run.extend(rest)
            flush()
            return
        if german and run[-1][2] in DE_ROAD_WORDS and (road := _de_road(text, run[-1])) is not None:
            run.clear()   # Bundesstraße 28, (auf der) A 8
            if not any(covered[road.start:road.end]):
                out.append(road)
            return
        if german and (len(run) == 1 or len(run) == 2 and run[0][2].casefold() in _DE_SENTENCE_OPENERS) \
                and run[-1][2].endswith(DE_HYPHEN_KIND_ENDS) \
                and (kind := _de_hyphened_kind(run[-1][2], common)) is not None:
            # die Reykjanes-Halbinsel, die Jagiellonen-Universität: a name and its kind (after an
            # article or a preposition opening the sentence too: Im Ernst-Abbe-Sportfeld)
            start, end, w = run.pop()
            run.clear()
            if not any(covered[start:end]):
                out.append(Candidate(start, end, w, kind))
            return
        if len(run) == 1:
            start, end, w = run[0]
            if start in people_alone \
                    and (speaker := _de_speaker(text, start, end, w)) is not None:
                run.clear()   # Obama sagte, „...“, sagte Trump, laut Orbán: a person, words of the lists or not
                if not any(covered[start:end]):
                    out.append(speaker)
                return
            if german and w in german_firm_words():
                run.clear()   # Strabag, Dekra: a body's name the knowledge base keeps for German text
                if not any(covered[start:end]):
                    out.append(Candidate(start, end, w, "ORG"))
                return
            # (a preposition of place before the word, or a known town listed after one: in
            # Wiesbaden, Gießen und Marburg)
            cue = german and (_after_place_cue(text, start)
                              or _listed_after_place_cue(text, start) and _town_named_as_noun(text, end, w)) \
                or named_by_cue is not None and named_by_cue(text, start, w)
            if not cue and _lone_word_rejected(w, code) and not (lone_name is not None and lone_name(text, start, w)) \
                    and not (german and w.isupper() and de_acronym(text, start, end, w)):
                # fast path: a lone capitalised word that is plainly not a name
                run.clear()
                return
        else:
            cue = False
            k = 0
            if len(run) >= 4:
                # two people joined by "and"/"y" ("Adam Kowalczyk and Tom Brennan"), or a
                # person and the body after "vom", "of" ("Marcel Fratzscher vom Deutschen
                # Institut ...", "Jamie Dimon of JPMorgan"; not "Johann Wolfgang von
                # Goethe", where a first name stands before the particle): two runs
                k = next((i for i in range(2, len(run) - 1) if run[i][2] in PAIR_JOINERS
                          and run[i + 1][2].casefold() in given), 0)
                if not (k and any(run[j][2].casefold() in given for j in range(k - 1))):
                    # (a title, or an article and a title, may stand before the first name:
                    # Richterin Marianne Sperling vom Amtsgericht, Die Physikerin Donna Strickland von der ...)
                    f = next((j for j in range(3) if run[j][2].casefold() in given), 0) if len(run) >= 5 else 0
                    k = next((i for i in range(f + 2, len(run) - 1) if run[i][2] in PERSON_OF
                              or german and run[i][2] == "von" and _von_the_body(run, i)), 0) \
                        if run[f][2].casefold() in given and _family_name(run[f + 1][2].casefold(), given, cw, german) else 0
                    if k and not _family_name(run[k - 1][2].casefold(), given, cw, german):
                        k = 0
                if not k:
                    # two places joined by "and" ("Fifth Avenue and Abbey Road")
                    k = next((i for i in range(2, len(run) - 1) if run[i][2] in PAIR_JOINERS
                              and run[i - 1][2].casefold() in LOC_SUFFIXES_LATIN), 0)
            if not k and german and len(run) >= 4:
                # a body of two words or more and the person it belongs to: Kestrel Labs von Arjun Mehta
                # (not a noble name: Georg Friedrich von Baden-Durlach, whose "von" no first name follows)
                k = next((i for i in range(2, len(run) - 2) if run[i][2] == "von" and run[i + 1][2].casefold() in given
                          and run[i - 1][2].casefold() not in given), 0)
            if not k and code == "en":   # Ashby and Brakwell; Mary Jones and Democrat John Smithers
                k = english.pair_joiner([w.casefold() for _, _, w in run], given)
            if k:
                rest = run[k + 2:] if run[k][2] == "von" and run[k + 1][2] in ("der", "dem") else run[k + 1:]   # (von der:
                # the article goes too)
                del run[k:]
                flush()
                run.extend(rest)
                flush()
                return
        # (start, end, word, lower-cased word) per token, computed once
        toks = [(s, e, w, w.casefold()) for s, e, w in run]
        run.clear()
        if vietnamese and len(toks) == 1 and _lone_word_dropped(toks[0][2], code) \
                and not vi_lone_name(text, toks[0][0], toks[0][2]):
            return   # (an everyday word alone, as the fast path above finds)
        if vietnamese and (names := vi_run_candidates(text, toks)) is not None:
            # (a run of Vietnamese syllables: typed by Vietnamese cues, or no name)
            out.extend(Candidate(s, e, text[s:e], etype) for s, e, etype in names if not any(covered[s:e]))
            return
        if run_candidates is not None and (names := run_candidates(text, toks)) is not None:
            # (a run a language's cues type: a first name, a title, a trade, a preposition of place)
            for s, e, etype in names:
                s, e = _links_off(text, s, e)
                if s < e and not any(covered[s:e]):
                    out.append(Candidate(s, e, text[s:e], etype))
            return
        if toks[0][3] in _MALAY_HONORIFIC_FIRST and " ".join(t[3] for t in toks) in MALAY_HONORIFICS:
            return   # what a known name after "Tan Sri", "Datuk Seri" leaves
        if len(toks) >= 2 and toks[0][3] in ADMIN_HEADS and toks[1][2][1:].islower():
            # "Kabupaten Morowali", later "di Morowali": the place is the name after the head
            s, e = toks[1][0], toks[-1][1]
            if not any(covered[s:e]):
                out.append(Candidate(s, e, text[s:e], "LOC"))
            return
        if german and len(toks) == 2 and toks[1][2] in _DE_STREET_WORDS and _de_town_adjective(toks[0][2]):
            s, e = toks[0][0], toks[1][1]   # Bochumer Straße, Pariser Platz: a street named by a town
            if not any(covered[s:e]):
                out.append(Candidate(s, e, text[s:e], "LOC"))
            return
        if german and len(toks) == 2 and toks[0][2] in DE_REGION_ADJECTIVES:
            s, e = toks[0][0], toks[1][1]   # Schwäbisch Hall: a town named with its region's
            if not any(covered[s:e]):       # adjective, uninflected as no other noun takes it
                out.append(Candidate(s, e, text[s:e], "LOC"))
            return
        if german and len(toks) >= 2 and (adj := _de_adjective_name(toks, text, cw)) is not None:
            if not any(covered[adj.start:adj.end]):
                out.append(adj)
            return
        if german and len(toks) >= 2:
            if len(toks) >= 3 and (toks[1][2] == "St" or toks[2][2] == "St") \
                    and (church := _de_saints_church(toks)) is not None:
                s, e = toks[church][0], toks[-1][1]   # Pfarrkirche St. Vitus: a church named after its saint
                if not any(covered[s:e]):
                    out.append(Candidate(s, e, text[s:e], "LOC"))
                return
            if toks[-1][3] not in common and (apposed := _de_apposed_name(toks)) is not None:   # (most runs
                # end in an everyday word: asked here, without the call)
                if not any(covered[apposed.start:apposed.end]):
                    out.append(apposed)
                return
        # trim connectors and generic/common edges; a run that ends in an organisation
        # word ("Metropolitan Club", "Decca Records") loses only function words
        # (a hyphened newspaper's name by a word among its parts: Scranton Times-Tribune)
        orgish = len(toks) >= 2 and (toks[-1][3] in ORG_SUFFIXES or "-" in toks[-1][3] and org_word(toks[-1][3]))
        if german and orgish and not _opens_name(toks[0][3], german) and toks[0][3] not in ORG_HEADS and (
                k := max((i for i in range(1, len(toks) - 2) if toks[i][2] in _DE_DEFINITE or toks[i][2] == "von"
                          and all(t[3] in de_lexicon().nouns or _de_person_noun(t[3]) or t[3] in cw.function_words(code)
                                  for t in toks[:i])), default=0)):
            # ein Sprecher der | Bauer GmbH & Co. KG, die Vorwürfe der | Scranton Times-Tribune, zwei
            # Manager von | Seabright Energy: the body's name opens after the genitive's article or
            # "von" after nouns (not Gesellschaft der Freunde ...)
            del toks[:k + 1]
        # before a German legal form only function words go: the name before it may be a
        # common word or a common family name (die Müller GmbH, Weber AG)
        opening_words = cw.function_words(code) if orgish and toks[-1][2] in GERMAN_LEGAL_FORMS else top
        # an English name in German text, by its English last word (Little Cottonwood Canyon,
        # National Air and Space Museum): its English words stay, German ones before it go
        # (not after a known name, which the rules cannot join: Eldoret | International Airport)
        english_name = german and len(toks) >= 2 and (orgish or toks[-1][3] in LOC_SUFFIXES_LATIN) \
            and not (toks[0][0] > 1 and covered[toks[0][0] - 2])
        if cs and len(toks) >= 2 and cs.opens_with_cue(text, toks[0][0], toks[0][3]):
            toks.pop(0)   # Starostové Lhoty, Ve Lhotě: the cue opening the sentence, then a place
            cue = True
        elif hr and len(toks) >= 2 and croatian.opens_with_cue(toks[0][3], text, toks[0][0]):
            toks.pop(0)   # Mještani Lipovca, U Lipovcu: the cue opening the run, then a place
            cue = True
        # the words that open the run and can open no name go, unless ... (the test that the word
        # could go first: most words stay, and the reasons to keep one are asked of few)
        while toks and not cue and (toks[0][3] in CONNECTORS or toks[0][2] in NAME_LINKS or (
                (toks[0][3] in opening_words or toks[0][3] in GENERIC) if orgish
                else _weak_word(toks[0][2], toks[0][0], text, code, opens_run=len(toks) >= 2))) \
                and not (code == "en" and toks[0][3] not in CONNECTORS
                         # (in English a head noun keeps the capitalised words before it: the National Safety Office)
                         and english.headed_run(text, toks[0][0], [t[3] for t in toks], top)) \
                and not (len(toks) >= 2 and (toks[0][3] in ORG_HEADS
                                             # (an organisation's head word opens its name: Universität Passau,
                                             # Stiftung Warentest)
                                             or _opens_name(toks[0][3], german, feature_heads)
                                             or toks[0][3] in org_openers
                                             or nl and dutch.keeps_capital_article(toks[0][3], toks[0][2])
                                             and not _is_sentence_start(text, toks[0][0])
                                             # (die Band Kitty Blue: the kind of body, read below;
                                             # after an article: "weil Unternehmen Steuern zahlen" is plural)
                                             or german and apposition_head(toks[0][3]) == "ORG"
                                             and prev_word(text, toks[0][0]) in _DE_ARTICLES
                                             or english_name and toks[0][3] in en_top
                                             and toks[0][3] not in cw.function_words(code)
                                             # (Serbische Akademie der ..., Königlichen Akademie zu ...)
                                             or german and len(toks) >= 3
                                             and _de_adjective_of_a_body(toks[0][3], toks[1][3], cw))) \
                and not (german and ("minister" in toks[0][3] and _de_ministry(toks[0][3])
                                     or len(toks) == 1 and toks[0][3] in _DE_BODY_NOUNS)) \
                and not (german and len(toks) == 1 and toks[0][2].isupper()   # (der Umsatz der | AEG)
                         and de_acronym(text, toks[0][0], toks[0][1], toks[0][2])) \
                and not (toks[0][0] in people_alone
                         and _de_speaker(text, toks[0][0], toks[0][1], toks[0][2]) is not None) \
                and not (german and toks[0][2] in CAPITAL_PARTICLES and len(toks) >= 2
                         and not _is_sentence_start(text, toks[0][0]) and not _after_place_cue(text, toks[0][0])):
            # (das Justizministerium; die Politik Trumps: a person that speaks or is famous stays;
            # mit De Wever, vor Van Aert: a particle written with a capital inside a sentence opens the family name)
            toks.pop(0)
        if german and len(toks) == 1 and toks[0][1] + 1 < len(text) and covered[toks[0][1] + 1] \
                and text[toks[0][1]] == " " and apposition_head(toks[0][3]) is not None:
            return   # Der Logistiker | DHL: the kind of the known name after it, no name
        if code == "uk" and len(toks) >= 2 and uk_lead_title(toks[0][2]):
            toks.pop(0)   # a title at a sentence start: Президентка Марія Коваль
        if cs and toks and (lead := cs.lead_before_person(text, toks[0][0], [t[2] for t in toks])) is not None:
            # OSN Jan Novák, v Horní Lhotě Jan Novák: the body's acronym, the place before the person
            n, kind = lead
            ls, le = toks[0][0], toks[n - 1][1]
            del toks[:n]
            if kind is not None and not any(covered[ls:le]):
                out.append(Candidate(ls, le, text[ls:le], kind))
        if not toks:
            return   # (every word trimmed: most runs at a German sentence start, Der Zeitpunkt)
        if nl and len(toks) >= 3 and (k := dutch.portfolio_before_name(text, toks, common)):
            s, e = toks[k][0], toks[-1][1]   # minister van Energie | Ed Miliband: the member of the government
            if not any(covered[s:e]):
                out.append(Candidate(s, e, text[s:e], "PER"))
            return
        if german and len(toks) == 2 and toks[1][2].isupper() and len(toks[1][2]) >= 2 \
                and toks[0][3].endswith(DE_ORG_HEAD_ENDS):
            toks.pop(0)   # der Arbeitgeberverband | BAVC: a kind of body before its acronym
        if len(toks) >= 2 and _opens_name(toks[0][3], german, feature_heads) \
                and not (german and _de_kind_then_name(toks, common)):
            pass   # a place's or an institution's head opens its name: Landkreis Ravensburg, Brauerei Aying
        elif len(toks) == 2 and toks[1][2] in GERMAN_LEGAL_FORMS:
            pass   # a noun before a legal form is the firm's name, no role or kind: Müller GmbH, Bauer AG
        elif german and len(toks) >= 3 and toks[0][3] not in given and \
                (_first_name(toks[1][3], given) or len(toks) == 3 and _de_person_noun(toks[0][3])) \
                and not _namey(toks[0][2]) and apposition_head(toks[0][3]) != "ORG":
            # a role noun before a name: "Analystin Marisol Quenneville", "Sänger Hans-Jürgen X";
            # a trade's or a rank's before two words, a first name the lists lack: Energieminister Ed Miliband
            toks.pop(0)
        elif nl and len(toks) >= 2 and dutch.descriptor_before_name(toks, common, given):
            toks.pop(0)   # "Tennisser X Y", "de Ethiopische X Y": the role or the people is no part of the name
        elif len(toks) >= 2 and toks[0][3] not in org_openers \
                and not (code == "en" and english.municipal_body([t[3] for t in toks])) \
                and not (german and toks[0][3] in DE_KINDS_BEFORE_NAMES and not _de_kind_then_name(toks, common)) \
                and (head := apposition_head(toks[0][3]) or (romanian and ro_noun_kind(toks[0][3])) or None) \
                is not None:   # (Regione Siciliana: the body; Patiseria X)
            # a capitalised noun before a name in apposition ("Der Energiekonzern Vaskivoima",
            # "Carmaker Zentrix"): no part of it, its type, whatever the name looks like
            # (Stahlhersteller Saarstahl: a compound-shaped name)
            toks.pop(0)
            if len(toks) >= 2 and toks[0][2] in _DE_DEFINITE:
                toks.pop(0)   # a German genitive's article: Nebenfluss der | Regnitz (not für Astronomie, Zeitung Die Zeit)
            if len(toks) == 1 and toks[0][2] in _DE_DEFINITE:
                return   # die Zentralbank der | Türkei (a known name, taken): no name is left
            if len(toks) == 1 and not any(covered[toks[0][0]:toks[0][1]]) and toks[0][3] not in GENERIC:
                if len(toks[0][2]) <= 4 and toks[0][2][1:].islower() and text.startswith(".", toks[0][1]):
                    return   # an abbreviation opening the name: Firma Gebr. Krallmann
                out.append(Candidate(toks[0][0], toks[0][1], toks[0][2], head))
                return
            if german and head == "ORG" and len(toks) <= 3 and not any(t[3] in GENERIC or t[3] in CONNECTORS for t in toks) \
                    and not any(covered[toks[0][0]:toks[-1][1]]):
                # a body's name of two or three words, whatever their shape: die Band Kitty Blue
                s, e = toks[0][0], toks[-1][1]
                if (registered := _DE_REGISTERED.match(text, e)) is not None:
                    e = registered.end()   # (der Verein Kulturbahnhof Ottersberg e.V.)
                out.append(Candidate(s, e, text[s:e], "ORG"))
                return
        elif german and len(toks) >= 2 and toks[0][2] not in CAPITAL_PARTICLES and _de_descriptor(toks[0], toks[1], given):
            toks.pop(0)   # a common noun before a name: "Neobank N26", "Vergleichsportal Finanztip"
        elif german and len(toks) >= 3 and toks[0][3] in DE_NATIONALITY_NOUNS and _first_name(toks[1][3], given):
            toks.pop(0)   # der Däne | Rasmus Kjærgaard: a nationality before the person's name
        elif len(toks) >= 3:
            # capitalised titles before a name ("Yönetim Kurulu Başkanı Ahmet Bolat",
            # "Chief Executive Maria Quenneville"): the name starts at the first given name
            # after them, unless a word before it makes the run an organisation's name
            # ("Fundación Carlos Slim").
            first = next((i for i in range(1, min(4, len(toks) - 1)) if toks[i][3] in given), None)
            if first is not None and not any(t[3] in given or (t[3] in cw.surnames and t[3] not in common)
                                             or t[3] in ORG_SUFFIXES
                                             or t[3] in ORG_WORDS_BEFORE or _namey(t[2])
                                             or t[3] in org_openers for t in toks[:first]):
                # what stands before the title is the employer's name ("Zentrix CEO
                # Marisol Quenneville"), unless it is words ("Chief Executive", "Yönetim Kurulu")
                title = max((i for i in range(first) if toks[i][3] in GENERIC), default=0)
                employer = toks[:title]
                if employer and not all(t[3] in common or t[3] in en_common or t[3] in GENERIC for t in employer) \
                        and not any(covered[employer[0][0]:employer[-1][1]]):
                    out.append(Candidate(employer[0][0], employer[-1][1], text[employer[0][0]:employer[-1][1]], "ORG"))
                del toks[:first]
        # (a capital particle in German text opens a family name, but not a place's after "in": in Van Nuys)
        particle_name = german and len(toks) >= 2 and toks[0][2] in CAPITAL_PARTICLES \
            and not _after_place_cue(text, toks[0][0])
        # a ruler's genitive and regnal number (die Wahl Karls V., eine Urkunde Heinrichs I.)
        regnal_genitive = german and len(toks) == 2 and toks[0][3][-1:] == "s" and toks[0][3][:-1] in given \
            and _ROMAN.fullmatch(toks[1][2]) is not None and text.startswith(".", toks[1][1])
        person_like = len(toks) >= 2 and _first_name(toks[0][3], given, code) or particle_name or regnal_genitive
        generic_end = len(toks) >= 2 and toks[-1][3] in GENERIC and toks[-1][3] not in ORG_SUFFIXES \
            and not (nl and dutch.compound_head_type(toks[-1][3]))   # (de Grote Markt: a square's name)
        # (after a German institution's or a place's head the words are its name, nouns or
        # not: Weberei Christian Fischer, Polizeiinspektion Vilshofen)
        body_adjective = german and len(toks) >= 3 and _de_adjective_of_a_body(toks[0][3], toks[1][3], cw)
        headed = german and len(toks) >= 2 and (_opens_name(toks[0][3], german) or body_adjective)
        if headed:
            nouns = de_lexicon().nouns
            if all(t[3] in nouns for t in toks[1:]) and prev_word(text, toks[0][0]) in _DE_INDEFINITE:
                return   # eines Bundesberufungsgerichts Einspruch: a court, not a named one
            if len(toks) >= 3 and toks[-1][3] in nouns and toks[-1][3] not in cw.surnames and toks[-1][3] not in given \
                    and (german_lone_type(toks[-2][2]) == "LOC" or _kb_place(toks[-2][2])):
                del toks[-1]   # Landesgericht Innsbruck | Insolvenz: a noun after the place ends the name
            if toks[0][3].endswith(_DE_TRADE_HEADS) and (k := next(
                    (k for k in range(2, len(toks)) if toks[k][3] == "für" or toks[k][3] in nouns
                     and toks[k][3] not in cw.surnames and toks[k][3] != "land"
                     and de_head_type(toks[k][2]) != "LOC"), 0)):
                del toks[k:]   # das Weingut Kerpen-Thiel | Trauben für Federweißen (not Molkerei Berchtesgadener Land)
        while toks and not (len(toks) >= 2 and (toks[-1][3] in ORG_SUFFIXES or toks[-1][3] in LOC_SUFFIXES_LATIN
                                                  or toks[-1][2] in CLUB_SUFFIXES
                                                  or (len(toks) == 2 and toks[0][3] in ORG_HEADS or headed)
                                                  and toks[-1][3] not in CONNECTORS)) \
                and not (len(toks) >= 3 and toks[-2][3] == "of" and toks[-3][3] in english.ORG_HEADS) \
                and (toks[-1][3] in CONNECTORS or toks[-1][2] in NAME_LINKS
                        or (toks[-1][3] in GENERIC and not (nl and dutch.compound_head_type(toks[-1][3])))
                        or (german and not person_like and not cue and _weak_edge(toks[-1][2], code))
                        or (german and person_like and len(toks) > 1 and (toks[-1][3] in top or len(toks) >= 3 and toks[-2][3] not in given)
                            and german_lone_type(toks[-1][2]) != "PER"
                            # only a noun that is no family name: a capitalised conjunction or
                            # adverb after a first name is a family name (Stephan Weil,
                            # Sebastian Kurz), and so is a frequent one (Hans Müller); a rarer
                            # noun only after a family name (Franziska Reindl | Chemie; not
                            # Hans Peter Kranich)
                            and toks[-1][3] in de_lexicon().nouns and toks[-1][3] not in cw.surnames)
                        or (german and person_like and len(toks) >= 3 and toks[-2][3] not in given
                            and toks[-2][2][:1].isupper()
                            and toks[-1][3] not in cw.surnames and toks[-1][3] not in de_lexicon().surnames
                            # (a place or a person's trade after a first and a family name: Andreas
                            # Straub | Bopfingen, Simon Rattle | Chefdirigent; not a noble name's
                            # place: Andreas zu Leiningen)
                            and (german_lone_type(toks[-1][2]) == "LOC" or _de_person_noun(toks[-1][3])))) \
                and not (toks[-1][0] in people_alone
                         and _de_speaker(text, toks[-1][0], toks[-1][1], toks[-1][2]) is not None) \
                and not (german and len(toks) == 1 and toks[0][2].isupper()
                         and de_acronym(text, toks[0][0], toks[0][1], toks[0][2])):
            toks.pop()
        if not toks:
            return
        if generic_end and all(t[3] in common or t[3] in en_common for t in toks) and not any(_namey(t[2]) for t in toks):
            return  # what a title's qualifier leaves: "Commerce" of "Commerce Secretary"
        if len(toks) >= 3 and all(t[2].isupper() for t in toks):
            return  # an all-caps heading
        if german and len(toks) >= 2 and toks[0][2][-1] == "s" \
                and (toks[0][0] in people_alone and _de_famous_genitive(toks[0][2])
                     or _de_kin_genitive(toks[0][2], toks[1][2])) \
                and (speaker := _de_speaker(text, toks[0][0], toks[0][1], toks[0][2])) is not None:
            if not _de_famous_genitive(toks[0][2]):
                speaker.id = unknown_id(toks[0][2][:-1])   # (Seelers: the id of Seeler, named so elsewhere)
            out.append(speaker)   # Trumps | Zollpolitik, Seelers | Vater: a person's genitive, then what is theirs
            del toks[0]
            if toks and toks[0][3] in de_lexicon().nouns:
                del toks[0]   # (Seelers | Vater | Erwin: the kin's word, then their name)
        words = [t[2] for t in toks]
        if len(toks) == 1 and toks[0][0] in people_alone \
                and (speaker := _de_speaker(text, toks[0][0], toks[0][1], toks[0][2])) is not None:
            out.append(speaker)   # die Politik | Trumps: what the run leaves is a person that speaks or is famous
            return
        if len(toks) == 1:
            w = words[0]
            low = toks[0][3]
            if low in GENERIC or low in cw.calendar or len(w) < 2 or w in GERMAN_LEGAL_FORMS or _common_compound(w) \
                    and not (nl and dutch.named_compound(w)) and not (german and _de_body_noun(low)):
                return
            initial = _is_sentence_start(text, toks[0][0])
            if w.isupper() and len(w) <= 5:
                if (low in common or (low in en_common and not german) or initial) \
                        and not (not initial and (code == "ru" and ru_acronym(w) or code == "uk" and uk_acronym(w)
                                                  or code in _CZECH_RULES and _CZECH_RULES[code].acronym(w)
                                                  or hr and croatian.acronym(w)
                                                  or german and de_acronym(text, toks[0][0], toks[0][1], w))) \
                        and not ((nl or code == "ca") and cue) and not (romanian and ro_named_by_cue(text, toks[0][0], w)):
                    return
            elif not _namey(w):
                if initial and not (german and (low not in common and german_lone_type(w) is not None
                                                or _de_known_town(w, low, cw) or _foreign_surname_de(low, cw))):
                    # (a German word in no word list, a known town or a family name is a name
                    # even at a sentence start)
                    return
                if german:
                    # every German noun is capitalised: a lone capitalised word is a name
                    # only if it has a name's shape (handled above), or a cue says so:
                    # "in Venedig" (a bare noun after in/nach/aus is a place: common
                    # nouns take an article there), "Herr Quenneville" (a title)
                    lone = german_lone_type(w)
                    if _de_body_noun(low) and prev_word(text, toks[0][0]) not in _DE_INDEFINITE:
                        # das Justizministerium, im Unterhaus: the body of the country the article is about
                        out.append(Candidate(toks[0][0], toks[0][1], w, "ORG"))
                        return
                    if lone is None and "-" in w and (tail := w.rsplit("-", 1)[1])[:1].isupper() \
                            and tail.casefold() not in de_lexicon().nouns and apposition_type(text, toks[0][0]) == "LOC":
                        lone = "LOC"   # in der Provinz Al-Haouz: a hyphened name after a place's noun
                    if lone is None and (low in top or low.endswith(GERMAN_NOUN_SUFFIXES) or "-" in w
                                         or len(w) < 3) and not (
                            low not in BARE_NOUNS_DE
                            and (_after_place_cue(text, toks[0][0]) or _listed_after_place_cue(text, toks[0][0]))
                            and _town_named_as_noun(text, toks[0][1], w)):
                        return
                    if (_after_place_cue(text, toks[0][0]) or _listed_after_place_cue(text, toks[0][0])) \
                            and low not in BARE_NOUNS_DE \
                            and (not (_german_plural(low, common) and not _foreign_surname_de(low, cw)
                                      or low in de_lexicon().nouns)
                                 or _town_named_as_noun(text, toks[0][1], w)) \
                            and not (lone == "PER" and low.endswith("s") and text[toks[0][1]:toks[0][1] + 2].istitle()):
                        # "in Montgomery", "in Grindavík", "in Neviges": a name after in/nach/aus is a
                        # place (not a genitive before its noun: "in Trumps Regierung"); so is the last of a list
                        # there (aus Meßstetten, Nusplingen und Obernheim), and a town whose name is a noun
                        # too (in Halle, nach Gießen) or a family name shaped like a plural (in Lancaster)
                        out.append(Candidate(toks[0][0], toks[0][1], w, "LOC"))
                    elif lone in (None, "PER") and _between_names(text, toks[0][0]) and low not in cw.surnames \
                            and low not in given and low not in de_lexicon().nouns and not _german_plural(low, common):
                        # zwischen Arzberg und Thiersheim: a word in no list of names there is a
                        # place (but zwischen Müller und Schmidt)
                        out.append(Candidate(toks[0][0], toks[0][1], w, "LOC"))
                    elif lone == "PER" and (_place_after_bei(text, toks[0][0], low, given, cw)
                                            or _unknown_after_article(text, toks[0][0], toks[0][1], given, cw)):
                        out.append(Candidate(toks[0][0], toks[0][1], w, "LOC"))
                    elif lone is None and text.endswith(("bei ", "von "), 0, toks[0][0]) \
                            and _place_after_bei(text, toks[0][0], low, given, cw) and low not in de_lexicon().nouns \
                            and low not in cw.get_top("en") and "'" not in w and "’" not in w \
                            and not _german_plural(low, common):
                        # der Bürgermeister von Wendelstein, bei Kaub: a word in no list there is a place
                        # (not an English word's: Greater Manchester, bei Christie's)
                        out.append(Candidate(toks[0][0], toks[0][1], w, "LOC"))
                    elif lone == "PER":
                        out.append(Candidate(toks[0][0], toks[0][1], w, apposition_type(text, toks[0][0])
                                             or de_apposition_after(text, toks[0][1]) or "PER"))
                    elif lone is not None:
                        out.append(Candidate(toks[0][0], toks[0][1], w, lone))
                    elif _foreign_surname_de(low, cw) or low not in common and low not in cw.get_top("en") and (
                            low in cw.surnames or prev_word(text, toks[0][0]) in PER_TITLES_BEFORE):
                        # a title before it, or a frequent family name that is no German word
                        # (the word before is read last: most words are common ones)
                        out.append(Candidate(toks[0][0], toks[0][1], w, "PER"))
                    return
                elif (low in top or low in cw.get_top("en")) and not ((nl or cs or hr or code in ROMANCE) and cue) \
                        and not (romanian and ro_named_by_cue(text, toks[0][0], w)):   # (Dutch: in Leiden; județul Alba)
                    return
        else:
            if all(w.casefold() in common or w.casefold() in GENERIC for w in words) and \
                    not any(map(_namey, words)) and words[0].casefold() not in given and not (
                        # (a facility's, a place's or an organisation's head makes a name of
                        # common words: Gatwick Airport, Aeroporto Salgado Filho, Stiftung Warentest;
                        # so does an organisation's last word after words none of the most
                        # frequent: Columbia Records, not Golf Club)
                        words[-1].casefold() in LOC_SUFFIXES_LATIN or words[0].casefold() in feature_heads
                        or particle_name or regnal_genitive   # (mit De Lie: a family name)
                        or words[0].casefold() in ORG_HEADS or headed
                        or words[0].casefold() in org_openers   # Corte Constitucional
                        or nl and not _is_sentence_start(text, toks[0][0])   # (Dutch capitalises names only: het Openbaar Ministerie)
                        or cs and cs.place_cue(text, toks[0][0]) is not None   # (v Mladé Boleslavi)
                        or hr and croatian.place_cue(text, toks[0][0]) is not None   # (u Donjoj Lipi)
                        or italian and any(w.casefold() in IT_PLACE_HEADS for w in words[1:])   # Porto Santo Stefano
                        or code in ("pt", "ca") and person_noun_before(text, toks[0][0], code)   # o pescador Abel Leite
                        or romanian and ro_named_by_cue(text, toks[0][0])   # din Sfântu Gheorghe
                        or code == "ca" and catalan.named_by_cue(text, toks[0][0])   # a Ciutat Vella
                        or (orgish and not any(t[3] in top and not (english_name and t[3] in en_top)
                                               or t[3] in GENERIC for t in toks[:-1]))
                        or code == "en" and english.common_words_name(text, toks[0][0], [t[3] for t in toks], top)):
                return
        s, e = toks[0][0], toks[-1][1]
        if any(covered[s:e]):
            return
        etype = "LOC" if len(words) >= 2 and words[0].casefold() in feature_heads else \
            "ORG" if german and len(words) >= 2 and (words[0].casefold().endswith(DE_ORG_HEAD_ENDS) or body_adjective) else \
            _type_latin(words, text[max(0, s - 12):s])
        if etype == "MISC" and (2 <= len(words) <= 3
                                or len(words) <= 5 and any(w in NOBLE_PARTICLES for w in words[1:-1])) \
                and (_first_name(words[0].casefold(), given, code) or particle_name or regnal_genitive) \
                and words[-1].lower() not in ORG_SUFFIXES:
            etype = "PER"   # (two first names and a noble name: Johann Friedrich von Alvensleben; De Bruyne)
        elif etype == "MISC" and german and len(words) == 3 and words[1] in ("von", "zu") \
                and german_lone_type(words[0]) == "PER":
            etype = "PER"   # a rare first name (a word in no list) before a noble name: Herrad von Landsberg
        if etype == "MISC" and "of" in words[1:-1]:   # Berklee College of Music: the head before "of" types it
            head = words[words.index("of") - 1].casefold()
            etype = "ORG" if head in english.ORG_HEADS else "LOC" if head in english.PLACE_HEADS else "MISC"
        if etype == "MISC":
            etype = apposition_type(text, s) or "MISC"
        if etype == "MISC" and german and 2 <= len(words) <= 4 and (
                _de_person_noun(prev_word(text, s)) or _de_apposed_to_a_person(text, s, e)):
            etype = "PER"   # der Schriftsteller Borisav Stanković, Oberst Harjit Singh: a person's trade or rank;
            # Der Bischof von Enugu, Callistus Onaga, rief ...: the name between commas after it
        if etype == "MISC" and code in _EAST_SLAVIC and 2 <= len(words) <= 3 \
                and _CYRILLIC_SURNAME.search(words[-1]) and all(w[1:].islower() for w in words) \
                and words[0].casefold() not in common:
            etype = "PER"   # Кристалина Георгиева, Грача Манукяна, Бидзиной Иванишвили
        if italian:   # Ospedale Bambino Gesù, Gardone Val Trompia, il sindaco Rossi, il fiume Adda
            etype = italian_run_type(text, s, [t[3] for t in toks], etype)
            if (head := italian_facility_start(text, s)) is not None and not any(covered[head:s]):
                s, etype = head, "LOC"   # la chiesa di San Vito, via Toledo
            elif etype == "ORG" and len(toks) >= 2 and toks[0][3] in org_openers \
                    and all(t[3] in common and t[3] not in given and t[3] not in cw.surnames
                            and t[3] not in CONNECTORS for t in toks[1:]):
                e = place_closing_name(text, e)   # Cantina Sociale di Roccapiana (not Pastificio Di Martino)
        elif etype in ("MISC", "PER") and len(toks) >= 2 and toks[0][3] in org_openers:
            etype = "ORG"   # Corte Constitucional, Fundación Carlos Slim: the head names a body
        if code == "pt":   # X Futebol Clube, o concelho de X, o rio X
            etype = pt_run_type(text, s, [t[3] for t in toks], etype)
        elif romanian:   # strada Avram Iancu, brutăria X, din Alba Iulia
            etype = ro_run_type(text, s, words, etype, given, common)
        elif code == "ca":   # el riu X, la biblioteca X; Montserrat Pruna i Vila
            etype = catalan.run_type(text, s, etype)
            if etype == "PER" and len(toks) >= 2:
                e = catalan.person_end(text, e)
        if etype == "ORG" and code == "es" and toks[0][3] in org_openers and text.startswith(" de l", e):
            e = spanish_article_phrase_end(text, e)   # Comisión Nacional de los Mercados y la Competencia
        elif etype in ("MISC", "PER") and len(toks) >= 2 and toks[0][3] in PLACE_OPENERS.get(code, ()):
            etype = "LOC"   # Teatro Campoamor: a building
        if etype == "MISC" and code in PERSON_NOUNS and person_noun_before(text, s, code):
            etype = "PER"   # la chanteuse X, el ciclista X, son Premier ministre, X
        elif etype == "MISC" and code in ROMANCE and prev_word(text, s) in PLACE_CUES[code] \
                and words[0].casefold() not in given and words[-1].casefold() not in cw.surnames:
            etype = "LOC"   # a Maranello, à Vevey: no one's name after "to"
        elif etype in ("MISC", "PER") and len(words) == 1 and code in _CITY_CUE_LANGS \
                and _city_after_place_cue(text, s, words[0], code):
            etype = "LOC"   # a Verona, à Dijon: a known city's name that is a first name too
        elif etype == "PER" and german and len(words) == 1 and words[0].casefold() not in given \
                and not words[0].endswith("s") and (_after_place_cue(text, s)
                                                    or _place_after_bei(text, s, words[0].casefold(), given, cw)):
            # "in Weyarn": a name-shaped word after in/nach/aus is a place (not "in Trumps")
            etype = "LOC"
        elif etype == "PER" and german and len(words) == 2 and not words[1].endswith("s") \
                and words[1].casefold() not in given and (_after_place_cue(text, s) or _of_a_place(text, s)):
            etype = "LOC"   # in Bryn Mawr, der Stadtrat von Ann Arbor: German puts no person there
        if code == "en":   # Kent Police, in Tarnby, ward councillor X, St Columba's High School
            etype = english.run_type(text, s, e, [t[3] for t in toks], etype, out[-1] if out else None)
            s, e = english.name_span(text, s, e, toks[-1][3], etype)
        if etype != "LOC" and facility_before(text, s) is not None:
            etype = "LOC"   # stadio Giuseppe Meazza, calle Corrientes: a place named after someone
        if len(words) >= 2 and text.startswith(".", e) and (german and _ROMAN.fullmatch(words[-1])
                                                              or words[-1] in ("Jr", "Sr")):
            e += 1   # German writes a regnal number as an ordinal: Wilhelm I., Ludwig II.; Martin Kowalski Jr.
        if german and (registered := _DE_REGISTERED.match(text, e)) is not None:
            e, etype = registered.end(), "ORG"   # Raiffeisenbank Oberland eG, Förderverein Heimatmuseum e.V.
        elif german and etype == "ORG" and (" für " in text[s:e] or " der " in text[s:e]) \
                and (field := _DE_AND_FIELD.match(text, e)) is not None \
                and (field_word := field.group(1).casefold()) in de_lexicon().nouns and field_word not in PER_TITLES_BEFORE \
                and field_word not in ("professor", "professorin", "doktor"):
            e = field.end()   # Bundesministerium für Bildung | und Forschung
        out.append(Candidate(s, e, text[s:e], etype))

    # (German writes headlines in sentence case, and every noun with a capital: a short
    # German line is no Title Case Heading however many capitals it has)
    headings = _title_case_lines(text) if not german else ()
    if indonesian and headings:   # (a sentence full of names and titles is no headline)
        headings = [(hs, he) for hs, he in headings if id_is_heading(text[hs:he])]
    in_heading = None
    if headings:
        in_heading = bytearray(len(text) + 1)
        for hs, he in headings:
            in_heading[hs:he] = b"\x01" * (he - hs)
    word_iter = WORD.finditer
    append = run.append
    suffixed = code in APOSTROPHE_SUFFIX_LANGS
    elided = code in ELIDING_LANGS
    # Only capitalised runs need Python-level work: find them with one regex.
    for r in CAP_RUN.finditer(text):
        rs, re_ = r.span()
        if in_heading is not None and in_heading[rs] and \
                not all(_namey(w) for w in r.group().split()):
            continue   # a Title Case Heading: capitals say nothing there
        g = r.group()
        if elided and (cut := _elision_at(g)):
            # L'Università Bocconi: the name starts after the article; L'entreprise d'Orléans:
            # a common noun's capital only opens the sentence
            first = WORD.match(text, rs)
            rs = rs + cut if g[cut].isupper() else first.end() if first else re_
            while rs < re_ and not text[rs].isupper():
                rs += 1
            if rs >= re_:
                continue
            g = text[rs:re_]
        if " " not in g and "\u00a0" not in g and g[0].isalnum() and g[-1] not in "’'-":
            # the run is one word (most are) that WORD takes whole (CAP_RUN joins words only
            # with a space, and opens with a capital: a letter, if alphanumeric, and no digit):
            # the words loop below, without the loop
            if not covered[rs]:
                if suffixed and (cut := _suffix_at(g)):
                    g, re_ = g[:cut], rs + cut
                if _lone_word_rejected(g, code) and not (
                        # (a run never opens right after a letter, so a cue before it is
                        # followed by a space; the character before that says whether to look)
                        german and text[rs - 1] == " " and text[rs - 2] in _CUE_END_OR_SPACE
                        and _after_place_cue(text, rs)) \
                        and not (named_by_cue is not None and named_by_cue(text, rs, g)) \
                        and not (lone_name is not None and lone_name(text, rs, g)) \
                        and not (german and (g in DE_ROAD_WORDS or g.endswith(DE_HYPHEN_KIND_ENDS)
                                             and _de_hyphened_kind(g, common)
                                             or rs in people_alone and _de_speaker(text, rs, re_, g) is not None
                                             or g.isupper() and de_acronym(text, rs, re_, g)
                                             # (in Wiesbaden, Gießen und Marburg: a known town in a list of places)
                                             or _listed_after_place_cue(text, rs)
                                             and _town_named_as_noun(text, re_, g))):
                    continue
                append((rs, re_, g))
                flush()
            continue
        for m in word_iter(text, rs, re_):
            if covered[m.start()]:
                if run:
                    flush()
                continue
            g = m.group()
            if g[0].isupper() or (run and (g.lower() in CONNECTORS or g in NAME_LINKS or ELIDED_NAME.match(g)
                                           or ARABIC_ARTICLE_NAME.match(g))):
                if suffixed and (cut := _suffix_at(g)):
                    # the name ends where the case suffix begins, and so does the run
                    append((m.start(), m.start() + cut, g[:cut]))
                    flush()
                    continue
                append((m.start(), m.end(), g))
            elif run:
                flush()
        if run:
            flush()
    return out


def _weak_word(w: str, start: int, text: str, code: str, opens_run: bool = False) -> bool:
    """A token (word, start) that cannot begin a name: generic, or a common word (at a
    sentence start, or in German).  ``opens_run``: the word opens a run of capitalised
    words, where a first name starts a person's name."""
    verdict = _weak_verdict(w, code, opens_run)
    return verdict or (verdict is None and _is_sentence_start(text, start))


@lru_cache(maxsize=65536)   # a run's edge words are asked about again and again
def _weak_verdict(w: str, code: str, opens_run: bool) -> bool | None:
    """``_weak_word`` as far as the word decides it: True or False wherever it stands,
    None if weak only at a sentence start."""
    low = w.casefold()
    if low in GENERIC:
        return True
    if _namey(w):
        return False
    cw = common_words()
    common, given = cw.get(code), cw.given_for(code)
    german = code == "de"
    calendar = english.CALENDAR if code == "en" else cw.calendar   # (English: not samedi's "sam")
    if low in calendar or (german and low in common and low not in given and german_lone_type(w) is None
                           and not _foreign_surname_de(low, cw)):
        return True
    if german and low in common and _de_known_town(w, low, cw):
        return False   # (even opening a sentence: Bautzen)
    if low in common and not ((german or opens_run) and low in given) and not (german and _foreign_surname_de(low, cw)):
        return None   # (a run opening with a first name: "Tina Anselmi wurde ...", "Mehmet Öz dedi")
    return False


@lru_cache(maxsize=65536)
def _weak_edge(w: str, code: str) -> bool:
    """A word that cannot end a run's name: a common word that is no first name (nor, in
    German, a family name or place by the lexicon)."""
    cw = common_words()
    low = w.casefold()
    return not _namey(w) and low in cw.get(code) and low not in cw.given_for(code) and not (
        code == "de" and (german_lone_type(w) in ("PER", "LOC") or _foreign_surname_de(low, cw) or _de_body_noun(low)))


QUOTED = re.compile(r"[„“\"«‚‘'‹]([^„“”\"«»‚‘’'‹›\n]{2,40})[“”\"»‘’'›]")


# legal forms of Russian, Belarusian, Ukrainian and Kazakh firms before their quoted name
_CYRILLIC_LEGAL_FORM = re.compile(r"(?<![\w-])(?:ООО|ОАО|ЗАО|ПАО|НАО|АО|ТОО|ОДО|ЧУП|УП|ГУП|МУП|ФГУП|ТОВ|ПрАТ|ПАТ|ИП|ЧП) $")
# ... and nouns (any case) that say a quoted name is an organisation's
_CYRILLIC_ORG_NOUN = re.compile(r"(?<![\w-])(?:компани|фирм|завод|банк|холдинг|групп|концерн|предприяти|клуб|команд|"
                                r"парти|движени|фонд|издательств|агентств|кооператив|фабрик|комбинат|корпораци|"
                                r"объединени|ассоциаци|обществ|магазин|ресторан|пекарн|сет|стартап|производител|"
                                r"ФК|ХК|БК|СК)[а-яё]{0,4} $")


def quoted_names(text: str, code: str, covered: bytearray) -> list[Candidate]:
    """Title-like quoted names: „Tongyi Qianwen“, «Sputnik V», "Project Stargate"."""
    cw = common_words()
    common, en_common = cw.get(code), cw.get("en")
    out = []
    for m in QUOTED.finditer(text):
        s, e = m.start(1), m.end(1)
        if m.group(1)[0].isspace() or m.group(1)[-1].isspace():
            continue   # quotes hug what they quote: ‘Zuse’ Balestrero, "Matem...": no quote between
        words = m.group(1).split()
        if not 1 <= len(words) <= 4 or any(covered[s:e]):
            continue
        if code in _EAST_SLAVIC and text[m.start()] == "«" and words[0][0].isupper():
            # a firm's or a club's name in guillemets, as Russian writes it: only its first
            # word capitalised («Лидское пиво»), after its legal form (ООО «Ромашка») or
            # a noun that says what it is (компании «Сибирские лесопилки»)
            if (legal := _CYRILLIC_LEGAL_FORM.search(text, max(0, m.start() - 6), m.start())) is not None:
                if not covered[legal.start()]:
                    # (its id without the legal form, as where the name stands alone)
                    out.append(Candidate(legal.start(), m.end(), text[legal.start():m.end()], "ORG",
                                         unknown_id(m.group(1))))
                continue
            if _CYRILLIC_ORG_NOUN.search(text, max(0, m.start() - 24), m.start()) is not None:
                out.append(Candidate(s, e, m.group(1), "ORG"))
                continue
            if code == "ru" and (kind := guillemet_kind(text, m.start(), m.group(1))) is not None:
                # (the Russian press puts a firm's, a club's or a venue's name in guillemets
                # whatever its words: тульский «Арсенал», с «Факелом», на «Нефтяник Арене»)
                out.append(Candidate(s, e, m.group(1), kind))
                continue
        if not all(w[0].isupper() or w[0].isdigit() or w.lower() in CONNECTORS for w in words):
            continue
        if (kind := _QUOTED_KIND.get(prev_word(text, m.start()))) is not None:
            out.append(Candidate(s, e, m.group(1), kind))   # der Film „Oppenheimer“, das Fachblatt „The Lancet“
            continue
        if not any(_namey(w) or (w.casefold() not in common and w.casefold() not in en_common
                                 and w.casefold() not in GENERIC) for w in words):
            continue
        out.append(Candidate(s, e, m.group(1), "MISC"))
    return out


# nouns that say what the quoted name after them is, whatever its words: a work (der Film
# „Oppenheimer“, the novel "Beloved") or a paper, a broadcaster or a band (das Fachblatt
# „The Lancet“, die Zeitung „Die Welt“), German and English, general knowledge
_QUOTED_KIND = dict.fromkeys("""film films filme kinofilm spielfilm dokumentarfilm buch buches roman romans serie
fernsehserie album albums lied liedes song songs oper musical theaterstück stück gedicht videospiel spiel sendung
show kampagne ausstellung movie book novel series opera play poem documentary""".split(), "MISC") | dict.fromkeys(
    """zeitung tageszeitung wochenzeitung fachblatt fachzeitschrift zeitschrift magazin nachrichtenmagazin blatt
boulevardblatt sender fernsehsender radiosender nachrichtenagentur band newspaper magazine journal broadcaster
tabloid""".split(), "ORG")


def latin_in_foreign(text: str, covered: bytearray) -> list[Candidate]:
    """Latin-script names embedded in non-Latin text (DeepSeek in Hindi)."""
    en_common = _lang_common("en")
    out = []
    for m in LATIN_RUN.finditer(text):
        s, e = m.start(), m.end()
        # trim trailing punctuation
        while e > s and text[e - 1] in ".-&+":
            e -= 1
        if e <= s or any(covered[s:e]):
            continue
        if e < len(text) and (text[e].isalpha() and script_of(text[e]) == "LATIN"):
            continue
        if s and "가" <= text[s - 1] <= "힣":
            continue   # the end of a Korean word (갤럭시ZX): Korean spaces its words, a name's too
        seg = text[s:e]
        words = seg.split(" ")
        if not any(c.isupper() for c in seg) or (not seg[:2].isalpha() and sum(c.isalpha() for c in seg) < 2):
            continue   # (two letters up front already make the two letters asked for)
        if all(w.lower() in GENERIC or w.isdigit() for w in words):
            continue
        if len(words) == 1:
            w = words[0]
            if len(w) < 2 or (w.lower() in en_common and not _namey(w) and not w.isupper()) \
                    and not (_CJK_BESIDE.match(text[s - 1:s] + text[e:e + 1]) and cjk_context_type(text, s, e)):
                continue   # (an English word, unless Chinese or Japanese words around it name it: 據 Smith 稱)
            if w.isupper() and w.lower() in en_common and len(w) <= 3:
                continue
        etype = _type_latin(words, "")
        if etype == "MISC" and s > 1 and "\u0621" <= text[s - 2] <= "\u064A" and _arabic_org_head_before(text, s):
            etype = "ORG"   # شركة Swvl, الشركة الناشئة ThermaGrid: an organisation's word before it
        elif etype == "MISC" and len(words) <= 3 and words[0].lower() in common_words().given and \
                words[-1].lower() not in ORG_SUFFIXES and not words[0].isupper():
            etype = "PER"
        elif etype == "MISC" and _gloss_of_person(text, s, words):
            etype = "PER"
        elif etype == "MISC" and len(words) == 1 and not _namey(words[0]) and not words[0].isupper() \
                and words[0].casefold() in common_words().surnames and words[0].casefold() not in en_common:
            etype = "PER"   # a lone family name that is no English word (Pugh, Dietrich)
        if etype == "MISC" and _CJK_BESIDE.match(text[s - 1:s] + text[e:e + 1]):
            # (據 Smith 稱, 小鎮 Dinkelsbühl, 公司 Lumeni; Japanese as a katakana name: KDDIは ... を買収)
            etype = cjk_context_type(text, s, e) or _ja_lone_type(text, s, e) or "MISC"
        if text.startswith(".", e) and words[-1] in _ABBREVIATED_LEGAL_FORMS and len(words) > 1:
            e += 1   # NextField Inc.: the abbreviation's full stop (and Co., Ltd.: the second form)
            if (more := _SECOND_LEGAL_FORM.match(text, e)) is not None:
                e = more.end()
            etype = "ORG"
        if text.startswith(_CJK_STATION_WORDS, e) and seg.isupper() and " " not in seg:
            e += next(len(w) for w in _CJK_STATION_WORDS if text.startswith(w, e))
            etype = "ORG"   # KDVR電視台: a broadcaster by its call sign
        out.append(Candidate(s, e, text[s:e], etype))
    return out


# Chinese and Japanese words around a Latin name that type it: a person's title or role
# before it or a verb of saying after it (執行長 Dana Kessler 說, 據 Smith 稱); a kind of body
# before it or after it (製造商 Siltronic, Lumeni 公司); a kind of place before it (小鎮
# Dinkelsbühl, 城市 Freiberg); a firm's people after it (Klarvik 的共同創辦人); general knowledge
_CJK_BESIDE = re.compile(r"[\s\u3000-\u30FF\u4E00-\u9FFF\uFF00-\uFF65]")
_CJK_PERSON_BEFORE = re.compile("(?:執行長|执行长|總裁|总裁|董事長|董事长|負責人|负责人|發言人|发言人|創辦人|创办人|"
                                "總統|总统|總理|总理|部長|部长|教授|記者|记者|主席|經理|经理|主任|教練|教练|球員|球员|"
                                "歌手|作家|導演|导演|演員|演员|社長|会長|代表|研究員|研究员|分析師|分析师|律師|律师|"
                                "醫師|医师|博士|先生|女士|市長|市长|議員|议员|局長|局长|據|据)\\s?\\Z")
_CJK_PERSON_AFTER = re.compile("\\s?(?:說|说|稱|称|表示|指出|認為|认为|強調|强调|透露|坦言|先生|女士|博士|教授|氏|さん|"
                               "は述べ|は語っ)")
_CJK_ORG_BEFORE = re.compile("(?:公司|製造商|制造商|釀酒商|酿酒商|樂團|乐团|品牌|新創|新创|廠商|厂商|集團|集团|球隊|球队|"
                             "銀行|银行|雜誌|杂志|報社|报社|媒體|媒体|出版社|網站|网站|組織|组织|基金會|基金会|業者|业者|"
                             "企業|企业|會社|会社|バンド|メーカー|チーム)\\s?\\Z")
_CJK_ORG_AFTER = re.compile("\\s?(?:公司|集團|集团|銀行|银行|大學|大学|樂團|乐团|俱樂部|俱乐部|基金會|基金会|"
                            "(?:的|の)(?:共同)?(?:創辦人|创办人|創始人|创始人|執行長|执行长|員工|员工|股東|股东|総裁|社長|"
                            "創業者|従業員))")
_CJK_PLACE_BEFORE = re.compile("(?:小鎮|小镇|城市|城鎮|城镇|小村|村莊|村庄|港市|港口|位於|位于|地區|地区|州|邦|省|郡|縣|县|"
                               "村|鎮|镇|町)\\s?\\Z")


def cjk_context_type(text: str, s: int, e: int) -> str | None:
    """PER, ORG or LOC for a Latin name at [s, e) in Chinese or Japanese text, by the words
    around it (the table above), else None."""
    before = text[max(0, s - 5):s]
    if _CJK_PERSON_AFTER.match(text, e) or _CJK_PERSON_BEFORE.search(before):
        return "PER"
    if _CJK_ORG_AFTER.match(text, e) or _CJK_ORG_BEFORE.search(before):
        return "ORG"
    if _CJK_PLACE_BEFORE.search(before):
        return "LOC"
    return None


_CJK_STATION_WORDS = ("電視台", "电视台", "電台", "电台", "テレビ", "放送")
# legal forms written abbreviated, whose full stop the run leaves out (NextField Inc., MT Systems Co., Ltd.)
_ABBREVIATED_LEGAL_FORMS = frozenset(("Inc", "Co", "Ltd", "Corp", "Bhd", "Pte", "Plc", "Pty"))
_SECOND_LEGAL_FORM = re.compile(r",? (?:Ltd|Inc|Bhd)\.")


def _foreign_person(cjk: str, latin_words: list[str]) -> bool:
    """卡塔拉諾（Catalano）: a name spelt with the transliteration characters, glossed by
    1-3 capitalised Latin words that are no English words, is most often a person."""
    en = common_words().get("en")
    return (cjk[0] in TRANSLIT and 1 <= len(latin_words) <= 3
            and all(w[:1].isupper() and w.casefold() not in en and w.casefold() not in ORG_SUFFIXES
                    for w in latin_words))


def _gloss_of_person(text: str, s: int, words: list[str]) -> bool:
    """A Latin name in brackets right after a transliterated one: 卡塔拉諾（Catalano）."""
    if s < 2 or text[s - 1] not in "（(":
        return False
    j = s - 1
    while j > 0 and text[j - 1] in TRANSLIT or (j > 0 and text[j - 1] in "·・"):
        j -= 1
    return s - 1 - j >= 2 and _foreign_person(text[j:s - 1], words)


def dotted_name_spans(text: str, code: str) -> list[tuple[int, int, int]]:
    """(start, end, position of the last dot) of foreign names written with a middle dot:
    Chinese transliterations (埃马纽埃尔·马克龙) and Japanese katakana (ドナルド・トランプ)."""
    if code == "zh":
        dots = _TRANSLIT_DOTS
        spans = translit_names(text) if any(d in text for d in dots) else []
    elif code == "ja":
        dots = _KATAKANA_DOTS
        spans = [m.span() for m in KATAKANA_DOT_NAME.finditer(text)] if any(d in text for d in dots) else []
    else:
        return []
    return [(s, e, max(text.rfind(d, s, e) for d in dots)) for s, e in spans]


def _de_town_adjective(word: str) -> bool:
    """A German adjective of a known town: Bochumer, Pariser (-er), Münchner, Dresdner (-ner for -en)."""
    return word.endswith("er") and len(word) > 4 and (
        _kb_place(word[:-2]) or word.endswith("ner") and _kb_place(word[:-3] + "en"))


# German nouns of trades, ranks and offices (and their compounds' heads; -in for women) written
# before a person's name: der Schriftsteller X, die Dichterin X, Oberst X (general German)
DE_PERSON_HEADS = tuple(h + sfx for h in """schriftsteller dichter autor anwalt anwält oberst professor sänger komponist
maler architekt physiker chemiker mathematiker trainer spieler stürmer torwart politiker journalist regisseur
schauspieler unternehmer abgeordnete senator gouverneur bürgermeister minister präsident kanzler forscher
wissenschaftler historiker philosoph arzt ärzt richter bischof pfarrer general leutnant major hauptmann kapitän
reeder kurator chef sprecher führer direktor vorsitzende kommandeur bildhauer fotograf musiker pianist dirigent
sportler läufer boxer tänzer moderator produzent designer ingenieur biologe geologe ökonom astronom botaniker
zoologe theologe soziologe kaufmann händler missionar priester abt äbtissin bergsteiger kletterer
springer werfer schwimmer fechter ringer turner fahrer reiter volkswirt analyst berater manager aktivist
diplomat botschafter kommissar polizist soldat offizier ermittler verteidiger kandidat gründer investor
künstler lyriker publizist kritiker verleger herausgeber redakteur reporter korrespondent kolumnist
kabarettist komiker rapper gitarrist bassist schlagzeuger sieger gewinner torhüter dozent lehrer rektor
archäologe psychologe mediziner virologe chirurg pilot astronaut""".split()
                        for sfx in ("", "in"))
# the endings of German nouns for a woman by her trade or deed (Weitspringerin, Pianistin,
# Studentin, Redakteurin): a person, whatever the trade, when the lexicon holds the noun
_DE_FEMININE_AGENT = ("erin", "istin", "entin", "antin", "eurin", "login", "nomin")


def _de_adjective_of_a_body(adj: str, head: str, cw) -> bool:
    """An inflected adjective (no function word, no noun) before a body's head word, which it
    names with it: Serbische Akademie, Königlichen Akademie, Liberalen Partei."""
    return (head in ORG_HEADS or _opens_name(head, True)) and adj.endswith(("e", "en", "er", "es")) \
        and adj not in cw.function_words("de") and (adj not in de_lexicon().nouns or adj in _DE_BODY_ADJECTIVE_NOUNS)


# adjectives that are nouns too but open a body's name (die Freiwillige Feuerwehr Peißenberg)
_DE_BODY_ADJECTIVE_NOUNS = frozenset(("freiwillige", "freiwilligen"))


def _de_ministry(low: str) -> bool:
    """A ministry by its compound's name (Justizministerium, Innenministeriums), not the word alone
    nor a kind of one (das Bundesministerium, ein Landesministerium)."""
    return low.endswith(("ministerium", "ministeriums")) and not low.startswith(_DE_MINISTRY_KINDS)


# chambers and offices that German news names by a noun of their own, without their country
# (im Unterhaus, die Nationalversammlung, die Bundesanwaltschaft), general German
_DE_BODY_NOUNS = frozenset("""unterhaus unterhauses oberhaus oberhauses nationalversammlung staatsduma
volkskammer bundesversammlung bundesanwaltschaft treuhandanstalt""".split())


def _de_body_noun(low: str) -> bool:
    """A ministry (_de_ministry) or a chamber or office named by its noun (_DE_BODY_NOUNS)."""
    return _de_ministry(low) or low in _DE_BODY_NOUNS


# (ministerium, and the kinds of ministry that open compounds with no field: Bundesministerium)
_DE_MINISTRY_KINDS = ("ministerium", "bundesministerium", "landesministerium", "staatsministerium", "fachministerium",
                      "reichsministerium")


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;]\s+)(?=[^.!?:;]*\Z)")


def _de_apposed_to_a_person(text: str, s: int, e: int) -> bool:
    """A name between commas after the clause that opens the sentence with a person's trade
    or rank (Der Bürgermeister von Mariupol, Wadym Bojtschenko, sprach ...)."""
    if not (text.endswith(", ", 0, s) and text.startswith(",", e)):
        return False
    head = text[max(0, s - 120):s - 2]
    opening = head[_SENTENCE_OPEN.search(head).end():]
    if "," in opening:
        return False
    words = opening.split()[:3]
    return any(w[:1].isupper() and _de_person_noun(w.casefold()) for w in words)


# what opens a German sentence before a name, capitalised (Die, Im, Am, Zum)
_DE_SENTENCE_OPENERS = frozenset("der die das dem den des im am zum zur vom beim ins ans".split())


# the kinds of place or body a German compound names when a name is hyphened before them
# (Reykjanes-Halbinsel, Tschagyrskaja-Höhle, Kennedy-Flughafen, Jagiellonen-Universität), general German
DE_HYPHEN_KINDS = dict.fromkeys("""halbinsel höhle insel inseln gebirge gletscher wüste kanal flughafen bucht
vulkan stausee talsperre massiv becken""".split(), "LOC") | dict.fromkeys(
    "universität hochschule akademie stiftung klinik klinikum".split(), "ORG") | dict.fromkeys(
    # streets, squares, halls and grounds named after a person (Karl-Marx-Straße, Kurt-App-Halle,
    # Curt-Frenzel-Stadion, Ernst-Abbe-Sportfeld) and schools (Gustav-Heinemann-Schule)
    """straße strasse gasse allee platz weg ring brücke halle stadion arena sportfeld sportplatz
    sportpark kaserne""".split(), "LOC") | dict.fromkeys("schule gymnasium realschule grundschule".split(), "ORG")


# (as the words end: one C-level test before the lookups)
DE_HYPHEN_KIND_ENDS = tuple("-" + k.capitalize() for k in DE_HYPHEN_KINDS)


def _de_hyphened_kind(word: str, common: frozenset[str]) -> str | None:
    """LOC or ORG for a name hyphened to its kind (Reykjanes-Halbinsel), the name no everyday word."""
    name, _, kind = word.rpartition("-")
    if (etype := DE_HYPHEN_KINDS.get(kind.casefold())) is None:   # (most hyphened words: no such kind)
        return None
    low = name.casefold()
    return etype if name[:1].isupper() and low not in common and low not in de_lexicon().nouns else None


def _de_person_noun(low: str) -> bool:
    """A German noun (or a compound ending in one) that says a person's trade or rank, or a
    nationality's noun (der Däne Rasmus Kjærgaard)."""
    return low.endswith(DE_PERSON_HEADS) or low in DE_NATIONALITY_NOUNS \
        or low.endswith(_DE_FEMININE_AGENT) and low in de_lexicon().nouns


# nouns of nationality before a person's name (der Däne X, die Britin Y), general German
DE_NATIONALITY_NOUNS = frozenset(w + sfx for w in """däne brite franzose russe schwede finne pole tscheche slowake
ungar österreicher schweizer niederländer italiener spanier portugiese grieche türke amerikaner kanadier japaner
chinese inder norweger belgier ire schotte waliser engländer kroate serbe slowene rumäne bulgare ukrainer
litauer lette este isländer australier neuseeländer brasilianer argentinier mexikaner kolumbianer chilene
kenianer äthiopier nigerianer südafrikaner ägypter marokkaner iraner israeli""".split() for sfx in ("", "in"))
# ... and the other cases of those in -e (den Griechen Stefanos Tsitsipas, dem Briten), but Polen
# and Schweden, which name the countries
DE_NATIONALITY_NOUNS |= frozenset(w + "n" for w in DE_NATIONALITY_NOUNS if w.endswith("e") and w not in ("pole", "schwede"))


def _kb_place(name: str, quiet: bool = False, lang: str = "de") -> bool:
    """A place the knowledge base names so (``quiet``: a town only looked up, Metairie, too,
    ``lang``'s first)."""
    from .kb import get_kb
    ent = get_kb().lookup(name, quiet, lang if quiet else None)
    return ent is not None and ent.type == "LOC"


# a kind of body glued before a dotted name, with words before it (ロックバンド, インディーレーベル)
_JA_KIND_INSIDE = re.compile("(?:バンド|レーベル|グループ|ユニット)")
# a kind of body or of place in kanji right before a dotted name, no particle between
# (投資会社ノールヴェント・キャピタル, 同業アリマンタシォン・クシュタール, 町サン＝ジュニ＝ラヴァル)
_JA_KIND_BEFORE_DOTTED = re.compile("(?:(会社|商社|企業|銀行|学校|政党|新党|団体|球団|財団|喫茶|出版社|百貨店|同業)"
                                    "|(町|村|都市|州都|空港|劇場|寺院|教会|球場|競技場|公園|宮殿))\\Z")
# a kind of body or of place written right after a dotted name, in kanji
_JA_KIND_AFTER_DOTTED = re.compile(
    "(?:(大学|会社|銀行|財団|協会|学院|研究所|管弦楽団|楽団|合唱団|バレエ団|五重奏団|四重奏団|商会|商店)"
    "|大聖堂|聖堂|教会|博物館|美術館|工場|宮殿|国際空港|空港|公園|広場|通り|劇場|競技場|球場|病院|修道院|山脈|半島|"
    "海峡|運河|地方|地区|墓地|寺院)"
    "|(?:(団|党)|[城州県郡島川湖港駅橋村])(?![\u4E00-\u9FFF])")
# a club's letters glued before its dotted name (ASリヴォルノ・カルチョ, FCザンクト・パウリ)
_JA_CLUB_PREFIX = re.compile(r"(?<![A-Za-z])(?:FC|AS|AC|SC|SV|CF|CD|SS|US|RC|FK|SK|KV|SL|SD|UD|CA|SE|AFC|BSC|TSV)\Z")
# what a club is, after its dotted name (アトレティコ・デ・ラファエラでプレー, アルヘンティノス・
# ジュニアーズからボカへ移籍): only the dotted names, since a town alone is as often where one plays
_JA_CLUB_AFTER_DOTTED = re.compile("で(?:プレー|デビュー)|から(?:[^。、]{1,8}?[へに])?移籍")
# what follows a place after its country and a middle dot (ドイツ・ミュンヘン郊外, ・スウォンジー出身)
_JA_PLACE_AFTER_DOTTED = re.compile("州|県|省|郡|地方|地区|郊外|近郊|出身|生まれ|在住|で|に|から|へ")
# a state or province and a town in it, after the place (サンタフェ + 州ラファエラ): one address
_JA_UNIT_AND_TOWN = re.compile(r"[州県省郡](?:[\u30A1-\u30FA\u30FC]{2,}[市町村郡区]?)?")


def _ja_country_then_place(text: str, s: int, e: int, parts: list[str], country) -> int | None:
    """Where a katakana place after a country or a region (``country``, the knowledge base's
    entity of ``parts[0]``) and a middle dot ends (the end of an address it opens: サンタフェ州
    ラファエラ), or None when ``parts`` are no such pair (a city's team: ボストン・レッドソックス)."""
    kb = get_kb()
    rest = "・".join(parts[1:])
    if text[s + len(parts[0])] != "・" or country is None or country.type != "LOC" or country.id.startswith("city-") \
            or rest in common_words().ja_loanwords or rest.endswith(KATAKANA_ORG_ENDS):
        return None
    known = kb.lookup(rest)
    if known is not None and known.type != "LOC" or known is None and not _JA_PLACE_AFTER_DOTTED.match(text, e):
        return None
    unit = _JA_UNIT_AND_TOWN.match(text, e)
    return unit.end() if unit is not None else e


TITLE_QUOTES = re.compile(r"[《『]([^《》『』\n]{2,15})[》』]")   # titles of works, papers, shows


# JA, JF: agricultural and fishery co-operatives named with katakana (JAハイナン, JAグループ),
# up to a particle; those in kanji alone are compounds (JA香川県). Names in hiragana (JAながの,
# JAめむろ) are left: no particle tells where they end (ながの + は, めむろ + など)
_JA_COOPERATIVE = re.compile(r"(?<![A-Za-z])J[AF](?=[\u30A1-\u30FA\u4E00-\u9FFF]*[\u30A1-\u30FA])"
                             r"[\u30A1-\u30FA\u30FC\u4E00-\u9FFF]{2,12}(?=[のがはをとにもへで、。（「」）]|$)")
# a kanji compound and 高 before a particle: a high school's short name (青森山田高は), unless
# the compound is an amount or a height (売上高, 標高, 過去最高, 円高), general Japanese
_JA_HIGH_BEFORE_PARTICLE = re.compile("高(?=[がはのをとにも、）])")
_JA_NAME_RUN_CHAR = re.compile("[\u4E00-\u9FFF々\u30A1-\u30FA\u30FCA-Za-z]")   # (a longer run: no school's name)
_JA_NOT_SCHOOL_HIGH = ("最高", "売上高", "標高", "残高", "円高", "株高", "物価高", "生産高", "出来高", "割高", "取引高",
                       "収穫高", "水揚高", "波高", "座高", "売買高", "販売高", "受注高", "預金高", "発行高", "石高",
                       "相場高", "ドル高", "円相場高", "天井高", "背高")


def cjk_candidates(text: str, covered: bytearray, code: str = "ja") -> list[Candidate]:
    out = []
    if code == "ja":   # (first: the reading it covers holds no name)
        _ja_article_subject(text, covered, out)
        for kind in _JA_VENUE_KIND.finditer(text) if any(k in text for k in _JA_VENUE_KINDS) else ():
            # マツダスタジアム, ゼビオアリーナ: a venue's name, its sponsor's before its kind
            if (name := _JA_KATAKANA_BEFORE_VENUE.search(text, max(0, kind.start() - 12), kind.start())) is None \
                    or name.group() in JA_GENERIC_VENUE_HEADS:
                continue
            s, e = name.start(), kind.end()
            if (town := _JA_KANJI_RUN.match(text, e)) is not None \
                    and (_kb_place(town.group()) or _kb_place(town.group() + "市")):
                e = town.end()   # クラサスドーム + 大分: and its town
            if not any(covered[s:e]):
                out.append(Candidate(s, e, text[s:e], "LOC"))
        for m in JA_QUOTED.finditer(text) if "「" in text else ():
            s, e = m.span(1)   # バンド「ハルカゼスケッチ」, ライブハウス「窓枠」: the name the kind before it types
            if text.endswith(JA_QUOTE_KINDS, 0, m.start()) \
                    and (kind := next(k for k in JA_QUOTE_KINDS if text.endswith(k, 0, m.start()))) \
                    and not any(covered[s:e]):
                out.append(Candidate(s, e, m.group(1), "LOC" if kind in JA_QUOTED_VENUE_KINDS else "ORG"))
    for m in TITLE_QUOTES.finditer(text):
        s, e = m.start(1), m.end(1)
        if not any(covered[s:e]):
            out.append(Candidate(s, e, m.group(1), "MISC"))
    for m in KATAKANA_DOT_NAME.finditer(text) if any(d in text for d in _KATAKANA_DOTS) else ():   # フレディ・マーキュリー
        s, e = m.start(), m.end()
        if any(covered[s:e]):
            continue
        name = m.group()
        if name.startswith(JA_KATAKANA_KINDS) and (kind := next(k for k in JA_KATAKANA_KINDS if name.startswith(k))) \
                and name[len(kind)] != "・":
            s += len(kind)   # バンド + ノルディック・ライツ: the kind of body before its name
            name = name[len(kind):]
            out.append(Candidate(s, e, name, "ORG"))
            continue
        parts = re.split("[・＝=]", name)
        if code == "ja" and len(parts) >= 3 and "\u4E00" <= text[e:e + 1] <= "\u9FFF" \
                and parts[-1] in common_words().ja_loanwords and parts[-2] not in common_words().ja_loanwords:
            # エド・ミリバンド + ・エネルギー相: a loanword before a kanji title is the title's (the energy
            # minister), no part of the name
            e -= len(parts[-1]) + 1
            name, parts = name[:e - s], parts[:-1]
        first = get_kb().lookup(parts[0])   # (what the knowledge base knows the first part as, read once)
        if code == "ja" and len(parts) >= 2 and (kind := _JA_KIND_INSIDE.search(parts[0])) is not None \
                and len(parts[0]) > kind.end():
            s += kind.end()   # ロックバンド + ザ・ハーバー・ライツ, インディーレーベル + ラフ・トレード: kind, then name
            out.append(Candidate(s, e, text[s:e], "ORG"))
            continue
        if code == "ja" and text.endswith("ザ・", 0, s) and not (s > 2 and _JA_NAME_OR_KANA_CHAR.match(text, s - 3)):
            # ザ・ゴー・ビトウィーンズ: "The ...", a band's name (the pattern leaves the one-letter ザ out)
            out.append(Candidate(s - 2, e, text[s - 2:e], "ORG"))
            continue
        if code == "ja" and "A" <= text[s - 1:s] <= "Z" and (club := _JA_CLUB_PREFIX.search(text, max(0, s - 4), s)):
            out.append(Candidate(club.start(), e, text[club.start():e], "ORG"))   # FC + ザンクト・パウリ: one club
            continue
        if code == "ja" and "\u4E00" <= text[s - 1:s] <= "\u9FFF" \
                and (kind := _JA_KIND_BEFORE_DOTTED.search(text, max(0, s - 3), s)) is not None:
            out.append(Candidate(s, e, name, "ORG" if kind.group(1) else "LOC"))
            continue
        if len(parts) >= 2 and code == "ja" and (place := _ja_country_then_place(text, s, e, parts, first)) is not None:
            # ドイツ・ミュンヘン, ウェールズ・スウォンジー出身: a country, then a place in it
            k = s + len(parts[0])
            out.append(Candidate(s, k, parts[0], "LOC"))
            out.append(Candidate(k + 1, place, text[k + 1:place], "LOC"))
            continue
        if code == "ja" and "\u4E00" <= text[e:e + 1] <= "\u9FFF" and (unit := _JA_KIND_AFTER_DOTTED.match(text, e)):
            # サン＝ジャン＝バティスト教会, ニュートン・エイクリフ工場, ロイヤル・バレエ団: the name and its
            # kind are one (a one-character kind only where no kanji follows: 市長 is no town)
            out.append(Candidate(s, unit.end(), text[s:unit.end()], "ORG" if unit.group(1) or unit.group(2) else "LOC"))
            continue
        if name.endswith(KATAKANA_LOC_ENDS) or name.startswith(KATAKANA_LOC_OPENERS):
            etype = "LOC"   # (バート・ゴーデスベルク, Bad Godesberg: a German spa town)
        elif name.endswith(KATAKANA_ORG_ENDS) or any(w in name for w in KATAKANA_ORG_WORDS) \
                or all(part in KATAKANA_LETTERS for part in parts) or "オブ" in parts:   # (ホンダ・オブ・アメリカ)
            # (ディー・エヌ・エー, エヌ・ティ・ティ: a company's initials spelled out)
            etype = "ORG"
        elif first is not None and first.type in ("LOC", "ORG"):
            # ボストン・レッドソックス: a team or company named after its city; ソニー・ミュージック
            # ・コロンビア: one named by the company it belongs to
            etype = "ORG"
        elif code == "ja" and all(part in common_words().ja_loanwords for part in parts):
            continue   # ファースト・アルバム, レゲエ・プロデューサー: words of the language, no name
        else:
            # (a person by default; the words around may say a firm or a place: ゴールドマン・サックスの
            # 社長, カーギル・ダウは ... を発売)
            etype = "PER" if code != "ja" else "ORG" if _JA_CLUB_AFTER_DOTTED.match(text, e) \
                else around if (around := _ja_lone_type(text, s, e)) is not None else "PER"
        out.append(Candidate(s, e, name, etype))
    if code == "ja":
        for m in _JA_COOPERATIVE.finditer(text) if "J" in text else ():
            s, e = m.span()   # JAハイナン: a co-operative named in katakana
            if not any(covered[s:e]):
                out.append(Candidate(s, e, m.group(), "ORG"))
        for m in _JA_HIGH_BEFORE_PARTICLE.finditer(text) if "高" in text else ():
            e = m.end()   # 尚志高が帝京安積高を破り, 花巻東高の1年生: a high school by its short name
            s = e - 1     # (before the people: 星稜 is a family name too)
            while s > 0 and e - s < 8 and ("\u4E00" <= text[s - 1] <= "\u9FFF" or text[s - 1] == "々"):
                s -= 1
            if e - s >= 3 and "\u4E00" <= text[s] <= "\u9FFF" and not (s and _JA_NAME_RUN_CHAR.match(text, s - 1)) \
                    and not text.endswith(_JA_NOT_SCHOOL_HIGH, s, e) and not any(covered[s:e]):
                out.append(Candidate(s, e, text[s:e], "ORG"))
        for m in ja_name_pattern().finditer(text):
            s = m.start()
            given = m.group(2).rstrip("氏様君")
            if not given or given in ("さん", "くん", "さま", "ちゃん", "たち", "など", "から", "まで"):
                continue
            title = next((t for t in JA_TITLES if given.endswith(t)), "")
            if title:   # 今村被告, 森保監督: the family name and its title, no given name
                given = given[:-len(title)]
                if not given:
                    if len(m.group(1)) >= 2 and not any(covered[s:s + len(m.group(1))]):
                        out.append(Candidate(s, s + len(m.group(1)), m.group(1), "PER"))
                    continue
            e = s + len(m.group(1)) + len(given)
            # one-character surnames need a two-character given name (森 + 鴎外), and no word
            # made of the surname and the name's first character unless a first name follows
            # it (関 + 係改善: 関係 "relations"; 宮 + 澤健太 is 宮澤 健太)
            if len(m.group(1)) == 1 and (len(given) < 2 or m.group(1) + given[0] in common_words().ja_words2
                                         and given[1:] not in common_words().ja_given):
                continue
            # the given name must not be a common word suffix of a place/organisation, nor a
            # common word of two kanji (福島交通, 北洋銀行: a company, not Mr Fukushima)
            if given[-1] in "県市区町村郡州都府省国党社会庁局部課院館駅線港橋川山島寺園学閣業員長官軍隊派家族系式権制法所店者人達等側場裁城堰内" \
                    "岬湾峡滝塔潟沼湖岳峠" \
                    or given in common_words().ja_words2 or given.endswith(JA_ORG_WORDS):
                continue
            # nor of an abstract noun, which no given name ends with (関 + 税政策: 関税政策 is
            # "tariff policy", not a Mr Seki)
            if given[-1] in "策税化性的論率額費料価値量案件品物題期点度観界製際戦選挙議済融資株損輸機":
                continue
            if any(covered[s:e]):
                continue
            out.append(Candidate(s, e, text[s:e], "PER"))
        _ja_listed_people(text, covered, out, common_words())
        _ja_people_by_role_or_kana(text, covered, out)
        _ja_seated_subjects(text, covered, out)   # 東洋水産は ... に本社を置く: a firm
        _ja_bodies_founded_or_joined(text, covered, out)   # 海援隊を結成, 高砂部屋に所属: a body
    for m in NAME_GLOSS.finditer(text) if ("(" in text or "（" in text) and _GLOSS_OPEN.search(text) else ():          # 溫特科恩（Winterkorn）: one name, two scripts
        s, e = m.start(1), m.end(1)
        if any(covered[s:e]):
            continue
        latin = m.group(2).strip()
        words = latin.split()
        if words[0].lower() in common_words().given and len(words) <= 3:
            etype = "PER"
        elif words[-1].lower() in ORG_SUFFIXES:
            etype = "ORG"
        elif "·" in m.group(1) or "・" in m.group(1) or _foreign_person(m.group(1), words):
            etype = "PER"
        else:
            etype = "MISC"
        out.append(Candidate(s, e, m.group(1), etype, id=unknown_id(latin)))
    if code == "zh":
        # a person's name as group 1: 王毅表示, 李克强说 (before a speech verb); 发言人何亚东表示
        # (a Chinese name after a title); 總統特朗普 (a transliterated one after a title);
        # 威爾遜說 (a transliterated one before a speech verb)
        for pattern in (ZH_NAME_SAYS, ZH_TITLE_NATIVE, ZH_TITLE_NAME, TRANSLIT_SAYS):
            for m in pattern.finditer(text):
                s, e = m.start(1), m.end(1)
                if pattern is ZH_TITLE_NAME and e - s > 2 and text.startswith(ZH_WORDS_AFTER_NAME, e - 1):
                    e -= 1   # 前锋费利佩梅开二度: the name ends before the word after it
                if not any(covered[s:e]):
                    # (在洛桑表示 "said in Lausanne": after 在 the name before the verb is where)
                    out.append(Candidate(s, e, text[s:e], "LOC" if pattern is TRANSLIT_SAYS and s and text[s - 1]
                                         in "在於于" else "PER"))
        for m in ZH_FIRM_NAME.finditer(text) if "公司" in text else ():
            s, e = m.span(1)   # 支付公司克拉纳, 户外用品公司卡斯卡迪亚装备: the firm's name after its kind
            if not any(covered[s:e]) and not text.startswith(ZH_WORDS_AFTER_NAME, s):
                out.append(Candidate(s, e, m.group(1), "ORG"))
        for m in ZH_NATIVE_FIRM_NAME.finditer(text) if "公司" in text or "樂" in text or "乐" in text or "品牌" in text else ():
            s, e = m.span(1)
            name = m.group(1)
            if not any(covered[s:e]) and not any(c in ZH_NOT_NAME_CHARS for c in name) \
                    and not name.startswith(ZH_TITLES_BEFORE) and not name.endswith(ZH_TITLES_BEFORE) \
                    and name[:2].translate(zh_t2s()) not in zh_words() and name[-1] not in "官長长人員员師师處处" \
                    and not (s >= 2 and text[s - 2] in "该該本其此我貴贵"):   # (该公司首席执行官; 公司 + 第十區管理處, a unit)
                out.append(Candidate(s, e, name, "ORG"))
        for m in ZH_ANONYMISED.finditer(text) if "某" in text else ():
            s, e = m.span()
            if s and (text[s - 1] + text[s]).translate(zh_t2s()) in zh_words():
                continue   # 由于某, 提高某: a word's last character, no family name
            if not any(covered[s:e]):
                out.append(Candidate(s, e, m.group(), "PER"))
        tl_named = list(ZH_TL_NAMED.finditer(text))   # 马塞诺大学, 洛特河
        i = covered.find(b"\x01\x00")
        while i >= 0:   # 英格兰 + 多塞特郡
            if i + 1 < len(text) and text[i + 1] in TRANSLIT and (m := ZH_TL_NAMED_AFTER_NAME.match(text, i + 1)):
                tl_named.append(m)
            i = covered.find(b"\x01\x00", i + 1)
        for m in tl_named:
            s, e = m.span()
            if s and text[s - 1] in "圣聖" and (s < 2 or text[s - 2] not in "神"):
                s -= 1   # 圣奥拉夫学院: a saint's name (not 神圣, "holy")
            if not any(covered[s:e]):
                out.append(Candidate(s, e, text[s:e], "ORG" if m.group(1) else "LOC"))
        for m in itertools.chain(ZH_SETTLEMENT_NAME.finditer(text), ZH_CUED_PLACE_NAME.finditer(text)) \
                if any(w in text for w in ZH_SETTLEMENT_WORDS) else ():
            s, e = m.span(1)   # 小村莊拜伯里, 小镇兰迪德诺: the village's or town's name after the word
            while e - s > 2 and text[e - 1] in "東西南北东" and text[e:e + 1] in "方部邊边側侧郊東西南北东":
                e -= 1   # 因弗內斯 + 西南方: a direction from it, no part of its name
            if not any(covered[s:e]):
                out.append(Candidate(s, e, text[s:e], "LOC"))
        for m in ZH_TL_PLACE_WIDE.finditer(text):
            s, e = m.span()
            s = after_cue(text, s, e)   # (抵|達加拉巴哥群島: the cue's last character opens no name)
            if not any(covered[s:e]) and not any(n.start() == s for n in tl_named):
                out.append(Candidate(s, e, text[s:e], "LOC"))
        for m in TRANSLIT_RUN.finditer(text):   # 薩勒曼, 愛麗絲: foreign names spelt in Chinese
            s, e = m.start(), m.end()
            if e - s >= 3 and text.startswith(ZH_CLUB_ROLES, e - 1):
                e -= 1   # 韋斯卡 + 門將: the role's first character is no part of the club's name
            elif e - s >= 3 and text.startswith(_ZH_WORDS_OPENED_BY_TRANSLIT, e - 1):
                e -= 1   # 克羅斯 + 加盟: a verb's or a conjunction's first character
            if not any(covered[s:e]):   # (布倫特福德前鋒: a club, before its player's role; 瓦哈卡的旅遊業: a town;
                # 在蘇瓦表示: where something is said)
                out.append(Candidate(s, e, text[s:e], "ORG" if text.startswith(ZH_CLUB_ROLES, e)
                                     else "LOC" if ZH_PLACE_AFTER_NAME.match(text, e)
                                     or s and text[s - 1] in "在於于" and text.startswith(ZH_SAID_AT, e) else "PER"))
        zh_family_names_alone(text, covered, out)   # 與梅克爾會談, 布希政府: a known foreign family name
        zh_listed_people(text, covered, out)   # 呂特、范德賴恩與柯斯塔: a name listed after a person's
    for s, e in translit_names(text) if any(d in text for d in _TRANSLIT_DOTS) else ():      # 唐納德·特朗普
        if e - s < 3 or any(covered[s:e]):
            continue
        if text.startswith("堡", e):
            e += 1   # 史蒂芬·羅森 + 堡: Rosenberg, the family name's end (no fort)
        elif (w := next((w for w in ZH_LOC_ENDINGS if text.startswith(w, e)), None)) is not None and len(w) > 1:
            e += len(w)   # 雷纳托·库里体育场: a place named after the person
            if not any(covered[s:e]):
                out.append(Candidate(s, e, text[s:e], "LOC"))
            continue
        if (body := ZH_NAMED_BODY.match(text, e)) is not None:   # 誇梅·恩克魯瑪科技大學: a body named after the person
            if not any(covered[s:body.end()]):
                out.append(Candidate(s, body.end(), text[s:body.end()], "ORG"))
            continue
        out.append(Candidate(s, e, text[s:e], "PER"))
    for t in CJK_TITLE.finditer(text):   # find titles, then the name right before them
        e = s = t.start()
        if code == "zh" and (s and text[s - 1] in "攝摄華华" and t.group() == "氏" or text.endswith(_ZH_HONORARY, 0, s)):
            continue   # 攝氏 "Celsius", 華氏 "Fahrenheit"; 榮譽博士 "an honorary doctorate"
        while s > 0 and e - s < 12 and (is_cjk_name_char(text[s - 1]) or text[s - 1] == "々" and code == "ja"):
            s -= 1   # (佐々木隆之容疑者: the iteration mark inside a Japanese name)
        while s < e and text[s] in "・ー":
            s += 1
        if e - s < 2:
            continue
        if code == "ja" and text.endswith(JA_TITLE_MODIFIERS, s + 2, e):
            e -= 2   # 北川進 + 特別教授: a kind of the title, no part of the name
        if code == "ja" and e - s > 2 and text[e - 1] in "元前現" and ("\u30A1" <= text[e - 2] <= "\u30FC"
                                                                    or ja_full_name(text[s:e - 1])
                                                                    or e - s >= 5 and text[e - 3:e - 1]
                                                                    in common_words().ja_first_listed):
            # (古森 + 重隆 + 元会長: a first name a list holds, after a family name none does)
            e -= 1   # ヘルベルト・ディース + 元社長, 鈴木修 + 元会長: "the former president", no part of the name
        name = text[s:e]
        if code == "ja" and name and name[-1] in _JA_LAST_CHARS and name.endswith(JA_ORG_WORDS):
            # 元北越信用金庫理事長: a body's head, named by the body (a former one's: 元, 前)
            body = name[1:] if name[0] in "元前現" else name
            _ja_compound_name(body, e - len(body), covered, out)
            continue
        # after の the whole kanji run is the name, a title closing it: 松本市の臥雲義尚市長,
        # 読売ジャイアンツの阿部慎之助監督 (three to five kanji: a family and a first name); after
        # another clause's edge (、 the text's start, a bracket, a middle dot, a particle) too:
        # 、杉本基久雄市長が, 裁判長・戸倉三郎長官, three or four kanji, or five where a listed
        # family name opens them; not a prefix that opens a kind of person (最優秀選手)
        whole_run = False
        if code == "ja" and 3 <= len(name) <= 5 and all("\u4E00" <= c <= "\u9FFF" for c in name):
            listed_family = name[:2] in _ja_surname_set() or name[:2] in common_words().ja_family_listed
            kind_of_person = name[0] in _JA_PREFIXES_BEFORE_TITLE and not listed_family
            if s and text[s - 1] == "の":
                if kind_of_person:
                    continue   # カンファレンスの最優秀選手
                whole_run = True
            elif (s == 0 or text[s - 1] in _JA_EDGE_BEFORE_NAME) and (listed_family or len(name) < 5 and not kind_of_person):
                whole_run = True
        # a Han run before a title may carry a noun in front ("会長張勇"): keep the
        # usual length of a full name, 4 characters in Japanese, 3 in Chinese
        if all("\u4E00" <= c <= "\u9FFF" for c in name) and not whole_run:
            # (or five, a family name and a first name IPADIC lists: 高野誠一郎社長)
            s = e - (5 if code == "ja" and len(name) >= 5 and _ja_listed_name(name[-5:], common_words())
                     else min(len(name), 3 if code == "zh" else 4))
        if any(covered[s:e]) or e - s < 2 or any(r in text[s:e] for r in CJK_ROLE_WORDS):
            continue   # 代表取締役社長: a role before the title, not a name
        if code == "ja" and text[s:s + 2] in common_words().ja_words2 and text[s:s + 2] not in _ja_surname_set() \
                and "\u4E00" <= text[s] <= "\u9FFF" and not ja_full_name(text[s:e]):   # (半沢 + 淳一頭取: a full name)
            continue   # 女性首相, 次期会長, 外国人社長: a word before the title, no family name
        if code == "zh" and (text[e - 1] in "姓系學学" or any(c in _ZH_NOT_IN_NAME for c in text[s:e])):
            # (物理系教授, 政治學教授: a department's or a field's professor)
            continue   # 以他的姓氏命名: 姓氏 is "surname", and 的 no name holds
        if code == "ja" and e - s > 3 and text[e - 1] in JA_COUNTRY_ABBREVIATIONS and "\u30A1" <= text[e - 2] <= "\u30FC":
            # スターマー英首相: a katakana name, the country's one-character name, the title
            if not covered[e - 1]:
                out.append(Candidate(e - 1, e, text[e - 1], "LOC", id=JA_COUNTRY_ABBREVIATIONS[text[e - 1]]))
            e -= 1
        if code == "ja" and (text[s:e] in JA_KATAKANA_SPORTS or text[s:e] in JA_KANJI_SPORTS or text.endswith("代目", s, e)):
            continue   # アイスホッケー選手, ベテラン監督: a kind of player, no name
        if t.group() in JA_WEAK_TITLES and not whole_run \
                and not (code == "ja" and (text.startswith(_ja_surname_tuple(), s)
                                           or _ja_listed_name(text[s:e], common_words())
                                           or not "\u4E00" <= text[s - 1:s] <= "\u9FFF"   # (山路 + 颯太容疑者; not
                                           and _ja_gimei_name(text[s:e], common_words()))   # 井手 + 口真由美: cut)
                         or all("\u30A1" <= c <= "\u30FC" for c in text[s:e])):
            continue   # (a katakana name: インファンティーノ会長)
        out.append(Candidate(s, e, text[s:e], "PER"))
    for m in CJK_ORG.finditer(text) if _CJK_ORG_SUFFIX.search(text) else ():
        s, e = m.start(), m.end()
        if any(covered[s:e]):
            continue
        out.append(Candidate(s, e, text[s:e], "ORG"))
    if code == "ja":
        for m in JA_COMPANY_PREFIX.finditer(text):   # 株式会社SSG, 有限会社ミナミ, 独立行政法人国際協力機構
            s, e = m.start(), m.end()
            while (w := next((w for w in JA_AFTER_BODY if text.endswith(w, s, e)), None)) is not None and e - len(w) > s + 4:
                e -= len(w)
            if not any(covered[s:e]):
                out.append(Candidate(s, e, text[s:e], "ORG"))
        for m in JA_COMPANY_PREFIX_KANA.finditer(text):   # 株式会社やまぶき, 株式会社みなと製菓: a name in hiragana
            s, e = m.span()
            if not m.group(2) and m.group(1)[-1] in _JA_PARTICLE_CHARS:
                e -= 1   # (株式会社やまぶき + は、: the particle after the name)
            if text.startswith("の会", e) and text[e + 2:e + 3] in _JA_AFTER_SOCIETY:
                e += 2   # 特定非営利活動法人ふるさと水辺 + の会: a society's name ends so
            if m.group(1) not in _JA_NOT_KANA_NAMES and text[m.end(0) - len(m.group(1)) - len(m.group(2)):e] \
                    not in _JA_NOT_KANA_NAMES and e - s > 5 and not any(covered[s:e]) \
                    and not any(c.start < e and s < c.end for c in out):
                out.append(Candidate(s, e, text[s:e], "ORG"))
        for w in JA_KANA_NAMED_BODY_END.finditer(text):   # さくら信用金庫, 三河みどり信用組合
            if (m := _JA_KANA_NAME_BEFORE.search(text, max(0, w.start() - 14), w.start())) is None:
                continue
            s, e = m.start(1), w.end()
            if "の" in m.group(1):
                continue   # (多くの銀行: "many banks", a particle inside)
            if not any(covered[s:e]) and not any(c.start < e and s < c.end for c in out):
                out.append(Candidate(s, e, text[s:e], "ORG"))
        for after in _JA_AFTER_A_PLACE.finditer(text):   # ウルムで生まれ, ヴヴェイに本社を置く: a place by what follows it
            if (m := JA_KATAKANA_PLACE.search(text, max(0, after.start() - 24), after.start())) is None:
                continue
            s, e = m.span(1)
            name = m.group(1)
            if not any(covered[s:e]) and name not in JA_KATAKANA_ROLES and not name.endswith(KATAKANA_ORG_ENDS):
                out.append(Candidate(s, e, name, "LOC"))
        for m in JA_TOWN_TEAM.finditer(text):   # 練馬ベアーズ, 十和田サンダース: a team by its town and nickname
            k, e = m.span()
            s = k
            while s > 0 and k - s < 4 and "\u4E00" <= text[s - 1] <= "\u9FFF":
                s -= 1
            town, nickname = text[s:k], m.group()
            if k - s >= 2 and e - k >= 4 and not (s and _JA_NAME_OR_KANA_CHAR.match(text, s - 1)) \
                    and not any(covered[s:e]) and not nickname.endswith(KATAKANA_LOC_ENDS) and nickname not in JA_NOT_TEAMS \
                    and (_kb_place(town) or any(_kb_place(town + unit) for unit in _JA_TEAM_TOWN_UNITS)):
                # (練馬ベアーズ: a ward's, 信濃グランセローズ: an old province's)
                out.append(Candidate(s, e, text[s:e], "ORG"))
        for m in JA_THEATRE_COMPANY.finditer(text) if "劇団" in text else ():
            s, e = m.span()
            if not (m.group(1) and m.group(1).endswith(_JA_THEATRE_WORDS)) and not any(covered[s:e]):
                out.append(Candidate(s, e, m.group(), "ORG"))
        for m in JA_FC_CLUB.finditer(text) if "FC" in text else ():
            s, e = m.start(), m.end()
            if not any(covered[s:e]):
                out.append(Candidate(s, e, m.group(), "ORG"))
        # (a number and its counter end the compound before them: 泊原子力発電所 | 3号機)
        for m in JA_COMPOUND_NAMED.finditer(_without_numbers(text) if "号" in text else text):
            word = m.group(1)
            if word.endswith(_JA_ENDINGS_BY_LAST[word[-1]]):   # (most compounds end in no such word)
                _ja_compound_name(word, m.start(1), covered, out)
        for m in JA_AROUND_NAME.finditer(text):   # 同年釧路市, 石川県加賀市出身, 千頭駅構内
            if m.group() in JA_TIME_WORDS:   # the name after it
                if m.start() and _JA_COMPOUND_CHAR1.match(text, m.start() - 1):
                    continue
                s, w = m.end(), _JA_COMPOUND_RUN1.match(text, m.end())
                e = w.end() if w else s
            else:   # the name before it
                if _JA_COMPOUND_CHAR1.match(text, m.end()):
                    continue
                e = s = m.start()
                while s > 0 and e - s < 16 and _JA_COMPOUND_CHAR1.match(text, s - 1):
                    s -= 1
            if e - s >= 2 and text.endswith(_JA_ENDINGS_BY_LAST.get(text[e - 1], ()), s, e):
                _ja_compound_name(text[s:e], s, covered, out)
            elif m.group() in JA_PLACE_AFTER_WORDS and (k := _JA_KATAKANA_TAIL.search(text, s, e)) is not None:
                # カーキンティロッホ出身, 小村ロヴェッタ出身: a foreign word before "born in" or
                # "living in" is a place, unless a trade or a firm (モデル出身, ...モーターズ出身)
                ks, name = k.start(), k.group()
                if name not in JA_KATAKANA_ROLES and not name.endswith(KATAKANA_ORG_ENDS) and not any(covered[ks:e]):
                    out.append(Candidate(ks, e, name, "LOC"))
        for m in JA_ABBREVIATED_COUNTRIES.finditer(text):
            for i in range(*m.span()):   # 英紙, 米軍; 米中対立, 日米首脳会談: each character a country
                if not covered[i]:
                    out.append(Candidate(i, i + 1, text[i], "LOC", id=_JA_COUNTRY_CHARS[text[i]]))
    if code == "zh":
        for m in ZH_BARE_BODIES.finditer(text):   # 參議院, 民主黨: a legislature's house or a party the text's country has
            s, e = m.span()
            if text[s] == "民" and s and text[s - 1] in _ZH_BEFORE_A_PARTYS_NAME:
                continue
            if not any(covered[s:e]) and not any(c.start < e and s < c.end for c in out):
                out.append(Candidate(s, e, m.group(), "ORG"))
    if code == "zh" and "世" in text:
        for m in ZH_TL_RULER.finditer(text):   # 威廉三世, 瑪麗二世
            s, e = m.span()
            if not any(covered[s:e]) and not any(c.start < e and s < c.end for c in out):
                out.append(Candidate(s, e, m.group(), "PER"))
        for c in out:   # 阿布杜拉二世, 路易十四世: a ruler's number is part of the name
            if c.type == "PER" and (m := ZH_REGNAL.match(text, c.end)) is not None:
                c.end, c.text = m.end(), text[c.start:m.end()]
    return out


ZH_REGNAL = re.compile("[一二三四五六七八九十]{1,3}世")
# houses of a legislature and parties named by no country, which the text's context tells
# (民主黨將在眾議院反對該法案): bodies, with no identity the KB could give them
ZH_BARE_BODIES = re.compile("参议院|參議院|众议院|眾議院|民主[党黨]")
_ZH_BEFORE_A_PARTYS_NAME = frozenset("會会由教社新進进人統统國国")   # (社會民主黨, 自由民主黨: longer names)
# a ruler's transliterated name and number (威廉三世, 瑪麗二世)
ZH_TL_RULER = re.compile(f"[{_TL_OPEN}](?<![{_TL_ANY}][\\s\\S])[{_TL_ANY}]{{1,3}}[一二三四五六七八九十]{{1,3}}世")


# one-character names of countries the Japanese press writes before a paper, an army, a
# ministry (英紙, 米軍, 米国務省; not 中, "middle", there), and two or three of them
# before relations (米中対立, 日米首脳会談, 日中間), general Japanese
_JA_COUNTRY_CHARS = {**JA_COUNTRY_ABBREVIATIONS, "日": "country-jp", "欧": "europe", "朝": "country-kp"}
# (the first character first, then the test of the one before it: the engine scans for the
# class fast, 7 against 60 µs per Japanese article)
_JA_COUNTRY_CLASS = "[" + "".join(_JA_COUNTRY_CHARS) + "]"
JA_ABBREVIATED_COUNTRIES = re.compile(
    _JA_COUNTRY_CLASS + r"(?<![\u4E00-\u9FFF\u30A1-\u30FA].)"
    r"(?:(?<=[" + "".join(c for c in JA_COUNTRY_ABBREVIATIONS if c != "中") + r"])"
    r"(?=紙|誌|軍|国務省|国防総省|財務省|商務省|大使館|議会|政権|大統領|首相|特使|当局|政府|企業|半導体)"
    r"|" + _JA_COUNTRY_CLASS + r"{1,2}(?=対立|関係|首脳|会談|貿易|摩擦|両国|間|同盟|協議|合意|外相|戦争))")


# words that Japanese glues before a name without a particle (同年釧路市を: "that year,
# Kushiro"), and after one (加賀市出身, 千頭駅構内, 鳥海山麓), general Japanese
JA_TIME_WORDS = ("同年", "翌年", "前年", "昨年", "今年", "同日", "翌日", "同月", "翌月", "当時", "戦後", "戦前")
JA_AFTER_NAME_WORDS = ("出身", "在住", "構内", "付近", "周辺", "近郊", "郊外", "市内", "町内", "村内", "県内", "麓",
                       "方面", "沖", "上空", "一帯", "流域", "水系", "河口", "上流", "下流", "沿岸", "山頂", "湖畔", "駅前",
                       # a school's or a body's people (尾道東高等学校在学中, 東映動画所属)
                       "在学中", "卒業", "在籍", "所属", "中退", "入学", "入社", "入団")
# (a prefix tree: no word opens another, so it matches as the flat alternation would)
JA_AROUND_NAME = re.compile(alternation(JA_TIME_WORDS + JA_AFTER_NAME_WORDS, 0))
# ... of which those only a place stands before (not 構内 "inside", 沖 "off", 方面 "towards")
JA_PLACE_AFTER_WORDS = frozenset(("出身", "在住", "近郊", "郊外"))
_JA_KATAKANA_TAIL = re.compile(r"[\u30A1-\u30FA][\u30A1-\u30FA\u30FC]+\Z")
# katakana trades, ranks and roles a person comes from (モデル出身の女優, アイドル出身), general Japanese
JA_KATAKANA_ROLES = frozenset("""モデル アイドル タレント アナウンサー プロ アマチュア アマ エリート サラリーマン
ビジネスマン エンジニア デザイナー ダンサー シンガー ミュージシャン アスリート ボクサー レスラー スポーツ ユース
アカデミー スタッフ メンバー リーダー キャスター コメディアン グラビア ジュニア チーム クラブ バンド グループ""".split())
# katakana sports and ranks written before 選手 or 監督 (アイスホッケー選手, ベテラン選手): a kind of
# player, no name (general Japanese)
JA_KATAKANA_SPORTS = frozenset("""サッカー ラグビー バスケットボール バスケ バレーボール バレー アイスホッケー ホッケー
テニス ゴルフ スキー スケート スノーボード ボクシング レスリング マラソン ハンドボール ソフトボール フットサル
バドミントン カーリング フィギュアスケート スピードスケート ショートトラック ボート ヨット カヌー サーフィン
トライアスロン フェンシング クリケット ボウリング ビーチバレー アメフト アメリカンフットボール フットボール
ボブスレー リュージュ スケルトン ジャンプ ノルディック アルペン モーグル クライミング スカッシュ
ベテラン エース トップ スター レギュラー ルーキー キャプテン コーチ ヘッドコーチ ゴールキーパー キーパー
フォワード ディフェンダー ピッチャー キャッチャー""".split()) | JA_KATAKANA_ROLES
_JA_COMPOUND_CHAR1 = re.compile(r"[\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9・&]")
_JA_COMPOUND_RUN1 = re.compile(r"[\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9・&]{2,15}(?![\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9・&])")


def _ja_place_of_its_own(word: str) -> bool:
    """A compound opening with 両 ("both") or 本 ("this") that is a place's name: two
    characters or more before its place word (両津港, 両国駅, 本八幡駅; not 両空港 "both
    airports", 本遺跡 "this site")."""
    n = max((len(w) for w in JA_LOC_WORDS if word.endswith(w)), default=0)
    # (or a place's name opens it: 本州 + 四国連絡橋公団)
    return n > 0 and len(word) - n >= 2 or _kb_place(word[:2])


def _ja_national_body(word: str) -> bool:
    """A body named 全国 ("national") and what it gathers (全国銀行協会, 全国農業協同組合連合会):
    全 opens a name there, not "all" (全社, 全市)."""
    return word.startswith("全国") and len(word) >= 6 and word.endswith(("協会", "連合会", "連盟", "組合", "協議会"))


# a katakana name and a town's (ヴァンフォーレ甲府, アビスパ福岡): a club of the town, unless
# the katakana says a venue (スタジアム広島, エスコンフィールドHOKKAIDO)
JA_VENUE_WORDS = KATAKANA_LOC_ENDS + ("フィールド", "ドーム", "スクエア")
_JA_CLUB_OF_TOWN = re.compile(r"([\u30A1-\u30FA\u30FC]{3,})([\u4E00-\u9FFF]{2,3})")
# trades that end a firm's name after a name (丸高産業, 第一生命) and an industry's after an
# everyday word (観光産業 "tourism", 情報通信 "telecommunications", 研究開発 "R&D")
_JA_TRADE_WORDS = frozenset(("産業", "水産", "生命", "電子", "通信", "開発", "石油", "観光", "機械", "技研", "精機",
                             "化成", "鉱業", "物流", "興産", "部屋"))


_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _without_numbers(text: str) -> str:
    """``text`` with each number and the counter after it (3号機, 2号線, 5号館) written as as
    many full stops: a boundary of the same length, offsets kept (the text itself where none is)."""
    parts, last = [], 0
    i = text.find("号")
    while i >= 0:
        j = i
        while j > 0 and text[j - 1] in _DIGITS:
            j -= 1
        if j < i:
            e = i + 2 if text[i + 1:i + 2] in _COUNTED and i + 1 < len(text) else i + 1
            parts += (text[last:j], "。" * (e - j))
            last = e
        i = text.find("号", i + 1)
    return "".join(parts) + text[last:] if parts else text


_COUNTED = frozenset("機線館棟車炉")


_JA_COUNTED = re.compile(r"[0-9０-９]+社\Z")
_JA_PREFIX_FIRST = frozenset("官国公民県市町村通旧J")
_JA_RUN_BY = ("官営", "国営", "公営", "民営", "県営", "市営", "町営", "村営")


def _ja_firm_opening_with_this(word: str) -> bool:
    """A body's name that opens with 両 or 本 ("both", "this"): a body's word ends it and
    what stands before is two characters or more and no word (両備ホールディングス, 本多製作所;
    not 両国政府, "both countries' governments", 本事業団)."""
    if not word.endswith(JA_ORG_WORDS):
        return False
    head = word[:-max(len(w) for w in JA_ORG_WORDS if word.endswith(w))]
    return len(head) >= 2 and head not in common_words().ja_words2 and head[1:] not in JA_ORG_WORD_SET \
        and not (len(head) == 2 and head[1] in "国社党市県町村校家軍院局省庁府部")   # (両国政府: both countries')


def _ja_compound_name(word: str, s: int, covered: bytearray, out: list) -> None:
    """The candidate a Japanese compound ending in an organisation's or a place's word
    makes, appended to ``out``: 大井川鐵道 (ORG), 揖斐川 (LOC), 講談社 (ORG)."""
    if word[0] in _JA_PREFIX_FIRST:   # (one test first: most compounds open with none of these)
        if word.startswith(_JA_RUN_BY) and len(word) >= 5:
            word, s = word[2:], s + 2   # 官営 + 八幡製鐵所: who runs it, no part of the name
        elif word.startswith("通称") and len(word) >= 5:
            word, s = word[2:], s + 2   # 通称 + 金閣寺: "commonly called", no part of the name
        elif word[0] == "旧" and len(word) >= 4 and word[-1] in "村町郡藩":
            word, s = word[1:], s + 1   # 旧 + 切久保村: the former village, named by its name
        elif word.startswith(("JA", "JR", "JF")) and len(word) >= 4 and word[2] > "\u3000":
            if not any(covered[s:s + len(word)]):   # JA香川県, JR東日本: a co-operative's, a railway's name
                out.append(Candidate(s, s + len(word), word, "ORG"))
            return
    if (kind := _JA_KIND_BEFORE_NAME.search(word)) is not None and len(word) - kind.end() >= 2:
        word, s = word[kind.end():], s + kind.end()   # 金属加工会社 + 越路精工, 宗教法人 + 天理教: kind, then name
    if word[-1] == "内" and len(word) >= 4 and word[:-1].endswith(JA_LOC_WORDS):
        word = word[:-1]   # 大阪城公園 + 内: "inside" it
    last = word[-1]
    if last == "城" and word.endswith("開城") or last == "社" and _JA_COUNTED.search(word) \
            or last == "部" and word[0] == "会":
        return   # 無血開城: a castle's surrender, no castle; 子会社9社: a count of companies;
        # (日本野鳥の)会十勝支部: the rest of a society's name that の broke
    if last == "跡" and word.endswith("城跡") and len(word) >= 4:
        word = word[:-1]   # 春日山城 + 跡: the castle's site, named by the castle
    if word in JA_NOT_NAMES or word[0] in "同各全当自他" and not _ja_national_body(word) \
            or word[0].isdigit() or word[0] == "旧" and word.endswith(("役場", "役所", "庁舎")) \
            or word[0] in "両本" and not _ja_place_of_its_own(word) and not _ja_firm_opening_with_this(word) \
            or word.startswith("両国") and word.endswith(JA_ORG_WORDS) \
            or word.startswith(JA_TIME_WORDS) \
            or word[-1].isdigit() or _RANK.search(word) \
            or word.endswith("将軍"):   # (征夷大将軍, a general's or shogun's title: no army)
        # (両国政府: "both countries' governments", no body of Ryōgoku; a rank makes a
        # description: 世界3位連合, "the world's third-largest alliance"; a number a count:
        # 13農協, "thirteen co-operatives"; 旧 + a town's office its old building)
        return
    e = s + len(word)
    if any(covered[s:e]):
        return
    if word.endswith(JA_ORG_WORDS) and word not in JA_ORG_WORD_SET:
        suffix = max((w for w in JA_ORG_WORDS if word.endswith(w)), key=len)
        head = word[:-len(suffix)]
        listed = head[-1:] == "・" and (head[:-1] in JA_ORG_WORD_SET or head[:-1] in _JA_TRADE_WORDS
                                        or head[:-1] in common_words().ja_words2)   # (鉱業・造船: trades listed)
        if (head in JA_ORG_WORD_SET or head in JA_GENERIC_MODIFIERS or listed) and suffix not in ("省", "庁"):
            return   # two industry words, or a kind of one (電気自動車, 大手銀行, 鉱業・造船): no name (運輸省 is a ministry)
        if suffix == "省" and len(head) < 2:
            return   # 入省 "joining a ministry", 帰省 "going home": no ministry
        if len(word) == 2 and word in common_words().ja_words2:
            return   # a word of its own: 従軍 "served in the army", 援軍 "reinforcements", 新党 "a new party"
        if suffix == "事務局" and _kb_place(head):
            return   # (国境なき医師団の)日本事務局: a body's office in a country, no name of its own
        if suffix == "学校" and (len(head) < 3 or head[0] == "旧"):
            return   # a kind of school (洋裁学校 "a dressmaking school"), or a former one's building
        if suffix in _JA_TRADE_WORDS and (len(head) < 2 or head[-2:] in common_words().ja_words2
                                          and head not in common_words().ja_family_listed):
            return   # an industry (観光産業 "tourism", 基幹産業), not a firm of that trade (丸高産業; 麻生鉱業, a family's)
        if suffix == "派" and "宗" not in head or suffix == "宗" and len(head) < 2:
            return   # 主流派, 改革派, 改宗: a faction or a conversion, no school (臨済宗妙心寺派, 曹洞宗 are)
        if suffix == "建設" and (head.endswith(JA_LOC_WORDS) or head in common_words().ja_words2
                                 and head not in common_words().ja_family_listed):
            return   # 道路建設, 発電所建設: a work being built, no builder (鹿島建設, 佐藤建設 are)
        out.append(Candidate(s, e, word, "ORG"))
    elif word.endswith(JA_LOC_WORDS) and len(word) >= 3 and not word.endswith(("大学院",)):
        if word.startswith(_JA_MODIFIER_TUPLE):   # (one C-level test for most places)
            n = max(len(w) for w in JA_LOC_WORDS if word.endswith(w))
            if word[:-n] in JA_GENERIC_MODIFIERS:
                return   # a kind of facility (私立美術館 "a private art museum", 洋式灯台, 国立公園, 主要駅): no name
        if word.endswith(_JA_NAMED_BY_PLACE_ONLY) and not _ja_place_head(word, _JA_NAMED_BY_PLACE_ONLY, True) \
                or word.endswith(_JA_KINDS_OF_WORKS) and not _ja_place_head(word, _JA_KINDS_OF_WORKS, False):
            return   # 半導体工場, 大名庭園, 発電用ダム, 道路トンネル: a kind, no name (追浜工場, 佐久間ダム are)
        if word[-1] == "橋" and word.endswith(_JA_KINDS_OF_BRIDGE) and not _ja_place_head(word, _JA_KINDS_OF_BRIDGE, True):
            return   # 道路橋, 木造歩道橋, 鉄筋コンクリートアーチ橋: a kind of bridge
        if word[-1] == "線" and (len(word) < 3 or word[-2] in "下上内外一" or word.endswith(("路線", "防線", "戦線", "前線"))):
            return   # 路線, 上下線, 道内路線, 第一線, 火防線, 中国戦線: a line, a route or a front, no line's name
        if word.endswith("発電所") and (head := word[:-3]).endswith(_JA_POWER_KINDS) \
                and head[:-next(len(k) for k in _JA_POWER_KINDS if head.endswith(k))] in _JA_POWER_PLANT_KINDS:
            return   # 洋上風力発電所 "an offshore wind farm": a kind of power station
        if (club := _JA_CLUB_OF_TOWN.fullmatch(word)) is not None and not club.group(1).endswith(JA_VENUE_WORDS) \
                and (_kb_place(club.group(2)) or _kb_place(club.group(2) + "市")):
            out.append(Candidate(s, e, word, "ORG"))   # ヴァンフォーレ甲府: a club of the town (甲府市)
            return
        out.append(Candidate(s, e, word, "LOC"))
    elif word[-1] == "社" and len(word) >= 3 and not word.endswith(JA_SHA_WORDS) \
            and not word.startswith(_JA_MODIFIER_TUPLE):
        out.append(Candidate(s, e, word, "ORG"))   # 講談社, 集英社: a company's name


# works most often named by a kind (化学工場, 大名庭園): a name only after a place's name (追浜工場,
# 後楽園 is no garden's word); and those a kind's word or a common word seldom opens (発電用ダム,
# 道路トンネル, 国際通り are kinds, 鷺沢ダム a name); roads are named by common words (東名高速道路)
_JA_NAMED_BY_PLACE_ONLY = ("工場", "庭園")
_JA_KINDS_OF_WORKS = ("ダム", "トンネル", "キャンパス", "通り", "新幹線", "本線", "線", "飛行場")
# kinds of bridge: a name that ends in one is a kind (道路橋, 木造歩道橋, アーチ橋), but after a
# known place (錦帯橋, 妙見橋 end in 橋 alone), general Japanese
_JA_KINDS_OF_BRIDGE = ("道路橋", "歩道橋", "アーチ橋", "連絡橋", "鉄道橋", "人道橋", "吊橋", "斜張橋", "トラス橋",
                       "木橋", "鉄橋", "陸橋", "桟橋", "石橋", "可動橋", "コンクリート橋")


def _ja_place_head(word: str, suffixes: tuple[str, ...], place_only: bool) -> bool:
    """Does what stands before the suffix name a place (place_only), or is it no common
    two-kanji word, no kind (発電用, 重力式) and no generic modifier?"""
    cw = common_words()
    head = word[:-max(len(x) for x in suffixes if word.endswith(x))]
    if head.endswith("・"):
        return False   # ファン・ダム: a person's name, no dam
    if head in cw.ja_place_readings and head not in cw.ja_words2 or _kb_place(head) or _kb_place(head + "市"):
        return True
    if place_only:
        return False
    return bool(head) and head not in cw.ja_words2 and head[-1] not in "用式" and head not in JA_GENERIC_MODIFIERS


# a kind of firm or body written before its name in one compound (金属加工会社越路精工, 眼鏡枠
# メーカー西山光学, 宗教法人天理教, 終点若桜駅); not a legal form, part of the name (株式会社東芝)
_JA_KIND_BEFORE_NAME = re.compile("(?:(?<!株式|有限|合同|合資|合名)(?<![子親])会社|メーカー|^(?:宗教|学校|医療)法人|^終点|^始発"
                                  "|^(?:総本山|大本山))")   # (総本山 + 延暦寺: the temple's rank, then its name)


def _ja_listed_name(run: str, cw) -> bool:
    """Is the kanji run a family name IPADIC lists (two or three kanji) and a first name it
    lists (one to three) that is no common two-kanji word (福島交通, 北洋銀行: a place and a
    word, not a person), unless gimei lists it as a first name too (小野寺 + 智子)?"""
    family, first, n = cw.ja_family_listed, cw.ja_first_listed, len(run)   # (plain tests: this runs often)
    words, given = cw.ja_words2, cw.ja_given   # (a first name that text uses as a word too: 健一, 智子, 直人)
    return (3 <= n <= 5 and run[:2] in family and run[2:] in first and (run[2:] not in words or run[2:] in given
                                                                         or run[-1] in _JA_MENS_LAST_CHARS)
            or 4 <= n <= 6 and run[:3] in family and run[3:] in first and (run[3:] not in words or run[3:] in given)
            # (or a first name of the old forms no list holds in full: 宮坂伝右衛門, 服部倉治郎, 杉浦喬也)
            or 4 <= n <= 7 and run[:2] in family and run.endswith(JA_GIVEN_ENDINGS) and run[2:] not in words)


# the last characters of men's first names that end no everyday two-kanji word (孝之, 和彦: words
# to wordfreq, which counts names; not 交通 of 福島交通), general Japanese
_JA_MENS_LAST_CHARS = frozenset("之郎彦輔也雄")
# the last characters of men's first names, old and new (伝右衛門, 倉治郎, 龍之介, 大輔, 喬也), general Japanese
JA_GIVEN_ENDINGS = ("右衛門", "左衛門", "衛門", "兵衛", "之助", "之介", "之丞", "之進", "郎", "輔", "也", "彦", "麿")


def _ja_gimei_name(run: str, cw) -> bool:
    """Two kanji that are no everyday word (or a family name: gimei's, IPADIC's) and a first
    name gimei lists (神崎 + 拓海: a word to wordfreq, a family name to IPADIC)."""
    return 4 <= len(run) <= 5 and run[2:] in cw.ja_given and "々" not in run[:2] and run[:2] not in JA_NOT_NAMES \
        and (run[:2] not in cw.ja_words2 or run[:2] in _ja_surname_set() or run[:2] in cw.ja_family_listed)


def ja_full_name(run: str) -> bool:
    """A kanji run that reads as a family name and a first name (近藤勇作, 長谷部清治)."""
    cw = common_words()
    return _ja_gimei_name(run, cw) or _ja_listed_name(run, cw)


# roles Japanese writes right before a person's full name (湯ノ沢軌道の社長斎藤龍之介は, 神野寺の住職
# 加藤真照は, 創業者飯塚辰五郎), general Japanese
JA_ROLES_BEFORE_NAME = ("社長", "会長", "創業者", "住職", "宮司", "監督", "院長", "理事長", "蔵元", "頭取", "店主", "館長",
                        "校長", "学長", "組合長", "当主", "園長", "初代", "杜氏", "編集者", "技術者", "研究家", "建築家",
                        "作家", "画家", "漫画家", "写真家", "俳優", "歌手", "記者", "設計者", "技師", "専務", "常務",
                        "副社長", "会頭", "取締役")
# given names written in kana, women's most (高柳ゆかり, 高橋キヨ, 仲村渠ミツ), general Japanese
JA_KANA_GIVEN = frozenset("""ゆかり ちづる みどり さくら あゆみ ひとみ まゆみ かおり さおり めぐみ ゆみ なつみ ひろみ のぞみ
あやか はるか ゆうこ あかね あずさ あすか いずみ かすみ しのぶ すみれ ちひろ つばさ なぎさ ひかり まどか みのり ゆい
ゆき ゆきこ りえ あけみ かなえ こずえ さやか ちあき なおみ ひさえ ふみ まこと みゆき もも ゆり よしみ るみ
ハル キヨ ミツ ハナ ウメ キク トメ マツ タケ ツル カメ ヨシ フミ シズ チヨ ツネ トミ ナミ ヒサ マサ ミネ ユキ
ヨネ イネ ウタ キミ スエ セツ タミ チエ テル ノブ ミエ モト""".split())


# kin written before a person's name (妻ハル, 長男の一郎, 父高野貞吉), general Japanese
_JA_KIN = "妻|夫|長男|次男|三男|長女|次女|三女|娘|息子|弟|妹|兄|姉"
# ... and roles of envoys, rulers and scholars, before any listed name
JA_ROLES_BEFORE_LISTED_NAME = tuple(sorted(set(JA_ROLES_BEFORE_NAME) | set(_JA_KIN.split("|")) | {
    "公使", "大使", "領事", "国王", "史家", "学者", "教授", "議員", "藩主", "家老", "僧", "宮司", "神主",
    # kin and teachers, officers' ranks, trades and arts (叔父玉木文之進, 陸軍少佐真柴健吾, 貿易商吉田健三)
    "叔父", "叔母", "伯父", "伯母", "祖父", "祖母", "恩師", "師匠", "少佐", "中佐", "大佐", "少将", "中将", "大将",
    "大尉", "中尉", "少尉", "職員", "商", "茶人", "歌人", "俳人", "絵師", "民権家", "実業家", "政治家", "思想家",
    "儒学者", "国学者", "蘭学者", "医師", "弁護士",
    # village and domain officers of the Edo period, and trades in 家 (名主田中丘隅, 大庄屋石谷源右衛門,
    # 郡代片山十太夫, 製糸家小口善右衛門, 主宰者村井清吾)
    "名主", "庄屋", "郡代", "代官", "奉行", "与力", "藩士", "家臣", "網元", "豪農", "豪商", "主宰者", "製糸家",
    "篤志家", "事業家", "資本家", "銀行家", "企業家", "起業家", "音楽家", "小説家", "評論家", "彫刻家", "陶芸家",
    "書家", "探検家", "活動家", "運動家", "宗教家", "教育家", "慈善家",
    # ministers by their short titles, medieval and Meiji officers, founders, parents and pupils
    # (蔵相井上準之助, 県令三島通庸, 守護富樫政親, 創刊者一力健治郎, 父高野貞吉, 門人服部嵐雪)
    "蔵相", "外相", "内相", "法相", "文相", "陸相", "海相", "商工相", "県令", "守護", "守護代", "地頭", "城主", "領主",
    "創刊者", "創始者", "創設者", "設立者", "発起人", "父", "母", "養子", "養父", "実父", "門人", "弟子", "門弟",
    "高弟"}, key=len, reverse=True))
_JA_ROLE_LAST_CHARS = frozenset(r[-1] for r in JA_ROLES_BEFORE_LISTED_NAME)


@lru_cache(maxsize=1)
def _ja_role_then_name() -> re.Pattern:
    """= (ROLE)の?(FAMILY NAME)([Han]{1,3})(?=[_JA_END]), built on first use (社長の西村公平は)."""
    return re.compile("(?:" + alternation(JA_ROLES_BEFORE_NAME, 0) + ")の?((?:" + _by_first_char(ja_surnames(), "") + ")"
                      r"[一-鿿]{1,3}(?<![氏様殿]))(?=[" + _JA_END + "])")   # (its honorific no part of it: 西山典子氏が)


@lru_cache(maxsize=1)
def _ja_kana_given_finder():
    """An automaton over the kana first names (one pass in C: a regex alternation of them is
    tried at every kana of the text, five times slower); a DFA: with 5,000 names a third
    faster than the default NFA (15 against 21 µs per 5 KB article, 4 MB more)."""
    import ahocorasick_rs
    return ahocorasick_rs.AhoCorasick(sorted(JA_KANA_GIVEN | common_words().ja_kana_given),
                                      matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                      implementation=ahocorasick_rs.Implementation.DFA)


_JA_END_SET = frozenset(_JA_END)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _ja_kana_named(text: str, covered: bytearray, out: list) -> None:
    """A family name the lists hold (one to three kanji after no kanji or katakana; IPADIC's
    of two or three) and a first name in kana before a particle (高柳ゆかり、, 高橋キヨによって,
    stage names: 浜辺カナエは, 宮沢トシオの)."""
    surnames, listed = _ja_surname_set(), common_words().ja_family_listed
    n_text = len(text)
    try:
        found = _ja_kana_given_finder().find_matches_as_indexes(text)
    except UnicodeEncodeError:   # lone surrogates, which Rust strings cannot hold (same length)
        found = _ja_kana_given_finder().find_matches_as_indexes(_LONE_SURROGATE.sub("\ufffd", text))
    for _, k, e in found:
        if e + 1 < n_text and text[e] == "子" and text[e + 1] in _JA_END_SET:
            e += 1   # 垣内 + ふみ + 子: a kana first name written with 子, as many women's are
        if not k or not "\u4E00" <= text[k - 1] <= "\u9FFF" or e < n_text and text[e] not in _JA_END_SET:
            continue
        for n in (3, 2, 1):
            s = k - n
            if s >= 0 and (text[s:k] in surnames or n > 1 and text[s:k] in listed) \
                    and not (s and _JA_NAME_OR_KANA_CHAR.match(text, s - 1)):
                if not any(covered[s:e]) and not any(c.start < e and s < c.end for c in out):
                    out.append(Candidate(s, e, text[s:e], "PER"))
                break


_JA_NAME_OR_KANA_CHAR = re.compile(r"[\u4E00-\u9FFF\u30A1-\u30FC々]")
# Korean and Chinese family names that open hardly any Japanese word, and a three-kanji name
# after none before a particle or a title (李明浩は, 崔永哲は, 趙立新報道官), general knowledge
JA_FOREIGN_KANJI_NAME = re.compile(r"([李朴崔鄭尹趙宋姜劉習](?<![\u4E00-\u9FFF\u30A1-\u30FA々][\s\S])[\u4E00-\u9FFF]{2})"
                                   r"(?=[はがのをと、（(]|報道官|大統領|首相|主席|監督|選手|氏|会長|社長|外相|議員)")


# a katakana name and the kind of venue it names (マツダスタジアム), not after other katakana
# or kanji of the same compound; the generic heads make a kind, no name (ホームスタジアム)
# (found by the kind first, then the name back from it: kinds are few, katakana many)
_JA_VENUE_KINDS = ("スタジアム", "アリーナ", "ドーム", "タワー")
_JA_VENUE_KIND = re.compile(r"(?:スタジアム|アリーナ|ドーム|タワー)(?![\u30A1-\u30FA\u30FC])")
_JA_KATAKANA_BEFORE_VENUE = re.compile(r"(?<![\u30A1-\u30FA\u30FC\u4E00-\u9FFFA-Za-z])"
                                       r"(?:[\u30A1-\u30FA\u30FC]{2,12}|[A-Z]{2,4})\Z")
_JA_KANJI_RUN = re.compile(r"[\u4E00-\u9FFF]{2,4}")
JA_GENERIC_VENUE_HEADS = frozenset("""メイン サブ ホーム コンサート イベント ライブ ダンス ビジネス リゾート シティ
ミュージック マルチ スポーツ サッカー ベースボール フットボール テレビ ラジオ オフィス ツイン""".split())


# a body's or a venue's name in quotes after its kind (ロックバンド「津軽ブルースカンパニー」, 農業法人
# 「いちのせき田園ファーム」, ライブハウス「窓枠」), general Japanese
JA_QUOTED_VENUE_KINDS = ("ライブハウス", "劇場", "旅館", "ホテル", "ホール", "スタジアム", "球場", "店舗")
JA_QUOTE_KINDS = ("バンド", "ユニット", "グループ", "チーム", "劇団", "法人", "会社", "球団", "クラブ", "サークル",
                  "レーベル", "事務所", "商店", "合唱団", "楽団",
                  # (電池メーカー「X」, 新興企業「X」, 地域政党「X」, 市民団体「X」)
                  "メーカー", "企業", "政党", "団体") + JA_QUOTED_VENUE_KINDS
# (found by the quote, then the kind before it: a literal opening lets the regex engine skip ahead)
JA_QUOTED = re.compile(r"「([^「」。、]{2,20})」")


# An encyclopaedia article's opening about a person: the name, then in brackets its reading
# in two words (family and given name) or the years of a life (葛西隼人（かさい はやと、1980年 - ）は,
# あさのひかる（1972年 - ）は), as Japanese Wikipedia opens every biography
# (found by the bracket first, then the name back to the sentence's start: brackets are few)
JA_PERSON_OPENING = re.compile(r"[（(](?:[ぁ-ゖー]+[ 　][ぁ-ゖァ-ヺー・]+[、,]"
                               r"|[0-9]{4}年(?:[0-9]{1,2}月[0-9]{1,2}日)?[^）)]{0,12}? ?[-‐–—〜~])")
_JA_SUBJECT_BEFORE = re.compile(r"(?:^|(?<=[。\n]))[^\s、。，．「」『』（）()]{2,20}\Z")


def _ja_article_subject(text: str, covered: bytearray, out: list) -> None:
    for m in JA_PERSON_OPENING.finditer(text) if "（" in text or "(" in text else ():
        k = m.start()
        if (name := _JA_SUBJECT_BEFORE.search(text, max(0, k - 20), k)) is None:
            continue
        s, e = name.span()
        if not any(covered[s:e]):
            out.append(Candidate(s, e, name.group(), "PER"))
            covered[e:m.end()] = b"\x01" * (m.end() - e)   # (the reading, アンナ・マリア, is no name of its own)



# kin and a first name alone (妻ハル, 妻の和子, 長男の健一が), general Japanese
JA_KIN_THEN_NAME = re.compile(f"(?:{_JA_KIN})の?"
                              r"([\u4E00-\u9FFF]{2,3}|[ぁ-ゖ]{2,4}|[ァ-ヺ]{2,4})(?=[" + _JA_END + "])")


# kin and a foreign first name in katakana, no の between (父ペーターの指導, 兄ジョンと)
_JA_KIN_THEN_KATAKANA = re.compile(f"(?:{_JA_KIN}|父|母|祖父|祖母|叔父|叔母)"
                                   r"([\u30A1-\u30FA][\u30A1-\u30FA\u30FC]{1,7})(?=[" + _JA_END + "])")


def _ja_kin_named(text: str, covered: bytearray, out: list) -> None:
    """A first name a list holds, no everyday word, after kin (妻ハル, 妻の和子), and a
    katakana name no word of the language right after kin (父ペーター)."""
    cw = common_words()
    for m in _JA_KIN_THEN_KATAKANA.finditer(text):
        s, e = m.span(1)
        if (m.group(1) not in cw.ja_loanwords or m.group(1) in cw.ja_kana_names) \
                and not any(covered[s:e]) and not any(c.start < e and s < c.end for c in out):
            out.append(Candidate(s, e, m.group(1), "PER"))
    for m in JA_KIN_THEN_NAME.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        # (gimei's common first names count even where they are words too: 和子)
        if (name in JA_KANA_GIVEN or name in cw.ja_given or name in cw.ja_first_listed and name not in cw.ja_words2) \
                and not any(covered[s:e]) and not any(c.start < e and s < c.end for c in out):
            out.append(Candidate(s, e, name, "PER"))


# A foreign person's family name, or one name, written alone in katakana (ブラウンは1990年に
# シカゴで生まれた, ベルナールの父, スミスらが): a person only where what follows says so, and
# no katakana word of the language (シングルは ... 発売された); general Japanese
# (the first katakana, then what stands before it: most characters fail the first test at once;
# a time word may stand right before the name: その後アサモアは)
_JA_LONE_KATAKANA = re.compile(r"[\u30A1-\u30FA](?:(?<=[後年月日].)|(?<![\u30A1-\u30FC・＝=\u4E00-\u9FFF々A-Za-z0-9 　].))"
                               r"[\u30A1-\u30FA\u30FC]{2,9}(?=[らのはがとやもをに、へ]|から)")
# what after a name alone makes it a place: a birth, a childhood or a death there, a suburb
# (ドンカスター生まれ, ルアボンで生まれ, ヘレンタルスの出身, レクサム近郊の); a katakana name before
# them is found from them, back (_ja_lone_names), any other name alone is typed by them
# (_ja_lone_type, which reads の出身 and で生まれ too)
_JA_PLACE_WORDS = "出身(?!者)|生まれ|近郊|郊外|で(?:育っ|育ち|生を受け|亡くな|死去|客死|世を去っ|創業|創立|設立|結成)"
_JA_PLACE_WORDS_AFTER = re.compile(_JA_PLACE_WORDS)
_KATAKANA_LETTER = re.compile(r"[\u30A1-\u30FA\u30FC]")
# what a person has and a body or a place has not, after の (ベルナールの父, ハリスの死後)
JA_PERSONAL_AFTER_NO = ("父", "母", "妻", "夫", "息子", "娘", "兄", "弟", "姉", "妹", "祖父", "祖母", "叔父", "叔母",
                        "伯父", "伯母", "両親", "長男", "長女", "次男", "次女", "孫", "死", "生涯", "自伝", "伝記",
                        "葬儀", "墓", "遺体", "肖像", "生家", "友人", "親友", "恋人", "弟子", "師匠", "後任", "前任",
                        "婚約者", "未亡人", "遺族", "愛人", "元妻", "元夫", "夫人", "没後", "生誕", "妻子",
                        "日記", "正室", "側室", "嫡男", "嫡子", "家臣", "養子", "養女", "門人", "命で", "命により")
# what a town has and a person or a body has not, after の (ニムプシェンの修道院, ヒサルルクの丘,
# シュヴェービッシュ・ハルの商家に生まれ)
JA_PLACE_AFTER_NO = ("修道院", "大聖堂", "旧市街", "市街地", "市長", "町長", "村長", "市民", "住民", "丘", "裏通り", "下宿",
                     "商家に生まれ", "農家に生まれ", "名家に生まれ", "旧家に生まれ")
# what only a person does, in the clause after the name and は or が (ブラウンは ... 生まれた)
JA_PERSONAL_VERBS = re.compile("生まれ|育っ|育ち|死去|急死|死亡|亡くな|逝去|他界|結婚|離婚|再婚|入団|移籍|引退|卒業|"
                               "入学|留学|学ん|学び|師事|渡米|亡命|即位|崩御|暗殺|処刑|戦死|病死|投獄|逮捕|主演|演じ|"
                               "出演|演奏|歌っ|作曲|指揮|執筆|洗礼|改宗|務め|働い|勤め|就任|当選|落選|立候補|率い|"
                               "脱退|加入|参戦|転向|プレー|活躍|受賞|出身(?!の)|自害|切腹|殉死|刺殺|落命|祀られ|"
                               "任ぜられ|任じられ|叙され|任命され|就い|会談|得点|"
                               # (a child of: 盛田は ... 造り酒屋の長男で)
                               "の[長次三四末][男女](?:で|として|に生|。)")
# the clause after a name and は or が: to the sentence's end or the next subject (a noun and が or は)
_JA_CLAUSE = re.compile(r"(?:[^。！？\n がは]|(?<![\u4E00-\u9FFF\u30A1-\u30FCA-Za-z0-9])[がは]){0,60}")


# what a company or a band has, after の (ビンボの創業者, ブラックウォーターのメンバー)
JA_CORPORATE_AFTER_NO = ("社長", "会長", "創業者", "創設者", "本社", "子会社", "親会社", "株式", "株主", "従業員",
                         "製品", "工場", "店舗", "最高経営責任者", "メンバー", "ボーカリスト", "ギタリスト", "ドラマー",
                         "ベーシスト", "ボーカル", "選手", "主将", "本拠地", "下部組織", "エース")
# what a player or an employee joins, after the name and に, へ or と (コフィディスに移籍, ロット・
# スーダルとプロ契約)
JA_JOINED_AFTER = re.compile("(?:[にへ](?:移籍|入団|加入|入社|所属)|と(?:プロ|[0-9]+年)?契約"
                              # (what a firm is to another: bought, a partner; シャイアーを買収, ニッスイとの取引)
                              "|を(?:買収|子会社化|傘下|設立|創設|創業|創立|結成)|との?(?:取引|提携|合併|合弁|資本提携|業務提携))")
# what a player left, before the club joined (ワレヘムからロケレンへ移籍, トッテナムからシティへ移籍)
_JA_LEFT_FOR = re.compile("から[\u30A1-\u30FA\u30FC・]{2,16}[へに](?:移籍|加入|入団)")
# a firm's head after it and の (スズキの鈴木修元会長)
_JA_FIRMS_HEAD_AFTER = re.compile(r"の(?:[\u4E00-\u9FFF々]{2,5}?|[\u30A1-\u30FAー・]{2,16})(?:元|前|現)?"
                                  r"(?:社長|会長|頭取|最高経営責任者|代表取締役|副社長|専務|常務)")
# katakana words for kinds of firm, and what before one says which (同グループの佐藤社長)
_JA_KINDS_OF_FIRM = frozenset("グループ チーム メーカー クラブ チェーン ホテル ブランド センター ファンド".split())
_JA_THIS_ONE = frozenset("同当本各両新旧親子")
# what a firm does, in the clause after it and は or が (カプコンは ... を発売した)
JA_CORPORATE_VERBS = re.compile("発売|販売|製造|生産|出荷|上場|買収|合併|提携|出資|子会社|傘下|本社を|本社は|店舗を")
# what is done to a body, after は or が (... は1977年に結成された)
JA_CORPORATE_PASSIVES = re.compile("(?:設立|創業|創立|結成|創設|買収|上場|国有化|民営化)され")
# what the name is, in a definition after it and は (フェイルーズは、レバノンの歌手である): a
# trade, a kind of body, a kind of place
JA_WHAT_IT_IS = re.compile("(?:(歌手|作家|俳優|女優|政治家|画家|作曲家|詩人|小説家|哲学者|学者|実業家|指揮者|騎手|外交官|"
                           "軍人|将軍|探検家|建築家|彫刻家|写真家|漫画家|声優|弁護士|医師|ピアニスト|ギタリスト|"
                           "ドラマー|ベーシスト|ボーカリスト|歌手|ラッパー|選手|監督|国王|皇帝|王妃|司祭)"
                           "|(バンド|グループ|ユニット|企業|会社|メーカー|政党|団体|クラブ|レーベル|銀行|出版社|放送局|"
                           "新聞社|事務所|球団|チーム|財団|協会|組織|連盟|商社|百貨店|チェーン)"
                           "|(都市|町|村|州都|首都|川|河川|山|島|湖|地方|駅|空港|港湾|城|寺院|神社|公園|地区|半島|山脈|"
                           "湾|海峡|運河|遺跡|庭園|劇場|競技場|スタジアム|アリーナ))(?:で[あ、]|だ|。|、|の一つ|の一人)")
# what a person is to another, before the name (父のパヴェル, 助手のベスト, ドラムのヒューズ)
_JA_ROLE_BEFORE = re.compile("(?:父|母|妻|夫|息子|娘|兄|弟|姉|妹|祖父|祖母|叔父|叔母|助手|弟子|師匠|後輩|先輩|同僚|"
                             "チームメイト|友人|親友|恋人|ボーカル|ギター|ドラム|ベース|監督|コーチ|主将)の?\\Z")
_JA_ROLE_LAST = frozenset("父母妻夫子娘兄弟姉妹手匠輩僚トル人友ームス督チ将")   # (the last characters of those roles)
_JA_PLACE_AFTER = re.compile(f"の出身(?!者)|で生まれ|{_JA_PLACE_WORDS}")   # (not の生まれ: 龍馬の生まれた町)
# what only a person does, strong enough for a name that is also a word (ベストは ... 死去した;
# not 生まれ: アイデアが生まれた)
_JA_DIED_OR_WED = re.compile("死去|亡くな|逝去|結婚|離婚|卒業|入学|留学|師事|殉死|落選|当選|出馬")
# a part of a country or a region, and の, before the name (ベトナム中部のホイアン)
_JA_PART_OF_A_PLACE_BEFORE = re.compile("(?:東部|西部|南部|北部|中部|北東部|北西部|南東部|南西部|郊外|近郊|地方|[東西南北]郊)の\\Z")
# a person's verb closing a clause that describes the name after it (バンコクに生まれたアピチャッポンは)
_JA_PERSONAL_CLAUSE_BEFORE = re.compile("(?:" + JA_PERSONAL_VERBS.pattern + "|渡っ|現し)[ぁ-ゖ]{0,3}\\Z")


def _ja_word_as_person(text: str, s: int, e: int) -> bool:
    """A katakana word of the language (ベスト, ヤング) as a family name: kin or a role just
    before it (父のヒューズ, 監督のキング), or, as a clause's subject, a death, a wedding or a
    school after it (ベストは ... で死去した)."""
    if text[s - 1:s] == "の" and _JA_ROLE_BEFORE.search(text, max(0, s - 12), s) \
            and text[e:e + 1] in ("は", "が", "と", "や", "も", "、"):
        return True
    return text[e:e + 1] in ("は", "が") and _JA_DIED_OR_WED.search(_JA_CLAUSE.match(text, e + 1).group()) is not None


def _ja_lone_type(text: str, s: int, e: int) -> str | None:
    """PER, ORG or LOC for a name alone at [s, e) (katakana, a listed name in kanji, Latin
    letters) by the words around it, else None."""
    after = text[e:e + 1]
    if after == "ら":
        return "PER" if text[e + 1:e + 2] not in ("し", "れ") else None   # (スミスら, not ...らしい)
    if _JA_PLACE_AFTER.match(text, e):
        return "LOC"
    if after == "の":
        return "PER" if text.startswith(JA_PERSONAL_AFTER_NO, e + 1) \
            else "ORG" if text.startswith(JA_CORPORATE_AFTER_NO, e + 1) or _JA_FIRMS_HEAD_AFTER.match(text, e) \
            else "LOC" if text.startswith(JA_PLACE_AFTER_NO, e + 1) else None
    if after == "へ" or after == "か" and text.startswith("から", e):
        # (ロケレンへ移籍, ワレヘムから | ロケレンへ移籍: the clubs a player leaves and joins)
        return "ORG" if JA_JOINED_AFTER.match(text, e) or _JA_LEFT_FOR.match(text, e) else None
    if after not in ("は", "が", "と", "や", "も", "を", "に", "で", "、"):
        return None
    if after in ("に", "と", "を") and JA_JOINED_AFTER.match(text, e):
        return "ORG"
    if after == "と" and text.startswith(("結婚", "再婚", "婚約", "離婚"), e + 1):
        return "PER"   # (ルターと結婚した)
    # (what stands right before says which of the patterns before can match: most ask none)
    last = text[s - 1:s]
    if last == "の" or last in _JA_ROLE_LAST:
        before = text[max(0, s - 12):s]
        if _JA_ROLE_BEFORE.search(before):
            return "PER"
        if _JA_PART_OF_A_PLACE_BEFORE.search(before):
            return "LOC"   # ベトナム中部の | ホイアン: a place in that part of the country
    elif "ぁ" <= last <= "ゖ" and _JA_PERSONAL_CLAUSE_BEFORE.search(text, max(0, s - 12), s):
        return "PER"
    if after in ("は", "が"):
        clause = _JA_CLAUSE.match(text, e + 1).group()
        if JA_CORPORATE_PASSIVES.search(clause):
            return "ORG"
        if after == "は" and (kind := JA_WHAT_IT_IS.search(clause)) is not None:
            return "PER" if kind.group(1) else "ORG" if kind.group(2) else "LOC"
        if JA_PERSONAL_VERBS.search(clause):
            return "PER"
        if JA_CORPORATE_VERBS.search(clause):
            return "ORG"
    return None


# a family or a first name alone in kanji, two or three characters (信長は, 頼朝の没後, 田中は)
# (one scan for both: and a town without its unit or a body's short form, two to four
# characters, before a particle or a place's word: 函館の, 群馬で, 東電は; _ja_bare_name)
# what may not stand glued before a name alone: another kanji, kana or Latin letter, a digit
_JA_GLUED = "\u4E00-\u9FFF々\u30A1-\u30FCA-Za-z0-9Ａ-Ｚａ-ｚ０-９"   # (ヶ and ケ are katakana)
_JA_GLUED_BEFORE = re.compile(f"[{_JA_GLUED}]")
_JA_LONE_KANJI = re.compile(f"[\u4E00-\u9FFF](?<![・{_JA_GLUED}].)[\u4E00-\u9FFF々ヶケ]{{1,3}}"
                            "(?=[らのはがとやでにへをも、・。」』）)]|から|まで|など|出身|産|近郊|周辺|方面|市内|在住|生まれ)")
# a town or a village in katakana after the word for one and の or な (小さな町イヴァンチツェ,
# 炭鉱町ヘムズワース)
_JA_TOWN_AFTER_ITS_KIND = re.compile("[のな](?:[\u4E00-\u9FFF]{0,2}[町村]|村落|集落)([\u30A1-\u30FA][\u30A1-\u30FA\u30FC]{2,11})"
                                     "(?![\u30A1-\u30FA\u30FC・＝=])")
# after a town without its unit or a short form that is also a person's name (米沢, 石川): only
# what a place has (not は or の: 米沢は may be a person)
_JA_ONLY_A_PLACE_AFTER = re.compile("で|へ|から|まで|出身|産|近郊|周辺|方面|市内|在住|生まれ"
                                    # (に and what one does at a place: 鎌倉に移り住んだ, 長岡に本店を置く,
                                    # 隠岐に流された; not に会う, に師事: a person's)
                                    "|に(?:本社|本部|本店|所在|移り住|移住|住ん|住み|生まれ|位置|流され|配流|疎開|転居|転封"
                                    "|入封|築|建て|置か|拠点"
                                    # (に滞在, に上陸, に設立: a stay, a landing, a founding there)
                                    "|滞在|上陸|到着|居住|設立|開業|創業|出店|進出|帰郷|赴任|遷都|入城|入港|寄港|移転)")
# ... and, for a place, の before what only a place has: its castle town, port, merchants,
# schools, shore, products, people (松山の中学校, 堺の商家, 飛騨の家具; not の自邸, the
# residence a person has too)
_JA_PLACES_NOUN_AFTER = re.compile("の(?:城下|港|町|市街|郊外|中心部|商家|商人|豪商|町人|菓子商|中学校|小学校|高校|温泉"
                                   "|海岸|沖|名物|名産|特産|住民|人々|町並み|市場|家具|職人|農村|漁村|山間)")


def _ja_loanword_compound(name: str, loanwords) -> bool:
    """Does the katakana run open or close with a word of the language of three letters or
    more (クラウド + サービス, モデル + ベンダー: IPADIC lacks the newer words, so one known
    part will do)?"""
    return any(name[:k] in loanwords and k >= 3 or name[k:] in loanwords and len(name) - k >= 3
               for k in range(2, len(name) - 1))


def _ja_lone_names(text: str, covered: bytearray, out: list) -> None:
    """Names written alone, in katakana or as a listed family or first name in kanji, typed
    by the words around them (_ja_lone_type), or no candidate."""
    cw = common_words()
    loanwords, names = cw.ja_loanwords, cw.ja_kana_names
    found = []

    def free(s: int, e: int) -> bool:   # (asked last: few words get this far)
        return not any(c.start < e and s < c.end for c in out)

    for m in _JA_LONE_KATAKANA.finditer(text):
        s, e = m.span()
        name = m.group()
        if name in loanwords and name not in names or name in KATAKANA_LETTERS or any(covered[s:e]):
            if name in loanwords and (text[e] in "はが" or text[s - 1:s] == "の") and not any(covered[s:e]) \
                    and name not in _JA_KINDS_OF_FIRM and _ja_word_as_person(text, s, e) and free(s, e):
                found.append((s, e, name, "PER"))   # ベストは ... 死去した, 父のヒューズ: a family name
                continue
            if name in loanwords and text.startswith("の", e) and name not in _JA_KINDS_OF_FIRM \
                    and text[s - 1:s] not in _JA_THIS_ONE and not any(covered[s:e]) \
                    and _JA_FIRMS_HEAD_AFTER.match(text, e) and free(s, e):
                found.append((s, e, name, "ORG"))   # ワークマンの土屋哲雄専務: a firm by its head, a word or not
            continue   # (a word of the language, or a name the knowledge base took: トヨタ)
        if name.endswith(KATAKANA_ORG_ENDS):
            # ノルデンシステムズ, セイコーマート: a firm by its last word, after a word that is
            # no word of the language (データシステム is one)
            head = name[:-max(len(x) for x in KATAKANA_ORG_ENDS if name.endswith(x))]
            if len(head) >= 2 and head not in loanwords and free(s, e):
                found.append((s, e, name, "ORG"))
            continue
        # (an untyped name is kept only where another may lend it its type: ルイスと | モーガンは)
        if ((etype := _ja_lone_type(text, s, e)) is not None or text[e] in "とや"
                or text[e] in "はが" and not _ja_loanword_compound(name, loanwords)) and free(s, e):
            # (a name no word of the language, as a clause's subject with nothing that types
            # it: a person, as most are in the development sets: ルイスは10代でギターを始め;
            # not two words of the language: クラウドサービスは, ライブアルバムは)
            found.append((s, e, name, etype if etype is not None or text[e] in "とや" else "PER"))
    for m in _JA_PLACE_WORDS_AFTER.finditer(text):
        e = m.start() - (text[m.start() - 1:m.start()] == "で")
        s = e
        while s > 0 and _KATAKANA_LETTER.match(text, s - 1):
            s -= 1
        name = text[s:e]
        if 3 <= len(name) <= 10 and name[0] != "ー" and not (s and _JA_GLUED_BEFORE.match(text, s - 1)) \
                and text[s - 1:s] not in ("・", "＝", "=") and (name not in loanwords or name in names) \
                and not any(covered[s:e]) and free(s, e):
            found.append((s, e, name, "LOC"))
    for m in _JA_TOWN_AFTER_ITS_KIND.finditer(text) if "町" in text or "村" in text else ():
        s, e = m.span(1)   # 小さな町 | イヴァンチツェ, ニーダーザクセン州の町 | ヴェスターシュテーデ
        if m.group(1) not in loanwords and not any(covered[s:e]) and free(s, e):
            found.append((s, e, m.group(1), "LOC"))
    bare = cw.ja_bare_names
    for m in _JA_LONE_KANJI.finditer(text):
        s, e = m.span()
        name = m.group()
        if (known := bare.get(name)) is not None and _ja_bare_name(text, s, e, known, covered, out):
            continue   # (else a family name alone, 田辺は, may still be a person)
        if e - s > 3 or text[e] not in "らのはがとや" or text[s - 1:s] in ("「", "『") or "ヶ" in name or "ケ" in name:
            continue
        # (a name gimei lists is a name even where wordfreq counts it a word: 信長; IPADIC's
        # longer lists hold words too: 上司, 世代)
        common = name in cw.ja_given or name in cw.ja_surnames
        if (common or (name in cw.ja_family_listed or name in cw.ja_first_listed) and name not in cw.ja_words2) \
                and not any(covered[s:e]) \
                and ((etype := _ja_lone_type(text, s, e)) is not None or text[e] in "とや"
                     or (etype := _ja_surname_subject(text, s, e, name, cw)) is not None) and free(s, e):
            found.append((s, e, name, etype))
        elif text[e] in "はが" and name in cw.ja_family_listed and not common and text[s - 1:s] != "の" \
                and not any(covered[s:e]) \
                and _JA_DIED_OR_WED.search(_JA_CLAUSE.match(text, e + 1).group()) is not None \
                and not _ja_known_place(name) and free(s, e):
            # a family name that is a frequent word too (乃木, 里見, 織田: frequent as names) is a
            # person only before a death, a wedding, a school or an election (里見は ... 落選した)
            found.append((s, e, name, "PER"))
    found.sort()
    # names joined by と or や share the type the last one's words give (ルイスとモーガンは ... 結成し)
    for i in range(len(found) - 2, -1, -1):
        s, e, name, etype = found[i]
        if etype is None and found[i + 1][3] is not None and found[i + 1][0] == e + 1 and text[e] in "とや":
            found[i] = (s, e, name, found[i + 1][3])
    out.extend(Candidate(s, e, name, etype) for s, e, name, etype in found if etype is not None)


# a body's name opening a sentence in kanji (or kanji and katakana) before は, and what
# seats it in the clause after (東洋水産は ... に本社を置く, 月桂冠は ... に本社を置き): a
# firm, though no word of its name says so; general Japanese
# (opening with its class, what stands before read after it: a lookbehind first is tried everywhere)
_JA_SENTENCE_SUBJECT = re.compile(r"([\u4E00-\u9FFF々](?<![^。！？\n][\s\S])[\u4E00-\u9FFF々\u30A1-\u30FA\u30FC]{1,9})は")
_JA_SEATED = re.compile("本社を(?:置|構え|移)|に本社|を本拠|に本拠")


def _ja_seated_subjects(text: str, covered: bytearray, out: list) -> None:
    """A sentence's subject before は that the clause after seats by its head office before
    any comma: a firm (no word, no person's full name, no 同社)."""
    words = common_words().ja_words2
    for m in _JA_SENTENCE_SUBJECT.finditer(text) if "本社" in text or "本拠" in text else ():
        s, e = m.span(1)
        name = m.group(1)
        if name in words or name in JA_NOT_NAMES or name[0] in _JA_THIS_ONE or any(covered[s:e]) \
                or any(c.start < e and s < c.end for c in out) or ja_full_name(name):
            continue   # (同社は, 当社は: the firm named before; 政府は: a word; 濱口梧陵は: a person)
        clause = _JA_CLAUSE.match(text, e + 1).group().lstrip("、")
        if (seat := _JA_SEATED.search(clause)) is not None and "、" not in clause[:seat.start()]:
            out.append(Candidate(s, e, name, "ORG"))   # (not 濱口梧陵は ... 出身で、銚子に本拠を置く醸造家: another's seat)


# a kanji name before what founds a body or what joins one (海援隊を結成した, 講道館を開いた,
# 高砂部屋に所属した); general Japanese (found by the verb: names are many, these verbs few)
_JA_FOUNDED_OR_JOINED = re.compile("を(?:結成|創設|設立|創立|組織)|に(?:所属|入団|加入|入社|移籍)")
_JA_KANJI_BACK = re.compile("[\u4E00-\u9FFF々]{2,6}\\Z")
# kinds of body that name none of their own after a modifier (子会社, 新会社, 現地法人, 合弁会社)
_JA_KIND_ENDS = ("子会社", "会社", "公司", "法人", "団体", "組織", "部門", "事務所", "拠点", "工場", "支社", "支店", "基金",
                 "政党", "新党", "部署", "球団", "組合", "委員会", "協議会", "研究会", "研究所", "研究室", "学会", "部", "課",
                 "局", "班", "隊", "軍")
# what stands right before such a name: a particle, punctuation or a bracket (not さとう + 工務店)
_JA_BEFORE_A_BODY = frozenset("はがをにのでともやへ、。「」『』（）() 　")
# ... and before a person's full name and title (裁判長・戸倉三郎長官: a middle dot too)
_JA_EDGE_BEFORE_NAME = _JA_BEFORE_A_BODY | frozenset("・")


def _ja_bodies_founded_or_joined(text: str, covered: bytearray, out: list) -> None:
    """A kanji run that a body is founded as or joined (海援隊を結成, 高砂部屋に所属), after a
    particle or punctuation: a body, unless an everyday word, a kind of body after a modifier
    (子会社を設立), this one (同社に入社), a time, a prize or a works."""
    words = common_words().ja_words2
    for m in _JA_FOUNDED_OR_JOINED.finditer(text):
        e = m.start()
        if (back := _JA_KANJI_BACK.search(text, max(0, e - 6), e)) is None:
            continue
        s = back.start()
        name = text[s:e]
        if s and text[s - 1] not in _JA_BEFORE_A_BODY or name in words or name[0] in _JA_THIS_ONE \
                or name[-1] in "後前中時賞場" or name in JA_NOT_NAMES or any(covered[s:e]) \
                or any(c.start < e and s < c.end for c in out):
            continue   # (卒業後に入社: a time; 文学賞を設立: a prize; 製糸場: a works, a place)
        kind = next((k for k in _JA_KIND_ENDS if name.endswith(k)), None)
        rest = name[:-len(kind)] if kind is not None else ""
        if kind is not None and (len(rest) < 2 or rest in words or rest in JA_GENERIC_MODIFIERS or rest in ("合弁", "持株")
                                 or len(rest) == 4 and rest[:2] in words and rest[2:] in words):
            continue   # (子会社, 物流 + 子会社, 共同設計 + 会社: a kind of body; 奇兵隊, 海援隊 are names)
        out.append(Candidate(s, e, name, "ORG"))


def _ja_surname_subject(text: str, s: int, e: int, name: str, cw) -> str | None:
    """PER for one of gimei's common family names (田中, 佐藤) or a first name IPADIC lists
    (芭蕉, 宣長: as history names people) alone as a clause's subject (before は or が), as
    Japanese names a person after the full name: no word, no place."""
    if text[e] in "はが" and (name in cw.ja_surnames
                              or name in cw.ja_first_listed and not _ja_after_a_family_name(text, name)) \
            and name not in cw.ja_words2 and not _ja_known_place(name):
        return "PER"
    return None


def _ja_known_place(name: str) -> bool:
    """Is the kanji name a known place, alone or with its city's or prefecture's unit (三島市)?"""
    return _kb_place(name) or _kb_place(name + "市") or _kb_place(name + "県")


def _ja_after_a_family_name(text: str, name: str) -> bool:
    """Does the first name stand after a kanji elsewhere in the text (加藤 + 清正), the full name
    the person is named by first? Then the mention is that person's, which extract links."""
    i = text.find(name, 1)
    while i > 0:
        if "\u4E00" <= text[i - 1] <= "\u9FFF":
            return True
        i = text.find(name, i + 1)
    return False


# a name a person went by, before what says so (法名を宗易と称した, 幼名を清作といった, のちに桃青と
# 号した, 画狂老人卍とも名乗った, 諱は晴信という), general Japanese
# (found by the verb, then the name back from it: that と and verb are rare, names' characters not)
_JA_NAMING_VERB = re.compile("と(?:も)?(称し|称す|いい|いう|いっ|言い|言う|号し|号す|名乗)")
_JA_NAMING_WORD_BEFORE = re.compile("(?:幼名|本名|通称|諱|字|雅号|俳号|筆名|芸名|法号|戒名|法名|(?<![0-9０-９第])号)[をは]\\Z")
_JA_NAME_BACK = re.compile(r"[\u4E00-\u9FFF\u30A1-\u30FC々ぁ-ゖ]{1,8}\Z")
_JA_HIRAGANA = re.compile("[ぁ-ゖ]")


def _ja_names_gone_by(text: str, covered: bytearray, out: list) -> None:
    for m in _JA_NAMING_VERB.finditer(text) if "と" in text else ():
        e = m.start()
        if (back := _JA_NAME_BACK.search(text, max(0, e - 8), e)) is None:
            continue
        s = back.start()
        # the shortest name after a word for a person's names (幼名を | 清作), else one in kanji or
        # katakana after a comma, に or は, with a verb only people's names take (のちに | 桃青と号した)
        for k in range(s, e):
            if _JA_NAMING_WORD_BEFORE.search(text, max(0, k - 4), k):
                s = k
                break
        else:
            s = e
            while s > back.start() and not _JA_HIRAGANA.match(text, s - 1):
                s -= 1   # (the kanji and katakana right before the verb)
            if e - s < 2 or text[s - 1:s] not in ("、", "に", "は") or m.group(1) not in ("号し", "号す", "名乗"):
                continue
        if not any(covered[s:e]) and not any(c.start < e and s < c.end for c in out) \
                and text[s:e] not in common_words().ja_words2:
            out.append(Candidate(s, e, text[s:e], "PER"))


def _ja_bare_name(text: str, s: int, e: int, known: tuple[str, str, bool], covered: bytearray, out: list) -> bool:
    """A Japanese city or prefecture the knowledge base names with its unit only (函館市,
    群馬県), written without it (函館の水産会社, 群馬の信用組合), or a body by the short form
    newspapers give it (東電は): that entity, by its id; a name that is also a family or a
    first name only before what a place alone takes (で, から, 出身). (_ja_lone_names finds
    the name, no kanji, kana or Latin letter glued before it.) True when it is taken."""
    eid, etype, also_a_name = known
    if (also_a_name and not _JA_ONLY_A_PLACE_AFTER.match(text, e)
            and not (etype == "LOC" and _JA_PLACES_NOUN_AFTER.match(text, e))) or any(covered[s:e]) \
            or any(c.start < e and s < c.end for c in out):
        return False
    out.append(Candidate(s, e, text[s:e], etype, eid))
    return True


def _ja_people_by_role_or_kana(text: str, covered: bytearray, out: list) -> None:
    """A family name and a first name after a role written before them (社長斎藤龍之介は), a
    family name with a first name in kana (高柳ゆかり、), a first name after kin (妻ハル),
    and a Korean or Chinese name (李明浩は)."""
    _ja_kana_named(text, covered, out)
    _ja_kin_named(text, covered, out)
    _ja_lone_names(text, covered, out)
    _ja_names_gone_by(text, covered, out)
    for pattern in (_ja_role_then_name(), JA_FOREIGN_KANJI_NAME):
        for m in pattern.finditer(text):
            s, e = m.span(1)
            if not any(covered[s:e]) and not any(c.start < e and s < c.end for c in out):
                out.append(Candidate(s, e, m.group(1), "PER"))


def _ja_role_cut(run: str) -> int:
    """Where a listed person's name opens in a kanji run after a role (公使 | 矢田部保吉), or 0:
    the name four to seven kanji, the role's last character tested first (most runs hold none)."""
    n = len(run)
    for k in range(max(1, n - 7), n - 3):
        if run[k - 1] in _JA_ROLE_LAST_CHARS and (run.endswith(JA_ROLES_BEFORE_LISTED_NAME, 0, k)
                                                  or k >= 3 and run[k - 1] == "家") \
                and ja_full_name(run[k:]):   # (any trade in 家: 醸造家, 機業家)
            return k
    return 0


_JA_PLACE_LAST_CHARS = frozenset("堰川島寺城駅港橋湖沼潟岳峠岬湾峡滝塔")   # (not 山: 野中兼山, a scholar's name)


def _ja_listed_people(text: str, covered: bytearray, out: list, cw) -> None:
    """Kanji runs before a particle or punctuation that are persons: two kanji (a family
    name no list need have) and a first name gimei lists (安倍晋三は, 岸田文雄が), unless
    the two kanji are a word (学生一人); or a family name IPADIC lists (two or three kanji)
    and a first name it lists (長谷部清治は, 三浦梅園が), unless another rule took the run."""
    taken = None
    for m in JA_LISTED_NAME.finditer(text):
        run = m.group()
        s, e = m.span()
        if run[-1] in _JA_PLACE_LAST_CHARS:
            continue   # 山田堰, 中村川: a weir, a river named after its family (no first name ends so)
        if _ja_gimei_name(run, cw):
            if not any(covered[s:e]):
                out.append(Candidate(s, e, run, "PER"))
        elif _ja_listed_name(run, cw):
            taken = taken if taken is not None else [(c.start, c.end) for c in out]
            if not any(covered[s:e]) and not any(a < e and s < b for a, b in taken):
                out.append(Candidate(s, e, run, "PER"))
        elif len(run) >= 5 and (cut := _ja_role_cut(run)):
            # 公使矢田部保吉は, 郷土史家小宮山嘉平は, 映画監督沖田修一の: a role and any family and first
            # name the lists hold (_ja_role_then_name knows only the commonest family names)
            s += cut
            taken = taken if taken is not None else [(c.start, c.end) for c in out]
            if not any(covered[s:e]) and not any(a < e and s < b for a, b in taken):
                out.append(Candidate(s, e, text[s:e], "PER"))


# Korean: the commonest family names (general knowledge) and the titles and honorifics
# that follow a full name ("전영현 부회장", "김민수 씨"); a family name and two syllables
# before one of them is a person
KO_SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 "
               "성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 "
               "반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 부 리").split()   # (리: 이 as North Korea writes it)
# Korean family names as the press spells them (Lee, Park, Choi: not the Revised
# Romanisation's I, Bak, Choe), general knowledge
KO_PRESS_SURNAMES = dict(zip(KO_SURNAMES, (
    "kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song ryu yoo jeon hong ko "
    "moon yang son bae baek heo nam shim roh ha kwak sung cha joo woo koo min jin na ji eom chae won cheon "
    "bang kong hyun ham byun yeom yeo choo do so seok sun seol ma gil yeon wi pyo myung ki ban wang keum ok "
    "yook in maeng je mo tak kook eo eun pyeon yong ye kyung bong boo ri").split()))
KO_TITLES = ("부회장", "회장", "사장", "부사장", "대표", "대표이사", "의장", "장관", "차관", "의원", "대통령", "총리",
             "위원장", "총재", "부총재", "교수", "박사", "씨", "대변인", "원장", "청장", "선수", "전무", "상무",
             "회장님", "사무총장", "판사", "변호사", "기자", "특파원", "당선인", "후보", "대표님", "부장", "국장",
             "실장", "처장", "행장", "센터장", "애널리스트", "감독", "코치", "이장", "단장", "총장", "군수", "구청장",
             "도지사", "교육감", "화백", "선생", "선생님", "여사", "작가", "목사", "신부", "스님", "추기경", "주교",
             "이사장", "본부장", "팀장", "연구원", "연구위원", "위원")
# (not 시장 market/mayor, 이사 moving, 검사 inspection, 대사 line: "반도체 시장" is the
# chip market; 감독 is "supervision" too, but after a name it is the coach: 관리 감독, the
# word, has two syllables before it) and no name ends like these nouns (장기적, 신제품,
# 전기차) or a unit of a body (경제부 기자 "the economy desk's reporter", 기획팀, 비서실,
# 금통위 위원)
KO_NOUN_ENDS = frozenset("적체차품업력화권법료액물부팀실처청과회위")
_KO_TITLE = "(?:" + alternation(KO_TITLES, 0) + ")"
# = (?<![Hangul])([SURNAMES][Hangul]{2}) (?=[Hangul]{0,4}TITLE(particle|not Hangul)): a space
# between name and title (news style), the title possibly compound (경제부총리)
KO_NAME = re.compile("(?<![가-힣])([" + "".join(KO_SURNAMES) + "][가-힣]{2}) (?=[가-힣]{0,4}" + _KO_TITLE
                     + "(?:[은는이가을를의에과와도께]|(?![가-힣])))")
# ... or with the body the person speaks for between name and title ("김동원 KB증권 연구원은",
# "최상목 기획재정부 장관은"): then neither the name nor the body ends in a particle
_KO_PARTICLES = "은는이가을를의에과와도로"
KO_NAME_BODY = re.compile("(?<![가-힣])([" + "".join(KO_SURNAMES) + "][가-힣][가-힣](?<![" + _KO_PARTICLES + "])) "
                          "(?=[가-힣A-Za-z0-9]{1,12}(?<![" + _KO_PARTICLES + "]) [가-힣]{0,4}" + _KO_TITLE
                          + "(?:[은는이가을를의에과와도께]|(?![가-힣])))")


# ... or after the role or rank the person is named by: 수비수 김민재는, 세계 1위 안세영은,
# 국가대표 황선우(강원도청)는 (general vocabulary of news about sport, arts and trades)
KO_ROLES = ("선수", "수비수", "공격수", "미드필더", "골키퍼", "투수", "타자", "포수", "내야수", "외야수", "주장", "국가대표",
            "대표선수", "가수", "배우", "작가", "화가", "서양화가", "시인", "소설가", "감독", "코치", "기자", "앵커",
            "농부", "어민", "주부", "학생", "신인", "챔피언", "에이스", "사령탑", "세터", "리베로")
_KO_NAME_THEN_PARTICLE = "(?:" + "|".join(("은", "는", "이", "가", "을", "를", "의", "에게", "와", "과", "도", "만", "이다")) \
    + ")?(?![가-힣])"
KO_ROLE_NAME = re.compile("(?:(?<![가-힣])" + alternation(KO_ROLES, 0) + "|[0-9]위) ("
                          "[" + "".join(KO_SURNAMES) + "][가-힣]{2})" + _KO_NAME_THEN_PARTICLE)
# A foreign name of two words before a title, or before the body or country a rule or
# the KB has found and the title (요시하라 도모코 감독은, 라파엘 그로시 국제원자력기구
# 사무총장은): each word outside the language's commonest words (신임 사령탑 감독)
_KO_NAME_PARTICLES = frozenset("이가은는을를의에도만와과")
# syllables of ㅡ without a final consonant (르 스 트 ...), the vowel Korean puts between
# the consonants of a foreign word and hardly ever in a Korean given name: 마르탱 is no
# Korean name, 한정숙 may be
_KO_LOANWORD_SYLLABLES = frozenset("그느드르므브스으즈츠크트프흐")
_KO_FULL_NAME = re.compile("[" + "".join(KO_SURNAMES) + "][가-힣]{2}")
# (found by the title first: titles are few, words many)
_KO_TITLE_AT = re.compile(_KO_TITLE + "(?:[은는이가을를의에과와도께]|(?![가-힣]))")
_KO_FOREIGN_WORD = re.compile("[가-힣]{2,5}")


# last syllables of Korean words with a particle or a verb ending (동의를, 최초의, 있을, 때에는,
# 얻어, 참석한), which transliterated names do not end in (but a first name may in 에:
# 올리비에, 디디에)
_KO_WORD_ENDINGS = frozenset("를을의는은와과로서고며면여게던할된될때데에께어한")
_KO_VERB_ENDINGS = ("거나", "으며", "하여", "하고", "지만", "는데", "어서", "아서", "니까", "려고", "도록", "면서", "다가",
                    "으나", "이나", "이며", "이고")


# Japanese in Hangul closes a syllable only with ㄴ (ん) or ㅅ (っ): 니시다 도모미, 핫토리
# 신지; a family name of three syllables or more and a given name so written are Japanese,
# though the given name looks Korean (도모미: 도 is a Korean family name)
_KO_JAPANESE_FINALS = frozenset((0, 4, 19))


def _ko_japanese_name(family: str, given: str) -> bool:
    return len(family) >= 3 and all((ord(c) - 0xAC00) % 28 in _KO_JAPANESE_FINALS for c in family + given)


# Vietnamese family names as Korean writes them (the commonest, general knowledge; not
# the one-syllable ones that are Korean words too: 레, 판, 보, 당, 도): the family name and
# two or three short words before a title are a person (응우옌 반 득 씨, 쩐 티 투 흐엉 씨)
KO_VI_FAMILY_NAMES = frozenset("응우옌 쩐 팜 호앙 후인 부이 응오 즈엉 쯔엉 보응우옌".split())
_KO_SHORT_WORD = re.compile("[가-힣]{1,2}")


def _ko_vietnamese_name(text: str, words: list[str], end: int, covered: bytearray) -> Candidate | None:
    for n in (3, 4):
        if len(words) >= n and words[-n] in KO_VI_FAMILY_NAMES \
                and all(_KO_SHORT_WORD.fullmatch(w) for w in words[-n + 1:]):
            s = end - len(" ".join(words[-n:]))
            whole = s == 0 or text[s - 1] == " "   # (not the end of a word the search cut)
            return Candidate(s, end, text[s:end], "PER") if whole and not any(covered[s:end]) else None
    return None


def korean_candidates(text: str, covered: bytearray) -> list[Candidate]:
    words = common_words().ko_words3
    out = []
    for m in itertools.chain(KO_NAME.finditer(text), KO_NAME_BODY.finditer(text), KO_ROLE_NAME.finditer(text)):
        s, e = m.span(1)
        name = m.group(1)
        if name[-1] in KO_NOUN_ENDS or any(covered[s:e]) or (name[2] in _KO_NAME_PARTICLES
                                                             and name[:2] in common_words().ko_words):
            continue   # (기업이: a word and its particle)
        if name in words and not (m.re is KO_NAME_BODY and covered[e + 1]):
            # a frequent three-syllable word (반도체, 부동산), unless a known body stands
            # between it and the title (정동영 통일부 장관: the famous are frequent words too)
            continue
        out.append(Candidate(s, e, name, "PER"))
    common = None
    for t in _KO_TITLE_AT.finditer(text):
        # the title's word (a compound title: 국무장관), then the words before it: a name's
        # two, or a name's two and a known body (국제원자력기구(IAEA) 사무총장)
        w = t.start()
        while w > 0 and t.start() - w < 3 and "가" <= text[w - 1] <= "힣":
            w -= 1
        if w < 6 or text[w - 1] != " ":
            continue
        end = w - 1
        words = text[max(0, end - 48):end].split(" ")
        if len(words) > 2 and covered[end - len(words[-1])]:
            end -= len(words.pop()) + 1   # (the body, a known name)
        if (vi := _ko_vietnamese_name(text, words, end, covered)) is not None:
            out.append(vi)
            continue
        if len(words) < 2 or not (_KO_FOREIGN_WORD.fullmatch(words[-1]) and _KO_FOREIGN_WORD.fullmatch(words[-2])):
            continue
        m1, m2 = words[-2], words[-1]
        s, e = end - len(m2) - 1 - len(m1), end
        if s and "가" <= text[s - 1] <= "힣":
            continue   # (the search cut a longer word)
        common = common if common is not None else common_words().ko_words
        if m1 in common or m2 in common or any(covered[s:e]) or m2[-1] in KO_NOUN_ENDS \
                or (m1[-1] in _KO_WORD_ENDINGS and m1[-1] != "에") or m2[-1] in _KO_WORD_ENDINGS \
                or m1.endswith(_KO_VERB_ENDINGS) or m2.endswith(_KO_VERB_ENDINGS) \
                or _KO_FULL_NAME.fullmatch(m2) and not any(c in _KO_LOANWORD_SYLLABLES for c in m2) \
                and not _ko_japanese_name(m1, m2):
            continue   # (서양화가 한정숙 씨, 입국한 리순희 씨: a Korean name after a word about her)
        out.append(Candidate(s, e, text[s:e], "PER"))
    return out


# Korean particles and endings glued to a noun (general grammar), longest first: a name
# found by its last word ends before them (국토교통부는, 인천국제공항의, 대전역에서)
KO_PARTICLES = ("에서는", "에서도", "에서의", "에게서", "으로는", "으로도", "으로서", "으로써", "이라는", "이라고", "이었다",
                "로부터", "에서", "에게", "께서", "으로", "부터", "까지", "처럼", "보다", "마저", "조차", "밖에", "마다", "이나",
                "이며", "이고", "이다", "였다", "라는", "라고", "와의", "과의", "에는", "에도", "로는", "로도", "로서", "로써",
                "와는", "과는", "와도", "과도", "이랑", "하고", "측은", "측이", "측의", "측과", "은", "는", "이", "가", "을", "를",
                "의", "에", "와", "과", "로", "도", "만", "며", "나", "랑", "측", "들")
_KO_PARTICLE_END = "(?:" + alternation(KO_PARTICLES, 0) + ")?(?![가-힣])"
# Korean names of institutions, facilities and landforms end in a word of their kind,
# glued to the name (general vocabulary): 경상국립대학교, 새봄요양병원, 인천국제공항,
# 고양종합운동장, 설악산, 섬진강. Institutions (ORG) ...
KO_ORG_HEADS = ("대학교", "대학원", "병원", "의료원", "은행", "금고", "농협", "수협", "신협", "축협", "공단", "재단",
                "협회", "학회", "일보", "신문", "신문사", "방송", "방송사", "통신사", "법원", "지법", "고법", "지검", "고검",
                "검찰청", "경찰청", "경찰서", "소방서", "교육청", "교회", "성당", "고등학교", "중학교", "초등학교", "고교",
                "군청", "구청", "시청", "도청", "극장", "미술관", "박물관", "그룹", "홀딩스", "FC", "항공", "대학", "대",
                "리그")
# ... industries, international bodies and public corporations (ORG when the word before
# is no everyday word: 예담식품, 국제원자력기구, 인천국제공항공사; not 가공식품,
# 운동기구 "fitness equipment", 보수공사 "repair works") ...
KO_INDUSTRY_HEADS = ("기구", "공사", "자동차", "해운", "증권", "생명", "화재", "보험", "카드", "캐피탈", "전자", "중공업", "건설", "제약",
                     "식품", "유통", "물산", "상사", "상회", "인쇄", "통상", "산업", "화학", "물류", "기공", "제과", "제당",
                     "양조", "주조", "농장", "목장")
# ... and facilities, landforms, towns and provinces (LOC: 조치원읍, 평안북도)
KO_LOC_HEADS = ("국제공항", "공항", "경기장", "운동장", "체육관", "야구장", "축구장", "스타디움", "아레나", "스포츠타운", "경기타운", "대교", "해수욕장", "해변", "관광단지", "관광지구", "특구", "마을", "광장", "공원", "터미널",
                "산", "봉", "강", "해협", "반도", "평야", "계곡", "폭포", "호수", "저수지", "읍", "광역시", "특별시",
                "특별자치시", "특별자치도", "역", "북도", "남도")
# words that before one of those make a kind of thing, no name (general vocabulary):
# 국제공항, 종합병원, 시중은행, 국립대학교, 어촌마을
KO_GENERIC_BEFORE_HEAD = frozenset("""
국제 신 지방 국립 공립 사립 시립 도립 군립 구립 국책 시중 저축 인터넷 상호 외국 외국계 글로벌 대형 중형 소형 중소 주요
대표 해당 현지 인근 관련 기존 신규 전국 국내 해외 일반 상급 하급 종합 대학 요양 동물 전문 지역 공공 민간 협력 거점 특수
전용 공영 민영 중앙 실내 야외 임시 간이 환승 종착 프로 마이너 정규 하부 실업 유소년 아마추어 어촌 농촌 산골 산촌 한옥 전원 민속 작은 우리 이웃 관광 체험 귀농
치과 한방 여성 아동 어린이 재활 정신 명문 사이버 홈 원정 보조 주 축구 야구 월드컵 전통 산업 국가 각국 새 옛 투자
개발 상업 국영 기독교 천주교 불교 대도시 도심 시내 도시 시골 동네 학교 가상 디지털 온라인 모바일 수입 국산 군사 각급
특별 고등 가정 행정 헌법 우주 군용 저가 국적
""".split())
# two-syllable words that end in a landform's or a unit's syllable without naming one
# (생산 "production", 건강 "health", 연봉 "salary", 역 of 지역 "region"), general vocabulary
KO_NOT_HEAD_ENDS = frozenset("""
동산 생산 재산 자산 예산 출산 확산 계산 청산 결산 정산 분산 증산 감산 양산 합산 환산 타산 승산 공산 원산 특산 국산 수산
농산 축산 광산 화산 하산 등산 유산 파산 방산 가산 발산 소산 우산 강산 산산 건강 최강 보강 증강 완강 하강 상강 연봉 초봉
개봉 밀봉 동봉 최고봉 지역 영역 구역 전역 무역 역역 통역 번역 배역 주역 노역 병역 권역 성역 반역 현역 하역 방역 직역
""".split())
# (a name's last word, found first: most words end in none, and a search for these few
# words is far cheaper than a match of a whole name at every word)
_KO_HEAD_AT_END = re.compile("(" + alternation(KO_ORG_HEADS + KO_INDUSTRY_HEADS + KO_LOC_HEADS, 0) + ")" + _KO_PARTICLE_END)
_KO_HEAD_TYPE = {**{h: "LOC" for h in KO_LOC_HEADS}, **{h: "ORG" for h in KO_ORG_HEADS + KO_INDUSTRY_HEADS}}
# Government bodies: a ministry's, agency's or office's field and its word (국토교통부,
# 상무부, 국세청, 식품의약품안전처); the field alone keeps 경제부 "the economy desk" out
KO_GOVERNMENT_WORDS = tuple(
    [f + "부" for f in ("교통 통상 환경 외교 국방 통일 상무 재무 법무 국무 내무 노동 교육 보건 복지 자원 에너지 농림 식품 관광 "
                        "안전 가족 고용 정보통신 벤처기업 수산 안보 재정 보훈").split()]
    # Japan's ministries are 성 (외무성, 방위성); other words end so too (안전성 "safety")
    + [f + "성" for f in "외무 방위 재무 법무 문부과학 경제산업 국토교통 후생노동".split()]
    + [f + "청" for f in "국세 경찰 기상 통계 관세 조달 산림 특허 병무 소방 질병관리 검찰 문화재 국가유산 해양경찰".split()]
    + [f + "처" for f in "안전 혁신 법제 보훈".split()])
_KO_GOVERNMENT_AT_END = re.compile("(" + alternation(KO_GOVERNMENT_WORDS, 0) + ")" + _KO_PARTICLE_END)
# public bodies named "Korea ... institute": 한국소비자원, 국립국어원, 한국부동산원 (not
# 국가공무원 "civil servant", 한국회원)
KO_PUBLIC_BODY = re.compile("(?<![가-힣])((?:한국|대한|국립|국가)[가-힣]{2,8}?(?<!공무)(?<![회직의요사위대단인정])원)"
                            + _KO_PARTICLE_END)
KO_SPACED_VENUE = re.compile("(?<= )(아레나|스타디움|돔|파크)" + _KO_PARTICLE_END)


# heads that make a name only after a known place's name: a station (대전역) and a
# university's short name (부산대, 충남대; glued 대 lets the KB match the place, a
# particle's syllable as in 대로)
_KO_HEADS_AFTER_PLACE = frozenset(("역", "대"))


def _ko_word_start(text: str, i: int, most: int = 15) -> int | None:
    """Where the word that runs up to ``i`` starts (Hangul, and Latin letters or digits
    glued to it from a capital on: BNK부산은행); None past ``most`` characters."""
    j, lo = i, max(0, i - most - 1)
    while j > lo and ("가" <= text[j - 1] <= "힣" or text[j - 1] in _ASCII_WORD):
        j -= 1
    if j == lo and j > 0 and ("가" <= text[j - 1] <= "힣" or text[j - 1] in _ASCII_WORD):
        return None
    while j < i and not ("가" <= text[j] <= "힣" or "A" <= text[j] <= "Z"):
        j += 1   # (2019년, 3대: digits are no part of a name)
    return j


_ASCII_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&")


def korean_compounds(text: str) -> list[tuple[int, int, str]]:
    """(start, end, type) of the Korean names that end in a word of their kind
    (government bodies, KO_PUBLIC_BODY, KO_ORG_HEADS ...), without their particles."""
    out = []
    for m in _KO_GOVERNMENT_AT_END.finditer(text):
        s = _ko_word_start(text, m.start(), 10)
        if s is not None and "가" <= text[s] <= "힣":
            out.append((s, m.end(1), "ORG"))
    taken = {s for s, _, _ in out}
    for m in KO_PUBLIC_BODY.finditer(text):
        if m.start(1) not in taken:
            out.append((m.start(1), m.end(1), "ORG"))
            taken.add(m.start(1))
    for m in _KO_HEAD_AT_END.finditer(text):
        head = m.group(1)
        e = m.end(1)
        s = _ko_word_start(text, m.start(1))
        if s is None or s in taken:
            continue
        base = text[s:m.start(1)]
        latin = base.isascii()
        if head == "리그" and latin:
            e = _digits_end(text, e)   # (V리그, K리그2: a letter names the league, a digit its division)
        if len(base) < (1 if head in _KO_HEADS_AFTER_PLACE or head == "FC" or head == "리그" and latin
                        else 4 if head == "공사" else 2) \
                or (head in ("북도", "남도") and len(base) != 2) or base in KO_GENERIC_BEFORE_HEAD \
                or head not in _KO_HEADS_AFTER_PLACE and (text[e - 2:e] in KO_NOT_HEAD_ENDS
                                                          or text[e - 3:e] in KO_NOT_HEAD_ENDS):
            continue
        if head in KO_INDUSTRY_HEADS and base in common_words().ko_words:
            continue   # (가공식품, 반도체산업: a kind of product or trade)
        if head in ("산", "강", "봉") and len(base) != 2:
            continue   # (a mountain, river or peak of two syllables: 설악산; 정당해산 "dissolution")
        if head in _KO_HEADS_AFTER_PLACE or head in ("산", "강", "봉"):
            place = get_kb().lookup(base)
            # a station or a university is named after its place (대전역, 부산대: 지역 and
            # 영역, 최대 and 시대 are words); a place before 산 makes "made in" (중국산)
            if (head in _KO_HEADS_AFTER_PLACE) != (place is not None and place.type == "LOC"):
                continue
        etype = _KO_HEAD_TYPE[head]
        if etype == "ORG" and head in KO_BUILDING_HEADS and m.end() == e and _KO_SPATIAL_AFTER.match(text, e):
            etype = "LOC"   # (대구시청 주변: the building)
        out.append((s, e, etype))
    # a venue's loanword after its sponsor's or place's name, a space between (알리안츠 아레나)
    for m in KO_SPACED_VENUE.finditer(text):
        s = _ko_word_start(text, m.start() - 1, 6)
        name = text[s:m.start() - 1] if s is not None else ""
        if len(name) >= 2 and _KO_FOREIGN_WORD.fullmatch(name) and name not in common_words().ko_words \
                and name[-1] not in _KO_WORD_ENDINGS:
            out.append((s, m.end(1), "LOC"))
    out += _ko_regions_streets_islands(text)
    for m in _KO_PLURAL_END.finditer(text) if "스" in text or "즈" in text or "츠" in text else ():
        if (team := _ko_team(text, m.start() + 1)) is not None:
            out.append((team, m.start() + 1, "ORG"))
    return out


def _digits_end(text: str, i: int) -> int:
    while i < len(text) and text[i].isdigit():
        i += 1
    return i


# an institution's building, named by the institution before a word for its surroundings
# (대구시청 주변, 구청 앞에서): the place
KO_BUILDING_HEADS = frozenset(("시청", "구청", "도청", "군청", "법원", "지법", "경찰서", "소방서", "교육청", "병원", "교회",
                               "성당", "극장", "미술관", "박물관"))
_KO_SPATIAL_AFTER = re.compile(" (?:주변|앞|인근|일대|근처|옆|일원|맞은편|건너편|부근|앞마당)" + _KO_PARTICLE_END)
# a region named by its compass point or a known place and 권 "sphere" (서남권, 수도권, 충청권)
_KO_REGION_END = re.compile("권" + _KO_PARTICLE_END)
_KO_REGION_BASES = frozenset("동남 서남 동북 서북 수도 중부 남부 북부 동부 서부".split())
# a street (대로, 로, 길) before a word for its surroundings or a section's number: 퇴계로
# 일대, 강남대로 주변, 종로 3가
_KO_STREET_END = re.compile("(?:대로|로|길)(?= (?:주변|인근|일대|근처|일원|부근|뒷골목|골목|거리|사거리|네거리|교차로|"
                            "[0-9]+(?:가|길|번길)(?![가-힣])))")
# An island: two syllables and 도 with a case particle, which 도 "also" never takes (덕적도의,
# 교동도를; not 나도, 걸어도), unless the two syllables are a word (만족도 "satisfaction",
# 강화도 is 강화 "reinforcement" too) or the word is one of the nouns in 도 "degree, way,
# follower, drawing" outside the commonest words (general vocabulary)
_KO_ISLAND_END = re.compile("도(?:" + alternation(
    [p for p in KO_PARTICLES if p[0] not in "도만나며이하들측랑"], 0) + ")(?![가-힣])")
KO_NOT_ISLANDS = frozenset("""혼잡도 숙련도 청렴도 친밀도 밀집도 충성도 투명도 선명도 정밀도 해상도 난이도 집중도 기여도
의존도 숙성도 성숙도 이교도 청교도 평신도 합기도 태권도 상수도 하수도 전년도 건포도 턱시도 설계도
조감도 지형도 약도""".split())


def _ko_hangul_before(text: str, i: int, least: int, most: int) -> int | None:
    """Where the Hangul word that ends at ``i`` starts, if it has ``least`` to ``most``
    syllables and is a word of its own (no letter or digit glued before it)."""
    j = i
    while j > 0 and i - j <= most and "가" <= text[j - 1] <= "힣":
        j -= 1
    return j if least <= i - j <= most and not (j and text[j - 1].isalnum()) else None


def _ko_regions_streets_islands(text: str) -> list[tuple[int, int, str]]:
    """Places that end in 권, a street's word or an island's 도 (the patterns above find
    the ending first, then the word before it)."""
    out = []
    cw, kb = common_words().ko_words, get_kb()
    for m in _KO_REGION_END.finditer(text):
        s = _ko_hangul_before(text, m.start(), 2, 4)
        if s is not None and (text[s:m.start()] in _KO_REGION_BASES
                              or (known := kb.lookup(text[s:m.start()])) is not None and known.type == "LOC"):
            out.append((s, m.start() + 1, "LOC"))
    for m in _KO_STREET_END.finditer(text):
        s = _ko_hangul_before(text, m.start(), 1, 6)
        if s is None:
            continue
        word, base, kind = text[s:m.end()], text[s:m.start()], m.group()
        if word in cw or base[-1] in _KO_WORD_ENDINGS or kind == "길" and base in cw:
            continue   # (바로 인근 "right nearby", 골목길 "alley")
        if kind == "로" and (base.endswith("으") or (known := kb.lookup(base)) is not None and known.type == "LOC"):
            continue   # (서울로, 현장으로: a place and the particle "to")
        out.append((s, m.end(), "LOC"))
    for m in _KO_ISLAND_END.finditer(text):
        s = _ko_hangul_before(text, m.start(), 2, 2)
        word = text[s:m.start() + 1] if s is not None else ""
        if word and word[:2] not in cw and word not in cw and word not in KO_NOT_ISLANDS:
            out.append((s, m.start() + 1, "LOC"))
    return out


# A team's nickname, an English plural (썬더스, 라이온즈, 히어로즈), after its owner's or
# its city's name makes the team: 한빛화재 썬더스, 삼성 라이온즈, KT 위즈
_KO_PLURAL_END = re.compile("[스즈츠]" + _KO_PARTICLE_END)


def _ko_team(text: str, e: int) -> int | None:
    """Where the team whose nickname ends at ``e`` starts: at its owner, a known company
    or town (not a country: 미국 샌더스 의원), a Latin acronym or a firm in an industry's
    word (한빛화재); else None."""
    s = _ko_word_start(text, e, 8)
    if s is None or e - s < 2 or s < 2 or text[s - 1] != " " or not "가" <= text[s] <= "힣":
        return None
    cw = common_words()
    if text[s:e] in cw.ko_words:
        return None   # (뉴스, 서비스, 시리즈)
    o = _ko_word_start(text, s - 1, 10)
    owner = text[o:s - 1] if o is not None else ""
    if len(owner) < 2 or (o and text[o - 1] not in " \"'("):
        return None
    known = get_kb().lookup(owner)
    if known is not None and (known.type == "ORG" or known.type == "LOC" and not known.id.startswith("country-")) \
            or owner.isascii() and owner.isupper() \
            or owner.endswith(KO_INDUSTRY_HEADS) and len(owner) >= 4:
        return o
    return None


# A firm's name after the noun that says what it is, a space between (general vocabulary,
# as ORG_APPOSITION in the Latin scripts): 제조업체 X, 협동조합 X, 스타트업 X, 빵집 X; the
# noun may close a compound (화장품업체, 게임회사) ...
KO_ORG_KIND_BEFORE = ("업체", "기업", "회사", "법인", "조합", "스타트업", "빵집", "제과점", "식당", "음식점", "카페",
                      "서점", "양조장", "출판사", "제작사", "건설사", "제약사", "제조사", "운영사", "배급사", "기획사")
# ... or before the noun that says what belongs to it or who it is: X 소속, X 산하, X 반군
KO_ORG_KIND_AFTER = ("소속", "산하", "반군", "무장단체", "무장정파", "민병대", "구단", "노조", "노동조합", "임직원",
                     "계열사", "자회사")
_KO_END = "(?:" + alternation(KO_PARTICLES, 0) + ")?(?![가-힣A-Za-z0-9])"
_KO_KIND_BEFORE_AT = re.compile("(?:" + alternation(KO_ORG_KIND_BEFORE, 0) + ") ")
_KO_KIND_AFTER_AT = re.compile(" (?:" + alternation(KO_ORG_KIND_AFTER, 0) + ")" + _KO_END)
# a name of Hangul, Latin letters and digits, and the particle after it
_KO_NAME_WORD = re.compile("([가-힣A-Za-z][가-힣A-Za-z0-9&]{1,11}?)" + _KO_END)


# suffixes that make a group of a common noun (직원들, 대표단, 임원진)
_KO_GROUP_SUFFIXES = frozenset("들단진")


def _ko_rare_word(text: str, s: int, e: int, word_end: int, covered: bytearray) -> bool:
    """Is text[s:e] a free word outside the commonest, no verb form (다니는, 설립한) and no
    word with its particle (측이)?"""
    common = common_words().ko_words
    name = text[s:e]
    return not any(covered[s:word_end]) and name not in common and text[s:word_end] not in common \
        and name[-1] not in _KO_WORD_ENDINGS and not name.endswith(_KO_VERB_ENDINGS) \
        and not (name[-1] in _KO_NAME_PARTICLES and (len(name) == 2 or name[:-1] in common)) \
        and not (len(name) == 3 and name in common_words().ko_words3) \
        and not (name[-1] in _KO_GROUP_SUFFIXES and name[:-1] in common)


def korean_kind_names(text: str, covered: bytearray) -> list[Candidate]:
    """Organisations a noun of their kind names (KO_ORG_KIND_BEFORE, KO_ORG_KIND_AFTER)."""
    out = []
    for k in _KO_KIND_BEFORE_AT.finditer(text):
        m = _KO_NAME_WORD.match(text, k.end())
        if m is not None and _ko_rare_word(text, m.start(1), m.end(1), m.end(), covered):
            out.append(Candidate(m.start(1), m.end(1), m.group(1), "ORG"))
    for k in _KO_KIND_AFTER_AT.finditer(text):
        s = _ko_word_start(text, k.start(), 12)
        if s is not None and k.start() - s >= 2 and (s == 0 or text[s - 1] in " \"'(") \
                and _ko_rare_word(text, s, k.start(), k.start(), covered):
            out.append(Candidate(s, k.start(), text[s:k.start()], "ORG"))
    return out


# Thai news writes a person's title glued to the first name, then a space and the family
# name: นายคงกระพัน อินทรแจ้ง, นางสาวแพทองธาร ชินวัตร (general Thai usage, not from any
# test set). Words that open with a title's letters are left out (นายก "chief", นายจ้าง
# "employer", นางแบบ "model"...), and so are names holding words a name never does (a
# verb glued to a first name written without the family name: นายสมชายกล่าวว่า ...).
_TH = "\u0e01-\u0e4e"
_TH_AFTER = ("โดย", "และ", "ว่า", "กับ", "ของ", "ให้", "ที่", "คือ", "จาก", "ถึง", "ซึ่ง", "เช่น", "หรือ", "ด้าน")
THAI_TITLED_NAME = re.compile(
    "(?:^|(?<=[^" + _TH + "])|" + "|".join(f"(?<={w})" for w in _TH_AFTER) + ")"
    "(?:นายแพทย์|แพทย์หญิง|นางสาว|นาย|นาง|ดร\\.)"
    "(?!ก|จ้าง|หน้า|ทุน|พล|อำเภอ|ทหาร|ตำรวจ|ธนาคาร|ร้อย|พัน|สิบ|ช่าง|ด่าน|งาน|ประกัน|เรือ|ท่าน|งาม|พยาบาล|ฟ้า|แบบ|เอก|สนม)"
    f"([{_TH}]{{2,12}} [{_TH}]{{2,20}})(?![{_TH}])", re.MULTILINE)
THAI_NOT_IN_NAMES = ("กล่าว", "ว่า", "ระบุ", "เปิดเผย", "แถลง", "เผย", "บอก", "ยืนยัน", "ชี้แจง", "ได้", "จะ",
                     "เป็น", "ที่", "และ", "ของ", "ซึ่ง", "ให้", "ใน", "การ", "ความ", "ประธาน", "ผู้")


def thai_candidates(text: str, covered: bytearray) -> list[Candidate]:
    """People named with a Thai title (THAI_TITLED_NAME); the title is no part of the name."""
    out = []
    for m in THAI_TITLED_NAME.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        if not any(covered[s:e]) and not any(w in name for w in THAI_NOT_IN_NAMES):
            out.append(Candidate(s, e, name, "PER"))
    return out


# People in scripts without capitals: a known first name (Faker's locales and the
# knowledge base's people, scripts/build_kb.py) and one to three known names after it,
# none of them among the language's 3,000 commonest words (محمد آصف, عبد العزيز بن سلمان).
# After a title (المدرب, कप्तान, מנכ"ל) the family name may be any word outside the
# language's 10,000 commonest (المدرب سيرجي ميلينكوفيتش, कप्तान शुभमन गिल). Word frequency
# alone does not tell a family name from a word (هيكل استثمار "investment structure",
# टेक दिग्गजों "tech giants", אוריאל בוסו בירך "... welcomed": all rare words).
NATIVE_WORD = {"ar": "[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]+", "hi": "[\u0900-\u0963\u0971-\u097F]+",
               "he": "[\u05D0-\u05EA\u05F3\u05F4'׳]+", "bn": "[\u0980-\u09E3\u09F0-\u09FE]+",
               "ta": "[\u0B80-\u0BE5]+"}
NATIVE_SCRIPT_OF = {"ar": "ar", "fa": "ar", "ur": "ar", "hi": "hi", "mr": "hi", "ne": "hi", "he": "he", "bn": "bn",
                    "ta": "ta"}
# one-letter words glued to the next in Arabic script and Hebrew (and, by, for, to, from, that, the)
NATIVE_PROCLITICS = {"ar": "وبلفك", "he": "ובלמשהכ"}
# name connectors: son of (Arabic bin / ibn)
NATIVE_CONNECTORS = frozenset({"بن", "ابن"})
_ARABIC_COMPOUND_FIRST = frozenset({"عبد", "أبو", "ابو"})   # عبد العزيز, أبو بكر: one first name


@lru_cache(maxsize=None)
def _native_word(kind: str) -> re.Pattern:
    return re.compile(NATIVE_WORD[kind])


@lru_cache(maxsize=1)
def _given_finder():
    """One pass over the text for every native-script first name (ahocorasick-rs)."""
    import ahocorasick_rs
    # leftmost-longest, not overlapping: a short name inside a longer word or name (علي in
    # لعلي, محمد in محمدرضا) is no hit, and most of the text's words hold one
    return ahocorasick_rs.AhoCorasick(sorted(common_words().native_given | _ARABIC_COMPOUND_FIRST),
                                      matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


def native_people(text: str, code: str, covered: bytearray,
                  hindi_found: list[tuple[int, int, str]] | None = None) -> list[Candidate]:
    """People named by a listed first name (see above); ``hindi_found``: a Hindi text's
    ``hindi_word_hits``, which hold its first names (no second pass over the text)."""
    kind = NATIVE_SCRIPT_OF[code]
    cw = common_words()
    given, family = cw.native_given, cw.native_surnames
    everyday, rare_from = cw.get_top(code), cw.top_n(code, 10000)
    proclitics = NATIVE_PROCLITICS.get(kind, "")
    # Hindi's commonest family names rank among its commonest words (शर्मा, यादव, सिंह):
    # after a first name that is no such word they are the family name all the same
    # (दीपक शर्मा; not राज्य सरकार, "the state government", though both are listed names)
    hindi = kind == "hi"
    word = _native_word(kind)
    n = len(text)
    out, done = [], 0
    # first names found in one pass; the words around one are read only there
    if hindi_found is not None:
        hits = [(0, s, e) for s, e, w in hindi_found if w in given]
    else:
        try:
            hits = _given_finder().find_matches_as_indexes(text)
        except UnicodeEncodeError:   # lone surrogates, which Rust strings cannot hold
            hits = _given_finder().find_matches_as_indexes(_SURROGATE.sub("\ufffd", text))
    for _, s, e in hits:
        if kind == "ar" and text.startswith("عبدال", s) and (glued := word.match(text, s)).end() - s >= 7:
            e = glued.end()   # عبدالعزيز, عبدالله: one first name, written as one word
        if s < done or e >= n or text[e] != " " or (s and word.match(text, s - 1) and not (
                text[s - 1] in proclitics and (s == 1 or not word.match(text, s - 2)))):
            continue   # inside a longer word, or not followed by another
        first = text[s:e]
        nxt = word.match(text, e + 1)
        if nxt is None:
            continue
        w1 = nxt.group()
        common_family = hindi and first not in everyday
        if first not in _ARABIC_COMPOUND_FIRST and ((w1 in everyday and not (common_family and w1 in family)) or (
                w1 not in family and w1 not in given and (w1 in rare_from or len(w1) < 3))) \
                and not (kind == "ar" and _ar_family_word(w1, first)):
            continue   # (most hits: the word after can be no name)
        after = list(_words_after(word, text, e, 4))
        if first in _ARABIC_COMPOUND_FIRST:
            if not after or not after[0].group().startswith("ال"):
                continue
            e, after = after[0].end(), after[1:]   # عبد + العزيز
        before = word_before_native(word, text, s - (1 if s and text[s - 1] in proclitics else 0))
        titled = before in NATIVE_TITLES
        end = None
        for k, m in enumerate(after):
            w = m.group()
            if text[after[k - 1].end() if k else e:m.start()] != " " or any(covered[m.start():m.end()]):
                break   # (a name's words are one space apart)
            if w in NATIVE_CONNECTORS:
                continue
            if w == first or (w in everyday and not (common_family and w in family)):
                break
            if w in family or w in given or kind == "ar" and _ar_family_word(w, text[s:e]):
                end = m.end()
                continue
            if end is None and w not in rare_from and len(w) >= 3 and (
                    titled or (k + 1 < len(after) and after[k + 1].group() in NATIVE_TITLES
                               and text[m.end():after[k + 1].start()].strip(" ,،") == "")):
                end = m.end()   # (ياسر المسحل رئيس الاتحاد: a role right after the name)
            break
        if end is None or any(covered[s:end]):
            continue
        out.append(Candidate(s, end, text[s:end], "PER"))
        done = end
    return out


def _ar_family_word(w: str, first: str) -> bool:
    """An Arabic family name's shape after the first name ``first``: the article and a
    word outside the 3,000 commonest (a nisba: الساعدي, الطحاوي; a tribe: المعايطة) or
    the article and a first name (الأحمد, الجابر). Not after a first name that is an
    everyday word with the article too (أمل: الأمل "hope", جمال: الجمال "beauty"), where
    "سلام الشجعان" is "the peace of the brave"."""
    if not w.startswith("ال") or len(w) < 5:
        return False
    key = _arabic_fold(w)
    _, top, top10k = _ar_common()
    if key in AR_NAME_STOPS or key in AR_FUNCTION_WORDS or _arabic_fold("ال" + first) in top10k:
        return False
    return key not in top or key[2:] in _ar_names()[0]


def _words_after(word: re.Pattern, text: str, pos: int, most: int):
    """Up to ``most`` words of the script after ``pos``, each one space after the last
    (a comma between words ends them, except before a title: see the caller)."""
    for _ in range(most):
        if pos >= len(text) or text[pos] not in " ,،":
            return
        gap = pos
        while gap < len(text) and text[gap] in " ,،":
            gap += 1
        m = word.match(text, gap)
        if m is None:
            return
        yield m
        pos = m.end()


# legal forms written as abbreviations with a full stop (general knowledge)
ABBREVIATED_LEGAL_FORMS = (" Ltd", " Inc", " Corp", " Co", " Bhd", " Pty", " Cie", " Ges")


def find_candidates(text: str, code: str, script: str, covered: bytearray,
                    hindi_found: list[tuple[int, int, str]] | None = None) -> list[Candidate]:
    """All unknown-name candidates not overlapping ``covered`` (not 0: already an entity; 2: a
    known person); ``hindi_found``: a Hindi text's ``hindi_word_hits``."""
    latin_lang = script in ("Latn", "Cyrl", "Grek") or (script in ("", "Zyyy", "Zzzz") and code not in (
        "zh", "ja", "ko", "th", "ar", "fa", "hi", "he", "ru"))
    cands: list[Candidate] = []
    # (Russian names a head noun closes or opens go first, before longer capitalised runs
    # that cross their edge: селе Пены | Псковского района)
    ru_first = headed_names(text, covered) + names_after_heads(text, covered) if code == "ru" else \
        uk_first_candidates(text, covered) if code == "uk" else \
        bulgarian.first_candidates(text, covered) if code == "bg" else []
    if latin_lang:
        # (Ukrainian runs break at those names: Молдови | Марія Коваль)
        runs_covered = covered if code not in ("uk", "bg") else _marked(covered, ru_first)
        cands += quoted_names(text, code, runs_covered)
        if code == "pt":   # Maria do Carmo Ferreira: family names after "do", "dos", "das"
            cands += [Candidate(s, e, text[s:e], "PER") for s, e in
                      pt_particle_people(text, covered, common_words().given_for(code))]
        cands += latin_candidates(text, code, runs_covered)
    else:
        cands += latin_in_foreign(text, covered)
    if code == "zh":   # (before the other candidates: a place cue wins over a person's run of the same span)
        cands += landform_names(text, covered) + translit_places(text, covered, _TL_DOTTED) \
            + standalone_towns(text, covered) + landforms_after_cue(text, covered) + named_by_kind(text, covered) \
            + bare_cities(text, covered)
    if code in ("ja", "zh") or script in ("Jpan", "Hans", "Hant", "Hani"):
        cands += cjk_candidates(text, covered, code)
    if code == "ko" or script == "Kore":
        cands += korean_candidates(text, covered) + korean_kind_names(text, covered)
    if code == "th" or script == "Thai":
        cands += thai_candidates(text, covered)
    if code in NATIVE_SCRIPT_OF:
        cands += native_people(text, code, covered, hindi_found)
    if code in ROMANCE:   # Conseil constitutionnel, Agenzia spaziale italiana
        cands += [Candidate(s, e, text[s:e], "ORG") for s, e in qualified_heads(text, covered)]
        if code == "fr":   # le mont Blanc, le lycée agricole La Cazotte
            cands += [Candidate(s, e, text[s:e], kind) for s, e, kind in french_headed_names(text, covered)]
        if code == "it":   # Passo dello Stelvio, Isola d'Elba
            cands += [Candidate(s, e, text[s:e], "LOC") for s, e in italian_landform_places(text, covered)]
    if code == "nl":   # X van der Y, X aan de Y, Land van X, Y (ACRONYM)
        cands += dutch.extra_candidates(text, covered, common_words().given_for(code), GENERIC)
    if code == "ar":
        cands += arabic_people(text, covered)
        cands += arabic_places(text, covered)
    if code == "fa":
        cands += persian_people(text, covered) + persian_places(text, covered)
    if code == "he":
        cands += hebrew_people(text, covered)
    # non-overlapping, longest first
    cands.sort(key=lambda c: (c.start - c.end, c.start))
    taken = bytearray(len(text) + 1)
    out = []
    for c in ru_first + cands:
        if any(taken[c.start:c.end]):
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        out.append(c)
    if code == "zh":   # (last: any other reading of the same characters wins)
        out += scored_people(text, _marked(covered, out), ZH_SURNAMES, TRANSLIT)
    out.sort(key=lambda c: c.start)
    if latin_lang and "." in text:
        for c in out:
            if text[c.end:c.end + 1] == "." and not taken[c.end] and (
                    c.type == "ORG" and c.text.endswith(ABBREVIATED_LEGAL_FORMS)
                    or code == "de" and c.type == "PER" and len(c.text) > 3 and c.text[-2] == " "
                    and c.text[-1].isupper()):
                # Okafor Agro Processing Ltd., Dieter K.: the abbreviation's full stop is the name's
                c.end += 1
                c.text += "."
    if code == "nl":
        out = _dutch_typed(text, out)
    if code in ("ru", "uk"):
        for c in out:
            if c.type == "MISC":
                c.type = _russian_type(text, c, covered, uk_retype if code == "uk" else ru_retype)
    return out


def _dutch_typed(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Dutch candidates with a person's name cut from the town or body after "van", and
    those of unknown kind typed by Dutch cues (``dutch.name_type``)."""
    cw = common_words()
    common, given = cw.get("nl"), cw.given_for("nl")
    cands = dutch.split_person_and_origin(text, cands, given)
    for c in cands:
        if c.type == "MISC":
            c.type = dutch.name_type(text, c, common, given)
    return cands


def _marked(covered: bytearray, cands: list[Candidate]) -> bytearray:
    """A copy of ``covered`` with the candidates' spans covered too."""
    if not cands:
        return covered
    covered = bytearray(covered)
    for c in cands:
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
    return covered


def _russian_type(text: str, c: Candidate, covered: bytearray, retype=ru_retype) -> str:
    """A Russian (Ukrainian) candidate of unknown kind typed by the words before it
    (``russian.retype``, ``ukrainian.retype``), else a lone word with a family name's ending
    is a person's (правительство Ерофеева)."""
    etype = retype(text, c, covered)
    if etype == "MISC" and " " not in c.text and _CYRILLIC_SURNAME.search(c.text):
        return "PER"
    return etype
