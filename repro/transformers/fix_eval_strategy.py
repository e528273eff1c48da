# errfix-repro: expects=transformers/evaluation-strategy-renamed
# errfix-repro: requires=transformers,accelerate
# errfix-repro: env=USE_TF=0
# errfix-repro: env=HF_HUB_OFFLINE=1
"""TrainingArguments(evaluation_strategy=...) after transformers removed the old name.

The HF fix test applies `hf-eval-strategy` through the language server and runs this file again: the
arguments must hold what the old name asked for (evaluate every 5 steps, which also turns do_eval on)
and keep the other settings.
"""

import tempfile

from transformers import TrainingArguments

args = TrainingArguments(
    tempfile.mkdtemp(),
    evaluation_strategy="steps",
    eval_steps=5,
    save_strategy="no",
    learning_rate=3e-4,
    report_to="none",
    use_cpu=True,
)
print(
    "fixed:",
    args.eval_strategy.value,
    args.eval_steps,
    args.do_eval,
    args.save_strategy.value,
    args.learning_rate,
)
