"""keras-serializable-object: make a plain Python object that a custom layer keeps in its config
serializable the Keras way, and make the layer rebuild it on load.

Fixes: "Cannot serialize object <Scaler object at 0x..> of type <class 'Scaler'>. To be
serializable, a class must implement the `get_config()` method" (Keras 3, tf-keras `.keras`) and
"Unable to serialize <Scaler object at 0x..> to JSON. Unrecognized type <class 'Scaler'>"
(`.h5`, Keras 2).

What it writes, when the object's class (capture `class_name`) is defined in this file:
- on that class: `get_config()` returning its `__init__` arguments (from the attributes that hold
  them), `from_config()` (`cls(**config)`), and `@register_keras_serializable` so Keras can find it
  by name on load;
- on each Keras layer/model of the file that is constructed with such an object
  (`MyDense(3, scaler=Scaler(2.0))`, also through a variable): that argument goes through
  `serialize_keras_object` in its `get_config` and `deserialize_keras_object` in a `from_config`
  (a layer's config values are not rebuilt by Keras on their own).

Declines when: the file does not parse; the class is not defined here (fix it where it is defined)
or is itself a Keras layer (then keras-add-get-config applies); its `__init__` has positional-only
parameters; it is already serializable and registered and every layer holding it rebuilds it.
When no layer of the file is seen receiving the object, the note says which change remains.

Example (before → after, the layer's own get_config/from_config change as in keras-add-get-config):

    class Scaler:                                 @keras.saving.register_keras_serializable(package="train")
        def __init__(self, factor):               class Scaler:
            self.factor = factor                      def __init__(self, factor):
                                                          self.factor = factor

                                                      def get_config(self):
                                                          return {
                                                              "factor": self.factor,
                                                          }

                                                      @classmethod
                                                      def from_config(cls, config):
                                                          return cls(**config)
"""

from __future__ import annotations

import ast

from ._keras_ast import (
    add_import,
    dialect_for,
    imported_names,
    is_registration,
    keras_classes,
    method,
    package_name,
)
from ._keras_classfix import fix_config
from ._keras_config import Layout, key_text, layout_for, plan_items, store_lines
from ._keras_init import analyse_init
from ._keras_source import Source
from .base import Declined, Fix, Fixer, FixRequest, FixResult

ENTRIES = ("tensorflow/keras-get-config-not-json-serializable",)


def fix(request: FixRequest) -> FixResult:
    source = Source.parse(request.source)
    if source is None:
        return Declined("the file does not parse; fix the syntax error first")
    name = (request.captures.get("class_name") or "").rsplit(".", 1)[-1]
    if not name:
        return Declined("the error does not name the object's class")
    imports = imported_names(source.tree)
    keras = keras_classes(source.tree, imports)
    if name in keras:
        return Declined(f"{name} is a Keras class: give it get_config with keras-add-get-config")
    target = next((n for n in ast.walk(source.tree) if isinstance(n, ast.ClassDef) and n.name == name), None)
    if target is None:
        return Declined(f"class {name} is not defined in this file: make it serializable there")
    dialect = dialect_for(source, None)
    notes: list[str] = []
    problem = _make_serializable(source, target, dialect, request.path)
    if problem:
        return Declined(problem)
    owners = _owners(source.tree, name, keras)
    for owner, params in owners.items():
        done = fix_config(source, owner, dialect, frozenset(params))
        if isinstance(done, tuple):
            notes += done[1]
    if not owners:
        notes.append(
            f"No layer of this file is seen receiving a {name}: in the layer that keeps it, save it "
            "with serialize_keras_object in get_config and rebuild it with deserialize_keras_object "
            "in from_config."
        )
    if not source.changed:
        return Declined(f"{name} is already serializable and registered")
    if dialect.import_line and dialect.module in source.added_text():
        add_import(source, dialect)
    title = f"Make {name} serializable"
    if owners:
        title += " and rebuild it in " + ", ".join(sorted(owner.name for owner in owners))
    return Fix(title=title, new_source=source.result(), note=" ".join(notes))


def _make_serializable(source: Source, cls: ast.ClassDef, dialect, path: str | None) -> str | None:
    """Splice get_config/from_config/registration into the plain class; None or a reason."""
    info = analyse_init(cls, imported_names(source.tree))
    layout = layout_for(source, cls, info if not isinstance(info, str) else None)
    if isinstance(layout, str):
        return layout
    lines: list[str] = []
    if method(cls, "get_config") is None:
        if isinstance(info, str):
            items = []
        else:
            if any(param.kind == "posonly" for param in info.params):
                return f"{cls.name}.__init__ has positional-only parameters"
            items, _notes = plan_items(info, dialect)
            store_lines(info, items, source, layout)
        lines += [""] + _plain_get_config(items, layout)
    if method(cls, "from_config") is None:
        m, u = layout.member, layout.unit
        lines += ["", f"{m}@classmethod", f"{m}def from_config(cls, config):", f"{m}{u}return cls(**config)"]
    if lines:
        source.insert_lines_after(cls.body[-1].end_lineno or cls.body[-1].lineno, lines)
    if not any(is_registration(d) for d in cls.decorator_list):
        indent = source.indent_of(cls) or ""
        first = min([cls.lineno] + [d.lineno for d in cls.decorator_list])
        source.insert_lines_before(
            first,
            [f'{indent}@{dialect.api("register_keras_serializable")}(package="{package_name(path)}")'],
        )
    return None


def _plain_get_config(items, layout: Layout) -> list[str]:
    m, u = layout.member, layout.unit
    lines = [f"{m}def get_config(self):"]
    if not items:
        return lines + [f"{m}{u}return {{}}"]
    lines.append(f"{m}{u}return {{")
    lines += [f"{m}{u}{u}{key_text(item.key, layout)}: {item.value}," for item in items]
    return lines + [f"{m}{u}}}"]


def _owners(tree: ast.Module, name: str, keras: dict[str, ast.ClassDef]) -> dict[ast.ClassDef, set[str]]:
    """Keras classes of the file constructed with a `name(...)` object, and which parameters get it."""
    made = {name}  # variables bound to `name(...)`
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Assign)
            and _is_call_to(node.value, {name})
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            made.add(node.targets[0].id)
    owners: dict[ast.ClassDef, set[str]] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        owner = keras.get(node.func.id)
        if owner is None:
            continue
        init = analyse_init(owner, {})
        if isinstance(init, str):
            continue
        positional = [p.name for p in init.params if p.kind != "keyword"]
        for index, arg in enumerate(node.args):
            if _holds(arg, name, made) and index < len(positional):
                owners.setdefault(owner, set()).add(positional[index])
        for keyword in node.keywords:
            if keyword.arg and _holds(keyword.value, name, made):
                owners.setdefault(owner, set()).add(keyword.arg)
    return owners


def _holds(expr: ast.expr, name: str, made: set[str]) -> bool:
    return _is_call_to(expr, {name}) or (isinstance(expr, ast.Name) and expr.id in made - {name})


def _is_call_to(expr: ast.expr, names: set[str]) -> bool:
    return isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id in names


FIXER = Fixer(
    id="keras-serializable-object",
    title="Make a plain object kept in a Keras config serializable and rebuilt on load",
    fix=fix,
    entries=ENTRIES,
    safety="safe",
)
