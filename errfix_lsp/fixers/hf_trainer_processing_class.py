"""Fixer `hf-trainer-processing-class`: `Trainer(tokenizer=...)` -> `Trainer(processing_class=...)`.

transformers 4.46 deprecated Trainer's `tokenizer=` in favour of `processing_class=` (it also takes
processors and feature extractors) and transformers 5 removed it ("Trainer.__init__() got an
unexpected keyword argument 'tokenizer'"). The object passed is used the same way (saved with the
model, used by the default data collator), so the keyword is renamed in every `*Trainer(...)` call
in the file (`Trainer`, `Seq2SeqTrainer`, TRL's `SFTTrainer`/`DPOTrainer`, the class the error names).

Declines: the file does not parse; a call passes both `tokenizer=` and `processing_class=`; the
trainer class is defined in this file with its own `tokenizer` parameter (it still accepts it);
`tokenizer=` only appears in other calls (a pipeline, a collator) - those keep it.

Safety: safe (same object, new name; the repro test compares the tokenized batch).

Example: `Trainer(model=model, args=args, tokenizer=tok)` ->
`Trainer(model=model, args=args, processing_class=tok)`.
"""

from __future__ import annotations

import ast

from ._hf_common import call_name, rename_keyword_fix
from ._migrate import nodes, parse
from .base import Fixer, FixRequest, FixResult


def fix(request: FixRequest) -> FixResult:
    named = request.captures.get("class_name") or ""
    tree = parse(request.source)
    own = _classes_taking_tokenizer(tree) if tree is not None else set()

    def is_trainer(call: ast.Call) -> bool:
        name = call_name(call.func) or ""
        if name in own:
            return False
        return name.endswith("Trainer") or (bool(named) and name == named)

    return rename_keyword_fix(
        request,
        "tokenizer",
        "processing_class",
        is_trainer,
        "Trainer",
        note="processing_class exists since transformers 4.46 and takes the same tokenizer/processor.",
    )


def _classes_taking_tokenizer(tree: ast.AST) -> set[str]:
    """Classes defined here whose own __init__ has a `tokenizer` parameter: their calls are fine."""
    found = set()
    for node in nodes(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                params = [*item.args.posonlyargs, *item.args.args, *item.args.kwonlyargs]
                if any(p.arg == "tokenizer" for p in params):
                    found.add(node.name)
    return found


FIXER = Fixer(
    id="hf-trainer-processing-class",
    title="Rename Trainer(tokenizer=) to processing_class=",
    fix=fix,
    entries=("transformers/trainer-tokenizer-argument-removed",),
    safety="safe",
)
