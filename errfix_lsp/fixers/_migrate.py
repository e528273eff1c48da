"""Shared helpers for the migration fixers: find nodes with `ast`, splice text by offsets.

Why not regex replacement: `np.float` inside a string, a comment or another module's attribute must
stay untouched, and only `ast` knows which `np` is the numpy module. Why not `ast.unparse`: it
would drop comments and reformat the file. So fixers locate nodes with `ast` and replace exactly
the characters those nodes cover, keeping everything else (indentation, comments, CRLF) intact.

`ast` positions are line numbers plus UTF-8 *byte* columns; `SourceMap` turns them into string
offsets of the original text, whatever its line endings (`\\n`, `\\r\\n` or a lone `\\r`).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .base import Declined, Fix, FixRequest, FixResult

_NEWLINE = re.compile(r"\r\n|\r|\n")


def parse(source: str) -> ast.Module | None:
    """The module's AST, or None when the text is not valid Python (the fixer then declines)."""
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
        return None


_LAST_WALK: list[tuple[ast.AST | None, list[ast.AST]]] = [(None, [])]


def nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of `tree` (as `ast.walk`), computed once per tree: a fixer asks several times.

    One slot holding a (tree, nodes) pair, read and replaced whole, so fixers running in several
    threads at once never see one tree's nodes for another.
    """
    cached_tree, cached_nodes = _LAST_WALK[0]
    if cached_tree is tree:
        return cached_nodes
    found = list(ast.walk(tree))
    _LAST_WALK[0] = (tree, found)
    return found


def newline_of(source: str) -> str:
    """The file's line ending (the first one found), so inserted lines match the rest."""
    found = _NEWLINE.search(source)
    return found.group(0) if found else "\n"


def plural(count: int, word: str = "place") -> str:
    """'1 place' / '3 places': fix titles say how much they change."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


@dataclass(frozen=True)
class Edit:
    """Replace source[start:end] with `text` (string offsets)."""

    start: int
    end: int
    text: str


class SourceMap:
    """Converts `ast` (line, byte column) positions to offsets in the original string."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.starts = [0]
        for found in _NEWLINE.finditer(source):
            self.starts.append(found.end())

    def offset(self, lineno: int, col: int) -> int:
        """String offset of 1-based `lineno`, UTF-8 byte column `col`."""
        index = min(max(lineno - 1, 0), len(self.starts) - 1)
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.source)
        line = self.source[start:end]
        if line.isascii():
            return start + min(col, len(line))
        prefix = line.encode("utf-8")[:col].decode("utf-8", errors="ignore")
        return start + len(prefix)

    def span(self, node: ast.AST) -> tuple[int, int]:
        """[start, end) of a node with positions (expressions, statements, aliases)."""
        start = self.offset(node.lineno, node.col_offset)  # type: ignore[attr-defined]
        end = self.offset(node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]
        return start, end

    def text(self, node: ast.AST) -> str:
        start, end = self.span(node)
        return self.source[start:end]

    def line_of(self, offset: int) -> int:
        """1-based line containing `offset`."""
        low, high = 0, len(self.starts) - 1
        while low < high:
            mid = (low + high + 1) // 2
            if self.starts[mid] <= offset:
                low = mid
            else:
                high = mid - 1
        return low + 1

    def line_start(self, lineno: int) -> int:
        return self.starts[min(max(lineno - 1, 0), len(self.starts) - 1)]

    def line_end(self, lineno: int) -> int:
        """Offset just after the line break of `lineno` (or end of text)."""
        return self.starts[lineno] if lineno < len(self.starts) else len(self.source)

    def indent_of(self, lineno: int) -> str:
        start = self.line_start(lineno)
        text = self.source[start : self.line_end(lineno)]
        return text[: len(text) - len(text.lstrip(" \t"))]


def attribute_name_span(smap: SourceMap, node: ast.Attribute) -> tuple[int, int] | None:
    """Span of the attribute name in `value.attr` (not the value), checked against the text.

    Returns None when the text at the computed position is not the attribute (positions inside
    f-strings were unreliable before Python 3.12): such an occurrence is left alone.
    """
    start, end = smap.span(node)
    name_start = end - len(node.attr)
    if name_start < start or smap.source[name_start:end] != node.attr:
        return None
    before = smap.source[start:name_start].rstrip(" \t\\\r\n")
    if not before.endswith("."):
        return None
    return name_start, end


