"""The entity stage's pure core: ``extract(text, language) -> EntityResult``.

1. KB alias matching (script-aware, longest non-overlapping) links mentions to
   stable ids (``alibaba-group`` in every language and script).
2. Short forms of people already found ("Zhang" after "Daniel Zhang",
   "ông Wu" after "Eddie Yongming Wu") join that person.
3. An optional statistical backend (``NEWSSTREAM_NER_BACKEND``) adds spans,
   linked to the KB by alias where possible.
4. Heuristic candidates cover what is left; each gets an ``x-`` id from its
   transliterated form.
5. Money and percentages come from ``amounts.find_amounts`` (as dicts: ``amount_rows``).

Everything heavy (KB, automaton, regexes, word lists) is built once per process.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from difflib import SequenceMatcher
from functools import lru_cache

from streams.records import EntityResult, LanguageResult

from anyascii import anyascii

from .amounts import alternation, amount_rows
from .backends import get_backend
from .chinese import ZH_NOT_NAME_CHARS, after_cue, chinese_preload, zh_autonomous_units
from .candidates import (CLUB_SUFFIXES, DE_KIND_OF_FIRM, de_people_alone, JA_AFTER_NAME_WORDS, JA_COUNTRY_ABBREVIATIONS,
                         NAME_GLOSS, _GLOSS_OPEN,
                         zh_family_names_alone, CJK_TITLE, JA_LEGAL_FORMS, JA_LOC_WORDS, JA_ORG_WORDS,
                         JA_ORG_WORD_SET, JA_SHA_WORDS, JA_TITLES,
                         KATAKANA_LOC_ENDS, TRANSLIT,
                         JA_VENUE_WORDS, NAME_CASE_ENDINGS, Candidate, DE_ORG_HEAD_ENDS, DE_ORG_HEADS_ALONE, KO_PARTICLES, KO_SURNAMES, KO_TITLES,
                         ZH_CLUB_ROLES, ZH_LOC_ENDINGS, ZH_NAMED_BODY, ZH_REGNAL, _JA_END, _ZH_NAMED_AFTER, _KO_WORD_ENDINGS, _TRANSLIT_DOTS,
                         de_island_name_start, de_lexicon, dotted_name_spans, facility_before, find_candidates, hyphened_place,
                         _de_person_noun, _is_sentence_start, _kb_place, is_cjk_name_char, ja_full_name, korean_compounds,
                         org_word, person_id, place_id,
                         translit_run_end, translit_run_start, unknown_id)
from . import catalan, croatian, german, romanian
from .arabic import arabic_head_names, arabic_preload
from .czech import names_before_hits as cs_names_before_hits, retype as cs_retype
from . import slavic_forms, slovak, sounds
from .dutch import hyphened_place_end as dutch_hyphened_place_end, org_head_before as dutch_org_head_before
from .english import headed_after as en_headed_after, place_in_longer_name as en_place_in_longer_name
from .finnish import acronym_as_word as fi_acronym_as_word, finnish_named
from .greek import lookup_declined as el_lookup_declined, named_spans as el_named_spans
from .hebrew import hebrew_named
from .hindi import hindi_generic, hindi_names, hindi_word_hits, hindi_words_after
from .hungarian import hungarian_named
from .indonesian import adjust_hits as id_adjust_hits
from .kb import (CASED_SCRIPTS, AliasHit, KBEntity, common_words, get_kb, is_word_char, name_skeleton, script_of,
                 zh_t2s)
from .persian import persian_head_names
from .polish import names_before_hits as pl_names_before_hits, retype as pl_retype
from .portuguese import NAME_PARTICLES, headed_names as pt_headed_names
from .romance import (ROMANCE, TOWNS_NAMED_AFTER, adjective_after_place, admin_body_before, french_generic_head,
                      french_name_end, head_before_place, italian_acronym, italian_facility_start, town_before_place)
from .russian import guillemet_kind
from .swedish import swedish_named
from .danish import danish_named
from .norwegian import norwegian_named
from .thai import thai_named
from .turkish import turkish_named
from .ukrainian import around_known_name as uk_around_known_name
from .vietnamese import adjust_hits as vi_adjust_hits, cue_before as vi_cue_before

_TOKEN_SPLIT = re.compile(r"[\s\u00a0]+")


class _Collector:
    """The entities found: ``meta`` (id -> name, type, qid, in the order the rules found
    them) and ``mentions`` (id -> spans); ``result`` gives them in order of first mention."""

    def __init__(self):
        self.meta: dict[str, tuple[str, str, str | None]] = {}
        self.mentions: dict[str, list[tuple[int, int]]] = {}

    def add(self, eid: str, name: str, etype: str, qid: str | None, start: int, end: int):
        ms = self.mentions.get(eid)   # (one look-up for an entity already found: most calls)
        if ms is None:
            self.meta[eid] = (name, etype, qid)
            ms = self.mentions[eid] = []
        ms.append((start, end))

    def remove(self, eid: str) -> list[tuple[int, int]]:
        """Drop entity ``eid``; return its mentions."""
        del self.meta[eid]
        return self.mentions.pop(eid)

    def result(self, text: str) -> list[dict]:
        out = []
        for eid, (name, etype, qid) in self.meta.items():
            ms = self.mentions[eid]
            if len(ms) > 1:   # (most entities have one mention: no set and sort to build)
                ms = sorted(set(ms))
            out.append({"id": eid, "name": name, "type": etype, "wikidata": qid,
                        "mentions": [{"text": text[s:e], "start": s, "end": e} for s, e in ms],
                        "count": len(ms)})
        out.sort(key=_first_mention)   # (the order of the text, whichever rule found an entity first)
        return out


def _first_mention(entity: dict) -> int:
    return entity["mentions"][0]["start"]


def _find_words(text: str, names) -> list[tuple[int, int, str]]:
    """Whole-word occurrences of a few names, longest name first (no regex to compile
    per article: the set of names differs from one article to the next)."""
    out = []
    n = len(text)
    for name in sorted(names, key=len, reverse=True):
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if (i == 0 or not is_word_char(text[i - 1])) and (j == n or not is_word_char(text[j])
                                                               or text[j].isdigit()):
                out.append((i, j, name))
            i = text.find(name, j)
    return out


# one or two Arabic words in brackets right after a name: its short name (الأونروا, كاوست)
_AR_BRACKETED_SHORT = re.compile(r" ?[(（]([\u0621-\u064A]+(?: [\u0621-\u064A]+)?)[)）]")
# the word right before a span, one space away (any script)
_TOKEN_BEFORE = re.compile(r"([^\W\d_]+) $")
# words that make the name after them a father's name, part of another person's name
PATRONYMIC = frozenset(("bin", "binti", "ibn", "ben", "bint", "بن", "ابن", "بنت", "bar"))


def _short_forms(text: str, hits, covered: bytearray, col: _Collector, code: str):
    """Surname-only mentions of people found in full in the article (``hits``: theirs)."""
    surnames: dict[str, KBEntity] = {}
    for h in hits:
        if h.entity.type != "PER":
            continue
        surface = text[h.start:h.end]
        toks = _TOKEN_SPLIT.split(surface)
        if len(toks) >= 2:
            last = toks[-1]
            # (Korean puts the family name first and a title last: "이재용 회장" gives no "회장")
            if len(last) >= 2 and script_of(last[0]) not in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL"):
                surnames.setdefault(last, h.entity)
        name_toks = h.entity.name.split()
        if len(name_toks) >= 2 and len(name_toks[-1]) >= 2 and name_toks[-1][0].isupper():
            surnames.setdefault(name_toks[-1], h.entity)
    if not surnames:
        return
    if code == "de":   # Merkels Politik, die Zölle Trumps: the genitive, as German writes it
        for name, ent in list(surnames.items()):
            if name[-1] not in "sßxz" and name[-1].isalpha():
                surnames.setdefault(name + "s", ent)
    given = None
    for s, e, name in _find_words(text, surnames):
        if any(covered[s:e]):
            continue
        if code == "vi" and vi_cue_before(text, s)[0] != "PER":
            # Vietnamese names a person again by the last syllable, after a title: Thủ
            # tướng Chính (not the Chính of Chính phủ, "government")
            continue
        before = _TOKEN_BEFORE.search(text, max(0, s - 24), s)
        if before is not None:
            word = before.group(1)
            if given is None:
                given = common_words().given_for(code)
            if word.casefold() in PATRONYMIC or (word[0].isupper() and word.casefold() in given):
                # another person of that family: Marta Ortega is not Amancio Ortega, Marina
                # Silva not Lula da Silva, عبد العزيز بن سلمان not محمد بن سلمان
                continue
        ent = surnames[name]
        covered[s:e] = b"\x01" * (e - s)
        col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)


# Han/Katakana compounds: a place name at the head of an organisation's name
# (日本証券クリアリング機構, 北京大学) is part of that name, not a place mention.
CJK_ORG_ENDINGS = ("機構", "協会", "協會", "协会", "銀行", "银行", "大学", "大學", "会社", "公司", "集団", "集团",
                   "集團", "委員会", "委员会", "研究所", "研究院", "学院", "學院", "新聞", "新闻", "電力", "電鉄",
                   "鉄道", "铁路", "航空", "放送", "証券", "证券", "保険", "保险", "財団", "基金会", "商会", "商會",
                   "政府", "議会", "议会", "連盟", "联盟", "聯盟", "高校", "中学", "小学", "病院", "医院", "工業",
                   "工业", "製作所", "製紙", "電機", "電気", "自動車", "汽车", "グループ", "ホールディングス",
                   "センター", "通信", "商事", "物産", "製薬", "化学", "食品", "瓦斯", "ガス", "薬局", "楽団",
                   "劇団", "交響楽団", "艦隊", "軍隊", "军队", "部隊", "FC", "社", "団", "党", "黨", "军", "軍",
                   "リーグ", "裁判所", "地裁", "高裁", "地検", "検察庁", "役所", "役場", "県庁",
                   # the traditional characters' forms of the Chinese words above
                   "議會", "委員會", "醫院", "基金會", "中學", "小學", "汽車", "鐵路", "保險", "證券", "財團", "化學")
# (日本フットボールリーグ, 東京地方裁判所, 横浜市役所)
# Chinese adds the endings of government bodies (湖南省水利厅, 北京市体育局, 中国气象局, 北京市委)
ZH_ORG_ENDINGS = CJK_ORG_ENDINGS + ("局", "厅", "廳", "署", "委", "总队", "總隊", "分公司", "法院", "检察院", "檢察院",
                                    "部", "队", "隊", "足总", "足總",   # (英格蘭足總, a football association)
                                    # broadcasters, weather offices and schools (安徽省气象台, 合肥外国语学校)
                                    "电视台", "電視台", "电台", "電台", "气象台", "氣象台", "天文台", "学校", "學校",
                                    # houses of a legislature, newspapers, and museums and libraries as
                                    # the bodies that run them (蒙大拿州眾議院, 約克郡郵報, 多塞特郡博物館)
                                    "众议院", "眾議院", "参议院", "參議院", "邮报", "郵報", "日报", "日報", "时报", "時報",
                                    "晚报", "晚報", "周报", "週報", "博物馆", "博物館", "美术馆", "美術館", "图书馆", "圖書館",
                                    "晨报", "晨報", "论坛报", "論壇報", "先驱报", "先驅報", "纪事报", "紀事報", "广告报",
                                    "廣告報", "总教区", "總教區", "教区", "教區",
                                    # orchestras, bands and research organisations (雪梨交響樂團, 印度太空研究組織;
                                    # not 组织 alone, a verb too: 供电局组织抢修)
                                    "乐团", "樂團", "研究组织", "研究組織",
                                    # research centres and a country's national police (法國國家科學研究中心, 印尼國家警察)
                                    "研究中心", "国家警察", "國家警察",
                                    # a colony's government, farmers' associations, academies and military
                                    # schools, writers' federations (臺灣總督府, 池上鄉農會, 白鹿洞書院, 維吉尼亞軍校, 北京市文聯)
                                    "总督府", "總督府", "农会", "農會", "书院", "書院", "军校", "軍校", "文联", "文聯")
# (the endings by their first character: a run after a place is tested only for the endings
# its characters open, not with a search for each of 200)
def _index_by_first_char(endings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for sfx in dict.fromkeys(endings):
        index.setdefault(sfx[0], []).append(sfx)
    return {c: tuple(v) for c, v in index.items()}


_CJK_ENDINGS_BY_FIRST = _index_by_first_char(CJK_ORG_ENDINGS)
_ZH_ENDINGS_BY_FIRST = _index_by_first_char(ZH_ORG_ENDINGS)
# words that open with a one-character ending and end nothing: 中国社会 is "Chinese society",
# 中国党员 "Chinese party members", 新局面 "a new situation" (general Chinese)
ZH_NOT_ENDINGS = frozenset("""社会 社會 社区 社區 社交 社保 社科 社论 社論 党员 黨員 党建 黨建 党内 黨內 党外 黨外 党性 黨性
军事 軍事 军方 軍方 军人 軍人 军民 軍民 军费 軍費 军官 軍官 军衔 軍銜 军装 軍裝 军舰 軍艦 团队 團隊 团体 團體 团结 團結 局面 局势 局勢 局部 局限 委员 委員
委托 委託 委派 署名 部分 部署 部长 部長 部门 部門 部落 部位 队员 隊員 队长 隊長 队伍 隊伍 队列 隊列""".split())
# words that end in one of those characters without naming anything: 中国西部 is "western
# China", 总部 "headquarters", 乐队 "a band" (general Chinese)
ZH_NOT_ENDED = frozenset("""东部 東部 西部 南部 北部 中部 内部 內部 外部 全部 局部 干部 幹部 总部 總部 本部 乐队 樂隊 球队 球隊
数党 數黨 政党 政黨
车队 車隊 部队 部隊 团队 團隊 签署 簽署 政厅 政廳""".split())   # (市政厅: a city hall, a building)
# Chinese words that after a place make "a company / the market of that place", not a name
# (its army or government is an organisation: 德國軍隊 stays one)
ZH_GENERIC_AFTER_PLACE = ("公司", "企業", "企业", "市場", "市场", "学校", "學校", "政府", "执政党", "執政黨", "反对党", "反對黨",
                          "在野党", "在野黨")   # (中国学校: Chinese schools; 波兰政府, 尼日利亚执政党: its government, its ruling party)
# Industry words among the endings: right after a city they name a company (上海汽车,
# 广州汽车), but after a country, or with words between, an industry or a kind of product
# (中国汽车, "Chinese cars"; 中国电动汽车, "Chinese electric cars"), unlike institution
# words (中国工商银行 is a bank).
ZH_INDUSTRY_ENDINGS = frozenset(("汽车", "工业", "工業", "化学", "食品", "通信", "航空", "電力", "电力", "铁路",
                                 "鉄道", "证券", "証券", "保险", "保険", "電機", "電気", "瓦斯",
                                 "汽車", "鐵路", "證券", "保險", "化學",
                                 "集团", "集團"))   # (日本集團 "a Japanese group")
CJK_ADMIN_SUFFIX = frozenset("県市区區町村郡州都府省县縣邦")   # (邦: a German or Austrian state in Chinese, 薩克森邦)
# what follows 航空 when it is "aviation", not an airline's name (航空業, 航空工業, 航空母艦, 航空器,
# 航空站, 航空兵, 航空展, 航空史, 航空安全, 航空管制), general Chinese
_ZH_AVIATION_NEXT = frozenset("业業工母航器站港兵展学學燃运運史管安界事局技材件")
# words that open with one of those characters after a place without making it "X city"
# or "X province": 中国市場 is the Chinese market, not 中国市 (and 市中心 is a city's centre)
CJK_NOT_ADMIN = ("市場", "市场", "市民", "市値", "市值", "市況", "市况", "区域", "區域", "省份", "市中心",
                 # a head's title: 台中市長, 杭州市长 (the mayor of Taichung, of Hangzhou)
                 "市長", "市长", "省長", "省长", "州長", "州长", "縣長", "县长", "區長", "区长")
# A company's legal form after its name (Nvidia Corp, Samsung Electronics Co Ltd, ASML
# Holding NV, Schmitz GmbH & Co. KG) is part of the mention; alone it would become an
# entity "Corp". As written (case-sensitive), one or two of them, each ending where the word ends.
_LEGAL_FORM_WORDS = ("Inc Corp Co Ltd LLC PLC plc AG GmbH SE SA S.A NV N.V BV B.V Oyj ASA AB KGaA SpA S.p.A Tbk Bhd "
                     "Limited Corporation Incorporated").split()
# (as trees of shared prefixes: _LEGAL_FORM is searched for after every place; one form at
# most can end where a word does, so the order of the words cannot change a match; ", "
# or " " rather than ",? " lets the engine skip ahead to a comma or a space)
_LEGAL_FORM = re.compile(rf"(?:, | )(?:{alternation(_LEGAL_FORM_WORDS, 0)})\.?(?![\w-])")
# (and, matched only right where a name ends, the German partnership forms)
_LEGAL_FORM_AT = re.compile(
    rf",? (?:{alternation(_LEGAL_FORM_WORDS + ['& Co. KGaA', '& Co. KG', '& Co. OHG', '& Söhne'], 0)})\.?(?![\w-])")


# A place named inside the name of a club or an institution is that organisation
# (Werder Bremen, Olympique Marseille, Hannover 96, Universität Leipzig, University of
# Manchester, Landgericht Berlin, Boston University): the words such names put before or
# after their town, as written.
ORG_WORDS_BEFORE_PLACE = (
    "FC", "SC", "SV", "VfB", "VfL", "TSG", "AC", "AS", "SS", "SSC", "US", "CF", "CD", "UD", "SD", "RC", "RCD", "AFC",
    "OGC", "Olympique", "Werder", "Hertha", "Eintracht", "Fortuna", "Borussia", "Dynamo", "Dinamo", "Spartak",
    "Lokomotiv", "Lokomotive", "Sporting", "Racing", "Stade", "Real", "Atlético", "Athletic", "Inter", "Hellas",
    "Union", "Rapid", "Austria", "Shakhtar", "Zenit", "CSKA", "Galatasaray", "Standard", "Red Bull",
    *(pre + school + zu for pre in ("", "Technische ", "Freie ")
      for school in ("Universität", "Hochschule", "Fachhochschule") for zu in ("", " zu")),
    "University of", "Université de", "Universidad de", "Università di", "Universidade de", "Landgericht",
    "Amtsgericht", "Oberlandesgericht", "Verwaltungsgericht", "Staatsanwaltschaft", "Stadtwerke", "Sparkasse",
    "TSV", "KSV", "FSV", "SSV", "TuS", "VfR",
    "Volksbank", "Staatsoper", "Oper", "Polizei", "Polizeipräsidium", "Bistum", "Erzbistum", "Diözese", "Erzdiözese", "Landtag von",
    # hospitals, and clubs by their colours (Klinikum Osnabrück, Rot-Weiß Essen)
    "Klinikum", "Universitätsklinikum", "Kreisklinikum", "Rot-Weiß", "Rot-Weiss", "Blau-Weiß", "Blau-Weiss",
    "Grün-Weiß", "Grün-Weiss", "Schwarz-Weiß", "Schwarz-Weiss",
    # German and Austrian clubs by the other words their names put before the town (Alemannia
    # Aachen, Kickers Offenbach, Carl Zeiss Jena; not a town held only quietly: Energie Cottbus)
    "Wacker", "Energie", "Alemannia", "Kickers", "Viktoria", "Erzgebirge", "Hansa", "Arminia", "Preußen", "Germania",
    "Sportfreunde", "Carl Zeiss", "Chemie", "Holstein", "Waldhof", "Jahn", "Alba",
    # banks, exchanges, courts and town halls named after their place, in the Romance
    # languages and English: Bourse de Paris, Banco de México, Tribunale di Milano
    "Bank of", "Banque de", "Banco de", "Banca d’", "Banca d'", "Bourse de", "Bolsa de", "Borsa di", "Tribunal de",
    "Tribunale di", "Cour d’appel de", "Cour d'appel de", "Parquet de", "Mairie de", "Ayuntamiento de", "Comune di",
    "Procura di", "Prefeitura de",
    # Spain's regional governments: Junta de Andalucía, Generalitat de Catalunya, Xunta de Galicia
    "Junta de", "Generalitat de", "Generalitat", "Xunta de", "Govern de")


def _words_ending_at(words) -> re.Pattern:
    """One of ``words`` (each opening with a capital letter), a whole word, then an optional
    space, ending where the search ends (its endpos). Each word's ``\\b`` is written after
    its capital, as ``(?<!\\w)`` one character back: a pattern that opens with literals
    lets the regex engine skip to those capitals, where one that opens with ``\\b`` is
    tried at every position of the 32 characters searched (5x slower)."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    return re.compile("(?:" + "|".join(rf"{k}(?<!\w{k})(?:{alternation(tails, 0)})" for k, tails in by_first.items())
                      + ") ?$")


_ORG_BEFORE_PLACE = _words_ending_at(ORG_WORDS_BEFORE_PLACE)
# (a number after a place names a club only as its founding year: Hannover 96, Mainz 05,
# not "in China 20 years ago")
_ORG_AFTER_PLACE = re.compile(r" (?:FC|SC|AFC|CF|United|City|Wanderers|Rovers|Athletic|Calcio|University|0[0-9]|9[0-9])"
                              r"(?![\w-])")


def _org_named_after(text: str, start: int, end: int, code: str = "en") -> tuple[int, int] | None:
    """The span of a club or institution named after the place at [start, end), if it is
    one, or of a company whose legal form ends or opens the capitalised run the place is
    in (PT Vale Indonesia Tbk, Fraport Brasil SA)."""
    before = _ORG_BEFORE_PLACE.search(text, start - 32 if start > 32 else 0, start)   # (max() costs more)
    if before is None and code == "de" and start > 5 \
            and (text[start - 4:start - 1] if text[start - 1] == " " else text[start - 5:start - 2]).lower() \
            in _DE_ORG_HEAD_LAST3 and text.endswith(_DE_ORG_HEAD_ENDS_BEFORE, 0, start):
        # Heimatverein Lindlar, Landgerichts Traunstein
        before = _DE_ORG_HEAD_BEFORE.search(text, start - 32 if start > 32 else 0, start)
        if before is not None and before.group().rstrip().casefold().endswith(DE_KIND_OF_FIRM):
            before = None   # die Eisenbahngesellschaft Norfolk Southern: a trade before the firm's name
    if before is not None and code == "de" and text[end - 1] == "s" and end - start > 3 \
            and get_kb().lookup(text[start:end - 1]) is not None:
        # a place's genitive describes: "die älteste Universität Deutschlands", "die größte
        # Bank Europas" (not Universität Paris)
        before = None
    if before is None and code == "nl" and (head := dutch_org_head_before(text, start)) is not None:
        return head, end   # Havenbedrijf Rotterdam, Hogeschool Utrecht
    after = _ORG_AFTER_PLACE.match(text, end)
    if before is None and after is None:
        return _company_around(text, start, end, code) or _body_around(text, start, end, code)
    return (before.start() if before else start), (after.end() if after else end)


def _body_around(text: str, start: int, end: int, code: str) -> tuple[int, int] | None:
    """The span of the capitalised run around the place at [start, end) (up to three words
    after it, three before, less everyday words that open it) when an organisation's word
    ends it: Atlanta Journal-Constitution, Idaho Statesman, Royal Cornwall Museum,
    Hennepin County District Court (``org_word``: a word of ORG_SUFFIXES, or a hyphened name
    with one among its parts)."""
    words = _CAPITALISED_WORDS.match(text, end).group().split()
    while words and not org_word(words[-1].casefold()):
        words.pop()
    if not words:
        return None
    return _capitalised_run_start(text, start, code), end + len(" ".join(words)) + 1


def _capitalised_run_start(text: str, start: int, code: str) -> int:
    """Where the run of capitalised words (up to three) before ``start`` opens, less the
    everyday words that open it ("Saham Vale Indonesia", "Das Royal Cornwall Museum")."""
    lo = start
    if start > 1 and text[start - 1] == " " and text[start - 2].isalnum():
        m = _CAPITALISED_BEFORE.search(text, max(0, start - 48), start)
        if m:
            top = common_words().get_top(code)
            lo = m.start()
            while lo < start and text[lo:text.index(" ", lo)].lower() in top:
                lo = text.index(" ", lo) + 1
    return lo


_DE_ORG_HEAD_BEFORE = re.compile(r"(?<![\w-])(?!Insgesamt |Gesamt )(?:[A-ZÄÖÜ][a-zäöüß]*(?:" + "|".join(DE_ORG_HEAD_ENDS)
                                 + ")|" + "|".join(DE_ORG_HEADS_ALONE) + ") $")   # (insgesamt, "in all", ends like Bezirksamt)
# how the text before a place ends if that regex can match there (its "$" also matches
# before a last newline): one C-level test first, for every place in a German article
_DE_ORG_HEAD_ENDS_BEFORE = tuple(e + sp for e in DE_ORG_HEAD_ENDS + DE_ORG_HEADS_ALONE for sp in (" ", " \n"))
# (and before that, a set lookup of the last three letters: endswith tries each of the ~300
# endings in turn, for every place in a German article)
_DE_ORG_HEAD_LAST3 = frozenset(e[-3:] for e in DE_ORG_HEAD_ENDS)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][\w&.-]* ){1,3}$")
_CAPITALISED_WORDS = re.compile(r"(?: [A-Z0-9][\w&-]*){0,3}")
# legal forms that open a company's name (Indonesian PT, CV; Russian-style JSC, PJSC)
# PT, CV, PJSC, JSC, OAO, PAO, ZAO not glued to a word before, written first letter first
# (the engine then skips ahead to those letters; searched for before every place)
_LEGAL_PREFIX = re.compile(r"[PCJOZ](?<![\w-].)(?:(?<=P)(?:T|JSC|AO)|(?<=C)V|(?<=J)SC|(?<=[OZ])AO) ")


