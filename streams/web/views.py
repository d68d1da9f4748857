"""HTTP views served by the worker: statistics, stories, the dashboard, metrics.

Every statistics view is routed (``table_route``) to the worker that owns the
aggregation partition, so any worker of the group answers correctly.
"""

from __future__ import annotations

from importlib import resources

import faust
import orjson
from faust.web import Request, Response, View

from agents.aggregate.agent import AggregateStage, Recovering
from streams.metrics import STAGE_METRICS

WINDOWS = ("1h", "1d", "all")
ROUTE_KEY = "aggregate"  # any key: the ledger has one partition


def _json(view: View, data) -> Response:
    return view.bytes(orjson.dumps(data), content_type="application/json")


def _window(request: Request, default: str) -> str:
    window = request.query.get("window", default)
    if window not in WINDOWS:
        raise BadRequest(f"window must be one of {', '.join(WINDOWS)}")
    return window


class BadRequest(ValueError):
    pass


def _dump(models) -> list:
    return [m.model_dump(mode="json") for m in models]


def answers_503_while_recovering(handler):
    """Statistics are rebuilt from the ledger after recovery; say so until then
    (and turn a bad query into a 400)."""
    import functools

    @functools.wraps(handler)
    async def wrapper(self: View, request: Request, *args, **kwargs) -> Response:
        try:
            return await handler(self, request, *args, **kwargs)
        except BadRequest as exc:
            return self.error(400, str(exc))
        except Recovering as exc:
            return self.error(503, str(exc))

    return wrapper


def register(app: faust.App, stage: AggregateStage) -> None:
    dashboard = resources.files("streams.web").joinpath("static/dashboard.html")

    @app.page("/")
    class Dashboard(View):
        async def get(self, request: Request) -> Response:
            return self.html(dashboard.read_text(encoding="utf-8"))

    @app.page("/entities/top")
    class TopEntities(View):
        @app.table_route(table=stage.ledger, exact_key=ROUTE_KEY)
        @answers_503_while_recovering
        async def get(self, request: Request) -> Response:
            window = _window(request, "1h")
            try:
                limit = max(1, min(int(request.query.get("limit", "20")), 500))
            except ValueError:
                return self.error(400, "limit must be a whole number")
            lang = request.query.get("lang") or None
            return _json(self, _dump(stage.current().stats.top(window, limit, lang=lang)))

    @app.page("/entities/{entity_id}")
    class EntityDetail(View):
        @app.table_route(table=stage.ledger, exact_key=ROUTE_KEY)
        @answers_503_while_recovering
        async def get(self, request: Request, entity_id: str) -> Response:
            windows = stage.current().stats.entity(entity_id)
            if not windows:
                return self.error(404, "unknown entity")
            pairs = stage.current().stats.pairs("all", 10, entity=entity_id)
            return _json(self, {"id": entity_id,
                                "windows": {w: s.model_dump(mode="json") for w, s in windows.items()},
                                "pairs": pairs})

    @app.page("/stories")
    class Stories(View):
        @app.table_route(table=stage.ledger, exact_key=ROUTE_KEY)
        @answers_503_while_recovering
        async def get(self, request: Request) -> Response:
            return _json(self, _dump(stage.current().stories.stories(200)))

    @app.page("/stories/{story_id}")
    class StoryDetail(View):
        @app.table_route(table=stage.ledger, exact_key=ROUTE_KEY)
        @answers_503_while_recovering
        async def get(self, request: Request, story_id: str) -> Response:
            stories = stage.current().stories
            story = stories.story(story_id)
            if story is None:
                return self.error(404, "unknown story")
            # The one place with the whole membership: the record carries the newest ids only.
            return _json(self, story.model_dump(mode="json") | {"articles": stories.articles_of(story_id)})

    @app.page("/languages")
    class Languages(View):
        @app.table_route(table=stage.ledger, exact_key=ROUTE_KEY)
        @answers_503_while_recovering
        async def get(self, request: Request) -> Response:
            window = _window(request, "all")
            stats = stage.current().stats
            return _json(self, {"window": window, "articles": stats.articles(window),
                                "languages": stats.languages(window)})

    @app.page("/metrics")
    class Metrics(View):
        async def get(self, request: Request) -> Response:
            return self.text(STAGE_METRICS.prometheus(), content_type="text/plain")
