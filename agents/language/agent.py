"""The language stage on the stream: news.raw -> news.lang."""

from __future__ import annotations

import faust

from agents.language.detect import detect
from streams.records import LangArticle, RawArticle
from streams.stage import Rejected, register_step


def annotate(raw: RawArticle) -> LangArticle:
    """Pure stage step: a raw article with its language attached."""
    if not raw.text.strip():
        raise Rejected("empty text")
    return LangArticle.extending(raw, language=detect(raw.text))


def register(app: faust.App, topics) -> None:
    register_step(app, name="language", source=topics.raw, target=topics.lang,
                  deadletter=topics.deadletter, parse=RawArticle.from_json, step=annotate)
