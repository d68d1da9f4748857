"""Lexical NER backends from registry wheels that work offline: proper-noun tags of a
morphological analyser's dictionary.

* Japanese: MeCab through ``fugashi`` with the IPADIC dictionary (``ipadic`` wheel):
  名詞,固有名詞,人名 / 地域 / 組織 tokens, runs of them merged (小池 + 百合子), a
  place's suffix joined to it (東京 + 都), an organisation word after a place
  making an organisation (北海道 + 大学 -> ORG).
* Chinese: ``jieba``'s part-of-speech tagger (dictionary in the wheel; HMM off, which
  is ~300x faster): ns (place) and nt (organisation) words, adjacent ones merged;
  traditional characters are mapped to simplified ones character by character first
  when ``hanziconv`` is installed (offsets unchanged: jieba's dictionary is simplified).
  Its nr (person) tag is too loose to use (令人 is nrt).

* German: HanTa (``hanta`` wheel, LGPL-3.0, model inside): STTS NE runs typed with the KB
  and German lexicon, capitalised adjectives opening names, NN-tagged words vetoed.

Selected by ``NEWSSTREAM_NER_BACKEND=mecab`` (= ``lexical``), ``jieba`` or ``hanta``; other
languages get no spans.  Measured with ``python benchmarks/bench_ner.py``: MeCab
raises Japanese span F1 a little over the default rules; jieba does not beat the
default on Chinese (UD Chinese PUD is in traditional characters).  Optional, not
default: MeCab alone runs at ~340 Japanese 5 KB articles/s per core, below the
stage's budget.
"""

from __future__ import annotations

import logging
import threading

from .backends import BackendUnavailable, Span

# IPADIC's third level for 名詞,固有名詞
_IPADIC = {"人名": "PER", "地域": "LOC", "組織": "ORG"}
# last words that make a compound an organisation / a place or facility (general Japanese)
JA_ORG_HEADS = ("大学", "大学校", "銀行", "協会", "機構", "研究所", "研究院", "委員会", "新聞", "新聞社", "放送",
                "証券", "電力", "鉄道", "電鉄", "航空", "高校", "高等学校", "中学校", "小学校", "学園", "学院",
                "財団", "連盟", "連合", "組合", "党", "省", "庁", "局", "会社", "グループ", "ホールディングス",
                "工業", "重工", "商事", "物産", "製薬", "製作所", "自動車", "建設", "病院", "政府", "代表",
                "軍", "陸軍", "海軍", "空軍", "議会", "選手会", "協議会", "球団", "クラブ", "チーム", "FC",
                "銀行", "信用金庫", "出版", "書店", "興業", "映画", "テレビ", "放送局", "通信", "劇団", "楽団",
                "プロ", "プロレス", "レコード", "レコーズ", "社", "団", "会")
JA_LOC_HEADS = ("支店", "本店", "工場", "球場", "競技場", "スタジアム", "ホール", "会館", "館", "場", "駅", "空港",
                "港", "城", "寺", "神社", "公園", "橋", "川", "山", "島", "湖", "湾", "半島", "通り", "街道",
                "病院", "ホテル", "タワー", "ビル", "センター", "本社", "キャンパス", "線", "州", "県", "市",
                "区", "町", "村", "郡", "国", "地方", "大陸")
# compound members: nouns other than pronouns and dependent nouns
_SKIP_POS2 = frozenset(("代名詞", "非自立", "副詞可能", "特殊", "引用文字列", "動詞非自立的"))
_DOTS = "・＝"