# Spanish and Italian give a city no article, a club named after it one: "el Barcelona",
# "al Sevilla", "il Milan" are the clubs (general grammar)
_CLUB_ARTICLES = {"es": frozenset("el al del".split()),
                  "it": frozenset("il la del al dal nel della alla dalla nella sul sulla lo dello allo".split())}
_CLUB_NAMES = ("FC {}", "{} FC", "{} CF", "Real {}", "AC {}", "AS {}", "SSC {}", "{} Calcio", "SS {}", "US {}")


def _club_by_article(text: str, start: int, end: int, code: str) -> KBEntity | None:
    """The known club named after the city at [start, end) when a lower-case article
    stands right before it (_CLUB_ARTICLES), else None."""
    j = start - 1
    if j < 2 or text[j] != " ":
        return None
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if text[k:j].lower() not in _CLUB_ARTICLES[code]:
        return None
    kb, city = get_kb(), text[start:end]
    return next((ent for form in _CLUB_NAMES if (ent := kb.lookup(form.format(city))) is not None
                 and ent.type == "ORG"), None)


def _firm_ending_at(text: str, start: int, end: int, firms: dict[str, str]) -> str | None:
    """The name of a company found earlier in the article that the place at [start, end)
    ends (Vale Indonesia), if one does."""
    return next((f for f in firms if end >= len(f) > end - start and text.startswith(f, end - len(f))
                 and (end == len(f) or not text[end - len(f) - 1].isalnum())), None)


def _company_around(text: str, start: int, end: int, code: str) -> tuple[int, int] | None:
    """The span of the capitalised run around [start, end) (up to three words on each
    side, less everyday words that open it: "Saham Vale Indonesia Tbk") when a legal form
    closes it (Tbk, SA, Ltd: _LEGAL_FORM) or opens it (_LEGAL_PREFIX, the run then ending
    with the place), else None. (Two searches in C first: most places are in no such run.)"""
    form = _LEGAL_FORM.search(text, end, end + 64)
    if form is not None and not _CAPITALISED_WORDS.fullmatch(text, end, form.start()):
        form = None   # (the legal form of another name further on)
    prefix = _LEGAL_PREFIX.search(text, max(0, start - 48), start)
    if prefix is not None and not _CAPITALISED_WORDS.fullmatch(text, prefix.end() - 1, start - 1):
        prefix = None
    if form is None and prefix is None:
        return None
    if prefix is not None:
        return prefix.start(), (form.end() if form is not None else end)
    return _capitalised_run_start(text, start, code), form.end()


# words of a known facility's English name (a stadium's name after "estadio" is that stadium)
_FACILITY_WORDS = frozenset("stadium arena station airport square street avenue park bridge tower palace".split())
# the head words of a venue's name after a sponsor's name (Signal Iduna Park, Allianz Arena)
_VENUE_AFTER = re.compile(r"(?: [A-Z][a-z]+)?(?:[ -](?:Park|Arena|Stadion|Stadium|Stadio|Estadio|Stade|Dome|Center|"
                          r"Centre|Halle|Hall|Арен[аеуыой]{1,2}))+(?![\w-])")
# a national team after its country's name (ガーナ + 代表, 韓国 + 女子代表), not a representative
# director (代表取締役) nor a delegate (代表者, 代表団), general Japanese
_JA_NATIONAL_TEAM = re.compile("(?:男子|女子|[AU]-?[0-9]{2})?代表(?![取者理幹権作的団部])")
# ... and its sport before the country (ラグビー日本代表, ハンドボール男子日本代表)
_JA_SPORT_BEFORE = re.compile("(?<![\u30A1-\u30FC\u4E00-\u9FFF])(?:サッカー|ラグビー|野球|バスケットボール|バレーボール|"
                              "ハンドボール|アイスホッケー|ホッケー|水球|卓球|ソフトボール|フットサル|クリケット)(?:男子|女子)?\\Z")
# a unit's name after a known body's, in one compound (NHK + 松山放送局, 宮内庁 + 書陵部), general Japanese
_JA_UNIT_AFTER = re.compile("[\u4E00-\u9FFF々]{0,8}?(?:放送局|支局|総局|支部|支社|支店|書陵部|管理局|整備局)"
                            "(?![\u4E00-\u9FFF々])")
# a venue's kind after a sponsor's name in Japanese (楽天モバイル + パーク), general Japanese
_JA_VENUE_AFTER = re.compile("(?:パーク|スタジアム|アリーナ|ドーム|フィールド)(?![\u30A1-\u30FA\u30FC])")
# a club's abbreviations after its town's name (Malmö FF, 제주 SK FC); a Latin letter or digit
# after them makes another word, a Korean particle may follow (제주 SK FC에)
_CLUB_AFTER = re.compile(r"(?: (?:" + "|".join(sorted(CLUB_SUFFIXES)) + r"))+(?![A-Za-z0-9-])")
# a Russian town named for its river: Комсомольск-на-Амуре, Франкфурт-на-Майне (one place)
_RU_ON_RIVER = re.compile(r"-на-[А-ЯЁ][а-яё]+(?![\w-])")


def _ru_club_in_guillemets(text: str, start: int, end: int) -> str | None:
    """The id of the organisation a known place's name in guillemets names in Russian (с
    «Барселоной»: the club), unless a noun before it says a venue or a work; else None."""
    if not (start and text[start - 1] == "«" and text.startswith("»", end)):
        return None
    return unknown_id(text[start:end]) if guillemet_kind(text, start - 1, text[start:end]) == "ORG" else None


# the head words of a place or building named after a person, after the name (Atatürk
# Havalimanı, Chopin Airport, Mozart-Straße): the place, not the person
_NAMED_AFTER_PERSON = re.compile(r"(?:[ -](?:International|Memorial|Olympic))?[ -](?:Airport|Havalimanı|Havalimanı'n\w*|"
                                 r"Stadium|Stadyumu|Stadion|Stadio|Bridge|Köprüsü|Museum|Müzesi|Center|Centre|Hall|"
                                 r"Square|Meydanı|Memorial|Street|Avenue|Boulevard|Caddesi|Bulvarı|Platz|Straße|Allee|"
                                 r"Brücke|Flughafen|Havalimani)(?![\w-])")
# Hindi postpositions that a few KB aliases carry (मेटा के, इंटेल ने)
HINDI_POSTPOSITIONS = (" के", " की", " का", " ने", " में", " को", " से", " पर")
# the word a hyphen joins to the start of a span
_HYPHENED = re.compile(r"(?<![\w-])([^\W\d_]+)-$")
# the capitalised word right before / after a span, one space away
_WORD_AFTER = re.compile(r" ([^\W\d_][^\W\d_'’-]*)")


def _word_before(text: str, i: int) -> str | None:
    """The capitalised word that ends one space before position i, if one does."""
    j = i - 1
    if j < 1 or text[j] != " " or not text[j - 1].isalpha():
        return None
    # (a conditional rather than max(0, ...), and the capital tested before slicing: this
    # runs for most hits, and most words before them are lower-case)
    k = text.rfind(" ", j - 30 if j > 30 else 0, j) + 1
    return text[k:j] if text[k].isupper() else None


def _surname_word(text: str, i: int, given: frozenset[str], common: frozenset[str]) -> bool:
    """The capitalised word at ``i`` reads as a family name: no common word of the
    language (unless a census or Slavic family name), no first name, no acronym (Homer
    Nowicki, Платон Ершов; not "Goethe Institut"; "Dante Alighieri" is the KB's
    full name, a longer hit)."""
    m = _WORD_AT.match(text, i)
    if m is None:
        return False
    low = m.group().casefold()
    return (low not in common or low in common_words().surnames or _SLAVIC_SURNAME.search(low) is not None) \
        and low not in given and not m.group().isupper()


_WORD_AT = re.compile(r"[^\W\d_][^\W\d_'’-]+")
# endings of Russian, Ukrainian and Bulgarian family names (Лебедев, Иванова, Ковальский)
_SLAVIC_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ский|цкий|ская|цкая|енко|ук|юк)\Z")


def _first_name_before(text: str, start: int, word: str, given: frozenset[str], ends) -> bool:
    """A known place, company or product right after a first name (``word``, one space
    before ``start``) that is no hit itself is that person's surname (Hermann Hesse, Henry
    Ford, Anatole France, Peter Ustinov: an old name of Izhevsk)."""
    return start - 1 not in ends and word.casefold() in given and \
        _ORG_BEFORE_PLACE.search(text, max(0, start - 32), start) is None


def _de_noun_not_first_name(word: str) -> bool:
    """A German noun the lexicon knows as no German first name (See, Ufer, Dom; not Wolf,
    Hermann): the census lists hold it as a first name from elsewhere, but capitalised in
    German text it is the noun."""
    low, lex = word.casefold(), de_lexicon()
    return low in lex.nouns and low not in lex.given


def _surname_after(text: str, start: int, end: int, given: frozenset[str], starts, common: frozenset[str]) -> bool:
    """A known place or club that is a first name, before a capitalised word that is
    neither a hit nor a common word (or is a family name after a person's noun: Sportchef
    Dominik Albrecht, Trainer Jordan Henderson), is that person's first name (Salvador
    Dalí, Milan Kundera, Hertha Sponer). The caller has checked that a space and a capital
    follow ``end``."""
    if text[start:end].casefold() not in given or end + 1 in starts:
        return False
    after = _WORD_AFTER.match(text, end)
    return after is not None and ((low := after.group(1).casefold()) not in common or low in common_words().surnames
                                  and (before := _word_before(text, start)) is not None
                                  and _de_person_noun(before.casefold())) \
        and not after.group(1).isupper() and _ORG_AFTER_PLACE.match(text, end) is None


def _initial_before(text: str, start: int, given: frozenset[str]) -> int | None:
    """Where the initial before a known place or company starts, if one does: then the two
    are a person (Ф. Энгельс, M. Gorki, A.Lincoln)."""
    j = start - 1
    if j >= 0 and text[j] == " ":
        j -= 1
    if j < 1 or text[j] != "." or not text[j - 1].isupper():
        return None
    if j >= 2 and (text[j - 2].isalpha() or text[j - 2] == "."):
        return None   # the end of a word or an abbreviation (U.S.), no initial
    # a capitalised word before the letter makes it that word's last letter or item: "Plan B."
    word = _word_before(text, j - 1)
    if word is not None and word.casefold() not in given:
        return None
    return j - 1


# a club's second or third team after its name (Borussia Dortmund II), as written
_RESERVE_TEAM = re.compile(r" (?:II|III)(?![\w.])")


def _legal_form_end(text: str, end: int, covered: bytearray) -> int:
    """Where the company name ending at ``end`` ends with its legal forms (up to two)."""
    found = 0   # (a while loop: most names have none, and a range(2) loop cost more than the match)
    while found < 2 and (m := _LEGAL_FORM_AT.match(text, end)) and not any(covered[end:m.end()]):
        end, found = m.end(), found + 1
    return end


_CJK_RUN = re.compile(r"[\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9]{1,12}")
# particles and function words of Chinese grammar that no organisation's name between a
# place and its last word holds (general Chinese)
_ZH_GRAMMAR_CHARS = frozenset("了的在于於是被把将將从從也都就而向已")
# verbs news writes right after a body's or a place's name, which no name holds (洛杉矶市政厅
# 召开新闻发布会 "held a press conference at Los Angeles City Hall"), general Chinese
_ZH_VERBS = ("召开", "召開", "举行", "舉行", "发布", "發布", "会见", "會見", "举办", "舉辦", "宣布", "表示", "发表", "發表",
             "签署", "簽署", "通过", "通過", "决定", "決定", "出席", "进行", "進行", "推出", "成立", "位于", "位於",
             # and the days and the words of local news (台北市議會 | 今天審查, 九龍東 | 居民到房屋署,
             # 屯門 | 共有六間小學)
             "今天", "今日", "昨天", "昨日", "明天", "日前", "近日", "当天", "當天", "审查", "審查", "共有", "居民",
             # and founding, running and studying somewhere (在彰化 | 開設醫院, 在台北 | 創辦學校, 在東京 | 就讀大學)
             "开设", "開設", "创办", "創辦", "创立", "創立", "设立", "設立", "兴建", "興建", "建立", "开办", "開辦",
             "筹设", "籌設", "担任", "擔任", "出任", "就读", "就讀", "任教", "任职", "任職")
_ZH_VERB_FIRST = frozenset(v[0] for v in _ZH_VERBS)
_ZH_BODY_LAST_CHARS = frozenset("局部委会會院所厅廳司署处處队隊")
# who runs a school: 國立臺灣大學, 市立高中 (general Chinese)
_ZH_PUBLIC_PREFIXES = ("國立", "国立", "私立", "市立", "縣立", "县立", "省立")
_ZH_CLASSIFIERS = frozenset("家名座所個个位間间條条支")   # (巴黎一家法院 "a court in Paris": 一 + a classifier opens no name)


# those of ZH_LOC_ENDINGS that name a unit of its own inside the place before them (四川省 甘孜藏族自治州)
_ZH_ADMIN_ENDINGS = ("新区", "新區", "自治州", "自治县", "自治縣", "自治区", "自治區", "自治旗")


# the kanji glued after a known person's name, up to a particle or punctuation (近藤勇 + 作は)
# (or a title: 大宮 + 健一郎社長)
_JA_KANJI_AFTER = re.compile(r"[\u4E00-\u9FFF々]{1,3}?(?=[" + _JA_END + "]|" + CJK_TITLE.pattern + ")")


# the last words of facilities named after a person (戴高乐机场, 甘迺迪國際機場, 毛泽东纪念堂),
# longest first, general Chinese
ZH_NAMED_FACILITY_ENDS = ("国际机场", "國際機場", "机场", "機場", "体育场", "體育場", "体育馆", "體育館", "球场", "球場",
                          "纪念馆", "紀念館", "纪念堂", "紀念堂", "广场", "廣場", "大桥", "大橋", "大道", "公园", "公園",
                          "太空中心", "航天中心", "热电厂", "熱電廠", "发电厂", "發電廠", "剧院", "劇院")


def _cjk_compounds(text: str, hits: list, japanese: bool) -> tuple[list, list[tuple[int, int, str]]]:
    """Drop places that head an organisation's name; return (hits, (start, end, type) of
    the names they head). In Japanese the name runs to the next hiragana or punctuation
    (広島電気軌道); in Chinese, which has no such delimiter, it ends with the organisation
    word, or with the word of a facility or landform (广州白云国际机场)."""
    keep, named = [], []
    starts = {h.start for h in hits}
    ends = {h.end for h in hits}
    ja_family = common_words().ja_family_listed if japanese else frozenset()
    for h in hits:
        if not japanese and h.entity.type == "LOC" and (landform := _zh_landform_split(text, h, ends)) is not None:
            named.append(landform)   # 云雾山东麓: the mountain and its eastern foot, not 山东
            continue
        if not japanese and h.entity.type == "PER" and (body := ZH_NAMED_BODY.match(text, h.end)) is not None:
            named.append((h.start, body.end(), "ORG"))   # 誇梅·恩克魯瑪 + 科技大學: a body named after the person
            continue
        if not japanese and h.entity.type == "PER" and text.startswith(ZH_NAMED_FACILITY_ENDS, h.end) \
                and not any(d in text[translit_run_start(text, h.start):h.start] for d in _TRANSLIT_DOTS):
            # (not a known name inside another's dotted one: 特拉斯 in 安東尼奧·吉特拉斯熱電廠)
            # 戴高乐机场, 甘迺迪國際機場: a facility named after the person
            named.append((h.start, h.end + next(len(w) for w in ZH_NAMED_FACILITY_ENDS if text.startswith(w, h.end)),
                          "LOC"))
            continue
        if not japanese and h.entity.type == "ORG" and h.end in starts \
                and (unit_end := _zh_org_end(text, h.end, None)[0]) > h.end:
            named.append((h.start, unit_end, "ORG"))   # 国家税务总局 + 广东调查总队: a place opens its unit
            continue
        if japanese and "\u4E00" <= text[h.end:h.end + 1] <= "\u9FFF" \
                and (h.entity.type == "PER" or h.end - h.start in (2, 3) and text[h.start:h.end] in ja_family
                     and not (h.start and _JA_COMPOUND_CHAR.match(text, h.start - 1))) \
                and (m := _JA_KANJI_AFTER.match(text, h.end)) is not None and ja_full_name(text[h.start:m.end()]):
            # (and a company's name that is a family name: 松下 + 善一, a person)
            named.append((h.start, m.end(), "PER"))   # 近藤勇 + 作: 近藤勇作, another person
            continue
        if japanese and h.entity.type == "ORG" and h.end - h.start <= 6 \
                and "\u30A1" <= text[h.end:h.end + 1] <= "\u30FC" \
                and (team := _JA_TEAM_NICKNAME.match(text, h.end)) is not None \
                and not team.group(0).endswith(KATAKANA_LOC_ENDS):   # (楽天クリムゾンハウス: its building)
            # (the kanji after the nickname are its town's name only if they name a place)
            start, end = h.start, team.end() if not team.group(1) or _is_ja_place(team.group(1)) else team.start(1)
            if keep and keep[-1].end == start and keep[-1].entity.type == "LOC":
                start = keep.pop().start   # 埼玉 + パナソニックワイルドナイツ: the team's home in its name
            named.append((start, end, "ORG"))
            continue
        if japanese and h.entity.type == "ORG" and h.end < len(text) and (m := _JA_COMPOUND_RUN.match(text, h.end)):
            if m.group().endswith(JA_FACILITY_ENDS) and not (h.start and _JA_COMPOUND_CHAR.match(text, h.start - 1)):
                named.append((h.start, m.end(), "LOC"))   # マツダ + スタジアム: a venue named after a company
                continue
            if m.group().endswith(JA_UNIT_WORDS) or m.group() in JA_ORG_WORD_SET and m.group() not in _JA_GROUP_FORMS \
                    or _ja_trade_and_body_word(m.group()):
                # 早稲田大学スキー部: a unit with a name of its own (places inside it are part of it);
                # トヨタ紡織, 三菱商事: the group's name and a trade, a company of its own
                named.append((h.start, m.end(), "ORG"))
                continue
        if japanese and h.entity.type == "LOC" and h.entity.id.startswith("country-") \
                and (team := _JA_NATIONAL_TEAM.match(text, h.end)) is not None:
            sport = _JA_SPORT_BEFORE.search(text, max(0, h.start - 16), h.start)
            named.append((sport.start() if sport else h.start, team.end(), "ORG"))   # 日本 + 代表, 韓国 + 女子代表,
            continue   # ラグビー + 日本代表: the national team (in its sport)
        if h.entity.type == "LOC" and h.end < len(text):
            m = _CJK_RUN.match(text, h.end)
            if m and not japanese and m.group().startswith(ZH_GENERIC_AFTER_PLACE) and not (
                    # (but a city's or a province's government is a body: 台北市政府, 纽约州政府)
                    m.group().startswith("政府") and text[h.end - 1] in _ZH_ADMIN_CHARS
                    and not h.entity.id.startswith("country-")):
                m = None   # 日本公司, 香港政府: a company or government of the place, no name
            if m:
                run = m.group()
                if not japanese:   # (in Chinese the name ends before the next name: 湖南省水利厅和北京市)
                    run = run[:next((k for k in range(len(run)) if h.end + k in starts), len(run))]
                    # and before a particle, which no name holds (北京作出了不利于政府: "Beijing ruled
                    # against the government", a clause), or a conjunction after a body's word
                    # (高雄榮民總醫院 | 與大學; not 海洋与渔业局)
                    run = run[:next((k for k, c in enumerate(run) if c in _ZH_GRAMMAR_CHARS
                                     or c in "與与及" and run.endswith(ZH_ORG_ENDINGS, 0, k)
                                     or c == "一" and run[k + 1:k + 2] in _ZH_CLASSIFIERS
                                     or c in _ZH_VERB_FIRST and run.startswith(_ZH_VERBS, k)
                                     # (消防救援支队 | 组织全市学校: "organised", after a body's word)
                                     or c in "组組" and k and run[k - 1] in _ZH_BODY_LAST_CHARS
                                     and run.startswith(("组织", "組織"), k)), len(run))]
                country = h.entity.id.startswith("country-")
                by_first = _CJK_ENDINGS_BY_FIRST if japanese else _ZH_ENDINGS_BY_FIRST
                cut = max((i + len(sfx) for c in set(run) for sfx in by_first.get(c, ())
                           if (i := run.find(sfx)) >= 0 and (japanese or (len(sfx) > 1 or (
                               run[i:i + 2] not in ZH_NOT_ENDINGS and run[max(0, i - 1):i + 1] not in ZH_NOT_ENDED))
                               # (大學校長: the university's president, not a 學校)
                               and not (sfx in ("学校", "學校") and i and run[i - 1] == "大")
                               # (消防救援支队 + 组织全区: "organised", a verb after a body's word)
                               and not (sfx in ("组织", "組織") and i and run[i - 1] in _ZH_BODY_LAST_CHARS)
                               # (an industry word names a company only right after a city:
                               # 上海汽车; 中国汽车出口 is China's car exports, and 乌普萨拉大学学习化学
                               # a university, then "studied chemistry")
                               and not (country and sfx in ("乐团", "樂團"))   # (英國樂團: "a British band")
                               and (sfx not in ZH_INDUSTRY_ENDINGS or i == 0 and not country
                                    # (a country's airline: 新西蘭航空, 衣索比亞航空; not its aviation
                                    # industry, 中國航空業, nor its aircraft carriers, 航空母艦)
                                    or i == 0 and sfx == "航空" and run[2:3] not in _ZH_AVIATION_NEXT))),
                          default=0)
                if cut and not japanese and run[cut:cut + 1] in ("長", "长") and _ZH_ORG_TAIL.match(text, h.end + cut) is None:
                    # 奧羅拉 + 警察局長: the town's police chief, a title (the town stays); not
                    # 东莞市公安局 + 长安分局, a unit of the bureau
                    cut = 0
                if cut and japanese:
                    # (東京本社: the Tokyo office; 宮崎洋一副社長: a person and a title; 日本体育大学 +
                    # 出身: who studied there, after the name)
                    cut = 0 if run.endswith(JA_SHA_WORDS) or any(t in run for t in JA_TITLES) \
                        else cut if run.startswith(JA_AFTER_NAME_WORDS, cut) else len(run)
                if cut and not any(h.end + k in starts for k in range(cut)):
                    start = h.start
                    while not japanese and keep and keep[-1].end == start and keep[-1].entity.type == "LOC" \
                            and text[start - 1] in _ZH_ADMIN_CHARS:
                        start = keep.pop().start   # 重庆市 + 渝北区人民法院: the body of the district of the city
                    if not japanese and run.startswith("航空") and (tl := translit_run_start(text, start)) <= start - 2:
                        start = tl   # 嘉魯達 + 印尼航空: Garuda Indonesia, an airline's name before its country's
                    if not japanese and text.endswith(_ZH_PUBLIC_PREFIXES, 0, start):
                        start -= 2   # 國立 + 嘉義大學: a national university's full name
                    while japanese and start > 0 and h.start - start < 6 and _JA_COMPOUND_CHAR.match(text, start - 1) \
                            and not (keep and keep[-1].end == start):
                        start -= 1   # 天竜 + 浜名湖 + 鉄道: the name opens where the compound does
                    named.append((start, h.end + cut, "ORG"))
                    continue
                if not japanese and not cut and (text[h.end - 1] in _ZH_ADMIN_CHARS or h.entity.parent == "country-cn") \
                        and (units := _zh_address_units(text, h.end, starts)):
                    keep.append(h)   # 山东省 寿光市 孙家集街道 三元朱村: each unit a place
                    named.extend(units)
                    continue
                if not japanese and not cut and (place := _zh_place_named(run, h, text[h.end - 1])) is not None:
                    own, n = place
                    if own is None:   # 内蒙古自治区: the same place, named in full
                        keep.append(tuple.__new__(type(h), (h.start, h.end + n, h.entity)))
                        continue
                    if own:   # a unit of its own: the place before it stays
                        keep.append(h)
                    named.append((h.end if own else h.start, h.end + n, "LOC"))
                    continue
        keep.append(h)
    return keep, named


# a place whose name opens with a landform's last character (山东, 湖北, 河南) stands in the
# text as that landform and a direction before the word for a shore or foot (云雾山东麓,
# 莫尔湖北岸), general Chinese
_ZH_SIDE_WORDS = frozenset("岸麓畔侧側坡")


# what a firm calls another firm of its group, no name of that one (ソニー子会社, トヨタ系列会社)
_JA_RELATED_FIRMS = ("子会社", "関連", "系列", "傘下", "親会社", "孫会社", "取引先")


def _ja_trade_and_body_word(run: str) -> bool:
    """After a known firm, a trade and a body's word: a firm of its own (松下 + 電気器具製作所,
    the firm Panasonic was founded as)."""
    return len(run) >= 4 and run.endswith(JA_ORG_WORDS) and run[:2] in common_words().ja_words2 \
        and not run.startswith(_JA_RELATED_FIRMS) and not run.startswith(JA_LEGAL_FORMS)   # (its legal form: read apart)


# a group's words after a firm's name: the group, named after it (コスモエネルギーホールディングス)
_JA_GROUP_WORDS = ("ホールディングス", "グループ")


# the one-character names of countries that open a firm's or a place's name in the news
# (米アップル, 独シーメンス, 英BBC放送, 米テキサス州); not 中, 台, 加, 伊, 印, which open many names
_JA_COUNTRY_OPENERS = frozenset("米英独仏韓露豪蘭")


