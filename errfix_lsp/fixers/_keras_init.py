"""What a Keras class's `__init__` takes and where it keeps each argument.

`get_config` must return every constructor argument under its parameter name, with the value the
object actually holds. That value lives in an attribute that may be named differently
(`self._units = units`), be converted (`self.units = int(units)`), be resolved through a Keras
registry (`self.activation = keras.activations.get(activation)`), be a numpy array
(`self.scale = np.asarray(scale)`), or not be stored at all. This module finds out which, and
whether the value is something Keras must rebuild on load (a layer or a function), from evidence
in the class body: the attribute is called (`self.fn(x)`), iterated (`for block in self.blocks`),
annotated as a callable/layer, or defaults to a lambda or a constructor call.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass, field

from ._keras_ast import method, qualified, self_name

REGISTRIES = ("activations", "initializers", "regularizers", "constraints")
_CONVERTERS = {"int", "float", "str", "bool", "tuple", "list", "dict", "frozenset", "set"}
_NUMPY_MAKERS = {"asarray", "array", "asanyarray", "ascontiguousarray"}
# Configuration keys `Layer.get_config()` already returns when forwarded to `super().__init__`.
BASE_CONFIG_KEYS = {"name", "trainable", "dtype"}
# Attributes a Keras Layer/Model owns (often read-only properties): never assign these.
RESERVED_ATTRIBUTES = {
    "name", "dtype", "trainable", "weights", "trainable_weights", "non_trainable_weights",
    "variables", "trainable_variables", "non_trainable_variables", "losses", "metrics", "built",
    "input", "output", "input_shape", "output_shape", "input_spec", "dtype_policy",
    "compute_dtype", "variable_dtype", "supports_masking", "stateful", "updates", "layers",
    "submodules", "path", "inbound_nodes", "outbound_nodes", "optimizer", "loss",
    "quantization_mode", "activity_regularizer", "_name", "_dtype", "_trainable", "_layers",
}  # fmt: skip
_CALLABLE_WORDS = ("Callable", "Layer", "Model", "Module", "Sequential", "function")


@dataclass
class Param:
    """One `__init__` parameter; `kind` is "posonly", "positional" or "keyword" (keyword-only)."""

    name: str
    kind: str
    default: ast.expr | None
    annotation: ast.expr | None


@dataclass
class Stored:
    """Where a parameter's value is kept. `how`: "raw", "converted", "numpy" or a registry name."""

    attribute: str
    how: str


@dataclass
class InitInfo:
    func: ast.FunctionDef
    self: str
    params: list[Param]
    vararg: str | None
    kwarg: str | None
    super_call: ast.Call | None
    super_stmt: ast.stmt | None
    stored: dict[str, Stored]
    assigned: set[str] = field(default_factory=set)
    called: set[str] = field(default_factory=set)
    iterated: set[str] = field(default_factory=set)
    called_params: set[str] = field(default_factory=set)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def analyse_init(cls: ast.ClassDef, imports: Mapping[str, str]) -> InitInfo | str:
    """The class's `__init__`, or why it cannot be analysed."""
    func = method(cls, "__init__")
    if func is None:
        return f"{cls.name} has no __init__ of its own"
    me = self_name(func)
    if me is None:
        return f"{cls.name}.__init__ takes no self"
    args = func.args
    params: list[Param] = []
    positional = args.posonlyargs + args.args
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for index, (arg, default) in enumerate(zip(positional, defaults, strict=False)):
        if index == 0:
            continue
        kind = "posonly" if index < len(args.posonlyargs) else "positional"
        params.append(Param(arg.arg, kind, default, arg.annotation))
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=False):
        params.append(Param(arg.arg, "keyword", default, arg.annotation))
    info = InitInfo(
        func=func,
        self=me,
        params=params,
        vararg=args.vararg.arg if args.vararg else None,
        kwarg=args.kwarg.arg if args.kwarg else None,
        super_call=None,
        super_stmt=None,
        stored={},
    )
    _find_super(info)
    _find_stores(info, imports)
    _find_uses(cls, info)
    return info


