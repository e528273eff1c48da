"""What a traceback tells about the library versions that printed it.

Frame paths are the evidence: Keras 3 lives in `keras/src/` (ops, layers, saving...), Keras 2.13+
in `keras/src/engine/`, older Keras 2 in `keras/engine/`, tf-keras in `tf_keras/`, and the
Keras that shipped inside TensorFlow <= 2.5 in `tensorflow/python/keras/`.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .events import Frame

_PYTHON = regex.compile(r"[/\\]python(\d)\.(\d+)[/\\]")
_KERAS2 = regex.compile(
    r"[/\\](?:tf_keras[/\\]|keras[/\\](?:src[/\\])?(?:engine|saving[/\\]legacy)[/\\]"
    r"|tensorflow[/\\]python[/\\]keras[/\\])"
)
_KERAS3 = regex.compile(r"[/\\]keras[/\\]src[/\\](?!engine[/\\])")
# A library's own files in a traceback: the error came from inside it (version unknown, so "").
_LIBRARY = regex.compile(
    r"(?:^|[/\\])(?P<name>pandas|sklearn|numpy|scipy|torch|tensorflow|keras|transformers|tokenizers|datasets"
    r"|accelerate|peft|huggingface_hub|safetensors|lightning|pytorch_lightning|jax|jaxlib|flax|optax)[/\\]"
)
_SPEC = regex.compile(r"^\s*(?P<name>[A-Za-z_][\w.-]*)\s*(?P<op>>=|<=|==|!=|>|<|~=)?\s*(?P<ver>[\d.]*)\s*$")


def infer_versions(frames: Iterable[Frame]) -> dict[str, str]:
    """E.g. {"keras": "3", "python": "3.11"} from the paths in a traceback."""
    env: dict[str, str] = {}
    for frame in frames:
        path = frame.file
        python = _PYTHON.search(path)
        if python and "python" not in env:
            env["python"] = f"{python[1]}.{python[2]}"
        if "keras" not in env:
            if _KERAS2.search(path):
                env["keras"] = "2"
            elif _KERAS3.search(path):
                env["keras"] = "3"
        for library in _LIBRARY.finditer(path):
            env.setdefault(library["name"], "")
    return env


def versions_fit(specs: Iterable[str], env: dict[str, str]) -> bool | None:
    """True if every spec the env can judge holds, False if one fails, None if none can be judged.

    Specs look like "keras>=3", "keras<3", "python>=3.12" (names case-insensitive); a bare name
    ("pandas") holds when the frames run through that library, so a pandas-only reading of a bare
    `KeyError: 'x'` can outrank the generic Python one exactly when pandas raised it.
    """
    verdict: bool | None = None
    for spec in specs:
        parsed = _SPEC.match(spec)
        if not parsed:
            continue
        have = env.get(parsed["name"].lower())
        if have is None:
            continue
        if not parsed["op"]:  # a bare name ("pandas"): the traceback runs through that library
            verdict = True
            continue
        if not have or not parsed["ver"]:
            continue
        if not _compare(_tuple(have), parsed["op"], _tuple(parsed["ver"])):
            return False
        verdict = True
    return verdict


def _tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def _compare(have: tuple[int, ...], op: str, want: tuple[int, ...]) -> bool:
    # Compare only as many components as the spec gives: "keras<3" holds for 2.15.
    have = have[: len(want)] + (0,) * max(0, len(want) - len(have))
    return {
        ">=": have >= want,
        "<=": have <= want,
        "==": have == want,
        "~=": have == want,
        "!=": have != want,
        ">": have > want,
        "<": have < want,
    }[op]
