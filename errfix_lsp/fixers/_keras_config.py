"""Plan and write the `get_config` / `from_config` of a Keras class (used by keras_add_get_config).

The plan: one config item per `__init__` parameter (not self, *args, **kwargs, nor name/trainable/
dtype when they go to `super().__init__`, whose config already has them), valued from the
attribute that holds it, in a form Keras can write to JSON:

- plain values (numbers, strings, tuples...): `self.units`
- activations/initializers/regularizers/constraints resolved with `X.get(arg)`: `X.serialize(...)`
  (the constructor's own `X.get` turns the saved form back into the object, so no `from_config`)
- numpy arrays: `self.scale.tolist()` (the constructor's `np.asarray` rebuilds the array)
- layers, functions and other Keras objects: `serialize_keras_object(...)`, rebuilt by a
  generated `from_config` with `deserialize_keras_object`.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass

from ._keras_ast import Dialect, method
from ._keras_init import (
    BASE_CONFIG_KEYS,
    REGISTRIES,
    InitInfo,
    default_is_lambda,
    forwarded_to_super,
    free_attribute,
    is_super_call,
    needs_rebuild,
)
from ._keras_source import Source, body_indent, docstring_end


@dataclass
class Item:
    """One config entry: `key` (the parameter), `value` (expression text), whether Keras must
    rebuild it in from_config, and the attribute to create when the argument was not stored."""

    key: str
    value: str
    rebuild: bool
    store: str | None = None


@dataclass
class Layout:
    """Indentation and spelling of the code to generate, taken from the file."""

    member: str  # indentation of the class's methods
    unit: str  # one indentation step
    quote: str
    super_expr: str  # `super()` or `super(MyDense, self)`


def plan_items(
    info: InitInfo, dialect: Dialect, force_rebuild: frozenset[str] = frozenset()
) -> tuple[list[Item], list[str]]:
    """Config items for every parameter, plus notes for the user (lambdas, *args...)."""
    items: list[Item] = []
    notes: list[str] = []
    for param in info.params:
        if param.name in BASE_CONFIG_KEYS and forwarded_to_super(info, param.name):
            continue
        stored = info.stored.get(param.name)
        attribute = stored.attribute if stored else free_attribute(info, param.name)
        ref = f"{info.self}.{attribute}"
        rebuild = needs_rebuild(info, param) or param.name in force_rebuild
        if stored is not None and stored.how in REGISTRIES:
            value = f"{dialect.module}.{stored.how}.serialize({ref})"
        elif stored is not None and stored.how == "numpy":
            value = f"{ref}.tolist()"
        elif rebuild:
            value = f"{dialect.api('serialize_keras_object')}({ref})"
        else:
            value = ref
        items.append(Item(param.name, value, rebuild, None if stored else attribute))
        if rebuild and param.name not in force_rebuild:
            lam = " (its default is a lambda)" if default_is_lambda(param) else ""
            notes.append(
                f"`{param.name}`{lam} is saved with serialize_keras_object: a function must be "
                "registered with @register_keras_serializable or passed in custom_objects when "
                "loading, a lambda also needs load_model(..., safe_mode=False); sturdiest is a "
                "string name resolved with keras.activations.get (or a lookup table)."
            )
    if info.vararg:
        notes.append(f"*{info.vararg} cannot be saved in a config; make those arguments named parameters.")
    return items, notes


def layout_for(source: Source, cls: ast.ClassDef, info: InitInfo | None) -> Layout | str:
    class_indent = source.indent_of(cls) or ""
    member = body_indent(source, cls.body, class_indent + "    ")
    if member is None or not member.startswith(class_indent) or member == class_indent:
        return f"the body of {cls.name} is not laid out on its own lines"
    unit = member[len(class_indent) :] if class_indent or member else "    "
    if info is not None:
        inner = body_indent(source, info.func.body, member + unit)
        if inner and inner.startswith(member) and len(inner) > len(member):
            unit = inner[len(member) :]
    super_expr = "super()"
    if info is not None and info.super_call is not None:
        inner_call = info.super_call.func.value  # type: ignore[attr-defined]
        if inner_call.args:
            super_expr = source.segment(inner_call)
    return Layout(member, unit, quote_style(source), super_expr)


def quote_style(source: Source) -> str:
    """The quote the file uses most for plain string literals (docstrings excluded)."""
    counts = {'"': 0, "'": 0}
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(source.tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and docstring_end(node.body)
    }
    for node in ast.walk(source.tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) in docstrings or node.lineno != node.end_lineno:
                continue
            first = source.segment(node).lstrip("rRuUbB")[:1]
            if first in counts:
                counts[first] += 1
    return "'" if counts["'"] > counts['"'] else '"'


def key_text(key: str, layout: Layout) -> str:
    return f"{layout.quote}{key}{layout.quote}"


def update_block(target: str, items: list[Item], indent: str, layout: Layout) -> list[str]:
    """`target.update({...})` over several lines, in the file's indentation."""
    unit = layout.unit
    lines = [f"{indent}{target}.update(", f"{indent}{unit}{{"]
    for item in items:
        lines.append(f"{indent}{unit}{unit}{key_text(item.key, layout)}: {item.value},")
    lines += [f"{indent}{unit}}}", f"{indent})"]
    return lines


