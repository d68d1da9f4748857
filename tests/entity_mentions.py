"""What the entity-rule tests read of ``extract``: each mention's text and its entity's type
or id."""

from __future__ import annotations

from agents.entities.extract import extract
from streams.records import LanguageResult


def mentions(text: str, code: str, script: str = "Latn") -> set[tuple[str, str]]:
    """{(mention as written, entity type)} of ``text`` read as language ``code``."""
    res = extract(text, LanguageResult(code=code, script=script, confidence=1.0))
    return {(m.text, e.type) for e in res.entities for m in e.mentions}


def mention_ids(text: str, code: str, script: str = "Latn") -> set[tuple[str, str]]:
    """{(mention as written, entity id)} of ``text`` read as language ``code``."""
    res = extract(text, LanguageResult(code=code, script=script, confidence=1.0))
    return {(m.text, e.id) for e in res.entities for m in e.mentions}
