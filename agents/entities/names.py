"""What the candidate rules of every script share: the record of a name found (``Candidate``)
and what the language modules (``candidates``, ``arabic``, ``hindi``) read text with."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    text: str
    type: str   # PER / ORG / LOC / PRODUCT / MISC
    id: str | None = None   # set when the name's id comes from another spelling of it


def unoverlapped(spans, taken: bytearray) -> list:
    """The spans ((start, end, ...), in the order given) that overlap none taken before them;
    ``taken`` marks the characters of those kept (and of any taken already)."""
    out = []
    for span in spans:
        s, e = span[0], span[1]
        if not any(taken[s:e]):
            taken[s:e] = b"\x01" * (e - s)
            out.append(span)
    return out


def spaced_words(text: str, i: int, token: re.Pattern, limit: int, keeps_dot) -> list[tuple[int, int, str]]:
    """The words ``token`` matches from ``i``, one space apart, up to ``limit``, as (start,
    end, word): another mark ends them, and so does a full stop, unless ``keeps_dot(word)``
    says the word with its dot is an abbreviation or an initial (Croatian sv., Czech J.)."""
    out = []
    while len(out) < limit:
        m = token.match(text, i)
        if m is None:
            break
        w, end = m.group(), m.end()
        if w.endswith(".") and not keeps_dot(w):
            out.append((m.start(), end - 1, w[:-1]))   # (a full stop after a word ends the sentence)
            break
        out.append((m.start(), end, w))
        if not text.startswith(" ", end):
            break
        i = end + 1
    return out


def names_over_hits(found, hits) -> list[tuple[int, int, str]]:
    """Of a language's names (start, end, type) that take in the knowledge base's hits
    inside them whole, the longest of those opening together and none overlapping an earlier
    one, where no hit crosses their edge or has their span: the hit wins, unless the name is
    an organisation's, which takes the hits it crosses (Polish, Czech, Croatian)."""
    out = []
    for s, e, etype in sorted(found, key=lambda f: (f[0], -f[1])):
        if out and s < out[-1][1]:
            continue
        if etype != "ORG" and any(h.start < s < h.end or h.start < e < h.end or (h.start == s and h.end == e)
                                  for h in hits):
            continue
        out.append((s, e, etype))
    return out


def word_before_native(word: re.Pattern, text: str, s: int) -> str:
    """The word of the script that ends one space before ``s`` ('' if none)."""
    j = s - 1
    if j < 1 or text[j] != " ":
        return ""
    k = j
    while k > 0 and word.match(text, k - 1):
        k -= 1
    return text[k:j]


# titles and roles written right before a person's name (general usage of each language)
NATIVE_TITLES = frozenset("""
الرئيس الأمير الامير الشيخ الملك الوزير وزير وزيرة المدير مدير مديرة المدرب مدرب اللاعب لاعب النجم السيد السيدة
الدكتور الدكتورة د. المهندس العميد اللواء الفريق النائب السفير الكاتب المحلل المتحدث رئيس الرئيسة المستشار
الحاكم المحافظ محافظ القاضي الأستاذ البروفيسور الصحفي المخرج الفنان المطرب الممثل الممثلة المهاجم الحارس القائد
آقای خانم دکتر مهندس رئیس وزیر سرپرست مدیرعامل سخنگوی نماینده استاندار سفیر جناب
جناب محترم صاحب صدر وزیراعظم گورنر چیئرمین کپتان کوچ
श्री श्रीमती सुश्री डॉ. डॉक्टर प्रधानमंत्री मुख्यमंत्री मंत्री राष्ट्रपति राज्यपाल अध्यक्ष कप्तान कोच गेंदबाज बल्लेबाज
खिलाड़ी निदेशक सीईओ प्रवक्ता सांसद विधायक न्यायाधीश जज प्रोफेसर अभिनेता अभिनेत्री निर्देशक गवर्नर सचिव
מנכ"ל סמנכ"ל יו"ר ח"כ ד"ר פרופ' השר שר שרת הנשיא נשיא נגיד המאמן מאמן השחקן הרמטכ"ל ראש עו"ד
শ্রী শ্রীমতী ড. ডাক্তার প্রধানমন্ত্রী মন্ত্রী রাষ্ট্রপতি গভর্নর চেয়ারম্যান অধিনায়ক কোচ
திரு திருமதி டாக்டர் முதல்வர் அமைச்சர் பிரதமர் ஆளுநர் கேப்டன் பயிற்சியாளர் தலைவர்
""".split())
