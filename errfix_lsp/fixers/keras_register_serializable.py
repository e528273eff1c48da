"""keras-register-serializable: register a custom Keras class (or function) so `load_model` can
find it by name without `custom_objects`.

Fixes: "Could not locate class 'MyDense'" / "Could not locate function 'scaled'" (Keras 3),
"Cannot deserialize object of type `MyDense`" (Keras 2.13+/tf-keras), "Unknown layer: MyDense"
(Keras 2.x, also from `.h5` files in Keras 3).

What it writes: `@keras.saving.register_keras_serializable(package="...")` above the class
(`@tf.keras.utils.register_keras_serializable(...)` for tf.keras / tf_keras code, whose Keras
2.10-2.12 has no `keras.saving`), importing Keras when the file has no name for it. The package
is the file's module name, so the saved name reads `train>MyDense`.

Declines when: the file does not parse; the named class is not defined in this file (register
it where it is defined) or is not a Keras class; it is already registered.

Note for the user: a model file saved BEFORE registering records the bare class name; re-save the
model after this fix, or load old files with `custom_objects={"MyDense": MyDense}`. Registration
runs when the module is imported: the script that loads must import the module defining the class.

Example (before → after):

    class MyDense(keras.layers.Layer):        @keras.saving.register_keras_serializable(package="train")
        ...                                   class MyDense(keras.layers.Layer):
                                                  ...
"""

from __future__ import annotations

import ast

from ._keras_ast import add_import, dialect_for, find_class, is_registration, package_name
from ._keras_source import Source
from .base import Declined, Fix, Fixer, FixRequest, FixResult

ENTRIES = ("tensorflow/keras-unknown-layer-not-registered",)


def fix(request: FixRequest) -> FixResult:
    source = Source.parse(request.source)
    if source is None:
        return Declined("the file does not parse; fix the syntax error first")
    target = _target(source, request)
    if isinstance(target, str):
        return Declined(target)
    if any(is_registration(d) for d in target.decorator_list):
        return Declined(
            f"{target.name} is already registered; if loading still fails, the file was saved "
            "before registration: re-save it, or pass custom_objects when loading"
        )
    dialect = dialect_for(source, target if isinstance(target, ast.ClassDef) else None)
    indent = source.indent_of(target) or ""
    first = min([target.lineno] + [d.lineno for d in target.decorator_list])
    decorator = (
        f'{indent}@{dialect.api("register_keras_serializable")}(package="{package_name(request.path)}")'
    )
    source.insert_lines_before(first, [decorator])
    add_import(source, dialect)
    return Fix(
        title=f"Register {target.name} with register_keras_serializable",
        new_source=source.result(),
        note=(
            "Re-save the model after registering: files saved before keep the bare name "
            f"{target.name!r} (load those with custom_objects). The loading script must import "
            "the module that defines it."
        ),
    )


def _target(source: Source, request: FixRequest) -> ast.ClassDef | ast.FunctionDef | str:
    function = request.captures.get("function")
    if function and not request.captures.get("class_name"):
        for node in source.tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == function:
                return node
        return f"function {function} is not defined at the top level of this file"
    return find_class(source, request.captures, request.line)


FIXER = Fixer(
    id="keras-register-serializable",
    title="Register a custom Keras class with register_keras_serializable",
    fix=fix,
    entries=ENTRIES,
    safety="safe",
)