class MecabJapanese:
    name = "mecab"

    def __init__(self, model: str = "ipadic"):
        try:
            import fugashi  # noqa: PLC0415
            import ipadic  # noqa: PLC0415
        except ImportError as exc:
            raise BackendUnavailable("NEWSSTREAM_NER_BACKEND=mecab needs fugashi and ipadic: "
                                     "pip install fugashi ipadic") from exc
        self._tagger = fugashi.GenericTagger(ipadic.MECAB_ARGS)
        self._lock = threading.Lock()   # a MeCab tagger is not safe to share across threads

    def tokens(self, text: str):
        """(start, end, pos1, pos2, pos3) per token, offsets into ``text``."""
        out = []
        pos = 0
        with self._lock:
            nodes = [(w.surface, w.feature) for w in self._tagger(text)]
        for surface, feat in nodes:
            i = text.find(surface, pos)
            if i < 0:
                continue
            pos = i + len(surface)
            out.append((i, pos, feat[0], feat[1], feat[2]))
        return out

    @staticmethod
    def _member(tok, prev) -> bool:
        s, e, p1, p2, _ = tok
        if prev is None or prev[1] != s:
            return p1 == "名詞" and p2 not in _SKIP_POS2 and p2 not in ("接尾", "数")
        if p1 == "名詞":
            return p2 not in _SKIP_POS2
        return p1 == "記号" and e - s == 1

    def spans(self, text: str, lang: str) -> list[Span]:
        if lang != "ja":
            return []
        toks = self.tokens(text)
        out: list[Span] = []
        i, n = 0, len(toks)
        while i < n:
            if not self._member(toks[i], None):
                i += 1
                continue
            j = i + 1
            while j < n and self._member(toks[j], toks[j - 1]) and \
                    (toks[j][2] == "名詞" or (j + 1 < n and toks[j + 1][0] == toks[j][1]
                                              and text[toks[j][0]] in _DOTS)):
                j += 1
            self._chunk(text, toks[i:j], out)
            i = j
        return out

    def _chunk(self, text: str, chunk: list, out: list[Span]) -> None:
        """A noun compound: segments that start at a proper noun after a common noun."""
        proper = [t[3] == "固有名詞" for t in chunk]
        if not any(proper):
            return
        segs, cur = [], None
        for k, t in enumerate(chunk):
            if proper[k] and (cur is None or not proper[k - 1] and chunk[k - 1][2] == "名詞"
                              and text[chunk[k - 1][0]] not in _DOTS
                              and chunk[k - 1][3:] != ("接尾", "地域")):   # 東京 都 千代田 区: one
                if cur is not None:
                    segs.append(cur)
                cur = [t]
            elif cur is not None:
                cur.append(t)
        segs.append(cur)
        for seg in segs:
            self._segment(text, seg, out)

    def _segment(self, text: str, seg: list, out: list[Span]) -> None:
        # the proper-noun head: proper nouns, dots between them, place suffixes (東京 都 千代田 区)
        k = 0
        kinds = []
        while k < len(seg):
            t = seg[k]
            if t[3] == "固有名詞":
                kinds.append(_IPADIC.get(t[4], "MISC"))
            elif t[3] == "接尾" and t[4] == "地域":
                kinds.append("LOC")
            elif text[t[0]] in _DOTS and k + 1 < len(seg) and seg[k + 1][3] == "固有名詞":
                pass
            else:
                break
            k += 1
        while seg[k - 1][2] == "記号":
            k -= 1
        s, head_end = seg[0][0], seg[k - 1][1]
        end = seg[-1][1]
        tail = text[head_end:end]
        if seg[k - 1][3] == "接尾" and seg[k - 1][4] == "地域":
            label = "LOC"
        elif "PER" in kinds and all(x in ("PER", "MISC") for x in kinds):
            label = "PER"
        elif kinds[-1] == "ORG" or "ORG" in kinds:
            label = "ORG"
        elif kinds[-1] == "LOC":
            label = "LOC"
        else:
            label = None
        if tail:
            if tail.endswith(JA_ORG_HEADS) and not tail.endswith(("市場", "会場", "工場")):
                out.append(Span(s, end, "ORG"))
                return
            if tail.endswith(JA_LOC_HEADS):
                out.append(Span(s, end, "LOC"))
                return
            t0 = seg[k]
            if t0[3] == "接尾":
                if t0[4] == "人名" and label == "PER":
                    out.append(Span(s, head_end, "PER"))   # 張勇 + 氏
                return   # 日本人, 日本語, 東京的: a derived word, not the name
            if label == "LOC" and all(_katakana(c) for c in tail):
                out.append(Span(s, end, "ORG"))   # 千葉 + ロッテマリーンズ: a team or company
                return
        if label is None or (head_end - s < 2 and label != "LOC"):
            return
        out.append(Span(s, head_end, label))


