# errfix-repro: expects=transformers/evaluation-strategy-renamed
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
"""TrainingArguments(evaluation_strategy=...) after the rename to eval_strategy."""

from transformers import TrainingArguments

TrainingArguments("out", evaluation_strategy="epoch", save_strategy="epoch", report_to="none")
