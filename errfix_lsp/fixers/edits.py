"""Minimal text edits between a file and its fixed version, so an editor changes only what the
fixer meant to change (cursor, folds and undo history elsewhere in the file survive)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..textlines import split_lines


@dataclass(frozen=True)
class TextEdit:
    """Replace [start, end) with `new_text`. Lines 0-based; columns in code points."""

    start_line: int
    start_char: int
    end_line: int
    end_char: int
    new_text: str


def minimal_edits(old: str, new: str) -> list[TextEdit]:
    """Line-granular edits turning `old` into `new` (line endings kept as they are in `new`)."""
    if old == new:
        return []
    old_lines = split_lines(old, keepends=True)
    new_lines = split_lines(new, keepends=True)
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    edits = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        start = _position(old_lines, i1)
        end = _position(old_lines, i2)
        edits.append(TextEdit(start[0], start[1], end[0], end[1], "".join(new_lines[j1:j2])))
    return edits


def _position(lines: list[str], index: int) -> tuple[int, int]:
    """Position of the start of line `index`; past the end, the end of a last unterminated line."""
    if index < len(lines):
        return index, 0
    if not lines:
        return 0, 0
    last = lines[-1]
    if last.endswith(("\n", "\r")):
        return len(lines), 0
    return len(lines) - 1, len(last)


def apply_edits(text: str, edits: list[TextEdit]) -> str:
    """Apply edits (as an editor would); used by tests and by `errfix fix`."""
    lines = split_lines(text, keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def offset(line: int, char: int) -> int:
        if line >= len(lines):
            return len(text)
        return offsets[line] + char

    out = text
    for edit in sorted(edits, key=lambda e: (e.start_line, e.start_char), reverse=True):
        start = offset(edit.start_line, edit.start_char)
        end = offset(edit.end_line, edit.end_char)
        out = out[:start] + edit.new_text + out[end:]
    return out
