"""Glob patterns as editors write them (`*.log`, `.errfix/*.log`, `**/logs/*.txt`, `*.{log,txt}`).

`fnmatch` lets `*` cross `/`, which would make `.errfix/*.log` match `.errfix/old/x.log`; LSP
file-watcher globs do not. A pattern without `/` matches the file name anywhere; one with `/`
matches the path relative to a workspace folder.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=256)
def compile_glob(pattern: str) -> re.Pattern:
    out: list[str] = []
    i = 0
    n = len(pattern)
    depth = 0
    while i < n:
        c = pattern[i]
        if c == "*":
            if pattern.startswith("**", i):
                i += 2
                if i < n and pattern[i] == "/":
                    out.append("(?:.*/)?")
                    i += 1
                else:
                    out.append(".*")
                continue
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            end = pattern.find("]", i + 1)
            if end < 0:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : end].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = end
        elif c == "{":
            out.append("(?:")
            depth += 1
        elif c == "}" and depth:
            out.append(")")
            depth -= 1
        elif c == "," and depth:
            out.append("|")
        else:
            out.append(re.escape(c))
        i += 1
    out.append(")" * depth)
    return re.compile("".join(out) + r"\Z")


def matches(path: str | os.PathLike[str], patterns: Iterable[str], roots: Iterable[Path]) -> bool:
    """True when `path` matches one of `patterns` (see the module docstring)."""
    p = Path(path)
    text = p.as_posix()
    roots = list(roots)
    for pattern in patterns:
        pattern = pattern.strip()
        if not pattern:
            continue
        compiled = compile_glob(pattern.lstrip("/") if "/" in pattern else pattern)
        if "/" not in pattern:
            if compiled.match(p.name):
                return True
            continue
        if os.path.isabs(pattern) and compile_glob(pattern).match(text):
            return True
        for root in roots:
            try:
                relative = p.relative_to(root).as_posix()
            except ValueError:
                continue
            if compiled.match(relative):
                return True
    return False


def watcher_pattern(pattern: str) -> str:
    """A pattern for an LSP file watcher without relative-pattern support (absolute matching)."""
    if "/" not in pattern:
        return f"**/{pattern}"
    if pattern.startswith(("**", "/")):
        return pattern
    return f"**/{pattern}"
