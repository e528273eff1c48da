"""Fixer `numpy2-removed-members`: NumPy 2.0 removals -> their replacements.

NumPy 2.0 (NEP 52) removed many aliases: `np.NaN`/`np.NAN` -> `np.nan`, `np.Inf`/`np.Infinity`/
`np.PINF`/`np.infty` -> `np.inf`, `np.NINF` -> `-np.inf`, `np.float_` -> `np.float64`,
`np.complex_` -> `np.complex128`, `np.unicode_` -> `np.str_`, `np.string_` -> `np.bytes_`,
`np.product` -> `np.prod`, `np.cumproduct` -> `np.cumprod`, `np.alltrue`/`np.sometrue` ->
`np.all`/`np.any`, `np.trapz` -> `np.trapezoid`, `np.in1d(a, b)` -> `np.isin(a, b).ravel()`
(np.in1d flattened its result, np.isin keeps the first argument's shape), `np.row_stack` ->
`np.vstack`, `np.asscalar(a)` -> `a.item()`, `np.math` -> `math`... (full table in
`_migrate_numpy.NUMPY2`). Every occurrence on the numpy module in the file is rewritten, and
`from numpy import NaN` becomes `from numpy import nan as NaN`; `np.in1d` is only rewritten
where it is called. `tests/reproduce/test_differential.py` runs real call shapes on NumPy 1.26 and
the fixed code on NumPy 1.26 and 2.x (docs/fixers/differential.md).

Declines: the file does not parse; the removed member has no mechanical replacement
(`np.find_common_type`, `np.cast`, ...: the KB entry explains what to use); the member named by
the error is not in this file; nothing left to change.

Example: `if np.isnan(x).any(): x[np.isnan(x)] = np.NaN` -> `... = np.nan`.
"""

from __future__ import annotations

from ._migrate import parse
from ._migrate_numpy import NUMPY2, plan, title
from .base import Declined, Fix, Fixer, FixRequest, FixResult


def fix(request: FixRequest) -> FixResult:
    if "numpy" not in request.source:  # cheap test before parsing
        return Declined("numpy is not imported in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    named = request.captures.get("attribute")
    if named is not None and named not in NUMPY2:
        hint = request.captures.get("replacement")
        detail = f" NumPy suggests: {hint}" if hint else ""
        return Declined(f"np.{named} has no mechanical replacement; edit it by hand.{detail}")
    result = plan(tree, request.source, NUMPY2, named)
    if result.count == 0 and ".in1d" in request.source:
        return Declined(
            "np.in1d is referenced without being called here; np.isin keeps the shape np.in1d "
            "flattened, so each call needs np.isin(...).ravel(): edit by hand"
        )
    if result.count == 0:
        return Declined("no member removed in NumPy 2.0 left in this file")
    if named is not None and not result.found_named:
        return Declined(f"np.{named} is not used in this file; the error comes from another module")
    compatible = (
        "Needs NumPy 2.0+ (np.trapezoid is new there)."
        if "trapezoid" in result.new_source and "trapezoid" not in request.source
        else "Works on NumPy 1.x too: every replacement already exists there."
    )
    note = " ".join((compatible, *result.notes))
    return Fix(
        title=title(result.count, "Replace members removed in NumPy 2.0"),
        new_source=result.new_source,
        note=note,
    )


FIXER = Fixer(
    id="numpy2-removed-members",
    title="Replace members removed in NumPy 2.0 (np.NaN, np.float_, np.product, ...)",
    fix=fix,
    entries=("numpy/numpy2-removed-member",),
    safety="safe",
)
