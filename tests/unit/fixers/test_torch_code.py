"""torch-detach-numpy, torch-dataloader-lambda, torch-main-guard, torch-amp-namespace,
torch-target-long, torch-target-float: the shapes they prove, and the ones they decline."""

from __future__ import annotations

import pytest

from ._helpers import declined, fix, fixed

HEAD = "import torch\n"


# --- torch-detach-numpy ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("values = preds.numpy()", "values = preds.detach().numpy()"),
        ("values = model(x).cpu().numpy()", "values = model(x).cpu().detach().numpy()"),
        ("plot(a.numpy(), b.detach().numpy())", "plot(a.detach().numpy(), b.detach().numpy())"),
        ("plot(a.numpy(), b.numpy())", "plot(a.detach().numpy(), b.detach().numpy())"),
    ],
)
def test_detach_added_before_numpy_in_the_failing_statement(line, after):
    source = HEAD + "other = t.numpy()\n" + line + "\n"
    assert fixed("torch-detach-numpy", source, 3) == HEAD + "other = t.numpy()\n" + after + "\n"


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (HEAD + "x = 1\nv = t.detach().numpy()\n", "already detaches"),
        (HEAD + "import tensorflow as tf\nv = (a.numpy(), b.numpy())\n", "TensorFlow/JAX"),
        (HEAD + "x = 1\nv = t.numpy(force=True)\n", "no .numpy() call"),
        (HEAD + "x = 1\nv = t.tolist()\n", "no .numpy() call"),
    ],
)
def test_detach_declines(source, reason):
    assert reason in declined("torch-detach-numpy", source, 3)


# --- torch-dataloader-lambda ----------------------------------------------------------------------
LOADER = """import torch
from torch.utils.data import DataLoader


def main():
    data = [torch.ones(2)]
    loader = DataLoader(data, num_workers=2, collate_fn=lambda batch: torch.stack(batch))
    for batch in loader:
        pass
"""


def test_lambda_becomes_a_module_level_function():
    after = fixed("torch-dataloader-lambda", LOADER, 8, function="main.<locals>.<lambda>")
    assert "\n\ndef collate_fn(batch):\n    return torch.stack(batch)\n\n\ndef main():\n" in after
    assert "collate_fn=collate_fn)" in after


def test_lambda_in_a_method_and_name_taken():
    source = (
        "import torch\nfrom torch.utils.data import DataLoader\ncollate_fn = None\n\n\n"
        "class Trainer:\n    def fit(self, data):\n"
        "        return DataLoader(data, worker_init_fn=lambda wid: torch.manual_seed(wid))\n"
    )
    after = fixed("torch-dataloader-lambda", source, 8, function="Trainer.fit.<locals>.<lambda>")
    assert "def worker_init_fn(wid):\n    return torch.manual_seed(wid)\n\n\nclass Trainer:" in after
    assert "worker_init_fn=worker_init_fn)" in after


@pytest.mark.parametrize(
    ("source", "function", "reason"),
    [
        (LOADER.replace("torch.stack(batch)", "torch.stack(batch) * scale"), "main.<locals>.<lambda>", ""),
        (
            LOADER.replace("    data = [", "    scale = 2\n    data = [").replace(
                "torch.stack(batch)", "torch.stack(batch) * scale"
            ),
            "main.<locals>.<lambda>",
            "reads scale from the enclosing function",
        ),
        (
            LOADER.replace("lambda batch:", "lambda batch, n=data:"),
            "main.<locals>.<lambda>",
            "default values",
        ),
        (LOADER, "main.<locals>.collate", "not a lambda"),
        (LOADER, "train.<locals>.<lambda>", "not defined in this file"),
        (LOADER, "", "no function"),
        (
            LOADER.replace("    for batch", "    key = lambda x: x\n    for batch").replace(
                "collate_fn=lambda batch: torch.stack(batch)", "sampler=lambda: 0"
            ),
            "main.<locals>.<lambda>",
            "candidate lambdas",
        ),
    ],
)
def test_lambda_declines(source, function, reason):
    if not reason:  # `scale` is a global here (not bound in main): moving the lambda is fine
        assert "* scale" in fixed("torch-dataloader-lambda", "scale = 3\n" + source, 9, function=function)
        return
    assert reason in declined("torch-dataloader-lambda", source, 8, function=function)


# --- torch-main-guard ------------------------------------------------------------------------------
SCRIPT = '''"""Train."""
import torch
from torch.utils.data import DataLoader


def double(x):
    return x * 2


loader = DataLoader([1, 2], num_workers=2)
for batch in loader:
    print(double(batch))
'''


def test_main_guard_wraps_the_code_after_the_definitions():
    after = fixed("torch-main-guard", SCRIPT, 11)
    assert after.endswith(
        'if __name__ == "__main__":\n    loader = DataLoader([1, 2], num_workers=2)\n'
        "    for batch in loader:\n        print(double(batch))\n"
    )
    assert after.startswith(SCRIPT[: SCRIPT.index("loader =")])


def test_main_guard_keeps_crlf_and_tabs():
    source = "import torch\r\nx = 1\r\nif x:\r\n\tprint(x)\r\n"
    assert fixed("torch-main-guard", source, 2) == (
        'import torch\r\nif __name__ == "__main__":\r\n\tx = 1\r\n\tif x:\r\n\t\tprint(x)\r\n'
    )


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (SCRIPT + 'if __name__ == "__main__":\n    pass\n', "already has"),
        (SCRIPT + "import os\n", "an import on line"),
        (SCRIPT + "def later():\n    pass\n", "a def/class on line"),
        (SCRIPT.replace("return x * 2", "return x * factor") + "factor = 3\n", "reads factor"),
        (SCRIPT + 'notes = """a\nb"""\n', "multi-line string"),
        ("import torch\n\n\ndef f():\n    pass\n", "no top-level code"),
    ],
)
def test_main_guard_declines(source, reason):
    assert reason in declined("torch-main-guard", source, 11)


