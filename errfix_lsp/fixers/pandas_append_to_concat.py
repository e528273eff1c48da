"""Fixer `pandas-append-to-concat`: `df.append(other)` -> `pd.concat([df, other])`.

pandas 2.0 removed `DataFrame.append` and `Series.append` ("'DataFrame' object has no attribute
'append'"). `pd.concat` takes the same `ignore_index`, `verify_integrity` and `sort` options.
A dict row (`df.append({"a": 1}, ignore_index=True)`) becomes `pd.DataFrame([{"a": 1}])`, as
`concat` only accepts DataFrames and Series; a list of DataFrames is spread into the list.
`import pandas as pd` is added when the file has no pandas import.

`.append` is also the list method, so only calls that are provably pandas are rewritten: the
call on the line the error points at, calls with DataFrame-only keywords (`ignore_index=`,
`verify_integrity=`, `sort=`), calls on the same receiver as the failing call, and calls on
variables assigned from a pandas call (`df = pd.read_csv(...)`). `rows.append(x)` on a list
stays as it is.

Declines: the file does not parse; no provable pandas `.append` call; the call passes
`**kwargs` or unknown arguments.

Example: `df = df.append(new_rows, ignore_index=True)` ->
`df = pd.concat([df, new_rows], ignore_index=True)`.
"""

from __future__ import annotations

import ast

from ._migrate import (
    NestedEdits,
    SourceMap,
    apply,
    insert_import,
    names_in_use,
    nodes,
    parse,
    pick_module_alias,
    plural,
)
from .base import Declined, Fix, Fixer, FixRequest, FixResult

_APPEND_PARAMETERS = ("ignore_index", "verify_integrity", "sort")


def fix(request: FixRequest) -> FixResult:
    if "append" not in request.source:  # cheap test before parsing
        return Declined("no .append call in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    smap = SourceMap(request.source)
    alias = pick_module_alias(tree, "pandas", "pd")
    calls = [node for node in nodes(tree) if _is_append_call(node)]
    targets = _provable(tree, calls, alias, request.line, smap)
    if not targets:
        where = f" on line {request.line}" if request.line else ""
        return Declined(f"no DataFrame/Series .append(...) call found{where}")
    module = alias or "pd"
    nested = NestedEdits(smap)
    done = 0
    skipped: list[str] = []
    for call in sorted(targets, key=lambda c: _span_size(smap, c)):
        text = _concat_text(call, module, nested)
        if text is None:
            skipped.append(f"line {call.lineno}")
            continue
        nested.add(*smap.span(call), text)
        done += 1
    if not done:
        return Declined("the .append(...) call has arguments pd.concat cannot take; edit by hand")
    edits = list(nested.edits)
    if alias is None:
        if "pd" in names_in_use(tree):
            return Declined("`pd` is used for something else here; import pandas and edit by hand")
        edits.append(insert_import(smap, tree, "import pandas as pd"))
    note = (
        "pd.concat needs DataFrames/Series: a Series holding one row is concatenated as a column; "
        "pass other.to_frame().T for that case. Calling concat in a loop is quadratic: collect "
        "the pieces in a list and call pd.concat once."
    )
    if skipped:
        note += f" Not rewritten (unsupported arguments): {', '.join(skipped)}."
    return Fix(
        title=f"Replace removed .append with pd.concat ({plural(done)})",
        new_source=apply(request.source, edits),
        note=note,
    )


def _is_append_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "append"
        and isinstance(node.func.ctx, ast.Load)
    )


def _span_size(smap: SourceMap, node: ast.AST) -> int:
    start, end = smap.span(node)
    return end - start


