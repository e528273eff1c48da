"""Fixers: one module per fix, registered by id. See `base.py` for the contract.

Every module in this package that defines `FIXER` (a `base.Fixer`) is registered under its id.
A module that fails to import is reported and skipped; it never takes the others down.
KB entries name the fixers that apply in their `fixes` field.
"""

from __future__ import annotations

import ast
import importlib
import logging
import pkgutil
from dataclasses import replace
from functools import lru_cache

from .base import Declined, Fix, Fixer, FixRequest, FixResult

log = logging.getLogger(__name__)

_NOT_FIXERS = {"base", "edits", "pyast"}


@lru_cache(maxsize=1)
def registry() -> dict[str, Fixer]:
    fixers: dict[str, Fixer] = {}
    for module_info in pkgutil.iter_modules(__path__):
        name = module_info.name
        if name in _NOT_FIXERS or name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except Exception:  # noqa: BLE001 - a broken fixer must not break the others
            log.exception("fixer module %s failed to import; skipped", name)
            continue
        fixer = getattr(module, "FIXER", None)
        if isinstance(fixer, Fixer):
            fixers[fixer.id] = fixer
    return fixers


def get_fixer(fixer_id: str) -> Fixer | None:
    return registry().get(fixer_id)


def run_fixer(fixer_id: str, request: FixRequest) -> FixResult:
    """Run a fixer safely: unknown ids, exceptions and unparsable results become `Declined`."""
    fixer = get_fixer(fixer_id)
    if fixer is None:
        return Declined(f"no fixer named {fixer_id!r}")
    try:
        result = fixer.fix(request)
    except Exception as exc:  # noqa: BLE001 - contract: fixers never raise to the caller
        log.exception("fixer %s raised", fixer_id)
        return Declined(f"{fixer_id} failed: {type(exc).__name__}: {exc}")
    if isinstance(result, Fix) and (fixer.safety == "unsafe" or result.safety == "unsafe"):
        result = replace(result, safety="unsafe", preferred=False)
    if isinstance(result, Fix) and result.new_source is not None:
        if result.new_source == request.source:
            return Declined("nothing to change (already fixed)")
        python_file = not request.path or request.path.endswith((".py", ".pyi"))
        if python_file and _parses(request.source) and not _parses(result.new_source):
            return Declined(f"{fixer_id} produced code that does not parse; not offered")
    return result


def _parses(source: str) -> bool:
    try:
        ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


__all__ = ["Declined", "Fix", "FixRequest", "FixResult", "Fixer", "get_fixer", "registry", "run_fixer"]
