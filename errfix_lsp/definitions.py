"""Where a class or function named by an error is defined in the user's code.

Keras names the custom layer ("Object MyDense was created by passing ..."), and the fix belongs
on `class MyDense`, which may sit in another module than the traceback's frames. Scanning a
workspace must stay cheap, so a regex finds candidate lines first and `ast` only confirms files
that have one (a name in a string or comment is not a definition; a nested class still is).
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .textlines import UTF32, LineIndex

_SKIP_DIRS = {
    "site-packages",
    "dist-packages",
    "node_modules",
    "__pycache__",
    "__pypackages__",
    "venv",
    "env",
    "build",
    "dist",
}
MAX_FILES = 5_000
MAX_FILE_BYTES = 2_000_000
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*\Z")


@dataclass(frozen=True)
class Definition:
    """`class name` / `def name` in `path`: 1-based line, 0-based column of the name (code points)."""

    path: str
    name: str
    kind: str  # "class" | "function"
    line: int
    column: int
    end_column: int


def _candidate_pattern(name: str) -> re.Pattern:
    return re.compile(
        # a line starts after \n, \r\n or \r (as Python and editors count), not after \f or \u2028
        rf"(?:\A|(?<=[\r\n]))[ \t\f]*(?:async[ \t]+)?(?P<kind>class|def)[ \t]+"
        rf"(?P<name>{re.escape(name)})\b",
    )


def find_definitions(
    name: str, sources: Iterable[tuple[str, str]], kinds: Sequence[str] = ("class", "function")
) -> list[Definition]:
    """Definitions of `name` in `(path, source text)` pairs, in the order given.

    A file whose text does not parse is still searched by regex alone: the user's file may be
    half-edited, and pointing at `class MyDense` there is better than pointing nowhere.
    """
    if not name or not _IDENTIFIER.match(name):
        return []
    pattern = _candidate_pattern(name)
    found: list[Definition] = []
    for path, text in sources:
        if name not in text:  # cheapest possible pre-check
            continue
        candidates = [m for m in pattern.finditer(text) if _kind(m["kind"]) in kinds]
        if not candidates:
            continue
        confirmed = _confirm_with_ast(text, name, kinds)
        lines = LineIndex(text)
        for match in candidates:
            index, column = lines.position(match.start("name"), UTF32)
            line = index + 1
            if confirmed is not None and line not in confirmed:
                continue  # e.g. inside a docstring
            found.append(Definition(path, name, _kind(match["kind"]), line, column, column + len(name)))
    return found


def _kind(keyword: str) -> str:
    return "class" if keyword == "class" else "function"


def _confirm_with_ast(text: str, name: str, kinds: Sequence[str]) -> set[int] | None:
    """Lines of real definitions of `name`, or None when the text does not parse."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    wanted: tuple[type, ...] = ()
    if "class" in kinds:
        wanted += (ast.ClassDef,)
    if "function" in kinds:
        wanted += (ast.FunctionDef, ast.AsyncFunctionDef)
    return {node.lineno for node in ast.walk(tree) if isinstance(node, wanted) and node.name == name}


def python_files(roots: Iterable[str | os.PathLike[str]], limit: int = MAX_FILES) -> Iterator[Path]:
    """`.py` files under the workspace roots, skipping virtualenvs, hidden and build dirs.

    Symlinked files are skipped: one pointing out of the workspace must get no diagnostic, and
    one pointing inside is walked under its real name anyway."""
    count = 0
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(
                d
                for d in dirnames
                if not d.startswith(".") and d not in _SKIP_DIRS and not d.endswith(".egg-info")
            )
            for filename in sorted(filenames):
                path = Path(dirpath) / filename
                if filename.endswith((".py", ".pyi")) and not path.is_symlink():
                    yield path
                    count += 1
                    if count >= limit:
                        return


def read_sources(paths: Iterable[Path], overrides: dict[str, str] | None = None) -> Iterator[tuple[str, str]]:
    """`(path, text)` for each path: the editor's unsaved text when given, else the file."""
    overrides = overrides or {}
    for path in paths:
        key = str(path)
        if key in overrides:
            yield key, overrides[key]
            continue
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                continue
            yield key, path.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            continue
