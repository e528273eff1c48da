"""Lines as editors and Python count them: only `\\n`, `\\r\\n` and `\\r` end a line.

`str.splitlines` also breaks at form feeds, `\\x1c`-`\\x1e`, `\\x85` and `\\u2028`, which would put
every position after such a character one line off in an LSP client.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def split_lines(text: str, keepends: bool = False) -> list[str]:
    lines = _LINE.findall(text)
    if keepends:
        return lines
    return [line.rstrip("\r\n") for line in lines]
