"""Fixer `torch-strip-module-prefix`: load a `DataParallel` checkpoint into the plain model.

`nn.DataParallel` / `DistributedDataParallel` keep the model as `.module`, so their `state_dict()`
keys read `module.0.weight`. Loading that into the unwrapped model fails with "Error(s) in
loading state_dict ... Missing key(s) in state_dict: "0.weight" ... Unexpected key(s) in
state_dict: "module.0.weight"". The fix strips the prefix where the failing call loads it:

    model.load_state_dict({k.removeprefix("module."): v for k, v in state.items()})

The values are the same tensor objects. `strict` stays on, so a key the rewrite cannot match still
fails loudly, never loads silently. The differential check loads DataParallel checkpoints (linear,
conv, BatchNorm, LSTM) both ways and requires equal parameters and buffers. The comprehension drops
the state dict's `_metadata` (module versions): of torch.nn's modules only BatchNorm has a version,
and its checkpoint keys (with `num_batches_tracked`) load the same without it; a file defining its
own versioned module (`_version`, `_load_from_state_dict`) is declined.

Declines: the file does not parse; no `.load_state_dict(...)` in the failing statement; the model is
itself wrapped (`DataParallel(...)`, `torch.compile(...)`: the checkpoint lacks the prefix, load into
`model.module` instead); the argument is already stripped; the call passes `*args`/`**kwargs`; the
file defines versioned modules. `_orig_mod.` keys (from `torch.compile`) are not rewritten.

Safety: safe: with strict loading, either every key matches and the same tensors load, or it fails.
Needs Python 3.9+ (`str.removeprefix`).

Example: `model.load_state_dict(torch.load(path))` ->
`model.load_state_dict({k.removeprefix("module."): v for k, v in torch.load(path).items()})`.
"""

from __future__ import annotations

import ast

from ._migrate import Edit, SourceMap, apply, nodes, parse
from ._torch_common import dotted, statement_at, within
from .base import Declined, Fix, Fixer, FixRequest, FixResult

_WRAPPERS = ("DataParallel", "DistributedDataParallel", "compile", "FullyShardedDataParallel")


def fix(request: FixRequest) -> FixResult:
    if "load_state_dict" not in request.source:  # cheap test before parsing
        return Declined("no load_state_dict call in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    if request.line is None:
        return Declined("the error line is unknown")
    statement = statement_at(tree, request.line)
    calls = [n for n in within(statement) if _is_load_state_dict(n)] if statement else []
    if len(calls) != 1:
        return Declined(
            f"no .load_state_dict(...) call on line {request.line}"
            if not calls
            else "several load_state_dict calls in the failing statement; split them first"
        )
    [call] = calls
    assert isinstance(call, ast.Call)
    if _defines_versioned_module(tree):
        return Declined(
            "this file defines its own versioned module (_version / _load_from_state_dict); "
            "strip the prefix with torch.nn.modules.utils.consume_prefix_in_state_dict_if_present"
        )
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return Declined("the call passes *args/**kwargs")
    receiver = call.func.value  # type: ignore[attr-defined]
    if _wrapped(tree, receiver):
        return Declined(
            "the model is wrapped (DataParallel/compile): its own keys carry the prefix; load the "
            "checkpoint into model.module or save the unwrapped model's state_dict"
        )
    argument = (
        call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "state_dict"), None)
    )
    if argument is None:
        return Declined("load_state_dict gets no state dict")
    if _already_stripped(argument):
        return Declined("the state dict is already stripped of module.")
    smap = SourceMap(request.source)
    text = smap.text(argument)
    if not isinstance(argument, (ast.Name, ast.Attribute, ast.Call, ast.Subscript)):
        text = f"({text})"
    quote = "'" if text.count("'") > text.count('"') else '"'
    start, end = smap.span(argument)
    replacement = f"{{k.removeprefix({quote}module.{quote}): v for k, v in {text}.items()}}"
    return Fix(
        title='Strip the DataParallel "module." prefix from the state dict keys',
        new_source=apply(request.source, [Edit(start, end, replacement)]),
        note=(
            "The same tensors load; strict loading still checks every key. Next time save "
            "model.module.state_dict() from the wrapped model."
        ),
    )


def _is_load_state_dict(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "load_state_dict"
        and bool(node.args or node.keywords)
    )


def _wrapped(tree: ast.AST, receiver: ast.AST) -> bool:
    """The receiver is (or is a name only ever assigned) `DataParallel(...)` / `torch.compile(...)`."""
    values: list[ast.AST] = [receiver]
    if isinstance(receiver, ast.Name):
        for node in nodes(tree):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == receiver.id for t in node.targets
            ):
                values.append(node.value)
    for value in values:
        if isinstance(value, ast.Call) and (dotted(value.func) or "").split(".")[-1] in _WRAPPERS:
            return True
    return False


def _already_stripped(argument: ast.AST) -> bool:
    return isinstance(argument, ast.DictComp) and any(
        isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr in ("removeprefix", "replace")
        and any(isinstance(a, ast.Constant) and a.value == "module." for a in n.args)
        for n in ast.walk(argument.key)
    )


def _defines_versioned_module(tree: ast.AST) -> bool:
    for node in nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == "_load_from_state_dict":
            return True
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                targets = item.targets if isinstance(item, ast.Assign) else []
                if any(isinstance(t, ast.Name) and t.id == "_version" for t in targets):
                    return True
    return False


FIXER = Fixer(
    id="torch-strip-module-prefix",
    title='Strip the DataParallel "module." prefix from state dict keys',
    fix=fix,
    entries=("pytorch/state-dict-module-prefix",),
    safety="safe",
)
