"""Fixer `pandas-append-to-concat`: `df.append(other)` -> `pd.concat([df, other])`.

pandas 2.0 removed `DataFrame.append` and `Series.append` ("'DataFrame' object has no attribute
'append'"). `pd.concat` takes the same `ignore_index`, `verify_integrity` and `sort` options, but
`.append` first turned its argument into frames, and a call that skips that step computes something
else (a Series row becomes a column plus NaN rows, with no error). So the rewrite depends on what the
argument provably is, and reproduces pandas 1.5's `DataFrame._append` exactly:

| argument | becomes |
|---|---|
| a DataFrame (`pd.DataFrame(...)`, `pd.read_*`, `pd.merge`, ... or a name only ever assigned one) | itself |
| a list/tuple of DataFrames | spread into the concat list |
| a dict row of number/bool/None literals (1) | `pd.Series(row).to_frame().T.infer_objects()` |
| a dict row holding a string literal (1) | `pd.Series(row, dtype=object).to_frame().T.infer_objects()` |
| a Series row on a provable DataFrame, with `ignore_index=True` | `row.to_frame().T.infer_objects()` |
| a list of dict rows, with `ignore_index=True` | `pd.DataFrame(rows)` |
| anything on a provable Series receiver: a Series or a list of them | itself / spread |

(1) with `ignore_index=True`; a literal dict or a name bound once to one. pandas 1.5 made the row
one Series (ints next to floats became floats; any string made it object); pandas 3 would infer a
`str` row from strings and missing values, so rows holding a string say `dtype=object`. A row whose
values are not literals is declined: at run time it may be either kind.

`tests/reproduce/test_differential.py` runs each shape (synthetic ones and real call shapes from
public code, `tests/reproduce/differential/pandas-append-to-concat/`) on pandas 1.5.3 with
`.append` and with the rewrite, and the rewrite on pandas 3, and requires equal frames (values,
dtypes, index, columns); `docs/fixers/differential.md` lists what is proven and declined.

`.append` is also the list method, so only calls that are provably pandas are rewritten: the
call on the line the error points at, calls with DataFrame-only keywords (`ignore_index=`,
`verify_integrity=`, `sort=`), calls on the same receiver as the failing call, and calls on
variables assigned from a pandas call (`df = pd.read_csv(...)`). `rows.append(x)` on a list
stays as it is.

Every row in the table needs a receiver that is provably a DataFrame built in this file (or,
last row, a Series).

Declines: the file does not parse; no provable pandas `.append` call; the call passes `**kwargs` or
unknown arguments; the argument's kind cannot be proven from the file (a function parameter, a name
bound in several ways: it may be a DataFrame, a row or a list of rows, and each needs another form);
the receiver's kind cannot be proven (a function parameter or an attribute: it may be an empty
`pd.DataFrame(columns=[...])` made elsewhere, see next; found by the differential test on a real
helper function); a frame built empty (`pd.DataFrame(columns=[...])`, the row-by-row loop idiom):
pandas 2.1+ no longer ignores empty frames when concat picks dtypes, so the result would hold object
columns where `.append` gave numbers (found by the differential test); a dict or named-Series row
without `ignore_index=True` (the first raised TypeError in pandas 1.x; the second turns the Series
name into the index label).

Example: `more = pd.read_csv("b.csv"); df = df.append(more, ignore_index=True)` ->
`df = pd.concat([df, more], ignore_index=True)`.
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
    kinds = _Kinds(tree, alias)
    done = 0
    skipped: list[str] = []
    for call in sorted(targets, key=lambda c: _span_size(smap, c)):
        text, why = _concat_text(call, module, nested, kinds)
        if text is None:
            skipped.append(f"line {call.lineno}: {why}")
            continue
        nested.add(*smap.span(call), text)
        done += 1
    if not done:
        return Declined(f"not rewritten, {'; '.join(skipped)}")
    edits = list(nested.edits)
    if alias is None:
        if "pd" in names_in_use(tree):
            return Declined("`pd` is used for something else here; import pandas and edit by hand")
        edits.append(insert_import(smap, tree, "import pandas as pd"))
    note = (
        "The result equals what .append computed in pandas 1.5 (values, dtypes, index). Calling "
        "concat in a loop is quadratic: collect the pieces in a list and call pd.concat once."
    )
    if skipped:
        note += f" Not rewritten: {'; '.join(skipped)}."
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


_FRAME_FACTORIES = frozenset(
    {"DataFrame", "merge", "merge_asof", "merge_ordered", "pivot_table", "crosstab", "get_dummies"}
)


def _concat_text(
    call: ast.Call, module: str, nested: NestedEdits, kinds: _Kinds
) -> tuple[str | None, str | None]:
    """(`pd.concat([...], ...)` text, None) for one append call, or (None, why it was left)."""
    if not call.args or len(call.args) > 1 + len(_APPEND_PARAMETERS):
        return None, "arguments pd.concat cannot take"
    if any(isinstance(a, ast.Starred) for a in call.args):
        return None, "a *args call"
    options: dict[str, ast.expr] = dict(zip(_APPEND_PARAMETERS, call.args[1:], strict=False))
    for keyword in call.keywords:
        if keyword.arg not in _APPEND_PARAMETERS:
            return None, f"the argument {keyword.arg or '**'}= has no pd.concat counterpart"
        options[keyword.arg] = keyword.value
    ignore = options.get("ignore_index")
    ignore_index = isinstance(ignore, ast.Constant) and ignore.value is True
    receiver_node = call.func.value  # type: ignore[attr-defined]
    receiver = nested.render_node(receiver_node)
    for node in (receiver_node, call.args[0]):
        if kinds.may_be_empty_frame(node):
            return None, (
                f"`{nested.render_node(node)}` may be an empty DataFrame: pandas 2.1+ no longer ignores it "
                "when concat picks dtypes (object columns instead of numbers); collect the rows in a "
                "list and build the frame once with pd.DataFrame(rows)"
            )
    other, why = _other_pieces(call.args[0], receiver_node, module, nested, kinds, ignore_index)
    if other is None:
        return None, why
    rendered = [f"{name}={nested.render_node(value)}" for name, value in options.items()]
    joined = ", ".join([f"[{', '.join([receiver, *other])}]", *rendered])
    return f"{module}.concat({joined})", None


def _other_pieces(
    other: ast.expr,
    receiver: ast.expr,
    module: str,
    nested: NestedEdits,
    kinds: _Kinds,
    ignore_index: bool,
) -> tuple[list[str] | None, str | None]:
    """What the appended object becomes inside the concat list, exactly as pandas 1.5's
    `DataFrame._append` turned it into frames; (None, why) when its kind is not provable."""
    text = nested.render_node(other)
    kind = kinds.of(other)
    receiver_kind = kinds.of(receiver)
    if receiver_kind == "series":  # Series.append: concat([s, *to_append]) as it is
        if kind == "series":
            return [text], None
        if kind == "series-list":
            return [nested.render_node(e) for e in other.elts], None  # type: ignore[attr-defined]
        return None, f"cannot prove `{text}` is a Series or a list of Series"
    if receiver_kind != "frame" and kind in ("frame", "frame-list", "dict", "series", "dict-list"):
        # found by the differential test on a real helper (`def insert(df, ...): return
        # df.append({...}, ignore_index=True)`): fed `pd.DataFrame(columns=[...])`, the concat on
        # pandas 2.1+ keeps object columns where .append gave float64
        return None, (
            f"cannot prove `{nested.render_node(receiver)}` is a DataFrame built in this file (a "
            "parameter or attribute may be an empty pd.DataFrame(columns=...), which pandas 2.1+ concat "
            "no longer ignores when it picks dtypes: object columns instead of numbers); edit by hand"
        )
    if kind == "frame":
        return [text], None
    if kind == "frame-list":
        return [nested.render_node(e) for e in other.elts], None  # type: ignore[attr-defined]
    if kind == "dict":
        if not ignore_index:
            return None, "appending a dict without ignore_index=True raised TypeError in every pandas"
        # pandas 1.5: Series(other).to_frame().T.infer_objects(): ints next to floats become floats
        values = kinds.row_values(other)
        if values is not None and any(_is_text(v) for v in values):
            # a row holding a string was an object Series in pandas 1.5; pandas 3 infers a `str`
            # Series when the rest is missing values (None -> NaN, NaN column -> str), so say object
            return [f"{module}.Series({text}, dtype=object).to_frame().T.infer_objects()"], None
        if values is not None and all(_is_plain_literal(v) for v in values):
            return [f"{module}.Series({text}).to_frame().T.infer_objects()"], None
        return None, (
            f"the row `{text}` holds values whose types are not visible here: a row of strings and "
            "missing values was an object row in pandas 1.5 but becomes a `str` row in pandas 3 (its "
            "number columns turn to object), while a row of numbers must stay one Series to upcast "
            f"ints next to floats; use {module}.Series(row, dtype=object) when the row always holds "
            f"a string, {module}.Series(row) when it never does, and edit by hand"
        )
    if kind == "series" and receiver_kind == "frame":
        if ignore_index:
            return [f"{_wrap(other, text)}.to_frame().T.infer_objects()"], None
        return None, f"`{text}` is a Series row whose name becomes the index label; edit by hand"
    if kind == "dict-list" and ignore_index:
        return [f"{module}.DataFrame({text})"], None
    return None, (
        f"cannot prove what `{text}` is: a DataFrame goes into pd.concat as it is, a dict or Series "
        f"row as {module}.DataFrame([row]), a list of dicts as {module}.DataFrame(rows); pick the "
        "form that fits and edit by hand"
    )


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


_FLOAT_CONSTANTS = frozenset({"nan", "NaN", "NAN", "inf", "Inf", "pi", "e"})


def _is_plain_literal(node: ast.expr) -> bool:
    """A number, bool or None literal (negative too, `np.nan`/`math.inf`): no string hides in it."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return node.value.id in ("np", "numpy", "math") and node.attr in _FLOAT_CONSTANTS
    if not isinstance(node, ast.Constant):
        return False
    return node.value is None or isinstance(node.value, (int, float, bool))


