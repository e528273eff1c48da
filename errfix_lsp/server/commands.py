"""`workspace/executeCommand` bodies: pure functions over the engine, with argument checking.

Results have the CLI's JSON shapes: `errfix.search` is `errfix search --json`, `errfix.explain`
is `errfix explain --json`, so editors and scripts see one format.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..engine import Engine

MAX_QUERY = 10_000
MAX_EXPLAIN = 20_000_000


class BadArguments(ValueError):
    """The command was called with arguments it cannot use; the message says what it needs."""


def _one_string(command: str, args: Sequence[Any], what: str, limit: int) -> str:
    if len(args) != 1:
        raise BadArguments(f"{command} takes one argument ({what}), got {len(args)}")
    value = args[0]
    if not isinstance(value, str):
        raise BadArguments(f"{command}: {what} must be a string, got {type(value).__name__}")
    if len(value) > limit:
        raise BadArguments(f"{command}: {what} is longer than {limit} characters")
    return value


def search(engine: Engine, args: Sequence[Any], limit: int = 20) -> list[dict]:
    query = _one_string("errfix.search", args, "the query", MAX_QUERY)
    if not query.strip():
        return []
    return [hit.as_json() for hit in engine.search(query, limit=limit)]


def explain(engine: Engine, args: Sequence[Any]) -> dict:
    from ..explain import as_json

    text = _one_string("errfix.explain", args, "the output text", MAX_EXPLAIN)
    return as_json(engine.explain(text))


def show_entry(engine: Engine, args: Sequence[Any], locale: str) -> str:
    from ..render import entry_markdown

    entry_id = _one_string("errfix.showEntry", args, "the entry id", 500)
    entry = engine.kb.get(entry_id.strip())
    if entry is None:
        raise BadArguments(f"errfix.showEntry: no KB entry with id {entry_id!r}")
    return entry_markdown(entry, locale, engine.kb)


def run_in_terminal_text(args: Sequence[Any]) -> str:
    """The shell command of an `errfix.runInTerminal` action (editors run it; we show it)."""
    return _one_string("errfix.runInTerminal", args, "the shell command", MAX_QUERY)

