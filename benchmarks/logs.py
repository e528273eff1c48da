"""Deterministic, realistic training logs of any size for the benchmarks.

A log is what a terminal or CI captures from long Keras/PyTorch runs: progress bars redrawn with
`\\r` and ANSI colours, metric names containing "error", TensorFlow C++ notices, deprecation
warnings, and — rarely — a real traceback (about one per megabyte).
"""

from __future__ import annotations

import random

_TRACEBACKS = [
    (
        "Traceback (most recent call last):\n"
        '  File "/home/user/project/train.py", line {line}, in <module>\n'
        '    model.save("model.keras")\n'
        '  File "/home/user/.venv/lib/python3.11/site-packages/keras/src/utils/traceback_utils.py", line 122, in error_handler\n'
        "    raise e.with_traceback(filtered_tb) from None\n"
        '  File "/home/user/.venv/lib/python3.11/site-packages/keras/src/ops/operation.py", line 308, in get_config\n'
        "    raise NotImplementedError(\n"
        "NotImplementedError: \n"
        "Object MyDense was created by passing\n"
        "non-serializable argument values in `__init__()`,\n"
        "and therefore the object must override `get_config()` in\n"
        "order to be serializable. Please implement `get_config()`.\n"
    ),
    (
        "Traceback (most recent call last):\n"
        '  File "/home/user/project/train.py", line {line}, in <module>\n'
        "    out = model(x.to('cuda'))\n"
        '  File "/home/user/.venv/lib/python3.11/site-packages/torch/nn/modules/module.py", line 1751, in _wrapped_call_impl\n'
        "    return self._call_impl(*args, **kwargs)\n"
        "RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!\n"
    ),
    (
        "Traceback (most recent call last):\n"
        '  File "/home/user/project/prep.py", line {line}, in <module>\n'
        "    df['label']\n"
        "KeyError: 'label'\n"
    ),
]
_NOTICES = [
    "2026-11-24 18:05:13.477104: I tensorflow/core/util/port.cc:113] oneDNN custom operations are on. "
    "You may see slightly different numerical results due to floating-point round-off errors from "
    "different computation orders. To turn them off, set the environment variable `TF_ENABLE_ONEDNN_OPTS=0`.",
    "W0000 00:00:1732471513.123456   12345 cuda_driver.cc:82] could not find cuda drivers on your machine",
    "/home/user/.venv/lib/python3.11/site-packages/keras/src/layers/core/dense.py:87: UserWarning: Do not "
    "pass an `input_shape`/`input_dim` argument to a layer.",
    "WARNING:tensorflow:5 out of the last 5 calls to <function> triggered tf.function retracing.",
]


def _epoch(rng: random.Random, epoch: int, steps: int) -> str:
    parts = [f"Epoch {epoch}/1000\n"]
    loss = 1.0 / (epoch + 1)
    for step in range(1, steps + 1):
        filled = step * 30 // steps
        bar = "\x1b[32m" + "━" * filled + "\x1b[0m\x1b[37m" + "━" * (30 - filled) + "\x1b[0m"
        loss *= 0.999
        parts.append(
            f"\r\x1b[1m{step}/{steps}\x1b[0m {bar} \x1b[1m0s\x1b[0m 3ms/step - loss: {loss:.4f} "
            f"- mean_absolute_error: {loss * 0.7:.4f} - val_error: {rng.random():.4f}"
        )
    parts.append("\n")
    return "".join(parts)


def make_log(size_bytes: int, seed: int = 0, tracebacks_per_mb: float = 1.0) -> bytes:
    """A log of about `size_bytes` bytes."""
    rng = random.Random(seed)
    chunks: list[str] = []
    total = 0
    epoch = 0
    next_traceback = 500_000 / max(tracebacks_per_mb, 1e-9)
    while total < size_bytes:
        epoch += 1
        piece = _epoch(rng, epoch, steps=rng.randint(20, 60))
        if rng.random() < 0.05:
            piece = rng.choice(_NOTICES) + "\n" + piece
        if total >= next_traceback:
            piece += rng.choice(_TRACEBACKS).format(line=rng.randint(5, 400))
            next_traceback += 1_000_000 / tracebacks_per_mb
        chunks.append(piece)
        total += len(piece.encode())
    return "".join(chunks).encode()
