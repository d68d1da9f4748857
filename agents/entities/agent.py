"""The entity stage on the stream: news.lang -> news.entities."""

from __future__ import annotations

import faust

from agents.entities.extract import extract
from streams.records import EntitiesArticle, LangArticle
from streams.stage import Output, run_stage


def link(article: LangArticle) -> EntitiesArticle:
    """Pure stage step: an article with its entities and amounts attached."""
    result = extract(article.text, article.language)
    return EntitiesArticle.extending(article, entities=result.entities,
                                     amounts=result.amounts)


def register(app: faust.App, topics) -> None:
    def handle(value: bytes) -> list[Output]:
        article = link(LangArticle.from_json(value))
        return [(topics.entities, article.id.encode(), article.to_json())]

    @app.agent(topics.lang, name="entities")
    async def entities(stream):
        await run_stage(stream, stage="entities", handle=handle, deadletter=topics.deadletter)
