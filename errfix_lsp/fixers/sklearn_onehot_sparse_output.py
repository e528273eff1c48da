"""Fixer `sklearn-onehot-sparse-output`: `OneHotEncoder(sparse=...)` -> `sparse_output=...`.

scikit-learn 1.2 renamed the `sparse` parameter of `OneHotEncoder` to `sparse_output` and 1.4
removed the old name ("OneHotEncoder.__init__() got an unexpected keyword argument 'sparse'").
The value means the same. Every `OneHotEncoder(...)` call in the file (`OneHotEncoder`,
`preprocessing.OneHotEncoder`, any alias ending in that name) that passes `sparse=` is renamed.

Declines: the file does not parse; no `OneHotEncoder(..., sparse=...)` call in the file; a call
passing both `sparse=` and `sparse_output=` (remove one by hand).

Example: `OneHotEncoder(handle_unknown="ignore", sparse=False)` ->
`OneHotEncoder(handle_unknown="ignore", sparse_output=False)`.
"""

from __future__ import annotations

import ast

from ._migrate import Edit, SourceMap, apply, keyword_span, nodes, parse, plural
from .base import Declined, Fix, Fixer, FixRequest, FixResult


def fix(request: FixRequest) -> FixResult:
    if "sparse" not in request.source:  # cheap test before parsing
        return Declined("no OneHotEncoder(..., sparse=...) call in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    smap = SourceMap(request.source)
    encoders = _encoder_names(tree)
    edits: list[Edit] = []
    conflicts = 0
    for node in nodes(tree):
        if not (isinstance(node, ast.Call) and _calls_encoder(node.func, encoders)):
            continue
        names = {k.arg for k in node.keywords}
        if "sparse" not in names:
            continue
        if "sparse_output" in names:
            conflicts += 1
            continue
        keyword = next(k for k in node.keywords if k.arg == "sparse")
        span = keyword_span(smap, keyword)
        if span is not None:
            edits.append(Edit(span[0], span[1], "sparse_output"))
    if not edits:
        if conflicts:
            return Declined("OneHotEncoder gets both sparse= and sparse_output=; keep sparse_output")
        return Declined("no OneHotEncoder(..., sparse=...) call in this file")
    return Fix(
        title=f"Rename OneHotEncoder(sparse=) to sparse_output= ({plural(len(edits))})",
        new_source=apply(request.source, edits),
        note="sparse_output exists since scikit-learn 1.2; the value keeps its meaning.",
    )


def _encoder_names(tree: ast.AST) -> set[str]:
    """Local names of OneHotEncoder (`from sklearn.preprocessing import OneHotEncoder as OHE`)."""
    names = {"OneHotEncoder"}
    for node in nodes(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sklearn"):
            names.update(a.asname for a in node.names if a.name == "OneHotEncoder" and a.asname)
    return names


def _calls_encoder(func: ast.AST, names: set[str]) -> bool:
    if isinstance(func, ast.Name):
        return func.id in names
    return isinstance(func, ast.Attribute) and func.attr == "OneHotEncoder"


FIXER = Fixer(
    id="sklearn-onehot-sparse-output",
    title="Rename OneHotEncoder(sparse=) to sparse_output=",
    fix=fix,
    entries=("sklearn/onehotencoder-sparse-renamed",),
    safety="safe",
)
