"""Matched error events → LSP diagnostics on the user's own code; per-source storage and merging.

Every input (each terminal, each log document, each watched file) is a *source*. Its diagnostics
are kept apart so that one source can be replaced or cleared without touching the others, and
merged per file when published.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls import uris
from pygls.workspace.position_codec import PositionCodec

from ..definitions import find_definitions
from ..ignore import Rules
from ..textlines import UTF32, LineIndex, code_units, encoding_name

if TYPE_CHECKING:
    from ..explain import ExplainedEvent
    from ..kb.load import KnowledgeBase

SOURCE = "errfix"
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "information": types.DiagnosticSeverity.Information,
    "hint": types.DiagnosticSeverity.Hint,
}
_BREAKS = re.compile(r"\r\n|\r|\n")
# Captures that name something the user defined; the fix applies at its definition.
DEFINITION_CAPTURES = {"class_name": ("class",), "function": ("function",)}


def normalize_uri(uri: str) -> str:
    """One spelling per file (`file:///a%20b` and `file:///a b` are the same document)."""
    if uri.startswith("file:"):
        path = uris.to_fs_path(uri)
        if path:
            return uris.from_fs_path(path) or uri
    return uri


@dataclass(frozen=True)
class Origin:
    """Where the output came from: a terminal command, a log document or a watched file."""

    key: str  # the source key in the store, e.g. "terminal:1", "doc:<uri>", "watch:<uri>"
    label: str  # for people: "terminal 'bash': python train.py"
    cwd: str | None = None
    log_uri: str | None = None  # the output is this document: point at its lines too


@dataclass
class Context:
    """What conversion needs from the server, as plain values and callbacks."""

    roots: list[Path]
    kb: KnowledgeBase
    severity: str = "error"
    locale: str = "en"
    codec: PositionCodec = field(default_factory=PositionCodec)
    read_text: Callable[[str], str | None] = lambda path: None
    python_sources: Callable[[], Iterable[tuple[str, str]]] = lambda: ()
    log_lines: list[str] | None = None  # the log document's lines, when the origin is one
    _log_index: LogLines | None = field(default=None, repr=False)
    # the workspace folders as the editor names them (`roots` are resolved)
    editor_roots: list[Path] = field(default_factory=list)
    # what the user chose not to see, and severities per entry (settings + [tool.errfix])
    rules: Rules = field(default_factory=Rules)
    _aliases: list[tuple[Path, Path]] | None = field(default=None, repr=False)

    def editor_path(self, path: Path) -> Path:
        """`path` (resolved) as the editor sees it: under the folder's own name, not its target."""
        if self._aliases is None:
            self._aliases = []
            for folder in self.editor_roots:
                try:
                    resolved = folder.resolve(strict=True)
                except (OSError, RuntimeError, ValueError):
                    continue
                if resolved != folder:
                    self._aliases.append((resolved, folder))
        for resolved, folder in self._aliases:
            try:
                return folder / path.relative_to(resolved)
            except ValueError:
                continue
        return path

    def log_index(self) -> LogLines:
        if self._log_index is None:
            self._log_index = LogLines(self.log_lines or [])
        return self._log_index


def line_range(text: str | None, line: int, codec: PositionCodec) -> types.Range:
    """The range of 1-based `line` without its indentation, in the client's position units."""
    index = max(0, line - 1)
    if text is None:
        return types.Range(types.Position(index, 0), types.Position(index + 1, 0))
    return _line_range(LineIndex(text), index, encoding_name(codec.encoding))


def _line_range(lines: LineIndex, index: int, encoding: str) -> types.Range:
    if index >= len(lines) or (index == len(lines) - 1 and not lines.line_text(index)):
        return types.Range(types.Position(index, 0), types.Position(index, 0))
    content = lines.line_text(index)
    start = len(content) - len(content.lstrip())
    return types.Range(
        types.Position(index, code_units(content[:start], encoding)),
        types.Position(index, code_units(content, encoding)),
    )


