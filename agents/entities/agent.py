"""The entity stage on the stream: news.lang -> news.entities."""

from __future__ import annotations

import faust

from agents.entities.extract import extract
from streams.records import EntitiesArticle, LangArticle
from streams.stage import register_step


_LANGUAGE_CODE = b'"language":{"code":"'


def language_key(value: bytes | None) -> bytes:
    """The language code of a news.lang record, read off its bytes (b"" if not there): the
    stage takes a batch language by language. The field comes after the text, whose own
    quotes JSON escapes, so the last match is the record's. Handled in that order, five
    interleaved languages take about a tenth less time (``python -m
    benchmarks.bench_entities_speed``: the stage's batch order against arrival order)."""
    i = value.rfind(_LANGUAGE_CODE) if value else -1
    if i < 0:
        return b""
    start = i + len(_LANGUAGE_CODE)
    end = value.find(b'"', start)
    return value[start:end] if end > start else b""


def link(article: LangArticle) -> EntitiesArticle:
    """Pure stage step: an article with its entities and amounts attached."""
    result = extract(article.text, article.language)
    return EntitiesArticle.extending(article, entities=result.entities, amounts=result.amounts)


def register(app: faust.App, topics) -> None:
    register_step(app, name="entities", source=topics.lang, target=topics.entities,
                  deadletter=topics.deadletter, parse=LangArticle.from_json, step=link, order=language_key)
