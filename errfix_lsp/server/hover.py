"""Hover: the KB entry behind an errfix diagnostic (or a matched diagnostic of another tool).

Anchors are what the hover can explain: our own diagnostics carry the entry id and captures in
`data`; other tools' diagnostics that matched a KB entry are kept as anchors of their own (we do
not publish them again, the user already sees them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lsprotocol import types

from .diagnostics import SOURCE, DiagnosticStore, normalize_uri

if TYPE_CHECKING:
    from ..kb.load import KnowledgeBase


@dataclass(frozen=True)
class Anchor:
    """A range in a document that a KB entry explains."""

    range: types.Range
    entry_id: str
    captures: dict
    error: str = ""  # the user's exception line as printed, when the diagnostic carries it


class ForeignAnchors:
    """Other tools' diagnostics that matched the KB, per document."""

    def __init__(self) -> None:
        self._by_uri: dict[str, list[Anchor]] = {}

    def replace(self, uri: str, anchors: list[Anchor]) -> None:
        uri = normalize_uri(uri)
        if anchors:
            self._by_uri[uri] = anchors
        else:
            self._by_uri.pop(uri, None)

    def clear(self) -> None:
        self._by_uri.clear()

    def at(self, uri: str, position: types.Position) -> list[Anchor]:
        return [a for a in self._by_uri.get(normalize_uri(uri), []) if _contains(a.range, position)]

    def in_range(self, uri: str, rng: types.Range) -> list[Anchor]:
        return [
            a
            for a in self._by_uri.get(normalize_uri(uri), [])
            if a.range.start.line <= rng.end.line and rng.start.line <= a.range.end.line
        ]


def _contains(rng: types.Range, position: types.Position) -> bool:
    if position.line < rng.start.line or position.line > rng.end.line:
        return False
    return not (
        rng.end.line == position.line and rng.end.character == 0 and rng.start.line != rng.end.line
    )


def anchor_of(diagnostic: types.Diagnostic) -> Anchor | None:
    """The entry an errfix diagnostic stands for (from its `data`, else its `code`)."""
    if diagnostic.source != SOURCE:
        return None
    data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
    entry_id = data.get("entryId") or (diagnostic.code if isinstance(diagnostic.code, str) else None)
    if not entry_id:
        return None
    captures = data.get("captures") if isinstance(data.get("captures"), dict) else {}
    error = data.get("error") if isinstance(data.get("error"), str) else ""
    return Anchor(diagnostic.range, str(entry_id), dict(captures), error)


def hover_at(
    uri: str,
    position: types.Position,
    store: DiagnosticStore,
    foreign: ForeignAnchors,
    kb: KnowledgeBase,
    locale: str,
    markdown: bool = True,
) -> types.Hover | None:
    from ..render import hover_text

    anchors = [a for d in store.at(uri, position) if (a := anchor_of(d)) is not None]
    anchors += foreign.at(uri, position)
    sections: list[str] = []
    shown: set[str] = set()
    hover_range = None
    for anchor in anchors:
        entry = kb.get(anchor.entry_id)
        if entry is None or entry.id in shown:
            continue
        shown.add(entry.id)
        sections.append(hover_text(entry, locale, kb, anchor.error, markdown))
        hover_range = hover_range or anchor.range
    if not sections:
        return None
    return types.Hover(
        contents=types.MarkupContent(
            kind=types.MarkupKind.Markdown if markdown else types.MarkupKind.PlainText,
            value=("\n\n---\n\n" if markdown else "\n\n").join(sections),
        ),
        range=hover_range,
    )
