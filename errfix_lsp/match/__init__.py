"""Terminal output → error events → KB matches. Pure: no editor or protocol imports."""

from .clean import clean_text
from .events import ErrorEvent, ExceptionBlock, Frame
from .matcher import Match, Matcher
from .split import split_events

__all__ = [
    "ErrorEvent",
    "ExceptionBlock",
    "Frame",
    "Match",
    "Matcher",
    "clean_text",
    "split_events",
]