class LogLines:
    """A log document's text, indexed once: lines as the matcher counts them (at `\n` only)
    and as the editor does (a lone `\r` of a progress bar also ends a line there)."""

    def __init__(self, log_lines: list[str]) -> None:
        self.newline_starts = [0]
        for item in log_lines[:-1]:
            self.newline_starts.append(self.newline_starts[-1] + len(item) + 1)
        self.editor = LineIndex("\n".join(log_lines))

    def range(self, line: int, codec: PositionCodec) -> types.Range:
        """Range of the matcher's 1-based `line`, in the editor's lines and units."""
        index = max(0, line - 1)
        offset = self.newline_starts[index] if index < len(self.newline_starts) else len(self.editor.text)
        editor_line, _ = self.editor.position(offset, UTF32)
        return _line_range(self.editor, editor_line, encoding_name(codec.encoding))


def _uri(path: Path | str, ctx: Context | None = None) -> str:
    """The URI the editor uses for `path`: under a workspace folder opened through a symlink,
    the folder as the editor named it, not its resolved target (else the diagnostic and the
    fix's edits would name a document the editor does not have open)."""
    if ctx is not None:
        path = ctx.editor_path(Path(path))
    return uris.from_fs_path(str(path)) or str(path)


def events_to_diagnostics(
    explained: Iterable[ExplainedEvent], origin: Origin, ctx: Context
) -> dict[str, list[types.Diagnostic]]:
    """Diagnostics per file URI for every event the KB knows."""
    out: dict[str, list[types.Diagnostic]] = {}
    seen: set[tuple[str, int, str]] = set()

    def add(uri: str, diagnostic: types.Diagnostic) -> None:
        key = (uri, diagnostic.range.start.line, str(diagnostic.code))
        if key not in seen:
            seen.add(key)
            out.setdefault(uri, []).append(diagnostic)

    explained = ctx.rules.apply(list(explained), ctx.roots[0] if ctx.roots else None)
    for item in explained:
        if not item.matches:
            continue
        for uri, diagnostic in _event_diagnostics(item, origin, ctx):
            add(uri, diagnostic)
    return out


def _error_line(block) -> str:
    """The exception as the user saw it: `NotImplementedError:` alone on its line takes the
    message line that follows (Keras prints its explanation there)."""
    text = block.text.strip()
    if text.endswith(":"):
        rest = [line.strip() for line in block.message.splitlines()[1:] if line.strip()]
        if rest:
            text = f"{text} {rest[0]}"
    return text


