"""keras-custom-objects: pass the custom class to the `load_model` call that failed, as
`custom_objects={"MyDense": MyDense}`.

Fixes: "Could not locate class 'MyDense'", "Cannot deserialize object of type `MyDense`",
"Unknown layer: MyDense" when the traceback points at a `load_model(...)` line of your code. It
is the local alternative to `keras-register-serializable`: it also loads files saved before the
class was registered, but only helps this one call.

What it writes: a `custom_objects={...}` keyword on the `load_model` call on the diagnostic's line
(`keras.models.load_model`, `keras.saving.load_model`, `tf.keras.models.load_model`, a bare
`load_model`), or the missing entry in an existing `custom_objects={...}` dict literal. The name
comes from the error (capture `class_name`/`function`); without one, every Keras class defined in
the file is passed.

Declines when: the file does not parse; no `load_model` call is on that line (and the file does
not have exactly one); the class is neither defined nor imported in this file (import it first);
`custom_objects` is given as something other than a dict literal; the entry is already there.

Example (before → after):

    model = keras.models.load_model("m.keras")
    model = keras.models.load_model("m.keras", custom_objects={"MyDense": MyDense})
"""

from __future__ import annotations

import ast

from ._keras_ast import dotted, imported_names, keras_classes
from ._keras_config import quote_style
from ._keras_source import Source
from .base import Declined, Fix, Fixer, FixRequest, FixResult

ENTRIES = ("tensorflow/keras-unknown-layer-not-registered",)


def fix(request: FixRequest) -> FixResult:
    source = Source.parse(request.source)
    if source is None:
        return Declined("the file does not parse; fix the syntax error first")
    call = _load_call(source.tree, request.line)
    if isinstance(call, str):
        return Declined(call)
    names = _names(source, request)
    if isinstance(names, str):
        return Declined(names)
    q = quote_style(source)
    existing = next((kw for kw in call.keywords if kw.arg == "custom_objects"), None)
    if existing is not None:
        if not isinstance(existing.value, ast.Dict):
            return Declined("custom_objects is not a dict literal here; add the class to it by hand")
        have = {k.value for k in existing.value.keys if isinstance(k, ast.Constant)}
        missing = [n for n in names if n not in have]
        if not missing:
            return Declined(f"custom_objects already has {', '.join(names)}")
        node = existing.value
        addition = ", ".join(f"{q}{n}{q}: {n}" for n in missing)
        close = source.end(node) - 1
        inner = source.text[source.start(node) + 1 : close].rstrip()
        if not inner:
            source.insert(close, addition)
        else:
            at = source.start(node) + 1 + len(inner)
            source.insert(at, (" " if inner.endswith(",") else ", ") + addition)
    else:
        mapping = "{" + ", ".join(f"{q}{n}{q}: {n}" for n in names) + "}"
        parts = [*call.args, *(kw.value for kw in call.keywords)]
        if parts:
            last = max(parts, key=lambda n: (n.end_lineno, n.end_col_offset))  # type: ignore[arg-type,return-value]
            source.insert(source.end(last), f", custom_objects={mapping}")
        else:
            source.insert(source.end(call) - 1, f"custom_objects={mapping}")
    return Fix(
        title=f"Pass custom_objects={{{', '.join(repr(n) for n in names)}: ...}} to load_model",
        new_source=source.result(),
        note="This fixes this load only; registering the class fixes every load.",
        preferred=False,
    )


def _load_call(tree: ast.Module, line: int | None) -> ast.Call | str:
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and (dotted(node.func) or "").rsplit(".", 1)[-1] == "load_model"
    ]
    if line is not None:
        on_line = [c for c in calls if c.lineno <= line <= (c.end_lineno or c.lineno)]
        if on_line:
            return max(on_line, key=lambda c: c.lineno)
    if len(calls) == 1:
        return calls[0]
    if not calls:
        return "no load_model call in this file"
    return "several load_model calls and the error does not point at one"


def _names(source: Source, request: FixRequest) -> list[str] | str:
    wanted = request.captures.get("class_name") or request.captures.get("function")
    if wanted:
        wanted = wanted.rsplit(".", 1)[-1]
        defined = {
            node.name for node in source.tree.body if isinstance(node, (ast.ClassDef, ast.FunctionDef))
        }
        if wanted in defined or wanted in imported_names(source.tree):
            return [wanted]
        return f"{wanted} is neither defined nor imported in this file: import it first"
    classes = keras_classes(source.tree, imported_names(source.tree))
    top = [name for name, cls in classes.items() if cls in source.tree.body]
    return top or "no custom Keras class defined in this file"


FIXER = Fixer(
    id="keras-custom-objects",
    title="Pass the custom class to load_model(custom_objects=...)",
    fix=fix,
    entries=ENTRIES,
    safety="safe",
)
