"""Fixer `pandas-applymap`: `df.applymap(func)` -> `df.map(func)`.

pandas 2.1 renamed `DataFrame.applymap` (and `Styler.applymap`) to `.map` and pandas 3.0 removed
the old name ("'DataFrame' object has no attribute 'applymap'"). Arguments (`func`,
`na_action`, extra keywords) are the same. Every `.applymap` attribute in the file is renamed,
except module functions and, when the file defines its own `applymap`, occurrences other than
the one on the error line.

Declines: the file does not parse; no `.applymap` left in the file.

Example: `df = df.applymap(str.strip)` -> `df = df.map(str.strip)`.
"""

from __future__ import annotations

from ._migrate import rename_method_fix
from .base import Fixer, FixRequest, FixResult


def fix(request: FixRequest) -> FixResult:
    return rename_method_fix(
        request,
        "applymap",
        "map",
        note="DataFrame.map exists since pandas 2.1; on older pandas keep applymap.",
    )


FIXER = Fixer(
    id="pandas-applymap",
    title="Replace removed DataFrame.applymap() with .map()",
    fix=fix,
    entries=("pandas/applymap-removed",),
    safety="safe",
)
