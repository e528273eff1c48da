"""Fixer `torch-target-long`: class-index targets stored as floats -> `.long()` at the loss call.

`CrossEntropyLoss`/`NLLLoss` (and `F.cross_entropy`/`F.nll_loss`) take class indices as int64:
float labels (read from a CSV, a NumPy float array, `torch.tensor([0.0, 2.0])`) fail with
"expected target dtype to be Long or Byte, but got Float" (torch 2.2+; "expected scalar type Long
but found Float" before). The fix casts the target argument of the failing loss call:

    loss = criterion(logits, labels.long())

For whole-number labels the loss equals the one computed from int64 labels (differential check,
several shapes, weights, ignore_index, reduction).

Safety: UNSAFE, never preferred: `.long()` truncates toward zero, so a label that is not a whole
number (0.7, soft labels squeezed to one column) would silently become another class. errfix cannot
see the values; check them (`(labels == labels.round()).all()`) before applying.

Which calls: `F.cross_entropy`/`F.nll_loss`, `nn.CrossEntropyLoss(...)(x, y)`, and `criterion(x, y)`
where every assignment of `criterion` (or `self.criterion`) in the file builds one of those classes.
Declines: the file does not parse; no such call in the failing statement; the target is already cast;
the target is a literal with fractional values (provably not class indices).

Example: `loss = F.cross_entropy(logits, y)` -> `loss = F.cross_entropy(logits, y.long())`.
"""

from __future__ import annotations

import ast

from ._migrate import Edit, SourceMap, apply, parse, plural
from ._torch_common import loss_targets, statement_at, wrap
from .base import Declined, Fix, Fixer, FixRequest, FixResult

UNSAFE_BECAUSE = "truncates labels that are not whole numbers"
_FUNCTIONS = ("cross_entropy", "nll_loss")
_CLASSES = ("CrossEntropyLoss", "NLLLoss")


def fix(request: FixRequest) -> FixResult:
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    if request.line is None:
        return Declined("the error line is unknown")
    statement = statement_at(tree, request.line)
    found = loss_targets(tree, statement, _FUNCTIONS, _CLASSES) if statement else []
    if not found:
        return Declined(f"no CrossEntropyLoss/NLLLoss call on line {request.line}")
    smap = SourceMap(request.source)
    edits: list[Edit] = []
    for _call, target in found:
        if _cast(target):
            continue
        if _fractional_literal(target):
            return Declined("the targets are fractions, not class indices; .long() would change them")
        start, end = smap.span(target)
        edits.append(Edit(start, end, wrap(target, smap.text(target)) + ".long()"))
    if not edits:
        return Declined("the targets are already cast with .long()")
    return Fix(
        title=f"Cast the class targets to int64 with .long() ({plural(len(edits))})",
        new_source=apply(request.source, edits),
        note="Only for whole-number labels: .long() truncates 0.7 to class 0 without an error.",
        preferred=False,
        safety="unsafe",
        unsafe_because=UNSAFE_BECAUSE,
    )


def _cast(target: ast.expr) -> bool:
    return (
        isinstance(target, ast.Call)
        and isinstance(target.func, ast.Attribute)
        and target.func.attr in ("long", "to", "type", "int")
    )


def _fractional_literal(target: ast.expr) -> bool:
    """`torch.tensor([0.5, 1.0])`: literal numbers with a fractional part."""
    numbers = [
        n.value for n in ast.walk(target) if isinstance(n, ast.Constant) and isinstance(n.value, float)
    ]
    return any(value != int(value) for value in numbers if value == value and abs(value) != float("inf"))


FIXER = Fixer(
    id="torch-target-long",
    title="Cast class-index targets to int64 (.long())",
    fix=fix,
    entries=("pytorch/class-index-target-dtype",),
    safety="unsafe",
)