def _ja_country_before(text: str, start: int, end: int, eid: str, kb) -> int:
    """Where the one-character name of a country stands on its own before a known firm or
    place written in katakana or Latin letters (米 + グーグル, 英 + BBC放送), or opens a known
    alias whose rest is the same firm (米アップル); -1 if none does."""
    c = text[start]
    if c in _JA_COUNTRY_OPENERS and end - start >= 3 and not ("\u4E00" <= text[start + 1] <= "\u9FFF") \
            and (rest := kb.lookup(text[start + 1:end], False, "ja")) is not None and rest.id == eid:
        return start
    if start and text[start - 1] in _JA_COUNTRY_OPENERS and not "\u4E00" <= c <= "\u9FFF" \
            and not (start >= 2 and _JA_COMPOUND_CHAR.match(text, start - 2)):
        return start - 1
    return -1


def _zh_inside_transliteration(text: str, h) -> bool:
    """A short place's (or a person's two-character) name glued after transliteration characters
    no hit took is the end of a longer name (南里奥格兰 + 德州: not Texas; 蘭伯 + 特維爾: not Tver),
    and one with such characters on both sides is its middle (韋 + 伯斯 + 特, 雷 + 巴金 + 娜); of
    three characters or between two, not a country nor a town by its unit (參加 + 法國 + 亞維儂,
    全羅南道 + 麗水市)."""
    s, e = h.start, h.end
    if not (1 <= s and e - s <= 3 and text[s - 1] in TRANSLIT):
        return False
    two_before = s >= 2 and text[s - 2] in TRANSLIT
    if two_before and e - s == 2:
        return True
    return (two_before or text[e:e + 1] in TRANSLIT) and text[e - 1] not in CJK_ADMIN_SUFFIX \
        and not h.entity.id.startswith("country-")


# words for a capital that end with 都, which opens place names too (首都 + 柏林, not 都柏林)
_ZH_CAPITAL_WORDS = frozenset("首國国古舊旧定遷迁建故陪")


def _zh_capital_then_place(text: str, h, kb):
    """A place's hit opening with the 都 of a word for a capital before it (首都柏林: the
    capital Berlin, not Dublin) is the place after the 都, when the rest is a known one."""
    if text[h.start] == "都" and h.start and text[h.start - 1] in _ZH_CAPITAL_WORDS and h.entity.type == "LOC" \
            and (rest := kb.lookup(text[h.start + 1:h.end])) is not None and rest.type == "LOC":
        return AliasHit(h.start + 1, h.end, rest)
    return h


def _zh_landform_split(text: str, h, ends) -> tuple[int, int, str] | None:
    """(start, end, "LOC") of the landform that ends on the first character of the place
    hit ``h`` when a name stands before it (after any hit's end in ``ends``) and a side
    word after it."""
    if text[h.start] not in "山湖河江海" or h.end >= len(text) or text[h.end] not in _ZH_SIDE_WORDS:
        return None
    s = h.start
    while s > 0 and h.start - s < 4 and s not in ends and "\u4E00" <= text[s - 1] <= "\u9FFF" \
            and text[s - 1] not in ZH_NOT_NAME_CHARS:
        s -= 1
    s = after_cue(text, s, h.start)   # (到达|莫尔湖北岸)
    return (s, h.start + 1, "LOC") if s < h.start else None


_ZH_ADMIN_CHARS = frozenset("省市县縣区區州旗")
# an administrative unit named in an address after a place written with its own unit
# word: two to four characters and the unit's word (寿光市, 孙家集街道, 三元朱村)
_ZH_ADDRESS_UNIT = re.compile(r"[\u4E00-\u9FFF]{2,4}?(?:街道|[市县縣区區镇鎮乡鄉村旗盟])")
# words of that shape that name no unit (general Chinese)
ZH_GENERIC_UNITS = frozenset("""风景区 風景區 住宅区 住宅區 工业区 工業區 行政村 自然村 贫困县 貧困縣 贫困村 貧困村 保护区
保護區 示范区 示範區 试验区 試驗區 功能区 功能區 生活区 生活區 办公区 辦公區 居民区 居民區 商业区 商業區 主城区 主城區
老城区 老城區 新城区 新城區 中心城区 中心城區 大城市 中小城市 地级市 地級市 县级市 縣級市 直辖市 直轄市 经济特区
經濟特區""".split())


# areas a word names, no unit of an address (部分選區 "some constituencies", 地震災區 "the quake zone")
_ZH_GENERIC_DISTRICTS = ("选区", "選區", "灾区", "災區", "疫区", "疫區", "战区", "戰區", "景区", "景區", "园区", "園區",
                         "辖区", "轄區", "社区", "社區", "市区", "市區", "郊区", "郊區", "矿区", "礦區", "产区", "產區")


def _zh_address_units(text: str, i: int, starts) -> list[tuple[int, int, str]]:
    """The address units that follow one another from ``i`` (after 山东省: 寿光市,
    孙家集街道, 三元朱村), up to a known place's hit, which speaks for itself."""
    units = []
    while i not in starts and (m := _ZH_ADDRESS_UNIT.match(text, i)) is not None:
        unit = m.group()
        if unit in ZH_GENERIC_UNITS or unit.startswith("自治") or any(c in _ZH_GRAMMAR_CHARS for c in unit) \
                or unit.endswith(_ZH_GENERIC_DISTRICTS) or unit[0] in "多各每全該该本其這这那數数幾几" \
                or "个" in unit or "個" in unit \
                or any(i < st < m.end() for st in starts):
            break
        if text.startswith(CJK_NOT_ADMIN, m.end() - 1):
            units.append((i, m.end() - 1, "LOC"))   # 弗林特 + 市長: the town, then its mayor
            break
        units.append((i, m.end(), "LOC"))
        i = m.end()
    return units


_ZH_STREET_WORDS = frozenset("头頭道区區坊市")   # after 街: a word, not a street's name (街头, 街道, 街区)
# ... and after an island's or a fort's character: 岛屿 "islands", 岛国 "an island nation",
# 堡垒 "a fortress" (general Chinese)
_ZH_NOT_AFTER_ENDING = {"岛": frozenset("屿国内"), "島": frozenset("嶼國內"), "堡": frozenset("垒壘"),
                        # (河南, 湖北, 江西: provinces; 湖泊, 河畔: the words)
                        "河": frozenset("南北畔岸道水"), "湖": frozenset("南北泊畔水"), "江": frozenset("南北西苏蘇山湖水")}
# the parts of a place (北部 "the north of"): what follows them is a place inside it, no name
_ZH_PARTS_OF_A_PLACE = ("北部", "南部", "东部", "東部", "西部", "中部")


_ZH_LOC_BY_FIRST = _index_by_first_char(ZH_LOC_ENDINGS)
_ZH_LOC_RANK = {sfx: k for k, sfx in reversed(list(enumerate(ZH_LOC_ENDINGS)))}   # (a repeated one: its first place)
_ZH_LOC_LONGEST = max(map(len, ZH_LOC_ENDINGS))


def _zh_place_named(run: str, h, last: str) -> tuple[bool | None, int] | None:
    """(a unit of its own?, length) of the facility, landform or unit that the Chinese
    run after the place ``h`` names, if it ends in one of ``ZH_LOC_ENDINGS`` within four
    characters of the place (白云国际机场) - for a country, which heads few such names
    and many generic phrases (中国机场 "Chinese airports"), with a name of at least two
    characters between.  None for "a unit of its own?" when the unit is the place itself
    (内蒙古 + 自治区). ``last``: the place's last character as written."""
    if last == "市" and run.startswith(("政厅", "政廳")):
        return False, 2   # 洛杉矶市 + 政厅: the city hall (the alias holds the city's 市)
    # (the endings the run's first characters open, in the list's order)
    for sfx in sorted({sfx for c in run[:4 + _ZH_LOC_LONGEST] for sfx in _ZH_LOC_BY_FIRST.get(c, ())},
                      key=_ZH_LOC_RANK.__getitem__):
        i = run.find(sfx, 0, 4 + len(sfx))
        if i >= 0 and not (sfx == "街" and run[i + 1:i + 2] in _ZH_STREET_WORDS   # (巴黎街头 "Paris's streets")
                           or sfx in _ZH_NOT_AFTER_ENDING and (i or run[1:2] in _ZH_NOT_AFTER_ENDING[sfx])):
            # (an island's or a fort's character only right after the name: 科西嘉島; not 太湖和千岛湖)
            if any(d in run[:i] for d in _ZH_PARTS_OF_A_PLACE):
                return None   # 马利北部古城: "an ancient city in northern Mali", no name
            if i == 0 and sfx in ("共和国", "共和國", "岛", "島"):
                return None, len(sfx)   # 土耳其 + 共和國, 科西嘉 + 島: the place, named in full
            if sfx in ("河", "湖", "江") and (run[1:2] == "流" and run[2:3] != "域" or last in "河湖江海"):
                return None   # (美國河流: "American rivers", but 巴拉那河流域, the river's basin; 貝加爾湖 + 湖底)
            if h.entity.id.startswith("country-") and i < 2 and sfx not in ("河", "湖", "江"):   # (剛果河, 馬拉威湖)
                return None
            admin = sfx in _ZH_ADMIN_ENDINGS or sfx[-1] == "街"   # (伦敦 + 牛津街: a street of the city)
            return (None if admin and i == 0 else admin), i + len(sfx)
    return None


# Japanese: the last words of a unit of an organisation written after its name, which
# makes a name of its own (早稲田大学スキー部, 東海大学付属札幌高等学校, 東京大学地震研究所);
# not legal or group forms (ソニーグループ is Sony), general Japanese
JA_UNIT_WORDS = ("陸上部", "野球部", "ラグビー部", "サッカー部", "スキー部", "陸上競技部", "蹴球部", "競走部",
                 "高等学校", "中学校", "小学校", "附属病院", "病院", "研究所", "研究センター",
                 # an orchestra, a school, a chorus of a body (NHK交響楽団, 早稲田実業学校)
                 "交響楽団", "管弦楽団", "学校", "合唱団",
                 # a firm's or a bank's branch and a party's prefectural chapter (日本銀行松江支店,
                 # トヨタ自動車九州支社, 自民党熊本県連)
                 "支店", "支社", "県連")
# a works team's nickname after its company, with its town (東レ + アローズ, 近鉄 + ライナーズ,
# 東芝 + ブレイブルーパス東京): katakana of four or more ending as team names do
_JA_TEAM_NICKNAME = re.compile(r"[\u30A1-\u30FA\u30FC]{3,}[ズスツ](?![\u30A1-\u30FA\u30FC])"
                               r"([\u4E00-\u9FFF]{2,3}(?=[はがのをにとでへも、。]))?")
# Japanese: words that follow a place inside one compound without making it a new name
# (日本人, 東京出身, 米国内, 中国側, 大阪府知事) - general Japanese, not from any test set
JA_PLACE_MODIFIERS = ("人", "出身", "在住", "生まれ", "育ち", "国内", "国外", "国民", "国籍", "側", "内", "全土",
                      "全域", "全国", "各地", "近郊", "郊外", "周辺", "本土", "沖", "初", "最大", "最古", "最高",
                      "最長", "大統領", "首相", "知事", "市長", "町長", "村長", "大使", "総領事", "滞在", "訪問",
                      "遠征", "経由", "向", "行き", "間", "在", "法人", "支社", "資本", "国王", "皇帝", "王",
                      "伯爵", "公爵", "出張", "進出", "上陸", "地域", "各国", "諸国", "市場", "市民",
                      # parts of the place: ウクライナ東部, 台湾東部沖, 九州北部地方, 岐阜県北西部
                      "東部", "西部", "南部", "北部", "中部", "北東部", "北西部", "南東部", "南西部", "中心部",
                      "沿岸", "地方", "沖合",
                      # a company's offices there (三井物産のドバイ支店, 浦項製鉄のロンドン事務所)
                      "支店", "事務所", "営業所", "出張所", "駐在員事務所",
                      # ranks among places (東南アジア有数の, 日本屈指の, 県内随一の)
                      "有数", "屈指", "随一",
                      # what lies around or towards it (関東方面へ, 富士山一帯, 羽田空港付近, 東京上空)
                      "方面", "一帯", "付近", "上空",
                      # what is said of it or comes from it (台湾問題, 中国情勢, ドイツ系移民, オハイオ州選出; not 経済:
                      # 日本経済史 is a field)
                      "問題", "情勢", "系", "選出")
# ... and, unless the compound they open ends as a body's or a facility's name (木曽川 +
# 下流河川事務所), its shores, banks and slopes, what is near or along it (琵琶湖岸, 信濃川河口,
# 阿蘇山火口, 鳥取砂丘近く, 宮川沿い), its parts and precincts (首里城正殿, 出雲大社境内), where a
# flight or a train leaves or goes and a road's carriageway (那覇空港発, 東名高速道路下り線)
JA_PLACE_SURROUNDINGS = ("岸", "湖岸", "湖畔", "河口", "河畔", "上流", "下流", "流域", "山頂", "山麓", "火口", "中腹",
                         "近く", "沿い", "以南", "以北", "以東", "以西", "直下", "界隈", "正殿", "本殿", "境内", "構内",
                         "城下", "発", "行き", "着", "下り", "上り")
# last words of facility names (a place heading one is part of it: 横浜スタジアム)
JA_FACILITY_ENDS = ("駅", "空港", "港", "城", "公園", "スタジアム", "球場", "競技場", "会館", "ホール", "アリーナ",
                    "本店", "工場", "橋", "神社", "寺", "タワー", "ホテル", "ドーム", "記念館", "美術館",
                    "博物館", "図書館", "劇場", "体育館", "発電所", "製糸場", "塔",   # (島根原子力発電所, 富岡製糸場,
                    # 名古屋テレビ塔: a tower, not the broadcaster)
                    "舎", "館")   # (東京都庁 + 舎, 第一生命 + 館: the building of the body)
# one character after a known body's name that makes another body of it (八幡製鐵所, the works
# of 八幡製鐵; 劇団ひまわり座), general Japanese
_JA_OWN_BODY_TAIL = frozenset("所座団館")
_JA_COMPOUND_CHAR = re.compile(r"[\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9\uFF10-\uFF5A]")
# a club's Latin suffix after its known name, ending the compound (釜石シーウェイブス + RFC)
_JA_CLUB_SUFFIX = re.compile(r"(?:RFC|FC|SC)(?![\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9\uFF10-\uFF5A])")
_JA_COMPOUND_RUN = re.compile(r"[\u4E00-\u9FFF\u30A1-\u30FA\u30FCA-Za-z0-9\uFF10-\uFF5A]+")
_DIRECTIONS = "東西南北"
# one-character names of countries that Japanese news puts before a place or company
# (米テキサス州, 英ロンドン, 独フォルクスワーゲン): the US, UK, Germany, France, China,
# Korea, Russia, Italy, Canada, Australia, India, Taiwan
JA_COUNTRY_PREFIXES = "".join(JA_COUNTRY_ABBREVIATIONS)
_JA_ADMIN_ENDS = CJK_ADMIN_SUFFIX | {"道"}   # the last characters of a prefecture's or a city's name


_JA_ADDRESS_END = tuple("にでのはがへをと、。）")
_JA_SCHOOL_PARTICLES = frozenset("がはのをとにも、")
# a place's police, written after its name (ニューヨーク市警察, カリフォルニア州警察)
_JA_PLACE_BODIES = frozenset(("警察", "州警察", "市警", "市警察"))
_JA_DISTRICT = re.compile(r"[\u4E00-\u9FFF]{2,3}(?<![市区町村郡都府県])")
_JA_FOREIGN_TOWN = re.compile(r"[\u30A1-\u30FA\u30FC]{3,}")


def _ja_address_part(text: str, m, end: int) -> bool:
    """The compound ``m`` after an administrative unit ending at ``end`` (or at ``end`` + 1)
    is the next, smaller unit of one address: a district of two or three kanji that no
    dictionary lists as a word (神南, 芝大門; not 北部, 中心部, 役所), or after 州 or 省 a
    foreign town in katakana (クパチーノ), and a particle or a comma after it. (A unit
    that ends in its own 市, 町 or 村 the candidate rules read, with its reading's id.)"""
    if not text.startswith(_JA_ADDRESS_END, m.end()):
        return False
    part = m.group()
    if _JA_FOREIGN_TOWN.fullmatch(part):
        return text[m.start() - 1] in "州省"
    return _ja_district(part)


def _ja_district(part: str) -> bool:
    """Two or three kanji that no dictionary lists as a word, a district's name (神南, 三崎)."""
    words = common_words().ja_words2
    return _JA_DISTRICT.fullmatch(part) is not None and part not in words and part[:2] not in words \
        and not part.endswith(JA_NOT_ADDRESS_ENDS)


def _ja_unit_then_district(text: str, m) -> bool:
    """The compound ``m`` after a prefecture is a unit the knowledge base does not hold,
    its name and 市, 町, 村 or 区 (三浦市), then a district as ``_ja_address_part`` reads
    one (三崎): 神奈川県 + 三浦市三崎."""
    run = m.group()
    k = max(run.rfind(c, 2, len(run) - 2) for c in "市町村区")
    return k > 0 and text.startswith(_JA_ADDRESS_END, m.end()) and _ja_district(run[k + 1:])


# (the ends of words after a place that say where in it: 中心部, 市街地, 沿岸)
JA_NOT_ADDRESS_ENDS = tuple("部内外側地街帯岸域際方面")


_JA_KATAKANA_BEFORE = re.compile(r"[\u30A1-\u30FA\u30FC]{3,}\Z")


# words after a place that make one name with it (an event, a treaty, a style, a language:
# ロンドン五輪, パリ協定, ウィーン会議, キューバ危機, フランス料理, ロシア語), general Japanese
_JA_NAMED_BY_PLACE = tuple("""五輪 大会 会議 会談 条約 協定 宣言 合意 議定書 憲章 博覧会 万博 映画祭 音楽祭 芸術祭 祭
事件 戦争 紛争 危機 革命 暴動 蜂起 空襲 戦役 戦線 戦 体制 学派 方式 様式 料理 風 式 流 系 製 産 語 文学 音楽
映画 美術 建築 症 病 号""".split())
# last characters of a body's or a place's own name (イタリア山岳会, アメリカ海兵隊, グダニスク造船所)
_JA_NAME_LAST = frozenset("会局隊団所社庁国院部課署軍党省館")
_JA_KANJI_RUN = re.compile(r"[\u4E00-\u9FFF]+")


def _ja_katakana_place_before_word(text: str, start: int, end: int, run: str) -> bool:
    """A place written in katakana, then a kanji compound that opens with an everyday word
    (シンガポール + 駐在員, ウクライナ + 情勢, スペイン + 統治下): the script changes where the
    words do, so the place stands on its own; not before a word that makes a name of both
    (an event, a treaty, a style: ロンドン五輪, パリ協定, フランス料理)."""
    return _JA_KATAKANA_BEFORE.fullmatch(text, start, end) is not None and _JA_KANJI_RUN.fullmatch(run) is not None \
        and len(run) >= 2 and run[:2] in common_words().ja_words2 and not run.endswith(_JA_NAMED_BY_PLACE) \
        and run[-1] not in _JA_NAME_LAST and not run.endswith(JA_LOC_WORDS) and not run.endswith(CJK_ORG_ENDINGS)


# words before a place that make one name with it (中央アフリカ; 英領インド, a colony's name)
_JA_PART_WORDS = frozenset("中央 中部 東部 西部 南部 北部 東南 西南 東北 西北 北東 北西 南東 南西 中東 極東".split())
_JA_KANJI_BEFORE = re.compile(r"[\u4E00-\u9FFF]{2,}\Z")


def _ja_word_before_katakana_place(text: str, start: int, end: int) -> bool:
    """A place written in katakana after a kanji word that ends where the script changes
    (敗戦国 + フランス, 統一 + ドイツ, 首都 + キーウ): an everyday word, or one and the
    character for a country or a town; not a part of a region or a colony (中央 + アフリカ,
    英領 + インド), which name a place of their own, nor 在日, which opens an embassy's name."""
    if _JA_KATAKANA_BEFORE.fullmatch(text, start, end) is None \
            or (k := _JA_KANJI_BEFORE.search(text, max(0, start - 8), start)) is None:
        return False
    run, words = k.group(), common_words().ja_words2
    last = run[-2:] if run[-2:] in words else run[-3:-1] if len(run) >= 3 and run[-1] in "国都町県市" else ""
    # (在日 + フランス大使館: the embassy's own name opens with "in Japan")
    return last in words and last not in _JA_PART_WORDS and not run.endswith(("領", "在日", "駐日"))


def _ja_places(text: str, hits: list) -> tuple[list, list[tuple[int, int, str]]]:
    """Japanese writes compounds without spaces, and a place found inside one is most often
    part of a longer name (日本万国博覧会, 札幌オリンピック, 横浜スタジアム, ヴィッセル神戸).
    Kept: a place standing alone, before an administrative chain (東京都千代田区: one
    place), before a modifier (日本人, 東京出身), after a direction (西ドイツ).  A place
    heading a facility's name gives that facility, and one (no country) heading a known
    organisation's name that ends the compound gives an organisation of its own (秋田 +
    朝日放送: 秋田朝日放送, another broadcaster), and so does a known person heading a body's or a
    facility's name (隈研吾 + 建築都市設計事務所): returned as (start, end, type).  Other
    places glued into a compound are dropped, leaving the compound to the candidate rules."""
    keep, named = [], []
    n = len(text)
    by_start = {h.start: h for h in hits}
    ends = {h.end for h in hits if h.entity.type == "LOC"}
    skip_until = -1
    for h in hits:
        if h.start < skip_until:
            continue
        if h.entity.type == "PER" and (m := _JA_COMPOUND_RUN.match(text, h.end)) is not None \
                and (m.group().endswith(JA_ORG_WORDS) or m.group().endswith(JA_FACILITY_ENDS)):
            # a body or a building named after a known person (隈研吾建築都市設計事務所, 伊藤博文内閣)
            named.append((h.start, m.end(), "ORG" if m.group().endswith(JA_ORG_WORDS) else "LOC"))
            continue
        if h.entity.type == "ORG" and h.end + 1 < n and text[h.end] in _JA_OWN_BODY_TAIL \
                and not _JA_COMPOUND_CHAR.match(text, h.end + 1):
            named.append((h.start, h.end + 1, "ORG"))   # 八幡製鐵 + 所, 劇団ひまわり + 座: a works, a body of its own
            continue
        if h.entity.type != "LOC":
            keep.append(h)
            continue
        start, end, ent = h
        # before: a glued compound character (not a direction) means a longer name, but
        # for a journey's end after its start (那覇空港発 + 羽田空港行き)
        if start > 0 and _JA_COMPOUND_CHAR.match(text, start - 1) \
                and not (text[start - 1] == "発" and start - 1 in ends):
            alone = start < 2 or not _JA_COMPOUND_CHAR.match(text, start - 2)
            if text[start - 1] in _DIRECTIONS and alone:
                start -= 1   # 西ドイツ, 南朝鮮: the direction is part of the place
            elif not (text[start - 1] in JA_COUNTRY_PREFIXES and alone) and not _ja_word_before_katakana_place(
                    text, start, end):
                if "\u4E00" <= text[start] <= "\u9FFF" \
                        and (k := _JA_KATAKANA_BEFORE.search(text, max(0, start - 12), start)) is not None \
                        and not k.group().endswith(JA_VENUE_WORDS) and not _JA_COMPOUND_CHAR.match(text, end) \
                        and not (k.start() and _JA_COMPOUND_CHAR.match(text, k.start() - 1)):
                    named.append((k.start(), end, "ORG"))   # ヴァンフォーレ甲府, ヴィッセル神戸: a club of the town
                continue   # (米ケンタッキー州, 英ロンドン: the country's one-character name before it)
        # administrative chain: 東京 都 千代田 区 -> one place (the most specific one's id)
        while True:
            if end < n and text[end] in CJK_ADMIN_SUFFIX:
                e2 = end + 1
            elif text[end - 1] in _JA_ADMIN_ENDS:
                e2 = end   # (北海道札幌市, 大阪府大阪市: the alias carries its own suffix)
            elif ent.parent is not None and ent.parent.startswith("country-") and not ent.id.startswith("city-") \
                    and (nxt := by_start.get(end)) is not None and nxt.entity.id.startswith("city-"):
                e2 = end   # (浙江杭州: a province written without its 省, then a city)
            elif ent.id.startswith("country-") and (nxt := by_start.get(end)) is not None \
                    and nxt.entity.type == "LOC" and nxt.entity.parent == ent.id and nxt.entity.name != ent.name:
                e2 = end   # (中国浙江省杭州市, 米国カリフォルニア州: the country, then a part of it)
            else:
                break
            nxt = by_start.get(e2)
            if nxt is None or nxt.entity.type != "LOC":
                break
            ent, end = nxt.entity, nxt.end
            skip_until = end
        if end < n and text[end] in CJK_ADMIN_SUFFIX and not text.startswith(CJK_NOT_ADMIN, end):
            run_from = end + 1
        else:
            run_from = end
        m = _JA_COMPOUND_RUN.match(text, run_from)
        if m is None or text.startswith(JA_PLACE_MODIFIERS, run_from) and not m.group().endswith(JA_FACILITY_ENDS) \
                and not (m.group().startswith("地方") and m.group() in JA_ORG_WORD_SET) \
                or text.startswith(JA_PLACE_SURROUNDINGS, run_from) and not m.group().endswith(JA_FACILITY_ENDS) \
                and not m.group().endswith(JA_ORG_WORDS):
            # (a facility's name stays one: 宮崎 + 市民文化ホール; and a body named with 地方: 秋田 + 地方気象台)
            keep.append(tuple.__new__(type(h), (start, end, ent)))
            continue
        if m.group().endswith(JA_FACILITY_ENDS):
            named.append((start, m.end(), "LOC"))
        elif m.group().endswith("内") and m.group()[:-1].endswith(JA_FACILITY_ENDS):
            named.append((start, m.end() - 1, "LOC"))   # 上野 + 公園 + 内: "inside" the park
        elif (run_from > end or text[end - 1] in _JA_ADMIN_ENDS) and (
                _ja_address_part(text, m, end) or _ja_unit_then_district(text, m)):
            # 東京都渋谷区神南, カリフォルニア州クパチーノ, 神奈川県三浦市三崎: one address
            named.append((start, m.end(), "LOC"))
        elif (org := by_start.get(run_from)) is not None and org.entity.type == "ORG" and org.end == m.end() \
                and not ent.id.startswith("country-"):
            named.append((start, m.end(), "ORG"))
            skip_until = m.end()   # (the organisation's own hit is part of it)
        elif ent.id == "country-jp" and org is not None and org.entity.type == "ORG" \
                and text.startswith(("株式会社", "合同会社"), org.end):
            named.append((start, org.end + 4, "ORG"))   # 日本マイクロソフト株式会社: the company's Japanese arm
            skip_until = org.end
        elif (m.group() in JA_ORG_WORD_SET or m.group() in _JA_PLACE_BODIES) and not ent.id.startswith("country-") \
                and m.group() not in _JA_GROUP_FORMS:
            named.append((start, m.end(), "ORG"))   # ニューヨーク市警察, 東京都議会: the place's own body
        elif m.group()[-1] == "高" and len(m.group()) >= 2 and not m.group().endswith("最高") \
                and text[m.end():m.end() + 1] in _JA_SCHOOL_PARTICLES and not ent.id.startswith("country-"):
            named.append((start, m.end(), "ORG"))   # 京都国際高が, 青森山田高は: a high school by its short name
        elif _ja_katakana_place_before_word(text, start, end, m.group()):
            keep.append(tuple.__new__(type(h), (start, end, ent)))   # シンガポール + 駐在員, ウクライナ + 情勢
        # any other compound (an event, a team, a common noun): not this place
    return keep, named


