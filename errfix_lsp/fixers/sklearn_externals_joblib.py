"""Fixer `sklearn-externals-joblib`: `from sklearn.externals import joblib` -> `import joblib`.

scikit-learn 0.21 deprecated and 0.23 removed its vendored copy of joblib, so old code dies with
"cannot import name 'joblib' from 'sklearn.externals'" or "No module named
'sklearn.externals.joblib'". joblib is a dependency of scikit-learn (always installed with it)
and has the same API (`dump`, `load`, `Parallel`, `delayed`, `Memory`).

Rewrites: `from sklearn.externals import joblib [as x]` -> `import joblib [as x]` (other names in
the same import stay there); `from sklearn.externals.joblib[.sub] import a, b` ->
`from joblib[.sub] import a, b`; `import sklearn.externals.joblib [as x]` -> `import joblib
[as x]`, and `sklearn.externals.joblib.dump(...)` -> `joblib.dump(...)`.

Declines: the file does not parse; nothing in the file imports `sklearn.externals.joblib` (the
error then comes from another module, or from unpickling a model saved with the old path: see
the KB entry).

Example: `from sklearn.externals import joblib` -> `import joblib`.
"""

from __future__ import annotations

import ast
import re

from ._migrate import (
    Edit,
    SourceMap,
    apply,
    dotted_text_ok,
    imported_names,
    insert_import,
    newline_of,
    nodes,
    parse,
    plural,
    removal_edits,
)
from .base import Declined, Fix, Fixer, FixRequest, FixResult

_OLD = "sklearn.externals.joblib"
_FROM_MODULE = re.compile(r"^from\s+(sklearn\s*\.\s*externals\s*\.\s*joblib)\b")


def fix(request: FixRequest) -> FixResult:
    if "externals" not in request.source:  # cheap test before parsing
        return _not_here()
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    smap = SourceMap(request.source)
    edits: list[Edit] = []
    places = 0
    binds_joblib = "joblib" in imported_names(tree)
    keep_sklearn = _sklearn_needed(tree)
    for node in nodes(tree):
        found: list[Edit] = []
        if isinstance(node, ast.ImportFrom) and not node.level and node.module:
            if node.module == "sklearn.externals":
                found = _from_externals(smap, node)
            elif node.module == _OLD or node.module.startswith(_OLD + "."):
                found = _from_old_module(smap, node)
        elif isinstance(node, ast.Import):
            found = _import_old_module(smap, node, keep_sklearn)
        places += bool(found)
        edits.extend(found)
    chain_edits = _attribute_chains(smap, tree)
    places += len(chain_edits)
    if not edits and not chain_edits:
        return _not_here()
    edits.extend(chain_edits)
    if chain_edits and not binds_joblib and not _imports_plain_joblib(edits):
        edits.append(insert_import(smap, tree, "import joblib"))
    return Fix(
        title=f"Import joblib directly instead of sklearn.externals.joblib ({plural(places)})",
        new_source=apply(request.source, edits),
        note="joblib is installed with scikit-learn; models saved with joblib.dump load the same.",
    )


def _not_here() -> Declined:
    return Declined(
        "this file does not import sklearn.externals.joblib; if the error comes from "
        "joblib.load/pickle.load of an old model file, see the KB entry"
    )


def _from_externals(smap: SourceMap, node: ast.ImportFrom) -> list[Edit]:
    """`from sklearn.externals import joblib[, six]`."""
    index = next((i for i, a in enumerate(node.names) if a.name == "joblib"), None)
    if index is None:
        return []
    alias = node.names[index]
    statement = _import_joblib(alias.asname)
    start, end = smap.span(node)
    if len(node.names) == 1:
        return [Edit(start, end, statement)]
    indent = smap.indent_of(node.lineno)
    edits = removal_edits(smap, list(node.names), [index])
    edits.append(Edit(start, start, statement + newline_of(smap.source) + indent))
    return edits


def _from_old_module(smap: SourceMap, node: ast.ImportFrom) -> list[Edit]:
    """`from sklearn.externals.joblib[.sub] import x` -> `from joblib[.sub] import x`."""
    start, end = smap.span(node)
    found = _FROM_MODULE.match(smap.source[start:end])
    if found is None:
        return []
    return [Edit(start + found.start(1), start + found.end(1), "joblib")]


def _import_old_module(smap: SourceMap, node: ast.Import, keep_sklearn: bool) -> list[Edit]:
    """`import sklearn.externals.joblib [as x]` -> `import joblib [as x]`.

    A plain `import sklearn.externals.joblib` also bound `sklearn`: when the file still uses
    that name and nothing else imports it, `sklearn` is kept in the import.
    """
    edits = []
    for alias in node.names:
        if alias.name != _OLD and not alias.name.startswith(_OLD + "."):
            continue
        start, end = smap.span(alias)
        new_name = "joblib" + alias.name[len(_OLD) :]
        if alias.asname and alias.asname != new_name:
            edits.append(Edit(start, end, f"{new_name} as {alias.asname}"))
        elif alias.asname is None and keep_sklearn:
            edits.append(Edit(start, end, f"{new_name}, sklearn"))
        else:
            edits.append(Edit(start, end, new_name))
    return edits


def _sklearn_needed(tree: ast.AST) -> bool:
    """Whether `sklearn` is used other than in `sklearn.externals.joblib` with no other import."""
    other_import = False
    for node in nodes(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                top = alias.name.split(".")[0]
                if top == "sklearn" and alias.asname is None and not alias.name.startswith(_OLD):
                    other_import = True
    if other_import:
        return False
    chain_roots = {
        id(node.value.value)
        for node in nodes(tree)
        if isinstance(node, ast.Attribute)
        and node.attr == "joblib"
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "externals"
    }
    return any(
        isinstance(node, ast.Name) and node.id == "sklearn" and id(node) not in chain_roots
        for node in nodes(tree)
    )


def _attribute_chains(smap: SourceMap, tree: ast.AST) -> list[Edit]:
    """`sklearn.externals.joblib.dump(...)` -> `joblib.dump(...)`."""
    edits = []
    for node in nodes(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr == "joblib"
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "externals"
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id == "sklearn"
            and dotted_text_ok(smap, node, _OLD)
        ):
            start, end = smap.span(node)
            edits.append(Edit(start, end, "joblib"))
    return edits


def _import_joblib(asname: str | None) -> str:
    return f"import joblib as {asname}" if asname and asname != "joblib" else "import joblib"


def _imports_plain_joblib(edits: list[Edit]) -> bool:
    return any(e.text in ("import joblib", "joblib") for e in edits)


FIXER = Fixer(
    id="sklearn-externals-joblib",
    title="Import joblib directly instead of the removed sklearn.externals.joblib",
    fix=fix,
    entries=("sklearn/externals-joblib-removed",),
    safety="safe",
)
