"""Minimal text edits between a file and its fixed version, so an editor changes only what the
fixer meant to change (cursor, folds and undo history elsewhere in the file survive).

`editor_edits` is the one way fixer output becomes positions an editor applies: lines as LSP
counts them and columns in the client's position encoding (see `textlines`).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ..textlines import UTF16, UTF32, LineIndex, split_lines


@dataclass(frozen=True)
class TextEdit:
    """Replace [start, end) with `new_text`. Lines 0-based (LSP lines); columns in `encoding`
    units (code points for `minimal_edits`, whose edits `apply_edits` takes)."""

    start_line: int
    start_char: int
    end_line: int
    end_char: int
    new_text: str


def _spans(old: str, new: str) -> list[tuple[int, int, str]]:
    """Line-granular replacements as (start offset, end offset, new text) in `old`."""
    if old == new:
        return []
    old_lines = split_lines(old, keepends=True)
    new_lines = split_lines(new, keepends=True)
    offsets = [0]
    for line in old_lines:
        offsets.append(offsets[-1] + len(line))
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    return [
        (offsets[i1], offsets[i2], "".join(new_lines[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def editor_edits(old: str, new: str, encoding: str = UTF16) -> list[TextEdit]:
    """Edits turning `old` into `new` when an editor applies them to `old`: LSP lines (only
    `\\n`, `\\r\\n`, `\\r` break a line) and columns in `encoding` code units."""
    index = LineIndex(old)
    edits = []
    for start, end, text in _spans(old, new):
        (start_line, start_char), (end_line, end_char) = (
            index.position(start, encoding),
            index.position(end, encoding),
        )
        edits.append(TextEdit(start_line, start_char, end_line, end_char, text))
    return edits


def minimal_edits(old: str, new: str) -> list[TextEdit]:
    """Line-granular edits turning `old` into `new` (line endings kept as they are in `new`);
    columns in code points."""
    return editor_edits(old, new, UTF32)


def apply_edits(text: str, edits: list[TextEdit], encoding: str = UTF32) -> str:
    """Apply edits as an editor would (all positions refer to the original text)."""
    index = LineIndex(text)
    spans = sorted(
        (
            (
                index.offset(e.start_line, e.start_char, encoding),
                index.offset(e.end_line, e.end_char, encoding),
                e.new_text,
            )
            for e in edits
        ),
        reverse=True,
    )
    out = text
    for start, end, new_text in spans:
        out = out[:start] + new_text + out[end:]
    return out
