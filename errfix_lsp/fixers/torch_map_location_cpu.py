"""Fixer `torch-map-location-cpu`: `torch.load(path)` -> `torch.load(path, map_location="cpu")`.

A checkpoint saved from GPU tensors records `cuda:0` as each storage's device; `torch.load` on a
machine (or a torch build) without CUDA dies with "Attempting to deserialize object on a CUDA
device but torch.cuda.is_available() is False". `map_location="cpu"` restores every storage on
the CPU instead, with the same values and dtypes (proven by the differential check: the fixed
load equals the same checkpoint saved from CPU tensors and loaded as before).

Only the `torch.load` calls of the statement the error points at are changed (`torch.load`,
`torch.serialization.load`, or `load` imported from torch), so other loads keep their device.

Declines: the file does not parse; no `torch.load(...)` call in the failing statement; the call
already passes `map_location` (a device that is not this machine's: choose it by hand) or
`**kwargs` (it may carry one).

Safety: safe. On a machine without CUDA there was no working behaviour to change. Run on a GPU
machine, the loaded tensors now start on the CPU: `model.load_state_dict` copies them onto the
model's device either way; a whole pickled model needs `.to(device)`, as the note says.

Example: `state = torch.load("model.pt")` -> `state = torch.load("model.pt", map_location="cpu")`.
"""

from __future__ import annotations

import ast

from ._migrate import Edit, SourceMap, apply, nodes, parse, plural
from ._torch_common import is_torch_load, load_names, statement_at, torch_names, within
from .base import Declined, Fix, Fixer, FixRequest, FixResult


def fix(request: FixRequest) -> FixResult:
    if "load" not in request.source:  # cheap test before parsing
        return Declined("no torch.load call in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    torch, loads = torch_names(tree), load_names(tree)
    if request.line is not None:
        statement = statement_at(tree, request.line)
        scope = list(within(statement)) if statement is not None else []
    else:
        scope = nodes(tree)
    calls = [n for n in scope if is_torch_load(n, torch, loads)]
    if not calls:
        where = f" on line {request.line}" if request.line else ""
        return Declined(f"no torch.load(...) call{where}")
    smap = SourceMap(request.source)
    edits: list[Edit] = []
    skipped: list[str] = []
    for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
        assert isinstance(call, ast.Call)
        why = _why_not(call)
        if why:
            skipped.append(f"line {call.lineno}: {why}")
            continue
        last = max([*call.args, *call.keywords], key=lambda n: (n.end_lineno, n.end_col_offset))
        end = smap.span(last)[1]
        quote = _quote(smap, call)
        edits.append(Edit(end, end, f", map_location={quote}cpu{quote}"))
    if not edits:
        return Declined("; ".join(skipped))
    return Fix(
        title=f'Load the checkpoint onto the CPU: torch.load(..., map_location="cpu") ({plural(len(edits))})',
        new_source=apply(request.source, edits),
        note=(
            "The tensors are restored on the CPU with the same values. On a GPU machine "
            "model.load_state_dict still copies them onto the model's device; an object loaded "
            "whole (a pickled model) needs .to(device)."
        ),
    )


def _why_not(call: ast.Call) -> str:
    if not call.args and not call.keywords:
        return "torch.load() without a file"
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return "the call passes *args/**kwargs, which may already carry map_location"
    if len(call.args) > 1 or any(k.arg == "map_location" for k in call.keywords):
        return "map_location is already given; pick the device by hand"
    return ""


def _quote(smap: SourceMap, call: ast.Call) -> str:
    """The quote character the call's own string arguments use (double by default)."""
    for node in ast.walk(call):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = smap.text(node).lstrip("rbuRBUfF")
            if text[:1] in ("'", '"'):
                return text[0]
    return '"'


FIXER = Fixer(
    id="torch-map-location-cpu",
    title='Load the checkpoint onto the CPU (map_location="cpu")',
    fix=fix,
    entries=("pytorch/deserialize-cuda-without-cuda",),
    safety="safe",
)
