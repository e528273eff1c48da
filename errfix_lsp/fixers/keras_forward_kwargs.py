"""keras-forward-kwargs: make a custom Keras layer/model accept `**kwargs` and pass them to
`super().__init__`, so Keras can hand back the base config (name, trainable, dtype) on load.

Fixes: "MyDense.__init__() got an unexpected keyword argument 'name'" (also 'trainable',
'dtype') raised by `from_config` while loading, and the Keras 2.13+/3 wrappings of it: "Error
when deserializing class 'MyDense' using config=..." / "... could not be deserialized properly".

What it writes: `**kwargs` at the end of the `__init__` signature (one line or one parameter per
line, as the signature is written) and `**kwargs` in the `super().__init__(...)` call (or a
`super().__init__(**kwargs)` when there is none). An existing `**kw` parameter is reused.

Declines when: the file does not parse; the class is not a Keras Layer/Model in this file; the
unexpected argument is not one the Layer base class takes (then `get_config` writes a key
`__init__` does not know: the fix is to rename the key or add the parameter, which needs a human);
`super().__init__` already receives an explicit `name=`/`trainable=`/`dtype=` that does not come
from a parameter (forwarding would pass it twice); or it already accepts and forwards `**kwargs`.

Example (before → after):

    def __init__(self, units):                    def __init__(self, units, **kwargs):
        super().__init__()                            super().__init__(**kwargs)
"""

from __future__ import annotations

from ._keras_ast import find_class, imported_names
from ._keras_init import analyse_init
from ._keras_kwargs import BASE_KWARGS, forward_kwargs, kwargs_name
from ._keras_source import Source
from .base import Declined, Fix, Fixer, FixRequest, FixResult

ENTRIES = ("tensorflow/keras-init-unexpected-kwarg",)


def fix(request: FixRequest) -> FixResult:
    source = Source.parse(request.source)
    if source is None:
        return Declined("the file does not parse; fix the syntax error first")
    cls = find_class(source, request.captures, request.line)
    if isinstance(cls, str):
        return Declined(cls)
    argument = request.captures.get("argument")
    if argument and argument not in BASE_KWARGS:
        return Declined(
            f"'{argument}' is not an argument of the Keras base class: {cls.name}.get_config "
            f"writes a key that __init__ does not take; rename the key or add the parameter"
        )
    info = analyse_init(cls, imported_names(source.tree))
    if isinstance(info, str):
        return Declined(info)
    problem = forward_kwargs(source, info)
    if problem:
        return Declined(problem)
    name = kwargs_name(info)
    if not source.changed:
        return Declined(f"{cls.name}.__init__ already accepts and forwards **{name}")
    return Fix(
        title=f"Accept and forward **{name} in {cls.name}.__init__",
        new_source=source.result(),
    )


FIXER = Fixer(
    id="keras-forward-kwargs",
    title="Accept **kwargs in a Keras layer's __init__ and pass them to super().__init__",
    fix=fix,
    entries=ENTRIES,
    safety="safe",
)
