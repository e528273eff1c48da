"""Fixer `hf-eval-strategy`: `TrainingArguments(evaluation_strategy=)` -> `eval_strategy=`.

transformers 4.41 renamed `TrainingArguments.evaluation_strategy` to `eval_strategy` and a later
release removed the old name ("TrainingArguments.__init__() got an unexpected keyword argument
'evaluation_strategy'"). The value ("no", "steps", "epoch" or an `IntervalStrategy`) keeps its
meaning, so every `*TrainingArguments(...)` call in the file (also `Seq2SeqTrainingArguments`, your
own subclasses named `...TrainingArguments`, TRL configs such as `SFTConfig`, and the class the error
names) that passes `evaluation_strategy=` is renamed.

Declines: the file does not parse; a call passes both names; `evaluation_strategy=` only appears in
other calls (a dict of settings, a function of your own) - rename those by hand.

Safety: safe (same value, new name; the repro test compares the resulting arguments).

Example: `TrainingArguments("out", evaluation_strategy="epoch")` ->
`TrainingArguments("out", eval_strategy="epoch")`.
"""

from __future__ import annotations

from ._hf_common import rename_keyword_fix, training_arguments_call
from .base import Fixer, FixRequest, FixResult


def fix(request: FixRequest) -> FixResult:
    return rename_keyword_fix(
        request,
        "evaluation_strategy",
        "eval_strategy",
        training_arguments_call(request.captures.get("class_name") or ""),
        "TrainingArguments",
        note="eval_strategy takes the same values and exists since transformers 4.41.",
    )


FIXER = Fixer(
    id="hf-eval-strategy",
    title="Rename evaluation_strategy= to eval_strategy=",
    fix=fix,
    entries=("transformers/evaluation-strategy-renamed",),
    safety="safe",
)