# the English names of institutes that have campuses in many cities (All India Institute of
# Medical Sciences, Indian Institutes of Technology)
_CAMPUS_OF = re.compile(r"\b(?:Institutes?|Universit(?:y|ies)|Colleges?)\b")


def _hindi_named(text: str, hits: list, kb, found: list) -> tuple[list, list[tuple[int, int, str]]]:
    """Names the words around them show in Hindi (candidates.hindi_names), which take the
    place of the KB hits inside them (कैम्ब्रिज in कैम्ब्रिज विश्वविद्यालय); one that a hit
    crosses, or that is a hit's span, is left to the hit. Returns (hits, names), a name as
    (start, end, type)."""
    known = [(h.start, h.end, h.entity.type) for h in hits]
    names = []
    starts = {h.start: h for h in hits}
    for h in hits:
        # an institute's campus, named by its city: एम्स ऋषिकेश, आईआईटी मद्रास (a place the
        # KB knows, or a word outside the 3,000 commonest that says nothing else)
        if h.entity.type == "ORG" and text.startswith(" ", h.end) and _CAMPUS_OF.search(h.entity.name):
            nxt = starts.get(h.end + 1)
            if nxt is not None:
                if nxt.entity.type == "LOC":
                    names.append((h.start, nxt.end, "ORG"))
            elif (after := hindi_words_after(text, h.end, 1)) \
                    and (w := after[0][1]) not in common_words().get_top("hi") \
                    and not hindi_generic(w) and not w.endswith("."):
                names.append((h.start, after[0][0] + len(w), "ORG"))
    for s, e, etype in hindi_names(text, known, lambda w: kb.lookup(w, True, "hi") is not None, found):
        if not any(h.start < e and s < h.end and (h.start < s or h.end > e or (h.start, h.end) == (s, e))
                   for h in hits) and not any(a < e and s < b for a, b, _ in names):
            names.append((s, e, etype))
    if names:
        hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e, _ in names)]
    return hits, names


def _yield_to_longer(text: str, hits: list, bspans, cjk: bool = True) -> list:
    """KB hits strictly inside a longer backend span give way to it (東京 inside
    東京証券取引所, 日本 inside 日本サッカー協会), unless the span is only the place
    with its administrative suffix (東京都: the KB hit keeps its id and is extended).
    In spaced text a KB name of several words never gives way (Alibaba Cloud inside a
    tagger's run "Cloud-Geschäft Alibaba Cloud")."""
    drop = set()
    for sp in bspans:
        if sp.label == "O":
            continue
        inside = [h for h in hits if sp.start <= h.start and h.end <= sp.end and h.end - h.start < sp.end - sp.start
                  and (cjk or " " not in text[h.start:h.end])]   # (a KB name of several words stays)
        if not inside:
            continue
        if any(h.start < sp.start < h.end or h.start < sp.end < h.end for h in hits):
            continue   # the span cuts through a KB name: keep the KB's reading
        if len(inside) == 1 and inside[0].start == sp.start and sp.end == inside[0].end + 1 \
                and text[inside[0].end] in CJK_ADMIN_SUFFIX:
            continue
        drop.update(id(h) for h in inside)
    return [h for h in hits if id(h) not in drop] if drop else hits


def _unit_opens_word(text: str, hits: list, kb) -> list:
    """Place hits whose last character, a unit's (市, 区), opens a word (苏州市场 is Suzhou's
    market, 北京市民 its citizens, 友好区域 a friendly region): the place without it where
    the knowledge base knows that name (苏州), else no place (合作市场 is no 合作市, Hezuo)."""
    out = []
    for h in hits:
        if text[h.end - 1] in CJK_ADMIN_SUFFIX and text.startswith(CJK_NOT_ADMIN, h.end - 1) \
                and h.entity.type == "LOC":
            ent = kb.lookup(text[h.start:h.end - 1]) if h.end - h.start > 2 else None
            if ent is None or ent.type != "LOC":
                continue
            h = AliasHit(h.start, h.end - 1, ent)
        out.append(h)
    return out


def _traditional_hits(text: str, hits: list, kb) -> list:
    """Chinese in traditional characters: KB aliases known only in simplified form are
    matched on the text mapped character for character (offsets stay); a hit on the text
    as written wins over an equally long one on the mapped text."""
    t2s = zh_t2s()
    simp = text.translate(t2s) if t2s else text
    if simp == text:
        return hits
    more = kb.match(simp)
    if not more:
        return hits
    taken = bytearray(len(text) + 1)
    out = []
    for h in sorted(hits + more, key=lambda h: (h.start - h.end, h.start)):   # (stable: hits first)
        if not any(taken[h.start:h.end]):
            taken[h.start:h.end] = b"\x01" * (h.end - h.start)
            out.append(h)
    out.sort(key=lambda h: h.start)
    return out


# "Bank Rakyat Indonesia (BRI)", "Instituto Brasileiro do Meio Ambiente (Ibama)": a short
# name in brackets right after a name is that name's short form in this article.
_BRACKETED = re.compile(r" ?[(\uff08]$")
_CLOSING = (")", "\uff09")


def _initials(name: str) -> str:
    return "".join(w[0] for w in anyascii(name).upper().split() if w[0].isalnum())


def _abbreviates(short: str, name: str, strict: bool) -> bool:
    """``short`` can stand for ``name``: the same first letter, once transliterated (Ibama,
    HMGMA after 현대차그룹 메타플랜트 아메리카); ``strict``: its letters are the initials of
    ``name``'s words, in order (BRI for Bank Rakyat Indonesia, not the Belt and Road's BRI)."""
    letters = "".join(ch for ch in anyascii(short).upper() if ch.isalnum())
    if strict:
        return len(letters) >= 2 and letters == _initials(name)
    head = anyascii(name).upper().lstrip()
    return bool(letters) and head[:1] == letters[0]


def _bracketed_after(text: str, start: int, end: int) -> int | None:
    """Where the name bracketing [start, end) would end (before its " (") when the span
    is a short name in brackets, else None."""
    if end - start > 10 or not text.startswith(_CLOSING, end):
        return None
    m = _BRACKETED.search(text, max(0, start - 2), start)
    return m.start() if m else None


# "of" between a ruler's name and the country in the KB's encyclopaedic names (Abdullah II
# of Jordan, Philipp II. von Spanien, Beatrix der Niederlande, Filippo II di Spagna);
# Romance "de", "di" after a regnal number only (José de San Martín is one name)
_RULER_OF = re.compile(r"(?<=.) (?:of(?: the)?|von(?: der| dem| den)?|der|den|des) "
                       r"|(?<=[IVX]) (?:de(?: la)?|du|di) |(?<=[IVX]\.) (?:de|di) ")


def _rulers_apart_from_countries(text: str, hits: list, kb) -> list:
    """A known ruler's hit that runs on over the country (King Abdullah II of Jordan, the
    KB's name of him) split in two: the ruler, and the country, which the texts that name
    him without the KB's full name (König Abdullah II. von Jordanien, 约旦国王阿卜杜拉二世)
    count as a place of their own."""
    out = []
    for h in hits:
        if h.entity.type == "PER" and h.end - h.start > 8 and (m := _last_match(_RULER_OF, text, h.start, h.end)) \
                and (country := kb.lookup(text[m.end():h.end])) is not None and country.id.startswith("country-"):
            out.append(AliasHit(h.start, m.start(), h.entity))
            out.append(AliasHit(m.end(), h.end, country))
        else:
            out.append(h)
    return out


def _last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last


def _acronym_hits(text: str, hits: list) -> list:
    """KB hits of a short name that the article defines for the name before it, in
    brackets, re-linked to that name everywhere in the article."""
    if not any(c in text for c in _CLOSING):
        return hits   # (most articles: a scan of the text for each bracket beats a test per hit)
    defined: dict[str, KBEntity] = {}
    for prev, h in zip(hits, hits[1:]):
        # (a closing bracket first: it rules out nearly every pair at the cost of one test)
        if text.startswith(_CLOSING, h.end) and prev.entity.id != h.entity.id and prev.entity.type != "PER" \
                and _bracketed_after(text, h.start, h.end) == prev.end \
                and _abbreviates(text[h.start:h.end], text[prev.start:prev.end], strict=True):
            defined[text[h.start:h.end]] = prev.entity
    if not defined:
        return hits
    return [AliasHit(h.start, h.end, defined[s]) if (s := text[h.start:h.end]) in defined else h for h in hits]


def _joins_found(text: str, c, col: _Collector, short_names: dict[str, str], person_at: dict[int, str],
                 any_letters: bool = False) -> bool:
    """Candidate ``c`` is a mention of an entity already found, and is added to it: a short
    name the article defines in brackets for it (``short_names`` remembers those), or the
    inflected first name of the known person named right after it. ``any_letters``: an
    organisation's short name need not abbreviate its name (BRACKET_ANY_LETTERS)."""
    eid = short_names.get(c.text) or _defined_short_name(text, c, col, any_letters)
    if eid is not None:
        short_names[c.text] = eid
        col.mentions[eid].append((c.start, c.end))
        return True
    return bool(person_at) and _first_name_of_next(text, c, col, person_at)


_ACRONYM_AFTER = re.compile(r" ?[(（]([A-ZА-ЯЁ][A-Z0-9&А-ЯЁ]{1,5})[)）]")   # (Latin or Cyrillic capitals)
# languages whose news gives an organisation's short name in brackets after its name in
# the language, though the letters abbreviate its English name: Quỹ Tiền tệ Quốc tế (IMF)
BRACKET_ANY_LETTERS = frozenset(("vi", "tr"))
# languages that write an acronym read as a word with one capital (Italian: Onu, Asi)
TITLE_CASE_ACRONYMS = frozenset(("it", "pt"))
_TITLE_CASE_ACRONYM_AFTER = re.compile(r" ?[(（]([A-Z][a-z]{2,4})[)）]")


def _bracketed_acronyms(text: str, col: _Collector, covered: bytearray, short_names: dict[str, str],
                        any_letters: bool = False, title_case: bool = False,
                        particles: frozenset[str] = frozenset()) -> None:
    """Capital letters in brackets right after an entity's mention (no person) that can
    stand for it are its short name in this article, even where they alone make no
    candidate (Centre national du cinéma (CNC): cnc is a French word); ``any_letters``:
    an organisation's, whatever they are; ``title_case``: an acronym written with one
    capital too, when it gives the name's initials (Agenzia spaziale italiana (Asi)), or
    those of its words but ``particles`` (Instituto Nacional de Pesquisas Espaciais (Inpe))."""
    for eid, (_, etype, _) in col.meta.items():
        if etype == "PER":
            continue
        for s, e in col.mentions[eid]:
            m = _ACRONYM_AFTER.match(text, e)
            if m is None and title_case and (t := _TITLE_CASE_ACRONYM_AFTER.match(text, e)) is not None \
                    and (_abbreviates(t.group(1), text[s:e], strict=True) or particles and _abbreviates(
                        t.group(1), " ".join(w for w in text[s:e].split() if w not in particles), strict=True)):
                m = t
            # (a place: its initials only; the place is often the tail of an organisation's
            # name whose short name the brackets give: "... Việt Nam (VAMA)")
            if m and m.group(1) not in short_names and not any(covered[m.start(1):m.end(1)]) \
                    and (any_letters and etype == "ORG"
                         or _abbreviates(m.group(1), text[s:e], strict=etype == "LOC")):
                short_names[m.group(1)] = eid


def _defined_short_name(text: str, c, col: _Collector, any_letters: bool = False) -> str | None:
    """The entity (no person) whose mention ends where the bracket holding candidate
    ``c`` opens, when ``c`` can abbreviate that mention (``any_letters``: an
    organisation's, when ``c`` is an acronym)."""
    at = _bracketed_after(text, c.start, c.end)
    if at is None:
        return None
    loose = any_letters and c.text.isupper()
    for eid, (_, etype, _) in col.meta.items():
        if etype != "PER":
            for s, e in col.mentions[eid]:
                if e == at and (loose and etype == "ORG" or _abbreviates(c.text, text[s:e], strict=False)):
                    return eid
    return None


def _first_name_of_next(text: str, c, col: _Collector, person_at: dict[int, str]) -> bool:
    """Candidate ``c``, one word, is the inflected first name of the known person whose
    mention follows it (Эльвирой Набиуллиной: "Elvira" in the instrumental), or two or three
    words the first names of the person's full name (Луис Инасио Лула да Силва): that mention
    then starts at ``c``. ``person_at``: where each person's mention starts. The first
    name is recognised by its spelling in Latin letters sharing a stem of three letters
    or more with the person's English first name."""
    eid = person_at.get(c.end + 1)
    if eid is None or eid not in col.meta or "-" in c.text or c.type not in ("PER", "MISC"):
        return False   # (an entity a later rule took the mention from: _heard_with_name_before)
    ms = col.mentions[eid]
    k = next((k for k, (s, _) in enumerate(ms) if s == c.end + 1), None)
    if k is None:
        return False
    if " " in c.text:
        if not _first_names_of(c.text, text[ms[k][0]:ms[k][1]], col.meta[eid][0]):
            return False
    else:
        word, first = _latin_letters(c.text), _latin_letters(col.meta[eid][0].split()[0])
        if len(word) < 4 or len(first) < 4 or not (
                word[:3] == first[:3] and (word.startswith(first[:-1]) or first.startswith(word[:-2]))
                or _spelled_alike(c.text, col.meta[eid][0].split()[0])):
            return False
    ms[k] = (c.start, ms[k][1])
    return True


def _first_names_of(words: str, mention: str, name: str) -> bool:
    """``words`` (two or three, Cyrillic or Greek) spell, as they sound, the words of the
    known person's ``name`` before those of ``mention`` (Луис Инасио before Лула да Силва:
    Luiz Inácio Lula da Silva)."""
    n = len(words.split())
    return 2 <= n <= 3 and len(name.split()) - len(mention.split()) == n and sounds.written_by_ear(words) \
        and sounds.opens_alike(words, name)


def _spelled_alike(word: str, name: str) -> bool:
    """``word`` is ``name`` transliterated (Еманюел, Εμανουέλ for Emmanuel): their
    skeletons open alike and differ by a letter or two at most."""
    a, b = name_skeleton(word), name_skeleton(name)
    return a[:2] == b[:2] and SequenceMatcher(None, a, b).ratio() >= 0.8


def _latin_letters(word: str) -> str:
    return "".join(ch for ch in anyascii(word).lower() if ch.isalpha())


def preload() -> None:
    """Load the KB, word lists and backend now (worker start-up), not on the first article."""
    get_kb().lookup("")
    get_kb().person_spelled("a b")   # (its index of people's name skeletons)
    sounds.by_ear(get_kb(), "Ωμέγα")   # (its index of names' sound keys)
    common_words()
    de_lexicon()
    de_people_alone("")   # (the pattern of famous family names, built from the knowledge base)
    zh_family_names_alone("", bytearray(), [])   # (and the Chinese one, of the people's dotted names)
    arabic_preload()
    chinese_preload()
    zh_t2s()
    get_backend()


# what a Japanese newspaper's or news agency's name ends with: the company adds 社 to it
# (朝日新聞社, 沖縄タイムス社, 時事通信社; general Japanese)
_JA_PRESS_ENDS = ("新聞", "新報", "日報", "通信", "民報", "時報", "タイムス", "タイムズ")


# a news agency's dateline: 【ワシントン共同】, 【北京＝時事】 (the place, then Kyodo or Jiji)
_JA_DATELINE = re.compile(r"【([^【】＝=\s]{1,15}?)[＝=]?(共同|時事)】")
_JA_AGENCIES = {"共同": "共同通信", "時事": "時事通信"}


def _ja_datelines(text: str, kb, covered: bytearray, col: _Collector) -> None:
    """The place and the agency of each dateline, each a mention (the place glued to the
    agency's short name would otherwise read as one compound)."""
    for m in _JA_DATELINE.finditer(text):
        for (s, e), alias, etype in ((m.span(1), m.group(1), "LOC"), (m.span(2), _JA_AGENCIES[m.group(2)], "ORG")):
            ent = kb.lookup(alias, False, "ja")
            if ent is None or ent.type != etype:
                ent = KBEntity(unknown_id(alias), alias, etype, None, None)
            covered[s:e] = b"\x01" * (e - s)
            col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)


def _ja_press_companies(text: str, col: _Collector) -> None:
    """A paper's name found without the 社 glued after it takes it: the firm's own name
    (沖縄タイムス社と; not 社長 "its president" or 社説 "its editorial", where 社 opens a word)."""
    n = len(text)
    for eid, (_, etype, _) in col.meta.items():
        if etype != "ORG":
            continue
        ms = col.mentions[eid]
        for i, (s, e) in enumerate(ms):
            if e < n and text[e] == "社" and text.endswith(_JA_PRESS_ENDS, s, e) \
                    and (e + 1 == n or not is_cjk_name_char(text[e + 1])):
                ms[i] = (s, e + 1)


# what stands between the items of a list: a comma, or "and" in the languages of cased
# scripts (general usage), possibly after a comma
_LIST_GAP = re.compile(r"(?:,| (?:and|or|e|ou|et|y|o|und|oder|en|of|dan|atau|và|hoặc|i|a|og|och|eller|ve|veya|и|или|"
                       r"та|і|й|oraz|lub|és|vagy|ja|tai|ir|un|si|și|ni|na|wa))(?:,? )?|, (?:and|e|et|y|und|en|dan|og|och|ve|и) ")


# a name of Georgia, the country, that some language gives the US state too: Georgia,
# Géorgie, Geórgia, Georgii, and in the Arabic, Devanagari, Thai, katakana and Hangul
# scripts (جورجيا, जॉर्जिया, จอร์เจีย, ジョージア, 조지아); not German Georgien, Polish Gruzja,
# Russian Грузия, Greek Γεωργία, Chinese 格鲁吉亚: those languages' names for the state are
# others, which the knowledge base gives the state (Джорджия, Τζόρτζια, 佐治亚州)
_GEORGIA_ALSO_THE_STATE = re.compile(r"(?i)g[eé][oòó]rgi(?!en)|[\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u30a0-\u30ff"
                                     r"\uac00-\ud7af]")


def _us_state_not_country(text: str, col: _Collector, code: str) -> None:
    """Georgia, the country, is the US state where its sentence says so: the United States
    named right after it (a plant in Georgia, in the United States; i Georgia i USA) or
    right before it (Yhdysvaltain Georgiaan, ABD'nin Georgia), another US state in the
    sentence (Georgia and Arizona) or the word for a state before or after it (ولاية جورجيا,
    Georgia államban); and no other country there."""
    kb = get_kb()
    state = kb.by_id.get("georgia-us-state")
    if state is None:
        return
    for s, e in list(col.mentions["country-ge"]):
        if not _GEORGIA_ALSO_THE_STATE.match(text, s):
            continue
        lo = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
        hi = min((k for k in (text.find(". ", e), text.find("\n", e)) if k >= 0), default=len(text))
        near = {eid: [m for m in ms if lo <= m[0] < hi] for eid, ms in col.mentions.items() if eid != "country-ge"}
        us = near.get("country-us", ())
        us_after = any(e < a <= e + _US_AFTER_GEORGIA and _US_AFTER.fullmatch(text, e, a)
                       and not (code in _I_IS_AND and text.startswith(" i ", e)) for a, _ in us)
        us_before = any(_US_BEFORE.fullmatch(text, z, s) for _, z in us)
        other_state = any(ms and (ent := kb.by_id.get(eid)) is not None and ent.parent == "country-us"
                          for eid, ms in near.items())
        other_country = any(ms and eid.startswith("country-") and eid != "country-us" for eid, ms in near.items())
        state_word = _STATE_WORD_BEFORE.search(text, max(0, s - 24), s) is not None or _STATE_WORD_AFTER.match(text, e)
        if (us_after or us_before or other_state or state_word) and not other_country:
            col.mentions["country-ge"].remove((s, e))
            col.add(state.id, state.name, state.type, state.wikidata, s, e)
    if not col.mentions["country-ge"]:
        col.remove("country-ge")


# the word for a state of a federation before or after a name (general vocabulary of each
# language): the state of Georgia, Bundesstaat Georgia, l'État de Géorgie, estado de
# Georgia, stato della Georgia, w stanie Georgia, ve státě Georgie, delstaten Georgia,
# ولاية جورجيا, ایالت جورجیا, מדינת ג'ורג'יה, รัฐจอร์เจีย; Georgia államban, Georgia
# eyaletinde, जॉर्जिया राज्य, Georgian osavaltiossa
_STATE_WORD_BEFORE = re.compile(r"(?:\b(?:[Ss]tate of|(?:Bundes)?[Ss]taat(?:es)?|[ÉéEe]tat de(?: la)?|[Ee]stado de"
                                r"|[Ss]tato (?:della|di)|stan(?:ie|u)?|státě|státu|štáte|(?:del)?staten)"
                                r"|ولاية|ایالت|מדינת|รัฐ) ?$")
_STATE_WORD_AFTER = re.compile(r"[\w'’]* (?:állam|eyalet|osavaltio|राज्य)")
# the languages whose "i" is "and" (Gruzja i USA), not "in" as in Danish, Norwegian and
# Swedish (i Georgia i USA)
_I_IS_AND = frozenset(("pl", "hr", "bs", "sr", "sl", "ca", "cs", "sk", "ru", "uk", "bg"))
_US_AFTER_GEORGIA = 40   # characters from Georgia's end to the United States' name: "Georgia, in the "
# between the United States' name and Georgia's: a space, a genitive's "'nin", Hindi's के
_US_BEFORE = re.compile(r"(?:'n[iı]n| के)? ")
# what stands between them: a comma or a bracket and up to two short words, or a short word
# that is no conjunction ("in Georgia in den USA"; not "Georgia and the United States")
_US_AFTER = re.compile(r"(?:,| ?\()(?: ?[^\W\d_]{1,6}){0,2} ?|(?! (?:and|und|et|y|e|a|és|ve|og|och|en|or|oder|ou|o|ja"
                       r"|dan|và|และ|و|और|그리고|と) )"
                       r"(?: [^\W\d_]{1,6}){1,2} ")


# the lower-case word for a group of firms before its name (le groupe Dangote, el grupo
# Alibaba, il gruppo Tata, grupul Dangote; general grammar of each language)
_GROUP_WORDS = ("groupe ", "gruppo ", "grupo ", "grup ", "grupul ", "grupului ")


def _groups_by_their_word(text: str, col: _Collector) -> None:
    """A name after the word for a group of firms is the group the knowledge base names
    "X Group", whatever else the name alone is (le groupe | Dangote: not Aliko Dangote)."""
    kb = get_kb()
    for eid, ms in list(col.mentions.items()):
        for s, e in list(ms):
            if text.endswith(_GROUP_WORDS, 0, s) and (group := kb.lookup(text[s:e] + " Group")) is not None \
                    and group.type == "ORG" and group.id != eid:
                ms.remove((s, e))
                col.add(group.id, group.name, group.type, group.wikidata, s, e)
        if not ms:
            col.remove(eid)


