"""keras-save-path: give a Keras model file the extension Keras 3 wants: `.keras` for whole
models, `.weights.h5` for `save_weights` files.

Fixes: "Invalid filepath extension for saving. Please add either a `.keras` extension ..."
(`model.save("my_model")`, a TF SavedModel directory), "The filename must end in
`.weights.h5`" (`model.save_weights("w.h5")`), and "File format not supported: filepath=..."
when the same file saves the model under that path too.

What it writes: the file name of the save call on the diagnostic's line becomes `<stem>.keras` /
`<stem>.weights.h5` (`.h5`, `.hdf5`, `.tf`, `.pb`, `.ckpt` and trailing slashes are dropped). The
name is changed where it is written: a string literal in the call, the last literal of an
`os.path.join(...)`/`Path(...) / "..."`, an f-string ending in literal text, or the one assignment
of a variable holding it. Every other save/load call in the file that uses the same literal is
changed with it, so the script still loads what it saved.

Declines when: the file does not parse; no Keras save/load call is on that line; the file name is
computed at run time; it already has the right extension; `load_model` reads a path this file
never saves (an existing SavedModel directory: Keras 3 cannot load it with `load_model`; use
`keras.layers.TFSMLayer(path, call_endpoint="serving_default")` or re-save it as `.keras` with
Keras 2 / tf_keras).

Example (before → after):

    model.save("my_model")                  model.save("my_model.keras")
    model.save_weights("w.h5")              model.save_weights("w.weights.h5")
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

import regex

from ._keras_ast import dotted
from ._keras_source import Source
from .base import Declined, Fix, Fixer, FixRequest, FixResult

ENTRIES = ("tensorflow/keras-invalid-save-filepath",)
_MODEL_CALLS = {"save": "save", "save_model": "save", "load_model": "load"}
_WEIGHT_CALLS = {"save_weights": "save", "load_weights": "load"}
_OLD_SUFFIXES = (".weights.h5", ".weights", ".hdf5", ".h5", ".tf", ".pb", ".ckpt", ".keras")
_QUOTE = regex.compile(r"^(?P<prefix>[rRuUbBfF]*)(?P<quote>'''|\"\"\"|'|\")")


@dataclass
class _PathUse:
    call: ast.Call
    kind: str  # "model" or "weights"
    action: str  # "save" or "load"
    expr: ast.expr


def fix(request: FixRequest) -> FixResult:
    source = Source.parse(request.source)
    if source is None:
        return Declined("the file does not parse; fix the syntax error first")
    uses = _path_uses(source.tree)
    on_line = [
        use
        for use in uses
        if request.line is not None
        and use.call.lineno <= request.line <= (use.call.end_lineno or use.call.lineno)
    ]
    if not on_line:
        return Declined("no Keras save/load call with a file name on this line")
    target = max(on_line, key=lambda use: use.call.lineno)
    want = ".keras" if target.kind == "model" else ".weights.h5"
    literal = _literal(source.tree, target.expr)
    if literal is None:
        return Declined(f"the file name is computed at run time; make it end in {want}")
    old = _text_value(literal)
    if old is None:
        return Declined(f"the file name is computed at run time; make it end in {want}")
    if old.endswith(want):
        return Declined(f"the file name already ends in {want}")
    new = _new_name(old, want, fragment=isinstance(literal, ast.JoinedStr))
    related = [
        use
        for use in uses
        if use.kind == target.kind
        and (lit := _literal(source.tree, use.expr)) is not None
        and (lit is literal or _text_value(lit) == old)
    ]
    if target.action == "load" and not any(use.action == "save" for use in related):
        return Declined(
            f"{old!r} is not saved by this file: if it is a TF SavedModel directory, Keras 3 "
            "cannot load it with load_model; use keras.layers.TFSMLayer(path, "
            "call_endpoint='serving_default') or re-save it as .keras with tf_keras"
        )
    literals = {id(literal): literal}
    for use in related:
        lit = _literal(source.tree, use.expr)
        if lit is not None:
            literals[id(lit)] = lit
    for lit in literals.values():
        if not _rewrite(source, lit, old, new):
            return Declined(f"cannot rewrite the literal {source.segment(lit)}; rename it to {new!r}")
    return Fix(title=f"Save to {new!r} instead of {old!r}", new_source=source.result())


def _path_uses(tree: ast.Module) -> list[_PathUse]:
    uses = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = (dotted(node.func) or "").rsplit(".", 1)[-1]
        if not name and isinstance(node.func, ast.Attribute):
            name = node.func.attr
        if name in _MODEL_CALLS:
            kind, action = "model", _MODEL_CALLS[name]
        elif name in _WEIGHT_CALLS:
            kind, action = "weights", _WEIGHT_CALLS[name]
        else:
            continue
        position = 1 if name == "save_model" else 0
        expr = next((kw.value for kw in node.keywords if kw.arg == "filepath"), None)
        if expr is None and len(node.args) > position:
            expr = node.args[position]
        if expr is not None:
            uses.append(_PathUse(node, kind, action, expr))
    return uses


def _literal(tree: ast.Module, expr: ast.expr, depth: int = 0) -> ast.expr | None:
    """The string literal (or f-string) that spells the end of the file name, if any."""
    if depth > 5:
        return None
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        return expr
    if isinstance(expr, ast.JoinedStr):
        last = expr.values[-1] if expr.values else None
        return expr if isinstance(last, ast.Constant) else None
    if isinstance(expr, ast.Call) and expr.args and not expr.keywords:
        return _literal(tree, expr.args[-1], depth + 1)
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Div):
        return _literal(tree, expr.right, depth + 1)
    if isinstance(expr, ast.Name):
        values = [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == expr.id
        ]
        if len(values) == 1:
            return _literal(tree, values[0], depth + 1)
    return None


def _text_value(literal: ast.expr) -> str | None:
    if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
        return literal.value
    if isinstance(literal, ast.JoinedStr):
        last = literal.values[-1]
        if isinstance(last, ast.Constant) and isinstance(last.value, str):
            return last.value
    return None


def _new_name(old: str, want: str, fragment: bool = False) -> str:
    """`old` with its model-file suffix replaced; `fragment`: `old` is the literal tail of an
    f-string (`f"{name}.h5"` has the tail ".h5", which is all suffix)."""
    stem = old.rstrip("/\\")
    for suffix in _OLD_SUFFIXES:
        if stem.lower().endswith(suffix) and (len(stem) > len(suffix) or fragment):
            stem = stem[: -len(suffix)]
            break
    return stem + want


def _rewrite(source: Source, literal: ast.expr, old: str, new: str) -> bool:
    """Change the literal's text in place, keeping its quotes and prefix."""
    text = source.segment(literal)
    head = _QUOTE.match(text)
    if head is None:
        return False
    quote = head["quote"]
    body_end = len(text) - len(quote)
    common = 0
    while common < min(len(old), len(new)) and old[common] == new[common]:
        common += 1
    removed, added = old[common:], new[common:]
    if not text[:body_end].endswith(removed) or any(c in added for c in "\\{}" + quote):
        return False
    start = source.start(literal) + body_end - len(removed)
    source.replace(start, start + len(removed), added)
    return True


FIXER = Fixer(
    id="keras-save-path",
    title="Use the .keras / .weights.h5 file name Keras 3 expects",
    fix=fix,
    entries=ENTRIES,
    safety="safe",
)
