"""torch-map-location-cpu, torch-safe-globals, torch-weights-only-false, torch-strip-module-prefix:
the loads of the failing statement change, nothing else; what cannot be proven is declined."""

from __future__ import annotations

import pytest

from errfix_lsp.fixers import get_fixer

from ._helpers import declined, fix, fixed

CPU = "torch-map-location-cpu"
SAFE = "torch-safe-globals"
UNSAFE = "torch-weights-only-false"
PREFIX = "torch-strip-module-prefix"
HEAD = "import torch\n"


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("state = torch.load(path)", 'state = torch.load(path, map_location="cpu")'),
        ("state = torch.load('m.pt')", "state = torch.load('m.pt', map_location='cpu')"),
        ("state = torch.load(f=path,)", 'state = torch.load(f=path, map_location="cpu",)'),
        (
            "state = torch.serialization.load(path)",
            'state = torch.serialization.load(path, map_location="cpu")',
        ),
        (
            "a, b = torch.load(p), torch.load(q)",
            'a, b = torch.load(p, map_location="cpu"), torch.load(q, map_location="cpu")',
        ),
    ],
)
def test_map_location_added_to_the_failing_load(line, after):
    source = HEAD + "other = torch.load(x)\n" + line + "\n"
    assert fixed(CPU, source, line=3) == HEAD + "other = torch.load(x)\n" + after + "\n"


def test_map_location_for_a_load_imported_from_torch_and_a_multiline_call():
    source = "from torch import load as tload\nstate = tload(\n    path,\n)\n"
    assert (
        fixed(CPU, source, line=2)
        == 'from torch import load as tload\nstate = tload(\n    path, map_location="cpu",\n)\n'
    )


@pytest.mark.parametrize(
    ("source", "line", "reason"),
    [
        (HEAD + "state = torch.load(path, map_location='cuda')\n", 2, "already given"),
        (HEAD + "state = torch.load(path, 'cuda:0')\n", 2, "already given"),
        (HEAD + "state = torch.load(path, **options)\n", 2, "kwargs"),
        (HEAD + "x = 1\nstate = torch.load(path)\n", 2, "no torch.load"),
        (HEAD + "state = pickle.load(path)\n", 2, "no torch.load"),
        ("import torch\nstate = torch.load(\n", 2, "does not parse"),
    ],
)
def test_map_location_declines(source, line, reason):
    assert reason in declined(CPU, source, line)


MAIN = HEAD + "class Config:\n    pass\n\n"


def test_safe_globals_for_a_class_of_this_script():
    source = MAIN + "ckpt = torch.load(path)\n"
    after = MAIN + "torch.serialization.add_safe_globals([Config])\nckpt = torch.load(path)\n"
    assert fixed(SAFE, source, 5, module="__main__", class_name="Config") == after


def test_safe_globals_inside_a_function_keeps_the_indentation():
    source = MAIN + "def resume(p):\n    return torch.load(p)['cfg']\n"
    after = (
        MAIN
        + "def resume(p):\n    torch.serialization.add_safe_globals([Config])\n    return torch.load(p)['cfg']\n"
    )
    assert fixed(SAFE, source, 6, module="__main__", class_name="Config") == after


@pytest.mark.parametrize(
    ("imports", "reference", "added"),
    [
        ("import argparse\n", "argparse.Namespace", ""),
        ("from argparse import Namespace as NS\n", "NS", ""),
        ("", "Namespace", "from argparse import Namespace\n"),
    ],
)
def test_safe_globals_for_an_importable_class(imports, reference, added):
    source = HEAD + imports + "ckpt = torch.load(path)\n"
    after = (
        HEAD
        + imports
        + added
        + f"torch.serialization.add_safe_globals([{reference}])\nckpt = torch.load(path)\n"
    )
    line = 2 + imports.count("\n")
    assert fixed(SAFE, source, line, module="argparse", class_name="Namespace") == after


def test_safe_globals_adds_import_torch_when_only_load_was_imported():
    source = "from torch import load\n\n\nclass Config:\n    pass\n\n\nckpt = load(path)\n"
    result = fixed(SAFE, source, 8, module="__main__", class_name="Config")
    assert result.startswith("from torch import load\nimport torch\n")
    assert "torch.serialization.add_safe_globals([Config])\nckpt = load(path)\n" in result