def _wrap(node: ast.expr, text: str) -> str:
    return text if isinstance(node, (ast.Name, ast.Attribute, ast.Call, ast.Subscript)) else f"({text})"


class _Kinds:
    """What a value provably is: "frame", "series", "dict", "frame-list", "series-list",
    "dict-list", or None. A name is known only when every binding of it in the file is a plain
    assignment of that kind (or the same name grown by `.append`/`concat`, the loop idiom)."""

    def __init__(self, tree: ast.AST, alias: str | None) -> None:
        self.alias = alias
        self.assigned: dict[str, list[ast.expr]] = {}
        self.bindings: dict[str, int] = {}
        for node in nodes(tree):
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
            ):
                self.assigned.setdefault(node.targets[0].id, []).append(node.value)
            if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
                self.bindings[node.id] = self.bindings.get(node.id, 0) + 1
            elif isinstance(node, ast.arg):
                self.bindings[node.arg] = self.bindings.get(node.arg, 0) + 1
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                self.bindings[node.name] = self.bindings.get(node.name, 0) + 1
            elif isinstance(node, ast.alias):
                name = (node.asname or node.name).split(".")[0]
                self.bindings[name] = self.bindings.get(name, 0) + 1

    def of(self, node: ast.expr, seen: frozenset[str] = frozenset()) -> str | None:
        if isinstance(node, ast.Dict) or _is_dict_call(node):
            return "dict"
        if isinstance(node, (ast.List, ast.Tuple)):
            inner = {self.of(e, seen) for e in node.elts} if node.elts else {None}
            if len(inner) == 1 and (only := inner.pop()) in ("frame", "series", "dict"):
                return f"{only}-list"
            return None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append":
            return self.of(node.func.value, seen)  # `df.append(a).append(b)`: what `df` is
        if isinstance(node, ast.Call) and self.alias is not None:
            name = _pandas_function(node, self.alias)
            plain = all(k.arg in _APPEND_PARAMETERS for k in node.keywords) and len(node.args) == 1
            if name == "concat" and plain and (pieces := self.of(node.args[0], seen)):
                return pieces.removesuffix("-list") if pieces in ("frame-list", "series-list") else None
            if name == "Series":
                return "series"
            if name in _FRAME_FACTORIES or (name or "").startswith("read_"):
                return "frame"
            return None
        if isinstance(node, ast.Name):
            return self._name(node.id, seen)
        return None

    def row_values(self, node: ast.expr) -> list[ast.expr] | None:
        """The value expressions of a dict row (`{...}`, `dict(a=...)`, or a name bound once to
        one), None when some are not visible (`**spread`, `dict(pairs)`, a name bound elsewhere)."""
        if isinstance(node, ast.Name):
            values = self.assigned.get(node.id, [])
            if len(values) != 1 or self.bindings.get(node.id, 0) != 1:
                return None
            node = values[0]
        if isinstance(node, ast.Dict):
            return None if any(key is None for key in node.keys) else list(node.values)
        if _is_dict_call(node) and not node.args and all(k.arg for k in node.keywords):  # type: ignore[attr-defined]
            return [k.value for k in node.keywords]  # type: ignore[attr-defined]
        return None

    def may_be_empty_frame(self, node: ast.expr) -> bool:
        """`pd.DataFrame()` / `pd.DataFrame(columns=[...])`, or a name ever assigned one."""
        values = self.assigned.get(node.id, []) if isinstance(node, ast.Name) else [node]
        return any(self._is_empty_frame(value) for value in values)

    def _is_empty_frame(self, node: ast.expr) -> bool:
        if not (isinstance(node, ast.Call) and self.alias is not None):
            return False
        if _pandas_function(node, self.alias) != "DataFrame" or node.args:
            return False
        return all(k.arg in ("columns", "index", "dtype") for k in node.keywords)

    def _name(self, name: str, seen: frozenset[str]) -> str | None:
        values = self.assigned.get(name, [])
        if name in seen or not values or len(values) != self.bindings.get(name, 0):
            return None
        kinds = {self.of(v, seen | {name}) for v in values if not self._grows(v, name)}
        return kinds.pop() if len(kinds) == 1 else None

    def _grows(self, value: ast.expr, name: str) -> bool:
        """`df = df.append(...)` or `df = pd.concat([df, ...])`: the same kind as before."""
        if not isinstance(value, ast.Call):
            return False
        func = value.func
        if isinstance(func, ast.Attribute) and func.attr == "append":
            return isinstance(func.value, ast.Name) and func.value.id == name
        if self.alias is not None and _pandas_function(value, self.alias) == "concat" and value.args:
            first = value.args[0]
            return (
                isinstance(first, ast.List)
                and bool(first.elts)
                and isinstance(first.elts[0], ast.Name)
                and first.elts[0].id == name
            )
        return False


def _pandas_function(call: ast.Call, alias: str) -> str | None:
    """`read_csv` for `pd.read_csv(...)`; None for anything that is not `<alias>.<name>(...)`."""
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == alias:
        return func.attr
    return None


def _is_dict_call(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "dict"


FIXER = Fixer(
    id="pandas-append-to-concat",
    title="Replace removed DataFrame/Series.append with pd.concat",
    fix=fix,
    entries=("pandas/dataframe-append-removed",),
    safety="safe",
)
