"""Fixer `torch-amp-namespace`: `torch.cuda.amp.GradScaler/autocast` -> `torch.amp.*("cuda", ...)`.

PyTorch 2.4 deprecated the CUDA-only AMP entry points: "FutureWarning:
`torch.cuda.amp.GradScaler(args...)` is deprecated. Please use `torch.amp.GradScaler('cuda',
args...)` instead." (the same for `autocast`). In torch 2.4-2.13 the old classes are thin
subclasses whose constructors call the new ones with "cuda":

| old | new |
|---|---|
| `torch.cuda.amp.GradScaler(a, b)` | `torch.amp.GradScaler("cuda", a, b)` (same order) |
| `torch.cuda.amp.autocast(True)` | `torch.amp.autocast("cuda", enabled=True, dtype=..., cache_enabled=...)` |
| `from torch.cuda.amp import autocast` | `from torch.amp import autocast`; calls get `"cuda"` |

`autocast`'s positional order differs (`torch.amp.autocast(device_type, dtype, enabled, ...)`), so
positional arguments become keywords. The old `autocast` always passed `dtype=torch.float16` and
`cache_enabled=True`; the new one reads the process-wide defaults when they are omitted, so the
rewrite passes them explicitly when the call omitted them: the object is configured exactly as before
even after `torch.set_autocast_dtype(...)`. The differential check constructs both on this machine
and compares every setting (device, dtype, enabled, cache; scaler scale, growth, backoff, interval).

All calls in the file are rewritten (they are equivalent). Declines: the file does not parse; no
`torch.cuda.amp.GradScaler/autocast` call; a name imported from `torch.cuda.amp` is used other
than by calling it (`isinstance(x, GradScaler)`, passed as a value); `import torch.cuda.amp as amp`
aliases; `**kwargs` calls; `custom_fwd`/`custom_bwd` (their arguments changed; edit by hand).

Safety: safe: the same settings reach the same constructor. The objects' class is now the
`torch.amp` one, so `isinstance(s, torch.cuda.amp.GradScaler)` becomes False (rare; the note says so).

Example: `scaler = torch.cuda.amp.GradScaler()` -> `scaler = torch.amp.GradScaler("cuda")`.
"""

from __future__ import annotations

import ast

from ._migrate import Edit, SourceMap, apply, nodes, parse, plural
from ._torch_common import dotted, parents, torch_names
from .base import Declined, Fix, Fixer, FixRequest, FixResult

_CLASSES = ("GradScaler", "autocast")
_AUTOCAST_ORDER = ("enabled", "dtype", "cache_enabled")
_GRADSCALER_ORDER = ("init_scale", "growth_factor", "backoff_factor", "growth_interval", "enabled")


def fix(request: FixRequest) -> FixResult:
    if "amp" not in request.source:  # cheap test before parsing
        return Declined("no torch.cuda.amp in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    for node in nodes(tree):
        if isinstance(node, ast.Import) and any(a.name == "torch.cuda.amp" and a.asname for a in node.names):
            return Declined("`import torch.cuda.amp as ...`: rename the module by hand")
    torch = torch_names(tree)
    smap = SourceMap(request.source)
    up = parents(tree)
    imported = _imported(tree)  # local name -> class
    edits: list[Edit] = []
    dtype_prefix = "torch" if "torch" in torch else (sorted(torch)[0] if torch else None)
    for node in nodes(tree):
        if isinstance(node, ast.Name) and node.id in imported and isinstance(node.ctx, ast.Load):
            parent = up.get(id(node))
            if not (isinstance(parent, ast.Call) and parent.func is node):
                return Declined(
                    f"{node.id} (from torch.cuda.amp) is used on line {node.lineno} without a call"
                )
        if not isinstance(node, ast.Call):
            continue
        kind = _kind(node.func, torch, imported)
        if kind is None:
            continue
        if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
            return Declined(f"the call on line {node.lineno} passes *args/**kwargs; rewrite it by hand")
        if kind == "autocast" and dtype_prefix is None:
            return Declined(
                "autocast needs `torch.float16` spelled out and torch is not imported as a module"
            )
        rewritten = _arguments(node, kind, smap, dtype_prefix or "torch")
        if rewritten is None:
            return Declined(f"the call on line {node.lineno} passes more arguments than {kind} takes")
        name_text = smap.text(node.func)
        if isinstance(node.func, ast.Attribute):  # torch.cuda.amp.X -> torch.amp.X
            name_text = (dotted(node.func) or "").split(".")[0] + f".amp.{kind}"
        start, end = smap.span(node)
        edits.append(Edit(start, end, f"{name_text}({rewritten})"))
    if not edits:
        return Declined("no torch.cuda.amp.GradScaler/autocast call in this file")
    for node in nodes(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "torch.cuda.amp" and not node.level:
            if any(a.name not in _CLASSES for a in node.names):
                return Declined("the file imports more than GradScaler/autocast from torch.cuda.amp")
            start, end = smap.span(node)
            text = smap.text(node)
            edits.append(Edit(start, end, text.replace("torch.cuda.amp", "torch.amp", 1)))
    return Fix(
        title=f'Use torch.amp.GradScaler/autocast("cuda", ...) ({plural(len(edits))})',
        new_source=apply(request.source, edits),
        note=(
            "The same settings reach the same constructor. Objects are now torch.amp classes: "
            "isinstance checks against torch.cuda.amp classes no longer hold."
        ),
    )


def _imported(tree: ast.AST) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in nodes(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "torch.cuda.amp" and not node.level:
            for alias in node.names:
                if alias.name in _CLASSES:
                    found[alias.asname or alias.name] = alias.name
    return found


def _kind(func: ast.AST, torch: set[str], imported: dict[str, str]) -> str | None:
    if isinstance(func, ast.Name):
        return imported.get(func.id)
    name = dotted(func) or ""
    head, _, rest = name.partition(".")
    if head in torch and rest in ("cuda.amp.GradScaler", "cuda.amp.autocast"):
        return rest.rsplit(".", 1)[1]
    if head in torch and rest in ("cuda.amp.grad_scaler.GradScaler", "cuda.amp.autocast_mode.autocast"):
        return rest.rsplit(".", 1)[1]
    return None


def _arguments(call: ast.Call, kind: str, smap: SourceMap, torch_name: str) -> str | None:
    texts = [smap.text(a) for a in call.args]
    keywords = [(k.arg, smap.text(k.value)) for k in call.keywords]
    if kind == "GradScaler":
        if len(texts) > len(_GRADSCALER_ORDER):
            return None
        return ", ".join(['"cuda"', *texts, *(f"{name}={value}" for name, value in keywords)])
    if len(texts) > len(_AUTOCAST_ORDER):
        return None
    named = dict(zip(_AUTOCAST_ORDER, texts, strict=False))
    named.update((name, value) for name, value in keywords if name)
    named.setdefault("dtype", f"{torch_name}.float16")
    named.setdefault("cache_enabled", "True")
    ordered = [n for n in _AUTOCAST_ORDER if n in named] + [n for n in named if n not in _AUTOCAST_ORDER]
    return ", ".join(['"cuda"', *(f"{n}={named[n]}" for n in ordered)])


FIXER = Fixer(
    id="torch-amp-namespace",
    title='Use torch.amp.GradScaler/autocast("cuda", ...) instead of the deprecated torch.cuda.amp',
    fix=fix,
    entries=("pytorch/cuda-amp-deprecated",),
    safety="safe",
)
