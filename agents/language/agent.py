"""The language stage on the stream: news.raw -> news.lang."""

from __future__ import annotations

import faust

from agents.language.detect import detect
from streams.records import LangArticle, RawArticle
from streams.stage import Output, Rejected, run_stage


def annotate(raw: RawArticle) -> LangArticle:
    """Pure stage step: a raw article with its language attached."""
    if not raw.text.strip():
        raise Rejected("empty text")
    return LangArticle.extending(raw, language=detect(raw.text))


def register(app: faust.App, topics) -> None:
    def handle(value: bytes) -> list[Output]:
        article = annotate(RawArticle.from_json(value))
        return [(topics.lang, article.id.encode(), article.to_json())]

    @app.agent(topics.raw, name="language")
    async def language(stream):
        await run_stage(stream, stage="language", handle=handle, deadletter=topics.deadletter)
