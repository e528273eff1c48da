"""Terminal output waiting for the matching thread: merged per terminal, and bounded.

The event loop reads `errfix/terminalOutput` as fast as the client writes it; matching is
slower than reading (a `cat` of a large file prints far more per second than the stream can
scan). Without a bound, every chunk not yet scanned waits in the matching thread's queue and
the server's memory grows with the output (about 1 MB per MB streamed).

So chunks of one terminal wait here instead: while a drain job for the terminal is queued,
new chunks join its backlog (one job, not one per chunk), and the job feeds them to the stream
merged, which is also cheaper per character. When a backlog exceeds its limit the oldest
output is dropped: the scan skips what it could not keep up with and stays on the newest
output, where a crash of the running command will be. Run boundaries (`exitCode`, `end`)
are never dropped.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from dataclasses import replace

from .terminals import TerminalMessage

log = logging.getLogger(__name__)
TERMINAL_LIMIT = 2_000_000  # characters waiting per terminal
TOTAL_LIMIT = 8_000_000  # characters waiting over all terminals
MERGE_LIMIT = 262_144  # characters fed at once: regex calls hold the GIL, so hovers wait for them


class OutputBacklog:
    """Per-terminal queues of messages; `put` on the event loop, `take` on the matching thread."""

    def __init__(self, terminal_limit: int = TERMINAL_LIMIT, total_limit: int = TOTAL_LIMIT) -> None:
        self.terminal_limit = terminal_limit
        self.total_limit = total_limit
        self.dropped = 0  # characters dropped so far (logged; read by tests and benchmarks)
        self._lock = threading.Lock()
        self._queues: dict[str, deque[TerminalMessage]] = {}
        self._chars: dict[str, int] = {}
        self._total = 0

    def put(self, message: TerminalMessage) -> bool:
        """Queue `message`; True when its terminal had nothing waiting (schedule a drain)."""
        name = message.terminal
        with self._lock:
            queue = self._queues.get(name)
            first = queue is None
            if queue is None:
                queue = self._queues[name] = deque()
                self._chars[name] = 0
            queue.append(message)
            self._chars[name] += len(message.data)
            self._total += len(message.data)
            others = self._total - self._chars[name]
            limit = max(0, min(self.terminal_limit, self.total_limit - others))
            if self._chars[name] > limit:
                self._trim(name, queue, self._chars[name] - limit)
        return first

    def take(self, terminal: str) -> list[TerminalMessage]:
        """Everything waiting for `terminal`, merged into as few messages as run ends allow."""
        with self._lock:
            queue = self._queues.pop(terminal, None)
            chars = self._chars.pop(terminal, 0)
            self._total -= chars
        return merge(list(queue or ()))

    def waiting(self) -> int:
        """Characters waiting over all terminals."""
        with self._lock:
            return self._total

    def _trim(self, name: str, queue: deque[TerminalMessage], excess: int) -> None:
        """Drop `excess` characters, oldest first; a cut leaves a line break behind."""
        kept: deque[TerminalMessage] = deque()
        dropped = 0
        cwd = command_line = None  # of messages dropped whole: handed to the next one kept
        for message in queue:
            room = excess - dropped
            if room > 0 and message.data:
                cut = min(len(message.data), room)
                rest = message.data[cut:]
                dropped += cut
                if not rest and not message.end:
                    cwd = message.cwd or cwd
                    command_line = message.command_line or command_line
                    continue
                message = replace(
                    message, data="\n" + rest, cwd=message.cwd or cwd,
                    command_line=message.command_line or command_line,
                )
                dropped -= 1
                cwd = command_line = None
            kept.append(message)
        if cwd or command_line or not kept:
            kept.append(TerminalMessage(name, "\n", cwd, command_line))
            dropped -= 1
        queue.clear()
        queue.extend(kept)
        self._chars[name] -= dropped
        self._total -= dropped
        if dropped > 0:
            if self.dropped == 0:
                log.warning("terminal output arrives faster than it is scanned; skipping the oldest")
            self.dropped += dropped


def merge(messages: list[TerminalMessage]) -> list[TerminalMessage]:
    """Consecutive messages of one command as one; a message that ends the command ends a group."""
    out: list[TerminalMessage] = []
    group: list[TerminalMessage] = []
    size = 0
    for message in messages:
        if group and size + len(message.data) > MERGE_LIMIT:
            out.append(_joined(group))
            group, size = [], 0
        group.append(message)
        size += len(message.data)
        if message.end:
            out.append(_joined(group))
            group, size = [], 0
    if group:
        out.append(_joined(group))
    return out


def _joined(group: list[TerminalMessage]) -> TerminalMessage:
    if len(group) == 1:
        return group[0]
    last = group[-1]
    cwd = next((m.cwd for m in reversed(group) if m.cwd), None)
    command_line = next((m.command_line for m in reversed(group) if m.command_line), None)
    return TerminalMessage(
        terminal=last.terminal,
        data="".join(m.data for m in group),
        cwd=cwd,
        command_line=command_line,
        exit_code=last.exit_code,
        end=last.end,
    )
