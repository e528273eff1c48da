"""Fixer `pandas-iteritems`: `.iteritems()` -> `.items()`.

pandas 2.0 removed `DataFrame.iteritems` and `Series.iteritems` ("'DataFrame' object has no
attribute 'iteritems'"); `.items()` yields the same (label, column/value) pairs. In Python 3
no built-in type has `.iteritems` (it is a Python 2 dict method), so every `.iteritems`
attribute in the file is renamed, except module functions such as `six.iteritems(d)` and, when
the file defines its own `iteritems`, occurrences other than the one on the error line.

Declines: the file does not parse; no `.iteritems` left in the file.

Example: `for name, column in df.iteritems():` -> `for name, column in df.items():`.
"""

from __future__ import annotations

from ._migrate import rename_method_fix
from .base import Fixer, FixRequest, FixResult


def fix(request: FixRequest) -> FixResult:
    return rename_method_fix(
        request,
        "iteritems",
        "items",
        note=".items() yields the same (label, content) pairs and exists in every pandas version.",
    )


FIXER = Fixer(
    id="pandas-iteritems",
    title="Replace removed DataFrame/Series.iteritems() with .items()",
    fix=fix,
    entries=("pandas/iteritems-removed",),
    safety="safe",
)