def _event_diagnostics(
    item: ExplainedEvent, origin: Origin, ctx: Context
) -> list[tuple[str, types.Diagnostic]]:
    from ..placement import inside_workspace, place, user_code_frames
    from ..render import short_cause

    best = item.matches[0]
    entry = best.entry
    block = item.key_block
    message = short_cause(entry, ctx.locale)
    data = {
        "entryId": entry.id,
        "error": _error_line(block)[:400],  # the user's own exception, for the hover
        "captures": dict(best.captures),
        "fixes": list(entry.fixes),
        "origin": origin.key,
    }
    severity = SEVERITY.get(ctx.rules.severity_of(entry.id, ctx.severity), types.DiagnosticSeverity.Error)
    description = types.CodeDescription(href=entry.official_doc_url) if entry.official_doc_url else None

    def make(rng: types.Range, role: str, line: int, related: list) -> types.Diagnostic:
        return types.Diagnostic(
            range=rng,
            message=message,
            severity=severity,
            code=entry.id,
            code_description=description,
            source=SOURCE,
            related_information=related or None,
            data={**data, "role": role, "line": line},
        )

    results: list[tuple[str, types.Diagnostic]] = []
    log_location = None
    if origin.log_uri is not None:
        log_range = (
            ctx.log_index().range(block.line, ctx.codec)
            if ctx.log_lines is not None
            else line_range(None, block.line, ctx.codec)
        )
        log_location = types.Location(origin.log_uri, log_range)
        results.append((origin.log_uri, make(log_range, "log", block.line, [])))

    frames = [*(block.frames or item.event.all_frames()), *user_code_frames(block.message)]
    placement = place(frames, ctx.roots, origin.cwd)
    main_location = None
    if placement is not None:
        uri = _uri(placement.path, ctx)
        text = ctx.read_text(str(placement.path))
        rng = line_range(text, placement.line, ctx.codec)
        main_location = types.Location(uri, rng)
        related = _frame_locations(frames, placement.frame_index, origin.cwd, ctx)
        if log_location is not None:
            related.append(types.DiagnosticRelatedInformation(log_location, f"printed in {origin.label}"))
        else:
            related.append(
                types.DiagnosticRelatedInformation(
                    main_location, f"from {origin.label} (output line {block.line})"
                )
            )
        results.append((uri, make(rng, "error", placement.line, related)))

    for capture, kinds in DEFINITION_CAPTURES.items():
        name = best.captures.get(capture)
        if not name:
            continue
        for definition in find_definitions(name, ctx.python_sources(), kinds):
            path = Path(definition.path)
            if not inside_workspace(path, ctx.roots):
                continue
            text = ctx.read_text(definition.path) or ""
            encoding = encoding_name(ctx.codec.encoding)
            line_text = LineIndex(text).line_text(definition.line - 1)
            index = definition.line - 1
            rng = types.Range(
                types.Position(index, code_units(line_text[: definition.column], encoding)),
                types.Position(index, code_units(line_text[: definition.end_column], encoding)),
            )
            related = []
            if main_location is not None:
                related.append(types.DiagnosticRelatedInformation(main_location, "raised here"))
            if log_location is not None:
                related.append(types.DiagnosticRelatedInformation(log_location, f"printed in {origin.label}"))
            results.append((_uri(path, ctx), make(rng, "definition", definition.line, related)))
    return results


def _frame_locations(
    frames, skip: int, cwd: str | None, ctx: Context
) -> list[types.DiagnosticRelatedInformation]:
    """The other workspace frames of the traceback, innermost first."""
    from ..placement import inside_workspace, resolve_frame_path

    related: list[types.DiagnosticRelatedInformation] = []
    for index in range(len(frames) - 1, -1, -1):
        frame = frames[index]
        if index == skip or frame.line is None or len(related) >= 20:
            continue
        path = resolve_frame_path(frame.file, cwd, ctx.roots)
        if path is None or not inside_workspace(path, ctx.roots):
            continue
        text = ctx.read_text(str(path))
        what = f"in {frame.function}" if frame.function else "called from here"
        related.append(
            types.DiagnosticRelatedInformation(
                types.Location(_uri(path, ctx), line_range(text, frame.line, ctx.codec)), what
            )
        )
    return related


