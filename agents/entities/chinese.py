"""Chinese rules for names no knowledge base holds (the long tail), by general grammar:

- a landform's name before the word for its shore or foot (青螺山北麓, 青螺湖畔);
- a transliterated name after a word that says it is a place - a locative verb or a
  noun for a town (出生于格兰德维尔, 小镇X) - or before one (布兰肯附近), or right
  after a state, province or county (俄勒冈州梅德福), and the names listed with it
  (流经塔尔和维拉诺等城镇);
- an autonomous prefecture, county or banner named with its peoples (黔南布依族苗族自治州,
  荔江水族自治县), which ``extract`` reads before the compounds of known places;
- a town, a landform, a street, a station, a night market, a university, a police precinct
  or an agency named by a short name and its kind after a locative or a clause's edge
  (在陈埭镇共建, 位于武夷山脚下, 在春熙路开了, 竹崎分局员警), and a city without its 市 (在东营建成);
- a person named by a family name and a given name whose characters are likelier in
  names than in running text, with no title or verb to cue them (林獻堂於1921年).

Each scan starts from a cue found by ``str.find`` or a one-class regex: no per-rule pass
of Python code over the whole text.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache

import orjson
from anyascii import anyascii

from .kb import DATA_DIR, get_kb, zh_t2s
from .names import Candidate

# function words no name holds (general Chinese), and the demonstratives and measure words
# that stand before a common noun (这条河: "this river")
ZH_NOT_NAME_CHARS = frozenset("了的在于於是被把将將从從也都就而向和与與及到至这這那该該此条條座片个個其")
_HAN = "\u4E00-\u9FFF"

# A landform's last character, then the word for its shore or foot: the landform is a place
LANDFORM_BEFORE_SIDE = re.compile(f"[{_HAN}]{{1,4}}[山湖河江溪峰岭嶺](?=畔|[东西南北東]麓|[东西南北東两兩]岸|沿岸)")


def landform_names(text: str, covered: bytearray) -> list[Candidate]:
    """青螺山北麓 -> 青螺山, 武汉青螺湖畔 -> 青螺湖 (a known place before it is its own)."""
    if "畔" not in text and "麓" not in text and "岸" not in text:
        return []
    out = []
    for m in LANDFORM_BEFORE_SIDE.finditer(text):
        s, e = m.span()
        s = max((k + 1 for k in range(s, e) if covered[k] or text[k] in ZH_NOT_NAME_CHARS), default=s)
        if e - s >= 2 and not any(covered[s:e]):
            out.append(Candidate(s, e, text[s:e], "LOC"))
    return out


# A town, a township or a subdistrict named alone (双方将在陈埭镇共建, 到崔家湾镇义诊, 长安镇一家):
# two or three characters and the unit's word after a clause's edge, a locative or a link
# word; not a word made with the unit's character (镇压, 乡村, 乡亲), a generic town (城镇,
# 小镇) or going home (晚年返鄉); the town's own body right after it is that body, one name
# (池上鄉農會, 鹿港鎮公所)
_TOWN_ALONE = re.compile(f"(?:(?<=[在到于於从從自至往赴经經，。、的和与與及是])|^)([{_HAN}]{{2,3}}?)(?:镇|鎮|乡|鄉|街道)"
                         "(?![压壓静靜村下亲親镇鎮土愁民里裡间間])", re.MULTILINE)
_TOWN_BODY_AFTER = ("农会", "農會", "商会", "商會", "公所", "政府", "中心", "小学", "小學", "中学", "中學", "卫生院",
                    "衛生院")
_TEMPLE_AFTER = re.compile(f"[{_HAN}]{{0,2}}[宫宮寺庙廟观觀]")
# what opens no name of a place or a body: quantifiers and demonstratives (多个, 各乡, 该镇, 这条)
_NOT_OPENING_A_NAME = frozenset("多各每全該该本其這这那數数幾几此某")
_NOT_OPENING_A_TOWN = _NOT_OPENING_A_NAME | frozenset("小城乡鄉为為由")
# what makes a word with 乡/镇 that names no town: 城镇, 小镇; going home and home itself
# (晚年返鄉, 回乡, 离乡, 家乡, 故乡, 同乡, 他乡, 下乡), general Chinese
_NOT_BEFORE_A_TOWNS_WORD = frozenset("城小返回还還离離思家故同他异異下归歸")


def standalone_towns(text: str, covered: bytearray) -> list[Candidate]:
    if "镇" not in text and "鎮" not in text and "乡" not in text and "鄉" not in text and "街道" not in text:
        return []
    out = []
    for m in _TOWN_ALONE.finditer(text):
        s, e, name = m.start(1), m.end(), m.group(1)
        if any(covered[s:e]) or any(c in ZH_NOT_NAME_CHARS for c in name) or name[0] in _NOT_OPENING_A_TOWN \
                or name[-1] in _NOT_BEFORE_A_TOWNS_WORD or _TEMPLE_AFTER.match(text, e):
            continue   # (大甲 + 鎮瀾宮: the unit's character opens a temple's name)
        if (body := next((b for b in _TOWN_BODY_AFTER if text.startswith(b, e)), None)) is not None:
            out.append(Candidate(s, e + len(body), text[s:e + len(body)], "ORG"))   # 池上鄉農會: the town's body
            continue
        out.append(Candidate(s, e, text[s:e], "LOC"))
    return out


# A mountain, a river, a lake or a cave after a locative (在高黎贡山新发现, 位于武夷山脚下, 走进阿尔山,
# 並於白藤江大破): two or three characters and the landform's word; not a compound the word
# opens (山区, 山脉, 河道, 湖面), a longer name it opens (凤凰山专业足球场, 維農山莊), or a phrase
# (附近山丘, 下游河段)
_LANDFORM_AFTER_CUE = re.compile(
    f"(?:(?<=[在到于於赴往经經从從登攀抵至])|(?<=位于|位於|前往|来到|來到|走进|走進))([{_HAN}]{{2,3}}?)"
    "(山|江|河|湖|岭|嶺|峰|窟|峡|峽|溪)(?![区區脉脈腰下顶頂坡路水市县縣州省村镇鎮乡鄉丘莊庄谷专專段道边邊面床])")
_NOT_LANDFORM_OPENINGS = frozenset("附近 流经 流經 周边 周邊 对面 對面 上游 下游 中游 沿岸 一条 一條 一座 一片".split())


def landforms_after_cue(text: str, covered: bytearray) -> list[Candidate]:
    out = []
    for m in _LANDFORM_AFTER_CUE.finditer(text):
        s, e, name = m.start(1), m.end(), m.group(1)
        if not any(covered[s:e]) and not any(c in ZH_NOT_NAME_CHARS for c in name) and name[-1] != m.group(2) \
                and name[:2] not in _NOT_LANDFORM_OPENINGS:   # (笠山 + 山腳: the name ends at its own 山)
            out.append(Candidate(s, e, text[s:e], "LOC"))
    return out


# Bodies and places that local news names by a short name and its kind, after a clause's
# edge, a locative or a link word (國立中正大學教授, 竹崎分局員警, 到房屋署請願, 在逢甲夜市賣,
# 滯留欣澳站, 屯馬綫, 文湖線下周): universities (with 國立, 私立 ...), police precincts, agencies,
# night markets, stations and metro lines of two characters; not phrases of the same shape
# (週五簽署, 直飛航線, 重要驛站, 鐵路站, 年底上線)
# (the words of place, particles and verbs that stand before such a name)
_KIND_CUE_CHARS = "在到于於赴往从從自至的和与與及是由据據向对對抵达達读讀就"
_KIND_EDGE = (f"(?:(?<=[{_KIND_CUE_CHARS}，。、；：「（])"
              r"|(?<=滞留|滯留)|^)")
# a character of a body's name: no particle (的, 在 ...), so that a match cannot run over one
_NAME_HAN = f"(?:(?![{''.join(sorted(ZH_NOT_NAME_CHARS))}])[{_HAN}])"
# the fields a ministry (部) or a bureau (局) governs, as its name gives them, in both
# spellings (general Chinese: 國防部, 教育局, 公路局, 航港局, 刑事警察局, 捷運工程局)
_GOVERNED_FIELDS = tuple(sorted(set("""國防 国防 外交 內政 内政 財政 财政 經濟 经济 教育 環境 环境 衛生 卫生 交通 法務 法务
司法 勞動 劳动 文化 農業 农业 商務 商务 公安 民政 國土 国土 水利 科技 體育 体育 數位 數字 数字 能源 海洋 移民 稅務 税务
海關 海关 氣象 气象 公路 鐵路 铁路 航港 港務 港务 捷運 捷运 工程 警察 消防 地政 衛福 卫福 國安 国安 調查 调查 審計 审计
統計 统计 林業 林业 漁業 渔业 管理 監督 监督 規劃 规划 工務 工务 環保 环保 水務 水务 房屋 運輸 运输 民航 郵政 邮政 新聞
新闻 人事 社會 社会 觀光 观光 旅遊 旅游 退役軍人 退役军人 應急管理 应急管理""".split()), key=len, reverse=True))
def _all_finds(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


_EDGE_CHARS = frozenset(_KIND_CUE_CHARS + "，。、；：「（\n")
_FIELD_LENGTHS = sorted({len(f) for f in _GOVERNED_FIELDS}, reverse=True)
_FIELDS = frozenset(_GOVERNED_FIELDS)


def _governing_bodies(text: str):
    """Spans of a ministry or a bureau named by the field it governs, a place's name of up to
    four characters before it or none, after a clause's edge as _KIND_EDGE's (國防部表示, 由公路局,
    據台北市捷運工程局; not 全部, 北部, 当局, 政局: no field). (The kind's characters found
    first, the field and the edge read back from each: as one regex, twenty times the time.)"""
    for kind in "部局":
        for i in _all_finds(text, kind):
            if text[i + 1:i + 2] in ("長", "长", "分", "門", "门"):
                continue
            start = next((i - n for n in _FIELD_LENGTHS if i >= n and text[i - n:i] in _FIELDS), None)
            if start is None:
                continue
            for p in range(max(0, start - 4), start + 1):   # (the leftmost edge: the longest name)
                if (p == 0 or text[p - 1] in _EDGE_CHARS or text.endswith(("滞留", "滯留"), 0, p)) \
                        and all("\u4E00" <= c <= "\u9FFF" and c not in ZH_NOT_NAME_CHARS for c in text[p:start]):
                    yield p, i + 1
                    break


_NAMED_BY_KIND = [   # (pattern, type, the kind's words: the pattern runs only where one stands)
    (re.compile(_KIND_EDGE + f"((?:國立|国立|私立|市立|縣立|县立|省立)?[{_HAN}]{{2,4}}?(?:大學|大学))"
                # (not before its own college, hospital or institute: 台灣大學醫學院; 的 ends that: 普渡大學的工程學院)
                f"(?!(?:(?!的)[{_HAN}]){{0,6}}(?:學院|学院|醫院|医院|研究|中心|系|所))", re.MULTILINE), "ORG", ("大學", "大学")),
    (re.compile(_KIND_EDGE + f"([{_HAN}]{{2,3}}?分局)(?![長长])", re.MULTILINE), "ORG", ("分局",)),
    (re.compile(_KIND_EDGE + f"([{_HAN}]{{2,4}}?署)(?![長长名理])", re.MULTILINE), "ORG", ("署",)),
    # an agency of longer name (國際能源總署, 環境保護總署)
    (re.compile(_KIND_EDGE + f"([{_HAN}]{{2,6}}?(?:總署|总署))(?![長长名理])", re.MULTILINE), "ORG", ("總署", "总署")),
    (re.compile(_KIND_EDGE + f"([{_HAN}]{{2,4}}?夜市)", re.MULTILINE), "LOC", ("夜市",)),
    (re.compile(_KIND_EDGE + f"((?:捷運|捷运)?[{_HAN}]{{2}}(?:車站|车站|站))(?![長长務务台臺内內前外點点])",
                re.MULTILINE), "LOC", ("站",)),
    (re.compile(_KIND_EDGE + f"([{_HAN}]{{2}}[線綫线])(?![上索路民])", re.MULTILINE), "LOC", ("線", "綫", "线")),
    # schools, hospitals, firms by their legal form, farmers' and fishers' associations, courts
    # (是城关镇中心小学的, 據延边大学附属医院, 的永興織帶有限公司, 太麻里地區農會, 南投地院今天)
    (re.compile(_KIND_EDGE + f"({_NAME_HAN}{{2,6}}?(?:小学|小學|中学|中學|高中|國小|国小|國中|国中))(?![校生部])",
                re.MULTILINE), "ORG", ("小学", "小學", "中学", "中學", "高中", "國小", "国小", "國中", "国中")),
    (re.compile(_KIND_EDGE + f"({_NAME_HAN}{{2,8}}?(?:医院|醫院))(?![長长院])", re.MULTILINE), "ORG", ("医院", "醫院")),
    (re.compile(_KIND_EDGE + f"({_NAME_HAN}{{2,10}}?(?:有限公司|有限责任公司|有限責任公司))", re.MULTILINE), "ORG",
     ("有限公司", "有限责任公司", "有限責任公司")),
    (re.compile(_KIND_EDGE + f"({_NAME_HAN}{{2,6}}?(?:農會|农会|漁會|渔会))(?![長长員员])", re.MULTILINE), "ORG",
     ("農會", "农会", "漁會", "渔会")),
    (re.compile(_KIND_EDGE + f"({_NAME_HAN}{{2,6}}?(?:地方法院|地院|法院))(?![長长])", re.MULTILINE), "ORG",
     ("法院", "地院")),
    # ministries and bureaus by the field they govern (a function: read back from each kind's character)
    (_governing_bodies, "ORG", ("部", "局")),
    # streets (在春熙路开了, 泉城路一家, 信義路部分路段; not 路口, 路段 ... after it)
    (re.compile(_KIND_EDGE + f"([{_HAN}]{{2,3}}?(?:路|街|大道))(?![口段上边邊旁线線网網况況径徑人头頭道区區坊基])",
                re.MULTILINE), "LOC", ("路", "街", "大道")),
]
# words that end in a street's word and name none (公路 "a highway", 线路 "a line", 必经之路)
_NOT_STREETS = ("公路", "铁路", "鐵路", "马路", "馬路", "道路", "网路", "網路", "思路", "出路", "一路", "沿路", "水路",
                "陆路", "陸路", "线路", "線路", "走路", "上路", "大街", "小路", "老路", "新路", "步行街", "商业街", "商業街")
# kinds of station, no station's name (最先進的觀測站, 的加油站, 到檢查站), general Chinese
_GENERIC_STATIONS = frozenset("""觀測 观测 加油 服務 服务 工作 檢查 检查 收費 收费 氣象 气象 監測 监测 太空 中轉 中转
補給 补给 救助 變電 变电 發電 发电 換乘 换乘 公車 公车 巴士 火車 火车 高鐵 高铁 地鐵 地铁 充電 充电 廣播 广播 轉運 转运
研究 實驗 实验 雷達 雷达 衛星 卫星 哨所 前哨 派出 收容 防疫 醫療 医疗""".split())
_NOT_OPENING_A_KIND_NAME = _NOT_OPENING_A_NAME | frozenset("一二三四五六七八九十两兩")
_NOT_IN_A_KIND_NAME = frozenset("航界专專午返驛驿要之")   # (直飛航線, 行政界線, 子午線, 往返左營站, 重要驛站, 必经之路)
# the kinds of school, hospital, firm, association and court among them, whose names are
# read with more care: no cue opens them, no verb is in them (general Chinese)
_INSTITUTIONS = ("小学", "小學", "中学", "中學", "高中", "國小", "国小", "國中", "国中", "医院", "醫院", "有限公司",
                 "有限责任公司", "有限責任公司", "農會", "农会", "漁會", "渔会", "法院", "地院")
_CUE_CHARS = frozenset(_KIND_CUE_CHARS)
_VERBS_BEFORE_A_BODY = frozenset("任設设遭曾開开辦办進进送轉转擔担往出入審审讀读聘調调告訴诉赴")
# words that open a kind of school, hospital or firm, no name (当地医院, 综合医院, 一所乡村小学), general Chinese
_GENERIC_KIND_OPENINGS = ("当地", "當地", "附近", "周边", "周邊", "大型", "小型", "公立", "私立", "综合", "綜合", "专科",
                          "專科", "社区", "社區", "乡镇", "鄉鎮", "乡村", "鄉村", "农村", "農村", "城市", "全国", "全國",
                          "各地", "多家", "两家", "兩家", "几家", "幾家", "定点", "定點", "指定", "三甲", "民营", "民營",
                          "私人", "本地", "外地", "上级", "上級", "地方", "初级", "初級", "高级", "高級", "重点",
                          "重點", "普通", "寄宿", "附属", "附屬", "最近", "就近", "所在", "收治", "送往", "送到", "前往",
                          "转往", "轉往", "合资", "合資", "空壳", "空殼", "一审", "一審", "二审", "二審", "基层", "基層")


def _near_kinds(pattern: re.Pattern, kinds: tuple[str, ...], text: str):
    """The spans of ``pattern.finditer(text)``'s group 1, trying only the positions up to
    16 characters before a kind's word (every name holds one, after at most 12 of its own):
    a pattern that opens with lookbehinds is otherwise tried at every character, 30-60 us
    per 5 KB each. (A search from ``pos`` sees the characters before it, as the lookbehinds
    need; a match is taken where its lookaheads read 12 characters of the text.)"""
    at = sorted({j for k in kinds for j in _all_finds(text, k)})
    last, n = 0, len(text)
    for i in at:
        if i < last:
            continue
        end = min(n, i + 24)
        for m in pattern.finditer(text, max(last, i - 16), end):
            if m.end() + 12 > end < n:
                break   # (its lookahead met the window's end: the next kind's window reads it)
            last = m.end()
            yield m.span(1)


def named_by_kind(text: str, covered: bytearray) -> list[Candidate]:
    out = []
    for pattern, etype, kinds in _NAMED_BY_KIND:
        if not any(k in text for k in kinds):
            continue
        for s, e in pattern(text) if callable(pattern) else _near_kinds(pattern, kinds, text):
            name = text[s:e]
            if name.endswith(_INSTITUTIONS):
                while name[0] in _CUE_CHARS and len(name) > len(kinds[0]) + 2:
                    s, name = s + 1, name[1:]   # (據 + 楚雄州人民醫院, 由 + 池上鄉農會: the cue is no part)
                if any(c in _VERBS_BEFORE_A_BODY for c in name):
                    continue   # (擔任中學, 開設大安醫院, 遭憲法法院: what is done, then a kind of body)
            if any(covered[s:e]) or name[0] in _NOT_OPENING_A_KIND_NAME or any(c in ZH_NOT_NAME_CHARS for c in name) \
                    or any(c in _NOT_IN_A_KIND_NAME for c in name) or name.endswith(("簽署", "签署", "部署")) \
                    or "路" in name[:-1] and name[-1] not in "部局" or name.endswith(_NOT_STREETS) \
                    or name[-1] == "站" and name[-3:-1] in _GENERIC_STATIONS \
                    or name[-1] == "署" and s and text[s - 1] in "及與与和" \
                    or name.startswith(_GENERIC_KIND_OPENINGS):   # (林業及自然保育署: one name; 当地医院)
                continue
            out.append(Candidate(s, e, name, etype))
    return out


# A Chinese city named without its 市 after a locative (位于丽江的, 在东营建成, 至宜宾段): the
# city the knowledge base knows as X市, when X reads as its English name (anyascii's pinyin:
# not 美濃, Japan's Mino for 美濃市, nor 北海 the sea), X is no common word, and no place's or
# building's word follows (大理 + 古城, 大理寺)
_CITY_AFTER_CUE = re.compile(f"(?:(?<=[在到于於赴往从從自至抵])|(?<=位于|位於|前往|来自|來自|来到|來到|落户|落戶|回到))"
                             f"([{_HAN}]{{2}})(?![市县縣区區省州寺城古山湖江河路街站港镇鎮乡鄉村])")
_SEAS = frozenset("北海 南海 东海 東海 西海".split())


def bare_cities(text: str, covered: bytearray) -> list[Candidate]:
    _, common = _given_name_scores()
    t2s = zh_t2s()
    kb = get_kb()
    out = []
    for m in _CITY_AFTER_CUE.finditer(text):
        s, e, name = m.start(1), m.end(1), m.group(1)
        if any(covered[s:e]) or name in _SEAS or name.translate(t2s) in common:
            continue
        city = kb.lookup(name + "市", False, "zh")
        if city is not None and city.id.startswith("city-") \
                and anyascii(name).lower() == city.name.lower().replace(" ", ""):
            out.append(Candidate(s, e, name, "LOC", id=city.id))
    return out


# words after which a transliterated name is a place: locative verbs and nouns for a town
# or village (general Chinese)
ZH_PLACE_CUES = ("到达", "到達", "出生于", "出生於", "出生在", "生于", "生於", "位于", "位於", "设在", "設在", "迁往", "遷往", "迁至",
                 "遷至", "移居", "定居", "前往", "抵达", "抵達", "流经", "流經", "途经", "途經", "小镇", "小鎮", "城镇",
                 "城鎮", "小城", "村庄", "村莊", "港口", "县城", "縣城", "首府",
                 # "from", "its home port is" (來自韋斯特波特的漁民, 母港是弗倫斯堡)
                 "來自", "来自", "母港是", "母港為", "母港为")
# words after a name that make it a place: "near", "around", "in the territory of"
ZH_PLACE_AFTER = ("附近", "一带", "一帶", "近郊", "郊外", "郊区", "郊區", "境内", "境內")
_PLACE_CUE = re.compile("|".join(ZH_PLACE_CUES))   # (one scan for all the cues)
_PLACE_AFTER = re.compile("|".join(ZH_PLACE_AFTER))


def after_cue(text: str, s: int, e: int) -> int:
    """Where a name in [s, e) starts after the last place cue inside it or across its
    start (抵达|甘南藏族自治州, 到|达莫尔湖)."""
    return max([s] + [k + len(cue) for cue in ZH_PLACE_CUES
                      if (k := text.rfind(cue, max(0, s - len(cue) + 1), e)) >= 0])


# what may follow a transliterated place a cue found: punctuation, a conjunction, 等 or 的
# (出生于格兰德维尔，; not the first characters of 塔尔堡, whose 堡 is no transliteration)
_AFTER_LISTED_PLACE = frozenset("，。、；：,;（(和与與等的")


def _tl_run(text: str, i: int, tl: str) -> int:
    """The end of the run of transliteration characters from ``i``."""
    j = i
    while j < len(text) and text[j] in tl and j - i < 8:
        j += 1
    return j


def translit_places(text: str, covered: bytearray, tl: str) -> list[Candidate]:
    """Transliterated names a place cue types (``tl``: the transliteration characters)."""
    out = []
    for m in _PLACE_CUE.finditer(text):
        _listed_places(text, m.end(), covered, tl, out)
    for m in _PLACE_AFTER.finditer(text):
        s = i = m.start()
        while s > 0 and text[s - 1] in tl and i - s < 8:
            s -= 1
        if i - s >= 2 and not any(covered[s:i]):
            out.append(Candidate(s, i, text[s:i], "LOC"))
    for m in _unit_before_translit(tl).finditer(text):   # 俄勒冈州梅德福: a town after its state
        if covered[m.start()]:
            _listed_places(text, m.end(), covered, tl, out)
    return out


@lru_cache(maxsize=2)
def _unit_before_translit(tl: str) -> re.Pattern:
    return re.compile(f"[州省郡](?=[{tl}])")


def _listed_places(text: str, i: int, covered: bytearray, tl: str, out: list) -> None:
    """The place at ``i`` and those listed after it with 和, 与 or 、."""
    while i < len(text) and not covered[i]:
        e = _tl_run(text, i, tl)
        if e - i < 2 or any(covered[i:e]) or e < len(text) and text[e] not in _AFTER_LISTED_PLACE:
            return
        out.append(Candidate(i, e, text[i:e], "LOC"))
        if e >= len(text) or text[e] not in "和与與、":
            return
        i = e + 1


# an autonomous unit's word (自治州, 自治县, 自治区, 自治旗)
_AUTONOMOUS = re.compile("自治[州县縣区區旗]")
# what ends the unit before it: the word of a higher unit (黔南布依族苗族自治州 | 荔江水族自治县)
_UNIT_ENDS = frozenset("省市州县縣区區盟旗")
# words after the unit that make it part of a body's name (X族自治州人民政府): left to
# the organisation rules
_BODY_AFTER = ("人民", "政府", "党委", "黨委", "委员会", "委員會", "公安", "法院")


def zh_autonomous_units(text: str, hits) -> list[tuple[int, int, str]]:
    """(start, end, "LOC") of autonomous units that no known place opens (甘南藏族自治州,
    海西蒙古族藏族自治州 with 蒙古 inside), each with up to eight characters of name, after
    any place cue (抵达甘南藏族自治州)."""
    out = []
    hit_at = {h.start: h for h in hits}
    for m in _AUTONOMOUS.finditer(text):
        s, e = m.start(), m.end()
        while s > 0 and m.start() - s < 8 and "\u4E00" <= text[s - 1] <= "\u9FFF" \
                and text[s - 1] not in ZH_NOT_NAME_CHARS and text[s - 1] not in _UNIT_ENDS:
            s -= 1
        s = after_cue(text, s, m.start())
        if m.start() - s == 8:
            continue   # (no word ended the name: 铁路穿过博格达...)
        if m.start() - s < 2 or s in hit_at or text.startswith(_BODY_AFTER, e) \
                or any(h.start < s < h.end for h in hits):
            continue
        out.append((s, e, "LOC"))
    return out


# A Chinese person named with no title or verb that cues them (林獻堂於1921年, 劉銘傳任內):
# a family name and two characters whose two characters are likelier in given names than in
# running text, scored by ``zh_names.json.gz`` (scripts/build_kb.py: ngender's name counts
# against wordfreq's text counts). Between a clause's edge, a function word or a role's
# last character (老支书赵德胜, 船工莫永福) and a word that follows a sentence's subject, a
# fair score will do; with only one of the two edges (周丽华每天, 祁建明在) it must be twice
# as high. Two-character names only after a role, with a strong given-name character
# (护士肖丽的手); elsewhere (李觉) too many everyday words are a family name and one
# character (秦朝, 高度).
_CLAUSE_EDGE = "，。、；：「」『』“”（）《》 \n"
_BEFORE_UNCUED = frozenset("的在和與与是了由被對对從从向將将把為为於于及或到至自以等並并而也但則则之據据" + _CLAUSE_EDGE)
# the last characters of roles and kin written before a name (支书, 艺人, 法官, 医生, 经理,
# 老板, 战友, 教练, 航天员, 船工, 护士, 作家, 农民, 妻子, 主嫌, 嫌犯, 主演, 后卫, 司机, 屋主, 教授; general Chinese)
_ROLE_ENDS = frozenset("员員工士练練人书書官生理板闆友师師长長手家者民农農妻夫子女兄弟姐妹叫名嫌犯演卫衛机機主授")
_AFTER_UNCUED = frozenset("於于在是曾也則则將将等與与和的為为任被便遂因乃即亦均都還还從从率出自一領领執执來来"
                          "獲获擔担接提帶带參参發发創创成認认指稱称早生说說及" + _CLAUSE_EDGE)
# common family names beyond the rules' shared list, for this rule only (general knowledge)
_MORE_SURNAMES = ("傅庞龐蒲祁邢党樊葛齐齊乔喬伍颜顏倪聂聶鲁魯岳殷毕畢耿焦柳舒靳祝骆駱苗凌霍裴阮戚甄冉鲍鮑"
                  # (and rarer ones whose characters are seldom words of their own, nor open foreign names'
                  # transliterations, as 麥, 桑, 滕 do: 閻, 俞, 童, 藍, 饒)
                  "萧閻阎翟俞纪紀童季蓝藍喻房屈饶饒牟褚娄婁窦竇岑宫宮卜晏瞿佟臧闵閔苟"
                  "邬鄔卞栾欒隋刁巫寇仲虞敖巩鞏佘邝鄺鞠冀胥鄢谌諶奚粟冼蔺藺郜仝")
# two-character family names, general knowledge
ZH_COMPOUND_SURNAMES = frozenset("""欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 令狐
长孙 長孫 宇文 夏侯 轩辕 軒轅 端木 司徒 西门 西門 澹台 澹臺 南宫 南宮""".split())
# ... those that are no everyday words, for a name no cue announces (not 东方 "east", 西门, 南宫, 轩辕,
# 长孙 "eldest grandson")
_COMPOUND_SURNAMES = sorted(ZH_COMPOUND_SURNAMES - set("东方 東方 西门 西門 南宫 南宮 轩辕 軒轅 长孙 長孫".split()))
_COMPOUND_FIRST = frozenset(c[0] for c in _COMPOUND_SURNAMES)
_COMPOUND_NAME = re.compile("(?:" + "|".join(_COMPOUND_SURNAMES) + ")(?=[\u4E00-\u9FFF])")
# a name's last character that says it is a river, a wood, a village or a building (白藤江, 胡杨林)
_PLACE_ENDS = frozenset("江河山林湖村镇鎮乡鄉路街港州县縣区區市省岛島树樹寺庙廟堂园園")
_LOCATIVES = frozenset("在到于於从從自至往赴经經沿")   # (a place follows them more often than a person)
_NUMERALS = frozenset("一二三四五六七八九十百千万萬两兩零几幾")
_WEEKDAYS = frozenset("一二三四五六日末")   # (after 週 or 周: Monday ... Sunday, the weekend)
UNCUED_MIN_SCORE = 25       # the two characters' log2 ratios together, in tenths, between two edges
UNCUED_ONE_EDGE_SCORE = 50  # the same with one edge
UNCUED_MIN_CHAR = -15       # each character's (a character not in the table has less)
UNCUED_TWO_SCORE = 40       # a two-character name's given character, after a role
UNCUED_TWO_EDGE_SCORE = 50  # the same at a clause's edge, with no role
# what stands after a subject and ends no given name (王韜曾協助: "once", 崔勳指出), general Chinese
_ADVERBS_AFTER_A_SUBJECT = frozenset("曾將将也則则便遂即亦仍又再都已並并指稱称說说")
# ... and the prepositions and verbs after one that end hardly any (蔡鍔在, 許坤於, 施琅率; not 生, 成,
# 發, 和: 付春生, 葉志成, 張榮發, 賴和)
_AFTER_A_NAME_OF_TWO = _ADVERBS_AFTER_A_SUBJECT | frozenset("於于在是被率等與与的")


@lru_cache(maxsize=1)
def _given_name_scores() -> tuple[dict[str, int], frozenset[str]]:
    try:
        with gzip.open(DATA_DIR / "zh_names.json.gz", "rb") as f:
            data = orjson.loads(f.read())
    except FileNotFoundError:
        return {}, frozenset()
    return data["given"], frozenset(data["common"])


def zh_words() -> frozenset[str]:
    """Chinese words of two characters (simplified) that a name's characters may make instead."""
    return _given_name_scores()[1]


