"""Helpers shared by the PyTorch fixers: which name is torch, which statement failed, where a
line may be inserted. Pure `ast` + offsets, like `_migrate.py` (comments and layout survive)."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from ._migrate import SourceMap, module_aliases, nodes

# statements whose body holds other statements: the failing line is in one of their bodies
_COMPOUND = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.If,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.With,
    ast.AsyncWith,
    ast.Try,
    *((ast.TryStar,) if hasattr(ast, "TryStar") else ()),
    *((ast.Match,) if hasattr(ast, "Match") else ()),
)


def torch_names(tree: ast.AST) -> set[str]:
    """Local names bound to the torch module (`import torch`, `import torch as th`)."""
    return module_aliases(tree, "torch")


def imported_from(tree: ast.AST, module: str, name: str) -> set[str]:
    """Local names of `from <module> import <name> [as x]`."""
    found: set[str] = set()
    for node in nodes(tree):
        if isinstance(node, ast.ImportFrom) and node.module == module and not node.level:
            found.update(a.asname or a.name for a in node.names if a.name == name)
    return found


def dotted(node: ast.AST) -> str | None:
    """`torch.serialization.load` for an attribute chain on a name; None for anything else."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def is_torch_load(call: ast.AST, torch: set[str], load_names: set[str]) -> bool:
    """`torch.load(...)`, `torch.serialization.load(...)` or a `load` imported from torch."""
    if not isinstance(call, ast.Call):
        return False
    name = dotted(call.func)
    if name is None:
        return False
    if name in load_names:
        return True
    head, _, rest = name.partition(".")
    return head in torch and rest in ("load", "serialization.load")


def load_names(tree: ast.AST) -> set[str]:
    return imported_from(tree, "torch", "load") | imported_from(tree, "torch.serialization", "load")


def statement_at(tree: ast.Module, line: int) -> ast.stmt | None:
    """The innermost simple statement (or compound-statement header) covering `line`."""
    body: list[ast.stmt] = tree.body
    found: ast.stmt | None = None
    while True:
        inner = None
        for statement in body:
            if statement.lineno <= line <= (statement.end_lineno or statement.lineno):
                inner = statement
                break
        if inner is None:
            return found
        found = inner
        if not isinstance(inner, _COMPOUND):
            return found
        child = [s for block in _blocks(inner) for s in block]
        header_end = min((s.lineno for s in child), default=line + 1)
        if line < header_end:  # the header of a compound statement: `for x in torch.load(p):`
            return found
        body = child


def _blocks(statement: ast.stmt) -> Iterator[list[ast.stmt]]:
    for name in ("body", "orelse", "finalbody"):
        block = getattr(statement, name, None)
        if isinstance(block, list):
            yield block
    for handler in getattr(statement, "handlers", []) or []:
        yield handler.body
    for case in getattr(statement, "cases", []) or []:
        yield case.body


def within(statement: ast.stmt) -> Iterator[ast.AST]:
    """Nodes of `statement` that execute with it: not inside nested functions, lambdas or classes
    (for a compound statement, only its header)."""
    if isinstance(statement, _COMPOUND):
        roots: list[ast.AST] = []
        for name in ("test", "iter", "target", "subject"):
            value = getattr(statement, name, None)
            if isinstance(value, ast.AST):
                roots.append(value)
        roots.extend(getattr(statement, "items", []) or [])
    else:
        roots = [statement]
    stack = list(roots)
    while stack:
        current = stack.pop()
        yield current
        for child in ast.iter_child_nodes(current):
            if isinstance(child, (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            stack.append(child)


def starts_line(smap: SourceMap, statement: ast.stmt) -> bool:
    """True when only indentation precedes the statement on its line (not `if x: y` / `a; b`)."""
    start = smap.offset(statement.lineno, statement.col_offset)
    return smap.source[smap.line_start(statement.lineno) : start].strip(" \t") == ""


def parents(tree: ast.AST) -> dict[int, ast.AST]:
    """id(child) -> parent, for walking up from a node."""
    found: dict[int, ast.AST] = {}
    for node in nodes(tree):
        for child in ast.iter_child_nodes(node):
            found[id(child)] = node
    return found


def string_value(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def loss_targets(
    tree: ast.AST, statement: ast.stmt, functions: tuple[str, ...], classes: tuple[str, ...]
) -> list[tuple[ast.Call, ast.expr]]:
    """(call, target) for the loss calls of the failing statement.

    A loss call is `F.<function>(input, target)` (any dotted path ending in a name of `functions`
    through `functional`), `nn.<Class>(...)(input, target)`, or `criterion(input, target)` where
    `criterion` (or `self.criterion`) is only ever assigned `nn.<Class>(...)` in this file.
    """
    criteria = _criteria(tree, classes)
    functional = module_aliases(tree, "torch.nn.functional") | imported_from(tree, "torch.nn", "functional")
    plain = {n for f in functions for n in imported_from(tree, "torch.nn.functional", f)}
    found: list[tuple[ast.Call, ast.expr]] = []
    for node in within(statement):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = dotted(func) or ""
        prefix, _, last = name.rpartition(".")
        is_loss = (
            (last in functions and (prefix in functional or prefix.endswith("nn.functional")))
            or name in plain
            or (isinstance(func, ast.Call) and (dotted(func.func) or "").split(".")[-1] in classes)
            or (name in criteria)
        )
        if not is_loss:
            continue
        target = node.args[1] if len(node.args) >= 2 else None
        for keyword in node.keywords:
            if keyword.arg == "target":
                target = keyword.value
        if target is not None and not isinstance(target, ast.Starred):
            found.append((node, target))
    return found


def _criteria(tree: ast.AST, classes: tuple[str, ...]) -> set[str]:
    """Names/attributes (`criterion`, `self.loss_fn`) every assignment of which builds a loss class."""
    kinds: dict[str, set[bool]] = {}
    for node in nodes(tree):
        if isinstance(node, ast.Assign):
            value_is_loss = isinstance(node.value, ast.Call) and (
                (dotted(node.value.func) or "").split(".")[-1] in classes
            )
            for target in node.targets:
                name = dotted(target)
                if name is not None:
                    kinds.setdefault(name, set()).add(value_is_loss)
        else:
            other = None  # any other binding makes the name unprovable
            if isinstance(node, ast.arg):
                other = node.arg
            elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.AsyncFor)):
                other = dotted(node.target)
            elif isinstance(node, ast.withitem) and node.optional_vars is not None:
                other = dotted(node.optional_vars)
            if other is not None:
                kinds.setdefault(other, set()).add(False)
    return {name for name, values in kinds.items() if values == {True}}


def wrap(node: ast.AST, text: str) -> str:
    """`text` ready for a method call: names, attributes, calls and subscripts as they are."""
    if isinstance(node, (ast.Name, ast.Attribute, ast.Call, ast.Subscript)):
        return text
    return f"({text})"