def _type_by_neighbours(text: str, col: _Collector, code: str) -> None:
    """Untyped unknown names in a list (three names or more, or two joined by "and") take
    the type of the known names in it, when they all have one ("Lajeado, Estrela,
    Encantado e Roca Sales"; "Lodi e Novara"): a list holds things of one kind; and, so
    typed, the known entity the name is, quietly or in a case form (u Kini i Valenciji).
    Two names joined by a comma alone are too often a name and its apposition ("Petronas,
    Tan Sri Tengku Taufik")."""
    if not any(etype == "MISC" and eid.startswith("x-") for eid, (_, etype, _) in col.meta.items()):
        return
    spans = sorted((s, e, eid) for eid, ms in col.mentions.items() for s, e in ms)
    run = [spans[0]] if spans else []
    joined = False   # by a conjunction ("Lodi e Novara"), not only commas
    for prev, cur in zip(spans, spans[1:] + [None]):
        if cur is not None and (m := _LIST_GAP.fullmatch(text, prev[1], cur[0])) is not None:
            run.append(cur)
            joined = joined or m.group() != ", "
            continue
        if len(run) >= 3 or (len(run) == 2 and joined):
            kinds = {col.meta[eid][1] for _, _, eid in run if not eid.startswith("x-")}
            if len(kinds) == 1 and kinds <= {"LOC", "ORG", "PER"}:
                kind = kinds.pop()
                kb = get_kb()
                for _, _, eid in run:
                    if eid not in col.meta:
                        continue   # (a name the list holds twice, already taken)
                    name, etype, qid = col.meta[eid]
                    if etype == "MISC" and eid.startswith("x-"):
                        known = kb.lookup(name, True, code) or _declined(kb, name, True, code, kind)
                        if known is not None and known.type == kind:
                            for a, z in col.remove(eid):
                                col.add(known.id, known.name, known.type, known.wikidata, a, z)
                        else:
                            col.meta[eid] = (name, kind, qid)
        run, joined = ([cur] if cur is not None else []), False


# a German town's official name that says which river or lake it lies on (Frankfurt am
# Main, Moosburg an der Isar, Murnau am Staffelsee): one word after the preposition
_DE_ON_WATER = re.compile(r" (?:an der|am) ([A-ZÄÖÜ][a-zäöüß]+)(?![\w-]| [A-ZÄÖÜ0-9])")


def _de_water_word(text: str, s: int, e: int, at: dict, col: _Collector, covered: bytearray) -> bool:
    """The word at [s, e) names a river or a lake: a place or an unknown name found there,
    or an uncovered word that is no German noun or common word (am Sonntag, an der Spitze)."""
    if (found := at.get(s)) is not None:
        eid, end = found
        return end == e and (col.meta[eid][1] == "LOC" or eid.startswith("x-"))
    if any(covered[s:e]):
        return False
    low, lex = text[s:e].casefold(), de_lexicon()
    return low not in lex.nouns and (low not in common_words().get("de") or low in lex.toponyms) \
        and low not in common_words().calendar


# German sports clubs' abbreviations (general usage), which open the club's name; the name
# runs over the capitalised words after them, a place's too, and a founding year or a
# reserve team's number (KSV Aalen 05, SG Flensburg-Handewitt II, SSC Palmberg Schwerin)
# (opening with the literals, not a look-behind, lets the regex engine skip to them: 4x faster)
# (and handball's and ice hockey's: MT Melsungen, HSG Wetzlar, EHC Red Bull München)
# (and women's football, athletics and winter sports clubs': 1. FFC Frankfurt, LG Rhein-Wied, WSC Erzgebirge)
_DE_CLUB_START = re.compile("(?:" + alternation("SC SV TSV VfB VfL VfR FSV SSV TSG KSV TTC BSC TuS SG FC SSC HC SpVgg "
                                                 "MT HSG EHC ERC TV BSV ASV FFC LG WSC DJK".split(), 0) + ") [A-ZÄÖÜ]")
_DE_CLUB = re.compile(r"\w+(?: [A-ZÄÖÜ]\w*(?:-[A-ZÄÖÜ]\w*)*){1,3}"
                      r"(?: (?:0[0-9]|[1-9][0-9]|II|III)(?![\w.]))?")


def _clubs_by_town_exonym(text: str, hits: list, kb, covered: bytearray, col: _Collector) -> list:
    """A known club named with its town in the article's language (Legia Warschau, Benfica
    Lissabon, Sparta Prag: Legia Warsaw, Benfica Lisbon, Sparta Prague): a word and a known
    town that the knowledge base knows together under the town's English name. Returns the
    hits the clubs leave."""
    taken = []
    for h in hits:
        start = h.start
        if h.entity.type != "LOC" or start < 3 or text[start - 1] != " " or not text[start - 2].isalpha():
            continue
        b = start - 1
        while b > 0 and (text[b - 1].isalpha() or text[b - 1] == "-"):
            b -= 1
        if not text[b].isupper() or (b and text[b - 1].isalnum()):
            continue
        club = kb.lookup(f"{text[b:start - 1]} {h.entity.name}")
        if club is not None and club.type == "ORG" and not any(covered[b:h.end]):
            covered[b:h.end] = b"\x01" * (h.end - b)
            col.add(club.id, club.name, club.type, club.wikidata, b, h.end)
            taken.append((b, h.end))
    return [h for h in hits if not any(b < h.end and h.start < e for b, e in taken)] if taken else hits


# an article, then a word of three to five letters with one capital (die Nasa, der Uefa)
# (opening with the space, the article read behind it: 13 against 57 us per 5 KB German
# article with \b first)
_DE_ARTICLE_THEN_SHORT_WORD = re.compile(r" (?<=[Dd](?:ie|er|es|em|en) )(?<![\w-][Dd](?:ie|er|es|em|en) )"
                                         r"([A-ZÄÖÜ][a-zäöü]{2,4})\b(?!-)")


def _de_acronyms_as_words(text: str, covered: bytearray, col: _Collector, kb) -> None:
    """Die Nasa, der Uefa, die Fifa: German writes an acronym read as a word with one capital;
    after an article, a word whose capitals the knowledge base knows as a body's acronym is
    that body, unless it is a German noun (the word alone is a common word to wordfreq, which
    counts the press; Oyo, a Nigerian state after Bundesstaat, is no OYO)."""
    acronyms = kb.acronyms_as_words()
    for m in _DE_ARTICLE_THEN_SHORT_WORD.finditer(text):
        s, e = m.span(1)
        if (ent := acronyms.get(m.group(1))) is None or any(covered[s:e]) \
                or m.group(1).casefold() in de_lexicon().nouns:
            continue   # (der Welt: the world, a noun, no WELT)
        covered[s:e] = b"\x01" * (e - s)
        col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)


def _de_clubs(text: str, hits) -> list[tuple[int, int]]:
    """The spans of German sports clubs the knowledge base does not name whole: an
    abbreviation opens each (SV Germania Eicherscheid), no known name starts there."""
    out, spans = [], None
    for m in _DE_CLUB_START.finditer(text):   # (one C-level pass: most articles name no club)
        i = m.start()
        if i > 0 and (text[i - 1].isalnum() or text[i - 1] == "-"):
            continue   # inside a word
        if text.endswith("1. ", 0, i):
            i -= 3   # 1. FC Lokomotive Leipzig
        # (a known name there that is the abbreviation alone, VfB for VfB Stuttgart, names no
        # other club: VfB Oldenstedt)
        abbreviation_end = text.index(" ", m.start())
        spans = spans or {(h.start, h.end) for h in hits}
        if any(s in (i, m.start()) and e != abbreviation_end for s, e in spans) \
                or any(h.start < i < h.end for h in hits):
            continue
        out.append((i, _DE_CLUB.match(text, m.start()).end()))
    return out


# a capitalised adjective of a region or people, right before a known place (the
# Fränkische Schweiz, Schwäbisch Gmünd): one name, the adjective is no common word there
_DE_PLACE_ADJECTIVE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{3,}isch(?:e|en|er|es|em)? \Z")   # (not Fisch)
_DE_ADJECTIVE_ENDS = tuple(f"isch{end} " for end in ("", "e", "en", "er", "es", "em"))   # (one C-level test first)
# a first name (or two) and a noble particle before a known place or firm: Joseph von
# Fraunhofer, Werner von Siemens, Friedrich von Hohenzollern
_DE_NOBLE_PARTICLES = ("von ", "zu ")
_CAPITALS_TWICE = re.compile(r"[A-ZÄÖÜ]{2}")


def _de_noble_person_start(text: str, start: int, given: frozenset[str]) -> int | None:
    """Where a German person's name opens when a known place or firm at ``start``, after
    a noble particle, is the noble name after one or two first names (Joseph von
    Fraunhofer, Georg Friedrich von Baden), else None.  (Asked of every such hit, so
    walked back by hand: a regex search would try each position before it.)"""
    nouns = de_lexicon().nouns

    def first_name(w: str) -> bool:   # (not a title: dem Emir von Katar)
        return w[:1].isupper() and w[1:].islower() and w.casefold() in given and w.casefold() not in nouns

    end = start - (4 if text.endswith("von ", 0, start) else 3) - 1   # (the space before the particle)
    b = end
    while b > 0 and text[b - 1].isalpha():
        b -= 1
    if end < 1 or text[end] != " " or not first_name(text[b:end]):
        return None
    if b >= 2 and text[b - 1] in " -":   # a second first name before it
        a = b - 1
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        if a < b - 1 and first_name(text[a:b - 1]):
            b = a
    return None if b > 0 and (text[b - 1].isalnum() or text[b - 1] == "-") else b


_HYPHENED_TAIL = re.compile(r"(?:-[^\W\d_]+){1,2}(?![\w-])")


def _de_hyphened_place_end(text: str, start: int, end: int) -> int | None:
    """Where a known place's hyphened German name ends (Dortmund-Bövinghausen, a district;
    Rhön-Grabfeld, a county), if the words after the hyphen make it one (not Berlin-Besuch)."""
    m = _HYPHENED_TAIL.match(text, end)
    return m.end() if m is not None and hyphened_place(text[start:m.end()]) else None


# German prepositions of place as they open a sentence ("In Zell am Harmersbach ...")
_DE_OPENING_PREPOSITIONS = frozenset(("In", "Aus", "Nach", "Von", "Bei", "Zwischen", "Ab", "Bis"))


def _preposition_before(text: str, i: int) -> bool:
    """The word before position i is written in lower case (a preposition: in, aus, von), or
    is a preposition capitalised as it opens the sentence."""
    j = text.rfind(" ", 0, max(i - 1, 0))
    word = text[j + 1:i - 1] if i > 0 and text[i - 1] == " " else ""
    return word.isalpha() and word.islower() or word in _DE_OPENING_PREPOSITIONS


def _de_towns_on_water(text: str, col: _Collector, covered: bytearray) -> None:
    """"aus Vilshofen an der Donau", "in Esslingen am Neckar": a place found after a
    preposition, right before "an der" or "am", and the river or lake after these are one
    place (Frankfurt am Main)."""
    at = ends = None   # (the mentions by start and by end, built at the first "am X")
    for m in _DE_ON_WATER.finditer(text):
        if ends is None:
            at = {s: (eid, e) for eid, ms in col.mentions.items() for s, e in ms}
            ends = {e: (eid, s) for s, (eid, e) in at.items()}
        town = ends.get(m.start())
        if town is None or town[0] not in col.meta:
            continue
        town_type = col.meta[town[0]][1]
        # (a place, or an unknown name of one word: Hörschel, taken for a family name)
        if not (town_type == "LOC" or town[0].startswith("x-") and town_type != "ORG"
                and " " not in text[town[1]:m.start()]):
            continue
        if not _preposition_before(text, town[1]):
            continue   # after the noun that says what it is, the river describes: die Kleinstadt X am Neckar
        ws, we = m.span(1)
        if not _de_water_word(text, ws, we, at, col, covered):
            continue
        ts = town[1]
        for eid, span in ((town[0], (ts, m.start())), (at[ws][0] if ws in at else None, (ws, we))):
            if eid is not None and eid in col.meta:
                col.mentions[eid].remove(span)
                if not col.mentions[eid]:
                    col.remove(eid)
        covered[ts:we] = b"\x01" * (we - ts)
        col.add(unknown_id(text[ts:we]), text[ts:we], "LOC", None, ts, we)


def _repeated_names(text: str, covered: bytearray, col: _Collector):
    """An unknown name found in the article names the same where the candidate rules
    cannot tell it from any capitalised word: at a sentence start ("Zentrix reported"),
    in a headline; names in cased scripts, as written."""
    names = {name: eid for eid, (name, _, _) in col.meta.items()
             if eid.startswith("x-") and name[0].isupper() and name[-1].isalnum()}
    found = _find_words(text, names) if names else []
    # and a Chinese or Japanese person's or organisation's name of three characters or
    # more (王楚钦, found before 表示, then alone), wherever it stands
    cjk = {name: eid for eid, (name, etype, _) in col.meta.items()
           if eid.startswith("x-") and etype in ("PER", "ORG") and len(name) >= 3 and all(map(is_cjk_name_char, name))}
    for name in cjk:
        i = text.find(name)
        while i >= 0:
            found.append((i, i + len(name), name))
            i = text.find(name, i + len(name))
    names.update(cjk)
    for s, e, name in found:
        if not any(covered[s:e]):
            covered[s:e] = b"\x01" * (e - s)
            col.mentions[names[name]].append((s, e))


def _latin_glosses(text: str, covered: bytearray, col: _Collector) -> None:
    """溫特科恩（Winterkorn）, 布什（Bush）: the Latin spelling in brackets after a name found
    in Chinese or Japanese script is a mention of the same entity."""
    owner = {span: eid for eid, spans in col.mentions.items() for span in spans}
    for m in NAME_GLOSS.finditer(text):
        if (eid := owner.get(m.span(1))) is None or col.meta[eid][1] == "MISC":
            continue
        s = m.start(2) + len(m.group(2)) - len(m.group(2).lstrip())
        e = m.end(2) - len(m.group(2)) + len(m.group(2).rstrip())
        if (known := owner.get((s, e))) is not None and known != eid and eid.startswith("x-") \
                and not known.startswith("x-") and col.meta[known][1] == col.meta[eid][1]:
            col.mentions[known].extend(col.remove(eid))   # 布什（George Bush）: the known person, both spellings
        elif s < e and not any(covered[s:e]):
            covered[s:e] = b"\x01" * (e - s)
            col.mentions[eid].append((s, e))


def _cjk_family_names(text: str, col: _Collector) -> None:
    """今村 after 今村由紀 (a Japanese or Chinese family name, with its title: 今村被告): one
    unknown person, when one person's full name in the article (as written, a known
    person's too) starts with it."""
    written = {eid: {text[s:e] for s, e in col.mentions[eid]} for eid, (_, etype, _) in col.meta.items()
               if etype == "PER"}
    by_prefix: dict[str, set[str]] = {}   # (each name's shorter starts: one look-up per short name)
    for eid, names in written.items():
        for name in names:
            for k in range(2, len(name)):
                by_prefix.setdefault(name[:k], set()).add(eid)
    for eid, (short, _, _) in [(eid, col.meta[eid]) for eid in written if eid.startswith("x-")]:
        if len(short) >= 2:
            full = [e for e in by_prefix.get(short, ()) if e != eid and e in written]
            if len(full) == 1:
                col.mentions[full[0]].extend(col.remove(eid))
                del written[eid]


_KATAKANA = re.compile("[\u30A1-\u30FA\u30FC・＝=]")
_HIRAGANA_OR_PUNCT = re.compile("[\u3041-\u3096、。！？「」『』（）()，,. \n]")


def _dotted_family_names(text: str, covered: bytearray, col: _Collector, code: str) -> None:
    """鮑爾 after 柯林·鮑爾, スミス after ジョン・スミス: a foreign family name alone is the
    person whose full name (known or not) the article writes with it last after a middle
    dot, when one such person does. Taken as an unknown person of its own, it joins them;
    where no rule found it (鮑爾十四歲便輟學, ブレナンの晩年), Chinese and Japanese text is
    searched for it: not inside a longer run of transliteration or katakana, nor before a
    body's or a place's word (鮑爾銀行), nor where it is a loanword (フェスティバル)."""
    full: dict[str, set[str]] = {}
    for eid, (_, etype, _) in col.meta.items():
        if etype == "PER":
            for s, e in col.mentions[eid]:
                if (cut := max(text.rfind(d, s, e) for d in _ALL_DOTS)) > s:
                    full.setdefault(text[cut + 1:e], set()).add(eid)
    if not full:
        return
    for eid in [eid for eid in col.meta if eid.startswith("x-") and col.meta[eid][1] == "PER"]:
        named = {text[s:e] for s, e in col.mentions[eid]}
        if len(named) == 1 and len(owners := full.get(named.pop(), ())) == 1 and eid not in owners:
            col.mentions[next(iter(owners))].extend(col.remove(eid))
    if code not in ("zh", "ja"):
        return
    loanwords = common_words().ja_loanwords
    for family, owners in full.items():
        if len(owners) != 1 or len(family) < 2 or family in loanwords:
            continue
        eid = next(iter(owners))
        n = len(family)
        i = text.find(family)
        while i >= 0:
            e = i + n
            if not any(covered[i:e]) and (
                    translit_run_start(text, e) == i and translit_run_end(text, i) == e
                    and _ZH_NAMED_AFTER.match(text, e) is None if code == "zh"
                    else not (i and _KATAKANA.match(text, i - 1)) and (
                        e == len(text) or _HIRAGANA_OR_PUNCT.match(text, e) or text.startswith(JA_TITLES, e))):
                covered[i:e] = b"\x01" * n
                col.mentions[eid].append((i, e))
            i = text.find(family, e)


# the middle dots of Chinese and Japanese foreign names, and the Japanese double hyphen
_ALL_DOTS = _TRANSLIT_DOTS + "＝="


_JA_READING = re.compile(r"（[ぁ-ゖー 　]*\Z")


def _ja_in_reading(text: str, start: int, end: int) -> bool:
    """Is [start, end) hiragana inside the reading written in brackets after a name
    (山縣有朋（やまがた ありとも、...: やまがた is no Yamagata)?"""
    return all("ぁ" <= c <= "ゖ" for c in text[start:end]) \
        and _JA_READING.search(text, max(0, start - 16), start) is not None


_JA_KANJI_NAME = re.compile("[\u4E00-\u9FFF々]+")


def _is_ja_place(name: str) -> bool:
    """A place the knowledge base names so, or with 市 (東京, 大分)."""
    ent = get_kb().lookup(name) or get_kb().lookup(name + "市")
    return ent is not None and ent.type == "LOC"


# kin written right before a first name (兄利長, 妻ハル), general Japanese
_JA_KIN = frozenset("兄弟父母妻夫姉妹子孫甥")


def _ja_names_alone(text: str, covered: bytearray, col: _Collector) -> None:
    """A first or a family name alone after the full name earlier in the article is that
    person (加藤清正 ... 清正が, 高橋是清 ... 高橋は: the family name a list holds; a first
    name of two kanji or more and no everyday word), as Japanese writes of people: before a
    particle or a title, after no kanji but kin (兄 + 清正). A family name two people of the
    article share names neither; one that is a word too (八田, 織田) only as a subject or
    before a title."""
    cw = common_words()
    family, words = cw.ja_family_listed, cw.ja_words2
    parts: dict[str, str] = {}
    shared = set()
    for eid, spans in col.mentions.items():
        if col.meta[eid][1] != "PER":
            continue
        for s, e in spans:
            name = text[s:e]
            if 3 <= len(name) <= 6 and _JA_KANJI_NAME.fullmatch(name):
                cut = 3 if name[:3] in family and len(name) >= 5 else 2 if name[:2] in family else 0
                if not cut:
                    continue
                if len(name) >= 4 and name[cut:] not in words and name[cut:] not in cw.ja_surnames:
                    parts.setdefault(name[cut:], eid)
                if parts.setdefault(name[:cut], eid) != eid:
                    shared.add(name[:cut])
    for part, eid in parts.items():
        if part in shared:
            continue
        ends = _JA_SUBJECT_END if part in words and part in family else _JA_END
        i = text.find(part)
        while i >= 0:
            j = i + len(part)
            if not any(covered[i:j]) and (j == len(text) or text[j] in ends or text.startswith(JA_TITLES, j)) \
                    and (i == 0 or not "\u4E00" <= text[i - 1] <= "\u9FFF" or text[i - 1] in _JA_KIN):
                covered[i:j] = b"\x01" * (j - i)
                col.mentions[eid].append((i, j))
            i = text.find(part, j)


# what follows a name alone as the subject (or a title, or ら): no word's use (織田は, 八田ら)
_JA_SUBJECT_END = "はが氏ら"


# German bodies named after a known organisation or person, their head after the name (general German)
_DE_BODY_AFTER_NAME = (" Stiftung", " Institut", " Akademie", " Klinik", " Gymnasium", " Schule")
_DE_BODY_AFTER = re.compile(r" (?:Stiftung|Institut|Akademie|Klinik|Gymnasium|Schule)(?![\w-])")
# German bodies named by the place after them, with von, des or der (general German)
_DE_OF = ("von ", "des ", "der ", "Landes ", "Kantons ", "Freistaates ", "Freistaats ", "Stadt ", "Provinz ")
_DE_BODY_HEADS = ("universität", "hochschule", "gericht", "gerichtshof", "museum", "zentralbank", "nationalbank",
                  "notenbank", "akademie", "bibliothek", "parlament", "senat", "kongress", "staatsanwaltschaft")
# (a cheap look for a head word before the search for the whole phrase, which most places fail)
_DE_BODY_HEAD_NEAR = re.compile("|".join(h.capitalize() + "|" + h for h in _DE_BODY_HEADS))
_DE_BODY_OF_PLACE = re.compile(r"((?:Oberste[nr]?|Staatliche[nr]?|Nationale[nr]?|Königliche[nr]?) )?"
                               r"([A-ZÄÖÜ][\w-]+) (von (?:der |dem )?|des |der )"
                               # (des Landes Brandenburg)
                               r"(?:Landes |Kantons |Freistaates |Freistaats |Stadt |Provinz )?$")


# capitalised adjectives and a body's head right before a country's genitive (Sozialistische
# Partei | Albaniens, Oberste Gerichtshof | Kenias, Orthodoxe Kirche | Russlands)
_DE_ADJECTIVES_AND_HEAD = re.compile(r"(?<![\w-])((?:[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es) ){1,2})([A-ZÄÖÜ][a-zäöüß]+) \Z")
_DE_NAMED_BODY_HEADS = _DE_BODY_HEADS + ("partei", "kirche", "front", "bewegung", "armee", "union", "allianz",
                                         "versammlung", "rat", "gerichtshof")


def _de_adjectived_body_before(text: str, start: int, function_words) -> int | None:
    """Where a body's name of capitalised adjectives and a head opens right before a
    country's genitive at ``start`` (die Liberale Partei Kolumbiens: one name), else None."""
    m = _DE_ADJECTIVES_AND_HEAD.search(text, max(0, start - 60), start)
    if m is None or not m.group(2).casefold().endswith(_DE_NAMED_BODY_HEADS):
        return None
    at = m.start()
    for w in m.group(1).split():   # (an article or a pronoun opens no name: Die | Sozialistische Partei)
        if w.casefold() not in function_words:
            return at
        at += len(w) + 1
    return None   # (Die Partei Albaniens: no adjective, no name)


def _de_body_of_place(text: str, body: re.Match) -> bool:
    """Is ``body`` (an optional capitalised adjective, a head, von/des/der) a body's name
    before its place: a body's head, after an article or nothing (not "die älteste Hochschule
    der Vereinigten Staaten"); with des or der only a compound or adjectived head (das
    Nationalmuseum des Iran, der Oberste Gerichtshof der ...), the bare word being a kind there."""
    low = body.group(2).casefold()
    head = next((h for h in (low, low[:-1], low[:-2]) if h.endswith(_DE_BODY_HEADS)), None)   # (des Senats, Kongresses)
    if head is None or body.group(3)[0] == "d" and body.group(1) is None and head in _DE_BODY_HEADS:
        return False
    before = _TOKEN_BEFORE.search(text, max(0, body.start() - 20), body.start())
    return before is None or before.group(1).casefold() in _DE_BEFORE_BODY or before.group(1)[0].isupper()


_DE_BEFORE_BODY = frozenset("der die das des dem den vom zum zur am im an in von bei aus für und".split())


def _heard_with_name_before(text: str, c: Candidate, col: _Collector) -> bool:
    """An unknown Cyrillic or Greek word after a known name that, with it, sounds like another
    known name, which the known name opens, is that entity's mention with it (Данготе | Груп:
    Dangote Group, not Aliko Dangote and a word; Σίμενς | Ένεργκι: Siemens Energy; not
    Хюндай | Мотор, Hyundai Motor, as Honda Motor)."""
    if c.start < 2 or text[c.start - 1] != " " or not sounds.written_by_ear(c.text):
        return False
    for eid, spans in col.mentions.items():
        for s, e in spans:
            if e == c.start - 1 and (ent := sounds.by_ear(get_kb(), text[s:c.end])) is not None \
                    and sounds.opens_alike(text[s:e], ent.name):
                spans.remove((s, e))
                if not spans:
                    col.remove(eid)
                col.add(ent.id, ent.name, ent.type, ent.wikidata, s, c.end)
                return True
    return False


def _famous_family_name(kb, word: str, code: str) -> KBEntity | None:
    """The person a family name alone names in the news (a quiet alias: Merkel, Putin, Modi),
    where the candidate rules have read the word as a person's name (Bundeskanzlerin Merkel,
    die Regierung Merkels): the knowledge base's person, else None."""
    for form in (word, word[:-1]) if code == "de" and word.endswith("s") and len(word) > 4 else (word,):
        if (ent := kb.lookup(form, True, code)) is not None and ent.type == "PER":
            return ent
    return None


def _de_quiet_bodies(text: str, covered: bytearray, col: _Collector):
    """German bodies named by a quiet alias in a frame that says a body is meant (``german``)."""
    person_ends, bodies = set(), []
    for eid, (_, etype, _) in col.meta.items():
        if etype == "PER":
            person_ends.update(e for _, e in col.mentions[eid])
        elif etype == "ORG":
            bodies.extend(col.mentions[eid])
    for s, e, ent in german.quiet_bodies(text, covered, person_ends, bodies):
        col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)


