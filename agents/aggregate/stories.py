"""Cross-language story grouping: pure, deterministic, serialisable.

An article joins the best-matching open story if it is similar enough,
otherwise it starts a new one. Language plays no part: only entity ids (stable
across languages and scripts) and money amounts are compared.

Similarity (``score``), with ``a`` = the article's salient-entity vector and
``s`` = the story's profile (mean of its articles' vectors, top ``PROFILE_K``):

* both vectors are normalised to sum 1, then every entity is multiplied by an
  IDF over *stories*: ``idf(e) = 1 + ln((N + 1) / (df(e) + 1))`` with N the
  number of stories and df the stories whose profile holds ``e``. An entity in
  every story ("China", "Alibaba" in a feed about Alibaba) weighs 1, one seen
  in no story up to ``1 + ln(N + 1)``. With few stories all weights are ~equal,
  so cold start behaves like plain overlap; the down-weighting grows with the
  feed. Bounded, so it can't blow up a single rare entity either.
* ``entity_sim`` is the weighted Jaccard (Ruzicka) ``sum min / sum max`` of the
  two IDF-weighted vectors. It is symmetric: a story about Alibaba's cloud
  spin-off and a story about Alibaba's start-up investments share Alibaba,
  China, OpenAI..., but each has a large mass of its own (Alibaba Cloud,
  Daniel Zhang vs Moonshot, MiniMax, Zhipu), which ``max`` in the denominator
  keeps counting against them.
* ``amount_bonus``: money amounts with equal currency and value within 1%
  found in both, ``AMOUNT_BONUS`` each, at most ``AMOUNT_BONUS_CAP``.
  Percentages are ignored (too common).

Join when ``entity_sim + amount_bonus >= THRESHOLD`` **and** at least
``MIN_SHARED`` salient entities are shared, within ``WINDOW`` of the story.

Why ``THRESHOLD = 0.4``: for two normalised vectors sharing mass ``x`` (the
same in both), Ruzicka is ``x / (2 - x)``; 0.4 means about 57% of each
article's salient content is common — "mostly about the same actors". Two
reports of one event in two languages name the same actors (x ~ 0.7-0.9,
score 0.55-0.8); two articles that merely share the dominant company and its
country land near x ~ 0.3-0.45 (score 0.18-0.29). 0.4 sits in the gap with
room on both sides. Amounts corroborate but cannot carry a merge alone: at the
cap (+0.15) the entities still must share ~0.4 of their mass. ``MIN_SHARED =
3`` means no merge ever rests on one or two entities, so one mis-extracted
entity cannot flip a decision.
"""

from __future__ import annotations

import hashlib
import itertools
import math
from collections import Counter
from itertools import chain
from operator import itemgetter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from agents.aggregate.stats import _built, salient_entities
from streams.records import STORY_RECENT, EntitiesArticle, StoryRef, StoryUpdate
from streams.records import as_utc as _utc

SALIENT_K = 10          # entities per article that describe it
PROFILE_K = 20          # entities per story profile (mean of its articles)
KEEP_K = 40             # entity sums kept per story (bounded state)
THRESHOLD = 0.4
MIN_SHARED = 3
AMOUNT_TOLERANCE = 0.01
AMOUNT_BONUS = 0.05
AMOUNT_BONUS_CAP = 0.15
MAX_AMOUNTS = 20        # money amounts kept per story
WINDOW = timedelta(days=3)
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_SLACK = 1e-7           # float rounding allowance of the score bounds in StoryIndex._best

_REF_SET = frozenset(StoryRef.model_fields)
_UPDATE_SCHEMA = StoryUpdate.model_fields["schema_version"].default
_UPDATE_SET = frozenset(StoryUpdate.model_fields) - {"schema_version"}


def story_id_for(article_id: str) -> str:
    """Deterministic story id from the article that started it."""
    return "story-" + hashlib.sha256(f"story:{article_id}".encode()).hexdigest()[:12]




def article_vector(article: EntitiesArticle, k: int = SALIENT_K) -> tuple[dict[str, float], dict[str, str]]:
    """(salient id -> weight normalised to sum 1, id -> name)."""
    sal = salient_entities(article, k)
    total = sum(s.weight for s in sal) or 1.0
    return {s.id: s.weight / total for s in sal}, {s.id: s.name for s in sal}