def new_get_config(items: list[Item], layout: Layout) -> list[str]:
    m, u = layout.member, layout.unit
    lines = [f"{m}def get_config(self):", f"{m}{u}config = {layout.super_expr}.get_config()"]
    if items:
        lines += update_block("config", items, m + u, layout)
    lines.append(f"{m}{u}return config")
    return lines


def new_from_config(items: list[Item], dialect: Dialect, layout: Layout) -> list[str]:
    m, u = layout.member, layout.unit
    lines = [f"{m}@classmethod", f"{m}def from_config(cls, config):", f"{m}{u}config = dict(config)"]
    for item in items:
        key = key_text(item.key, layout)
        lines.append(f"{m}{u}config[{key}] = {dialect.api('deserialize_keras_object')}(config[{key}])")
    lines.append(f"{m}{u}return cls(**config)")
    return lines


def existing_keys(func: ast.FunctionDef) -> dict[str, ast.expr]:
    """Config keys a get_config already writes, with their value expressions."""
    keys: dict[str, ast.expr] = {}
    for node in ast.walk(func):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=False):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    keys[key.value] = value
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.slice, ast.Constant)
                    and isinstance(target.slice.value, str)
                ):
                    keys[target.slice.value] = node.value
        elif isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("update", "dict", "setdefault"):
                for keyword in node.keywords:
                    if keyword.arg:
                        keys[keyword.arg] = keyword.value
                first = node.args[0] if node.args else None
                if (
                    name == "setdefault"
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, str)
                    and len(node.args) > 1
                ):
                    keys[first.value] = node.args[1]
    return keys


def calls_super_get_config(func: ast.FunctionDef) -> bool:
    return any(is_super_call(node, "get_config") for node in ast.walk(func))


def complete_get_config(
    source: Source,
    func: ast.FunctionDef,
    items: list[Item],
    layout: Layout,
    serialize: str,
) -> str | None:
    """Splice the missing keys (and base config) into an existing get_config; None when done,
    else the reason it cannot be completed safely."""
    present = existing_keys(func)
    missing = [item for item in items if item.key not in present]
    for item in items:
        value = present.get(item.key)
        if item.rebuild and value is not None and _is_plain_ref(value):
            source.replace(source.start(value), source.end(value), f"{serialize}({source.segment(value)})")
    has_super = calls_super_get_config(func)
    if not missing and has_super:
        return None
    returns = [node for node in ast.walk(func) if isinstance(node, ast.Return)]
    final = func.body[-1]
    if len(returns) != 1 or final is not returns[0] or final.value is None:
        return "get_config has more than one way to return; add the missing keys by hand"
    indent = source.indent_of(final)
    if indent is None:
        return "get_config is written on one line; add the missing keys by hand"
    base = f"{layout.super_expr}.get_config()"
    value = final.value
    if isinstance(value, ast.Dict):
        _extend_dict(source, value, missing, layout, None if has_super else base, indent)
    elif isinstance(value, ast.Name):
        lines = []
        if not has_super:
            lines.append(f"{indent}{value.id} = {{**{base}, **{value.id}}}")
        update = _update_dict(func, value.id)
        if missing and update is not None:
            _extend_dict(source, update, missing, layout, None, indent)
        elif missing:
            lines += update_block(value.id, missing, indent, layout)
        if lines:
            source.insert_lines_before(final.lineno, lines)
    else:
        used = {n.id for n in ast.walk(func) if isinstance(n, ast.Name)}
        name = next(n for n in ("config", "full_config", "merged_config", "_config") if n not in used)
        start = source.start(final)
        source.replace(start, start + len("return"), f"{name} =")
        lines = []
        if not has_super:
            lines.append(f"{indent}{name} = {{**{base}, **{name}}}")
        if missing:
            lines += update_block(name, missing, indent, layout)
        lines.append(f"{indent}return {name}")
        source.insert_lines_after(final.end_lineno or final.lineno, lines)
    return None


def _update_dict(func: ast.FunctionDef, name: str) -> ast.Dict | None:
    """The dict literal of the last top-level `name.update({...})` statement, if any."""
    found = None
    for stmt in func.body:
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "update"
            and isinstance(call.func.value, ast.Name)
            and call.func.value.id == name
            and len(call.args) == 1
            and isinstance(call.args[0], ast.Dict)
            and not call.keywords
        ):
            found = call.args[0]
    return found


