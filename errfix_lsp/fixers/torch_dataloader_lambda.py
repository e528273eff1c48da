"""Fixer `torch-dataloader-lambda`: a lambda handed to DataLoader workers -> a module-level function.

With `num_workers > 0` under the `spawn` start method (the default on Windows and macOS, and
whenever `multiprocessing_context="spawn"`), DataLoader pickles the dataset, `collate_fn` and
`worker_init_fn` for each worker. Pickle stores functions by qualified name, so a lambda or a
function defined inside another fails: "AttributeError: Can't pickle local object
'main.<locals>.<lambda>'". The fix turns the lambda into a module-level function with the same
parameters and body, defined right before the top-level statement that holds it, and passes it
by name:

    def collate_fn(batch):
        return torch.stack(batch)

The function computes what the lambda computed (the differential check compares the batches), and
the reproduction test runs the loader with spawn workers afterwards.

Which lambda: the error names its enclosing function (`main.<locals>.<lambda>`); the lambda must be
the only one in that function, or the only one passed to a DataLoader argument there.

Declines: the file does not parse; the error names no lambda (a named local function: move it by
hand); the named function is not found; several candidate lambdas; the lambda reads a variable of
an enclosing function (a closure: use `functools.partial` over a module-level function, or a
callable class), or has default values; the lambda is at module level already.

Safety: safe: same parameters, same body, same global names; nothing is captured.

Example: `DataLoader(ds, num_workers=2, collate_fn=lambda b: torch.stack(b))` ->
`DataLoader(ds, num_workers=2, collate_fn=collate_fn)` plus the `def collate_fn(b)` above.
"""

from __future__ import annotations

import ast

from ._migrate import Edit, SourceMap, apply, names_in_use, newline_of, parse
from ._torch_common import parents
from .base import Declined, Fix, Fixer, FixRequest, FixResult

_LOADER_ARGUMENTS = ("collate_fn", "worker_init_fn")
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)


def fix(request: FixRequest) -> FixResult:
    qualname = request.captures.get("function") or ""
    parts = qualname.split(".")
    if len(parts) < 3 or parts[-1] != "<lambda>" or parts[-2] != "<locals>":
        return Declined(f"the error names {qualname or 'no function'}, not a lambda inside a function")
    if "lambda" not in request.source:  # cheap test before parsing
        return Declined("no lambda in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    scope = _find_scope(tree, [p for p in parts[:-1] if p != "<locals>"])
    if scope is None:
        return Declined(f"{'.'.join(p for p in parts[:-2])} is not defined in this file")
    up = parents(tree)
    lambdas = [n for n in ast.walk(scope) if isinstance(n, ast.Lambda) and _enclosing(n, up) is scope]
    if len(lambdas) > 1:
        lambdas = [lam for lam in lambdas if _loader_keyword(lam, up)]
    if len(lambdas) != 1:
        return Declined(
            f"{len(lambdas) or 'no'} candidate lambdas in {scope.name}; move the right one by hand"
        )
    [lam] = lambdas
    why = _captures(lam, up)
    if why:
        return Declined(why)
    smap = SourceMap(request.source)
    top = _top_statement(tree, lam)
    name = _free_name(tree, _loader_keyword(lam, up) or "worker_function")
    newline = newline_of(request.source)
    args = ast.unparse(lam.args)
    body = smap.text(lam.body)
    if "\n" in body or "\r" in body:
        body = f"({body})"
    definition = f"def {name}({args}):{newline}    return {body}{newline}{newline}{newline}"
    start = smap.line_start(top.lineno if not top.decorator_list else top.decorator_list[0].lineno)  # type: ignore[attr-defined]
    lam_start, lam_end = smap.span(lam)
    edits = [Edit(start, start, definition), Edit(lam_start, lam_end, name)]
    return Fix(
        title=f"Move the lambda to a module-level function `{name}` (picklable by DataLoader workers)",
        new_source=apply(request.source, edits),
        note="Same parameters and body; spawn workers can now import it by name.",
    )


def _find_scope(tree: ast.Module, path: list[str]) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The function a qualified name like `Trainer.fit` names (classes and functions, nested)."""
    body: list[ast.stmt] = tree.body
    found: ast.AST | None = None
    for part in path:
        matches = [
            s
            for s in body
            if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and s.name == part
        ]
        if len(matches) != 1:
            return None
        found = matches[0]
        body = found.body
    return found if isinstance(found, (ast.FunctionDef, ast.AsyncFunctionDef)) else None


def _enclosing(node: ast.AST, up: dict[int, ast.AST]) -> ast.AST | None:
    current = up.get(id(node))
    while current is not None and not isinstance(current, _SCOPES):
        current = up.get(id(current))
    return current


def _loader_keyword(lam: ast.Lambda, up: dict[int, ast.AST]) -> str | None:
    parent = up.get(id(lam))
    if isinstance(parent, ast.keyword) and parent.arg in _LOADER_ARGUMENTS:
        return parent.arg
    return None


def _captures(lam: ast.Lambda, up: dict[int, ast.AST]) -> str:
    """Why the lambda cannot move to module level ("" when it can)."""
    arguments = lam.args
    if arguments.defaults or any(d is not None for d in arguments.kw_defaults):
        return "the lambda has default values, evaluated where it is defined; move it by hand"
    own = {a.arg for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]}
    own.update(a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None)
    for node in ast.walk(lam.body):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            own.add(node.id)
    read = {n.id for n in ast.walk(lam.body) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    enclosing_bound: set[str] = set()
    scope = _enclosing(lam, up)
    while scope is not None:
        enclosing_bound |= _bound_in(scope)
        scope = _enclosing(scope, up)
    captured = sorted((read - own) & enclosing_bound)
    if captured:
        return (
            f"the lambda reads {', '.join(captured)} from the enclosing function (a closure); use "
            "functools.partial over a module-level function instead"
        )
    return ""


def _bound_in(scope: ast.AST) -> set[str]:
    """Names local to a function scope (parameters, assignments, imports, nested defs)."""
    bound: set[str] = set()
    declared_global: set[str] = set()
    if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        a = scope.args
        bound.update(x.arg for x in [*a.posonlyargs, *a.args, *a.kwonlyargs])
        bound.update(x.arg for x in (a.vararg, a.kwarg) if x is not None)
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
            continue  # their insides are other scopes
        elif isinstance(node, ast.Lambda):
            continue
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            declared_global.update(node.names)
        stack.extend(ast.iter_child_nodes(node))
    return bound - declared_global


def _top_statement(tree: ast.Module, node: ast.AST) -> ast.stmt:
    for statement in tree.body:
        if statement.lineno <= node.lineno <= (statement.end_lineno or statement.lineno):  # type: ignore[attr-defined]
            return statement
    raise ValueError("node outside the module")


def _free_name(tree: ast.AST, base: str) -> str:
    used = names_in_use(tree)
    for candidate in (base, f"_{base}", *(f"{base}_{n}" for n in range(2, 100))):
        if candidate not in used:
            return candidate
    return f"{base}_{len(used)}"


FIXER = Fixer(
    id="torch-dataloader-lambda",
    title="Move a lambda passed to DataLoader workers to a module-level function",
    fix=fix,
    entries=("pytorch/dataloader-cant-pickle-local",),
    safety="safe",
)