def dotted_text_ok(smap: SourceMap, node: ast.AST, dotted: str) -> bool:
    """True when the node's text is `dotted` (ignoring whitespace around dots)."""
    text = re.sub(r"\s+", "", smap.text(node))
    return text == dotted


def apply(source: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits; overlapping ones are a programming error (ValueError)."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    for left, right in zip(ordered, ordered[1:], strict=False):
        if right.start < left.end:
            raise ValueError(f"overlapping edits at {left.start}-{left.end} and {right.start}")
    out = source
    for edit in reversed(ordered):
        out = out[: edit.start] + edit.text + out[edit.end :]
    return out


def module_aliases(tree: ast.AST, module: str) -> set[str]:
    """Local names bound to `module` by `import module [as x]` (also `import module.sub`)."""
    names: set[str] = set()
    for node in nodes(tree):
        if not isinstance(node, ast.Import):
            continue
        for alias in node.names:
            if alias.name == module:
                names.add(alias.asname or module)
            elif alias.name.startswith(module + ".") and alias.asname is None:
                names.add(module)
    return names


def from_imports(tree: ast.AST, module: str) -> Iterator[ast.ImportFrom]:
    """Every `from module import ...` (absolute) in the file."""
    for node in nodes(tree):
        if isinstance(node, ast.ImportFrom) and node.module == module and not node.level:
            yield node


def walk_loads(tree: ast.AST) -> Iterator[ast.Attribute]:
    """Attribute nodes that are read (not assigned or deleted): `np.NaN = 1` is left alone."""
    for node in nodes(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
            yield node


def import_insert_offset(smap: SourceMap, tree: ast.Module) -> int:
    """Where a new top-level import goes: after the leading imports, docstring and __future__."""
    after_line = 0
    for index, statement in enumerate(tree.body):
        is_docstring = (
            index == 0
            and isinstance(statement, ast.Expr)
            and isinstance(statement.value, ast.Constant)
            and isinstance(statement.value.value, str)
        )
        if is_docstring or isinstance(statement, (ast.Import, ast.ImportFrom)):
            after_line = statement.end_lineno or statement.lineno
            continue
        break
    if after_line == 0:
        return 0
    return smap.line_end(after_line)


def insert_import(smap: SourceMap, tree: ast.Module, statement: str) -> Edit:
    """An edit adding `statement` (e.g. 'import pandas as pd') as a new top-level line."""
    offset = import_insert_offset(smap, tree)
    newline = newline_of(smap.source)
    text = statement + newline
    if offset == len(smap.source) and smap.source and not smap.source.endswith(("\n", "\r")):
        text = newline + statement + newline
    return Edit(offset, offset, text)


def names_in_use(tree: ast.AST) -> set[str]:
    """Every identifier the file binds or reads: a new name must not collide with these."""
    used: set[str] = set()
    for node in nodes(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            used.add(node.name)
        elif isinstance(node, ast.alias):
            used.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.arg):
            used.add(node.arg)
    return used


def keyword_span(smap: SourceMap, keyword: ast.keyword) -> tuple[int, int] | None:
    """Span of a keyword argument's name (`sparse` in `sparse=False`), checked against the text."""
    if keyword.arg is None:
        return None
    start = smap.offset(keyword.lineno, keyword.col_offset)
    end = start + len(keyword.arg)
    if smap.source[start:end] != keyword.arg:
        return None
    return start, end


def argument_removal_span(smap: SourceMap, call: ast.Call, keyword: ast.keyword) -> tuple[int, int]:
    """Span to delete so that `keyword` disappears from `call`, with its separating comma."""
    items: list[ast.AST] = [*call.args, *call.keywords]
    items.sort(key=lambda n: (n.lineno, n.col_offset))  # type: ignore[attr-defined]
    index = next(i for i, item in enumerate(items) if item is keyword)
    return item_removal_span(smap, items, index)


def removal_edits(smap: SourceMap, items: list[ast.AST], drop: list[int]) -> list[Edit]:
    """Edits deleting items[i] for i in `drop` from a comma-separated list (not all of them).

    Removed from the last to the first, each against the list that is left, then overlapping
    spans are united: `from numpy import float, int, zeros` loses both aliases cleanly.
    """
    remaining = list(items)
    spans: list[tuple[int, int]] = []
    for index in sorted(drop, reverse=True):
        spans.append(item_removal_span(smap, remaining, index))
        del remaining[index]
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [Edit(start, end, "") for start, end in merged]


def item_removal_span(smap: SourceMap, items: list[ast.AST], index: int) -> tuple[int, int]:
    """Span to delete so that items[index] leaves a comma-separated list (arguments, imports).

    An item alone on its line (multi-line lists) takes its whole line with it, so comments on
    other lines survive; otherwise the text up to the next item goes, or, for the last item,
    the comma before it. The caller handles removing the only item.
    """
    start, end = smap.span(items[index])
    source = smap.source
    tail = end
    while tail < len(source) and source[tail] in " \t":
        tail += 1
    has_comma = tail < len(source) and source[tail] == ","
    after_comma = tail + 1 if has_comma else end
    line = smap.line_of(start)
    line_start, line_end = smap.line_start(line), smap.line_end(line)
    rest = source[after_comma:line_end]
    alone = (
        source[line_start:start].strip(" \t") == ""
        and rest.strip(" \t\r\n") == ""
        and smap.line_of(end) == line
        and line_end > after_comma
        and (has_comma or index + 1 == len(items))
    )
    if alone and len(items) > 1:
        return line_start, line_end
    if index + 1 < len(items):
        return start, smap.span(items[index + 1])[0]
    if index > 0:
        return smap.span(items[index - 1])[1], end
    return start, after_comma


class NestedEdits:
    """Replacements that may nest (`df.append(a).append(b)`): inner ones are folded into outer.

    Add replacements innermost first; `render` gives the text of a span with the replacements
    inside it already applied, so an outer rewrite can reuse its (rewritten) inner pieces.
    """

    def __init__(self, smap: SourceMap) -> None:
        self.smap = smap
        self.edits: list[Edit] = []

    def render(self, start: int, end: int) -> str:
        inner = [e for e in self.edits if start <= e.start and e.end <= end]
        text = self.smap.source[start:end]
        for edit in sorted(inner, key=lambda e: e.start, reverse=True):
            text = text[: edit.start - start] + edit.text + text[edit.end - start :]
        return text

    def render_node(self, node: ast.AST) -> str:
        return self.render(*self.smap.span(node))

    def add(self, start: int, end: int, text: str) -> None:
        """Register a replacement; replacements it contains are dropped (already folded in)."""
        self.edits = [e for e in self.edits if not (start <= e.start and e.end <= end)]
        self.edits.append(Edit(start, end, text))


def pick_module_alias(tree: ast.AST, module: str, preferred: str) -> str | None:
    """The name the file uses for `module` (`preferred` if bound to it), None if not imported."""
    aliases = module_aliases(tree, module)
    if preferred in aliases:
        return preferred
    return sorted(aliases)[0] if aliases else None


def imported_names(tree: ast.AST) -> set[str]:
    """Names bound by any import: `six.iteritems` is a module function, not a method call."""
    names: set[str] = set()
    for node in nodes(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                names.add((alias.asname or alias.name).split(".")[0])
    return names


def defined_names(tree: ast.AST) -> set[str]:
    """Functions and methods the file defines itself."""
    return {node.name for node in nodes(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))}


def method_rename_edits(tree: ast.AST, smap: SourceMap, old: str, new: str, line: int | None) -> list[Edit]:
    """Rename `<expr>.old` to `<expr>.new` for a method removed from a library's objects.

    Skips module attributes (`six.iteritems`) and, when the file defines its own `old` method,
    every occurrence but the one on the error line (that one is proven to be the library's).
    """
    modules = imported_names(tree)
    own = old in defined_names(tree)
    edits = []
    for node in walk_loads(tree):
        if node.attr != old:
            continue
        if isinstance(node.value, ast.Name) and node.value.id in modules:
            continue
        if own and not (line is not None and node.lineno <= line <= (node.end_lineno or node.lineno)):
            continue
        span = attribute_name_span(smap, node)
        if span is not None:
            edits.append(Edit(span[0], span[1], new))
    return edits


def rename_method_fix(request: FixRequest, old: str, new: str, note: str) -> FixResult:
    """The whole fix for a method a library removed in favour of another name (a rule's body)."""
    if old not in request.source:  # cheap test before parsing
        return Declined(f"no .{old} left in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    edits = method_rename_edits(tree, SourceMap(request.source), old, new, request.line)
    if not edits:
        return Declined(f"no .{old} left in this file")
    return Fix(
        title=f"Replace removed .{old}() with .{new}() ({plural(len(edits))})",
        new_source=apply(request.source, edits),
        note=note,
    )
