"""Fixer `torch-target-float`: integer 0/1 targets of binary cross-entropy -> `.float()`.

`F.binary_cross_entropy` / `nn.BCELoss` compare probabilities with targets of the same floating
dtype; int64 labels (`torch.tensor([0, 1, 1])`) fail with "Found dtype Long but expected Float".
The fix casts the target of the failing loss call to the dtype the error names (`.float()` for
Float, `.double()` for Double):

    loss = F.binary_cross_entropy(probs, labels.float())

Integers up to 2**24 are exact in float32, so the loss equals the one computed from float labels
of the same values (differential check: several shapes, weights, reductions).

Which calls: `F.binary_cross_entropy`, `nn.BCELoss(...)(p, y)`, and `criterion(p, y)` where every
assignment of `criterion` (or `self.criterion`) in the file builds `nn.BCELoss`. Declines: the file
does not parse; the error expects a dtype other than Float/Double; no such call in the failing
statement; the target is already cast.

Safety: safe: the label values are kept exactly (0/1 and any integer below 2**24).

Example: `loss = nn.BCELoss()(p, y)` -> `loss = nn.BCELoss()(p, y.float())`.
"""

from __future__ import annotations

import ast

from ._migrate import Edit, SourceMap, apply, parse, plural
from ._torch_common import loss_targets, statement_at, wrap
from .base import Declined, Fix, Fixer, FixRequest, FixResult

_FUNCTIONS = ("binary_cross_entropy",)
_CLASSES = ("BCELoss",)
_CASTS = {"Float": "float", "Double": "double"}


def fix(request: FixRequest) -> FixResult:
    expected = request.captures.get("expected", "Float")
    cast = _CASTS.get(expected)
    if cast is None:
        return Declined(f"the loss expects {expected} targets; cast them by hand")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    if request.line is None:
        return Declined("the error line is unknown")
    statement = statement_at(tree, request.line)
    found = loss_targets(tree, statement, _FUNCTIONS, _CLASSES) if statement else []
    if not found:
        return Declined(f"no binary_cross_entropy/BCELoss call on line {request.line}")
    smap = SourceMap(request.source)
    edits = [
        Edit(*smap.span(target), wrap(target, smap.text(target)) + f".{cast}()")
        for _call, target in found
        if not _cast(target)
    ]
    if not edits:
        return Declined("the targets are already cast")
    return Fix(
        title=f"Cast the BCE targets to {expected.lower()} with .{cast}() ({plural(len(edits))})",
        new_source=apply(request.source, edits),
        note="Integer labels are exact as floats (below 2**24), so the loss is the intended one.",
    )


def _cast(target: ast.expr) -> bool:
    return (
        isinstance(target, ast.Call)
        and isinstance(target.func, ast.Attribute)
        and target.func.attr in ("float", "double", "to", "type", "half", "bfloat16")
    )


FIXER = Fixer(
    id="torch-target-float",
    title="Cast binary cross-entropy targets to float",
    fix=fix,
    entries=("pytorch/float-loss-target-dtype",),
    safety="safe",
)
