# errfix-repro: expects=transformers/load-best-model-strategy-mismatch
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
"""load_best_model_at_end with different eval and save strategies."""

from transformers import TrainingArguments

TrainingArguments(
    "out", eval_strategy="epoch", save_strategy="steps", load_best_model_at_end=True, report_to="none"
)