# --- torch-amp-namespace ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("s = torch.cuda.amp.GradScaler()", 's = torch.amp.GradScaler("cuda")'),
        ("s = torch.cuda.amp.GradScaler(2.0**10, 2.0)", 's = torch.amp.GradScaler("cuda", 2.0**10, 2.0)'),
        (
            "with torch.cuda.amp.autocast():",
            'with torch.amp.autocast("cuda", dtype=torch.float16, cache_enabled=True):',
        ),
        (
            "with torch.cuda.amp.autocast(False, torch.bfloat16):",
            'with torch.amp.autocast("cuda", enabled=False, dtype=torch.bfloat16, cache_enabled=True):',
        ),
        (
            "with torch.cuda.amp.autocast(enabled=use_amp):",
            'with torch.amp.autocast("cuda", enabled=use_amp, dtype=torch.float16, cache_enabled=True):',
        ),
    ],
)
def test_amp_calls_rewritten(line, after):
    body = "\n    pass\n" if line.startswith("with") else "\n"
    assert fixed("torch-amp-namespace", HEAD + line + body, 2) == HEAD + after + body


def test_amp_imported_names_rewritten_with_their_import():
    source = (
        HEAD
        + "from torch.cuda.amp import GradScaler, autocast\ns = GradScaler()\n@autocast()\ndef f():\n    pass\n"
    )
    assert fixed("torch-amp-namespace", source, 3) == (
        HEAD + 'from torch.amp import GradScaler, autocast\ns = GradScaler("cuda")\n'
        '@autocast("cuda", dtype=torch.float16, cache_enabled=True)\ndef f():\n    pass\n'
    )


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (HEAD + "from torch.cuda.amp import GradScaler\nok = isinstance(s, GradScaler)\n", "without a call"),
        (HEAD + "import torch.cuda.amp as amp\ns = amp.GradScaler()\n", "rename the module"),
        (HEAD + "s = torch.cuda.amp.GradScaler(**cfg)\n", "kwargs"),
        (HEAD + "from torch.cuda.amp import custom_fwd, GradScaler\ns = GradScaler()\n", "more than"),
        (HEAD + "s = torch.amp.GradScaler('cuda')\n", "no torch.cuda.amp"),
        ("from torch.cuda.amp import autocast\nwith autocast():\n    pass\n", "torch is not imported"),
    ],
)
def test_amp_declines(source, reason):
    assert reason in declined("torch-amp-namespace", source, 2)


# --- torch-target-long / torch-target-float -------------------------------------------------------
NN = (
    "import torch\nimport torch.nn.functional as F\nfrom torch import nn\ncriterion = nn.CrossEntropyLoss()\n"
)


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("loss = criterion(logits, labels)", "loss = criterion(logits, labels.long())"),
        ("loss = F.cross_entropy(logits, y[idx])", "loss = F.cross_entropy(logits, y[idx].long())"),
        ("loss = nn.NLLLoss()(logp, target=y)", "loss = nn.NLLLoss()(logp, target=y.long())"),
        ("loss = F.nll_loss(logp, y + 0)", "loss = F.nll_loss(logp, (y + 0).long())"),
    ],
)
def test_target_long(line, after):
    assert fixed("torch-target-long", NN + line + "\n", 5) == NN + after + "\n"
    result = fix("torch-target-long", NN + line + "\n", 5)
    assert result.safety == "unsafe" and not result.preferred
    assert result.unsafe_because == "truncates labels that are not whole numbers"


@pytest.mark.parametrize(
    ("extra", "line", "reason"),
    [
        ("", "loss = criterion(logits, labels.long())", "already cast"),
        ("", "loss = criterion(logits, torch.tensor([0.5, 1.0]))", "fractions"),
        ("criterion = MyLoss()\n", "loss = criterion(logits, labels)", "no CrossEntropyLoss"),
        ("", "loss = F.mse_loss(a, b)", "no CrossEntropyLoss"),
    ],
)
def test_target_long_declines(extra, line, reason):
    assert reason in declined("torch-target-long", NN + extra + line + "\n", 5 + extra.count("\n"))


BCE = "import torch\nimport torch.nn.functional as F\nfrom torch import nn\nbce = nn.BCELoss()\n"


@pytest.mark.parametrize(
    ("line", "expected", "after"),
    [
        ("loss = F.binary_cross_entropy(p, y)", "Float", "loss = F.binary_cross_entropy(p, y.float())"),
        ("loss = bce(p, y)", "Float", "loss = bce(p, y.float())"),
        ("loss = nn.BCELoss(weight=w)(p, y)", "Double", "loss = nn.BCELoss(weight=w)(p, y.double())"),
    ],
)
def test_target_float(line, expected, after):
    assert (
        fixed("torch-target-float", BCE + line + "\n", 5, expected=expected, got="Long") == BCE + after + "\n"
    )


@pytest.mark.parametrize(
    ("line", "captures", "reason"),
    [
        ("loss = bce(p, y.float())", {"expected": "Float"}, "already cast"),
        ("loss = bce(p, y)", {"expected": "Long"}, "expects Long"),
        ("loss = F.cross_entropy(p, y)", {"expected": "Float"}, "no binary_cross_entropy"),
    ],
)
def test_target_float_declines(line, captures, reason):
    assert reason in declined("torch-target-float", BCE + line + "\n", 5, **captures)
