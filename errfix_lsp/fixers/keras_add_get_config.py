"""keras-add-get-config: give a custom Keras layer/model a complete `get_config` (and the
`from_config` it needs), so `model.save()` / `load_model()` can write and rebuild it.

Fixes: "Layer MyDense has arguments [...] in `__init__` and therefore must override
`get_config()`" (Keras 2.10-2.12), "Layer/Object MyDense was created by passing non-serializable
argument values in `__init__()`" (Keras 2.13+, tf-keras, Keras 3), and on load "MyDense.__init__()
missing 1 required positional argument" / "Unable to revive model from config" (a get_config
that leaves arguments out).

What it writes: `config = super().get_config()` updated with every `__init__` parameter, valued
from the attribute that actually holds it (`self._units = units` gives `"units": self._units`);
arguments the constructor does not keep get stored (`self.rate = rate`); an `__init__` that
does not take `**kwargs` is made to accept and forward them (the base config's name/trainable/
dtype come back on load). Activations,
initializers, regularizers and constraints resolved with `X.get()` are saved with
`X.serialize()`; numpy arrays as lists; layers and functions (values the class calls or iterates)
with `serialize_keras_object`, plus a `from_config` that rebuilds them with
`deserialize_keras_object`. An existing partial `get_config` is completed in place (missing keys,
missing `super().get_config()`, raw callables wrapped), never duplicated. Code uses the file's own
Keras (`keras.saving.*` for `import keras`, `keras.utils.*` for tf.keras / tf_keras) and imports
it when needed.

Declines when: the file does not parse; the class is not a Keras Layer/Model subclass or not in
this file; `__init__` is missing or has positional-only parameters (`cls(**config)` could not pass
them); an existing `get_config` returns in several places; or nothing is missing (already fixed).
A lambda or `*args` cannot be made serializable automatically: the fix note says what to change.

Example (before → after):

    class MyDense(keras.layers.Layer):            class MyDense(keras.layers.Layer):
        def __init__(self, units, **kwargs):          def __init__(self, units, **kwargs):
            super().__init__(**kwargs)                    super().__init__(**kwargs)
            self._units = units                           self._units = units

                                                      def get_config(self):
                                                          config = super().get_config()
                                                          config.update(
                                                              {
                                                                  "units": self._units,
                                                              }
                                                          )
                                                          return config
"""

from __future__ import annotations

from ._keras_ast import add_import, dialect_for, find_class, imported_names, method
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
from .base import Declined, Fix, Fixer, FixRequest, FixResult

ENTRIES = (
    "tensorflow/keras-model-save-custom-layer",
    "tensorflow/keras-get-config-missing-init-arg",
)


def fix(request: FixRequest) -> FixResult:
    source = Source.parse(request.source)
    if source is None:
        return Declined("the file does not parse; fix the syntax error first")
    cls = find_class(source, request.captures, request.line)
    if isinstance(cls, str):
        return Declined(cls)
    info = analyse_init(cls, imported_names(source.tree))
    if isinstance(info, str):
        return Declined(f"{info}: its config is its base class's")
    if any(param.kind == "posonly" for param in info.params):
        return Declined(f"{cls.name}.__init__ has positional-only parameters, which from_config cannot pass")
    dialect = dialect_for(source, cls)
    layout = layout_for(source, cls, info)
    if isinstance(layout, str):
        return Declined(layout)
    items, notes = plan_items(info, dialect)
    if not items:
        return Declined(f"{cls.name}.__init__ has no arguments to add to the config")
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
            return Declined(problem)
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
    config_changed = source.changed
    store_lines(info, items, source, layout)
    # The base config (name, trainable, dtype) comes back as keyword arguments on load.
    problem = forward_kwargs(source, info)
    if problem:
        notes.append(problem)
    if not source.changed:
        return Declined(f"{cls.name}.get_config already saves every __init__ argument")
    if dialect.import_line and dialect.module in source.added_text():
        add_import(source, dialect)
    if existing is None:
        title = f"Add get_config to {cls.name}"
    elif config_changed:
        title = f"Complete {cls.name}.get_config"
    else:
        title = f"Make {cls.name}.__init__ accept what its get_config saves"
    if rebuild and method(cls, "from_config") is None:
        title += " and from_config"
    return Fix(title=title, new_source=source.result(), note=" ".join(notes))


FIXER = Fixer(
    id="keras-add-get-config",
    title="Add or complete get_config/from_config of a custom Keras layer or model",
    fix=fix,
    entries=ENTRIES,
)
