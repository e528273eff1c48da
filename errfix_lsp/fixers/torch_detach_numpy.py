"""Fixer `torch-detach-numpy`: `t.numpy()` -> `t.detach().numpy()` for a tensor that requires grad.

"Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead." A tensor
in an autograd graph refuses `.numpy()`, because NumPy code could change it behind autograd's back.
`.detach()` returns the same storage without the graph, so the array holds the same values and
still shares memory with the tensor, exactly as `.numpy()` does for tensors that need no grad
(proven by the differential check against `.numpy()` under `torch.no_grad()`).

Every `.numpy()` call without arguments in the failing statement gets `.detach()` (the error cannot
say which of several failed, and `.detach()` is a no-op view for a tensor that needs no grad).

Declines: the file does not parse; no `.numpy()` call in the failing statement; the file also imports
TensorFlow or JAX and the statement has several `.numpy()` calls (their tensors have no
`.detach()`); every call already detaches. A CUDA tensor (`can't convert cuda:0 device type tensor
to numpy`) is another entry: it needs `.cpu()`, which cannot be reproduced without a GPU and is
not offered here.

Safety: safe: same values, same dtype, same shared memory; the graph is not changed.

Example: `plt.plot(preds.numpy())` -> `plt.plot(preds.detach().numpy())`.
"""

from __future__ import annotations

import ast

from ._migrate import Edit, SourceMap, apply, attribute_name_span, module_aliases, parse, plural
from ._torch_common import statement_at, within
from .base import Declined, Fix, Fixer, FixRequest, FixResult


def fix(request: FixRequest) -> FixResult:
    if "numpy" not in request.source:  # cheap test before parsing
        return Declined("no .numpy() call in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    if request.line is None:
        return Declined("the error line is unknown")
    statement = statement_at(tree, request.line)
    calls = [n for n in within(statement) if _is_numpy_call(n)] if statement else []
    if not calls:
        return Declined(f"no .numpy() call on line {request.line}")
    todo = [c for c in calls if not _detached(c)]
    if not todo:
        return Declined("every .numpy() call here already detaches")
    others = module_aliases(tree, "tensorflow") | module_aliases(tree, "jax")
    if others and len(calls) > 1:
        return Declined("TensorFlow/JAX tensors have .numpy() too; add .detach() to the torch tensor by hand")
    smap = SourceMap(request.source)
    edits: list[Edit] = []
    for call in todo:
        span = attribute_name_span(smap, call.func)  # type: ignore[arg-type]
        if span is not None:
            edits.append(Edit(span[0], span[0], "detach()."))
    if not edits:
        return Declined("the .numpy() call could not be located in the text")
    return Fix(
        title=f"Detach the tensor before .numpy() ({plural(len(edits))})",
        new_source=apply(request.source, edits),
        note="The array holds the same values and shares memory with the tensor, as .numpy() does.",
    )


def _is_numpy_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "numpy"
        and not node.args
        and not node.keywords
        # `np.numpy()` does not exist; a receiver that is a bare module-like name is still a tensor
    )


def _detached(call: ast.Call) -> bool:
    """`x.detach().numpy()`, `x.detach().cpu().numpy()`: already fine."""
    node = call.func.value  # type: ignore[attr-defined]
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "detach":
            return True
        if node.func.attr not in ("cpu", "clone", "contiguous", "float", "double", "to"):
            return False
        node = node.func.value
    return False


FIXER = Fixer(
    id="torch-detach-numpy",
    title="Detach the tensor before .numpy()",
    fix=fix,
    entries=("pytorch/numpy-on-tensor-requiring-grad",),
    safety="safe",
)
