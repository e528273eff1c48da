"""The loaded KB with everything built from it: matcher and search index. CLI and server share it."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from .explain import ExplainedEvent, explain_text
from .kb.load import KnowledgeBase, load_kb
from .kb.search import SearchHit, SearchIndex
from .match.matcher import Matcher


class Engine:
    def __init__(self, kb: KnowledgeBase, on_quarantine: Callable[[str, str], None] | None = None) -> None:
        self.kb = kb
        self.matcher = Matcher(kb, on_quarantine=on_quarantine)
        self._search_index: SearchIndex | None = None

    @classmethod
    def load(
        cls,
        extra: Iterable[str | os.PathLike[str]] = (),
        *,
        shipped: bool = True,
        on_quarantine: Callable[[str, str], None] | None = None,
    ) -> Engine:
        return cls(load_kb(extra, shipped=shipped), on_quarantine=on_quarantine)

    @property
    def search_index(self) -> SearchIndex:
        if self._search_index is None:  # built on first search: start-up stays fast
            self._search_index = SearchIndex(self.kb.entries)
        return self._search_index

    def explain(self, text: str | bytes, first_line: int = 1) -> list[ExplainedEvent]:
        return explain_text(text, self.matcher, first_line)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Entries that recognise the query as an error message first, then keyword hits."""
        hits: list[SearchHit] = []
        seen: set[str] = set()
        for match in self.matcher.match_text(query)[:limit]:
            hits.append(SearchHit(match.entry, 1.0 + match.score))
            seen.add(match.entry.id)
        for hit in self.search_index.search(query, limit):
            if hit.entry.id not in seen and len(hits) < limit:
                hits.append(hit)
        return hits
