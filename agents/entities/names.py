"""What the candidate rules of every script share: the record of a name found (``Candidate``)
and small helpers the language modules (``candidates``, ``arabic``) read text with."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    text: str
    type: str   # PER / ORG / LOC / PRODUCT / MISC
    id: str | None = None   # set when the name's id comes from another spelling of it


def word_before_native(word: re.Pattern, text: str, s: int) -> str:
    """The word of the script that ends one space before ``s`` ('' if none)."""
    j = s - 1
    if j < 1 or text[j] != " ":
        return ""
    k = j
    while k > 0 and word.match(text, k - 1):
        k -= 1
    return text[k:j]