def _is_plain_ref(value: ast.expr) -> bool:
    return isinstance(value, (ast.Name, ast.Attribute))


MAX_LINE = 99


def _extend_dict(
    source: Source,
    node: ast.Dict,
    missing: list[Item],
    layout: Layout,
    base: str | None,
    indent: str,
) -> None:
    """Add items to a dict literal: on its line when it stays short, else one item per line."""
    if node.lineno != node.end_lineno:
        _extend_multiline_dict(source, node, missing, layout, base)
        return
    added = sum(len(key_text(i.key, layout)) + len(i.value) + 4 for i in missing)
    added += len(base) + 4 if base else 0
    if len(source.line(node.lineno)) + added <= MAX_LINE:
        _extend_inline_dict(source, node, missing, layout, base)
        return
    item = indent + layout.unit
    parts = [f"**{base}"] if base else []
    for key, value in zip(node.keys, node.values, strict=False):
        if key is None:
            parts.append(f"**{source.segment(value)}")
        else:
            parts.append(f"{source.segment(key)}: {source.segment(value)}")
    parts += [f"{key_text(i.key, layout)}: {i.value}" for i in missing]
    nl = source.newline
    text = "{" + nl + "".join(f"{item}{part},{nl}" for part in parts) + indent + "}"
    source.replace(source.start(node), source.end(node), text)


def _extend_inline_dict(
    source: Source, node: ast.Dict, missing: list[Item], layout: Layout, base: str | None
) -> None:
    open_at = source.start(node) + 1
    close_at = source.end(node) - 1
    inner = source.text[open_at:close_at]
    if base:
        source.insert(open_at, f"**{base}" + (", " if inner.strip() else ""))
    if missing:
        new = ", ".join(f"{key_text(item.key, layout)}: {item.value}" for item in missing)
        stripped = inner.rstrip()
        if not stripped and not base:
            source.insert(close_at, new)
        elif not stripped:
            source.insert(close_at, ", " + new)
        elif stripped.endswith(","):
            source.insert(open_at + len(stripped), " " + new)
        else:
            source.insert(open_at + len(stripped), ", " + new)


def _extend_multiline_dict(
    source: Source, node: ast.Dict, missing: list[Item], layout: Layout, base: str | None
) -> None:
    entries = [key if key is not None else value for key, value in zip(node.keys, node.values, strict=False)]
    close_line = node.end_lineno or node.lineno
    close_text = source.line(close_line)
    close_indent = close_text[: len(close_text) - len(close_text.lstrip())]
    item_indent = (source.indent_of(entries[0]) if entries else None) or close_indent + layout.unit
    if base:
        if entries and entries[0].lineno > node.lineno:
            source.insert_lines_before(entries[0].lineno, [f"{item_indent}**{base},"])
        else:
            source.insert(source.start(node) + 1, f"**{base}, ")
    if not missing:
        return
    if node.values:
        last = node.values[-1]
        after = source.text[source.end(last) : source.end(node) - 1]
        if not after.lstrip().startswith(","):
            source.insert(source.end(last), ",")
        anchor = last.end_lineno or last.lineno
    else:
        anchor = node.lineno
    lines = [f"{item_indent}{key_text(item.key, layout)}: {item.value}," for item in missing]
    if anchor >= close_line:  # last item shares the line with the closing brace
        source.insert(source.end(node) - 1, ", ".join(line.strip() for line in lines).rstrip(","))
    else:
        source.insert_lines_after(anchor, lines)


def store_lines(info: InitInfo, items: list[Item], source: Source, layout: Layout) -> None:
    """`self.x = x` for arguments the constructor does not keep, after `super().__init__`."""
    lines_needed = [item for item in items if item.store]
    if not lines_needed:
        return
    indent = body_indent(source, info.func.body, layout.member + layout.unit) or (layout.member + layout.unit)
    lines = [f"{indent}{info.self}.{item.store} = {item.key}" for item in lines_needed]
    if info.super_stmt is not None and info.super_stmt in info.func.body:
        source.insert_lines_after(info.super_stmt.end_lineno or info.super_stmt.lineno, lines)
        return
    doc = docstring_end(info.func.body)
    if doc is not None:
        source.insert_lines_after(doc, lines)
    else:
        source.insert_lines_before(info.func.body[0].lineno, lines)


def from_config_mentions(cls: ast.ClassDef, keys: Mapping[str, object]) -> list[str]:
    """Keys an existing from_config never mentions (so it may not rebuild them)."""
    func = method(cls, "from_config")
    if func is None:
        return list(keys)
    text = {n.value for n in ast.walk(func) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    return [key for key in keys if key not in text]