def money_amounts(article: EntitiesArticle) -> list[tuple[str, float]]:
    """Distinct ``(currency, value)`` money amounts, sorted."""
    seen = {(a.currency.upper(), float(a.value)) for a in article.amounts
            if a.kind == "money" and a.currency and a.value > 0}
    return sorted(seen)


def _amount_match(x: tuple[str, float], y: tuple[str, float], tol: float = AMOUNT_TOLERANCE) -> bool:
    return x[0] == y[0] and abs(x[1] - y[1]) <= tol * max(abs(x[1]), abs(y[1]))


def matched_amounts(a: Sequence[tuple[str, float]], b: Sequence[tuple[str, float]]) -> int:
    """Amounts of ``a`` that have a match in ``b`` (each of ``b`` used once)."""
    used: set[int] = set()
    n = 0
    for x in a:
        for j, y in enumerate(b):
            if j not in used and _amount_match(x, y):
                used.add(j)
                n += 1
                break
    return n


def _ruzicka(a: Mapping[str, float], b: Mapping[str, float], idf: Mapping[str, float]) -> float:
    num = den = 0.0
    aget, bget, wget = a.get, b.get, idf.get
    for e in a.keys() | b.keys():  # this order of summation is part of the result: keep it
        w = wget(e, 1.0)
        x, y = aget(e, 0.0) * w, bget(e, 0.0) * w
        if x < y:  # num += min(x, y); den += max(x, y)
            num += x
            den += y
        else:
            num += y
            den += x
    return num / den if den else 0.0


def _by_weight(items: Iterable[tuple[str, float]]) -> list[tuple[str, float]]:
    """``(id, weight)`` pairs by weight descending, then id: ``sorted(key=(-w, id))``
    as two C-keyed stable sorts (``reverse`` keeps equal weights in id order)."""
    out = sorted(items, key=_FIRST)
    out.sort(key=_SECOND, reverse=True)
    return out


def _normalised(v: Mapping[str, float]) -> dict[str, float]:
    total = sum(v.values()) or 1.0
    return {k: x / total for k, x in v.items()}


@dataclass
class Story:
    id: str
    started_at: datetime
    updated_at: datetime
    articles: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    sums: dict[str, float] = field(default_factory=dict)     # id -> summed article weights
    names: dict[str, str] = field(default_factory=dict)
    amounts: list[tuple[str, float]] = field(default_factory=list)

    def profile(self) -> dict[str, float]:
        top = _by_weight(self.sums.items())[:PROFILE_K]
        return _normalised(dict(top))

    def ref(self) -> StoryRef:
        # = StoryRef(id=..., size=..., languages=..., started_at=...) without re-validating
        return _built(StoryRef, {"id": self.id, "size": len(self.articles),
                                 "languages": list(self.languages), "started_at": self.started_at},
                      set(_REF_SET))

    def update(self, profile: Mapping[str, float] | None = None) -> StoryUpdate:
        """``profile``: ``self.profile()`` if the caller already has it."""
        prof = self.profile() if profile is None else profile
        ents = [e for e, _ in _by_weight(prof.items())[:SALIENT_K]]
        title = " · ".join(self.names.get(e, e) for e in ents[:3])
        return _built(StoryUpdate, {  # = StoryUpdate(id=..., ..., title=...) without re-validating
            "schema_version": _UPDATE_SCHEMA, "id": self.id, "started_at": self.started_at,
            "updated_at": self.updated_at, "size": len(self.articles),
            "recent": self.articles[-STORY_RECENT:], "languages": list(self.languages),
            "entities": ents, "title": title}, set(_UPDATE_SET))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "started_at": self.started_at.isoformat(),
                "updated_at": self.updated_at.isoformat(), "articles": list(self.articles),
                "languages": list(self.languages),
                "sums": {k: self.sums[k] for k in sorted(self.sums)},
                "names": {k: self.names[k] for k in sorted(self.names)},
                "amounts": [[c, v] for c, v in self.amounts]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Story":
        return cls(id=d["id"], started_at=datetime.fromisoformat(d["started_at"]),
                   updated_at=datetime.fromisoformat(d["updated_at"]),
                   articles=list(d["articles"]), languages=list(d["languages"]),
                   sums=dict(d["sums"]), names=dict(d["names"]),
                   amounts=[(c, float(v)) for c, v in d["amounts"]])


