"""The terminal summary of a run. Article text and entity names are untrusted:
control characters (terminal escapes) are stripped and nothing is read as markup."""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict

from rich.console import Console
from rich.table import Table
from rich.text import Text

from streams.records import DeadLetter, EnrichedArticle


def safe(value: object, limit: int = 80) -> Text:
    """Printable text only: no ESC sequences, no control or format characters."""
    cleaned = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in str(value))
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return Text(cleaned)  # Text, not a str: rich never parses it as markup


def top_entities(articles: list[EnrichedArticle], limit: int = 10):
    """(name, type, articles, languages) of the entities named in most articles."""
    articles_of: Counter[str] = Counter()
    languages: dict[str, set[str]] = defaultdict(set)
    named: dict[str, tuple[str, str]] = {}
    for article in articles:
        for entity in article.entities:
            articles_of[entity.id] += 1
            languages[entity.id].add(article.language.code)
            named[entity.id] = (entity.name, entity.type)
    ranked = sorted(articles_of, key=lambda i: (-articles_of[i], -len(languages[i]), i))
    return [(named[i][0], named[i][1], articles_of[i], sorted(languages[i])) for i in ranked[:limit]]


def render(console: Console, articles: list[EnrichedArticle], dead: list[DeadLetter]) -> None:
    table = Table(title=f"{len(articles)} articles enriched", show_lines=False)
    for column in ("source", "lang", "conf", "segments", "story", "top entities"):
        table.add_column(column)
    for article in articles:
        best = sorted(article.entities, key=lambda e: (-e.count, e.name))[:5]
        segments = ",".join(dict.fromkeys(s.code for s in article.language.segments))
        table.add_row(safe(article.source.rsplit("/", 1)[-1], 40), safe(article.language.code),
                      f"{article.language.confidence:.2f}", safe(segments), safe(article.story.id),
                      safe(", ".join(f"{e.name} ({e.count})" for e in best), 90))
    console.print(table)

    across = Table(title="across articles")
    for column in ("entity", "type", "articles", "languages"):
        across.add_column(column)
    for name, kind, count, langs in top_entities(articles):
        across.add_row(safe(name, 40), kind, str(count), safe(" ".join(langs)))
    console.print(across)

    stories: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        stories[article.story.id].append(article.language.code)
    shared = {sid: langs for sid, langs in stories.items() if len(langs) > 1}
    for sid, langs in shared.items():
        console.print(Text(f"story {sid}: {len(langs)} articles in {', '.join(sorted(set(langs)))}"))

    if dead:
        refused = Table(title=f"{len(dead)} dead-lettered")
        for column in ("source", "stage", "reason"):
            refused.add_column(column)
        for letter in dead:
            refused.add_row(safe(letter.source or letter.id or "?", 50), letter.stage,
                            safe(letter.reason, 90))
        console.print(refused)
    else:
        console.print("nothing dead-lettered")
