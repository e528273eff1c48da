"""Accepting and forwarding `**kwargs` in a Keras class's `__init__` (shared by
keras-forward-kwargs and keras-add-get-config).

Keras rebuilds a layer with `cls(**config)` where the config starts with the base class's
`name`, `trainable` and `dtype`: an `__init__` that neither accepts nor forwards them fails with
"unexpected keyword argument 'name'". The edits keep the signature's layout (one line, or one
parameter per line with a trailing comma).
"""

from __future__ import annotations

import ast

from ._keras_init import BASE_CONFIG_KEYS, InitInfo
from ._keras_source import Source, body_indent, docstring_end

# Keyword arguments the Keras Layer/Model base constructors accept (Keras 2 and 3).
BASE_KWARGS = {
    "name", "trainable", "dtype", "dynamic", "autocast", "input_shape", "batch_input_shape",
    "batch_size", "input_dim", "weights", "activity_regularizer", "input_dtype", "inputs",
    "outputs",
}  # fmt: skip


def _fresh_name(info: InitInfo) -> str:
    taken = {p.name for p in info.params} | {info.vararg or ""}
    return next(n for n in ("kwargs", "kw", "layer_kwargs") if n not in taken)


def _add_parameter(source: Source, info: InitInfo, name: str) -> None:
    """Append `**name` after the last parameter, keeping one-per-line signatures one per line."""
    args = info.func.args
    nodes: list[ast.AST] = [*args.posonlyargs, *args.args, *args.kwonlyargs]
    nodes += [d for d in args.defaults] + [d for d in args.kw_defaults if d is not None]
    if args.vararg:
        nodes.append(args.vararg)
    last = max(nodes, key=lambda n: (n.end_lineno, n.end_col_offset))  # type: ignore[attr-defined]
    end = source.end(last)
    body_start = source.start(info.func.body[0])
    header = source.text[end:body_start]
    close = header.find(")")
    between = header[:close] if close >= 0 else ""
    if "," in between and last.lineno != info.func.lineno:  # type: ignore[attr-defined]
        indent = source.indent_of(_param_start(info, last)) or ""
        source.insert_lines_after(last.end_lineno, [f"{indent}**{name},"])  # type: ignore[attr-defined]
    else:
        source.insert(end, f", **{name}")


def _param_start(info: InitInfo, node: ast.AST) -> ast.AST:
    """The parameter a default value belongs to (its line carries the indentation)."""
    args = info.func.args
    positional = args.posonlyargs + args.args
    for arg, default in zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=False):
        if default is node:
            return arg
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=False):
        if default is node:
            return arg
    return node


def _add_to_call(source: Source, call: ast.Call, name: str) -> None:
    parts: list[ast.AST] = [*call.args, *(kw.value for kw in call.keywords)]
    if parts:
        last = max(parts, key=lambda n: (n.end_lineno, n.end_col_offset))  # type: ignore[attr-defined]
        source.insert(source.end(last), f", **{name}")
    else:
        source.insert(source.end(call) - 1, f"**{name}")


def _add_super_call(source: Source, info: InitInfo, name: str) -> None:
    indent = body_indent(source, info.func.body, "        ") or "        "
    line = f"{indent}super().__init__(**{name})"
    doc = docstring_end(info.func.body)
    if doc is not None:
        source.insert_lines_after(doc, [line])
    else:
        source.insert_lines_before(info.func.body[0].lineno, [line])


def kwargs_name(info: InitInfo) -> str:
    """The `**` parameter's name: the existing one, else a fresh one."""
    return info.kwarg or _fresh_name(info)


def forward_kwargs(source: Source, info: InitInfo) -> str | None:
    """Splice `**kwargs` into the signature and the `super().__init__` call where missing.
    Returns why it cannot be done safely, or None (check `source.changed` for "already done")."""
    call = info.super_call
    if call is not None:
        clash = [
            kw.arg
            for kw in call.keywords
            if kw.arg in BASE_CONFIG_KEYS
            and not (isinstance(kw.value, ast.Name) and info.param(kw.value.id) is not None)
        ]
        if clash:
            return (
                f"super().__init__ already gets {', '.join(clash)}=... from the class itself; "
                "forwarding the saved config would pass it twice: take it as a parameter instead"
            )
    name = kwargs_name(info)
    if info.kwarg is None:
        _add_parameter(source, info, name)
    if call is None:
        _add_super_call(source, info, name)
    elif not any(kw.arg is None for kw in call.keywords):
        _add_to_call(source, call, name)
    return None
