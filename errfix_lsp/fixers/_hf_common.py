"""Shared by the Hugging Face fixers: rename one keyword argument in the calls that removed it.

transformers, huggingface_hub, datasets and TRL renamed several keyword arguments and later removed
the old names (`use_auth_token` -> `token`, `evaluation_strategy` -> `eval_strategy`, `Trainer(
tokenizer=)` -> `processing_class=`). The value keeps its meaning, so the fix is a rename of the
keyword's name, limited to the calls a predicate recognises as the library's.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from ._migrate import Edit, SourceMap, apply, keyword_span, nodes, parse, plural
from .base import Declined, Fix, FixRequest, FixResult

TRL_CONFIGS = frozenset(
    {"SFTConfig", "DPOConfig", "ORPOConfig", "KTOConfig", "CPOConfig", "RewardConfig", "GRPOConfig"}
    | {"PPOConfig"}
)


def training_arguments_call(named: str) -> Callable[[ast.Call], bool]:
    """Predicate for `*TrainingArguments(...)` calls, TRL configs (TrainingArguments subclasses) and
    the class the error names (`named`, may be empty)."""

    def accepts(call: ast.Call) -> bool:
        name = call_name(call.func) or ""
        return name.endswith("TrainingArguments") or name in TRL_CONFIGS or (bool(named) and name == named)

    return accepts


def call_name(func: ast.AST) -> str | None:
    """The called name: `AutoModel.from_pretrained` -> 'from_pretrained', `pipeline` -> 'pipeline'."""
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def rename_keyword_fix(
    request: FixRequest,
    old: str,
    new: str,
    is_target: Callable[[ast.Call], bool],
    what: str,
    note: str,
) -> FixResult:
    """Rename keyword `old` to `new` in every call `is_target` accepts; `what` names those calls
    in titles and reasons ("TrainingArguments(...)"). A call passing both names is left alone."""
    if old not in request.source:  # cheap test before parsing
        return Declined(f"no {what} call passing {old}= in this file")
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    smap = SourceMap(request.source)
    edits: list[Edit] = []
    conflicts = 0
    others = 0
    for node in nodes(tree):
        if not isinstance(node, ast.Call):
            continue
        keyword = next((k for k in node.keywords if k.arg == old), None)
        if keyword is None:
            continue
        if not is_target(node):
            others += 1
            continue
        if any(k.arg == new for k in node.keywords):
            conflicts += 1
            continue
        span = keyword_span(smap, keyword)
        if span is not None:
            edits.append(Edit(span[0], span[1], new))
    if not edits:
        if conflicts:
            return Declined(f"the {what} call passes both {old}= and {new}=; remove {old}= by hand")
        if others:
            return Declined(f"{old}= is only passed to calls that are not {what}; left alone")
        return Declined(f"no {what} call passing {old}= in this file")
    edits.sort(key=lambda e: e.start)
    return Fix(
        title=f"Rename {old}= to {new}= ({plural(len(edits))})",
        new_source=apply(request.source, edits),
        note=note,
    )
