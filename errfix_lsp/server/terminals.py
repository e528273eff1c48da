"""Per-terminal state: the command now running, its stream, and which run owns the diagnostics.

`errfix/terminalOutput` messages for one terminal arrive in order; a message with `exitCode`
set ends the command, and the next message starts a new one (a new *run*). A new run replaces
the old run's diagnostics as soon as it reports its own error, or when it ends; a clean exit
(code 0) clears them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..explain import ExplainedEvent
    from ..match.matcher import Matcher
    from ..match.stream import TerminalStream

MAX_CHUNK = 8_000_000  # characters of one message that are looked at; the rest is dropped


@dataclass
class TerminalMessage:
    """A validated `errfix/terminalOutput` notification."""

    terminal: str
    data: str
    cwd: str | None = None
    command_line: str | None = None
    exit_code: int | None = None
    end: bool = False  # the command ended (with `exitCode`, or `end: true` when it is unknown)


def parse_terminal_message(raw: Any) -> tuple[TerminalMessage | None, str | None]:
    """The message, or the reason it cannot be used (shown to the user, never raised)."""
    if not isinstance(raw, dict):
        return None, "errfix/terminalOutput: params must be an object"
    terminal = raw.get("terminal")
    if isinstance(terminal, (int, float)) and not isinstance(terminal, bool):
        terminal = str(terminal)
    if not isinstance(terminal, str) or not terminal:
        return None, "errfix/terminalOutput: 'terminal' must be a non-empty string"
    terminal = bounded_name(terminal)
    data = raw.get("data")
    if data is None:
        data = ""
    if not isinstance(data, str):
        return None, "errfix/terminalOutput: 'data' must be a string"
    cwd = raw.get("cwd")
    if cwd is not None and not isinstance(cwd, str):
        cwd = None
    if isinstance(cwd, str) and cwd.startswith("file:"):
        from pygls import uris

        cwd = uris.to_fs_path(cwd)
    command_line = raw.get("commandLine")
    if not isinstance(command_line, str):
        command_line = None
    elif len(command_line) > 500:
        command_line = command_line[:499] + "…"
    exit_code = raw.get("exitCode")
    if isinstance(exit_code, bool) or not isinstance(exit_code, (int, type(None))):
        if isinstance(exit_code, float) and exit_code.is_integer():
            exit_code = int(exit_code)
        else:
            return None, "errfix/terminalOutput: 'exitCode' must be an integer or null"
    if len(data) > MAX_CHUNK:
        data = data[-MAX_CHUNK:]
    end = exit_code is not None or raw.get("end") is True
    return TerminalMessage(terminal, data, cwd, command_line, exit_code, end), None


def bounded_name(name: str, limit: int = 120) -> str:
    """A terminal name short enough for diagnostics; long names stay distinct via a digest."""
    if len(name) <= limit:
        return name
    digest = hashlib.sha1(name.encode("utf-8", "replace")).hexdigest()[:12]
    return f"{name[:limit - 14]}…{digest}"


@dataclass
class TerminalUpdate:
    """What one message changed, for the server to publish."""

    terminal: str
    run: int
    explained: list[ExplainedEvent]
    ended: bool
    exit_code: int | None
    cwd: str | None
    command_line: str | None
    pending: bool = False  # the stream holds an event that only silence can end


@dataclass
class TerminalState:
    name: str
    stream: TerminalStream = field(default_factory=lambda: _new_stream())
    run: int = 0  # the command now running (or that last ran)
    running: bool = False
    cwd: str | None = None
    command_line: str | None = None
    shown_run: int = 0  # the run whose diagnostics are published (0: none)

    @property
    def source(self) -> str:
        return f"terminal:{self.name}"

    def label(self) -> str:
        where = f"terminal '{self.name}'"
        return f"{where}: {self.command_line}" if self.command_line else where


def _new_stream() -> TerminalStream:
    from ..match.stream import TerminalStream

    return TerminalStream()


class Terminals:
    """All terminals by name. `process` runs on the matching thread, one message at a time."""

    def __init__(self) -> None:
        self._states: dict[str, TerminalState] = {}

    def get(self, name: str) -> TerminalState:
        state = self._states.get(name)
        if state is None:
            state = self._states[name] = TerminalState(name)
        return state

    def all(self) -> list[TerminalState]:
        return list(self._states.values())

    def reset_all(self) -> None:
        for state in self._states.values():
            state.stream.reset()
            state.running = False
            state.shown_run = 0

    def flush(self, name: str, run: int, matcher: Matcher) -> TerminalUpdate | None:
        """Events held by output that went quiet (see `TerminalStream.flush`)."""
        from ..explain import explain_events

        state = self.get(name)
        if state.run != run or not state.running or not state.stream.pending:
            return None
        return TerminalUpdate(
            terminal=name,
            run=run,
            explained=explain_events(state.stream.flush(), matcher),
            ended=False,
            exit_code=None,
            cwd=state.cwd,
            command_line=state.command_line,
        )

    def process(self, message: TerminalMessage, matcher: Matcher) -> TerminalUpdate:
        from ..explain import explain_events

        state = self.get(message.terminal)
        if not state.running:
            state.run += 1
            state.running = True
            state.stream.reset()
            state.cwd = None
            state.command_line = None
        if message.cwd:
            state.cwd = message.cwd
        if message.command_line:
            state.command_line = message.command_line.strip()
        events = state.stream.feed(message.data) if message.data else []
        ended = message.end
        if ended:
            events += state.stream.end()
            state.running = False
        return TerminalUpdate(
            terminal=state.name,
            run=state.run,
            explained=explain_events(events, matcher),
            pending=state.stream.pending,
            ended=ended,
            exit_code=message.exit_code,
            cwd=state.cwd,
            command_line=state.command_line,
        )
