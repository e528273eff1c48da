"""Ranked keyword search over the KB, for the command palette and `errfix search`.

Words in the id, signature and aliases weigh most, then tags and category, then the root cause
and workarounds. A query word also matches words it begins ("serializ" finds "serializable"),
so results make sense while the user is still typing.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from dataclasses import dataclass

import regex

from .model import Entry

_WORD = regex.compile(r"[\w]+", regex.UNICODE)
_FIELD_WEIGHTS = (
    ("id", 3.0),
    ("signature", 3.0),
    ("aliases", 2.5),
    ("tags", 2.0),
    ("category", 1.5),
    ("signature_zh", 1.5),
    ("root_cause", 1.0),
    ("root_cause_zh", 0.5),
    ("workarounds", 0.5),
)


@dataclass(frozen=True)
class SearchHit:
    entry: Entry
    score: float

    def as_json(self) -> dict:
        return {"id": self.entry.id, "signature": self.entry.signature, "score": round(self.score, 4)}


def _words(text: str) -> list[str]:
    words = []
    for word in _WORD.findall(text.lower()):
        words.append(word)
        if "_" in word:
            words.extend(part for part in word.split("_") if part)
    return words


def _field_text(entry: Entry, name: str) -> str:
    raw = entry.raw
    if name == "workarounds":
        return " ".join(str(w.get("action", "")) for w in raw.get("workarounds") or [] if isinstance(w, dict))
    value = raw.get(name)
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value or "")


class SearchIndex:
    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        postings: dict[str, dict[int, float]] = defaultdict(dict)
        for position, entry in enumerate(entries):
            for name, weight in _FIELD_WEIGHTS:
                for word in set(_words(_field_text(entry, name))):
                    previous = postings[word].get(position, 0.0)
                    postings[word][position] = max(previous, weight)
        total = max(1, len(entries))
        self._idf = {w: math.log(1 + total / len(p)) for w, p in postings.items()}
        self._postings = dict(postings)
        self._vocabulary = sorted(postings)

    def _expand(self, word: str) -> list[tuple[str, float]]:
        """The word itself, and vocabulary words it is a prefix of (weighted lower)."""
        out = [(word, 1.0)] if word in self._postings else []
        if len(word) >= 3:
            start = bisect.bisect_left(self._vocabulary, word)
            for candidate in self._vocabulary[start : start + 50]:
                if not candidate.startswith(word):
                    break
                if candidate != word:
                    out.append((candidate, 0.6))
        return out

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        words = list(dict.fromkeys(_words(query)))
        if not words:
            return []
        scores: dict[int, float] = defaultdict(float)
        for word in words:
            reached: dict[int, float] = {}
            for term, factor in self._expand(word):
                idf = self._idf[term]
                for position, weight in self._postings[term].items():
                    reached[position] = max(reached.get(position, 0.0), weight * idf * factor)
            for position, value in reached.items():
                scores[position] += value
        phrase = query.strip().lower()
        for position in scores:
            if phrase and phrase in self.entries[position].signature.lower():
                scores[position] *= 1.5
            # an alias is a curated search term: the query being exactly one ranks it first
            if phrase and any(phrase == a.lower() for a in self.entries[position].aliases):
                scores[position] *= 2.0
        best = max(scores.values(), default=1.0)
        ranked = sorted(scores.items(), key=lambda item: (-item[1], self.entries[item[0]].id))
        return [SearchHit(self.entries[p], s / best) for p, s in ranked[:limit]]
