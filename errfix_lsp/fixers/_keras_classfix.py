"""Give a Keras class a complete get_config/from_config on a parsed source (the work behind
keras-add-get-config, shared with keras-serializable-object for the layer that holds an object)."""

from __future__ import annotations

import ast

from ._keras_ast import Dialect, imported_names, method
from ._keras_config import (
    complete_get_config,
    from_config_mentions,
    layout_for,
    new_from_config,
    new_get_config,
    plan_items,
    store_lines,
)
from ._keras_init import analyse_init
from ._keras_kwargs import forward_kwargs
from ._keras_source import Source


def fix_config(
    source: Source, cls: ast.ClassDef, dialect: Dialect, force_rebuild: frozenset[str] = frozenset()
) -> tuple[str, list[str]] | str:
    """Splice the fix into `source`; (title, notes), or why it declines. `force_rebuild`: parameters
    known to hold Keras-serializable objects (serialized and rebuilt whatever the class does)."""
    before = len(source.splices)
    info = analyse_init(cls, imported_names(source.tree))
    if isinstance(info, str):
        return f"{info}: its config is its base class's"
    if any(param.kind == "posonly" for param in info.params):
        return f"{cls.name}.__init__ has positional-only parameters, which from_config cannot pass"
    layout = layout_for(source, cls, info)
    if isinstance(layout, str):
        return layout
    items, notes = plan_items(info, dialect, force_rebuild)
    if not items:
        return f"{cls.name}.__init__ has no arguments to add to the config"
    rebuild = [item for item in items if item.rebuild]
    existing = method(cls, "get_config")
    last_line = cls.body[-1].end_lineno or cls.body[-1].lineno
    if existing is None:
        lines = [""] + new_get_config(items, layout)
        if rebuild and method(cls, "from_config") is None:
            lines += [""] + new_from_config(rebuild, dialect, layout)
        source.insert_lines_after(last_line, lines)
    else:
        problem = complete_get_config(source, existing, items, layout, dialect.api("serialize_keras_object"))
        if problem:
            return problem
        if rebuild and method(cls, "from_config") is None:
            anchor = existing.end_lineno or existing.lineno
            source.insert_lines_after(anchor, [""] + new_from_config(rebuild, dialect, layout))
    if rebuild and method(cls, "from_config") is not None:
        unhandled = from_config_mentions(cls, {item.key: item for item in rebuild})
        if unhandled:
            notes.append(
                f"{cls.name}.from_config exists: make sure it rebuilds {', '.join(unhandled)} "
                "with deserialize_keras_object"
            )
    config_changed = len(source.splices) > before
    store_lines(info, items, source, layout)
    # The base config (name, trainable, dtype) comes back as keyword arguments on load.
    problem = forward_kwargs(source, info)
    if problem:
        notes.append(problem)
    if len(source.splices) == before:
        return f"{cls.name}.get_config already saves every __init__ argument"
    if existing is None:
        title = f"Add get_config to {cls.name}"
    elif config_changed:
        title = f"Complete {cls.name}.get_config"
    else:
        title = f"Make {cls.name}.__init__ accept what its get_config saves"
    if rebuild and method(cls, "from_config") is None:
        title += " and from_config"
    return title, notes