def chinese_preload() -> None:
    _given_name_scores()


@lru_cache(maxsize=4)
def _family_name_before_two(surnames: str) -> re.Pattern:
    # matched alone, so that matches may overlap
    return re.compile(f"[{''.join(sorted(set(surnames + _MORE_SURNAMES)))}](?=[{_HAN}]{{2}})")


def scored_people(text: str, taken: bytearray, surnames: str, translit: frozenset[str]) -> list[Candidate]:
    """People of three characters no cue names (林獻堂於, 的劉建宏。, 船工莫永福一), outside
    ``taken``; ``translit``: the characters of transliterated foreign names."""
    scores, common = _given_name_scores()
    if not scores:
        return []
    t2s = zh_t2s()
    out = []
    n = len(text)
    compound_at = set()
    for m in _COMPOUND_NAME.finditer(text) if any(c in text for c in _COMPOUND_FIRST) else ():
        # a two-character family name and one or two more (司馬嘉文從, 邀請歐陽應霽與): these family
        # names are no words, so a subject's word or a clause's edge after will do
        i = m.start()
        before = text[i - 1] if i else "\n"   # (not 司 of 上司馬上: one family name's end and another's start)
        k = next((k for k in (4, 3) if i + k <= n and (i + k == n or text[i + k] in _AFTER_UNCUED)
                  and all("\u4E00" <= c <= "\u9FFF" for c in text[i + 2:i + k])), 0)
        if k and not any(taken[i:i + k]) and before not in _COMPOUND_FIRST:
            out.append(Candidate(i, i + k, text[i:i + k], "PER"))
            compound_at.add(i + 1)
    for m in _family_name_before_two(surnames).finditer(text):
        i = m.start()
        if i in compound_at:
            continue   # (馬 of 司馬嘉文: the compound family name's second character)
        before = text[i - 1] if i else "\n"
        after = text[i + 3] if i + 3 < n else "\n"
        edge_before = before in _BEFORE_UNCUED or before in _ROLE_ENDS
        edge_after = after in _AFTER_UNCUED
        if text[i + 2] in _AFTER_A_NAME_OF_TWO and before in _CLAUSE_EDGE \
                and not any(taken[i:i + 2]) and after not in "·•・‧":
            # a name of two at a clause's edge (施琅率水師, 王韜曾協助: not 王韜曾), when its given
            # name's character is a strong one and the two are no word (高度在, 王國將); after a
            # role, the fallback below reads names of two
            name = text[i:i + 2].translate(t2s)
            if scores.get(name[1], -99) >= UNCUED_TWO_EDGE_SCORE and name not in common \
                    and (name[1] + text[i + 2]).translate(t2s) not in common:
                out.append(Candidate(i, i + 2, text[i:i + 2], "PER"))
                continue
            if text[i + 2] in _ADVERBS_AFTER_A_SUBJECT:
                continue
        if not (edge_before or edge_after) or any(taken[i:i + 3]) or after in "·•・‧" \
                or text[i] in "于於" and before not in _CLAUSE_EDGE or before in _NUMERALS \
                or text[i + 2] in "週周" and after in _WEEKDAYS:
            continue   # (a foreign name's first part; 位于丽江: "in"; 一百萬棵樹: a number; 韓銀週四: a weekday)
        if text[i + 2] in _PLACE_ENDS and (not (edge_before and edge_after) or before in _LOCATIVES
                                            or text[i] in translit and text[i + 1] in translit) \
                or before in translit and before not in _ROLE_ENDS and not (edge_before and edge_after):
            continue   # (於白藤江大破, 在黄龙山是: places; 的滕普林。: a transliterated town; 格林海德的:
            # inside a foreign name)
        name = text[i:i + 3].translate(t2s)
        a, b = scores.get(name[1], -99), scores.get(name[2], -99)
        if min(a, b) < UNCUED_MIN_CHAR or a + b < (UNCUED_MIN_SCORE if edge_before and edge_after
                                                   or before in _ROLE_ENDS else UNCUED_ONE_EDGE_SCORE) \
                or name[1:] in common or name[:2] in common or (name[2] + after).translate(t2s) in common:
            # (明天, 王国; 赵勇安排: 赵勇 + 安排) ... a name of two after a role, or listed with
            # another (护士肖丽的手, 家庭医生彭艳一个人, 检察官吕莹将; 战友刘军、孙涛一起), when its
            # given name's character is a strong one
            if (before in _ROLE_ENDS or before in "、和与與") and text[i + 2] in _AFTER_UNCUED \
                    and a >= UNCUED_TWO_SCORE and name[:2] not in common and name[1:] not in common:
                out.append(Candidate(i, i + 2, text[i:i + 2], "PER"))
            continue
        out.append(Candidate(i, i + 3, text[i:i + 3], "PER"))
    return out
