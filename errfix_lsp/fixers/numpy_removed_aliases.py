"""Fixer `numpy-removed-aliases`: `np.float`, `np.int`, `np.object`... -> the Python builtins.

NumPy 1.20 deprecated and 1.24 removed the aliases of Python builtins; code written before then
dies with "module 'numpy' has no attribute 'float'. `np.float` was a deprecated alias for the
builtin `float`". The aliases were the builtins themselves, so the replacement changes nothing.

Every such access on the numpy module in the file is rewritten (whatever the module is called:
`np`, `numpy`, `onp`), and `from numpy import float` is dropped so the builtin takes over.
`np.bool`/`np.long` are only rewritten when the error names them: NumPy 2 brought them back as
NumPy types. Strings, comments and other modules' attributes are never touched.

Declines: the file does not parse; the error names an alias this file does not use (it comes
from another module); nothing left to change.

Example: `x = np.zeros(3, dtype=np.float)` -> `x = np.zeros(3, dtype=float)`.
"""

from __future__ import annotations

from ._migrate import parse
from ._migrate_numpy import TYPE_ALIASES, plan, title
from .base import Declined, Fix, Fixer, FixRequest, FixResult


def fix(request: FixRequest) -> FixResult:
    if "numpy" not in request.source:  # cheap test before parsing
        return Declined("numpy is not imported in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    named = request.captures.get("attribute")
    if named is not None and named not in TYPE_ALIASES:
        return Declined(f"np.{named} is not a removed alias of a builtin")
    result = plan(tree, request.source, TYPE_ALIASES, named)
    if result.count == 0:
        return Declined("no removed NumPy alias (np.float, np.int, ...) left in this file")
    if named is not None and not result.found_named:
        return Declined(f"np.{named} is not used in this file; the error comes from another module")
    note = (
        "The aliases were the builtins themselves, so behaviour is unchanged. For a NumPy "
        "precision use e.g. np.float64 / np.int64 instead."
    )
    return Fix(
        title=title(result.count, "Replace removed NumPy aliases with builtins"),
        new_source=result.new_source,
        note=note,
    )


FIXER = Fixer(
    id="numpy-removed-aliases",
    title="Replace removed NumPy aliases (np.float, np.int, ...) with builtins",
    fix=fix,
    entries=("numpy/removed-type-alias",),
    safety="safe",
)
