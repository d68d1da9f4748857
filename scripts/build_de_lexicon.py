#!/usr/bin/env python
"""Build agents/entities/data/de_lexicon.json.gz: German nouns vs names, from Wiktionary.

German capitalises every noun, so a capitalised word says little.  The PyPI package
``german-nouns`` (Wiktionary DE, CC BY-SA 4.0) lists ~100,000 nouns with every
inflected form and tags proper nouns apart: Toponym, Vorname, Nachname, Eigenname.
This script keeps, lower-cased and newline-joined (compact, byte-identical for
identical inputs):

* ``nouns``     every inflected form of the common nouns (Regierung, Regierungen ...);
* ``toponyms``  place names (Venedig, Sizilien, Thrakien) with their forms;
* ``given``     first names; ``surnames`` family names; ``proper`` other proper names.

A word that is a form of a common noun is never a lone-word name candidate; a word
that is only a place, first or family name is one, with that type.  Only general
language data goes in: no test set is read.  ``german-nouns`` is needed here only,
at build time.

Run: ``python scripts/build_de_lexicon.py``, then commit agents/entities/data/.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "agents" / "entities" / "data" / "de_lexicon.json.gz"
PROPER_TAGS = {"Toponym": "toponyms", "Vorname": "given", "Nachname": "surnames", "Eigenname": "proper"}
SKIP_TAGS = {"Abkürzung", "Buchstabe", "Symbol", "Affix", "Suffix", "Gebundenes Lexem", "Wortverbindung",
             "Redewendung", "Grußformel", "Geflügeltes Wort"}


def build() -> dict:
    sets: dict[str, set[str]] = {k: set() for k in ("nouns", *PROPER_TAGS.values())}
    path = files("german_nouns") / "nouns.csv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        first_form = header.index("nominativ singular")
        for row in rows:
            lemma, tags = row[0], set(row[1].split(","))
            if not lemma or lemma.startswith("-") or " " in lemma or tags & SKIP_TAGS:
                continue
            forms = {lemma} | {c for c in row[first_form:] if c and " " not in c}
            forms = {w.casefold() for w in forms if w[:1].isupper()}   # (as the wordfreq lists: ß -> ss)
            proper = [PROPER_TAGS[t] for t in tags if t in PROPER_TAGS]
            if proper:
                for key in proper:
                    sets[key] |= forms
            elif "Substantiv" in tags:
                sets["nouns"] |= forms
    out = {"version": 1, "_source": f"german-nouns {version('german-nouns')} (Wiktionary DE, CC BY-SA 4.0)"}
    out.update({k: "\n".join(sorted(v)) for k, v in sets.items()})
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    data = build()
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    with open(args.out, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)
    sizes = {k: v.count("\n") + 1 for k, v in data.items() if not k.startswith("_") and isinstance(v, str)}
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes): {sizes}")


if __name__ == "__main__":
    main()
