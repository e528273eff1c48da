"""The engine's one entry point: text in, matched error events out (used by the CLI and server)."""

from __future__ import annotations

from dataclasses import dataclass

from .match.clean import clean_text
from .match.events import ErrorEvent
from .match.matcher import Match, Matcher
from .match.split import split_events


@dataclass
class ExplainedEvent:
    event: ErrorEvent
    matches: list[Match]

    @property
    def key_block(self):
        """The block the best match matched (else the final exception)."""
        if self.matches and 0 <= self.matches[0].block < len(self.event.blocks):
            return self.event.blocks[self.matches[0].block]
        return self.event.final

    def as_json(self) -> dict:
        block = self.key_block
        return {
            "line": block.line,
            "text": block.text,
            "kind": self.event.kind,
            "frames": [frame.as_json() for frame in block.frames],
            "matches": [match.as_json() for match in self.matches],
        }


def explain_text(text: str | bytes, matcher: Matcher, first_line: int = 1) -> list[ExplainedEvent]:
    """Every error event in `text` with its KB matches, best first."""
    cleaned = clean_text(text)
    return explain_events(split_events(cleaned, first_line), matcher)


def explain_events(events: list[ErrorEvent], matcher: Matcher) -> list[ExplainedEvent]:
    return [ExplainedEvent(event, matcher.match_event(event)) for event in events]


def as_json(explained: list[ExplainedEvent]) -> dict:
    """The `errfix explain --json` contract."""
    return {"events": [item.as_json() for item in explained]}
