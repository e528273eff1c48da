"""Fixer `sklearn-rmse`: `mean_squared_error(..., squared=False)` -> `root_mean_squared_error(...)`.

scikit-learn 1.4 added `root_mean_squared_error` / `root_mean_squared_log_error`, deprecated the
`squared` parameter of `mean_squared_error` / `mean_squared_log_error`, and 1.6 removed it
("TypeError: got an unexpected keyword argument 'squared'"). `squared=False` calls become the
root functions (same result); `squared=True` is the default, so that keyword is just dropped.
Plain names, `metrics.mean_squared_error` and aliases from `from sklearn.metrics import ...` are
handled; the import gains the root function (replacing the old name when no longer used).

When the file itself binds the root function's name (say it defines its own
`def root_mean_squared_error(y, p): return mean_squared_error(y, p, squared=False)`), calling the
bare name would call that function, not scikit-learn's (infinite recursion in that example): the
import then takes an alias, `root_mean_squared_error as sklearn_root_mean_squared_error`.

Declines: the file does not parse; no call passes `squared=`; `squared=` is not a literal
True/False (the choice depends on run-time data: edit by hand); the alias is taken too.

Example: `rmse = mean_squared_error(y, pred, squared=False)` -> `rmse = root_mean_squared_error(y, pred)`.
"""

from __future__ import annotations

import ast

from ._migrate import (
    Edit,
    SourceMap,
    apply,
    argument_removal_span,
    attribute_name_span,
    names_in_use,
    nodes,
    parse,
    plural,
)
from .base import Declined, Fix, Fixer, FixRequest, FixResult

_ROOT = {
    "mean_squared_error": "root_mean_squared_error",
    "mean_squared_log_error": "root_mean_squared_log_error",
}


def fix(request: FixRequest) -> FixResult:
    if "squared" not in request.source:  # cheap test before parsing
        return Declined("no mean_squared_error(..., squared=...) call in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    smap = SourceMap(request.source)
    local = _imported_functions(tree)  # local name -> sklearn function name
    spelled = _root_spellings(tree)
    if spelled is None:
        return Declined(
            "this file binds root_mean_squared_error and sklearn_root_mean_squared_error itself; "
            "import scikit-learn's function under another name and edit by hand"
        )
    edits: list[Edit] = []
    renamed_locals: dict[str, int] = {}  # local name -> calls renamed
    needed_roots: set[str] = set()
    undecidable = 0
    for call in nodes(tree):
        if not isinstance(call, ast.Call):
            continue
        function = _function_of(call.func, local)
        squared = next((k for k in call.keywords if k.arg == "squared"), None)
        if function is None or squared is None:
            continue
        value = squared.value
        if not (isinstance(value, ast.Constant) and isinstance(value.value, bool)):
            undecidable += 1
            continue
        edits.append(Edit(*argument_removal_span(smap, call, squared), ""))
        if value.value:  # squared=True is the default
            continue
        root = _ROOT[function]
        if isinstance(call.func, ast.Name):
            start, end = smap.span(call.func)
            edits.append(Edit(start, end, spelled[root]))
            renamed_locals[call.func.id] = renamed_locals.get(call.func.id, 0) + 1
            needed_roots.add(root)
        else:
            span = attribute_name_span(smap, call.func)  # type: ignore[arg-type]
            if span is None:
                edits.pop()
                continue
            edits.append(Edit(span[0], span[1], root))
    if not edits:
        if undecidable:
            return Declined("squared= is computed at run time; choose the root function by hand")
        return Declined("no mean_squared_error(..., squared=...) call in this file")
    calls = sum(1 for e in edits if e.text == "")
    edits.extend(_import_edits(tree, smap, local, renamed_locals, needed_roots, spelled))
    note = "root_mean_squared_error exists since scikit-learn 1.4."
    if undecidable:
        note += f" {undecidable} call(s) with a computed squared= were left for you."
    return Fix(
        title=f"Use root_mean_squared_error instead of squared=False ({plural(calls)})",
        new_source=apply(request.source, edits),
        note=note,
    )


def _root_spellings(tree: ast.AST) -> dict[str, str] | None:
    """How each root function is called here: its own name, or an alias when the file binds that
    name to something else (its own function, a variable, another module's import)."""
    from_sklearn = {
        alias.asname or alias.name
        for node in nodes(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sklearn")
        for alias in node.names
        if (alias.asname or alias.name) == alias.name
    }
    bound = _bound_names(tree)
    spelled: dict[str, str] = {}
    for root in _ROOT.values():
        if root not in bound or root in from_sklearn and bound[root] == 1:
            spelled[root] = root
            continue
        alias = f"sklearn_{root}"
        if alias in names_in_use(tree):
            return None
        spelled[root] = alias
    return spelled


def _bound_names(tree: ast.AST) -> dict[str, int]:
    """How many times each name is bound (def, class, assignment target, parameter, import)."""
    counts: dict[str, int] = {}

    def bind(name: str) -> None:
        counts[name] = counts.get(name, 0) + 1

    for node in nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bind(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bind(node.id)
        elif isinstance(node, ast.arg):
            bind(node.arg)
        elif isinstance(node, ast.alias):
            bind((node.asname or node.name).split(".")[0])
    return counts


def _imported_functions(tree: ast.AST) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in nodes(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sklearn.metrics"):
            for alias in node.names:
                if alias.name in _ROOT:
                    found[alias.asname or alias.name] = alias.name
    return found


def _function_of(func: ast.AST, local: dict[str, str]) -> str | None:
    if isinstance(func, ast.Name):
        return local.get(func.id)
    if isinstance(func, ast.Attribute) and func.attr in _ROOT:
        return func.attr
    return None


def _import_edits(
    tree: ast.AST,
    smap: SourceMap,
    local: dict[str, str],
    renamed: dict[str, int],
    roots: set[str],
    spelled: dict[str, str],
) -> list[Edit]:
    """Import the root functions next to the old ones, replacing an old name no longer used."""
    uses: dict[str, int] = {}
    for node in nodes(tree):
        if isinstance(node, ast.Name) and node.id in local:
            uses[node.id] = uses.get(node.id, 0) + 1
    already = {a.asname or a.name for n in nodes(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    edits = []
    for node in nodes(tree):
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sklearn.metrics")):
            continue
        for alias in node.names:
            name = alias.asname or alias.name
            root = _ROOT.get(alias.name)
            if root is None or root not in roots or name not in renamed:
                continue
            spelling = spelled[root]
            if spelling in already:
                continue
            imported = root if spelling == root else f"{root} as {spelling}"
            start, end = smap.span(alias)
            if uses.get(name, 0) == renamed[name] and alias.asname is None:
                edits.append(Edit(start, end, imported))
            else:
                edits.append(Edit(end, end, f", {imported}"))
            already.add(spelling)
    return edits


FIXER = Fixer(
    id="sklearn-rmse",
    title="Use root_mean_squared_error instead of mean_squared_error(squared=False)",
    fix=fix,
    entries=("sklearn/mean-squared-error-squared-removed",),
    safety="safe",
)
