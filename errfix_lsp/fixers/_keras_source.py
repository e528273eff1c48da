"""Source text as the Keras fixers see it: `ast` for analysis, text splicing for the change.

Why not regenerate code from the tree (`ast.unparse`) or use LibCST? `ast.unparse` drops comments
and reformats everything; LibCST would be a new runtime dependency for what amounts to inserting a
few lines. Splicing new text at positions `ast` reports keeps every byte the fixer did not mean to
change: comments, quotes, the indentation style (tabs or spaces, any width) and the line endings
(CRLF stays CRLF, also in the inserted lines).

`ast` columns are UTF-8 byte offsets; this module converts them to string offsets, so a file with
non-ASCII text before an edit point is still spliced at the right place.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

import regex

_LINE_BREAK = regex.compile(r"\r\n|\r|\n")


@dataclass
class Source:
    """A parsed Python file with line/offset arithmetic and pending splices."""

    text: str
    tree: ast.Module
    newline: str
    line_starts: list[int]
    _splices: list[tuple[int, int, str]] = field(default_factory=list)

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> Source | None:
        """The parsed file, or None when it is not valid Python (fixers then decline)."""
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None
        starts = [0]
        first_break = None
        for found in _LINE_BREAK.finditer(text):
            starts.append(found.end())
            if first_break is None:
                first_break = found.group()
        return cls(text, tree, first_break or "\n", starts)

    # -- positions -----------------------------------------------------------------------------
    def line(self, lineno: int) -> str:
        """Line `lineno` (1-based) without its line break."""
        start = self.line_starts[lineno - 1]
        end = self.line_starts[lineno] if lineno < len(self.line_starts) else len(self.text)
        return _LINE_BREAK.sub("", self.text[start:end])

    def offset(self, lineno: int, byte_col: int) -> int:
        """String offset of an `ast` position (1-based line, UTF-8 byte column)."""
        line = self.line(lineno)
        col = len(line.encode("utf-8")[:byte_col].decode("utf-8", errors="replace"))
        return self.line_starts[lineno - 1] + col

    def start(self, node: ast.AST) -> int:
        return self.offset(node.lineno, node.col_offset)  # type: ignore[attr-defined]

    def end(self, node: ast.AST) -> int:
        return self.offset(node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]

    def segment(self, node: ast.AST) -> str:
        return self.text[self.start(node) : self.end(node)]

    def line_end(self, lineno: int) -> int:
        """Offset just after line `lineno`'s line break (or the end of the text)."""
        if lineno < len(self.line_starts):
            return self.line_starts[lineno]
        return len(self.text)

    def indent_of(self, node: ast.AST) -> str | None:
        """Leading whitespace of the line where `node` starts, if `node` starts the line."""
        line = self.line(node.lineno)  # type: ignore[attr-defined]
        prefix = line.encode("utf-8")[: node.col_offset].decode("utf-8", errors="replace")  # type: ignore[attr-defined]
        return prefix if prefix.strip() == "" else None

    # -- edits ---------------------------------------------------------------------------------
    def replace(self, start: int, end: int, text: str) -> None:
        self._splices.append((start, end, text))

    def insert(self, offset: int, text: str) -> None:
        self._splices.append((offset, offset, text))

    def insert_first(self, offset: int, text: str) -> None:
        """Insert ahead of every other splice at the same offset (an import above a decorator)."""
        self._splices.insert(0, (offset, offset, text))

    def insert_lines_after(self, lineno: int, lines: list[str]) -> None:
        """Insert whole lines after line `lineno`, with the file's own line break."""
        offset = self.line_end(lineno)
        prefix = ""
        if offset == len(self.text) and self.text and not self.text.endswith(("\n", "\r")):
            prefix = self.newline  # the last line had no line break
        self.insert(offset, prefix + "".join(line + self.newline for line in lines))

    def insert_lines_before(self, lineno: int, lines: list[str]) -> None:
        self.insert(self.line_starts[lineno - 1], "".join(line + self.newline for line in lines))

    def added_text(self) -> str:
        """All text the pending splices insert (to see whether generated code needs an import)."""
        return "".join(text for _start, _end, text in self._splices)

    @property
    def changed(self) -> bool:
        return bool(self._splices)

    @property
    def splices(self) -> list[tuple[int, int, str]]:
        """Pending splices (start, end, text), in the order they were made."""
        return self._splices

    def result(self) -> str:
        """The text with every splice applied (later splices at one offset go after earlier)."""
        out = self.text
        ordered = sorted(enumerate(self._splices), key=lambda item: (item[1][0], item[0]))
        for _index, (start, end, text) in reversed(ordered):
            out = out[:start] + text + out[end:]
        return out


def body_indent(source: Source, body: list[ast.stmt], fallback: str) -> str | None:
    """Indentation of a block's statements; None when the block shares a line (`class A: pass`)."""
    if not body:
        return fallback
    return source.indent_of(body[0])


def docstring_end(body: list[ast.stmt]) -> int | None:
    """Last line of a leading docstring in `body`, if there is one."""
    first = body[0] if body else None
    if (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    ):
        return first.end_lineno
    return None