@pytest.mark.parametrize(
    ("source", "line", "captures", "reason"),
    [
        # the checkpoint asks for something that runs code: never allow-listed
        (HEAD + "x = torch.load(p)\n", 2, {"module": "os", "class_name": "system"}, "run code"),
        (HEAD + "x = torch.load(p)\n", 2, {"module": "builtins", "class_name": "eval"}, "run code"),
        (HEAD + "x = torch.load(p)\n", 2, {"module": "subprocess", "class_name": "Popen"}, "run code"),
        (HEAD + "x = torch.load(p)\n", 2, {"module": "functools", "class_name": "partial"}, "run code"),
        (HEAD + "x = torch.load(p)\n", 2, {"module": "mylib.util", "class_name": "run_cmd"}, "function"),
        (
            HEAD + "x = torch.load(p)\n",
            2,
            {"module": "numpy._core.multiarray", "class_name": "_reconstruct"},
            "run code",
        ),
        # __main__.X of the script that saved it, not defined here
        (
            HEAD + "from train import Config\nx = torch.load(p)\n",
            3,
            {"module": "__main__", "class_name": "Config"},
            "defines no top-level class",
        ),
        (
            HEAD + "x = torch.load(p)\nclass Config: pass\n",
            2,
            {"module": "__main__", "class_name": "Config"},
            "defined after",
        ),
        (HEAD + "x = torch.load(p)\n", 2, {}, "names no global"),
        (HEAD + "x = 1\n", 2, {"module": "argparse", "class_name": "Namespace"}, "no torch.load"),
        (
            HEAD + "if ok: x = torch.load(p)\n",
            2,
            {"module": "argparse", "class_name": "Namespace"},
            "shares its line",
        ),
        (
            HEAD
            + "import argparse\ntorch.serialization.add_safe_globals([argparse.Namespace])\nx = torch.load(p)\n",
            4,
            {"module": "argparse", "class_name": "Namespace"},
            "already allow-listed",
        ),
        (
            HEAD + "Namespace = 3\nx = torch.load(p)\n",
            3,
            {"module": "argparse", "class_name": "Namespace"},
            "names something else",
        ),
    ],
)
def test_safe_globals_declines(source, line, captures, reason):
    assert reason in declined(SAFE, source, line, **captures)


def test_weights_only_false_is_unsafe_and_never_preferred():
    source = HEAD + "ckpt = torch.load(path)\n"
    result = fix(UNSAFE, source, 2)
    assert result.new_source == HEAD + "ckpt = torch.load(path, weights_only=False)\n"
    assert result.safety == "unsafe" and not result.preferred
    assert result.unsafe_because == "allows arbitrary code from the checkpoint"
    assert get_fixer(UNSAFE).safety == "unsafe"
    assert get_fixer(SAFE).safety == "safe"


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (HEAD + "ckpt = torch.load(path, weights_only=True)\n", "on purpose"),
        (HEAD + "ckpt = torch.load(path, **kw)\n", "kwargs"),
        (HEAD + "ckpt = 1\n", "no torch.load"),
    ],
)
def test_weights_only_false_declines(source, reason):
    assert reason in declined(UNSAFE, source, 2)


NN = "import torch\nfrom torch import nn\nmodel = nn.Linear(2, 2)\n"


@pytest.mark.parametrize(
    ("line", "after"),
    [
        (
            "model.load_state_dict(torch.load(path))",
            'model.load_state_dict({k.removeprefix("module."): v for k, v in torch.load(path).items()})',
        ),
        (
            "model.load_state_dict(state, strict=True)",
            'model.load_state_dict({k.removeprefix("module."): v for k, v in state.items()}, strict=True)',
        ),
        (
            "model.load_state_dict(ckpt['model'])",
            "model.load_state_dict({k.removeprefix('module.'): v for k, v in ckpt['model'].items()})",
        ),
        (
            "model.load_state_dict(state_dict=a or b)",
            'model.load_state_dict(state_dict={k.removeprefix("module."): v for k, v in (a or b).items()})',
        ),
    ],
)
def test_module_prefix_stripped_in_the_failing_call(line, after):
    assert fixed(PREFIX, NN + line + "\n", 4) == NN + after + "\n"


@pytest.mark.parametrize(
    ("extra", "line", "reason"),
    [
        ("model = nn.DataParallel(model)\n", "model.load_state_dict(state)", "wrapped"),
        ("", "torch.compile(model).load_state_dict(state)", "wrapped"),
        ("", "model.load_state_dict(*args)", "kwargs"),
        ("", "ok = model.load_state_dict(state) and other.load_state_dict(state)", "several"),
        ("other.load_state_dict(s)\n", "model.eval()", "no .load_state_dict"),
        (
            "class Block(nn.Module):\n    _version = 2\n",
            "model.load_state_dict(state)",
            "versioned module",
        ),
        (
            "",
            'model.load_state_dict({k.removeprefix("module."): v for k, v in s.items()})',
            "already stripped",
        ),
    ],
)
def test_module_prefix_declines(extra, line, reason):
    source = NN + extra + line + "\n"
    assert reason in declined(PREFIX, source, 4 + extra.count("\n"))
