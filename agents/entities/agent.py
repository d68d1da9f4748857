"""The entity stage on the stream: news.lang -> news.entities."""

from __future__ import annotations

import faust

from agents.entities.extract import extract
from streams.records import EntitiesArticle, LangArticle
from streams.stage import register_step


def link(article: LangArticle) -> EntitiesArticle:
    """Pure stage step: an article with its entities and amounts attached."""
    result = extract(article.text, article.language)
    return EntitiesArticle.extending(article, entities=result.entities, amounts=result.amounts)


def register(app: faust.App, topics) -> None:
    register_step(app, name="entities", source=topics.lang, target=topics.entities,
                  deadletter=topics.deadletter, parse=LangArticle.from_json, step=link)
