"""Fixer `torch-weights-only-false`: `torch.load(path)` -> `torch.load(path, weights_only=False)`.

PyTorch 2.6 changed `torch.load`'s default to `weights_only=True` ("Weights only load failed").
Passing `weights_only=False` restores the old behaviour exactly: the differential check loads the
same checkpoints with it and compares with what the pre-2.6 default loaded.

Safety: UNSAFE, never preferred. `weights_only=False` runs the full pickle machinery: a checkpoint
from someone else can execute arbitrary code while loading, which is why the default changed. The
title says so; `torch-safe-globals` (allow-list only the class the error names) is offered first.

Only the `torch.load` calls of the failing statement change. Declines: the file does not parse; no
`torch.load(...)` in the failing statement; the call passes `weights_only` itself (True was asked for
on purpose) or `**kwargs`.

Example: `ckpt = torch.load("ckpt.pt")` -> `ckpt = torch.load("ckpt.pt", weights_only=False)`.
"""

from __future__ import annotations

import ast

from ._migrate import Edit, SourceMap, apply, parse, plural
from ._torch_common import is_torch_load, load_names, statement_at, torch_names, within
from .base import Declined, Fix, Fixer, FixRequest, FixResult

UNSAFE_BECAUSE = "allows arbitrary code from the checkpoint"


def fix(request: FixRequest) -> FixResult:
    if "load" not in request.source:  # cheap test before parsing
        return Declined("no torch.load call in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    if request.line is None:
        return Declined("the error line is unknown")
    statement = statement_at(tree, request.line)
    torch, loads = torch_names(tree), load_names(tree)
    calls = [n for n in within(statement) if is_torch_load(n, torch, loads)] if statement else []
    if not calls:
        return Declined(f"no torch.load(...) call on line {request.line}")
    smap = SourceMap(request.source)
    edits: list[Edit] = []
    skipped: list[str] = []
    for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
        assert isinstance(call, ast.Call)
        if any(k.arg is None for k in call.keywords) or any(isinstance(a, ast.Starred) for a in call.args):
            skipped.append(f"line {call.lineno}: the call passes *args/**kwargs")
            continue
        if any(k.arg == "weights_only" for k in call.keywords):
            skipped.append(f"line {call.lineno}: weights_only is set on purpose; not overridden")
            continue
        if not call.args and not call.keywords:
            skipped.append(f"line {call.lineno}: torch.load() without a file")
            continue
        last = max([*call.args, *call.keywords], key=lambda n: (n.end_lineno, n.end_col_offset))
        end = smap.span(last)[1]
        edits.append(Edit(end, end, ", weights_only=False"))
    if not edits:
        return Declined("; ".join(skipped))
    return Fix(
        title=f"Load with weights_only=False ({plural(len(edits))})",
        new_source=apply(request.source, edits),
        note=(
            "Only for checkpoints you trust: weights_only=False lets the file run code while it "
            "loads. Prefer allow-listing the class the error names (torch.serialization."
            "add_safe_globals)."
        ),
        preferred=False,
        safety="unsafe",
        unsafe_because=UNSAFE_BECAUSE,
    )


FIXER = Fixer(
    id="torch-weights-only-false",
    title="Load with weights_only=False",
    fix=fix,
    entries=("pytorch/torch-load-weights-only",),
    safety="unsafe",
)
