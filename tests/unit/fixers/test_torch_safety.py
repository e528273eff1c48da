"""Fix safety: every fixer declares it, unsafe fixes are never preferred and come after the safe
alternative for the same diagnostic, whatever order the KB entry lists them in."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path
from types import SimpleNamespace

from lsprotocol import types

from errfix_lsp.fixers import registry
from errfix_lsp.server.actions import ActionOptions, Document, FixCache, Target, build_actions

SOURCE = "import torch\n\n\nclass Config:\n    pass\n\n\nckpt = torch.load(path)\n"
UNSAFE = {"pip-install-missing-module", "torch-weights-only-false", "torch-target-long", "hf-pad-token"}


def test_every_fixer_declares_its_safety():
    for fixer_id, fixer in registry().items():
        module = importlib.import_module(fixer.fix.__module__)
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        [call] = [
            n.value
            for n in tree.body
            if isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "FIXER" for t in n.targets)
        ]
        declared = [k for k in call.keywords if k.arg == "safety"]
        assert declared, f"{fixer_id} does not declare safety="
        assert fixer.safety == ("unsafe" if fixer_id in UNSAFE else "safe"), fixer_id


def _actions(fixes: list[str]) -> list[types.CodeAction]:
    entry = SimpleNamespace(id="pytorch/torch-load-weights-only", fixes=fixes)
    diagnostic = types.Diagnostic(range=types.Range(types.Position(7, 0), types.Position(7, 5)), message="x")
    target = Target(entry, {"module": "__main__", "class_name": "Config"}, 8, diagnostic)
    doc = Document("file:///w/t.py", "/w/t.py", SOURCE, 1, True)
    return build_actions([target], doc, ActionOptions(resolve_edits=True), FixCache(), show_entry=False)


def test_safe_alternative_first_and_alone_preferred_whatever_the_entry_order():
    for order in (
        ["torch-weights-only-false", "torch-safe-globals"],
        ["torch-safe-globals", "torch-weights-only-false"],
    ):
        safe, unsafe = _actions(order)
        assert safe.data["fixerId"] == "torch-safe-globals" and safe.is_preferred
        assert unsafe.data["fixerId"] == "torch-weights-only-false" and not unsafe.is_preferred
        assert unsafe.title.endswith("(unsafe: allows arbitrary code from the checkpoint)")


def test_an_unsafe_fix_alone_is_still_not_preferred():
    [unsafe] = _actions(["torch-weights-only-false"])
    assert not unsafe.is_preferred and "(unsafe: " in unsafe.title