def _katakana(c: str) -> bool:
    return "\u30A1" <= c <= "\u30FA" or c in "ー・"


def _t2s_table() -> dict[int, str]:
    """Traditional -> simplified, one character to one character (so offsets stay), from
    ``hanziconv``'s character tables when it is installed (else no mapping)."""
    try:
        from hanziconv.hanziconv import HanziConv  # noqa: PLC0415
    except ImportError:
        return {}
    table = {}
    for t, s in zip(HanziConv._HanziConv__traditional_charmap, HanziConv._HanziConv__simplified_charmap):
        if t != s:
            table[ord(t)] = s
    return table


class JiebaChinese:
    name = "jieba"
    LABELS = {"ns": "LOC", "nt": "ORG"}

    def __init__(self, model: str = ""):
        try:
            import jieba  # noqa: PLC0415
            import jieba.posseg as pseg  # noqa: PLC0415
        except ImportError as exc:
            raise BackendUnavailable("NEWSSTREAM_NER_BACKEND=jieba needs jieba: pip install jieba") from exc
        jieba.setLogLevel(logging.WARNING)
        self._tok = pseg.POSTokenizer(jieba.Tokenizer())
        self._tok.tokenizer.initialize()
        self._t2s = _t2s_table()

    def spans(self, text: str, lang: str) -> list[Span]:
        if lang != "zh":
            return []
        simp = text.translate(self._t2s) if self._t2s else text
        out: list[Span] = []
        pos = 0
        prev: list | None = None
        for w, flag in self._tok.cut(simp, HMM=False):
            s, e = pos, pos + len(w)
            pos = e
            label = self.LABELS.get(flag)
            if label is None or len(w) < 2:
                prev = None
                continue
            if prev is not None and prev[2] == label and prev[1] == s:
                prev[1] = e
                out[-1] = Span(prev[0], e, label)
                continue
            prev = [s, e, label]
            out.append(Span(s, e, label))
        return out


class LexicalBackend:
    """The lexical backends that measured better than the default rules: MeCab for
    Japanese.  (jieba for Chinese did not - see the module notes - and is selected
    on its own with ``jieba``.)"""

    def __init__(self, model: str = ""):
        self._ja = MecabJapanese()
        self.name = "lexical"

    def spans(self, text: str, lang: str) -> list[Span]:
        return self._ja.spans(text, lang) if lang == "ja" else []


_SENT_PUNCT = frozenset('.!?:;"„“”«»()–—')