def _quiet_in_context(text: str, covered: bytearray, col: _Collector, code: str):
    """A quiet alias (a word too common to match alone) of an entity the article names
    otherwise, or of a part of one it names, is that entity here: Windows after Microsoft,
    Grab after Grab Holdings, PMA (Portuguese for the WFP) after Programa Alimentar Mundial.
    One sense per article: the article has said what it is about."""
    index = get_kb().quiet_by_anchor()
    names: dict[str, KBEntity] = {}
    for eid in col.meta:
        if (by_lang := index.get(eid)) is not None:
            for alias, ent in by_lang.get(None, []) + by_lang.get(code, []):
                names.setdefault(alias, ent)
    for s, e, alias in _find_words(text, names) if names else ():
        if not any(covered[s:e]):
            covered[s:e] = b"\x01" * (e - s)
            ent = names[alias]
            col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)


def _unknown_short_forms(text: str, covered: bytearray, col: _Collector, code: str):
    """'Quenneville' after 'Marisol Quenneville': one unknown person, not two entities.
    Vietnamese names a person by the last syllable after an honorific (bà Thủy for Lê Thị
    Thu Thủy); without one the syllable is a word (Công of Công ty, "company")."""
    people: dict[str, str] = {}
    maybe: dict[str, str] = {}   # untyped names of two or three words: people if their last word recurs alone
    cw = common_words()
    common, top = cw.get(code), cw.get_top(code)
    for eid, (name, etype, _) in col.meta.items():
        if etype in ("PER", "MISC") and eid.startswith("x-"):
            toks = name.split()
            if len(toks) >= 2 and len(toks[-1]) >= 3 and toks[-1][0].isupper():
                if etype == "PER":
                    people.setdefault(toks[-1], eid)
                elif len(toks) <= 3 and all(t[0].isupper() and t.isalpha() for t in toks) and \
                        toks[0].lower() not in common and toks[-1].lower() not in top and toks[0][1:].islower() and \
                        _LEGAL_FORM.fullmatch(" " + toks[-1]) is None:
                    maybe.setdefault(toks[-1], eid)   # (not Kabupaten Morowali, Petroliam Nasional Bhd)
    unknown_names = {name for e, (name, _, _) in col.meta.items() if e.startswith("x-")}
    for word in maybe.keys() - people.keys():
        # "Hansi Flick ... Flick said": news names a person again by the family name alone
        if word in unknown_names or any(not any(covered[s:e]) for s, e, _ in _find_words(text, (word,))):
            eid = maybe[word]
            name, _, qid = col.meta[eid]
            col.meta[eid] = (name, "PER", qid)
            people[word] = eid
    if not people:
        return
    for eid in list(col.meta):   # a lone surname already taken as its own candidate
        target = people.get(col.meta[eid][0])
        if target and target != eid and eid.startswith("x-"):
            col.mentions[target].extend(col.remove(eid))
    for s, e, name in _find_words(text, people):
        if code == "vi" and vi_cue_before(text, s)[0] != "PER":
            continue
        if not any(covered[s:e]):
            covered[s:e] = b"\x01" * (e - s)
            eid = people[name]
            col.mentions[eid].append((s, e))


def _inflected_forms(text: str, code: str, col: _Collector) -> None:
    """'Orlenu' beside 'Orlen' in a Polish article: one unknown name, inflected, not two
    entities. An unknown name that is another name's surface in this article plus a case
    ending of the article's language joins that name's entity (known or unknown)."""
    endings = NAME_CASE_ENDINGS.get(code)
    if not endings:
        return
    base: dict[str, str] = {}   # surface (3+ letters) -> entity id
    for eid, ms in col.mentions.items():
        for s, e in ms:
            if e - s >= 3:
                base.setdefault(text[s:e], eid)
    for eid in list(col.meta):
        if not eid.startswith("x-"):
            continue
        name, etype, _ = col.meta[eid]
        target = next((base[name[:-len(x)]] for x in endings
                       if name.endswith(x) and name[:-len(x)] in base and base[name[:-len(x)]] != eid), None)
        if target is None:
            continue
        col.mentions[target].extend(col.remove(eid))
        t_name, t_type, t_qid = col.meta[target]
        if t_type == "MISC" and etype != "MISC":
            col.meta[target] = (t_name, etype, t_qid)


# titles that KB aliases of people open with (where the name alone is ambiguous: "Papst
# Franziskus", "King Charles"); the mention is the name after them
PER_TITLE_WORDS = frozenset("""King Queen Emperor Empress Prince Princess Pope President Sultan Tsar Czar
König Königin Kaiser Kaiserin Prinz Prinzessin Papst Präsident Präsidentin Zar Fürst Herzog
Roi Reine Empereur Pape Président Rey Reina Emperador Papa Presidente Re Regina Imperatore
الشيخ الشيخة الأمير الامير الأميرة الاميرة الملك الملكة السلطان الرئيس الإمام الامام البابا السيد السيدة
الدكتور الدكتورة""".split())
# Korean KB aliases of people carry the title where the name alone is too common a name
# (김민석 국무총리, 조현 외교부 장관, 이재용 회장): the alias still decides who it is, the
# mention is the name. Titles a name ends with (KO_TITLES, compounds of them: 국무총리,
# 국무위원장, 외교부장) and those of monarchs and popes (프란치스코 교황); not the epithets
# that are part of a name (표트르 대제, 알렉산드로스 대왕)
_KO_TITLE_END = re.compile("(?:" + "|".join(sorted(set(KO_TITLES) | {"교황", "황제", "여왕", "국왕", "주석", "총통"},
                                                   key=len, reverse=True)) + r")\Z")
_KO_GIVEN_NAME = re.compile("[" + "".join(KO_SURNAMES) + "][가-힣]{1,3}")
_HANGUL_WORD = re.compile("[가-힣]+")


# a country's armed services (general vocabulary): 미국 해군, 러시아 육군
_KO_ARMED_SERVICE = re.compile(" (육군|해군|공군|해병대|우주군|해안경비대)(?:" + alternation(KO_PARTICLES, 0) + ")?(?![가-힣])")
# a committee after the body it belongs to (국회 교육위원회, 시의회 윤리위원회), but not a kind
# of committee (상임위원회 "standing committee", 특별위원회)
_KO_COMMITTEE = re.compile(" (([가-힣]{2,10}?)(?:소위원회|위원회))(?:" + alternation(KO_PARTICLES, 0) + ")?(?![가-힣])")
_KO_GENERIC_COMMITTEES = frozenset("상임 특별 전원 해당 관련 산하 각종 여러 자문".split())
# the Latin letters a Hangul syllable's first consonant writes in a foreign name (ㅍ for p
# and f, ㅂ for b and v, ㄹ for r and l, ㅇ for a vowel, y or w), by the consonant's index
_KO_ONSET_LATIN = ("gkcq", "kg", "n", "dt", "dt", "rl", "m", "bvp", "bp", "sczxt", "s", "aeiouyhwj", "jgzc", "zjt",
                   "ct", "kcq", "t", "pf", "h")


def _ko_first_name_before(text: str, start: int, ent: KBEntity, covered: bytearray) -> int | None:
    """Where the first name of a known foreign person starts, written in Hangul one space
    before the one-word name the KB knows the person by (마코 루비오, 프리드리히 메르츠): a Hangul
    word of two to six syllables, free, no common word, whose first consonant can write
    the first letter of the person's English first name."""
    j = start - 1
    names = ent.name.split()
    if j < 2 or text[j] != " " or len(names) < 2 or not names[0][:1].isalpha():
        return None
    k = j
    while k > 0 and "가" <= text[k - 1] <= "힣":
        k -= 1
    word = text[k:j]
    if not 2 <= len(word) <= 6 or (k and text[k - 1].isalnum()) or any(covered[k:j]) \
            or word in common_words().ko_words or word[-1] in _KO_WORD_ENDINGS:
        return None
    onset = (ord(word[0]) - 0xAC00) // 588
    return k if anyascii(names[0][0]).lower() in _KO_ONSET_LATIN[onset] else None


def _ko_name_end(text: str, start: int, end: int) -> int:
    """Where the name ends in a Korean person's hit whose last word is a title: after the
    first word for a Korean name (조현 외교부 장관 -> 조현) or a title of one word
    (바이든 대통령), else before the title (a foreign name of two words); ``end`` when the
    hit ends in no title."""
    last = text.rfind(" ", start, end)
    if last < 0 or _KO_TITLE_END.search(text, last + 1, end) is None:
        return end
    first = text.find(" ", start, end)
    return first if first == last or _KO_GIVEN_NAME.fullmatch(text, start, first) else last


def _ko_compounds(text: str, hits: list, kb, col: _Collector, covered: bytearray) -> list:
    """Korean names that end in a word of their kind (candidates.korean_compounds:
    국토교통부, 새봄요양병원, 설악산) are mentions; KB hits inside one are part of it
    (부산 in BNK부산은행, 제주 in 제주대학교병원). A KB hit of the same span, or one
    that runs across the name's edge, keeps its reading."""
    compounds = korean_compounds(text)
    if not compounds:
        return hits
    drop = set()
    starts = [h.start for h in hits]   # (hits are in order, none overlapping)
    for s, e, etype in sorted(compounds, key=lambda c: (c[0] - c[1], c[0])):   # (longest first)
        i = bisect_right(starts, s) - 1
        if i >= 0 and hits[i].end <= s:
            i += 1
        inside = []
        while 0 <= i < len(hits) and hits[i].start < e:
            inside.append(hits[i])
            i += 1
        if any(covered[s:e]) or any(h.start < s or h.end > e or (h.start, h.end) == (s, e) for h in inside):
            continue
        drop.update(id(h) for h in inside)
        name = text[s:e]
        ent = None   # (a KB name of this span would be a hit of the same span, which wins)
        if text.startswith("(", e) and (close := text.find(")", e, e + 12)) > 0:
            # 경제협력개발기구(OECD): the known short name in brackets says which it is (Korean
            # news writes a body's full name so the first time)
            short = kb.lookup(text[e + 1:close])
            ent = short if short is not None and short.type == etype else None
        if ent is not None:
            col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)
        else:
            col.add(unknown_id(name), name, etype, None, s, e)
        covered[s:e] = b"\x01" * (e - s)
    return [h for h in hits if id(h) not in drop] if drop else hits


# Korean writes an address from the biggest unit down, a space between units, each unit's
# word glued to its name (전남 곡성군 오산면 가곡리, 광주 북구 두암동, 아이치현 도요타시):
# a word ending in a unit's word after a place, or before a smaller unit, is a place. The
# units by size: provinces and foreign states (도 성 주 현), cities and counties (시 군),
# districts (구), towns and neighbourhoods (읍 면 동), villages (리 마을).
_KO_UNIT_RANK = {"특별자치도": 1, "도": 1, "성": 1, "주": 1, "현": 1, "광역시": 2, "특별시": 2, "특별자치시": 2,
                 "시": 2, "군": 2, "구": 3, "읍": 4, "면": 4, "동": 4, "리": 5, "마을": 5}
_KO_UNIT_WORD = re.compile("([가-힣]{2,3}?|[동서남북중](?=구))(" + alternation(_KO_UNIT_RANK, 0) + ")("
                           + alternation(KO_PARTICLES, 0) + ")?(?![가-힣])")
# words that end in a unit's syllable without naming one (general vocabulary): 대도시
# "big city", 비대면 "contactless", 노동운동 "labour movement", 가능성 "possibility"
_KO_NOT_UNITS = ("도시", "대면", "방면", "운동", "활동", "행동", "노동", "이동", "변동", "가동", "작동", "공동", "자동",
                 "관리", "처리", "거리", "연구", "요구", "추구", "지구", "당시", "동시", "감시", "표시", "실시", "제시",
                 "능성", "요성", "정성", "전성", "명성", "체성", "율성", "속성", "특성", "주도", "정도", "속도", "제도",
                 "기구", "총리")
# the countries whose provinces Korean calls 성 (China, Vietnam) and 현 (Japan, China's
# counties); a state (주) may be any country's
_KO_FOREIGN_UNITS = {"성": ("country-cn", "country-vn"), "현": ("country-jp", "country-cn")}


def _ko_unit_at(text: str, i: int, covered: bytearray):
    """The unit word at ``i`` (a match of _KO_UNIT_WORD) if it is one and free."""
    m = _KO_UNIT_WORD.match(text, i)
    if m is None or any(covered[i:m.end()]) or text.endswith(_KO_NOT_UNITS, i, m.end(2)):
        return None
    return m


def _ko_address(text: str, col: _Collector, covered: bytearray, kb) -> None:
    """Units of a Korean address after a known place, or before a smaller unit or a place
    (see _KO_UNIT_RANK); a province's short name that is no word alone (경기: quiet) before
    a place; a town after a foreign state (텍사스주 오스틴) when it is no everyday word."""
    places = sorted((s, e, eid) for eid, (_, etype, _) in col.meta.items() if etype == "LOC"
                    for s, e in col.mentions[eid])
    n = len(text)
    common = common_words().ko_words

    def add(s: int, e: int) -> None:
        name = text[s:e]
        ent = kb.lookup(name, True, "ko")
        if ent is not None and ent.type == "LOC":
            col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)
        else:
            col.add(unknown_id(name), name, "LOC", None, s, e)
        covered[s:e] = b"\x01" * (e - s)

    def chain(m, rank: int) -> None:
        # the smaller units after a unit without a particle
        while m.group(3) is None and m.end() + 1 < n and text[m.end()] == " ":
            nxt = _ko_unit_at(text, m.end() + 1, covered)
            if nxt is None or _KO_UNIT_RANK[nxt.group(2)] <= rank:
                return
            add(nxt.start(), nxt.end(2))
            m, rank = nxt, _KO_UNIT_RANK[nxt.group(2)]

    for s, e, eid in places:
        after = e + 1 < n and text[e] == " "
        m = _ko_unit_at(text, e + 1, covered) if after else None
        if m is not None:
            # the place's own rank: a country (0) is followed by a state or a city, a
            # province (1) by a city or county, a city (2) by its districts and towns
            own = 0 if eid.startswith("country-") else 1 if text[e - 1] in "도주현성" or eid.startswith("region-") else 2
            unit = m.group(2)
            rank = _KO_UNIT_RANK[unit]
            if unit in _KO_FOREIGN_UNITS and eid not in _KO_FOREIGN_UNITS[unit] or not own < rank <= own + 3 \
                    or (own == 0 and rank > 2) or (unit == "주" and m.group(1) in common):
                m = None
        if m is not None:
            add(m.start(), m.end(2))
            chain(m, _KO_UNIT_RANK[m.group(2)])
        elif after and text.endswith("주", s, e) and (state := kb.by_id.get(eid)) is not None \
                and (state.parent or "").startswith("country-") \
                and (w := _KO_PLAIN_WORD.match(text, e + 1)) and w.group(1) not in common \
                and not any(covered[w.start(1):w.end(1)]):
            add(w.start(1), w.end(1))   # 텍사스주 오스틴에서: a town of the state
        # the word before: a bigger unit (양강도 혜산, 정선군 사북읍) or a province's quiet
        # short name (경기 안산)
        j = s - 1
        if j > 1 and text[j] == " " and not covered[j - 1]:
            k = j
            while k > 0 and "가" <= text[k - 1] <= "힣":
                k -= 1
            if k == j or (k and text[k - 1].isalnum()):
                continue
            before = _ko_unit_at(text, k, covered)
            if before is not None and before.end() == j and _KO_UNIT_RANK[before.group(2)] <= 3 \
                    and before.group(2) != "시":
                add(k, j)
            elif j - k == 2 and (ent := kb.lookup(text[k:j], True, "ko")) is not None and ent.type == "LOC":
                col.add(ent.id, ent.name, ent.type, ent.wikidata, k, j)
                covered[k:j] = b"\x01" * (j - k)
    # two units, the bigger first, where no known place opens the address (종로구 인사동):
    # the first no city (시: 그로시, a foreign name, ends so too)
    for pair in _KO_UNIT_PAIR.finditer(text):
        m = _ko_unit_at(text, pair.start(), covered)
        if m is None or m.group(3) is not None or m.end() + 1 >= n or text[m.end()] != " " \
                or (pair.start() and text[pair.start() - 1].isalnum()):
            continue
        nxt = _ko_unit_at(text, m.end() + 1, covered)
        if nxt is not None and m.group(2) not in ("시", "마을") \
                and _KO_UNIT_RANK[m.group(2)] < _KO_UNIT_RANK[nxt.group(2)]:
            add(m.start(), m.end(2))
            add(nxt.start(), nxt.end(2))
            chain(nxt, _KO_UNIT_RANK[nxt.group(2)])


# a unit bigger than a town, then a smaller one (곡성군 오산면), as a quick search: the
# words are checked with _ko_unit_at
_KO_UNIT_PAIR = re.compile("(?<![가-힣])(?:[가-힣]{2,3}|[동서남북중](?=구))[도성주현군구] (?:[가-힣]{2,3}|[동서남북중](?=구))"
                           "(?:" + alternation(_KO_UNIT_RANK, 0) + ")(?:" + alternation(KO_PARTICLES, 0) + ")?(?![가-힣])")
# a Hangul word and the particle glued to it
_KO_PLAIN_WORD = re.compile("([가-힣]{2,8}?)(?:" + alternation(KO_PARTICLES, 0) + ")?(?![가-힣])")


# heads after a company's name that name the same company (BMW Group, Tata Company)
_SAME_BODY_HEADS = (" Group", " Company", " Corporation", " Companies", " Holdings")
_JA_GROUP_FORMS = frozenset(("株式会社", "有限会社", "グループ", "ホールディングス"))   # (ソニーグループ is Sony)
# German words that describe a one-word name the knowledge base lists them with (Insel Java,
# Gewerkschaft Verdi: Java and Verdi alone are other things): the mention is the name alone
_DE_DESCRIBED = ("Insel ", "Halbinsel ", "Fluss ", "Gewerkschaft ")


# the last parts of German nouns for a kind of body (Nachrichtenagentur, Lokführergewerkschaft,
# Autobauer, Notenbank), general German
_DE_BODY_KINDS = ("agentur", "gewerkschaft", "partei", "konzern", "gruppe", "sender", "zeitung", "magazin", "firma",
                  "hersteller", "bauer", "riese", "dienst", "organisation", "verein", "club", "klub", "band", "label",
                  "bank")


def _de_alias_opens_with_kind(text: str, start: int, sp: int, end: int, eid: str, kb) -> bool:
    """A known body's German alias that opens with the kind of body before a name that is
    an alias of its own (Nachrichtenagentur AFP, Lokführergewerkschaft GDL): the name is the
    mention, as an unknown body's would be."""
    if not text.endswith(_DE_BODY_KINDS, start, sp):
        return False
    rest = kb.lookup(text[sp + 1:end], False, "de")
    return rest is not None and rest.id == eid


_ZH_STATE_ENDS = ("帝国", "帝國", "王国", "王國")


def _zh_states_by_direction(text: str, hits: list) -> list:
    """A direction glued before an empire or kingdom (西 + 罗马帝国): the Western Roman
    Empire, a state of its own. (A city before its airport or ground stays a mention of
    its own: 伦敦 + 温布利球场 names London too.)"""
    out = []
    for h in hits:
        if h.start and text[h.start - 1] in "东西南北東" and h.entity.type == "LOC" \
                and text.endswith(_ZH_STATE_ENDS, h.start, h.end) and (h.start < 2 or text[h.start - 2] not in "东西南北東"):
            name = text[h.start - 1:h.end]
            h = AliasHit(h.start - 1, h.end, KBEntity(unknown_id(name), name, "LOC", None, None))
        out.append(h)
    return out


def _zh_clubs_and_rulers(text: str, hits: list) -> list:
    """A town's name before a player's or a coach's role (利物浦主帥斯洛特): the club, an
    organisation of its own (a country's stays: 巴西前鋒 is Brazil's national side); a
    name before a ruler's number (君士坦丁 + 十一世): the ruler, another person."""
    out = []
    for h in hits:
        if h.entity.type == "LOC" and not h.entity.id.startswith("country-") and text.startswith(ZH_CLUB_ROLES, h.end):
            name = text[h.start:h.end]
            h = AliasHit(h.start, h.end, KBEntity(unknown_id(name), name, "ORG", None, None))
        elif h.entity.type in ("LOC", "PER") and "世" in text and (m := ZH_REGNAL.match(text, h.end)) is not None:
            name = text[h.start:m.end()]
            h = AliasHit(h.start, m.end(), KBEntity(unknown_id(name), name, "PER", None, None))
        out.append(h)
    return out


def _zh_bodies_of_places(text: str, hits: list, kb) -> list:
    """A country's name glued before a bare ministry's (伊朗外交部, 印度国防部): that
    country's ministry, an organisation of its own, not the country and the Chinese
    ministry the knowledge base gives the bare word (外交部 alone is China's in Chinese news);
    so is a place's supreme court (纽约州最高法院). Before 长 the ministry is a minister's
    title (乌拉圭外交部长): no mention of it."""
    if "最高法院" in text:
        # 最高法 (the Supreme People's Court) inside 最高法院, "a supreme court": which one,
        # the place before it says
        court = KBEntity(unknown_id("最高法院"), "最高法院", "ORG", None, None)
        hits = [AliasHit(h.start, h.end + 1, court) if h.end - h.start == 3 and text.startswith("最高法院", h.start)
                else h for h in hits]
    out, i = [], 0
    while i < len(hits):
        h = hits[i]
        if h.entity.type == "ORG" and text.startswith(("部长", "部長"), h.end - 1):
            # 外交部长: a minister's title, no mention of the ministry (美国财政部长 still
            # names the country)
            for n in range(2, min(5, h.end - h.start)):
                country = kb.lookup(text[h.start:h.start + n])
                if country is not None and country.id.startswith("country-"):
                    out.append(AliasHit(h.start, h.start + n, country))
                    break
            i += 1
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if nxt is not None and nxt.start == h.end and h.entity.type == "LOC" and h.entity.id != "country-cn" \
                and nxt.entity.type == "ORG" and (
                    h.entity.id.startswith("country-") and nxt.end - nxt.start <= 4 and text[nxt.end - 1] in "部署局"
                    and nxt.entity.parent in (None, "country-cn") and not text.startswith(("部长", "部長"), nxt.end - 1)
                    or nxt.entity.name == "最高法院"):
            name = text[h.start:nxt.end]
            out.append(AliasHit(h.start, nxt.end, KBEntity(unknown_id(name), name, "ORG", None, h.entity.id)))
            i += 2
            continue
        out.append(h)
        i += 1
    return out


def _dotted_people(text: str, hits: list, code: str) -> tuple[list, dict[int, int]]:
    """Hits among the first names of a foreign name written with middle dots are parts
    of that name, no mentions (纽埃, Niue, in 埃马纽埃尔·马克龙; 弗拉基米尔, a Russian
    city, in 弗拉基米尔·泽连斯基); a known person whose name ends it is that person,
    first names and all. Returns the hits kept and, for such people, where their full
    names open. (A namesake, 梅拉尼娅·特朗普, is then taken for the famous person: the
    KB gives a family name alone only to the famous, whose full names are far more
    common.)"""
    parts = dotted_name_spans(text, code)   # (start, end, last dot)
    # a known person's hit opens the last part (a family name may run on past the
    # characters the pattern knows: 马克龙) ...
    people = {h.start: s for s, e, dot in parts for h in hits
              if h.entity.type == "PER" and h.start == dot + 1 and h.end >= e}
    after_dot = set()   # (those found by the second test: any character running on makes another name)
    if code == "zh":   # ... or right after a dot and first names, where the pattern does not reach
        # it (溫斯頓·邱吉爾, 南希·裴洛西: 邱 and 裴 are no transliteration characters)
        for h in hits:
            if h.entity.type == "PER" and h.start >= 3 and text[h.start - 1] in _TRANSLIT_DOTS \
                    and (first := translit_run_start(text, h.start - 1)) <= h.start - 3 and h.start not in people:
                people[h.start] = first
                after_dot.add(h.start)
    if not parts and not people:
        return hits, {}
    keep, opens = [], {}
    for h in hits:
        if h.start in people and code == "zh" and \
                (end := translit_run_end(text, h.end)) - h.end >= (1 if h.start in after_dot else 2):
            # ... unless transliteration characters run on after it (two or more after a hit the
            # pattern reached, any after one it did not): a longer family name, another person's
            # (雷根, Reagan, in 馬庫斯·雷根斯伯格; 霍金, Hawking, in 拉里·霍金斯)
            name = text[people[h.start]:end]
            keep.append(AliasHit(people[h.start], end,
                                 KBEntity(person_id(name, code) or unknown_id(name), name, "PER", None, None)))
        elif h.start in people:
            keep.append(h)
            opens[h.start] = people[h.start]
        elif not any(s <= h.start and h.end <= dot or code == "zh" and dot < h.start and h.end <= e and (
                dot + 1 < h.start or h.entity.type != "PER" or e - h.end >= 2) for s, e, dot in parts):
            # (a name across the dot stays: レアル・ソシエダ in レアル・ソシエダード; in Chinese a
            # hit inside the last part is a piece of the family name: 佩斯, Pest, in 洛佩斯, and
            # so is a place's or a body's that opens it (吉爾伯特, 迪奧 in 迪奧普), and a person's
            # when two characters or more run on: 雷根, Reagan, in 雷根斯伯格)
            keep.append(h)
    return keep, opens