def _provable(
    tree: ast.AST, calls: list[ast.Call], alias: str | None, line: int | None, smap: SourceMap
) -> list[ast.Call]:
    """The `.append` calls that are certainly DataFrame/Series calls (see module docstring)."""
    pandas_names = _pandas_variables(tree, alias)
    chosen: set[int] = set()
    receivers: set[str] = set()
    on_line = [c for c in calls if line is not None and c.lineno <= line <= (c.end_lineno or c.lineno)]
    if len(on_line) > 1:
        # `df.append(a).append(b)`: the innermost of a chain fails first (the rest follow it)
        ids = {id(c) for c in on_line}
        inner = [c for c in on_line if id(c.func.value) not in ids]  # type: ignore[attr-defined]
        if len(inner) > 1:  # `rows.append(df.append(x))`: only the ones with pandas evidence
            inner = [c for c in inner if _evidence(c, pandas_names, alias)]
        on_line = inner
    for call in on_line:
        chosen.add(id(call))
        receivers.add(_receiver_text(smap, call))
    for call in calls:
        if _evidence(call, pandas_names, alias) or _receiver_text(smap, call) in receivers:
            chosen.add(id(call))
    changed = True
    while changed:  # `df.append(a).append(b)`: an append on a pandas append's result
        changed = False
        for call in calls:
            receiver = call.func.value  # type: ignore[attr-defined]
            if id(call) not in chosen and id(receiver) in chosen:
                chosen.add(id(call))
                changed = True
    return [c for c in calls if id(c) in chosen]


def _evidence(call: ast.Call, pandas_names: set[str], alias: str | None) -> bool:
    """Proof that the receiver is a DataFrame/Series, not a list."""
    if any(k.arg in _APPEND_PARAMETERS for k in call.keywords):
        return True
    receiver = call.func.value  # type: ignore[attr-defined]
    if alias is not None and _is_pandas_call(receiver, alias):
        return True
    return isinstance(receiver, ast.Name) and receiver.id in pandas_names


def _receiver_text(smap: SourceMap, call: ast.Call) -> str:
    return "".join(smap.text(call.func.value).split())  # type: ignore[attr-defined]


def _pandas_variables(tree: ast.AST, alias: str | None) -> set[str]:
    """Names assigned from a pandas call anywhere: `df = pd.read_csv(...)`, `s = pd.Series(...)`."""
    if alias is None:
        return set()
    names: set[str] = set()
    for node in nodes(tree):
        if isinstance(node, ast.Assign) and _is_pandas_call(node.value, alias):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif (
            isinstance(node, ast.AnnAssign)
            and node.value is not None
            and _is_pandas_call(node.value, alias)
            and isinstance(node.target, ast.Name)
        ):
            names.add(node.target.id)
    return names


def _is_pandas_call(value: ast.AST, alias: str) -> bool:
    if not isinstance(value, ast.Call):
        return False
    func = value.func
    while isinstance(func, ast.Attribute):
        func = func.value
    return isinstance(func, ast.Name) and func.id == alias


def _concat_text(call: ast.Call, module: str, nested: NestedEdits) -> str | None:
    """`pd.concat([...], ...)` text for one append call, or None when it cannot be mapped."""
    if not call.args or len(call.args) > 1 + len(_APPEND_PARAMETERS):
        return None
    if any(isinstance(a, ast.Starred) for a in call.args):
        return None
    options: list[str] = []
    for name, value in zip(_APPEND_PARAMETERS, call.args[1:], strict=False):
        options.append(f"{name}={nested.render_node(value)}")
    for keyword in call.keywords:
        if keyword.arg not in _APPEND_PARAMETERS:
            return None
        options.append(f"{keyword.arg}={nested.render_node(keyword.value)}")
    receiver = nested.render_node(call.func.value)  # type: ignore[attr-defined]
    pieces = [receiver, *_other_pieces(call.args[0], module, nested)]
    joined = ", ".join([f"[{', '.join(pieces)}]", *options])
    return f"{module}.concat({joined})"


def _other_pieces(other: ast.expr, module: str, nested: NestedEdits) -> list[str]:
    """What the appended object becomes inside the concat list."""
    text = nested.render_node(other)
    if isinstance(other, ast.Dict) or _is_dict_call(other):
        return [f"{module}.DataFrame([{text}])"]
    if isinstance(other, (ast.List, ast.Tuple)) and other.elts:
        if all(isinstance(e, ast.Dict) or _is_dict_call(e) for e in other.elts):
            return [f"{module}.DataFrame({text})"]
        if not any(isinstance(e, ast.Starred) for e in other.elts):
            return [nested.render_node(e) for e in other.elts]
    return [text]


def _is_dict_call(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict"


FIXER = Fixer(
    id="pandas-append-to-concat",
    title="Replace removed DataFrame/Series.append with pd.concat",
    fix=fix,
    entries=("pandas/dataframe-append-removed",),
)