def is_super_call(node: ast.AST, method_name: str) -> bool:
    """`super().<method_name>(...)` or `super(Cls, self).<method_name>(...)`."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == method_name
        and isinstance(node.func.value, ast.Call)
        and isinstance(node.func.value.func, ast.Name)
        and node.func.value.func.id == "super"
    )


def _find_super(info: InitInfo) -> None:
    for stmt in info.func.body:
        for node in ast.walk(stmt):
            if is_super_call(node, "__init__"):
                info.super_call = node  # type: ignore[assignment]
                info.super_stmt = stmt
                return


def _self_attr(node: ast.AST, me: str) -> str | None:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == me:
        return node.attr
    return None


def _store_kind(value: ast.expr, names: set[str], imports: Mapping[str, str]) -> tuple[str, str] | None:
    """(parameter, how) when `value` holds a parameter's value, else None."""
    if isinstance(value, ast.Name) and value.id in names:
        return value.id, "raw"
    if not (isinstance(value, ast.Call) and len(value.args) >= 1):
        return None
    first = value.args[0]
    if not (isinstance(first, ast.Name) and first.id in names):
        return None
    func = qualified(value.func, imports) or ""
    parts = func.split(".")
    if len(value.args) == 1 and func in _CONVERTERS:
        return first.id, "converted"
    if len(parts) >= 2 and parts[-1] == "get" and parts[-2] in REGISTRIES:
        return first.id, parts[-2]
    if parts[-1] in _NUMPY_MAKERS and parts[0] == "numpy":
        return first.id, "numpy"
    return None


_PREFERENCE = {"raw": 0, "converted": 1, "activations": 2, "initializers": 2, "regularizers": 2,
               "constraints": 2, "numpy": 3}  # fmt: skip


def _find_stores(info: InitInfo, imports: Mapping[str, str]) -> None:
    names = {p.name for p in info.params}
    candidates: dict[str, list[tuple[int, int, Stored]]] = {}
    order = 0
    for node in ast.walk(info.func):
        pairs: list[tuple[ast.expr, ast.expr]] = []
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    pairs.extend(zip(target.elts, node.value.elts, strict=False))
                else:
                    pairs.append((target, node.value))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            pairs.append((node.target, node.value))
        for target, value in pairs:
            attr = _self_attr(target, info.self)
            if attr is None:
                continue
            info.assigned.add(attr)
            kind = _store_kind(value, names, imports)
            if kind is None:
                continue
            param, how = kind
            order += 1
            rank = _PREFERENCE[how] * 2 + (0 if attr.lstrip("_") == param else 1)
            candidates.setdefault(param, []).append((rank, order, Stored(attr, how)))
    for param, options in candidates.items():
        info.stored[param] = min(options, key=lambda item: (item[0], item[1]))[2]


def _find_uses(cls: ast.ClassDef, info: InitInfo) -> None:
    """Attributes assigned/called/iterated anywhere in the class; parameters called in __init__."""
    names = {p.name for p in info.params}
    for func in cls.body:
        if not isinstance(func, ast.FunctionDef):
            continue
        me = self_name(func) or info.self
        for node in ast.walk(func):
            if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    for sub in ast.walk(target):
                        attr = _self_attr(sub, me)
                        if attr:
                            info.assigned.add(attr)
            elif isinstance(node, ast.Call):
                attr = _self_attr(node.func, me)
                if attr:
                    info.called.add(attr)
                if func is info.func and isinstance(node.func, ast.Name) and node.func.id in names:
                    info.called_params.add(node.func.id)
            elif isinstance(node, (ast.For, ast.comprehension)):
                attr = _self_attr(node.iter, me)
                if attr:
                    info.iterated.add(attr)


def needs_rebuild(info: InitInfo, param: Param) -> bool:
    """True when the value is (probably) a layer, function or other Keras object: Keras can only
    save it through `serialize_keras_object` and must rebuild it in `from_config`."""
    stored = info.stored.get(param.name)
    if stored is not None and stored.how not in ("raw", "converted"):
        return False
    if param.name in info.called_params:
        return True
    if stored is not None and (stored.attribute in info.called or stored.attribute in info.iterated):
        return True
    if param.annotation is not None and any(
        word in ast.unparse(param.annotation) for word in _CALLABLE_WORDS
    ):
        return True
    default = param.default
    if isinstance(default, ast.Lambda):
        return True
    if isinstance(default, ast.Call):
        name = (qualified(default.func, {}) or "").rsplit(".", 1)[-1]
        return name[:1].isupper()
    return isinstance(default, (ast.Name, ast.Attribute)) and not (
        isinstance(default, ast.Name) and default.id in ("True", "False", "None")
    )


def default_is_lambda(param: Param) -> bool:
    return isinstance(param.default, ast.Lambda)


def free_attribute(info: InitInfo, param: str) -> str:
    """An attribute name to store an unstored parameter under, clear of the class's own and
    Keras's attributes."""
    for candidate in (param, f"_{param}", f"{param}_arg", f"_{param}_arg"):
        if candidate not in info.assigned and candidate not in RESERVED_ATTRIBUTES:
            return candidate
    index = 2
    while f"_{param}_arg{index}" in info.assigned:
        index += 1
    return f"_{param}_arg{index}"


def forwarded_to_super(info: InitInfo, name: str) -> bool:
    """Whether `name` is passed on to `super().__init__` (so the base config already has it)."""
    call = info.super_call
    if call is None:
        return False
    return any(keyword.arg == name for keyword in call.keywords)
