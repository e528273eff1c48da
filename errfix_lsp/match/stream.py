"""Error events from a terminal as it streams: each event reported once, as soon as it is complete.

A terminal delivers output in arbitrary chunks: a chunk may end in the middle of a line, of a
UTF-8 character or of an escape sequence, and a progress bar may redraw one line with `\\r`
thousands of times across chunks. `TerminalStream` holds back exactly what is unfinished and
hands complete lines to the same splitter the CLI uses (`split.split_events`), so a streamed
output yields the same events as the whole text would.

When is an event complete? The splitter decides where an event ends by looking at the line after
it (a non-continuation line, a new traceback, a prompt...). So an event is complete once a
non-blank line *after* it has arrived, or when the command ends (`end()`). Until then it is held
and re-parsed when more lines come.

Memory stays bounded on endless output: only lines that could still belong to an event are kept
(plus a little context for pytest's location lines), capped at `max_buffer` characters; a line
without a newline is capped at `max_line` characters.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

import regex

from .clean import clean_text, collapse_carriage_returns, split_partial_escape, strip_escapes
from .events import ErrorEvent
from .split import repeat_key, repeat_keys_seen, split_events

MAX_BUFFER = 2_000_000  # characters of held lines per command
MAX_LINE = 65_536  # characters kept of one line (the splitter reads the first 8 KB anyway)
MAX_OPEN_LINES = 3_000  # a traceback header waits at most this many lines for its exception
PYTEST_CONTEXT = 2_000  # lines before pytest `E` lines that may hold their location lines
_MAX_ESCAPE = 4_096  # longest escape sequence (OSC with a long command line) held back

# Lines from which a traceback starts whose exception line may still be on its way.
_OPENER = regex.compile(
    r'Traceback \(most recent call last\)|^[ \t]*File "[^"\n]+", line \d+', regex.MULTILINE
)
_PYTEST_E = regex.compile(r"^E(?:[ \t]|$)", regex.MULTILINE)
# Lines inside a Python traceback before its exception line: frames, source, carets, blanks.
_TRACEBACK_BODY = regex.compile(r"[ \t]|$")
_HEADER = regex.compile(r"Traceback \(most recent call last\)")
# After these lines Python prints the next traceback of a chain: they prove nothing yet.
_CHAIN = regex.compile(
    r"^[ \t]*(?:During handling of the above exception, another exception occurred:"
    r"|The above exception was the direct cause of the following exception:)[ \t]*$"
)


@dataclass
class _Command:
    """What is held for the command currently running."""

    lines: list[str] = field(default_factory=list)  # cleaned, complete, not yet discarded
    base: int = 0  # 0-based index (from the command start) of lines[0]
    chars: int = 0  # total length of `lines`
    scan_from: int = 0  # events may start at this index or later; earlier ones were reported
    last_event_end: int = 0  # index after the last reported event
    seen: set[str] = field(default_factory=set)  # key lines already reported (for dedupe)
    total_lines: int = 0
    pending: bool = False  # an event is held, waiting for a line that proves its end
    open_traceback: bool = False  # held from a traceback header that has no exception yet


class TerminalStream:
    """Feed raw chunks of one terminal; get each error event once, as soon as it is complete.

    Line numbers of the events count from 1 at the start of the current command. `end()` ends
    the command: everything still held is reported and the next chunk starts a new command.
    """

    def __init__(self, max_buffer: int = MAX_BUFFER, max_line: int = MAX_LINE) -> None:
        self.max_buffer = max_buffer
        self.max_line = max_line
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._escape = ""  # an unfinished escape sequence at the end of the last chunk
        self._partial = ""  # the current unfinished line (escapes already stripped)
        self._overflow = False  # the unfinished line is longer than max_line: drop the rest
        self._cmd = _Command()

    # -- public API ---------------------------------------------------------------------------

    @property
    def line_count(self) -> int:
        """Complete lines received in the current command."""
        return self._cmd.total_lines

    @property
    def held_chars(self) -> int:
        """Characters currently held (for tests and diagnostics of memory use)."""
        return self._cmd.chars + len(self._partial) + len(self._escape)

    @property
    def pending(self) -> bool:
        """True while an event is held because nothing after it proves it ended yet."""
        return self._cmd.pending

    def flush(self) -> list[ErrorEvent]:
        """Report held events as complete without ending the command.

        For output that went quiet: a prompt like `user@host:~$ ` is not a line yet, so nothing
        after a crash proves it ended until the user types. The server calls this after a
        moment of silence.
        """
        return self._scan(final=True, keep_open=True)

    def feed(self, data: bytes | str) -> list[ErrorEvent]:
        """Add a chunk; return the events it completed (each event is returned only once)."""
        text = self._decoder.decode(data) if isinstance(data, bytes) else data
        if not text:
            return []
        lines = self._take_lines(text)
        if not lines:
            return []
        self._append(lines)
        if self._cmd.open_traceback and all(_TRACEBACK_BODY.match(line) for line in lines):
            return []  # frames of a traceback whose exception line has not come yet
        return self._scan(final=False)

    def end(self) -> list[ErrorEvent]:
        """The command ended: report what is still held and start afresh."""
        tail = self._decoder.decode(b"", final=True)
        if tail:
            self._take_lines(tail)
        held, self._escape = self._escape, ""
        self._grow_partial(held)  # a sequence never finished is text, as in `clean_text`
        last = self._finish_partial()
        if last is not None:
            self._append([last])
        events = self._scan(final=True)
        self.reset()
        return events

    def reset(self) -> None:
        """Forget everything of the current command (a new one is starting)."""
        self._decoder.reset()
        self._escape = ""
        self._partial = ""
        self._overflow = False
        self._cmd = _Command()

    # -- chunk → complete cleaned lines ------------------------------------------------------

    def _take_lines(self, text: str) -> list[str]:
        text = self._escape + text
        complete, self._escape = _split_escape(text)
        if not complete:
            return []
        newline = complete.rfind("\n")
        if newline < 0:
            self._grow_partial(complete)
            return []
        head = complete[: newline + 1]
        rest = complete[newline + 1 :]
        first_newline = head.find("\n")
        first = self._partial + strip_escapes(head[:first_newline])
        if self._overflow:
            first = self._partial
        self._partial = ""
        self._overflow = False
        body = strip_escapes(head[first_newline + 1 : -1]) if first_newline < newline else None
        lines = [_clean_line(first, self.max_line)]
        if body is not None:
            limit = self.max_line
            lines.extend(
                line if len(line) <= limit else line[:limit] for line in clean_text(body).split("\n")
            )
        self._grow_partial(rest)
        return lines

    def _grow_partial(self, text: str) -> None:
        """Extend the unfinished line, collapsing `\\r` redraws so it cannot grow forever."""
        if not text or self._overflow:
            return
        partial = self._partial + strip_escapes(text)
        if partial.count("\r") > 1:
            head, _, tail = partial.rpartition("\r")
            partial = collapse_carriage_returns(head) + "\r" + tail
        if len(partial) > self.max_line:
            partial = partial[: self.max_line]
            self._overflow = True
        self._partial = partial

    def _finish_partial(self) -> str | None:
        if not self._partial:
            return None
        line = _clean_line(self._partial, self.max_line)
        self._partial = ""
        self._overflow = False
        return line if line.strip() else None

    # -- held lines → events -------------------------------------------------------------------

    def _append(self, lines: list[str]) -> None:
        cmd = self._cmd
        cmd.lines.extend(lines)
        cmd.chars += sum(len(line) + 1 for line in lines)
        cmd.total_lines += len(lines)
        self._bound()

    def _bound(self) -> None:
        """Drop the oldest held lines beyond `max_buffer` characters."""
        cmd = self._cmd
        drop = 0
        while cmd.chars > self.max_buffer and drop < len(cmd.lines) - 1:
            cmd.chars -= len(cmd.lines[drop]) + 1
            drop += 1
        if drop:
            del cmd.lines[:drop]
            cmd.base += drop
            cmd.scan_from = max(cmd.scan_from, cmd.base)
            cmd.last_event_end = max(cmd.last_event_end, cmd.base)

    def _scan(self, final: bool, keep_open: bool = False) -> list[ErrorEvent]:
        """Report complete events (all events when `final`); keep what may still grow."""
        cmd = self._cmd
        end = cmd.base + len(cmd.lines)
        if cmd.scan_from >= end:
            cmd.pending = False
            return []
        new_text = "\n".join(cmd.lines[cmd.scan_from - cmd.base :])
        start = cmd.scan_from
        if _PYTEST_E.search(new_text):
            # pytest's frames are location lines above the `E` lines: give the splitter those.
            start = max(cmd.base, cmd.last_event_end, cmd.scan_from - PYTEST_CONTEXT)
        text = new_text if start == cmd.scan_from else "\n".join(cmd.lines[start - cmd.base :])
        events = split_events(text, first_line=start + 1)
        ready: list[ErrorEvent] = []
        hold: int | None = None
        opener = None if final else self._unparsed_opener(events, end)
        for event in events:
            first_index = event.start_line - 1
            if first_index < cmd.scan_from:
                continue  # context lines, already scanned
            if opener is not None and opener < first_index and self._body_between(opener, first_index):
                hold = opener  # that traceback's exception line may yet take this event in
                break
            if final or self._end_is_proven(event.end_line):
                ready.append(event)
                cmd.scan_from = event.end_line
                cmd.last_event_end = event.end_line
            else:
                hold = first_index
                break
        cmd.pending = hold is not None
        cmd.open_traceback = False
        if keep_open or not final:
            # a traceback still waiting for its exception line may take in the held event
            opener = self._open_traceback(end)
            if opener is not None and (hold is None or opener < hold):
                hold = opener
                cmd.open_traceback = True
        self._discard(hold if hold is not None else end, end)
        return self._dedupe(ready)

    def _end_is_proven(self, after: int) -> bool:
        """True when the lines from index `after` on show that the event before them ended.

        The first non-blank line decides, except a chain marker ("During handling of the
        above exception..."): when a traceback header follows it (after an IPython rule
        line, perhaps), the chain goes on and the splitter will extend the event once that
        traceback is complete.
        """
        cmd = self._cmd
        index = after - cmd.base
        waiting_for = 1
        back = index - 1
        while back >= 0 and not cmd.lines[back].strip():
            back -= 1
        if back >= 0 and _CHAIN.match(cmd.lines[back]):
            waiting_for = 2  # the splitter already took the marker into the event
        while index < len(cmd.lines):
            line = cmd.lines[index]
            index += 1
            if not line.strip():
                continue
            if _CHAIN.match(line):
                waiting_for = 2
                continue
            if waiting_for == 2:
                if line.strip("- \t") == "":
                    continue
                return not _HEADER.search(line)
            return True
        return False

    def _unparsed_opener(self, events: list[ErrorEvent], end: int) -> int | None:
        """The first traceback line after the reported events that no parsed event contains."""
        cmd = self._cmd
        start = max(cmd.scan_from, end - MAX_OPEN_LINES)
        text = "\n".join(cmd.lines[start - cmd.base :])
        spans = [(e.start_line - 1, e.end_line - 1) for e in events]
        index, counted = start, 0
        for match in _OPENER.finditer(text):
            index += text.count("\n", counted, match.start())
            counted = match.start()
            if not any(first <= index <= last for first, last in spans):
                return index
        return None

    def _body_between(self, opener: int, index: int) -> bool:
        """True when only traceback body lines (indented or blank) lie after `opener` up to
        `index`: that traceback is still open there. A stray stack print followed by ordinary
        output must not hold back the errors after it."""
        lines = self._cmd.lines
        base = self._cmd.base
        return all(_TRACEBACK_BODY.match(lines[i - base]) for i in range(opener + 1, index))

    def _open_traceback(self, end: int) -> int | None:
        """The first line after the reported events that starts a traceback still arriving."""
        cmd = self._cmd
        start = max(cmd.scan_from, end - MAX_OPEN_LINES)
        text = "\n".join(cmd.lines[start - cmd.base :])
        match = _OPENER.search(text)
        if match is None:
            return None
        return start + text.count("\n", 0, match.start())

    def _discard(self, keep_from: int, end: int) -> None:
        """Nothing before `keep_from` can start an event any more: keep only pytest context."""
        cmd = self._cmd
        cmd.scan_from = max(cmd.scan_from, keep_from)
        keep = max(cmd.base, min(cmd.scan_from, end) - PYTEST_CONTEXT)
        drop = keep - cmd.base
        if drop > 0:
            cmd.chars -= sum(len(line) + 1 for line in cmd.lines[:drop])
            del cmd.lines[:drop]
            cmd.base = keep

    def _dedupe(self, events: list[ErrorEvent]) -> list[ErrorEvent]:
        """As the splitter does: a repeat of an error already reported is dropped."""
        out = []
        seen = self._cmd.seen
        for event in events:
            if repeat_key(event) in seen:
                continue
            if len(seen) < 10_000:
                seen |= repeat_keys_seen(event)
            out.append(event)
        return out


def _split_escape(text: str) -> tuple[str, str]:
    """(complete text, unfinished escape sequence at its end), also for OSCs over 256 chars."""
    complete, partial = split_partial_escape(text)
    if partial:
        return complete, partial
    start = text.rfind("\x1b", max(0, len(text) - _MAX_ESCAPE))
    if start >= 0 and text.startswith("\x1b]", start):
        rest = text[start + 2 :]
        if "\x07" not in rest and "\x1b" not in rest and "\n" not in rest:
            return text[:start], text[start:]
    return text, ""


def _clean_line(line: str, limit: int) -> str:
    """One complete line as the person saw it (CR redraws collapsed, controls removed)."""
    return clean_text(line[:limit] if len(line) > limit else line)