# what follows a Chinese company's, team's or institution's name as part of its full name:
# legal forms, 集团, 队, and a unit of it that ends in an institution's word (中国科学院
# 力学研究所, 中山大学附属第一医院), with no particle between (general Chinese)
_ZH_ORG_TAIL = re.compile(r"股份有限公司|有限责任公司|有限責任公司|有限公司|集团有限公司|集團有限公司|集团公司|集團公司|"
                          r"集团|集團|公司|队|隊|组织|組織|"   # (胡塞組織: the Houthis, named with their word)
                          # (利茲聯足球俱樂部, 勞斯萊斯控股: a club's and a holding's full names)
                          r"足球俱樂部|足球俱乐部|俱樂部|俱乐部|足球會|足球会|控股公司|控股|"
                          r"([^\W\d_" + "".join(sorted(_ZH_GRAMMAR_CHARS | set("和与與及"))) + "]{0,8}"
                          r"(?:研究所|研究院|研究中心|调查中心|調查中心|医院|醫院|分校|实验室|實驗室|学院|學院|分局|分院|"
                          r"支队|支隊|大队|大隊|总队|總隊)"
                          # (台中市政府 + 消防局, 台北市政府 + 工務局: a city's bureau by its field; not its head, 局長)
                          r"|(?:消防|警察|工務|工务|衛生|卫生|教育|環保|环保|交通|財政|财政|社會|社会|勞工|劳工|地政|稅務|"
                          r"税务|文化|觀光|观光|建設|建设|水利|農業|农业|民政|公安|警政|移民|環境|环境|都發|都发|經發|经发|"
                          r"捷運|捷运|體育|体育|新聞|新闻|人事|主計|主计)(?:局|處|处|署)(?![長长]))")


# a club's words after a town's name: the town's club (德比郡足球會), general Chinese
_ZH_CLUB_AFTER_PLACE = re.compile("足球俱樂部|足球俱乐部|足球會|足球会|足球隊|足球队|俱樂部|俱乐部")
# a house's number after its street (唐寧街10號, 栗樹街520号)
_ZH_HOUSE_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十百]{1,5}[號号]")


def _zh_place_end(text: str, end: int, covered: bytearray) -> int:
    """Where a Chinese place's name that ends at ``end`` really ends: after 脈 when it ends in 山
    (阿爾卑斯山脈, a range), after a house's number when it ends in a street's word (唐寧街10號)."""
    if end >= len(text) or covered[end] or text[end - 1] not in "山街路道":
        return end
    if text[end - 1] == "山":
        return end + 1 if text[end] in "脈脉" else end
    number = _ZH_HOUSE_NUMBER.match(text, end)
    return number.end() if number is not None and not any(covered[end:number.end()]) else end


def _zh_org_end(text: str, end: int, covered: bytearray | None) -> tuple[int, bool]:
    """(end, a unit of its own?) of the Chinese organisation's full name whose known part
    ends at ``end``: its legal form, then a unit (中国航天科技集团有限公司第五研究院, 国家税务总局
    广东调查总队), two tails at most."""
    unit = False
    for _ in range(2):
        if covered is not None and covered[end] or (tail := _ZH_ORG_TAIL.match(text, end)) is None \
                or tail.group() in ("组织", "組織") and text[end - 1] in _ZH_BODY_LAST_CHARS:
            break   # (汕头供电局 + 组织抢修: "organised repairs", a verb after a body's name)
        end, unit = tail.end(), unit or tail.group(1) is not None
    return end, unit


# Japanese KB aliases of people carry a title where the name alone is a word (トランプ is
# "playing cards"): the title, and a country's or body's abbreviation before it, are no
# part of the mention (バイデン米大統領, パウエルFRB議長, 習近平国家主席)
_JA_TITLE_TAIL = re.compile("(?:" + "|".join(sorted(set(JA_TITLES) | {
    "国家主席", "主席", "国務長官", "外相", "議長", "国王", "代表", "上級代表", "総書記", "元大統領", "副大統領",
    "前大統領", "元首相", "前首相", "専務理事", "事務総長", "事務局長", "財務長官", "国防長官", "報道官", "大使",
    "特使", "書記長", "首席補佐官"}, key=len, reverse=True)) + r")\Z")
_JA_BODY_ABBREVIATION = frozenset(JA_COUNTRY_ABBREVIATIONS) | {"朝", "欧"}   # (North Korea, Europe too)


def _ja_name_end(text: str, start: int, end: int, entity_id: str) -> int:
    m = _JA_TITLE_TAIL.search(text, start + 2, end)
    if m is None or m.group() == "氏" and end - start >= 4 and "\u4E00" <= text[end - 2] <= "\u9FFF" and (
            (bare := get_kb().lookup(text[start:end - 1], True, "ja")) is None or bare.id != entity_id):
        return end   # (足利尊氏, 今川氏真: 氏 in a first name, no title; 孫正義氏 is Mr Son)
    cut = m.start()
    if text.endswith("欧州", start, cut) and cut - start > 4:
        cut -= 2   # フォンデアライエン欧州委員長
    while cut - start > 2 and (text[cut - 1].isascii() and text[cut - 1].isupper()
                               or text[cut - 1] in _JA_BODY_ABBREVIATION and "\u30A1" <= text[cut - 2] <= "\u30FC"):
        cut -= 1   # (a one-character country after a katakana name only: 田中首相 is Mr Tanaka)
    return cut


@lru_cache(maxsize=64)
def _proper_for(code: str):
    """A test for a capitalised word that is a name of its own: none of the language's
    everyday words (Niguarda, Bocconi; not Sociale, Risparmio)."""
    common = common_words().get(code)
    return lambda word: word.lower() not in common


@lru_cache(maxsize=64)
def _ordinary_for(code: str):
    """A test for an everyday word, a first name or a family name in language ``code``."""
    cw = common_words()
    common, given, surnames = cw.get(code), cw.given_for(code), cw.surnames
    return lambda word: word.lower() in common or word.casefold() in given or word.casefold() in surnames


# candidate types a quiet alias (a town's name, kb.FLAG_QUIET) may name: not a person,
# whose name a town may share (Wilson), nor an organisation named after one
_QUIET_TYPES = frozenset(("LOC", "MISC"))
# words that open with 人 after a place without making its people: 法国人口 is the
# country's population, 瑞士人类学家 a Swiss anthropologist (general Chinese)
ZH_REN_WORDS = ("人口", "人类", "人類", "人均", "人工")


def _hyphened_names(name: str) -> bool:
    """One word of names joined by hyphens (Jean-Jaurès, Victor-Hugo): the form French
    gives streets and places named after a person."""
    return " " not in name and any(part[:1].isupper() for part in name.split("-")[1:])


def _add_named(text: str, named, covered: bytearray, col: _Collector, code: str, quiet: bool = False,
               over_covered: bool = False) -> None:
    """Mentions of the names a language's rules made whole, each (start, end, type) or (start,
    end, type, the known entity the name is): the knowledge base's entity of that name if it
    has that type (a place's quiet aliases too; ``quiet``: any type's), else an unknown one.
    A span an earlier name took is left to it, unless ``over_covered``."""
    kb = get_kb()
    for s, e, etype, *known in named:
        if not over_covered and any(covered[s:e]):
            continue
        covered[s:e] = b"\x01" * (e - s)
        ent = known and known[0] or kb.lookup(text[s:e], quiet or etype == "LOC", code) \
            or _declined(kb, text[s:e], quiet or etype == "LOC", code, etype)
        if ent is None and etype == "PER":
            ent = kb.person_spelled(text[s:e])   # (Thai เซอร์เกย์ ลาฟรอฟ: the KB's เซอร์เก ลาฟรอฟ)
        if ent is None:
            ent = sounds.by_ear(kb, text[s:e], etype)   # (Σαφαρικόμ: Safaricom, as the name sounds)
        if ent is None or ent.type != etype:
            ent = KBEntity(unknown_id(text[s:e]), text[s:e], etype, None, None)
        col.add(ent.id, ent.name, etype, ent.wikidata, s, e)


def _declined(kb, surface: str, quiet: bool, code: str, etype: str):
    """The known entity a name of type ``etype`` names in a case form the knowledge base
    lacks, read back by ``code``'s grammar (Štrasburku, Južnoj Koreji; Αιγύπτου), or None."""
    if code in slavic_forms.LANGS:
        return slavic_forms.lookup(kb, surface, quiet, code, etype)
    if code == "el":
        return el_lookup_declined(kb, surface, etype)
    return None


def _fi_lookup():
    """The knowledge base's look-up for Finnish text, which also knows the acronyms Finnish
    writes as words (Nasa, Uefa: ``finnish.acronym_as_word``)."""
    kb = get_kb()
    return lambda name, q=True: kb.lookup(name, q, "fi") or (fi_acronym_as_word(name, kb.acronyms_as_words())
                                                              if q else None)   # (not an everyday word's reading)


def _lookup_for(code: str, quiet: bool = True):
    """The knowledge base's look-up for ``code``'s text, as some languages' rules take it."""
    kb = get_kb()
    return lambda name, q=quiet: kb.lookup(name, q, code)


# language -> (its rules' whole names from the text and the knowledge base's hits: (text,
# hits, code) -> (the hits kept, the names), the options of _add_named for them)
_GRAMMAR_NAMES = {
    "ca": (lambda text, hits, code: catalan.headed_names(text, hits), {}),
    "el": (lambda text, hits, code: el_named_spans(text, hits), {"quiet": True}),
    "tr": (lambda text, hits, code: turkish_named(text, hits, common_words(), _lookup_for(code)), {}),
    "sv": (lambda text, hits, code: swedish_named(text, hits), {}),
    "da": (lambda text, hits, code: danish_named(text, hits), {}),
    "nb": (lambda text, hits, code: norwegian_named(text, hits), {}),
    "he": (lambda text, hits, code: hebrew_named(text, hits), {}),
    "hu": (lambda text, hits, code: hungarian_named(text, hits, common_words(), _lookup_for(code)), {}),
    "fi": (lambda text, hits, code: finnish_named(text, hits, common_words(), _fi_lookup()), {}),
}


