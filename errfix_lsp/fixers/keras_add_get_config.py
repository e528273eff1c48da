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

from ._keras_ast import add_import, dialect_for, find_class
from ._keras_classfix import fix_config
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
    dialect = dialect_for(source, cls)
    done = fix_config(source, cls, dialect)
    if isinstance(done, str):
        return Declined(done)
    title, notes = done
    if dialect.import_line and dialect.module in source.added_text():
        add_import(source, dialect)
    return Fix(title=title, new_source=source.result(), note=" ".join(notes))


FIXER = Fixer(
    id="keras-add-get-config",
    title="Add or complete get_config/from_config of a custom Keras layer or model",
    fix=fix,
    entries=ENTRIES,
    safety="safe",
)