@dataclass(frozen=True)
class Match:
    story_id: str
    score: float
    entity_sim: float
    amount_bonus: float
    shared: tuple[str, ...]
    joins: bool


class StoryIndex:
    """Assigns articles to stories. State: stories + article->story map.

    Deterministic for a given arrival order; ``assign`` is idempotent per
    article id. ``to_dict``/``from_dict`` give a JSON-friendly snapshot.

    Stories last updated more than ``2 * window`` before the newest article
    seen are *closed*: they stay (``story``, ``stories``, ``story_of`` still
    answer) but are no longer candidates nor counted in the IDF, so the cost of
    ``assign`` follows the number of recent stories, not all of history. Only
    an article arriving more than ``window`` late can notice (it cannot join a
    closed story). Closing depends on article times only, so replays match.

    Per article, ``assign`` counts shared ids through the postings (entity ->
    open stories), bounds every candidate's score in O(1) from the shared count
    and the story's IDF-weighted mass (kept up to date as document frequencies
    change), and scores exactly only what can still join and win (``_best``):
    the decisions are those of scoring every candidate (``candidates``).
    """

    def __init__(self, threshold: float = THRESHOLD, window: timedelta = WINDOW,
                 min_shared: int = MIN_SHARED) -> None:
        self.threshold = threshold
        self.window = window
        self.min_shared = min_shared
        self._stories: dict[str, Story] = {}
        self._article_story: dict[str, str] = {}
        self._postings: dict[str, set[str]] = {}   # entity id -> open story ids whose profile holds it
        self._profiles: dict[str, dict[str, float]] = {}  # open stories only
        # open story -> [sum p, L = sum p * ln(df + 1), money amounts] over its profile, L kept
        # up to date as df changes: its IDF-weighted mass is (1 + ln(N + 1)) * sum p - L (_best)
        self._lsums: dict[str, list] = {}
        self._drift = 0
        self._latest: datetime | None = None       # newest article time seen
        self._next_close: datetime | None = None   # when to look for stories to close again

    # -- internals
    def _index(self, story: Story) -> None:
        sid = story.id
        old = self._profiles.get(sid, {})
        prof = story.profile()
        self._profiles[sid] = prof
        postings = self._postings
        for e in old:
            if e not in prof:
                ids = postings[e]
                ids.discard(sid)
                if ids:
                    self._df_changed(e, ids, len(ids) + 1, sid)
                else:
                    del postings[e]
        for e in prof:
            if e not in old:
                ids = postings.get(e)
                if ids is None:
                    postings[e] = {sid}
                else:
                    ids.add(sid)
                    self._df_changed(e, ids, len(ids) - 1, sid)
        self._lsums[sid] = self._lsum(prof, len(story.amounts))
        self._refresh()

    def _unindex(self, sid: str) -> None:
        postings = self._postings
        self._lsums.pop(sid, None)
        for e in self._profiles.pop(sid, {}):
            ids = postings.get(e)
            if ids is not None:
                ids.discard(sid)
                if ids:
                    self._df_changed(e, ids, len(ids) + 1, sid)
                else:
                    del postings[e]
        self._refresh()

    def _lsum(self, prof: Mapping[str, float], n_amounts: int) -> list:
        """``[sum p, L = sum p * ln(df + 1), amounts of the story]``"""
        postings = self._postings
        return [sum(prof.values()), sum(p * math.log(len(postings[e]) + 1) for e, p in prof.items()),
                n_amounts]

    def _df_changed(self, e: str, ids: Iterable[str], before: int, skip: str) -> None:
        """``df(e)`` moved from ``before`` to ``len(postings[e])``: shift ``L`` of the
        stories ``ids`` but ``skip`` by ``p_e * (ln(df + 1) - ln(before + 1))``."""
        delta = math.log(len(self._postings[e]) + 1) - math.log(before + 1)
        profiles, lsums = self._profiles, self._lsums
        for t in ids:
            if t != skip:
                lsums[t][1] += profiles[t][e] * delta
                self._drift += 1

    def _refresh(self) -> None:
        """Recompute every ``L`` now and then: the running sums drift by ~1e-16 per shift,
        so they stay within ~1e-11 of the exact value, far inside the bounds' margin."""
        if self._drift > 100_000:
            self._drift = 0
            for t, prof in self._profiles.items():
                self._lsums[t] = self._lsum(prof, len(self._stories[t].amounts))

    def _close_old(self, ts: datetime) -> None:
        if self._latest is None or ts > self._latest:
            self._latest = ts
        if self._next_close is not None and self._latest < self._next_close:
            return
        horizon = self._latest - 2 * self.window
        for sid in [sid for sid in self._profiles if self._stories[sid].updated_at < horizon]:
            self._unindex(sid)
        self._next_close = self._latest + timedelta(hours=1)

    def is_open(self, story_id: str) -> bool:
        return story_id in self._profiles

    def _idf(self, ids: Iterable[str], cache: dict[str, float] | None = None) -> dict[str, float]:
        """``{id: idf}``. With ``cache`` (valid for one state of the index, i.e. within
        one ``assign``), missing ids are added to it and the cache itself returned."""
        n = len(self._profiles)
        postings = self._postings
        if cache is None:
            return {e: 1.0 + math.log((n + 1) / (len(postings.get(e, ())) + 1)) for e in ids}
        for e in ids:
            if e not in cache:
                cache[e] = 1.0 + math.log((n + 1) / (len(postings.get(e, ())) + 1))
        return cache

    def _in_window(self, story: Story, ts: datetime) -> bool:
        return story.started_at - self.window <= ts <= story.updated_at + self.window

    def _score(self, vec: Mapping[str, float], amounts: Sequence[tuple[str, float]],
               story: Story, idf_cache: dict[str, float] | None = None) -> Match:
        prof = self._profiles[story.id]
        idf = self._idf(vec.keys() | prof.keys(), idf_cache)
        sim = _ruzicka(vec, prof, idf)
        bonus = min(AMOUNT_BONUS_CAP, AMOUNT_BONUS * matched_amounts(amounts, story.amounts))
        shared = tuple(sorted(vec.keys() & prof.keys()))
        score = sim + bonus
        joins = score >= self.threshold and len(shared) >= self.min_shared
        return Match(story.id, round(score, 6), round(sim, 6), round(bonus, 6), shared, joins)

    def _hits(self, vec: Mapping[str, float]) -> dict[str, int]:
        """``{story id: shared ids}`` of the open stories whose profile shares at
        least ``max(min_shared, 1)`` ids with ``vec``."""
        need = max(self.min_shared, 1)
        postings = self._postings
        lists = [postings[e] for e in vec if e in postings]
        if len(lists) < need:
            return {}
        counts = Counter(chain.from_iterable(lists))
        if need == 1:
            return counts
        return {sid: n for sid, n in counts.items() if n >= need}

    def candidates(self, article: EntitiesArticle) -> list[Match]:
        """Open stories in the time window sharing at least ``min_shared`` salient
        entities with the article (no other can join), best first."""
        vec, _ = article_vector(article)
        amounts = money_amounts(article)
        ts = _utc(article.event_time)
        idf: dict[str, float] = {}
        out = [self._score(vec, amounts, self._stories[sid], idf) for sid in self._hits(vec)
               if self._in_window(self._stories[sid], ts)]
        out.sort(key=lambda m: (-m.score, self._stories[m.story_id].started_at, m.story_id))
        return out

    def _best(self, vec: Mapping[str, float], amounts: Sequence[tuple[str, float]],
              ts: datetime) -> Match | None:
        """``next(m for m in candidates(...) if m.joins)``, without scoring every candidate.

        With ``x``/``y`` the IDF-weighted article and profile vectors and
        ``m = sum min(x, y)`` over the ``k`` shared ids, ``sum max = |x| + |y| - m``
        over the union, so Ruzicka ``= m / (|x| + |y| - m)``, increasing in ``m``.
        ``|y| = (1 + ln(N + 1)) * sum p - sum p * ln(df + 1)`` is kept per story
        (``_lsums``), and ``m <= min(|y|, the k largest x)``: an O(1) upper bound
        per candidate (plus ``AMOUNT_BONUS`` per amount of the smaller list).
        Candidates are visited by decreasing bound; each gets ``m`` from its
        shared ids, and only one that can still join and beat the best so far is
        scored exactly (the very same computation as ``candidates``). The visit
        stops at the first bound below the threshold or the best score found.
        Bounds carry a slack of 1e-7 for float rounding; ``Match.score`` is
        rounded to 6 places, so a bound 2e-6 below the best cannot tie it.
        """
        need = max(self.min_shared, 1)
        postings = self._postings
        lists = [postings[e] for e in vec if e in postings]
        if len(lists) < need:
            return None
        idf = self._idf(vec, {})
        terms = {e: (a * idf[e], idf[e]) for e, a in vec.items()}
        top = [0.0]  # top[k]: sum of the k largest x
        for x in sorted((x for x, _ in terms.values()), reverse=True):
            top.append(top[-1] + x)
        aw = top[-1]
        big = 1.0 + math.log(len(self._profiles) + 1)
        n_amounts = len(amounts)
        # bonus[j]: the most a story holding j amounts can add (j > n_amounts: bonus[n_amounts])
        bonus = [min(AMOUNT_BONUS_CAP, AMOUNT_BONUS * j) for j in range(n_amounts + 1)]
        floor = self.threshold - _SLACK
        lsums, stories, profiles = self._lsums, self._stories, self._profiles
        bounded = []
        for sid, k in Counter(chain.from_iterable(lists)).items():
            if k < need:
                continue
            total, lsum, na = lsums[sid]
            pw = big * total - lsum
            mx = top[k]
            if pw < mx:
                mx = pw
            ub = mx / (aw + pw - mx) + bonus[na if na < n_amounts else n_amounts]
            if ub >= floor:
                bounded.append((ub, pw, sid))
        bounded.sort(reverse=True)
        vkeys = vec.keys()
        best: Match | None = None
        best_key: tuple | None = None
        limit = floor
        for ub, pw, sid in bounded:
            if ub < limit:
                break
            prof = profiles[sid]
            m = 0.0
            for e in vkeys & prof.keys():
                x, w = terms[e]
                y = prof[e] * w
                m += x if x < y else y
            story = stories[sid]
            sim = m / (aw + pw - m)  # the similarity, up to float rounding
            sim += bonus[min(len(story.amounts), n_amounts)]
            if sim + _SLACK < limit or not self._in_window(story, ts):
                continue
            match = self._score(vec, amounts, story, idf)
            if match.joins:
                key = (-match.score, story.started_at, story.id)
                if best_key is None or key < best_key:
                    best, best_key = match, key
                    limit = max(floor, match.score - 2e-6)
        return best

    # -- API
    def assign(self, article: EntitiesArticle) -> StoryRef:
        """The story of the article, creating or growing one. Idempotent per id."""
        sid = self._article_story.get(article.id)
        if sid is not None:
            return self._stories[sid].ref()
        ts = _utc(article.event_time)
        self._close_old(ts)
        vec, names = article_vector(article)
        amounts = money_amounts(article)
        best = self._best(vec, amounts, ts)
        if best is None:
            story = Story(id=story_id_for(article.id), started_at=ts, updated_at=ts)
            while story.id in self._stories:  # a collision in 48 bits; stay deterministic
                story.id = story_id_for(story.id)
            self._stories[story.id] = story
        else:
            story = self._stories[best.story_id]
            story.started_at = min(story.started_at, ts)
            story.updated_at = max(story.updated_at, ts)
        story.articles.append(article.id)
        lang = article.language.code or "und"
        if lang not in story.languages:
            story.languages.append(lang)
        for e, w in vec.items():
            story.sums[e] = story.sums.get(e, 0.0) + w
        if len(story.sums) > KEEP_K:
            story.sums = dict(_by_weight(story.sums.items())[:KEEP_K])
        story.names.update(names)
        story.names = {e: n for e, n in story.names.items() if e in story.sums}
        for amt in amounts:
            if len(story.amounts) < MAX_AMOUNTS and not any(_amount_match(amt, x) for x in story.amounts):
                story.amounts.append(amt)
        self._article_story[article.id] = story.id
        self._index(story)
        return story.ref()

    def story_of(self, article_id: str) -> str | None:
        return self._article_story.get(article_id)

    def articles_of(self, story_id: str) -> list[str]:
        """Every article id of the story, in arrival order ([] if unknown)."""
        s = self._stories.get(story_id)
        return list(s.articles) if s else []

    def story(self, story_id: str) -> StoryUpdate | None:
        s = self._stories.get(story_id)
        return s.update(self._profiles.get(story_id)) if s else None  # open: profile at hand

    def stories(self, limit: int | None = None) -> list[StoryUpdate]:
        """Stories, most recently updated first (the first ``limit`` only, if given)."""
        ordered = sorted(self._stories.values(), key=lambda s: (-s.updated_at.timestamp(), s.id))
        return [s.update(self._profiles.get(s.id)) for s in ordered[:limit]]

    def groups(self) -> list[list[str]]:
        """Article ids per story (each sorted), sorted: an order-free view of the grouping."""
        return sorted(sorted(s.articles) for s in self._stories.values())

    def prune(self, before: datetime) -> list[str]:
        """Forget stories last updated before ``before`` (memory); returns their ids.

        Unlike closing, this also forgets their article ids, so a redelivery of
        such an article would start a new story: prune well behind any replay
        or redelivery horizon, and at the same points in a replay.
        """
        before = _utc(before)
        gone = sorted(sid for sid, s in self._stories.items() if s.updated_at < before)
        for sid in gone:
            story = self._stories.pop(sid)
            for aid in story.articles:
                self._article_story.pop(aid, None)
            self._unindex(sid)
        return gone

    def to_dict(self) -> dict[str, Any]:
        return {"version": 1, "threshold": self.threshold,
                "window_s": self.window.total_seconds(), "min_shared": self.min_shared,
                "latest": None if self._latest is None else self._latest.isoformat(),
                "next_close": None if self._next_close is None else self._next_close.isoformat(),
                "stories": [self._stories[k].to_dict() for k in sorted(self._stories)],
                "closed": sorted(k for k in self._stories if k not in self._profiles),
                # creation order: postings are rebuilt in it, as they were built
                "order": list(self._stories)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "StoryIndex":
        idx = cls(threshold=data.get("threshold", THRESHOLD),
                  window=timedelta(seconds=data.get("window_s", WINDOW.total_seconds())),
                  min_shared=data.get("min_shared", MIN_SHARED))
        by_id = {d["id"]: Story.from_dict(d) for d in data.get("stories", [])}
        closed = set(data.get("closed", ()))
        for key in ("latest", "next_close"):
            if data.get(key):
                setattr(idx, f"_{key}", datetime.fromisoformat(data[key]))
        for sid in data.get("order", sorted(by_id)):
            story = by_id[sid]
            idx._stories[sid] = story
            for aid in story.articles:
                idx._article_story[aid] = sid
            if sid not in closed:
                idx._index(story)
        return idx


# --- checks the lead can run on real extractor output ------------------------------------------

def explain(a: EntitiesArticle, b: EntitiesArticle) -> Match:
    """Score of ``b`` against a fresh index holding only ``a``'s story.

    With one story the IDF weighs ``a``'s entities 1 and entities new to ``b``
    ``1 + ln 2``: close to what a cold-started worker decides."""
    idx = StoryIndex()
    ref = idx.assign(a)
    return idx._score(article_vector(b)[0], money_amounts(b), idx._stories[ref.id])


def group(articles: Iterable[EntitiesArticle], **params: Any) -> list[list[str]]:
    """Group articles in the given order; returns sorted lists of article ids."""
    idx = StoryIndex(**params)
    for art in articles:
        idx.assign(art)
    return idx.groups()


def check_grouping(articles: Sequence[EntitiesArticle], expected: Iterable[Iterable[str]],
                   orders: int | None = None, **params: Any) -> list[str]:
    """Problems (empty list = fine) grouping ``articles`` in every arrival order.

    ``expected`` lists the article ids that must share a story; every article
    not listed must be alone. ``orders`` caps how many permutations are tried
    (all by default; 5 articles = 120 orders). Use on real extractor output::

        problems = check_grouping(seed_articles, [{id_001, id_004}])
        assert not problems, problems
    """
    want = {a.id: frozenset([a.id]) for a in articles}
    for grp in expected:
        g = frozenset(grp)
        for aid in g:
            want[aid] = g
    target = sorted(sorted(g) for g in set(want.values()))
    problems: list[str] = []
    perms = itertools.permutations(articles)
    if orders is not None:
        perms = itertools.islice(perms, orders)
    for perm in perms:
        got = group(perm, **params)
        if got != target:
            order = [a.id[:12] for a in perm]
            problems.append(f"order {order}: got {got}, want {target}")
    return problems