class DiagnosticStore:
    """Diagnostics per source and per URI; `merged(uri)` is what gets published."""

    def __init__(self) -> None:
        self._sources: dict[str, dict[str, list[types.Diagnostic]]] = {}

    def replace(self, source: str, by_uri: dict[str, list[types.Diagnostic]]) -> set[str]:
        """Set a source's diagnostics; returns every URI whose merged list changed."""
        old = self._sources.pop(source, {})
        if by_uri:
            self._sources[source] = {uri: list(d) for uri, d in by_uri.items() if d}
        return set(old) | set(by_uri)

    def extend(self, source: str, by_uri: dict[str, list[types.Diagnostic]]) -> set[str]:
        current = self._sources.setdefault(source, {})
        for uri, diagnostics in by_uri.items():
            known = {(d.range.start.line, str(d.code)) for d in current.get(uri, [])}
            for diagnostic in diagnostics:
                if (diagnostic.range.start.line, str(diagnostic.code)) not in known:
                    current.setdefault(uri, []).append(diagnostic)
        return set(by_uri)

    def clear(self, source: str) -> set[str]:
        return set(self._sources.pop(source, {}))

    def clear_all(self) -> set[str]:
        touched: set[str] = set()
        for by_uri in self._sources.values():
            touched |= set(by_uri)
        self._sources.clear()
        return touched

    def forget(self, gone: Callable[[str], bool]) -> set[str]:
        """Drop every URI for which `gone(uri)` holds (its workspace folder was removed); returns
        them, to be published empty."""
        touched: set[str] = set()
        for by_uri in self._sources.values():
            for uri in [u for u in by_uri if gone(u)]:
                del by_uri[uri]
                touched.add(uri)
        return touched

    def has(self, source: str) -> bool:
        return bool(self._sources.get(source))

    def merged(self, uri: str) -> list[types.Diagnostic]:
        out: list[types.Diagnostic] = []
        for by_uri in self._sources.values():
            out.extend(by_uri.get(uri, ()))
        return out

    def follow_edit(self, uri: str, change: types.Range, text: str, codec: PositionCodec) -> bool:
        """Move `uri`'s diagnostics as the editor replaces `change` with `text`.

        Editors move their squiggles with the text; without this the server's own copy would
        stay behind: hovers would miss, and the next publish would put the squiggle back on
        the old line. A diagnostic inside the replaced text shrinks to what is left of it.
        Returns True when any diagnostic moved.
        """
        moved = False
        for by_uri in self._sources.values():
            for diagnostic in by_uri.get(uri, ()):
                start = _shifted(diagnostic.range.start, change, text, codec, is_start=True)
                end = _shifted(diagnostic.range.end, change, text, codec, is_start=False)
                if (end.line, end.character) < (start.line, start.character):
                    end = start
                if (start, end) == (diagnostic.range.start, diagnostic.range.end):
                    continue
                diagnostic.range = types.Range(start, end)
                data = diagnostic.data if isinstance(diagnostic.data, dict) else None
                if data is not None and data.get("role") != "log" and isinstance(data.get("line"), int):
                    data["line"] = start.line + 1
                moved = True
        return moved

    def definitions(self, entry_id: str, captures: dict) -> list[tuple[str, types.Diagnostic]]:
        """Definition diagnostics (`role: definition`) of this entry and match, by URI: one per
        place, though every terminal that printed the error has its own copy."""
        found = []
        places = set()
        for by_uri in self._sources.values():
            for uri, diagnostics in by_uri.items():
                for d in diagnostics:
                    data = d.data if isinstance(d.data, dict) else {}
                    place = (uri, d.range.start.line)
                    if (
                        data.get("role") == "definition"
                        and data.get("entryId") == entry_id
                        and data.get("captures") == captures
                        and place not in places
                    ):
                        places.add(place)
                        found.append((uri, d))
        return found

    def at(self, uri: str, position: types.Position) -> list[types.Diagnostic]:
        """errfix diagnostics of `uri` whose lines contain `position`."""
        return [
            d
            for d in self.merged(normalize_uri(uri))
            if d.range.start.line <= position.line <= d.range.end.line
            and not (
                d.range.end.line == position.line
                and d.range.end.character == 0
                and d.range.start.line != position.line
            )
        ]


def _shifted(
    position: types.Position, change: types.Range, text: str, codec: PositionCodec, is_start: bool
) -> types.Position:
    """Where `position` is after `change` was replaced by `text` (LSP's incremental sync).

    Text inserted exactly at a diagnostic's start pushes the diagnostic along; text inserted
    exactly at its end does not grow it.
    """
    here = (position.line, position.character)
    change_start = (change.start.line, change.start.character)
    if here < change_start or (here == change_start and not is_start):
        return position
    lines = _BREAKS.split(text)
    end_of_text = types.Position(
        change.start.line + len(lines) - 1,
        (change.start.character if len(lines) == 1 else 0) + codec.client_num_units(lines[-1]),
    )
    if here < (change.end.line, change.end.character):
        return end_of_text  # it was inside the replaced text
    if position.line == change.end.line:
        column = end_of_text.character + position.character - change.end.character
        return types.Position(end_of_text.line, column)
    return types.Position(position.line + end_of_text.line - change.end.line, position.character)
