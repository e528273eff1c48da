"""What the Keras fixers need to know about a file: which classes are Keras layers/models, which
class a diagnostic is about, and which Keras the file speaks (its "dialect").

Everything is syntactic (no imports are executed): names are resolved through the file's own
import statements, so `from tensorflow.keras import layers` + `class A(layers.Layer)` is a Keras 2
style layer, `import keras` + `class A(keras.layers.Layer)` a Keras 3 one.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath

from ._keras_source import Source

KERAS_ROOTS = ("keras", "tensorflow.keras", "tensorflow.python.keras", "tf_keras")
_BARE_BASES = {"Layer", "Model", "Sequential", "Functional"}


def imported_names(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound by imports → the dotted name they stand for."""
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    names[alias.asname] = alias.name
                else:
                    top = alias.name.split(".")[0]
                    names[top] = top
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                if alias.name != "*":
                    names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def dotted(expr: ast.expr) -> str | None:
    """`a.b.c` for a Name/Attribute chain, else None."""
    parts = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if isinstance(expr, ast.Name):
        parts.append(expr.id)
        return ".".join(reversed(parts))
    return None


def qualified(expr: ast.expr, imports: Mapping[str, str]) -> str | None:
    """Dotted name with its first part resolved through the imports (`tf.x` → `tensorflow.x`)."""
    name = dotted(expr)
    if name is None:
        return None
    head, _, rest = name.partition(".")
    if head in imports:
        return imports[head] + ("." + rest if rest else "")
    return name


def keras_root(name: str) -> str | None:
    """Which Keras a qualified name belongs to ("keras", "tensorflow.keras", "tf_keras")."""
    for root in sorted(KERAS_ROOTS, key=len, reverse=True):
        if name == root or name.startswith(root + "."):
            return "tensorflow.keras" if root == "tensorflow.python.keras" else root
    return None


def _all_classes(tree: ast.Module) -> list[ast.ClassDef]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]


def keras_classes(tree: ast.Module, imports: Mapping[str, str]) -> dict[str, ast.ClassDef]:
    """Classes deriving (syntactically) from a Keras class, directly or via a class in this file."""
    classes = _all_classes(tree)
    has_keras_import = any(keras_root(value) for value in imports.values())
    found: dict[str, ast.ClassDef] = {}
    changed = True
    while changed:
        changed = False
        for cls in classes:
            if cls.name in found:
                continue
            for base in cls.bases:
                name = qualified(base, imports)
                if name is None:
                    continue
                if (
                    keras_root(name)
                    or name in found
                    or (name in _BARE_BASES and name not in imports and has_keras_import)
                ):
                    found[cls.name] = cls
                    changed = True
                    break
    return found


def class_flavour(
    cls: ast.ClassDef, classes: Mapping[str, ast.ClassDef], imports: Mapping[str, str]
) -> str | None:
    """The Keras root a class derives from, following base classes defined in the same file."""
    seen: set[str] = set()
    todo = [cls]
    while todo:
        current = todo.pop()
        if current.name in seen:
            continue
        seen.add(current.name)
        for base in current.bases:
            name = qualified(base, imports)
            if name is None:
                continue
            root = keras_root(name)
            if root:
                return root
            if name in classes:
                todo.append(classes[name])
    return None


@dataclass(frozen=True)
class Dialect:
    """How generated code refers to Keras in this file.

    `flavour`: "keras" (Keras 3 API, `import keras`), "tensorflow.keras" (`tf.keras`, Keras 2 API
    that is also valid on Keras 3) or "tf_keras". `module`: the expression naming the Keras module
    in this file (`keras`, `tf.keras`, `k`...). `import_line`: an import to add when the file has
    no usable name for it yet.
    """

    flavour: str
    module: str
    import_line: str | None = None

    @property
    def saving(self) -> str:
        """Module holding (de)serialize_keras_object / register_keras_serializable.

        Keras 3 documents them under `keras.saving`; Keras 2.10-2.12 only has them under
        `keras.utils` (where Keras 3 keeps aliases), so the Keras 2 dialects use `utils`.
        """
        return f"{self.module}.saving" if self.flavour == "keras" else f"{self.module}.utils"

    def api(self, name: str) -> str:
        return f"{self.saving}.{name}"


