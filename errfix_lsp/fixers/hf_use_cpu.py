"""Fixer `hf-use-cpu`: `TrainingArguments(no_cuda=...)` -> `TrainingArguments(use_cpu=...)`.

transformers 4.34 deprecated `TrainingArguments.no_cuda` in favour of `use_cpu` (until then the old
name was copied into the new one: `use_cpu = no_cuda`) and transformers 5 removed it
("TrainingArguments.__init__() got an unexpected keyword argument 'no_cuda'"). The value keeps its
meaning (True: train on the CPU even when a GPU is there), so every `*TrainingArguments(...)` call
in the file (also TRL configs such as `SFTConfig`, and the class the error names) passing `no_cuda=`
is renamed.

Declines: the file does not parse; a call passes both `no_cuda=` and `use_cpu=`; `no_cuda=` only
appears in other calls (a function of your own) - those keep it.

Safety: safe (same value, new name; the repro test compares the resulting arguments with what the
old name gave on transformers 4.46.3).

Example: `TrainingArguments("out", no_cuda=True)` -> `TrainingArguments("out", use_cpu=True)`.
"""

from __future__ import annotations

from ._hf_common import rename_keyword_fix, training_arguments_call
from .base import Fixer, FixRequest, FixResult


def fix(request: FixRequest) -> FixResult:
    return rename_keyword_fix(
        request,
        "no_cuda",
        "use_cpu",
        training_arguments_call(request.captures.get("class_name") or ""),
        "TrainingArguments",
        note="use_cpu takes the same value and exists since transformers 4.34.",
    )


FIXER = Fixer(
    id="hf-use-cpu",
    title="Rename TrainingArguments(no_cuda=) to use_cpu=",
    fix=fix,
    entries=("transformers/no-cuda-argument-removed",),
    safety="safe",
)
