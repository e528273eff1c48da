"""Fixer `collections-abc`: `collections.Mapping` -> `collections.abc.Mapping`.

The abstract base classes moved to `collections.abc` in Python 3.3; the old aliases in
`collections` were removed in Python 3.10 ("module 'collections' has no attribute 'Mapping'",
"cannot import name 'Mapping' from 'collections'"). They are the same classes, so the rewrite
works on every Python 3.

Rewrites: `collections.X` (any alias of the module) -> `collections.abc.X`, adding
`import collections.abc` after the `import collections` it needs; `from collections import
Mapping, OrderedDict` -> `from collections import OrderedDict` plus
`from collections.abc import Mapping` (the whole import moves when it holds only ABCs).

Declines: the file does not parse; the file uses none of the moved names (the error comes from an
installed library: upgrade that library instead, see the KB entry).

Example: `isinstance(cfg, collections.Mapping)` -> `isinstance(cfg, collections.abc.Mapping)`.
"""

from __future__ import annotations

import ast
import re

from ._migrate import (
    Edit,
    SourceMap,
    apply,
    attribute_name_span,
    from_imports,
    newline_of,
    nodes,
    parse,
    plural,
    removal_edits,
    walk_loads,
)
from .base import Declined, Fix, Fixer, FixRequest, FixResult

ABCS = frozenset(
    [
        "Awaitable",
        "Coroutine",
        "AsyncIterable",
        "AsyncIterator",
        "AsyncGenerator",
        "Hashable",
        "Iterable",
        "Iterator",
        "Generator",
        "Reversible",
        "Sized",
        "Container",
        "Callable",
        "Collection",
        "Set",
        "MutableSet",
        "Mapping",
        "MutableMapping",
        "MappingView",
        "KeysView",
        "ItemsView",
        "ValuesView",
        "Sequence",
        "MutableSequence",
        "ByteString",
    ]
)
_FROM_MODULE = re.compile(r"^from\s+(collections)\b")


def fix(request: FixRequest) -> FixResult:
    if "collections" not in request.source:  # cheap test before parsing
        return _not_here(request)
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    smap = SourceMap(request.source)
    imports = _collections_imports(tree)
    aliases = {alias for _, alias in imports}
    edits: list[Edit] = []
    places = 0
    for node in walk_loads(tree):
        if node.attr in ABCS and isinstance(node.value, ast.Name) and node.value.id in aliases:
            span = attribute_name_span(smap, node)
            if span is not None:
                edits.append(Edit(span[0], span[0], "abc."))
                places += 1
    if places and not _imports_abc_module(tree):
        edits.append(_add_abc_import(smap, imports))
    for statement in from_imports(tree, "collections"):
        moved = _from_import_edits(smap, statement)
        places += bool(moved)
        edits.extend(moved)
    if not places:
        return _not_here(request)
    return Fix(
        title=f"Use collections.abc for the moved ABCs ({plural(places)})",
        new_source=apply(request.source, edits),
        note="collections.abc holds the same classes since Python 3.3.",
    )


def _not_here(request: FixRequest) -> Declined:
    named = request.captures.get("attribute") or "an ABC"
    return Declined(
        f"this file does not use collections.{named}; the error comes from another module "
        "(often an old installed library: upgrade it)"
    )


def _collections_imports(tree: ast.AST) -> list[tuple[ast.Import, str]]:
    """(statement, local name) of each `import collections [as c]` (and `import collections.x`)."""
    found = []
    for node in nodes(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "collections":
                    found.append((node, alias.asname or "collections"))
                elif alias.name.startswith("collections.") and alias.asname is None:
                    found.append((node, "collections"))
    return found


def _imports_abc_module(tree: ast.AST) -> bool:
    return any(
        isinstance(node, ast.Import) and any(a.name == "collections.abc" for a in node.names)
        for node in nodes(tree)
    )


def _add_abc_import(smap: SourceMap, imports: list[tuple[ast.Import, str]]) -> Edit:
    """`import collections.abc` on the line after the first `import collections`."""
    statement = min((node for node, _ in imports), key=lambda n: (n.lineno, n.col_offset))
    end_line = statement.end_lineno or statement.lineno
    offset = smap.line_end(end_line)
    newline = newline_of(smap.source)
    indent = smap.indent_of(statement.lineno)
    text = f"{indent}import collections.abc{newline}"
    if offset == len(smap.source) and not smap.source.endswith(("\n", "\r")):
        text = newline + text
    return Edit(offset, offset, text)


def _from_import_edits(smap: SourceMap, statement: ast.ImportFrom) -> list[Edit]:
    moved = [i for i, a in enumerate(statement.names) if a.name in ABCS]
    if not moved:
        return []
    start, end = smap.span(statement)
    if len(moved) == len(statement.names):
        found = _FROM_MODULE.match(smap.source[start:end])
        if found is None:
            return []
        return [Edit(start + found.start(1), start + found.end(1), "collections.abc")]
    names = ", ".join(_alias_text(statement.names[i]) for i in moved)
    indent = smap.indent_of(statement.lineno)
    edits = removal_edits(smap, list(statement.names), moved)
    newline = newline_of(smap.source)
    edits.append(Edit(start, start, f"from collections.abc import {names}{newline}{indent}"))
    return edits


def _alias_text(alias: ast.alias) -> str:
    return f"{alias.name} as {alias.asname}" if alias.asname else alias.name


FIXER = Fixer(
    id="collections-abc",
    title="Use collections.abc for ABCs removed from collections (Python 3.10)",
    fix=fix,
    entries=("python/collections-abc-moved",),
    safety="safe",
)
