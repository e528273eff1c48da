"""Shared test helpers. CI sets CI=true: there, a missing dependency fails a test instead of skipping it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Fuzz tiers: 10,000 examples per target in CI, fewer while developing (HYPOTHESIS_PROFILE=ci to match).
settings.register_profile(
    "ci", max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.register_profile("dev", max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))

ROOT = Path(__file__).resolve().parent.parent
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if IN_CI else "dev"))


def require(condition: bool, reason: str) -> None:
    """Skip locally when a dependency is missing; fail in CI, where everything must be installed."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def engine():
    from errfix_lsp.engine import Engine

    return Engine.load()
