"""NumPy removals and their replacements, and the rewrite both NumPy fixers share.

Tables come from NumPy's own messages (numpy 1.24 `__former_attrs__`, numpy 2.x
`_expired_attrs_2_0`) and release notes; each replacement is behaviour-preserving for the usual
use (dtype arguments, constants, the same function under its new name). Members whose removal
message gives no mechanical replacement (`np.find_common_type`, `np.cast`, ...) are not listed:
the fixer declines and the KB entry explains them.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from ._migrate import (
    Edit,
    SourceMap,
    apply,
    attribute_name_span,
    from_imports,
    insert_import,
    module_aliases,
    names_in_use,
    nodes,
    plural,
    removal_edits,
)


@dataclass(frozen=True)
class Replacement:
    """What `np.<attr>` becomes.

    kind "np": another numpy member (`np.<target>`); "builtin": a builtin name (`target`);
    "negated": `-np.<target>`; "literal": a Python literal (`0.0`); "module": a stdlib module
    (`math`), imported when missing; "call": a call rewrite done by `_call_rewrite`; "ravel":
    `np.<target>(...).ravel()`, only where the member is called (see `_ravel_edits`).
    """

    kind: str
    target: str
    note: str = ""


# NumPy 1.20 deprecated, 1.24 removed: aliases of Python builtins.
TYPE_ALIASES: dict[str, Replacement] = {
    "float": Replacement("builtin", "float"),
    "int": Replacement("builtin", "int"),
    "object": Replacement("builtin", "object"),
    "str": Replacement("builtin", "str"),
    "complex": Replacement("builtin", "complex"),
    "unicode": Replacement("builtin", "str"),
    "bool": Replacement("builtin", "bool"),
    "long": Replacement("builtin", "int"),
}
# np.bool and np.long exist again in NumPy 2 (as NumPy types): only rewritten when the error
# names them, i.e. the user's NumPy is 1.24-1.26.
ONLY_WHEN_NAMED = {"bool", "long"}

# NumPy 2.0 removals (NEP 52) with a mechanical replacement.
NUMPY2: dict[str, Replacement] = {
    "NaN": Replacement("np", "nan"),
    "NAN": Replacement("np", "nan"),
    "Inf": Replacement("np", "inf"),
    "Infinity": Replacement("np", "inf"),
    "PINF": Replacement("np", "inf"),
    "infty": Replacement("np", "inf"),
    "NINF": Replacement("negated", "inf"),
    "PZERO": Replacement("literal", "0.0"),
    "NZERO": Replacement("literal", "-0.0"),
    "float_": Replacement("np", "float64"),
    "complex_": Replacement("np", "complex128"),
    "cfloat": Replacement("np", "complex128"),
    "singlecomplex": Replacement("np", "complex64"),
    "longfloat": Replacement("np", "longdouble"),
    "clongfloat": Replacement("np", "clongdouble"),
    "longcomplex": Replacement("np", "clongdouble"),
    "unicode_": Replacement("np", "str_"),
    "string_": Replacement("np", "bytes_"),
    "int0": Replacement("np", "intp"),
    "uint0": Replacement("np", "uintp"),
    "bool8": Replacement("np", "bool_"),
    "object0": Replacement("np", "object_"),
    "str0": Replacement("np", "str_"),
    "bytes0": Replacement("np", "bytes_"),
    "void0": Replacement("np", "void"),
    "round_": Replacement("np", "round"),
    "alltrue": Replacement("np", "all"),
    "sometrue": Replacement("np", "any"),
    "product": Replacement("np", "prod"),
    "cumproduct": Replacement("np", "cumprod"),
    "trapz": Replacement("np", "trapezoid"),
    "row_stack": Replacement("np", "vstack"),
    "mat": Replacement("np", "asmatrix"),
    # np.in1d flattened its first argument, np.isin keeps its shape: `np.isin(...).ravel()` is
    # what np.in1d returned for every input (a bare rename differs on 2-D input: np.where, indexing)
    "in1d": Replacement("ravel", "isin"),
    "issubclass_": Replacement("builtin", "issubclass"),
    "math": Replacement("module", "math"),
    "asscalar": Replacement("call", "item"),
    "msort": Replacement("call", "sort"),
}


@dataclass(frozen=True)
class Plan:
    """The rewrite of one file: new text, how many places, notes for the user."""

    new_source: str
    count: int
    notes: tuple[str, ...]
    found_named: bool


def plan(tree: ast.Module, source: str, table: dict[str, Replacement], named: str | None) -> Plan:
    """Rewrite every `<numpy alias>.<attr>` in `table`, plus `from numpy import <attr>`."""
    smap = SourceMap(source)
    aliases = module_aliases(tree, "numpy")
    parents = {child: parent for parent in nodes(tree) for child in ast.iter_child_nodes(parent)}
    edits: list[Edit] = []
    insertions: list[Edit] = []  # the `.ravel()` after a rewritten call: part of the same place
    notes: list[str] = []
    found_named = False
    needs_import: set[str] = set()
    for node in nodes(tree):
        if not (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, ast.Load)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and node.attr in table
        ):
            continue
        if node.attr in ONLY_WHEN_NAMED and node.attr != named:
            continue
        replacement = table[node.attr]
        if replacement.kind == "ravel":
            ravel = _ravel_edits(smap, node, replacement, parents.get(node))
            if not ravel:
                continue
            edits.append(ravel[0])
            insertions.append(ravel[1])
            found_named = found_named or node.attr == named
            continue
        edit = _attribute_edit(smap, node, replacement, parents.get(node))
        if edit is None:
            continue
        edits.append(edit)
        found_named = found_named or node.attr == named
        if replacement.note:
            notes.append(replacement.note)
        if replacement.kind == "module":
            needs_import.add(replacement.target)
    for statement in from_imports(tree, "numpy"):
        import_edits, hit = _from_import_edits(smap, statement, table, named)
        edits.extend(import_edits)
        found_named = found_named or hit
    count = len(edits)
    edits.extend(insertions)
    bound = names_in_use(tree)
    for module in sorted(needs_import):
        if module not in bound:
            edits.append(insert_import(smap, tree, f"import {module}"))
    return Plan(apply(source, edits), count, tuple(dict.fromkeys(notes)), found_named)


def _attribute_edit(
    smap: SourceMap, node: ast.Attribute, replacement: Replacement, parent: ast.AST | None
) -> Edit | None:
    name_span = attribute_name_span(smap, node)
    if name_span is None:
        return None
    start, end = smap.span(node)
    alias = smap.source[start : name_span[0]]  # "np." (possibly with spaces)
    kind = replacement.kind
    if kind == "np":
        return Edit(name_span[0], name_span[1], replacement.target)
    if kind in ("builtin", "module"):
        return Edit(start, end, replacement.target)
    if kind in ("negated", "literal"):
        text = f"-{alias}{replacement.target}" if kind == "negated" else replacement.target
        if text.startswith("-") and _needs_parentheses(node, parent):
            text = f"({text})"
        return Edit(start, end, text)
    if kind == "call":
        return _call_rewrite(smap, node, replacement, parent, alias)
    return None


def _ravel_edits(
    smap: SourceMap, node: ast.Attribute, replacement: Replacement, parent: ast.AST | None
) -> list[Edit]:
    """`np.in1d(a, b, invert=True)` -> `np.isin(a, b, invert=True).ravel()`: two edits (the name,
    and `.ravel()` after the closing parenthesis) so rewrites inside the arguments stay separate.
    Nothing when the member is not called here (`f = np.in1d`: its callers are not visible)."""
    if not (isinstance(parent, ast.Call) and parent.func is node):
        return []
    name_span = attribute_name_span(smap, node)
    if name_span is None:
        return []
    end = smap.span(parent)[1]
    return [Edit(name_span[0], name_span[1], replacement.target), Edit(end, end, ".ravel()")]


def _needs_parentheses(node: ast.AST, parent: ast.AST | None) -> bool:
    """`-x` must be wrapped where a unary minus would bind differently (`(-np.inf).real`)."""
    if isinstance(parent, ast.Attribute) and parent.value is node:
        return True
    if isinstance(parent, ast.Subscript) and parent.value is node:
        return True
    if isinstance(parent, ast.Call) and parent.func is node:
        return True
    if isinstance(parent, ast.UnaryOp):
        return True  # `-np.NINF` -> `-(-np.inf)`, not `--np.inf`
    return isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Pow) and parent.left is node


def _call_rewrite(
    smap: SourceMap, node: ast.Attribute, replacement: Replacement, parent: ast.AST | None, alias: str
) -> Edit | None:
    """`np.asscalar(a)` -> `a.item()`, `np.msort(a)` -> `np.sort(a, axis=0)`: one plain argument."""
    if not (
        isinstance(parent, ast.Call)
        and parent.func is node
        and len(parent.args) == 1
        and not parent.keywords
        and not isinstance(parent.args[0], ast.Starred)
    ):
        return None
    argument = smap.text(parent.args[0])
    start, end = smap.span(parent)
    if replacement.target == "item":
        if not isinstance(parent.args[0], (ast.Name, ast.Attribute, ast.Call, ast.Subscript)):
            argument = f"({argument})"
        return Edit(start, end, f"{argument}.item()")
    return Edit(start, end, f"{alias}sort({argument}, axis=0)")


def _from_import_edits(
    smap: SourceMap, statement: ast.ImportFrom, table: dict[str, Replacement], named: str | None
) -> tuple[list[Edit], bool]:
    """`from numpy import NaN, zeros` -> `from numpy import nan as NaN, zeros`.

    A removed alias of a builtin (`from numpy import float`) is dropped from the import, so the
    name means the builtin again; when nothing is left the statement goes (or becomes `pass`
    inside a block). Renamed builtin aliases (`float as npfloat`) are left alone.
    """
    edits: list[Edit] = []
    dropped: list[int] = []
    hit = False
    for index, alias in enumerate(statement.names):
        replacement = table.get(alias.name)
        if replacement is None or (alias.name in ONLY_WHEN_NAMED and alias.name != named):
            continue
        local = alias.asname or alias.name
        if replacement.kind == "np":
            start, end = smap.span(alias)
            if re.sub(r"\s+", " ", smap.source[start:end]).split(" ")[0] != alias.name:
                continue
            edits.append(Edit(start, end, f"{replacement.target} as {local}"))
        elif replacement.kind == "builtin" and alias.asname is None and local == replacement.target:
            dropped.append(index)
        else:
            continue
        hit = hit or alias.name == named
    if dropped and len(dropped) == len(statement.names):
        return [_remove_statement(smap, statement)], hit
    if dropped:
        edits.extend(removal_edits(smap, list(statement.names), dropped))
    return edits, hit


def _remove_statement(smap: SourceMap, statement: ast.stmt) -> Edit:
    """Delete a whole statement: its line at top level, `pass` inside a block."""
    start, end = smap.span(statement)
    line_start = smap.line_start(smap.line_of(start))
    line_end = smap.line_end(smap.line_of(end))
    before, after = smap.source[line_start:start].strip(), smap.source[end:line_end].strip()
    if before == "" and after == "" and statement.col_offset == 0:
        return Edit(line_start, line_end, "")
    if before == "" and after.startswith("#") and statement.col_offset == 0:
        return Edit(start, end + len(smap.source[end:line_end]) - len(smap.source[end:line_end].lstrip()), "")
    return Edit(start, end, "pass")


def title(count: int, what: str) -> str:
    return f"{what} ({plural(count)})"