class HantaGerman:
    """German proper nouns from HanTa (the Hanover Tagger, ``pip install hanta``; LGPL-3.0,
    its German model ships in the wheel): STTS tags NE (proper noun) vs NN (common noun),
    the distinction capitalisation cannot make in German.

    Spans: runs of NE tokens, joined across name connectors (Bank of America, Vereinigte
    Staaten von Amerika: "von" between two NE) and with capitalised foreign words (FM)
    inside a run (Consumer Technology Association), a regnal number after a name
    (Thutmosis III.).  Typed with general resources only: the KB (by the surface form or
    HanTa's lemma, so a genitive "Trumps" takes Trump's type), the German lexicon's places,
    first and family names, organisation/place words, unknown acronyms as ORG; an
    untyped NE is most often a person in news.  ``not_names`` gives the capitalised words
    HanTa tags as common nouns, so the candidate rules do not take them for names.
    HanTa is slow (~1,500 words/s): an optional backend, not the default."""

    name = "hanta"
    TOKEN = None
    _CONNECT = frozenset("von van de del della da di du la le las los of and & y zu vom bin al".split())
    _ROMAN = frozenset("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())

    def __init__(self, model: str = "morphmodel_ger.pgz"):
        try:
            from HanTa import HanoverTagger as ht  # noqa: PLC0415
        except ImportError as exc:
            raise BackendUnavailable("NEWSSTREAM_NER_BACKEND=hanta needs HanTa: pip install hanta numpy") from exc
        import re  # noqa: PLC0415
        self._tagger = ht.HanoverTagger(model)
        self._tok = re.compile(r"\w+(?:[-’']\w+)*|[^\w\s]")
        self._lock = threading.Lock()

    def tagged(self, text: str) -> list[tuple[int, int, str, str, str]]:
        """(start, end, word, lemma, tag) per token."""
        toks = [(m.start(), m.end(), m.group()) for m in self._tok.finditer(text)]
        if not toks:
            return []
        with self._lock:
            tags = self._tagger.tag_sent([t[2] for t in toks], taglevel=1)
        return [(s, e, w, tg[1], tg[2]) for (s, e, w), tg in zip(toks, tags)]

    def spans(self, text: str, lang: str) -> list[Span]:
        if lang != "de":
            return []
        toks = self.tagged(text)
        out: list[Span] = []
        i, n = 0, len(toks)
        while i < n:
            if toks[i][4].startswith("ADJ") and toks[i][2][:1].isupper() and i > 0 \
                    and toks[i - 1][2] not in _SENT_PUNCT:
                j = self._adj_name(text, toks, i, out)
                if j > i:
                    i = j
                    continue
            foreign = toks[i][4] == "FM" and toks[i][2][:1].isupper() and i + 1 < n \
                and toks[i + 1][4] in ("FM", "NE", "NN") and toks[i + 1][2][:1].isupper()
            if toks[i][4] != "NE" and not foreign:
                if toks[i][4] == "NN" and toks[i][2][:1].isupper() and self._veto(text, toks[i]):
                    out.append(Span(toks[i][0], toks[i][1], "O"))
                i += 1
                continue
            j = i + 1
            while j < n:
                s, e, w, _, tag = toks[j]
                adjacent = toks[j - 1][1] + 1 >= s
                if not adjacent:
                    break
                if tag == "NE" or (tag == "FM" and w[:1].isupper()):
                    j += 1
                elif w[:1].isupper() and w.casefold() in self._ENDS and tag in ("NN", "FM", "NE"):
                    j += 1   # Potomac River, Metropolitan Club: an English head word ends the name
                    break
                elif w.lower() in self._CONNECT and j + 1 < n and toks[j + 1][4] in ("NE", "FM") \
                        and toks[j + 1][2][:1].isupper() and toks[j + 1][0] <= e + 1:
                    j += 2
                else:
                    break
            run = toks[i:j]
            end = run[-1][1]
            if j < n and toks[j][2] in self._ROMAN and toks[j][0] <= end + 1:
                end = toks[j][1]
                if j + 1 < n and toks[j + 1][2] == "." and toks[j + 1][0] == end:
                    end += 1
                j += 1
            label = self._type(text, run)
            if label == "PER" and all(t[4] != "NE" for t in run):
                label = None   # a run of foreign words is a person only if the tagger says name
            if label:
                out.append(Span(run[0][0], end, label))
            i = j
        return out

    # last words of multi-word English/German organisation and place names (general words)
    ORG_ENDS = frozenset("""news service services school company corporation journal courant times post
        herald tribune gazette navy army force forces league union association club records film films
        motors brands futures institute university college academy museum orchestra band team""".split())
    LOC_ENDS = frozenset("""hill hills view park street avenue road square bridge house tower valley bay
        beach lake river sea ocean island islands mountain mountains gulf coast""".split())

    _ENDS = ORG_ENDS | LOC_ENDS

    @staticmethod
    def _adj_name(text: str, toks, i: int, out: list[Span]) -> int:
        """German writes adjectives in lower case except inside names: a capitalised
        adjective in mid-sentence opens one (Vereinigte Staaten, Indischer Ozean,
        Republikanische Partei).  Typed by its head noun; other such names (Kalter Krieg,
        Neues Testament) are no PER/ORG/LOC and are left alone.  Returns the index after
        the name, or ``i`` if there is none."""
        j = i + 1
        while j < len(toks) and toks[j][4].startswith("ADJ") and toks[j][2][:1].isupper():
            j += 1
        k = j
        while k < len(toks) and k - j < 2 and toks[k][4] in ("NN", "NE") and toks[k][2][:1].isupper() \
                and toks[k][0] <= toks[k - 1][1] + 1:
            k += 1
        if k == j:
            return i
        from .candidates import de_head_type  # noqa: PLC0415
        label = de_head_type(toks[k - 1][2])
        if label is None:
            return i
        out.append(Span(toks[i][0], toks[k - 1][1], label))
        return k

    @staticmethod
    def _veto(text: str, tok) -> bool:
        from .candidates import PLACE_CUES_DE, prev_word, german_lone_type  # noqa: PLC0415
        return german_lone_type(tok[2]) != "LOC" and prev_word(text, tok[0]) not in PLACE_CUES_DE

    def _type(self, text: str, run) -> str | None:
        from .candidates import (GENERIC, LOC_SUFFIXES_LATIN, ORG_HEADS, ORG_SUFFIXES,  # noqa: PLC0415
                                 PLACE_CUES_DE, prev_word, de_lexicon, german_lone_type)
        from .kb import common_words, get_kb  # noqa: PLC0415
        kb = get_kb()
        surface = text[run[0][0]:run[-1][1]]
        for form in (surface, " ".join(t[3] for t in run)):
            ent = kb.lookup(form)
            if ent is not None:
                return ent.type
        words = [t[2] for t in run]
        low = [w.casefold() for w in words]
        cw = common_words()
        if len(words) == 1:
            w, lw = words[0], low[0]
            if lw in GENERIC or lw.removesuffix("s") in GENERIC or len(w) < 2 or lw in cw.calendar:
                return None
            if w.endswith("s") and len(w) > 4 and (ent := kb.lookup(w[:-1])) is not None:
                return ent.type
            if w.isupper() and len(w) <= 6:
                return None if lw in cw.get("de") or lw in cw.get("en") else "ORG"
            if prev_word(text, run[0][0]) in PLACE_CUES_DE:
                return "LOC"
            lone = german_lone_type(w)
            if lone is not None:
                return lone
            base = lw[:-1] if lw.endswith("s") and len(lw) > 4 else lw
            if lw in cw.surnames or lw in cw.given or base in cw.surnames or base in cw.given:
                return "PER"   # a family name that is also a word (Trump, Klein): HanTa says name
            return None
        if low[-1] in GENERIC or low[-1].removesuffix("s") in GENERIC or low[0] in GENERIC:
            return None   # Private Cloud, CEO Zhang: a generic word inside; the candidate rules decide
        if low[-1] in ORG_SUFFIXES or low[0] in ORG_HEADS or low[-1] in self.ORG_ENDS:
            return "ORG"
        if low[-1] in LOC_SUFFIXES_LATIN or low[-1] in self.LOC_ENDS:
            return "LOC"
        if all(x in GENERIC for x in low):
            return None
        lex = de_lexicon()
        if low[0] in cw.given or low[0] in lex.given:
            return "PER"
        first = kb.lookup(words[0])
        if first is not None and first.type in ("ORG", "LOC"):
            return "ORG" if first.type == "ORG" else None   # Sony Australia; Paris ... unknown
        if low[-1] in cw.surnames or low[-1] in lex.surnames or german_lone_type(words[-1]) == "PER":
            return "PER"
        return None   # unsure: the candidate rules decide
