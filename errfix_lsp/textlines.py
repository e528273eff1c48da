"""Lines and columns as editors count them; the one place positions in user files are computed.

LSP (and Python's tokenizer) end a line only at `\\n`, `\\r\\n` and `\\r`. `str.splitlines` also
breaks at form feeds, `\\v`, `\\x1c`-`\\x1e`, `\\x85`, `\\u2028` and `\\u2029`, which would put every
position after such a character one line off in an editor, and an edit mid-line. Columns are
counted in the client's position encoding: UTF-16 code units unless the client negotiated UTF-8
or UTF-32 (an astral character such as an emoji is 2 UTF-16 units, 4 UTF-8 units, 1 code point).
"""

from __future__ import annotations

import bisect
import re

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_BREAK = re.compile(r"\r\n|\r|\n")
UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def split_lines(text: str, keepends: bool = False) -> list[str]:
    """Lines split only at `\\n`, `\\r\\n`, `\\r` (a final break starts no extra line here)."""
    lines = _LINE.findall(text)
    if keepends:
        return lines
    return [line.rstrip("\r\n") for line in lines]


def code_units(text: str, encoding: str = UTF16) -> int:
    """Length of `text` in the position units of `encoding` (lone surrogates count as one char)."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    astral = sum(1 for char in text if char > "\uffff") if not text.isascii() else 0
    return len(text) + astral


def encoding_name(kind: object) -> str:
    """`utf-8` / `utf-16` / `utf-32` from an LSP PositionEncodingKind (or its string value)."""
    value = str(getattr(kind, "value", kind) or "").lower()
    return value if value in (UTF8, UTF32) else UTF16


class LineIndex:
    """Where each editor line of `text` starts, to turn string offsets into LSP positions and back.

    A text ending in a line break has one more (empty) line, as in every editor.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in _BREAK.finditer(text))]

    def __len__(self) -> int:
        return len(self.starts)

    def line_span(self, line: int) -> tuple[int, int]:
        """[start, end) of 0-based `line` without its line break; past the end, the text's end."""
        if line >= len(self.starts):
            return len(self.text), len(self.text)
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def line_text(self, line: int) -> str:
        start, end = self.line_span(line)
        return self.text[start:end]

    def position(self, offset: int, encoding: str = UTF16) -> tuple[int, int]:
        """(line, character) of string offset `offset`, character in `encoding` units."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        if offset > start and self.text[offset - 1] == "\r" and self.text[offset : offset + 1] == "\n":
            offset -= 1  # inside a \r\n: editors have no position there; the line's end is closest
        return line, code_units(self.text[start:offset], encoding)

    def offset(self, line: int, character: int, encoding: str = UTF16) -> int:
        """String offset of an LSP position; a character past the line's end means its end."""
        start, end = self.line_span(line)
        if line >= len(self.starts):
            return len(self.text)
        units = 0
        index = start
        while index < end and units < character:
            units += code_units(self.text[index], encoding)
            index += 1
        return index
