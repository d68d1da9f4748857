"""Validate agents/entities/curated/public.jsonl (ids, types, aliases)."""
import json, re, sys, unicodedata
from collections import defaultdict, Counter

PATH = sys.argv[1] if len(sys.argv) > 1 else "agents/entities/curated/public.jsonl"
TYPES = {"PER", "ORG", "LOC", "PRODUCT", "MISC"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")

def is_cjk(ch):
    n = unicodedata.name(ch, "")
    return any(k in n for k in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))

def script(s):
    for ch in s:
        if not ch.isalpha():
            continue
        n = unicodedata.name(ch, "")
        for k in ("LATIN", "CYRILLIC", "ARABIC", "DEVANAGARI", "BENGALI", "TAMIL", "HIRAGANA",
                  "KATAKANA", "HANGUL", "THAI", "HEBREW", "GREEK", "CJK", "GEORGIAN", "ARMENIAN"):
            if k in n:
                return {"HIRAGANA": "KANA", "KATAKANA": "KANA"}.get(k, k)
        return "OTHER"
    return "NONE"

errors, ids, owners = [], set(), defaultdict(set)
by_script, qids, n = Counter(), [], 0
for ln, line in enumerate(open(PATH, encoding="utf-8"), 1):
    if not line.strip():
        errors.append(f"{ln}: empty line"); continue
    try:
        e = json.loads(line)
    except Exception as ex:
        errors.append(f"{ln}: bad json {ex}"); continue
    n += 1
    i = e.get("id", "")
    if not ID_RE.match(i): errors.append(f"{ln}: bad id {i!r}")
    if i in ids: errors.append(f"{ln}: duplicate id {i}")
    ids.add(i)
    if e.get("type") not in TYPES: errors.append(f"{ln}: bad type {e.get('type')}")
    if not e.get("name"): errors.append(f"{ln}: no name")
    q = e.get("wikidata")
    if q is not None:
        if not QID_RE.match(q): errors.append(f"{ln}: bad qid {q}")
        qids.append((q, i))
    al = e.get("aliases", {})
    if not isinstance(al, dict): errors.append(f"{ln}: aliases not dict"); continue
    for lang, vals in al.items():
        if not vals: errors.append(f"{ln}: {i} empty list {lang}")
        if len(set(vals)) != len(vals): errors.append(f"{ln}: {i} dup alias in {lang}")
        for v in vals:
            if not v or v != v.strip(): errors.append(f"{ln}: {i} empty/unstripped alias {v!r}")
            if len(v) == 1 and (is_cjk(v) or True): errors.append(f"{ln}: {i} 1-char alias {v!r}")
            if all(is_cjk(c) for c in v) and len(v) < 2: errors.append(f"{ln}: {i} 1-char CJK {v!r}")
            by_script[script(v)] += 1
            owners[v].add(i)
qc = Counter(q for q, _ in qids)
for q, c in qc.items():
    if c > 1: errors.append(f"qid {q} used by {[i for qq,i in qids if qq==q]}")
shared = {a: o for a, o in owners.items() if len(o) > 1}
print(f"entries={n} aliases={sum(by_script.values())} unique_alias_strings={len(owners)} qids={len(qids)}")
print("by script:", dict(by_script.most_common()))
for a, o in sorted(shared.items()):
    print("SHARED", repr(a), sorted(o))
for er in errors:
    print("ERROR", er)
sys.exit(1 if errors else 0)