def dialect_for(source: Source, cls: ast.ClassDef | None = None) -> Dialect:
    """The dialect the class (or, without one, the file) is written in."""
    imports = imported_names(source.tree)
    classes = keras_classes(source.tree, imports)
    flavour = class_flavour(cls, classes, imports) if cls is not None else None
    if flavour is None:
        roots = [keras_root(value) for value in imports.values()]
        for candidate in ("keras", "tf_keras", "tensorflow.keras"):
            if candidate in roots:
                flavour = candidate
                break
        else:
            flavour = "tensorflow.keras" if "tensorflow" in imports.values() else "keras"
    bound = dict(imports)
    used = _module_level_names(source.tree)
    if flavour == "keras":
        for name, value in bound.items():
            if value == "keras":
                return Dialect(flavour, name)
        for name, value in bound.items():
            if value == "tensorflow.keras":  # tf.keras: its Keras 2 API is valid on Keras 3 too
                return Dialect("tensorflow.keras", name)
        if "keras" not in used:
            return Dialect(flavour, "keras", "import keras")
    elif flavour == "tf_keras":
        for name, value in bound.items():
            if value == "tf_keras":
                return Dialect(flavour, name)
        if "tf_keras" not in used:
            return Dialect(flavour, "tf_keras", "import tf_keras")
    else:
        for name, value in bound.items():
            if value == "tensorflow.keras":
                return Dialect(flavour, name)
        for name, value in bound.items():
            if value == "tensorflow":
                return Dialect(flavour, f"{name}.keras")
        if "keras" not in used:
            return Dialect(flavour, "keras", "from tensorflow import keras")
        if "tf" not in used:
            return Dialect(flavour, "tf.keras", "import tensorflow as tf")
    # Every natural name is taken by something else: fall back to a private alias.
    module = {"keras": "keras", "tf_keras": "tf_keras"}.get(flavour, "tensorflow.keras")
    return Dialect(flavour, "_errfix_keras", f"import {module} as _errfix_keras")


def _module_level_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                names.add((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for sub in ast.walk(target):
                    if isinstance(sub, ast.Name):
                        names.add(sub.id)
    return names


def add_import(source: Source, dialect: Dialect) -> None:
    """Splice the dialect's import line after the file's top-level imports (or its docstring)."""
    if not dialect.import_line:
        return
    last = None
    for node in source.tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            last = node
        elif last is not None or not _is_docstring(node):
            break
    if last is not None:
        source.insert_lines_after(last.end_lineno or last.lineno, [dialect.import_line])
        return
    body = source.tree.body
    if body and _is_docstring(body[0]):
        source.insert_lines_after(body[0].end_lineno or body[0].lineno, [dialect.import_line])
    elif body:
        first = body[0]
        line = first.decorator_list[0].lineno if getattr(first, "decorator_list", None) else first.lineno
        source.insert_first(source.line_starts[line - 1], dialect.import_line + source.newline)
    else:
        source.insert(len(source.text), dialect.import_line + source.newline)


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def find_class(source: Source, captures: Mapping[str, str], line: int | None) -> ast.ClassDef | str:
    """The Keras class a request is about, or the reason none qualifies.

    The KB capture `class_name` (or a `function` capture `X.__init__`) wins; without it, the
    Keras class enclosing `line`, else the one nearest to it, else the only one in the file.
    """
    imports = imported_names(source.tree)
    classes = keras_classes(source.tree, imports)
    wanted = captures.get("class_name")
    function = captures.get("function") or ""
    if not wanted and function.endswith(".__init__"):  # generic "X.__init__() got ..." entries
        wanted = function[: -len(".__init__")]
    if wanted:
        wanted = wanted.rsplit(".", 1)[-1]
        if wanted in classes:
            return classes[wanted]
        if any(cls.name == wanted for cls in _all_classes(source.tree)):
            return f"class {wanted} is not a Keras Layer or Model subclass"
        return f"class {wanted} is not defined in this file"
    if not classes:
        return "no Keras Layer or Model subclass in this file"
    candidates = list(classes.values())
    if line is not None:
        enclosing = [cls for cls in candidates if cls.lineno <= line <= (cls.end_lineno or cls.lineno)]
        if enclosing:
            return max(enclosing, key=lambda cls: cls.lineno)  # the innermost
        return min(candidates, key=lambda cls: _distance(cls, line))
    if len(candidates) == 1:
        return candidates[0]
    return "several Keras classes in this file and the error does not say which one"


def _distance(cls: ast.ClassDef, line: int) -> int:
    return min(abs(cls.lineno - line), abs((cls.end_lineno or cls.lineno) - line))


def method(cls: ast.ClassDef, name: str) -> ast.FunctionDef | None:
    """The last definition of method `name` directly in the class body (the one Python keeps)."""
    found = None
    for node in cls.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            found = node
    return found


def self_name(func: ast.FunctionDef) -> str | None:
    args = func.args.posonlyargs + func.args.args
    return args[0].arg if args else None


def is_registration(decorator: ast.expr) -> bool:
    """`@...register_keras_serializable(...)` in any spelling."""
    node = decorator.func if isinstance(decorator, ast.Call) else decorator
    name = dotted(node) or ""
    return name.rsplit(".", 1)[-1] == "register_keras_serializable"


def package_name(path: str | None) -> str:
    """The module name of the file, which Keras stores as the registration package."""
    stem = PurePath(path).stem if path else ""
    return stem if stem.isidentifier() and stem != "__init__" else "custom"
