#!/usr/bin/env python3
"""Sanity checks for agents/entities/curated/*.jsonl (or the files given).

Checks: every line parses; ids unique lowercase slugs; type valid; wikidata is
null or Q<digits>; parent refers to a known id; aliases (and ``quiet``, exonyms that are
everyday words elsewhere, looked up only in the languages listed, and ``forms``, case forms
given as they are) is a dict of lang -> non-empty list of non-empty strings; no 1-character CJK alias; reports
aliases shared by different entities (same normalised form) and per-script counts.
A line with neither name nor type only adds aliases to an entity defined elsewhere (a
geonames city, a country, another file's entity): its id may repeat.
"""
import glob
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict

TYPES = {"ORG", "PER", "PRODUCT", "MISC", "LOC", "GPE", "EVENT"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
QID = re.compile(r"^Q[1-9][0-9]*$")


def script_of(s):
    for ch in s:
        cp = ord(ch)
        if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF:
            # Han may be zh or ja; kana makes it ja
            if any(0x3040 <= ord(c) <= 0x30FF for c in s):
                return "Japanese-kana"
            return "Han"
        if 0x3040 <= cp <= 0x30FF:
            return "Japanese-kana"
        if 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF:
            return "Hangul"
        if 0x0600 <= cp <= 0x06FF:
            return "Arabic"
        if 0x0900 <= cp <= 0x097F:
            return "Devanagari"
        if 0x0980 <= cp <= 0x09FF:
            return "Bengali"
        if 0x0B80 <= cp <= 0x0BFF:
            return "Tamil"
        if 0x0E00 <= cp <= 0x0E7F:
            return "Thai"
        if 0x0590 <= cp <= 0x05FF:
            return "Hebrew"
        if 0x0370 <= cp <= 0x03FF:
            return "Greek"
        if 0x0400 <= cp <= 0x04FF:
            return "Cyrillic"
    return "Latin"


def is_cjk(ch):
    cp = ord(ch)
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x3040 <= cp <= 0x30FF
            or 0xAC00 <= cp <= 0xD7AF)


def norm(a):
    return unicodedata.normalize("NFKC", a).casefold().strip()


def main(paths):
    errors = []
    ids = {}
    ents = []
    for p in paths:
        for n, line in enumerate(open(p, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{p}:{n}"
            try:
                e = json.loads(line)
            except Exception as ex:
                errors.append(f"{where}: bad JSON: {ex}")
                continue
            i = e.get("id")
            if not isinstance(i, str) or not SLUG.match(i):
                errors.append(f"{where}: bad id {i!r}")
            adds = "name" not in e and "type" not in e and "wikidata" not in e and "parent" not in e
            if not adds:
                if i in ids:
                    errors.append(f"{where}: duplicate id {i} (first at {ids[i]})")
                ids[i] = where
                if e.get("type") not in TYPES:
                    errors.append(f"{where}: bad type {e.get('type')!r}")
                if not e.get("name") and not str(i).startswith("city-"):
                    # (a geonames city's line may leave out its name: its name, which the
                    # build filters as it filters every generated alias, is no trusted alias)
                    errors.append(f"{where}: missing name")
            q = e.get("wikidata")
            if q is not None and not (isinstance(q, str) and QID.match(q)):
                errors.append(f"{where}: bad wikidata {q!r}")
            al = e.get("aliases", {})
            if not isinstance(al, dict) or not (al or e.get("quiet") or e.get("forms")):
                errors.append(f"{where}: aliases must be a non-empty dict")
                al = {}
            quiet, forms = e.get("quiet", {}), e.get("forms", {})   # (forms: case forms given as they are)
            if not isinstance(quiet, dict):
                errors.append(f"{where}: quiet must be a dict")
                quiet = {}
            if not isinstance(forms, dict):
                errors.append(f"{where}: forms must be a dict")
                forms = {}
            for lang, lst in [*al.items(), *quiet.items(), *forms.items()]:
                if not re.match(r"^[a-z]{2,3}(-[A-Za-z]+)?$", lang):
                    errors.append(f"{where}: bad lang {lang!r}")
                if not isinstance(lst, list) or not lst:
                    errors.append(f"{where}: empty alias list for {lang}")
                    continue
                for a in lst:
                    if not isinstance(a, str) or not a.strip():
                        errors.append(f"{where}: empty alias in {lang}")
                    elif a != a.strip():
                        errors.append(f"{where}: untrimmed alias {a!r}")
                    elif len(a) == 1 and is_cjk(a):
                        errors.append(f"{where}: 1-char CJK alias {a!r}")
                    elif len(a) == 1:
                        errors.append(f"{where}: 1-char alias {a!r}")
            ents.append((where, e))
    for where, e in ents:
        par = e.get("parent")
        if par is not None and par not in ids and not par.startswith(("country-", "city-", "region-")):
            # (the build's own entities: CLDR countries, geonames cities, ISO 3166-2 regions)
            errors.append(f"{where}: unknown parent {par!r}")
    owners = defaultdict(set)
    per_script = Counter()
    per_lang = Counter()
    total = 0
    for where, e in ents:
        seen = set()
        for lang, lst in (e.get("aliases") or {}).items():
            for a in lst if isinstance(lst, list) else []:
                if not isinstance(a, str):
                    continue
                owners[norm(a)].add(e["id"])
                if (lang, a) not in seen:
                    seen.add((lang, a))
                    per_lang[lang] += 1
                k = a
                if k not in seen:
                    seen.add(k)
                    per_script[script_of(a)] += 1
                    total += 1
    shared = {a: sorted(o) for a, o in owners.items() if len(o) > 1}
    print(f"{len(ents)} entities, {total} distinct aliases (per entity)")
    print("types:", dict(Counter(e.get("type") for _, e in ents)))
    print("by script:", dict(per_script.most_common()))
    print("by lang key:", dict(per_lang.most_common()))
    print("with wikidata:", sum(1 for _, e in ents if e.get("wikidata")))
    if shared:
        print(f"\n{len(shared)} aliases shared across entities:")
        for a, o in sorted(shared.items()):
            print(f"  {a!r}: {', '.join(o)}")
    if errors:
        print(f"\n{len(errors)} ERRORS:")
        for x in errors:
            print("  " + x)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:] or sorted(glob.glob("agents/entities/curated/*.jsonl"))
    sys.exit(main(args))
