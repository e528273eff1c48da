"""Shared helpers of the migration-fixer unit tests (not a test module)."""

from __future__ import annotations

import ast

from errfix_lsp.fixers import run_fixer
from errfix_lsp.fixers.base import Declined, Fix, FixRequest


def fix(fixer_id: str, source: str, line: int | None = None, **captures: str) -> Fix | Declined:
    """Run a fixer the way the server does (through the registry's safe runner)."""
    return run_fixer(fixer_id, FixRequest(source=source, captures=captures, line=line, path="t.py"))


def fixed(fixer_id: str, source: str, line: int | None = None, **captures: str) -> str:
    """The fixed text; fails the test if the fixer declined, broke the code or is not idempotent."""
    result = fix(fixer_id, source, line, **captures)
    assert isinstance(result, Fix), result
    assert result.new_source is not None
    ast.parse(result.new_source)
    again = fix(fixer_id, result.new_source, line, **captures)
    assert isinstance(again, Declined), f"second run changed the file again: {again}"
    return result.new_source


def declined(fixer_id: str, source: str, line: int | None = None, **captures: str) -> str:
    result = fix(fixer_id, source, line, **captures)
    assert isinstance(result, Declined), result
    return result.reason
