"""Fixer `hf-pad-token`: give a tokenizer without a pad token its EOS token as pad token.

Decoder-only tokenizers (GPT-2, Llama, Mistral, ...) ship without a pad token, so padding a batch
fails ("Asking to pad but the tokenizer does not have a padding token"). Right after each
`name = AutoTokenizer.from_pretrained(...)` in the file this inserts

    if name.pad_token is None:
        name.pad_token = name.eos_token

(the guard leaves tokenizers that do have a pad token as they were).

Declines: the file does not parse; no variable (or attribute such as `self.tokenizer`) is assigned
from `AutoTokenizer.from_pretrained(...)` in this file (a tokenizer built otherwise, or returned by a
helper, is left for you); the file already sets that tokenizer's `pad_token`; the assignment shares
its line with other code (`if x: tok = ...`).

Safety: UNSAFE, never preferred: it changes what padding the model sees (padded positions carry the
EOS id; a model trained with another pad token, or a fine-tune that must learn to stop at EOS, may
want `add_special_tokens({"pad_token": "[PAD]"})` plus `resize_token_embeddings` instead). Check the
model's expected pad token; for batched generation also set `padding_side = "left"` and
`model.config.pad_token_id`.

Example: `tok = AutoTokenizer.from_pretrained("gpt2")` -> the same line followed by
`if tok.pad_token is None:` / `    tok.pad_token = tok.eos_token`.
"""

from __future__ import annotations

import ast

from ._migrate import Edit, SourceMap, apply, newline_of, nodes, parse, plural
from .base import Declined, Fix, Fixer, FixRequest, FixResult

NOT_FOUND = "no tokenizer = AutoTokenizer.from_pretrained(...) in this file"
UNSAFE_BECAUSE = "changes what padding the model sees; check the model's expected pad token"


def fix(request: FixRequest) -> FixResult:
    if "AutoTokenizer" not in request.source:  # cheap test before parsing
        return Declined(NOT_FOUND)
    tree = parse(request.source)
    if tree is None:
        return Declined("the file does not parse as Python; fix the syntax first")
    smap = SourceMap(request.source)
    newline = newline_of(request.source)
    already = _pad_token_set(tree, smap)
    edits: list[Edit] = []
    reasons: list[str] = []
    for node in nodes(tree):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and _is_auto_tokenizer(node.value)):
            continue
        target = node.targets[0]
        if not isinstance(target, ast.Name | ast.Attribute):
            continue
        name = smap.text(target)
        if name in already:
            reasons.append(f"{name}.pad_token is already set in this file")
            continue
        end = smap.offset(node.end_lineno or node.lineno, node.end_col_offset or 0)
        line_end = smap.line_end(node.end_lineno or node.lineno)
        rest = request.source[end:line_end].strip()
        line_start = smap.line_start(node.lineno)
        before = request.source[line_start : smap.offset(node.lineno, node.col_offset)]
        if (rest and not rest.startswith("#")) or before.strip():
            reasons.append(f"the assignment to {name} shares its line with other code")
            continue
        indent = smap.indent_of(node.lineno)
        text = (
            f"{indent}if {name}.pad_token is None:{newline}"
            f"{indent}    {name}.pad_token = {name}.eos_token{newline}"
        )
        if line_end == len(request.source) and not request.source.endswith(("\n", "\r")):
            text = newline + text
        edits.append(Edit(line_end, line_end, text))
    if not edits:
        return Declined("; ".join(reasons) or NOT_FOUND)
    return Fix(
        title=f"Use the EOS token as pad token ({plural(len(edits))})",
        new_source=apply(request.source, edits),
        note=(
            "Padded positions will carry the EOS id. If the model expects another pad token, add "
            "one with add_special_tokens and resize_token_embeddings instead; for batched "
            "generation also set padding_side='left' and model.config.pad_token_id."
        ),
        preferred=False,
        safety="unsafe",
        unsafe_because=UNSAFE_BECAUSE,
    )


def _is_auto_tokenizer(value: ast.AST) -> bool:
    """`AutoTokenizer.from_pretrained(...)` or `transformers.AutoTokenizer.from_pretrained(...)`."""
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)):
        return False
    if value.func.attr != "from_pretrained":
        return False
    owner = value.func.value
    return (isinstance(owner, ast.Name) and owner.id == "AutoTokenizer") or (
        isinstance(owner, ast.Attribute) and owner.attr == "AutoTokenizer"
    )


def _pad_token_set(tree: ast.AST, smap: SourceMap) -> set[str]:
    """Tokenizer expressions whose pad token the file sets itself (`tok.pad_token = ...`,
    `tok.add_special_tokens({"pad_token": ...})`): those already have their fix."""
    found = set()
    for node in nodes(tree):
        targets: list[ast.AST] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Attribute) and target.attr in ("pad_token", "pad_token_id"):
                found.add(smap.text(target.value))
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "add_special_tokens"
            and any("pad_token" in ast.dump(arg) for arg in node.args + [k.value for k in node.keywords])
        ):
            found.add(smap.text(node.func.value))
    return found


FIXER = Fixer(
    id="hf-pad-token",
    title="Use the EOS token as pad token",
    fix=fix,
    entries=("transformers/pad-token-missing",),
    safety="unsafe",
)