def extract(text: str, language: LanguageResult | None = None) -> EntityResult:
    code = (language.code if language else "und") or "und"
    script = (language.script if language else "") or ""
    kb = get_kb()
    col = _Collector()
    covered = bytearray(len(text) + 1)
    firms: dict[str, str] = {}   # companies in this article named after a place or with a legal form: name -> id

    hits = kb.match(text, code)
    if code == "ja" and "（" in text and hits:
        hits = [h for h in hits if not _ja_in_reading(text, h.start, h.end)]
    if code == "ja" and "【" in text:
        _ja_datelines(text, kb, covered, col)
    if code == "ro":   # Timișoara, a gazetteer's Timişoara
        hits = romanian.known_hits(kb, text, hits)
    if code == "zh":
        hits = _zh_clubs_and_rulers(text, _zh_states_by_direction(
            text, _zh_bodies_of_places(text, _traditional_hits(text, hits, kb), kb)))
        if "地" in text:   # 沿海地区 "coastal areas": 海地 (Haiti) across two words, 沿海 and 地区
            hits = [h for h in hits if not (text[h.end - 1] == "地" and text[h.end:h.end + 1] in "区區带帶域")]
    elif code in ("vi", "id"):
        # classifiers and titles off the hits (tỉnh Thanh Hóa -> Thanh Hóa); official names
        # a capitalised head opens (Sở Y tế Khánh Hòa, Polsek Tanjung Priok) and names after a classifier
        hits, named = (vi_adjust_hits if code == "vi" else id_adjust_hits)(text, hits)
        for s, e, etype in named:
            covered[s:e] = b"\x01" * (e - s)
            ent = kb.lookup(text[s:e], etype in _QUIET_TYPES, code, etype == "MISC")
            if ent is not None and ent.type == etype:
                col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)
            elif etype == "ORG" and _LEGAL_PREFIX.match(text, s):
                # PT Lestari Indonesia Tbk: the company's name without its legal forms is its id,
                # and names it again later in the article (as _org_named_after's)
                core = _LEGAL_FORM.sub("", _LEGAL_PREFIX.sub("", text[s:e], count=1))
                firms[core] = uid = unknown_id(core)
                col.add(uid, core, "ORG", None, s, e)
            else:   # (đường Nguyễn Huệ: a street, not the person the knowledge base knows)
                col.add(unknown_id(text[s:e]), text[s:e], etype, None, s, e)
    if hits and script_of(text[hits[0].start]) in CASED_SCRIPTS:
        hits = _rulers_apart_from_countries(text, hits, kb)
    if len(hits) > 1:
        hits = _acronym_hits(text, hits)
    if hits and script_of(text[hits[0].start]) in CASED_SCRIPTS:
        hits = _clubs_by_town_exonym(text, hits, kb, covered, col)
    if code == "ko":
        hits = _ko_compounds(text, hits, kb, col, covered)
    cjk = code in ("ja", "zh") or script in ("Jpan", "Hans", "Hant", "Hani")
    backend = get_backend()
    bspans = sorted(backend.spans(text, code), key=lambda s: s.start) if backend is not None else ()
    if bspans and hits:
        hits = _yield_to_longer(text, hits, bspans, cjk)
    if code == "zh" and "自治" in text:   # 海西蒙古族藏族自治州 乌兰县: known places inside are part of it
        units = zh_autonomous_units(text, hits)
        units += [u for _, e, _ in units for u in _zh_address_units(text, e, {h.start for h in hits})]
        hits = [h for h in hits if not any(s <= h.start < e for s, e, _ in units)]
        for s, e, _ in units:
            if not any(covered[s:e]):
                covered[s:e] = b"\x01" * (e - s)
                col.add(unknown_id(text[s:e]), text[s:e], "LOC", None, s, e)
    if code == "de":
        for s, e in _de_clubs(text, hits):
            covered[s:e] = b"\x01" * (e - s)
            col.add(unknown_id(text[s:e]), text[s:e], "ORG", None, s, e)
    if code in ("pl", "cs", "sk"):   # Państwowa Komisja Wyborcza, Szkoła Podstawowa w Lisowie; Nejvyšší správní soud,
        # Najvyšší správny súd
        named = (pl_names_before_hits if code == "pl" else cs_names_before_hits if code == "cs"
                 else slovak.names_before_hits)(text, hits)
        _add_named(text, named, covered, col, code, over_covered=True)
    if code in croatian.LANGS:   # Državni zavod za statistiku, Vukovarska ulica, Sveučilište u Zadru
        _add_named(text, croatian.names_before_hits(text, hits), covered, col, code, over_covered=True)
    if code == "th":   # ธนาคาร X, อำเภอ|X, ถนน X, น.ส.|X Y: names Thai heads, units' words and titles tell
        hits, named = thai_named(text, hits)
        _add_named(text, named, covered, col, code, over_covered=True)
    if cjk and hits:
        hits = _unit_opens_word(text, hits, kb)
        hits, named = _cjk_compounds(text, hits, code == "ja" or script == "Jpan")
        for s, e, etype in named:
            if code == "zh" and etype == "ORG":   # 苏州市公安局 + 吴中分局: its unit
                e = _zh_org_end(text, e, covered)[0]
            if code == "zh" and any(covered[s:e]):
                continue
            covered[s:e] = b"\x01" * (e - s)
            # (a person's id as a Latin-script article spells the name: 中山伊知郎 -> x-ichiro-nakayama)
            col.add(etype == "PER" and person_id(text[s:e], code) or unknown_id(text[s:e]), text[s:e], etype, None,
                    s, e)
    if code in ("ar", "fa"):
        # وزارة الموارد المائية, قصر الإليزيه, شركة الفجر للصناعات, مدينة الكوت: names a
        # head word opens (a known place inside one is no mention of its own); Persian's too
        hits, named = (arabic_head_names if code == "ar" else persian_head_names)(text, hits)
        for s, e, etype in named:
            if not any(covered[s:e]):
                covered[s:e] = b"\x01" * (e - s)
                ent = kb.lookup(text[s:e], etype == "LOC", code)
                if ent is None or ent.type != etype:
                    ent = KBEntity(unknown_id(text[s:e]), text[s:e], etype, None, None)
                col.add(ent.id, ent.name, etype, ent.wikidata, s, e)
                if etype == "ORG" and (short := _AR_BRACKETED_SHORT.match(text, e)) is not None \
                        and not any(h.start == short.start(1) for h in hits):
                    # جامعة الملك عبدالله للعلوم والتقنية (كاوست): its short name
                    covered[short.start(1):short.end(1)] = b"\x01" * (short.end(1) - short.start(1))
                    col.add(ent.id, ent.name, etype, ent.wikidata, short.start(1), short.end(1))
    if code in ("pt", "ro"):
        # Instituto Português do Mar e da Atmosfera, Rua 25 de Março: names a head opens (a
        # known place inside one is no mention of its own); a town so named keeps its id
        hits, named = (pt_headed_names if code == "pt" else romanian.headed_names)(text, hits)
        for s, e, etype in named:
            if not any(covered[s:e]):
                covered[s:e] = b"\x01" * (e - s)
                ent = kb.lookup(text[s:e], True, code)
                if ent is None or ent.type not in ("LOC", "ORG"):
                    ent = KBEntity(unknown_id(text[s:e]), text[s:e], etype, None, None)
                col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)
    if (grammar := _GRAMMAR_NAMES.get(code)) is not None:
        # names a language's grammar makes whole: Aarhus Universitet, Ankara Üniversitesi'nde,
        # Γενικό Νοσοκομείο Καρδίτσας, משרד הבריאות, Helsingin yliopisto (the language's module)
        find, options = grammar
        hits, named = find(text, hits, code)
        _add_named(text, named, covered, col, code, **options)
    if hits and code == "ja":
        hits, named = _ja_places(text, hits)
        for s, e, etype in named:
            if not any(covered[s:e]):
                covered[s:e] = b"\x01" * (e - s)
                col.add(unknown_id(text[s:e]), text[s:e], etype, None, s, e)
    hindi_found = None
    if code == "hi":
        hindi_found = hindi_word_hits(text)
        hits, named = _hindi_named(text, hits, kb, hindi_found)
        for s, e, etype in named:
            covered[s:e] = b"\x01" * (e - s)
            # (ओलिवर ब्लूम: Oliver Blume, known by the consonants of his name)
            ent = kb.lookup(text[s:e], etype in _QUIET_TYPES, code, etype == "MISC") or sounds.by_ear(kb, text[s:e], etype)
            if ent is not None:
                col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)
            else:
                col.add(unknown_id(text[s:e]), text[s:e], etype, None, s, e)
    dotted = None
    if cjk and hits:
        hits, dotted = _dotted_people(text, hits, code)
    if hits and code == "zh":
        ends = {h.end for h in hits}
        hits = [h for h in hits if not ((h.entity.type == "LOC" or h.entity.type == "PER" and h.end - h.start == 2)
                                        and h.start not in ends and _zh_inside_transliteration(text, h))]
    if hits and code == "zh" and "都" in text:
        hits = [_zh_capital_then_place(text, h, kb) for h in hits]
    if hits and cjk:   # a university's short name glued after a kanji is the end of another's (中 + 京大: Chukyo, not Kyoto)
        hits = [h for h in hits if not (h.end - h.start == 2 and text[h.end - 1] == "大" and h.entity.type == "ORG"
                                        and h.start and "\u4E00" <= text[h.start - 1] <= "\u9FFF")]
    if hits and code == "ja":
        # a known body's name glued after a kanji that makes a town with its first characters is
        # another town's body (東 + 大阪商工会議所: 東大阪, Higashi-Osaka's chamber)
        hits = [h for h in hits if not (h.entity.type == "ORG" and h.start and "\u4E00" <= text[h.start - 1] <= "\u9FFF"
                                        and any(_kb_place(text[h.start - 1:h.start + k]) for k in (1, 2, 3)))]
    if hits and code == "zh":   # 美國人, 羅馬人: a people, not the place (but 法国人口: its population)
        hits = [h for h in hits if not (h.entity.type == "LOC" and text.startswith("人", h.end)
                                        and not text.startswith(ZH_REN_WORDS, h.end))]
        if "時代" in text or "时代" in text or "時期" in text or "时期" in text:
            for h in hits:   # 羅馬時代, 維多利亞時代: an era, named after the city or the queen, no mention
                # (a state's stays: 羅馬帝國時期, 蘇聯時期)
                if h.entity.id.startswith("city-") and text.startswith(("時代", "时代", "時期", "时期"), h.end):
                    covered[h.start:h.end] = b"\x01" * (h.end - h.start)   # (nor a candidate's)
    starts = {h.start for h in hits} if cjk else ()
    add = col.add
    people = not cjk and script_of(text[hits[0].start]) in CASED_SCRIPTS if hits else False
    if people:
        given, common = common_words().given_for(code), common_words().get(code)
        hit_starts = hit_ends = None   # (built when first needed)
    postpositions = HINDI_POSTPOSITIONS if code in ("hi", "mr") else None
    found_people = []   # the people's hits taken as mentions, whose family names name them again
    de_function_words = common_words().function_words("de") if code == "de" else None
    namesakes: set[str] = set()   # known family names another first name has claimed in this article
    # 日本 + マイクロソフト, 日本 + IBM: a foreign firm's Japanese arm, one name of its own
    arms = {h.start for h in hits if h.entity.type == "ORG" and text.endswith("日本", 0, h.start)
            and not "\u4E00" <= text[h.start] <= "\u9FFF"
            and not (h.start >= 3 and _JA_COMPOUND_CHAR.match(text, h.start - 3))} \
        if code == "ja" and "日本" in text else ()
    for hit in hits:
        start, end, e = hit
        if covered[start] or end in arms and text[start:end] == "日本":
            continue   # inside a name an earlier hit opened (a venue, a company named after a place)
        etype = e.type
        if start in arms:
            start -= 2
            e = KBEntity(unknown_id(text[start:end]), text[start:end], "ORG", None, e.id)
        if code == "ja" and etype in ("ORG", "LOC") and (k := _ja_country_before(text, start, end, e.id, kb)) >= 0 \
                and not covered[k]:
            country = kb.by_id[JA_COUNTRY_ABBREVIATIONS[text[k]]]
            add(country.id, country.name, "LOC", country.wikidata, k, k + 1)
            start = max(start, k + 1)   # 米 + アップル, 独 + シーメンス: the firm's country, then the firm
        if code == "ja" and etype == "ORG" and text.endswith(JA_LEGAL_FORMS, 0, start) \
                and not covered[start - (n := next(len(f) for f in JA_LEGAL_FORMS if text.endswith(f, 0, start)))]:
            start -= n   # 株式会社メルカリ, 独立行政法人都市再生機構: the legal form written before the name is part of it
        if code == "ja" and etype == "ORG" and text.endswith("大学", start, end) and text.startswith("校", end) \
                and not covered[end]:
            end += 1   # 延世大学校, ソウル大学校: a Korean university's name
        if code == "ja" and etype == "ORG" and text.startswith(("株式会社", "有限会社"), end) \
                and not covered[end] and not _JA_COMPOUND_CHAR.match(text, end + 4):
            end += 4   # 電源開発株式会社: ... and after it
        elif code == "ja" and etype == "ORG" and (club := _JA_CLUB_SUFFIX.match(text, end)) and not covered[end]:
            end = club.end()   # 釜石シーウェイブス + RFC: the club's full name
        elif code == "ja" and etype == "ORG" and text.startswith(_JA_GROUP_WORDS, end) and not covered[end]:
            end += next(len(w) for w in _JA_GROUP_WORDS if text.startswith(w, end))   # コスモエネルギー + ホールディングス
        elif code == "ja" and etype == "ORG" and text.startswith("日本株式会社", end) and not covered[end]:
            end += 6   # ネスレ日本株式会社: the company's Japanese arm
            e = KBEntity(unknown_id(text[start:end]), text[start:end], "ORG", None, e.id)
        if code == "zh" and etype == "LOC":
            end = _zh_place_end(text, end, covered)   # 阿爾卑斯山 + 脈, 唐寧街 + 10號: one place
        if code == "ja" and etype == "ORG" and end - start == 2 and start and "\u4E00" <= text[start - 1] <= "\u9FFF" \
                and "\u4E00" <= text[end:end + 1] <= "\u9FFF" and text[start - 1] not in JA_COUNTRY_ABBREVIATIONS:
            continue   # 料理研究家: 理研 (RIKEN) across two words, glued to kanji on both sides
        if de_function_words is not None and etype != "PER" and text[start:end].casefold() in de_function_words \
                and _is_sentence_start(text, start):
            continue   # "Seine Briefe ...": a possessive opening the sentence, not the river
        if code == "de" and text[start] in "IHFG" and text.startswith(_DE_DESCRIBED, start) and " " not in text[
                (named := text.index(" ", start) + 1):end]:
            start = named   # die Insel Java, die Gewerkschaft Verdi: the alias tells the name, the mention is it
        elif code == "de" and etype == "ORG" and (sp := text.find(" ", start, end)) > 0 \
                and _de_alias_opens_with_kind(text, start, sp, end, e.id, kb):
            start = sp + 1   # die Nachrichtenagentur AFP: the kind of body, then its name
        if etype == "LOC" and text.startswith("$", end):
            continue   # US$, HK$, NZ$: a currency (the amount keeps it), not a place mention
        if code == "de" and etype == "LOC" and start > 2 and text.endswith(_DE_ADJECTIVE_ENDS, 0, start) \
                and (adj := _DE_PLACE_ADJECTIVE.search(text, max(0, start - 24), start)) is not None \
                and not any(covered[adj.start():start]):
            # die Fränkische Schweiz, Schwäbisch Hall: a capitalised adjective opens the place's name
            start = adj.start()
            e = KBEntity(unknown_id(text[start:end]), text[start:end], "LOC", None, None)
        if code == "de" and etype == "LOC" and text[end - 1] == "s" and e.id.startswith("country-") \
                and (body := _de_adjectived_body_before(text, start, de_function_words)) is not None \
                and not any(covered[body:start]):
            # die Sozialistische Partei Albaniens, der Oberste Gerichtshof Kenias: one body's name
            start, etype = body, "ORG"
            e = KBEntity(unknown_id(text[start:end]), text[start:end], "ORG", None, None)
        if code == "de" and etype == "LOC" and text.endswith(_DE_OF, 0, start) \
                and _DE_BODY_HEAD_NEAR.search(text, max(0, start - 50), start) is not None and (
                body := _DE_BODY_OF_PLACE.search(text, max(0, start - 60), start)) is not None \
                and _de_body_of_place(text, body) and not any(covered[body.start():start]):
            # die Universität von Kalifornien, der Oberste Gerichtshof der Vereinigten Staaten, das
            # Nationalmuseum des Iran: a body named by its place, one name
            start, etype = body.start(), "ORG"
            e = (known if (known := kb.lookup(text[start:end], False, code)) is not None and known.type == "ORG"
                 else KBEntity(unknown_id(text[start:end]), text[start:end], "ORG", None, None))
        if code == "de" and etype != "PER" and text.endswith(_DE_NOBLE_PARTICLES, 0, start) and people \
                and " " not in text[start:end] and not _CAPITALS_TWICE.search(text, start, end) and (
                first := _de_noble_person_start(text, start, given)) is not None and not any(covered[first:start]):
            # (a noble name is one word: Lukas Ullrich von | Hertha BSC comes from a club)
            start, etype = first, "PER"
            e = KBEntity(unknown_id(text[start:end]), text[start:end], "PER", None, None)
        if code == "de" and etype == "LOC" and text.startswith("-", end) and (
                whole := _de_hyphened_place_end(text, start, end)) is not None:
            end, e = whole, KBEntity(unknown_id(text[start:whole]), text[start:whole], "LOC", None, None)
        elif code == "nl" and etype == "LOC" and text.startswith("-", end) \
                and (whole := dutch_hyphened_place_end(text, end)) > end and not any(covered[end:whole]):
            # Sint-Martens-Latem, Kessel-Lo: Dutch joins the parts of a place's name with hyphens
            end, e = whole, KBEntity(unknown_id(text[start:whole]), text[start:whole], "LOC", None, None)
        if postpositions and text.endswith(postpositions, start, end):
            # an alias listed with its postposition, to tell a brand from a word (मेटा के):
            # the mention is the name
            end = text.rindex(" ", start, end)
        if people and etype == "PER" and " " not in text[start:end] and (
                text[start:end] in namesakes or start > 1 and text[start - 1] == " "
                and (word := _word_before(text, start)) is not None and word.casefold() in given
                and word.casefold() not in e.name.casefold().split()):
            # a known person's family name after another first name: Emre Erdoğan is not Recep
            # Tayyip, and the family name alone is that other person for the rest of the
            # article (Jonas Marx ... Marx)
            namesakes.add(text[start:end])
            continue
        if people and etype == "PER" and " " not in text[start:end] and end + 2 < len(text) and text[end] == " " \
                and text[end + 1].isupper() and end + 1 not in (hit_starts := hit_starts or {h.start for h in hits}) \
                and _surname_word(text, end + 1, given, common):
            # a famous one-word name as another person's first name (Dante Lincoln, Homer
            # Nowicki), who it is for the rest of the article (Megawati Hangestri ... Megawati)
            namesakes.add(text[start:end])
            continue
        if people and etype == "PER" and start > 1 and text[start - 1] == "-" and text[start - 2].isalpha() \
                and (m := _HYPHENED.search(text, max(0, start - 24), start)) and m.group(1)[0].isupper():
            continue   # the second half of a double family name: Quintanilla-Borrell is not Josep Borrell
        if people and etype != "PER" and start > 1 and text[start].isupper():
            # half of a person's name (plain character tests first: this runs for every hit);
            # the candidate rules then make the person of both words
            p1 = text[start - 1]
            if p1 == "." or (p1 == " " and text[start - 2] == "."):
                if (first := _initial_before(text, start, given)) is not None and not covered[first]:
                    covered[first:end] = b"\x01" * (end - first)
                    add(unknown_id(text[first:end]), text[first:end], "PER", None, first, end)
                    continue
            elif p1 == "-":
                if (m := _HYPHENED.search(text, max(0, start - 24), start)) and m.group(1).casefold() in given \
                        and m.group(1)[0].isupper():
                    continue   # the second half of a first name: Jean-Claude (not Anthropic's Claude)
            elif (word := _word_before(text, start)) is not None:
                hit_ends = hit_ends or {h.end for h in hits}
                if _first_name_before(text, start, word, given, hit_ends) and not (
                        code == "de" and _de_noun_not_first_name(word)):   # (der See | Niedersachsens)
                    continue
            if etype in ("LOC", "ORG") and end + 1 < len(text) and text[end] == " " and text[end + 1].isupper():
                hit_starts = hit_starts or {h.start for h in hits}
                if _surname_after(text, start, end, given, hit_starts, common):
                    continue
        if code == "zh" and etype == "LOC" and text.startswith(("語", "语"), end):
            continue   # 西班牙語, 阿拉伯语: a language, no place (languages are no entities)
        if dotted and start in dotted and not any(covered[dotted[start]:start]):
            start = dotted[start]   # 埃马纽埃尔·马克龙: the first names join the known family name
        if cjk and etype == "LOC" and end < len(text) and text[end] in CJK_ADMIN_SUFFIX and text[end - 1] not in \
                CJK_ADMIN_SUFFIX and not covered[end] and end not in starts and not text.startswith(CJK_NOT_ADMIN, end):
            end += 1   # 福島県, 杭州市: the same place with its administrative suffix
        elif code == "fr" and start > 4 and (headed := french_generic_head(text, start)) is not None \
                and not any(covered[headed[0]:end]):
            # le mont Cameroun, l'université de Lund, le stade Santiago-Bernabéu: French counts
            # the lower-case generic word in the name, and the rest of a hyphened compound
            s, t = headed[0], french_name_end(text, end)
            covered[s:t] = b"\x01" * (t - s)
            add(unknown_id(text[s:t]), text[s:t], headed[1], None, s, t)
            continue
        elif code in ("en", "de") and etype == "LOC" and (named := en_place_in_longer_name(text, start, end)) is not None \
                and not any(covered[named[0]:named[1]]):
            # River Teme, County Antrim; Kent Police, Leeds Street Bridge: the longer name
            s, t, kind = named
            covered[s:t] = b"\x01" * (t - s)
            add(unknown_id(text[s:t]), text[s:t], kind, None, s, t)
            continue
        elif (etype == "PER" or etype == "LOC") and not cjk and start > 4 and text[start - 1] == " " and (
                (head := facility_before(text, start)) is not None
                or code == "it" and (head := italian_facility_start(text, start)) is not None) \
                and (etype == "PER" or not any(w in _FACILITY_WORDS for w in e.name.lower().split())) \
                and not any(covered[head:end]):
            # a place named after a city or a person: gare de Lyon, Stade de France, calle Florida;
            # with a legal form after it, the firm that runs it (Flughafen München GmbH)
            firm = _legal_form_end(text, end, covered)
            covered[head:firm] = b"\x01" * (firm - head)
            add(unknown_id(text[head:firm]), text[head:firm], "LOC" if firm == end else "ORG", None, head, firm)
            continue
        elif (etype in ("ORG", "PRODUCT") and not cjk and (venue := _VENUE_AFTER.match(text, end)) is not None
              or etype == "PER" and not cjk and (venue := _NAMED_AFTER_PERSON.match(text, end)) is not None) \
                and not any(covered[start:venue.end()]):
            # a venue named after its sponsor: Deutsche Bank Park, SAP Arena, Signal Iduna Park
            s, t = start, venue.end()
            covered[s:t] = b"\x01" * (t - s)
            add(unknown_id(text[s:t]), text[s:t], "LOC", None, s, t)
            continue
        elif etype == "ORG" and code == "ja" and "\u4E00" <= text[end:end + 1] <= "\u9FFF" \
                and (unit := _JA_UNIT_AFTER.match(text, end)) is not None and not any(covered[start:unit.end()]):
            # NHK松山放送局, 日本赤十字社長野県支部, 宮内庁書陵部: a unit of the known body, a body of its own
            t = unit.end()
            covered[start:t] = b"\x01" * (t - start)
            add(unknown_id(text[start:t]), text[start:t], "ORG", None, start, t)
            continue
        elif etype == "ORG" and code == "ja" and (venue := _JA_VENUE_AFTER.match(text, end)) is not None \
                and not any(covered[start:venue.end()]):
            # 楽天モバイルパーク宮城, 日産スタジアム: a venue named after its sponsor (and its town)
            t = venue.end()
            if (town := _JA_KANJI_NAME.match(text, t)) is not None and (
                    _is_ja_place(town.group()) or _is_ja_place(town.group() + "県")):
                t = town.end()
            covered[start:t] = b"\x01" * (t - start)
            add(unknown_id(text[start:t]), text[start:t], "LOC", None, start, t)
            continue
        elif etype == "LOC" and (not cjk and text.startswith(" ", end) and (club := _CLUB_AFTER.match(text, end))
                                 or code == "zh" and (club := _ZH_CLUB_AFTER_PLACE.match(text, end))) \
                and not any(covered[end:club.end()]):
            # Malmö FF, Aalesunds FK, 利茲足球會: a club named after its town
            covered[start:club.end()] = b"\x01" * (club.end() - start)
            add(unknown_id(text[start:club.end()]), text[start:club.end()], "ORG", None, start, club.end())
            continue
        elif etype == "LOC" and code == "ru" and (club := _ru_club_in_guillemets(text, start, end)) is not None:
            covered[start:end] = b"\x01" * (end - start)
            add(club, text[start:end], "ORG", None, start, end)
            continue
        elif code == "uk" and etype in ("LOC", "PER") and (named := uk_around_known_name(text, start, end, etype)) \
                and not any(covered[named[0]:named[1]]):
            # a known name in a Ukrainian organisation's name: ТОВ «Дунай-Сервіс», Конгрес США
            covered[named[0]:named[1]] = b"\x01" * (named[1] - named[0])
            add(unknown_id(text[named[0]:named[1]]), text[named[0]:named[1]], named[2], None, named[0], named[1])
            continue
        elif etype == "LOC" and code == "ru" and (on := _RU_ON_RIVER.match(text, end)) is not None \
                and not any(covered[end:on.end()]):
            covered[start:on.end()] = b"\x01" * (on.end() - start)
            add(unknown_id(text[start:on.end()]), text[start:on.end()], "LOC", None, start, on.end())
            continue
        elif etype == "ORG" and code in ("en", "de") and "A" <= text[end + 1:end + 2] <= "Z" and text[end] == " " \
                and (named := en_headed_after(text, end)) is not None \
                and not text.endswith(_SAME_BODY_HEADS, end, named[0]) and not any(covered[end:named[0]]):
            # Johns Hopkins Hospital, Harvard Medical School: an institution of its own; SAP Arena,
            # SAP Garden: a place named after the company
            covered[start:named[0]] = b"\x01" * (named[0] - start)
            add(unknown_id(text[start:named[0]]), text[start:named[0]], named[1], None, start, named[0])
            continue
        elif etype == "ORG" and code == "de" and text.startswith(_DE_BODY_AFTER_NAME, end) \
                and not covered[end + 1] and (tail := _DE_BODY_AFTER.match(text, end)) is not None:
            # die Robert Bosch Stiftung, Siemens Stiftung: a body of its own, named after the known one
            covered[start:tail.end()] = b"\x01" * (tail.end() - start)
            add(unknown_id(text[start:tail.end()]), text[start:tail.end()], "ORG", None, start, tail.end())
            continue
        elif etype == "ORG" and not cjk:
            end = _legal_form_end(text, end, covered)
            if text.startswith(" I", end) and (reserve := _RESERVE_TEAM.match(text, end)) is not None:
                end = reserve.end()   # SG Flensburg-Handewitt II: a club's second team, a team of its own name
        elif etype == "ORG" and code == "zh" and ((tail := _zh_org_end(text, end, covered))[0] > end or (
                text.endswith(_ZH_PUBLIC_PREFIXES, 0, start) and not any(covered[start - 2:start]))):
            if tail[0] == end:
                start -= 2   # 國立 + 中正大學: the national university's full name, the same body
            elif not tail[1]:
                end = tail[0]   # 华为技术有限公司, 福特汽车公司, 休斯敦火箭队: the company's full name
            else:   # 中国科学院力学研究所: a unit of it, with a name of its own
                s, t = start, tail[0]
                covered[s:t] = b"\x01" * (t - s)
                add(unknown_id(text[s:t]), text[s:t], "ORG", None, s, t)
                continue
        elif etype == "LOC" and code == "it" and (body := admin_body_before(text, start)) is not None \
                and not any(covered[body:end]):
            # Regione Siciliana, Regione Lombardia: the region's government, an organisation
            covered[body:end] = b"\x01" * (end - body)
            add(unknown_id(text[body:end]), text[body:end], "ORG", None, body, end)
            continue
        elif etype == "LOC" and code in ROMANCE and (named := head_before_place(
                text, start, _proper_for(code) if code in ("it", "es") else None)) is not None \
                and not any(covered[named[0]:end]):
            # the place ends an institution's or a building's name: Universidad Nacional
            # Autónoma de México, Banque cantonale du Valais, Palacio de Cristal de Madrid;
            # in Italian with the adjective that qualifies the place (della Svizzera italiana)
            s, kind = named
            if code == "it" and not covered[end]:
                end = adjective_after_place(text, end)
            covered[s:end] = b"\x01" * (end - s)
            add(unknown_id(text[s:end]), text[s:end], kind, None, s, end)
            continue
        elif etype == "LOC" and not cjk and (org := _org_named_after(text, start, end, code)) and not any(covered[org[0]:org[1]]):
            s, t = org
            covered[s:t] = b"\x01" * (t - s)
            # a company's name without its legal forms is its id, and names it again later
            # in the article (PT Vale Indonesia Tbk, then Vale Indonesia)
            core = _LEGAL_FORM.sub("", _LEGAL_PREFIX.sub("", text[s:t], count=1))
            firms[core] = uid = unknown_id(core)
            add(uid, core, "ORG", None, s, t)
            continue
        elif etype == "LOC" and code in _CLUB_ARTICLES and e.id.startswith(("city-", "region-")) \
                and (club := _club_by_article(text, start, end, code)) is not None:
            covered[start:end] = b"\x01" * (end - start)
            add(club.id, club.name, club.type, club.wikidata, start, end)
            continue
        elif etype == "LOC" and code in TOWNS_NAMED_AFTER and not any(covered[start - 40 if start > 40 else 0:start]) \
                and (town := town_before_place(text, start, _ordinary_for(code))) is not None:
            # a town named after the place: Tepatitlán de Morelos, Villanueva del Arzobispo
            covered[town:end] = b"\x01" * (end - town)
            if (known := kb.lookup(text[town:end], True, code)) is not None and known.type == "LOC":
                add(known.id, known.name, "LOC", known.wikidata, town, end)   # a town geonames knows
            else:
                add(unknown_id(text[town:end]), text[town:end], "LOC", None, town, end)
            continue
        elif etype == "LOC" and firms and (firm := _firm_ending_at(text, start, end, firms)) is not None:
            s = end - len(firm)
            covered[s:end] = b"\x01" * (end - s)
            add(firms[firm], firm, "ORG", None, s, end)
            continue
        # (2 marks a known person: the rules of scripts without capitals read it as the
        # person a role before it names, arabic.arabic_people)
        covered[start:end] = (b"\x02" if etype == "PER" else b"\x01") * (end - start)
        if code == "ja" and etype == "PER" and end - start > 3:
            name_end = _ja_name_end(text, start, end, e.id)   # トランプ米大統領: the mention is the name
            if name_end < end and (country := JA_COUNTRY_ABBREVIATIONS.get(text[name_end])) is not None \
                    and country in kb.by_id:
                c = kb.by_id[country]   # and 米 the United States
                add(c.id, c.name, c.type, c.wikidata, name_end, name_end + 1)
            elif name_end == end and (country := JA_COUNTRY_ABBREVIATIONS.get(text[end:end + 1])) is not None \
                    and text.startswith(JA_TITLES, end + 1) and not covered[end] and country in kb.by_id:
                c = kb.by_id[country]   # マクロン仏大統領, the name alone a hit: 仏 is France
                covered[end] = 1
                add(c.id, c.name, c.type, c.wikidata, end, end + 1)
            end = name_end
        elif code == "ko" and etype == "LOC" and e.id.startswith("country-") and (
                svc := _KO_ARMED_SERVICE.match(text, end)) is not None and not any(covered[end:svc.end(1)]):
            # 미국 해군: a country's navy, army or air force is an organisation of its own
            covered[start:svc.end(1)] = b"\x01" * (svc.end(1) - start)
            add(unknown_id(text[start:svc.end(1)]), text[start:svc.end(1)], "ORG", None, start, svc.end(1))
            continue
        elif code == "ko" and etype == "ORG" and (unit := _KO_COMMITTEE.match(text, end)) is not None \
                and unit.group(2) not in _KO_GENERIC_COMMITTEES and not any(covered[end:unit.end(1)]):
            # 국회 교육위원회: a body's committee, named after the body, is an organisation of its own
            covered[start:unit.end(1)] = b"\x01" * (unit.end(1) - start)
            add(unknown_id(text[start:unit.end(1)]), text[start:unit.end(1)], "ORG", None, start, unit.end(1))
            continue
        elif code == "ko" and etype == "PER" and (name_end := _ko_name_end(text, start, end)) < end:
            # the words between name and title may name the person's body or country: 외교부, 중국
            for m in _HANGUL_WORD.finditer(text, name_end, text.rfind(" ", start, end)):
                if (inner := kb.lookup(m.group())) is not None and inner.type in ("ORG", "LOC"):
                    add(inner.id, inner.name, inner.type, inner.wikidata, m.start(), m.end())
            end = name_end
        elif etype == "PER" and (sp := text.find(" ", start, end)) > 0 \
                and text[start:sp].capitalize() in PER_TITLE_WORDS:
            # King Abdullah II, Papst Franziskus, le roi Mohammed VI (French and Spanish write
            # the title in lower case): the title is no part of the name
            start = sp + 1
        if code == "ko" and etype == "PER" and " " not in text[start:end] \
                and (first := _ko_first_name_before(text, start, e, covered)) is not None:
            covered[first:start] = b"\x01" * (start - first)
            start = first   # 마코 루비오: the first name before a family name the KB knows alone
        if etype == "PER":
            found_people.append(hit)
        add(e.id, e.name, etype, e.wikidata, start, end)
    _short_forms(text, found_people, covered, col, code)
    if code == "ko":
        _ko_address(text, col, covered, kb)
    if code == "de":
        _de_acronyms_as_words(text, covered, col, kb)

    if bspans:
        for sp in bspans:
            s, e = sp.start, sp.end
            if not (0 <= s < e <= len(text)) or any(covered[s:e]):
                continue
            covered[s:e] = b"\x01" * (e - s)
            if sp.label == "O":
                continue   # the backend says: no name here (a German common noun)
            surface = text[s:e]
            ent = kb.lookup(surface)
            if ent is not None:
                col.add(ent.id, ent.name, ent.type, ent.wikidata, s, e)
            else:
                col.add(unknown_id(surface), surface, sp.label, None, s, e)

    amounts = amount_rows(text, code, script)
    for a in amounts:   # RM20, US$5bn: an amount's words are no name
        s, e = a["start"], a["end"]
        covered[s:e] = b"\x01" * (e - s)
    short_names: dict[str, str] = {}
    person_at = {s: eid for eid, (name, etype, _) in col.meta.items() if etype == "PER" and " " in name
                 for s, _ in col.mentions[eid]}
    any_letters = code in BRACKET_ANY_LETTERS
    cands = find_candidates(text, code, script, covered, hindi_found)
    if code == "pl":
        cands = pl_retype(text, cands)   # (w Karpaczu, burmistrz Sulejowa: a place)
    elif code == "cs":
        cands = cs_retype(text, cands)   # (v Brně, starosta Lhoty: a place)
    elif code == "sk":
        cands = slovak.retype(text, cands)   # (v Prešove, pri Senci: a place)
    elif code in croatian.LANGS:
        cands = croatian.retype(text, cands)   # (u Lipovcu, tvrtka Lipa, Lipa d.o.o.)
    for c in cands:
        if c.type == "ORG" and text.startswith(" & ", c.end) and (end := _legal_form_end(text, c.end, covered)) > c.end:
            # Vöhringer GmbH & Co. KG, Wittmann & Söhne: the legal form joins the mention, not the id
            c.id = c.id or unknown_id(c.text)
            c.end, c.text = end, text[c.start:end]
        if code == "zh" and c.type == "LOC" and c.start and text[c.start - 1] in "聖圣" and not covered[c.start - 1] \
                and text[c.start - 2:c.start - 1] != "神" and c.text[0] in TRANSLIT:
            c.start, c.text = c.start - 1, text[c.start - 1:c.end]   # 聖 + 塔芭芭拉: Santa Barbara, a saint's town
        if code == "zh" and c.type == "LOC" and (club := _ZH_CLUB_AFTER_PLACE.match(text, c.end)) is not None \
                and not any(covered[c.end:club.end()]):
            c.end, c.text, c.type, c.id = club.end(), text[c.start:club.end()], "ORG", None   # 德比郡 + 足球會: its club
        if code == "zh" and c.type == "LOC" and (end := _zh_place_end(text, c.end, covered)) > c.end:
            c.id = c.id or place_id(c.text, code) or unknown_id(c.text)   # (the street's or range's id)
            c.end, c.text = end, text[c.start:end]   # 唐寧街 + 10號: one place
        if code == "de" and c.text == "Island" and (first := de_island_name_start(text, c.start)) is not None \
                and not any(covered[first:c.start]):
            c.start, c.text, c.type, c.id = first, text[first:c.end], "LOC", None   # Robben Island, not Iceland
        # (a place's or an unknown kind's name may be a town's: quiet aliases too; 米: the
        # candidate names its id)
        ent = kb.lookup(c.text, c.type in _QUIET_TYPES, code, c.type == "MISC") or (kb.by_id.get(c.id) if c.id else None)
        if ent is None and c.type == "PER" and " " not in c.text:
            ent = _famous_family_name(kb, c.text, code)
            if ent is None and code == "de":
                ent = german.body_read_as_person(c.text)   # teilte Strabag mit: the firm, no family name
        elif ent is None and c.type == "ORG" and (known := kb.lookup(c.text, True, code)) is not None \
                and known.type == "ORG":
            ent = known   # OSN, FN (the United Nations), ΝΑΤΟ, 社会民主党: a body's quiet alias a rule read as a body
        elif ent is None and code == "zh" and c.type in _QUIET_TYPES and (simp := c.text.translate(zh_t2s())) != c.text:
            ent = kb.lookup(simp, True, code)   # 基爾: a town known by its simplified name (基尔, Kiel)
        if ent is None and code == "ro":
            ent = romanian.lookup(kb, c.text, c.type in _QUIET_TYPES)   # Vrancei, Vrancea's
        elif ent is None:
            ent = _declined(kb, c.text, c.type in _QUIET_TYPES, code, c.type)   # Štrasburku, Jakarty, Αιγύπτου
        if ent is None and (c.type == "PER" or c.type == "MISC" and not _hyphened_names(c.text)):
            # Serguéi Lavrov, Serghei Lavrov: Sergey Lavrov; a name of unknown kind only by
            # the same skeleton (Pedrógão Grande is no Pedro Grande), and not in the
            # hyphened form French gives the streets named after people (rue Jean-Jaurès)
            ent = kb.person_spelled(c.text, alike=c.type == "PER")
        if ent is None:
            ent = sounds.by_ear(kb, c.text, c.type)   # Екопетрол, Рилайънс Индъстрийс: Ecopetrol, Reliance Industries
        if ent is None and code in TITLE_CASE_ACRONYMS and (acronym := italian_acronym(c.text)) is not None \
                and (known := kb.lookup(acronym)) is not None and known.type == "ORG":
            ent = known   # Onu, Nato: Italian writes acronyms read as words with one capital
        elif ent is None and code == "fi" and " " not in c.text:
            ent = fi_acronym_as_word(c.text, kb.acronyms_as_words())   # Nasassa, Uefan: NASA, UEFA
        if ent is not None:
            col.add(ent.id, ent.name, ent.type, ent.wikidata, c.start, c.end)
        elif _heard_with_name_before(text, c, col):
            continue
        elif not _joins_found(text, c, col, short_names, person_at, any_letters):
            uid = c.id or (c.type == "PER" and person_id(c.text, code)) or (c.type == "LOC" and place_id(c.text, code)) \
                or unknown_id(c.text)
            if uid == "x-unnamed":
                continue
            col.add(uid, c.text, c.type, None, c.start, c.end)
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
    if "(" in text or "（" in text:
        _bracketed_acronyms(text, col, covered, short_names, any_letters, code in TITLE_CASE_ACRONYMS,
                            NAME_PARTICLES.get(code, frozenset()))
    if cjk and ("(" in text or "（" in text) and _GLOSS_OPEN.search(text):
        _latin_glosses(text, covered, col)
    for s, e, short in _find_words(text, short_names) if short_names else ():
        # a short name defined in brackets, used again where it alone makes no candidate
        # ("Le CNC prévoit": cnc is a French word)
        if not any(covered[s:e]):
            covered[s:e] = b"\x01" * (e - s)
            col.mentions[short_names[short]].append((s, e))
    _repeated_names(text, covered, col)
    if code == "de":
        _de_quiet_bodies(text, covered, col)
    _quiet_in_context(text, covered, col, code)
    if cjk:
        _cjk_family_names(text, col)
        _dotted_family_names(text, covered, col, code)
    if code == "ja":
        _ja_names_alone(text, covered, col)
    _unknown_short_forms(text, covered, col, code)
    _inflected_forms(text, code, col)
    if code == "de":
        _de_towns_on_water(text, col, covered)
    if "grup" in text or "groupe " in text:
        _groups_by_their_word(text, col)
    if "country-ge" in col.mentions:
        _us_state_not_country(text, col, code)
    _type_by_neighbours(text, col, code)
    if code == "ja" and "社" in text:
        _ja_press_companies(text, col)

    # one validation call for the whole result: far cheaper than a model per mention
    return EntityResult.model_validate({"entities": col.result(text), "amounts": amounts})
