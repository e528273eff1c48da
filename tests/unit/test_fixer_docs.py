"""docs/fixers/reference.md is generated from the fixers' docstrings and kept up to date; every
fixer documents what it fixes, when it declines, its safety and an example."""

import subprocess
import sys

import pytest

from errfix_lsp.fixers import registry
from tests.conftest import ROOT


def test_reference_page_is_up_to_date():
    done = subprocess.run(
        [sys.executable, "scripts/fixer_docs.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("fixer", sorted(registry()), ids=str)
def test_docstring_says_what_when_it_declines_and_an_example(fixer):
    import importlib

    doc = importlib.import_module(registry()[fixer].fix.__module__).__doc__ or ""
    assert doc.strip().splitlines()[0], fixer
    assert "Declines" in doc or "declines" in doc or "Refuses" in doc, f"{fixer}: say when it declines"
    assert "Example" in doc or "example" in doc or "->" in doc, f"{fixer}: give an example"
